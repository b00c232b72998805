"""How common an English word is: wordfreq's Zipf frequency, read faster for plain words.

The rules ask wordfreq whether a capitalised word is an ordinary English word ("Falcon",
"Prediction") for most new words of an abstract. ``wordfreq.zipf_frequency`` first runs its
tokenizer and Unicode normalisation over the word, which costs more than the rest of the
answer; for a word of lower-case ASCII letters that tokenisation is the word itself, so
:func:`zipf` looks it up directly and computes the same rounded value. Every other word
goes through wordfreq. ``tests/test_frequency.py`` checks the two agree on the whole word
list.
"""

from __future__ import annotations

import math

from wordfreq import get_frequency_dict, zipf_frequency

#: ``wordfreq.zipf_to_freq(0.0)``: the frequency zipf_frequency's default minimum stands for
_FLOOR = 1e-9


def zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return zipf_frequency(word, "en")
    frequency = max(get_frequency_dict("en").get(word, 0.0), _FLOOR)
    # wordfreq keeps three significant digits of the frequency, then two decimals of Zipf
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
