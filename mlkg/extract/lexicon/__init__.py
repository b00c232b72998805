"""Curated lists of widely known ML names, one weak signal among several for typing.

The lists are written from general knowledge (see the ``.txt`` files beside this module).
They never decide alone whether something is an entity in a new abstract: most names in a
real abstract are new, so the name-shape and context rules do the main work, and the
lexicon only adds a typing vote, canonical aliases (``MSCOCO`` = ``COCO``) and a stoplist of
generic acronyms (``LLMs``, ``NLP``, metrics, tasks).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from mlkg.naming import match_key
from mlkg.vocabulary import BENCHMARK, DATASET, METHOD, MODEL


@dataclass
class Lexicon:
    """Known names by match key: their types, canonical spelling and aliases."""

    types: dict[str, set[str]] = field(default_factory=dict)
    canonical: dict[str, str] = field(default_factory=dict)
    generic: set[str] = field(default_factory=set)
    #: generic terms written with a space ("Inception Score", "Snapdragon 8 Gen 2"): no
    #: name is read inside them
    generic_phrases: set[str] = field(default_factory=set)
    #: written forms with a space ("Visual Genome") or an inner "+" ("TD3+BC"), found by
    #: one regex as whole phrases
    phrases: set[str] = field(default_factory=set)
    #: keys all of whose listed spellings are plain (upper, lower or capitalised words):
    #: a mixed-case spelling of them is another name ("SPIDEr" is not Spider, "CoRA" not Cora)
    plain_only: set[str] = field(default_factory=set)
    #: keys of short acronyms all of whose spellings are upper case: a capitalised word is
    #: another word ("Hat" is no HAT, "Lol" no LOL)
    upper_only: set[str] = field(default_factory=set)
    #: keys of short names all of whose spellings are one capitalised word: an upper-case
    #: spelling is an acronym ("WAN", a wide-area network, is no Wan)
    title_only: set[str] = field(default_factory=set)
    #: the words (as stems) of a known acronym's spelled-out forms, by its key ("erm" ->
    #: "empir", "risk", "minim")
    expansion_words: dict[str, set[str]] = field(default_factory=dict)

    def add(self, name: str, entity_type: str, aliases: list[str]) -> None:
        for alias in aliases:
            if " " in alias:  # a spelled-out form: "ERM = empirical risk minimization"
                self.expansion_words.setdefault(match_key(name), set()).update(_word_stems(alias))
        for written in (name, *aliases):
            if " " in written or "+" in written.strip("+") or "&" in written or "!" in written:
                # ("TD3+BC", "Tanks&Temples", "WHAM!": a "+", "&" or "!" in a name, which the
                # shape passes split or leave out)
                self.phrases.add(written)
            key = match_key(written)
            if key not in self.types and not mixed_case(written):
                self.plain_only.add(key)
            elif mixed_case(written):
                self.plain_only.discard(key)
            short_acronym = written.isalpha() and written.isupper() and len(written) <= 5
            if key not in self.types and short_acronym:
                self.upper_only.add(key)
            elif not short_acronym:
                self.upper_only.discard(key)
            short_title = written.isalpha() and written.istitle() and len(written) <= 3
            if key not in self.types and short_title:
                self.title_only.add(key)
            elif not short_title:
                self.title_only.discard(key)
            self.types.setdefault(key, set()).add(entity_type)
            self.canonical.setdefault(key, name)

    def types_of(self, name: str) -> set[str]:
        key = match_key(name)
        found = self.types.get(key, set())
        if found and key in self.plain_only and mixed_case(name):
            return set()
        if found and key in self.upper_only and not name.isupper():
            return set()
        if found and key in self.title_only and name.isupper():
            return set()
        return found

    def expanded_otherwise(self, name: str, aliases: set[str] | list[str]) -> bool:
        """Whether ``aliases`` spell ``name`` out in words that share no word with any
        listed expansion of the known ``name`` (an acronym the abstract defines anew:
        "Emotion Recognition Model (ERM)" is no "empirical risk minimization"; "low-rank
        adapters (LoRA)" is still LoRA)."""
        listed = self.expansion_words.get(match_key(name))
        written = [a for a in aliases if " " in a]
        if not listed or not written:
            return False
        return not any(_word_stems(a) & listed for a in written)

    def is_generic(self, name: str) -> bool:
        """Generic words and their plurals ("SOTAs", "CNNs"), and venues with a year
        ("CVPR'26")."""
        key = match_key(APOSTROPHE_YEAR.sub("", name))
        return key in self.generic or (key.endswith("s") and key[:-1] in self.generic)


_LETTER_RUN = re.compile(r"[^\W\d_]+")


def _word_stems(phrase: str) -> set[str]:
    """The first five letters of each word of three letters or more, in lower case."""
    return {run[:5].lower() for run in _LETTER_RUN.findall(phrase) if len(run) > 2}


#: "Spider", "OfficeHome" (words run together): plain, not mixed case
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][a-z]+)+")


@lru_cache(maxsize=1 << 14)
def mixed_case(written: str) -> bool:
    """Whether a run of letters mixes cases other than capitalised words ("SPIDEr", "CoRA",
    "LLaMA"; not "Spider", "SPIDER", "GPT-4o", "Cora", "OfficeHome")."""
    return any(
        not (run.isupper() or run.islower() or _CAPITALISED_WORDS.fullmatch(run))
        for run in _LETTER_RUN.findall(written)
    )


#: a two-digit year after an apostrophe, ending a name: "AIME'25", "CVPR'26"
APOSTROPHE_YEAR = re.compile(r"['\u2019]\d{2}$")


def _entries(filename: str):
    text = resources.files(__package__).joinpath(filename).read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        yield line


def _split_aliases(line: str) -> tuple[str, list[str]]:
    name, _, rest = line.partition("=")
    aliases = [a.strip() for a in rest.split("|") if a.strip()]
    return name.strip(), aliases


@cache
def load_lexicon() -> Lexicon:
    """Load the packaged lists once per process."""
    lex = Lexicon()
    for line in _entries("models.txt"):
        name, aliases = _split_aliases(line)
        lex.add(name, MODEL, aliases)
    for line in _entries("methods.txt"):
        name, aliases = _split_aliases(line)
        lex.add(name, METHOD, aliases)
    for line in _entries("datasets.txt"):
        tag, _, rest = line.partition(":")
        name, aliases = _split_aliases(rest)
        lex.add(name, BENCHMARK if tag.strip() == "B" else DATASET, aliases)
    lex.generic = {match_key(line) for line in _entries("generic.txt")}
    lex.generic_phrases = {line for line in _entries("generic.txt") if " " in line}
    return lex
