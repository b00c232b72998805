"""spaCy pipeline components of mlkg, registered as factories (see ``pipeline.cfg``).

Importing this package registers every factory and the tokenizer, so
``spacy.util.load_model_from_config`` can build the pipeline from the config alone.
"""

from mlkg.extract import tokenizer  # noqa: F401
from mlkg.extract.components import (  # noqa: F401
    lineage,
    names,
    paper_relations,
    scores,
    sentences,
    typing,
    urls,
)
