"""Scoring predicted extraction records against a gold file ("How it is scored" in the spec).

Everything is counted per document and summed over the file (micro-average). Decisions the
spec leaves open, made here once so that every number in a report means the same thing:

* **Entities** are matched one-to-one inside a scoring category (Model, Method, Data =
  Dataset + Benchmark, and the strict Dataset and Benchmark types); a predicted name, or one
  of its aliases, must share a :func:`~mlkg.naming.match_key` with the gold name or one of
  the gold aliases. The headline "entity" figure is Model + Data, so Dataset/Benchmark
  confusion is forgiven there and reported as the benchmark role instead; Model/Method
  confusion is not forgiven. A predicted entity that matches no required gold entity of its
  category but shares a key with an *optional* gold entity (of any type: the optional ones
  are the Model-or-Method borderline names) is left out. Gold entities of one type whose
  names share a key (``CodeBERT`` / ``Code-BERT``) are one entity, since the spec's
  matching cannot tell them apart.
* **Relations** are sets of (head, relation, tail) per document. Names resolve to a gold
  entity when their key is the gold name or an alias, or through the predicted entity they
  belong to (its aliases); ``PAPER`` and the record's ``id`` are the paper; ``hasRepository``
  tails are normalised URLs. Only ``basis: text`` (or no basis) predictions count. A
  relation that touches an optional gold entity is optional (the gold's own convention), so
  such predictions are left out too. ``comparedWith`` is directed, as the spec's triple is.
* **Lineage** is ``derivedFrom`` and ``successorOf`` merged into one relation on (head,
  tail). **Kind accuracy** is over required gold ``derivedFrom`` pairs that the lineage
  matched; the predicted kind is that of the most confident predicted ``derivedFrom`` on the
  pair (none when only ``successorOf`` was predicted).
* **Scores** are (model, benchmark, value) triples of ``evaluatedOn`` relations carrying a
  value, compared with :func:`~mlkg.evaluation.normalize.normalize_value` (``74.0`` = ``74``).
* A category the gold file does not annotate at all (GSAP-NER has no Method, Benchmark or
  relations) is flagged ``not_annotated``: its counts are kept, but a report shows no P/R/F1
  for it, because every prediction would be a false positive by construction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from mlkg.evaluation.align import Doc, align_documents, unpaired_records
from mlkg.evaluation.normalize import normalize_url, normalize_value
from mlkg.naming import match_key, paper_id
from mlkg.vocabulary import (
    BASIS_TEXT,
    BENCHMARK,
    DATASET,
    DERIVED_FROM,
    ENTITY_TYPES,
    EVALUATED_ON,
    HAS_REPOSITORY,
    LINEAGE_RELATIONS,
    METHOD,
    MODEL,
    RELATIONS,
    all_types,
)

# ------------------------------------------------------------------------ category names
ENTITY: Final = "entity"  #: Model + Data, the headline figure
DATA: Final = "Data"  #: Dataset and Benchmark merged
REPOSITORY_URLS: Final = "repository"
LINEAGE: Final = "lineage"
SCORE: Final = "score"
ENTITY_CATEGORIES: Final = (MODEL, DATA, DATASET, BENCHMARK, METHOD)
#: the categories that get their own entry in the per-document error lists
ERROR_ENTITY_CATEGORIES: Final = (MODEL, DATA, METHOD)
RELATION_CATEGORIES: Final = (*RELATIONS, LINEAGE, SCORE)
CATEGORIES: Final = (ENTITY, *ENTITY_CATEGORIES, REPOSITORY_URLS, LINEAGE, SCORE, *RELATIONS)

Node = tuple[str, str]  # ("paper", ""), ("entity", gold index), ("name", key), ("url", url)
_PAPER: Final[Node] = ("paper", "")
_PAPER_HEAD: Final = "PAPER"


# ------------------------------------------------------------------------ results
@dataclass
class Counts:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        """``None`` when nothing was predicted (undefined, not zero)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """``None`` when the gold has nothing of this category."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None


@dataclass
class Accuracy:
    """A share of correct decisions among the ones that could be judged."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class DocumentErrors:
    """What went wrong in one gold document, for reading next to its abstract."""

    gold_id: str
    record_id: str | None
    false_positives: dict[str, list[str]] = field(default_factory=dict)
    false_negatives: dict[str, list[str]] = field(default_factory=dict)
    #: gold Benchmarks that were found but not typed Benchmark
    wrong_role: list[str] = field(default_factory=list)
    #: matched derivedFrom pairs whose kind differs
    wrong_kind: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            any(self.false_positives.values())
            or any(self.false_negatives.values())
            or self.wrong_role
            or self.wrong_kind
        )


@dataclass
class EvalReport:
    """All counts of one evaluation run, plus the per-document errors behind them."""

    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    benchmark_role: Accuracy = field(default_factory=Accuracy)
    lineage_kind: Accuracy = field(default_factory=Accuracy)
    documents: int = 0
    #: ids of gold documents no predicted paper was paired with
    unpaired: list[str] = field(default_factory=list)
    #: predicted papers that hold no gold document (not scored)
    ignored_records: int = 0
    #: categories the gold file never annotates (P/R/F1 meaningless)
    not_annotated: set[str] = field(default_factory=set)
    errors: list[DocumentErrors] = field(default_factory=list)

    @property
    def paired(self) -> int:
        return self.documents - len(self.unpaired)

    def f1(self, category: str) -> float | None:
        return self.counts[category].f1

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (for ``--json`` output or regression files)."""

        def counts(category: str) -> dict[str, Any]:
            c = self.counts[category]
            return {
                "precision": c.precision,
                "recall": c.recall,
                "f1": c.f1,
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "annotated": category not in self.not_annotated,
            }

        def accuracy(a: Accuracy) -> dict[str, Any]:
            return {"accuracy": a.value, "correct": a.correct, "total": a.total}

        return {
            "documents": self.documents,
            "paired": self.paired,
            "unpaired": list(self.unpaired),
            "ignored_records": self.ignored_records,
            "metrics": {category: counts(category) for category in CATEGORIES},
            "benchmark_role": accuracy(self.benchmark_role),
            "lineage_kind": accuracy(self.lineage_kind),
            "errors": [
                {
                    "gold_id": e.gold_id,
                    "record_id": e.record_id,
                    "false_positives": e.false_positives,
                    "false_negatives": e.false_negatives,
                    "wrong_role": e.wrong_role,
                    "wrong_kind": e.wrong_kind,
                }
                for e in self.errors
                if not e.empty
            ],
        }


# ------------------------------------------------------------------------ entities
@dataclass
class _Entity:
    name: str
    type: str
    types: frozenset[str]
    key: str
    keys: frozenset[str]
    optional: bool = False

    def label(self) -> str:
        return f"{self.name} ({self.type})"


def _keys(names: Iterable[object]) -> frozenset[str]:
    return frozenset(k for k in (match_key(n) for n in names if isinstance(n, str)) if k)


def _entities(rows: Iterable[Any], *, gold: bool) -> list[_Entity]:
    """Parse entity rows, merging those of one type whose names share a key.

    The spec's matching cannot tell ``CodeBERT`` from ``Code-BERT``, so two such rows are
    one entity on either side: the gold cannot demand both, and a system that lists both
    forms has not found two things. A merged gold entity is optional only if all its rows
    are. A predicted row's ``type`` is its primary type; ``types`` adds the others.
    """
    entities: list[_Entity] = []
    seen: dict[tuple[str, str], _Entity] = {}
    for raw in rows:
        if not isinstance(raw, dict):
            continue
        name = raw.get("name")
        listed = [t for t in raw.get("types") or [] if t in ENTITY_TYPES]
        primary = raw.get("type") or (None if gold or not listed else listed[0])
        if not isinstance(name, str) or primary not in ENTITY_TYPES:
            continue
        keys = _keys([name, *(raw.get("aliases") or [])])
        if not keys:
            continue
        types = frozenset([*all_types(primary), *listed])
        optional = gold and bool(raw.get("optional"))
        earlier = seen.get((primary, match_key(name)))
        if earlier is not None:
            earlier.keys |= keys
            earlier.types |= types
            earlier.optional = earlier.optional and optional
            continue
        entity = _Entity(name, primary, types, match_key(name), keys, optional)
        seen[(primary, entity.key)] = entity
        entities.append(entity)
    return entities


def _gold_entities(doc: Doc) -> list[_Entity]:
    return _entities(doc.get("entities") or [], gold=True)


def _predicted_entities(record: Doc | None) -> list[_Entity]:
    return _entities((record or {}).get("entities") or [], gold=False)


def _in_category(entity: _Entity, category: str) -> bool:
    if category == DATA:
        return entity.type in (DATASET, BENCHMARK)
    return entity.type == category


def _match(predicted: Sequence[_Entity], gold: Sequence[_Entity]) -> dict[int, int]:
    """A maximum one-to-one matching (predicted index -> gold index) of entities sharing a key.

    Each prediction tries name-to-name and same-type partners first, so among equally large
    matchings the natural pairs are usually the ones kept.
    """
    edges = [
        sorted(
            (g for g, gold_entity in enumerate(gold) if p_entity.keys & gold_entity.keys),
            key=lambda g, p_entity=p_entity: (
                p_entity.key != gold[g].key,
                p_entity.type != gold[g].type,
                g,
            ),
        )
        for p_entity in predicted
    ]
    owner: dict[int, int] = {}  # gold -> predicted

    def assign(p: int, visited: set[int]) -> bool:
        for g in edges[p]:
            if g in visited:
                continue
            visited.add(g)
            if g not in owner or assign(owner[g], visited):
                owner[g] = p
                return True
        return False

    for p in range(len(predicted)):
        assign(p, set())
    return {p: g for g, p in owner.items()}


# ------------------------------------------------------------------------ one document
class _DocumentScorer:
    """Scores one (gold document, predicted record) pair into a report."""

    def __init__(self, doc: Doc, record: Doc | None, report: EvalReport) -> None:
        self.doc = doc
        self.record = record or {}
        self.report = report
        self.gold = _gold_entities(doc)
        self.predicted = _predicted_entities(record)
        self.errors = DocumentErrors(str(doc.get("id")), (record or {}).get("id"))
        self.labels: dict[Node, str] = {_PAPER: _PAPER_HEAD}
        #: predicted entity index -> gold entity index it stands for (any category)
        self.aligned: dict[int, int] = {}
        self.data_matched: dict[int, int] = {}

    def run(self) -> None:
        self.score_entities()
        self.score_benchmark_role()
        self.score_repositories()
        self.score_relations()
        self.report.errors.append(self.errors)

    # -- entities
    def score_entities(self) -> None:
        optional_keys = frozenset().union(*(g.keys for g in self.gold if g.optional))
        local: dict[str, Counts] = {}
        for category in ENTITY_CATEGORIES:
            gold_ids = [
                i for i, g in enumerate(self.gold) if not g.optional and _in_category(g, category)
            ]
            pred_ids = [j for j, p in enumerate(self.predicted) if _in_category(p, category)]
            matching = _match(
                [self.predicted[j] for j in pred_ids], [self.gold[i] for i in gold_ids]
            )
            matched = {pred_ids[a]: gold_ids[b] for a, b in matching.items()}
            missed = [i for i in gold_ids if i not in matched.values()]
            spurious = [
                j
                for j in pred_ids
                if j not in matched and not (self.predicted[j].keys & optional_keys)
            ]
            local[category] = Counts(len(matched), len(spurious), len(missed))
            if category in ERROR_ENTITY_CATEGORIES:
                self.aligned.update(matched)
                self._note(category, [self.predicted[j].label() for j in spurious], positive=True)
                self._note(category, [self.gold[i].label() for i in missed], positive=False)
            if category == DATA:
                self.data_matched = matched
        local[ENTITY] = Counts()
        local[ENTITY].add(local[MODEL])
        local[ENTITY].add(local[DATA])
        for category, counts in local.items():
            self.report.counts[category].add(counts)
        # predictions of the wrong category still name a gold entity, for the relations
        for j, p in enumerate(self.predicted):
            if j not in self.aligned:
                candidates = [i for i, g in enumerate(self.gold) if p.keys & g.keys]
                candidates.sort(key=lambda i: self.gold[i].optional)
                if candidates:
                    self.aligned[j] = candidates[0]

    def score_benchmark_role(self) -> None:
        partner = {g: p for p, g in self.data_matched.items()}
        for i, g in enumerate(self.gold):
            if g.optional or g.type != BENCHMARK:
                continue
            j = partner.get(i)
            if j is None:
                j = next((j for j, p in enumerate(self.predicted) if p.keys & g.keys), None)
            if j is None:
                continue
            self.report.benchmark_role.total += 1
            if BENCHMARK in self.predicted[j].types:
                self.report.benchmark_role.correct += 1
            else:
                self.errors.wrong_role.append(f"{g.name}: typed {self.predicted[j].type}")

    # -- repositories
    def score_repositories(self) -> None:
        def urls(rows: Iterable[Any], optional: bool) -> set[str]:
            return {
                normalize_url(row["url"])
                for row in rows
                if isinstance(row, dict)
                and row.get("url")
                and bool(row.get("optional")) == optional
            }

        required = urls(self.doc.get("repositories") or [], False)
        optional = urls(self.doc.get("repositories") or [], True) - required
        predicted = urls(self.record.get("repositories") or [], False) | urls(
            self.record.get("repositories") or [], True
        )
        self._count(REPOSITORY_URLS, predicted, required, optional, sorted)

    # -- relations
    def _lookup(self) -> tuple[dict[str, int], dict[str, int]]:
        gold_lookup: dict[str, int] = {}
        for i in sorted(range(len(self.gold)), key=lambda i: self.gold[i].optional):
            for key in self.gold[i].keys:
                gold_lookup.setdefault(key, i)
        pred_lookup: dict[str, int] = {}
        for j, i in self.aligned.items():
            for key in self.predicted[j].keys:
                pred_lookup.setdefault(key, i)
        return gold_lookup, pred_lookup

    def _node(self, name: object, *lookups: dict[str, int]) -> Node:
        text = name if isinstance(name, str) else str(name)
        key = match_key(text)
        for lookup in lookups:
            if key in lookup:
                index = lookup[key]
                node: Node = ("entity", str(index))
                self.labels.setdefault(node, self.gold[index].name)
                return node
        node = ("name", key)
        self.labels.setdefault(node, text)
        return node

    def _url_node(self, url: object) -> Node:
        node = ("url", normalize_url(str(url)))
        self.labels.setdefault(node, node[1])
        return node

    def _optional_node(self, node: Node) -> bool:
        return node[0] == "entity" and self.gold[int(node[1])].optional

    def score_relations(self) -> None:
        gold_lookup, pred_lookup = self._lookup()
        required: dict[str, set[tuple[Node, ...]]] = {c: set() for c in RELATION_CATEGORIES}
        optional: dict[str, set[tuple[Node, ...]]] = {c: set() for c in RELATION_CATEGORIES}
        gold_kinds: dict[tuple[Node, ...], str] = {}
        for raw in self.doc.get("relations") or []:
            rel = raw.get("rel")
            if rel not in RELATIONS:
                continue
            head = (
                _PAPER
                if raw.get("head") == _PAPER_HEAD
                else self._node(raw.get("head"), gold_lookup)
            )
            if rel == HAS_REPOSITORY:
                tail = self._url_node(raw.get("tail"))
            else:
                tail = self._node(raw.get("tail"), gold_lookup)
            is_optional = (
                bool(raw.get("optional")) or self._optional_node(head) or self._optional_node(tail)
            )
            target = optional if is_optional else required
            target[rel].add((head, tail))
            if rel in LINEAGE_RELATIONS:
                target[LINEAGE].add((head, tail))
                if rel == DERIVED_FROM and not is_optional and raw.get("kind"):
                    gold_kinds.setdefault((head, tail), raw["kind"])
            value = normalize_value(raw.get("value")) if rel == EVALUATED_ON else None
            if value is not None:
                target[SCORE].add((head, tail, ("value", value)))

        predicted: dict[str, set[tuple[Node, ...]]] = {c: set() for c in RELATION_CATEGORIES}
        predicted_kinds: dict[tuple[Node, ...], tuple[bool, float, str | None]] = {}
        paper_heads = {_PAPER_HEAD, self.record.get("id")}
        for raw in self.record.get("relations") or []:
            rel = raw.get("rel")
            if rel not in RELATIONS or raw.get("basis") not in (None, BASIS_TEXT):
                continue
            if raw.get("head") in paper_heads:
                head = _PAPER
            else:
                head = self._node(raw.get("head"), gold_lookup, pred_lookup)
            if rel == HAS_REPOSITORY:
                tail = self._url_node(raw.get("tail"))
            else:
                tail = self._node(raw.get("tail"), gold_lookup, pred_lookup)
            if self._optional_node(head) or self._optional_node(tail):
                continue
            predicted[rel].add((head, tail))
            if rel in LINEAGE_RELATIONS:
                predicted[LINEAGE].add((head, tail))
                derived = rel == DERIVED_FROM
                rank = (derived, _confidence(raw), raw.get("kind") if derived else None)
                best = predicted_kinds.get((head, tail))
                if best is None or rank[:2] > best[:2]:
                    predicted_kinds[(head, tail)] = rank
            value = normalize_value(raw.get("value")) if rel == EVALUATED_ON else None
            if value is not None:
                predicted[SCORE].add((head, tail, ("value", value)))

        for category in RELATION_CATEGORIES:
            self._count(
                category,
                predicted[category],
                required[category],
                optional[category] - required[category],
                self._relation_labels,
                note=category != LINEAGE,
            )
        for pair, gold_kind in gold_kinds.items():
            if pair not in predicted[LINEAGE]:
                continue
            self.report.lineage_kind.total += 1
            predicted_kind = predicted_kinds[pair][2]
            if predicted_kind == gold_kind:
                self.report.lineage_kind.correct += 1
            else:
                self.errors.wrong_kind.append(
                    f"{self._relation_label(pair)}: {predicted_kind} (gold {gold_kind})"
                )

    def _relation_label(self, item: tuple[Node, ...]) -> str:
        text = " -> ".join(self.labels[node] for node in item[:2])
        return f"{text} = {item[2][1]}" if len(item) > 2 else text

    def _relation_labels(self, items: Iterable[tuple[Node, ...]]) -> list[str]:
        return sorted(self._relation_label(item) for item in items)

    # -- bookkeeping
    def _count(
        self,
        category: str,
        predicted: set[Any],
        required: set[Any],
        optional: set[Any],
        labels: Any,
        note: bool = True,
    ) -> None:
        """Add one category's set comparison to the report (optional items left out)."""
        false_positives = predicted - required - optional
        false_negatives = required - predicted
        self.report.counts[category].add(
            Counts(len(predicted & required), len(false_positives), len(false_negatives))
        )
        if note:
            self._note(category, labels(false_positives), positive=True)
            self._note(category, labels(false_negatives), positive=False)

    def _note(self, category: str, items: list[str], *, positive: bool) -> None:
        if items:
            target = self.errors.false_positives if positive else self.errors.false_negatives
            target.setdefault(category, []).extend(items)


def _confidence(raw: Doc) -> float:
    try:
        return float(raw.get("confidence") or 0.0)
    except (TypeError, ValueError):
        return 0.0


# ------------------------------------------------------------------------ public API
def _not_annotated(gold_docs: Sequence[Doc]) -> set[str]:
    """The categories the gold file never annotates, not even as optional items."""
    entities = [e for doc in gold_docs for e in _gold_entities(doc)]
    missing = {c for c in ENTITY_CATEGORIES if not any(_in_category(e, c) for e in entities)}
    if MODEL in missing and DATA in missing:
        missing.add(ENTITY)
    if not any(doc.get("relations") for doc in gold_docs):
        missing.update(RELATION_CATEGORIES)
    if not any(doc.get("repositories") for doc in gold_docs):
        missing.add(REPOSITORY_URLS)
    return missing


def score(pairs: Sequence[tuple[Doc, Doc | None]], *, ignored_records: int = 0) -> EvalReport:
    """Score aligned (gold document, predicted record or ``None``) pairs, micro-averaged.

    An unpaired gold document is scored against an empty record, so all its required items
    are false negatives. ``ignored_records`` (predicted papers without a gold document) is
    only reported; :func:`evaluate` fills it in.
    """
    report = EvalReport(documents=len(pairs), ignored_records=ignored_records)
    report.not_annotated = _not_annotated([doc for doc, _ in pairs])
    for doc, record in pairs:
        if record is None:
            report.unpaired.append(str(doc.get("id")))
        _DocumentScorer(doc, record, report).run()
    return report


def evaluate(gold_docs: Sequence[Doc], predicted_records: Sequence[Doc]) -> EvalReport:
    """Align predicted records to the gold documents and score them (what ``mlkg eval`` runs)."""
    pairs = align_documents(gold_docs, predicted_records)
    ignored = len(unpaired_records(pairs, predicted_records))
    return score(pairs, ignored_records=ignored)


def gold_as_record(doc: Doc) -> Doc:
    """A predicted record that says exactly what a gold document says (a self-score check).

    Scoring the gold against these records must give 1.0 everywhere; anything less is a bug
    in the scorer, not in an extractor.
    """
    record_id = paper_id(doc.get("arxiv"), doc.get("text") or "")
    return {
        "id": record_id,
        "arxiv": doc.get("arxiv"),
        "text": doc.get("text") or "",
        "entities": [
            {
                "name": e["name"],
                "type": e["type"],
                "types": all_types(e["type"]),
                "aliases": list(e.get("aliases") or []),
            }
            for e in doc.get("entities") or []
        ],
        "relations": [
            {
                **{k: v for k, v in r.items() if k != "optional"},
                "head": record_id if r.get("head") == _PAPER_HEAD else r.get("head"),
                "basis": BASIS_TEXT,
            }
            for r in doc.get("relations") or []
        ],
        "repositories": [dict(r) for r in doc.get("repositories") or []],
    }
