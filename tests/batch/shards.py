"""Shards made from the example corpus (examples/manifest.jsonl): a JSON
Lines shard and a WARC shard, with an exact repeat inside a shard, one
across shards and a lightly edited (near-duplicate) copy."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..conftest import EXAMPLES


def example_records() -> list[dict]:
    """The manifest's entries with their texts inline."""
    records = []
    for line in (EXAMPLES / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        entry["text"] = (EXAMPLES / entry.pop("path")).read_text(encoding="utf-8")
        records.append(entry)
    return records


def write_jsonl_shard(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def write_warc_shard(path: Path, records: list[dict], *, wet: bool = False) -> Path:
    """HTML responses for every other record, WET-style text conversions for
    the rest (for all with `wet`)."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for number, record in enumerate(records):
            if wet or number % 2:
                body = record["text"].encode("utf-8")
                writer.write_record(writer.create_warc_record(
                    record["url"], "conversion", payload=io.BytesIO(body), length=len(body),
                    warc_content_type="text/plain"))
                continue
            paragraphs = "".join(f"<p>{p}</p>" for p in record["text"].split("\n\n") if p.strip())
            html = (f"<html><head><title>{record['title']}</title></head><body><article><h1>{record['title']}"
                    f"</h1>{paragraphs}</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(record["url"], "response", payload=io.BytesIO(html),
                                                          http_headers=headers))
    return path


def write_example_shards(folder: Path) -> list[str]:
    """Three shards over the twelve example articles: seven (one of them twice,
    and an edited copy of another) as JSON Lines; five in a gzipped WARC; and a
    later WARC holding one of the first seven again, from another source."""
    records = example_records()
    first, second = records[:7], records[7:]
    edited = dict(first[1], url=first[1]["url"] + "?syndicated", outlet="wire-copy",
                  text=first[1]["text"].rstrip() + "\n\nThis story was distributed by a wire service.\n")
    jsonl = write_jsonl_shard(folder / "shard-a.jsonl", [*first[:4], first[0], *first[4:], edited])
    warc = write_warc_shard(folder / "shard-b.warc.gz", second)
    later = write_warc_shard(folder / "shard-c.warc.gz", [dict(first[2], url=first[2]["url"] + "?amp")],
                             wet=True)
    return [str(jsonl), str(warc), str(later)]
