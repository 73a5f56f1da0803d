"""Long texts in bounded pieces: paragraph windows with their offsets.

The pipeline's cost grows faster than a text's length (a 10 K-character
article takes a second, 80 K characters forty), and spaCy refuses texts
over a million characters outright. A long text is therefore analysed as
windows of whole paragraphs, each at most `WINDOW_CHARS` long, one after
another, and only its first `MAX_ANALYSED_CHARS` characters: cost is then
linear in the length analysed, and bounded per document. Offsets found in a
window are shifted back by the window's start, so evidence still points
into the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Most news articles fit in one window, and are analysed exactly as before.
WINDOW_CHARS = 10_000
# About 30,000 words: far longer than any news article.
MAX_ANALYSED_CHARS = 200_000

# Where a window may end, best first: a paragraph, a line, a sentence, a word.
_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?][\"')\]]?\s+"), re.compile(r"\s+"))


@dataclass(slots=True, frozen=True)
class Window:
    start: int
    end: int


@dataclass(slots=True, frozen=True)
class Plan:
    """The windows of a text to analyse, and how much of it they leave out."""

    windows: list[Window]
    length: int
    limit: int

    @property
    def analysed(self) -> int:
        return self.windows[-1].end if self.windows else 0

    @property
    def truncated(self) -> bool:
        return self.analysed < self.length

    def note(self) -> str | None:
        if not self.truncated:
            return None
        return (f"{self.length:,} characters long: only the first {self.analysed:,} were analysed "
                f"(the limit is {self.limit:,}); the whole text is stored")


def plan_windows(text: str, *, size: int = WINDOW_CHARS, limit: int = MAX_ANALYSED_CHARS) -> Plan:
    """Windows of at most `size` characters covering `text` up to `limit`,
    each ending at the best break available."""
    windows: list[Window] = []
    start, length = 0, len(text)
    end_of_analysis = min(length, limit)
    while start < end_of_analysis:
        last = start + size >= end_of_analysis
        end = min(start + size, end_of_analysis)
        if end < length:
            # The last window before the cap may end anywhere in it, not to
            # leave a fragment of a sentence for a window of its own.
            end = _break_before(text, start, end, anywhere=last)
        if text[start:end].strip():
            windows.append(Window(start, end))
        if last:
            break
        start = end
    return Plan(windows, length, limit)


def _break_before(text: str, start: int, end: int, *, anywhere: bool = False) -> int:
    """The end of the last paragraph (else line, sentence, word) that ends
    in text[start:end], in its second half (`anywhere`: in all of it);
    `end` itself if there is none."""
    floor = start if anywhere else start + (end - start) // 2
    for pattern in _BREAKS:
        last = None
        for match in pattern.finditer(text, floor, end):
            last = match
        if last is not None:
            return last.end()
    return end
