"""The commands that measure and train extraction: `eval` and `train`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from .cli_common import _fail, err, out
from .errors import ArmsledgerError
from .extract.decide import MODEL_FILE

MODEL_PATH = Path(__file__).resolve().parent / MODEL_FILE


def _progress(label: str) -> Progress:
    return Progress(TextColumn(f"[bold]{label}[/bold]"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err, transient=True, disable=not err.is_terminal)


def _load_cases(gold: list[Path]):
    from .training import load_cases

    with _progress("parse and propose") as progress:
        task = progress.add_task("cases", total=None)
        return load_cases(gold, progress=lambda n, total: progress.update(task, completed=n, total=total))


def eval_command(
    gold: list[Path] = typer.Argument(..., help="Gold JSON Lines files."),
    cv: int = typer.Option(0, "--cv", help="K-fold cross-validation over the documents of all the gold "
                                           "files, the model retrained without each held-out fold."),
    format: str = typer.Option("text", "--format", help="text or json."),
    show: int = typer.Option(20, help="How many misses and false events to list."),
    train_also: list[Path] = typer.Option([], "--train-also", help="With --cv: gold files (texts the project "
                                          "wrote for training) in every fold's training part, never scored."),
    repeat: int = typer.Option(1, "--repeat", help="With --cv: repeat the cross-validation with this many "
                                                   "fold seeds and report each and their mean and spread."),
) -> None:
    """Score extraction against gold files: P/R/F1, per type, field accuracies.

    With --cv K, the figures to quote: every document scored by a model that
    never saw it, with candidate recall and a reliability table.
    """
    if format not in {"text", "json"}:
        _fail("--format must be text or json", 2)
    if cv == 1 or cv < 0:
        _fail("--cv needs at least 2 folds", 2)
    if train_also and not cv:
        _fail("--train-also needs --cv", 2)
    if repeat < 1 or (repeat > 1 and not cv):
        _fail("--repeat needs --cv and a count of at least 1", 2)
    try:
        if cv:
            data = _cross_validated(gold, cv, train_also, repeat)
        else:
            data = _in_sample(gold)
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
    if format == "json":
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return
    _print_scores(data, show)


def _in_sample(gold: list[Path]) -> dict[str, Any]:
    from .evaluate import EvalResult, evaluate

    total = EvalResult()
    per_file = {}
    for path in gold:
        result = evaluate(path)
        per_file[path.name] = result.as_dict()
        total.add(result)
    data = total.as_dict()
    data["per_file"] = per_file if len(gold) > 1 else {}
    data["title"] = f"{', '.join(p.name for p in gold)} ({total.documents} documents, in sample)"
    return data


def _cross_validated(gold: list[Path], k: int, train_also: list[Path], repeat: int = 1) -> dict[str, Any]:
    from .training import SEED, cross_validate

    cases = _load_cases(gold)
    if len(cases) < k:
        raise ArmsledgerError(f"--cv {k} needs at least {k} documents; the gold files hold {len(cases)}")
    extra = _load_cases(train_also) if train_also else []
    runs = []
    with _progress("cross-validate") as progress:
        task = progress.add_task("folds", total=k * repeat)
        for n in range(repeat):
            runs.append(cross_validate(cases, k, seed=SEED + n, always=extra,
                                       on_fold=lambda done, _, n=n: progress.update(task, completed=n * k + done)))
    result = runs[0]
    data = result.result.as_dict()
    if repeat > 1:
        data["repeats"] = _repeats(runs, SEED)
    data["per_file"] = {name: r.as_dict() for name, r in sorted(result.per_file.items())}
    data["candidate_recall"] = {"found": result.candidates_found, "needed": result.candidates_needed,
                                "recall": round(result.candidate_recall, 4)}
    data["reliability"] = [{"from": low, "to": round(high, 2), "count": n,
                            "correct": None if share is None else round(share, 4)}
                           for low, high, n, share in result.reliability()]
    data["thresholds"] = result.thresholds
    data["title"] = f"{', '.join(p.name for p in gold)} ({len(cases)} documents, {k}-fold cross-validation)"
    if extra:
        data["title"] += f"; {len(extra)} written texts in every training part"
    return data


def _repeats(runs, first_seed: int) -> dict[str, Any]:
    """Each fold seed's headline figures, and their mean and spread: one
    split's figures move by a few points with the seed."""
    import statistics

    rows = []
    for n, run in enumerate(runs):
        result = run.result
        rows.append({"seed": first_seed + n, "precision": round(result.strict.precision, 4),
                     "recall": round(result.strict.recall, 4), "f1": round(result.strict.f1, 4),
                     "time": None if result.fields["time"].value is None else round(result.fields["time"].value, 4)})
    summary = {}
    for name in ("precision", "recall", "f1", "time"):
        values = [row[name] for row in rows if row[name] is not None]
        if values:
            summary[name] = {"mean": round(statistics.mean(values), 4),
                             "sd": round(statistics.stdev(values), 4) if len(values) > 1 else 0.0,
                             "min": min(values), "max": max(values)}
    return {"runs": rows, "summary": summary}


def _print_scores(data: dict[str, Any], show: int) -> None:
    table = Table("", "P", "R", "F1", "tp", "fp", "fn", title=data["title"])
    rows = [("strict", data["strict"]), ("loose", data["loose"])]
    rows += [(f"  {name}", r["strict"]) for name, r in data.get("per_file", {}).items()]
    rows += [(f"  {t}", c) for t, c in data["per_type"].items()]
    for name, counts in rows:
        table.add_row(name, f"{counts['precision']:.3f}", f"{counts['recall']:.3f}", f"{counts['f1']:.3f}",
                      str(counts["tp"]), str(counts["fp"]), str(counts["fn"]))
    out.print(table)
    fields = Table("field", "accuracy", "correct", "total", title="on matched tuples")
    for name, acc in data["fields"].items():
        fields.add_row(name, "-" if acc["accuracy"] is None else f"{acc['accuracy']:.3f}",
                       str(acc["correct"]), str(acc["total"]))
    out.print(fields)
    if "candidate_recall" in data:
        c = data["candidate_recall"]
        out.print(f"candidate recall {c['recall']:.3f} ({c['found']} of {c['needed']} gold tuples proposed)")
        reliability = Table("confidence", "tuples", "correct", title="reliability (held-out)")
        for row in data["reliability"]:
            reliability.add_row(f"{row['from']:.1f}–{row['to']:.1f}", str(row["count"]),
                                "-" if row["correct"] is None else f"{row['correct']:.3f}")
        out.print(reliability)
    if "repeats" in data:
        repeats = Table("fold seed", "P", "R", "F1", "time", title="the cross-validation repeated (above: the first seed)")
        for row in data["repeats"]["runs"]:
            repeats.add_row(str(row["seed"]), *(("-" if row[n] is None else f"{row[n]:.3f}")
                                                for n in ("precision", "recall", "f1", "time")))
        summary = data["repeats"]["summary"]
        repeats.add_row("mean ± sd", *((f"{summary[n]['mean']:.3f} ± {summary[n]['sd']:.3f}" if n in summary else "-")
                                       for n in ("precision", "recall", "f1", "time")))
        out.print(repeats)
    for title, rows in (("misses", data["misses"]), ("false events", data["false_events"]),
                        ("field errors", data["field_errors"])):
        if not rows:
            continue
        out.print(f"[bold]{title}[/bold] ({len(rows)})")
        for row in rows[:show]:
            detail = {k: v for k, v in row.items() if k not in {"document", "sentence"}}
            out.print(f"  {row['document']}: {json.dumps(detail, ensure_ascii=False)}", highlight=False, markup=False)
            if row.get("sentence"):
                out.print(f"      “{row['sentence'][:200]}”", highlight=False, markup=False)


def train(
    gold: list[Path] = typer.Argument(..., help="Gold JSON Lines files to learn from."),
    output: Path = typer.Option(MODEL_PATH, "--out", help="Where to write the model (JSON)."),
    train_also: list[Path] = typer.Option([], "--train-also", help="Gold files of texts the project wrote for "
                                          "training: learned from, but the threshold is tuned on GOLD only."),
) -> None:
    """Train the decision layer on gold files (seeded; the same files give the same model)."""
    from . import __version__
    from .training import file_checksums, train_model

    try:
        cases = _load_cases(gold)
        written = _load_cases(train_also) if train_also else []
        model = train_model(cases, written=written,
                            meta={"gold": file_checksums(gold + train_also), "armsledger": __version__})
    except ArmsledgerError as exc:
        _fail(str(exc), 2)
    output.parent.mkdir(parents=True, exist_ok=True)
    model.save(output)
    cases += written
    err.print(f"trained on {len(cases)} documents ({sum(len(c.groups) for c in cases)} proposal groups), "
              f"threshold {model.threshold:.2f}; wrote {output}", highlight=False, markup=False)
