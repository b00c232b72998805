"""The fast Zipf look-up answers exactly what wordfreq answers."""

from __future__ import annotations

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from mlkg.extract.frequency import zipf


def test_every_plain_word_of_the_list_has_wordfreqs_value() -> None:
    plain = [w for w in get_frequency_dict("en") if w.isascii() and w.isalpha() and w.islower()]
    assert len(plain) > 100_000
    differing = [w for w in plain if zipf(w) != zipf_frequency(w, "en")]
    assert differing == []


@pytest.mark.parametrize(
    "word",
    # absent from the list (the floor), and words that take wordfreq's own path: capitals,
    # digits, hyphens, accents, apostrophes, an empty string
    ["qwenlike", "zzzzqx", "Falcon", "gpt4", "fine-tune", "café", "don't", "", "LLaMA"],
)
def test_other_words_have_wordfreqs_value(word: str) -> None:
    assert zipf(word) == zipf_frequency(word, "en")


def test_common_words_rank_above_new_names() -> None:
    assert zipf("falcon") > 3.0 > zipf("qwen")
