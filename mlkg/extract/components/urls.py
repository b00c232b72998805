"""``mlkg_urls``: repository URLs (code, weights, data, demo), normalised.

URLs are found before names so that the name finder never mistakes a path segment
(``OFA-Sys/ONE-PEACE``) for a model mention.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.state import Repository, get_state
from mlkg.extract.urls import find_urls, normalize_url, repository_kind

_URL_NEEDLES = (
    "//",  # "://", and "https: //" broken by a space
    "www.",
    "github",
    "gitlab",
    "bitbucket",
    "huggingface",
    "modelscope",
    "codeberg",
    "gitee",
    ".io/",
    ".com/",
    ".org/",
    ".ai/",
    ".net/",
)


@Language.factory("mlkg_urls")
def make_urls(nlp: Language, name: str) -> UrlFinder:
    return UrlFinder()


class UrlFinder:
    """Adds ``Repository`` records and blocks URL text from name finding."""

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        lowered = state.text.lower()
        if not any(needle in lowered for needle in _URL_NEEDLES):
            return doc  # most abstracts hold no link: skip the full URL grammar
        seen: set[str] = set()
        for start, end, raw in find_urls(state.text):
            state.blocked.append((start, end))
            url = normalize_url(raw)
            if url in seen:
                continue
            seen.add(url)
            state.repositories.append(Repository(url, repository_kind(url), start, end))
        return doc
