"""Build the spaCy pipeline from ``pipeline.cfg`` and run it over papers.

The pipeline is a blank English pipeline with mlkg's registered tokenizer and components; it
needs no downloaded model. :data:`PIPELINE_VERSION` changes whenever extraction output may
change, so caches keyed by it are invalidated: it holds the release, a rules number, a
fingerprint of the extraction code and word lists (so that an edited rule can never be
served stale results from a cache, even when nobody remembers to bump the number), and the
versions of the libraries the rules call.

What the pipeline finds in an abstract depends on its text alone, never on the paper's id,
sources or date. Extraction is therefore split in two, so that it can be cached per text and
run in other processes or on other machines:

* :func:`extract_bodies` (anywhere): texts in, *bodies* out: the record's entities,
  relations and repositories as plain JSON-able data, with evidence sentences given by their
  offsets only and the paper written as :data:`PAPER_PLACEHOLDER`;
* :func:`record_from_body` (in the driver): a paper plus its body is the extraction record
  of ``docs/formats.md``.

:func:`extract` composes the two, so every backend (this process, worker processes, Dask,
the cache) yields exactly the same records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import metadata, resources
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import mlkg.extract.components  # noqa: F401  (registers the factories)
from mlkg import __version__
from mlkg.extract.documents import Paper
from mlkg.extract.records import doc_to_record, paper_record
from mlkg.extract.state import get_state
from mlkg.gcpause import no_gc

#: bump when the rules change on purpose (the fingerprint catches the rest)
RULES_VERSION = 1


_PACKAGE = Path(__file__).resolve().parents[1]


def _fingerprint(package: Path = _PACKAGE) -> str:
    """12 hex digits over every file extraction reads (code, config, word lists) and the
    names and ids it writes (``naming.py``, ``vocabulary.py``). Reader code is included too:
    a needless invalidation costs one extraction, a missed one a wrong graph."""
    extract = package / "extract"
    files = [path for pattern in ("*.py", "*.cfg", "*.txt") for path in extract.rglob(pattern)]
    files += [package / "naming.py", package / "vocabulary.py"]
    digest = hashlib.blake2b(digest_size=6)
    for path in sorted(files):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


def _libraries() -> str:
    return ".".join(f"{name}{metadata.version(name)}" for name in ("spacy", "wordfreq"))


PIPELINE_VERSION = f"{__version__}+rules.{RULES_VERSION}.{_fingerprint()}.{_libraries()}"
#: stands for the paper in a body's relations (``introduces``, ``hasRepository`` heads): a
#: body is keyed by its text and may serve several papers with different ids
PAPER_PLACEHOLDER = "\x00paper"
#: what only spaCy users read, skipped when making records: the names' span group and the
#: sentence starts on the tokens
_RECORDS_ONLY = {"mlkg_names": {"span_group": False}, "mlkg_sentences": {"token_flags": False}}
#: texts handed to ``nlp.pipe`` at once
BATCH_SIZE = 256


@cache
def load_pipeline() -> Language:
    """The configured pipeline (built once per process)."""
    config_text = resources.files(__package__).joinpath("pipeline.cfg").read_text("utf-8")
    config = spacy.util.load_config_from_str(config_text)
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def extract_bodies(texts: Sequence[str], nlp: Language | None = None) -> list[dict]:
    """The body of each text's record (see the module docstring), in order.

    Bodies hold no sentence strings (a sentence is ``text[start:end]``): they are what
    workers send back and what the cache stores, so they are kept small.
    """
    nlp = nlp or load_pipeline()
    placeholder = Paper(id=PAPER_PLACEHOLDER, text="")
    bodies = []
    docs = (_make_doc(nlp, text) for text in texts)
    # the records read the state, not the span group made for spaCy users; extraction
    # makes no reference cycles, and with the collector on, its full collections walked
    # every live object (word lists, the caller's papers, the bodies so far) for nothing:
    # about 5% of the time on 20,000 abstracts
    with no_gc():
        for doc in nlp.pipe(docs, batch_size=BATCH_SIZE, component_cfg=_RECORDS_ONLY):
            record = doc_to_record(doc, placeholder)
            for relation in record["relations"]:
                evidence = relation["evidence"]
                relation["evidence"] = {"start": evidence["start"], "end": evidence["end"]}
            bodies.append(
                {
                    "entities": record["entities"],
                    "relations": record["relations"],
                    "repositories": record["repositories"],
                }
            )
    return bodies


def record_from_body(paper: Paper, body: dict) -> dict:
    """The extraction record of ``paper`` from the body of its text (``body`` is reused).

    Keys come in the order of :func:`mlkg.extract.records.doc_to_record`, so that records
    are byte-identical whichever way their body was obtained.
    """
    text = paper.text
    for relation in body["relations"]:
        if relation["head"] == PAPER_PLACEHOLDER:
            relation["head"] = paper.id
        start, end = relation["evidence"]["start"], relation["evidence"]["end"]
        relation["evidence"] = {"sentence": text[start:end], "start": start, "end": end}
    return paper_record(paper, text, body["entities"], body["relations"], body["repositories"])


def extract(papers: Iterable[Paper], nlp: Language | None = None) -> Iterator[dict]:
    """One extraction record per paper, in input order; papers are consumed in batches."""
    nlp = nlp or load_pipeline()
    papers = iter(papers)
    while batch := list(islice(papers, BATCH_SIZE)):
        bodies = extract_bodies([paper.text for paper in batch], nlp)
        for paper, body in zip(batch, bodies, strict=True):
            yield record_from_body(paper, body)


def _make_doc(nlp: Language, text: str) -> Doc:
    """Tokenise and hand the components the text itself: ``Doc.text`` rebuilds the string
    from every token on each access, which costs more than most components."""
    doc = nlp.make_doc(text)
    get_state(doc).text = text
    return doc
