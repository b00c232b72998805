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
    ``raw_url`` is ``text[start:end]``, except for a URL that the abstract's source broke
    with spaces (``https: //github. com/a/b``, see :func:`_across_gaps`): its span covers
    the pieces and ``raw_url`` is the URL without the spaces.
    """
    spans: list[tuple[int, int, str]] = []
    start, end = _url_region(text)
    position = start
    while True:
        match = _URL.search(text, position, end)
        gapped = _GAPPED_SCHEME.search(text, position, end)
        if gapped is not None and (match is None or gapped.start() < match.start()):
            url_start, pieces = gapped.start(), [gapped.group(1), "://"]
            position = gapped.end()
            body = _URL_PIECE.match(text, position)
            if body is not None:
                pieces.append(body.group())
                position = body.end()
        elif match is not None:
            url_start, pieces, position = match.start(), [match.group()], match.end()
        else:
            return spans
        position = _across_gaps(text, position, pieces)
        joined = "".join(pieces)
        raw = _trim(joined)
        host = raw.split("://", 1)[-1].split("/", 1)[0]
        if "." not in host.strip("."):
            continue  # "https://" with no host behind it, "http://localhost"
        url_end = position - (len(joined) - len(raw))
        spans.append((url_start, url_end, raw))


#: a scheme that the source broke with spaces: ``https: //host``, ``https:// host``
_GAPPED_SCHEME = re.compile(r"\b(https?|ftp)(?::\s+//\s*|://\s+)(?=[\w-]+\.)", re.IGNORECASE)
#: the ways a URL is broken by spaces in abstracts (PDF line breaks, copy-paste), each the
#: end of the URL so far and how the text goes on after the spaces:
#: ``github. com/`` (a host label after a dot), ``huajian- zeng.github.io`` (a hyphenated
#: host label), ``aka.ms /layoutlmv2`` (a path after a bare host) and ``github.com/ owner/``
#: (a path segment after a slash, where the host needs one: owner and repository)
_GAP = re.compile(r"\s+")
_URL_PIECE = re.compile(_URL_BODY)
_HOST_LABEL_NEXT = re.compile(r"[a-z]{2,10}(?=[/.])")
_HYPHEN_LABEL_NEXT = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\.", re.IGNORECASE)
_PATH_NEXT = re.compile(r"/[\w-]")
_SEGMENT_NEXT = re.compile(r"[\w][\w.-]*")
#: hosts whose links name an owner and a repository: ``host/owner/repository``
_OWNER_REPO_HOSTS = frozenset({"github.com", "gitlab.com", "huggingface.co", "gitee.com"})


#: words that go on the sentence after a link, never a path segment (``.../owner/ and``)
_SENTENCE_WORDS = frozenset("a an and as at by for from in is of on or the to which with".split())


def _segment_follows(text: str, position: int) -> bool:
    segment = _SEGMENT_NEXT.match(text, position)
    return segment is not None and segment.group().lower() not in _SENTENCE_WORDS


def _across_gaps(text: str, position: int, pieces: list[str]) -> int:
    """Extend the URL in ``pieces`` (ending at ``position``) over the spaces that broke
    it, appending the pieces after them; returns where the URL now ends."""
    while True:
        gap = _GAP.match(text, position)
        if gap is None or not _continues(text, "".join(pieces), gap.end()):
            return position
        body = _URL_PIECE.match(text, gap.end())
        if body is None:
            return position
        pieces.append(body.group())
        position = body.end()


def _continues(text: str, so_far: str, after: int) -> bool:
    """Whether the text at ``after``, behind spaces, goes on the URL ``so_far``."""
    host, slash, path = so_far.split("://", 1)[-1].partition("/")
    if not slash:  # still in the host
        if so_far.endswith("."):
            return _HOST_LABEL_NEXT.match(text, after) is not None
        if so_far.endswith("-"):
            return _HYPHEN_LABEL_NEXT.match(text, after) is not None
        return "." in host.strip(".") and _PATH_NEXT.match(text, after) is not None
    return (
        so_far.endswith("/")
        and host.lower().removeprefix("www.") in _OWNER_REPO_HOSTS
        and len([segment for segment in path.split("/") if segment]) < 2
        and _segment_follows(text, after)
    )


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
    # a broken scheme ends right before the whitespace that ends at ``first`` ("https:"
    # is its longest form): searched from there, not at every offset before the URL
    gap = first
    while gap and text[gap - 1].isspace():
        gap -= 1
    scheme = _SCHEME_BEFORE.search(text, max(0, gap - len("https:")), first)
    if scheme is not None:  # "https: //host", broken after the scheme
        first = scheme.start()
    return first, _NON_SPACE.match(text, last).end()


_SCHEME_BEFORE = re.compile(r"\b(?:https?|ftp):\s+\Z", re.IGNORECASE)


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
