"""Near-duplicate clustering: syndicated copies of one story are one source.

Wire stories are republished by dozens of outlets, lightly edited: another
headline, an added byline, the last paragraph trimmed. Each document gets a
MinHash (datasketch) of its word shingles; an LSH index (datasketch) finds
the earlier documents likely to share many shingles, and a document joins
the cluster of the most similar one when the two are close in resemblance
(Jaccard) or one is nearly contained in the other (a trimmed copy).
The signatures are datasketch's "affine32" MinHashes, computed here with
numpy, bit for bit (tests/test_dedupe.py checks it against datasketch):
importing datasketch imports scipy, a third of a second that every ingest
would pay before its first document.
Different stories about the same deal share names and designations but few
runs of words, so they stay apart.

The ledger keeps its index in the store (`store.near_duplicates`): each
document's LSH band keys (`band_keys`) are rows, looked up per new document,
and only documents published within `window_days` of it are candidates
(`day_number`): syndicated copies follow their original within days, so the
candidates a document is compared with do not grow with the ledger's years.
An ingest places each document as it stores it, in input order, so the
batch's earlier documents are in that index already. `DuplicateIndex` is
the same index in memory, for clustering texts on their own (`cluster_texts`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import zlib
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

import numpy as np

SCHEME = "affine32"  # pinned: stored signatures must stay comparable
SEED = 1

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(slots=True, kw_only=True, frozen=True)
class DedupeConfig:
    """How alike two texts must be to count as copies of one story.

    `jaccard` is the resemblance of the two shingle sets; `containment` the
    share of the smaller set found in the larger, which keeps trimmed copies
    together; it applies only to texts of at least `min_shingles` shingles,
    since a two-line brief is contained in many stories. `candidates` is the
    LSH threshold, set below both so that no true copy is missed.
    `window_days`: a document is compared only with documents published at
    most this many days before or after it (None: with every document); an
    undated document is compared with every document, and every document
    with it.
    """

    shingle_words: int = 3
    num_perm: int = 128
    jaccard: float = 0.5
    containment: float = 0.8
    min_shingles: int = 40
    candidates: float = 0.3
    window_days: int | None = 30


@dataclass(slots=True, frozen=True)
class MinHashSignature:
    """A text's MinHash: one 32-bit minimum per permutation."""

    hashvalues: np.ndarray

    def jaccard(self, other: MinHashSignature) -> float:
        """The share of permutations whose minima agree: the Jaccard estimate."""
        if len(self.hashvalues) != len(other.hashvalues):
            raise ValueError("MinHashes with different numbers of permutations cannot be compared")
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / len(self.hashvalues)


@dataclass(slots=True, kw_only=True)
class Fingerprint:
    minhash: MinHashSignature
    shingles: int

    def to_bytes(self) -> bytes:
        return np.asarray(self.minhash.hashvalues, dtype="<u4").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingles: int) -> Fingerprint:
        return cls(minhash=MinHashSignature(np.frombuffer(data, dtype="<u4").astype(np.uint32)), shingles=shingles)


@dataclass(slots=True, kw_only=True, frozen=True)
class Match:
    """The earlier document a new one copies, and how alike they are."""

    key: Hashable
    cluster: Hashable
    similarity: float


def shingles(text: str, *, size: int = 3) -> set[bytes]:
    """Runs of `size` words, lowercased, punctuation dropped."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + size]).encode("utf-8") for i in range(len(words) - size + 1)}


def shingle_hashes(text: str, *, size: int = 3) -> np.ndarray:
    """The distinct 32-bit hashes of a text's shingles, computed from per-word
    CRC-32s in numpy: stable across processes (they are stored), and several
    times faster than hashing each shingle's bytes."""
    words = _WORD.findall(text.lower())
    if not words:
        return np.empty(0, dtype=np.uint32)
    crcs = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    span = max(1, len(words) - size + 1)
    hashes = np.zeros(span, dtype=np.uint64)
    for i in range(min(size, len(words))):
        hashes = (hashes * np.uint64(0x9E3779B1) + crcs[i:i + span]) & np.uint64(0xFFFFFFFF)
    return np.unique(hashes.astype(np.uint32))


@functools.lru_cache(maxsize=4)
def _permutations(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations h -> a*h + b (mod 2**32) for SEED: the
    same draws from the same generator, `a` odd so that each is a bijection."""
    gen = np.random.RandomState(SEED)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to each input
    hash before the permutations (uint32 arithmetic wraps: that is the modulo)."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def fingerprint(text: str, config: DedupeConfig | None = None) -> Fingerprint:
    config = config or DedupeConfig()
    a, b = _permutations(config.num_perm)
    hashes = shingle_hashes(text, size=config.shingle_words)
    if len(hashes):
        mixed = _fmix32(hashes).reshape(-1, 1)
        values = (mixed * a + b).min(axis=0)
    else:  # datasketch's empty MinHash: every minimum at the largest value
        values = np.full(config.num_perm, 0xFFFFFFFF, dtype=np.uint32)
    return Fingerprint(minhash=MinHashSignature(values), shingles=len(hashes))


def resemblance(a: Fingerprint, b: Fingerprint) -> tuple[float, float]:
    """(Jaccard, containment) of two texts' shingle sets, estimated from
    their MinHashes and sizes."""
    if not a.shingles or not b.shingles:
        return 0.0, 0.0
    jaccard = float(a.minhash.jaccard(b.minhash))
    return jaccard, float(_containment(jaccard, a.shingles, b.shingles))


def _containment(jaccard, shingles, other_shingles):
    """The share of the smaller text's shingles the other holds, from the
    Jaccard estimate and both sizes (numbers, or arrays of candidates)."""
    shared = jaccard * (shingles + other_shingles) / (1 + jaccard)
    return np.minimum(1.0, shared / np.minimum(shingles, other_shingles))


def is_copy(a: Fingerprint, b: Fingerprint, config: DedupeConfig | None = None) -> bool:
    """Whether one text is a (lightly edited) copy of the other."""
    config = config or DedupeConfig()
    jaccard, containment = resemblance(a, b)
    return _copies(jaccard, containment, min(a.shingles, b.shingles), config)


# datasketch's choice for the default threshold and permutations, kept here
# so that an ingest does not import it (and scipy) to compute it again;
# tests/test_dedupe.py checks it against datasketch.
_KNOWN_SHAPES = {(0.3, 128): (37, 3)}


@functools.lru_cache(maxsize=8)
def lsh_shape(candidates: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) of the LSH index for this threshold, as datasketch sets them."""
    if (candidates, num_perm) in _KNOWN_SHAPES:
        return _KNOWN_SHAPES[(candidates, num_perm)]
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=candidates, num_perm=num_perm)
    return lsh.b, lsh.r


def band_keys(print_: Fingerprint, config: DedupeConfig | None = None) -> list[int]:
    """One signed 64-bit key per LSH band of a fingerprint (the band's number
    and values hashed): two documents are candidates when they share a key."""
    config = config or DedupeConfig()
    bands, rows = lsh_shape(config.candidates, config.num_perm)
    values = np.asarray(print_.minhash.hashvalues, dtype="<u4")
    return [int.from_bytes(hashlib.blake2b(band.to_bytes(2, "little") + values[band * rows:(band + 1) * rows]
                                           .tobytes(), digest_size=8).digest(), "little", signed=True)
            for band in range(bands)]


def day_number(published: str | None) -> int | None:
    """A publication date ("2016-10-13", "2016-10", "2016", a timestamp) as a
    day number, for the time window; None when there is no date to read."""
    if not published:
        return None
    parts = (published[:10].split("-") + ["1", "1"])[:3]
    try:
        return dt.date(int(parts[0]), int(parts[1] or 1), int(parts[2][:2] or 1)).toordinal()
    except ValueError:
        return None


def within_window(day: int | None, other: int | None, config: DedupeConfig) -> bool:
    if config.window_days is None or day is None or other is None:
        return True
    return abs(day - other) <= config.window_days


def best_match(print_: Fingerprint, candidates: Iterable[tuple[Hashable, Fingerprint, Hashable]],
               config: DedupeConfig) -> Match | None:
    """The most similar of `candidates` (key, fingerprint, cluster) that this
    text copies; one member of a cluster that matches is enough."""
    best: Match | None = None
    settled: set[Hashable] = set()
    for key, other, cluster in candidates:
        if cluster in settled:
            continue
        jaccard, containment = resemblance(print_, other)
        if not _copies(jaccard, containment, min(print_.shingles, other.shingles), config):
            continue
        settled.add(cluster)
        if best is None or jaccard > best.similarity:
            best = Match(key=key, cluster=cluster, similarity=round(jaccard, 3))
    return best


def best_stored_match(print_: Fingerprint, keys: list[str], clusters: list[str], shingle_counts: np.ndarray,
                      signatures: np.ndarray, config: DedupeConfig) -> Match | None:
    """`best_match` over candidates given as arrays (one signature a row, as
    stored): the resemblances computed at once, the choice made as there."""
    if not keys:
        return None
    mine = np.asarray(print_.minhash.hashvalues, dtype=np.uint32)
    jaccards = (signatures.astype(np.uint32) == mine).sum(axis=1) / len(mine)
    counts = shingle_counts.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        containments = _containment(jaccards, float(print_.shingles), counts)
    # Every candidate judged at once; the few that pass are then taken in
    # order, as `best_match` takes them.
    copies = (counts > 0) & _copies(jaccards, containments, np.minimum(counts, print_.shingles), config)
    best: Match | None = None
    settled: set[str] = set()
    for index in np.flatnonzero(copies).tolist():
        cluster, jaccard = clusters[index], float(jaccards[index])
        if cluster in settled:
            continue
        settled.add(cluster)
        if best is None or jaccard > best.similarity:
            best = Match(key=keys[index], cluster=cluster, similarity=round(jaccard, 3))
    return best


def _copies(jaccard, containment, smaller, config: DedupeConfig):
    """Whether one text copies another: close in resemblance, or the smaller
    (long enough to judge) nearly contained in the other. Numbers, or arrays
    of candidates judged element by element."""
    return (jaccard >= config.jaccard) | ((smaller >= config.min_shingles) & (containment >= config.containment))


@dataclass
class DuplicateIndex:
    """Documents seen so far, by fingerprint, each with its cluster: the
    in-memory twin of the stored index, by the same band keys."""

    config: DedupeConfig = field(default_factory=DedupeConfig)

    def __post_init__(self) -> None:
        # Band key -> the documents with it, in the order they were added (a
        # dict as an ordered set), so that ties are settled the same way every run.
        self.bands: dict[int, dict[Hashable, None]] = {}
        self.members: dict[Hashable, tuple[Fingerprint, Hashable, list[int]]] = {}
        self.days: dict[Hashable, int | None] = {}

    def __len__(self) -> int:
        return len(self.members)

    def __contains__(self, key: Hashable) -> bool:
        return key in self.members

    def add(self, key: Hashable, print_: Fingerprint, cluster: Hashable | None = None, *,
            day: int | None = None) -> None:
        if key in self.members:
            return
        keys = band_keys(print_, self.config) if print_.shingles else []
        self.members[key] = (print_, key if cluster is None else cluster, keys)
        self.days[key] = day
        for band_key in keys:
            self.bands.setdefault(band_key, {})[key] = None

    def discard(self, key: Hashable) -> None:
        """Forget a document (one that could not be stored after all)."""
        self.days.pop(key, None)
        member = self.members.pop(key, None)
        for band_key in member[2] if member else ():
            holders = self.bands[band_key]
            holders.pop(key, None)
            if not holders:
                del self.bands[band_key]

    def match(self, print_: Fingerprint, *, day: int | None = None) -> Match | None:
        """The most similar earlier document (published within the window of
        `day`) that this one copies, if any."""
        if not print_.shingles:
            return None
        found: dict[Hashable, None] = {}
        for band_key in band_keys(print_, self.config):
            found.update(self.bands.get(band_key, {}))
        keys = [k for k in found if within_window(day, self.days[k], self.config)]
        return best_match(print_, ((k, *self.members[k][:2]) for k in keys), self.config)

    def assign(self, key: Hashable, print_: Fingerprint, *, day: int | None = None) -> Match | None:
        """Add a document to the cluster of the earlier one it copies (or a
        new cluster of its own) and return that match."""
        found = self.match(print_, day=day)
        self.add(key, print_, found.cluster if found else key, day=day)
        return found


def cluster_texts(texts: Iterable[tuple[Hashable, str]], config: DedupeConfig | None = None) -> dict[Hashable, Hashable]:
    """Each key's cluster (the key of the first text in it), in input order."""
    index = DuplicateIndex(config or DedupeConfig())
    clusters: dict[Hashable, Hashable] = {}
    for key, text in texts:
        found = index.assign(key, fingerprint(text, index.config))
        clusters[key] = found.cluster if found else key
    return clusters
