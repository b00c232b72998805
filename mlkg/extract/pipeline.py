"""Build the spaCy pipeline from ``pipeline.cfg`` and run it over papers.

The pipeline is a ``spacy.blank("en")`` tokenizer plus mlkg's registered components; it
needs no downloaded model. :data:`PIPELINE_VERSION` changes whenever extraction output may
change, so caches keyed by it are invalidated.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources

import spacy
from spacy.language import Language

import mlkg.extract.components  # noqa: F401  (registers the factories)
from mlkg import __version__
from mlkg.extract.documents import Paper
from mlkg.extract.records import doc_to_record
from mlkg.extract.state import get_state

PIPELINE_VERSION = f"{__version__}+rules.1"


@cache
def load_pipeline() -> Language:
    """The configured pipeline (built once per process)."""
    config_text = resources.files(__package__).joinpath("pipeline.cfg").read_text("utf-8")
    config = spacy.util.load_config_from_str(config_text)
    return spacy.util.load_model_from_config(config, auto_fill=True, validate=True)


def extract(papers: Iterable[Paper], nlp: Language | None = None) -> Iterator[dict]:
    """One extraction record per paper, in input order."""
    nlp = nlp or load_pipeline()
    papers = list(papers)
    docs = (_make_doc(nlp, paper.text) for paper in papers)
    for doc, paper in zip(nlp.pipe(docs, batch_size=256), papers, strict=True):
        yield doc_to_record(doc, paper)


def _make_doc(nlp: Language, text: str):
    """Tokenise and hand the components the text itself: ``Doc.text`` rebuilds the string
    from every token on each access, which costs more than most components."""
    doc = nlp.make_doc(text)
    get_state(doc).text = text
    return doc
