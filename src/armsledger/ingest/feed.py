"""RSS and Atom feeds (feedparser): each item's page fetched, or its own content used.

An item that carries its full text (`content:encoded`, Atom `content`) is
read from the feed; one with only a summary has its link fetched. An item
whose link the ledger already holds is not fetched again, so a re-poll
fetches only what is new.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Iterator
from typing import Any

import feedparser

from ..errors import InputError
from .config import IngestConfig
from .document import check_size, make_document
from .html import fragment_text
from .items import FeedPoll, Item, Notice, SourceState
from .outlets import outlet_for

# Below this many characters an item's own text is a teaser, not the article.
FULL_TEXT_CHARS = 600

# (url, metadata) -> the document at that URL, or raises InputError.
FetchPage = Callable[[str, dict[str, str | None]], Iterator[Item]]


def parse_feed(data: bytes, *, source: str, config: IngestConfig | None = None) -> Any:
    """feedparser's result, or InputError when the bytes are not a feed."""
    config = config or IngestConfig()
    check_size(data, source=source, limit=config.max_bytes)
    if not data.strip():
        raise InputError(source, "is empty")
    try:
        # A stream, never a string: feedparser fetches strings that look like URLs.
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser wraps most errors, not all
        raise InputError(source, f"feed could not be parsed ({type(exc).__name__})") from exc
    if not parsed.get("version") and not parsed.get("entries"):
        problem = parsed.get("bozo_exception")
        detail = f" ({_first_line(problem)})" if problem else ""
        raise InputError(source, f"is not an RSS or Atom feed{detail}")
    return parsed


def iter_entries(data: bytes, *, source: str, feed_url: str | None = None, fetch_page: FetchPage | None = None,
                 state: SourceState | None = None, config: IngestConfig | None = None,
                 validators: tuple[str | None, str | None] | None = None,
                 **metadata: str | None) -> Iterator[Item]:
    """The documents of a feed's items; errors and notices as items. When
    `validators` (ETag, Last-Modified) are given, a FeedPoll closes the feed."""
    config = config or IngestConfig()
    parsed = parse_feed(data, source=source, config=config)
    channel = parsed.get("feed") or {}
    site = _text(channel.get("title"))
    language = _text(channel.get("language"))
    complete = True
    entries = parsed.get("entries") or []
    if not entries:
        yield Notice(source, "the feed has no items")
    for number, entry in enumerate(entries, start=1):
        try:
            for item in _entry(entry, number=number, source=source, feed_url=feed_url, site=site,
                               language=language, fetch_page=fetch_page, state=state, config=config,
                               metadata=metadata):
                if isinstance(item, InputError):
                    complete = False
                yield item
        except InputError as exc:
            complete = False
            yield exc
        except Exception as exc:  # a malformed item must not end the feed
            complete = False
            yield InputError(f"{source} item {number}", f"could not be read ({type(exc).__name__})")
    if validators is not None and feed_url:
        yield FeedPoll(url=feed_url, etag=validators[0], last_modified=validators[1], complete=complete)


def _entry(entry: Any, *, number: int, source: str, feed_url: str | None, site: str | None,
           language: str | None, fetch_page: FetchPage | None, state: SourceState | None,
           config: IngestConfig, metadata: dict[str, str | None]) -> Iterator[Item]:
    link = _text(entry.get("link"))
    where = link or f"{source} item {number}"
    if link and state is not None and not config.refetch and state.knows_source(link):
        yield Notice(link, "already in the ledger", kind="known")
        return
    language = _entry_language(entry) or language
    title = _text(entry.get("title"))
    meta: dict[str, str | None] = {
        "title": metadata.get("title") or (fragment_text(title) if title else None),
        "published": metadata.get("published") or _date(entry),
        "outlet": metadata.get("outlet"),
    }
    full = _content(entry)
    teaser = fragment_text(_text(entry.get("summary")) or "")
    use_own_text = len(full) >= FULL_TEXT_CHARS or not link or not config.follow_feed_links \
        or fetch_page is None
    if use_own_text:
        text = full if len(full) >= len(teaser) else teaser
        if not text.strip():
            raise InputError(where, "the feed item has no text and its link was not fetched"
                             if link else "the feed item has neither text nor a link")
        if meta["title"] and not text.startswith(meta["title"]):
            text = f"{meta['title']}\n\n{text}"
        yield make_document(text, source=where, url=link, language=language,
                            outlet=meta["outlet"] or outlet_for(link or feed_url, site),
                            title=meta["title"], published=meta["published"])
        return
    page_meta = dict(meta)
    if not page_meta["outlet"] and site:
        page_meta["site_name"] = site
    yield from fetch_page(link, page_meta)


def _content(entry: Any) -> str:
    best = ""
    for content in entry.get("content") or []:
        value = content.get("value") if isinstance(content, dict) else None
        if isinstance(value, str):
            text = fragment_text(value)
            if len(text) > len(best):
                best = text
    return best


def _entry_language(entry: Any) -> str | None:
    """An item's own xml:lang, on its content or its title."""
    for detail in [*(entry.get("content") or []), entry.get("summary_detail"), entry.get("title_detail")]:
        if isinstance(detail, dict) and isinstance(detail.get("language"), str) and detail["language"]:
            return detail["language"]
    return None


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: feedparser's own get() maps absent keys onto others, with a warning.
        value = dict.get(entry, key)
        if isinstance(value, time.struct_time) and 1900 < value.tm_year < 2200:
            return time.strftime("%Y-%m-%d", value)
    return None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _first_line(problem: object) -> str:
    return (str(problem).splitlines() or [type(problem).__name__])[0][:160]
