"""Tests of the evaluator behind ``mlkg eval``, on small invented gold files and predictions.

Every expected number is worked out by hand in the comments, so a change to the scoring
rules shows up as a failing count rather than a silently different headline figure.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from mlkg.evaluation import (
    DATA,
    ENTITY,
    LINEAGE,
    REPOSITORY_URLS,
    SCORE,
    align_documents,
    evaluate,
    format_errors,
    format_report,
    gold_as_record,
    load_gold,
    load_records,
    normalize_url,
    normalize_value,
    score,
)
from mlkg.evaluation.align import text_words
from mlkg.vocabulary import (
    BASIS_NAME,
    BENCHMARK,
    COMPARED_WITH,
    DATASET,
    DERIVED_FROM,
    EVALUATED_ON,
    HAS_REPOSITORY,
    INTRODUCES,
    METHOD,
    MODEL,
    RELATIONS,
    SUCCESSOR_OF,
    TRAINED_ON,
)

SHARED = Path(__file__).parents[2] / "shared"

TEXT = (
    "We present a study of open chat models. Our best system is compared with strong open "
    "baselines on reasoning and knowledge benchmarks and we release all of the code."
)


def gold_doc(doc_id: str = "g-1", text: str = TEXT, **fields: Any) -> dict[str, Any]:
    return {
        "id": doc_id,
        "arxiv": fields.pop("arxiv", None),
        "text": text,
        "entities": fields.pop("entities", []),
        "relations": fields.pop("relations", []),
        "repositories": fields.pop("repositories", []),
        **fields,
    }


def record(record_id: str = "paper/p1", text: str = TEXT, **fields: Any) -> dict[str, Any]:
    return {
        "id": record_id,
        "arxiv": fields.pop("arxiv", None),
        "text": text,
        "entities": fields.pop("entities", []),
        "relations": fields.pop("relations", []),
        "repositories": fields.pop("repositories", []),
        **fields,
    }


def ent(name: str, entity_type: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "type": entity_type, **fields}


def rel(head: str, relation: str, tail: str, **fields: Any) -> dict[str, Any]:
    return {"head": head, "rel": relation, "tail": tail, **fields}


def counts(report: Any, category: str) -> tuple[int, int, int]:
    c = report.counts[category]
    return c.tp, c.fp, c.fn


def one(gold: dict[str, Any], predicted: dict[str, Any] | None) -> Any:
    return score([(gold, predicted)])


# ------------------------------------------------------------------------ entities
def test_three_of_four_entities_plus_one_spurious() -> None:
    gold = gold_doc(
        entities=[
            ent("Llama 2", MODEL),
            ent("Mistral-7B", MODEL),
            ent("MMLU", BENCHMARK),
            ent("The Pile", DATASET),
        ]
    )
    predicted = record(
        entities=[
            ent("llama-2", MODEL),  # case and hyphen differ
            ent("Mistral 7B", MODEL),  # space for hyphen
            ent("MMLU", BENCHMARK),
            ent("GPT-4", MODEL),  # not in the gold
        ]
    )
    report = one(gold, predicted)
    # Model: 2 found, GPT-4 spurious -> P 2/3, R 1, F1 0.8
    assert counts(report, MODEL) == (2, 1, 0)
    assert report.counts[MODEL].precision == pytest.approx(2 / 3)
    assert report.counts[MODEL].recall == 1.0
    assert report.counts[MODEL].f1 == pytest.approx(0.8)
    # Data: MMLU found, The Pile missed -> P 1, R 0.5, F1 2/3
    assert counts(report, DATA) == (1, 0, 1)
    assert report.counts[DATA].f1 == pytest.approx(2 / 3)
    # Model + Data: 3 tp, 1 fp, 1 fn -> 0.75 everywhere
    assert counts(report, ENTITY) == (3, 1, 1)
    assert report.counts[ENTITY].precision == pytest.approx(0.75)
    assert report.counts[ENTITY].recall == pytest.approx(0.75)
    assert report.counts[ENTITY].f1 == pytest.approx(0.75)
    assert counts(report, METHOD) == (0, 0, 0)
    assert report.counts[METHOD].f1 is None  # undefined, not zero


def test_method_is_reported_apart_from_the_headline_figure() -> None:
    gold = gold_doc(entities=[ent("Whisper", MODEL), ent("LoRA", METHOD), ent("PPO", METHOD)])
    predicted = record(entities=[ent("Whisper", MODEL), ent("LoRA", METHOD), ent("Adam", METHOD)])
    report = one(gold, predicted)
    assert counts(report, ENTITY) == (1, 0, 0)
    assert counts(report, METHOD) == (1, 1, 1)
    assert report.counts[METHOD].f1 == pytest.approx(0.5)


def test_model_method_confusion_is_not_forgiven() -> None:
    gold = gold_doc(entities=[ent("RLHF", METHOD), ent("Vicuna", MODEL)])
    predicted = record(entities=[ent("RLHF", MODEL), ent("Vicuna", MODEL)])
    report = one(gold, predicted)
    assert counts(report, MODEL) == (1, 1, 0)
    assert counts(report, METHOD) == (0, 0, 1)


def test_optional_entities_and_their_matches_are_left_out() -> None:
    gold = gold_doc(
        entities=[
            ent("DPO", METHOD),
            ent("SFT", METHOD, optional=True),
            # a borderline name: the text calls it a method, but it is a trained model
            ent("AlphaFold", MODEL, optional=True),
        ]
    )
    predicted = record(
        entities=[
            ent("DPO", METHOD),
            ent("SFT", METHOD),  # matches an optional entity: neither tp nor fp
            ent("AlphaFold", METHOD),  # optional under another type: still left out
        ]
    )
    report = one(gold, predicted)
    assert counts(report, METHOD) == (1, 0, 0)
    assert counts(report, MODEL) == (0, 0, 0)
    # and an optional gold entity that is not predicted is no false negative
    report = one(gold, record(entities=[ent("DPO", METHOD)]))
    assert counts(report, METHOD) == (1, 0, 0)
    assert counts(report, MODEL) == (0, 0, 0)


def test_aliases_match_both_ways() -> None:
    gold = gold_doc(
        entities=[
            ent("DPO", METHOD, aliases=["Direct Preference Optimization"]),
            ent("Vision Transformer", MODEL),
        ]
    )
    predicted = record(
        entities=[
            ent("direct preference optimization", METHOD),  # a gold alias, other case
            ent("ViT", MODEL, aliases=["Vision-Transformer"]),  # its own alias, hyphen
        ]
    )
    report = one(gold, predicted)
    assert counts(report, METHOD) == (1, 0, 0)
    assert counts(report, MODEL) == (1, 0, 0)


def test_matching_is_one_to_one() -> None:
    gold = gold_doc(entities=[ent("BERT", MODEL)])
    # both name the gold BERT; only one can have it
    predicted = record(entities=[ent("BERT-base", MODEL, aliases=["BERT"]), ent("BERT", MODEL)])
    assert counts(one(gold, predicted), MODEL) == (1, 1, 0)


def test_matching_is_maximal_not_greedy() -> None:
    gold = gold_doc(entities=[ent("BERT", MODEL), ent("BERT-large", MODEL)])
    predicted = record(
        entities=[
            ent("BERT", MODEL, aliases=["BERT-large"]),  # could take either gold entity
            ent("BERT-base", MODEL, aliases=["BERT"]),  # can only take the gold BERT
        ]
    )
    assert counts(one(gold, predicted), MODEL) == (2, 0, 0)


def test_one_name_written_two_ways_is_one_entity() -> None:
    # matching cannot tell "GPT4" from "GPT-4", so neither side is charged twice for them
    gold = gold_doc(entities=[ent("GPT-4", MODEL), ent("GPT4", MODEL)])
    assert counts(one(gold, record(entities=[ent("GPT-4", MODEL)])), MODEL) == (1, 0, 0)
    predicted = record(entities=[ent("GPT-4", MODEL), ent("gpt 4", MODEL)])
    assert counts(one(gold_doc(entities=[ent("GPT-4", MODEL)]), predicted), MODEL) == (1, 0, 0)


def test_dataset_benchmark_confusion_forgiven_but_counted_as_role() -> None:
    gold = gold_doc(
        entities=[
            ent("GSM8K", BENCHMARK),
            ent("HumanEval", BENCHMARK),
            ent("MATH", BENCHMARK),
            ent("ARC", BENCHMARK),
            ent("ImageNet-21k", DATASET),
        ]
    )
    predicted = record(
        entities=[
            ent("GSM8K", DATASET),  # found, wrong role
            ent("HumanEval", BENCHMARK, types=[BENCHMARK, DATASET]),  # found, right role
            ent("MATH", MODEL),  # found under another type: wrong role, Data fn, Model fp
            ent("ImageNet-21k", BENCHMARK),  # a dataset typed Benchmark: fine for Data
        ]
    )
    report = one(gold, predicted)
    # Data merges both types: GSM8K, HumanEval, ImageNet-21k found; MATH and ARC missed
    assert counts(report, DATA) == (3, 0, 2)
    assert counts(report, MODEL) == (0, 1, 0)
    assert counts(report, ENTITY) == (3, 1, 2)
    # the strict types are not forgiving
    assert counts(report, BENCHMARK) == (1, 1, 3)
    assert counts(report, DATASET) == (0, 1, 1)
    # role: of the gold Benchmarks found (GSM8K, HumanEval, MATH), one typed Benchmark
    assert (report.benchmark_role.correct, report.benchmark_role.total) == (1, 3)
    assert report.benchmark_role.value == pytest.approx(1 / 3)


def test_benchmark_role_reads_the_types_list() -> None:
    gold = gold_doc(entities=[ent("GSM8K", BENCHMARK)])
    predicted = record(entities=[ent("GSM8K", DATASET, types=[DATASET, BENCHMARK])])
    report = one(gold, predicted)
    assert (report.benchmark_role.correct, report.benchmark_role.total) == (1, 1)


# ------------------------------------------------------------------------ relations
def test_paper_head_is_the_record_id_or_paper() -> None:
    gold = gold_doc(
        entities=[ent("Qwen-VL", MODEL), ent("Qwen-VL-Chat", MODEL)],
        relations=[
            rel("PAPER", INTRODUCES, "Qwen-VL"),
            rel("PAPER", INTRODUCES, "Qwen-VL-Chat"),
        ],
    )
    predicted = record(
        "paper/arxiv-2308.12966",
        entities=[ent("Qwen VL", MODEL), ent("Qwen-VL-Chat", MODEL)],
        relations=[
            rel("paper/arxiv-2308.12966", INTRODUCES, "qwen vl"),
            rel("PAPER", INTRODUCES, "Qwen-VL-Chat"),
            rel("paper/arxiv-9999.99999", INTRODUCES, "Qwen-VL"),  # some other paper: fp
        ],
    )
    assert counts(one(gold, predicted), INTRODUCES) == (2, 1, 0)


def test_relation_names_resolve_through_aliases() -> None:
    gold = gold_doc(
        entities=[
            ent("DPO", METHOD, aliases=["Direct Preference Optimization"]),
            ent("Zephyr-7B", MODEL),
            ent("Mistral-7B", MODEL),
        ],
        relations=[
            rel("PAPER", INTRODUCES, "Zephyr-7B"),
            rel("Zephyr-7B", DERIVED_FROM, "Mistral-7B", kind="finetuned"),
            rel("Zephyr-7B", COMPARED_WITH, "Mistral-7B"),
        ],
    )
    predicted = record(
        entities=[
            ent("Zephyr", MODEL, aliases=["Zephyr 7B"]),  # the gold name is its alias
            ent("Mistral 7B", MODEL),
            ent("Direct Preference Optimization", METHOD),
        ],
        relations=[
            rel("PAPER", INTRODUCES, "Zephyr"),
            rel("Zephyr", DERIVED_FROM, "Mistral 7B", kind="finetuned"),
            # direction matters: the spec scores (head, relation, tail)
            rel("Mistral 7B", COMPARED_WITH, "Zephyr"),
        ],
    )
    report = one(gold, predicted)
    assert counts(report, INTRODUCES) == (1, 0, 0)
    assert counts(report, DERIVED_FROM) == (1, 0, 0)
    assert counts(report, COMPARED_WITH) == (0, 1, 1)


def test_repository_urls_are_normalised() -> None:
    gold = gold_doc(
        relations=[rel("PAPER", HAS_REPOSITORY, "https://github.com/QwenLM/Qwen-VL")],
        repositories=[
            {"url": "https://github.com/QwenLM/Qwen-VL", "kind": "code"},
            {"url": "https://huggingface.co/spaces/Qwen/Qwen-VL", "kind": "demo"},
        ],
    )
    predicted = record(
        relations=[rel("paper/p1", HAS_REPOSITORY, "http://GitHub.com/QwenLM/Qwen-VL.git/")],
        repositories=[
            {"url": "http://GITHUB.com/QwenLM/Qwen-VL/)."},
            {"url": "https://github.com/qwenlm/qwen-vl"},  # the path keeps its case: fp
        ],
    )
    report = one(gold, predicted)
    assert counts(report, REPOSITORY_URLS) == (1, 1, 1)
    assert counts(report, HAS_REPOSITORY) == (1, 0, 0)


def test_normalize_url() -> None:
    expected = "https://github.com/OFA-Sys/Demo"
    assert normalize_url("http://GitHub.com/OFA-Sys/Demo") == expected
    assert normalize_url("https://github.com/OFA-Sys/Demo.git") == expected
    assert normalize_url("https://github.com/OFA-Sys/Demo/.") == expected
    assert normalize_url("https://github.com/OFA-Sys/Demo},") == expected
    assert normalize_url("github.com/OFA-Sys/Demo") == expected
    assert normalize_url("https://github. com/OFA-Sys/Demo") == expected
    assert normalize_url(expected) != normalize_url("https://github.com/ofa-sys/demo")


def test_lineage_ignores_kind_and_kind_accuracy_is_separate() -> None:
    gold = gold_doc(
        relations=[
            rel("Vicuna", DERIVED_FROM, "LLaMA", kind="finetuned"),
            rel("Code Llama", DERIVED_FROM, "Llama 2", kind="builtOn"),
            rel("Alpaca", DERIVED_FROM, "LLaMA", kind="finetuned"),
            rel("Llama 2", SUCCESSOR_OF, "LLaMA"),
        ]
    )
    predicted = record(
        relations=[
            rel("Vicuna", DERIVED_FROM, "LLaMA", kind="finetuned", basis="text"),
            rel("Code-Llama", DERIVED_FROM, "Llama-2", kind="finetuned", basis="text"),
            # right pair, wrong relation: lineage still matches
            rel("Llama 2", DERIVED_FROM, "LLaMA", kind="variant", basis="text"),
            rel("Vicuna", SUCCESSOR_OF, "Alpaca"),  # no basis counts as text; spurious
            # name-based lineage is never scored, right or wrong
            rel("Alpaca", DERIVED_FROM, "LLaMA", kind="finetuned", basis=BASIS_NAME),
            rel("Vicuna-13B", DERIVED_FROM, "Vicuna", kind="variant", basis=BASIS_NAME),
        ]
    )
    report = one(gold, predicted)
    # pairs: Vicuna-LLaMA, CodeLlama-Llama2, Llama2-LLaMA found; Vicuna-Alpaca spurious;
    # Alpaca-LLaMA missed (its only prediction is name-based)
    assert counts(report, LINEAGE) == (3, 1, 1)
    assert counts(report, DERIVED_FROM) == (2, 1, 1)
    assert counts(report, SUCCESSOR_OF) == (0, 1, 1)
    # kind over the gold derivedFrom pairs found: Vicuna right, Code Llama wrong
    assert (report.lineage_kind.correct, report.lineage_kind.total) == (1, 2)
    assert report.lineage_kind.value == pytest.approx(0.5)
    assert any("Code Llama" in line for line in report.errors[0].wrong_kind)


def test_kind_is_taken_from_the_most_confident_prediction() -> None:
    gold = gold_doc(relations=[rel("Vicuna", DERIVED_FROM, "LLaMA", kind="finetuned")])
    predicted = record(
        relations=[
            rel("Vicuna", DERIVED_FROM, "LLaMA", kind="builtOn", confidence=0.4),
            rel("Vicuna", DERIVED_FROM, "LLaMA", kind="finetuned", confidence=0.9),
        ]
    )
    report = one(gold, predicted)
    assert counts(report, LINEAGE) == (1, 0, 0)
    assert (report.lineage_kind.correct, report.lineage_kind.total) == (1, 1)


def test_optional_relations_are_left_out() -> None:
    gold = gold_doc(
        entities=[ent("RRHF", METHOD), ent("PPO", METHOD), ent("OPT", MODEL, optional=True)],
        relations=[
            rel("RRHF", COMPARED_WITH, "PPO", optional=True),
            rel("RRHF", EVALUATED_ON, "HH-RLHF"),
        ],
    )
    predicted = record(
        relations=[
            rel("RRHF", COMPARED_WITH, "PPO"),  # optional in the gold: not counted
            rel("OPT", TRAINED_ON, "HH-RLHF"),  # touches an optional entity: not counted
            rel("RRHF", TRAINED_ON, "HH-RLHF"),  # plain false positive
        ]
    )
    report = one(gold, predicted)
    assert counts(report, COMPARED_WITH) == (0, 0, 0)
    assert counts(report, TRAINED_ON) == (0, 1, 0)
    assert counts(report, EVALUATED_ON) == (0, 0, 1)


def test_score_triples() -> None:
    gold = gold_doc(
        relations=[
            rel("Mistral-7B", EVALUATED_ON, "MMLU", value="60.1"),
            rel("Mistral-7B", EVALUATED_ON, "GSM8K", value="52.2"),
            rel("Mistral-7B", EVALUATED_ON, "TriviaQA", value="74.0"),
            rel("Mistral-7B", EVALUATED_ON, "MATH", value="13.1"),
            rel("Mistral-7B", EVALUATED_ON, "HellaSwag"),  # a result with no number
        ]
    )
    predicted = record(
        relations=[
            rel("Mistral 7B", EVALUATED_ON, "MMLU", value="60.10"),  # numerically equal
            rel("Mistral 7B", EVALUATED_ON, "GSM8K", value="52.2%"),  # % dropped
            rel("Mistral 7B", EVALUATED_ON, "TriviaQA", value="74"),  # "74.0" == "74"
            rel("Mistral 7B", EVALUATED_ON, "MATH", value="31.1"),  # wrong number
            rel("Mistral 7B", EVALUATED_ON, "HellaSwag", value="81.3"),  # gold has none
            rel("Mistral 7B", EVALUATED_ON, "ARC", value="55.5"),  # not in the gold
        ]
    )
    report = one(gold, predicted)
    assert counts(report, SCORE) == (3, 3, 1)
    assert report.counts[SCORE].f1 == pytest.approx(0.6)
    # the relation itself only looks at (head, tail): six pairs predicted, five in the gold
    assert counts(report, EVALUATED_ON) == (5, 1, 0)


def test_two_scores_on_one_pair_are_two_triples_but_one_relation() -> None:
    gold = gold_doc(
        relations=[
            rel("MuggleMath", EVALUATED_ON, "GSM8K", value="68.4", setting="7B"),
            rel("MuggleMath", EVALUATED_ON, "GSM8K", value="74.0", setting="13B"),
        ]
    )
    predicted = record(relations=[rel("MuggleMath", EVALUATED_ON, "GSM8K", value="68.4")])
    report = one(gold, predicted)
    assert counts(report, SCORE) == (1, 0, 1)
    assert counts(report, EVALUATED_ON) == (1, 0, 0)


def test_normalize_value() -> None:
    assert normalize_value("74.0") == normalize_value("74") == "74"
    assert normalize_value("90.10") == normalize_value("90.1%") == "90.1"
    assert normalize_value(84.2) == "84.2"
    assert normalize_value("100") == "100"
    assert normalize_value("") is None
    assert normalize_value(None) is None
    assert normalize_value("74.1") != normalize_value("74")


def test_normalize_value_reads_commas_as_the_text_means_them() -> None:
    assert normalize_value("1,204") == normalize_value("1204") == "1204"
    assert normalize_value("89,4%") == normalize_value("89.4") == "89.4"
    assert normalize_value("0,874") == "0.874"
    assert normalize_value("12,480,000") == "12480000"


# ------------------------------------------------------------------------ alignment
RAW = (
    "We introduce \\textbf{S}peech \\textbf{B}ench, a suite for spoken language models. "
    "Whisper~v3 reaches 96\\% of the human ceiling on it, while ``simple'' cascades lag "
    "behind. Code is at \\url{https://github.com/example/speechbench}."
)
CLEANED = (
    "We introduce Speech Bench, a suite for spoken language models. Whisper v3 reaches 96% "
    'of the human ceiling on it, while "simple" cascades lag behind. Code is at '
    "https://github.com/example/speechbench."
)
# a different abstract that opens with the same twelve words
LOOKALIKE = (
    "We introduce Speech Bench, a suite for spoken language models, and ask which "
    "acoustic cues they ignore; we find that prosody is largely unused by all of them."
)


def test_text_words_drop_latex_residue() -> None:
    assert text_words(RAW) == text_words(CLEANED)


def test_raw_latex_gold_aligns_with_cleaned_record_not_a_lookalike() -> None:
    gold = [gold_doc("g-speech", RAW)]
    lookalike = record("paper/lookalike", LOOKALIKE)
    right = record("paper/right", CLEANED)
    pairs = align_documents(gold, [lookalike, right])
    assert pairs[0][1] is right
    # the lookalike alone is not a match
    assert align_documents(gold, [lookalike])[0][1] is None


def test_a_shorter_copy_of_the_paper_still_aligns() -> None:
    longer = CLEANED + " " + LOOKALIKE.replace("We introduce Speech Bench,", "Besides,")
    pairs = align_documents([gold_doc("g", RAW)], [record("paper/long", longer)])
    assert pairs[0][1] is not None


def test_arxiv_id_decides_when_both_have_one() -> None:
    gold = [gold_doc("g-a", RAW, arxiv="2401.00001"), gold_doc("g-b", TEXT, arxiv="2401.00002")]
    by_id = record("paper/a", "A short different version of the text.", arxiv="arXiv:2401.00001v2")
    same_text_other_id = record("paper/b", TEXT, arxiv="2401.99999")
    pairs = align_documents(gold, [same_text_other_id, by_id])
    assert pairs[0][1] is by_id
    assert pairs[1][1] is None  # same text, but a different arXiv id: another paper


def test_unpaired_gold_counts_as_false_negatives_and_extra_records_are_ignored() -> None:
    found = gold_doc(
        "g-found",
        RAW,
        entities=[ent("Whisper v3", MODEL), ent("Speech Bench", BENCHMARK)],
        relations=[rel("PAPER", INTRODUCES, "Speech Bench")],
        repositories=[{"url": "https://github.com/example/speechbench"}],
    )
    lost = gold_doc(
        "g-lost",
        TEXT,
        entities=[ent("Llama 2", MODEL), ent("MMLU", BENCHMARK), ent("SFT", METHOD, optional=True)],
        relations=[
            rel("Llama 2", EVALUATED_ON, "MMLU", value="45.3"),
            rel("PAPER", HAS_REPOSITORY, "https://github.com/example/llama"),
        ],
        repositories=[{"url": "https://github.com/example/llama"}],
    )
    predicted = [
        record(
            "paper/speech",
            CLEANED,
            entities=[ent("Whisper-v3", MODEL), ent("Speech Bench", BENCHMARK)],
            relations=[rel("paper/speech", INTRODUCES, "Speech Bench")],
            repositories=[{"url": "https://github.com/example/speechbench"}],
        ),
        record("paper/other", LOOKALIKE.replace("Speech Bench", "Other Suite")),
    ]
    report = evaluate([found, lost], predicted)
    assert report.documents == 2
    assert report.paired == 1
    assert report.unpaired == ["g-lost"]
    assert report.ignored_records == 1
    assert counts(report, ENTITY) == (2, 0, 2)
    assert counts(report, METHOD) == (0, 0, 0)  # optional stays out even when unpaired
    assert counts(report, SCORE) == (0, 0, 1)
    assert counts(report, EVALUATED_ON) == (0, 0, 1)
    assert counts(report, HAS_REPOSITORY) == (0, 0, 1)
    assert counts(report, REPOSITORY_URLS) == (1, 0, 1)
    assert counts(report, INTRODUCES) == (1, 0, 0)


# ------------------------------------------------------------------------ reports
def test_format_report_and_errors() -> None:
    gold = gold_doc(
        entities=[ent("Llama 2", MODEL), ent("MMLU", BENCHMARK), ent("The Pile", DATASET)],
        relations=[rel("Llama 2", TRAINED_ON, "The Pile")],
    )
    predicted = record(
        entities=[ent("Llama 2", MODEL), ent("MMLU", DATASET), ent("GPT-4", MODEL)],
        relations=[rel("Llama 2", TRAINED_ON, "RedPajama")],
    )
    report = score([(gold, predicted)], ignored_records=3)
    text = format_report(report, "unit test")
    lines = text.splitlines()
    assert lines[0] == "unit test"
    assert "1 paired, 0 unpaired; 3 predicted papers without a gold document" in text
    # entity: 2 tp (Llama 2, MMLU), 1 fp (GPT-4), 1 fn (The Pile) -> 0.667 all round
    entity_row = next(line for line in lines if line.startswith("entity (Model + Data)"))
    assert entity_row.split()[-6:] == ["0.667", "0.667", "0.667", "2", "1", "1"]
    role_row = next(line for line in lines if line.startswith("benchmark role accuracy"))
    assert role_row.split()[-2:] == ["0.000", "0/1"]
    for label in ("Method", "repository", "lineage", "lineage kind accuracy", "score", *RELATIONS):
        assert any(line.strip().startswith(label) for line in lines), label

    errors = format_errors(report)
    assert "## g-1  (paper/p1)" in errors
    assert "FP Model" in errors and "GPT-4 (Model)" in errors
    assert "FN Data" in errors and "The Pile (Dataset)" in errors
    assert "FP trainedOn" in errors and "Llama 2 -> RedPajama" in errors
    assert "FN trainedOn" in errors and "Llama 2 -> The Pile" in errors
    assert "ROLE MMLU: typed Dataset" in errors
    assert format_errors(score([(gold, gold_as_record(gold))])) == "no errors\n"

    as_json = json.loads(json.dumps(report.to_dict()))
    assert as_json["metrics"][ENTITY]["tp"] == 2
    assert as_json["ignored_records"] == 3


def test_categories_the_gold_never_annotates_show_no_scores() -> None:
    # a third-party gold with Model/Dataset entities only and no relations
    gold = gold_doc(entities=[ent("XLM-R", MODEL), ent("XNLI", DATASET)])
    predicted = record(
        entities=[ent("XLM-R", MODEL), ent("XNLI", BENCHMARK), ent("MLM", METHOD)],
        relations=[rel("XLM-R", EVALUATED_ON, "XNLI")],
    )
    report = one(gold, predicted)
    assert counts(report, ENTITY) == (2, 0, 0)
    assert {METHOD, BENCHMARK, EVALUATED_ON, LINEAGE, SCORE} <= report.not_annotated
    assert ENTITY not in report.not_annotated and DATA not in report.not_annotated
    assert counts(report, METHOD) == (0, 1, 0)  # counted, but shown as n/a
    method_row = next(line for line in format_report(report, "t").splitlines() if "Method" in line)
    assert method_row.split()[1:4] == ["n/a", "n/a", "n/a"]


def test_load_gold_and_records(tmp_path: Path) -> None:
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text(json.dumps({"text": "An abstract."}) + "\n\n", encoding="utf-8")
    assert load_gold(gold_path) == [
        {
            "id": "line-1",
            "text": "An abstract.",
            "entities": [],
            "relations": [],
            "repositories": [],
        }
    ]
    records_path = tmp_path / "records.jsonl"
    records_path.write_text(json.dumps(record()) + "\n" + "not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=re.escape("records.jsonl:2")):
        load_records([records_path])


# ------------------------------------------------------------------------ self-score
@pytest.mark.parametrize("relative", ["gold/seeds.jsonl", "external/gsap-ner/abstracts_gold.jsonl"])
def test_gold_scored_against_itself_is_perfect(relative: str) -> None:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is not available (the shared gold is outside the project)")
    gold = load_gold(path)
    records = [gold_as_record(doc) for doc in reversed(gold)]
    for item in records:
        item["arxiv"] = None  # align on the text alone
    report = evaluate(gold, records)
    assert report.paired == len(gold)
    assert report.ignored_records == 0
    scored = [c for c in report.counts if c not in report.not_annotated]
    assert ENTITY in scored
    for category in scored:
        assert report.counts[category].f1 == 1.0, category
    for accuracy in (report.benchmark_role, report.lineage_kind):
        assert accuracy.total == 0 or accuracy.value == 1.0
    assert format_errors(report) == "no errors\n"
