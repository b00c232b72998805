"""``mlkg_sentences``: sentence boundaries that survive ML abstracts.

spaCy's rule-based sentencizer splits on every full stop token, which breaks on
"et al." and misses "task.The" (a missing space, common in scraped abstracts). This
component finds boundaries with one regular expression over the text, which is also much
faster than a per-token loop, and records them both on the tokens and as character spans.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.state import get_state

_ABBREVIATIONS = frozenset(
    "al e.g i.e etc vs cf fig figs eq eqs sec tab no approx resp incl viz dr mr ms st".split()
)
_CANDIDATE = re.compile(
    # starting with the punctuation lets the engine skip ahead; a missing space after it
    # ("task.The") is a boundary too
    r"[.!?](?:[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"
)
_WORD_BEFORE = re.compile(r"([\w.+-]+)$")


def boundaries(text: str) -> list[int]:
    """Offsets where a new sentence starts (abbreviations such as "et al." excluded)."""
    found = []
    for match in _CANDIDATE.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        word = before.group(1).split("-")[-1] if before else ""
        if word.lower().rstrip(".") in _ABBREVIATIONS:
            continue
        if len(word) == 1 and word.isupper():
            continue  # an initial: "J. Smith"
        found.append(match.end())
    return found


@Language.factory("mlkg_sentences")
def make_sentences(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter()


class SentenceSplitter:
    """Sets ``token.is_sent_start`` and ``DocState.sentences``."""

    def __call__(self, doc: Doc) -> Doc:
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
        # mark only the first token of each sentence (found by binary search over the
        # token offsets): touching every token is what makes a per-token sentencizer slow
        offsets = doc.to_array("IDX")
        for start, _ in spans:
            i = int(offsets.searchsorted(start))
            if i < len(doc):
                doc[i].is_sent_start = True
                if i + 1 < len(doc):
                    doc[i + 1].is_sent_start = False
        return doc
