"""JSON text of records and evidence: compact, UTF-8, and nothing lost on odd values."""

from __future__ import annotations

import json

import pytest

from mlkg import jsontext


def test_records_are_compact_utf8_json_that_the_standard_library_reads_back() -> None:
    record = {"name": "Qwen2-VL", "text": "naïve — 表", "score": 0.6, "ids": [1, 2]}
    text = jsontext.dumps(record)
    assert text == '{"name":"Qwen2-VL","text":"naïve — 表","score":0.6,"ids":[1,2]}'
    assert json.loads(text) == record


def test_sorted_keys_on_request() -> None:
    assert jsontext.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True) == (
        '{"a":{"c":3,"d":2},"b":1}'
    )


def test_a_lone_surrogate_is_escaped_not_lost() -> None:
    text = jsontext.dumps({"text": "broken \ud800 pair"})
    text.encode("utf-8")  # valid UTF-8: the surrogate is written as an escape
    assert json.loads(text) == {"text": "broken \ud800 pair"}


def test_values_json_cannot_represent_raise_type_error() -> None:
    with pytest.raises(TypeError):
        jsontext.dumps({"set": {1, 2}})
    assert jsontext.loads(b'{"a":[1,2]}') == {"a": [1, 2]}
    with pytest.raises(ValueError):
        jsontext.loads("{not json")
