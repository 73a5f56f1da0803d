"""Rules files: a good one reads as written; each mistake is one line naming
the file, the line and the problem."""

from __future__ import annotations

import pytest

from armsledger.watch import RulesError, load_rules, parse_rules

GOOD = """\
# what a sanctions desk watches
rules:
  - name: arms-to-embargoed-states
    recipient: [arms-embargo, un-arms-embargo]
    type: [agreement, DELIVERY]
    modality: ASSERTED
    min_confidence: 0.5
    outputs:
      - jsonl: "-"
      - digest: digest.txt
  - name: tracked-deal
    supplier: RUS
    recipient: [IRN]
    system: [s-300, S-400]
    category: surface-to-air missile system
    status_change: {from: [NEGOTIATION, AGREEMENT], to: DELIVERY}
    outputs:
      - webhook: https://hooks.example.org/armsledger
        secret_env: HOOK_SECRET
  - name: denials
    new_contradiction: true
    outputs: [{jsonl: contradictions.jsonl}]
"""


def test_rules_good_file_reads_as_written():
    embargo, tracked, denials = parse_rules(GOOD, environ={"HOOK_SECRET": "s3cret"})
    assert embargo.name == "arms-to-embargoed-states" and embargo.line == 3 and not embargo.watches_deals
    assert embargo.recipients == {"arms-embargo", "un-arms-embargo"} and embargo.types == {"AGREEMENT", "DELIVERY"}
    assert embargo.modalities == {"ASSERTED"} and embargo.min_confidence == 0.5
    assert [o.key for o in embargo.outputs] == ["jsonl:-", "digest:digest.txt"]
    assert tracked.watches_deals and tracked.status_from == {"NEGOTIATION", "AGREEMENT"}
    assert tracked.status_to == {"DELIVERY"} and tracked.systems == {"s-300", "s-400"}
    assert tracked.outputs[0].secret == "s3cret"
    assert denials.new_contradiction and not denials.status_change


MISTAKES = [
    # (line, what the message says, the file)
    (3, "unknown field 'recepient' (did you mean 'recipient'?)",
     "rules:\n  - name: a\n    recepient: IRN\n    outputs: [{jsonl: a.jsonl}]\n"),
    (3, "unknown recipient 'IRNN' (did you mean 'IRN'?)",
     "rules:\n  - name: a\n    recipient: [IRNN]\n    outputs: [{jsonl: a.jsonl}]\n"),
    (4, "unknown recipient 'un-embargo'", "rules:\n  - name: a\n    recipient:\n      - un-embargo\n"
                                          "    outputs: [{jsonl: a.jsonl}]\n"),
    (3, "unknown type 'DELIVERED' (one of:", "rules:\n  - name: a\n    type: DELIVERED\n    outputs: [{jsonl: a}]\n"),
    (3, "unknown modality 'CONFIRMED'", "rules:\n  - name: a\n    modality: [CONFIRMED]\n    outputs: [{jsonl: a}]\n"),
    (3, "unknown system 's-3000'", "rules:\n  - name: a\n    system: s-3000\n    outputs: [{jsonl: a}]\n"),
    (3, "min_confidence must be a number from 0 to 1",
     "rules:\n  - name: a\n    min_confidence: 80\n    outputs: [{jsonl: a}]\n"),
    (2, "needs outputs", "rules:\n  - name: a\n    recipient: IRN\n"),
    (4, "an output names exactly one of jsonl, digest, webhook",
     "rules:\n  - name: a\n    outputs:\n      - email: desk@example.org\n"),
    (4, "webhook must be an http(s) URL", "rules:\n  - name: a\n    outputs:\n      - webhook: ftp://x\n"
                                          "        secret_env: HOOK_SECRET\n"),
    (4, "a webhook needs secret_env", "rules:\n  - name: a\n    outputs:\n      - webhook: https://x.org/h\n"),
    (5, "the environment variable NOT_SET (secret_env) is not set",
     "rules:\n  - name: a\n    outputs:\n      - webhook: https://x.org/h\n        secret_env: NOT_SET\n"),
    (3, "'type' applies to events, but this rule watches deals",
     "rules:\n  - name: a\n    type: DELIVERY\n    status_change: true\n    outputs: [{jsonl: a}]\n"),
    (3, "status_change takes 'from' and 'to', not 'form'",
     "rules:\n  - name: a\n    status_change: {form: AGREEMENT}\n    outputs: [{jsonl: a}]\n"),
    (3, "unknown status_change.to 'VISIT'",
     "rules:\n  - name: a\n    status_change: {to: VISIT}\n    outputs: [{jsonl: a}]\n"),
    (3, "new_contradiction must be true", "rules:\n  - name: a\n    new_contradiction: yes please\n"
                                          "    outputs: [{jsonl: a}]\n"),
    (4, "rule name 'a' is used twice (first on line 2)",
     "rules:\n  - name: a\n    outputs: [{jsonl: a}]\n  - name: a\n    outputs: [{jsonl: b}]\n"),
    (2, "each rule needs a name", "rules:\n  - recipient: IRN\n    outputs: [{jsonl: a}]\n"),
    (4, "'recipient' is given twice", "rules:\n  - name: a\n    recipient: IRN\n    recipient: RUS\n"
                                      "    outputs: [{jsonl: a}]\n"),
    (1, "the file must be a mapping with a 'rules' list", "- name: a\n"),
    (3, "unknown top-level key 'rule'", "rules:\n  - {name: a, outputs: [{jsonl: a}]}\nrule: x\n"),
    (4, "not valid YAML: expected ',' or ']', but got ':' (while parsing a flow sequence on line 3)",
     "rules:\n  - name: a\n    recipient: [IRN\n    outputs: x\n"),
    (2, "not valid YAML", "rules:\n\t- name: a\n"),
]


@pytest.mark.parametrize(("line", "message", "text"), MISTAKES, ids=[m[1][:40] for m in MISTAKES])
def test_rules_mistake_names_its_line_and_problem(tmp_path, line, message, text):
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as caught:
        load_rules(path, environ={"HOOK_SECRET": "x"})
    problem = str(caught.value)
    assert "\n" not in problem
    assert problem.startswith(f"{path}:{line}: "), problem
    assert message in problem, problem


def test_rules_missing_file_is_named(tmp_path):
    with pytest.raises(RulesError, match="nope.yaml: cannot be read"):
        load_rules(tmp_path / "nope.yaml")


def test_rules_readme_example_is_the_shipped_file_and_reads():
    from ..conftest import REPO

    path = REPO / "docs" / "watch" / "embargoed-states.yaml"
    (rule,) = load_rules(path)
    assert rule.name == "arms-to-embargoed-states" and rule.recipients == {"arms-embargo"}
    assert path.read_text(encoding="utf-8") in (REPO / "README.md").read_text(encoding="utf-8")
