"""Near-duplicate clustering: measured on copies and edited copies of the
example articles and on different stories about the same deals; and fusion
counting a story's copies as one source."""

import json

import pytest

from armsledger.dedupe import (
    DedupeConfig,
    DuplicateIndex,
    Fingerprint,
    cluster_texts,
    day_number,
    fingerprint,
    is_copy,
    shingles,
)
from armsledger.ingest.document import make_document
from armsledger.ledger import ingest
from armsledger.store import Store

from .ingest.dedupe_corpus import EXAMPLES, REPO, all_three, build_corpus, pairwise_scores


def test_shingles_are_runs_of_lowercased_words():
    assert shingles("Russia delivered S-300, to Iran.", size=3) == {
        b"russia delivered s", b"delivered s 300", b"s 300 to", b"300 to iran"}
    assert shingles("Two words", size=3) == {b"two words"}
    assert shingles("", size=3) == set()


def test_fingerprint_survives_the_store_round_trip():
    text = (EXAMPLES / "tass-2015-04-13-putin-lifts-s300-ban.txt").read_text(encoding="utf-8")
    print_ = fingerprint(text)
    again = Fingerprint.from_bytes(print_.to_bytes(), print_.shingles)
    assert again.minhash.jaccard(print_.minhash) == 1.0 and again.shingles == print_.shingles
    assert len(print_.to_bytes()) == 4 * DedupeConfig().num_perm


@pytest.mark.parametrize("harder", [False, True], ids=["issue-edits", "with-first-half-copies"])
def test_clustering_precision_and_recall_on_the_example_corpus(harder):
    corpus = build_corpus(harder=harder)
    truth = {key: cluster for key, _, cluster in corpus}
    predicted = cluster_texts([(key, text) for key, text, _ in corpus])
    precision, recall = pairwise_scores(truth, predicted)
    print(f"\ndedupe on {len(corpus)} documents ({len(set(truth.values()))} stories): "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95 and recall >= 0.95


def test_different_stories_on_the_same_deal_stay_apart():
    corpus = build_corpus()
    originals = {k: t for k, t, c in corpus if k == c}
    predicted = cluster_texts(sorted(originals.items()))
    assert len(set(predicted.values())) == len(originals)


def test_index_places_a_copy_in_its_originals_cluster():
    text = (EXAMPLES / "reuters-2023-03-11-iran-su35-deal.txt").read_text(encoding="utf-8")
    index = DuplicateIndex()
    assert index.assign("original", fingerprint(text)) is None
    match = index.assign("copy", fingerprint(all_three(text, __import__("random").Random(1))))
    assert match is not None and match.cluster == "original" and 0.5 <= match.similarity < 1
    third = index.assign("copy-of-copy", fingerprint(text + "\n\nCopyright Example Wire."))
    assert third.cluster == "original"
    index.discard("copy-of-copy")
    assert "copy-of-copy" not in index and len(index) == 2


def test_containment_needs_enough_text():
    # A story's first paragraphs run on their own are a copy of it (the same
    # source); a dozen of its words are not, since they appear in many stories.
    long = (EXAMPLES / "ap-2020-12-14-us-sanctions-turkey-s400.txt").read_text(encoding="utf-8")
    lead = "\n\n".join(long.split("\n\n")[1:4])
    assert is_copy(fingerprint(lead), fingerprint(long))
    assert not is_copy(fingerprint(" ".join(lead.split()[:12])), fingerprint(long))


def test_fusion_counts_a_storys_copies_as_one_source(tmp_path):
    source = EXAMPLES / "xinhua-2016-10-13-russia-completes-s300-deliveries.txt"
    text = source.read_text(encoding="utf-8")
    lines = [{"text": text, "outlet": "xinhua", "published": "2016-10-13", "url": "https://example.org/xinhua/s300"}]
    alone = tmp_path / "alone.jsonl"
    alone.write_text(json.dumps(lines[0]) + "\n", encoding="utf-8")
    rng = __import__("random").Random(3)
    lines += [
        {"text": all_three(text, rng), "outlet": "sputnik", "published": "2016-10-13",
         "url": "https://example.org/sputnik/s300"},
        {"text": text.replace("\n\n", "\n\n\n") + "\n\nCopyright Example Syndication.", "outlet": "presstv",
         "published": "2016-10-14", "url": "https://example.org/presstv/s300"},
        {"text": text, "outlet": "rt", "published": "2016-10-14", "url": "https://example.org/rt/s300"},
    ]
    copies = tmp_path / "copies.jsonl"
    copies.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")

    one = Store(tmp_path / "one.db")
    ingest([str(alone)], one)
    many = Store(tmp_path / "many.db")
    report = ingest([str(copies)], many)
    assert report.copies == 2 and report.duplicates == 1  # the RT copy is the very same text

    def s300(store):
        (deal,) = [d for d in store.deals(supplier="RUS", recipient="IRN") if d["family"] == "s-300"]
        return deal

    assert s300(many)["sources"] == s300(one)["sources"]
    assert s300(many)["documents"] == 3
    record = many.deal(s300(many)["id"])
    (report_,) = [r for r in record["reports"] if r["outlet"] == "xinhua"]
    assert report_["url"] == "https://example.org/xinhua/s300"
    assert {(c["outlet"], c["kind"]) for c in report_["copies"]} == {
        ("sputnik", "near-duplicate"), ("presstv", "near-duplicate"), ("rt", "exact copy")}
    assert not any(r["outlet"] in {"sputnik", "presstv", "rt"} for r in record["reports"])
    assert many.cluster_stats() == {"documents": 3, "clusters": 1, "near_copies": 2, "exact_copies": 1}


def _partition(clusters):
    groups = {}
    for key, cluster in clusters.items():
        groups.setdefault(cluster, set()).add(key)
    return sorted(sorted(group) for group in groups.values())


def _cluster_in_store(store, documents, config=None):
    """Each document placed as ingest places it against the stored index, then stored."""
    index = store.near_duplicate_index(config)
    clusters = {}
    for key, document in documents:
        print_ = fingerprint(document.text)
        match = index.match(print_, day=day_number(document.published))
        store.add_document(document, [], fingerprint=print_, match=match)
        clusters[document.id] = key if match is None else match.cluster
    by_id = {document.id: key for key, document in documents}
    return {by_id[doc_id]: by_id.get(cluster, cluster) for doc_id, cluster in clusters.items()}


@pytest.mark.parametrize("harder", [False, True], ids=["issue-edits", "with-first-half-copies"])
def test_the_stored_index_clusters_as_the_in_memory_one(tmp_path, harder):
    documents = [(key, make_document(text, source=key)) for key, text, _ in build_corpus(harder=harder)]
    in_memory = cluster_texts([(key, document.text) for key, document in documents])
    store = Store(tmp_path / "ledger.db")
    stored = _cluster_in_store(store, documents)
    assert len(set(in_memory.values())) < len(in_memory)  # there are copies to find
    assert _partition(stored) == _partition(in_memory)
    store.close()


def test_the_stored_index_compares_only_documents_within_the_window(tmp_path):
    text = (EXAMPLES / "reuters-2023-03-11-iran-su35-deal.txt").read_text(encoding="utf-8")
    copy = text + "\n\nCopyright Example Wire."
    store = Store(tmp_path / "ledger.db")
    window = DedupeConfig().window_days
    original = make_document(text, source="original", published="2023-03-11")
    store.add_document(original, [])
    index = store.near_duplicate_index()
    late = make_document(copy, source="late", published="2023-06-30")
    soon = make_document(copy, source="soon", published="2023-03-20")
    undated = make_document(copy, source="undated")
    assert day_number(late.published) - day_number(original.published) > window
    assert index.match(fingerprint(late.text), day=day_number(late.published)) is None
    assert index.match(fingerprint(soon.text), day=day_number(soon.published)).cluster == original.id
    assert index.match(fingerprint(undated.text), day=None).cluster == original.id
    unwindowed = store.near_duplicate_index(DedupeConfig(window_days=None))
    assert unwindowed.match(fingerprint(late.text), day=day_number(late.published)).cluster == original.id
    store.close()


def test_ingest_finds_copies_of_stored_documents_and_of_its_own_batch(tmp_path):
    # Every document is ordinary news (never parsed): the copies are found by
    # the stored index across batches and by the batch's own index within one.
    rows = [json.loads(line) for line in (REPO / "tests" / "data" / "ordinary_news.jsonl")
            .read_text(encoding="utf-8").splitlines()[:6]]
    first = tmp_path / "first.jsonl"
    first.write_text("".join(json.dumps({"text": r["text"], "published": "2024-05-01"}) + "\n" for r in rows[:3])
                     + json.dumps({"text": rows[0]["text"] + "\n\nCopyright Example Wire.",
                                   "published": "2024-05-02"}) + "\n", encoding="utf-8")
    second = tmp_path / "second.jsonl"
    second.write_text("".join(json.dumps({"text": r["text"] + "\n\nSyndicated.", "published": "2024-05-03"}) + "\n"
                              for r in rows[1:4]), encoding="utf-8")
    store = Store(tmp_path / "ledger.db")
    assert ingest([str(first)], store).copies == 1
    assert ingest([str(second)], store).copies == 2  # rows 1 and 2 were stored; row 3 is new
    assert store.cluster_stats() == {"documents": 7, "clusters": 4, "near_copies": 3, "exact_copies": 0}
    store.close()


def test_fingerprint_is_datasketchs_affine32_minhash_bit_for_bit():
    # Stored signatures must stay comparable with those datasketch computed
    # before the MinHash was computed here.
    import numpy as np
    from datasketch import MinHash

    from armsledger.dedupe import SCHEME, SEED, shingle_hashes

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:12]] + ["", "two words"]
    for text in texts:
        hashes = shingle_hashes(text)
        theirs = MinHash(num_perm=DedupeConfig().num_perm, seed=SEED, scheme=SCHEME, hashfunc=lambda h: h)
        if len(hashes):
            theirs.update_batch(hashes.tolist())
        assert np.array_equal(fingerprint(text).minhash.hashvalues.astype(np.uint64),
                              np.asarray(theirs.hashvalues, dtype=np.uint64)), text[:60]


def test_lsh_shape_is_datasketchs():
    from datasketch import MinHashLSH

    from armsledger.dedupe import _KNOWN_SHAPES, lsh_shape

    for candidates, num_perm in [*_KNOWN_SHAPES, (0.5, 64)]:
        lsh = MinHashLSH(threshold=candidates, num_perm=num_perm)
        assert lsh_shape(candidates, num_perm) == (lsh.b, lsh.r)


def test_ingest_does_not_import_scipy_or_the_page_readers():
    import subprocess
    import sys

    code = ("import sys; from armsledger.cli import app; from armsledger.ledger import ingest; "
            "print(sorted(m for m in ('scipy', 'datasketch', 'feedparser', 'trafilatura') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_stored_index_finds_the_same_with_a_cache_smaller_than_its_candidates(tmp_path):
    documents = [(key, make_document(text, source=key)) for key, text, _ in build_corpus(harder=True)]
    store = Store(tmp_path / "ledger.db")
    for _, document in documents:
        store.add_document(document, [])
    roomy, cramped = store.near_duplicate_index(), store.near_duplicate_index()
    cramped.cached = 2
    matches = [(roomy.match(fingerprint(d.text)), cramped.match(fingerprint(d.text))) for _, d in documents]
    assert all(a is not None for a, _ in matches)  # each finds at least itself
    assert [a for a, _ in matches] == [b for _, b in matches]
    assert len(cramped.known) == 2
    store.close()
