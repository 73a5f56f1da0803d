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

from ..model import TimeRef

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
    """For an undated headline: the time of the body's first dated reading of the same tuple."""
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
