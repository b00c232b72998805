"""Extraction that starts while the input is read (:mod:`mlkg.scale.prefetch`).

Worker processes extract each paper as soon as de-duplication first sees it; the records
must still be exactly those of a build that reads everything first.
"""

from __future__ import annotations

import json
from pathlib import Path

from build_helpers import timed_build

from mlkg.scale.cache import CACHE_DIR, ExtractionCache, text_key
from mlkg.scale.prefetch import Prefetch
from mlkg.scale.synthetic import synthetic_abstract, synthetic_records
from mlkg.scale.workers import ProcessBackend, SerialBackend, extract_batch


def test_prefetched_bodies_are_the_bodies_of_extraction() -> None:
    texts = [synthetic_abstract(i).replace("\n", " ") for i in range(7)]
    backend = ProcessBackend(2)
    try:
        prefetch = Prefetch(backend, None, batch_size=3)
        for text in texts:
            prefetch.offer(text)
        prefetch.flush()
        taken = [prefetch.take(text_key(text)) for text in texts]
    finally:
        backend.close()

    assert taken == [(body, True) for body in extract_batch(texts)[1]]
    assert prefetch.take(text_key(texts[0])) is None  # handed out once
    assert prefetch.take(text_key("never offered")) is None


def test_reading_waits_once_enough_batches_are_out() -> None:
    """Reading is faster than extraction: past four windows of batches in flight, offering
    a text waits for the oldest batch instead of queueing the whole corpus."""
    texts = [synthetic_abstract(i).replace("\n", " ") for i in range(30)]
    backend = ProcessBackend(1)  # a window of 4 batches: at most 16 in flight
    most = 0
    try:
        prefetch = Prefetch(backend, None, batch_size=1)
        for text in texts:
            prefetch.offer(text)
            most = max(most, len(prefetch._in_flight))
        prefetch.flush()
        bodies = [prefetch.take(text_key(text)) for text in texts]
    finally:
        backend.close()

    # 15 sent before the worker had started; the 16th offer waited for the oldest batch
    assert most == 15
    assert all(body is not None and body[1] for body in bodies)


def test_prefetch_reads_the_cache_before_extracting(tmp_path: Path) -> None:
    texts = [synthetic_abstract(i).replace("\n", " ") for i in range(4)]
    with ExtractionCache(tmp_path, "v1") as cache:
        cache.put_many([(text_key(texts[0]), "cached body")])
        prefetch = Prefetch(SerialBackend(), cache, batch_size=2)
        for text in texts:
            prefetch.offer(text)
        prefetch.flush()
        taken = [prefetch.take(text_key(text)) for text in texts]
        assert len(cache) == cache.added() == 4  # the one put by hand, three extracted

    assert taken[0] == ("cached body", False)
    assert [fresh for _, fresh in taken[1:]] == [True, True, True]
    assert not Prefetch.useful(SerialBackend()) and Prefetch.useful(ProcessBackend(2))


def test_a_longer_copy_read_later_is_extracted_again(tmp_path: Path) -> None:
    """The first copy of paper 0 is cut short; its full copy comes last and wins. The
    prefetch extracted the short text for nothing: the build must use the full one."""
    records = list(synthetic_records(12))
    short = dict(records[0], abstract=records[0]["abstract"][:300] + "...")
    corpus = tmp_path / "papers.jsonl"
    lines = [short, *records[1:], records[0]]
    corpus.write_text("".join(json.dumps(record) + "\n" for record in lines))

    one = timed_build(corpus, "-o", tmp_path / "one", "--batch-size", "2")
    two = timed_build(corpus, "-o", tmp_path / "two", "--batch-size", "2", "--workers", "2")

    assert two["papers"] == one["papers"] == 12
    assert (two["extracted"], two["cached"]) == (12, 0)
    for name in ("extractions.jsonl", "graph.ttl", "graph.graphml", "graph.html"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    with ExtractionCache(tmp_path / "two" / CACHE_DIR, two["pipeline_version"]) as cache:
        assert len(cache) == 13  # the short text too: extracted while reading
