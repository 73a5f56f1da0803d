"""Time expressions, resolved against the publication date.

A publication date may be a day (`2016-02-16`), a month (`2015-04`), a year
(`2015`) or unknown; a relative expression resolves only as far as it allows
("on Monday" needs the day; "last year" needs only the year). Relative
expressions after an explicit date in the same sentence ("in April 2015 ...
earlier in the month") resolve against that date instead.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

TIMES_KEY = "armsledger_times"

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}

_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A law named with its year before it: "the 2019 National Defense Authorization Act".
_NAMED_LAW = r"(?:[A-Z][\w.-]*\s+){0,4}Act\b"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("month_day_year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b")),
    ("day_month_year", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}\b")),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")),
    ("month_year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b")),
    ("month_day", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*(?:19|20)\d\d)")),
    ("day_month", re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\b(?!\s*(?:19|20)\d\d)")),
    # "the Arms Export Control Act of 1976" names a law, not when anything
    # happened (a treaty's year is the treaty's own date); "1968 M107 155mm
    # Projectiles" counts rounds.
    ("year", re.compile(
        r"(?<![\d$€£-])(?<!Act of )(?<!Act, )\b(?P<year>(?:19|20)\d\d)\b(?![-\d])(?!\s*(?:million|billion|units|aircraft|troops))"
        rf"(?!\s+{_NAMED_LAW})(?!\s+[A-Z]{{1,4}}-?\d)")),
    ("weekday", re.compile(r"\b(?:[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+|[Nn]ext\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("relative_day", re.compile(r"\b(?P<rel>today|yesterday|tomorrow)\b", re.I)),
    ("relative_year", re.compile(r"\b(?P<which>last|this|next|past|previous|coming)\s+year\b", re.I)),
    ("relative_month", re.compile(r"\b(?:(?P<which>last|this|next|previous|coming)\s+month|(?P<earlier>earlier|later)\s+(?:in|this)\s+the\s+month|(?P<earlier2>earlier|later)\s+this\s+month)\b", re.I)),
    ("relative_week", re.compile(r"\b(?P<which>last|this|next|past|previous|coming)\s+week\b", re.I)),
    ("age", re.compile(r"\b(?P<age>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)-year-old\b", re.I)),
    # "in October", "in late September", "mid-August", "India's January purchase".
    ("month_only", re.compile(rf"\b(?:(?:in|since|until|by|from|last|next|this)\s+(?:(?:early|mid|late)[-\s])?"
                              rf"|(?:[Ee]arly|[Mm]id|[Ll]ate)-|(?<=['’]s )){_MONTH}\b(?!\s+\d)")),
]


@dataclass(slots=True, frozen=True)
class Published:
    """A publication date at whatever precision is known."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: str | None) -> Published:
        if not value:
            return cls()
        match = re.match(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value.strip())
        if not match:
            return cls()
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year=year, month=month, day=day)

    @property
    def date(self) -> dt.date | None:
        if self.year and self.month and self.day:
            return dt.date(self.year, self.month, self.day)
        return None


def _fmt(year: int | None, month: int | None = None, day: int | None = None) -> tuple[str | None, str]:
    if year is None:
        return None, "unknown"
    if month is None:
        return f"{year:04d}", "year"
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def resolve(kind: str, groups: dict[str, str | None], anchor: Published, *, future: bool = False) -> tuple[str | None, str]:
    """The ISO start and granularity of one matched expression."""
    month = MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    if groups.get("month") and groups["month"].isdigit():
        month = int(groups["month"])
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    if kind in {"month_day_year", "day_month_year", "iso"}:
        return _fmt(year, month, day)
    if kind == "month_year":
        return _fmt(year, month)
    if kind == "year":
        return _fmt(year)
    if kind in {"month_day", "day_month"}:
        return _fmt(anchor.year, month, day)
    if kind == "month_only":
        if anchor.year is None:
            return None, "unknown"
        year = anchor.year
        if anchor.month is not None and month is not None and month > anchor.month and not future:
            year -= 1
        if anchor.month is not None and month is not None and month < anchor.month and future:
            year += 1
        return _fmt(year, month)
    if kind == "weekday":
        base = anchor.date
        if base is None:
            return None, "unknown"
        target = WEEKDAYS[groups["weekday"].lower()]
        delta = (base.weekday() - target) % 7
        when = base + dt.timedelta(days=(7 - delta) % 7 if future else -delta)
        return _fmt(when.year, when.month, when.day)
    if kind == "relative_day":
        base = anchor.date
        if base is None:
            return None, "unknown"
        shift = {"today": 0, "yesterday": -1, "tomorrow": 1}[groups["rel"].lower()]
        when = base + dt.timedelta(days=shift)
        return _fmt(when.year, when.month, when.day)
    if kind == "relative_year":
        if anchor.year is None:
            return None, "unknown"
        shift = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}
        return _fmt(anchor.year + shift[groups["which"].lower()])
    if kind == "relative_week":
        # A week is told at the precision the schema has: its month.
        base = anchor.date
        if base is None:
            return None, "unknown"
        shift = {"last": -7, "past": -7, "previous": -7, "this": 0, "next": 7, "coming": 7}[groups["which"].lower()]
        when = base + dt.timedelta(days=shift)
        return _fmt(when.year, when.month)
    if kind == "age":
        # "the 13-year-old arms embargo": it began that many years before.
        if anchor.year is None:
            return None, "unknown"
        words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                 "fifteen": 15, "twenty": 20, "thirty": 30}
        age = groups["age"].lower()
        years = int(age) if age.isdigit() else words[age]
        return _fmt(anchor.year - years)
    if kind == "relative_month":
        if anchor.year is None or anchor.month is None:
            return None, "unknown"
        which = (groups.get("which") or "this").lower()
        shift = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[which]
        index = anchor.year * 12 + (anchor.month - 1) + shift
        return _fmt(index // 12, index % 12 + 1)
    return None, "unknown"


def find_time_expressions(text: str) -> list[tuple[int, int, str, dict[str, str | None]]]:
    """Non-overlapping (start, end, kind, groups) matches, earlier patterns first."""
    found: list[tuple[int, int, str, dict[str, str | None]]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((start, end, kind, match.groupdict()))
    found.sort()
    return found


_ABSOLUTE = {"month_day_year", "day_month_year", "iso", "month_year", "year"}


class TimeRecognizer:
    """Marks time expressions in `doc.spans["armsledger_times"]`, each with
    `._.time = {"text", "start", "end", "granularity"}`; reads the publication
    date from `doc._.published`."""

    def __call__(self, doc: Doc) -> Doc:
        published = Published.parse(doc._.published)
        spans = []
        for sent in doc.sents:
            anchor = published
            for start, end, kind, groups in find_time_expressions(sent.text):
                span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
                if span is None:
                    continue
                iso, granularity = resolve(kind, groups, anchor)
                span._.time = {"text": span.text, "start": iso, "end": None, "granularity": granularity,
                               "kind": kind, "groups": groups, "anchor": (anchor.year, anchor.month, anchor.day)}
                if kind in _AMBIGUOUS_DIRECTION:
                    # "in October", "on Monday": behind the report for what happened,
                    # ahead of it for what is planned; extraction picks the reading.
                    ahead, ahead_granularity = resolve(kind, groups, anchor, future=True)
                    span._.time["ahead"] = {"start": ahead, "granularity": ahead_granularity}
                spans.append(span)
                if kind in _ABSOLUTE and iso:
                    anchor = Published.parse(iso)
        doc.spans[TIMES_KEY] = spans
        return doc


_AMBIGUOUS_DIRECTION = {"month_only", "weekday"}


@Language.factory("armsledger_times", assigns=["doc.spans"], requires=["token.is_sent_start"])
def make_time_recognizer(nlp: Language, name: str) -> TimeRecognizer:
    return TimeRecognizer()
