"""Numbers as abstracts write them: one reading of commas for every part of mlkg.

A score keeps its written form in the records ("1,204", "89,4"); the RDF export and the
evaluation compare the number it means, read here the same way for both."""

from __future__ import annotations

import re

#: a thousands separator: groups of three after a first group that is not a zero
_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?")
#: any other comma between digits is a decimal comma ("89,4", "0,874")
_DECIMAL_COMMA = re.compile(r"\d+,\d+")


def without_commas(value: str) -> str:
    """``value`` with a thousands separator dropped ("1,204" -> "1204") or a decimal comma
    made a point ("89,4%" -> "89.4%"); any other text unchanged."""
    if "," not in value:
        return value
    bare = value.strip()
    percent = bare.endswith("%")
    number = bare.rstrip("%").strip()
    if _THOUSANDS.fullmatch(number):
        number = number.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(number):
        number = number.replace(",", ".")
    else:
        return value
    return number + ("%" if percent else "")
