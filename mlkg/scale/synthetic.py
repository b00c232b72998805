"""Generated abstracts in the arXiv snapshot shape, for tests and for the benchmark.

Real corpora cannot be copied into the project, yet tests and ``bench/run.py`` need inputs
of any size. These abstracts are assembled from sentence templates written for mlkg (model
introductions, fine-tuning lineage, scores, training data, repositories, plain filler), with
made-up names, so that extraction finds entities and relations in them and the graph has
shared nodes. Each abstract carries its own model name and its own numbers in most
sentences, so de-duplication keeps every abstract apart, and the same ``seed`` and ``start``
always give the same text (tests compare outputs byte for byte).
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Iterator
from pathlib import Path

__all__ = ["synthetic_abstract", "synthetic_records", "write_corpus"]

_SYLLABLES = (
    "zor", "vex", "ka", "li", "dra", "mo", "nex", "tal", "quin", "ro", "sel", "va", "bri",
    "gon", "fe", "lu", "mar", "tis", "cor", "den", "pha", "ri", "sol", "tu", "wen", "yar",
)  # fmt: skip
_SIZES = ("1B", "3B", "7B", "8B", "13B", "34B", "70B")
_SUFFIXES = ("Instruct", "Chat", "Base", "Coder", "Vision", "Math")
_KNOWN_MODELS = ("LLaMA-2-7B", "GPT-4", "BERT", "T5", "Mistral-7B", "CLIP", "ViT-B/16")
_KNOWN_DATA = ("MMLU", "GSM8K", "COCO", "ImageNet", "SQuAD", "HumanEval", "MATH")
_TASKS = (
    "question answering", "code generation", "image captioning", "retrieval",
    "mathematical reasoning", "speech recognition", "document understanding",
)  # fmt: skip
_ADJECTIVES = ("efficient", "robust", "scalable", "lightweight", "adaptive", "sparse")
_NOUNS = ("attention heads", "training signals", "token budgets", "reward models", "adapters")
_METHOD_WORDS = (
    ("Gradient", "Aware", "Pruning"),
    ("Contrastive", "Token", "Alignment"),
    ("Sparse", "Expert", "Routing"),
    ("Layer", "Adaptive", "Distillation"),
    ("Reward", "Guided", "Decoding"),
    ("Memory", "Efficient", "Tuning"),
)

_OPENINGS = (
    "We present {model}, a {adjective} language model for {task} with {params} parameters.",
    "This paper introduces {model}, an open model that targets {task} at {params} scale.",
    "We release {model}, a family of {adjective} models trained for {task}.",
)
_BODY = (
    "{model} is fine-tuned from {parent} on {count}k instruction pairs drawn from {data}.",
    "We train {model} on {data} and {data2} for {epochs} epochs with a batch of {batch}.",
    "On {bench}, {model} reaches {score} accuracy, ahead of {rival} by {delta} points.",
    "{model} scores {score} on {bench} and {score2} on {bench2}.",
    "Compared with {rival}, {model} needs {ratio}x less compute during {task}.",
    "We further propose {method} ({acronym}), which lets {model} reuse {nouns} across "
    "{count} layers.",
    "Ablations over {count} runs show that {nouns} matter more than {nouns2} for {model}.",
    "The {adjective} variant {model}-{suffix} is obtained by fine-tuning {model} on {count}k "
    "dialogues.",
    "Our analysis of {count} {nouns} reveals a gap of {delta} points between {adjective} "
    "and dense settings.",
)
_CLOSINGS = (
    "Code and weights are available at https://github.com/{org}/{repo}.",
    "We release the code at https://github.com/{org}/{repo} to support future work.",
    "All models and data will be made public.",
)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def _model_name(index: int) -> str:
    """A model name unique to abstract ``index`` (its syllables spell the index)."""
    digits, word = index, []
    while True:
        digits, rest = divmod(digits, len(_SYLLABLES))
        word.append(_SYLLABLES[rest])
        if not digits:
            break
    return "".join(word).capitalize() + "LM"


def synthetic_abstract(index: int, seed: int = 0) -> str:
    """The abstract number ``index``: six to nine sentences, hard-wrapped like arXiv's."""
    rng = random.Random(f"{seed}:{index}")
    model = f"{_model_name(index)}-{rng.choice(_SIZES)}"
    method_words = rng.choice(_METHOD_WORDS)
    fields = {
        "model": model,
        "parent": rng.choice(_KNOWN_MODELS),
        "rival": rng.choice(_KNOWN_MODELS),
        "data": rng.choice(_KNOWN_DATA[:4]) if rng.random() < 0.5 else _word(rng, 2) + "-Set",
        "data2": _word(rng, 3) + "Corpus",
        "bench": rng.choice(_KNOWN_DATA),
        "bench2": _word(rng, 2) + "Bench",
        "task": rng.choice(_TASKS),
        "adjective": rng.choice(_ADJECTIVES),
        "nouns": rng.choice(_NOUNS),
        "nouns2": rng.choice(_NOUNS),
        "method": " ".join(method_words),
        "acronym": "".join(word[0] for word in method_words),
        "suffix": rng.choice(_SUFFIXES),
        "params": rng.choice(_SIZES),
        "org": _word(rng, 2).lower(),
        "repo": model.lower(),
        "score": f"{rng.uniform(40, 95):.1f}",
        "score2": f"{rng.uniform(20, 90):.1f}",
        "delta": f"{rng.uniform(0.5, 9.9):.1f}",
        "ratio": rng.randint(2, 9),
        "count": rng.randint(3, 900),
        "epochs": rng.randint(1, 12),
        "batch": rng.choice((64, 128, 256, 512, 1024)),
    }
    sentences = [rng.choice(_OPENINGS)]
    sentences += rng.sample(_BODY, rng.randint(4, 7))
    sentences.append(rng.choice(_CLOSINGS))
    text = " ".join(sentence.format(**fields) for sentence in sentences)
    return _wrap(text, rng.randint(70, 90))


def _wrap(text: str, width: int) -> str:
    """Hard line breaks as in arXiv metadata (the readers join them again)."""
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def synthetic_records(count: int, seed: int = 0, start: int = 0) -> Iterator[dict]:
    """``count`` records in the arXiv snapshot shape, numbered from ``start``.

    The ids (``2399.NNNNN``, then ``2398.NNNNN``, ...) lie in the future, so they never
    name a real paper.
    """
    for index in range(start, start + count):
        year, number = divmod(index, 100_000)
        month = 1 + index % 12
        yield {
            "id": f"{2399 - year}.{number:05d}",
            "title": f"{_model_name(index)}: a synthetic abstract number {index}",
            "abstract": synthetic_abstract(index, seed),
            "categories": "cs.CL",
            "comment": f"{4 + index % 20} pages",
            "update_date": f"2399-{month:02d}-{1 + index % 28:02d}",
        }


def write_corpus(path: str | Path, count: int, seed: int = 0, start: int = 0) -> Path:
    """Write ``count`` records as JSON Lines, gzipped when ``path`` ends in ``.gz``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "wt", encoding="utf-8") as out:  # type: ignore[operator]
        for record in synthetic_records(count, seed, start):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path
