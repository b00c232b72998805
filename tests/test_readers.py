"""Readers: every input shape, compression, folders and globs, and bad input.

The inputs under ``tests/data/readers/good`` are all readable; those under ``bad`` each
hold one problem. Binary, compressed and hidden files are made in ``tmp_path``.
"""

from __future__ import annotations

import bz2
import collections
import gzip
import json
import shutil
from pathlib import Path

import pytest

from mlkg.extract.dedup import deduplicate
from mlkg.extract.documents import Document, InputWarning
from mlkg.extract.readers import InputError, read_documents

DATA = Path(__file__).parent / "data" / "readers"
GOOD = DATA / "good"
BAD = DATA / "bad"
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
SEEDS_GOLD = Path(__file__).parents[2] / "shared" / "gold" / "seeds.jsonl"


def read(*paths: str | Path, fmt: str | None = None) -> tuple[list[Document], list[InputWarning]]:
    warnings: list[InputWarning] = []
    documents = list(read_documents(paths, fmt=fmt, warn=warnings.append))
    return documents, warnings


def assert_clean(documents: list[Document]) -> None:
    for document in documents:
        assert document.text == document.text.strip()
        assert "\n" not in document.text
        assert "  " not in document.text
        assert "\\url" not in document.text and "\\%" not in document.text


# ------------------------------------------------------------------ text shapes
def test_one_abstract_per_line_with_prefix_and_noise() -> None:
    documents, warnings = read(GOOD / "one_per_line.txt")
    assert warnings == []
    assert [d.source for d in documents] == ["one_per_line.txt:2", "one_per_line.txt:3"]
    assert documents[0].text.startswith("Stacking more layers")  # "Abstract:" removed
    assert documents[1].text.startswith("We introduce DistilBERT")
    assert all(d.arxiv is None and d.date is None for d in documents)
    assert_clean(documents)


def test_arxiv_listing_attaches_comment_id_and_date_to_the_abstract_above() -> None:
    documents, warnings = read(GOOD / "listing.txt")
    assert warnings == []
    assert [(d.source, d.arxiv, d.date, d.comment) for d in documents] == [
        ("listing.txt:1", "2399.00101", "2399-07-18", "77 pages, 11 figures"),
        ("listing.txt:12", "2399.00102", "2399-02-26", "Accepted by ICML; Work in progress"),
        ("listing.txt:20", None, None, None),  # no id below it: nothing leaks onto it
    ]
    llama, clip, qlora = documents
    assert "with 7 to 70 billion parameters" in llama.text  # hard line break joined
    assert clip.text.endswith("Code and weights are at https://github.com/openai/CLIP.")
    assert "99.3% of the level of ChatGPT" in qlora.text
    assert_clean(documents)


def test_plain_paragraphs_are_joined() -> None:
    documents, warnings = read(GOOD / "paragraphs.txt")
    assert warnings == []
    assert [d.source for d in documents] == ["paragraphs.txt:1", "paragraphs.txt:6"]
    assert "written by people, each needing" in documents[0].text
    assert documents[1].text.endswith("ahead of feature-based approaches such as ELMo.")
    assert_clean(documents)


def test_header_first_listing_and_title_lines(tmp_path: Path) -> None:
    body = " ".join(["Word"] * 45) + "."
    (tmp_path / "mail.txt").write_text(
        f"arXiv:2399.00901\nDate: Tue, 3 Oct 2399 10:00:00 GMT\nTitle: First\n"
        f"Authors: A. Person\n\n{body}\n\n"
        f"arXiv:2399.00902\nDate: 2399-10-04\nTitle: Second\n\n{body} Again.\n"
    )
    documents, warnings = read(tmp_path / "mail.txt")
    assert warnings == []
    assert [(d.arxiv, d.date, d.title) for d in documents] == [
        ("2399.00901", "2399-10-03", "First"),
        ("2399.00902", "2399-10-04", "Second"),
    ]


def test_listing_edge_cases_do_not_shift_ids(tmp_path: Path) -> None:
    first = (
        "We pre-train a VQ-\nVAE image tokenizer and a decoder-only Transformer on web images.\n"
        "The tokens fall into two\ncategories: (1) shape tokens and (2) texture tokens, and the\n"
        "model learns abstract-\noriented codes for both. It beats earlier tokenizers on\n"
        "ImageNet reconstruction and on class-conditional generation at 256 x 256 pixels."
    )
    long_comment = " ".join(["Accepted at a workshop on efficient generative modelling."] * 7)
    second = (
        "Multi-paragraph abstracts keep later paragraphs on indented lines. " * 3
        + "\n  Indented lines continue the abstract above them, so this is still one abstract."
    )
    (tmp_path / "listing.txt").write_text(
        f"{first}\n\n{long_comment}\n\narXiv:2399.00801\nCreated: 2399-01-02\n\n"
        "A note too short to look like an abstract\n\narXiv:2399.00802\nCreated: 2399-01-03\n\n"
        f"{second}\n\narXiv:2399.00803\nCreated: 2399-01-04\n"
    )
    documents, warnings = read(tmp_path / "listing.txt")
    assert warnings == []
    assert [(d.source, d.arxiv) for d in documents] == [
        ("listing.txt:1", "2399.00801"),
        ("listing.txt:14", "2399.00802"),  # kept: the ids below it stay where they belong
        ("listing.txt:19", "2399.00803"),
    ]
    assert documents[0].text.startswith("We pre-train a VQ-VAE image tokenizer")
    assert "two categories: (1) shape tokens" in documents[0].text
    assert "abstract- oriented codes" in documents[0].text
    assert documents[0].comment == " ".join(long_comment.split())
    assert documents[2].text.endswith("so this is still one abstract.")


def test_short_one_line_abstracts_are_kept(tmp_path: Path) -> None:
    lines = [
        "We distil a small student from BERT and keep most of its accuracy on GLUE tasks.",
        "We quantize all Llama 2 weights to four bits and lose little perplexity on WikiText2.",
    ]
    (tmp_path / "short.txt").write_text("\n".join(lines) + "\n")
    documents, _ = read(tmp_path / "short.txt")
    assert [d.text for d in documents] == lines


# ------------------------------------------------------------------ structured shapes
def test_jsonl_arxiv_snapshot_shape() -> None:
    documents, warnings = read(GOOD / "snapshot.jsonl")
    assert warnings == []
    mistral, whisper = documents
    assert (mistral.source, mistral.arxiv, mistral.title, mistral.comment) == (
        "snapshot.jsonl:1",
        "2399.00201",
        "Mistral 7B: a small and fast model",
        "9 pages",
    )
    assert mistral.date == "2399-10-10"  # first version, not the later update_date
    assert mistral.text.startswith("We introduce Mistral 7B, a language model")
    assert (whisper.arxiv, whisper.date, whisper.comment) == ("2399.00202", "2399-12-07", None)
    assert whisper.text.endswith("Code and models: https://github.com/openai/whisper.")
    assert_clean(documents)


def test_jsonl_semantic_scholar_shape() -> None:
    documents, warnings = read(GOOD / "semantic_scholar.jsonl")
    assert [(d.source, d.arxiv, d.date, d.title) for d in documents] == [
        ("semantic_scholar.jsonl:1", "2399.00301", None, "Stable Diffusion"),  # year only
        ("semantic_scholar.jsonl:3", None, "2399-10-22", "ViT"),
    ]
    assert [(w.path, w.line) for w in warnings] == [("semantic_scholar.jsonl", 2)]
    assert "no abstract" in warnings[0].message


def test_json_array() -> None:
    documents, warnings = read(GOOD / "records.json")
    assert warnings == []
    assert [(d.source, d.arxiv, d.date, d.title) for d in documents] == [
        ("records.json:2", "2399.00401", "2399-09-19", "T5"),
        ("records.json:8", None, None, "GPT-2"),
    ]


def test_csv_with_case_insensitive_headers_and_multiline_field() -> None:
    documents, warnings = read(GOOD / "table.csv")
    assert warnings == []
    assert [(d.source, d.arxiv, d.date, d.title) for d in documents] == [
        ("table.csv:2", "2399.00501", "2399-04-08", "YOLOv3"),
        ("table.csv:3", None, None, "RoBERTa"),
    ]
    assert "stopped far too early. Training longer" in documents[1].text


def test_tsv() -> None:
    documents, warnings = read(GOOD / "table.tsv")
    assert warnings == []
    assert [(d.source, d.arxiv, d.title) for d in documents] == [
        ("table.tsv:2", "2399.00601", "Transformer")
    ]


# ------------------------------------------------------------------ compression
@pytest.mark.parametrize("name", ["listing.txt", "snapshot.jsonl", "table.csv", "records.json"])
def test_gzip_reads_like_the_plain_file(tmp_path: Path, name: str) -> None:
    plain, _ = read(GOOD / name)
    packed = tmp_path / f"{name}.gz"
    packed.write_bytes(gzip.compress((GOOD / name).read_bytes()))
    documents, warnings = read(packed)
    assert warnings == []
    assert [d.text for d in documents] == [d.text for d in plain]
    assert [d.source for d in documents] == [d.source.replace(name, f"{name}.gz", 1) for d in plain]


def test_compression_is_recognised_by_content(tmp_path: Path) -> None:
    (tmp_path / "abstracts.dat").write_bytes(bz2.compress((GOOD / "one_per_line.txt").read_bytes()))
    documents, warnings = read(tmp_path / "abstracts.dat")
    assert warnings == [] and len(documents) == 2


def test_gzip_is_streamed_and_large_files_work(tmp_path: Path) -> None:
    record = json.loads((GOOD / "snapshot.jsonl").read_text().splitlines()[0])
    with gzip.open(tmp_path / "big.jsonl.gz", "wt") as stream:
        for number in range(3000):
            stream.write(json.dumps({**record, "id": f"2399.{number:05d}"}) + "\n")
    documents, warnings = read(tmp_path / "big.jsonl.gz")
    assert warnings == [] and len(documents) == 3000
    assert documents[-1].source == "big.jsonl.gz:3000"


def test_truncated_gzip_keeps_what_was_read(tmp_path: Path) -> None:
    lines = (GOOD / "snapshot.jsonl").read_text() * 200
    packed = gzip.compress(lines.encode())
    (tmp_path / "cut.jsonl.gz").write_bytes(packed[: len(packed) // 2])
    documents, warnings = read(tmp_path / "cut.jsonl.gz")
    assert len(documents) > 10
    assert len(warnings) == 1 and "truncated or corrupt" in warnings[0].message


# ------------------------------------------------------------------ folders and globs
def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    shutil.copytree(GOOD, tmp_path / "in")
    (tmp_path / "in" / "sub").mkdir()
    shutil.copy(GOOD / "paragraphs.txt", tmp_path / "in" / "sub" / "more.txt")
    (tmp_path / "in" / ".hidden.txt").write_text((GOOD / "paragraphs.txt").read_text())
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / ".git" / "x.txt").write_text((GOOD / "paragraphs.txt").read_text())
    documents, warnings = read(tmp_path / "in")
    files = list(dict.fromkeys(d.source.rsplit(":", 1)[0] for d in documents))
    assert files == [
        "listing.txt",
        "one_per_line.txt",
        "paragraphs.txt",
        "records.json",
        "semantic_scholar.jsonl",
        "snapshot.jsonl",
        "sub/more.txt",
        "table.csv",
        "table.tsv",
    ]
    assert len(documents) == 18
    assert [w.path for w in warnings] == ["semantic_scholar.jsonl"]  # the null abstract


def test_glob_pattern() -> None:
    documents, _ = read(str(GOOD / "*.jsonl"))
    assert {d.source.rsplit(":", 1)[0] for d in documents} == {
        "semantic_scholar.jsonl",
        "snapshot.jsonl",
    }


def test_same_file_twice_is_read_once() -> None:
    documents, _ = read(GOOD / "table.tsv", GOOD / "table.tsv", str(GOOD / "*.tsv"))
    assert len(documents) == 1


def test_missing_path_raises_input_error() -> None:
    with pytest.raises(InputError, match="input not found") as caught:
        read_documents([GOOD / "no_such_file.txt"])
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match="no input files match"):
        read_documents([str(GOOD / "*.nothing")])


def test_unknown_format_raises_input_error() -> None:
    with pytest.raises(InputError, match="unknown input format"):
        read_documents([GOOD], fmt="pdf")


def test_empty_folder_is_a_warning(tmp_path: Path) -> None:
    documents, warnings = read(tmp_path)
    assert documents == [] and len(warnings) == 1


# ------------------------------------------------------------------ format override
def test_format_can_be_forced(tmp_path: Path) -> None:
    (tmp_path / "export.txt").write_text((GOOD / "snapshot.jsonl").read_text())
    (tmp_path / "table.dat").write_text((GOOD / "table.csv").read_text())
    assert [d.arxiv for d in read(tmp_path / "export.txt", fmt="jsonl")[0]] == [
        "2399.00201",
        "2399.00202",
    ]
    assert len(read(tmp_path / "table.dat", fmt="csv")[0]) == 2
    listing, _ = read(GOOD / "listing.txt", fmt="arxiv-listing")
    assert [d.arxiv for d in listing] == ["2399.00101", "2399.00102", None]


def test_formats_are_detected_from_content(tmp_path: Path) -> None:
    (tmp_path / "export").write_text((GOOD / "snapshot.jsonl").read_text())
    (tmp_path / "table").write_text((GOOD / "table.csv").read_text())
    documents, warnings = read(tmp_path)
    assert warnings == []
    assert [d.arxiv for d in documents] == ["2399.00201", "2399.00202", "2399.00501", None]


# ------------------------------------------------------------------ bad input
def test_malformed_json_lines_warn_and_keep_the_good_records() -> None:
    documents, warnings = read(BAD / "truncated.jsonl")
    assert [d.arxiv for d in documents] == ["2399.00701", "2399.00703"]
    assert [(w.path, w.line) for w in warnings] == [
        ("truncated.jsonl", 2),
        ("truncated.jsonl", 4),
    ]
    assert "malformed JSON" in warnings[0].message


def test_csv_without_abstract_column_warns_once() -> None:
    documents, warnings = read(BAD / "wrong_header.csv")
    assert documents == []
    assert len(warnings) == 1
    assert "no 'abstract' column" in warnings[0].message
    assert "summary_text" in warnings[0].message


def test_empty_file_warns_once() -> None:
    documents, warnings = read(BAD / "empty.txt")
    assert documents == []
    assert [str(w) for w in warnings] == ["empty.txt: file is empty"]


def test_undecodable_bytes_warn_once_and_the_text_is_kept() -> None:
    documents, warnings = read(BAD / "latin1.txt")
    assert len(documents) == 1 and "français" in documents[0].text
    assert len(warnings) == 1 and warnings[0].line == 1


def test_binary_file_warns_once_and_other_files_are_read(tmp_path: Path) -> None:
    (tmp_path / "a_model.bin").write_bytes(bytes(range(256)) * 64)
    (tmp_path / "b_image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    shutil.copy(GOOD / "one_per_line.txt", tmp_path / "c.txt")
    documents, warnings = read(tmp_path)
    assert len(documents) == 2
    assert [(w.path, w.line) for w in warnings] == [("a_model.bin", None), ("b_image.png", None)]
    assert all("binary" in w.message for w in warnings)


def test_the_bad_folder_as_a_whole() -> None:
    documents, warnings = read(BAD)
    assert len(documents) == 3
    per_file = collections.Counter(w.path for w in warnings)
    assert per_file == {
        "empty.txt": 1,
        "latin1.txt": 1,
        "truncated.jsonl": 2,
        "wrong_header.csv": 1,
    }


def test_text_without_abstracts_warns(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("todo\nread later\n")
    documents, warnings = read(tmp_path / "notes.txt")
    assert documents == [] and [w.message for w in warnings] == ["no abstracts found"]


# ------------------------------------------------------------------ the real seeds
def test_seed_files_read_and_deduplicate_as_the_gold_says() -> None:
    if not SEEDS.is_dir() or not SEEDS_GOLD.is_file():
        pytest.skip(f"seed inputs not available at {SEEDS}")
    documents, warnings = read(SEEDS)
    assert warnings == []
    assert len(documents) == 49
    papers = deduplicate(documents)
    assert len(papers) == 41

    def signature(sources: list[str], arxiv: str | None, date: str | None) -> tuple:
        return (frozenset(source.split(":")[0] for source in sources), arxiv, date)

    gold = [json.loads(line) for line in SEEDS_GOLD.read_text().splitlines() if line.strip()]
    expected = collections.Counter(signature(g["sources"], g["arxiv"], g["date"]) for g in gold)
    found = collections.Counter(signature(p.sources, p.arxiv, p.date) for p in papers)
    assert found == expected
