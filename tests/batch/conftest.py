"""One private Ray instance for the batch tests (2 CPUs, loopback, no
dashboard, no usage stats), the example shards, one batch over them, and
the ledgers `ingest` makes of the same shards to compare with."""

from __future__ import annotations

import os

import pytest

from armsledger import ingest, open_store
from armsledger.batch import run_batch
from armsledger.batch.runner import start_ray

from .shards import write_example_shards


@pytest.fixture(scope="package")
def ray_instance():
    import ray

    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    start_ray(cpus=2, address=None)
    assert ray.cluster_resources().get("CPU") == 2
    yield ray
    ray.shutdown()


@pytest.fixture(scope="package")
def example_shards(tmp_path_factory) -> list[str]:
    return write_example_shards(tmp_path_factory.mktemp("shards"))


@pytest.fixture(scope="package")
def example_batch(ray_instance, example_shards, tmp_path_factory):
    """The batch folder of the example shards, and the batch's report."""
    out = tmp_path_factory.mktemp("batch") / "out"
    report = run_batch(example_shards, out)
    return out, report


@pytest.fixture(scope="package", params=[1, 2], ids=["ingest-workers-1", "ingest-workers-2"])
def ingested(request, example_shards, tmp_path_factory):
    """A ledger `ingest` made of the example shards: the first two in one run
    (with 1 or 2 workers), then the later one."""
    store = open_store(tmp_path_factory.mktemp("ingest") / "ledger.db")
    first = ingest(example_shards[:2], store, workers=request.param)
    later = ingest(example_shards[2:], store, workers=request.param)
    assert not first.failed and not later.failed
    return store
