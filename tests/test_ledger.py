"""The ingest report's lists of skipped and failed inputs stay bounded."""

from armsledger.ledger import Outcomes


def test_outcomes_count_every_entry_and_keep_the_first_thousand():
    outcomes = Outcomes()
    for n in range(2500):
        outcomes.append((f"news/{n}.txt", "not about arms" if n % 5 else "language 'fr' is not English"))
    assert len(outcomes) == 2500 and len(list(outcomes)) == Outcomes.KEPT
    assert outcomes.by_reason() == {"not about arms": 2000, "language 'fr' is not English": 500}
    assert outcomes[0] == ("news/0.txt", "language 'fr' is not English")
    few = Outcomes()
    few.append(("a.txt", "does not exist"))
    assert few == [("a.txt", "does not exist")] and few != [] and not Outcomes()
