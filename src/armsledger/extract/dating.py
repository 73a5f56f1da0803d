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


def _names_a_party_by_focus(proposal: Proposal) -> bool:
    """A reading whose sentence does not name one of its parties (taken from
    the document's focus) tells of that step too weakly to date it: "jets
    acquired before the 1979 revolution" is not the Su-35 contract."""
    return "implicit" in (proposal.features.get("supplier_dep"), proposal.features.get("recipient_dep")) \
        or bool(proposal.features.get("implicit_party"))


def undated_time(chosen: Proposal, readings: Sequence[Proposal]) -> TimeRef | None:
    """For an undated headline: the time of the body's first dated reading of the same tuple."""
    if _sentence(chosen) > LEAD_SENTENCES:
        return None
    for proposal in sorted(readings, key=_sentence):
        if _sentence(proposal) == _sentence(chosen) or _names_a_party_by_focus(proposal):
            continue
        probe = replace(proposal.event, attribution=list(proposal.event.attribution))
        if proposal.complete is not None:
            proposal.complete(probe)
        if probe.time is not None and probe.modality == chosen.event.modality:
            return probe.time
    return None
