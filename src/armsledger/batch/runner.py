"""`armsledger batch` on Ray Data: shards to Parquet, one actor per CPU.

Each actor loads the spaCy pipeline and the extractor once, then takes one
shard at a time: it reads the shard, runs the relevance pass, parses and
extracts what passes, fingerprints every document for near-duplicate
clustering and writes the shard's Parquet files (`parquet.py`). What goes
back to the driver is only the shard's report, so the driver stays small
however large the shards. Actors write to the output folder themselves: on
a cluster it must be a folder every node sees at the same path.

Near-duplicates are not clustered here but by `load`, in input order,
so a batch plus a load gives the ledger an ingest of the same shards gives.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..dedupe import DedupeConfig, fingerprint
from ..errors import ArmsledgerError
from ..ingest import IngestConfig
from ..model import Document
from . import parquet
from .shards import ShardItem, iter_shard

if TYPE_CHECKING:
    from ..ledger import Analysis

# Documents analysed together: a text that breaks extraction costs a re-run
# of its chunk one document at a time, not of the shard.
CHUNK = 64


@dataclass(slots=True)
class ShardReport:
    """What became of one shard: counts, and (source, reason) of what was
    skipped or failed; `error` when the shard as a whole could not be done."""

    index: int
    shard: str
    documents: int = 0
    extracted: int = 0
    copies: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    done_before: bool = False  # complete in the output folder already; not read again

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShardReport:
        names = {f.name for f in dataclasses.fields(cls)}
        data = {k: v for k, v in data.items() if k in names}
        data["skipped"] = [tuple(x) for x in data.get("skipped", [])]
        data["failed"] = [tuple(x) for x in data.get("failed", [])]
        return cls(**data)


@dataclass(slots=True)
class BatchReport:
    shards: list[ShardReport] = field(default_factory=list)
    cpus: int = 0
    seconds: float = 0.0

    @property
    def failed(self) -> list[tuple[str, str]]:
        return [entry for shard in self.shards for entry in shard.failed]

    @property
    def documents(self) -> int:
        return sum(shard.documents for shard in self.shards if not shard.done_before)


def analyse_shard(shard: str, index: int, out: Path, *, nlp, extractor, config: IngestConfig,
                  dedupe: DedupeConfig) -> ShardReport:
    """Read, analyse and write one shard; never raises for what is in it."""
    started = time.monotonic()
    report = ShardReport(index, shard)
    writer = parquet.ShardWriter(out, index)
    items = iter_shard(shard, config=config, failed=report.failed, skipped=report.skipped)
    try:
        for item, analysis in _Analyser(nlp, extractor, report).analysed(items):
            if item.copy_of:
                writer.add_copy(item.seq, item.copy_of, item.document)
                report.copies += 1
                continue
            status = "skipped" if analysis.skipped else "extracted"
            writer.add_document(item.seq, item.document, analysis.events, status=status,
                                note=analysis.skipped or analysis.note,
                                fingerprint=fingerprint(item.document.text, dedupe))
            report.documents += 1
            report.extracted += status == "extracted"
            report.events += len(analysis.events)
        writer.commit()
    except Exception as exc:  # the disk, the reader: the shard is reported, the batch goes on
        writer.abort()
        report.failed.append((shard, f"could not be done ({type(exc).__name__}: {exc})"[:300]))
        report.seconds = time.monotonic() - started
        return report
    report.seconds = time.monotonic() - started
    parquet.write_json(parquet.report_path(out, index), dataclasses.asdict(report))
    return report


class _Analyser:
    """`ledger.analyze` over a shard's items, a chunk at a time. A chunk whose
    extraction fails is done again one document at a time, and only the
    document that breaks it is reported (and not written)."""

    def __init__(self, nlp, extractor, report: ShardReport) -> None:
        from ..ledger import analyze  # spaCy is loaded in the actors, not by `load`

        self.analyze = analyze
        self.nlp, self.extractor, self.report = nlp, extractor, report

    def analysed(self, items: Iterable[ShardItem]) -> Iterator[tuple[ShardItem, Analysis | None]]:
        """(item, analysis) in reading order; copies pass through with None."""
        chunk: list[ShardItem] = []
        for item in items:
            chunk.append(item)
            if len(chunk) >= CHUNK:
                yield from self._chunk(chunk)
                chunk = []
        yield from self._chunk(chunk)

    def _chunk(self, chunk: list[ShardItem]) -> Iterator[tuple[ShardItem, Analysis | None]]:
        documents = [item.document for item in chunk if not item.copy_of]
        try:
            analyses = iter(list(self.analyze(documents, nlp=self.nlp, extractor=self.extractor)))
        except ArmsledgerError:
            raise
        except Exception:
            analyses = iter([self._one(document) for document in documents])
        for item in chunk:
            analysis = None if item.copy_of else next(analyses)
            if item.copy_of or analysis is not None:
                yield item, analysis

    def _one(self, document: Document) -> Analysis | None:
        try:
            (analysis,) = list(self.analyze([document], nlp=self.nlp, extractor=self.extractor))
            return analysis
        except Exception as exc:
            self.report.failed.append((document.source or document.id,
                                       f"extraction failed ({type(exc).__name__}: {exc})"[:300]))
            return None


class ShardAnalyser:
    """The Ray Data actor: holds the pipeline, does whole shards (one per call)."""

    # Set on a subclass by `run_batch`, so no constructor arguments sit in
    # Ray's object store.
    settings: dict[str, Any] = {}

    def __init__(self) -> None:
        from ..extract.events import EventExtractor
        from ..nlp import shared_nlp

        self.nlp = shared_nlp()
        self.extractor = EventExtractor(min_confidence=self.settings.get("min_confidence"))

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        import json

        reports = []
        for index, shard in zip(batch["index"], batch["shard"], strict=True):
            report = analyse_shard(str(shard), int(index), Path(self.settings["out"]), nlp=self.nlp,
                                   extractor=self.extractor, config=self.settings["config"],
                                   dedupe=self.settings["dedupe"])
            reports.append(json.dumps(dataclasses.asdict(report)))
        return {"report": reports}


def _manifest(shards: list[str], dedupe: DedupeConfig) -> dict[str, Any]:
    return {"format": parquet.FORMAT, "shards": shards, "dedupe": dataclasses.asdict(dedupe)}


def prepare_output(out: Path, shards: list[str], dedupe: DedupeConfig) -> None:
    """Create the output folder, or check that it holds a batch of the same
    shards (a re-run then only does the shards not yet complete)."""
    manifest = _manifest(shards, dedupe)
    if out.exists() and not out.is_dir():
        raise ArmsledgerError(f"{out}: is a file, not a folder for the batch's output")
    existing = parquet.read_manifest(out) if out.exists() else None
    if existing is None:
        if out.exists() and any(out.iterdir()):
            raise ArmsledgerError(f"{out}: is not empty and holds no batch; give a new or empty folder")
        parquet.write_json(out / parquet.MANIFEST, manifest)
    elif existing != manifest:
        raise ArmsledgerError(f"{out}: holds a batch of other shards (or other settings); give another folder")


def start_ray(*, cpus: int | None, address: str | None) -> None:
    """Connect to a cluster (`address`, e.g. ray://head:10001), or start
    a private one on this machine bound to loopback, without the dashboard
    or usage reporting."""
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    import ray

    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.ERROR}
    if address:
        ray.init(address=address, log_to_driver=False, logging_level=logging.ERROR)
    else:
        # "local": never join a cluster some other `ray start` left on this machine.
        ray.init(address="local", num_cpus=cpus, _node_ip_address="127.0.0.1", **quiet)


def run_batch(shards: list[str], out: Path, *, cpus: int | None = None, address: str | None = None,
              config: IngestConfig | None = None, min_confidence: float | None = None,
              dedupe: DedupeConfig | None = None,
              on_shard: Callable[[ShardReport], None] | None = None) -> BatchReport:
    """Analyse `shards` on Ray into Parquet in `out`, one actor per CPU
    (`cpus` on this machine, or every CPU of the cluster at `address`).
    Shards already complete in `out` are not read again. Ray is started (and
    stopped) here unless the caller has started it."""
    import ray
    import ray.data

    started = time.monotonic()
    dedupe = dedupe or DedupeConfig()
    out = out.resolve()
    prepare_output(out, shards, dedupe)
    report = BatchReport()
    todo = []
    for index, shard in enumerate(shards):
        done = parquet.read_report(out, index)
        if done is not None and not done.get("failed"):
            previous = ShardReport.from_dict(done)
            previous.done_before = True
            report.shards.append(previous)
            if on_shard is not None:
                on_shard(previous)
        else:
            todo.append({"index": index, "shard": shard})
    owned = not ray.is_initialized()
    if owned and todo:
        start_ray(cpus=cpus, address=address)
    try:
        report.cpus = int(ray.cluster_resources().get("CPU", 1)) if todo else 0
        if todo:
            _run(todo, out, report, config=config or IngestConfig(), dedupe=dedupe,
                 min_confidence=min_confidence, on_shard=on_shard)
    finally:
        if owned and ray.is_initialized():
            ray.shutdown()
    report.shards.sort(key=lambda shard: shard.index)
    report.seconds = time.monotonic() - started
    return report


def _run(todo: list[dict], out: Path, report: BatchReport, *, config: IngestConfig, dedupe: DedupeConfig,
         min_confidence: float | None, on_shard: Callable[[ShardReport], None] | None) -> None:
    import json

    import ray.data

    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False  # progress is ours (rich, in the CLI)
    logging.getLogger("ray.data").setLevel(logging.ERROR)
    actors = max(1, min(len(todo), report.cpus))
    analyser = type("ShardAnalyser", (ShardAnalyser,), {"settings": {
        "out": str(out), "config": config, "dedupe": dedupe, "min_confidence": min_confidence}})
    # One block per shard, so that shards are spread over the actors one at a time.
    dataset = ray.data.from_items(todo, override_num_blocks=len(todo))
    dataset = dataset.map_batches(analyser, batch_size=1, num_cpus=1,
                                  compute=ray.data.ActorPoolStrategy(size=actors))
    for row in dataset.iter_rows():
        shard = ShardReport.from_dict(json.loads(row["report"]))
        report.shards.append(shard)
        if on_shard is not None:
            on_shard(shard)
