"""Shared by the resolution, provenance and lineage tests: the multi-document test corpus.

``tests/data/lineage/`` holds short abstracts written for these tests about real model
families (Qwen, Llama, Vicuna, CLIP...), in three input shapes, with fictional arXiv ids
and dates (``2398.*``). What they are built to exercise:

* ``releases.txt`` (arXiv listing): the Qwen2 report (text lineage Qwen2-72B-Instruct ->
  Qwen2-72B -> Qwen2 -> Qwen1.5), and a Llama 2-Chat paper dated *before* the Llama 2 paper
  (a time conflict); ``\\textsc{LLaMA}`` is LaTeX residue;
* ``copies.txt`` (one per line): a shorter copy of the Qwen2 report, ExpertLLaMA (no stated
  lineage), GQA the attention method and GQA the benchmark, APT defined two different ways
  and once without definition, MSCOCO, Chinese CLIP, GPT4;
* ``papers.jsonl`` (arXiv metadata): three papers saying Vicuna is fine-tuned from LLaMA,
  GAM defined in one paper and used in another, Chinese-CLIP / MS COCO, and a paper naming
  Code-Qwen-Chat, Qwen-Chat, Qwen, Llama-2-7B and Llama without stating any lineage.
"""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from mlkg.cli import app

LINEAGE_DATA = Path(__file__).parent / "data" / "lineage"
SHARED = Path(__file__).resolve().parents[2] / "shared"
runner = CliRunner()


def build(inputs: Path, out: Path) -> Path:
    """``mlkg build inputs -o out`` as a user runs it; returns ``out``."""
    result = runner.invoke(app, ["build", str(inputs), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out


def lineage(*args: str):
    """``mlkg lineage ...``: the CliRunner result."""
    return runner.invoke(app, ["lineage", *args])
