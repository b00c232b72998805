"""Repository URLs: find them in cleaned text, normalise them, and tell what they hold.

One repository must be one graph node however an abstract writes it, so the spec's rule is
applied here and nowhere else: ``https://`` scheme, lower-case host (without ``www.``), no
trailing ``.``, ``,``, ``)``, ``}`` or ``/``, no ``.git`` suffix, and the path's case kept
(``github.com/OFA-Sys/OFA`` is not ``github.com/ofa-sys/ofa`` on every host).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from mlkg.vocabulary import REPO_CODE, REPO_DATA, REPO_DEMO, REPO_WEIGHTS

__all__ = ["find_urls", "normalize_url", "repository_kind"]

#: hosts that are written without a scheme often enough to be caught bare
_BARE_HOSTS = (
    r"github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|huggingface\.co|hf\.co|"
    r"modelscope\.cn|modelscope\.ai|zenodo\.org|kaggle\.com|[\w-]+\.github\.io"
)
#: a URL runs until whitespace, a quote or a character that never appears in one we accept;
#: CJK punctuation ends it too (``见https://x.y/z。``)
_URL_BODY = r"[^\s<>\"'`{}|\\^\[\]，。；：、（）《》“”‘’]+"
_URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)" + _URL_BODY + r"|(?<![\w@./-])(?:www\.)?(?:"
    r"" + _BARE_HOSTS + r")/" + _URL_BODY,
    re.IGNORECASE,
)
#: punctuation that ends a sentence or a clause, never a URL
_TRAILING = ".,;:!?'\"*"
_CLOSERS = {")": "(", "]": "[", "}": "{", ">": "<"}


def _trim(url: str) -> str:
    """Drop trailing punctuation, and a closing bracket that the URL did not open."""
    while url:
        last = url[-1]
        unopened = last in _CLOSERS and url.count(last) > url.count(_CLOSERS[last])
        if last not in _TRAILING and not unopened:
            break
        url = url[:-1]
    return url


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, raw_url)`` of every URL in ``text``, trailing punctuation excluded.

    Catches ``http(s)://``, ``www.`` and bare ``github.com/owner/repo``-style links; in
    ``(code: https://github.com/a/b).`` the span covers ``https://github.com/a/b`` only.
    """
    spans: list[tuple[int, int, str]] = []
    start, end = _url_region(text)
    for match in _URL.finditer(text, start, end):
        raw = _trim(match.group())
        host = raw.split("://", 1)[-1].split("/", 1)[0]
        if "." not in host.strip("."):
            continue  # "https://" with no host behind it, "http://localhost"
        spans.append((match.start(), match.start() + len(raw), raw))
    return spans


_NON_SPACE = re.compile(r"\S*")


def _url_region(text: str) -> tuple[int, int]:
    """The part of ``text`` that holds every URL, so that the pattern (costly at each
    offset) scans that part only.

    Every URL holds a ``/`` or a ``www.`` and lies within one run of non-whitespace, so the
    runs around the first and the last of those hold them all (the scan enters the first
    run at its start, as a scan of the whole text would). ``www.`` is looked for in the
    lower-cased text, whose offsets are the text's when it is ASCII; any other text is
    scanned whole.
    """
    if not text.isascii():
        return 0, len(text)
    lowered = text.lower()
    seeds = [i for i in (text.find("/"), lowered.find("www.")) if i >= 0]
    if not seeds:
        return 0, 0
    first = min(seeds)
    last = max(text.rfind("/"), lowered.rfind("www."))
    while first and not text[first - 1].isspace():
        first -= 1
    return first, _NON_SPACE.match(text, last).end()


def normalize_url(url: str) -> str:
    """The one spelling of a URL used as a node key (see the module docstring).

    ``http://www.GitHub.com/OFA-Sys/OFA.git/`` -> ``https://github.com/OFA-Sys/OFA``.
    The fragment is dropped (``#readme`` names a place on the same page); the query is kept.
    Never raises: a URL too broken to parse comes back trimmed but otherwise as written.
    """
    url = url.strip()
    if url.lower().rstrip(":/") in ("", "http", "https"):
        return ""
    while True:
        before = url
        url = _trim(url).rstrip("/")
        if url.lower().endswith(".git"):
            url = url[:-4]
        if url == before:
            break
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # "http://[broken" or a non-numeric port: compare it as written
        return url
    scheme = parts.scheme.lower()
    if scheme in ("http", "https", ""):
        scheme = "https"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    netloc = f"{host}:{port}" if port not in (None, 80, 443) else host
    path = parts.path.rstrip("/")
    if path.lower().endswith(".git"):
        path = path[:-4]
    return urlunsplit((scheme, netloc, path, parts.query, ""))


# ------------------------------------------------------------------ kinds
_CODE_HOSTS = frozenset(
    {
        "github.com",
        "gitlab.com",
        "bitbucket.org",
        "codeberg.org",
        "gitee.com",
        "sourceforge.net",
        "git.io",
        "pypi.org",
        "colab.research.google.com",
    }
)
_DATA_HOSTS = frozenset(
    {
        "zenodo.org",
        "figshare.com",
        "osf.io",
        "dataverse.harvard.edu",
        "data.mendeley.com",
        "physionet.org",
        "archive.ics.uci.edu",
        "openml.org",
        "datadryad.org",
        "drive.google.com",
        "dropbox.com",
    }
)
_DEMO_HOSTS = frozenset(
    {"gradio.live", "gradio.app", "streamlit.app", "share.streamlit.io", "replicate.com"}
)
_WEIGHTS_HOSTS = frozenset({"ollama.com", "civitai.com"})


def _host_in(host: str, hosts: frozenset[str]) -> bool:
    """``host`` is one of ``hosts`` or a subdomain of one (``x.streamlit.app``)."""
    return host in hosts or any(host.endswith("." + known) for known in hosts)


def repository_kind(url: str) -> str:
    """What a repository URL holds: ``code``, ``weights``, ``data`` or ``demo``.

    * GitHub, GitLab, Bitbucket, Codeberg, Gitee and other code hosts: ``code``.
    * Hugging Face: ``/spaces/`` (and ``*.hf.space``) ``demo``, ``/datasets/`` ``data``,
      anything else (``/<org>/<model>``, an organisation, a collection) ``weights``.
    * ModelScope: ``/studios/`` ``demo``, ``/datasets/`` ``data``, otherwise ``weights``.
    * Kaggle: ``/datasets/`` and ``/competitions/`` ``data``, ``/models/`` ``weights``,
      otherwise ``code`` (notebooks).
    * Gradio, Streamlit and Replicate apps: ``demo``; Zenodo, Figshare, OSF, Dataverse,
      shared drives and similar archives: ``data``; Ollama and Civitai: ``weights``.
    * Anything else (a project page, ``*.github.io``, a lab site) defaults to ``code``: an
      abstract that gives a link for its work nearly always means "our code and project are
      here", and ``code`` is the kind that claims the least about the content.
    """
    try:
        parts = urlsplit(normalize_url(url))
        host = (parts.hostname or "").lower()
    except ValueError:
        return REPO_CODE
    segments = [segment.lower() for segment in parts.path.split("/") if segment]
    first = segments[0] if segments else ""
    if host in ("huggingface.co", "hf.co"):
        if first == "spaces":
            return REPO_DEMO
        if first == "datasets":
            return REPO_DATA
        return REPO_WEIGHTS
    if host.endswith(".hf.space"):
        return REPO_DEMO
    if host in ("modelscope.cn", "modelscope.ai"):
        if first == "studios":
            return REPO_DEMO
        if first == "datasets":
            return REPO_DATA
        return REPO_WEIGHTS
    if host == "kaggle.com":
        if first in ("datasets", "competitions"):
            return REPO_DATA
        if first == "models":
            return REPO_WEIGHTS
        return REPO_CODE
    if _host_in(host, _DEMO_HOSTS):
        return REPO_DEMO
    if _host_in(host, _DATA_HOSTS):
        return REPO_DATA
    if _host_in(host, _WEIGHTS_HOSTS):
        return REPO_WEIGHTS
    return REPO_CODE
