"""Media types of the inputs ingest reads, and the Content-Type header.

Apart from `http` so that reading files needs no HTTP client (httpx is
imported at the first URL).
"""

from __future__ import annotations

HTML_TYPES = {"text/html", "application/xhtml+xml"}
FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
              "text/xml", "application/x-rss+xml"}
TEXT_TYPES = {"text/plain"}
JSONL_TYPES = {"application/x-ndjson", "application/jsonl", "application/jsonlines"}
WARC_TYPES = {"application/warc", "application/x-warc"}


def parse_content_type(header: str | None) -> tuple[str | None, str | None]:
    """The media type and charset of a Content-Type header ("text/html; charset=utf-8")."""
    if not header:
        return None, None
    media_type, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower() or None, charset
