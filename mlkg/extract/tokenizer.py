"""``mlkg.Tokenizer.v1``: a fast tokenizer for abstracts, registered for ``pipeline.cfg``.

mlkg's components work on character offsets (names, sentences and relations are found by
regular expressions over the text), so tokens only need to be fine enough for every name
boundary to fall between two tokens. Splitting into runs of letters and digits plus single
punctuation marks gives exactly that, and building the Doc from words and spaces is about
twice as fast as spaCy's rule-based English tokenizer, whose exceptions and affix rules
serve parsers we do not run. The Doc's text is always the input text, character for
character (runs of whitespace become whitespace tokens, as in spaCy).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

import spacy
from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

_TOKEN = re.compile(r"[^\W_]+|\S")
#: the same tokens as separators: ``split`` returns [gap, token, gap, token, ..., gap]
_SPLIT = re.compile(r"([^\W_]+|\S)")
#: the gaps of cleaned text (``clean_text`` collapses whitespace to single spaces)
_PLAIN_GAPS = frozenset(("", " "))


class AbstractTokenizer:
    """Letters-and-digits runs and single punctuation marks."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        #: each word's id in the vocabulary's string store (its hash), as spaCy would
        #: compute it: a Doc made from ids skips spaCy's per-word string lookup, which cost
        #: more than a dict look-up here (about 40% of making the Doc)
        self._orths: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        # cleaned abstracts hold no whitespace but single spaces between tokens, so the
        # words and spaces come straight from one ``split`` (no Python loop per token);
        # any other whitespace takes the general path
        parts = _SPLIT.split(text)
        gaps = parts[2::2]
        if parts[0] or not _PLAIN_GAPS.issuperset(gaps):
            return self._general(text)
        return self._doc(parts[1::2], list(map(bool, gaps)))

    def _doc(self, words: list[str], spaces: list[bool]) -> Doc:
        """``Doc(vocab, words, spaces)``, the same Doc, made from the words' ids."""
        # (most abstracts hold a word not seen before, so there is no fast path for a
        # text of known words; an id of 0 would only be computed again, never be wrong)
        known, new_id = self._orths.get, self._new_id
        ids = [known(word) or new_id(word) for word in words]
        try:
            return Doc(self.vocab, words=ids, spaces=spaces)
        except KeyError:
            # a memory zone (``nlp.memory_zone()``) has dropped strings stored during it:
            # forget the ids and let spaCy store the words again
            self._orths.clear()
            return Doc(self.vocab, words=words, spaces=spaces)

    def _new_id(self, word: str) -> int:
        """A word's id, its string stored (as spaCy stores it with a new lexeme)."""
        orth = self._orths[word] = self.vocab.strings.add(word)
        return orth

    def _general(self, text: str) -> Doc:
        """Any text: a gap that starts with a space is the previous token's space, and the
        rest of a gap (or a gap at the start) is a whitespace token."""
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in _TOKEN.finditer(text):
            if match.start() > position:  # whitespace before this token
                _add_gap(text[position : match.start()], words, spaces)
            words.append(match.group())
            spaces.append(False)
            position = match.end()
        if position < len(text):
            _add_gap(text[position:], words, spaces)
        return self._doc(words, spaces)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # spaCy saves and loads a pipeline's tokenizer with the pipeline; there is no state here
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> AbstractTokenizer:
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> AbstractTokenizer:
        return self


def _add_gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    """Whitespace between tokens: a leading space is the previous token's, the rest (or a
    gap at the start of the text) is a whitespace token of its own."""
    if words and gap[0] == " ":
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)


@spacy.registry.tokenizers("mlkg.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], AbstractTokenizer]:
    """The tokenizer, and a vocabulary that computes only the lower-case form of a new word.

    mlkg's components read characters, never token attributes, while spaCy computes some
    twenty lexical attributes (shape, like_num, stop word, norm, ...) in Python for every
    word it has not seen: on unseen abstracts that cost about 5% of the extraction time.
    ``token.lower_`` and ``token.is_space`` still work for spaCy users; the other flags
    stay unset.
    """

    def make(nlp: Language) -> AbstractTokenizer:
        getters = nlp.vocab.lex_attr_getters or {}
        nlp.vocab.lex_attr_getters = {a: getters[a] for a in (LOWER, IS_SPACE) if a in getters}
        return AbstractTokenizer(nlp.vocab)

    return make
