"""The near-duplicate index, kept in the store and queried per document.

Each document's MinHash LSH band keys (`dedupe.band_keys`) are rows of
`near_duplicate_bands`, with its publication day (NULL when undated). A new
document's candidates are the stored documents that share a band key with
it and were published within `DedupeConfig.window_days` of it (every one,
for an undated document); their fingerprints are read (or found in a bounded
cache) and compared as the in-memory index compares them. Nothing is loaded
whole: what a lookup reads is bounded by how many similar documents fall in
the window, not by the ledger's size.
"""

from __future__ import annotations

from collections import OrderedDict

import numpy as np
import sqlalchemy as sa

from ..dedupe import DedupeConfig, Fingerprint, Match, band_keys, best_stored_match, day_number
from .schema import documents, keyset_pages, metadata
from .sources import document_fingerprints

near_duplicate_bands = sa.Table(
    "near_duplicate_bands",
    metadata,
    sa.Column("band_key", sa.BigInteger, nullable=False),
    sa.Column("day", sa.Integer),  # the publication date's day number; NULL when undated
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    sa.Index("ix_near_duplicate_bands_key_day", "band_key", "day"),
)

# The stored band keys are computed with the default LSH shape (threshold and
# permutations), whatever thresholds a batch compares texts with.
BANDS_CONFIG = DedupeConfig()


def band_rows(doc_id: str, print_: Fingerprint, published: str | None) -> list[dict]:
    if not print_.shingles:
        return []
    day = day_number(published)
    return [{"band_key": key, "day": day, "doc_id": doc_id} for key in dict.fromkeys(band_keys(print_, BANDS_CONFIG))]


def add_bands(conn: sa.Connection, doc_id: str, print_: Fingerprint, published: str | None) -> None:
    rows = band_rows(doc_id, print_, published)
    if rows:
        conn.execute(near_duplicate_bands.insert(), rows)


def create_band_index(conn: sa.Connection) -> None:
    """Part of migration 8: the table, filled from the stored fingerprints, a
    few thousand documents at a time."""
    near_duplicate_bands.create(conn, checkfirst=True)
    conn.execute(near_duplicate_bands.delete())
    fp = document_fingerprints
    query = (sa.select(fp.c.doc_id, fp.c.shingles, fp.c.minhash, documents.c.published)
             .join(documents, documents.c.id == fp.c.doc_id))
    for page in keyset_pages(conn, query, fp.c.doc_id, 2000):
        rows = [r for row in page
                for r in band_rows(row.doc_id, Fingerprint.from_bytes(row.minhash, row.shingles), row.published)]
        if rows:
            conn.execute(near_duplicate_bands.insert(), rows)


def _sharing_query(windowed: bool) -> sa.Select | sa.CompoundSelect:
    """The stored documents that share a band key with a text (and were
    published in its window, or are undated); built once, with expanding
    parameters, so that each lookup is one cached statement."""
    bands = near_duplicate_bands
    sharing = sa.select(bands.c.doc_id).where(bands.c.band_key.in_(sa.bindparam("keys", expanding=True)))
    if not windowed:
        return sharing.distinct()
    # Two searches of the (band_key, day) index, not one condition with OR:
    # with `day IS NULL OR day BETWEEN`, SQLite searches by band key alone
    # and reads every document ever stored with that key, which grows with
    # the ledger (a common band key: thousands of rows per lookup).
    return sa.union(sharing.where(bands.c.day.between(sa.bindparam("first"), sa.bindparam("last"))),
                    sharing.where(bands.c.day.is_(None)))


_FINGERPRINTS = (sa.select(document_fingerprints.c.doc_id, document_fingerprints.c.cluster_id,
                           document_fingerprints.c.shingles, document_fingerprints.c.minhash)
                 .where(document_fingerprints.c.doc_id.in_(sa.bindparam("ids", expanding=True))))


class StoredDuplicateIndex:
    """The stored documents, looked up by band key within a time window.

    The candidates' fingerprints are kept in a bounded cache (the last
    `cached` documents looked up or stored through this index, 512 bytes
    each): a batch's lookups fall within a few weeks of each other and keep
    meeting the same documents, which would otherwise be read again, signature
    and all, at every lookup."""

    def __init__(self, engine: sa.Engine, config: DedupeConfig | None = None, *, cached: int = 8192) -> None:
        self.engine = engine
        self.config = config or DedupeConfig()
        self.queries = {True: _sharing_query(True), False: _sharing_query(False)}
        self.cached = cached
        # doc_id -> (cluster_id, shingles, signature bytes), least recently used first.
        self.known: OrderedDict[str, tuple[str, int, bytes]] = OrderedDict()

    def remember(self, doc_id: str, print_: Fingerprint, cluster: str) -> None:
        """A document just stored with this fingerprint in this cluster."""
        self._keep(doc_id, (cluster, print_.shingles, print_.to_bytes()))

    def _keep(self, doc_id: str, entry: tuple[str, int, bytes]) -> None:
        self.known[doc_id] = entry
        self.known.move_to_end(doc_id)
        while len(self.known) > self.cached:
            self.known.popitem(last=False)

    def match(self, print_: Fingerprint, *, day: int | None = None) -> Match | None:
        """The most similar stored document that this one copies, if any."""
        if not print_.shingles:
            return None
        window = self.config.window_days
        windowed = day is not None and window is not None
        params = {"keys": band_keys(print_, BANDS_CONFIG)}
        if windowed:
            params.update(first=day - window, last=day + window)
        with self.engine.connect() as conn:
            ids = sorted(row[0] for row in conn.execute(self.queries[windowed], params))
            found: dict[str, tuple[str, int, bytes]] = {}
            for doc_id in ids:
                if doc_id in self.known:
                    found[doc_id] = self.known[doc_id]
                    self.known.move_to_end(doc_id)
            missing = [doc_id for doc_id in ids if doc_id not in found]
            for start in range(0, len(missing), 500):
                for row in conn.execute(_FINGERPRINTS, {"ids": missing[start:start + 500]}):
                    found[row.doc_id] = (row.cluster_id, row.shingles, row.minhash)
                    self._keep(row.doc_id, found[row.doc_id])
        ids = [doc_id for doc_id in ids if doc_id in found]
        if not ids:
            return None
        entries = [found[doc_id] for doc_id in ids]
        matrix = np.frombuffer(b"".join(e[2] for e in entries), dtype="<u4").reshape(len(entries), -1)
        return best_stored_match(print_, ids, [e[0] for e in entries], np.asarray([e[1] for e in entries]),
                                 matrix, self.config)
