"""mlkg.Tokenizer.v1: exact text back, tokens at every name boundary, spaCy's whitespace rules,
the same tokens from the single-space fast path and the general path."""

from __future__ import annotations

import pytest

from mlkg.extract.pipeline import load_pipeline


@pytest.fixture(scope="module")
def tokenizer():
    return load_pipeline().tokenizer


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("a  b", [("a", " "), (" ", ""), ("b", "")]),
        ("a \n b", [("a", " "), ("\n ", ""), ("b", "")]),
        (" a", [(" ", ""), ("a", "")]),
        ("a\n", [("a", ""), ("\n", "")]),
        ("", []),
        ("  ", [("  ", "")]),
        ("a\t b", [("a", ""), ("\t ", ""), ("b", "")]),
    ],
)
def test_whitespace_becomes_spaces_or_tokens(tokenizer, text: str, tokens: list) -> None:
    doc = tokenizer(text)
    assert doc.text == text
    assert [(t.text, t.whitespace_) for t in doc] == tokens


def test_single_spaced_text_splits_at_every_name_boundary(tokenizer) -> None:
    text = "We fine-tune Qwen2-72B (ViT-L/14) on GSM8K: 84.2% accuracy."
    doc = tokenizer(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert words[:8] == ["We", "fine", "-", "tune", "Qwen2", "-", "72B", "("]
    assert "GSM8K" in words and "84" in words and "%" in words
    # the same text with a line break takes the general path and gives the same words
    broken = tokenizer(text.replace(" on ", " on\n"))
    assert [t.text for t in broken if not t.is_space] == words


def test_tokens_keep_their_lower_case_form_for_spacy_users(tokenizer) -> None:
    doc = tokenizer("We tune Qwen2-72B on GSM8K.")
    assert [t.lower_ for t in doc][:5] == ["we", "tune", "qwen2", "-", "72b"]
