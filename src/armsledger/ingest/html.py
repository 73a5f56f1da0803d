"""HTML pages: the article's main text, title, date and language via trafilatura."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import trafilatura

from ..errors import InputError
from ..model import Document
from .config import IngestConfig
from .document import decode_bytes, make_document
from .files import read_file
from .outlets import outlet_for

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]*?\blang\s*=\s*["']?\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)""", re.IGNORECASE)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}
# lxml stops building the tree past this depth (libxml2's default limit).
MAX_DEPTH = 255
MIN_WORDS = 3
_WORDS = re.compile(r"[^\W\d_]{2,}")


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 4 KB (`<meta charset>`)."""
    found = _META_CHARSET.search(data[:4096])
    return found.group(1).decode("ascii", "replace") if found else None


def declared_language(html: str) -> str | None:
    found = _HTML_LANG.search(html[:4096])
    return found.group(1) if found else None


def nesting_depth(html: str, *, stop: int = MAX_DEPTH + 1) -> int:
    """A rough element depth, enough to explain why a page gave no text."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        closing, name, self_closing = match.groups()
        if name.lower() in _VOID or self_closing:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest >= stop:
            break
    return deepest


def document_from_html(html: str, *, source: str, url: str | None = None, outlet: str | None = None,
                       title: str | None = None, published: str | None = None,
                       language: str | None = None, site_name: str | None = None) -> Document:
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, include_comments=False, include_tables=False, with_metadata=True,
        )
    except Exception as exc:  # trafilatura raises many kinds on hostile markup
        raise InputError(source, f"HTML could not be parsed ({type(exc).__name__})") from exc
    data = {} if extracted is None else extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = data.get("text") or ""
    if len(_WORDS.findall(text)) < MIN_WORDS:  # "<<<>>>" from a page of broken markup is no article
        if nesting_depth(html) > MAX_DEPTH:
            raise InputError(source, f"HTML is nested more than {MAX_DEPTH} elements deep; no article text "
                                     "could be found in it")
        raise InputError(source, "no article text found in the HTML")
    page_title = title or data.get("title")
    if page_title and not text.startswith(page_title):
        text = f"{page_title}\n\n{text}"
    page_url = url or data.get("url")
    return make_document(
        text,
        source=source,
        url=page_url,
        outlet=outlet or outlet_for(page_url, data.get("sitename") or site_name),
        title=page_title,
        published=published or data.get("date"),
        language=language or declared_language(html),
    )


def document_from_bytes(data: bytes, *, source: str, charset: str | None = None,
                        config: IngestConfig | None = None, **metadata: str | None) -> Document:
    """A page from its bytes: the HTTP charset, else the page's own declaration,
    else UTF-8 (or cp1252) decides how they are read."""
    config = config or IngestConfig()
    html = decode_bytes(data, source=source, encoding=charset or declared_charset(data), limit=config.max_bytes)
    return document_from_html(html, source=source, **metadata)


def iter_documents(path: Path, *, config: IngestConfig | None = None, **metadata: str | None) -> Iterator[Document]:
    config = config or IngestConfig()
    data = read_file(path, limit=config.max_bytes)
    yield document_from_bytes(data, source=str(path), config=config, **metadata)


_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
           "article", "header", "footer", "pre", "figcaption"}


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment (a feed item's content), paragraphs kept
    apart by blank lines; markup-free text comes back as it is."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return re.sub(r"<[^>]*>", " ", fragment).strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    parts: list[str] = []
    # An explicit stack rather than recursion: fragments can be nested deeply.
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else None
        if closing:
            if tag in _BLOCKS:
                parts.append("\n\n")
            if node.tail and node is not root:
                parts.append(node.tail)
            continue
        if tag in _BLOCKS:
            parts.append("\n\n")
        if node.text and tag is not None:
            parts.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()
