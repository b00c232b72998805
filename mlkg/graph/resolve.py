"""Entity resolution: which written names, across all papers, are one real-world thing.

Users count results and trace lineage across hundreds of papers, so every spelling of one
model must be one node, and two different things must never share one. The rules, in order:

1. **Identity key.** A written form is reduced to its :func:`~mlkg.naming.match_key` (case,
   spaces, hyphens and ``~`` ignored: ``Chinese CLIP`` = ``Chinese-CLIP``, ``GPT4`` =
   ``GPT-4``, ``LLaMA`` = ``Llama``) after LaTeX residue is removed (``\\textsc{GPT}-4``),
   and mapped through the lexicon's well-known aliases (``MSCOCO`` = ``MS COCO`` = ``COCO``)
   when the lexicon knows the name in the same identity group.
2. **Type group decides.** Keys live inside an identity group (model, method, dataset;
   Benchmark and Dataset share one), so ``GQA`` the attention method and ``GQA`` the
   benchmark are two nodes. Such a name gets a ``note`` on both nodes and a line in the
   build report. One exception, because a definition is stronger evidence than context
   typing: when papers type the same acronym differently but *define it the same way*
   (``SFT (supervised fine-tuning)`` read as a Dataset once and as a Method twice), it is one
   node, in the group most papers give it.
3. **Definitions link names.** A record entity's ``aliases`` are its long forms
   (``Gradient norm Aware Minimization`` for ``GAM``); the short and long forms are one node,
   across papers too: a paper that only writes ``GAM`` joins the paper that defined it.
4. **Conflicting definitions split.** When one acronym is defined with two different long
   forms in one group (``PET``: *Pattern-Exploiting Training* in one paper, *Parameter-
   Efficient Tuning* in another), each definition is its own node, and mentions that give no
   definition stay on a third node noted as ambiguous: guessing which one they mean would
   merge different things. Long forms are compared loosely (:func:`same_definition`: case,
   hyphens, function words, plurals, added words, abbreviations, typos) so that
   *Reinforcement Learning from Human Feedback* and *... with Human Feedback* agree; only a
   word replaced by a different word is a conflict.

Never by substring or edit distance: ``Qwen2-72B`` / ``Qwen2-72B-Instruct``, ``LLaMA`` /
``ExpertLLaMA``, ``Qwen1.5`` / ``Qwen2`` are different keys, hence different nodes.

The canonical label is the most frequent written form (counted over the mentions in the
abstracts); node ids are readable and do not depend on frequencies: the lexicon's canonical
name when the lexicon knows the node, else the shortest name the extractor gave it.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from mlkg.extract.cleaning import clean_text
from mlkg.extract.lexicon import load_lexicon
from mlkg.naming import match_key, slug
from mlkg.vocabulary import BENCHMARK, DATASET, TYPE_GROUP, all_types

#: when papers disagree on the group of one definition and are tied, this order decides
_GROUP_ORDER = ("model", "method", "dataset")
_LATEX_CHARS = re.compile(r"[\\{}$`]")
#: words that do not tell two long forms apart ("Learning from/with Human Feedback")
_FUNCTION_WORDS = frozenset(
    "a an and as at based by for from in into of on or the to via with using".split()
)
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 18)
def written(form: str) -> str:
    """A written form without LaTeX residue (``\\textsc{GPT}-4`` -> ``GPT-4``).

    Cached: a corpus graph asks for the same few hundred thousand forms over a million times.
    """
    form = clean_text(form) if _LATEX_CHARS.search(form) else " ".join(form.split())
    return form


@lru_cache(maxsize=1 << 18)
def identity_key(group: str, form: str) -> str:
    """The key two written forms of one group must share to be one entity.

    The match key of the cleaned form, replaced by the lexicon canonical's key when the
    lexicon lists the name in this group (``MS-COCO`` -> ``coco`` for datasets only).
    """
    key = match_key(written(form))
    lexicon = load_lexicon()
    canonical = lexicon.canonical.get(key)
    if canonical is not None and group in {TYPE_GROUP[t] for t in lexicon.types.get(key, ())}:
        return match_key(canonical)
    return key


def lexicon_canonical(group: str, key: str) -> str | None:
    """The lexicon's spelling of an identity key, when the lexicon lists it in ``group``."""
    lexicon = load_lexicon()
    canonical = lexicon.canonical.get(key)
    if canonical is None or group not in {TYPE_GROUP[t] for t in lexicon.types.get(key, ())}:
        return None
    return canonical


def definition_words(long_form: str) -> tuple[str, ...]:
    """Content words of a long form, for comparing two definitions of one acronym.

    Case and function words do not tell definitions apart; hyphens split words
    (``AI-Generated``), and :func:`same_definition` joins them again and ignores inflections
    where needed.
    """
    words = []
    for word in _WORD.findall(written(long_form).casefold()):
        if word in _FUNCTION_WORDS:
            continue
        words.append(word)
    return tuple(words)


def _stem(word: str) -> str:
    """Drop inflections: *Mapping* = *Map*, *Concentrated* = *Concentrating*, plurals."""
    for ending in ("es", "s", "ing", "ed"):
        if len(word) > len(ending) + 3 and word.endswith(ending) and not word.endswith("ss"):
            word = word[: -len(ending)]
    return word


@lru_cache(maxsize=1 << 16)
def same_definition(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two long forms of one acronym can define the same thing.

    A name is split only on clear evidence, so definitions agree unless a word of one is
    *replaced* by a different word in the other (*Adaptive* **Prefix** *Tuning* vs
    *Adaptive* **Pruning** *Tuning*). Not a conflict: an added word (*3D Morphable*
    **Face** *Model*), a word spelled together or apart (*fine-tuning* / *finetuning*,
    *Auto-Encoder* / *Autoencoder*), an inflection (*Mapping* / *Map*, plurals), an
    abbreviation (*AI* / *Artificial Intelligence*), a typo (*Splatting* / *Spatting*: 0.85
    similar or more).

    Cached: settling groups and then senses compares the same pairs of a corpus twice.
    """
    if not a or not b:
        return False
    if a == b:
        return True
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "replace" and not _same_words(a[i1:i2], b[j1:j2]):
            return False
    return True


def _same_words(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    joined_left, joined_right = "".join(left), "".join(right)
    if _stem(joined_left) == _stem(joined_right):
        return True
    if sorted(map(_stem, left)) == sorted(map(_stem, right)):  # word order
        return True
    if "".join(w[0] for w in left) == joined_right or "".join(w[0] for w in right) == joined_left:
        return True
    return len(left) == len(right) and all(
        SequenceMatcher(None, _stem(x), _stem(y)).ratio() >= 0.85
        for x, y in zip(left, right, strict=True)
    )


@dataclass
class Occurrence:
    """One record entity: one name in one paper."""

    index: int  # position of the record
    paper: str
    entity: dict
    group: str
    key: str
    alias_keys: tuple[str, ...]
    definition: tuple[str, ...] | None  # content words of its long form, if it defines one
    #: the aliases that define the name (see :func:`_long_forms`), found once per entity
    long_forms: tuple[str, ...] = ()
    #: its long form is the one the lexicon gives the name (``RAG``: Retrieval-Augmented ...)
    lexicon_sense: bool = False


@dataclass
class EntityNode:
    """One resolved entity: everything needed to write its graph node."""

    node_id: str
    group: str
    types: list[str]
    label: str
    aliases: list[str]
    papers: list[str]
    keys: set[str]
    #: the long forms papers define it with (``Grouped-Query Attention`` for ``GQA``)
    long_forms: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def primary_type(self) -> str:
        for preferred in ("Model", "Method", BENCHMARK, DATASET):
            if preferred in self.types:
                return preferred
        return self.types[0]


@dataclass
class Resolution:
    """The outcome: nodes, the node of each record entity, and a lookup by written form."""

    nodes: list[EntityNode]
    #: (record index, entity name) -> node id
    node_of: dict[tuple[int, str], str]
    #: (group, identity key) -> node id, for keys that name exactly one node
    by_key: dict[tuple[str, str], str]
    report: list[str]

    def lookup(self, group: str, form: str) -> str | None:
        """The node a written form names in ``group``, or None (unknown or ambiguous)."""
        return self.by_key.get((group, identity_key(group, form)))


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple, tuple] = {}

    def find(self, item: tuple) -> tuple:
        self.parent.setdefault(item, item)
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:  # path compression
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: tuple, b: tuple) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller identity becomes the root: the result does not depend on order
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def resolve(records: Sequence[dict], papers: Sequence[str]) -> Resolution:
    """Resolve the entities of ``records`` (``papers[i]`` is the paper node of record ``i``)."""
    occurrences = _occurrences(records, papers)
    report: list[str] = []
    _settle_groups_by_definition(occurrences, report)
    senses = _senses(occurrences)

    uf = _UnionFind()
    identity_of: list[tuple] = []
    for occ in occurrences:
        sense = senses.get((occ.group, occ.key))
        suffix = sense.suffix(occ.definition) if sense is not None else ""
        identity = (occ.group, occ.key, suffix)
        identity_of.append(identity)
        uf.find(identity)
        for alias_key in occ.alias_keys:
            if senses.get((occ.group, alias_key)) is None:
                uf.union(identity, (occ.group, alias_key, ""))

    members: dict[tuple, list[int]] = defaultdict(list)
    for i, identity in enumerate(identity_of):
        members[uf.find(identity)].append(i)
    # components in first-seen order (records' order), so the graph is deterministic
    components = sorted(members.values(), key=lambda idx: idx[0])
    nodes = [
        _node([occurrences[i] for i in idx], records, identity_of[idx[0]]) for idx in components
    ]
    _unique_ids(nodes)

    node_of = {}
    for idx, node in zip(components, nodes, strict=True):
        for i in idx:
            occ = occurrences[i]
            node_of[(occ.index, occ.entity["name"])] = node.node_id
    by_key = _key_index(nodes)
    _note_ambiguous(nodes, senses, report)
    return Resolution(nodes=nodes, node_of=node_of, by_key=by_key, report=report)


# --------------------------------------------------------------------------- occurrences
def _occurrences(records: Sequence[dict], papers: Sequence[str]) -> list[Occurrence]:
    out = []
    for index, record in enumerate(records):
        for entity in record["entities"]:
            group = TYPE_GROUP[entity["type"]]
            key, alias_keys = _keys(group, entity)
            long_forms = _long_forms(entity)
            definition = _definition(long_forms, key)
            lexicon_sense = any(
                identity_key(group, a) == key != match_key(written(a)) for a in long_forms
            )
            out.append(
                Occurrence(
                    index,
                    papers[index],
                    entity,
                    group,
                    key,
                    alias_keys,
                    definition,
                    long_forms,
                    lexicon_sense,
                )
            )
    return out


def _keys(group: str, entity: dict) -> tuple[str, tuple[str, ...]]:
    """The identity keys of an entity's name and of its other written forms."""
    key = identity_key(group, entity["name"])
    alias_keys: list[str] = []
    for alias in entity.get("aliases") or ():
        alias_key = identity_key(group, alias)
        if alias_key and alias_key != key and alias_key not in alias_keys:
            alias_keys.append(alias_key)
    return key, tuple(alias_keys)


def _definition(long_forms: Iterable[str], key: str) -> tuple[str, ...] | None:
    """The content words of the long form a record gives its entity, if any."""
    words = [definition_words(a) for a in long_forms]
    words = [w for w in words if w and "".join(w) != key]
    return min(words) if words else None


def _long_forms(entity: dict) -> tuple[str, ...]:
    """The aliases that define the name, not those that qualify it (``MedQA (USMLE)``)."""
    aliases = entity.get("aliases")
    if not aliases:
        return ()
    key = match_key(written(entity["name"]))
    return tuple(a for a in aliases if a.strip() and not match_key(written(a)).startswith(key))


def _settle_groups_by_definition(occurrences: list[Occurrence], report: list[str]) -> None:
    """One acronym defined the same way but typed into two groups: the majority group wins."""
    by_name: dict[str, list[Occurrence]] = defaultdict(list)
    for occ in occurrences:
        if occ.definition is not None:
            by_name[occ.key].append(occ)
    for key, defined in by_name.items():
        groups = {occ.group for occ in defined}
        if len(groups) < 2:
            continue
        for cluster in _definition_clusters([occ.definition for occ in defined]):
            chosen = [occ for occ in defined if occ.definition in cluster]
            papers_per_group: dict[str, set[str]] = defaultdict(set)
            for occ in chosen:
                papers_per_group[occ.group].add(occ.paper)
            if len(papers_per_group) < 2:
                continue
            known = {TYPE_GROUP[t] for t in load_lexicon().types.get(key, ())}
            winner = min(
                papers_per_group,
                key=lambda g: (-len(papers_per_group[g]), g not in known, _GROUP_ORDER.index(g)),
            )
            losers = sorted(g for g in papers_per_group if g != winner)
            winner_type = _type_in(winner, chosen)
            for occ in chosen:
                if occ.group != winner:
                    occ.group = winner
                    occ.entity["type"] = winner_type
                    occ.entity["types"] = all_types(winner_type)
                    occ.key, occ.alias_keys = _keys(winner, occ.entity)
            name = chosen[0].entity["name"]
            long_form = _most_common(
                a for occ in chosen for a in occ.entity.get("aliases") or () if a
            )
            counts = ", ".join(
                f"{g} in {len(papers_per_group[g])} paper(s)" for g in [winner, *losers]
            )
            report.append(
                f"merged across types: {name!r} is typed {counts}; one {winner} node, "
                f"because every one of these papers defines it as {long_form!r}"
            )


def _type_in(group: str, occurrences: Iterable[Occurrence]) -> str:
    types = Counter(o.entity["type"] for o in occurrences if TYPE_GROUP[o.entity["type"]] == group)
    return min(types, key=lambda t: (-types[t], t))


def _definition_clusters(definitions: Iterable[tuple[str, ...]]) -> list[set[tuple[str, ...]]]:
    """Definitions grouped by :func:`same_definition` (transitively), in a stable order."""
    clusters: list[set[tuple[str, ...]]] = []
    for definition in sorted(set(definitions)):
        matching = [c for c in clusters if any(same_definition(definition, d) for d in c)]
        merged = {definition}.union(*matching)
        clusters = [c for c in clusters if c not in matching] + [merged]
    return sorted(clusters, key=min)


@dataclass
class _Sense:
    """How one contested acronym is split: one identity per definition cluster."""

    clusters: list[set[tuple[str, ...]]]
    #: the cluster that undefined mentions join, when one clearly dominates (or None)
    dominant: int | None

    def suffix(self, definition: tuple[str, ...] | None) -> str:
        """The third part of an occurrence's identity: "" (main), "?" (unknown), a sense."""
        if definition is None:
            return "" if self.dominant is not None else "?"
        for i, cluster in enumerate(self.clusters):
            if definition in cluster:
                return "" if i == self.dominant else " ".join(min(cluster, key=len))
        return " ".join(definition)  # pragma: no cover - every definition is in a cluster


def _senses(occurrences: list[Occurrence]) -> dict[tuple[str, str], _Sense]:
    """For each (group, key) defined in incompatible ways, how it is split.

    Mentions without a definition join one sense only when it clearly dominates: it is the
    lexicon's (``RAG`` = *Retrieval-Augmented Generation*), or the most common one of a name
    the lexicon knows (``MAE``), or at least three papers and three quarters of those that
    define the name define it so. Else they stay on their own node, noted as ambiguous.
    """
    papers: dict[tuple[str, str], dict[tuple[str, ...], set[str]]] = defaultdict(dict)
    lexicon_senses: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)
    for occ in occurrences:
        if occ.definition is not None:
            papers[(occ.group, occ.key)].setdefault(occ.definition, set()).add(occ.paper)
            if occ.lexicon_sense:
                lexicon_senses[(occ.group, occ.key)].add(occ.definition)
    senses = {}
    for group_key, by_definition in papers.items():
        clusters = _definition_clusters(by_definition)
        if len(clusters) < 2:
            continue
        counts = [len(set().union(*(by_definition[d] for d in c))) for c in clusters]
        known = lexicon_senses[group_key]
        dominant = next((i for i, cluster in enumerate(clusters) if cluster & known), None)
        if dominant is None:
            best = max(range(len(clusters)), key=lambda i: (counts[i], -i))
            well_known = lexicon_canonical(*group_key) is not None
            if well_known or (counts[best] >= 3 and counts[best] >= 0.75 * sum(counts)):
                dominant = best
        senses[group_key] = _Sense(clusters, dominant)
    return senses


# --------------------------------------------------------------------------- nodes
def _node(occs: list[Occurrence], records: Sequence[dict], identity: tuple) -> EntityNode:
    group = occs[0].group
    types: set[str] = set()
    for occ in occs:
        types.update(occ.entity.get("types") or [occ.entity["type"]])
        types.add(occ.entity["type"])
    types = {t for t in types if TYPE_GROUP.get(t) == group} or {occs[0].entity["type"]}
    if BENCHMARK in types:
        types.add(DATASET)
    keys = {occ.key for occ in occs} | {k for occ in occs for k in occ.alias_keys}

    mentions: Counter[str] = Counter()  # written forms, counted over the abstracts
    names: Counter[str] = Counter()  # the names the extractor chose
    forms: set[str] = set()
    for occ in occs:
        name = written(occ.entity["name"])
        names[name] += 1
        forms.add(name)
        forms.update(written(a) for a in occ.entity.get("aliases") or () if a.strip())
        text = records[occ.index].get("text") or ""
        spans = occ.entity.get("mentions") or []
        for span in spans:
            surface = written(text[span["start"] : span["end"]])
            if surface and identity_key(group, surface) in keys:
                mentions[surface] += 1
                forms.add(surface)
        if not spans:
            mentions[name] += 1
    canonical = None
    for key in sorted(keys):
        canonical = canonical or lexicon_canonical(group, key)
    label = min(
        mentions or names,
        key=lambda f: (-mentions[f], -names[f], f != canonical, len(f), f),
    )
    papers = list(dict.fromkeys(occ.paper for occ in occs))

    if identity[2] not in ("", "?"):  # one sense of a contested acronym: name it by both
        long_form = _most_common(a for occ in occs for a in occ.long_forms)
        short = min(names, key=lambda n: (-names[n], len(n), n))  # the acronym as written
        base = f"{slug(short)}-{slug(long_form)}" if long_form else slug(short)
    elif canonical is not None:
        base = slug(canonical)
    else:
        base = min((slug(n) for n in names), key=lambda s: (len(s), s))
    long_forms = Counter(written(a) for occ in occs for a in occ.long_forms)
    return EntityNode(
        node_id=f"{group}/{base}",
        group=group,
        types=sorted(types),
        label=label,
        aliases=sorted(forms - {label}),
        papers=papers,
        keys=keys,
        long_forms=sorted(long_forms, key=lambda f: (-long_forms[f], f)),
    )


def _most_common(forms: Iterable[str]) -> str | None:
    counts = Counter(written(f) for f in forms)
    if not counts:
        return None
    return min(counts, key=lambda f: (-counts[f], f))


def _unique_ids(nodes: list[EntityNode]) -> None:
    """Two different keys with one slug (``ViT-L/14``, ``ViT-L-14``) get a hashed suffix.

    The node whose smallest key sorts first keeps the plain id, so ids do not depend on
    the order of the input.
    """
    by_id: dict[str, list[EntityNode]] = defaultdict(list)
    for node in nodes:
        by_id[node.node_id].append(node)
    for node_id, same in by_id.items():
        if len(same) < 2:
            continue
        same.sort(key=lambda n: min(n.keys))
        for node in same[1:]:
            digest = hashlib.sha1(min(node.keys).encode()).hexdigest()[:6]
            node.node_id = f"{node_id}-{digest}"


def _key_index(nodes: list[EntityNode]) -> dict[tuple[str, str], str]:
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for node in nodes:
        for key in node.keys:
            owners[(node.group, key)].add(node.node_id)
    return {gk: next(iter(ids)) for gk, ids in owners.items() if len(ids) == 1}


def _note_ambiguous(nodes: list[EntityNode], senses: dict, report: list[str]) -> None:
    """A name that stays on two or more nodes gets a note on each and a report line."""
    owners: dict[str, list[EntityNode]] = defaultdict(list)
    for node in nodes:
        for key in node.keys:
            owners[key].append(node)
    for key in sorted(owners):
        same = owners[key]
        if len(same) < 2:
            continue
        described = ", ".join(f"{n.node_id} ({_describe(n)})" for n in same)
        name = next(
            (f for n in same for f in (n.label, *n.aliases) if identity_key(n.group, f) == key),
            key,
        )
        contested = any((n.group, key) in senses for n in same)
        why = "papers define it differently" if contested else "they are of different types"
        report.append(
            f"ambiguous: {name!r} names {len(same)} nodes, kept apart ({why}): {described}"
        )
        for node in same:
            others = ", ".join(f"{o.node_id} ({_describe(o)})" for o in same if o is not node)
            node.notes.append(f"{name!r} also names {others}: kept apart, {why}")


def _describe(node: EntityNode) -> str:
    if node.long_forms:
        return f"{node.primary_type}: {node.long_forms[0]}"
    return node.primary_type
