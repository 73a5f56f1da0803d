"""Watch rules: read from YAML, checked whole before `watch` starts, each
mistake reported as one line naming the file, the line and the problem.

    rules:
      - name: arms-to-embargoed-states
        recipient: [arms-embargo]          # ISO 3166 alpha-3 codes and named lists
        type: [AGREEMENT, DELIVERY]
        outputs:
          - jsonl: "-"                     # standard output, or a file
          - digest: embargo-digest.txt
          - webhook: https://hooks.example.org/armsledger
            secret_env: ARMSLEDGER_WEBHOOK_SECRET

A rule with `status_change` or `new_contradiction` watches deals; any other
watches events.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from ..errors import ArmsledgerError
from ..model import SYSTEM_CATEGORIES, EventType, Modality
from . import embargoes

EVENT_FIELDS = {"type", "modality", "min_confidence"}
DEAL_FIELDS = {"status_change", "new_contradiction"}
COMMON_FIELDS = {"name", "supplier", "recipient", "system", "category", "outputs"}
RULE_FIELDS = EVENT_FIELDS | DEAL_FIELDS | COMMON_FIELDS
OUTPUT_KINDS = ("jsonl", "digest", "webhook")
OUTPUT_OPTIONS = {"webhook": {"secret_env"}}
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_. -]{0,99}$")
ACTOR_RE = re.compile(r"^(?:[A-Z]{3}|UN|EU|NATO)$")


class RulesError(ArmsledgerError):
    """A rules file that cannot be used: its message is one line naming the
    file, the line and the problem."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Output:
    kind: str  # jsonl | digest | webhook
    target: str  # a path, "-" for standard output, or a URL
    secret: str | None = None  # the webhook's shared secret (read from the environment)

    @property
    def key(self) -> str:
        """What a delivery is recorded under: the same output in another rule is the same place."""
        return f"{self.kind}:{self.target}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    name: str
    line: int
    suppliers: frozenset[str] | None = None  # codes and list names; None: any
    recipients: frozenset[str] | None = None
    systems: frozenset[str] | None = None
    categories: frozenset[str] | None = None
    types: frozenset[str] | None = None
    modalities: frozenset[str] | None = None
    min_confidence: float | None = None
    status_from: frozenset[str] | None = None
    status_to: frozenset[str] | None = None
    status_change: bool = False
    new_contradiction: bool = False
    outputs: tuple[Output, ...] = field(default_factory=tuple)

    @property
    def watches_deals(self) -> bool:
        return self.status_change or self.new_contradiction


# --- YAML with line numbers ----------------------------------------------------

class _LineDict(dict):
    """A mapping that remembers the line of itself and of each key."""

    line: int = 0
    lines: dict


class _LineList(list):
    line: int = 0
    lines: list


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> _LineDict:
    loader.flatten_mapping(node)
    result = _LineDict()
    result.line = node.start_mark.line + 1
    result.lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, str):
            raise _Problem(line, f"a key must be a word, not {key!r}")
        if key in result:
            raise _Problem(line, f"'{key}' is given twice")
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> _LineList:
    result = _LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.lines = [child.start_mark.line + 1 for child in node.value]
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


class _Problem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


# --- reading and checking --------------------------------------------------------

def load_rules(path: str | os.PathLike[str], *, environ: dict[str, str] | None = None) -> list[Rule]:
    """The rules of a YAML file, every one checked; raises RulesError
    ("rules.yaml:7: rule 'x': unknown field 'recepient' (did you mean 'recipient'?)")."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot be read ({exc.__class__.__name__}: {exc})") from exc
    return parse_rules(text, name=str(path), environ=os.environ if environ is None else environ)


def parse_rules(text: str, *, name: str = "<rules>", environ: dict[str, str] | None = None) -> list[Rule]:
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
        return _rules(data, environ if environ is not None else {})
    except _Problem as problem:
        raise RulesError(f"{name}:{problem.line}: {problem.message}") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or exc.context or "cannot be parsed"
        if exc.context and exc.problem and exc.context_mark is not None:
            what += f" ({exc.context} on line {exc.context_mark.line + 1})"
        raise RulesError(f"{name}:{line}: not valid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise RulesError(f"{name}:1: not valid YAML: {exc}") from None


def _rules(data: Any, environ: dict[str, str]) -> list[Rule]:
    if not isinstance(data, _LineDict) or "rules" not in data:
        raise _Problem(getattr(data, "line", 1) or 1, "the file must be a mapping with a 'rules' list")
    extra = set(data) - {"rules"}
    if extra:
        key = sorted(extra)[0]
        raise _Problem(data.lines[key], f"unknown top-level key '{key}' (only 'rules' is read)")
    items = data["rules"]
    if not isinstance(items, _LineList) or not items:
        raise _Problem(data.lines["rules"], "'rules' must be a list of one or more rules")
    rules, seen = [], {}
    for item, line in zip(items, items.lines, strict=True):
        rule = _rule(item, line, environ)
        if rule.name in seen:
            raise _Problem(line, f"rule name '{rule.name}' is used twice (first on line {seen[rule.name]})")
        seen[rule.name] = rule.line
        rules.append(rule)
    return rules


def _rule(item: Any, line: int, environ: dict[str, str]) -> Rule:
    if not isinstance(item, _LineDict):
        raise _Problem(line, "each rule must be a mapping with a name, what to match and outputs")
    name = item.get("name")
    if not isinstance(name, str) or not NAME_RE.match(name):
        where = item.lines.get("name", item.line)
        raise _Problem(where, "each rule needs a name (letters, digits, '-', '_', '.', spaces; at most 100)")
    label = f"rule '{name}'"
    for key in item:
        if key not in RULE_FIELDS:
            raise _Problem(item.lines[key], f"{label}: unknown field '{key}'{_suggest(key, RULE_FIELDS)}")
    watches_deals = bool(DEAL_FIELDS & set(item))
    if watches_deals:
        if len(DEAL_FIELDS & set(item)) > 1:
            raise _Problem(item.lines["new_contradiction"],
                           f"{label}: give status_change or new_contradiction, not both (write two rules)")
        for key in sorted(EVENT_FIELDS & set(item), key=lambda k: item.lines[k]):
            raise _Problem(item.lines[key], f"{label}: '{key}' applies to events, but this rule watches "
                                            "deals (it has status_change or new_contradiction)")

    def where(key: str) -> int:
        return item.lines.get(key, item.line)

    rule = dict(
        name=name, line=item.line,
        suppliers=_actors(item.get("supplier"), where("supplier"), label, "supplier"),
        recipients=_actors(item.get("recipient"), where("recipient"), label, "recipient"),
        systems=_choices(item.get("system"), where("system"), label, "system", _families(), lower=True),
        categories=_choices(item.get("category"), where("category"), label, "category", set(SYSTEM_CATEGORIES)),
        types=_choices(item.get("type"), where("type"), label, "type", {str(t) for t in EventType}, upper=True),
        modalities=_choices(item.get("modality"), where("modality"), label, "modality",
                            {str(m) for m in Modality}, upper=True),
        outputs=_outputs(item.get("outputs"), where("outputs"), label, environ),
    )
    if "min_confidence" in item:
        value = item["min_confidence"]
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise _Problem(where("min_confidence"), f"{label}: min_confidence must be a number from 0 to 1")
        rule["min_confidence"] = float(value)
    if "new_contradiction" in item:
        if item["new_contradiction"] is not True:
            raise _Problem(where("new_contradiction"), f"{label}: new_contradiction must be true")
        rule["new_contradiction"] = True
    if "status_change" in item:
        rule.update(_status_change(item["status_change"], where("status_change"), label))
    return Rule(**rule)


def _status_change(value: Any, line: int, label: str) -> dict[str, Any]:
    if value is True:
        return {"status_change": True}
    if not isinstance(value, _LineDict) or not value:
        raise _Problem(line, f"{label}: status_change must be true or a mapping with 'from' and/or 'to' "
                             "(e.g. {from: AGREEMENT, to: DELIVERY})")
    for key in value:
        if key not in ("from", "to"):
            raise _Problem(value.lines[key], f"{label}: status_change takes 'from' and 'to', not '{key}'")
    statuses = {str(t) for t in EventType if t.is_transfer}
    return {
        "status_change": True,
        "status_from": _choices(value.get("from"), value.lines.get("from", line), label, "status_change.from",
                                statuses, upper=True),
        "status_to": _choices(value.get("to"), value.lines.get("to", line), label, "status_change.to",
                              statuses, upper=True),
    }


def _words(value: Any, line: int, label: str, key: str) -> list[tuple[str, int]]:
    """A value given as one word or a list of words, each with its line."""
    if isinstance(value, str):
        return [(value, line)]
    if isinstance(value, _LineList) and value and all(isinstance(v, str) for v in value):
        return list(zip(value, value.lines, strict=True))
    raise _Problem(line, f"{label}: {key} must be a word or a list of words")


def _choices(value: Any, line: int, label: str, key: str, allowed: set[str], *, upper: bool = False,
             lower: bool = False) -> frozenset[str] | None:
    if value is None:
        return None
    chosen = set()
    for word, word_line in _words(value, line, label, key):
        word = word.upper() if upper else word.lower() if lower else word
        if word not in allowed:
            if len(allowed) <= 40:
                hint = f" (one of: {', '.join(sorted(allowed))})"
            else:
                hint = _suggest(word, allowed) or f" (not in the catalog's {len(allowed)} entries)"
            raise _Problem(word_line, f"{label}: unknown {key} '{word}'{hint}")
        chosen.add(word)
    return frozenset(chosen)


def _actors(value: Any, line: int, label: str, key: str) -> frozenset[str] | None:
    if value is None:
        return None
    from ..catalog import read_actors

    known = {a.id for a in read_actors()}
    lists = set(embargoes.list_names())
    chosen = set()
    for word, word_line in _words(value, line, label, key):
        if word in lists or (ACTOR_RE.match(word) and word in known):
            chosen.add(word)
            continue
        hint = _suggest(word, lists | known) or f" (an ISO 3166 alpha-3 code such as IRN, or a list: {', '.join(sorted(lists))})"
        raise _Problem(word_line, f"{label}: unknown {key} '{word}'{hint}")
    return frozenset(chosen)


def _outputs(value: Any, line: int, label: str, environ: dict[str, str]) -> tuple[Output, ...]:
    if not isinstance(value, _LineList) or not value:
        raise _Problem(line, f"{label}: needs outputs, a list of one or more of: {', '.join(OUTPUT_KINDS)}")
    outputs = []
    for entry, entry_line in zip(value, value.lines, strict=True):
        if not isinstance(entry, _LineDict):
            raise _Problem(entry_line, f"{label}: an output is a mapping such as {{jsonl: alerts.jsonl}}")
        kinds = [k for k in entry if k in OUTPUT_KINDS]
        if len(kinds) != 1:
            raise _Problem(entry_line, f"{label}: an output names exactly one of {', '.join(OUTPUT_KINDS)}")
        kind = kinds[0]
        for key in entry:
            if key != kind and key not in OUTPUT_OPTIONS.get(kind, set()):
                options = OUTPUT_OPTIONS.get(kind, set())
                raise _Problem(entry.lines[key], f"{label}: unknown {kind} option '{key}'{_suggest(key, options)}")
        target = entry[kind]
        if not isinstance(target, str) or not target.strip():
            raise _Problem(entry.lines[kind], f"{label}: {kind} needs a {'URL' if kind == 'webhook' else 'file path'}")
        secret = None
        if kind == "webhook":
            if not re.match(r"^https?://[^/\s]+", target):
                raise _Problem(entry.lines[kind], f"{label}: webhook must be an http(s) URL, not {target!r}")
            if "secret_env" not in entry:
                raise _Problem(entry.lines[kind], f"{label}: a webhook needs secret_env, the environment "
                                                  "variable holding its shared secret")
            variable = entry["secret_env"]
            if not isinstance(variable, str) or not environ.get(variable):
                raise _Problem(entry.lines["secret_env"],
                               f"{label}: the environment variable {variable} (secret_env) is not set")
            secret = environ[variable]
        elif kind == "digest" and target.strip() == "-":
            raise _Problem(entry.lines[kind], f"{label}: digest needs a file path")
        outputs.append(Output(kind=kind, target=target.strip(), secret=secret))
    return tuple(outputs)


def _families() -> set[str]:
    from ..catalog import read_systems

    return {s.family for s in read_systems()}


def _suggest(word: str, options: set[str]) -> str:
    close = difflib.get_close_matches(word, sorted(options), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""
