"""Plain-text views of an :class:`~mlkg.evaluation.scoring.EvalReport`.

Plain aligned text rather than a rich table so the output can be pasted into a commit
message, diffed between runs and read in CI logs.
"""

from __future__ import annotations

from mlkg.evaluation.scoring import (
    DATA,
    ENTITY,
    LINEAGE,
    REPOSITORY_URLS,
    SCORE,
    Accuracy,
    EvalReport,
)
from mlkg.vocabulary import BENCHMARK, DATASET, METHOD, MODEL, RELATIONS

#: (category, label) rows of the table, in reading order; None is a blank line
_ROWS: list[tuple[str, str] | None] = [
    (ENTITY, "entity (Model + Data)"),
    (MODEL, "  Model"),
    (DATA, "  Data (Dataset + Benchmark)"),
    (DATASET, "    Dataset (strict type)"),
    (BENCHMARK, "    Benchmark (strict type)"),
    (METHOD, "Method"),
    None,
    (REPOSITORY_URLS, "repository"),
    (LINEAGE, "lineage (derivedFrom + successorOf)"),
    (SCORE, "score (model, benchmark, value)"),
    None,
    *((rel, f"{rel}") for rel in RELATIONS),
]
_HEADER = ("", "P", "R", "F1", "tp", "fp", "fn")


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _accuracy(label: str, accuracy: Accuracy, not_annotated: bool) -> tuple[str, ...]:
    value = "n/a" if not_annotated else _number(accuracy.value)
    return (label, "", "", value, f"{accuracy.correct}/{accuracy.total}", "", "")


def format_report(report: EvalReport, title: str = "mlkg evaluation") -> str:
    """The summary table: P, R, F1 and tp/fp/fn per category, then the accuracies.

    ``-`` means undefined (nothing predicted, or nothing in the gold); ``n/a`` means the
    gold file does not annotate the category at all, so only the counts are shown. The
    accuracy rows give the share in the F1 column and correct/total in the tp column.
    """
    rows: list[tuple[str, ...] | None] = []
    for row in _ROWS:
        if row is None:
            rows.append(None)
            continue
        category, label = row
        counts = report.counts[category]
        if category in report.not_annotated:
            scores = ("n/a", "n/a", "n/a")
        else:
            scores = (_number(counts.precision), _number(counts.recall), _number(counts.f1))
        rows.append((label, *scores, str(counts.tp), str(counts.fp), str(counts.fn)))
        if category == METHOD:
            rows.append(
                _accuracy(
                    "benchmark role accuracy",
                    report.benchmark_role,
                    BENCHMARK in report.not_annotated,
                )
            )
        if category == LINEAGE:
            rows.append(
                _accuracy(
                    "  lineage kind accuracy",
                    report.lineage_kind,
                    LINEAGE in report.not_annotated,
                )
            )
    cells = [_HEADER, *(r for r in rows if r is not None)]
    widths = [max(len(r[i]) for r in cells) for i in range(len(_HEADER))]

    def line(row: tuple[str, ...]) -> str:
        first = row[0].ljust(widths[0])
        rest = (cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True))
        return "  ".join([first, *rest]).rstrip()

    out = [
        title,
        "=" * len(title),
        f"documents: {report.documents} gold, {report.paired} paired, "
        f"{len(report.unpaired)} unpaired; "
        f"{report.ignored_records} predicted papers without a gold document (ignored)",
        "",
        line(_HEADER),
        "-" * len(line(_HEADER)),
    ]
    out.extend("" if row is None else line(row) for row in rows)
    if report.not_annotated:
        out.append("")
        out.append("n/a: not annotated in this gold file (counts only)")
    if report.unpaired:
        out.append("")
        out.append("unpaired gold documents: " + ", ".join(report.unpaired))
    return "\n".join(out) + "\n"


def format_errors(report: EvalReport) -> str:
    """Per gold document: false positives, false negatives, wrong roles and wrong kinds.

    Documents without an error are left out, so the listing is what needs reading.
    """
    out: list[str] = []
    for errors in report.errors:
        if errors.empty:
            continue
        paired = errors.record_id if errors.record_id is not None else "UNPAIRED"
        out.append(f"## {errors.gold_id}  ({paired})")
        for heading, table in (("FP", errors.false_positives), ("FN", errors.false_negatives)):
            for category, items in table.items():
                for item in items:
                    out.append(f"  {heading} {category:<13} {item}")
        out.extend(f"  ROLE {item}" for item in errors.wrong_role)
        out.extend(f"  KIND {item}" for item in errors.wrong_kind)
        out.append("")
    return "\n".join(out) if out else "no errors\n"
