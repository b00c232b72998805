"""Turn an abstract as stored (hard-wrapped, with LaTeX residue) into plain running text.

Abstracts reach us from arXiv metadata, listings and copy-pastes. Their LaTeX markup is
*formatting*, not content: ``\\textbf{A}udio`` means "Audio", ``96\\%`` means "96%",
``VECO~2.0`` means "VECO 2.0". Entity matching and character offsets are computed on the
cleaned text, so every reader sends every abstract, title and comment through
:func:`clean_text` exactly once.

The function runs on every abstract of a 75k-abstract snapshot, so all patterns are compiled
once, and text without any LaTeX-looking character takes a fast path (whitespace only).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_text"]

# ------------------------------------------------------------------ whitespace and line breaks
#: ``VQ-\nVAE`` was split inside a name: join without a space when the next line starts
#: with a capital or a digit (``Qwen-\n72B``); ``pre-\nand post-`` keeps its space.
_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z0-9])-[ \t]*\r?\n[ \t]*(?=[A-Z0-9])")
#: ``UAMSA- UNet``, ``COVID- 19``: a name a copy from a PDF split after its hyphen (a
#: capital or a digit on both sides); ``pre- and post-training`` keeps its space
_SPLIT_NAME = re.compile(r"(?<![\w.-])([A-Za-z0-9.]*[A-Z0-9][A-Za-z0-9.]*)- (?=[A-Z0-9])")

# ------------------------------------------------------------------ accents: \'e, \"{o}, \~n
_ACCENTS = {
    "'": "\u0301",
    "`": "\u0300",
    "^": "\u0302",
    '"': "\u0308",
    "~": "\u0303",
    "=": "\u0304",
    ".": "\u0307",
    "c": "\u0327",
    "v": "\u030c",
    "u": "\u0306",
    "H": "\u030b",
}
_ACCENT_MARK = r"(['`^\"~=.]|[cvuH](?=[{ ]))\s*(?:\{([A-Za-z])\}|([A-Za-z]))"
#: ``{\"o}`` (grouped, the group's braces go too) or ``\"o`` / ``\"{o}`` (bare)
_ACCENT = re.compile(r"\{\\" + _ACCENT_MARK + r"\}|\\" + _ACCENT_MARK)


def _accent(match: re.Match[str]) -> str:
    groups = match.groups()
    mark = groups[0] or groups[3]
    letter = next(g for g in (groups[1], groups[2], groups[4], groups[5]) if g)
    return unicodedata.normalize("NFC", letter + _ACCENTS[mark])


# ------------------------------------------------------------------ symbols (text and math)
#: a tilde that is a *symbol* (``$\\sim$``), parked so that the tie rule leaves it alone
_TILDE = "\ue001"
#: an escaped dollar (``\\$148K``), parked so that it cannot open math
_DOLLAR = "\ue000"
_SYMBOLS = {
    "times": "×",
    "sim": _TILDE,
    "approx": "≈",
    "simeq": "≃",
    "pm": "±",
    "mp": "∓",
    "leq": "≤",
    "le": "≤",
    "geq": "≥",
    "ge": "≥",
    "neq": "≠",
    "ne": "≠",
    "ll": "≪",
    "gg": "≫",
    "to": "→",
    "rightarrow": "→",
    "Rightarrow": "⇒",
    "leftarrow": "←",
    "uparrow": "↑",
    "downarrow": "↓",
    "propto": "∝",
    "infty": "∞",
    "cdot": "·",
    "cdots": "…",
    "ldots": "…",
    "dots": "…",
    "circ": "°",
    "deg": "°",
    "degree": "°",
    "in": "∈",
    "notin": "∉",
    "subset": "⊂",
    "subseteq": "⊆",
    "cup": "∪",
    "cap": "∩",
    "forall": "∀",
    "exists": "∃",
    "partial": "∂",
    "nabla": "∇",
    "sum": "∑",
    "prod": "∏",
    "int": "∫",
    "ell": "ℓ",
    "star": "*",
    "ast": "*",
    "mid": "|",
    "vert": "|",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "varepsilon": "ε",
    "zeta": "ζ",
    "eta": "η",
    "theta": "θ",
    "kappa": "κ",
    "lambda": "λ",
    "mu": "μ",
    "nu": "ν",
    "xi": "ξ",
    "pi": "π",
    "rho": "ρ",
    "sigma": "σ",
    "tau": "τ",
    "phi": "φ",
    "varphi": "φ",
    "chi": "χ",
    "psi": "ψ",
    "omega": "ω",
    "Gamma": "Γ",
    "Delta": "Δ",
    "Theta": "Θ",
    "Lambda": "Λ",
    "Sigma": "Σ",
    "Phi": "Φ",
    "Psi": "Ψ",
    "Omega": "Ω",
    "ie": "i.e.",
    "eg": "e.g.",
    "etal": "et al.",
    "etc": "etc.",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "textasciitilde": _TILDE,
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textendash": "–",
    "textemdash": "—",
    "dag": "†",
    "dagger": "†",
    "ddag": "‡",
    "checkmark": "✓",
    "S": "§",
}
_SYMBOL = re.compile(r"\\(" + "|".join(sorted(_SYMBOLS, key=len, reverse=True)) + r")(?![A-Za-z])")
#: spacing commands and escaped characters that stand for themselves
_ESCAPED = re.compile(r"\\([%&_#${}])")
_THIN_SPACE = re.compile(r"\\[,;:!>\-]")
_SPACING = re.compile(r"\\(?:quad|qquad|enspace|thinspace|newline)(?![A-Za-z])|\\\\|\\\s")

# ------------------------------------------------------------------ commands with arguments
#: the label may hold formatting: ``\\href{U}{\\textcolor{blue}{here}}`` (two levels of groups)
_HREF = re.compile(r"\\href\s*\{([^{}]*)\}\s*\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}")
_URL_CMD = re.compile(r"\\(?:url|nolinkurl|path)\s*\{([^{}]*)\}")
_FOOTNOTE = re.compile(r"\s*\\footnote\s*\{([^{}]*)\}")
_UNICODE = re.compile(r"\\unicode\s*\{\s*(?:x|U\+|0x)?([0-9A-Fa-f]{2,6})\s*\}")
#: commands whose argument is a reference, not text: dropped with their argument
_DROPPED = re.compile(
    r"\s*~?\\(?:cite[a-z]*|ref|eqref|autoref|cref|Cref|label|vspace|hspace|includegraphics)"
    r"\*?\s*(?:\[[^\]]*\])?\s*\{[^{}]*\}"
)
#: \textcolor{red}{X} and \colorbox{y}{X}: the first argument is a colour, the second the text
_COLOUR = re.compile(r"\\(?:textcolor|colorbox|color)\s*\{[^{}]*\}\s*\{([^{}]*)\}")
#: {\em X}, {\bf X}: old-style font switches inside a group
_FONT_SWITCH = re.compile(r"\{\\(?:em|bf|it|sl|sc|tt|rm|sf|bfseries|itshape|scshape)\s+([^{}]*)\}")
#: \anycommand{arg} -> arg (formatting: \textbf, \emph, \textsc, \mathrm, macros ...);
#: innermost groups first, applied until nothing changes
_COMMAND_ARG = re.compile(r"\\(?!(?:textcolor|colorbox|color)\b)[A-Za-z]+\*?\s*\{([^{}]+)\}")
#: a left-over command with no argument (``\method`` or ``\ours{}``): an author's macro for
#: a name; keeping the word is better than losing it
_BARE_COMMAND = re.compile(r"\\([A-Za-z]+)(?:\{\})?")
_BRACES = re.compile(r"(?<!\\)[{}]")

# ------------------------------------------------------------------ math
_MATH = re.compile(
    r"\$\$(?P<d>[^$]{1,400}?)\$\$"
    r"|\\\((?P<p>.{1,400}?)\\\)"
    r"|\\\[(?P<b>.{1,400}?)\\\]"
    r"|(?<![\\$])\$(?!\s)(?P<s>[^$]{1,300}?)(?<![\s\\])\$"
    # ``$ 9.6\times $``: padded with spaces, accepted only when it holds LaTeX
    r"|(?<![\\$])\$\s(?P<w>[^$]{0,300}?\\[A-Za-z][^$]{0,300}?)\s\$"
)
_SUPERSCRIPT_GROUP = re.compile(r"([\^_])\{([^{}]*)\}")
_MATH_FONT = re.compile(
    r"\\(?:math[a-z]*|text[a-z]*|operatorname|boldsymbol|bm|mbox|hat|bar|tilde|vec|"
    r"overline|underline|widehat|widetilde|dot|ddot)\s*\{([^{}]*)\}"
)
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_SQRT = re.compile(r"\\sqrt\s*\{([^{}]*)\}")
_SIZING = re.compile(r"\\(?:left|right|big|Big|bigg|Bigg)[lr]?(?![A-Za-z])\s*")

# ------------------------------------------------------------------ quotes and ties
_DOUBLE_QUOTES = re.compile(r"``(.*?)''")
_SINGLE_QUOTES = re.compile(r"(?<![`\w])`([^`'\n]{1,120})'(?!')")
#: ``~`` is a non-breaking space between two tokens (``VECO~2.0``); ``~5%`` (about 5%)
#: and ``/~user`` in a URL keep it
_TIE = re.compile(r"(?<=[\w.,;:)\]])~(?=[\w(\[])")


def _math(match: re.Match[str]) -> str:
    body = next(group for group in match.groups() if group is not None)
    return _clean_math(body)


def _clean_math(body: str) -> str:
    """Math as readable text: ``10^5 \\times`` -> ``10^5 ×``, ``\\mathcal{K}`` -> ``K``."""
    body = _SIZING.sub("", body).replace("~", _TILDE)
    body = _SYMBOL.sub(_symbol, body)
    for _ in range(4):
        new = _FRAC.sub(r"\1/\2", body)
        new = _SQRT.sub(r"√\1", new)
        new = _MATH_FONT.sub(r"\1", new)
        new = _SUPERSCRIPT_GROUP.sub(_script, new)
        if new == body:
            break
        body = new
    return body.replace("^°", "°")


def _script(match: re.Match[str]) -> str:
    mark, inner = match.groups()
    return "°" if inner == "°" else mark + inner


def _unicode(match: re.Match[str]) -> str:
    return chr(int(match.group(1), 16))


def _symbol(match: re.Match[str]) -> str:
    return _SYMBOLS[match.group(1)]


def _href(match: re.Match[str]) -> str:
    url = match.group(1).strip()
    label = _BRACES.sub("", _strip_commands(match.group(2))).strip()
    if not label or label == url:
        return url
    if not url:
        return label
    return f"{label} ({url})"


def _strip_commands(text: str) -> str:
    """Apply the argument-taking command rules innermost-first until nothing changes."""
    for _ in range(6):
        new = _FRAC.sub(r"\1/\2", text)
        new = _COLOUR.sub(r"\1", new)
        new = _FONT_SWITCH.sub(r"\1", new)
        new = _COMMAND_ARG.sub(r"\1", new)
        if new == text:
            break
        text = new
    return text


#: Markdown emphasis some authors type into arXiv abstracts: "**Name**", "*word*" (not
#: "2*3*4", "p < 0.05*", a footnote star)
_MARKED_LETTERS = re.compile(r"\*\*([A-Za-z]{1,3})\*\*(?=[a-z])")
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*{1,2}(?![\w*])")


def _join_lines(raw: str) -> str:
    if "-\n" in raw or "- \n" in raw or "-\r\n" in raw:
        raw = _HYPHEN_BREAK.sub("-", raw)
    text = " ".join(raw.split())
    if "- " in text:
        text = _SPLIT_NAME.sub(r"\1-", text)
    if _may_be_glued(text):
        # "achieved98.2%", "ResNet50got 94.46%", "98.2%accuracy": a space lost in typing
        text = _GLUED_RESULT.sub(_unglue, text)
    return text


_RESULT_VERB_WORDS = ("achieved", "achieves", "obtained", "obtains", "reached", "reaches")
_RESULT_VERB_WORDS += ("attained", "scored", "got")
_RESULT_VERBS = "|".join(_RESULT_VERB_WORDS)


def _may_be_glued(text: str) -> bool:
    """Whether a result verb touches a digit, or a percent sign a letter: found with string
    searches, which cost a tenth of a regular expression's scan of every abstract."""
    for word in _RESULT_VERB_WORDS:
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if text[end : end + 1].isdigit() or text[at - 1 : at].isdigit():
                return True
            at = text.find(word, end)
    at = text.find("%")
    while at >= 0:
        if text[at + 1 : at + 2].isalpha():
            return True
        at = text.find("%", at + 1)
    return False


_GLUED_RESULT = re.compile(
    rf"\b(?P<verb>{_RESULT_VERBS})(?P<value>\d)"
    rf"|(?<=[A-Za-z])(?P<digit>\d+)(?P<word>{_RESULT_VERBS})\b"
    r"|(?P<share>\d%)(?P<letter>[A-Za-z])"
)


def _unglue(match: re.Match[str]) -> str:
    if match.group("verb"):
        return f"{match.group('verb')} {match.group('value')}"
    if match.group("digit"):
        return f"{match.group('digit')} {match.group('word')}"
    return f"{match.group('share')} {match.group('letter')}"


def clean_text(raw: str) -> str:
    """Plain, single-line text of an abstract, title or comment.

    Hard line breaks become spaces (``VQ-`` + newline + ``VAE`` becomes ``VQ-VAE``),
    whitespace runs collapse, and LaTeX residue becomes the text it stands for:
    ``\\url{X}`` -> X, ``\\href{U}{T}`` -> ``T (U)``, ``\\textbf{A}udio`` -> Audio,
    ``\\emph{x}``/``\\textit{x}``/any ``\\command{x}`` -> x, ``96\\%`` -> 96%, ``\\&`` -> &,
    ``VECO~2.0`` -> ``VECO 2.0``, ````As far as I know''`` -> ``"As far as I know"``,
    ``$k$-NN`` -> k-NN, ``$\\times$`` -> ×, ``\\cite{...}`` -> nothing, Markdown emphasis
    ``**X**`` -> X.

    Each rule runs only when its trigger character is present: most abstracts have none.
    """
    text = _join_lines(raw)
    has_backslash = "\\" in text
    has_dollar = "$" in text
    if "*" in text:
        text = _MARKED_LETTERS.sub(r"\1", text)  # "**S**entence-level **E**arly": initials
        text = _MARKDOWN_EMPHASIS.sub(r"\1", text)  # "**PAROAttention**", "*reorganizing*"
    plain = not (has_backslash or has_dollar or "~" in text or "`" in text or "''" in text)
    if plain and "{" not in text and "}" not in text:
        return text
    if has_backslash:
        text = _ACCENT.sub(_accent, text)
        text = _UNICODE.sub(_unicode, text)
        if "\\cite" in text or "\\ref" in text or "\\label" in text or "space" in text:
            text = _DROPPED.sub("", text)
        text = _HREF.sub(_href, text)
        text = _URL_CMD.sub(r"\1", text)
        if "\\footnote" in text:
            text = _FOOTNOTE.sub(r" (\1)", text)
        # escaped dollars must not open math: park them on a private-use character
        text = text.replace("\\$", _DOLLAR)
    if has_dollar or "\\(" in text or "\\[" in text:
        text = _MATH.sub(_math, text)
    if has_backslash:
        text = _SYMBOL.sub(_symbol, text)
        text = _strip_commands(text)
        text = _THIN_SPACE.sub("", text)
        text = _SPACING.sub(" ", text)
        text = _BARE_COMMAND.sub(r"\1", text)
    if "{" in text or "}" in text:
        text = _BRACES.sub("", text)
    if has_backslash:
        text = _ESCAPED.sub(r"\1", text)
    if "`" in text or "''" in text:
        text = _DOUBLE_QUOTES.sub(r'"\1"', text)
        text = text.replace("``", '"').replace("''", '"')
        text = _SINGLE_QUOTES.sub(r"'\1'", text)
    if "~" in text:
        text = _TIE.sub(" ", text)
    text = text.replace(_DOLLAR, "$").replace(_TILDE, "~")
    return " ".join(text.split())
