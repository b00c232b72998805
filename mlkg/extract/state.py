"""What the pipeline components write onto a spaCy ``Doc`` as they go (``doc._.mlkg``).

Components communicate through this one object rather than through many Doc extensions:
each reads what earlier components found and adds its own findings, and
:mod:`mlkg.extract.records` turns the final state into an extraction record.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc

from mlkg.naming import match_key


@dataclass
class Entity:
    """One named thing in one abstract, with every place it is written."""

    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    votes: Counter[str] = field(default_factory=Counter)
    #: "strong" names have an ML-name shape or a definition; "weak" ones (a plain
    #: capitalised word or phrase) survive only with typing evidence from context
    strong: bool = True
    type: str | None = None
    component: str = "mlkg_names"

    @property
    def key(self) -> str:
        return match_key(self.name)


@dataclass
class Relation:
    """A relation with its evidence sentence (character offsets into the cleaned text)."""

    head: str
    rel: str
    tail: str
    sentence: tuple[int, int]
    component: str
    confidence: float
    kind: str | None = None
    value: str | None = None
    metric: str | None = None
    split: str | None = None
    setting: str | None = None
    basis: str = "text"


@dataclass
class Repository:
    url: str
    kind: str
    start: int
    end: int


@dataclass
class DocState:
    """Everything found in one abstract so far."""

    text: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    #: match keys that must never become entities in this abstract (generic acronyms
    #: defined here, e.g. "large language models (LLMs)")
    suppressed: set[str] = field(default_factory=set)
    #: character ranges whose names are not entities (citations, descriptions)
    blocked: list[tuple[int, int]] = field(default_factory=list)
    #: mentions written as modifiers ("GPT4-based evaluation"): entities, but not the
    #: subject or object of the clause around them
    modifiers: set[tuple[int, int]] = field(default_factory=set)
    #: short forms written in a definition's parentheses ("... Minimization (GAM)"): the
    #: words to their left are the long form, not a context
    definitions: set[tuple[int, int]] = field(default_factory=set)
    #: a name and its written qualifier ("MedQA" -> "MedQA (USMLE)"), kept as an alias
    qualifiers: dict[str, str] = field(default_factory=dict)
    #: keys of capitalised words seen at a sentence start (may be ordinary words)
    sentence_initial: set[str] = field(default_factory=set)
    relations: list[Relation] = field(default_factory=list)
    repositories: list[Repository] = field(default_factory=list)
    _index: list[tuple[int, int, Entity]] | None = field(default=None, repr=False)
    _lower: str | None = field(default=None, repr=False)
    _starts: list[int] = field(default_factory=list, repr=False)
    #: word_starts answers: components ask for the same words in the same range again
    #: (two passes over the abstract, a sentence's verbs by two rules): 4 calls in 10 repeat
    _word_starts: dict[tuple[tuple[str, ...], int, int], list[int]] = field(
        default_factory=dict, repr=False
    )
    #: each asked range's lower-case text, for mentions_words: rules ask of the same
    #: sentences again and again (some thirty times an abstract), and slicing anew each
    #: time cost more than the look-up
    _lowered: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)
    #: mentions_in answers since the last freeze: three calls in four repeat a range (the
    #: sentences, asked by rule after rule)
    _mentions: dict[tuple[int, int], list[tuple[int, int, Entity]]] = field(
        default_factory=dict, repr=False
    )

    def add_mention(self, name: str, start: int, end: int, *, strong: bool = True) -> Entity:
        key = match_key(name)
        entity = self.entities.get(key)
        if entity is None:
            entity = self.entities[key] = Entity(name=name, strong=strong)
        elif strong:
            entity.strong = True
        if (start, end) not in entity.mentions:
            entity.mentions.append((start, end))
        return entity

    def entity_at(self, start: int, end: int) -> Entity | None:
        for entity in self.entities.values():
            for s, e in entity.mentions:
                if s == start and e == end:
                    return entity
        return None

    def sentence_of(self, offset: int) -> tuple[int, int]:
        for start, end in self.sentences:
            if start <= offset < end:
                return (start, end)
        return (0, 0)

    @property
    def lower(self) -> str:
        """The text in lower case, made once (offsets match the text's when it is ASCII)."""
        if self._lower is None:
            self._lower = self.text.lower()
        return self._lower

    def word_starts(self, words: tuple[str, ...], start: int, end: int) -> list[int]:
        """Where any of ``words`` (lower case) starts a word in [start, end), in order: the
        only offsets where a case-insensitive pattern that opens with one of them can match
        (ASCII text only: lower-casing other text can shift offsets). Found once per
        question (the list is shared: not to be changed)."""
        key = (words, start, end)
        found = self._word_starts.get(key)
        if found is None:
            found = self._word_starts[key] = self._find_word_starts(words, start, end)
        return found

    def _find_word_starts(self, words: tuple[str, ...], start: int, end: int) -> list[int]:
        lower = self.lower
        found = []
        for word in words:
            at = lower.find(word, start, end)
            while at >= 0:
                if at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "_"):
                    found.append(at)
                at = lower.find(word, at + 1, end)
        found.sort()
        return found

    def matches(
        self, pattern: re.Pattern[str], openers: tuple[str, ...], start: int, end: int
    ) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text, start, end)`` for a pattern whose every match starts a
        word with one of ``openers`` (lower case): tried only there. A pattern that opens
        with common letters ("we", "train") is otherwise tried at nearly every offset."""
        if not self.text.isascii():
            yield from pattern.finditer(self.text, start, end)
            return
        last = start
        for at in self.word_starts(openers, start, end):
            if at >= last and (match := pattern.match(self.text, at, end)):
                last = match.end()
                yield match

    def mentions_words(self, sentence: tuple[int, int], words: tuple[str, ...]) -> bool:
        """Whether the sentence holds any of ``words`` (lower case): a cheap test before
        the regular expressions of a rule that needs one of them."""
        # one plain substring search per word: faster than one regular expression of
        # them all, which the engine tries at every offset; ``any(map(...))`` runs the
        # searches in C (a Python loop of ``find`` calls took a third longer for 24 words)
        lowered = self._lowered.get(sentence)
        if lowered is None:
            lowered = self._lowered[sentence] = self.lower[sentence[0] : sentence[1]]
        return any(map(lowered.__contains__, words))

    def may_mention(self, sentence: tuple[int, int], words: tuple[str, ...]) -> bool:
        """Whether the sentence may hold any of ``words`` (lower case) in any case: a test
        that never rules out a match of a case-insensitive pattern that needs one of them.
        Text that is not ASCII always may: lower-casing it can shift offsets, and its
        characters can match ASCII letters case-insensitively (``K``, ``ſ``, ``ı``)."""
        return not self.text.isascii() or self.mentions_words(sentence, words)

    def freeze(self) -> None:
        """Index the typed mentions once typing is done: relation components ask for the
        mentions of a range many times per sentence, and the entities no longer change."""
        found = [
            (s, e, entity)
            for entity in self.entities.values()
            if entity.type
            for s, e in entity.mentions
            if (s, e) not in self.modifiers
        ]
        self._index = sorted(found, key=lambda item: (item[0], -item[1]))
        self._starts = [item[0] for item in self._index]
        self._mentions = {}

    def mentions_in(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Typed entity mentions inside [start, end), in text order (found once per range:
        the list is shared, not to be changed)."""
        found = self._mentions.get((start, end))
        if found is None:
            if self._index is None:
                self.freeze()
            first = bisect_left(self._starts, start)
            last = bisect_left(self._starts, end)
            found = [item for item in self._index[first:last] if item[1] <= end]
            self._mentions[(start, end)] = found
        return found


#: where spaCy keeps the value of the ``doc._.mlkg`` extension; read directly because the
#: components ask for the state a dozen times per abstract and ``doc._`` builds an object
#: on every access
_USER_DATA_KEY = ("._.", "mlkg", None, None)


def get_state(doc: Doc) -> DocState:
    """The doc's state (also ``doc._.mlkg``), created on first use."""
    state = doc.user_data.get(_USER_DATA_KEY)
    if state is None:
        state = doc.user_data[_USER_DATA_KEY] = DocState()
    return state


if not Doc.has_extension("mlkg"):
    Doc.set_extension("mlkg", default=None)
