"""Documents from raw text: normalization, content-hash ids, input checks."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata

from ..errors import BinaryInputError, DecodeError, EmptyInputError, InputError
from ..model import Document
from .metadata import clean_field, parse_published

MAX_BYTES = 20 * 1024 * 1024


def normalize_text(text: str) -> str:
    """NFC, Unix newlines, no trailing blanks: the stored text events point into."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "").replace("\x00", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def document_id(text: str) -> str:
    """A hash of the text with whitespace and case folded, so that copies
    differing only in layout get the same id."""
    folded = re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()[:32]


def size_error(source: str, size: int | None, limit: int = MAX_BYTES, *, archive: bool = False) -> InputError:
    """The error for an input over the size limit; `size` None when it was
    cut off while streaming, its full size unknown."""
    what = "is larger than" if size is None else f"is {size / (1024 * 1024):.1f} MB, over"
    if archive:
        return InputError(source, f"{what} the {limit / (1024 * 1024):.4g} MB limit for an archive; raise the "
                                  "limit (--max-archive-mb)")
    return InputError(
        source,
        f"{what} the {limit / (1024 * 1024):.3g} MB limit for one document; split it, or raise the "
        "limit (--max-mb)",
    )


def check_size(data: bytes, *, source: str, limit: int = MAX_BYTES) -> None:
    if len(data) > limit:
        raise size_error(source, len(data), limit)


def decode_bytes(data: bytes, *, source: str, encoding: str | None = None,
                 limit: int = MAX_BYTES) -> str:
    """Text from bytes, refusing empty, binary and undecodable input.

    A declared `encoding` (HTTP header, `<meta charset>`, XML declaration) is
    tried first; then UTF-8; then cp1252, line by line, so that a file whose
    lines mix UTF-8 and cp1252 (a common result of concatenating exports)
    reads correctly instead of as mojibake."""
    check_size(data, source=source, limit=limit)
    if not data.strip():
        raise EmptyInputError(source, "is empty")
    if b"\x00" in data[:8192]:
        # UTF-16 text is full of NULs too, behind its byte-order mark.
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            try:
                text = data.decode("utf-16")
            except UnicodeDecodeError:
                text = "\x00"
            if "\x00" not in text:
                return text
        raise BinaryInputError(source, "looks binary (NUL bytes), not text")
    if encoding:
        codec = _codec(encoding)
        if codec and codec not in {"utf-8", "utf-8-sig", "ascii", "iso8859-1", "cp1252"}:
            try:
                return data.decode(codec)
            except (UnicodeDecodeError, LookupError):
                pass  # the declaration lies more often than the bytes do
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        first_error = exc
    lines = []
    for line in data.splitlines(keepends=True):
        try:
            lines.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(line.decode("cp1252"))
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    source, f"is not UTF-8 text (bad byte at offset {first_error.start})"
                ) from exc
    return "".join(lines)


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None


def make_document(text: str, *, source: str | None, url: str | None = None, outlet: str | None = None,
                  title: str | None = None, published: str | None = None, language: str | None = None) -> Document:
    text = normalize_text(text)
    if not text.strip():
        raise EmptyInputError(source or "<text>", "has no text")
    published = parse_published(published, source=source or "<text>")
    title = clean_field(title, "title")
    if title is None:
        first = text.split("\n", 1)[0].strip()
        title = clean_field(first, "title") if 0 < len(first) <= 200 else None
    return Document(
        id=document_id(text),
        text=text,
        source=clean_field(source, "source"),
        url=clean_field(url, "url"),
        outlet=clean_field(outlet, "outlet"),
        title=title,
        published=published,
        language=_choose_language(_language(language), text),
    )


def _choose_language(declared: str | None, text: str) -> str:
    """The declared language, unless a page declares English over a long text
    that is plainly not (templates often hard-code `lang="en"`)."""
    if declared is None:
        return guess_language(text)
    if declared == "en" and len(text) >= 400 and guess_language(text) != "en":
        return "und"
    return declared


def _language(declared: str | None) -> str | None:
    """The primary subtag of a declared language ("en-GB" -> "en"), if it looks like one."""
    if not declared:
        return None
    primary = re.split(r"[-_]", declared.strip().lower(), maxsplit=1)[0]
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


_ENGLISH_WORDS = {"the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "said", "by"}


# Function words of other languages written in Latin script.
_FOREIGN_WORDS = {"le", "la", "les", "des", "est", "et", "une", "du", "und", "der", "die", "das", "ist",
                  "el", "los", "las", "que", "del", "y", "il", "di", "che", "per", "em", "os", "ao", "och",
                  "ve", "bir", "ile", "dan", "yang"}


def guess_language(text: str) -> str:
    """"en" when English function words are common, else "und"; cheap and
    good enough to keep non-English texts away from the English model."""
    sample = text[:5000]
    words = re.findall(r"[A-Za-z]+", sample.lower())
    letters = sum(1 for ch in sample if ch.isalpha())
    if not words or len("".join(words)) < 0.5 * letters:
        return "und"  # mostly non-Latin script
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    if sum(1 for w in words if w in _FOREIGN_WORDS) > english:
        return "und"
    if len(words) < 25:
        # Too short to count function words: a headline or one sentence.
        return "en"
    share = english / len(words)
    return "en" if share > 0.08 else "und"
