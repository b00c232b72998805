"""Scoring extraction records against a gold file (``mlkg eval``).

Split into reading and normalising (:mod:`.normalize`), pairing gold documents with
predicted papers (:mod:`.align`), counting (:mod:`.scoring`) and printing
(:mod:`.report`).
"""

from mlkg.evaluation.align import align_documents, text_words, unpaired_records
from mlkg.evaluation.normalize import (
    load_gold,
    load_records,
    normalize_arxiv,
    normalize_url,
    normalize_value,
)
from mlkg.evaluation.report import format_errors, format_report
from mlkg.evaluation.scoring import (
    CATEGORIES,
    DATA,
    ENTITY,
    LINEAGE,
    REPOSITORY_URLS,
    SCORE,
    Accuracy,
    Counts,
    DocumentErrors,
    EvalReport,
    evaluate,
    gold_as_record,
    score,
)

__all__ = [
    "CATEGORIES",
    "DATA",
    "ENTITY",
    "LINEAGE",
    "REPOSITORY_URLS",
    "SCORE",
    "Accuracy",
    "Counts",
    "DocumentErrors",
    "EvalReport",
    "align_documents",
    "evaluate",
    "format_errors",
    "format_report",
    "gold_as_record",
    "load_gold",
    "load_records",
    "normalize_arxiv",
    "normalize_url",
    "normalize_value",
    "score",
    "text_words",
    "unpaired_records",
]
