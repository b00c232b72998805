"""Repository URLs: normalisation (one node per repository), kinds, and spans in text."""

from __future__ import annotations

import pytest

from mlkg.extract.urls import find_urls, normalize_url, repository_kind
from mlkg.vocabulary import REPO_CODE, REPO_DATA, REPO_DEMO, REPO_WEIGHTS

CLIP = "https://github.com/openai/CLIP"


@pytest.mark.parametrize(
    "raw",
    [
        "https://github.com/openai/CLIP",
        "http://github.com/openai/CLIP",
        "https://github.com/openai/CLIP.",
        "https://github.com/openai/CLIP,",
        "https://github.com/openai/CLIP)",
        "https://github.com/openai/CLIP}",
        "https://github.com/openai/CLIP/",
        "https://github.com/openai/CLIP.git",
        "https://github.com/openai/CLIP.git/",
        "https://GitHub.COM/openai/CLIP",
        "https://www.github.com/openai/CLIP",
        "github.com/openai/CLIP",
        "www.github.com/openai/CLIP).",
        "  https://github.com/openai/CLIP#readme  ",
    ],
)
def test_spellings_of_one_repository_normalise_to_one_url(raw: str) -> None:
    assert normalize_url(raw) == CLIP


def test_normalisation_keeps_path_case_and_query() -> None:
    assert normalize_url("HTTP://Example.ORG/Some/Path?tab=Files") == (
        "https://example.org/Some/Path?tab=Files"
    )
    assert normalize_url("https://example.org:443/a") == "https://example.org/a"
    # a closing parenthesis that the URL itself opened is part of it
    assert normalize_url("https://en.wikipedia.org/wiki/BERT_(model)") == (
        "https://en.wikipedia.org/wiki/BERT_(model)"
    )


@pytest.mark.parametrize("broken", ["http://[broken/x", "http://host:port/x", "https://", ""])
def test_broken_urls_never_raise(broken: str) -> None:
    assert isinstance(normalize_url(broken), str)
    assert repository_kind(broken) == REPO_CODE


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://github.com/openai/whisper", REPO_CODE),
        ("https://gitlab.com/group/project", REPO_CODE),
        ("https://bitbucket.org/team/repo", REPO_CODE),
        ("https://codeberg.org/owner/repo", REPO_CODE),
        ("https://huggingface.co/meta-llama/Llama-2-7b-hf", REPO_WEIGHTS),
        ("https://huggingface.co/distilbert", REPO_WEIGHTS),
        ("https://huggingface.co/spaces/openai/whisper", REPO_DEMO),
        ("https://huggingface.co/datasets/openai/gsm8k", REPO_DATA),
        ("https://modelscope.cn/studios/damo/some_pipeline/summary", REPO_DEMO),
        ("https://modelscope.cn/models/qwen/Qwen-7B", REPO_WEIGHTS),
        ("https://modelscope.cn/datasets/org/set", REPO_DATA),
        ("https://demo-name.gradio.live", REPO_DEMO),
        ("https://my-app.streamlit.app/", REPO_DEMO),
        ("https://zenodo.org/records/123456", REPO_DATA),
        ("https://www.kaggle.com/datasets/owner/set", REPO_DATA),
        ("https://www.kaggle.com/models/google/gemma", REPO_WEIGHTS),
        ("https://someone.github.io/project-page/", REPO_CODE),
        ("http://github.com/openai/CLIP.git", REPO_CODE),
    ],
)
def test_repository_kind(url: str, kind: str) -> None:
    assert repository_kind(url) == kind


def test_find_urls_excludes_trailing_punctuation() -> None:
    text = (
        "The code (https://github.com/openai/CLIP) and a demo (https://huggingface.co/spaces/"
        "openai/whisper) are public. Data: github.com/openai/grade-school-math. "
        "See https://example.org/page, too."
    )
    found = find_urls(text)
    assert [raw for _, _, raw in found] == [
        "https://github.com/openai/CLIP",
        "https://huggingface.co/spaces/openai/whisper",
        "github.com/openai/grade-school-math",
        "https://example.org/page",
    ]
    for start, end, raw in found:
        assert text[start:end] == raw


def test_find_urls_ignores_non_urls() -> None:
    assert find_urls("No links here, only e-mail user@github.com/x and http:// alone.") == []


def test_find_urls_keeps_balanced_parentheses() -> None:
    text = "see https://en.wikipedia.org/wiki/BERT_(model)."
    assert find_urls(text) == [(4, 46, "https://en.wikipedia.org/wiki/BERT_(model)")]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("Code: https: //github.com/acme/TinyVLM.", "https://github.com/acme/TinyVLM"),
        ("Code: https:// github. com/ acme/ tiny-vlm", "https://github.com/acme/tiny-vlm"),
        ("Code is at https://github. com/acme/TinyVLM now.", "https://github.com/acme/TinyVLM"),
        ("Page: https://acme- lab.github. io/tiny/.", "https://acme-lab.github.io/tiny"),
        ("Models at https://aka.ms /tinyvlm.", "https://aka.ms/tinyvlm"),
        ("Page: https://www.acme.\nch/paper/tiny/", "https://acme.ch/paper/tiny"),
    ],
)
def test_find_urls_joins_a_url_broken_by_spaces(text: str, url: str) -> None:
    """PDF line breaks leave spaces inside links; the link is still the repository."""
    [(start, end, raw)] = find_urls(text)
    assert normalize_url(raw) == url
    assert "".join(text[start:end].split()) == raw


@pytest.mark.parametrize(
    "text",
    [
        "Code: https://github.com/acme/ and the data: none.",
        "Page: https://acme.org. We also release weights.",
        "Page: https://acme.github.io/ for videos.",
        "Code at https://github.com/acme/tiny and weights.",
    ],
)
def test_find_urls_does_not_run_into_the_sentence(text: str) -> None:
    [(start, end, raw)] = find_urls(text)
    assert text[start:end] == raw
    assert " " not in raw
