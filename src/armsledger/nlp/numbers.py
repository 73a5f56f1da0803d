"""Quantities of systems and money values with their currency and scale."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12, "two dozen": 24,
}
_SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mln": 1e6, "m": 1e6, "mn": 1e6,
    "billion": 1e9, "bln": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "crore": 1e7, "lakh": 1e5,
}
_CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}
_CURRENCY_CODES = {"USD", "EUR", "GBP", "INR", "RUB", "JPY", "CNY", "AUD", "CAD", "KRW", "SAR",
                   "AED", "TRY", "ILS", "CHF", "SEK", "NOK", "PLN", "Rs", "Rs."}
_CODE_FOR = {"Rs": "INR", "Rs.": "INR"}
_CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
                   "pounds": "GBP", "rupees": "INR", "roubles": "RUB", "rubles": "RUB", "yen": "JPY",
                   "yuan": "CNY"}

_AMOUNT = r"(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|crore|lakh|mln|bln|bn|mn|[mbk])\b)?"
MONEY_RE = re.compile(
    r"(?P<prefix>US\$|\$|€|£|¥|₹|\b(?:USD|EUR|GBP|INR|RUB|JPY|CNY|AUD|CAD|KRW|SAR|AED|TRY|ILS|CHF|SEK|NOK|PLN|Rs\.?)\s?)"
    + _AMOUNT + _SCALE
    + r"|" + _AMOUNT.replace("amount", "amount2") + r"\s*(?P<scale2>thousand|million|billion|trillion|crore)?\s+(?P<word>dollars|euros|pounds|rupees|roubles|rubles|yen|yuan)\b"
)


def parse_money(text: str) -> list[dict]:
    """Every money expression in a text: amount, currency and the text itself."""
    values = []
    for match in MONEY_RE.finditer(text):
        groups = match.groupdict()
        if groups.get("amount"):
            prefix = groups["prefix"].strip()
            currency = _CURRENCY_SYMBOLS.get(prefix) or _CODE_FOR.get(prefix) or prefix.upper()
            amount = float(groups["amount"].replace(",", ""))
            scale = (groups.get("scale") or "").lower()
        else:
            currency = _CURRENCY_WORDS[groups["word"].lower()]
            amount = float(groups["amount2"].replace(",", ""))
            scale = (groups.get("scale2") or "").lower()
        amount *= _SCALES.get(scale, 1)
        values.append({"amount": amount, "currency": currency, "text": match.group(0).strip(),
                       "start": match.start(), "end": match.end()})
    return values


def number_value(token: Token) -> int | None:
    """The integer a number token stands for ("36", "two", "1,200",
    "Twenty-two"), if any."""
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    value = _WORD_NUMBERS.get(text)
    doc = token.doc
    # "Twenty-two" is three tokens, the units word the head.
    if value is not None and value < 10 and token.i >= 2 and doc[token.i - 1].text == "-":
        tens = _WORD_NUMBERS.get(doc[token.i - 2].lower_)
        if tens is not None and tens >= 20 and tens % 10 == 0:
            return tens + value
    return value


def _written_out(doc, j: int) -> int | None:
    """A notice's "twelve (12)" before a designation: the figure in brackets."""
    if j >= 2 and doc[j].text == ")" and doc[j - 1].like_num and doc[j - 2].text == "(":
        return number_value(doc[j - 1])
    return None


def _part_of(number: Token) -> int | None:
    """ "the first three of 18 new F-16s": the three, not the 18."""
    parts = [c for c in number.children if c.dep_ == "quantmod" and c.like_num and c.i < number.i]
    if parts and any(c.lower_ == "of" for c in number.children if c.dep_ == "quantmod"):
        return number_value(parts[0])
    return None


def quantity_of(span: Span) -> int | None:
    """How many units of a system a phrase counts: "36 Rafale jets",
    "two S-300PMU-2 battalions", "eight C-17s"."""
    doc = span.doc
    heads = {span.root.i}
    head = span.root
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i != head.i:
        head = head.head
        heads.add(head.i)
    written = _written_out(doc, span.start - 1)
    if written is not None:
        return written
    for i in heads:
        for child in doc[i].children:
            if child.dep_ == "nummod" and child.i < span.start:
                value = _part_of(child) or number_value(child)
                if value is not None and not _is_year(child):
                    return value
    # The number right before the designation or its modifiers ("four
    # refurbished Stryker", "two former cutters").
    j = span.start - 1
    while j >= 0 and (doc[j].pos_ in {"ADJ", "PROPN"} or doc[j].tag_ == "VBN") and span.start - j <= 3 \
            and not doc[j].like_num:
        j -= 1
    if j >= 0 and doc[j].like_num and not _is_year(doc[j]):
        if j == 0 or doc[j - 1].text not in {"$", "€", "£"}:
            return _part_of(doc[j]) or number_value(doc[j])
    return None


def _is_year(token: Token) -> bool:
    return bool(re.fullmatch(r"(19|20)\d\d", token.text))
