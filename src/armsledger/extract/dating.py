"""Dating a chosen event its own sentence leaves undated.

A headline rarely dates what it tells ("Ambassador marks F-16 delivery to
Pakistan"); the body's first reading of the same step, told the same way,
that does ("a ceremony held today ... commemorated the delivery") dates it.

Tried and dropped, since the gold files' analysts disagree with it: dating
an announcement in the present or present perfect ("has made a
determination approving") by the day of the report. Reports restate old
approvals in the present perfect as often as they announce new ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..catalog import words
from ..model import EventType, Granularity, Modality, TimeRef
from ..nlp.times import TIMES_KEY

if TYPE_CHECKING:
    from .proposals import Proposal


# The headline and the lead: what they tell, the body goes on to date.
LEAD_SENTENCES = 2


def _sentence(proposal: Proposal) -> int:
    return proposal.features.get("sentence", 0)


def _parties_by_focus(proposal: Proposal) -> set[str]:
    """The roles a reading fills from the document's focus, not its sentence."""
    roles = {role for role in ("supplier", "recipient") if proposal.features.get(f"{role}_dep") == "implicit"}
    if proposal.features.get("implicit_party"):
        roles.add("party")
    return roles


def _weaker_than(proposal: Proposal, chosen: Proposal) -> bool:
    """A reading that takes from the focus a party the chosen one names tells
    of that step too weakly to date it: "jets acquired before the 1979
    revolution" is not the Su-35 contract a headline names. When the
    headline leaves the same party to the focus ("Cutter Transferred to Sri
    Lankan Navy"), the body's reading is as good a telling as the headline."""
    return bool(_parties_by_focus(proposal) - _parties_by_focus(chosen))


def undated_time(chosen: Proposal, readings: Sequence[Proposal]) -> TimeRef | None:
    """For an undated headline: the time of the body's first dated reading of
    the same tuple; for an undated US approval, the day Congress was notified."""
    return _body_time(chosen, readings) or notified_time(chosen)


def _body_time(chosen: Proposal, readings: Sequence[Proposal]) -> TimeRef | None:
    if _sentence(chosen) > LEAD_SENTENCES:
        return None
    for proposal in sorted(readings, key=_sentence):
        if _sentence(proposal) == _sentence(chosen) or _weaker_than(proposal, chosen):
            continue
        probe = replace(proposal.event, attribution=list(proposal.event.attribution))
        if proposal.complete is not None:
            proposal.complete(probe)
        if probe.time is not None and probe.modality == chosen.event.modality:
            return probe.time
    return None


NOTIFYING_WORDS = words("notifying_words")
# How near "Congress" follows the notifying word ("notified Congress",
# "notifying the U.S. Congress").
NOTIFIED_REACH = 3


def notified_time(chosen: Proposal) -> TimeRef | None:
    """A US approval its sentences leave undated was given the day the text
    says Congress was notified of it ("The State Department has made a
    determination approving a possible Foreign Military Sale to Spain ...";
    "... delivered the required certification notifying Congress of this
    possible sale on March 14, 2019"): a sale is approved by that notice.
    Only one such day in the text, and only a day hung on the notifying
    clause ("we will vote later today on the sales the administration
    notified Congress of" is no notice's day)."""
    event = chosen.event
    if (event.type != EventType.APPROVAL or event.supplier != "USA" or event.modality != Modality.ASSERTED
            or chosen.sentence is None):
        return None
    days = {}
    for span in chosen.sentence.doc.spans[TIMES_KEY]:
        info = span._.time
        if info.get("granularity") != "day" or not info.get("start") or not _after_a_notice(span):
            continue
        days.setdefault(info["start"], TimeRef(text=info["text"], start=info["start"], granularity=Granularity.DAY))
    return next(iter(days.values())) if len(days) == 1 else None


def _after_a_notice(span) -> bool:
    """Whether the time follows, in its sentence, a word notifying Congress."""
    for token in span.sent:
        if token.i >= span.start:
            return False
        if token.lower_ in NOTIFYING_WORDS and any(
                t.text == "Congress" for t in token.doc[token.i + 1: token.i + 1 + NOTIFIED_REACH]):
            return True
    return False
