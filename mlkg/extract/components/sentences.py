"""``mlkg_sentences``: sentence boundaries that survive ML abstracts.

spaCy's rule-based sentencizer splits on every full stop token, which breaks on
"et al." and misses "task.The" (a missing space, common in scraped abstracts). This
component finds boundaries with one regular expression over the text, which is also much
faster than a per-token loop, and records them both on the tokens and as character spans.
"""

from __future__ import annotations

import re

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.state import get_state

_ABBREVIATIONS = frozenset(
    "al e.g i.e etc vs cf fig figs eq eqs sec tab no approx resp incl viz dr mr ms st".split()
)
#: names written with an exclamation mark, which ends no sentence ("Yahoo! Answers")
_EXCLAIMED_NAMES = frozenset("yahoo jeopardy".split())
#: abbreviations that are titles before a name ("Dr.", "Ms."): in lower case, units ("ms")
_TITLES = frozenset("dr mr ms st".split())
_CANDIDATE = re.compile(
    # starting with the punctuation lets the engine skip ahead; a missing space after it
    # ("task.The") is a boundary too
    # ("mPLUG-Owl2 is ...", "xLSTM scales ...": a name with a lower-case first letter, not
    # a metric after an abbreviation, "Cls. mIoU"; "wren-r1.5 improves ...", "e5-large ...":
    # a lower-case name with a digit)
    r"[.!?](?:[\"')\]]?\s+(?=[\"'(\[]?(?:[A-Z0-9]|[a-z]{1,2}[A-Z]{3,}|[a-z]+(?:-[a-z]+)*-?[a-z]*\d))"
    r"|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"
)
#: ``Token.is_sent_start = False`` as ``Doc.to_array`` stores it (-1 as an unsigned int)
_NOT_SENT_START = numpy.uint64(2**64 - 1)


def boundaries(text: str) -> list[int]:
    """Offsets where a new sentence starts (abbreviations such as "et al." excluded)."""
    found = []
    for match in _CANDIDATE.finditer(text):
        word = _last_part_before(text, match.start())
        lowered = word.lower().rstrip(".")
        if lowered in _ABBREVIATIONS and not (lowered in _TITLES and word[:1].islower()):
            continue  # (a title only when capitalised: "320 ms. The student" ends a sentence)
        if text.startswith("!", match.start()) and lowered in _EXCLAIMED_NAMES:
            continue
        if len(word) == 1 and word.isupper() and not _in_name(text, match.start() - 1):
            continue  # an initial: "J. Smith" (not the end of a name, "AfroXLMR-L.")
        found.append(match.end())
    return found


def _in_name(text: str, letter: int) -> bool:
    """Whether the capital at ``letter`` ends a hyphenated name ("ViT-L", "AfroXLMR-L")."""
    return letter >= 2 and text[letter - 1] == "-" and text[letter - 2].isalnum()


def _last_part_before(text: str, end: int) -> str:
    """The word that ends at ``end`` (letters, digits, ``_``, ``.`` and ``+``, at most 40
    characters back), after its last hyphen: "et al" -> "al", "Fig" -> "Fig".

    A backward scan: a regular expression anchored at ``end`` would be tried at each of the
    40 offsets before it, and this runs for every full stop.
    """
    lowest = max(0, end - 40)
    if text[end - 1 : end] == "\n":
        end -= 1  # as "$" would, the word may end before a final newline
    start = end
    while start > lowest:
        char = text[start - 1]
        if char == "-" or not (char.isalnum() or char in "_.+"):
            break
        start -= 1
    return text[start:end]


@Language.factory("mlkg_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


class SentenceSplitter:
    """Sets ``token.is_sent_start`` and ``DocState.sentences``."""

    def __call__(self, doc: Doc, token_flags: bool = True) -> Doc:
        """Finds the sentences; ``token_flags=False`` (``component_cfg`` of ``nlp.pipe``)
        skips marking them on the tokens for spaCy users: the records read the offsets."""
        state = get_state(doc)
        if not state.text:  # docs made by mlkg.extract.pipeline already carry their text
            state.text = doc.text
        text = state.text
        starts = [0, *boundaries(text)]
        spans = []
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else len(text)
            stripped_end = start + len(text[start:end].rstrip())
            if stripped_end > start:
                spans.append((start, stripped_end))
        state.sentences = spans
        if not token_flags:
            return doc
        # mark the first token of each sentence (found by binary search over the token
        # offsets) and unmark the one after it, all in one write: touching every token is
        # what makes a per-token sentencizer slow, and each ``Token.is_sent_start``
        # assignment scans the whole doc for a parse first
        offsets = doc.to_array("IDX")
        firsts = offsets.searchsorted([start for start, _ in spans])
        firsts = firsts[firsts < len(offsets)]
        if len(firsts):
            flags = doc.to_array("SENT_START")
            seconds = firsts + 1
            flags[seconds[seconds < len(offsets)]] = _NOT_SENT_START
            flags[firsts] = 1  # after the unmarking: a one-token sentence's next one starts
            doc.from_array([SENT_START], flags)
        return doc
