"""Batch runs for a cluster: `armsledger batch` and `armsledger load`.

`run_batch` reads shards (WARC, WET or JSON Lines files, local or by URL)
on Ray Data: actors that hold the spaCy pipeline each take one shard at a
time, read it, analyse it and write its documents, events and exact copies
as Parquet into an output folder (`parquet.py` is the layout). `load_batch`
then stores that folder in a ledger in input order, one transaction per
document, placing near-duplicates as `ingest` does, and fuses the deals.

Ray is an optional extra (`pip install armsledger[ray]`); only `runner.py`
imports it.
"""

from __future__ import annotations

from .load import LoadReport, load_batch
from .runner import BatchReport, ShardReport, run_batch
from .shards import read_shard_list

__all__ = ["BatchReport", "LoadReport", "ShardReport", "load_batch", "read_shard_list", "run_batch"]
