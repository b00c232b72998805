"""Lineage that the names suggest (``Qwen2-72B-Instruct`` -> ``Qwen2-72B``), kept apart.

Abstracts often name a family without saying who descends from whom, and the name says it
instead. Such a guess is useful for browsing but is not a fact: it is written as a
``derivedFrom`` edge with ``basis: "name"``, a lower confidence, a kind guessed from the
modifier, and an evidence item with ``component: "name"`` and the ``rule`` that fired; the
RDF export makes it ``mlkg:nameSuggestsDerivedFrom``, never ``prov:wasDerivedFrom``.

Only between two Model nodes that both exist in the graph, never when a text-stated lineage
edge already links the pair (either way), never when the papers' dates say the parent was
introduced after the child, and never in competition with the text: when an abstract states
the child's parent, a name guess is kept only if it refines that statement (the text says
``Code-Qwen-Chat`` is built on ``Qwen``; the name suggests ``Code-Qwen``, itself built on
``Qwen``: kept), not if it names another parent (the text says ``Code Llama`` is built on
``Llama 2``; the name suggests ``Llama``: dropped).

How a parent is found: the child's written forms are taken apart into modifiers, in the
order names are built (``Code-Qwen-Chat`` is the chat model of ``Code-Qwen``, which is the
code model of ``Qwen``):

1. **suffixes** first, right to left, one at a time: release suffixes (``-Instruct``,
   ``-Chat``, ``-Base``, ``-it``, ``-SFT``, ``-RLHF``, ``-DPO``), sizes (``-72B``, ``-8x7B``,
   ``-350M``, ``-large``, ``-XL``), specialisations (``-Coder``, ``-Math``, ``-VL``,
   ``-Audio``, ``-128k``), quantisation (``-GPTQ``, ``-AWQ``, ``-INT4``);
2. then **prefixes**, left to right: known ones (``Code-``, ``Math-``, ``Chinese``,
   ``Distil``, ``Flan-``...), and one capitalised word glued on in CamelCase (``ExpertLLaMA``,
   ``LauraGPT``, ``DistilBERT``): in an English compound the last word is the head, so an
   ``ExpertLLaMA`` is a kind of ``LLaMA``. The head of a glued compound must look like a
   model name (a digit or an inner capital, or a model the lexicon knows): ``BlendMask``
   does not suggest a model called ``Mask``, nor ``YoloV8`` one called ``V8``.

The first candidate that is an existing Model node is the parent (the nearest one: ``Qwen2-
72B-Instruct`` suggests ``Qwen2-72B``, and ``Qwen2-72B`` in turn ``Qwen2``). ``Llama-2-7B``
suggests ``Llama 2`` because identity keys ignore spaces and hyphens and the lexicon maps
``Llama-2`` to ``Llama 2``.

What is deliberately *not* a derivation:

* a version (``GPT-2`` of ``GPT``, ``Qwen2`` of ``Qwen1.5``, ``MoCo v3``, ``VECO 2.0``):
  a new version is a successor at best, and only the text can say so;
* letters glued onto a version (``GPT-4o``, ``GPT-4V``): ``GPT-4o`` does not suggest
  ``GPT-4`` nor the reverse, since a glued letter names a new model as often as a variant;
* unknown words after the name (``BERT-like``, ``GPT-Neo``, ``LLaMA-Adapter``): a suffix is
  only a modifier when it is one of the release conventions above;
* a lower-case or two-letter glued prefix (``mT5``, ``RoBERTa``, ``DeBERTa``): these are
  spellings of new names, not compounds; nor an unknown word before a hyphen or space
  (``Short-PHD``, ``Swin-UNet``), nor two glued words (``DeepSeek``);
* a definition (``Video Vision Transformer`` for ``ViViT``): long forms describe, they are
  not names, so only the names a node is written with are taken apart;
* a longer name: the parent is what remains once modifiers are removed, so ``BERT``
  never derives from ``BERT-large`` (nor from a class name such as ``BERT-like models``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass

import networkx as nx

from mlkg.extract.lexicon import load_lexicon
from mlkg.graph.chronology import later
from mlkg.graph.provenance import EdgeCollector
from mlkg.naming import match_key
from mlkg.vocabulary import (
    BASIS_NAME,
    BUILT_ON,
    DERIVED_FROM,
    DISTILLED,
    FINETUNED,
    LINEAGE_RELATIONS,
    MODEL,
    QUANTIZED,
    VARIANT,
)

#: confidence of a suggestion through known modifiers, and through an unknown glued word
CONFIDENCE_KNOWN = 0.5
CONFIDENCE_COMPOUND = 0.3

_SUFFIX_KIND: dict[str, str] = {
    **dict.fromkeys(
        "instruct instruction chat it sft rlhf dpo ppo aligned ft finetuned".split(), FINETUNED
    ),
    **dict.fromkeys(
        "base large small medium tiny mini nano micro xl xxl xxxl huge giant lite turbo plus "
        "pro max ultra".split(),
        VARIANT,
    ),
    **dict.fromkeys(
        "code coder math vision vl audio video speech med medical bio long".split(), BUILT_ON
    ),
    **dict.fromkeys("gptq awq gguf ggml int4 int8 4bit 8bit fp8 nf4".split(), QUANTIZED),
}
_PREFIX_KIND: dict[str, str] = {
    **dict.fromkeys("instruct chat flan".split(), FINETUNED),
    **dict.fromkeys("distil distill distilled".split(), DISTILLED),
    **dict.fromkeys("tiny mini".split(), VARIANT),
    **dict.fromkeys(
        "code math med medical bio sci fin legal long video audio vision visual speech "
        "open chinese english japanese korean german french spanish arabic russian "
        "multilingual".split(),
        BUILT_ON,
    ),
}
#: sizes: 7B, 1.3B, 350M, 8x7B, 70b; contexts: 32k, 128K
_SIZE = re.compile(r"(?:\d+x)?\d+(?:\.\d+)?[bmt]|\d+k", re.I)
_SEPARATOR = re.compile(r"[-\s_]+")
#: a capitalised word glued before an upper-case letter: Expert|LLaMA, Laura|GPT
_GLUED = re.compile(r"(?<=[a-z])(?=[A-Z])")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{2,}")
#: precedence when several modifiers were stripped (``Code-Qwen-Chat`` of ``Qwen``: the code
#: pre-training makes it built on Qwen, more than the chat tuning that followed)
_KIND_ORDER = (QUANTIZED, DISTILLED, BUILT_ON, FINETUNED, VARIANT)
_STARTS_WITH_LETTER = re.compile(r"[^\W\d_]")
_VERSION = re.compile(r"[vV]\d+(?:\.\d+)*")


@dataclass(frozen=True)
class Candidate:
    """A name the child may derive from, and why."""

    form: str
    kind: str
    rule: str
    confidence: float


def candidates(name: str) -> Iterator[Candidate]:
    """Possible parent names of ``name``, nearest first (see the module docstring)."""
    name = name.strip()
    tokens = [t for t in _SEPARATOR.split(name) if t]
    seps = _SEPARATOR.findall(name)
    if not tokens or len(seps) != len(tokens) - 1:  # leading/trailing separators
        return
    suffixes: list[str] = []
    while len(tokens) > 1 and _suffix_kind(tokens[-1]):
        suffixes.insert(0, tokens.pop())
        seps.pop()
        yield _candidate(name, _join(tokens, seps), [], suffixes, known=True)
    prefixes: list[str] = []
    while True:
        step = _strip_prefix(tokens, seps)
        if step is None:
            return
        word, tokens, seps, glued = step
        prefixes.append(word)
        parent = _join(tokens, seps)
        if glued and not _name_shaped(parent):
            return  # "BlendMask" is not a "Mask": a compound's head must look like a name
        known = all(p.casefold() in _PREFIX_KIND for p in prefixes)
        yield _candidate(name, parent, prefixes, suffixes, known=known)
        if glued:
            return  # the glued word was the innermost modifier ("VideoChat-R1" is no "R1")


def _name_shaped(form: str) -> bool:
    """A digit or an inner capital (``BERT``, ``LLaMA``, ``T5``), or a lexicon model name."""
    if len(match_key(form)) < 3 or _VERSION.fullmatch(form):
        return False
    if re.search(r"\d", form) or re.search(r"[A-Z]", form[1:]):
        return True
    return MODEL in load_lexicon().types_of(form)


def _suffix_kind(token: str) -> str | None:
    if _SIZE.fullmatch(token):
        return VARIANT
    return _SUFFIX_KIND.get(token.casefold())


def _strip_prefix(
    tokens: list[str], seps: list[str]
) -> tuple[str, list[str], list[str], bool] | None:
    """Remove the first modifier word: a known separated prefix, or one CamelCase glued word.

    Returns the word, the remaining tokens and separators, and whether the word was glued.
    A glued word is the last one removed (``DeepSeek`` is one name, not Deep + Seek).
    """
    first = tokens[0]
    glued = _GLUED.split(first, maxsplit=1)
    if len(glued) == 2 and _TITLE_WORD.fullmatch(glued[0]):
        return glued[0], [glued[1], *tokens[1:]], seps, True
    if len(tokens) < 2 or not _STARTS_WITH_LETTER.match(tokens[1]):
        return None  # "Llama-2": the rest is a version, not a name
    if first.casefold() not in _PREFIX_KIND:
        return None
    return first, tokens[1:], seps[1:], False


def _join(tokens: list[str], seps: list[str]) -> str:
    out = tokens[0]
    for sep, token in zip(seps, tokens[1:], strict=True):
        out += sep + token
    return out


def _candidate(
    child: str, form: str, prefixes: list[str], suffixes: list[str], known: bool
) -> Candidate:
    """The candidate ``form``, its kind (the most specific modifier's) and its rule text."""
    kinds = [_PREFIX_KIND.get(p.casefold(), BUILT_ON) for p in prefixes]
    kinds += [_suffix_kind(s) or VARIANT for s in suffixes]
    kind = min(kinds, key=_KIND_ORDER.index, default=VARIANT)
    parts = []
    if prefixes:
        parts.append("prefix " + " ".join(f'"{p}"' for p in prefixes))
    if suffixes:
        parts.append("suffix " + " ".join(f'"-{s}"' for s in suffixes))
    rule = f'"{child}" is "{form}" with ' + " and ".join(parts)
    return Candidate(form, kind, rule, CONFIDENCE_KNOWN if known else CONFIDENCE_COMPOUND)


def add_name_lineage(
    g: nx.MultiDiGraph,
    edges: EdgeCollector,
    lookup: Callable[[str, str], str | None],
    introduced: Mapping[str, str],
    long_forms: Mapping[str, Iterable[str]],
) -> int:
    """Add name-based derivedFrom edges between existing Model nodes; return how many.

    ``lookup(group, form)`` is the resolver's lookup; ``introduced`` maps a node to the date
    of the earliest paper that introduces it (to veto a parent newer than its child);
    ``long_forms`` maps a node to its definitions, which are not taken apart.
    """
    text_parents: dict[str, set[str]] = {}
    for u, v, data in g.edges(data=True):
        if data.get("rel") in LINEAGE_RELATIONS and data.get("basis") != BASIS_NAME:
            text_parents.setdefault(u, set()).add(v)
    added = 0
    for child, data in g.nodes(data=True):
        if data.get("type") != MODEL:
            continue
        best = _nearest_parent(g, child, data, lookup, set(long_forms.get(child, ())))
        if best is None:
            continue
        parent, candidate = best
        if parent in text_parents.get(child, ()) or child in text_parents.get(parent, ()):
            continue  # the text already links the pair
        stated = text_parents.get(child)
        if stated and not _descends(parent, stated, text_parents):
            continue  # the text names another parent: the name guess would compete with it
        parent_date, child_date = introduced.get(parent), introduced.get(child)
        if parent_date and child_date and later(parent_date, child_date):
            continue
        edges.add_name_suggestion(
            child,
            parent,
            {"rel": DERIVED_FROM, "kind": candidate.kind},
            candidate.rule,
            candidate.confidence,
        )
        added += 1
    return added


def _descends(node: str, ancestors: set[str], parents: Mapping[str, set[str]]) -> bool:
    """``node`` reaches one of ``ancestors`` through text lineage (``Code-Qwen`` -> ``Qwen``)."""
    seen, todo = {node}, [node]
    while todo:
        for parent in parents.get(todo.pop(), ()):
            if parent in ancestors:
                return True
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return False


def _nearest_parent(
    g: nx.MultiDiGraph,
    child: str,
    data: dict,
    lookup: Callable[[str, str], str | None],
    long_forms: set[str],
) -> tuple[str, Candidate] | None:
    found: list[tuple[int, int, str, Candidate]] = []
    forms = [data.get("label") or "", *(data.get("aliases") or [])]
    for order, form in enumerate(forms):
        if not form or form in long_forms:  # definitions describe, they are not names
            continue
        for step, candidate in enumerate(candidates(form)):
            parent = lookup("model", candidate.form)
            if parent and parent != child and g.nodes[parent].get("type") == MODEL:
                found.append((step, order, parent, candidate))
                break
    if not found:
        return None
    _, _, parent, candidate = min(found, key=lambda f: (f[0], f[1], f[2]))
    return parent, candidate
