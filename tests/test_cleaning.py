"""clean_text: hard line breaks and LaTeX residue become plain running text."""

from __future__ import annotations

import pytest

from mlkg.extract.cleaning import clean_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # line breaks and spacing
        ("Llama 2 is a family\nof   models.\n", "Llama 2 is a family of models."),
        ("  leading and\r\ntrailing  ", "leading and trailing"),
        ("the VQ-\nVAE tokenizer", "the VQ-VAE tokenizer"),
        ("pre-\nand post-training", "pre- and post-training"),
        # a name a copy from a PDF split after its hyphen, and words that keep their space
        ("On BraTS, HALO- UNet improves Dice", "On BraTS, HALO-UNet improves Dice"),
        (
            "pre- and post-training of LLM- based agents",
            "pre- and post-training of LLM- based agents",
        ),
        # the residue the spec names
        (r"see \url{https://github.com/openai/CLIP}.", "see https://github.com/openai/CLIP."),
        (r"\textbf{A}udio \textbf{I}nst\textbf{R}uction", "Audio InstRuction"),
        (r"\textit{foundation} and \textit{chat} sets", "foundation and chat sets"),
        (r"an \emph{open} model", "an open model"),
        (r"keeps 97\% of BERT", "keeps 97% of BERT"),
        ("a prompt like ``As far as I know'' helps", 'a prompt like "As far as I know" helps'),
        ("the VECO~2.0 model", "the VECO 2.0 model"),
        (r"Q\&A pairs", "Q&A pairs"),
        # simple math keeps its text
        (r"a $k$-NN probe over $48$ bits", "a k-NN probe over 48 bits"),
        (r"a $10\times$ speed-up", "a 10× speed-up"),
        (r"1.81 $\pm$ 0.14 and $\geq$ 0.99", "1.81 ± 0.14 and ≥ 0.99"),
        (r"5.7\% $\rightarrow$ 25.4\%", "5.7% → 25.4%"),
        (r"rotated by 30$^{\circ}$", "rotated by 30°"),
        (r"the $\mathcal{L}_{2}$ loss", "the L_2 loss"),
        (r"about $\sim$2K clips", "about ~2K clips"),
        # nesting, macros, citations, links
        (r"\underline{\textbf{Fed}}erated tuning", "Federated tuning"),
        (r"\textcolor{red}{https://github.com/a/b}", "https://github.com/a/b"),
        (r"\href{https://github.com/a/b}{our code}", "our code (https://github.com/a/b)"),
        # a formatted label: the link is not glued to "here"
        (
            r"found \href{https://github.com/a/b}{\textcolor{blue}{here}}.",
            "found here (https://github.com/a/b).",
        ),
        (r"the OpenOOD benchmark~\cite{yang2022}. We", "the OpenOOD benchmark. We"),
        (r"{\em backdoor attacks} and (\eg, pooling)", "backdoor attacks and (e.g., pooling)"),
        (r"\ours{} generates motion", "ours generates motion"),
        (r"Schr\"odinger bridges and B\'ezier curves", "Schrödinger bridges and Bézier curves"),
        # spaces lost in typing, between a result verb, a value and its measure
        ("the model achieved98.15%accuracy", "the model achieved 98.15% accuracy"),
        ("and ResNet50got 94.46% accuracy", "and ResNet50 got 94.46% accuracy"),
        # what must survive
        ("GPT4 got 5%, top5% of runs", "GPT4 got 5%, top5% of runs"),
        ("costs $5 or $10 per run", "costs $5 or $10 per run"),
        (r"costs \$148K in total", "costs $148K in total"),
        ("a ~5% drop", "a ~5% drop"),
        ("http://example.org/~user/page", "http://example.org/~user/page"),
        ("Plain text stays as it is.", "Plain text stays as it is."),
    ],
)
def test_clean_text(raw: str, expected: str) -> None:
    assert clean_text(raw) == expected


def test_clean_text_is_idempotent() -> None:
    raw = "We train CLIP~\\cite{x} on 400M pairs, reaching 76.2\\% on\nImageNet (``zero-shot'')."
    once = clean_text(raw)
    assert once == 'We train CLIP on 400M pairs, reaching 76.2% on ImageNet ("zero-shot").'
    assert clean_text(once) == once


def test_clean_text_empty() -> None:
    assert clean_text("") == ""
    assert clean_text(" \n\t ") == ""
