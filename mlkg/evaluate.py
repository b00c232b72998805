"""The evaluator behind ``mlkg eval GOLD.jsonl INPUT...``; the code is in :mod:`mlkg.evaluation`.

Typical use::

    gold = load_gold("gold.jsonl")
    records = load_records(["extractions.jsonl"])
    report = evaluate(gold, records)  # = score(align_documents(gold, records), ...)
    print(format_report(report, "seeds"))
    print(format_errors(report))
"""

from mlkg.evaluation import (
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
    align_documents,
    evaluate,
    format_errors,
    format_report,
    gold_as_record,
    load_gold,
    load_records,
    normalize_url,
    normalize_value,
    score,
    unpaired_records,
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
    "normalize_url",
    "normalize_value",
    "score",
    "unpaired_records",
]
