"""The spaCy pipeline on small sentences written for these tests (not from any gold file)."""

from __future__ import annotations

import pytest

from mlkg.extract.cleaning import clean_text
from mlkg.extract.documents import Paper
from mlkg.extract.pipeline import extract, load_pipeline
from mlkg.extract.state import get_state
from mlkg.naming import match_key


def run(text: str) -> dict:
    return next(extract([Paper(id="paper/test", text=text)]))


def entities(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def relations(record: dict, rel: str) -> set[tuple]:
    found = set()
    for r in record["relations"]:
        if r["rel"] == rel:
            head = "PAPER" if r["head"] == record["id"] else r["head"]
            found.add((head, r["tail"], r["kind"] or r["value"]))
    return found


def test_pipeline_is_built_from_registered_factories() -> None:
    nlp = load_pipeline()
    assert nlp.pipe_names == [
        "mlkg_sentences",
        "mlkg_urls",
        "mlkg_names",
        "mlkg_types",
        "mlkg_paper_relations",
        "mlkg_scores",
        "mlkg_lineage",
    ]


def test_names_span_group_for_spacy_users_and_skipped_on_request() -> None:
    nlp = load_pipeline()
    text = "We fine-tune Mistral-7B on the ShareGPT dialogues."
    doc = nlp(text)
    assert {span.text for span in doc.spans["mlkg_names"]} >= {"Mistral-7B", "ShareGPT"}
    # the extraction records do not read it, so the batch path asks the component to skip it
    (skipped,) = nlp.pipe([text], component_cfg={"mlkg_names": {"span_group": False}})
    assert "mlkg_names" not in skipped.spans


def test_sentence_starts_on_tokens_for_spacy_users_and_skipped_on_request() -> None:
    nlp = load_pipeline()
    text = "Jamba mixes attention with Mamba layers (Lieber et al. 2024). It fits on one GPU."
    doc = nlp(text)
    assert [sentence.text for sentence in doc.sents] == [
        "Jamba mixes attention with Mamba layers (Lieber et al. 2024).",
        "It fits on one GPU.",
    ]
    # the records read the offsets in the state: the batch path skips the token flags
    (skipped,) = nlp.pipe([text], component_cfg={"mlkg_sentences": {"token_flags": False}})
    assert not skipped.has_annotation("SENT_START")
    assert get_state(skipped).sentences == get_state(doc).sentences


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("We fine-tune Qwen2-72B-Instruct on our data.", "Qwen2-72B-Instruct"),
        ("We compare against LLaMA-7B and other models.", "LLaMA-7B"),
        ("The dialogue model Llama 2-Chat is used as a judge.", "Llama 2-Chat"),
        ("We distill Mixtral 8x7B into a smaller student.", "Mixtral 8x7B"),
        ("Our agent calls GPT-4o through an API.", "GPT-4o"),
        ("The small model phi-1.5 reaches strong results.", "phi-1.5"),
        ("Retrieval uses CLIP ViT-L/14 as the image encoder.", "CLIP ViT-L/14"),
        ("We adapt MoCo v3 to medical images.", "MoCo v3"),
        ("We pretrain a Chinese CLIP on web pairs.", "Chinese CLIP"),
    ],
)
def test_model_names_as_written(sentence: str, name: str) -> None:
    found = entities(run(sentence))
    assert name in found, found
    assert found[name] == "Model"


def test_a_bare_version_is_not_a_name_but_titled_words_before_it_make_one() -> None:
    record = run(
        "We compare YOLO detectors (v5, v8 and v11) with Depth Anything V2 on the KITTI "
        "benchmark and on ScanNet v2, and we fine-tune Mistral (v0.3) on our data."
    )
    names = entities(record)
    assert {"Depth Anything V2", "ScanNet v2"} <= set(names)  # a benchmark's version too
    assert not {"v5", "v8", "v11", "v0.3", "V2", "v2", "ScanNet"} & set(names)


def test_slash_shorthand_expands_to_three_datasets() -> None:
    found = entities(run("It improves grounding on RefCOCO/+/g by a wide margin."))
    assert {"RefCOCO", "RefCOCO+", "RefCOCOg"} <= set(found)


def test_slash_list_is_three_benchmarks() -> None:
    record = run("Zero-shot accuracy on PIQA/HellaSwag/WinoGrande improves with scale.")
    assert {"PIQA", "HellaSwag", "WinoGrande"} <= set(entities(record))


def test_boundaries_drop_articles_and_generic_words() -> None:
    record = run(
        "This report introduces the Falcon3 series. We evaluate on the ARC-Challenge "
        "benchmark and the TallyQA dataset."
    )
    found = entities(record)
    assert "Falcon3" in found and "ARC-Challenge" in found and "TallyQA" in found
    assert not any(
        n.lower().startswith("the ") or n.endswith((" series", " benchmark")) for n in found
    )


def test_defined_acronym_is_one_entity_with_its_long_form_as_alias() -> None:
    record = run(
        "We propose Layer-wise Sparse Routing (LSR), a method that prunes experts. "
        "LSR halves inference cost."
    )
    [lsr] = [e for e in record["entities"] if e["name"] == "LSR"]
    assert lsr["type"] == "Method"
    assert lsr["aliases"] == ["Layer-wise Sparse Routing"]
    assert ("PAPER", "LSR", None) in relations(record, "introduces")


def test_citations_and_generic_acronyms_are_not_entities() -> None:
    found = entities(
        run(
            "Large language models (LLMs) such as BERT (Devlin et al., 2019) rely on NLP "
            "pipelines trained with reinforcement learning from human feedback."
        )
    )
    assert "BERT" in found
    assert not {"LLMs", "LLM", "NLP", "Devlin"} & set(found)


def test_types_come_from_context_for_unknown_names() -> None:
    record = run(
        "We fine-tune Zorblax-13B on the Quibble corpus. Zorblax-13B attains 61.2 on "
        "FrobQA. We also propose Grafting, a method that merges adapters."
    )
    found = entities(record)
    assert found["Zorblax-13B"] == "Model"
    assert found["FrobQA"] == "Benchmark"
    assert found["Grafting"] == "Method"


def test_scores_in_the_common_shapes() -> None:
    record = run(
        "Our flagship model, Nimbus-70B, scores 81.5 on MMLU and GSM8K 77.0. "
        "On captioning it reaches COCO test CIDEr: 140.2, and on grounding "
        "RefCOCO / RefCOCO+ / RefCOCOg test acc.: 90.1 / 85.30 / 84.9."
    )
    scores = {
        (r["head"], r["tail"], r["value"], r["metric"], r["split"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["value"]
    }
    assert ("Nimbus-70B", "MMLU", "81.5", None, None) in scores
    assert ("Nimbus-70B", "GSM8K", "77.0", None, None) in scores
    assert ("Nimbus-70B", "COCO", "140.2", "CIDEr", "test") in scores
    assert ("Nimbus-70B", "RefCOCO+", "85.30", "accuracy", "test") in scores
    assert ("Nimbus-70B", "RefCOCOg", "84.9", "accuracy", "test") in scores


def test_result_with_setting_and_no_deltas() -> None:
    record = run(
        "MathWhiz sets a new state of the art on GSM8K (from 41% to 57.5% at the scale of 7B). "
        "It gains +3.1 points on MATH and reaches 90% of GPT-4's quality."
    )
    scores = {
        (r["tail"], r["value"], r["setting"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["value"]
    }
    assert scores == {("GSM8K", "57.5", "7B")}


def test_lineage_kinds() -> None:
    record = run(
        "We release Kestrel-7B and Kestrel-7B-Chat, the chat models fine-tuned from "
        "Kestrel-7B with preference data. Building upon Kestrel-7B, we further develop "
        "Kestrel-Coder. Kestrel-Mini is distilled from Kestrel-7B. Kestrel-7B improves "
        "over its predecessor Osprey-7B."
    )
    lineage = relations(record, "derivedFrom") | relations(record, "successorOf")
    assert ("Kestrel-7B-Chat", "Kestrel-7B", "finetuned") in lineage
    assert ("Kestrel-Coder", "Kestrel-7B", "builtOn") in lineage
    assert ("Kestrel-Mini", "Kestrel-7B", "distilled") in lineage
    assert ("Kestrel-7B", "Osprey-7B", None) in relations(record, "successorOf")


def test_size_variant_of_a_family_written_in_the_same_abstract() -> None:
    record = run("This report introduces Heron2. The flagship model, Heron2-34B, leads.")
    assert ("Heron2-34B", "Heron2", "variant") in relations(record, "derivedFrom")


def test_augmented_dataset_and_trained_on() -> None:
    record = run(
        "We create a new dataset, HardMath, by rewriting problems from GSM8K. "
        "We obtain Solver-7B by fine-tuning on HardMath."
    )
    assert ("HardMath", "GSM8K", "augmented") in relations(record, "derivedFrom")
    assert ("Solver-7B", "HardMath", None) in relations(record, "trainedOn")


def test_compared_with_models_only() -> None:
    record = run("Swiftlet-3B outperforms Llama 2 and Mistral while using PPO for tuning.")
    assert relations(record, "comparedWith") == {
        ("Swiftlet-3B", "Llama 2", None),
        ("Swiftlet-3B", "Mistral", None),
    }


def test_repository_urls_attach_to_paper_and_named_entity() -> None:
    record = run(
        "We introduce TinyVLM, a compact vision-language model. "
        "TinyVLM and its data are released at https://github.com/acme/TinyVLM."
    )
    assert record["repositories"] == [{"url": "https://github.com/acme/TinyVLM", "kind": "code"}]
    repos = relations(record, "hasRepository")
    assert ("PAPER", "https://github.com/acme/TinyVLM", None) in repos
    assert ("TinyVLM", "https://github.com/acme/TinyVLM", None) in repos


def test_a_link_broken_by_spaces_is_one_repository_and_no_name() -> None:
    record = run(
        "We introduce TinyVLM, a compact vision-language model. "
        "TinyVLM is released at https: // github. com/ acme/ tiny-vlm-2b and its page."
    )
    url = "https://github.com/acme/tiny-vlm-2b"
    assert record["repositories"] == [{"url": url, "kind": "code"}]
    assert ("TinyVLM", url, None) in relations(record, "hasRepository")
    assert set(entities(record)) == {"TinyVLM"}


def test_every_relation_has_evidence_inside_the_text() -> None:
    text = (
        "We present Wren-2B, a small model. Wren-2B obtains 55.0 on MMLU and is "
        "available at https://huggingface.co/acme/wren-2b."
    )
    record = run(text)
    assert record["relations"]
    for relation in record["relations"]:
        ev = relation["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["sentence"]
        assert relation["basis"] == "text" and 0 < relation["confidence"] <= 1
    for entity in record["entities"]:
        for m in entity["mentions"]:
            assert (
                match_key(text[m["start"] : m["end"]])
                in {match_key(entity["name"]), *map(match_key, entity["aliases"])}
                or entity["name"] in text[m["start"] : m["end"]]
            )


def test_parenthesised_qualifier_stays_with_the_benchmark() -> None:
    record = run("Our model reaches 71.0 on MedQA (USMLE) and 80.2 on PubMedQA.")
    found = {e["name"]: e for e in record["entities"]}
    assert "USMLE" not in found
    assert "MedQA (USMLE)" in found["MedQA"]["aliases"]


def test_lineage_across_sentences_and_by_making_verbs() -> None:
    record = run(
        "This report introduces the Wren3 series. The flagship model, Wren3-40B, leads "
        "open models. The instruction-tuned variant, Wren3-40B-Instruct, attains 8.8 on "
        "MT-Bench. Merging Wren3-40B-Instruct and CodeWren-40B yields WrenMix-40B. "
        "Wren3-8B-Q4 is a quantized version of Wren3-8B."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Wren3-40B", "Wren3", "variant") in lineage
    assert ("Wren3-40B-Instruct", "Wren3-40B", "finetuned") in lineage
    assert ("WrenMix-40B", "Wren3-40B-Instruct", "merged") in lineage
    assert ("WrenMix-40B", "CodeWren-40B", "merged") in lineage
    assert ("Wren3-8B-Q4", "Wren3-8B", "quantized") in lineage


def test_results_on_the_benchmark_a_paper_introduces() -> None:
    record = run(
        "We introduce PuzzleBench, a benchmark of 900 logic puzzles, and test Orca-2 and "
        "Phi-3 on it. Phi-3 solves 44.5% of the puzzles."
    )
    assert ("Orca-2", "PuzzleBench", None) in relations(record, "evaluatedOn")
    assert ("Phi-3", "PuzzleBench", "44.5") in relations(record, "evaluatedOn")


def test_confidence_ranks_numbered_results_above_unnumbered_ones() -> None:
    record = run(
        "Kite-7B achieves 66.0 on MMLU. Kite-7B also achieves state-of-the-art results on "
        "HellaSwag."
    )
    confidence = {
        r["tail"]: r["confidence"] for r in record["relations"] if r["rel"] == "evaluatedOn"
    }
    assert confidence["MMLU"] > confidence["HellaSwag"] > 0


def test_each_clause_keeps_its_own_scorer() -> None:
    record = run("MetaMath-7B scores 66.5 on GSM8K and Llama-2-7B scores 14.6 on GSM8K.")
    assert relations(record, "evaluatedOn") == {
        ("MetaMath-7B", "GSM8K", "66.5"),
        ("Llama-2-7B", "GSM8K", "14.6"),
    }


def test_training_a_known_model_does_not_introduce_it() -> None:
    record = run(
        "We train Llama 3 8B on our new corpus and release KiteMath-8B, a math model. "
        "We also build GraphRoute, a routing method."
    )
    introduced = {t for h, t, _ in relations(record, "introduces")}
    assert "KiteMath-8B" in introduced and "GraphRoute" in introduced
    assert "Llama 3 8B" not in introduced


def test_a_list_after_models_or_a_method_class_is_not_a_list_of_benchmarks() -> None:
    found = entities(
        run(
            "Our detector beats strong baseline models (Quillon, SparrowNet-2) on BirdSet. "
            "The gradient surgery of multi-task learning (GradMend, ParetoFix) does not "
            "transfer. We report accuracy on question answering (TrivaQA, LoreQA)."
        )
    )
    assert found["Quillon"] == found["SparrowNet-2"] == "Model"
    assert found["GradMend"] == found["ParetoFix"] == "Method"
    assert found["TrivaQA"] == found["LoreQA"] == "Benchmark"


def test_a_clause_before_an_acronym_is_not_its_long_form() -> None:
    record = run(
        "These approaches outperform previous work from sensor-based gait classification "
        "using deep learning (TCN) by a wide margin. In this work, we present a comprehensive "
        "method for tracing and removing spurious shortcuts in vision encoders (CARE)."
    )
    aliases = {e["name"]: e.get("aliases") or [] for e in record["entities"]}
    assert aliases.get("TCN", []) == []
    long_form = (
        "comprehensive method for tracing and removing spurious shortcuts in vision encoders"
    )
    assert aliases["CARE"] == [long_form]


def test_examples_in_the_description_of_a_new_name_are_not_introduced() -> None:
    record = run(
        "We introduce FormBench, a benchmark of structured outputs in text formats "
        "(TOMLish, ProtoText) and drawing formats (VecDraw, PlotML). We also release "
        "Kestrel, a family of open models (Kestrel-7B, Kestrel-70B)."
    )
    introduced = {t for h, t, _ in relations(record, "introduces")}
    assert {"FormBench", "Kestrel", "Kestrel-7B", "Kestrel-70B"} <= introduced
    assert not {"TOMLish", "ProtoText", "VecDraw", "PlotML"} & introduced


def test_a_known_name_inside_the_object_of_an_intro_verb_is_not_introduced() -> None:
    record = run(
        "We propose an adapter for LoRA fine-tuning built on top of CLIP, named "
        "LoomAdapt. This report presents Llama 3, a herd of language models."
    )
    introduced = {t for h, t, _ in relations(record, "introduces")}
    assert {"LoomAdapt", "Llama 3"} <= introduced
    assert not {"LoRA", "CLIP"} & introduced


def test_a_parenthesised_list_is_benchmarks_only_after_a_task_or_data() -> None:
    found = entities(
        run(
            "We compare five agents from three providers (Quillon-Pro 4, Nimbus-Ultra 2) "
            "on reasoning tasks (FrobMath, QuuxLogic) and on two image sets (PebbleSet, "
            "CairnSet) with outputs in text formats (TOMLish, ProtoText)."
        )
    )
    assert found["Quillon-Pro 4"] == found["Nimbus-Ultra 2"] == "Model"
    assert found["FrobMath"] == found["QuuxLogic"] == "Benchmark"
    assert found["PebbleSet"] == found["CairnSet"] == "Benchmark"
    assert found.get("TOMLish") != "Benchmark"


def test_a_version_after_a_variant_word_belongs_to_the_name() -> None:
    found = entities(run("Claude Opus 4.7 scores 71.2 on GAIA, ahead of Claude Sonnet 4.5."))
    assert {"Claude Opus 4.7", "Claude Sonnet 4.5"} <= set(found)
    assert "Claude Opus" not in found


def test_metrics_are_not_entities_even_when_their_acronym_names_a_model() -> None:
    found = entities(
        run(
            "We report the mean absolute error (MAE), the Dice similarity coefficient (DSC), "
            "the AUROC and the AUC-PR of Quillon-7B on BirdSet. MAE drops by a third."
        )
    )
    assert "Quillon-7B" in found
    assert not {"MAE", "DSC", "AUROC", "AUC-PR"} & set(found)


def test_examples_after_a_head_noun_take_its_type() -> None:
    found = entities(
        run(
            "KestrelVL achieves strong results on embodied agent benchmarks such as "
            "PebbleWorld, CairnSim and DuneNav, and beats prior models such as Quillon-VL."
        )
    )
    assert found["PebbleWorld"] == found["CairnSim"] == found["DuneNav"] == "Benchmark"
    assert found["Quillon-VL"] == "Model"


def test_a_sentence_opening_verb_with_a_number_is_not_a_name() -> None:
    found = entities(
        run(
            "Leveraging 55K raw samples, we curate 11K pairs to train EduScribe-30B. "
            "Gemma 3 scores 71.2 on MMLU."
        )
    )
    assert "EduScribe-30B" in found and "Gemma 3" in found
    assert not any(name.startswith("Leveraging") for name in found)


def test_latex_commands_are_not_names_but_acronym_macros_are() -> None:
    found = entities(
        run(
            "We present \\frameworkName{}, a captioning framework, and compare it with "
            "Deep Q-Network (\\DQN) for $x \\leq 100$ steps."
        )
    )
    assert "DQN" in found
    assert not {"frameworkName", "leq"} & set(found)


def test_a_known_name_in_the_description_of_a_new_one_is_not_introduced() -> None:
    record = run(
        "We propose DuneSplat, a feed-forward 3D Gaussian Splatting (3DGS) model for "
        "unposed images."
    )
    introduced = {t for h, t, _ in relations(record, "introduces")}
    assert introduced == {"DuneSplat"}


def test_licences_number_formats_and_degrees_of_freedom_are_not_names() -> None:
    found = entities(
        run(
            "We release Quillon-7B under the Apache 2.0 license. It predicts 6-DoF grasps, "
            "runs in bfloat16 and scores 71.2 on GraspBench."
        )
    )
    assert "Quillon-7B" in found
    assert not {"Apache 2.0", "6-DoF", "bfloat16"} & set(found)


def test_authors_properties_and_step_counts_are_not_names() -> None:
    found = entities(
        run(
            "This resolves the question raised by Akrami and Rathi (2025) and by Okonkwo "
            "et al. Kestrel-7B learns relations such as hasChild and samples with 2-NFE, "
            "scoring 71.2 on MMLU."
        )
    )
    assert "Kestrel-7B" in found
    assert not {"Akrami", "Rathi", "Okonkwo", "hasChild", "2-NFE"} & set(found)


def test_names_of_tasks_and_metrics_are_not_benchmarks() -> None:
    found = entities(
        run(
            "Kestrel-3B reaches the best results on REC, OVD, and VQA tasks and 29.2% "
            "Rank-1 accuracy on PebbleReID, and the best score on RewardBench tasks."
        )
    )
    assert found["PebbleReID"] == "Benchmark" and found["RewardBench"] == "Benchmark"
    assert not {"REC", "OVD", "Rank-1"} & set(found)


def test_a_name_right_after_a_measurement_is_its_metric() -> None:
    found = entities(
        run(
            "Our Kestrel-7B beats the previous best on COCO by +10.1 nAP and reaches 45.3% "
            "BoxQ on PebbleSet, with 0.79 RegAUC. It stacks 3 DuneNet blocks."
        )
    )
    assert {"Kestrel-7B", "COCO", "PebbleSet"} <= set(found)
    assert not {"nAP", "BoxQ", "RegAUC"} & set(found)
    assert "DuneNet" in found  # a count, not a measurement


def test_the_last_noun_of_an_appositive_heads_it() -> None:
    found = entities(
        run(
            "We propose PebblePRM, the first process-level reward model benchmark for "
            "clinics, and Kestrel, a vision model family."
        )
    )
    assert found["PebblePRM"] == "Benchmark"
    assert found["Kestrel"] == "Model"


def test_adjectives_of_places_and_people_are_not_names() -> None:
    found = entities(
        run(
            "We build BOUTEF-QA from Algerian and Tunisian posts and train a Siamese "
            "encoder with a Laplacian prior; Kestrel-7B scores 71.2 on BOUTEF-QA."
        )
    )
    assert {"BOUTEF-QA", "Kestrel-7B"} <= set(found)
    assert not {"Algerian", "Tunisian", "Siamese", "Laplacian"} & set(found)


def test_phrases_adjectives_and_numerals_are_not_names() -> None:
    found = entities(
        run(
            "Recent Large Language Models struggle here. We compare Occluder-Aware and "
            "Training-Free variants of SAM 2 in Part II, and Qwen2.5 Large scores 71.2 on "
            "MMLU and 80.1 on IXI."
        )
    )
    assert {"SAM 2", "Qwen2.5 Large", "MMLU", "IXI"} <= set(found)
    assert not {"Recent Large", "Occluder-Aware", "Training-Free", "II"} & set(found)


def test_a_benchmark_keeps_its_year_but_not_a_score() -> None:
    found = entities(
        run(
            "Kestrel-Seg reaches 91.2 Dice on BraTS 2021 and on ISIC 2018, and 85.2 on "
            "MMLU, beating Grounding DINO."
        )
    )
    assert {"BraTS 2021", "ISIC 2018", "MMLU", "Grounding DINO"} <= set(found)
    assert found["BraTS 2021"] == "Benchmark"
    assert found["Grounding DINO"] == "Model"


def test_numbered_parts_are_not_names() -> None:
    found = entities(
        run(
            "Table 2 and Tests 1 and 3 show that System 2 reasoning helps Kestrel-7B after "
            "Stage-1 training; Proposition 1 explains why, and Gemma 2 agrees."
        )
    )
    assert {"Kestrel-7B", "Gemma 2"} <= set(found)
    assert not {"Table 2", "Tests 1", "System 2", "Stage-1", "Proposition 1"} & set(found)


def test_a_technique_defined_in_lower_case_is_a_method_but_a_setting_is_not() -> None:
    found = entities(
        run(
            "We apply reinforcement fine-tuning (RFT) and on-policy distillation (OPD) to "
            "Kestrel-7B, and study test-time adaptation (TTA) and knowledge editing (KE)."
        )
    )
    assert found["RFT"] == found["OPD"] == "Method"
    assert not {"TTA", "KE"} & set(found)


def test_lineage_after_a_defined_name_and_its_appositive() -> None:
    record = run(
        "We propose Kestrel-CRA (Clinical Risk-Aware), a variant of Kestrel-7B that "
        "forgets malignant samples first."
    )
    assert ("Kestrel-CRA", "Kestrel-7B", "variant") in relations(record, "derivedFrom")


def test_a_name_described_as_a_baseline_is_a_model() -> None:
    record = run(
        "We also present PebbleBench, and PebbleVLM, a reproducible baseline built on "
        "Qwen2-VL-7B via a three-stage pipeline. Experiments on PebbleBench show that "
        "PebbleVLM gains. We present FATR, a tool retrieval baseline that enhances stability."
    )
    found = entities(record)
    assert found["PebbleVLM"] == found["FATR"] == "Model"
    assert found["PebbleBench"] == "Benchmark"
    assert ("PebbleVLM", "Qwen2-VL-7B", "builtOn") in relations(record, "derivedFrom")


def test_lower_case_and_greek_lettered_names_are_whole() -> None:
    record = run(
        "We release gpt-oss-120b and phi-4-mini. Our model, Zephyr-β, is fine-tuned from "
        "Mistral-7B, and PixArt-α draws the figures; best-of-16 sampling and π2n do not name."
    )
    found = entities(record)
    assert {"gpt-oss-120b", "phi-4-mini", "Zephyr-β", "PixArt-α"} <= set(found)
    assert not {"oss-120b", "best-of-16", "π2n"} & set(found)
    assert ("Zephyr-β", "Mistral-7B", "finetuned") in relations(record, "derivedFrom")


def test_languages_dataset_sizes_and_long_forms_after_a_function_word() -> None:
    record = run(
        "We study the Abstraction and Reasoning Corpus (ARC) in Nepali and Somali, "
        "release PebbleChat-260k for training, and fine-tune Kestrel-7B on it."
    )
    found = entities(record)
    aliases = {e["name"]: e.get("aliases") or [] for e in record["entities"]}
    assert aliases["ARC"] == ["Abstraction and Reasoning Corpus"]
    assert found["PebbleChat-260k"] in ("Dataset", "Benchmark")
    assert not {"Nepali", "Somali"} & set(found)


def test_a_known_name_as_a_component_is_not_introduced_and_mathematics_defines_nothing() -> None:
    record = run(
        "To reason over long ranges, we introduce a multi-scale voxel Mamba module that "
        "refines the features. The optimal policy is QP (\\arg\\min_{QP \\in G} [H]) here."
    )
    assert "Mamba" not in {t for h, t, _ in relations(record, "introduces")}
    assert "QP" not in entities(record)


def test_a_titled_name_with_a_function_word_inside_is_one_name_and_introduced() -> None:
    record = run(
        "Motivated by this, we propose Shaping by Pruning, a decoding approach. To address "
        "this, we introduce Gaze on the Prize. This framework augments visual RL."
    )
    introduced = {t for h, t, _ in relations(record, "introduces")}
    assert {"Shaping by Pruning", "Gaze on the Prize"} <= introduced


def test_line_numbers_glued_to_words_are_not_names() -> None:
    found = entities(
        run("Kestrel-7B is effective and10 robust across these11 settings of4 the benchmark.")
    )
    assert "Kestrel-7B" in found
    assert not {"and10", "these11", "of4"} & set(found)


def test_sizes_figures_and_fields_are_not_names() -> None:
    record = run(
        "We present Kestrel-7B, a video model with about 7 billion parameters (7B). As "
        "Fig.1 shows, Computer Vision research benefits."
    )
    found = entities(record)
    assert "Kestrel-7B" in found
    assert not {"7B", "Fig.1", "Computer Vision"} & set(found)


def test_a_new_thing_of_a_known_kind_does_not_introduce_the_kind() -> None:
    record = run(
        "We propose a beam-search-driven GRPO algorithm for decoding. We also propose "
        "**Parallel-SFT**, an SFT strategy with parallel programs, and Temporal Policy "
        "Optimization (TPO), a reinforcement learning from human feedback (RLHF) algorithm."
    )
    introduced = {t for h, t, _ in relations(record, "introduces")}
    assert "Parallel-SFT" in introduced
    assert not {"GRPO", "SFT", "RLHF"} & introduced


def test_a_score_after_a_name_is_no_version_and_rather_than_compares_nothing() -> None:
    record = run(
        "Kestrel-7B reaches SugarBench 79.94 and beats Quillon 82.81 on PebbleSet. Gemma 3 "
        "and YOLO 11 are compared. Rather than training Nimbus-2, Kestrel-7B uses CairnNet."
    )
    found = entities(record)
    assert {"Gemma 3", "YOLO 11", "SugarBench", "Quillon"} <= set(found)
    assert not {"SugarBench 79.94", "Quillon 82.81"} & set(found)
    compared = {t for h, t, _ in relations(record, "comparedWith")}
    assert "Nimbus-2" not in compared and "CairnNet" not in compared


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (
            "We propose a gated residual fusion network (GRFNet) for crop mapping.",
            "GRFNet",
            "Model",
        ),
        ("Here we present a sparse token routing (SToR) method for long inputs.", "SToR", "Method"),
        (
            "We introduce a curriculum reward shaping (CuReS) framework for agents.",
            "CuReS",
            "Method",
        ),
    ],
)
def test_an_acronym_a_paper_coins_with_a_lower_case_long_form_is_a_name(
    sentence: str, name: str, kind: str
) -> None:
    record = run(sentence)
    assert entities(record).get(name) == kind
    assert ("PAPER", name, None) in relations(record, "introduces")


@pytest.mark.parametrize(
    "sentence",
    [
        "We propose an anomaly detection (AD) method for wind turbines.",
        "We propose a multi-task learning (MTL) framework for ranking.",
        "We use a gated residual fusion network (GRFNet) for crop mapping.",
        "We propose a reduced-order model (ROM) for fluid flows.",
    ],
)
def test_a_lower_case_definition_without_a_coined_name_stays_generic(sentence: str) -> None:
    assert entities(run(sentence)) == {}


def test_a_two_digit_year_after_an_apostrophe_belongs_to_the_name() -> None:
    record = run(
        "Accepted at ICRA'25. Our FooReasoner-7B scores 71.3 on AIME'25 and 80.4 on AIME'24, "
        "and we also test on SHREC'17."
    )
    found = entities(record)
    assert {"AIME'25", "AIME'24", "SHREC'17", "FooReasoner-7B"} <= set(found)
    assert not any(name.startswith("ICRA") for name in found)
    scores = relations(record, "evaluatedOn")
    assert ("FooReasoner-7B", "AIME'25", "71.3") in scores
    assert ("FooReasoner-7B", "AIME'24", "80.4") in scores


def test_a_colon_list_after_a_data_noun_is_data() -> None:
    found = entities(
        run("We test GlowNet on three image classification datasets: CIFAR-10/100 and TinyNat-5.")
    )
    assert found["TinyNat-5"] in ("Dataset", "Benchmark")


@pytest.mark.parametrize(
    "sentence",
    [
        "Existing methods rely on manual rules, and Current models forget.",
        "We build lightweight, mobile-friendly Video LLMs for phones.",
        "Synthetic data generation helps small detectors.",
        "Our summaries improve ROUGE-L and BLEU-4 over CNN-Transformer baselines.",
        "This holds for Problem 6 of the contest.",
    ],
)
def test_words_before_a_class_noun_and_metric_variants_are_not_names(sentence: str) -> None:
    assert entities(run(sentence)) == {}


def test_a_list_before_a_plural_data_noun_still_names_each_item() -> None:
    found = entities(run("Experiments on both the V2X-Track and Griffin datasets show gains."))
    assert found == {"V2X-Track": "Benchmark", "Griffin": "Benchmark"}


@pytest.mark.parametrize(
    "sentence",
    [
        "It runs on an 8-GPU node at 41ms/image after 4-bit quantisation.",
        "The family has dense variants and one mixture-of-experts variant (30B-A3B).",
        "Correlations hold in 11/14 datasets and for outputs of 1-500 tokens.",
    ],
)
def test_counts_rates_sizes_and_bare_numbers_are_not_names(sentence: str) -> None:
    assert entities(run(sentence)) == {}


def test_editions_after_an_apostrophe_split_like_other_slashed_names() -> None:
    found = entities(run("On AIME'24/25 and GPQA, our Olmo-Lite-7B gains four points."))
    assert {"AIME'24", "AIME'25", "GPQA", "Olmo-Lite-7B"} <= set(found)


def test_tools_libraries_and_modalities_are_typed_by_what_they_are() -> None:
    found = entities(
        run(
            "We map Sentinel-2 tiles with our TerraSeg-B, built with OpenCV and LangChain on "
            "RGB-T and mmWave inputs, and explain it with t-SNE, SHAP and Grad-CAM, coding "
            "findings in ICD-11."
        )
    )
    assert found == {
        "Sentinel-2": "Dataset",
        "TerraSeg-B": "Model",
        "t-SNE": "Method",
        "SHAP": "Method",
        "Grad-CAM": "Method",
    }


@pytest.mark.parametrize(
    ("text", "child", "parent", "kind"),
    [
        (
            "Through self-play, the HERON agent trained from Qwen3-4B learns to bargain.",
            "HERON",
            "Qwen3-4B",
            "finetuned",
        ),
        (
            "This paper proposes CrackNet-V, a novel framework for bridge inspection. "
            "The proposed model is built upon the DenseNet201 backbone with attention.",
            "CrackNet-V",
            "DenseNet201",
            "builtOn",
        ),
        (
            "We propose ReefDiff, a novel diffusion-based framework built upon SD-Turbo to "
            "restore underwater photographs.",
            "ReefDiff",
            "SD-Turbo",
            "builtOn",
        ),
    ],
)
def test_lineage_of_an_agent_the_proposed_model_and_a_framework_made_from_a_model(
    text: str, child: str, parent: str, kind: str
) -> None:
    record = run(text)
    assert entities(record)[child] == "Model"
    assert (child, parent, kind) in relations(record, "derivedFrom")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We propose PlanPrompt, a prompting method based on GPT-4 for planning.", "PlanPrompt"),
        (
            "We introduce TissueMark, a benchmarking framework built on a curated TCGA cohort "
            "with OncoKB labels.",
            "TissueMark",
        ),
    ],
)
def test_a_method_that_uses_a_model_is_not_made_from_it(text: str, name: str) -> None:
    record = run(text)
    assert relations(record, "derivedFrom") == set()
    assert entities(record)[name] != "Model"


def test_a_score_with_its_spread_and_a_bound_that_is_no_score() -> None:
    record = run(
        "The reproduced KiteNet reaches a Dice of 88.5 +/- 1.1% on PROSTATE-X. "
        "Frontier models such as Orca-Pro stay below 40% on IntentBench."
    )
    scores = relations(record, "evaluatedOn")
    assert ("KiteNet", "PROSTATE-X", "88.5") in scores
    assert not [s for s in scores if s[0] == "Orca-Pro" and s[2]]


def test_a_name_extending_a_known_benchmark_with_a_version_is_data() -> None:
    found = entities(run("We pair MossTTA with CIFAR-10-C and CIFAR-100-C streams."))
    assert found["CIFAR-10-C"] in ("Benchmark", "Dataset")
    assert found["CIFAR-100-C"] in ("Benchmark", "Dataset")


def test_values_of_other_systems_after_a_comparison() -> None:
    record = run(
        "On GLUE with RoBERTa-base, our GateTune-B reaches an average score of 88.1, compared "
        "with 87.0 for LoRA and 87.4 for DoRA. In simulation, PickVLA achieves a 93.0% "
        "average success rate on LIBERO, compared with 75.1% for OpenVLA and 84.9% for Octo."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("GateTune-B", "GLUE", "88.1"),
        ("LoRA", "GLUE", "87.0"),
        ("DoRA", "GLUE", "87.4"),
        ("PickVLA", "LIBERO", "93.0"),
        ("OpenVLA", "LIBERO", "75.1"),
        ("Octo", "LIBERO", "84.9"),
    } <= scores
    assert not [s for s in scores if s[0] == "RoBERTa-base"]


def test_what_a_fine_tuning_yields_is_what_the_data_trained() -> None:
    record = run(
        "Fine-tuning Llama-3-8B on SwaText yields Mbuzi-8B, which answers in Swahili. "
        "We fine-tune OpenVLA on 900 demonstrations and obtain ReachVLA."
    )
    assert ("Mbuzi-8B", "SwaText", None) in relations(record, "trainedOn")
    assert ("Llama-3-8B", "SwaText", None) not in relations(record, "trainedOn")
    lineage = relations(record, "derivedFrom")
    assert {
        ("Mbuzi-8B", "Llama-3-8B", "finetuned"),
        ("ReachVLA", "OpenVLA", "finetuned"),
    } <= lineage
    assert ("PAPER", "ReachVLA", None) in relations(record, "introduces")


@pytest.mark.parametrize(
    "text",
    [
        "We train KestrelLM on C4 and The Pile.",
        "KestrelLM is instruction-tuned on a mixture that includes C4 and The Pile.",
        "This report describes KestrelLM, the second release of our Kestrel family, trained "
        "on C4 and The Pile.",
    ],
)
def test_trained_on_after_a_bare_verb_a_mixture_or_an_appositive(text: str) -> None:
    trained = relations(run(text), "trainedOn")
    assert trained == {("KestrelLM", "C4", None), ("KestrelLM", "The Pile", None)}


def test_lineage_of_a_student_a_predecessor_system_and_a_combined_corpus() -> None:
    record = run(
        "We present Wren-Math-7B, a reasoning model obtained by distilling solutions of "
        "DeepSeek-R1 into Qwen2.5-Math-7B. Wren-Math-7B is the successor of our earlier "
        "Wren-v1 system. We train it on WrenMix, a 2-trillion-token corpus that combines web "
        "pages from Common Crawl with code from The Stack v2."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Wren-Math-7B", "DeepSeek-R1", "distilled") in lineage
    assert ("Wren-Math-7B", "Qwen2.5-Math-7B", "finetuned") in lineage
    assert {
        ("WrenMix", "Common Crawl", "augmented"),
        ("WrenMix", "The Stack v2", "augmented"),
    } <= lineage
    assert ("Wren-Math-7B", "Wren-v1", None) in relations(record, "successorOf")


def test_a_part_of_a_longer_name_languages_and_splits_are_not_names() -> None:
    found = entities(
        run(
            "Building on Whisper large-v3, we develop Pwani-ASR, which reaches a word error "
            "rate of 24.0 on Kinyarwanda and 31.5 on Luganda; our detector gets 51.2 AP on "
            "COCO val2017."
        )
    )
    assert "Whisper" not in found and "Whisper large-v3" in found
    assert not {"Kinyarwanda", "Luganda", "val2017"} & set(found)


def test_comparisons_metrics_and_shares_on_real_phrasings() -> None:
    record = run(
        "On the validation set, HaloNet with GPT-4o-mini achieves 81.6% F1, outperforming "
        "GPT-4V. Our 14B model obtains 2.7% higher TSE than Qwen-235B. Baselines solve at "
        "most 23.8% of FormalGeo500. We report an Optimal Dataset Scale (ODS) F-score of "
        "0.76."
    )
    assert ("HaloNet", "GPT-4V", None) in relations(record, "comparedWith")
    scored = run("Our RoBERTa with SFT reaches 91.2 on SST-2.")
    assert relations(scored, "evaluatedOn") == {("RoBERTa", "SST-2", "91.2")}
    assert ("GPT-4o-mini", "GPT-4V", None) not in relations(record, "comparedWith")
    found = entities(record)
    assert "TSE" not in found and "ODS" not in found
    assert found["FormalGeo500"] == "Benchmark"


def test_trained_on_is_said_of_a_name_not_of_an_unnamed_system_or_a_later_result() -> None:
    record = run(
        "We compare against CNN baselines (InceptionV2 and ResNet-50) and a state-of-the-art "
        "method pre-trained on the proprietary JFT-300M dataset. KestrelLM, a model trained "
        "on C4, wins. PanelNet is trained on a synthetic corpus of figures, and achieving "
        "the best results on ImageCLEF 2016."
    )
    trained = relations(record, "trainedOn")
    assert trained == {("KestrelLM", "C4", None)}


def test_winter_lineage_phrasings() -> None:
    record = run(
        "ChirpLite is a 90M-parameter speech model distilled from WhisperTTS-L and trained on "
        "the LibriTTS-R corpus. We further distill ChirpLite into ChirpLite-Nano. We obtain "
        "Guppy-1.5B by pruning Qwen2.5-3B to half its width. A 4-bit quantized version, "
        "Guppy-1.5B-Q4, runs on phones. Training Qwen2.5-7B-Instruct with our reward yields "
        "StepRM-7B. TideNet-Base, the smallest TideNet, runs on a laptop."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("ChirpLite", "WhisperTTS-L", "distilled"),
        ("ChirpLite-Nano", "ChirpLite", "distilled"),
        ("Guppy-1.5B", "Qwen2.5-3B", "builtOn"),
        ("Guppy-1.5B-Q4", "Guppy-1.5B", "quantized"),
        ("StepRM-7B", "Qwen2.5-7B-Instruct", "finetuned"),
        ("TideNet-Base", "TideNet", "variant"),
    } <= lineage
    assert ("ChirpLite", "LibriTTS-R", None) in relations(record, "trainedOn")


def test_a_name_that_opens_its_own_definition_is_introduced() -> None:
    record = run(
        "We revisit pixel-space generation. PixelNova-XL is a 675M-parameter flow transformer "
        "trained on ImageNet. GPT-4 is a large model. Quill-Embed-v3 is initialized from "
        "Mistral-7B and trained contrastively on MS MARCO."
    )
    introduced = relations(record, "introduces")
    assert {("PAPER", "PixelNova-XL", None), ("PAPER", "Quill-Embed-v3", None)} <= introduced
    assert ("PAPER", "GPT-4", None) not in introduced
    assert ("Quill-Embed-v3", "MS MARCO", None) in relations(record, "trainedOn")
    assert ("Mistral-7B", "MS MARCO", None) not in relations(record, "trainedOn")


def test_data_described_as_a_new_corpus_and_data_drawn_from_sets() -> None:
    record = run(
        "We introduce TideCast-X, a forecasting model pre-trained on TideHoard, a corpus of 31 "
        "billion observations collected from public sources. We present RadOwl-11B, which is "
        "fine-tuned from Llama 3.2 11B Vision on 370K chest X-ray studies from MIMIC-CXR and "
        "CheXpert Plus."
    )
    assert ("PAPER", "TideHoard", None) in relations(record, "introduces")
    trained = relations(record, "trainedOn")
    assert {("RadOwl-11B", "MIMIC-CXR", None), ("RadOwl-11B", "CheXpert Plus", None)} <= trained


def test_compared_values_metric_names_and_fronted_phrases() -> None:
    record = run(
        "RadOwl-11B reaches a RadGraph F1 of 0.312 on MIMIC-CXR, compared with 0.284 for "
        "MAIRA-2. On LibriSpeech it is close to EchoTTS (2.0 and 0.67), better than DiT-XL/2 "
        "(2.27) and SiT-XL (2.06). It improves on its predecessor Quill-Embed. We propose "
        "Spectral Hop Attention (SpecHop), a method for graphs. With a GCN backbone, SpecHop "
        "reaches 74.3% on ogbn-arxiv. On ETTh1 its MSE drops to 0.392."
    )
    found = entities(record)
    assert "RadGraph" not in found
    assert (
        found["EchoTTS"] == found["SiT-XL"] == found["MAIRA-2"] == found["Quill-Embed"] == "Model"
    )
    assert found["SpecHop"] == "Method" and found["ogbn-arxiv"] == "Benchmark"
    scores = relations(record, "evaluatedOn")
    assert {("RadOwl-11B", "MIMIC-CXR", "0.312"), ("MAIRA-2", "MIMIC-CXR", "0.284")} <= scores
    assert ("SpecHop", "ogbn-arxiv", "74.3") in scores
    assert ("SpecHop", "ETTh1", "0.392") in scores


def test_round7_lineage_phrasings() -> None:
    record = run(
        "Wren-Base is pre-trained from scratch, and Wren-Chat is obtained from Wren-Base through "
        "supervised fine-tuning followed by DPO. Starting from the Llama-3.1-70B checkpoint, we "
        "continue pre-training on statutes from the Pile of Law to produce JurisLlama-70B. "
        "MedLark is a 4B-parameter model adapted from Gemma 3 4B for clinical text, trained on "
        "notes from MIMIC-IV. Our merged model, Mule-13B, combines the weights of Vicuna-13B and "
        "WizardLM-13B. We present Phi-tiny-MoE, a mixture-of-experts model upcycled from the "
        "dense Phi-3-mini. We introduce Heron-Vision, which extends LLaVA-1.6 with a tiling "
        "module and is trained on instructions from TextCaps and our new DocTeach set. "
        "SmolRNN-2 succeeds SmolRNN-1 with more training data drawn from FineWeb."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("Wren-Chat", "Wren-Base", "finetuned"),
        ("JurisLlama-70B", "Llama-3.1-70B", "builtOn"),
        ("MedLark", "Gemma 3 4B", "builtOn"),
        ("Mule-13B", "Vicuna-13B", "merged"),
        ("Mule-13B", "WizardLM-13B", "merged"),
        ("Phi-tiny-MoE", "Phi-3-mini", "builtOn"),
        ("Heron-Vision", "LLaVA-1.6", "builtOn"),
    } <= lineage
    assert ("SmolRNN-2", "SmolRNN-1", None) in relations(record, "successorOf")
    trained = relations(record, "trainedOn")
    assert {
        ("JurisLlama-70B", "Pile of Law", None),
        ("MedLark", "MIMIC-IV", None),
        ("Heron-Vision", "TextCaps", None),
        ("SmolRNN-2", "FineWeb", None),
    } <= trained
    introduced = relations(record, "introduces")
    assert {("PAPER", "DocTeach", None), ("PAPER", "SmolRNN-2", None)} <= introduced


def test_round7_score_phrasings() -> None:
    record = run(
        "SmolRNN-2 reaches accuracies of 62.0%, 55.4% and 48.9% on PIQA, ARC-Easy and "
        "HellaSwag respectively. TinyCLIP-T keeps 70.2% zero-shot top-1 accuracy on ImageNet "
        "with 12% of the parameters. On JCommonsenseQA it matches Llama-3-ELYZA-JP-8B with "
        "83.4% accuracy."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("SmolRNN-2", "PIQA", "62.0"),
        ("SmolRNN-2", "ARC-Easy", "55.4"),
        ("SmolRNN-2", "HellaSwag", "48.9"),
        ("TinyCLIP-T", "ImageNet", "70.2"),
    } <= scores
    assert not [s for s in scores if s[0] == "Llama-3-ELYZA-JP-8B"]


def test_counts_in_parentheses_databases_and_a_model_set_off_by_a_comma() -> None:
    record = run(
        "We construct a large-scale surgical database, SurgBase-DB, with 1.8 million frames. "
        "We propose SurgOwl, which is built upon Qwen2.5-VL, and evaluate our SurgOwl (3 "
        "SurgOwl variants: SurgOwl-7B, SurgOwl-32B and SurgOwl-72B). We present a TrackOwl "
        "model, built upon SAM2 with memory modules. Experiments use two datasets, SIGF-X (405 "
        "sequences) and GRAPE-X (263 sequences)."
    )
    found = entities(record)
    assert found["SurgBase-DB"] == "Dataset"
    assert found["SurgOwl"] == "Model"
    assert found["SIGF-X"] == found["GRAPE-X"] == "Dataset"
    lineage = relations(record, "derivedFrom")
    assert {("SurgOwl", "Qwen2.5-VL", "builtOn"), ("TrackOwl", "SAM2", "builtOn")} <= lineage


@pytest.mark.parametrize(
    "sentence",
    [
        "Our ToolKite framework achieves an 8.2% gain on VideoMME.",
        "ToolKite achieves 34.6% improvement on Kinetics.",
        "ToolKite yields an improvement of approximately 43% on MMBench.",
        "ToolKite shows an enhancement in retrieval accuracy of 5.1% on BEN-14K.",
    ],
)
def test_a_change_after_or_before_its_value_is_no_score(sentence: str) -> None:
    assert not [r for r in relations(run(sentence), "evaluatedOn") if r[2]]


def test_round8_phrasings() -> None:
    record = run(
        "In this work, a code reward model, CodeJay-7B, was fine-tuned from "
        "DeepSeek-Coder-6.7B-Instruct on preference pairs. Three students, Pupil-Llama and "
        "Pupil-Gemma, are instruction-tuned from Llama-3.1-8B and Gemma-2-9B respectively. "
        "We apply length-penalised GRPO to Qwen2.5-14B-Instruct and call the resulting model "
        "Terse-14B. A smaller variant, Terse-1.5B, is derived the same way from Qwen2.5-1.5B. "
        "We present Dredge, a dense retriever distilled with hard negatives from a teacher, "
        "MiniLM-L12-CE, from which it is distilled. DeiT-Pico is obtained by knowledge "
        "distillation from a RegNetY-16GF teacher. We introduce Vidra-3, the second version of "
        "our Vidra video model. We continue the pre-training of XLM-R-large on African text, "
        "yielding AfroXLM-L. AfroXLM-L reaches an F1 of 82.3 on MasakhaNER 2.0."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("CodeJay-7B", "DeepSeek-Coder-6.7B-Instruct", "finetuned"),
        ("Pupil-Llama", "Llama-3.1-8B", "finetuned"),
        ("Pupil-Gemma", "Gemma-2-9B", "finetuned"),
        ("Terse-14B", "Qwen2.5-14B-Instruct", "finetuned"),
        ("Terse-1.5B", "Qwen2.5-1.5B", "builtOn"),
        ("Dredge", "MiniLM-L12-CE", "distilled"),
        ("DeiT-Pico", "RegNetY-16GF", "distilled"),
        ("AfroXLM-L", "XLM-R-large", "builtOn"),
    } <= lineage
    assert ("Vidra-3", "Vidra", None) in relations(record, "successorOf")
    assert ("PAPER", "CodeJay-7B", None) in relations(record, "introduces")
    assert not relations(record, "trainedOn") & {("AfroXLM-L", "MasakhaNER 2.0", None)}


def test_round8_score_phrasings() -> None:
    record = run(
        "We present Trawl-2, a retriever. Trawl-2 improves nDCG@10 on BEIR from 49.1 to 53.7 "
        "and recall@100 on Natural Questions to 91.2. On the AMI evaluation set, Trawl-2 "
        "reduces the concatenated WER from 31.4% to 22.6%. NeuroOwl obtains a Dice of 0.887 on "
        "BraTS 2023, versus 0.842 for nnU-Net. Pupil-Gemma scores highest on IFEval with 78.9, "
        "followed by Pupil-Llama with 74.2. Brevity-7B cuts response length by 48% while "
        "keeping 69.2% on AIME 2024."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Trawl-2", "BEIR", "53.7"),
        ("Trawl-2", "Natural Questions", "91.2"),
        ("Trawl-2", "AMI", "22.6"),
        ("NeuroOwl", "BraTS 2023", "0.887"),
        ("nnU-Net", "BraTS 2023", "0.842"),
        ("Pupil-Gemma", "IFEval", "78.9"),
        ("Pupil-Llama", "IFEval", "74.2"),
        ("Brevity-7B", "AIME 2024", "69.2"),
    } <= scores
    assert ("NeuroOwl", "nnU-Net", None) in relations(record, "comparedWith")


def test_participles_are_names_only_when_set_off_as_one() -> None:
    record = run(
        "We add an Elucidating diffusion model and an Identity-Preserving diffusion model. We "
        "also propose Grafting, a method that merges adapters. The last layer of ViT-L. It works."
    )
    found = entities(record)
    assert "Elucidating" not in found and "Identity-Preserving" not in found
    assert found["Grafting"] == "Method"


def test_a_name_ending_in_a_capital_ends_a_sentence() -> None:
    from mlkg.extract.components.sentences import boundaries

    text = "We thank J. Smith. We use ViT-L. It works."
    assert boundaries(text) == [19, 33]
    # a title only when capitalised; "ms." in lower case is a unit
    text = "Ask Dr. Lee. It runs in 320 ms. The end."
    assert boundaries(text) == [13, 32]


def test_matches_the_noun_compares_nothing() -> None:
    record = run(
        "SoccerSet v3 holds recordings of university-level matches, captured with BePro-X "
        "cameras. Minnow-2B scores 51.3 on ARC-Challenge, matching Qwen2.5-1.5B."
    )
    compared = relations(record, "comparedWith")
    assert compared == {("Minnow-2B", "Qwen2.5-1.5B", None)}


def test_language_pairs_are_no_names_and_a_result_verb_ends_the_training_data() -> None:
    record = run(
        "We introduce KORMo-12B, a model trained from scratch on a Korean-English corpus. A "
        "1B-parameter HRM-Lite model trained on only 40 billion tokens achieves 60.7% on MMLU."
    )
    assert "Korean-English" not in entities(record)
    assert relations(record, "trainedOn") == set()
    assert ("HRM-Lite", "MMLU", "60.7") in relations(record, "evaluatedOn")


def test_round9_phrasings() -> None:
    record = run(
        "ChemOwl-8B is a fine-tuned version of Llama-3.1-8B-Instruct, trained on 90K pairs from "
        "ChemSet-Train. It answers 68.4% of ChemSet questions correctly. StyleKit-XL is a set of "
        "LoRA adapters trained on top of SDXL with paintings from WikiArt. We distil the "
        "knowledge of GraphCast into a smaller graph network, TinyCast, with fewer layers. We "
        "post-train Qwen2-VL-2B into PageFinder-2B. PageFinder-2B reaches an nDCG@5 of 84.6 on "
        "ViDoRe, ahead of ColPali (81.3). Pilot-2 evolves from our earlier Pilot-1 agent. "
        "Qwen3-8B-Int4 is Qwen3-8B quantised to 4-bit integers. On SciQ it scores 92.1 and on "
        "PubMedQA 74.5."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("ChemOwl-8B", "Llama-3.1-8B-Instruct", "finetuned"),
        ("StyleKit-XL", "SDXL", "builtOn"),
        ("TinyCast", "GraphCast", "distilled"),
        ("PageFinder-2B", "Qwen2-VL-2B", "finetuned"),
        ("Qwen3-8B-Int4", "Qwen3-8B", "quantized"),
    } <= lineage
    assert ("Pilot-2", "Pilot-1", None) in relations(record, "successorOf")
    assert {("ChemOwl-8B", "ChemSet-Train", None), ("StyleKit-XL", "WikiArt", None)} <= (
        relations(record, "trainedOn")
    )
    scores = relations(record, "evaluatedOn")
    assert {("ChemOwl-8B", "ChemSet", "68.4"), ("ColPali", "ViDoRe", "81.3")} <= scores
    assert ("PAPER", "TinyCast", None) in relations(record, "introduces")
    assert ("PAPER", "PageFinder-2B", None) in relations(record, "introduces")


def test_our_system_after_building_on_a_model_is_a_model_made_from_it() -> None:
    record = run(
        "Speech translation is weak. Building on SeamlessM4T-v2, our system, BridgeOwl, adds "
        "a language-adapter layer per language."
    )
    assert entities(record)["BridgeOwl"] == "Model"
    assert ("BridgeOwl", "SeamlessM4T-v2", "builtOn") in relations(record, "derivedFrom")


# Failures found on a hand-annotated sample of real 2025-26 abstracts (the sample itself is
# not in the project; these sentences are ours).


def test_colon_appositive_names_what_a_paper_proposes() -> None:
    record = run(
        "We propose QUIVR: a lightweight QAT framework for activation scales. QUIVR keeps the "
        "weights frozen."
    )
    assert entities(record)["QUIVR"] == "Method"
    assert relations(record, "introduces") == {("PAPER", "QUIVR", None)}  # not QAT, its kind


def test_the_kind_inside_a_description_is_not_introduced() -> None:
    record = run("We introduce TideNet, a compact MoLE pipeline for small robots.")
    assert relations(record, "introduces") == {("PAPER", "TideNet", None)}


def test_pronoun_after_a_setting_opener_is_the_papers_system() -> None:
    record = run(
        "We propose QUIVR: a lightweight QAT framework for activation scales. On Mistral-7B, it "
        "achieves 3.1% lower perplexity than SmoothQuant on WikiText2."
    )
    assert ("QUIVR", "WikiText2", None) in relations(record, "evaluatedOn")
    assert ("SmoothQuant", "WikiText2", None) not in relations(record, "evaluatedOn")
    assert ("Mistral-7B", "SmoothQuant", None) not in relations(record, "comparedWith")


def test_value_before_the_benchmark_with_its_metric_after() -> None:
    record = run(
        "We present OrbitDet, a new detector. OrbitDet reaches 57.3% COCO box AP and 83.0% "
        "ImageNet top-1 accuracy, a +1.2% ImageNet accuracy gain over ConvNeXt-T."
    )
    scores = relations(record, "evaluatedOn")
    assert {("OrbitDet", "COCO", "57.3"), ("OrbitDet", "ImageNet", "83.0")} <= scores
    assert ("OrbitDet", "ImageNet", "1.2") not in scores


def test_trained_on_data_then_the_subject_after_the_comma() -> None:
    record = run(
        "We introduce LUMEN, a unified framework for seeing and drawing. Trained only on "
        "CC3M, LUMEN achieves 70.1% ImageNet linear-probing accuracy (+0.8% over SigLIP)."
    )
    assert ("LUMEN", "CC3M", None) in relations(record, "trainedOn")
    assert ("SigLIP", "CC3M", None) not in relations(record, "trainedOn")
    assert entities(record)["CC3M"] == "Dataset"  # not listed with LUMEN
    assert ("LUMEN", "ImageNet", "70.1") in relations(record, "evaluatedOn")


def test_namely_after_existing_datasets_lists_them() -> None:
    record = run(
        "The pipeline is evaluated on two public benchmark datasets, namely SNIPS and "
        "HWU64. We propose a new framework, namely ProtoMix, for intent detection."
    )
    assert relations(record, "introduces") == {("PAPER", "ProtoMix", None)}


def test_listed_systems_evaluated_together() -> None:
    record = run(
        "Three frozen radiology assistants (RadPal-4B, ChestLens-3B, and XrayMate-7B) were "
        "evaluated on the public MIMIC-CXR test set."
    )
    evaluated = relations(record, "evaluatedOn")
    for model in ("RadPal-4B", "ChestLens-3B", "XrayMate-7B"):
        assert (model, "MIMIC-CXR", None) in evaluated


def test_metric_names_and_variables_are_not_entities() -> None:
    record = run(
        "TalkerNet improves photorealism (+70.2% in FID on HDTF) and motion (+5.0% in LMD "
        "metric on VoxCeleb2). On GPT-4o we find a strong correlation (rTX = -0.78) and a "
        "weak one (rLT approximately equal to 0)."
    )
    names = entities(record)
    assert {"LMD", "rTX", "rLT"}.isdisjoint(names)
    assert names["VoxCeleb2"] == "Benchmark"


def test_a_challenge_is_a_benchmark() -> None:
    record = run(
        "We present SpaceMind, our entry to the RoboNav Challenge, built on RoboBrain-7B. "
        "SpaceMind took first place in the RoboNav Challenge."
    )
    names = entities(record)
    assert names["SpaceMind"] == "Model"
    assert names["RoboNav"] == "Benchmark"
    assert ("SpaceMind", "RoboBrain-7B", "builtOn") in relations(record, "derivedFrom")


def test_benchmark_converted_from_a_public_dataset() -> None:
    record = run(
        "We construct SpokenHotpot, a benchmark created by converting questions from the "
        "publicly available HotpotQA dataset into speech."
    )
    assert ("SpokenHotpot", "HotpotQA", "augmented") in relations(record, "derivedFrom")


def test_words_before_an_acronym_are_part_of_its_name() -> None:
    record = run(
        "We propose Streaming Retrieval-Augmented Generation (Streaming RAG), a framework that "
        "predicts tool calls early."
    )
    names = {e["name"]: e for e in record["entities"]}
    assert "Streaming RAG" in names
    assert "Streaming Retrieval-Augmented Generation" in names["Streaming RAG"]["aliases"]
    assert relations(record, "introduces") == {("PAPER", "Streaming RAG", None)}


def test_colon_then_the_first_describes_the_name() -> None:
    record = run(
        "We also introduce ClipDepth: the first long-form, high-resolution video depth "
        "benchmark with 4K clips."
    )
    assert entities(record)["ClipDepth"] == "Benchmark"
    assert ("PAPER", "ClipDepth", None) in relations(record, "introduces")


def test_a_shared_task_entry_is_not_what_the_paper_introduces() -> None:
    record = run(
        "We present our participation in the MEDIQA 2026 shared task on clinical note "
        "summarisation, where our systems ranked third."
    )
    assert entities(record)["MEDIQA 2026"] == "Benchmark"
    assert relations(record, "introduces") == set()


def test_a_disease_acronym_is_no_name() -> None:
    record = run(
        "Huntington's disease (HD) is rare. We propose NeuroGAT, a graph attention network, "
        "and test it on the Alzheimer's Disease Neuroimaging Initiative (ADNI) cohort."
    )
    names = entities(record)
    assert "HD" not in names
    assert names["ADNI"] in ("Dataset", "Benchmark")


def test_a_sentence_opened_by_training_is_about_a_model() -> None:
    record = run(
        "We introduce GlanceNet, a light module that drops redundant patches. Trained with "
        "next-token prediction and reinforcement learning, GlanceNet picks few patches. "
        "GlanceNet reaches 66.1% on VideoMME."
    )
    assert entities(record)["GlanceNet"] == "Model"


def test_hyphenated_modifiers_and_inner_nouns_do_not_head_a_description() -> None:
    record = run(
        "We propose MixSynth, an LLM-driven preference data synthesis method. We also propose "
        "FuseRank, a training-free, data-free merger for task vectors. We release SoupKit, a "
        "model merging technique."
    )
    names = entities(record)
    assert names["MixSynth"] == "Method"
    assert names["FuseRank"] != "Dataset"
    assert names["SoupKit"] == "Method"


def test_names_in_a_fronted_phrase_are_not_described_by_the_subject_after_them() -> None:
    record = run(
        "We propose ClipSum, a zero-shot summariser. On SumMe and TVSum, our data-free "
        "approach surpasses all prior unsupervised methods."
    )
    names = entities(record)
    assert names["SumMe"] == "Benchmark"
    assert names["TVSum"] == "Benchmark"


def test_a_superscript_inside_a_name_stays_in_it() -> None:
    record = next(
        extract(
            [
                Paper(
                    id="paper/test",
                    text=clean_text(
                        "We present K$^3$-Planner, a planning agent, and build K$^3$-Bench, a "
                        "benchmark of 200 tasks. K$^3$-Planner surpasses ReAct on K$^3$-Bench. "
                        "The error grows as x^2 on R^2 data."
                    ),
                )
            ]
        )
    )
    names = entities(record)
    assert names["K^3-Planner"] == "Model"
    assert names["K^3-Bench"] == "Benchmark"
    assert "R^2" not in names and "3-Planner" not in names
    assert ("K^3-Planner", "K^3-Bench", None) in relations(record, "evaluatedOn")


def test_a_minor_version_after_a_known_family_is_part_of_the_name() -> None:
    record = run("A Llama 3.1 8B student imitates a Llama 3.4 70B teacher.")
    assert {"Llama 3.1 8B", "Llama 3.4 70B"} <= set(entities(record))


def test_the_sentence_introducing_a_benchmark_reports_no_result_on_it() -> None:
    record = run(
        "We introduce SafeLens, a diagnostic framework for agents. We also introduce "
        "HarmLinkBench, a benchmark of 1,405 URLs to support future evaluations."
    )
    assert ("PAPER", "HarmLinkBench", None) in relations(record, "introduces")
    assert relations(record, "evaluatedOn") == set()


def test_a_task_like_long_form_names_what_the_paper_proposes() -> None:
    record = run(
        "We introduce Layer Selection and Restoration via Weight Averaging (LSR-WA), a "
        "practical framework for domain adaptation. We also propose benchmark-aligned "
        "filtering (BAF), a simple method that ranks documents."
    )
    names = {e["name"]: e for e in record["entities"]}
    assert names["LSR-WA"]["type"] == "Method"
    assert names["BAF"]["type"] == "Method"
    assert {("PAPER", "LSR-WA", None), ("PAPER", "BAF", None)} <= relations(record, "introduces")


def test_quoted_children_and_versioned_parents_pair_respectively() -> None:
    record = run(
        'Two variants, "Kandy-Llama" and "Kandy-Qwen", are fine-tuned versions of Llama (3.2) '
        "and Qwen (2.5), respectively, with a task-specific strategy."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Kandy-Llama", "Llama", "finetuned") in lineage
    assert ("Kandy-Qwen", "Qwen", "finetuned") in lineage


def test_a_competition_report_introduces_no_benchmark() -> None:
    record = run(
        "This report presents the results and findings of the first edition of the Long "
        "Films 30K (LF30K) Competition, held at ICCV 2025."
    )
    assert entities(record)["LF30K"] == "Benchmark"
    assert relations(record, "introduces") == set()


def test_a_score_after_a_counted_dataset_and_a_named_metric() -> None:
    record = run(
        "On the PAIRSET dataset (3,813 color pairs), HueLab achieves a STRESS of 23.22, a "
        "20.4% reduction from CIEDE2000 (29.18)."
    )
    names = entities(record)
    assert "STRESS" not in names
    assert names["CIEDE2000"] != "Benchmark"
    assert relations(record, "evaluatedOn") == {("HueLab", "PAIRSET", "23.22")}


def test_slashed_sizes_and_versions_expand() -> None:
    record = run("On Qwen3-1.7B/4B and GPT-4/4o, TEMPO outperforms PPO on MATH.")
    assert {"Qwen3-1.7B", "Qwen3-4B", "GPT-4", "GPT-4o"} <= set(entities(record))


def test_the_model_after_a_fronted_phrase_is_the_papers() -> None:
    record = run(
        "We present Sardo-3B, a model adapted from Qwen2.5-3B-Instruct through continued "
        "pretraining (CPT). After CPT the model reaches a perplexity of 6.8 and outperforms "
        "the base across all FLORES-200 directions. Based on the VDETR baseline, our method "
        "sets a new state of the art on ScanNetV2."
    )
    evaluated = relations(record, "evaluatedOn")
    assert ("Sardo-3B", "FLORES-200", None) in evaluated
    assert ("CPT", "FLORES-200", None) not in evaluated
    assert ("VDETR", "ScanNetV2", None) not in evaluated


def test_built_upon_a_model_then_the_subject_after_the_comma() -> None:
    record = run(
        "This study presents TagaLM, a Filipino-optimized language model. Built upon the "
        "SeaLLM-7B 2.5 model, TagaLM leverages LoRA fine-tuning. Built on DreamPose3D, our "
        "approach adds a global lifting module."
    )
    assert ("TagaLM", "SeaLLM-7B 2.5", "builtOn") in relations(record, "derivedFrom")
    assert entities(record)["DreamPose3D"] == "Model"


def test_examples_and_variants_of_known_systems_are_not_introduced() -> None:
    record = run(
        "We first construct three lightweight PoseHMR variants by adapting ViTPose models. "
        "We propose leveraging hierarchical vision foundation models, including Swin "
        "Transformer, GroupMixFormer, and VMamba, as encoders."
    )
    assert relations(record, "introduces") == set()


def test_an_unnamed_predecessor_is_the_earlier_version_written_elsewhere() -> None:
    record = run(
        "Building on the limitations of CLOVEv1, we present CLOVEv2, a more challenging "
        "dataset. Compared to its predecessor, CLOVEv2 adds occlusions and night scenes."
    )
    names = entities(record)
    assert names["CLOVEv2"] in ("Dataset", "Benchmark")
    assert ("CLOVEv2", "CLOVEv1", None) in relations(record, "successorOf")


def test_round10_lineage_phrasings() -> None:
    record = run(
        "We introduce WeaveLM-3B, a compact model obtained by continually pre-training "
        "Qwen2.5-3B on 30B tokens from FineWeb-Edu. An instruction-following variant, "
        "WeaveLM-3B-Chat, is further aligned with DPO. We adapt Whisper small to Yoruba by "
        "fine-tuning it on 300 hours of Common Voice recordings; we call the resulting model "
        "Ohun-ASR. We continue the pre-training of ESM-2 150M on 1M predicted structures from "
        "the PDB and name the result FoldLM. We merge two variants of Gemma-2-9B with "
        "TIES-Merging to obtain Twin-9B. Twin-9B scores 51.0 on HumanEval. A 4-bit "
        "quantization of it, Twin-9B-AWQ, loses one point."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("WeaveLM-3B", "Qwen2.5-3B", "builtOn"),
        ("WeaveLM-3B-Chat", "WeaveLM-3B", "finetuned"),
        ("Ohun-ASR", "Whisper small", "finetuned"),
        ("FoldLM", "ESM-2 150M", "builtOn"),
        ("Twin-9B-AWQ", "Twin-9B", "quantized"),
    } <= lineage
    trained = relations(record, "trainedOn")
    assert {
        ("WeaveLM-3B", "FineWeb-Edu", None),
        ("Ohun-ASR", "Common Voice", None),
        ("FoldLM", "PDB", None),
    } <= trained
    assert ("Qwen2.5-3B", "FineWeb-Edu", None) not in trained
    assert ("PAPER", "FoldLM", None) in relations(record, "introduces")


def test_a_model_composed_of_others_is_built_on_each() -> None:
    record = run(
        "This paper presents ScanMentor, a vision-language model whose image encoder is "
        "initialised from BiomedCLIP and whose language decoder is Phi-3-mini. Tiny-VL-1B "
        "pairs a SigLIP-So400m image encoder with the SmolLM2-1.7B language model. It is "
        "instruction-tuned on the LLaVA-OneVision data mixture."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("ScanMentor", "BiomedCLIP", "builtOn"),
        ("ScanMentor", "Phi-3-mini", "builtOn"),
        ("Tiny-VL-1B", "SigLIP-So400m", "builtOn"),
        ("Tiny-VL-1B", "SmolLM2-1.7B", "builtOn"),
    } <= lineage
    assert ("BiomedCLIP", "Phi-3-mini", "builtOn") not in lineage
    assert ("PAPER", "Tiny-VL-1B", None) in relations(record, "introduces")
    assert entities(record)["LLaVA-OneVision"] == "Dataset"


def test_round10_successors_and_derived_data() -> None:
    record = run(
        "We release Pythia-R1-7B, trained from Qwen2.5-Math-7B. Compared with its predecessor "
        "Pythia-7B, the new model halves the response length. We describe Falcon-Wx-2, the "
        "second generation of our weather model. Unlike Falcon-Wx-1, which used ERA5 alone, "
        "Falcon-Wx-2 also uses HRES. CountDraw is trained on CountSet-50K, a new collection of "
        "50K images with counts that we derive from LAION-5B. BugFix-Bench extends SWE-bench "
        "Verified with multi-file tasks."
    )
    successors = relations(record, "successorOf")
    assert {("Pythia-R1-7B", "Pythia-7B", None), ("Falcon-Wx-2", "Falcon-Wx-1", None)} <= (
        successors
    )
    lineage = relations(record, "derivedFrom")
    assert ("CountSet-50K", "LAION-5B", "augmented") in lineage
    assert ("BugFix-Bench", "SWE-bench Verified", "augmented") in lineage


def test_round10_introductions_and_results() -> None:
    record = run(
        "We introduce PatchBench, a benchmark of 500 bug-fix tasks collected from 40 "
        "repositories, and PatchPilot, an agent that uses Claude 3.7 Sonnet as its planner. "
        "PatchPilot resolves 46.2% of PatchBench tasks. We train ChestGuide on MIMIC-CXR and "
        "evaluate it on the IU X-Ray test split, where it obtains a RadGraph F1 of 0.291. "
        "SAM-Vid is trained on SA-Clips, a new dataset of 51K videos that we collect, and "
        "achieves 76.1 J&F on DAVIS 2017."
    )
    introduced = relations(record, "introduces")
    assert {("PAPER", "PatchBench", None), ("PAPER", "PatchPilot", None)} <= introduced
    evaluated = relations(record, "evaluatedOn")
    assert ("Claude 3.7 Sonnet", "PatchBench", None) not in evaluated
    assert ("ChestGuide", "IU X-Ray", "0.291") in evaluated
    assert ("SA-Clips", "DAVIS 2017", "augmented") not in relations(record, "derivedFrom")


def test_the_papers_one_model_is_the_base_it_adapts() -> None:
    record = run(
        "We present MedLingo, an assistant for clinical notes. We fine-tune Llama-3.1-8B on "
        "200K notes from MIMIC-IV with LoRA. MedLingo reaches 71.2% on MedQA."
    )
    assert ("MedLingo", "Llama-3.1-8B", "finetuned") in relations(record, "derivedFrom")
    assert relations(record, "trainedOn") == {("MedLingo", "MIMIC-IV", None)}
    other = run(
        "We present ChartPal, a chart assistant. Starting from Qwen2-VL-7B, we apply two "
        "stages of instruction tuning. ChartPal reaches 80.1% on ChartQA."
    )
    assert ("ChartPal", "Qwen2-VL-7B", "builtOn") in relations(other, "derivedFrom")


def test_no_base_is_guessed_for_a_benchmark_paper_or_for_baselines() -> None:
    record = run(
        "We introduce ChartTest, a benchmark of 2K charts. We fine-tune Llama-3.1-8B and "
        "Mistral-7B as baselines."
    )
    assert relations(record, "derivedFrom") == set()
    other = run(
        "We present ChartPal, a chart assistant. For comparison, we fine-tune Qwen2-VL-7B "
        "with the same data as a baseline."
    )
    assert relations(other, "derivedFrom") == set()


def test_a_lower_case_size_shared_by_two_kinds_is_not_a_name() -> None:
    record = run("We probe Qwen and Llama base and instruction-tuned models, and Whisper small.")
    names = set(entities(record))
    assert "Llama base" not in names
    assert "Whisper small" in names


def test_round11_lineage_phrasings() -> None:
    record = run(
        "Juris-7B is a LoRA fine-tune of Mistral-7B-v0.3 on court decisions. We upcycle "
        "Llama-3.2-1B into a mixture-of-experts model with four experts, MoLite-4x1B, and "
        "continue training it. We distil the reasoning traces of DeepSeek-R1 into "
        "Qwen2.5-7B, obtaining Sage-7B. A pruned version of Sage-7B, Sage-5B, keeps 51.0% on "
        "AIME 2024. We train Judge-3B from Phi-3.5-mini on 40K preference labels. DocLens-S "
        "is LLaVA-1.5-7B with its vision tower replaced by SigLIP. Built on top of Qwen3-8B, "
        "Forge-8B adds a repository map encoder."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("Juris-7B", "Mistral-7B-v0.3", "finetuned"),
        ("MoLite-4x1B", "Llama-3.2-1B", "builtOn"),
        ("Sage-7B", "DeepSeek-R1", "distilled"),
        ("Sage-7B", "Qwen2.5-7B", "distilled"),
        ("Sage-5B", "Sage-7B", "builtOn"),
        ("Judge-3B", "Phi-3.5-mini", "finetuned"),
        ("DocLens-S", "LLaVA-1.5-7B", "builtOn"),
        ("Forge-8B", "Qwen3-8B", "builtOn"),
    } <= lineage
    introduced = relations(record, "introduces")
    for name in ("MoLite-4x1B", "Sage-5B", "DocLens-S", "Forge-8B"):
        assert ("PAPER", name, None) in introduced
    assert ("Sage-5B", "AIME 2024", "51.0") in relations(record, "evaluatedOn")


def test_a_plain_word_name_is_found_again_and_our_earlier_model_is_a_predecessor() -> None:
    record = run(
        "We introduce the Petrel family of small speech models. All Petrel models are "
        "initialised with the weights of wav2vec 2.0 and trained on 80K hours of LibriLight. "
        "TaPEX-2 extends our earlier TaPEX with row attention and is pre-trained on tables "
        "from Common Crawl."
    )
    assert ("Petrel", "wav2vec 2.0", "builtOn") in relations(record, "derivedFrom")
    trained = relations(record, "trainedOn")
    assert {("Petrel", "LibriLight", None), ("TaPEX-2", "Common Crawl", None)} <= trained
    assert ("TaPEX-2", "TaPEX", None) in relations(record, "successorOf")
    assert ("TaPEX-2", "TaPEX", "builtOn") not in relations(record, "derivedFrom")


def test_round11_scores() -> None:
    record = run(
        "Tern-3B reaches a word error rate of 2.1% on LibriSpeech, close to Whisper large-v3 "
        "(1.8%). On RewardBench, Judge-3B scores 84.7, close to its GPT-4o teacher (86.0). "
        "Fine-tuned on "
        "WikiTableQuestions, TaPEX-2 sets a new state of the art with 68.9% accuracy. "
        "MoLite-4x1B matches Llama-3.2-3B on HellaSwag (73.0 vs 73.4)."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Whisper large-v3", "LibriSpeech", "1.8"),
        ("GPT-4o", "RewardBench", "86.0"),
        ("TaPEX-2", "WikiTableQuestions", "68.9"),
        ("MoLite-4x1B", "HellaSwag", "73.0"),
        ("Llama-3.2-3B", "HellaSwag", "73.4"),
    } <= scores
    exam = run(
        "Juris-7B is a LoRA fine-tune of Mistral-7B-v0.3. On the OAB bar exam benchmark it "
        "answers 64.1% of questions."
    )
    assert ("Juris-7B", "OAB", "64.1") in relations(exam, "evaluatedOn")


def test_a_translated_benchmark_and_its_test_split() -> None:
    record = run(
        "We present AfriQueries, which translates the English queries of MIRACL into 16 "
        "African languages. Fine-tuned on the training split of AfriQueries, mE5-large gains "
        "9.4 points and reaches 58.3 nDCG@10 on its test split."
    )
    assert ("AfriQueries", "MIRACL", "augmented") in relations(record, "derivedFrom")
    assert ("mE5-large", "AfriQueries", None) in relations(record, "trainedOn")
    assert ("mE5-large", "AfriQueries", "58.3") in relations(record, "evaluatedOn")
    assert entities(record)["mE5-large"] == "Model"


def test_round12_lineage_phrasings() -> None:
    record = run(
        "We apply GRPO to Qwen2.5-7B-Instruct with 30K questions from MedQA-Train, resulting in "
        "CareReason-7B. We present BioWren-7B, a Mistral-7B-based model continually "
        "pre-trained on PubMed Central articles. In our setup, a student, Whisper-Mini, learns "
        "from the Whisper large-v3 teacher through sequence-level distillation on 5K hours of "
        "GigaSpeech. Sage-Math-2 supersedes Sage-Math-1 and inherits the weights of "
        "Phi-4-mini. Starting with mBART-50, we add a pose encoder and fine-tune the whole "
        "model on How2Sign, producing SignWave."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("CareReason-7B", "Qwen2.5-7B-Instruct", "finetuned"),
        ("BioWren-7B", "Mistral-7B", "builtOn"),
        ("Whisper-Mini", "Whisper large-v3", "distilled"),
        ("Sage-Math-2", "Phi-4-mini", "builtOn"),
        ("SignWave", "mBART-50", "finetuned"),
    } <= lineage
    assert ("Sage-Math-2", "Sage-Math-1", None) in relations(record, "successorOf")
    trained = relations(record, "trainedOn")
    assert {
        ("CareReason-7B", "MedQA-Train", None),
        ("Whisper-Mini", "GigaSpeech", None),
    } <= trained
    assert ("PAPER", "Whisper-Mini", None) in relations(record, "introduces")


def test_round12_derived_data() -> None:
    record = run(
        "We build MathVerse-Hard by filtering MathVerse down to 1,200 problems. KorQuAD-R "
        "re-labels the test set of KorQuAD 2.0 with adversarial distractors. TinySeg uses "
        "ConvNeXt-T as its backbone."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("MathVerse-Hard", "MathVerse", "augmented"),
        ("KorQuAD-R", "KorQuAD 2.0", "augmented"),
    } <= lineage
    introduced = relations(record, "introduces")
    for name in ("KorQuAD-R", "TinySeg"):
        assert ("PAPER", name, None) in introduced
    merged = run(
        "OmniRobo-Data merges Open X-Embodiment and DROID into one corpus. A policy trained on "
        "it, OmniRobo, succeeds in 64% of trials."
    )
    assert {
        ("OmniRobo-Data", "Open X-Embodiment", "augmented"),
        ("OmniRobo-Data", "DROID", "augmented"),
    } <= relations(merged, "derivedFrom")
    assert ("OmniRobo", "OmniRobo-Data", None) in relations(merged, "trainedOn")
    assert {("PAPER", "OmniRobo-Data", None), ("PAPER", "OmniRobo", None)} <= relations(
        merged, "introduces"
    )


def test_backstop_the_papers_model_is_built_on_the_one_known_model_near_a_making_word() -> None:
    record = run(
        "We propose NoduleScan, a detector for lung nodules. In it, a pretrained DINOv2 "
        "backbone feeds a lightweight two-stage head. NoduleScan reaches 91.0% recall on "
        "LUNA16."
    )
    assert ("NoduleScan", "DINOv2", "builtOn") in relations(record, "derivedFrom")


def test_backstop_stays_quiet_for_comparisons_examples_architectures_and_families() -> None:
    for text in (
        "We propose NoduleScan. NoduleScan outperforms a fine-tuned DINOv2 on LUNA16.",
        "We propose NoduleScan, a detector. Vision models such as DINOv2 are often fine-tuned "
        "for detection.",
        "We propose NoduleScan, a detector. NoduleScan uses a U-Net backbone.",
        "We introduce the Ministral 3 series of small models. Like Ministral, it is built for "
        "phones and distilled carefully.",
    ):
        assert relations(run(text), "derivedFrom") == set(), text


def test_round13_lineage_phrasings() -> None:
    record = run(
        "We introduce HouseVLA-3B, a policy whose weights are taken from PaliGemma-3B and whose "
        "action head is trained on 70K episodes from the BridgeData V2 collection. TuneGen "
        "fine-tunes MusicGen-medium with chord adapters. We present SeqMem, which equips the "
        "SASRec architecture with a session memory. GridCast is obtained from Chronos-Bolt-Base "
        "after two epochs of further training on grid load data. VeriCode-7B was produced by "
        "supervised fine-tuning of DeepSeek-Coder-6.7B on Verilog modules. MolBig reuses the "
        "encoder of Uni-Mol and pre-trains a larger decoder on 19M molecules from ZINC20."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("HouseVLA-3B", "PaliGemma-3B", "builtOn"),
        ("TuneGen", "MusicGen-medium", "finetuned"),
        ("SeqMem", "SASRec", "builtOn"),
        ("GridCast", "Chronos-Bolt-Base", "finetuned"),
        ("VeriCode-7B", "DeepSeek-Coder-6.7B", "finetuned"),
        ("MolBig", "Uni-Mol", "builtOn"),
    } <= lineage
    trained = relations(record, "trainedOn")
    assert {("HouseVLA-3B", "BridgeData V2", None), ("MolBig", "ZINC20", None)} <= trained
    assert ("PaliGemma-3B", "BridgeData V2", None) not in trained
    introduced = relations(record, "introduces")
    for name in ("TuneGen", "VeriCode-7B", "MolBig"):
        assert ("PAPER", name, None) in introduced


def test_round13_results_and_comparisons() -> None:
    record = run(
        "Our system, Soga-MT, initialises from NLLB-200-distilled-600M and is trained on a new "
        "parallel corpus, SogaPar, of 40K pairs. Soga-MT scores 24.6 chrF++ on the FLORES-200 "
        "devtest. On "
        "VerilogEval, VeriCode-7B passes 58.3% of problems. GridCast cuts the error on the "
        "ENTSO-E test set by 17% relative to TimesFM."
    )
    assert entities(record)["Soga-MT"] == "Model"
    assert ("Soga-MT", "NLLB-200-distilled-600M", "builtOn") in relations(record, "derivedFrom")
    assert ("Soga-MT", "SogaPar", None) in relations(record, "trainedOn")
    scores = relations(record, "evaluatedOn")
    assert {("Soga-MT", "FLORES-200", "24.6"), ("VeriCode-7B", "VerilogEval", "58.3")} <= scores
    assert ("GridCast", "TimesFM", None) in relations(record, "comparedWith")


def test_a_change_in_a_named_measure_is_no_benchmark() -> None:
    record = run(
        "We propose FakeSpot, a teacher-student framework. It improves the average by 5.19% in "
        "ACCx and 6.33% in F1-Fake across all datasets."
    )
    names = entities(record)
    assert "ACCx" not in names and "F1-Fake" not in names
    assert relations(record, "evaluatedOn") == set()


def test_a_new_name_opening_a_sentence_is_the_papers_model() -> None:
    record = run(
        "Point cloud segmentation models are heavy. PointSlim compresses Point Transformer V3 "
        "into a network with 8% of its parameters via layer-wise distillation on ScanNet."
    )
    assert ("PAPER", "PointSlim", None) in relations(record, "introduces")
    assert ("PointSlim", "Point Transformer V3", "distilled") in relations(record, "derivedFrom")
    assert relations(record, "trainedOn") == {("PointSlim", "ScanNet", None)}
    known = run("Detection on phones is slow. MobileNetV2 is employed as a compact backbone.")
    assert relations(known, "introduces") == set()


def test_round14_lineage_phrasings() -> None:
    record = run(
        "We release HoriLM-8B, which continues the pre-training of Llama-3.1-Swallow-8B on 5B "
        "tokens of court rulings. GeoSeg adapts the Segment Anything Model to remote sensing. "
        "We present VoxLink, a model that couples the encoder of SeamlessM4T v2 with the "
        "decoder of CosyVoice 2. ProtBlend merges the weights of ESM-2 650M and SaProt. "
        "HateShift-XLMR is XLM-R large further pre-trained on 50M posts and then fine-tuned "
        "on HateXplain."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("HoriLM-8B", "Llama-3.1-Swallow-8B", "builtOn"),
        ("GeoSeg", "Segment Anything Model", "builtOn"),
        ("VoxLink", "SeamlessM4T v2", "builtOn"),
        ("VoxLink", "CosyVoice 2", "builtOn"),
        ("ProtBlend", "ESM-2 650M", "merged"),
        ("ProtBlend", "SaProt", "merged"),
        ("HateShift-XLMR", "XLM-R large", "builtOn"),
    } <= lineage
    trained = relations(record, "trainedOn")
    assert ("HateShift-XLMR", "HateXplain", None) in trained
    assert ("XLM-R large", "HateXplain", None) not in trained


def test_round14_results_and_named_results() -> None:
    record = run(
        "We teach Gemma-2-9B to assign ICD-10 codes by instruction tuning on discharge "
        "summaries; the tuned model, CodeMed-9B, reaches a micro-F1 of 58.2 on MIMIC-IV. On the "
        "ScanNet validation set PointSlim keeps 74.1 mIoU. Without any further training, "
        "ProtBlend improves zero-shot fitness prediction on ProteinGym to a Spearman "
        "correlation of 0.489."
    )
    assert ("PAPER", "CodeMed-9B", None) in relations(record, "introduces")
    assert ("CodeMed-9B", "Gemma-2-9B", "finetuned") in relations(record, "derivedFrom")
    scores = relations(record, "evaluatedOn")
    assert {("PointSlim", "ScanNet", "74.1"), ("ProtBlend", "ProteinGym", "0.489")} <= scores
    assert ("ProtBlend", "ProteinGym", None) not in relations(record, "trainedOn")


def test_round15_lineage_phrasings() -> None:
    record = run(
        "We initialise LongRet from the ModernBERT-large checkpoint. DriveBrain attaches a "
        "planning head to the frozen InternVL2-8B. TimeCap replaces the audio encoder of Pengi "
        "with BEATs. We present OLMath-7B, a math specialist whose starting point is OLMo-2-7B. "
        "We introduce Corrdiff-EU, our adaptation of NVIDIA's CorrDiff to Europe, retrained on "
        "20 years of COSMO-REA6 reanalysis. Our model, GestureFlow, is a flow-matching variant "
        "of the diffusion-based DiffGesture."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("LongRet", "ModernBERT-large", "builtOn"),
        ("DriveBrain", "InternVL2-8B", "builtOn"),
        ("TimeCap", "Pengi", "builtOn"),
        ("OLMath-7B", "OLMo-2-7B", "builtOn"),
        ("Corrdiff-EU", "CorrDiff", "builtOn"),
        ("GestureFlow", "DiffGesture", "variant"),
    } <= lineage
    introduced = relations(record, "introduces")
    assert ("PAPER", "LongRet", None) in introduced
    assert ("PAPER", "CorrDiff", None) not in introduced
    assert ("GestureFlow", "DiffGesture", None) not in relations(record, "comparedWith")
    assert ("Corrdiff-EU", "COSMO-REA6", None) in relations(record, "trainedOn")


def test_training_pairs_generated_from_named_data() -> None:
    record = run(
        "ChartOwl-3B is PaliGemma-3B instruction-tuned on 120K chart-question pairs generated "
        "from ChartQA and PlotQA."
    )
    trained = relations(record, "trainedOn")
    assert {("ChartOwl-3B", "ChartQA", None), ("ChartOwl-3B", "PlotQA", None)} <= trained


def test_a_series_built_on_a_model_and_a_backstop_that_follows_the_main_entity() -> None:
    record = run(
        "We introduce the Lumo2-Embedding and Lumo2-Reranker model series, the latest extensions "
        "of the Lumo family built on the Qwen3-VL foundation model."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("Lumo2-Embedding", "Qwen3-VL", "builtOn"),
        ("Lumo2-Reranker", "Qwen3-VL", "builtOn"),
    } <= lineage
    method_paper = run(
        "We introduce HyperScan, a training-free anomaly detection framework. We further "
        "introduce Dual-Branch Image Scoring. Built upon DINOv3 and a hypergraph, our approach "
        "needs no prompts."
    )
    assert not any(
        head == "Dual-Branch Image Scoring" for head, _, _ in relations(method_paper, "derivedFrom")
    )


def test_release_codes_hardware_and_a_short_name_of_the_paper_model() -> None:
    record = run(
        "We introduce Osprey-M1, a hybrid-attention reasoning model. The M1 model reads a "
        "million tokens, eight times the context of DeepSeek R1 and Kimi K2. Training on 256 "
        "H800 GPUs took two weeks."
    )
    found = entities(record)
    assert found.get("DeepSeek R1") == "Model" and found.get("Kimi K2") == "Model"
    assert "M1" not in found and "H800" not in found and "DeepSeek" not in found
    osprey = next(e for e in record["entities"] if e["name"] == "Osprey-M1")
    assert "M1" in osprey["aliases"]
    assert relations(record, "trainedOn") == set()


def test_the_model_developed_based_on_our_previous_one() -> None:
    record = run(
        "We introduce Osprey-M1, a reasoning model. The model is developed based on our "
        "previous Osprey-Text-01 model. Kestrel-2 is based on our earlier Kestrel-1 model. "
        "Falcon-3 extends our previous Falcon-2 model."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Osprey-M1", "Osprey-Text-01", "builtOn") in lineage
    assert ("Kestrel-2", "Kestrel-1", "builtOn") in lineage
    assert ("Falcon-3", "Falcon-2", None) in relations(record, "successorOf")


def test_a_result_of_the_system_named_after_with_or_later_in_the_sentence() -> None:
    record = run(
        "We benchmarked six detectors on the CrossWalk-7 dataset, with YOLOv11 achieving the "
        "highest mean average precision at 50% (mAP@0.5) of 0.812. We evaluate open reasoning "
        "models on ClinCase and find gaps: for instance, the strongest one, QwQ-32B, achieves "
        "only 41% diagnostic accuracy."
    )
    scores = relations(record, "evaluatedOn")
    assert ("YOLOv11", "CrossWalk-7", "0.812") in scores
    assert ("QwQ-32B", "ClinCase", "41") in scores


def test_an_appositive_defines_the_type_against_a_comparison() -> None:
    record = run(
        "We propose FlexVec, a method that replaces in-context demonstrations with learned "
        "vectors. FlexVec achieves strong fidelity through training. Experiments show that "
        "FlexVec surpasses plain in-context learning on VQAv2. We also use Bootstrap Your Own "
        "Segmentation (BYOS) features."
    )
    found = entities(record)
    assert found.get("FlexVec") == "Method"
    assert found.get("BYOS") == "Method"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We present SqlCoder-7B, a model obtained by continuing the pre-training of "
            "CodeLlama-7B on 90B tokens of SQL. A later stage tunes the model on 20K annotated "
            "queries, which gives SqlCoder-7B-Chat.",
            {
                ("SqlCoder-7B", "CodeLlama-7B", "builtOn"),
                ("SqlCoder-7B-Chat", "SqlCoder-7B", "finetuned"),
            },
        ),
        (
            "We describe Whisper-Tagalog, which we obtain by adapting Whisper medium to Tagalog "
            "with the Common Voice subset.",
            {("Whisper-Tagalog", "Whisper medium", "finetuned")},
        ),
        (
            "Small reasoners matter. We distil the answers of Llama-3-70B into a 2.5B-parameter "
            "student, SparrowThinker, using 300K traces. The student is initialised from "
            "Gemma-2-2B.",
            {
                ("SparrowThinker", "Llama-3-70B", "distilled"),
                ("SparrowThinker", "Gemma-2-2B", "builtOn"),
            },
        ),
        (
            "We merge OpenMath-7B and a chat-tuned Llama-2-7B variant, Vicuna-7B, into one "
            "model, Blend-7B, by averaging task vectors.",
            {("Blend-7B", "OpenMath-7B", "merged"), ("Blend-7B", "Vicuna-7B", "merged")},
        ),
        (
            "We release TinyVL-Q4, a 4-bit version of LLaVA-1.6-7B.",
            {("TinyVL-Q4", "LLaVA-1.6-7B", "quantized")},
        ),
        (
            "We introduce Parrot-Embed, an encoder that starts from mBERT. A distilled companion, "
            "Parrot-Embed-mini, learns from Parrot-Embed.",
            {
                ("Parrot-Embed", "mBERT", "builtOn"),
                ("Parrot-Embed-mini", "Parrot-Embed", "distilled"),
            },
        ),
        (
            "We build RoadSAM by extending the Segment Anything Model (SAM) and fine-tuning its "
            "decoder on the Cityscapes training set.",
            {("RoadSAM", "SAM", "builtOn")},
        ),
    ],
)
def test_round16_lineage_phrasings(text: str, expected: set) -> None:
    record = run(text)
    lineage = relations(record, "derivedFrom")
    assert expected <= lineage
    assert ("Blend-7B", "Llama-2-7B", "merged") not in lineage
    trained = relations(record, "trainedOn")
    if "Whisper-Tagalog" in text:
        assert ("Whisper-Tagalog", "Common Voice", None) in trained
        assert ("Whisper-Tagalog", "Common Voice", None) not in relations(record, "evaluatedOn")
    if "RoadSAM" in text:
        assert ("RoadSAM", "Cityscapes", None) in trained


def test_round16_names_and_scores() -> None:
    record = run(
        "We introduce Falcon-Legal. On LegalBench, Falcon-Legal obtains an average Spearman "
        "correlation of 0.512, compared with 0.471 for SaulLM-7B. It solves 61.5% of CaseHOLD "
        "and 44.0% of SWE-bench Lite. On LexGLUE, the error rate drops from 18.2% to 9.6%, and "
        "Falcon-Legal keeps an MT-Bench score of 7.9. Safety holds: on HarmBench its attack "
        "success rate stays at 8.5%. It reaches 55.8 mIoU on the Cityscapes test set with "
        "about 1.1 mIoU to spare, and 59.7 on the multilingual part of MTEB. We introduce "
        "FooNet-2. On ImageNet, FooNet-2 is strong. We also release Falcon-Legal-S, a smaller "
        "configuration. Weights: https://huggingface.co/lab/Falcon-Legal."
    )
    found = entities(record)
    assert "SWE-bench Lite" in found and "FooNet-2" in found
    assert not any(name.startswith("FooNet-2.") for name in found)
    scores = relations(record, "evaluatedOn")
    assert {
        ("Falcon-Legal", "LegalBench", "0.512"),
        ("SaulLM-7B", "LegalBench", "0.471"),
        ("Falcon-Legal", "CaseHOLD", "61.5"),
        ("Falcon-Legal", "SWE-bench Lite", "44.0"),
        ("Falcon-Legal", "LexGLUE", "9.6"),
        ("Falcon-Legal", "MT-Bench", "7.9"),
        ("Falcon-Legal", "HarmBench", "8.5"),
        ("Falcon-Legal", "MTEB", "59.7"),
    } <= scores
    assert ("Falcon-Legal-S", "Falcon-Legal", "variant") in relations(record, "derivedFrom")
    repositories = relations(record, "hasRepository")
    assert ("Falcon-Legal", "https://huggingface.co/lab/Falcon-Legal", None) in repositories


def test_real9_phrasings() -> None:
    scores = run(
        "We propose StanceNet, a zero-shot stance detection framework. StanceNet obtains F1 "
        "scores of 81.20% (three-class) on SemEval-2016, and 80.05% and 77.31% (four-class) on "
        "WT-WT and PStance, respectively."
    )
    assert {
        ("StanceNet", "SemEval-2016", "81.20"),
        ("StanceNet", "WT-WT", "80.05"),
        ("StanceNet", "PStance", "77.31"),
    } <= relations(scores, "evaluatedOn")
    agent = run(
        "We introduce Seeker, a tool-augmented visual agent. Experiments show that Seeker-7B "
        "improves over the Qwen2.5-VL-7B backbone by 9.1% on spatial benchmarks."
    )
    assert ("Seeker-7B", "Qwen2.5-VL-7B", "builtOn") in relations(agent, "derivedFrom")
    typed = run(
        "We introduce ScanBlock, a locally bidirectional SSM block that embeds a backward scan. "
        "We propose a participatory methodology called CultureMapper. We integrate them into a "
        "Transformer-based L2O framework. Engines run in Dynamic UINT8 (ONNX) and INT8. We "
        "mine rules with AMIE 3.5.1. We evaluate on Winoground and the ogbl-biokg dataset."
    )
    found = entities(typed)
    assert found.get("ScanBlock") == "Method" and found.get("CultureMapper") == "Method"
    assert "L2O" in found and "Transformer-based L2O" not in found
    assert "Dynamic UINT8" not in found and "UINT8" not in found
    assert "AMIE 3.5.1" in found
    assert found.get("Winoground") == found.get("ogbl-biokg") == "Benchmark"


@pytest.mark.parametrize(
    ("text", "lineage", "trained"),
    [
        (
            "We present the Lynx-VL series. Starting from the Lynx-8B language model, we equip it "
            "with a SigLIP-SO400M image encoder and train the whole model on image-text pairs "
            "drawn from LAION-400M. The resulting Lynx-VL, together with its chat counterpart "
            "Lynx-VL-Chat, sets new records.",
            {("Lynx-VL", "Lynx-8B", "builtOn")},
            {("Lynx-VL", "LAION-400M", None)},
        ),
        (
            "This report introduces Echo-Audio, a model obtained by connecting a Whisper-small "
            "encoder to the Phi-2 language model. On top of Echo-Audio we develop "
            "Echo-Audio-Chat through supervised instruction tuning.",
            {
                ("Echo-Audio", "Whisper-small", "builtOn"),
                ("Echo-Audio", "Phi-2", "builtOn"),
                ("Echo-Audio-Chat", "Echo-Audio", "finetuned"),
            },
            set(),
        ),
        (
            "We release Sigma-Math, a family of math models. Each model is initialised from the "
            "Mistral-7B base model and continually pre-trained on the OpenMathWeb Corpus.",
            {("Sigma-Math", "Mistral-7B", "builtOn")},
            {("Sigma-Math", "OpenMathWeb", None)},
        ),
        (
            "We describe xGPT-Vision, which keeps a shared language decoder, Llama-3-8B, and adds "
            "adapters. Its encoder uses CLIP weights. xGPT-Vision is trained with joint "
            "instruction tuning on LLaVA-Mix-665K and text-only ShareGPT dialogues.",
            {("xGPT-Vision", "Llama-3-8B", "builtOn")},
            {("xGPT-Vision", "LLaVA-Mix-665K", None), ("xGPT-Vision", "ShareGPT", None)},
        ),
        (
            "We construct a corpus of 50 million Korean image-text pairs, KoPairs-50M, by "
            "filtering crawls. On this data we train KoCLIP-B, whose text tower is a "
            "KLUE-RoBERTa encoder and whose image tower is copied from OpenAI's CLIP ViT-B/16.",
            {("KoCLIP-B", "KLUE-RoBERTa", "builtOn"), ("KoCLIP-B", "CLIP ViT-B/16", "builtOn")},
            {("KoCLIP-B", "KoPairs-50M", None)},
        ),
        (
            "We present ToneVoice. ToneVoice is trained on 90,000 hours of speech, and a lighter "
            "configuration, ToneVoice-Mini, is fine-tuned from it.",
            {("ToneVoice-Mini", "ToneVoice", "finetuned")},
            set(),
        ),
    ],
)
def test_round17_lineage_and_training(text: str, lineage: set, trained: set) -> None:
    record = run(text)
    assert lineage <= relations(record, "derivedFrom")
    assert trained <= relations(record, "trainedOn")
    found = entities(record)
    assert all(found.get(data) == "Dataset" for _, data, _ in trained)
    assert ("PAPER", "KLUE-RoBERTa", None) not in relations(record, "introduces")
    assert not any(head == "SigLIP-SO400M" for head, _, _ in relations(record, "trainedOn"))


def test_round17_scores_and_comparisons() -> None:
    record = run(
        "We propose Kestrel, a long-context model. Kestrel reaches 38.0 F1 on the HotpotQA "
        "subset of LongBench, ahead of LongChat-7B (30.2). Its quantized 8-bit variant, "
        "Kestrel-Int8, loses little. Hawk-72B scores 90.1 on MATH, and its 7B sibling surpasses "
        "Qwen2-72B on GSM8K. It also remains competitive with Vicuna-13B on MMLU."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Kestrel", "HotpotQA", "38.0"), ("LongChat-7B", "HotpotQA", "30.2")} <= scores
    assert not any(bench == "LongBench" for _, bench, value in scores if value)
    assert not any(head == "Qwen2-72B" for head, _, _ in scores)
    assert ("Kestrel-Int8", "Kestrel", "quantized") in relations(record, "derivedFrom")
    compared = relations(record, "comparedWith")
    assert ("Hawk-72B", "Qwen2-72B", None) not in compared


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We introduce Bramble, a recommender fine-tuned from Flan-T5-large on user histories "
            "from Amazon Reviews 2018. Bramble improves Recall@20 on the Amazon Sports split to "
            "0.0811, compared with 0.0702 for TIGER and 0.0655 for SASRec.",
            {
                ("derivedFrom", "Bramble", "Flan-T5-large", "finetuned"),
                ("trainedOn", "Bramble", "Amazon Reviews 2018", None),
                ("evaluatedOn", "Bramble", "Amazon Sports", "0.0811"),
                ("evaluatedOn", "TIGER", "Amazon Sports", "0.0702"),
                ("comparedWith", "Bramble", "TIGER", None),
            },
        ),
        (
            "Our student, gpt-oss-nano, is a 1B model pruned from gpt-oss-20b and trained to "
            "match the teacher. On GPQA Diamond it reaches 41.9%.",
            {
                ("derivedFrom", "gpt-oss-nano", "gpt-oss-20b", "distilled"),
                ("evaluatedOn", "gpt-oss-nano", "GPQA Diamond", "41.9"),
            },
        ),
        (
            "We present Borealis-Lite, a compact version of the Borealis weather model, obtained "
            "by knowledge distillation. Borealis-Lite is evaluated on WeatherBench 2, where its "
            "3-day RMSE for 850 hPa temperature is 1.12, close to GraphCast (1.05).",
            {
                ("derivedFrom", "Borealis-Lite", "Borealis", "distilled"),
                ("evaluatedOn", "Borealis-Lite", "WeatherBench 2", "1.12"),
                ("comparedWith", "Borealis-Lite", "GraphCast", None),
            },
        ),
        (
            "We introduce Tembo. Tembo is SeamlessM4T-v2 further trained on 900 hours of speech we "
            "recorded, which we release as TemboST. On the FLEURS test sets of the six languages, "
            "Tembo reaches an average BLEU of 21.3.",
            {
                ("derivedFrom", "Tembo", "SeamlessM4T-v2", "finetuned"),
                ("trainedOn", "Tembo", "TemboST", None),
                ("evaluatedOn", "Tembo", "FLEURS", "21.3"),
            },
        ),
        (
            "We present Grip-VLA, which takes the pi0 model as its base and adds a small adapter "
            "trained on demonstrations from the DROID dataset.",
            {
                ("derivedFrom", "Grip-VLA", "pi0", "builtOn"),
                ("trainedOn", "Grip-VLA", "DROID", None),
            },
        ),
        (
            "We release DocEmbed-v3, DocEmbed-v3-small and DocEmbed-v3-large. DocEmbed-v3-large "
            "scores 61.0 nDCG@10 on CoIR, ahead of OpenAI's text-embedding-3-large (54.9).",
            {
                ("derivedFrom", "DocEmbed-v3-small", "DocEmbed-v3", "variant"),
                ("derivedFrom", "DocEmbed-v3-large", "DocEmbed-v3", "variant"),
                ("evaluatedOn", "text-embedding-3-large", "CoIR", "54.9"),
            },
        ),
    ],
)
def test_round18_phrasings(text: str, expected: set) -> None:
    record = run(text)
    found = {(rel, *triple) for rel in REL_NAMES for triple in relations(record, rel)}
    assert expected <= found
    assert "hPa" not in entities(record)


REL_NAMES = ("derivedFrom", "trainedOn", "evaluatedOn", "comparedWith")


def test_real10_names_types_and_bounds() -> None:
    record = run(
        "We introduce Multimodal JudgeBench 2 (MMJB2), the first benchmark for judges of "
        "interleaved generation. We evaluate GPT 4o, GPT 4o mini, o3-mini-high and gpt-oss "
        "20B, on a single GH200 with a fast CPU-GPU link. The best models achieve over 70% "
        "accuracy on MMJB2, and Gemini 2.5 Pro attains 75-80% on it. We evaluate on two "
        "synthetic micro-benchmarks, FBD-12 (free-body diagrams) and more. Evaluated on a "
        "subset of the NSVA basketball dataset, SportNet-3B achieves the best results. "
        "DivPO and SimPO change diversity. LLMSQL is introduced as an LLM-ready benchmark. We "
        "present SQLClean, a systematic revision of WikiSQL."
    )
    found = entities(record)
    assert found.get("MMJB2") == "Benchmark" and found.get("LLMSQL") == "Benchmark"
    assert {"GPT 4o", "GPT 4o mini", "o3-mini-high", "gpt-oss 20B"} <= set(found)
    assert "GH200" not in found and "CPU-GPU" not in found and "GPT" not in found
    assert found.get("FBD-12") == "Benchmark" and found.get("NSVA") == "Benchmark"
    assert found.get("DivPO") == found.get("SimPO") == "Method"
    assert found.get("SportNet-3B") == "Model"
    assert not any(value for _, _, value in relations(record, "evaluatedOn"))
    assert ("SportNet-3B", "NSVA", None) in relations(record, "evaluatedOn")
    assert ("SQLClean", "WikiSQL", "augmented") in relations(record, "derivedFrom")


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Our captioner reaches a SPIDEr of 0.45 on Clotho.", "SPIDEr", None),
        ("A Contrastive Relevance Aggregation (CoRA) module weighs samples.", "CoRA", "Method"),
        ("We pre-train it on graphs including ogbn-arxiv and Cora.", "Cora", "Benchmark"),
        ("Text-to-SQL models are evaluated on Spider.", "Spider", "Benchmark"),
    ],
)
def test_a_known_name_in_another_mixed_case_is_another_name(
    text: str, name: str, expected: str | None
) -> None:
    assert entities(run(text)).get(name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The instruction-following Falcon-3-10B-Chat is obtained by supervised fine-tuning and "
            "preference optimisation of Falcon-3-10B.",
            {("derivedFrom", "Falcon-3-10B-Chat", "Falcon-3-10B", "finetuned")},
        ),
        (
            "We present DINO-Dense, which continues training the DINOv2-L encoder with a "
            "self-distillation objective on 80M images from LAION-400M. The dense features "
            "improve ADE20K linear-probe segmentation from 41.0 to 46.3 mIoU.",
            {
                ("derivedFrom", "DINO-Dense", "DINOv2-L", "builtOn"),
                ("trainedOn", "DINO-Dense", "LAION-400M", None),
                ("evaluatedOn", "DINO-Dense", "ADE20K", "46.3"),
            },
        ),
        (
            "We quantize Gemma-2-27B to 3 bits and release the result as Gemma-2-27B-Q3. A 4-bit "
            "variant, Gemma-2-27B-Q4, runs on a MacBook M3.",
            {
                ("derivedFrom", "Gemma-2-27B-Q3", "Gemma-2-27B", "quantized"),
                ("derivedFrom", "Gemma-2-27B-Q4", "Gemma-2-27B", "quantized"),
            },
        ),
        (
            "We propose SheetAgent, an agent whose planner is Llama-3.1-70B-Instruct.",
            {("derivedFrom", "SheetAgent", "Llama-3.1-70B-Instruct", "builtOn")},
        ),
        (
            "We introduce RadSum-7B, derived from Mistral-7B through two rounds of supervised "
            "fine-tuning on 40K radiology summaries from MIMIC-CXR.",
            {
                ("derivedFrom", "RadSum-7B", "Mistral-7B", "finetuned"),
                ("trainedOn", "RadSum-7B", "MIMIC-CXR", None),
            },
        ),
        (
            "AudioGen-Beat extends the pretrained AudioGen model with a beat encoder, and only "
            "the new encoder is trained, on 5K hours of licensed music from the FMA dataset.",
            {
                ("derivedFrom", "AudioGen-Beat", "AudioGen", "builtOn"),
                ("trainedOn", "AudioGen-Beat", "FMA", None),
            },
        ),
        (
            "We present Mnemix, a memory module. Added to OpenVLA without changing its weights, "
            "Mnemix raises the success rate on LIBERO-Long to 66.0%. When combined with Octo, it "
            "improves the CALVIN average chain length from 2.9 to 3.3.",
            {("evaluatedOn", "Mnemix", "CALVIN", "3.3")},
        ),
    ],
)
def test_round19_phrasings(text: str, expected: set) -> None:
    record = run(text)
    found = {(rel, *triple) for rel in REL_NAMES for triple in relations(record, rel)}
    assert expected <= found
    assert "M3" not in entities(record)


def test_real11_training_data_and_suffixed_names() -> None:
    adapted = run(
        "This paper introduces TweetRoBERTa, a transfer learning approach for stress detection. "
        "RoBERTa is continually trained on the Mental-SMHD corpus and fine-tuned on the "
        "StressTweets dataset."
    )
    assert entities(adapted).get("TweetRoBERTa") == "Model"
    assert ("TweetRoBERTa", "RoBERTa", "builtOn") in relations(adapted, "derivedFrom")
    assert {
        ("TweetRoBERTa", "Mental-SMHD", None),
        ("TweetRoBERTa", "StressTweets", None),
    } <= relations(adapted, "trainedOn")
    released = run(
        "Finally, we release CitizenLM-8B and CitizenLM-12B, LLaMA- and Gemma-based models "
        "finetuned on ToxiCorpus. Models trained on ToxiCorpus achieve +7% on MMVP."
    )
    trained = relations(released, "trainedOn")
    assert {("CitizenLM-8B", "ToxiCorpus", None), ("CitizenLM-12B", "ToxiCorpus", None)} <= trained
    assert not any(head == "LLaMA" for head, _, _ in trained)
    assert ("PAPER", "LLaMA", None) not in relations(released, "introduces")
    assert not any(bench == "MMVP" for _, bench, _ in relations(released, "evaluatedOn"))
    own = run(
        "Our model, GeoSeg, builds on DINOv3. The robust backbone eliminates the need for "
        "fine-tuning on SatImages; we instead fine-tune our model on a subset of COCO-Stuff. It "
        "delivers an average speedup of x17.7 on L40."
    )
    trained = relations(own, "trainedOn")
    assert ("GeoSeg", "COCO-Stuff", None) in trained
    assert not any(data == "SatImages" for _, data, _ in trained)
    assert "x17.7" not in entities(own) and "L40" not in entities(own)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We train PageLens, a detector based on DINO-DETR, on a mixture of PubLayNet and "
            "3,000 newly annotated pages, which we release as OldPages-3K.",
            {
                ("trainedOn", "PageLens", "PubLayNet", None),
                ("trainedOn", "PageLens", "OldPages-3K", None),
            },
        ),
        (
            "Pocket-1B is Llama-3.2-1B further trained on 200K function-calling traces from "
            "ToolBank. On the Berkeley Function Calling Leaderboard, Pocket-1B scores 51.0.",
            {
                ("trainedOn", "Pocket-1B", "ToolBank", None),
                ("evaluatedOn", "Pocket-1B", "Berkeley Function Calling Leaderboard", "51.0"),
            },
        ),
        (
            "We pre-train SignNet on sign language videos with captions from YouTube-SL. "
            "SignNet uses a frozen Sapiens-1B pose encoder.",
            {
                ("trainedOn", "SignNet", "YouTube-SL", None),
                ("derivedFrom", "SignNet", "Sapiens-1B", "builtOn"),
            },
        ),
        (
            "FoldMem is a version of ESMFold whose trunk is retrained on 9K membrane structures "
            "from the OPM database, approaching AlphaFold2 (0.80).",
            {
                ("trainedOn", "FoldMem", "OPM", None),
                ("comparedWith", "FoldMem", "AlphaFold2", None),
            },
        ),
        (
            "We build DocVQA-Pro, an extension of DocVQA with 2,000 questions. GPT-4o answers "
            "48.1% of DocVQA-Pro questions correctly and Claude-3.5-Sonnet 50.2%, while "
            "Qwen2-VL-72B reaches 41.0%. We fine-tune Qwen2-VL-7B on our training split and "
            "call the result DocPro-7B.",
            {
                ("derivedFrom", "DocVQA-Pro", "DocVQA", "augmented"),
                ("evaluatedOn", "Claude-3.5-Sonnet", "DocVQA-Pro", "50.2"),
                ("evaluatedOn", "Qwen2-VL-72B", "DocVQA-Pro", "41.0"),
                ("trainedOn", "DocPro-7B", "DocVQA-Pro", None),
            },
        ),
    ],
)
def test_round20_phrasings(text: str, expected: set) -> None:
    record = run(text)
    found = {(rel, *triple) for rel in REL_NAMES for triple in relations(record, rel)}
    assert expected <= found
    assert ("comparedWith", "GPT-4o", "Claude-3.5-Sonnet", None) not in found


def test_real12_our_model_built_upon_and_named_frameworks() -> None:
    record = run(
        "We introduce TallyNet, a transformer-based framework for class-agnostic counting. "
        "Built upon the CounTR architecture, our model replaces its visual encoder with the "
        "self-supervised foundation model DINOv2, which produces richer features."
    )
    assert {("TallyNet", "CounTR", "builtOn"), ("TallyNet", "DINOv2", "builtOn")} <= relations(
        record, "derivedFrom"
    )
    assert entities(record).get("TallyNet") == "Model"
    named = run(
        "We propose a novel layered scene reconstruction framework from panoramic images, named "
        "Pano4D. Pano4D outperforms prior methods."
    )
    assert entities(named).get("Pano4D") == "Method"


def test_real13_acronyms_defined_around_the_names_of_new_methods() -> None:
    # the initials take the whole parenthesis, though a shorter spelling ends early
    spelled = run(
        "We propose SESO (Segmenting Events with Student Observation), a teacher-student "
        "framework for event cameras. We achieve state-of-the-art tracking on EVIMO2."
    )
    assert entities(spelled).get("SESO") == "Method"
    assert ("PAPER", "SESO", None) in relations(spelled, "introduces")
    assert ("SESO", "EVIMO2", None) in relations(spelled, "evaluatedOn")
    # a name coined from the acronym of the words before it names a method, not a task
    coined = run(
        "We propose a baseline with graph-based retrieval-augmented generation (RoadRAG) "
        "for driving questions."
    )
    assert entities(coined).get("RoadRAG") == "Method"
    # a name made of the one before it does not qualify it; "method for X (Y)": Y is a method
    made_of = run("We propose a pseudo-labelling method for SFDA (PLG-SFDA) with two parts.")
    assert entities(made_of).get("PLG-SFDA") == "Method"
    assert ("PAPER", "PLG-SFDA", None) in relations(made_of, "introduces")
    # a known model that guides what is proposed is not proposed
    guided = run("We propose a Segment Anything Model (SAM)-guided labelling method for SFDA.")
    assert "SAM" in entities(guided)
    assert ("PAPER", "SAM", None) not in relations(guided, "introduces")
    # the categories of a benchmark are not methods
    kinds = run(
        "The samples fall into three categories: Surface Mimicry (SM), Scene Conflict (SC), "
        "and Role Conflict (RC)."
    )
    assert not {"SM", "SC", "RC"} & set(entities(kinds))


def test_real13_the_proposed_method_compared_with_other_approaches() -> None:
    record = run(
        "We propose a Sparse Expert Adapter (SEAD) for multi-modal tracking. Experiments show "
        "that the proposed method achieves superior performance compared with other PEFT "
        "approaches on several benchmarks, including LasHeR and RGBT234."
    )
    found = relations(record, "evaluatedOn")
    assert {("SEAD", "LasHeR", None), ("SEAD", "RGBT234", None)} <= found
    assert not {r for r in found if r[0] == "PEFT"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We pre-train Heron-1B on TidePool, our corpus of 20B tokens curated from FineWeb "
            "and Dolma.",
            {("TidePool", "FineWeb", "augmented"), ("TidePool", "Dolma", "augmented")},
        ),
        (
            "We build ChartMix-SFT, a 0.5M-sample instruction-tuning dataset that pools "
            "question-answer pairs from ChartQA and DVQA.",
            {("ChartMix-SFT", "ChartQA", "augmented"), ("ChartMix-SFT", "DVQA", "augmented")},
        ),
        (
            "We present Kestrel, a family comprising Kestrel-1B, Kestrel-3B and Kestrel-8B, built "
            "by post-training Llama-3.2-1B, Llama-3.2-3B and Llama-3.1-8B, respectively.",
            {
                ("Kestrel-1B", "Llama-3.2-1B", "finetuned"),
                ("Kestrel-3B", "Llama-3.2-3B", "finetuned"),
                ("Kestrel-8B", "Llama-3.1-8B", "finetuned"),
            },
        ),
        (
            "We apply our method to Qwen2.5-7B-Instruct and Gemma-2-9B-it, yielding "
            "Qwen2.5-7B-Wren and Gemma-2-9B-Wren.",
            {
                ("Qwen2.5-7B-Wren", "Qwen2.5-7B-Instruct", "finetuned"),
                ("Gemma-2-9B-Wren", "Gemma-2-9B-it", "finetuned"),
            },
        ),
        (
            "We continue the pre-training of Llama-3.1-8B and Mistral-7B on long documents from "
            "SlimPajama, and release the results as Llama-3.1-8B-Long-256K and Mistral-Long-256K.",
            {
                ("Llama-3.1-8B-Long-256K", "Llama-3.1-8B", "builtOn"),
                ("Mistral-Long-256K", "Mistral-7B", "builtOn"),
            },
        ),
    ],
)
def test_round22_data_from_data_and_paired_lists(text: str, expected: set) -> None:
    assert expected <= relations(run(text), "derivedFrom")


def test_round22_each_result_of_a_list_is_introduced_and_trained() -> None:
    record = run(
        "We continue the pre-training of Llama-3.1-8B and Mistral-7B on long documents from "
        "SlimPajama, and release the results as Llama-3.1-8B-Long-256K and Mistral-Long-256K."
    )
    assert entities(record).get("Mistral-Long-256K") == "Model"
    made = {"Llama-3.1-8B-Long-256K", "Mistral-Long-256K"}
    assert {("PAPER", name, None) for name in made} <= relations(record, "introduces")
    assert {(name, "SlimPajama", None) for name in made} <= relations(record, "trainedOn")
    listed_with_data = run(
        "Training begins with SFT on WrenMix-400K, a collection of problems that we assemble "
        "from MathPile-CoT, OpenR1-Math-220k and GSM8K."
    )
    types = entities(listed_with_data)
    # an unvoted name listed with data is data; data tuned on and not scored is a Dataset
    assert types.get("MathPile-CoT") == "Dataset"
    assert types.get("WrenMix-400K") == "Dataset"


def test_round21_scores_of_other_systems_and_of_benchmark_papers() -> None:
    colons = run(
        "At 3 ms per image, PicoNet-S reaches 71.2% zero-shot accuracy on ImageNet-1K "
        "(MobileCLIP-S1: 72.6%, MobileCLIP-S0: 67.8%) and 58.4 image-to-text R@1 on COCO."
    )
    assert entities(colons).get("MobileCLIP-S1") == "Model"
    assert {
        ("PicoNet-S", "ImageNet-1K", "71.2"),
        ("MobileCLIP-S1", "ImageNet-1K", "72.6"),
        ("MobileCLIP-S0", "ImageNet-1K", "67.8"),
        ("PicoNet-S", "COCO", "58.4"),
    } <= relations(colons, "evaluatedOn")
    bench = run(
        "We present QuakeQA, a benchmark of 2,000 questions about seismograms. Among the "
        "systems we test, Gemini 1.5 Pro, GPT-4o and Claude 3.5 Sonnet obtain 47.9%, 45.1% and "
        "39.6% accuracy respectively, followed by Qwen2.5-VL-72B at 31.2%, while "
        "InternVL2.5-78B (29.4%) trails. Translation results are Llama-3.1-70B: 38.2 BLEU and "
        "NLLB-200-3.3B: 24.5 BLEU."
    )
    assert {
        ("Gemini 1.5 Pro", "QuakeQA", "47.9"),
        ("GPT-4o", "QuakeQA", "45.1"),
        ("Claude 3.5 Sonnet", "QuakeQA", "39.6"),
        ("Qwen2.5-VL-72B", "QuakeQA", "31.2"),
        ("InternVL2.5-78B", "QuakeQA", "29.4"),
        ("Llama-3.1-70B", "QuakeQA", "38.2"),
        ("NLLB-200-3.3B", "QuakeQA", "24.5"),
    } <= relations(bench, "evaluatedOn")
    trained_and_scored = run(
        "We distil a student on Cityscapes. On the Cityscapes validation set the student, "
        "SegLite-S, keeps 79.2 mIoU."
    )
    assert entities(trained_and_scored).get("Cityscapes") == "Benchmark"


def test_round21_fronted_settings_and_comparisons_before_a_result() -> None:
    record = run(
        "We present RetroLM, a chemistry model. For single-step retrosynthesis on USPTO-50K, "
        "RetroLM obtains 57.9% top-1 accuracy. On held-out CAMELS-US basins it attains a median "
        "Nash-Sutcliffe efficiency of 0.79. Across 18 RLBench tasks it reaches a 63.5% mean "
        "success rate. Relative to Qwen2.5-7B, it improves IFEval strict accuracy from 59.1 to "
        "76.4. On Kubric-4D, it achieves relative improvements of 21.57% in PSNR."
    )
    found = relations(record, "evaluatedOn")
    assert {
        ("RetroLM", "USPTO-50K", "57.9"),
        ("RetroLM", "CAMELS-US", "0.79"),
        ("RetroLM", "RLBench", "63.5"),
        ("RetroLM", "IFEval", "76.4"),
    } <= found
    assert not {r for r in found if r[0] == "Qwen2.5-7B" or r[2] == "21.57"}


def test_round22_the_subject_of_an_elided_comparison_clause() -> None:
    record = run(
        "Kite-32B achieves 94.1% on MATH-500, on par with DeepSeek-R1, and outperforms o1-mini "
        "on AIME 2024 (72.9 vs. 63.6)."
    )
    assert {("Kite-32B", "AIME 2024", "72.9"), ("o1-mini", "AIME 2024", "63.6")} <= relations(
        record, "evaluatedOn"
    )


def test_round21_training_data_and_compared_systems() -> None:
    graphs = run(
        "GraphNode-v2, which extends our earlier GraphNode with edge tokens, addresses this gap. "
        "Pre-training uses ogbn-papers100M, MAG240M and 28 smaller public graphs."
    )
    assert entities(graphs).get("ogbn-papers100M") == "Dataset"  # a known name keeps its prefix
    assert entities(graphs).get("MAG240M") == "Dataset"
    assert {("GraphNode-v2", "ogbn-papers100M", None), ("GraphNode-v2", "MAG240M", None)} <= (
        relations(graphs, "trainedOn")
    )
    compared = run(
        "TIGRA reaches an NDCG@10 of 0.0931 on MovieLens-20M, improving on TIGER (0.0847), "
        "BERT4Rec (0.0762) and HSTU (0.0889)."
    )
    types = entities(compared)
    assert (types.get("TIGER"), types.get("HSTU")) == ("Model", "Model")


def test_round22_versions_results_and_own_data() -> None:
    resulting = run(
        "We introduce ShellArena, a suite of 300 tasks. To test whether data can close the gap, "
        "we fine-tune Qwen2.5-Coder-32B-Instruct on 5,000 trajectories; the resulting "
        "Spanner-32B lifts the best open-weight result to 33.5%."
    )
    assert ("Spanner-32B", "Qwen2.5-Coder-32B-Instruct", "finetuned") in relations(
        resulting, "derivedFrom"
    )
    assert ("PAPER", "Spanner-32B", None) in relations(resulting, "introduces")
    assert not {r for r in relations(resulting, "evaluatedOn") if r[0].startswith("Qwen")}
    versions = run(
        "We release a 4-bit quantized version of Llama-3.1-8B, called Llama-Q4. An "
        "instruction-tuned version of InternVL2.5-8B trained on ChartPile, which we call "
        "ChartPal-8B, leads on ChartQA."
    )
    assert {
        ("Llama-Q4", "Llama-3.1-8B", "quantized"),
        ("ChartPal-8B", "InternVL2.5-8B", "finetuned"),
    } <= relations(versions, "derivedFrom")
    own = run(
        "We continue training Qwen2.5-7B on Khazar, our corpus of 90 billion Azerbaijani tokens "
        "curated from Common Crawl and books."
    )
    assert ("PAPER", "Khazar", None) in relations(own, "introduces")
    assert ("Khazar", "Common Crawl", "augmented") in relations(own, "derivedFrom")


def test_round22_training_mixtures_and_the_paper_model_pre_training() -> None:
    mixture = run(
        "We present Wayfinder-7B, an agent fine-tuned from Qwen2.5-VL-7B-Instruct on a mixture "
        "of AndroidControl, GUIAct, Mind2Web and DeskTrail, a new corpus of 410K screenshots "
        "collected by a crawler."
    )
    trained = {r[1] for r in relations(mixture, "trainedOn") if r[0] == "Wayfinder-7B"}
    assert trained == {"AndroidControl", "GUIAct", "Mind2Web", "DeskTrail"}
    assert not relations(mixture, "derivedFrom") - {
        ("Wayfinder-7B", "Qwen2.5-VL-7B-Instruct", "finetuned")
    }
    staged = run(
        "We present Heron-VL2, a vision-language model. Its language backbone moves from "
        "Vicuna-7B to Qwen2.5-7B, and pre-training uses 38M images from DataComp-1B and "
        "COYO-700M, followed by SFT on LLaVA-OneVision-Data."
    )
    assert entities(staged).get("LLaVA-OneVision-Data") == "Dataset"
    pre_trained = {r for r in relations(staged, "trainedOn") if r[1] != "LLaVA-OneVision-Data"}
    assert pre_trained == {("Heron-VL2", "DataComp-1B", None), ("Heron-VL2", "COYO-700M", None)}


def test_real14_appositive_children_and_scores_said_around_the_benchmark() -> None:
    built = run("We build our geometry prover, EuclidLM, upon Qwen3-0.6B-Base.")
    assert ("EuclidLM", "Qwen3-0.6B-Base", "builtOn") in relations(built, "derivedFrom")
    scored = run(
        "We present CardioGPT, a framework for ECG reports. CardioGPT achieves 54.4% accuracy "
        "on rhythm tasks on PTB-XL (vs. 33.2% with prompting). The proposed method achieved "
        "strong classification performance on the MIMIC-ECG dataset, with an F1 score of 0.76. "
        "On SportsMOT, where identity matters most, DeepEIoU-SAM with global association achieves "
        "state-of-the-art performance on the benchmark with 86.8 HOTA."
    )
    assert {
        ("CardioGPT", "PTB-XL", "54.4"),
        ("CardioGPT", "MIMIC-ECG", "0.76"),
        ("DeepEIoU-SAM", "SportsMOT", "86.8"),
    } <= relations(scored, "evaluatedOn")


def test_real15_titled_datasets_versions_and_links() -> None:
    record = run(
        "We introduce NER-Speech-AR, the first public dataset for NER from Arabic speech, created "
        "by augmenting the Arabic Common Voice 18 corpus with manual annotations. E2E systems "
        "beat pipelines on the test set, reaching 37.0% CoER (AraBEST-RQ 300M) and 38.0% CVER "
        "(Whisper-medium). Our classifier is trained and evaluated on the Brain Tumor MRI "
        "Dataset (Kaggle). The released data provides the first open benchmark for the task."
    )
    types = entities(record)
    assert "Common Voice 18" in types and "Arabic Common Voice 18" not in types
    assert types.get("Brain Tumor MRI Dataset") in ("Dataset", "Benchmark")
    assert ("NER-Speech-AR", "Common Voice 18", "augmented") in relations(record, "derivedFrom")
    assert {
        ("AraBEST-RQ 300M", "NER-Speech-AR", "37.0"),
        ("Whisper-medium", "NER-Speech-AR", "38.0"),
    } <= relations(record, "evaluatedOn")
    links = run(
        "We introduce RankNAS-LoRA, a search framework for adapter ranks. Our fine-tuned models on "
        "LLaMA-3.2-11B-Vision-Instruct can be found here (https://huggingface.co/a/rank-models) "
        "and the code for RankNAS-LoRA can be found here (https://github.com/a/RankNAS)."
    )
    owners = {r[0] for r in relations(links, "hasRepository")}
    assert "LLaMA-3.2-11B-Vision-Instruct" not in owners and "RankNAS-LoRA" in owners
    weights = run("Model weights of SafeR-7B are open-source at https://huggingface.co/SafeR.")
    assert ("SafeR-7B", "https://huggingface.co/SafeR", None) in relations(weights, "hasRepository")


def test_real15_metrics_and_test_time_are_not_benchmarks_or_tests() -> None:
    record = run(
        "We present GradeBot. Prompt design gave most of the gain (QWK: 0.531 to 0.686) with "
        "GPT-5.2 over MIMO channels. This paper introduces Visual Test-Time Scaling (VTTS), an "
        "approach for MLLMs. We also present VTTS-80K, a dataset for iterative perception, and "
        "a benchmark of its tasks."
    )
    assert not {"QWK", "MIMO"} & set(entities(record))
    assert not relations(record, "evaluatedOn")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kivu-12B-Chat is the instruction-following counterpart of Kivu-12B, tuned on 140K "
            "conversations, and Kivu-4B-Chat is produced from Kivu-4B with the same recipe.",
            {("Kivu-12B-Chat", "Kivu-12B", "finetuned"), ("Kivu-4B-Chat", "Kivu-4B", "finetuned")},
        ),
        (
            "For laptops we also publish Cedar-14B-GPTQ-Int4, a GPTQ 4-bit checkpoint of "
            "Cedar-14B. We introduce the Tax Reasoning Assistant (TARA), a domain-adapted "
            "derivative of Mistral-Small-24B-Instruct-2501.",
            {
                ("Cedar-14B-GPTQ-Int4", "Cedar-14B", "quantized"),
                ("TARA", "Mistral-Small-24B-Instruct-2501", "builtOn"),
            },
        ),
        (
            "The chat model, Cedar-14B, is obtained by SLERP-merging Cedar-14B-Base with "
            "Qwen2.5-14B-Instruct. Grove-8x3B is upcycled into a mixture-of-experts from "
            "Llama-3.2-3B.",
            {
                ("Cedar-14B", "Cedar-14B-Base", "merged"),
                ("Cedar-14B", "Qwen2.5-14B-Instruct", "merged"),
                ("Grove-8x3B", "Llama-3.2-3B", "builtOn"),
            },
        ),
        (
            "We present Quilt-XL, which replaces both text encoders of Stable Diffusion XL with "
            "the encoder of mT5-XL.",
            {("Quilt-XL", "Stable Diffusion XL", "builtOn")},
        ),
    ],
)
def test_round23_lineage_phrasings(text: str, expected: set) -> None:
    assert expected <= relations(run(text), "derivedFrom")


def test_round23_two_lists_paired_by_their_sizes() -> None:
    record = run(
        "This report describes Kivu, a pair of base models, Kivu-4B and Kivu-12B, continually "
        "pre-trained from Gemma 3 4B and Gemma 3 12B on Ziwa-200B, a corpus that we filter out "
        "of MADLAD-400 and FineWeb-2."
    )
    found = relations(record, "derivedFrom")
    assert {
        ("Kivu-4B", "Gemma 3 4B", "builtOn"),
        ("Kivu-12B", "Gemma 3 12B", "builtOn"),
        ("Ziwa-200B", "MADLAD-400", "augmented"),
    } <= found
    assert not {
        r
        for r in found
        if r[1].startswith("Gemma")
        and r
        not in {
            ("Kivu-4B", "Gemma 3 4B", "builtOn"),
            ("Kivu-12B", "Gemma 3 12B", "builtOn"),
        }
    }
    # a base release of a sized model is not a size variant of it
    base = run("We train Cedar-14B-Base on Japanese text and merge it into Cedar-14B.")
    assert ("Cedar-14B-Base", "Cedar-14B", "variant") not in relations(base, "derivedFrom")


def test_round24_results_lists_and_size_letter_members() -> None:
    scored = run(
        "Without real images, GhostCXR scores 0.812, 0.846 and 0.779 mean AUROC on the "
        "MIMIC-CXR, CheXpert and ChestX-ray14 test sets, respectively."
    )
    assert {
        ("GhostCXR", "MIMIC-CXR", "0.812"),
        ("GhostCXR", "CheXpert", "0.846"),
        ("GhostCXR", "ChestX-ray14", "0.779"),
    } <= relations(scored, "evaluatedOn")
    family = run(
        "We introduce Tern, a family of hybrid backbones. The largest member, Tern-H with 660M "
        "parameters, sets a new state of the art of 88.1% top-1 on ImageNet-1K. The smaller "
        "Tern-B matches ConvNeXt V2-L on ImageNet-1K (86.3%)."
    )
    assert {"Tern-H", "Tern-B", "ConvNeXt V2-L"} <= set(entities(family))
    assert {("Tern-H", "ImageNet-1K", "88.1"), ("Tern-B", "ImageNet-1K", "86.3")} <= relations(
        family, "evaluatedOn"
    )


def test_round24_training_data_of_lists_results_and_openers() -> None:
    into = run(
        "The resulting corpus, SeedMix-600K, is used to fine-tune Qwen2.5-14B-Instruct into "
        "Finch-14B."
    )
    assert {("PAPER", "SeedMix-600K", None), ("PAPER", "Finch-14B", None)} <= relations(
        into, "introduces"
    )
    assert ("Finch-14B", "Qwen2.5-14B-Instruct", "finetuned") in relations(into, "derivedFrom")
    uses = run(
        "We introduce Heron-VLA, a policy. Its pre-training uses 2,800 hours of egocentric "
        "kitchen video from Ego4D and EPIC-KITCHENS-100."
    )
    assert {("Heron-VLA", "Ego4D", None), ("Heron-VLA", "EPIC-KITCHENS-100", None)} <= (
        relations(uses, "trainedOn")
    )
    listed = run(
        "The family has two members, Tit-360M and Tit-1.7B, trained from scratch on FineWeb-Edu "
        "and MegaMath."
    )
    assert {(m, "FineWeb-Edu", None) for m in ("Tit-360M", "Tit-1.7B")} <= relations(
        listed, "trainedOn"
    )
    opened = run(
        "Bush-8x3B is upcycled into a mixture-of-experts from Llama-3.2-3B. Training continues "
        "for 400B tokens on DCLM-Baseline mixed with FineMath and Stack-Edu."
    )
    assert {("Bush-8x3B", "DCLM-Baseline", None), ("Bush-8x3B", "FineMath", None)} <= relations(
        opened, "trainedOn"
    )


def test_round24_results_in_parts_settings_and_clauses() -> None:
    record = run(
        "We introduce Plover-VLA, a policy. In the WidowX setting of SimplerEnv, Plover-VLA "
        "succeeds in 61.5% of episodes, while on the LIBERO-Long suite it attains 88.0% success "
        "(OpenVLA: 53.7%). On the Swahili portion of AfriMMLU, Plover-VLA reaches 61.4% "
        "accuracy. As a backbone Plover-VLA reaches 58.9 mIoU on ADE20K with UperNet and 59.3 "
        "box AP on COCO."
    )
    types = entities(record)
    assert "WidowX" not in types and types.get("AfriMMLU") == "Benchmark"
    assert {
        ("Plover-VLA", "SimplerEnv", "61.5"),
        ("Plover-VLA", "LIBERO-Long", "88.0"),
        ("OpenVLA", "LIBERO-Long", "53.7"),
        ("Plover-VLA", "AfriMMLU", "61.4"),
        ("Plover-VLA", "ADE20K", "58.9"),
        ("Plover-VLA", "COCO", "59.3"),
    } <= relations(record, "evaluatedOn")


def test_round23_counts_after_colons_and_possessive_subsets() -> None:
    pruned = run(
        "We present Sliver-7B, a model pruned and then healed from Phi-4: 18 of the 40 layers "
        "are removed."
    )
    assert entities(pruned).get("Phi-4") == "Model"
    assert ("Sliver-7B", "Phi-4", "builtOn") in relations(pruned, "derivedFrom")
    subsets = run(
        "Using balanced subsets of FaceMix and a cleaned subset of InstructPix2Pix's training "
        "data, we audit three models."
    )
    types = entities(subsets)
    assert types.get("FaceMix") in ("Dataset", "Benchmark")
    assert types.get("InstructPix2Pix") == "Model"


def test_round24_values_across_tasks_second_measures_and_openers() -> None:
    record = run(
        "We present Gavel-LM, a legal model. Gavel-LM averages 78.9 across the 162 tasks of "
        "LegalBench. Trained on replay data, Gavel-LM reaches a median human-normalised score "
        "of 112.6% across 26 Atari games. On the nuScenes test split it obtains 0.741 NDS and "
        "0.722 mAP. Used as the patch generator inside the Agentless pipeline, it resolves 21.6% "
        "of SWE-bench Verified issues."
    )
    assert {
        ("Gavel-LM", "LegalBench", "78.9"),
        ("Gavel-LM", "Atari", "112.6"),
        ("Gavel-LM", "nuScenes", "0.741"),
        ("Gavel-LM", "nuScenes", "0.722"),
        ("Gavel-LM", "SWE-bench Verified", "21.6"),
    } <= relations(record, "evaluatedOn")


def test_round24_units_and_sensor_pairs_are_not_names() -> None:
    record = run(
        "Camera-LiDAR fusion detectors such as BEVFusion degrade when a sensor drops out, and "
        "the energy error stays at 18 meV/atom."
    )
    assert not {"Camera-LiDAR", "meV/atom"} & set(entities(record))


def test_real16_appositives_after_long_forms_and_examples_of_test_data() -> None:
    record = run(
        "We propose NAV-UI (Navigation with Active Recall), a novel framework for GUI agents. "
        "We train NAV-UI-3B and NAV-UI-7B models based on Qwen2.5-VL. Comprehensive "
        "evaluations on 13 large-scale scenes, including Mill19 and MatrixCity, show that "
        "NAV-UI is robust."
    )
    types = entities(record)
    assert types.get("NAV-UI") == "Method"
    assert (types.get("Mill19"), types.get("MatrixCity")) == ("Benchmark", "Benchmark")
    assert not {r for r in relations(record, "derivedFrom") if r[1] == "NAV-UI"}


def test_real16_base_models_samples_judges_and_final_values() -> None:
    record = run(
        "We propose ForestBench, a diagnostic benchmark. We initially sample 1K images from "
        "SA-1B and annotate them. Even the best models struggle with this benchmark, where none "
        "of them reach 60% accuracy, e.g., OpenAI-o3 scores only 54.87. Our agent, ClipSeek, "
        "gains 10.2 points on LVBench over its base model, GPT-5. ClipSeek outperforms "
        "in-context learning by 6.4 points as judged by DeepSeek-V3."
    )
    assert entities(record).get("OpenAI-o3") == "Model"
    assert ("OpenAI-o3", "ForestBench", "54.87") in relations(record, "evaluatedOn")
    assert {
        ("ForestBench", "SA-1B", "augmented"),
        ("ClipSeek", "GPT-5", "builtOn"),
    } <= relations(record, "derivedFrom")
    assert ("ClipSeek", "DeepSeek-V3", None) not in relations(record, "comparedWith")


def test_round25_data_assembled_from_data_and_release_suffixes() -> None:
    record = run(
        "We develop Nimbus-VL-7B, an earth-observation assistant. Its instruction data, "
        "GeoChat-1.4M, is assembled by converting the annotations of DOTA-v2.0, xView and "
        "fMoW into conversations. We release VolCT-240K, a collection of 240K CT volumes "
        "paired with findings, assembled from the CT-RATE and AbdomenAtlas 1.1 releases. "
        "Applied to FLUX.1-dev, our cache gives a 2.6x speed-up."
    )
    types = entities(record)
    assert types.get("GeoChat-1.4M") == "Dataset"  # a decimal count of millions names data
    assert "FLUX.1-dev" in types and types["FLUX.1-dev"] == "Model"
    assert {
        ("GeoChat-1.4M", "DOTA-v2.0", "augmented"),
        ("GeoChat-1.4M", "fMoW", "augmented"),
        ("VolCT-240K", "CT-RATE", "augmented"),
        ("VolCT-240K", "AbdomenAtlas 1.1", "augmented"),
    } <= relations(record, "derivedFrom")


def test_round25_pronouns_siblings_and_comparison_openers() -> None:
    record = run(
        "Phi-3.5-mini is the successor of Phi-3-mini with a longer context window. It is "
        "trained on 3.4T tokens of filtered web data, and scores 69.0 on MMLU. A mixture-of-"
        "experts sibling, Phi-3.5-MoE, activates 6.6B of its 42B parameters."
    )
    assert ("Phi-3.5-mini", "MMLU", "69.0") in relations(record, "evaluatedOn")
    assert not relations(record, "trainedOn")
    assert ("PAPER", "Phi-3.5-MoE", None) in relations(record, "introduces")
    against = run(
        "We present Gneiss-R-8B, a reasoning model. Against the far larger "
        "DeepSeek-R1-Distill-Llama-70B it leads on AIME 2025 and is roughly level on GPQA "
        "Diamond (64.0 versus 65.2). On the LIBERO benchmark, Gneiss-R-8B raises the average "
        "success rate of OpenVLA from 86.0% to 94.3%."
    )
    found = relations(against, "evaluatedOn")
    assert {("Gneiss-R-8B", "GPQA Diamond", "64.0"), ("Gneiss-R-8B", "LIBERO", "94.3")} <= found
    assert ("DeepSeek-R1-Distill-Llama-70B", "GPQA Diamond", "64.0") not in found


def test_round25_benchmarks_reconstructed_from_data_and_copied_decoders() -> None:
    record = run(
        "We introduce WardVisit, a benchmark of 1,870 inpatient cases reconstructed from "
        "MIMIC-IV. We also present Sitar-ASR, a recognizer whose encoder is initialised from "
        "Whisper large-v3 and whose decoder is a trimmed copy of Gemma 3 1B."
    )
    assert {
        ("WardVisit", "MIMIC-IV", "augmented"),
        ("Sitar-ASR", "Whisper large-v3", "builtOn"),
        ("Sitar-ASR", "Gemma 3 1B", "builtOn"),
    } <= relations(record, "derivedFrom")


def test_round25_a_hyphenated_domain_word_before_the_data_noun() -> None:
    record = run(
        "We train Sarangi-ASR on IndicVoices and the MUCS 2021 code-switching corpus, and build "
        "the first ODI generation-editing dataset."
    )
    types = entities(record)
    assert types.get("MUCS 2021") == "Dataset"
    assert "ODI" not in types  # a task before the data noun, not a name


def test_round25_training_data_stated_without_a_training_verb() -> None:
    record = run(
        "We present Obsidian-R-8B, a reasoning model obtained from Qwen3-8B-Base. The traces are "
        "written by DeepSeek-R1, while the RL prompts are taken from DAPO-Math-17K and "
        "NuminaMath-1.5."
    )
    assert {
        ("Obsidian-R-8B", "DAPO-Math-17K", None),
        ("Obsidian-R-8B", "NuminaMath-1.5", None),
    } <= relations(record, "trainedOn")


def test_real17_numbered_subtasks_and_possessive_versions() -> None:
    record = run(
        "This paper describes a system for Track A - Subtask 1 (Aspect Sentiment Regression). "
        "Our fine-tuned 7B model achieves 91.2% of Claude Opus 4.6's quality."
    )
    types = entities(record)
    assert "Subtask 1" not in types
    assert "Claude Opus 4.6" in types and "Claude Opus 4" not in types


def test_real18_a_fronted_comparison_names_its_subject_after_the_comma() -> None:
    record = run(
        "We propose Kestrel-3B, a compact language model for phones. Compared to Phi-3-mini, "
        "TinyLlama-1.1B improves latency by 20%. Compared with Gemma-2B, it is twice as fast."
    )
    assert relations(record, "comparedWith") == {
        ("TinyLlama-1.1B", "Phi-3-mini", None),  # the name after the comma compares
        ("Kestrel-3B", "Gemma-2B", None),  # "it": the paper's own model
    }


def test_real18_less_than_a_number_is_no_comparison() -> None:
    record = run(
        "We introduce Kestrel-3B, a compact language model. Kestrel-3B answers in less than "
        "80 ms on a Jetson Orin and on Llama-3-8B hardware budgets."
    )
    assert relations(record, "comparedWith") == set()


def test_real18_a_study_culminating_in_the_proposal_of_a_model_introduces_it() -> None:
    record = run(
        "This study surveys edge deployment, culminating in the proposal of the Adaptive "
        "Pocket Transformer (APT), a new architecture for phones."
    )
    assert ("PAPER", "APT", None) in relations(record, "introduces")


def test_real18_defined_metrics_are_no_entities_and_a_tool_is_a_method() -> None:
    record = run(
        "We propose two new measures, the Calibration Gap (CG) and the Robustness Index (RI). "
        "We release LabelLens, an open-source tool for auditing segmentation masks."
    )
    types = entities(record)
    assert "CG" not in types and "RI" not in types
    assert types.get("LabelLens") == "Method"


def test_round26_slash_lists_of_values_pair_with_slash_lists_of_benchmarks() -> None:
    record = run(
        "We present Wren-Coder-3B. Wren-Coder-3B achieves 72.0/63.5 pass@1 on HumanEval/MBPP, "
        "against 51.2/55.0 for CodeLlama-7B."
    )
    scores = {(h, t, v) for h, t, v in relations(record, "evaluatedOn") if v}
    assert scores == {
        ("Wren-Coder-3B", "HumanEval", "72.0"),
        ("Wren-Coder-3B", "MBPP", "63.5"),
        ("CodeLlama-7B", "HumanEval", "51.2"),
        ("CodeLlama-7B", "MBPP", "55.0"),
    }


def test_round27_gapped_values_after_a_name_ending_in_a_digit() -> None:
    record = run(
        "We introduce ShelfBench, a benchmark of 900 retail agent tasks. Among 12 systems, "
        "o3 solves 61.5% of tasks, Gemini 2.5 Pro 57.0% and GPT-4.1 50.2%. DeBERTa-v3-large "
        "reaches 70.1 F1 and RoBERTa-large 66.4."
    )
    assert {
        ("o3", "ShelfBench", "61.5"),
        ("Gemini 2.5 Pro", "ShelfBench", "57.0"),
        ("GPT-4.1", "ShelfBench", "50.2"),
        ("DeBERTa-v3-large", "ShelfBench", "70.1"),
        ("RoBERTa-large", "ShelfBench", "66.4"),
    } <= relations(record, "evaluatedOn")


def test_round26_successors_named_in_several_ways() -> None:
    record = run(
        "We present Heron-2, the successor to our Heron planning agent. This paper extends our "
        "earlier GraphMix, which used fixed pooling, into GraphMix-β, in which pooling is "
        "learned. PolarVLA-2 improves on PolarVLA, our earlier 2B-parameter policy, in two ways."
    )
    assert {
        ("Heron-2", "Heron", None),
        ("GraphMix-β", "GraphMix", None),
        ("PolarVLA-2", "PolarVLA", None),
    } <= relations(record, "successorOf")
    assert ("PAPER", "GraphMix-β", None) in relations(record, "introduces")


def test_round26_an_appositive_with_a_decimal_then_adapted_from() -> None:
    record = run(
        "We describe lyra-1b, a 1.2B-parameter transformer over EnCodec tokens, adapted from "
        "MusicGen-Small by replacing its text encoder."
    )
    assert relations(record, "derivedFrom") == {("lyra-1b", "MusicGen-Small", "builtOn")}
    assert relations(record, "comparedWith") == set()  # "over EnCodec tokens" compares nothing


def test_round26_the_resulting_base_model_is_what_the_data_trained() -> None:
    record = run(
        "We continue pre-training Mistral-7B on a mixture of MADLAD-400 and FineWeb-2, "
        "upsampling rare languages; we call the resulting base model Kora-7B. Our main "
        "artefact, kora-7b-w4, is a quantized version of Kora-7B."
    )
    assert relations(record, "trainedOn") == {
        ("Kora-7B", "MADLAD-400", None),
        ("Kora-7B", "FineWeb-2", None),
    }
    assert ("PAPER", "kora-7b-w4", None) in relations(record, "introduces")


def test_round27_data_adapted_from_yearly_editions_of_other_data() -> None:
    record = run(
        "We introduce FractionBank, a dataset of 9,000 student answers. Items were adapted "
        "from ASSISTments 2012 problem logs and from publicly released PISA 2018 items."
    )
    types = entities(record)
    assert types.get("ASSISTments 2012") == types.get("PISA 2018") == "Dataset"
    assert relations(record, "derivedFrom") == {
        ("FractionBank", "ASSISTments 2012", "augmented"),
        ("FractionBank", "PISA 2018", "augmented"),
    }


def test_round27_names_that_open_with_a_greek_letter() -> None:
    record = run(
        "Tasks are drawn from ToolBench and τ-bench. Our policy beats π0-FAST on LIBERO, "
        "with τ = 0.5, a Δ-based margin and α-Tsallis losses."
    )
    types = entities(record)
    assert types.get("τ-bench") in ("Dataset", "Benchmark") and types.get("π0-FAST") == "Model"
    assert not {"Δ", "α-Tsallis", "τ"} & set(types)


def test_real18_dates_and_venues_with_a_year_are_no_names() -> None:
    record = run(
        "We index the CC-News archive from August 2016 onwards. The challenge was held at "
        "ICSE 2026, and RoboCup-Bench results are reported."
    )
    assert not {"August 2016", "ICSE 2026", "August", "ICSE"} & set(entities(record))


def test_round26_the_chat_model_is_the_one_named_chat() -> None:
    record = run(
        "We continue pre-training Mistral-7B on a mixture of MADLAD-400 and a re-filtered "
        "copy of CulturaX; we call the resulting base model Kora-7B. Instruction tuning with "
        "xP3x and a machine-translated slice of OpenHermes-2.5 then gives Kora-7B-Chat. The "
        "chat model answers 70.2% of Belebele questions, ahead of Aya-23-8B (63.0%), and it "
        "scores 51.9 (±0.3 across prompt templates) on Global-MMLU."
    )
    types = entities(record)
    assert types.get("CulturaX") == types.get("xP3x") == types.get("OpenHermes-2.5") == "Dataset"
    assert {
        ("Kora-7B", "MADLAD-400", None),
        ("Kora-7B", "CulturaX", None),
        ("Kora-7B-Chat", "xP3x", None),
        ("Kora-7B-Chat", "OpenHermes-2.5", None),
    } <= relations(record, "trainedOn")
    assert ("Kora-7B-Chat", "Kora-7B", "finetuned") in relations(record, "derivedFrom")
    assert {
        ("Kora-7B-Chat", "Belebele", "70.2"),
        ("Kora-7B-Chat", "Global-MMLU", "51.9"),
    } <= relations(record, "evaluatedOn")
    assert ("Kora-7B-Chat", "Aya-23-8B", None) in relations(record, "comparedWith")


def test_round26_trained_with_a_method_names_no_training_data() -> None:
    record = run(
        "We propose sDPO. SpatialVLM-R1, trained with sDPO, sets a new state of the art on "
        "SpatialBench-3D, outperforming the strongest baseline by 9.8%."
    )
    assert relations(record, "trainedOn") == set()


def test_real19_a_method_called_a_task_like_long_form_is_named() -> None:
    record = run(
        "We propose a novel sentiment analysis method called calibrated sentiment analysis "
        "(CSA), which estimates uncertainty. We also propose Robust Speech Recognition (RSR). "
        "We introduce Cross-view Referring Segmentation (CVRS), a new task that links views. "
        "We study Named Entity Recognition (NER) for High-Resourced Languages (HRL)."
    )
    types = entities(record)
    assert types.get("CSA") == types.get("RSR") == "Method"
    assert ("PAPER", "CSA", None) in relations(record, "introduces")
    assert not {"CVRS", "NER", "HRL"} & set(types)  # a task, a task and a class of languages


def test_real19_companies_metrics_and_benchmarks_that_evaluate_models() -> None:
    record = run(
        "We present an interpretable vision-transformer (ViT) workflow for implants made of "
        "a ceramic (BIOLOX delta, CeramTec GmbH). We introduce FlightBench, a benchmark "
        "evaluating LLMs on trajectory prediction. Forecasters achieve superior MAE of 7.01, "
        "while LLMs reach 11--14 MAE."
    )
    types = entities(record)
    assert "CeramTec" not in types and "GmbH" not in types
    assert "MAE" not in types  # the error, not the masked autoencoder
    assert types.get("FlightBench") == "Benchmark"
    assert ("PAPER", "ViT", None) not in relations(record, "introduces")


def test_real19_an_unnamed_model_trained_on_data_is_not_the_method() -> None:
    record = run(
        "We introduce Latent Rethinking, a framework for iterative self-correction. Training "
        "a 0.2B-parameter model from scratch on GSM8K, our method surpasses larger baselines."
    )
    assert relations(record, "trainedOn") == set()


def test_real20_a_dataset_converted_into_a_new_version() -> None:
    record = run(
        "The recently proposed SKEL model re-rigs SMPL. We introduce PoseCF, a coarse-to-fine "
        "framework for SKEL parameter estimation. We convert the existing SMPL-based dataset "
        "4DHuman into a SKEL-aligned version, 4DHuman-SKEL, providing training data."
    )
    types = entities(record)
    assert types.get("4DHuman") == types.get("4DHuman-SKEL") == "Dataset"
    assert relations(record, "derivedFrom") == {("4DHuman-SKEL", "4DHuman", "augmented")}
    introduced = relations(record, "introduces")
    assert ("PAPER", "SKEL", None) not in introduced  # named as a modifier after "for"
    assert ("PAPER", "4DHuman-SKEL", None) in introduced


def test_real20_two_metrics_on_a_fronted_benchmark_and_a_compared_value() -> None:
    record = run(
        "We propose PoseCF, a pose estimator. On the challenging MOYO dataset, PoseCF achieves "
        "85.0 MPJPE / 51.4 PA-MPJPE, significantly outperforming the previous state-of-the-art "
        "HSMR (104.5 / 79.6). The best Jaccard score is 0.58."
    )
    types = entities(record)
    assert types.get("HSMR") == "Model" and "Jaccard" not in types
    assert {("PoseCF", "MOYO", "85.0"), ("PoseCF", "MOYO", "51.4")} <= relations(
        record, "evaluatedOn"
    )


def test_round29_a_new_series_trained_on_data_trains_each_of_its_sizes() -> None:
    record = run(
        "This report introduces Baobab-2, released in three sizes: Baobab-2-1B, Baobab-2-8B and "
        "Baobab-2-30B. Compared with its predecessor Baobab-1, the new series is pre-trained on "
        "12 trillion tokens drawn from FineWeb-Edu, DCLM-Baseline and the scientific papers of "
        "peS2o."
    )
    trained = relations(record, "trainedOn")
    for size in ("Baobab-2-1B", "Baobab-2-8B", "Baobab-2-30B"):
        assert {(size, "FineWeb-Edu", None), (size, "peS2o", None)} <= trained
    assert not {t for t in trained if t[0] == "Baobab-1"}  # the predecessor it is compared with


def test_round28_training_data_after_a_count_and_a_participle() -> None:
    record = run(
        "We train Heron-7B on 48K competition problems sampled from NuminaMath-1.5 and "
        "DeepScaleR-Preview-Dataset. Kiswa-ASR is fine-tuned on speech taken from Common Voice "
        "17.0, FLEURS and the ALFFA corpus. We teach Gemma-2-9B to code by instruction tuning on "
        "300K summaries from MIMIC-IV; the tuned model, CodeMed-9B, reaches a micro-F1 of 58.1."
    )
    trained = relations(record, "trainedOn")
    assert {
        ("Heron-7B", "NuminaMath-1.5", None),
        ("Heron-7B", "DeepScaleR-Preview-Dataset", None),
        ("Kiswa-ASR", "Common Voice 17.0", None),
        ("Kiswa-ASR", "FLEURS", None),
        ("CodeMed-9B", "MIMIC-IV", None),
    } <= trained
    assert ("Gemma-2-9B", "MIMIC-IV", None) not in trained


def test_round29_release_lineage_by_size_predecessor_and_parenthesis() -> None:
    record = run(
        "We release Flint-Coder-2 in three sizes, Flint-Coder-2-3B, Flint-Coder-2-8B and "
        "Flint-Coder-2-24B, each with a base and an instruction-tuned checkpoint. The 8B and "
        "24B models are initialised from Llama-3.1-8B and Mistral-Small-24B-Base-2501 "
        "respectively, while the 3B model is distilled from Flint-Coder-2-24B. Like its "
        "predecessor Flint-Coder-1, it is trained on permissive code. Flint-Coder-2-8B-Instruct "
        "beats DeepSeek-R1-Distill-Qwen-7B (distilled from DeepSeek-R1)."
    )
    derived = relations(record, "derivedFrom")
    assert {
        ("Flint-Coder-2-8B", "Llama-3.1-8B", "builtOn"),
        ("Flint-Coder-2-24B", "Mistral-Small-24B-Base-2501", "builtOn"),
        ("Flint-Coder-2-3B", "Flint-Coder-2-24B", "distilled"),
        ("Flint-Coder-2-8B-Instruct", "Flint-Coder-2-8B", "finetuned"),
        ("DeepSeek-R1-Distill-Qwen-7B", "DeepSeek-R1", "distilled"),
    } <= derived
    assert ("Flint-Coder-2", "Flint-Coder-1", None) in relations(record, "successorOf")


def test_round29_an_evaluation_set_paper_scores_the_systems_it_tests() -> None:
    record = run(
        "We introduce TagalogSwitch, a 30-hour evaluation set of code-switched Tagalog speech. "
        "Whisper large-v3 obtains a mixed error rate of 36.1%, MMS-1B-all 50.2% and "
        "Qwen2-Audio-7B 45.0%. On MATH-500, full traces give 97.3 for o3-mini and 94.8 for "
        "Qwen3-8B."
    )
    types = entities(record)
    assert types.get("TagalogSwitch") == "Benchmark" and "MMS-1B-all" in types
    assert {
        ("Whisper large-v3", "TagalogSwitch", "36.1"),
        ("MMS-1B-all", "TagalogSwitch", "50.2"),
        ("Qwen2-Audio-7B", "TagalogSwitch", "45.0"),
        ("o3-mini", "MATH-500", "97.3"),
        ("Qwen3-8B", "MATH-500", "94.8"),
    } <= relations(record, "evaluatedOn")


def test_real21_markdown_emphasis_teams_institutions_and_tools() -> None:
    text = clean_text(
        "We design a **Pattern-Aware token ReOrdering (PARO)** technique. Our approach, "
        "**FastPARO**, reaches a *1.9x* speed-up. We present the University of Florida "
        "submission; the YaleNLP team's approach ranked second, with 28 chrF++ more. Proofs "
        "are checked in Lean 4 and compared in a Precision-Recall framework."
    )
    assert "*" not in text
    record = run(text)
    types = entities(record)
    assert types.get("PARO") == types.get("FastPARO") == "Method"
    assert ("PAPER", "FastPARO", None) in relations(record, "introduces")
    assert not {"University", "YaleNLP", "chrF++", "Lean 4", "Precision-Recall"} & set(types)


def test_cleaning_keeps_stars_that_are_no_emphasis() -> None:
    assert clean_text("compute 2*3*4 and p<0.05*") == "compute 2*3*4 and p<0.05*"
    assert clean_text("**S**entence-level **E**arly") == "Sentence-level Early"


def test_round30_results_of_models_named_by_their_size() -> None:
    record = run(
        "We present Beacon-Embed, with Beacon-Embed-0.6B and Beacon-Embed-4B initialized from "
        "Qwen3-0.6B and Qwen3-4B respectively. On MTEB, Beacon-Embed-4B reaches a mean score of "
        "71.0, and the 0.6B model scores 66.5. Average nDCG@10 on BEIR is 53.8 and 57.1 for the "
        "0.6B and 4B models. On IEMOCAP the best layer of Beacon-Embed-4B reaches 73.9% accuracy."
    )
    assert {
        ("Beacon-Embed-4B", "MTEB", "71.0"),
        ("Beacon-Embed-0.6B", "MTEB", "66.5"),
        ("Beacon-Embed-0.6B", "BEIR", "53.8"),
        ("Beacon-Embed-4B", "BEIR", "57.1"),
        ("Beacon-Embed-4B", "IEMOCAP", "73.9"),
    } <= relations(record, "evaluatedOn")


def test_round28_lower_case_names_the_paper_makes_and_a_pronoun_after_a_benchmark() -> None:
    record = run(
        "We propose VGSP, a recipe. We distill F5-TTS into whisp-tts, a four-step student. "
        "On LibriSpeech test-clean it obtains a UTMOS of 4.12, higher than CosyVoice 2 (3.97). "
        "We also present real-world results."
    )
    types = entities(record)
    assert types.get("whisp-tts") == "Model" and "real-world" not in types
    assert ("whisp-tts", "F5-TTS", "distilled") in relations(record, "derivedFrom")
    assert ("whisp-tts", "LibriSpeech", "4.12") in relations(record, "evaluatedOn")


def test_real14_a_fronted_benchmark_scores_the_subject_not_the_compared_baseline() -> None:
    record = run(
        "We propose CPN-Det, a ship detector. On SSDD, CPN-Det surpasses the YOLOv8 baseline, "
        "achieving 97.0% precision and 98.9% mAP."
    )
    scored = {(h, t) for h, t, v in relations(record, "evaluatedOn") if v}
    assert ("CPN-Det", "SSDD") in scored and ("YOLOv8", "SSDD") not in scored


def test_round26_a_merge_said_by_its_subject_a_recipe_and_what_it_builds() -> None:
    record = run(
        "We propose Sable, a training recipe that teaches a generator to quote its evidence, "
        "and use it to build SableLM-8B. Rather than tuning one model, SableLM-8B merges "
        "Llama-3.1-8B-Instruct and QuoteLlama-8B with TIES-Merging. SableLM-8B reaches 61.2% "
        "accuracy on PopQA, edging out Self-RAG 13B (55.8%), and an F1 of 60.1 on HotpotQA. "
        "Transferred without any tuning to ScanRefer, SableLM-8B attains 41.6 accuracy."
    )
    assert entities(record).get("Sable") == "Method"
    assert ("PAPER", "SableLM-8B", None) in relations(record, "introduces")
    assert {
        ("SableLM-8B", "Llama-3.1-8B-Instruct", "merged"),
        ("SableLM-8B", "QuoteLlama-8B", "merged"),
    } <= relations(record, "derivedFrom")
    assert {
        ("SableLM-8B", "HotpotQA", "60.1"),
        ("SableLM-8B", "ScanRefer", "41.6"),
    } <= relations(record, "evaluatedOn")
    assert ("Self-RAG 13B", "HotpotQA", "60.1") not in relations(record, "evaluatedOn")


def test_round31_an_earlier_release_its_successor_and_the_values_before_and_after() -> None:
    record = run(
        "Last year we released wren-r1, a math reasoner trained on a static curriculum; here we "
        "describe wren-r1.5, which filters prompts online. Starting from the weights of "
        "Qwen2.5-Math-7B rather than from an instruct checkpoint, we run RL training on "
        "DAPO-Math-17k. wren-r1.5 improves pass@1 on AIME 2024 from 31.5% (wren-r1) to 48.9%, "
        "and it reaches 36.2% on AIME 2025."
    )
    assert relations(record, "introduces") == {("PAPER", "wren-r1.5", None)}
    assert ("wren-r1.5", "wren-r1", None) in relations(record, "successorOf")
    assert ("wren-r1.5", "Qwen2.5-Math-7B", "builtOn") in relations(record, "derivedFrom")
    assert ("wren-r1.5", "DAPO-Math-17k", None) in relations(record, "trainedOn")
    assert {
        ("wren-r1.5", "AIME 2024", "48.9"),
        ("wren-r1", "AIME 2024", "31.5"),
        ("wren-r1.5", "AIME 2025", "36.2"),
    } <= relations(record, "evaluatedOn")


def test_round31_our_earlier_model_is_the_predecessor() -> None:
    record = run(
        "We present lark-x2, an English recogniser. Compared with our earlier lark-x1, which "
        "was distilled from Whisper medium, the new model lowers the WER from 8.9% to 7.4%."
    )
    assert ("lark-x2", "lark-x1", None) in relations(record, "successorOf")


def test_real_lower_case_word_names_a_paper_makes() -> None:
    record = run(
        "We introduce kestrelbench, a 300-case evaluation suite for clinical safety. GPT-4o "
        "scores 61.2% on kestrelbench. We introduce consolidation, a phasic approach, and "
        "we propose newmodel, a reasoning model."
    )
    types = entities(record)
    assert types.get("kestrelbench") == "Benchmark"
    assert ("PAPER", "kestrelbench", None) in relations(record, "introduces")
    assert ("GPT-4o", "kestrelbench", "61.2") in relations(record, "evaluatedOn")
    assert not {"consolidation", "newmodel"} & set(types)


def test_round32_two_names_called_together_sizes_after_a_numbered_name_and_namely_lists() -> None:
    record = run(
        "We train fine-tuned versions of ESM-2 650M and Ankh-Large, called ESM2-Heat and "
        "Ankh-Heat. Baselines are NLLB-200 3.3B and prompting of API models, namely "
        "DeepSeek-V3.2 and Grok-4-Fast."
    )
    types = entities(record)
    assert {"ESM2-Heat", "Ankh-Heat", "NLLB-200 3.3B"} <= set(types)
    assert "ESM2-Heat and Ankh-Heat" not in types
    assert relations(record, "introduces") == {
        ("PAPER", "ESM2-Heat", None),
        ("PAPER", "Ankh-Heat", None),
    }


def test_round32_the_resulting_model_named_in_the_next_sentence_and_metrics_with_units() -> None:
    record = run(
        "We adapt Llama-3.1-8B to the clinical domain by continued pre-training on notes "
        "drawn from MIMIC-IV. The resulting base model, wharf-8b, becomes wharf-8b-chat after "
        "instruction tuning on our new dataset WharfIQ. We also present Quay, a ViT-B/16 encoder "
        "for radiographs. For pneumothorax segmentation on SIIM-ACR, a U-Net decoder on top of "
        "frozen Quay features reaches a Dice score of 0.842. Quay predicts band gaps with an MAE "
        "of 0.42 eV and attains a HOMO-LUMO gap MAE of 29 meV."
    )
    types = entities(record)
    assert not {"MAE", "meV", "HOMO-LUMO"} & set(types)
    assert types.get("SIIM-ACR") == "Benchmark"
    assert ("PAPER", "ViT-B/16", None) not in relations(record, "introduces")
    assert ("wharf-8b", "Llama-3.1-8B") in {(h, t) for h, t, _ in relations(record, "derivedFrom")}
    assert ("wharf-8b", "MIMIC-IV", None) in relations(record, "trainedOn")
    assert ("Quay", "SIIM-ACR", "0.842") in relations(record, "evaluatedOn")


def test_round31_training_stages_name_data_and_a_relative_clause_keeps_its_own_result() -> None:
    record = run(
        "We introduce Bongo-4B. Training proceeds in stages: projector alignment on "
        "LLaVA-Pretrain; full fine-tuning on 9.6M interleaved samples, including DocParse4M. "
        "Training uses 3M prompts from VoyageDB. Against Qwen2.5-VL-3B-Instruct, which reaches "
        "84.0 on ChartQA, it is 1.9 points better."
    )
    types = entities(record)
    assert types.get("LLaVA-Pretrain") == types.get("DocParse4M") == "Dataset"
    assert types.get("VoyageDB") == "Dataset"
    scored = relations(record, "evaluatedOn")
    assert ("Qwen2.5-VL-3B-Instruct", "ChartQA", "84.0") in scored
    assert ("Bongo-4B", "ChartQA", "84.0") not in scored


def test_round31_lower_case_family_sizes_listed_tuned_versions_and_a_quantized_build() -> None:
    record = run(
        "We introduce wren, a family of on-device language models (wren-360m and wren-1.1b). "
        "Instruction-tuned versions, wren-360m-chat and wren-1.1b-chat, are obtained by "
        "fine-tuning on SmolTalk. We also release wren-1.1b-chat and wren-1.1b-chat-q4, a "
        "4-bit version of the chat model."
    )
    assert {
        ("wren-360m", "wren", "variant"),
        ("wren-1.1b", "wren", "variant"),
        ("wren-360m-chat", "wren-360m", "finetuned"),
        ("wren-1.1b-chat", "wren-1.1b", "finetuned"),
        ("wren-1.1b-chat-q4", "wren-1.1b-chat", "quantized"),
    } <= relations(record, "derivedFrom")
    assert {("wren-360m-chat", "SmolTalk", None), ("wren-1.1b-chat", "SmolTalk", None)} <= (
        relations(record, "trainedOn")
    )


def test_round26_results_said_by_it_averages_ranks_with_and_over_the_suites() -> None:
    record = run(
        "We present Lark-2. Our training corpus, LarkMix-5B, combines web and code. On Atari "
        "100k it achieves a mean of 1.42, compared with 1.05 for Marten, and on 20 DMControl "
        "tasks it averages a return of 812. On the GIFT-Eval leaderboard, Lark-2 ranks first "
        "among open models with a MASE of 0.712. In simulation, Lark-2 achieves an average "
        "success of 96.1% over the four LIBERO suites."
    )
    assert entities(record).get("LarkMix-5B") == "Dataset"
    assert {
        ("Lark-2", "DMControl", "812"),
        ("Lark-2", "GIFT-Eval", "0.712"),
        ("Lark-2", "LIBERO", "96.1"),
    } <= relations(record, "evaluatedOn")


def test_round34_prose_tables_corresponding_bases_and_a_family_that_succeeds() -> None:
    record = run(
        "This report presents Birch-2, a family in two sizes, Birch-2-7B and Birch-2-32B; "
        "Birch-2-7B-Instruct and Birch-2-32B-Instruct are obtained from the corresponding base "
        "models via SFT and DPO. The family succeeds Birch-1, which had been continually "
        "pre-trained from Llama-2-7B. Base model results are as follows. Birch-2-7B: 74.6 "
        "MMLU-Redux, 81.3 GSM8K; Birch-2-32B: 83.9 MMLU-Redux, 90.2 GSM8K. A 4-bit build, "
        "Birch-2-7B-Instruct-q4, runs on phones. o4-mini (39.0%) trails."
    )
    assert {
        ("Birch-2-7B-Instruct", "Birch-2-7B", "finetuned"),
        ("Birch-2-32B-Instruct", "Birch-2-32B", "finetuned"),
        ("Birch-2-7B-Instruct-q4", "Birch-2-7B-Instruct", "quantized"),
    } <= relations(record, "derivedFrom")
    assert ("Birch-1", "Llama-2-7B") in {(h, t) for h, t, _ in relations(record, "derivedFrom")}
    assert ("Birch-2", "Birch-1", None) in relations(record, "successorOf")
    assert {
        ("Birch-2-7B", "MMLU-Redux", "74.6"),
        ("Birch-2-7B", "GSM8K", "81.3"),
        ("Birch-2-32B", "MMLU-Redux", "83.9"),
        ("Birch-2-32B", "GSM8K", "90.2"),
    } <= relations(record, "evaluatedOn")
    assert entities(record).get("o4-mini") == "Model"


def test_round33_elliptical_bare_values_and_a_successor_compared_over() -> None:
    record = run(
        "We present Mosaic-2.1, the successor to our dense Mosaic-2.0 (released last spring). "
        "It gains +6.5 points on MATH over Mosaic-2.0. On TyDi QA, prompted LLMs lag behind: "
        "GPT-4o-mini obtains 64.0 F1, Gemma-3-12B 61.5 and Llama-3.1-8B-Instruct 48.7."
    )
    assert entities(record).get("Mosaic-2.0") == "Model"
    assert ("Mosaic-2.1", "Mosaic-2.0", None) in relations(record, "successorOf")
    assert {
        ("GPT-4o-mini", "TyDi QA", "64.0"),
        ("Gemma-3-12B", "TyDi QA", "61.5"),
        ("Llama-3.1-8B-Instruct", "TyDi QA", "48.7"),
    } <= relations(record, "evaluatedOn")


def test_round32_shares_of_issues_two_metrics_of_values_and_adjectives_before_a_suite() -> None:
    record = run(
        "We present Shale-32B. With a single attempt, Shale-32B resolves 39.7% of the issues "
        "in SWE-bench Verified and 31.3% in SWE-bench Lite. On MovieLens-1M, Shale-32B reaches "
        "a Recall@10 of 0.2931 and an NDCG@10 of 0.1712. It attains an nDCG@10 of 58.7 on the "
        "13 public BEIR datasets and 68.4 on the English MTEB average."
    )
    assert {
        ("Shale-32B", "SWE-bench Verified", "39.7"),
        ("Shale-32B", "SWE-bench Lite", "31.3"),
        ("Shale-32B", "MovieLens-1M", "0.2931"),
        ("Shale-32B", "MovieLens-1M", "0.1712"),
        ("Shale-32B", "BEIR", "58.7"),
        ("Shale-32B", "MTEB", "68.4"),
    } <= relations(record, "evaluatedOn")


def test_round33_pruning_a_parenthesis_in_the_appositive_split_values_and_the_metric_is() -> None:
    record = run(
        "We introduce Quill-1.5B, a bilingual (English/Chinese) embedding model initialised from "
        "Qwen2.5-1.5B. We describe Falx-S, a detector obtained by structurally pruning "
        "YOLOv10-X. Fine-tuned with CTC on LibriSpeech, Quill-1.5B yields 2.9/6.0% WER on "
        "test-clean/test-other. On VoxCeleb1-O speaker verification the EER is 0.71% (WavLM "
        "Large: 0.62%)."
    )
    lineage = {(h, t) for h, t, _ in relations(record, "derivedFrom")}
    assert {("Quill-1.5B", "Qwen2.5-1.5B"), ("Falx-S", "YOLOv10-X")} <= lineage
    assert {
        ("Quill-1.5B", "LibriSpeech", "2.9"),
        ("Quill-1.5B", "LibriSpeech", "6.0"),
        ("Quill-1.5B", "VoxCeleb1-O", "0.71"),
    } <= relations(record, "evaluatedOn")


def test_round33_a_method_lifting_several_models_gets_each_result() -> None:
    record = run(
        "We propose WARP, a training-light procedure. On RULER at 128K, it lifts "
        "Llama-3.1-8B-Instruct from 77.0 to 85.6 and Qwen2.5-7B-Instruct from 61.3 to 80.2."
    )
    assert {("WARP", "RULER", "85.6"), ("WARP", "RULER", "80.2")} <= relations(
        record, "evaluatedOn"
    )


def test_real22_a_dashed_size_after_a_version_baselines_and_an_instrument_is_no_subject() -> None:
    record = run(
        "We evaluate Gemini 1.5 Pro, GPT-4o and Llama 3.1-70B, with Aya-Expanse and XLS-R as "
        "baselines next to Citrinet. Gemini 1.5 Pro combined with a Chain-of-Thought prompt "
        "achieved the highest accuracy (84%), outperforming GPT-4o (81%). Qwen-3 4B-8B models "
        "were also tried."
    )
    types = entities(record)
    assert {"Llama 3.1-70B", "Aya-Expanse", "XLS-R", "Citrinet", "Qwen-3 4B"} <= set(types)
    assert types["XLS-R"] == "Model"
    compared = relations(record, "comparedWith")
    assert ("Gemini 1.5 Pro", "GPT-4o", None) in compared
    assert ("Chain-of-Thought", "GPT-4o", None) not in compared


def test_real22_the_best_configuration_is_no_named_system() -> None:
    record = run(
        "We fine-tune Wav2Vec2.0 and HuBERT on recitations. Our best-performing configuration "
        "achieves a WER of 0.08 on the EveryAyah subset."
    )
    assert not {v for _, _, v in relations(record, "evaluatedOn") if v}


def test_round31_a_system_with_sized_releases_is_a_model_family_a_framework_is_not() -> None:
    record = run(
        "This paper presents Coda, a zero-shot text-to-speech system. Our main release, "
        "Coda-0.5B, is initialised from Qwen2.5-0.5B, while a larger Coda-1.5B starts from "
        "Qwen2.5-1.5B. We also propose Split, a framework for planning; Split-8B improves "
        "long-form answers."
    )
    types = entities(record)
    assert types["Coda"] == "Model" and types["Split"] == "Method"
    assert {("Coda-0.5B", "Coda", "variant"), ("Coda-1.5B", "Coda", "variant")} <= relations(
        record, "derivedFrom"
    )


def test_round31_english_only_sizes_known_names_with_eval_and_units() -> None:
    record = run(
        "We present lark-x2. Compared with our earlier lark-x1, which was distilled from Whisper "
        "medium.en, lark-x2 is faster; Whisper small is a baseline. On the test-en subset of "
        "Seed-TTS-eval, its WER is 1.83, and on the Open ASR Leaderboard 7.4. Runs used up to "
        "1 PFLOP FP4."
    )
    types = entities(record)
    assert {"Whisper medium.en", "Seed-TTS-eval", "Open ASR Leaderboard"} <= set(types)
    assert "PFLOP" not in types and "Seed-TTS" not in types
    assert ("PAPER", "Whisper small", None) not in relations(record, "introduces")
    assert ("lark-x1", "Whisper medium.en", "distilled") in relations(record, "derivedFrom")


def test_round32_a_lower_case_model_we_train_languages_and_a_rise_on_a_devtest_set() -> None:
    record = run(
        "We introduce kivu-1.3b. On the FLORES-200 devtest set, for the five languages it "
        "covers, kivu-1.3b lifts average chrF++ into English from 29.8 to 36.5 (Hausa 52.1, "
        "Bambara 33.7, Kanuri 24.9). We also train kivu-lid, an XLM-R base model fine-tuned "
        "for language identification."
    )
    types = entities(record)
    assert not {"Bambara", "Kanuri"} & set(types)
    assert ("kivu-1.3b", "FLORES-200", "36.5") in relations(record, "evaluatedOn")
    assert ("PAPER", "kivu-lid", None) in relations(record, "introduces")
    assert ("kivu-lid", "XLM-R", "finetuned") in relations(record, "derivedFrom")


def test_round34_flash_lite_respective_bases_after_an_appositive_and_a_described_predecessor() -> (
    None
):
    record = run(
        "A third model, Cobalt 1.5 Flash-Lite, is distilled from Cobalt 1.5 Pro. We present "
        "Vela-8B and Vela-32B, two open reasoning models obtained by fine-tuning Qwen3-8B and "
        "Qwen3-32B, respectively. We present Skein-GT 2, the successor to our linear-attention "
        "graph transformer Skein-GT; SmolSSM-2 outperforms both its predecessor and Mamba-370M."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Cobalt 1.5 Flash-Lite", "Cobalt 1.5 Pro", "distilled") in lineage
    assert {("Vela-8B", "Qwen3-8B", "finetuned"), ("Vela-32B", "Qwen3-32B", "finetuned")} <= (
        lineage
    )
    assert ("Vela-32B", "Qwen3-8B", "finetuned") not in lineage
    successions = relations(record, "successorOf")
    assert ("Skein-GT 2", "Skein-GT", None) in successions
    assert ("SmolSSM-2", "Mamba-370M", None) not in successions


def test_round34_a_model_listed_after_a_benchmark_keeps_its_own_appositive() -> None:
    record = run(
        "We release Lynx3-Chat and two compressed versions: Lynx3-Chat-AWQ, a 4-bit "
        "quantization of Lynx3-Chat that loses 0.3 points on C-Eval, and Lynx3-Mini, a dense "
        "3B model distilled from Lynx3-Chat."
    )
    assert entities(record)["Lynx3-Mini"] == "Model"
    assert {
        ("Lynx3-Mini", "Lynx3-Chat", "distilled"),
        ("Lynx3-Chat-AWQ", "Lynx3-Chat", "quantized"),
    } <= relations(record, "derivedFrom")


def test_round34_values_for_a_fronted_list_of_benchmarks_pair_in_order() -> None:
    record = run(
        "We present Skein-2. On Cora and PubMed, Skein-2 reaches 84.1% and 81.0% accuracy."
    )
    scored = relations(record, "evaluatedOn")
    assert {("Skein-2", "Cora", "84.1"), ("Skein-2", "PubMed", "81.0")} <= scored
    assert ("Skein-2", "Cora", "81.0") not in scored


def test_round33_trailing_a_system_gives_it_the_first_value_of_a_versus_pair() -> None:
    record = run(
        "We present Tess-2. It beats Mixtral-8x22B-Instruct on 4 of 5 benchmarks and still "
        "trails DeepSeek-V3 on MMLU (88.5 vs. 81.2). Vela-8B edges out Phi-4 on GPQA Diamond "
        "(69.5 vs. 68.9)."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Tess-2", "MMLU", "81.2"),
        ("DeepSeek-V3", "MMLU", "88.5"),
        ("Vela-8B", "GPQA Diamond", "69.5"),
        ("Phi-4", "GPQA Diamond", "68.9"),
    } <= scored
    assert ("Mixtral-8x22B-Instruct", "MMLU", "81.2") not in scored


def test_real23_a_known_method_before_data_stays_a_method() -> None:
    record = run(
        "Adding long chain-of-thought (CoT) data during mid-training helps. Most recipes use "
        "CoT data without selection. We mix SFT data with RL data and select SFT data by "
        "difficulty."
    )
    found = entities(record)
    assert found["CoT"] == "Method"
    assert found["SFT"] == "Method"


def test_real23_a_capital_that_spells_an_acronym_is_no_name() -> None:
    record = run(
        "We propose GeoSymbO, a framework for Geometry discovery via Symbolic latent "
        "evOlution. GeoSymbO is compared with fastText baselines."
    )
    found = entities(record)
    assert "evOlution" not in found
    assert {"GeoSymbO", "fastText"} <= set(found)


def test_real23_a_titled_component_after_an_article_is_introduced() -> None:
    record = run(
        "To separate the branches, we propose a Directional Edge Guidance Loss, a sparsity "
        "prior computed from image gradients. We also present a Graph Neural Network that "
        "links the patches, and we introduce the P-VLG Benchmark, a suite of 3k tasks."
    )
    found = entities(record)
    assert found["Directional Edge Guidance Loss"] == "Method"
    assert ("PAPER", "Directional Edge Guidance Loss", None) in relations(record, "introduces")
    assert "Graph Neural Network" not in found
    assert found["P-VLG"] == "Benchmark"
    assert "P-VLG Benchmark" not in found


def test_real23_databases_are_tools_and_lime_is_a_method() -> None:
    record = run(
        "Reports are stored in DuckDB and embedded in ChromaDB for retrieval. Attributions "
        "from LIME and SHAP are compared on the KoBEST Benchmark."
    )
    found = entities(record)
    assert "DuckDB" not in found and "ChromaDB" not in found
    assert found["LIME"] == "Method"
    assert found["KoBEST"] == "Benchmark"


def test_round36_a_variant_word_refers_to_the_one_name_ending_in_it() -> None:
    record = run(
        "We also release Wren-TTS-Lite, a 4-step student of Wren-TTS. On LibriSpeech "
        "test-clean, the Lite model reaches 2.3 WER."
    )
    found = entities(record)
    assert "Lite" not in found
    assert ("Wren-TTS-Lite", "LibriSpeech", "2.3") in relations(record, "evaluatedOn")
    assert ("Wren-TTS-Lite", "Wren-TTS", "distilled") in relations(record, "derivedFrom")


def test_round36_a_fork_and_a_variant_after_a_v_version() -> None:
    record = run(
        "Wren-TTS is a fork of F5-TTS: we keep its decoder. We introduce Gale-WX v3, the "
        "successor of our previous Gale-WX; a cheaper configuration, Gale-WX v3-Lite, "
        "follows the same recipe. It attains a day-10 CRPS of 208."
    )
    found = entities(record)
    assert "Gale-WX v3-Lite" in found and "day-10" not in found
    assert ("Wren-TTS", "F5-TTS", "builtOn") in relations(record, "derivedFrom")
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert "Gale-WX v3" in introduced and "Gale-WX" not in introduced


def test_round36_slashed_values_respectively_and_another_systems_row() -> None:
    record = run(
        "We introduce Quill. Quill obtains 63.5 / 48.2 / 37.9 EM on HotpotQA, "
        "2WikiMultiHopQA and MuSiQue, respectively (HippoRAG 2: 61.0 / 47.6 / 33.4)."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Quill", "HotpotQA", "63.5"),
        ("Quill", "MuSiQue", "37.9"),
        ("HippoRAG 2", "2WikiMultiHopQA", "47.6"),
        ("HippoRAG 2", "MuSiQue", "33.4"),
    } <= scored
    assert ("Quill", "HotpotQA", "37.9") not in scored
    assert entities(record)["HippoRAG 2"] == "Method"


def test_round36_two_systems_respectively_on_one_benchmark() -> None:
    record = run(
        "The resulting checkpoints, Tern-Math-7B and Tern-R1-1.5B, reach 56.7 and 38.9 "
        "avg@16 on AIME 2024, respectively, compared with 40.2 and 28.8 for the backbones."
    )
    scored = relations(record, "evaluatedOn")
    assert {("Tern-Math-7B", "AIME 2024", "56.7"), ("Tern-R1-1.5B", "AIME 2024", "38.9")} <= scored


def test_round36_kinds_in_parentheses_and_for_a_list() -> None:
    record = run(
        "We apply Tern to Qwen2.5-Math-7B and DeepSeek-R1-Distill-Qwen-1.5B (itself a "
        "distilled version of DeepSeek-R1). We present Geode. Geode-S and Geode-B are "
        "students of Geode-L."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("DeepSeek-R1-Distill-Qwen-1.5B", "DeepSeek-R1", "distilled"),
        ("Geode-S", "Geode-L", "distilled"),
        ("Geode-B", "Geode-L", "distilled"),
    } <= lineage


def test_round36_values_of_a_compared_list_and_a_metric_in_the_versus_pair() -> None:
    record = run(
        "YOLOv8-X reaches 51.3 mAP on BDD100K, ahead of Co-DETR (50.8) and well above "
        "RT-DETR-L and YOLOv8-S (47.9 and 41.2, respectively). GeoNet-B beats CROMA on "
        "BigEarthNet (mAP 86.9 vs. 85.0)."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("RT-DETR-L", "BDD100K", "47.9"),
        ("YOLOv8-S", "BDD100K", "41.2"),
        ("GeoNet-B", "BigEarthNet", "86.9"),
        ("CROMA", "BigEarthNet", "85.0"),
    } <= scored


def test_round35_a_family_of_base_chat_and_merged_checkpoints() -> None:
    record = run(
        "We introduce Wisp, a family of small language models. Wisp-3B-Base is pre-trained "
        "from scratch on 9T tokens. Wisp-1B-Base sees the same data but is distilled from "
        "Wisp-3B-Base. The chat models, Wisp-1B-Instruct and Wisp-3B-Instruct, are obtained "
        "from their base counterparts through supervised fine-tuning. We also release "
        "Wisp-3B-Chat, a merge of Wisp-3B-Instruct and a math checkpoint."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("Wisp-1B-Base", "Wisp-3B-Base", "distilled"),
        ("Wisp-1B-Instruct", "Wisp-1B-Base", "finetuned"),
        ("Wisp-3B-Instruct", "Wisp-3B-Base", "finetuned"),
        ("Wisp-3B-Chat", "Wisp-3B-Instruct", "merged"),
    } <= lineage
    assert ("Wisp-1B-Instruct", "Wisp", "finetuned") not in lineage


def test_round35_a_release_number_before_a_full_stop_and_known_names() -> None:
    record = run(
        "We present heron-v2. The student is trained on LibriSpeech and Common Voice 17.0. "
        "It beats Distil-Whisper large-v3 on FLEURS and is then fine-tuned on NLLB-Seed. "
        "Its pLDDT and MSA depth are reported too."
    )
    found = entities(record)
    assert found["Common Voice 17.0"] == "Dataset"
    assert "Distil-Whisper large-v3" in found
    assert found["NLLB-Seed"] == "Dataset"
    assert "pLDDT" not in found and "MSA" not in found


def test_round35_a_unit_before_a_full_stop_ends_the_sentence() -> None:
    record = run(
        "We present heron-v2, a streaming recognizer. heron-v2 is distilled from Whisper "
        "large-v3 into a small student; unlike its predecessor heron-v1, it emits partial "
        "results every 320 ms. The student is trained on LibriSpeech and Common Voice 17.0, "
        "and we also release heron-v2-int8, an 8-bit quantized version for phones."
    )
    trained = relations(record, "trainedOn")
    assert ("heron-v2", "LibriSpeech", None) in trained
    assert ("heron-v1", "LibriSpeech", None) not in trained
    assert ("heron-v2-int8", "heron-v2", "quantized") in relations(record, "derivedFrom")


def test_round35_an_appositive_after_a_long_form_types_the_name() -> None:
    record = run(
        "We introduce HALO (Hierarchical Adapter for Lesion and Organ segmentation), a "
        "promptable 3D segmentation model built on SAM 2. HALO is trained on a union of eleven "
        "public collections, among them TotalSegmentator and AMOS. On the unseen KiTS23 "
        "tumour class it achieves 79.3% Dice. Another method improves pass@1 on "
        "LiveCodeBench (v5) from 18.2 to 24.7."
    )
    assert entities(record)["HALO"] == "Model"
    assert {("HALO", "TotalSegmentator", None), ("HALO", "AMOS", None)} <= relations(
        record, "trainedOn"
    )
    scored = relations(record, "evaluatedOn")
    assert ("HALO", "KiTS23", "79.3") in scored
    assert any(tail == "LiveCodeBench" and value == "24.7" for _, tail, value in scored)


def test_real24_versions_markers_measures_and_suffixes() -> None:
    record = run(
        "We introduce Porpoise v1.0 and its reasoning-augmented version, Porpoise R1. "
        "Evaluated on U2-Bench, Porpoise R1 achieves a U2-score of 0.5835. Attention maps "
        "match CD8+ T-cell infiltration and PD-L1 expression. The detector is based on the "
        "YOLOv8n-seg architecture. We further develop a Masked Cross-Attention to separate "
        "global and local prompts. We present Glint, a detector. Glint uses CLIP ViT-L/14 "
        "as its text encoder."
    )
    found = entities(record)
    assert {"U2", "CD8+", "CD8", "PD-L1"}.isdisjoint(found)
    assert "YOLOv8n-seg" in found
    assert found["Masked Cross-Attention"] == "Method"
    lineage = relations(record, "derivedFrom")
    assert ("Porpoise R1", "Porpoise v1.0", "finetuned") in lineage
    assert ("Glint", "CLIP ViT-L/14", "builtOn") in lineage
    assert ("Porpoise R1", "U2-Bench", "0.5835") in relations(record, "evaluatedOn")


def test_round36_a_size_code_without_the_family_and_a_fronted_set_of_datasets() -> None:
    record = run(
        "We release heron-coder-6.7b-instruct. The 6.7b-instruct model achieves 78.7 pass@1 "
        "on HumanEval. Across the 72 classification datasets of OpenML-CC18, TabLoom-M "
        "attains a mean rank of 2.9 and 0.873 mean AUC, compared with 0.861 for TabPFN v2 "
        "and 0.851 for tuned XGBoost."
    )
    assert "6.7b-instruct" not in entities(record)
    scored = relations(record, "evaluatedOn")
    assert {
        ("heron-coder-6.7b-instruct", "HumanEval", "78.7"),
        ("TabLoom-M", "OpenML-CC18", "2.9"),
        ("TabLoom-M", "OpenML-CC18", "0.873"),
        ("XGBoost", "OpenML-CC18", "0.851"),
    } <= scored


def test_round37_pruned_students_and_a_number_inside_a_name() -> None:
    record = run(
        "We present Kiln-6B. Kiln-6B is width-pruned and distilled from Mistral-NeMo-12B. "
        "Kiln-3B is in turn depth-pruned from Kiln-6B. We compare GPT-4o and Llama 4 Maverick "
        "on SWE-bench Verified; context is extended with YaRN and training uses OpenThoughts3."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("Kiln-6B", "Mistral-NeMo-12B", "distilled"),
        ("Kiln-3B", "Kiln-6B", "builtOn"),
    } <= lineage
    found = entities(record)
    assert "Llama 4 Maverick" in found and found["YaRN"] == "Method"
    assert found["OpenThoughts3"] == "Dataset"
    assert not any(value for _, _, value in relations(record, "evaluatedOn"))


def test_round38_slashed_measures_compared_values_and_a_note_before_of() -> None:
    record = run(
        "We introduce PRISM-GS, a densification method. On Mip-NeRF 360, PRISM-GS attains "
        "PSNR/SSIM/LPIPS of 28.1/0.836/0.181 with fewer Gaussians. Frozen DINOv2 ViT-L/14 "
        "reaches an F1 of 92.4 on LEVIR-CD, exceeding ChangeFormer (90.4) and matching "
        "ChangeMamba (92.3). We introduce Cantor, a music model. On MusicCaps, Cantor achieves "
        "a Frechet Audio Distance (FAD, VGGish embeddings) of 1.38 and a CLAP score of 0.41, "
        "compared with 4.52 for MusicGen-Large."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("PRISM-GS", "Mip-NeRF 360", "28.1"),
        ("PRISM-GS", "Mip-NeRF 360", "0.836"),
        ("PRISM-GS", "Mip-NeRF 360", "0.181"),
        ("ChangeFormer", "LEVIR-CD", "90.4"),
        ("ChangeMamba", "LEVIR-CD", "92.3"),
        ("Cantor", "MusicCaps", "1.38"),
        ("Cantor", "MusicCaps", "0.41"),
        ("MusicGen-Large", "MusicCaps", "4.52"),
    } <= scored
    assert entities(record)["ChangeFormer"] == "Model"


def test_round37_a_technical_report_of_a_lower_case_family() -> None:
    record = run(
        "This technical report describes tessera-3, an open family of small language models. "
        "The family contains two dense models, tessera-3-1b and tessera-3-4b, and "
        "tessera-3-moe-24b-a4b, which we upcycle into a mixture-of-experts from tessera-3-4b. "
        "We report on Petrel-4, the fourth generation of our series."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert {"tessera-3", "tessera-3-moe-24b-a4b", "Petrel-4"} <= introduced
    lineage = relations(record, "derivedFrom")
    assert ("tessera-3-moe-24b-a4b", "tessera-3-4b", "builtOn") in lineage
    assert ("tessera-3-1b", "tessera-3-4b", "builtOn") not in lineage


def test_round37_smaller_sizes_distilled_and_rl_tuned_variants() -> None:
    record = run(
        "We report on Tern-4, our model series. The release comprises Tern-4-1.7B, Tern-4-8B "
        "and Tern-4-72B. Unlike its predecessor Tern-3, which was trained from scratch, "
        "Tern-4-72B is initialized from Tern-3-70B through depth up-scaling, while the two "
        "smaller models are distilled from Tern-4-72B. We also release Tern-4-72B-Think, "
        "RL-tuned on top of Tern-4-72B."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("Tern-4-1.7B", "Tern-4-72B", "distilled"),
        ("Tern-4-8B", "Tern-4-72B", "distilled"),
        ("Tern-4-72B", "Tern-3-70B", "builtOn"),
        ("Tern-4-72B-Think", "Tern-4-72B", "finetuned"),
    } <= lineage
    assert ("Tern-3", "Tern-4-72B", "finetuned") not in lineage  # "trained from scratch"


def test_round38_splits_after_a_name_fronted_training_and_shares_of_questions() -> None:
    record = run(
        "We release Loqui-L. Loqui-L obtains 1.7/3.1 WER on LibriSpeech test-clean/test-other. "
        "We present EquiNet-XL. After fine-tuning on QM9, EquiNet-XL reaches an MAE of 14.2 "
        "meV on the gap. We propose HyRA. Trained on ImageNet-1K only, HyRA-T reaches a "
        "top-1 of 83.6%. After tuning, Qwen2-VL-7B-Instruct answers 79.4% of closed VQA-RAD "
        "questions correctly, against 77.8% for LLaVA-Med."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Loqui-L", "LibriSpeech", "1.7"),
        ("Loqui-L", "LibriSpeech", "3.1"),
        ("EquiNet-XL", "QM9", "14.2"),
        ("HyRA-T", "ImageNet-1K", "83.6"),
        ("Qwen2-VL-7B-Instruct", "VQA-RAD", "79.4"),
        ("LLaVA-Med", "VQA-RAD", "77.8"),
    } <= scored


def test_round37_two_students_of_a_teacher_from_their_own_bases() -> None:
    record = run(
        "We present Wren-R-1.5B and Wren-R-7B, two compact reasoning models distilled from "
        "DeepSeek-R1 through verified traces. The students are initialized from "
        "Qwen2.5-Math-1.5B and Qwen2.5-7B respectively."
    )
    lineage = {(child, parent) for child, parent, _ in relations(record, "derivedFrom")}
    assert {
        ("Wren-R-1.5B", "DeepSeek-R1"),
        ("Wren-R-7B", "DeepSeek-R1"),
        ("Wren-R-1.5B", "Qwen2.5-Math-1.5B"),
        ("Wren-R-7B", "Qwen2.5-7B"),
    } <= lineage
    assert ("Wren-R-7B", "Qwen2.5-Math-1.5B") not in lineage
    record = run(
        "We present Lark-TTS, a speech model. The model is trained on ~95K hours of speech "
        "drawn from Emilia and LibriTTS-R."
    )
    assert {("Lark-TTS", "Emilia", None), ("Lark-TTS", "LibriTTS-R", None)} <= relations(
        record, "trainedOn"
    )


def test_real25_spelled_letters_sizes_and_relative_values() -> None:
    record = run(
        "We propose CORE, a method that Controls Output Rankings in gEnerative Engines, and "
        "MOSAIC, a MultimOdal Search Agent. DEIMv2 spans eight sizes from X to Atto. "
        "DEIMv2-S is the first sub-10 million model on COCO. On PlantVillage-Tomato, the "
        "distilled MobileNetV3 attains 92.4% accuracy relative to 95.9% for Swin-L."
    )
    found = entities(record)
    assert {"gEnerative", "MultimOdal", "Atto", "sub-10"}.isdisjoint(found)
    assert {"CORE", "DEIMv2-S", "Swin-L"} <= set(found)
    assert ("Swin-L", "PlantVillage-Tomato", "95.9") in relations(record, "evaluatedOn")


def test_round37_a_link_that_names_the_family_or_the_new_release() -> None:
    record = run(
        "We present Larkspur-2, the second generation of our open language models, after "
        "Larkspur-1. All weights are available at https://huggingface.co/larkspur-ai."
    )
    repos = relations(record, "hasRepository")
    assert ("Larkspur-2", "https://huggingface.co/larkspur-ai", None) in repos
    record = run(
        "We introduce Kestrel-Vid2, the successor of our Kestrel-Vid video model. Code is at "
        "https://github.com/kestrel-lab/kestrel-vid."
    )
    repos = relations(record, "hasRepository")
    assert ("Kestrel-Vid2", "https://github.com/kestrel-lab/kestrel-vid", None) in repos
    assert ("Kestrel-Vid", "https://github.com/kestrel-lab/kestrel-vid", None) not in repos


def test_round35_another_systems_values_respectively_after_a_list_with_numbered_names() -> None:
    record = run(
        "We propose VASPO, a sampling method. Starting from Qwen2.5-Math-7B, VASPO reaches "
        "38.5 on AIME 2024, 83.9 on MATH-500 and 51.2 on OlympiadBench; the strongest public "
        "checkpoint of the same size, SimpleRL-Zoo-7B, obtains 27.0, 78.2 and 43.3 "
        "respectively."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("VASPO", "OlympiadBench", "51.2"),
        ("SimpleRL-Zoo-7B", "AIME 2024", "27.0"),
        ("SimpleRL-Zoo-7B", "OlympiadBench", "43.3"),
    } <= scored


def test_round36_the_resulting_checkpoints_pair_with_their_bases() -> None:
    record = run(
        "We propose TAPO, a policy optimisation method. We apply TAPO to two off-the-shelf "
        "policies, Qwen2.5-Math-7B and DeepSeek-R1-Distill-Qwen-1.5B, training on the MATH "
        "train split. The resulting checkpoints, TAPO-Math-7B and TAPO-R1-1.5B, reach 56.7 "
        "and 38.9 on AIME 2024, respectively."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert {"TAPO-Math-7B", "TAPO-R1-1.5B"} <= introduced
    assert {
        ("TAPO-Math-7B", "Qwen2.5-Math-7B", "finetuned"),
        ("TAPO-R1-1.5B", "DeepSeek-R1-Distill-Qwen-1.5B", "finetuned"),
    } <= relations(record, "derivedFrom")


def test_round32_a_benchmark_papers_results_despite_a_system_trained_on_other_data() -> None:
    record = run(
        "We release JunctionQA, a benchmark of 6,420 questions on driving clips. We test fourteen "
        "models zero-shot. Gemini 1.5 Pro leads with 58.4% accuracy, followed by GPT-4o at "
        "55.1%, while the driving-specific DriveLM-Agent scores 29.0% even though it was "
        "trained on nuScenes."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Gemini 1.5 Pro", "JunctionQA", "58.4"),
        ("GPT-4o", "JunctionQA", "55.1"),
        ("DriveLM-Agent", "JunctionQA", "29.0"),
    } <= scored


def test_round32_a_common_word_the_paper_makes_and_uses_as_a_subject() -> None:
    record = run(
        "We describe lantern, a LoRA adapter on top of Prithvi-EO-2.0-600M. For land-cover "
        "classification, lantern reaches 81.6 mAP on BigEarthNet v2.0. We introduce "
        "consolidation, a phasic approach, and show that consolidation helps."
    )
    found = entities(record)
    assert "lantern" in found and "consolidation" not in found
    assert ("lantern", "BigEarthNet v2.0", "81.6") in relations(record, "evaluatedOn")


def test_round39_a_value_after_the_benchmark_with_at() -> None:
    record = run(
        "Linear probes on DINOv2 ViT-B/14 features are evaluated on WHOI-Plankton. DINOv2 "
        "ViT-B/14 gives the best balanced accuracy on WHOI-Plankton at 84.3%, ahead of CLIP "
        "ViT-L/14 (80.9%). Our detector runs on COCO at 30 FPS."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("DINOv2 ViT-B/14", "WHOI-Plankton", "84.3"),
        ("CLIP ViT-L/14", "WHOI-Plankton", "80.9"),
    } <= scored
    assert not any(tail == "COCO" and value for _, tail, value in scored)


def test_round40_a_prose_table_with_benchmarks_in_parentheses_and_a_versus_row() -> None:
    record = run(
        "We introduce Wren-Agent-14B. Results for Wren-Agent-14B: 68.9 (BFCL v3), 58.3 "
        "(tau-bench retail) and 41.8 (GAIA validation), versus 61.2, 44.0 and 27.5 for "
        "Qwen3-14B under the same scaffold."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Wren-Agent-14B", "BFCL v3", "68.9"),
        ("Wren-Agent-14B", "tau-bench", "58.3"),
        ("Wren-Agent-14B", "GAIA", "41.8"),
        ("Qwen3-14B", "BFCL v3", "61.2"),
        ("Qwen3-14B", "tau-bench", "44.0"),
        ("Qwen3-14B", "GAIA", "27.5"),
    } <= scored
    assert ("Qwen3-14B", "tau-bench", "27.5") not in scored


def test_round39_a_long_form_then_which_extends() -> None:
    record = run(
        "We propose MSA-Net (Multi-Scale Attention Network), which extends U-Net with a "
        "boundary-refinement decoder."
    )
    assert ("MSA-Net", "U-Net", "builtOn") in relations(record, "derivedFrom")


def test_round40_a_value_then_a_name_in_parentheses_is_no_acronym() -> None:
    record = run(
        "We present Wagtail-TTS v2, an upgraded version of our earlier Wagtail-TTS system. On "
        "LibriSpeech test-clean, Wagtail-TTS v2 lowers the word error rate from 2.9 "
        "(Wagtail-TTS) to 1.8. On the Chinese test set of Seed-TTS-eval it attains a "
        "character error rate of 1.3. We also use the Segment Anything Model 2 (SAM2)."
    )
    found = entities(record)
    assert {"Wagtail-TTS v2", "Wagtail-TTS", "SAM2"} <= set(found)
    assert ("Wagtail-TTS v2", "Wagtail-TTS", None) in relations(record, "successorOf")
    scored = relations(record, "evaluatedOn")
    assert {
        ("Wagtail-TTS v2", "LibriSpeech", "1.8"),
        ("Wagtail-TTS v2", "Seed-TTS-eval", "1.3"),
    } <= scored


def test_round41_a_value_with_its_spread_and_a_follows_at_result() -> None:
    record = run(
        "We present BugLoom, a benchmark of 900 repair tasks. Gemini 2.5 Pro resolves "
        "47.1 ± 0.8% of the tasks; GPT-4.1 follows at 40.2 ± 1.5%, and Qwen3-32B at "
        "31.6 +/- 2.2%."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Gemini 2.5 Pro", "BugLoom", "47.1"),
        ("GPT-4.1", "BugLoom", "40.2"),
        ("Qwen3-32B", "BugLoom", "31.6"),
    } <= scored
    assert not {value for _, _, value in scored} & {"0.8", "1.5", "2.2"}


def test_round41_a_ranking_with_each_value_in_parentheses() -> None:
    record = run(
        "We build TabShift, a test suite of 2,000 questions over re-rendered tables. We "
        "benchmark seven models. In terms of exact match on the shifted tables, the ranking is "
        "Claude 3.7 Sonnet (64.3), Llama-3.3-70B-Instruct (58.0) and Mistral-Large-2 (52.9). "
        "Only two systems exceed 60% accuracy, namely o3 (66.1) and GPT-4.1 (61.7)."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Claude 3.7 Sonnet", "TabShift", "64.3"),
        ("Llama-3.3-70B-Instruct", "TabShift", "58.0"),
        ("Mistral-Large-2", "TabShift", "52.9"),
        ("o3", "TabShift", "66.1"),
        ("GPT-4.1", "TabShift", "61.7"),
    } <= scored
    assert {tail for _, tail, _ in relations(record, "introduces")} == {"TabShift"}


def test_round42_a_subject_after_benchmarks_colon_is_no_benchmark() -> None:
    record = run(
        "DepthLoom-3 improves on our earlier DepthLoom with a sparse fusion block. We train and "
        "test on three standard benchmarks: DepthLoom-3 attains 61.2, 45.9 and 78.4 mIoU on "
        "ADE20K, COCO-Stuff and Cityscapes, respectively."
    )
    assert entities(record)["DepthLoom-3"] == "Model"
    assert {
        ("DepthLoom-3", "ADE20K", "61.2"),
        ("DepthLoom-3", "COCO-Stuff", "45.9"),
        ("DepthLoom-3", "Cityscapes", "78.4"),
    } <= relations(record, "evaluatedOn")


def test_round42_our_model_then_a_lower_case_name_in_apposition() -> None:
    record = run(
        "Our model, geoprobe, starts from DINOv2 ViT-B/14 and is further pre-trained on "
        "SSL4EO-S12. Under linear probing, geoprobe reaches 97.6% accuracy on EuroSAT."
    )
    assert entities(record).get("geoprobe") == "Model"
    assert ("geoprobe", "EuroSAT", "97.6") in relations(record, "evaluatedOn")


def test_round42_a_two_digit_release_of_known_data_and_a_training_data_sentence() -> None:
    record = run(
        "We release kora-asr-small, obtained by fine-tuning Whisper small on 600 hours of "
        "Swahili speech. The training data combine the relevant portions of Common Voice 16 "
        "and FLEURS. On the FLEURS test set, kora-asr-small reaches a WER of 18.2."
    )
    assert "Common Voice 16" in entities(record)
    trained = {tail for _, tail, _ in relations(record, "trainedOn")}
    assert {"Common Voice 16", "FLEURS"} <= trained


def test_round42_a_sentence_opening_name_that_is_a_recommender() -> None:
    record = run(
        "Session models such as GRU4Rec treat each user as one stream. Trampoline is a "
        "sequential recommender that switches between intents. On Yelp2018, Trampoline "
        "reaches a Recall@20 of 0.0912."
    )
    assert entities(record).get("Trampoline") == "Model"
    assert ("Trampoline", "Yelp2018", "0.0912") in relations(record, "evaluatedOn")


def test_round41_it_after_a_fronted_part_of_a_benchmark() -> None:
    record = run(
        "We describe FoldTune, a stability predictor obtained by fine-tuning ESM-2 on a "
        "curated set of melting temperatures. Evaluated zero-shot on the stability subset of "
        "ProteinGym, it attains a mean Spearman correlation of 0.57, compared with 0.48 for "
        "SaProt."
    )
    assert {
        ("FoldTune", "ProteinGym", "0.57"),
        ("SaProt", "ProteinGym", "0.48"),
    } <= relations(record, "evaluatedOn")


def test_round42_systems_respectively_on_the_benchmark_scored_before() -> None:
    record = run(
        "We build LongTrackBench, a benchmark of 300 hour-long videos. TrackAll-2, which "
        "scores 88.1 J&F on DAVIS 2017 val, achieves only 55.0 on LongTrackBench, while the "
        "memory-based MemSeg-L and STCN-2 reach 49.7 and 41.2 respectively."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("TrackAll-2", "LongTrackBench", "55.0"),
        ("MemSeg-L", "LongTrackBench", "49.7"),
        ("STCN-2", "LongTrackBench", "41.2"),
    } <= scored
    assert not {v for h, t, v in scored if h in {"MemSeg-L", "STCN-2"} and t == "DAVIS 2017"}


def test_round42_one_system_respectively_on_data_listed_before_it() -> None:
    record = run(
        "We distil Whisper large-v3 into QuillASR-S and QuillASR-L. Out of domain, both models "
        "are evaluated on TED-LIUM 3 and VoxPopuli, where QuillASR-L obtains 5.1% and 9.7% WER "
        "respectively."
    )
    scored = relations(record, "evaluatedOn")
    assert {("QuillASR-L", "TED-LIUM 3", "5.1"), ("QuillASR-L", "VoxPopuli", "9.7")} <= scored
    assert ("QuillASR-L", "VoxPopuli", "5.1") not in scored


def test_round42_experiments_on_listed_datasets_test_the_model() -> None:
    record = run(
        "We propose Leapfrog, a session-based recommender. Experiments on three public "
        "datasets, Tmall, Diginetica and RetailRocket, show that Leapfrog improves MRR@20 over "
        "the strongest baseline."
    )
    tested = {tail for _, tail, _ in relations(record, "evaluatedOn")}
    assert {"Tmall", "Diginetica", "RetailRocket"} <= tested
    assert entities(record)["Diginetica"] == "Benchmark"


def test_round42_a_second_system_with_its_own_verb_and_metric() -> None:
    record = run(
        "On COCO val2017, FastLane-DETR-L reaches 53.1 AP at 96 FPS, while the small variant "
        "FastLane-DETR-S obtains 46.2 AP at 190 FPS."
    )
    assert {
        ("FastLane-DETR-L", "COCO", "53.1"),
        ("FastLane-DETR-S", "COCO", "46.2"),
    } <= relations(record, "evaluatedOn")


def test_round41_a_share_of_the_teachers_result_and_a_further_gain_are_no_scores() -> None:
    record = run(
        "We compress Qwen2.5-7B into Sprig-3B, a 3.1-billion-parameter model obtained by "
        "pruning. Sprig-3B scores 60.4 on MMLU; on PIQA it keeps 97% of its teacher's "
        "accuracy. A larger variant, Sprig-5B, swaps the backbone for Qwen2.5-14B and adds a "
        "further 0.8 on MMLU."
    )
    scored = relations(record, "evaluatedOn")
    assert ("Sprig-3B", "MMLU", "60.4") in scored
    assert not {v for _, t, v in scored if t == "PIQA" and v}
    assert not {v for h, _, v in scored if h == "Sprig-5B" and v}
    assert ("Sprig-5B", "Qwen2.5-14B", "builtOn") in relations(record, "derivedFrom")


def test_round41_a_metric_name_in_parentheses_is_no_benchmark_and_points_above_no_score() -> None:
    record = run(
        "We present FixBench, a benchmark of 800 repair tasks. Mistral-Large-2 resolves 21.0% "
        "of the tasks. Rankings on FixBench correlate weakly with those on SWE-bench Verified "
        "(Spearman 0.55). GPT-4.1 completes 24.1% of the tasks. Qwen3-32B, the strongest open "
        "model we evaluate, lands in between, 3.2 points above Llama-3.3-70B-Instruct."
    )
    assert "Spearman" not in entities(record)
    scored = relations(record, "evaluatedOn")
    assert {("GPT-4.1", "FixBench", "24.1"), ("Mistral-Large-2", "FixBench", "21.0")} <= scored
    assert not {
        v for h, _, v in scored if h in {"Qwen3-32B", "Mistral-Large-2"} and v not in {None, "21.0"}
    }


def test_round41_two_methods_land_at_values_respectively() -> None:
    record = run(
        "We propose RotaQ, a post-training quantization method. On WikiText-2, our 4-bit "
        "Llama-3.1-8B reaches a perplexity of 6.90, whereas GPTQ and AWQ at the same bit "
        "width land at 7.41 and 7.22 respectively."
    )
    scored = relations(record, "evaluatedOn")
    assert {("GPTQ", "WikiText-2", "7.41"), ("AWQ", "WikiText-2", "7.22")} <= scored


def test_round41_released_training_pairs_then_and_fine_tune_on_it() -> None:
    record = run(
        "We construct GraphShift, a test suite of 2,100 questions over redrawn plots. As a "
        "remedy, we also release GraphShift-Train, 40K style-augmented question-answer pairs "
        "generated from the PlotQA training split, and fine-tune Qwen2.5-VL-7B-Instruct on it. "
        "The resulting model, ShiftProof-7B, gains 5.1 points on GraphShift."
    )
    assert entities(record)["GraphShift-Train"] == "Dataset"
    assert ("ShiftProof-7B", "Qwen2.5-VL-7B-Instruct", "finetuned") in relations(
        record, "derivedFrom"
    )
    trained = {(h, t) for h, t, _ in relations(record, "trainedOn")}
    assert ("ShiftProof-7B", "GraphShift-Train") in trained
    assert not {pair for pair in trained if pair[1] == "PlotQA"}


def test_round41_a_preference_rate_is_no_score_on_the_papers_data() -> None:
    record = run(
        "We construct Tamarind-Instruct, 1.2M instruction-response pairs in nine languages, "
        "as a benchmark and training resource. We fine-tune Llama-3.1-8B on Tamarind-Instruct, "
        "obtaining Tamarind-8B. Annotators preferred Tamarind-8B over GPT-4o-mini 61% of the "
        "time."
    )
    assert not {v for _, _, v in relations(record, "evaluatedOn") if v}


def test_round43_a_known_benchmark_made_anew_and_an_eval_with_its_size() -> None:
    record = run(
        "Every model is tested on the clinical subjects of Indic-MMLU in six languages. For "
        "Ada we construct AdaEval-120 by porting the MBPP problems by hand; there our model "
        "scores 44.1 pass@1, ahead of Qwen2.5-Coder-7B at 39.0. We also release Falcon-Math, "
        "a reasoning model tuned on mathematical tasks."
    )
    found = entities(record)
    assert found["Indic-MMLU"] == "Benchmark"
    assert found["AdaEval-120"] == "Benchmark"
    assert found["Falcon-Math"] == "Model"


def test_round44_a_method_raises_existing_models_from_one_value_to_another() -> None:
    record = run(
        "We propose Early-Vote Sampling (EVS), a test-time method. With 8 traces, it raises "
        "DeepSeek-R1-Distill-Llama-8B from 41.2 to 45.9 on AIME 2025 and Qwen3-14B from 68.0 "
        "to 72.4, "
        "while generating 30% fewer tokens. On GPQA Diamond, Qwen3-14B improves from 60.1 to "
        "62.0."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("DeepSeek-R1-Distill-Llama-8B", "AIME 2025", "41.2"),
        ("DeepSeek-R1-Distill-Llama-8B", "AIME 2025", "45.9"),
        ("Qwen3-14B", "AIME 2025", "68.0"),
        ("Qwen3-14B", "AIME 2025", "72.4"),
        ("Qwen3-14B", "GPQA Diamond", "60.1"),
        ("Qwen3-14B", "GPQA Diamond", "62.0"),
    } <= scored


def test_round44_a_model_the_paper_made_climbs_from_its_bases_value() -> None:
    record = run(
        "We introduce SlopePO, an RL method. Applying it to Llama-3.1-8B-Instruct gives "
        "Ridge-8B. Ridge-8B climbs from 47.5 to 60.2 on MATH-500."
    )
    scored = relations(record, "evaluatedOn")
    assert ("Ridge-8B", "MATH-500", "60.2") in scored
    assert ("Ridge-8B", "MATH-500", "47.5") not in scored


def test_round44_released_as_names_the_papers_model_and_its_results() -> None:
    record = run(
        "We introduce Lattice, a cross-scale connector. The strongest pairing, released as "
        "LatticeVL-7B, couples SigLIP-SO400M with Qwen2.5-7B-Instruct and scores 77.9 on "
        "MMBench and 73.8 on TextVQA."
    )
    assert "LatticeVL-7B" in {t for _, t, _ in relations(record, "introduces")}
    assert {
        ("LatticeVL-7B", "MMBench", "77.9"),
        ("LatticeVL-7B", "TextVQA", "73.8"),
    } <= relations(record, "evaluatedOn")


def test_round44_values_with_these_backbones_respectively_pair_with_the_models_before() -> None:
    record = run(
        "We present Tinker, an agent framework. We instantiate it with GPT-4.1, Gemini 2.5 "
        "Flash and the open-weight Qwen3-32B, without fine-tuning any of them. On SWE-bench "
        "Lite, Tinker resolves 44.0%, 39.3% and 27.1% of issues with these backbones "
        "respectively, compared with 36.7%, 33.0% and 20.2% when the same models drive a "
        "plain loop."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("GPT-4.1", "SWE-bench Lite", "44.0"),
        ("Gemini 2.5 Flash", "SWE-bench Lite", "39.3"),
        ("Qwen3-32B", "SWE-bench Lite", "27.1"),
        ("GPT-4.1", "SWE-bench Lite", "36.7"),
        ("Qwen3-32B", "SWE-bench Lite", "20.2"),
    } <= scored
    assert ("Tinker", "SWE-bench Lite", "44.0") not in scored


def test_round43_new_data_said_in_passing_and_its_training_role() -> None:
    record = run(
        "We introduce Statute, a pair of open models for tax law. Statute-Base-7B is obtained "
        "by continued pre-training of Qwen2.5-7B on TaxCorpus-US, a newly compiled collection "
        "of 12 billion tokens of rulings. Statute-Chat-7B is then instruction-tuned on pairs "
        "drawn from TaxInstruct, which we also release. Our fine-tuning data, TaxQA-Train, "
        "holds 40k examples."
    )
    introduced = {t for _, t, _ in relations(record, "introduces")}
    assert {"TaxCorpus-US", "TaxInstruct", "TaxQA-Train"} <= introduced
    assert "TaxQA-Train" in {t for _, t, _ in relations(record, "trainedOn")}


def test_round43_a_lower_case_family_with_a_task_suffix() -> None:
    record = run(
        "We present lumen, a pair of translation models. lumen-base continues the pre-training "
        "of Llama-3.1-8B on our web corpus. lumen-mt is then fine-tuned from lumen-base on "
        "2M sentence pairs."
    )
    assert entities(record).get("lumen-mt") == "Model"
    assert ("lumen-mt", "lumen-base", "finetuned") in relations(record, "derivedFrom")


def test_round43_a_new_task_is_a_benchmark_and_there_is_its_result() -> None:
    record = run(
        "We describe quire-7b, an assistant fine-tuned from BioMistral-7B. We also define a new "
        "coding task, ICD-Map, in which a model maps a summary to its codes; quire-7b reaches "
        "a micro-F1 of 0.588 there, well above Meditron-7B (0.452)."
    )
    assert entities(record)["ICD-Map"] == "Benchmark"
    assert {
        ("quire-7b", "ICD-Map", "0.588"),
        ("Meditron-7B", "ICD-Map", "0.452"),
    } <= relations(record, "evaluatedOn")


def test_round43_a_slash_header_of_benchmarks_then_rows_of_values() -> None:
    record = run(
        "We present Abacus-8B, a financial model. Reading the scores as FinQA / ConvFinQA / "
        "TAT-QA, Abacus-8B obtains 67.2 / 73.0 / 70.4 execution accuracy, versus 60.8 / 65.1 / "
        "64.9 for Llama-3.1-8B-Instruct."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Abacus-8B", "FinQA", "67.2"),
        ("Abacus-8B", "ConvFinQA", "73.0"),
        ("Abacus-8B", "TAT-QA", "70.4"),
        ("Llama-3.1-8B-Instruct", "FinQA", "60.8"),
        ("Llama-3.1-8B-Instruct", "TAT-QA", "64.9"),
    } <= scored
    assert ("Llama-3.1-8B-Instruct", "FinQA", "64.9") not in scored


def test_round43_two_sizes_obtained_by_continued_pretraining_of_two_bases_respectively() -> None:
    record = run(
        "This paper presents Tally, a family of financial models in two sizes, Tally-4B and "
        "Tally-8B, obtained by continued pre-training of Qwen3-4B-Base and Qwen3-8B-Base "
        "respectively on our corpus."
    )
    derived = {(h, t) for h, t, _ in relations(record, "derivedFrom")}
    assert {("Tally-4B", "Qwen3-4B-Base"), ("Tally-8B", "Qwen3-8B-Base")} <= derived
    assert ("Tally-4B", "Qwen3-8B-Base") not in derived


def test_real26_a_known_model_used_by_an_approach_and_a_coined_methodology() -> None:
    record = run(
        "We introduce a novel approach leveraging Stable Diffusion (SD) for the generation of "
        "synthetic indoor images. We also present a novel fully unsupervised multi-level "
        "segmentation methodology (FUMLS) for whole slide images; FUMLS is assessed on the "
        "MoNuSeg dataset."
    )
    found = entities(record)
    assert found.get("SD") == "Model"
    introduced = {t for _, t, _ in relations(record, "introduces")}
    assert "SD" not in introduced and "Stable Diffusion" not in introduced
    assert found.get("FUMLS") == "Method" and "FUMLS" in introduced


def test_real26_fields_and_language_blends_are_no_names() -> None:
    record = run(
        "When MLLMs fail at Science, Technology, Engineering, and Mathematics (STEM) visual "
        "reasoning, perception is the lever. Named entity recognition in Hindi-English "
        "(Hinglish) text is hard for HingBERT."
    )
    found = entities(record)
    assert "STEM" not in found and "Hinglish" not in found
    assert "HingBERT" in found


def test_real27_boosting_the_rate_of_models_on_the_benchmark_the_sentence_tests() -> None:
    record = run(
        "We present TrailRL, a multi-turn RL framework for web agents. Experiments on the "
        "WebArena-Lite benchmark demonstrate its effectiveness, boosting the task success rate "
        "of Qwen2.5-3B from 5.8% to 31.2% and Llama-3.1-8B from 7.9% to 40.6%."
    )
    assert {
        ("Qwen2.5-3B", "WebArena-Lite", "5.8"),
        ("Qwen2.5-3B", "WebArena-Lite", "31.2"),
        ("Llama-3.1-8B", "WebArena-Lite", "40.6"),
    } <= relations(record, "evaluatedOn")


def test_real27_a_named_method_raising_a_models_rate_keeps_the_new_value() -> None:
    record = run(
        "We present ResiRL, a residual RL method. On the LIBERO benchmark, ResiRL raises the "
        "average success rate of OpenVLA from 76.5% to 88.1%."
    )
    scored = relations(record, "evaluatedOn")
    assert {("ResiRL", "LIBERO", "88.1"), ("OpenVLA", "LIBERO", "76.5")} <= scored
    assert ("OpenVLA", "LIBERO", "88.1") not in scored


def test_real27_a_measure_the_paper_names_is_no_benchmark() -> None:
    record = run(
        "To test this at the item level, we introduce the Gepetto score, the ratio of "
        "inter-model variances, as a measure. Applying PCA to per-model EFA scores reveals one "
        "dominant dimension."
    )
    assert not entities(record)


def test_round44_the_two_models_and_the_same_two_benchmarks() -> None:
    record = run(
        "We fine-tune Qwen2.5-7B and Llama-3.1-8B on it, producing Forge-Q7 and Forge-L8. The "
        "two models score 82.0 and 70.3 on MATH-500 and 91.5 and 85.9 on GSM8K, respectively. "
        "Forge-Q7 attains 48.1 on AlpacaEval 2.0 and 35.0 on Arena-Hard; Forge-L8 reaches 40.2 "
        "and 30.7 on the same two benchmarks."
    )
    assert {
        ("Forge-Q7", "MATH-500", "82.0"),
        ("Forge-L8", "MATH-500", "70.3"),
        ("Forge-Q7", "GSM8K", "91.5"),
        ("Forge-L8", "GSM8K", "85.9"),
        ("Forge-L8", "AlpacaEval 2.0", "40.2"),
        ("Forge-L8", "Arena-Hard", "30.7"),
    } <= relations(record, "evaluatedOn")


def test_round42_two_measures_before_the_benchmark_and_a_loss_that_is_no_score() -> None:
    record = run(
        "FuseGap is built on BEVFusion. Trained on nuScenes, FuseGap achieves 72.9 NDS and "
        "70.4 mAP on the nuScenes test set. Under calibration noise, BEVFusion loses 8.7 NDS "
        "and FuseGap only 2.0. We also release nuScenes-Jitter, a copy of the nuScenes "
        "validation set with time-varying calibration errors."
    )
    scored = relations(record, "evaluatedOn")
    assert {("FuseGap", "nuScenes", "72.9"), ("FuseGap", "nuScenes", "70.4")} <= scored
    assert not {v for h, _, v in scored if h == "BEVFusion" and v}
    assert ("nuScenes-Jitter", "nuScenes", "augmented") in relations(record, "derivedFrom")


def test_round42_a_result_on_the_games_of_a_benchmark() -> None:
    record = run(
        "We introduce Pawl, an on-policy algorithm. On the 16 games of the Procgen benchmark "
        "in the hard setting, Pawl raises the mean normalised test return from 0.40 to 0.49."
    )
    assert ("Pawl", "Procgen", "0.49") in relations(record, "evaluatedOn")


def test_round41_students_initialised_from_two_bases_giving_two_models_respectively() -> None:
    record = run(
        "We present Cinder-v2, a family of small reasoning models. Students are initialised "
        "from Qwen2.5-Math-1.5B and Qwen2.5-7B and fine-tuned for three epochs, giving "
        "Cinder-v2-1.5B and Cinder-v2-7B respectively."
    )
    derived = {(h, t) for h, t, _ in relations(record, "derivedFrom")}
    assert {("Cinder-v2-1.5B", "Qwen2.5-Math-1.5B"), ("Cinder-v2-7B", "Qwen2.5-7B")} <= derived


def test_round41_the_policy_adapted_on_one_set_and_tuned_on_data_we_collected() -> None:
    record = run(
        "We present Clasp, a vision-language-action policy. Clasp is built upon OpenVLA. The "
        "policy is first adapted on the BridgeData V2 subset used by OpenVLA and then "
        "fine-tuned on KnobSet, 1,800 teleoperated demonstrations that we collected on a "
        "Franka arm."
    )
    trained = {(h, t) for h, t, _ in relations(record, "trainedOn")}
    assert ("Clasp", "KnobSet") in trained
    assert not {pair for pair in trained if pair[0] == "OpenVLA"}
    assert "KnobSet" in {t for _, t, _ in relations(record, "introduces")}


def test_round45_metrics_named_after_a_labeller_on_the_official_split() -> None:
    record = run(
        "We develop RadQuill, a report-generation model. On the official MIMIC-CXR test split, "
        "RadQuill obtains a RadGraph F1 of 0.284 and a CheXbert micro-F1 of 0.560, "
        "outperforming MAIRA-2."
    )
    assert "CheXbert" not in entities(record)
    assert {
        ("RadQuill", "MIMIC-CXR", "0.284"),
        ("RadQuill", "MIMIC-CXR", "0.560"),
    } <= relations(record, "evaluatedOn")


def test_round45_a_share_of_targets_on_a_benchmark_and_others_after_compared_with() -> None:
    record = run(
        "We introduce Finch-UI-7B, a grounding model. Finch-UI-7B correctly grounds 45.2% of "
        "targets on ScreenSpot-Pro, compared with 33.9% for UI-TARS-7B."
    )
    assert {
        ("Finch-UI-7B", "ScreenSpot-Pro", "45.2"),
        ("UI-TARS-7B", "ScreenSpot-Pro", "33.9"),
    } <= relations(record, "evaluatedOn")


def test_round45_a_lite_version_of_the_papers_benchmark_is_a_benchmark_too() -> None:
    record = run(
        "We present TUTOR (Teaching Under Tests Of Reasoning), a benchmark of 3,000 tutoring "
        "dialogues. GPT-4o leads with an overall rubric score of 60.1, followed by Claude 3.5 "
        "Sonnet at 57.4. We additionally release TUTOR-Lite, a 500-dialogue subset whose "
        "rankings correlate at 0.93 with the full suite."
    )
    assert entities(record)["TUTOR-Lite"] == "Benchmark"
    scored = relations(record, "evaluatedOn")
    assert {("GPT-4o", "TUTOR", "60.1"), ("Claude 3.5 Sonnet", "TUTOR", "57.4")} <= scored
    assert not {v for _, t, v in scored if t == "TUTOR-Lite" and v}


def test_round46_a_family_release_with_sizes_initialised_in_that_order() -> None:
    record = run(
        "Heron-2.5 is our newest vision-language release and succeeds Heron-2. Three sizes are "
        "provided, Heron-2.5-2B, Heron-2.5-8B and Heron-2.5-38B; each pairs a SigLIP encoder "
        "with a Qwen3 language model, initialised from Qwen3-1.7B, Qwen3-8B and Qwen3-32B, in "
        "that order."
    )
    introduced = {t for _, t, _ in relations(record, "introduces")}
    assert {"Heron-2.5", "Heron-2.5-8B"} <= introduced
    derived = {(h, t) for h, t, _ in relations(record, "derivedFrom")}
    assert {("Heron-2.5-2B", "Qwen3-1.7B"), ("Heron-2.5-38B", "Qwen3-32B")} <= derived
    assert ("Heron-2.5-2B", "Qwen3-32B") not in derived


def test_round46_a_sentence_opening_word_defined_as_a_family_of_models() -> None:
    record = run(
        "Sparrowhawk is a family of multilingual speech recognition models in three sizes: "
        "Sparrowhawk-Mini (39M parameters), Sparrowhawk-Base (244M) and Sparrowhawk-Large "
        "(1.6B). Crucially, all of them are trained from scratch."
    )
    found = entities(record)
    assert found.get("Sparrowhawk") == "Model"
    assert "Crucially" not in found
    assert "Sparrowhawk" in {t for _, t, _ in relations(record, "introduces")}


def test_round46_the_thinking_model_after_a_semicolon_and_two_systems_two_values() -> None:
    record = run(
        "A reasoning checkpoint, Lark-2-8B-Thinking, is trained on top of Lark-2-8B-Instruct. "
        "Lark-2-8B-Instruct obtains 60.2 on MMMU and 73.1 on MathVista; the Thinking model "
        "lifts MMMU to 65.8 and MathVista to 78.0. At a similar scale, InternVL3-8B and "
        "Qwen2.5-VL-7B reach 62.7 and 58.6 on MMMU."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Lark-2-8B-Thinking", "MMMU", "65.8"),
        ("Lark-2-8B-Thinking", "MathVista", "78.0"),
        ("InternVL3-8B", "MMMU", "62.7"),
        ("Qwen2.5-VL-7B", "MMMU", "58.6"),
    } <= scored
    assert ("Lark-2-8B-Instruct", "MMMU", "65.8") not in scored


def test_round46_pairs_of_values_for_other_systems_on_two_splits_or_two_benchmarks() -> None:
    record = run(
        "On LibriSpeech, Wisp-Large reaches 1.6 and 3.0 WER on test-clean and test-other, "
        "compared with 1.8 and 3.6 for Whisper-large-v3; Wisp-Turbo obtains 1.9 and 3.4 on the "
        "same splits. Wisp-Coder scores 71.0 on MMLU and 80.2 on GSM8K, compared with 68.1 "
        "and 75.3 for Phi-3-mini and 66.0 for ResNet-50 and 64.2 for Qwen2-7B."
    )
    scored = relations(record, "evaluatedOn")
    assert {
        ("Whisper-large-v3", "LibriSpeech", "1.8"),
        ("Whisper-large-v3", "LibriSpeech", "3.6"),
        ("Wisp-Turbo", "LibriSpeech", "1.9"),
        ("Wisp-Turbo", "LibriSpeech", "3.4"),
        ("Phi-3-mini", "MMLU", "68.1"),
        ("Phi-3-mini", "GSM8K", "75.3"),
    } <= scored
    assert not {v for h, _, v in scored if h == "Qwen2-7B" and v == "50"}


def test_real28_a_predecessor_in_apposition_is_not_introduced() -> None:
    record = run(
        "We introduce the latest series of Kestrel models: Kestrel2, Kestrel2.5 and K1, "
        "offering a significant upgrade over their predecessor, Kestrel. Unlike its "
        "predecessor, Kestrel2 is trained on 10 trillion tokens."
    )
    introduced = {t for _, t, _ in relations(record, "introduces")}
    assert "Kestrel" not in introduced
    assert {"Kestrel2", "Kestrel2.5"} <= introduced


def test_the_authors_present_introduces_and_a_word_cut_short_is_no_name() -> None:
    record = run(
        "The authors further present GlyphCheck, a benchmark of 900 layout tasks. GlyphCheck "
        "scores two aspects: fidelity (Fid.) and alignment (Align.), each from 0 to 100."
    )
    assert ("PAPER", "GlyphCheck", None) in relations(record, "introduces")
    assert {"Fid", "Align", "Fid.", "Align."}.isdisjoint(entities(record))


def test_signal_codes_and_quality_acronyms_are_no_names() -> None:
    record = run(
        "Image Quality Assessment (IQA) models shape the Quality of Experience (QoE) of "
        "viewers. We train LumaScore on KonIQ-10k and report the P300 and N170 responses of "
        "twelve raters. We also propose a novel Region-level Quality Assessment (RQA) "
        "framework that scores each box."
    )
    found = entities(record)
    assert {"IQA", "QoE", "P300", "N170"}.isdisjoint(found)
    assert "LumaScore" in found
    assert ("PAPER", "RQA", None) in relations(record, "introduces")


def test_a_term_after_a_gerund_in_the_description_is_not_introduced() -> None:
    record = run(
        "Sustainability, Equity, and Governance (SEG) filings are long and varied. We present "
        "LedgerLens, an LLM-powered system for automating SEG disclosure analysis with "
        "awareness of SEG frameworks."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert "LedgerLens" in introduced
    assert "SEG" not in introduced


def test_the_metric_of_a_later_subject_result() -> None:
    record = run(
        "We present RiskLens, a framework for auditing radiology reports. In a stress test "
        "on CorruptRad-2, RiskLens achieves 0.812 AUROC and a 0.97 paired win rate. We "
        "evaluate open reasoning models on ClinVign and find gaps: the strongest one, "
        "QwQ-32B, achieves only 41% accuracy."
    )
    scores = {
        (r["head"], r["tail"], r["value"], r["metric"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn"
    }
    assert ("RiskLens", "CorruptRad-2", "0.812", "AUROC") in scores
    assert ("QwQ-32B", "ClinVign", "41", "accuracy") in scores


def test_lower_case_techniques_the_paper_coins_are_introduced_methods() -> None:
    record = run(
        "We present Gullwing, a forecaster trained with a procedure we call banded noise "
        "warmup (BNW). Our patch-order shuffling (POS) objective regularises attention, and "
        "we also introduce interval-capped guidance (ICG), which limits guidance to middle "
        "steps. We also report relative FVD (rFVD), a cheap evaluation metric, and use the "
        "Fréchet video distance (FVD) throughout."
    )
    found = entities(record)
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert {found.get(name) for name in ("BNW", "POS", "ICG")} == {"Method"}
    assert {"BNW", "POS", "ICG"} <= introduced
    assert "rFVD" not in introduced and "FVD" not in introduced


def test_a_lower_case_family_with_tagged_members_and_its_training_sources() -> None:
    record = run(
        "This paper introduces crystalor, a family of SE(3)-equivariant transformers "
        "pre-trained on relaxed structures from OMat24 and MPtrj. The largest model, "
        "crystalor-L, is fine-tuned on each target, and crystalor-S is distilled from it."
    )
    found = entities(record)
    assert {"crystalor", "crystalor-L", "crystalor-S"} <= set(found)
    assert "SE" not in found
    trained = relations(record, "trainedOn")
    assert ("crystalor", "OMat24", None) in trained
    assert ("crystalor", "MPtrj", None) in trained


def test_trained_on_data_from_years_is_not_read_as_a_source() -> None:
    record = run(
        "We present Drizzle-S, a compact weather model. Trained on ERA5 reanalysis from 1979 "
        "to 2017, Drizzle-S matches the RMSE of IFS HRES on WeatherBench 2."
    )
    trained = relations(record, "trainedOn")
    assert ("Drizzle-S", "ERA5", None) in trained
    assert not any(tail == "WeatherBench 2" for _, tail, _ in trained)


def test_the_teacher_of_we_distil_is_not_what_the_data_trained() -> None:
    record = run(
        "We present Pipit-1B. Starting from the weights of Qwen2.5-1.5B, we distil "
        "DeepSeek-V3 through supervised fine-tuning on ProofTrace-50K, a corpus we construct "
        "from competition problems. The result, Pipit-1B-Chat, answers 61.0% of AIME 2024."
    )
    trained = relations(record, "trainedOn")
    assert ("Pipit-1B", "ProofTrace-50K", None) in trained
    assert not any(head == "DeepSeek-V3" for head, _, _ in trained)
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert {"ProofTrace-50K", "Pipit-1B-Chat"} <= introduced


def test_a_merge_of_listed_descendants_of_one_base() -> None:
    record = run(
        "Using our merging rule we build Tansy-8B, a merge of three public descendants of "
        "Granite-8B-Base: the chat model Granite-8B-Chat, the legal fine-tune LexGranite-8B "
        "and the code-tuned CodeGranite-8B."
    )
    lineage = relations(record, "derivedFrom")
    for parent in ("Granite-8B-Chat", "LexGranite-8B", "CodeGranite-8B"):
        assert ("Tansy-8B", parent, "merged") in lineage
        assert (parent, "Granite-8B-Base", "finetuned") in lineage
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert introduced == {"Tansy-8B"}


def test_the_data_a_training_stage_mixes() -> None:
    record = run(
        "We present Heron-7B-Chat, a chat model trained in two stages from Qwen2.5-7B. The "
        "supervised stage mixes OpenHermes-2.5 and MetaMathQA with 30K rewritten dialogues."
    )
    trained = relations(record, "trainedOn")
    assert ("Heron-7B-Chat", "OpenHermes-2.5", None) in trained
    assert ("Heron-7B-Chat", "MetaMathQA", None) in trained


def test_results_after_long_openers_and_other_systems_at_their_values() -> None:
    record = run(
        "We present Cirrus-3, a learned weather model, and Kestrel-M, a small protein model. "
        "Evaluated with the WeatherBench 2 protocol on 2021 initialisations, Cirrus-3 reaches "
        "a day-3 RMSE of 212, whereas GraphCast scores 225. Across the 180 deep mutational "
        "scanning assays of ProteinGym, our model, Kestrel-M, achieves an average zero-shot "
        "Spearman correlation of 0.468, ahead of SaProt at 0.457. Averaged over the English "
        "test sets of the Open ASR Leaderboard, Warbler-2 reaches 9.4% WER. In "
        "zero-shot classification of the five competition findings on the CheXpert test "
        "set, RadFoil reaches a mean AUROC of 0.901."
    )
    scores = {
        (r["head"], r["tail"], r["value"], r["metric"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["value"]
    }
    assert ("Cirrus-3", "WeatherBench 2", "212", "RMSE") in scores
    assert ("GraphCast", "WeatherBench 2", "225", None) in scores
    assert ("Kestrel-M", "ProteinGym", "0.468", "Spearman correlation") in scores
    assert ("SaProt", "ProteinGym", "0.457", None) in scores
    assert ("Warbler-2", "Open ASR Leaderboard", "9.4", "WER") in scores
    assert ("RadFoil", "CheXpert", "0.901", "AUROC") in scores


def test_size_tagged_members_and_a_backbone_in_parentheses() -> None:
    record = run(
        "We present Swallowtail, a family of speech recognisers. The 300M-parameter "
        "Swallowtail-M reaches 2.4% WER on LibriSpeech, and the 70M-parameter Swallowtail-S "
        "runs on phones. SAM 2 (Hiera-L), which scores 90.1 J&F on DAVIS 2017, drops on "
        "long videos."
    )
    assert {"Swallowtail-M", "Swallowtail-S"} <= set(entities(record))
    scores = relations(record, "evaluatedOn")
    assert ("Swallowtail-M", "LibriSpeech", "2.4") in scores
    assert ("SAM 2", "DAVIS 2017", "90.1") in scores


def test_results_after_experiments_on_a_dataset_and_licences_are_no_names() -> None:
    record = run(
        "We propose LaneWeave, a real-time multi-task driving model. Experiments on the "
        "BDD100K dataset demonstrate that LaneWeave achieves state-of-the-art results with "
        "mAP50 of 83.1% and Recall of 94.2% for object detection. The code is released under "
        "the Apache-2.0 license at https://github.com/laneweave/laneweave."
    )
    scores = {
        (r["head"], r["tail"], r["value"], r["metric"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["value"]
    }
    assert ("LaneWeave", "BDD100K", "83.1", "mAP50") in scores
    assert ("LaneWeave", "BDD100K", "94.2", "Recall") in scores
    assert "Apache-2.0" not in entities(record)


def test_an_uncertainty_aware_kind_of_a_known_model_is_not_introduced() -> None:
    record = run(
        "We introduce GlioNet-2, an Uncertainty-Aware Multi-Scale Bayesian U-Net that learns a "
        "smoothing prior. On BraTS2023, GlioNet-2 improves Dice over U-Net."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert "GlioNet-2" in introduced
    assert "Bayesian U-Net" not in introduced


def test_title_case_techniques_coined_with_an_appositive_or_a_naming_verb() -> None:
    record = run(
        "We introduce Brisk-4S, a four-step generator distilled from FLUX.1-dev with "
        "Path-Anchored Score Matching (PASM), an objective that matches the teacher at a few "
        "times. Its training recipe, Caption-Mask Co-Training (CMCT), lets the text tower "
        "label masks. We call the resulting objective Split-Prompt Contrastive Learning (SPCL)."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert {"PASM", "CMCT", "SPCL"} <= introduced


def test_values_with_their_benchmarks_in_parentheses_and_long_benchmark_openers() -> None:
    record = run(
        "We introduce Quill-R1-7B, a reasoning model, Quill-Embed, an embedding model, and "
        "Quill-Law, a legal agent. The resulting model reaches 92.4% on "
        "MATH-500, outperforming DeepSeek-R1-Distill-Qwen-7B (55.5 on AIME 2024, 92.8 on "
        "MATH-500). On the English MTEB (v2) leaderboard Quill-Embed obtains an average score "
        "of 68.9. On the rule-application and rule-conclusion tasks of LegalBench, Quill-Law "
        "reaches 70.4 balanced accuracy."
    )
    scores = relations(record, "evaluatedOn")
    assert ("DeepSeek-R1-Distill-Qwen-7B", "AIME 2024", "55.5") in scores
    assert ("DeepSeek-R1-Distill-Qwen-7B", "MATH-500", "92.8") in scores
    assert ("Quill-Embed", "MTEB", "68.9") in scores
    assert ("Quill-Law", "LegalBench", "70.4") in scores


def test_quantized_tags_distil_it_into_and_distillation_from_a_teacher() -> None:
    record = run(
        "We present FolioNet-2, a document model. FolioNet-2 is trained on DocBank with "
        "knowledge distillation from a DINOv2 ViT-L/14 teacher and reaches 91.2 on DocVQA. "
        "We also distil it into FolioNet-2-Mini, and we release FolioNet-2-AWQ, a 4-bit build "
        "quantized with AWQ."
    )
    lineage = relations(record, "derivedFrom")
    assert ("FolioNet-2", "DINOv2 ViT-L/14", "distilled") in lineage
    assert ("FolioNet-2-Mini", "FolioNet-2", "distilled") in lineage
    assert ("FolioNet-2-AWQ", "FolioNet-2", "quantized") in lineage


def test_a_model_a_result_is_reported_for_is_no_parent() -> None:
    record = run(
        "We introduce TerraSeg, an open-vocabulary segmentation model. When its classifier is "
        "further fine-tuned on the ADE20K training split, TerraSeg reaches 58.1 mIoU, above "
        "the 57.3 reported for Mask2Former with a Swin-L backbone."
    )
    assert not any(parent == "Mask2Former" for _, parent, _ in relations(record, "derivedFrom"))


def test_values_paired_in_order_without_respectively_and_numbered_subsets() -> None:
    record = run(
        "We introduce TerraSeg, an open-vocabulary segmenter. Evaluated zero-shot, TerraSeg "
        "obtains 37.9, 18.8, 60.5 and 23.1 mIoU on ADE20K, ADE20K-847, PASCAL Context-59 and "
        "PASCAL Context-459, improving over CAT-Seg. On the English MedQA (USMLE, 4-option) "
        "test set it keeps 50.2."
    )
    scores = relations(record, "evaluatedOn")
    for bench, value in (
        ("ADE20K", "37.9"),
        ("ADE20K-847", "18.8"),
        ("PASCAL Context-59", "60.5"),
        ("PASCAL Context-459", "23.1"),
    ):
        assert ("TerraSeg", bench, value) in scores
    assert not any(head == "USMLE" for head, _, _ in scores)


def test_the_result_of_tuning_with_distillation_is_the_student() -> None:
    record = run(
        "We fine-tune the pruned Llama 3.1 8B for 2B tokens with logit distillation from "
        "Llama 3.1 70B, yielding Sparrow-8B-S, which keeps most of the dense accuracy."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Sparrow-8B-S", "Llama 3.1 70B", "distilled") in lineage
    assert ("Llama 3.1 8B", "Llama 3.1 70B", "distilled") not in lineage


def test_a_short_name_given_with_hereafter_is_the_same_model() -> None:
    record = run(
        "We fine-tune Gemma-3-12B-IT (hereafter Gemma) on SwaDoc-Train to obtain SwaDoc-Gemma. "
        "On SwaDocVQA, Gemma reaches 41.2 ANLS. Attacks on Llama-3.1-8B-Instruct (Llama for "
        "short) succeed often."
    )
    found = entities(record)
    assert "Gemma" not in found and "Llama" not in found
    gemma = next(e for e in record["entities"] if e["name"] == "Gemma-3-12B-IT")
    assert "Gemma" in gemma["aliases"]
    assert ("Gemma-3-12B-IT", "SwaDocVQA", "41.2") in relations(record, "evaluatedOn")


def test_named_stages_and_changes_are_coined_techniques() -> None:
    record = run(
        "We present PatchWren-32B. The second is an on-policy stage, Test-Weighted Policy "
        "Optimization (TWPO), whose reward counts hidden tests. The repair step, which we call "
        "Hindsight Goal Editing (HGE), rewrites failed subgoals. We introduce wrenlite, a "
        "166M-parameter streaming transducer distilled from Whisper large-v3. We call this "
        "task Occlusion-Ordered Panoptic Parsing (OOPP)."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert {"TWPO", "HGE", "wrenlite"} <= introduced
    assert "OOPP" not in introduced


def test_a_kind_of_a_known_model_is_no_dataset_and_our_models_are_the_papers() -> None:
    record = run(
        "We propose two training-free approaches, Prompt Guided Retrieval CLIP (PGRC) and "
        "Caption Fused Retrieval CLIP (CFRC), for zero-shot recognition. The CLIP image "
        "encoder then ranks the candidates. We evaluate our models on ten datasets, "
        "including Food-101 and Flowers102."
    )
    types = entities(record)
    assert types["PGRC"] == "Model" and types["CFRC"] == "Model"
    tested = relations(record, "evaluatedOn")
    assert ("PGRC", "Food-101", None) in tested
    assert not any(head == "CLIP" for head, _, _ in tested)


def test_the_model_that_generated_a_benchmark_is_not_introduced() -> None:
    record = run(
        "We introduce ToddlerLogic, a Claude-3.5 generated benchmark of 12 reasoning tasks "
        "for small language models."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert introduced == {"ToddlerLogic"}


def test_the_purpose_of_our_tuning_names_what_is_made() -> None:
    record = run(
        "We collect a tutoring dataset and fine-tune several open-source language models to "
        "develop RecallBuddy, an assistant that asks guiding questions."
    )
    assert ("PAPER", "RecallBuddy", None) in relations(record, "introduces")


def test_a_table_in_prose_and_a_ranking_give_each_system_its_value() -> None:
    record = run(
        "We present MapQuest, a benchmark of 900 navigation questions. Accuracy on MapQuest "
        "is: GPT-4o 61.5, InternVL2-26B 44.0, Qwen2-VL-7B 38.2 (chance 25.0). Gemini 1.5 Pro "
        "leads the planning track with 58.1, followed by Claude 3.5 Sonnet at 55.0 and "
        "Llama-3.1-70B-Instruct at 47.3, while Mistral-Large-2 and Qwen2.5-72B-Instruct trail "
        "at 41.9 and 40.2."
    )
    assert "InternVL2-26B" in entities(record)
    scores = relations(record, "evaluatedOn")
    for head, value in [
        ("GPT-4o", "61.5"),
        ("InternVL2-26B", "44.0"),
        ("Qwen2-VL-7B", "38.2"),
        ("Llama-3.1-70B-Instruct", "47.3"),
        ("Mistral-Large-2", "41.9"),
        ("Qwen2.5-72B-Instruct", "40.2"),
    ]:
        assert (head, "MapQuest", value) in scores


def test_results_of_what_a_gerund_sentence_made_and_of_other_systems_in_rows() -> None:
    record = run(
        "We build HistoChat, a corpus of 300K slide dialogues. Starting from LLaVA-1.5-7B, we "
        "re-align the projector and then instruction-tune on HistoChat, obtaining "
        "HistoLLaVA-7B. On the closed-ended questions of PathVQA it reaches 91.0% accuracy, "
        "and on the pathology subset of PMC-VQA 60.2%, compared with 86.1% and 50.3% for "
        "LLaVA-Med and 70.4% and 54.9% for GPT-4V. HistoLLaVA-7B scores 45.0 on SlideBench "
        "and 33.1 on TissueQA, ahead of Quilt-LLaVA (41.2 / 30.5); it reaches 72.0 on "
        "PatchCamelyon, versus 69.9 for PLIP."
    )
    scores = relations(record, "evaluatedOn")
    for triple in [
        ("HistoLLaVA-7B", "PathVQA", "91.0"),
        ("HistoLLaVA-7B", "PMC-VQA", "60.2"),
        ("LLaVA-Med", "PathVQA", "86.1"),
        ("LLaVA-Med", "PMC-VQA", "50.3"),
        ("GPT-4V", "PMC-VQA", "54.9"),
        ("Quilt-LLaVA", "SlideBench", "41.2"),
        ("Quilt-LLaVA", "TissueQA", "30.5"),
        ("PLIP", "PatchCamelyon", "69.9"),
    ]:
        assert triple in scores
    assert not any(head == "LLaVA-1.5-7B" and value for head, _, value in scores)


def test_lineage_of_applied_recipes_resulting_models_and_named_students() -> None:
    record = run(
        "We present Prune-and-Regrow, a recipe that removes heads and layers. Applying the "
        "recipe to Qwen2.5-7B, we obtain Slimwen-3B and Slimwen-1B. Applied to "
        "Llama-3.1-8B-Instruct, our scheme produces Llama-3.1-8B-Instruct-Q3, a 3-bit model. "
        "Starting from Gemma-2-9B, we replace most attention layers with linear attention. "
        "The resulting hybrid, Linnea-9B, keeps one softmax layer in four. Using "
        "Qwen2.5-72B-Instruct as the teacher, we distill into Qwen2.5-1.5B and Llama-3.2-3B, "
        "producing students that we call Pupil-1.5B and Pupil-3B. Pocket-350M and Pocket-1B "
        "are pre-trained on 1T tokens and then distilled from Llama-3.1-8B."
    )
    lineage = relations(record, "derivedFrom")
    for triple in [
        ("Slimwen-3B", "Qwen2.5-7B", "builtOn"),
        ("Slimwen-1B", "Qwen2.5-7B", "builtOn"),
        ("Llama-3.1-8B-Instruct-Q3", "Llama-3.1-8B-Instruct", "quantized"),
        ("Linnea-9B", "Gemma-2-9B", "builtOn"),
        ("Pupil-1.5B", "Qwen2.5-1.5B", "finetuned"),
        ("Pupil-3B", "Llama-3.2-3B", "finetuned"),
        ("Pupil-3B", "Qwen2.5-72B-Instruct", "distilled"),
        ("Pocket-350M", "Llama-3.1-8B", "distilled"),
        ("Pocket-1B", "Llama-3.1-8B", "distilled"),
    ]:
        assert triple in lineage
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert {"Pupil-1.5B", "Pupil-3B", "Linnea-9B"} <= introduced


def test_a_reported_update_and_a_student_compared_with_its_predecessor() -> None:
    record = run(
        "We report Heron-3.1, an update to our family of ternary language models. Compared "
        "with its predecessor Heron-3.0, Heron-3.1 replaces next-token pre-training with logit "
        "distillation from Qwen2.5-32B-Instruct. Continued pre-training mostly helps on the "
        "knowledge questions of ChemBench."
    )
    assert ("PAPER", "Heron-3.1", None) in relations(record, "introduces")
    lineage = relations(record, "derivedFrom")
    assert ("Heron-3.1", "Qwen2.5-32B-Instruct", "distilled") in lineage
    assert not any(head == "Heron-3.0" for head, _, _ in lineage)
    assert not relations(record, "trainedOn")


def test_size_letters_leaderboard_subjects_and_models_named_after_scaffolds() -> None:
    record = run(
        "On the multilingual MTEB leaderboard Lattice-L obtains an average of 65.0, ahead of "
        "BGE-M3. Scores on BEIR are 55.1 (S), 57.0 (M) and 58.2 (L). We also compare with "
        "OpenHands-LM-32B inside the OpenHands scaffold."
    )
    types = entities(record)
    assert types["Lattice-L"] == "Model" and types["BGE-M3"] == "Model"
    assert "S" not in types and "M" not in types
    assert types["OpenHands-LM-32B"] == "Model" and types["OpenHands"] == "Method"


def test_capitals_spell_a_proposed_acronym_and_a_ranking_after_a_colon() -> None:
    record = run(
        "We propose an Adaptive efficient Routing approach for Tool models (ARoT). ARoT "
        "calls the tool API once. We introduce TuringDuel, a benchmark of paired dialogues. "
        "We found that GPTZero, Claude Opus-4.6, and GPT-5.5 achieve the highest accuracy: "
        "88.1%, 76.5%, and 74.0% respectively."
    )
    types = entities(record)
    assert types.get("ARoT") == "Method" and "Adaptive" not in types
    assert ("PAPER", "ARoT", None) in relations(record, "introduces")
    scores = relations(record, "evaluatedOn")
    assert ("Claude Opus-4.6", "TuringDuel", "76.5") in scores
    assert ("GPTZero", "TuringDuel", "88.1") in scores


def test_benchmark_suffixes_the_verb_benchmark_and_an_appositive_successor() -> None:
    record = run(
        "We present QuechuaEval 2.0, an extended successor to QuechuaEval with 9,000 items. "
        "We benchmark mT5-base, AfroLM V3 and BLOOMZ-7b1 on it. With this corpus we "
        "instruction-tune Llama-3-8B to obtain Kallpa-8B, the successor to our Mistral-based "
        "Kallpa-7B."
    )
    types = entities(record)
    assert types["QuechuaEval 2.0"] == "Benchmark" and types["QuechuaEval"] == "Benchmark"
    assert types["AfroLM V3"] == "Model"
    successors = relations(record, "successorOf")
    assert ("Kallpa-8B", "Kallpa-7B", None) in successors
    assert not any(head == "Llama-3-8B" for head, _, _ in successors)


def test_new_data_drawn_from_other_data_and_a_translated_version() -> None:
    record = run(
        "We introduce the Long-form Lecture Understanding Evaluation (LLUE), 1,900 questions "
        "over 400 lectures, drawn from YouCook2 and HowTo100M and re-annotated by teachers. On "
        "XMMLU, the professionally translated version of MMLU, our model scores 48.0. This "
        "paper introduces a novel Rain-eXtended Salient Object Detection (RXSOD) dataset, and "
        "we propose a Contrastive Token Enhancement (CTE) mechanism. We help Visually Impaired "
        "People (VIPs) cross streets."
    )
    lineage = relations(record, "derivedFrom")
    assert ("LLUE", "YouCook2", "augmented") in lineage
    assert ("LLUE", "HowTo100M", "augmented") in lineage
    assert ("XMMLU", "MMLU", "augmented") in lineage
    types = entities(record)
    assert types["RXSOD"] in ("Dataset", "Benchmark") and types["CTE"] == "Method"
    assert "VIPs" not in types


def test_a_benchmark_value_list_after_a_colon_and_a_named_backbone() -> None:
    record = run(
        "This report describes Glint-VL 3.0, the third generation of our compact "
        "vision-language models. Compared with its predecessor Glint-VL 2.0, the new model "
        "pairs a SigLIP tower with the Qwen2.5-7B language backbone. Glint-VL 3.0 posts the "
        "following scores: MMMU (val) 52.0, MathVista (testmini) 61.5, DocVQA (test) 93.0 "
        "and ChartQA 84.1, improving over Glint-VL 2.0 by 5 points on each. We also distill "
        "it into Glint-VL 3.0-Mini, a 2B-parameter version with a Qwen2.5-1.5B backbone."
    )
    scores = relations(record, "evaluatedOn")
    for bench, value in [("MMMU", "52.0"), ("MathVista", "61.5"), ("DocVQA", "93.0")]:
        assert ("Glint-VL 3.0", bench, value) in scores
    lineage = relations(record, "derivedFrom")
    assert ("Glint-VL 3.0", "Qwen2.5-7B", "builtOn") in lineage
    assert ("Glint-VL 3.0-Mini", "Qwen2.5-1.5B", "builtOn") in lineage


def test_detector_sizes_value_lists_for_others_and_greek_names() -> None:
    record = run(
        "We introduce ρ1-Drape, a cloth policy obtained by fine-tuning π0. We train two "
        "variants, KestrelDET-S and KestrelDET-X. On COCO val2017, KestrelDET-X achieves 56.0 "
        "AP and KestrelDET-S 47.5 AP, whereas RT-DETR-R50 and YOLOv10-X obtain 53.1 and 54.4 "
        "AP at comparable latency. We also apply our loss to π0 on LIBERO, obtaining 96.0%, "
        "94.1%, 92.2% and 85.0% success on LIBERO-Spatial, LIBERO-Object, LIBERO-Goal and "
        "LIBERO-Long, against 84.7%, 88.4%, 79.2% and 53.7% for OpenVLA."
    )
    types = entities(record)
    assert types["ρ1-Drape"] == "Model" and types["KestrelDET-S"] == "Model"
    scores = relations(record, "evaluatedOn")
    for triple in [
        ("KestrelDET-S", "COCO", "47.5"),
        ("RT-DETR-R50", "COCO", "53.1"),
        ("YOLOv10-X", "COCO", "54.4"),
        ("OpenVLA", "LIBERO-Goal", "79.2"),
        ("OpenVLA", "LIBERO-Long", "53.7"),
    ]:
        assert triple in scores


def test_respectively_rows_values_for_named_systems_and_a_named_training_set() -> None:
    record = run(
        "We present Tern-Merge, a merging method. Merging QwQ-32B with Qwen2.5-32B-Instruct "
        "yields Tern-32B. Tern-32B-Thinking achieves 80.2 on AIME 2024 and 65.1 on "
        "GPQA-Diamond, comparable to Qwen3-30B-A3B (80.4 and 65.8, respectively). Tern-Merge "
        "beats TIES-Merging and DARE, with the largest gap on LiveBench (60.3 for Tern-32B "
        "versus 54.9 for TIES-Merging). Its training set, ForgeCode-20K, merges filtered "
        "problems from TACO-Verified and SYNTHETIC-1. Although Tern-32B is trained exclusively "
        "on code, it also improves AIME 2025 from 60.1 to 62.0."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Qwen3-30B-A3B", "GPQA-Diamond", "65.8") in scores
    assert ("Tern-32B", "LiveBench", "60.3") in scores
    assert ("TIES-Merging", "LiveBench", "54.9") in scores
    assert not any(head == "Tern-Merge" and tail == "LiveBench" for head, tail, _ in scores)
    lineage = relations(record, "derivedFrom")
    assert ("ForgeCode-20K", "TACO-Verified", "augmented") in lineage
    trained = {tail for _, tail, _ in relations(record, "trainedOn")}
    assert "AIME 2025" not in trained and "TACO-Verified" not in trained


def test_a_loss_set_off_as_coined_units_before_for_and_evaluated_encoders() -> None:
    record = run(
        "We update only the action expert of π0 with a chunk-level smoothness loss, Action "
        "Chunk Smoothing Regularisation (ACSR). Models trained with the standard "
        "cross-entropy loss, Label Smoothing (LSM), fail. We present terrafold, a "
        "reconstruction model. On DTU, terrafold-large attains a Chamfer distance of 1.20 mm, "
        "compared with 1.74 mm for DUSt3R, ahead of ProGen2-xlarge. We evaluate frozen and "
        "fine-tuned encoders on GEO-Bench and PANGAEA."
    )
    introduced = {tail for _, tail, _ in relations(record, "introduces")}
    assert "ACSR" in introduced and "LSM" not in introduced
    assert ("DUSt3R", "DTU", "1.74") in relations(record, "evaluatedOn")
    assert "ProGen2-xlarge" in entities(record)
    assert not relations(record, "trainedOn")


def test_values_from_one_benchmark_to_another_and_licences() -> None:
    record = run(
        "We build MATH-Twin, 2,000 problems that mirror each MATH-500 question. Accuracy drops "
        "from MATH-500 to MATH-Twin for several models: Phi-3-mini falls from 44.0 to 35.2, "
        "Qwen1.5-14B-Chat from 51.3 to 47.9, whereas Gemma-2-9B-it (48.8 vs. 48.1) holds. The "
        "problems are released under CC BY-SA 4.0."
    )
    scores = relations(record, "evaluatedOn")
    for triple in [
        ("Phi-3-mini", "MATH-500", "44.0"),
        ("Phi-3-mini", "MATH-Twin", "35.2"),
        ("Qwen1.5-14B-Chat", "MATH-Twin", "47.9"),
        ("Gemma-2-9B-it", "MATH-500", "48.8"),
        ("Gemma-2-9B-it", "MATH-Twin", "48.1"),
    ]:
        assert triple in scores
    assert not any("BY-SA" in name for name in entities(record))


def test_lists_with_qualifiers_metrics_after_respectively_and_slashed_rows() -> None:
    record = run(
        "We put forward the Molecular Topology-Aware Graph Encoder (MolTAGE). Experiments show "
        "the effectiveness, MolTAGE reaching 0.8110, 0.3005 and 0.071 on ogbg-molhiv, "
        "ogbg-molpcba and ZINC (ROC-AUC, AP and MAE respectively). We introduce "
        "MediLlama-8B-Chat, a chat model. The chat model achieve 66.0%, 75.2% and 58.3% "
        "accuracy on MedQA (USMLE), PubMedQA and MedMCQA. We devise StreamScope, an online "
        "Video-LLM. Accuracy (%) on MVBench / EgoSchema / NExT-QA: StreamScope 63.1 / 59.0 / "
        "77.2; VideoChat2 51.1 / 54.4 / 68.6."
    )
    scores = relations(record, "evaluatedOn")
    for triple in [
        ("MolTAGE", "ZINC", "0.071"),
        ("MediLlama-8B-Chat", "PubMedQA", "75.2"),
        ("MediLlama-8B-Chat", "MedMCQA", "58.3"),
        ("StreamScope", "EgoSchema", "59.0"),
        ("VideoChat2", "NExT-QA", "68.6"),
    ]:
        assert triple in scores
    assert entities(record)["StreamScope"] == "Model"


def test_slashed_measures_of_one_benchmark_and_a_range_of_values_for_systems() -> None:
    record = run(
        "We introduce TerseBART, a summarisation model. TerseBART achieves ROUGE-1/2/L of "
        "46.0/23.1/38.2 on the XSum test set and 44.0/21.0/40.9 on CNN/DailyMail. Kite-7B "
        "obtains 68.3/61.0 on MMLU/GSM8K. On CHiME-6, word error rates range from 24.9 for "
        "Parakeet-TDT-1.1B to 41.3 for MMS-1B-all, and Whisper large-v3-turbo loses 2.7 points "
        "relative to Whisper large-v3."
    )
    scores = relations(record, "evaluatedOn")
    for triple in [
        ("TerseBART", "XSum", "23.1"),
        ("TerseBART", "CNN/DailyMail", "40.9"),
        ("Kite-7B", "GSM8K", "61.0"),
        ("Parakeet-TDT-1.1B", "CHiME-6", "24.9"),
        ("MMS-1B-all", "CHiME-6", "41.3"),
    ]:
        assert triple in scores
    assert ("Kite-7B", "GSM8K", "68.3") not in scores


def test_a_known_name_used_as_a_measured_quantity_is_no_model() -> None:
    record = run(
        "The surrogate reaches R2=0.9991, SSIM=0.9936 and MAE=0.0050 on the boundary "
        "subdataset. Across six of the eight subdatasets, MAE remains below 0.05 on the "
        "normalised pixel scale."
    )
    assert "MAE" not in entities(record)


def test_with_a_method_the_model_after_it_owns_the_result() -> None:
    record = run(
        "We propose Negative-Aware Contrastive Sampling (NACS), a training framework. With "
        "NACS the CompGCN reaching Hits@10 of 0.561 on FB15k-237, a new state of the art."
    )
    scores = relations(record, "evaluatedOn")
    assert ("CompGCN", "FB15k-237", "0.561") in scores
    assert not any(head == "NACS" and value for head, _, value in scores)


def test_the_name_set_off_after_an_opening_description_owns_the_results() -> None:
    record = run(
        "We release Plover-2-9B. Its chat counterpart, Plover-2-9B-Chat, obtained from "
        "Plover-2-9B through supervised fine-tuning and direct preference optimization (DPO), "
        "reaches 8.1 on MT-Bench and 60.4 pass@1 on HumanEval. We define Contrastive "
        "Step Filtering (CSF), a training procedure that prunes rationales."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Plover-2-9B-Chat", "MT-Bench", "8.1") in scores
    assert not any(head == "DPO" for head, _, _ in scores)
    assert entities(record).get("CSF") == "Method"


def test_a_numbered_area_after_a_dataset_is_its_split_not_a_benchmark() -> None:
    record = run(
        "PointLoom-L reaches 79.0 mIoU on ScanNet and 74.1 on S3DIS Area 5, outperforming "
        "Point Transformer V3."
    )
    assert "Area 5" not in entities(record)


def test_a_result_on_the_benchmark_the_sentence_before_tests_on() -> None:
    record = run(
        "We introduce Kestrel-Q, a quantized model. We evaluate Kestrel-Q on the MedQA "
        "benchmark. It achieves 70.4% accuracy, close to Meditron-70B. We present GlideNet. "
        "Extensive experiments are conducted on the ScanNet dataset. GlideNet achieves an mIoU "
        "of 75.3, surpassing previous methods."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Kestrel-Q", "MedQA", "70.4") in scores
    assert ("GlideNet", "ScanNet", "75.3") in scores


def test_continued_pre_training_a_passive_distillation_and_a_context_length_name() -> None:
    record = run(
        "We present Oryx-128K, a long-context language model obtained by continued "
        "pre-training of Llama-3-8B on 5 billion tokens. We introduce Sonus-v2, the successor "
        "to our Sonus encoder, obtained by continued pre-training of HuBERT Large. For edge "
        "deployment, Heron-3-8B is further distilled into Heron-3-1B through logit matching."
    )
    assert entities(record)["Oryx-128K"] == "Model"
    lineage = relations(record, "derivedFrom")
    assert ("Oryx-128K", "Llama-3-8B", "builtOn") in lineage
    assert ("Sonus-v2", "HuBERT Large", "builtOn") in lineage
    assert ("Heron-3-1B", "Heron-3-8B", "distilled") in lineage
    assert not any(head in ("Sonus", "Heron-3-8B") for head, _, _ in lineage)


def test_a_new_benchmark_named_as_the_subject_of_its_results_sentence() -> None:
    record = run(
        "We introduce PROVA, a Portuguese benchmark of olympiad geometry. Unlike older "
        "suites, PROVA is far from solved: the strongest system, Gemini-2.5-Pro, scores "
        "58.3, followed by DeepSeek-R1 (47.9)."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Gemini-2.5-Pro", "PROVA", "58.3") in scores
    assert ("DeepSeek-R1", "PROVA", "47.9") in scores
    record = run(
        "We introduce TabRank, a benchmark of table questions. Fine-tuning Qwen2.5-7B on the "
        "TabRank training split closes about 35% of its gap to GPT-4o."
    )
    assert not any(value == "35" for _, _, value in relations(record, "evaluatedOn"))


def test_the_first_of_two_values_compared_with_vs_is_the_subjects() -> None:
    record = run(
        "We evaluate Kiln on agentic coding, where it clearly beats prior self-evolving "
        "agents (64.2% vs. 51.9% on SWE-bench Verified, 80.1% vs. 70.4% on Polyglot)."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Kiln", "SWE-bench Verified", "64.2") in scores
    assert ("Kiln", "Polyglot", "80.1") in scores
    assert not any(value in ("51.9", "70.4") for _, _, value in scores)


def test_an_agent_with_a_backbone_leaves_the_backbone_without_its_result() -> None:
    record = run(
        "We introduce PatchArena, a benchmark of 300 repository repair tasks. Our agent "
        "Mender resolves 44.0% of PatchArena tasks, while OpenHands with Claude 3.5 Sonnet "
        "resolves 29.5%."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Mender", "PatchArena", "44.0") in scores
    assert not any(head == "Claude 3.5 Sonnet" and value for head, _, value in scores)


def test_common_words_listed_with_known_datasets_are_datasets() -> None:
    record = run(
        "We present Loomer, a forecaster. Across the usual suite (ETTh1, ETTm2, Weather, "
        "Electricity and Traffic), Loomer beats PatchTST. We also test on Tanks&Temples and "
        "train on VoxPopuli and People's Speech."
    )
    found = entities(record)
    for name in ("Weather", "Electricity", "Traffic"):
        assert found.get(name) in ("Benchmark", "Dataset")
    assert "Tanks" not in found and "People" not in found


def test_classic_tabular_and_graph_models_are_models() -> None:
    record = run(
        "We compare TabLoom with XGBoost, CatBoost and LightGBM, and GraphLoom with GCN, "
        "GAT, GraphSAGE and GIN, on PEMS04, Amazon-Book and Gowalla."
    )
    found = entities(record)
    for name in ("XGBoost", "CatBoost", "LightGBM", "GCN", "GAT", "GraphSAGE", "GIN"):
        assert found[name] == "Model"
    for name in ("PEMS04", "Amazon-Book", "Gowalla"):
        assert found[name] in ("Benchmark", "Dataset")


def test_mae_written_as_an_error_is_a_metric_not_the_masked_autoencoder() -> None:
    record = run(
        "We propose Trellis-S, a graph transformer that reaches a test MAE of 0.063 on ZINC, "
        "and 0.2502 MAE on Peptides-struct. Dropping the tokens costs 0.010 MAE on ZINC."
    )
    assert "MAE" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert ("Trellis-S", "ZINC", "0.063") in scores
    assert ("Trellis-S", "Peptides-struct", "0.2502") in scores


def test_two_measures_of_one_benchmark_and_values_paired_with_a_list() -> None:
    record = run(
        "We present Corvid, a forecaster. Corvid-L reaches an MSE of 0.372 and an MAE of "
        "0.391 on ETTh2, and averaged over horizons it lowers the MSE on ETTm1 and ETTm2 to "
        "0.341 and 0.244, respectively. We also propose GridNet, evaluated on the Adult, "
        "Covertype and California Housing tables, where GridNet reaches accuracy of 86.1 "
        "and 96.4 on Adult and Covertype and RMSE of 0.422 on California Housing."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Corvid-L", "ETTh2", "0.372") in scores
    assert ("Corvid-L", "ETTh2", "0.391") in scores
    assert ("Corvid-L", "ETTm1", "0.341") in scores
    assert ("Corvid-L", "ETTm2", "0.244") in scores
    assert ("GridNet", "Adult", "86.1") in scores
    assert ("GridNet", "Covertype", "96.4") in scores
    assert ("GridNet", "California Housing", "0.422") in scores
    assert ("GridNet", "California Housing", "86.1") not in scores


def test_a_release_of_a_known_corpus_is_not_introduced() -> None:
    record = run("We pre-train Wren-Base on VoxPopuli and Common Voice 17.")
    assert ("PAPER", "Common Voice 17") not in {
        (h, t) for h, t, _ in relations(record, "introduces")
    }


def test_names_given_to_the_resulting_model_or_corpus_are_introduced() -> None:
    record = run(
        "We refer to the resulting model as TinySeg. We name the resulting corpus "
        "ProofTrace-300K. Fine-tuning Qwen2.5-1.5B and Qwen2.5-7B on it yields Fern-1.5B "
        "and Fern-7B, respectively."
    )
    introduced = {t for _, t, _ in relations(record, "introduces")}
    assert {"TinySeg", "ProofTrace-300K", "Fern-1.5B", "Fern-7B"} <= introduced


def test_values_for_a_list_of_systems_and_a_setting_before_on() -> None:
    record = run(
        "We call the resulting model NanoSeg. NanoSeg attains 70.8 mIoU for single-point "
        "prompts on COCO, compared with 73.9 for SAM ViT-H. With box prompts on LVIS: 75.2, "
        "77.6 and 70.3 mIoU for NanoSeg, SAM ViT-H and EfficientSAM, respectively. Moreover, "
        "Wisp-7B attains 55.0% on AIME 2024 and 91.1% on MATH-500, rivalling o1-mini (63.6% "
        "and 90.0%)."
    )
    scores = relations(record, "evaluatedOn")
    assert ("NanoSeg", "COCO", "70.8") in scores
    assert ("NanoSeg", "LVIS", "75.2") in scores
    assert ("SAM ViT-H", "LVIS", "77.6") in scores
    assert ("EfficientSAM", "LVIS", "70.3") in scores
    assert ("o1-mini", "AIME 2024", "63.6") in scores
    assert ("o1-mini", "MATH-500", "90.0") in scores


def test_results_of_compared_systems_and_relative_clauses() -> None:
    record = run(
        "We present KiboQA, a reading comprehension benchmark. When fine-tuned on English "
        "SQuAD v1.1 only, AfroXLMR-large reaches 58.3 F1, compared to 49.6 for XLM-R large "
        "and 44.0 for mT5-XL. We present KazASR, an ASR model. Compared with the original "
        "Whisper-large-v3, KazASR reduces the word error rate on the Common Voice test set "
        "from 38.6% to 14.2%. It also outperforms the MMS-1B-all model, which obtains 19.5% "
        "WER on FLEURS. We release KazASR-small, a student distilled from KazASR, that "
        "obtains 16.9% WER on FLEURS."
    )
    scores = relations(record, "evaluatedOn")
    assert ("XLM-R large", "KiboQA", "49.6") in scores
    assert ("mT5-XL", "KiboQA", "44.0") in scores
    assert ("Whisper-large-v3", "Common Voice", "38.6") in scores
    assert ("KazASR", "Common Voice", "14.2") in scores
    assert ("MMS-1B-all", "FLEURS", "19.5") in scores
    assert ("KazASR-small", "FLEURS", "16.9") in scores
    assert not any(head == "KazASR" and tail == "FLEURS" for head, tail, _ in scores)


def test_students_of_one_teacher_and_lists_said_each_made_from_a_base() -> None:
    record = run(
        "We propose MiniMT, compact translation models obtained by distilling NLLB-200-3.3B "
        "into two students, MiniMT-300M and MiniMT-600M. We also release three experts "
        "(Thai-L3-8B, Viet-L3-8B and Indo-L3-8B), each of them continually pre-trained from "
        "Llama-3-8B."
    )
    lineage = relations(record, "derivedFrom")
    assert ("MiniMT-300M", "NLLB-200-3.3B", "distilled") in lineage
    assert ("MiniMT-600M", "NLLB-200-3.3B", "distilled") in lineage
    for expert in ("Thai-L3-8B", "Viet-L3-8B", "Indo-L3-8B"):
        assert (expert, "Llama-3-8B", "builtOn") in lineage
    record = run(
        "We introduce Lumen-7B, a multilingual model. We further instruction-tune the base "
        "model on xP3 and obtain Lumen-7B-Chat."
    )
    assert ("Lumen-7B-Chat", "Lumen-7B", "finetuned") in relations(record, "derivedFrom")


def test_the_teachers_results_go_to_the_model_distilled_from() -> None:
    record = run(
        "We introduce Ember-VL, compact vision-language models obtained by distilling "
        "InternVL2-76B into small students. The largest student, Ember-VL-4B, scores 48.2 on "
        "MMMU and 78.0 on MMBench, compared with 58.1 and 86.0 for the 76B teacher."
    )
    scores = relations(record, "evaluatedOn")
    assert ("InternVL2-76B", "MMMU", "58.1") in scores
    assert ("InternVL2-76B", "MMBench", "86.0") in scores
    record = run(
        "Using RoBERTa-large as the teacher, we distil a 6-layer student, BlendNet-6L. "
        "BlendNet-6L averages 85.7 on GLUE, whereas its teacher scores 88.9."
    )
    assert ("RoBERTa-large", "GLUE", "88.9") in relations(record, "evaluatedOn")


def test_model_family_report_lineage_and_introductions() -> None:
    record = run(
        "This report describes Heron-2, released as Heron-2-7B and Heron-2-72B, alongside "
        "Heron-2-7B-Chat and Heron-2-72B-Chat, each fine-tuned from the base model of the same "
        "size, and a code specialist, Heron-2-Coder-7B, which is obtained by continuing the "
        "pre-training of Heron-2-7B on code."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Heron-2-7B-Chat", "Heron-2-7B", "finetuned") in lineage
    assert ("Heron-2-72B-Chat", "Heron-2-72B", "finetuned") in lineage
    assert ("Heron-2-Coder-7B", "Heron-2-7B", "builtOn") in lineage
    assert not any(tail == "Heron-2-Coder-7B" for _, tail, _ in lineage)
    record = run(
        "Gravel is a pair of small language models, Gravel-0.5B and Gravel-1.8B, designed to "
        "run on phones. Both are pre-trained on FineWeb-Edu and GravelSynth, a 200B-token "
        "synthetic corpus of worked examples that we generate with Llama-3.1-70B-Instruct, "
        "and on StoryMix-50K, a new set of short stories."
    )
    introduced = {t for _, t, _ in relations(record, "introduces")}
    assert {"Gravel", "Gravel-0.5B", "Gravel-1.8B", "GravelSynth", "StoryMix-50K"} <= introduced


def test_results_tables_with_others_in_parentheses_and_subjects_set_off() -> None:
    record = run(
        "Main results for Sorrel-30B-Instruct, with Qwen3-32B and Gemma-3-27B-IT in "
        "parentheses: MMLU-Pro 73.0 (71.9 / 66.8); GPQA-Diamond 61.5 (60.2 / 41.7). "
        "Sorrel-Coder-33B-Instruct, fine-tuned from Sorrel-Coder-33B on 1.2M synthetic pairs, "
        "achieves 88.4 on HumanEval. Fine-tuning Sorrel-Math-7B on it produces "
        "Sorrel-Math-7B-Instruct. This model scores 91.2% on GSM8K. On IrokoBench, "
        "Sorrel-9B-Chat averages 60.2 across AfriMMLU, AfriXNLI and AfriMGSM, against 51.0 "
        "for Aya-Expanse-8B."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Sorrel-30B-Instruct", "MMLU-Pro", "73.0") in scores
    assert ("Qwen3-32B", "MMLU-Pro", "71.9") in scores
    assert ("Gemma-3-27B-IT", "GPQA-Diamond", "41.7") in scores
    assert ("Sorrel-Coder-33B-Instruct", "HumanEval", "88.4") in scores
    assert ("Sorrel-Math-7B-Instruct", "GSM8K", "91.2") in scores
    assert ("Sorrel-9B-Chat", "IrokoBench", "60.2") in scores
    assert ("Aya-Expanse-8B", "IrokoBench", "51.0") in scores
    assert not any(tail == "AfriMMLU" and value for _, tail, value in scores)
    assert not any(head == "Gemma-3-27B-IT" and value == "73.0" for head, _, value in scores)


def test_agent_and_retrieval_results_in_common_shapes() -> None:
    record = run(
        "We present PatchPilot, an agent scaffold. Powered by Claude 3.5 Sonnet, PatchPilot "
        "resolves 53.8% of the issues in SWE-bench Verified, compared with 45.2% for "
        "SWE-agent. We propose GATE-RAG, an adaptive retrieval framework. GATE-RAG obtains "
        "46.1, 69.8 and 38.4 exact match on NQ, TriviaQA and HotpotQA respectively, compared "
        "with 44.0, 67.2 and 35.9 for Self-RAG."
    )
    scores = relations(record, "evaluatedOn")
    assert ("PatchPilot", "SWE-bench Verified", "53.8") in scores
    assert ("SWE-agent", "SWE-bench Verified", "45.2") in scores
    assert ("GATE-RAG", "NQ", "46.1") in scores
    assert ("GATE-RAG", "HotpotQA", "38.4") in scores
    assert ("Self-RAG", "TriviaQA", "67.2") in scores
    assert ("GATE-RAG", "NQ", "38.4") not in scores
    record = run(
        "We present DeskQuest, a benchmark of 612 office tasks. The best system, Claude 3.5 "
        "Sonnet, completes 27.4% of hidden-set tasks; GPT-4o, Gemini-1.5-Pro and "
        "Qwen2.5-72B-Instruct follow with 22.9%, 20.3% and 14.8% respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Gemini-1.5-Pro", "DeskQuest", "20.3") in scores
    assert ("Qwen2.5-72B-Instruct", "DeskQuest", "14.8") in scores


def test_vision_results_with_units_compared_rows_and_giant_sizes() -> None:
    record = run(
        "We introduce AnchorSplat, a few-shot extension of 3DGS. With three views, it achieves "
        "a PSNR of 21.84 dB on LLFF and 20.12 dB on Mip-NeRF 360, improving over FSGS "
        "(20.43 / 17.34) and DNGaussian (19.12 / 18.06). We also pre-train ChronoMAE-g and "
        "evaluate on NYU Depth v2 and GSO."
    )
    found = entities(record)
    assert found["FSGS"] == "Model" and found["DNGaussian"] == "Model"
    assert found.get("ChronoMAE-g") == "Model"
    assert found.get("NYU Depth v2") in ("Benchmark", "Dataset")
    assert found.get("GSO") in ("Benchmark", "Dataset")
    scores = relations(record, "evaluatedOn")
    assert ("AnchorSplat", "LLFF", "21.84") in scores
    assert ("AnchorSplat", "Mip-NeRF 360", "20.12") in scores
    assert ("FSGS", "Mip-NeRF 360", "17.34") in scores
    assert ("DNGaussian", "LLFF", "19.12") in scores


def test_its_after_a_semicolon_is_the_first_clauses_subject() -> None:
    record = run(
        "We present Helix, a forecaster. Across five benchmarks (ETTh1, ETTh2, Weather, "
        "Electricity and Traffic), Helix attains the lowest error. On ETTh1 it reaches an MSE "
        "of 0.412, against 0.491 for iTransformer; on Traffic its average MSE of 0.387 improves "
        "on TimesNet. Mosaic-L obtains an average of 66.2 on MTEB, outperforming BGE-M3; on "
        "MIRACL its nDCG@10 is 70.4."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Helix", "Traffic", "0.387") in scores
    assert ("iTransformer", "Traffic", "0.387") not in scores
    assert ("Mosaic-L", "MIRACL", "70.4") in scores


def test_applied_papers_results_per_part_per_suite_and_macro_scores() -> None:
    cases = {
        "We propose SkinFuse, a hybrid network. SkinFuse achieved 91.4% accuracy and 87.2% "
        "macro F1-score on ISIC 2019, outperforming ResNet-50 (85.0%).": [
            ("SkinFuse", "ISIC 2019", "87.2"),
            ("SkinFuse", "ISIC 2019", "91.4"),
        ],
        "We present TumorSeg3D, a segmentation network. On the BraTS 2021 validation set, our "
        "method achieves mean Dice scores of 92.1%, 88.0% and 84.2% for whole tumor (WT), "
        "tumor core (TC) and enhancing tumor (ET) respectively.": [
            ("TumorSeg3D", "BraTS 2021", value) for value in ("92.1", "88.0", "84.2")
        ],
        "We present Kite-VLA. It sets a new state of the art on the LIBERO-Spatial, "
        "LIBERO-Object and LIBERO-10 suites with 96.2%, 98.1% and 87.5% success, "
        "respectively.": [("Kite-VLA", "LIBERO-Object", "98.1"), ("Kite-VLA", "LIBERO-10", "87.5")],
        "We propose Weave, a routing policy. On the Meta-World MT10 and MT50 benchmarks, Weave "
        "achieves average success rates of 90.3% and 73.1% respectively.": [
            ("Weave", "MT10", "90.3"),
            ("Weave", "MT50", "73.1"),
        ],
        "RoutePlan obtains a closed-loop score of 88.0 on the nuPlan Val14 split.": [
            ("RoutePlan", "nuPlan", "88.0")
        ],
    }
    for text, expected in cases.items():
        scores = relations(run(text), "evaluatedOn")
        assert set(expected) <= scores, text
        assert not any(tail == "Meta-World" and value for _, tail, value in scores)


def test_benchmarks_named_by_what_they_extend_or_call_and_their_leaderboards() -> None:
    record = run(
        "We introduce PolyHay, a multilingual extension of the needle-in-a-haystack test. "
        "Gemini 1.5 Pro is the most robust, with an average accuracy of 92.4, followed by "
        "GPT-4o (88.0) and Claude 3.5 Sonnet (86.7)."
    )
    assert entities(record)["PolyHay"] == "Benchmark"
    scores = relations(record, "evaluatedOn")
    assert ("Claude 3.5 Sonnet", "PolyHay", "86.7") in scores
    record = run(
        "Using WinoMT and a new Turkish-English challenge set that we call PronounSwap, we "
        "compare GPT-3.5-turbo and NLLB-200."
    )
    assert entities(record)["PronounSwap"] == "Benchmark"
    record = run(
        "We construct LexSum-DE, a corpus of 41,000 court decisions paired with summaries. As "
        "baselines we fine-tune mT5-large and LexBART on 6 GB of legal text. LexBART obtains "
        "the highest ROUGE-L on the test set (31.7), compared with 29.4 for mT5-large. "
        "UAV-R1 achieves a 48.17% higher accuracy than the Qwen2-VL-2B-Instruct baseline."
    )
    scores = relations(record, "evaluatedOn")
    assert ("LexBART", "LexSum-DE", "31.7") in scores
    assert ("mT5-large", "LexSum-DE", "29.4") in scores
    assert "GB" not in entities(record)
    assert not any(value == "48.17" for _, _, value in scores)


def test_a_weakly_typed_name_sides_with_its_list_mates() -> None:
    record = run(
        "We introduce FocusDecode, a training-free decoding method. FocusDecode reduces "
        "hallucination on POPE and CHAIR across InstructBLIP, LLaVA, Qwen-VL, and mPLUG."
    )
    assert entities(record)["mPLUG"] == "Model"
    assert not any(tail == "mPLUG" for _, tail, _ in relations(record, "evaluatedOn"))


def test_experiments_on_an_adjective_then_the_benchmark_and_a_granular_measure() -> None:
    record = run(
        "We introduce GlintVAD, a hybrid detector. Experiments on the challenging StreetVAD "
        "dataset show that GlintVAD achieves a 72.5% frame-level AUC, outperforming existing "
        "baselines by 12.5%."
    )
    assert ("GlintVAD", "StreetVAD", "72.5") in relations(record, "evaluatedOn")
    metrics = {r.get("metric") for r in record["relations"] if r.get("value") == "72.5"}
    assert metrics == {"AUC"}


def test_other_systems_values_in_rows_after_a_result() -> None:
    record = run(
        "We introduce Loom, a pathology encoder. Loom-G reaches 96.8% balanced accuracy on "
        "CRC-100K (UNI 95.1%, CTransPath 93.4%), a slide-level AUROC of 0.987 on CAMELYON16."
    )
    assert entities(record)["UNI"] == "Model"
    scores = relations(record, "evaluatedOn")
    assert {("UNI", "CRC-100K", "95.1"), ("CTransPath", "CRC-100K", "93.4")} <= scores
    assert not any(tail in ("UNI", "CTransPath") for _, tail, _ in scores)
    record = run(
        "We introduce LinkBench, a benchmark of interaction graphs. On CL-Flight, TGN obtains "
        "an MRR of 0.613, DyGFormer 0.587 and EdgeBank 0.571."
    )
    assert entities(record)["DyGFormer"] == "Model"
    assert ("EdgeBank", "CL-Flight", "0.571") in relations(record, "evaluatedOn")
    record = run(
        "We propose CFB, a training recipe. On ImageNet 256x256, SiT-CFB-XL/2 reaches an FID "
        "of 5.21 without guidance. With classifier-free guidance the numbers are: SiT-CFB-XL/2 "
        "1.58 FID and 305.2 IS, REPA 1.80 FID and 284.0 IS, DiT-XL/2 2.27 FID and 278.2 IS."
    )
    assert {"REPA", "DiT-XL/2"} <= set(entities(record))  # "1.80" is no version
    scores = relations(record, "evaluatedOn")
    assert {
        ("SiT-CFB-XL/2", "ImageNet", "5.21"),
        ("REPA", "ImageNet", "284.0"),
        ("DiT-XL/2", "ImageNet", "2.27"),
    } <= scores


def test_a_value_with_its_owner_in_parentheses_after_a_comparison() -> None:
    record = run(
        "We introduce FedLoom, an aggregation rule. On FEMNIST, FedLoom reaches 84.9% accuracy "
        "against 81.2% (FedAvg), 82.0% (FedProx) and 83.5% (SCAFFOLD)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("FedLoom", "FEMNIST", "84.9"), ("SCAFFOLD", "FEMNIST", "83.5")} <= scores
    record = run(
        "We present ProtWeave, a family of protein language models. For contact prediction on "
        "CASP15 targets, top-L precision improves from 61.4 (ESM-2) to 66.9 (ProtWeave-3B)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("ESM-2", "CASP15", "61.4"), ("ProtWeave-3B", "CASP15", "66.9")} <= scores
    assert ("ProtWeave", "CASP15", "66.9") not in scores


def test_benchmarks_after_a_describing_word_and_scores_named_by_them() -> None:
    record = run(
        "We introduce Kestrel, a forecaster. On the long-horizon ETTh1 and ETTm2 datasets, "
        "Kestrel-L achieves an MSE of 0.412 and 0.281 respectively."
    )
    assert ("Kestrel-L", "ETTm2", "0.281") in relations(record, "evaluatedOn")
    record = run(
        "We present Vela, an image generator. Vela-XL reaches a zero-shot FID of 6.84 on "
        "MS-COCO and an overall GenEval score of 0.74, ahead of SDXL (0.55) and PixArt-α (0.48)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Vela-XL", "GenEval", "0.74"), ("SDXL", "GenEval", "0.55")} <= scores
    record = run(
        "We merge two specialists into Chimera-7B. Existing merging methods such as "
        "TIES-Merging fall short. The merged model keeps its instruction following, with an "
        "MT-Bench score of 8.12 for Chimera-7B."
    )
    assert ("Chimera-7B", "MT-Bench", "8.12") in relations(record, "evaluatedOn")
    assert not any(head == "TIES-Merging" for head, _, _ in relations(record, "evaluatedOn"))


def test_agent_scaffolds_are_methods_and_laws_are_no_names() -> None:
    record = run(
        "We introduce Lanternfly, a lightweight agent scaffold. Under the same backbone, "
        "SWE-agent resolves 33.6% of SWE-bench Verified and Agentless 50.8%. Regulations such "
        "as the GDPR constrain logging, so Lanternfly ranks files with Personalized PageRank."
    )
    types = entities(record)
    assert types["Lanternfly"] == "Method"
    assert types["SWE-agent"] == "Method"
    assert types["Personalized PageRank"] == "Method"
    assert "GDPR" not in types
    assert ("SWE-agent", "SWE-bench Verified", "33.6") in relations(record, "evaluatedOn")


def test_lineage_of_lists_tuned_or_distilled_into_lists_and_tuning_that_yields() -> None:
    record = run(
        "We propose VSB, a distillation method. Applying VSB, we distill Stable Diffusion 1.5 "
        "and SDXL into the one-step generators SwiftSD-1.5 and SwiftSDXL."
    )
    lineage = relations(record, "derivedFrom")
    assert ("SwiftSDXL", "SDXL", "distilled") in lineage
    assert ("SwiftSDXL", "Stable Diffusion 1.5", "distilled") not in lineage
    record = run(
        "We present Corvid-Coder, a family of code models. The resulting base models, "
        "Corvid-Coder-7B and Corvid-Coder-14B, are further instruction-tuned into "
        "Corvid-Coder-7B-Chat and Corvid-Coder-14B-Chat with synthetic instructions."
    )
    assert ("Corvid-Coder-14B-Chat", "Corvid-Coder-14B", "finetuned") in relations(
        record, "derivedFrom"
    )
    record = run(
        "We present WardLM, a clinical language model. The resulting base model, WardLM-Base, "
        "is instruction-tuned on ClinInstruct-140K, a set of instructions we release, yielding "
        "WardLM-Chat."
    )
    assert ("WardLM-Chat", "WardLM-Base", "finetuned") in relations(record, "derivedFrom")
    record = run(
        "We describe Halcyon-R-32B, a reasoning model. A 7B student, Halcyon-R-7B, trained with "
        "the same recipe on top of Qwen2.5-Math-7B, reaches 55.0 on AIME 2024."
    )
    assert ("Halcyon-R-7B", "Qwen2.5-Math-7B", "builtOn") in relations(record, "derivedFrom")
    assert ("Halcyon-R-7B", "AIME 2024", "55.0") in relations(record, "evaluatedOn")


def test_two_measures_of_the_subject_pair_with_two_values_of_each_other_system() -> None:
    record = run(
        "We introduce SonaTTS 2, a successor to our earlier SonaTTS. On the LibriSpeech "
        "test-clean cross-sentence task it obtains a WER of 1.96% and a speaker similarity of "
        "0.69, compared with 2.42% and 0.66 for F5-TTS and 3.1% and 0.59 for CosyVoice."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("SonaTTS 2", "LibriSpeech", "0.69"),
        ("F5-TTS", "LibriSpeech", "2.42"),
        ("CosyVoice", "LibriSpeech", "3.1"),
        ("CosyVoice", "LibriSpeech", "0.59"),
    } <= scores


def test_lines_of_a_results_table_without_a_subject() -> None:
    record = run(
        "We present TerseMed-7B, fine-tuned from Mistral-7B with LoRA on MedQA-Syn, a new set "
        "of synthetic QA pairs. Results: MedQA 58.9% acc. vs 51.2% for Mistral-7B-Instruct; "
        "PubMedQA 76.4 vs 72.0. Comparable to Meditron-7B at less compute."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("TerseMed-7B", "PubMedQA", "76.4"),
        ("Mistral-7B-Instruct", "PubMedQA", "72.0"),
        ("TerseMed-7B", "MedQA", "58.9"),
    } <= scores
    assert ("Mistral-7B-Instruct", "PubMedQA", "76.4") not in scores
    record = run(
        "We propose Q-Ensemble Trust Regions (QETR), an offline RL method. D4RL locomotion "
        "(9 tasks): avg. normalized return 78.5 vs 72.1 (IQL) and 69.8 (CQL)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("QETR", "D4RL", "78.5"), ("CQL", "D4RL", "69.8")} <= scores


def test_examples_of_a_data_noun_are_data_whatever_count_their_name_ends_with() -> None:
    record = run(
        "We propose GlyphDiff, a text rendering method. Experiments on benchmark datasets, such "
        "as MARIO-10M and T2I-CompBench, show that GlyphDiff renders legible text. Its maps are "
        "compared with HiResCAM and LayerCAM."
    )
    types = entities(record)
    assert types["MARIO-10M"] in ("Dataset", "Benchmark")
    assert types["LayerCAM"] == "Method"


def test_a_model_is_built_on_what_its_parts_are_initialised_from() -> None:
    record = run(
        "We present MUSE-CLAP, a contrastive audio-text model. The audio tower is initialised "
        "from EAT and the text tower from Flan-T5 base; we also propose a mining scheme."
    )
    lineage = relations(record, "derivedFrom")
    assert {("MUSE-CLAP", "EAT", "builtOn"), ("MUSE-CLAP", "Flan-T5 base", "builtOn")} <= lineage


def test_rows_of_measured_values_and_values_with_units_or_measures_for_others() -> None:
    record = run(
        "We present VoxSSM, a LiDAR detector, and its head VoxSSM-CP. Results on the nuScenes "
        "test set (mAP / NDS): VoxSSM-CP 70.9 / 74.2; DSVT 68.4 / 72.7; CenterPoint 60.3 / 67.3."
    )
    assert entities(record)["DSVT"] == "Model"
    scores = relations(record, "evaluatedOn")
    assert {("DSVT", "nuScenes", "72.7"), ("CenterPoint", "nuScenes", "60.3")} <= scores
    record = run(
        "We present LynxDet-2, a detector family. Fine-tuned on COCO, LynxDet-2-L reaches 55.1 "
        "AP on COCO val2017, compared to 53.0 AP for RT-DETR-R50 and 52.9 AP for YOLOv8-L. On "
        "the Mip-NeRF 360 dataset, LynxSplat improves PSNR from 27.21 dB to 28.05 dB."
    )
    scores = relations(record, "evaluatedOn")
    assert {("RT-DETR-R50", "COCO", "53.0"), ("LynxSplat", "Mip-NeRF 360", "28.05")} <= scores


def test_size_letters_named_variants_and_the_checkpoint_a_model_starts_from() -> None:
    record = run(
        "We present HexaNeXt, a convolutional backbone. HexaNeXt comes in three sizes, "
        "HexaNeXt-T, HexaNeXt-S and HexaNeXt-B. A camera-LiDAR variant, HexaNeXt-Fusion, adds "
        "image features. We also train ChronoViT-S, distilled from VideoMAE V2-g. GeoPrism is "
        "initialized from the MAE-pretrained ViT-L checkpoint of SatMAE."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("HexaNeXt-T", "HexaNeXt", "variant"),
        ("HexaNeXt-Fusion", "HexaNeXt", "variant"),
        ("ChronoViT-S", "VideoMAE V2-g", "distilled"),
        ("GeoPrism", "SatMAE", "builtOn"),
    } <= lineage


def test_known_cache_and_decoding_methods_and_a_sized_models_context_length() -> None:
    record = run(
        "We present SieveKV, a cache eviction method. On LongBench, SieveKV scores 44.0, whereas "
        "PyramidKV and StreamingLLM drop to 42.2 and 35.9, respectively. On Needle-in-a-Haystack "
        "with Qwen2.5-7B-Instruct-128k, SieveKV retrieves 97.1% of the needles."
    )
    types = entities(record)
    assert types["PyramidKV"] == types["StreamingLLM"] == "Method"
    assert types["Qwen2.5-7B-Instruct-128k"] == "Model"
    assert types["Needle-in-a-Haystack"] == "Benchmark"
    scores = relations(record, "evaluatedOn")
    assert {("PyramidKV", "LongBench", "42.2"), ("StreamingLLM", "LongBench", "35.9")} <= scores


def test_values_in_order_after_while_a_value_with_each_method_and_its_measure() -> None:
    record = run(
        "We propose StrideAttn, a sparse attention method. On RULER, StrideAttn scores 63.0, "
        "while MInference and StreamingLLM reach 60.4 and 30.2. On GSM8K, Qwen2-7B-Instruct "
        "scores 82.0 with a dense cache, 81.1 with StrideAttn and 77.5 with KIVI."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("MInference", "RULER", "60.4"),
        ("StreamingLLM", "RULER", "30.2"),
        ("StrideAttn", "GSM8K", "81.1"),
        ("KIVI", "GSM8K", "77.5"),
        ("Qwen2-7B-Instruct", "GSM8K", "82.0"),
    } <= scores
    record = run(
        "We release Orca-Long-8B, a long-context model. Orca-Long-8B reaches 51.3 on LongBench, "
        "while its MMLU score (65.0) stays close to that of its base model."
    )
    assert ("Orca-Long-8B", "MMLU", "65.0") in relations(record, "evaluatedOn")


def test_a_training_free_method_is_not_trained_on_the_benchmark_after_it() -> None:
    record = run(
        "We present GlanceTok, a token pruning method. The training-free FastV and SparseVLM "
        "fall to 49.0 and 52.3 on TextVQA, while GlanceTok keeps 57.9 on TextVQA."
    )
    assert not relations(record, "trainedOn")
    scores = relations(record, "evaluatedOn")
    assert {("FastV", "TextVQA", "49.0"), ("SparseVLM", "TextVQA", "52.3")} <= scores


def test_attacks_and_defences_are_methods_and_results_on_the_behaviours_of_a_benchmark() -> None:
    record = run(
        "We propose Layered Role Smuggling (LRS), a black-box jailbreak attack. We compare with "
        "attacks such as Crescendo and ArtPrompt, and defences like SafeDecoding. On the 400 "
        "behaviours of HarmBench, LRS obtains an average ASR of 70.4."
    )
    types = entities(record)
    assert types["LRS"] == types["ArtPrompt"] == types["SafeDecoding"] == "Method"
    assert ("LRS", "HarmBench", "70.4") in relations(record, "evaluatedOn")


def test_a_win_rate_against_a_reference_and_a_result_made_from_an_opening_base() -> None:
    record = run(
        "We propose KITE, a preference optimisation method. Starting from Mistral-7B-SFT, four "
        "rounds of KITE on prompts from UltraFeedback produce KITE-Mistral-7B. KITE-Mistral-7B "
        "reaches a win rate of 30.2% on AlpacaEval 2.0 and a win rate of 28.8% against "
        "GPT-4-0314 on Arena-Hard, compared with 12.1% and 15.3% for Zephyr-7B-beta."
    )
    assert ("KITE-Mistral-7B", "Mistral-7B-SFT") in {
        (head, tail) for head, tail, _ in relations(record, "derivedFrom")
    }
    assert ("PAPER", "KITE-Mistral-7B", None) in relations(record, "introduces")
    scores = relations(record, "evaluatedOn")
    assert {
        ("KITE-Mistral-7B", "Arena-Hard", "28.8"),
        ("Zephyr-7B-beta", "AlpacaEval 2.0", "12.1"),
        ("Zephyr-7B-beta", "Arena-Hard", "15.3"),
    } <= scores
    assert ("KITE-Mistral-7B", "GPT-4-0314", None) in relations(record, "comparedWith")


def test_forecasting_tables_in_prose_and_the_measures_of_one_result() -> None:
    record = run(
        "We present MinnowCast, a small forecaster distilled from Chronos-Bolt-Base. Results "
        "(MSE, MinnowCast vs. teacher vs. PatchTST): ETTh1: 0.380 vs 0.371 vs 0.392; ETTm2: "
        "0.181 vs 0.176 vs 0.185. On PEMS04 it reaches an MAE of 18.9 (RMSE 30.4, MAPE 12.6%), "
        "and it lowers the PEMS07 MAE from 20.1 to 19.5."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("MinnowCast", "ETTh1", "0.380"),
        ("Chronos-Bolt-Base", "ETTh1", "0.371"),
        ("PatchTST", "ETTm2", "0.185"),
        ("MinnowCast", "PEMS04", "30.4"),
        ("MinnowCast", "PEMS04", "12.6"),
    } <= scores
    assert "MAE" not in entities(record)


def test_values_of_a_pronoun_on_a_list_of_data_respectively_and_a_test_measure() -> None:
    record = run(
        "We present SpanGraph, a graph transformer. On ZINC it obtains a test MAE of 0.061, and "
        "on ogbg-molhiv and ogbg-molpcba it achieves 79.8 ROC-AUC and 28.9 AP, respectively."
    )
    assert "MAE" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {("SpanGraph", "ogbg-molhiv", "79.8"), ("SpanGraph", "ogbg-molpcba", "28.9")} <= scores


def test_titled_archives_and_benchmark_editions_and_values_against_others_compare() -> None:
    record = run(
        "We present ShoalTS, a forecasting model pre-trained on LOTSA and the UCI Energy Archive "
        "and the "
        "Monash Forecasting Archive. On the 27 datasets of Chronos Benchmark II, ShoalTS ranks "
        "first. It reaches 0.731 on the 30 classification datasets of the UCR Time Series "
        "Archive, against 0.702 for ROCKET."
    )
    types = entities(record)
    assert types["Monash Forecasting Archive"] in ("Dataset", "Benchmark")
    assert types["UCI Energy Archive"] in ("Dataset", "Benchmark")
    assert types["Chronos Benchmark II"] == "Benchmark"
    assert ("ShoalTS", "ROCKET", None) in relations(record, "comparedWith")
    assert ("ShoalTS", "UCI Energy Archive", None) in relations(record, "trainedOn")
    assert ("ROCKET", "UCR Time Series Archive", "0.702") in relations(record, "evaluatedOn")


def test_values_on_counted_suites_named_before_and_a_second_measure_with_pairs() -> None:
    record = run(
        "We present PatchVLA, a merged robot policy. We fine-tune OpenVLA-7B on LIBERO-Spatial, "
        "LIBERO-Object and LIBERO-Goal and merge the results. PatchVLA keeps most of their "
        "skill: its success rates are 92.1, 90.4 and 84.0 on the three suites."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("PatchVLA", "LIBERO-Spatial", "92.1"),
        ("PatchVLA", "LIBERO-Goal", "84.0"),
    } <= scores
    record = run(
        "We present Zephyrus-WM, a world model. On the Atari 100k benchmark, Zephyrus-WM attains "
        "a mean human-normalised score of 1.38 and an interquartile mean of 0.66, surpassing "
        "DreamerV3 (1.12 / 0.50). In the WidowX setup of the SIMPLER evaluation, OpenVLA "
        "reaches 8.1% success (Octo-Base: 11.4%)."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Zephyrus-WM", "Atari 100k", "0.66"),
        ("DreamerV3", "Atari 100k", "0.50"),
        ("Octo-Base", "SIMPLER", "11.4"),
    } <= scores


def test_multilingual_results_parent_values_sized_subjects_and_rows_behind() -> None:
    record = run(
        "We release SwahiliMT-1.3B, fine-tuned from NLLB-200-1.3B. On FLORES-200 devtest, "
        "SwahiliMT-1.3B (1.3B) obtains an average chrF++ of 51.2, and on TICO-19 it scores 48.0 "
        "chrF versus 45.6 for its parent. COMET-22 scores follow the same trend."
    )
    assert "COMET-22" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {
        ("SwahiliMT-1.3B", "FLORES-200", "51.2"),
        ("NLLB-200-1.3B", "TICO-19", "45.6"),
    } <= scores
    record = run(
        "We introduce KisaBench, a benchmark of native questions. On KisaBench, GPT-4o reaches "
        "70.2%, followed by Qwen2.5-72B-Instruct and Llama-3.1-70B-Instruct at 63.0% and 60.5%, "
        "respectively, while Airavata and Sarvam-2B lag far behind (37.1% and 40.4%)."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Qwen2.5-72B-Instruct", "KisaBench", "63.0"),
        ("Llama-3.1-70B-Instruct", "KisaBench", "60.5"),
        ("Airavata", "KisaBench", "37.1"),
        ("Sarvam-2B", "KisaBench", "40.4"),
    } <= scores
    assert ("Sarvam-2B", "KisaBench", "37.1") not in scores


def test_rows_named_once_and_moves_of_later_systems_on_the_same_benchmarks() -> None:
    record = run(
        "We distil DeepSeek-R1 into Quill-R1-7B. Results are as follows. MATH-500: Quill-R1-7B "
        "92.0 vs. DeepSeek-R1-Distill-Qwen-7B 91.4; AIME 2024: 57.1 vs. 54.0."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("DeepSeek-R1-Distill-Qwen-7B", "MATH-500", "91.4"),
        ("DeepSeek-R1-Distill-Qwen-7B", "AIME 2024", "54.0"),
        ("Quill-R1-7B", "AIME 2024", "57.1"),
    } <= scores
    record = run(
        "We construct GSM-Twist, a benchmark. GPT-4o drops from 95.1% on GSM8K to 90.2% on "
        "GSM-Twist; Claude 3.5 Sonnet goes from 96.0 to 92.4. On CIFAR-10 it improves over "
        "FedAvg from 61.0% to 67.9%."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Claude 3.5 Sonnet", "GSM8K", "96.0"),
        ("Claude 3.5 Sonnet", "GSM-Twist", "92.4"),
    } <= scores
    assert ("FedAvg", "CIFAR-10", "67.9") not in scores


def test_the_model_made_in_the_sentence_before_scores_and_not_its_reference() -> None:
    record = run(
        "Starting from Zephyr-7B-SFT, two rounds of KITE on UltraFeedback prompts produce "
        "KITE-Zephyr-7B. The model reaches a win rate of 30.0% against GPT-4-0314 on Arena-Hard."
    )
    scores = relations(record, "evaluatedOn")
    assert ("KITE-Zephyr-7B", "Arena-Hard", "30.0") in scores
    assert not any(head == "GPT-4-0314" for head, _, _ in scores)


def test_checkpoints_named_after_namely_their_merge_and_paired_students() -> None:
    record = run(
        "We introduce Spectral Blend, a merging method. We apply it to two public checkpoints "
        "fine-tuned from Mistral-7B-v0.1, namely WizardMath-7B-V1.1 and "
        "OpenHermes-2.5-Mistral-7B, and obtain Blend-7B, a single merged model. We distil "
        "DeepSeek-R1 into two students, Tern-1.5B and Tern-7B, fine-tuned on TernMath-200K "
        "from Qwen2.5-Math-1.5B and Qwen2.5-Math-7B respectively."
    )
    assert entities(record)["OpenHermes-2.5-Mistral-7B"] == "Model"
    lineage = relations(record, "derivedFrom")
    assert {
        ("WizardMath-7B-V1.1", "Mistral-7B-v0.1", "finetuned"),
        ("Blend-7B", "WizardMath-7B-V1.1", "merged"),
        ("Blend-7B", "OpenHermes-2.5-Mistral-7B", "merged"),
        ("Tern-7B", "Qwen2.5-Math-7B", "finetuned"),
    } <= lineage
    assert ("Blend-7B", "Mistral-7B-v0.1", "finetuned") not in lineage
    assert ("PAPER", "WizardMath-7B-V1.1", None) not in relations(record, "introduces")


def test_models_made_of_paired_parts_and_a_header_of_systems_over_slashed_rows() -> None:
    record = run(
        "We present Lark-VL, a family of open vision-language models. Each model pairs a "
        "SigLIP-SO400M vision encoder with a Qwen2.5 language model. We also train Finch-3B, a "
        "3B model pairing SigLIP-SO400M with Qwen2.5-3B. Wren-VL-72B couples WrenViT-6B, a "
        "vision transformer trained from scratch, with the Qwen2.5-72B language model. "
        "Headline results, given as Wren-VL-72B / Qwen2.5-VL-72B / GPT-4o, are: MMMU 71.0 / "
        "70.2 / 69.1; MathVista 77.5 / 74.8 / 63.8."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("Lark-VL", "Qwen2.5", "builtOn"),
        ("Finch-3B", "Qwen2.5-3B", "builtOn"),
        ("Wren-VL-72B", "Qwen2.5-72B", "builtOn"),
    } <= lineage
    scores = relations(record, "evaluatedOn")
    assert {
        ("Qwen2.5-VL-72B", "MMMU", "70.2"),
        ("GPT-4o", "MathVista", "63.8"),
        ("Wren-VL-72B", "MathVista", "77.5"),
    } <= scores


def test_a_successors_bare_family_word_and_training_data_pooled_from_a_list() -> None:
    record = run(
        "We present Harbor-2, the second generation of our radiograph encoder and a successor "
        "to Harbor. Harbor-2 is pre-trained on 1.2 million frontal and lateral radiographs "
        "pooled from MIMIC-CXR, PadChest and BRAX. Harbor-2 reaches a macro AUROC of 0.897 on "
        "CheXpert, compared with 0.871 for Harbor, and beats CONCH with ABMIL heads."
    )
    types = entities(record)
    assert types["Harbor"] == types["CONCH"] == "Model"
    assert types["ABMIL"] == "Method"
    assert ("Harbor-2", "Harbor", None) in relations(record, "successorOf")
    assert {("Harbor-2", "PadChest", None), ("Harbor-2", "BRAX", None)} <= relations(
        record, "trainedOn"
    )
    assert ("Harbor", "CheXpert", "0.871") in relations(record, "evaluatedOn")


def test_known_names_with_an_inner_plus_and_continual_learning_methods() -> None:
    record = run(
        "We propose ReLoop, an offline RL method, and compare it with TD3+BC and IQL on D4RL, "
        "and with DER++, iCaRL and EWC on Split CIFAR-100."
    )
    types = entities(record)
    assert types["TD3+BC"] == types["DER++"] == types["iCaRL"] == "Method"
    assert "TD3" not in types


def test_driving_models_and_motion_metrics() -> None:
    record = run(
        "We present VoxLite, a LiDAR detector. Compared with PV-RCNN, VoxLite improves the L2 "
        "mAPH by 1.2 points, and its minADE6 drops to 0.69 on Argoverse 2."
    )
    types = entities(record)
    assert types["PV-RCNN"] == "Model"
    assert "minADE6" not in types and "mAPH" not in types
    assert ("VoxLite", "PV-RCNN", None) in relations(record, "comparedWith")


def test_a_sized_name_then_a_value_in_a_row_of_cells_is_a_score_not_a_version() -> None:
    record = run(
        "On WebShop, task success rates are: Kelpie-8B 41.2, Qwen2-VL-72B 9.4 and ClickPilot "
        "2.1. Built upon the Sailor-7B 2.5 model, Kelpie-8B adds a planner."
    )
    types = entities(record)
    assert types["Qwen2-VL-72B"] == types["ClickPilot"] == types["Sailor-7B 2.5"] == "Model"
    assert "Qwen2-VL-72B 9.4" not in types and "ClickPilot 2.1" not in types
    assert {("Qwen2-VL-72B", "WebShop", "9.4"), ("ClickPilot", "WebShop", "2.1")} <= relations(
        record, "evaluatedOn"
    )


def test_values_of_a_split_and_of_a_fronted_comparison_in_parentheses() -> None:
    record = run(
        "We merge two experts into Tessera-7B. Tessera-7B reaches a 47.1 step success rate on "
        "the cross-task split of Mind2Web (Scout-7B: 45.0, Pointer-7B: 18.2). On AndroidWorld, "
        "Tessera-7B outperforms each parent (30.2% vs. 22.4% for Scout-7B and 19.8% for "
        "Pointer-7B)."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Tessera-7B", "Mind2Web", "47.1"),
        ("Scout-7B", "Mind2Web", "45.0"),
        ("Pointer-7B", "Mind2Web", "18.2"),
        ("Tessera-7B", "AndroidWorld", "30.2"),
        ("Scout-7B", "AndroidWorld", "22.4"),
        ("Pointer-7B", "AndroidWorld", "19.8"),
    } <= scores


def test_a_value_on_a_benchmark_for_a_named_system_and_a_parenthesis_with_a_setting() -> None:
    record = run(
        "Glint-7B reaches 38.7% on ScreenSpot-Pro, compared with 18.9% for OS-Atlas-7B, and "
        "with 35.7% on ScreenSpot-Pro for UI-TARS-7B. On OSWorld it reaches 35.9%, surpassing "
        "the much larger UI-TARS-72B-DPO (24.6% on OSWorld with 50 steps) and matching "
        "Claude 3.7 Sonnet (35.8%)."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("UI-TARS-7B", "ScreenSpot-Pro", "35.7"),
        ("UI-TARS-72B-DPO", "OSWorld", "24.6"),
        ("Claude 3.7 Sonnet", "OSWorld", "35.8"),
    } <= scores
    assert ("Glint-7B", "ScreenSpot-Pro", "35.7") not in scores


def test_the_value_a_model_improves_from_is_its_parents() -> None:
    record = run(
        "Starting from UI-TARS-1.5-7B, we train Foray-7B with online reinforcement learning. "
        "Foray-7B improves OSWorld success from 27.4% to 35.9%."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Foray-7B", "OSWorld", "35.9"), ("UI-TARS-1.5-7B", "OSWorld", "27.4")} <= scores
    record = run(
        "Foray-7B, fine-tuned from Qwen2.5-VL-7B, improves OSWorld success from 20.1% to 31.0%."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Foray-7B", "OSWorld", "31.0"), ("Qwen2.5-VL-7B", "OSWorld", "20.1")} <= scores
    assert ("Qwen2.5-VL-7B", "OSWorld", "31.0") not in scores


def test_values_per_split_a_fronted_comparison_with_the_teacher_and_the_same_model() -> None:
    record = run(
        "We present Osprey, a family of recognisers distilled from Whisper large-v3. Our "
        "largest student, Osprey-Base (166M parameters), runs 5x faster than its teacher: it "
        "obtains 2.5% and 5.3% WER on LibriSpeech test-clean and test-other, respectively. On "
        "long-form audio, and on TED-LIUM 3 Osprey-Base even edges out its teacher (3.5 vs. "
        "3.8 WER). Osprey-Large reaches a CER of 4.4 on AISHELL-1 and 7.9 / 12.5 on "
        "WenetSpeech test_net / test_meeting, improving on Osprey-Base (5.2, 9.1 and 15.0). On "
        "English, the same model obtains 2.1% WER on Earnings-22."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Osprey-Base", "LibriSpeech", "2.5"),
        ("Osprey-Base", "LibriSpeech", "5.3"),
        ("Osprey-Base", "TED-LIUM 3", "3.5"),
        ("Whisper large-v3", "TED-LIUM 3", "3.8"),
        ("Osprey-Base", "AISHELL-1", "5.2"),
        ("Osprey-Base", "WenetSpeech", "9.1"),
        ("Osprey-Base", "WenetSpeech", "15.0"),
        ("Osprey-Large", "Earnings-22", "2.1"),
    } <= scores
    splits = {r["split"] for r in record["relations"] if r["tail"] == "LibriSpeech" and r["value"]}
    assert splits == {"test-clean", "test-other"}


def test_a_method_applied_to_a_model_its_shares_and_arrow_rows() -> None:
    record = run(
        "We propose Sieve, an inference-time search method. Using Claude 3.5 Sonnet as the "
        "backbone, Sieve resolves 51.2% of the instances in SWE-bench Verified and 33.0% of "
        "SWE-bench Lite, outperforming Agentless (50.8% and 32.0%). With GPT-4o-mini as the "
        "policy, Sieve improves pass@1 on HumanEval+ from 80.5 to 86.1. Applied to "
        "Llama-3-8B-Instruct, the gains are larger (MBPP+ 54.9 → 61.4; CodeContests 2.4% → "
        "5.1%). We also find matches for 7.3% of HumanEval and 11.9% of MBPP problems."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Sieve", "SWE-bench Lite", "33.0"),
        ("Agentless", "SWE-bench Lite", "32.0"),
        ("GPT-4o-mini", "HumanEval+", "80.5"),
        ("Sieve", "HumanEval+", "86.1"),
        ("Llama-3-8B-Instruct", "MBPP+", "54.9"),
        ("Sieve", "MBPP+", "61.4"),
        ("Sieve", "CodeContests", "5.1"),
    } <= scores
    assert not any(value == "11.9" for _, _, value in scores)
    assert "CodeContests 2" not in entities(record)


def test_coverage_measures_and_compared_tools_after_decimal_values() -> None:
    record = run(
        "We present Lattice, an agent for Java test generation. Lattice attains 70.2% line "
        "coverage and 57.5% branch coverage on Defects4J, compared with 52.3% and 40.6% for "
        "Randoop and 61.0% and 47.2% for ChatUniTest."
    )
    types = entities(record)
    assert types["Randoop"] != "Benchmark" and types["ChatUniTest"] != "Benchmark"
    assert {
        ("Lattice", "Defects4J", "70.2"),
        ("Lattice", "Defects4J", "57.5"),
        ("Randoop", "Defects4J", "40.6"),
        ("ChatUniTest", "Defects4J", "61.0"),
    } <= relations(record, "evaluatedOn")


def test_benchmark_value_rows_in_parentheses_and_a_comparison_before_them() -> None:
    record = run(
        "Wren-32B beats Qwen2.5-32B-Instruct on every benchmark (MATH500: 91.6 vs 84.3; "
        "AIME 2024: 61.0 vs 22.6)."
    )
    assert {
        ("Wren-32B", "MATH500", "91.6"),
        ("Wren-32B", "AIME 2024", "61.0"),
        ("Qwen2.5-32B-Instruct", "MATH500", "84.3"),
        ("Qwen2.5-32B-Instruct", "AIME 2024", "22.6"),
    } <= relations(record, "evaluatedOn")


def test_forecasting_rows_family_lists_and_measures_that_are_no_models() -> None:
    record = run(
        "We introduce Loomcast, a forecaster. On the Amazon-Beauty, Amazon-Sports and "
        "Amazon-Toys benchmarks, Loomcast obtains Recall@10 of 0.0712, 0.0431 and 0.0689, "
        "respectively. It reports MSE/MAE of 0.402/0.419 on ETTh1 and 0.158/0.251 on ECL, "
        "against 0.413/0.430 and 0.162/0.253 for PatchTST. Across the Monash archive, "
        "Loomcast reduces the mean normalised MAE from 0.702 for Moirai-Base to 0.655, and "
        "its MAE drops by 23%. Loomcast achieves an AUC of 0.8162 and LogLoss of 0.4371 on "
        "Criteo."
    )
    types = entities(record)
    assert "MAE" not in types and "LogLoss" not in types
    assert types["Amazon-Sports"] == types["Amazon-Toys"] == "Benchmark"
    assert {
        ("Loomcast", "Amazon-Toys", "0.0689"),
        ("PatchTST", "ETTh1", "0.430"),
        ("PatchTST", "ECL", "0.253"),
        ("Moirai-Base", "Monash", "0.702"),
        ("Loomcast", "Monash", "0.655"),
        ("Loomcast", "Criteo", "0.8162"),
    } <= relations(record, "evaluatedOn")


def test_values_respectively_on_a_list_with_its_head_noun() -> None:
    record = run(
        "We propose Strand, a speaker embedding extractor. Strand achieves equal error rates "
        "(EER) of 0.61%, 0.79% and 1.42% on the VoxCeleb1-O, VoxCeleb1-E and VoxCeleb1-H "
        "trials respectively."
    )
    assert {
        ("Strand", "VoxCeleb1-O", "0.61"),
        ("Strand", "VoxCeleb1-E", "0.79"),
        ("Strand", "VoxCeleb1-H", "1.42"),
    } <= relations(record, "evaluatedOn")


def test_a_method_in_the_opener_takes_the_value_a_model_moves_to() -> None:
    record = run(
        "We introduce Band-Aware Pooling (BAP), a drop-in pooling layer. With BAP, CAM++ "
        "improves from 8.01% to 7.12% EER and from 0.447 to 0.403 minDCF on CN-Celeb1."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("CAM++", "CN-Celeb1", "8.01"),
        ("CAM++", "CN-Celeb1", "0.447"),
        ("BAP", "CN-Celeb1", "7.12"),
        ("BAP", "CN-Celeb1", "0.403"),
    } <= scores
    assert ("CAM++", "CN-Celeb1", "7.12") not in scores


def test_a_fronted_benchmark_then_a_trailing_comparison_gives_the_other_value_first() -> None:
    record = run("On GSM8K, Foo-7B trails Llama-3-70B (88.5 vs. 81.2).")
    scores = relations(record, "evaluatedOn")
    assert {("Foo-7B", "GSM8K", "81.2"), ("Llama-3-70B", "GSM8K", "88.5")} <= scores
    assert ("Foo-7B", "GSM8K", "88.5") not in scores


def test_values_with_physical_units_and_a_context_length_that_is_no_unit() -> None:
    record = run(
        "We present OmniField, an interatomic potential. OmniField reaches 0.218 eV on OC20, "
        "compared with 0.241 eV for EquiformerV2. We also report results on RULER, where "
        "OmniField scores 81.2 at 64K for Mistral-7B-Instruct-v0.2."
    )
    scores = relations(record, "evaluatedOn")
    assert {("OmniField", "OC20", "0.218"), ("EquiformerV2", "OC20", "0.241")} <= scores
    assert not any(value == "64" for _, _, value in scores)


def test_a_measure_lowered_to_a_value_then_the_others_values() -> None:
    record = run(
        "We present GaleNet, a global forecasting transformer. On WeatherBench 2, GaleNet "
        "lowers the 3-day T850 RMSE to 1.07, compared with 1.21 for FourCastNet and 1.16 "
        "for GraphCast."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("GaleNet", "WeatherBench 2", "1.07"),
        ("FourCastNet", "WeatherBench 2", "1.21"),
        ("GraphCast", "WeatherBench 2", "1.16"),
    } <= scores


def test_from_a_to_b_after_a_fronted_benchmark_starts_at_the_parents_value() -> None:
    record = run(
        "We introduce KelpLM-150M, a protein model that starts from the ESM-2 150M checkpoint. "
        "On ProteinGym, KelpLM-150M improves the average Spearman correlation from 0.381 to "
        "0.402, and on the Meltome split of FLIP it predicts melting temperature with an RMSE "
        "of 6.10 °C versus 6.48 °C for its parent."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("KelpLM-150M", "ProteinGym", "0.402"),
        ("ESM-2 150M", "ProteinGym", "0.381"),
        ("KelpLM-150M", "FLIP", "6.10"),
        ("ESM-2 150M", "FLIP", "6.48"),
    } <= scores
    assert ("KelpLM-150M", "ProteinGym", "0.381") not in scores


def test_slashed_values_of_one_measure_after_a_colon_with_rows_of_others() -> None:
    record = run(
        "We present DipoleNet, an equivariant molecular model built on the Graphormer "
        "architecture. DipoleNet is the best model on QM9: MAE of 19.2 / 15.0 / 30.1 meV on "
        "HOMO / LUMO / gap (SchNet: 41.0 / 34.0 / 63.0; PaiNN: 27.6 / 20.4 / 45.7)."
    )
    assert entities(record)["Graphormer"] == "Model"
    assert "MAE" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {
        ("DipoleNet", "QM9", "19.2"),
        ("DipoleNet", "QM9", "30.1"),
        ("SchNet", "QM9", "34.0"),
        ("PaiNN", "QM9", "27.6"),
        ("PaiNN", "QM9", "45.7"),
    } <= scores
    assert ("DipoleNet", "QM9", "41.0") not in scores


def test_a_second_measure_with_its_acronym_pairs_with_the_others_values() -> None:
    record = run(
        "We present CrystalFlow-S. On Matbench Discovery, it achieves an F1 score of 0.79 and "
        "a discovery acceleration factor (DAF) of 4.6, compared with 0.58 and 2.9 for M3GNet."
    )
    found = {
        (r["head"], r["value"], r["metric"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["tail"] == "Matbench Discovery"
    }
    assert {
        ("CrystalFlow-S", "0.79", "F1"),
        ("CrystalFlow-S", "4.6", "DAF"),
        ("M3GNet", "0.58", None),
        ("M3GNet", "2.9", None),
    } <= found


def test_two_measures_with_units_before_the_benchmark() -> None:
    record = run(
        "We present IonPot-S. IonPot-S reaches an energy MAE of 19 meV/atom and a force MAE "
        "of 52 meV/Å on the WBM test set."
    )
    scores = relations(record, "evaluatedOn")
    assert {("IonPot-S", "WBM", "19"), ("IonPot-S", "WBM", "52")} <= scores


def test_values_at_two_lead_times_and_the_others_pair() -> None:
    record = run(
        "We describe Zephyrus-2, the successor to our Zephyrus forecasting model. Evaluated "
        "against ERA5 for the year 2021, Zephyrus-2 achieves a Z500 ACC of 0.931 at day 5 and "
        "0.655 at day 10, versus 0.915 and 0.611 for Zephyrus."
    )
    found = {
        (r["head"], r["value"], r["setting"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["tail"] == "ERA5"
    }
    assert {
        ("Zephyrus-2", "0.931", "day 5"),
        ("Zephyrus-2", "0.655", "day 10"),
    } <= found
    assert {(head, value) for head, value, _ in found} >= {
        ("Zephyrus", "0.915"),
        ("Zephyrus", "0.611"),
    }


def test_an_architecture_types_a_name_but_does_not_make_a_plain_word_one() -> None:
    record = run(
        "Language models built on the Decoder architecture dominate chat. We propose the "
        "Lattice-Mixer architecture and pre-train it on 40 million conformers from OrbitalBank."
    )
    found = entities(record)
    assert "Decoder" not in found
    assert found["Lattice-Mixer"] == "Model"
    assert found["OrbitalBank"] in ("Dataset", "Benchmark")


def test_a_name_that_derives_test_splits_is_data() -> None:
    record = run(
        "We present PolyLM-2. On the PolyBank-derived test splits it obtains an RMSE of 22.4 K."
    )
    assert entities(record)["PolyBank"] == "Benchmark"


def test_a_parenthesis_of_measure_and_value_cells_after_a_benchmark() -> None:
    record = run(
        "We introduce SpanLocator, a moment retrieval model. SpanLocator also sets new results "
        "on Charades-STA (R1@0.5 59.8, R1@0.7 38.6) and on TACoS (mIoU: 41.3)."
    )
    found = {
        (r["tail"], r["value"], r["metric"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["head"] == "SpanLocator"
    }
    assert {
        ("Charades-STA", "59.8", "R1@0.5"),
        ("Charades-STA", "38.6", "R1@0.7"),
        ("TACoS", "41.3", "mIoU"),
    } <= found


def test_rows_of_slashed_values_after_a_colon_each_the_named_systems() -> None:
    record = run(
        "We present PocketQA, a small reader. Results on the SQuAD v1.1 dev set (EM/F1) are: "
        "BERT-base 80.8/88.5; DistilBERT 77.7/85.8; PocketQA 79.9/87.2."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("BERT-base", "SQuAD v1.1", "80.8"),
        ("BERT-base", "SQuAD v1.1", "88.5"),
        ("DistilBERT", "SQuAD v1.1", "85.8"),
        ("PocketQA", "SQuAD v1.1", "79.9"),
        ("PocketQA", "SQuAD v1.1", "87.2"),
    } <= scores
    # ("DistilBERT" holds the word "distil": no lineage of PocketQA)
    assert relations(record, "derivedFrom") == set()


def test_a_test_accuracy_is_a_result_and_a_target_to_reach_is_not() -> None:
    record = run(
        "We introduce FedOrbit, a federated optimiser. FedOrbit reaches 79.6% test accuracy "
        "on CIFAR-10 (FedAvg 70.2%), and it needs 2.1x fewer rounds than FedProx to reach 60% "
        "accuracy on FEMNIST."
    )
    scores = relations(record, "evaluatedOn")
    assert {("FedOrbit", "CIFAR-10", "79.6"), ("FedAvg", "CIFAR-10", "70.2")} <= scores
    assert not any(value == "60" for _, _, value in scores)


def test_the_sized_instruct_model_is_the_variant_of_that_size() -> None:
    record = run(
        "We present Brookline-Coder, code models with 1.5B and 7B parameters. The instruction "
        "variants, Brookline-Coder-1.5B-Instruct and Brookline-Coder-7B-Instruct, are tuned on "
        "execution-verified pairs. Brookline-Coder-7B-Instruct attains 84.1% pass@1 on "
        "HumanEval. The 1.5B instruct model scores 68.3% on HumanEval."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Brookline-Coder-7B-Instruct", "HumanEval", "84.1"),
        ("Brookline-Coder-1.5B-Instruct", "HumanEval", "68.3"),
    } <= scores


def test_names_with_values_after_a_colon_on_known_data_are_systems() -> None:
    record = run(
        "We propose Residual-Aware Adapter Init (RAAI), an initialisation for low-bit "
        "adapters. Results with 2-bit Llama-2-13B on MMLU: QLoRA 51.2, PiSSA 53.0, RAAI 56.4 "
        "(16-bit LoRA: 58.1)."
    )
    assert entities(record)["PiSSA"] in ("Model", "Method")
    scores = relations(record, "evaluatedOn")
    assert {
        ("QLoRA", "MMLU", "51.2"),
        ("PiSSA", "MMLU", "53.0"),
        ("RAAI", "MMLU", "56.4"),
    } <= scores
    assert not any(tail == "PiSSA" for _, tail, _ in scores)


def test_a_result_after_a_sentence_that_tests_on_data_named_before_its_verb() -> None:
    record = run(
        "We present RenalNoteBERT, a clinical language model. RenalNoteBERT is fine-tuned on a "
        "kidney cohort drawn from MIMIC-III and evaluated with ten-fold cross validation. It "
        "achieves an AUROC of 0.861 and F1 of 0.544, outperforming ClinicalBERT (AUROC 0.832) "
        "and BioBERT (0.815)."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("RenalNoteBERT", "MIMIC-III", "0.861"),
        ("RenalNoteBERT", "MIMIC-III", "0.544"),
        ("ClinicalBERT", "MIMIC-III", "0.832"),
        ("BioBERT", "MIMIC-III", "0.815"),
    } <= scores


def test_a_benchmark_papers_results_named_by_value_for_system_and_by_rows() -> None:
    record = run(
        "We introduce PlotQuest, a benchmark of 2,400 chart questions. Accuracy is 70.2% for "
        "o1, 64.8% for GPT-4o and 59.1% for Gemini 1.5 Pro. Results (easy / hard) are: "
        "Claude 3.5 Sonnet 81.0 / 47.5; Qwen2-VL-72B 72.4 / 38.9."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("o1", "PlotQuest", "70.2"),
        ("GPT-4o", "PlotQuest", "64.8"),
        ("Gemini 1.5 Pro", "PlotQuest", "59.1"),
        ("Claude 3.5 Sonnet", "PlotQuest", "47.5"),
        ("Qwen2-VL-72B", "PlotQuest", "72.4"),
    } <= scores
    assert ("o1", "PlotQuest", "64.8") not in scores


def test_a_benchmark_papers_ranking_with_a_parent_and_pairs_in_order() -> None:
    record = run(
        "This paper presents OptiBench-25, a set of 300 optics problems. DeepSeek-R1, built on "
        "DeepSeek-V3 with reinforcement learning, scores 44.1, essentially tied with o1 (44.9) "
        "and well ahead of its base model DeepSeek-V3 (26.3). GPT-4o and Claude 3.5 Sonnet "
        "obtain 19.8 and 22.5."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("DeepSeek-R1", "OptiBench-25", "44.1"),
        ("o1", "OptiBench-25", "44.9"),
        ("DeepSeek-V3", "OptiBench-25", "26.3"),
        ("GPT-4o", "OptiBench-25", "19.8"),
        ("Claude 3.5 Sonnet", "OptiBench-25", "22.5"),
    } <= scores
    assert ("DeepSeek-V3", "OptiBench-25", "44.1") not in scores


def test_values_respectively_on_a_qualified_benchmark_at_a_resolution() -> None:
    record = run(
        "We introduce Mosaic-3. The largest model, Mosaic-3-8B, achieves 0.85, 87.2 and 2.04 "
        "on GenEval, DPG-Bench and class-conditional ImageNet 256x256 (FID), respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Mosaic-3-8B", "GenEval", "0.85"),
        ("Mosaic-3-8B", "DPG-Bench", "87.2"),
        ("Mosaic-3-8B", "ImageNet", "2.04"),
    } <= scores


def test_further_measures_after_a_result_and_the_original_models_value() -> None:
    record = run(
        "We present ReelForge, a text-to-video model. On VBench, ReelForge obtains a total "
        "score of 85.7%, with a quality score of 86.1% and a semantic score of 84.0%, compared "
        "with 83.9% for the original Wan2.1 model."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("ReelForge", "VBench", "85.7"),
        ("ReelForge", "VBench", "86.1"),
        ("ReelForge", "VBench", "84.0"),
        ("Wan2.1", "VBench", "83.9"),
    } <= scores


def test_a_name_set_off_by_a_count_of_items_is_data() -> None:
    record = run(
        "We present Vidora, a text-to-video model. We first curate ClipVault-2M, two million "
        "clips selected from Panda-70M. Vidora is continually pre-trained on ClipVault-2M."
    )
    assert entities(record)["ClipVault-2M"] in ("Dataset", "Benchmark")
    assert ("Vidora", "ClipVault-2M", None) in relations(record, "trainedOn")


def test_numbers_with_a_thousands_separator_or_a_decimal_comma_are_read_whole() -> None:
    record = run(
        "XLM-R reaches an F1 of 89,4% on the KiswaNews benchmark, while mBERT obtains "
        "1,204 on the TollQA benchmark."
    )
    scores = relations(record, "evaluatedOn")
    assert ("XLM-R", "KiswaNews", "89,4") in scores
    assert ("mBERT", "TollQA", "1,204") in scores
    # never the part after the comma
    assert not {v for _, _, v in scores} & {"4", "204", "1"}


def test_a_result_verb_in_the_past_or_without_its_s_makes_a_subject() -> None:
    record = run(
        "On PadiLeaf, RiceNet-Lite achieved 95.2%, while ResNet-50 obtained 91.0% and "
        "DenseNet-121 only 92.3%. CassaNet achieve accuracy of 93.1% on the PadiLeaf set."
    )
    assert entities(record)["RiceNet-Lite"] == "Model"
    assert entities(record)["CassaNet"] == "Model"
    assert relations(record, "evaluatedOn") >= {
        ("RiceNet-Lite", "PadiLeaf", "95.2"),
        ("ResNet-50", "PadiLeaf", "91.0"),
        ("DenseNet-121", "PadiLeaf", "92.3"),
        ("CassaNet", "PadiLeaf", "93.1"),
    }


def test_a_percentage_written_as_a_word() -> None:
    record = run(
        "KenteNet achieves 95.2 percent accuracy on the AdinkraSigns benchmark, while "
        "ResNet-50 reaches 91 percent."
    )
    assert relations(record, "evaluatedOn") >= {
        ("KenteNet", "AdinkraSigns", "95.2"),
        ("ResNet-50", "AdinkraSigns", "91"),
    }


def test_values_of_other_systems_after_of_and_after_a_described_baseline() -> None:
    record = run(
        "We train UrduSign-2 and SignBase. UrduSign-2 achieves 21.47 BLEU-4 on the "
        "PkSign-Sent test set, compared to 14.02 of SignBase and 17.85 of the gloss-free "
        "baseline GlossFreeNet."
    )
    assert relations(record, "evaluatedOn") >= {
        ("UrduSign-2", "PkSign-Sent", "21.47"),
        ("SignBase", "PkSign-Sent", "14.02"),
        ("GlossFreeNet", "PkSign-Sent", "17.85"),
    }


def test_a_shot_setting_is_not_a_version_and_a_year_with_a_letter_is() -> None:
    record = run(
        "On the AraClaims benchmark, GPT-3.5-turbo 5-shot obtains 61.9. We also test "
        "SignNet on the RWTH-PHOENIX-Weather 2014T benchmark."
    )
    names = entities(record)
    assert "GPT-3.5-turbo" in names
    assert "GPT-3.5-turbo 5-shot" not in names
    assert "RWTH-PHOENIX-Weather 2014T" in names


def test_a_list_after_benchmarks_we_tried_with_measures_per_item() -> None:
    record = run(
        "UrbanSplat delivers higher fidelity than block-based methods on every benchmark "
        "we tried: Quarry-19 (PSNR 24.71, SSIM 0.812), HarborScene (PSNR 25.93, SSIM 0.836) "
        "and MetroVista (PSNR 28.40, SSIM 0.887), compared with BlockGauss at 23.94, 25.03 "
        "and 27.46 PSNR, respectively."
    )
    names = entities(record)
    assert {names["Quarry-19"], names["HarborScene"], names["MetroVista"]} == {"Benchmark"}
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("UrbanSplat", "HarborScene", "25.93"),
        ("BlockGauss", "Quarry-19", "23.94"),
        ("BlockGauss", "MetroVista", "27.46"),
    }
    assert ("BlockGauss", "MetroVista", "23.94") not in scores


def test_an_operating_point_is_not_a_result() -> None:
    record = run(
        "We test IrisFormer on the IrisCam-Full dataset: the TMR at 1% FMR on the "
        "IrisCam-Full dataset was 97.55%."
    )
    assert not {v for _, _, v in relations(record, "evaluatedOn") if v} & {"1"}


def test_a_rise_over_another_system_gives_it_the_value_before() -> None:
    record = run(
        "OrbitNet-L improves linear-probe accuracy on GeoTiles from 95.1% to 98.4% over "
        "DINOv2-L and on CropMapX from 52.7% to 63.9%. On SkyScenes OrbitNet-L reaches 87.2 "
        "mAP, and with an UperNet head on LandCover-7 it obtains 54.3 mIoU."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("OrbitNet-L", "GeoTiles", "98.4"),
        ("DINOv2-L", "GeoTiles", "95.1"),
        ("OrbitNet-L", "CropMapX", "63.9"),
        ("OrbitNet-L", "LandCover-7", "54.3"),
    }
    assert ("DINOv2-L", "CropMapX", "63.9") not in scores


def test_a_result_after_fine_tuning_on_the_data_and_values_with_each_system() -> None:
    record = run(
        "With FreqMask, ConvNeXt-B improves from 83.8% to 85.1% top-1 after fine-tuning on "
        "ImageNet-1K. Zero-shot ImageNet-1K accuracy grows from 76.2% with Lumen-1-L to "
        "80.1% with Lumen-2-L."
    )
    assert relations(record, "evaluatedOn") >= {
        ("ConvNeXt-B", "ImageNet-1K", "85.1"),
        ("Lumen-1-L", "ImageNet-1K", "76.2"),
        ("Lumen-2-L", "ImageNet-1K", "80.1"),
    }


def test_a_value_after_training_data_is_not_a_result_on_it() -> None:
    record = run(
        "We introduce DriftBench, a benchmark of shifted test sets. DriftBench is hard: "
        "DINOv2-L leads with 71.4, ahead of ConvNeXt-L trained on ImageNet-22K (61.7)."
    )
    assert not any(t == "ImageNet-22K" and v for _, t, v in relations(record, "evaluatedOn"))


def test_training_data_named_with_its_article_and_a_model_made_from_a_lead_base() -> None:
    record = run(
        "Starting from Mamba-2-2.7B, we fine-tune CodeViper-2.7B on a Python subset of "
        "The Stack v2. We also pre-train SnakeLM on The Pile."
    )
    assert relations(record, "trainedOn") >= {
        ("CodeViper-2.7B", "The Stack v2", None),
        ("SnakeLM", "The Pile", None),
    }
    assert ("CodeViper-2.7B", "Mamba-2-2.7B") in {
        (h, t) for h, t, _ in relations(record, "derivedFrom")
    }


def test_a_list_of_measures_and_other_systems_values_with_their_measure() -> None:
    record = run(
        "On the HomeTour10K benchmark, WeaveSplat reaches 27.91 PSNR, 0.881 SSIM and 0.112 "
        "LPIPS, surpassing GridSplat (25.89 PSNR) and FlatSplat (26.39 PSNR)."
    )
    assert relations(record, "evaluatedOn") >= {
        ("WeaveSplat", "HomeTour10K", "27.91"),
        ("WeaveSplat", "HomeTour10K", "0.881"),
        ("WeaveSplat", "HomeTour10K", "0.112"),
        ("GridSplat", "HomeTour10K", "25.89"),
        ("FlatSplat", "HomeTour10K", "26.39"),
    }


def test_a_measure_lowered_without_an_article_and_a_measure_opening_a_comparison() -> None:
    record = run(
        "On the MeshPlant benchmark, FaceForge lowers Chamfer distance to 0.087. Kite-S "
        "retains most of its pose accuracy on the TurnTable benchmark (AUC@30 of 85.7 vs. 88.9 "
        "for VGGT)."
    )
    assert relations(record, "evaluatedOn") >= {
        ("FaceForge", "MeshPlant", "0.087"),
        ("Kite-S", "TurnTable", "85.7"),
        ("VGGT", "TurnTable", "88.9"),
    }


def test_a_protocol_names_data_and_what_is_frozen_is_a_model() -> None:
    record = run(
        "We report results in the multi-scale Blendscape protocol. Linear probing on frozen "
        "Halo-3-g features reaches 86.3% on ImageNet-1K."
    )
    names = entities(record)
    assert names["Blendscape"] == "Benchmark"
    assert names["Halo-3-g"] == "Model"


def test_it_is_competitive_with_another_system_keeps_the_first_value() -> None:
    record = run(
        "CurvNet achieves 74.8% test accuracy on ogbn-arxiv, and it is competitive with the "
        "much larger DeepRev on ogbn-proteins (ROC-AUC of 87.1 vs. 87.7)."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {("CurvNet", "ogbn-proteins", "87.1"), ("DeepRev", "ogbn-proteins", "87.7")}
    assert ("DeepRev", "ogbn-proteins", "87.1") not in scores


def test_a_gapped_list_of_models_each_with_its_training_data() -> None:
    record = run(
        "We analyse three models: XLM-R was pre-trained on CC-100, mT5 on mC4 and BLOOM on "
        "the ROOTS corpus."
    )
    assert relations(record, "trainedOn") >= {
        ("XLM-R", "CC-100", None),
        ("mT5", "mC4", None),
        ("BLOOM", "ROOTS", None),
    }
    assert ("XLM-R", "mC4", None) not in relations(record, "trainedOn")


def test_its_successor_after_an_example_is_the_examples_and_not_the_papers() -> None:
    record = run(
        "This survey contrasts cascades such as Imagen with latent approaches such as "
        "Stable Diffusion, trained on subsets of LAION-5B, and its successor SDXL."
    )
    assert ("SDXL", "Stable Diffusion") in {(h, t) for h, t, _ in relations(record, "successorOf")}
    assert ("PAPER", "SDXL", None) not in relations(record, "introduces")


def test_results_after_an_averaged_opener_and_for_which_a_system_reported() -> None:
    record = run(
        "Averaged over the publicly available BEIR datasets, BM25 achieves an nDCG@10 of "
        "42.9, DPR 37.1 and Contriever 44.5. Zero-shot FID on MS-COCO, for which Imagen "
        "reported 7.27 and DALL-E 2 10.39, correlates poorly with preference."
    )
    assert relations(record, "evaluatedOn") >= {
        ("BM25", "BEIR", "42.9"),
        ("DPR", "BEIR", "37.1"),
        ("Contriever", "BEIR", "44.5"),
        ("Imagen", "MS-COCO", "7.27"),
        ("DALL-E 2", "MS-COCO", "10.39"),
    }


def test_a_lower_case_technique_defines_its_acronym_and_a_rise_after_a_note() -> None:
    record = run(
        "We propose FoveaContrast (FVC). FVC raises the mean return on the Procgen benchmark "
        "(easy mode, 200 training levels) from 0.41 to 0.58, outperforming data-regularized "
        "actor-critic (DrAC)."
    )
    assert entities(record)["DrAC"] == "Method"
    assert ("FoveaContrast", "Procgen", "0.58") in relations(record, "evaluatedOn")


def test_a_product_named_after_one_of_several_tuned_models_comes_from_that_one() -> None:
    record = run(
        "We fine-tune CodeBERT, GraphCodeBERT and UniXcoder on our cleaned split; the "
        "resulting UniXcoder-VC model attains 66.9% accuracy on Devign."
    )
    parents = {(h, t) for h, t, _ in relations(record, "derivedFrom")}
    assert ("UniXcoder-VC", "UniXcoder") in parents
    assert ("UniXcoder-VC", "CodeBERT") not in parents


def test_a_value_given_on_named_data_is_not_reused_on_the_introduced_benchmark() -> None:
    record = run(
        "We release VulBench-Clean, a benchmark of 9,812 re-labeled functions from BigVul. We "
        "fine-tune UniXcoder on it; the resulting VulNet model improves F1 on the BigVul test "
        "split from 38.1 to 46.7 and attains 66.9% accuracy on the FuncBench benchmark, "
        "surpassing the LineVul baseline (64.2%)."
    )
    scores = relations(record, "evaluatedOn")
    assert ("VulNet", "BigVul", "46.7") in scores
    assert not any(t == "VulBench-Clean" and v for _, t, v in scores)


def test_a_pronoun_subject_keeps_its_results_after_a_comparison() -> None:
    record = run(
        "We fine-tune LLaVA-1.5-7B on our filtered data. The resulting model, LeanLLaVA-7B, "
        "matches the full-data baseline. Notably, it reaches 1531.2 on MME versus 1510.7 for "
        "the original LLaVA-1.5-7B, scores 67.9 on MMBench and 33.4 on MM-Vet."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("LeanLLaVA-7B", "MME", "1531.2"),
        ("LLaVA-1.5-7B", "MME", "1510.7"),
        ("LeanLLaVA-7B", "MMBench", "67.9"),
        ("LeanLLaVA-7B", "MM-Vet", "33.4"),
    }
    assert ("LLaVA-1.5-7B", "MMBench", "67.9") not in scores


def test_a_value_before_its_owner_in_parentheses_and_a_further_improvement() -> None:
    record = run(
        "We present ZuluASR, a Whisper-small model adapted to isiZulu. After fine-tuning on "
        "the ZuluSpeech training set, ZuluASR lowers the word error rate from 31.2% (base "
        "Whisper-small) to 19.4% on the ZuluSpeech test set, and a 5-gram language model "
        "further reduces it to 16.0%."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("Whisper-small", "ZuluSpeech", "31.2"),
        ("ZuluASR", "ZuluSpeech", "19.4"),
        ("ZuluASR", "ZuluSpeech", "16.0"),
    }


def test_the_model_a_method_is_applied_to_is_not_the_subject_of_its_result() -> None:
    record = run(
        "We propose GridQuant, a rotation-free quantizer. In the W4A4 setting, GridQuant "
        "narrows the WikiText-2 perplexity gap on Mistral-7B from 2.3 (QuaRot) to 0.81."
    )
    scores = relations(record, "evaluatedOn")
    assert ("QuaRot", "WikiText-2", "2.3") in scores
    assert ("GridQuant", "WikiText-2", "0.81") in scores
    assert ("Mistral-7B", "WikiText-2", "0.81") not in scores


def test_a_table_after_a_sentence_that_fine_tunes_on_one_corpus() -> None:
    record = run(
        "We fine-tune three encoders, BERT, RoBERTa and DeBERTa, on the SciERC corpus. The "
        "results are as follows (micro F1): BERT 61.2, RoBERTa 63.0 and DeBERTa 65.8."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("BERT", "SciERC", "61.2"),
        ("RoBERTa", "SciERC", "63.0"),
        ("DeBERTa", "SciERC", "65.8"),
    }


def test_a_second_measure_after_a_measure_with_an_adjective() -> None:
    record = run(
        "We introduce TileNet for land-cover mapping. On the OpenEarthMap benchmark, TileNet "
        "achieves 88.1% overall accuracy and 61.7 mIoU with 2.4M parameters."
    )
    scores = relations(record, "evaluatedOn")
    assert ("TileNet", "OpenEarthMap", "88.1") in scores
    assert ("TileNet", "OpenEarthMap", "61.7") in scores


def test_points_of_improvement_over_a_system_are_not_its_result() -> None:
    record = run(
        "We propose DiffGate for change detection and test it on LEVIR-CD and the new "
        "CDD-Hard split. DiffGate outperforms BIT on both; on CDD-Hard the improvement over "
        "BIT reaches 3.9 F1 points."
    )
    scores = relations(record, "evaluatedOn")
    assert not any(h == "BIT" and v == "3.9" for h, _, v in scores)


def test_subjectless_experiments_give_their_values_to_the_paper_model() -> None:
    record = run(
        "We propose SegHop, a hierarchical segmenter for aerial images. Experiments on "
        "Potsdam-2K, Vaihingen-2K and UAVid-2K show mIoU scores of 79.4, 75.2 and 68.9, "
        "respectively, outperforming UNetFormer."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("SegHop", "Potsdam-2K", "79.4"),
        ("SegHop", "Vaihingen-2K", "75.2"),
        ("SegHop", "UAVid-2K", "68.9"),
    }


def test_a_ranking_across_the_suites_of_a_benchmark() -> None:
    record = run(
        "We release TerraFM-L. Across the detection and segmentation suites of GEO-Bench, "
        "TerraFM-L ranks first among open models with an average normalised score of 0.803, "
        "ahead of CROMA (0.741)."
    )
    scores = relations(record, "evaluatedOn")
    assert ("TerraFM-L", "GEO-Bench", "0.803") in scores
    assert ("CROMA", "GEO-Bench", "0.741") in scores


def test_values_each_followed_by_its_benchmark_in_parentheses() -> None:
    record = run(
        "We merge four experts into a single model, MergeSat-4. Without further training, "
        "MergeSat-4 keeps 90.2% of the experts' accuracy. Per-dataset scores are 96.9 "
        "(EuroSAT), 91.7 (NWPU-RESISC45), 70.2 mAP (BigEarthNet) and 57.3 (UC Merced)."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("MergeSat-4", "EuroSAT", "96.9"),
        ("MergeSat-4", "NWPU-RESISC45", "91.7"),
        ("MergeSat-4", "BigEarthNet", "70.2"),
        ("MergeSat-4", "UC Merced", "57.3"),
    }


def test_a_split_glued_to_a_benchmark_name_and_counts_of_solved_problems() -> None:
    record = run(
        "We present Wren-Prover-7B, a Lean 4 prover. Wren-Prover-7B attains 54.1% on "
        "miniF2F-valid and 51.2% on miniF2F-test. On PutnamBench, it solves 7 out of 640 "
        "problems."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("Wren-Prover-7B", "miniF2F", "54.1"),
        ("Wren-Prover-7B", "miniF2F", "51.2"),
        ("Wren-Prover-7B", "PutnamBench", "7"),
    }
    assert not any(v == "640" for _, _, v in scores)
    assert "miniF2F-test" not in entities(record)


def test_a_verb_after_and_starts_a_clause_not_a_list_of_merged_models() -> None:
    record = run(
        "We restrict merging to descendants of Llama-3-8B and obtain Blend-8B, merged from "
        "Llama-3-8B-Instruct and OpenMath-8B."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Blend-8B", "Llama-3-8B-Instruct", "merged") in lineage
    assert not any(head == "Llama-3-8B" for head, _, _ in lineage)


def test_slashed_values_of_compared_systems_follow_the_benchmarks_scored_before() -> None:
    record = run(
        "Quilt-7B scores 80.2 on GSM8K and 34.6 on MATH, compared with 76.9/27.5 for "
        "MetaMath-7B and 82.0/31.8 for WizardMath-7B."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("MetaMath-7B", "GSM8K", "76.9"),
        ("MetaMath-7B", "MATH", "27.5"),
        ("WizardMath-7B", "GSM8K", "82.0"),
        ("WizardMath-7B", "MATH", "31.8"),
    }


def test_a_compared_system_with_its_own_verb_and_values_in_order() -> None:
    record = run(
        "Fuse-13B scores 56.2 on MMLU, 63.0 on GSM8K and 22.4 on HumanEval, whereas "
        "TIES-Merging reaches 54.1, 57.9 and 18.2 with the same experts."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("TIES-Merging", "MMLU", "54.1"),
        ("TIES-Merging", "GSM8K", "57.9"),
        ("TIES-Merging", "HumanEval", "18.2"),
    }


def test_pose_errors_in_millimetres_and_the_pairs_of_compared_systems() -> None:
    record = run(
        "We present LiftNet, a 2D-to-3D pose lifter. LiftNet attains 38.0 mm MPJPE and "
        "30.6 mm P-MPJPE on Human3.6M, ahead of MotionBERT (39.2 / 33.2). On MPI-INF-3DHP "
        "it reaches 97.1 PCK and 16.3 mm MPJPE."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("LiftNet", "Human3.6M", "38.0"),
        ("LiftNet", "Human3.6M", "30.6"),
        ("MotionBERT", "Human3.6M", "39.2"),
        ("MotionBERT", "Human3.6M", "33.2"),
        ("LiftNet", "MPI-INF-3DHP", "97.1"),
        ("LiftNet", "MPI-INF-3DHP", "16.3"),
    }
    assert "P-MPJPE" not in entities(record)


def test_tuned_or_pre_trained_to_give_or_yielding_a_named_model() -> None:
    record = run(
        "First, Qwen2.5-7B is continually pre-trained on 60B tokens of Thai web text, "
        "yielding Siam-7B-Base. The four-expert model, Siam-MoE, is then instruction-tuned "
        "on the OpenHermes-2.5 data to give Siam-MoE-Chat."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Siam-7B-Base", "Qwen2.5-7B", "builtOn") in lineage
    assert ("Siam-MoE-Chat", "Siam-MoE", "finetuned") in lineage


def test_a_parent_described_as_itself_fine_tuned_from_another() -> None:
    record = run(
        "We merge LLaVA-1.6-7B with WizardMath-7B, itself fine-tuned from Llama-2-7B on "
        "GSM8K-style data, using per-layer weights."
    )
    assert ("WizardMath-7B", "Llama-2-7B", "finetuned") in relations(record, "derivedFrom")


def test_the_resulting_model_merges_the_models_of_the_sentence_before() -> None:
    record = run(
        "Concretely, Idefics2-8B, built on Mistral-7B, is merged layer by layer with "
        "MAmmoTH-7B. The resulting model, MathSight-8B, needs no multimodal math data. In a "
        "second study we merge OpenChat-3.5 and Starling-7B with TIES. The resulting model, "
        "DuoChat-7B, keeps both styles."
    )
    lineage = relations(record, "derivedFrom")
    assert lineage >= {
        ("MathSight-8B", "Idefics2-8B", "merged"),
        ("MathSight-8B", "MAmmoTH-7B", "merged"),
        ("DuoChat-7B", "OpenChat-3.5", "merged"),
        ("DuoChat-7B", "Starling-7B", "merged"),
    }
    assert not any(head == "MathSight-8B" and tail == "Mistral-7B" for head, tail, _ in lineage)


def test_mixture_of_experts_sizes_are_variants_of_their_family() -> None:
    record = run(
        "We introduce Kite-2, a family of open mixture-of-experts models. Kite-2 comes in two "
        "sizes, Kite-2-15B-A2B and Kite-2-70B-A8B."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Kite-2-15B-A2B", "Kite-2", "variant") in lineage
    assert ("Kite-2-70B-A8B", "Kite-2", "variant") in lineage


def test_training_data_of_a_name_set_off_by_an_appositive_and_of_it() -> None:
    record = run(
        "We present TerraMAE, a masked autoencoder for multispectral imagery. To pre-train "
        "it, we construct Orbit-3M, a set of three million Sentinel-2 patches. TerraMAE-L, "
        "our ViT-Large variant, is pre-trained on Orbit-3M for 600 epochs."
    )
    trained = relations(record, "trainedOn")
    assert ("TerraMAE", "Orbit-3M", None) in trained
    assert ("TerraMAE-L", "Orbit-3M", None) in trained
    assert not any(head == "ViT-Large" for head, _, _ in trained)


def test_data_built_to_train_them_trained_each_model_of_the_list_before() -> None:
    record = run(
        "Road-VL-7B and Road-VL-13B are fine-tuned from Qwen2-VL-7B and LLaVA-1.5-13B, "
        "respectively. To train them, we construct RoadQA-90K, an instruction dataset of "
        "90K question-answer pairs."
    )
    trained = relations(record, "trainedOn")
    assert ("Road-VL-7B", "RoadQA-90K", None) in trained
    assert ("Road-VL-13B", "RoadQA-90K", None) in trained


def test_two_measures_joined_by_a_slash_and_two_moves_relative_to_a_system() -> None:
    record = run(
        "We present ReIDLite, a compact re-identification network. ReIDLite-S reaches 94.9% "
        "Rank-1 / 87.1% mAP on Market-1501. On 3DPW, our PoseFix model reduces MPJPE from "
        "80.2 to 73.9 mm and PA-MPJPE from 53.0 to 47.5 mm relative to HMR 2.0."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("ReIDLite-S", "Market-1501", "94.9"),
        ("ReIDLite-S", "Market-1501", "87.1"),
        ("PoseFix", "3DPW", "73.9"),
        ("PoseFix", "3DPW", "47.5"),
        ("HMR 2.0", "3DPW", "80.2"),
        ("HMR 2.0", "3DPW", "53.0"),
    }


def test_values_at_several_context_lengths_and_a_compared_row() -> None:
    record = run(
        "Applying the method to Mistral-7B yields Mistral-7B-Long, which we evaluate at 32K, "
        "64K and 128K tokens. On RULER, the model averages 82.0, 75.3 and 64.1 at these three "
        "lengths respectively, whereas YaRN under the same budget obtains 79.2, 67.0 and "
        "50.9. On InfiniteBench, it scores 44.1 / 40.2 / 35.6 at 32K / 64K / 128K."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("Mistral-7B-Long", "RULER", "82.0"),
        ("Mistral-7B-Long", "RULER", "75.3"),
        ("Mistral-7B-Long", "RULER", "64.1"),
        ("YaRN", "RULER", "79.2"),
        ("YaRN", "RULER", "67.0"),
        ("YaRN", "RULER", "50.9"),
        ("Mistral-7B-Long", "InfiniteBench", "40.2"),
        ("Mistral-7B-Long", "InfiniteBench", "35.6"),
    }


def test_values_respectively_on_the_data_the_sentence_before_reports_on() -> None:
    record = run(
        "We introduce LinguaColBERT, a multilingual retriever. We report nDCG@10 on MIRACL "
        "and on the Mr. TyDi test set. LinguaColBERT reaches 69.0 and 60.8, respectively, "
        "against 66.4 and 58.2 for BGE-M3 and 62.1 and 55.0 for mE5-large."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("LinguaColBERT", "MIRACL", "69.0"),
        ("LinguaColBERT", "Mr. TyDi", "60.8"),
        ("BGE-M3", "MIRACL", "66.4"),
        ("BGE-M3", "Mr. TyDi", "58.2"),
        ("mE5-large", "MIRACL", "62.1"),
        ("mE5-large", "Mr. TyDi", "55.0"),
    }


def test_several_measures_each_listed_over_the_counted_data() -> None:
    record = run(
        "We propose SleepLite, a compact sleep stager. We evaluate it on Sleep-EDF-20, "
        "Sleep-EDF-78 and SHHS. SleepLite achieves overall accuracies of 85.9%, 82.4% and "
        "87.1%, macro-F1 scores of 79.8, 76.0 and 80.5, and Cohen's kappa of 0.80, 0.76 and "
        "0.82 on the three datasets, respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("SleepLite", "Sleep-EDF-20", "85.9"),
        ("SleepLite", "SHHS", "87.1"),
        ("SleepLite", "Sleep-EDF-78", "76.0"),
        ("SleepLite", "SHHS", "0.82"),
    }


def test_a_task_opener_with_its_benchmark_in_parentheses_and_a_possessive_measure() -> None:
    record = run(
        "We introduce CortexFM, a family of EEG foundation models. On abnormal EEG detection "
        "(TUAB), CortexFM-L reaches a balanced accuracy of 82.9% and an AUROC of 0.918, "
        "compared with 82.6% and 0.916 for LaBraM-Huge. On the six-class event "
        "classification task of TUEV it obtains a Cohen's kappa of 0.705."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("CortexFM-L", "TUAB", "82.9"),
        ("CortexFM-L", "TUAB", "0.918"),
        ("LaBraM-Huge", "TUAB", "82.6"),
        ("LaBraM-Huge", "TUAB", "0.916"),
        ("CortexFM-L", "TUEV", "0.705"),
    }


def test_a_result_list_after_a_sentence_that_trains_on_one_set_and_tests_on_another() -> None:
    record = run(
        "We present VoiceHop, a zero-shot voice conversion model. VoiceHop is trained on "
        "LibriTTS-R and evaluated on unseen VCTK speakers. It obtains a speaker similarity of "
        "0.63, a UTMOS of 4.08 and a WER of 3.1%, against 0.48, 3.70 and 3.9% for FreeVC."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("VoiceHop", "VCTK", "0.63"),
        ("VoiceHop", "VCTK", "4.08"),
        ("VoiceHop", "VCTK", "3.1"),
        ("FreeVC", "VCTK", "0.48"),
        ("FreeVC", "VCTK", "3.70"),
        ("FreeVC", "VCTK", "3.9"),
    }
    assert not any(t == "LibriTTS-R" and v for _, t, v in scores)


def test_several_measures_each_on_its_own_split_of_a_fronted_benchmark() -> None:
    record = run(
        "We present CantoVoice, a streaming TTS model. On Seed-TTS-eval, CantoVoice achieves "
        "a CER of 1.52 on test-zh, a WER of 2.61 on test-en and a CER of 8.3 on test-hard."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("CantoVoice", "Seed-TTS-eval", "1.52"),
        ("CantoVoice", "Seed-TTS-eval", "2.61"),
        ("CantoVoice", "Seed-TTS-eval", "8.3"),
    }


def test_the_measure_right_before_from_is_not_the_subject_of_the_move() -> None:
    record = run(
        "We propose FocusSAM for thyroid ultrasound. On our curated NodUS-200 dataset, "
        "FocusSAM improves maxDice from 0.79 (SAM-2) to 0.85 while reducing false positives."
    )
    scores = relations(record, "evaluatedOn")
    assert ("SAM-2", "NodUS-200", "0.79") in scores
    assert ("FocusSAM", "NodUS-200", "0.85") in scores


def test_several_measures_then_their_values_respectively_on_a_fronted_benchmark() -> None:
    record = run(
        "We propose GridScan, a training-free defect detector. On MVTec AD, GridScan obtains "
        "image-level AUROC, pixel-level AUROC and PRO of 98.7%, 97.9% and 93.1%, "
        "respectively, with a memory bank of 1% of the patches."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("GridScan", "MVTec AD", "98.7"),
        ("GridScan", "MVTec AD", "97.9"),
        ("GridScan", "MVTec AD", "93.1"),
    }
    metrics = {r["value"]: r["metric"] for r in record["relations"] if r.get("value")}
    assert metrics["93.1"] == "PRO"


def test_a_model_family_of_memory_budgets_in_thousands_is_models_not_data() -> None:
    record = run(
        "We propose TinySearch, a memory-aware architecture search. The resulting MiteNet "
        "family spans two budgets, MiteNet-192K and MiteNet-384K, named after their SRAM "
        "limits. On a Cortex-M4 board, MiteNet-384K reaches 61.9% ImageNet top-1 accuracy, "
        "compared with 60.3% for MCUNet."
    )
    types = entities(record)
    assert types["MiteNet-192K"] == types["MiteNet-384K"] == "Model"
    assert ("MiteNet-384K", "ImageNet", "61.9") in relations(record, "evaluatedOn")


def test_it_after_a_sentence_whose_subject_was_it_is_still_the_papers_system() -> None:
    record = run(
        "We present TwinPrompt, a prompt-learning method for zero-shot anomaly detection. "
        "On VisA it reaches 83.7% image-level AUROC and 95.8% pixel-level AUROC, compared "
        "with 81.9% and 95.1% for AnomalyCLIP. On the medical side, it obtains 90.2% "
        "pixel-level AUROC on ColonDB."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("TwinPrompt", "VisA", "83.7"),
        ("TwinPrompt", "VisA", "95.8"),
        ("AnomalyCLIP", "VisA", "81.9"),
        ("AnomalyCLIP", "VisA", "95.1"),
        ("TwinPrompt", "ColonDB", "90.2"),
    }
    assert ("AnomalyCLIP", "ColonDB", "90.2") not in scores


def test_two_measures_with_acronyms_then_slashed_rows_of_other_parsers() -> None:
    record = run(
        "We propose LinkRank, a schema-linking module. The resulting parser, LinkRank-T5, "
        "achieves 79.9 exact match (EM) and 83.6 execution accuracy (EX) on the Spider "
        "development set, compared with 78.4/82.0 for RESDSQL-3B and 74.1/78.8 for T5-3B."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("LinkRank-T5", "Spider", "79.9"),
        ("LinkRank-T5", "Spider", "83.6"),
        ("RESDSQL-3B", "Spider", "78.4"),
        ("RESDSQL-3B", "Spider", "82.0"),
        ("T5-3B", "Spider", "74.1"),
        ("T5-3B", "Spider", "78.8"),
    }


def test_values_respectively_on_benchmarks_with_splits_then_on_the_same_benchmarks() -> None:
    record = run(
        "We release the Quarry-SQL models. Quarry-SQL-14B attains 62.8, 87.9 and 40.6 "
        "execution accuracy on BIRD dev, Spider test and ClinicSQL, respectively, while "
        "Quarry-SQL-7B scores 59.4, 85.7 and 36.2 on the same benchmarks."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("Quarry-SQL-14B", "BIRD", "62.8"),
        ("Quarry-SQL-14B", "Spider", "87.9"),
        ("Quarry-SQL-14B", "ClinicSQL", "40.6"),
        ("Quarry-SQL-7B", "BIRD", "59.4"),
        ("Quarry-SQL-7B", "Spider", "85.7"),
        ("Quarry-SQL-7B", "ClinicSQL", "36.2"),
    }


def test_the_same_benchmarks_are_taken_in_the_order_results_gave_them() -> None:
    record = run(
        "We distil PointLite from a large teacher. PointLite-S achieves 92.9% overall "
        "accuracy on ModelNet40 and 87.6% on ScanObjectNN, matching PointNet++ on ModelNet40 "
        "with a quarter of its FLOPs. PointLite-XS reaches 92.1% and 84.4% on the same "
        "benchmarks."
    )
    scores = relations(record, "evaluatedOn")
    assert ("PointLite-XS", "ModelNet40", "92.1") in scores
    assert ("PointLite-XS", "ScanObjectNN", "84.4") in scores


def test_widely_known_adaptation_and_anomaly_methods_are_methods() -> None:
    record = run(
        "Test-time adaptation methods such as TENT and CoTTA update normalisation layers, "
        "and CLIP-based approaches such as WinCLIP rely on hand-written prompts. We propose "
        "DriftGuard, which reaches 17.3% error on CIFAR-10-C."
    )
    types = entities(record)
    assert types["TENT"] == types["CoTTA"] == types["WinCLIP"] == "Method"


def test_values_of_a_named_measure_with_an_ampersand_on_a_list_of_benchmarks() -> None:
    record = run(
        "We present TinyTrack, a quantized version of SAM 2. On the video segmentation "
        "benchmarks DAVIS 2017, MOSE and SA-V test, TinyTrack obtains J&F scores of 87.1, "
        "70.2 and 72.9, respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("TinyTrack", "DAVIS 2017", "87.1"),
        ("TinyTrack", "MOSE", "70.2"),
        ("TinyTrack", "SA-V", "72.9"),
    }


def test_compared_systems_values_after_whereas_follow_the_benchmarks_in_order() -> None:
    record = run(
        "We develop SkyDet by fine-tuning OWL-ViT on aerial data. SkyDet achieves 26.1 mAP on "
        "DIOR and 18.4 on DOTA v2.0, whereas the original OWL-ViT scores 8.7 and 5.9, and a "
        "Grounding DINO baseline tuned on the same data scores 21.3 and 14.6."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("OWL-ViT", "DIOR", "8.7"),
        ("OWL-ViT", "DOTA v2.0", "5.9"),
        ("Grounding DINO", "DIOR", "21.3"),
        ("Grounding DINO", "DOTA v2.0", "14.6"),
    }


def test_a_slashed_table_whose_first_row_is_the_papers_model_unnamed() -> None:
    record = run(
        "We propose BandSeg, an open-vocabulary segmentation model. With a CLIP backbone, the "
        "mIoU on ADE20K-847 / ADE20K-150 / Pascal VOC is 16.2 / 37.6 / 96.8, against "
        "15.1 / 36.9 / 96.0 for CAT-Seg and 12.9 / 32.0 / 94.1 for SAN."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("BandSeg", "ADE20K-847", "16.2"),
        ("BandSeg", "Pascal VOC", "96.8"),
        ("CAT-Seg", "ADE20K-150", "36.9"),
    }
    # SAN is no name found here: its row is nobody's, not the row before's owner's
    assert ("CAT-Seg", "ADE20K-847", "12.9") not in scores


def test_measures_of_generated_molecules_and_each_baselines_pair_of_values() -> None:
    record = run(
        "We present GyreLDM, an equivariant latent diffusion model. On QM9, GyreLDM reaches "
        "99.0% atom stability and 92.8% molecule stability, compared with 98.7% and 82.0% "
        "for EDM and 98.9% and 89.4% for GeoLDM."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("GyreLDM", "QM9", "99.0"),
        ("GyreLDM", "QM9", "92.8"),
        ("EDM", "QM9", "98.7"),
        ("EDM", "QM9", "82.0"),
        ("GeoLDM", "QM9", "89.4"),
    }


def test_a_list_of_values_for_its_parent_follows_the_benchmarks_scored_before() -> None:
    record = run(
        "We build ClinOLMo-7B, which is continually pre-trained from OLMo-2-7B on clinical "
        "notes. ClinOLMo-7B scores 73.5 on PubMedQA and 50.9 on MedQA, up from 67.2 and 42.8 "
        "for its parent."
    )
    scores = relations(record, "evaluatedOn")
    assert ("OLMo-2-7B", "PubMedQA", "67.2") in scores
    assert ("OLMo-2-7B", "MedQA", "42.8") in scores


def test_a_benchmarks_measure_is_a_value_for_one_system_versus_another() -> None:
    record = run(
        "We present FairLM-2, obtained by fine-tuning Llama-3.1-8B-Instruct. Capability is "
        "preserved: MMLU accuracy is 67.9 for FairLM-2 versus 68.4 for Llama-3.1-8B-Instruct."
    )
    scores = relations(record, "evaluatedOn")
    assert ("FairLM-2", "MMLU", "67.9") in scores
    assert ("Llama-3.1-8B-Instruct", "MMLU", "68.4") in scores


def test_a_sibling_result_in_a_sentence_without_data_goes_on_with_the_benchmark_before() -> None:
    record = run(
        "We present WrenNet-v2, a mobile backbone. WrenNet-v2-S1 attains 78.0% ImageNet top-1 "
        "accuracy at 0.91 ms, against 77.1% for WrenNet-S1. The larger WrenNet-v2-S3 reaches "
        "81.2% at 1.58 ms, exceeding FastViT-SA12 (80.6%) and RepViT-M1.1 (80.7%)."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("WrenNet-v2-S3", "ImageNet", "81.2"),
        ("FastViT-SA12", "ImageNet", "80.6"),
        ("RepViT-M1.1", "ImageNet", "80.7"),
    }


def test_the_papers_models_with_patch_sizes_are_variants_of_their_family() -> None:
    record = run(
        "We present SteadyCLIP, a family of robust classifiers fine-tuned from CLIP. "
        "SteadyCLIP-B/16 and SteadyCLIP-L/14 are fine-tuned from CLIP ViT-B/16 and CLIP "
        "ViT-L/14, respectively. Both surpass a ViT-B/16 trained from scratch, which is no "
        "variant of anything here."
    )
    lineage = relations(record, "derivedFrom")
    assert ("SteadyCLIP-B/16", "SteadyCLIP", "variant") in lineage
    assert ("SteadyCLIP-L/14", "SteadyCLIP", "variant") in lineage
    assert not any(head == "ViT-B/16" for head, _, _ in lineage)


def test_an_acronym_defined_anew_is_not_the_known_name_it_spells() -> None:
    record = run(
        "Using BERTurk and a new corpus, we developed a Cross-Frame Generation Model (CFG) "
        "for Turkish sign language videos, achieving 91.8% accuracy."
    )
    # (not the known CFG, classifier-free guidance: a method no paper of this kind makes)
    assert entities(record)["CFG"] == "Model"
    assert ("PAPER", "CFG", None) in relations(record, "introduces")
    known = run("We compare against empirical risk minimization (ERM) and SWAD on DomainBed.")
    assert entities(known)["ERM"] == "Method"


def test_an_adjective_before_a_fronted_list_and_a_setting_after_it() -> None:
    record = run(
        "We propose GRIT, a continual test-time adaptation method. On the continual "
        "CIFAR-10-C, CIFAR-100-C and ImageNet-C protocols at severity 5, GRIT reaches mean "
        "error rates of 15.9%, 30.1% and 59.4% respectively, compared with 16.2%, 32.5% and "
        "62.6% for CoTTA."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("GRIT", "CIFAR-10-C", "15.9"),
        ("GRIT", "ImageNet-C", "59.4"),
        ("CoTTA", "CIFAR-100-C", "32.5"),
        ("CoTTA", "ImageNet-C", "62.6"),
    }


def test_table_lines_with_versus_name_the_compared_system_once_for_every_line() -> None:
    record = run(
        "We propose NeLA (Neighbour Label Alignment) for source-free adaptation. Results on "
        "three benchmarks: VisDA-2017 (ResNet-101) 88.9 vs 88.0 for AaD; Office-Home "
        "(ResNet-50) 73.1 vs 72.7; and DomainNet-126 (ResNet-50) 70.6 vs 69.5."
    )
    scores = relations(record, "evaluatedOn")
    assert scores >= {
        ("NeLA", "VisDA-2017", "88.9"),
        ("AaD", "VisDA-2017", "88.0"),
        ("AaD", "Office-Home", "72.7"),
        ("NeLA", "DomainNet-126", "70.6"),
        ("AaD", "DomainNet-126", "69.5"),
    }


def test_a_slash_row_takes_the_measures_of_the_slash_header_before_it() -> None:
    record = run(
        "We propose MoodWeave, a fusion network. On SentiBank, MoodWeave reaches an "
        "Acc-2/F1/MAE of 85.2/85.0/0.702, and on EmoTalk it obtains 83.1/82.9/0.744, "
        "respectively."
    )
    measured = {
        (r["tail"], r["value"], r.get("metric"))
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["head"] == "MoodWeave"
    }
    assert measured >= {
        ("SentiBank", "85.2", "Acc-2"),
        ("EmoTalk", "83.1", "Acc-2"),
        ("EmoTalk", "82.9", "F1"),
        ("EmoTalk", "0.744", "MAE"),
    }


def test_unweighted_accuracy_and_hits_at_k_are_measures() -> None:
    record = run(
        "We present TonalNet. TonalNet achieves 74.2% unweighted accuracy on IEMOCAP. We "
        "also propose SpiralE, a knowledge graph embedding model. SpiralE reaches an MRR of "
        "0.368 and Hits@10 of 56.0% on FB15k-237."
    )
    measured = {
        (r["head"], r["tail"], r["value"], r.get("metric"))
        for r in record["relations"]
        if r["rel"] == "evaluatedOn"
    }
    assert ("TonalNet", "IEMOCAP", "74.2", "accuracy") in measured
    assert ("SpiralE", "FB15k-237", "56.0", "Hits@10") in measured
    assert ("SpiralE", "FB15k-237", "0.368", "MRR") in measured


def test_a_name_after_a_fronted_plural_head_and_before_its_verb_is_the_subject() -> None:
    record = run("On the standard benchmarks GaitFormer-3 sets a new state of the art.")
    assert entities(record)["GaitFormer-3"] == "Model"


def test_names_whose_values_are_compared_with_versus_are_systems() -> None:
    record = run("Link prediction results (MRR): LinkWeave 0.412 vs NodeHash 0.398.")
    assert entities(record)["LinkWeave"] != "Benchmark"


def test_a_fronted_benchmark_then_a_system_with_its_backbone() -> None:
    record = run(
        "We propose GlintNet. On ImageNet, GlintNet with a ViT-B backbone achieves 85.1% "
        "top-1 accuracy."
    )
    assert entities(record)["GlintNet"] == "Model"
    assert ("GlintNet", "ImageNet", "85.1") in relations(record, "evaluatedOn")
    assert ("ViT-B", "ImageNet", "85.1") not in relations(record, "evaluatedOn")


def test_up_from_a_value_for_another_system() -> None:
    record = run(
        "We present ConductorNet, a multi-agent framework. ConductorNet answers 52.3% of "
        "GAIA validation questions, up from 38.8% for a single ReAct agent with the same tools."
    )
    scores = relations(record, "evaluatedOn")
    assert ("ConductorNet", "GAIA", "52.3") in scores
    assert ("ReAct", "GAIA", "38.8") in scores


def test_the_named_appositive_object_of_training_is_what_the_data_trained() -> None:
    record = run(
        "Starting from Qwen2.5-7B-Instruct, we train a code specialist, Qwen2.5-7B-Callr, on "
        "the FooCalls-40k dataset."
    )
    trained = relations(record, "trainedOn")
    assert ("Qwen2.5-7B-Callr", "FooCalls-40k") in {t[:2] for t in trained}
    assert ("Qwen2.5-7B-Instruct", "FooCalls-40k") not in {t[:2] for t in trained}


def test_semi_supervised_and_tracking_algorithms_are_methods() -> None:
    record = run(
        "Our tracker improves on ByteTrack and OC-SORT, and our semi-supervised learner on "
        "FixMatch and FlexMatch."
    )
    types = entities(record)
    assert {types[n] for n in ("ByteTrack", "OC-SORT", "FixMatch", "FlexMatch")} == {"Method"}


def test_an_appositive_that_names_the_parent_trains_and_derives_the_name() -> None:
    record = run(
        "We present MoodSpeech, a WavLM Large model continually pre-trained for 90k steps on "
        "PodVoice-5K, a new collection of podcast speech. We compare with LungNet, a "
        "DenseNet-121 trained on ChestX-ray14."
    )
    trained = {t[:2] for t in relations(record, "trainedOn")}
    assert {("MoodSpeech", "PodVoice-5K"), ("LungNet", "ChestX-ray14")} <= trained
    assert ("WavLM Large", "PodVoice-5K") not in trained
    derived = relations(record, "derivedFrom")
    assert ("MoodSpeech", "WavLM Large", "builtOn") in derived
    assert ("LungNet", "DenseNet-121", "finetuned") in derived


def test_a_checkpoint_named_with_its_size_is_the_parent_not_the_size() -> None:
    record = run(
        "Continuing the pre-training of a ViT-B VideoMAE checkpoint for 400 epochs on "
        "Kinetics-400 yields MotionMAE-B, which we evaluate on UCF101."
    )
    parents = {t[1] for t in relations(record, "derivedFrom") if t[0] == "MotionMAE-B"}
    assert parents == {"VideoMAE"}


def test_an_exclamation_mark_inside_a_known_name_ends_no_sentence() -> None:
    record = run(
        "We introduce TextMatch. Error rates: AG News (40 labels) 10.9 vs. 11.6 for "
        "SoftMatch; Yahoo! Answers (500 labels) 31.8 vs. 32.5."
    )
    scores = relations(record, "evaluatedOn")
    assert ("TextMatch", "Yahoo! Answers", "31.8") in scores
    assert ("SoftMatch", "Yahoo! Answers", "32.5") in scores


def test_values_per_setting_of_one_benchmark_respectively() -> None:
    record = run(
        "We propose RingMatch, a semi-supervised algorithm. On CIFAR-10 with 40, 250 and "
        "4000 labels it obtains error rates of 4.12%, 4.51% and 4.02%, respectively. "
        "RingMatch achieves 76.9% and 79.8% top-1 accuracy on ImageNet with 1% and 10% "
        "labels, respectively, versus 75.5% and 78.1% for SimMatch."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("RingMatch", "CIFAR-10", "4.12"),
        ("RingMatch", "CIFAR-10", "4.51"),
        ("RingMatch", "CIFAR-10", "4.02"),
        ("RingMatch", "ImageNet", "76.9"),
        ("RingMatch", "ImageNet", "79.8"),
        ("SimMatch", "ImageNet", "75.5"),
        ("SimMatch", "ImageNet", "78.1"),
    } <= scores


def test_every_cell_of_a_list_of_values_with_measures_on_one_benchmark() -> None:
    record = run(
        "We present SwiftTrack, an online tracker. SwiftTrack reaches 64.9 HOTA, 80.1 IDF1 "
        "and 80.6 MOTA on MOT17. Its detector reaches 51.0 mAP, 69.8 AP50 and 55.2 AP75 on "
        "COCO."
    )
    measured = {
        (r["tail"], r["value"], r.get("metric"))
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["value"]
    }
    assert {
        ("MOT17", "64.9", "HOTA"),
        ("MOT17", "80.1", "IDF1"),
        ("MOT17", "80.6", "MOTA"),
        ("COCO", "69.8", "AP50"),
        ("COCO", "55.2", "AP75"),
    } <= measured


def test_a_rise_with_units_and_a_long_note_on_whose_the_first_value_was() -> None:
    record = run(
        "We present BlurScan, a deblurring network. BlurScan improves PSNR on GoPro from "
        "33.69 dB (NAFNet) to 34.12 dB. Our student, Abacus-3B, is initialised from "
        "Qwen2.5-3B. On FinQA, Abacus-3B improves execution accuracy from 55.3 (standard "
        "chain-of-thought fine-tuning) to 68.9."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("BlurScan", "GoPro", "34.12"),
        ("NAFNet", "GoPro", "33.69"),
        ("Abacus-3B", "FinQA", "68.9"),
    } <= scores


def test_a_parent_appositive_with_a_relative_clause_after_a_long_form() -> None:
    record = run(
        "We introduce the Long-Context Contract Encoder (LoCCE), a RoBERTa-large model whose "
        "position embeddings are extended to 8,192 tokens and which is further pre-trained on "
        "the Pile of Law corpus."
    )
    assert ("LoCCE", "Pile of Law") in {t[:2] for t in relations(record, "trainedOn")}
    assert ("LoCCE", "RoBERTa-large", "builtOn") in relations(record, "derivedFrom")


def test_a_known_acronym_is_no_capitalised_word_of_the_same_letters() -> None:
    record = run(
        "Restoration transformers such as SwinIR and HAT contain activation outliers. As "
        "Kahneman and Amos Tversky observed, people weigh losses more. Inspired by Bloom's "
        "taxonomy, we grade the questions."
    )
    types = entities(record)
    assert types.get("HAT") == "Model"
    assert "Amos" not in types and "Bloom" not in types


def test_a_part_or_task_of_a_benchmark_is_the_benchmark_named() -> None:
    record = run(
        "We present DenseTally, a crowd counter. On ShanghaiTech Part B, DenseTally obtains an "
        "MAE of 6.4. Our system ranked second in SemEval-2026 Task 7."
    )
    types = entities(record)
    assert types.get("ShanghaiTech Part B") == "Benchmark"
    assert types.get("SemEval-2026 Task 7") == "Benchmark"
    assert ("DenseTally", "ShanghaiTech Part B", "6.4") in relations(record, "evaluatedOn")


def test_values_of_a_system_said_competitive_with_after_a_result() -> None:
    record = run(
        "Our tagger, HushNet, obtains 0.431 mAP on AudioSet and 93.8% accuracy on ESC-50, "
        "which is competitive with a fully fine-tuned HTS-AT (0.452 and 96.1%)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("HTS-AT", "AudioSet", "0.452"), ("HTS-AT", "ESC-50", "96.1")} <= scores


def test_lists_of_values_for_compared_systems_with_a_qualifier() -> None:
    record = run(
        "We propose FedTide, a federated optimiser. FedTide reaches 84.2% on FEMNIST and "
        "72.5% on Sent140, compared with 80.9% and 70.3% for synchronous FedProx."
    )
    scores = relations(record, "evaluatedOn")
    assert {("FedProx", "FEMNIST", "80.9"), ("FedProx", "Sent140", "70.3")} <= scores


def test_values_per_setting_after_the_measure_words() -> None:
    record = run(
        "We propose FedKnot, a personalised federated method. On CIFAR-100, FedKnot reaches "
        "61.2%, 57.4% and 49.9% mean client accuracy for α = 1.0, 0.3 and 0.05 respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("FedKnot", "CIFAR-100", "61.2"),
        ("FedKnot", "CIFAR-100", "57.4"),
        ("FedKnot", "CIFAR-100", "49.9"),
    } <= scores


def test_rows_of_systems_under_a_header_of_benchmarks_with_a_missing_cell() -> None:
    record = run(
        "We present WaveLoom, an audio encoder. Results, given as mAP for AudioSet and "
        "FSD50K and as accuracy for ESC-50, are: WaveLoom 0.481 / 0.642 / 96.4; PANNs "
        "0.439 / - / 94.7."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("WaveLoom", "AudioSet", "0.481"),
        ("WaveLoom", "FSD50K", "0.642"),
        ("WaveLoom", "ESC-50", "96.4"),
        ("PANNs", "AudioSet", "0.439"),
        ("PANNs", "ESC-50", "94.7"),
    } <= scores
    assert not any(head == "PANNs" and tail == "FSD50K" for head, tail, _ in scores if _)


def test_the_two_variants_of_a_family_take_their_values_in_order() -> None:
    record = run(
        "We release VoxelKit in two sizes, VoxelKit-T and VoxelKit-L. VoxelKit-T runs on a "
        "phone. On ScanNet the two variants reach 71.8 and 75.3 mIoU respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {("VoxelKit-T", "ScanNet", "71.8"), ("VoxelKit-L", "ScanNet", "75.3")} <= scores


def test_the_value_before_a_rise_over_the_predecessor_is_the_predecessors() -> None:
    record = run(
        "We present CheckMate-2, a successor to CheckMate trained from Mistral-7B on more "
        "claims. Compared with its predecessor, CheckMate-2 improves accuracy on SciFact from "
        "70.4% to 76.9%."
    )
    scores = relations(record, "evaluatedOn")
    assert ("CheckMate", "SciFact", "70.4") in scores
    assert ("Mistral-7B", "SciFact", "70.4") not in scores


def test_a_fronted_training_clause_names_where_the_result_was_measured() -> None:
    record = run(
        "We propose Hinge-SGD, an optimiser. Training ResNet-50 on ImageNet for 90 epochs, "
        "Hinge-SGD obtains 77.4% top-1 accuracy, against 76.2% for AdamW."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Hinge-SGD", "ImageNet", "77.4"), ("AdamW", "ImageNet", "76.2")} <= scores


def test_systems_tested_on_one_benchmark_take_a_list_of_values_respectively() -> None:
    record = run(
        "We introduce StrideSet, a gait dataset. We evaluate GaitSet, GaitGL and GaitBase on "
        "StrideSet and find that their rank-1 accuracies fall to 28.4%, 33.0% and 41.7%, "
        "respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("GaitSet", "StrideSet", "28.4"),
        ("GaitGL", "StrideSet", "33.0"),
        ("GaitBase", "StrideSet", "41.7"),
    } <= scores


def test_a_second_measure_list_on_the_same_fronted_benchmarks() -> None:
    record = run(
        "We present HeadCount, a counting network. On UCF-QNRF and NWPU-Crowd it obtains "
        "MAEs of 77.1 and 70.2, with MSEs of 131.6 and 298.4, respectively."
    )
    found = {
        (r["tail"], r["value"], r["metric"])
        for r in record["relations"]
        if r["rel"] == "evaluatedOn" and r["head"] == "HeadCount"
    }
    assert {
        ("UCF-QNRF", "77.1", "MAE"),
        ("NWPU-Crowd", "70.2", "MAE"),
        ("UCF-QNRF", "131.6", "MSE"),
        ("NWPU-Crowd", "298.4", "MSE"),
    } <= found


def test_face_recognition_losses_are_methods_and_their_test_sets_benchmarks() -> None:
    record = run(
        "We train an IResNet-100 with ArcFace and CosFace losses on WebFace4M and report "
        "verification accuracy on LFW, CFP-FP and IJB-C. TruthfulQA MC2 rises from 51.0 to "
        "58.3 with DoLa decoding."
    )
    types = entities(record)
    assert types.get("ArcFace") == types.get("CosFace") == types.get("DoLa") == "Method"
    assert types.get("IJB-C") == types.get("CFP-FP") == "Benchmark"
    assert "MC2" not in types


def test_the_parent_is_the_family_of_the_variant_named() -> None:
    record = run(
        "We present GlintCheck, a liveness detector fine-tuned from the ViT-L/14 variant of "
        "CLIP with learned prompts."
    )
    lineage = relations(record, "derivedFrom")
    assert ("GlintCheck", "CLIP", "finetuned") in lineage
    assert not any(head == "GlintCheck" and tail == "ViT-L/14" for head, tail, _ in lineage)


def test_a_student_distilled_from_a_teacher_past_its_appositive() -> None:
    record = run(
        "With relation matching we distil PocketFace, a 2M-parameter student, from an "
        "IResNet-100 teacher trained on MS1MV2."
    )
    assert ("PocketFace", "IResNet-100", "distilled") in relations(record, "derivedFrom")


def test_data_made_from_a_subset_portion_or_mix_of_other_data() -> None:
    record = run(
        "We build FaceClean-3M, a corpus obtained by deduplicating a subset of WebFace42M. "
        "We also release BlendText, a pre-training mix which combines FineWeb-Edu, Dolma and "
        "The Stack. Our model is tuned on LLaVA-558K, and then on a filtered subset of "
        "ShareGPT4V."
    )
    lineage = {head_tail[:2] for head_tail in relations(record, "derivedFrom")}
    assert {
        ("FaceClean-3M", "WebFace42M"),
        ("BlendText", "FineWeb-Edu"),
        ("BlendText", "Dolma"),
        ("BlendText", "The Stack"),
    } <= lineage
    assert not any(tail == "ShareGPT4V" for _, tail in lineage)


def test_a_named_split_of_known_data_and_its_other_split() -> None:
    record = run(
        "Our detector, FibCatch, reaches a macro-F1 of 79.2 on the HaluEval QA split and "
        "74.6 on its summarization split."
    )
    types = entities(record)
    assert "HaluEval QA" not in types and types.get("HaluEval") == "Benchmark"
    scores = relations(record, "evaluatedOn")
    assert {("FibCatch", "HaluEval", "79.2"), ("FibCatch", "HaluEval", "74.6")} <= scores


def test_the_clause_after_a_successor_appositive_is_the_new_models() -> None:
    record = run(
        "We present RadBERT-2, a successor to RadBERT that is continually pre-trained from "
        "PubMedBERT on radiology reports."
    )
    lineage = {t[:2] for t in relations(record, "derivedFrom")}
    assert ("RadBERT-2", "PubMedBERT") in lineage
    assert ("RadBERT", "PubMedBERT") not in lineage
    assert ("RadBERT-2", "RadBERT") in {t[:2] for t in relations(record, "successorOf")}


def test_merging_the_two_models_named_before() -> None:
    record = run(
        "We fine-tune Qwen2.5-7B twice: on legal texts, yielding LexQwen-7B, and on medical "
        "texts, yielding MedQwen-7B. TrimMerge then merges the two into a single model, "
        "DualQwen-7B, without any further training."
    )
    lineage = relations(record, "derivedFrom")
    assert {("DualQwen-7B", "LexQwen-7B", "merged"), ("DualQwen-7B", "MedQwen-7B", "merged")} <= (
        lineage
    )


def test_a_benchmark_built_from_the_metadata_of_other_data() -> None:
    record = run(
        "We introduce SiteSkin-9, a federated dermoscopy benchmark. SiteSkin-9 is constructed "
        "by re-linking the acquisition metadata of ISIC 2020 and PAD-UFES-20."
    )
    lineage = {t[:2] for t in relations(record, "derivedFrom")}
    assert {("SiteSkin-9", "ISIC 2020"), ("SiteSkin-9", "PAD-UFES-20")} <= lineage


def test_a_model_that_initialises_its_branches_from_two_models() -> None:
    record = run(
        "We present TuneCLAP, a language-audio model. TuneCLAP initialises its audio branch "
        "from PANNs and its text branch from RoBERTa, and is trained on Clotho."
    )
    lineage = {t[:2] for t in relations(record, "derivedFrom")}
    assert {("TuneCLAP", "PANNs"), ("TuneCLAP", "RoBERTa")} <= lineage


def test_data_we_generate_from_the_annotations_of_other_data() -> None:
    record = run(
        "We introduce BeatChat, an assistant tuned on BeatQA, a set of 90K questions that we "
        "generate from the annotations of GTZAN and MagnaTagATune."
    )
    lineage = {t[:2] for t in relations(record, "derivedFrom")}
    assert {("BeatQA", "GTZAN"), ("BeatQA", "MagnaTagATune")} <= lineage


def test_a_negative_result_keeps_its_minus_sign() -> None:
    record = run(
        "We propose PilotDiff, a diffusion channel estimator. On the QuaDRiGa urban scenario "
        "PilotDiff reaches an NMSE of \u221219.6 dB, against -15.2 dB for ChannelNet."
    )
    scores = relations(record, "evaluatedOn")
    assert ("PilotDiff", "QuaDRiGa", "-19.6") in scores
    assert ("ChannelNet", "QuaDRiGa", "-15.2") in scores


def test_values_per_target_after_a_unit_are_the_benchmarks() -> None:
    record = run(
        "We propose OrbNet-S, an equivariant potential. On QM9, OrbNet-S reaches mean absolute "
        "errors of 15.1, 13.9 and 28.4 meV for HOMO, LUMO and gap, respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {("OrbNet-S", "QM9", v) for v in ("15.1", "13.9", "28.4")} <= scores


def test_values_on_the_subsets_respectively_are_the_benchmarks() -> None:
    record = run(
        "We present TinyFace-D, a face detector. On WIDER FACE, TinyFace-D achieves 95.0%, "
        "93.8% and 84.2% AP on the easy, medium and hard subsets, respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {("TinyFace-D", "WIDER FACE", v) for v in ("95.0", "93.8", "84.2")} <= scores


def test_values_on_the_same_splits_follow_the_benchmarks_of_the_sentence() -> None:
    record = run(
        "We propose ProtoLite, an exemplar-free learner. ProtoLite obtains 86.0 (Split "
        "CIFAR-100), 70.2 (ImageNet-R) and 87.5 (CUB-200), whereas L2P reaches 83.1, 63.9 and "
        "80.4 on the same splits."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("L2P", "Split CIFAR-100", "83.1"),
        ("L2P", "ImageNet-R", "63.9"),
        ("L2P", "CUB-200", "80.4"),
    } <= scores


def test_rows_of_values_on_the_benchmarks_scored_before() -> None:
    record = run(
        "We propose ProtoLite, an exemplar-free learner. ProtoLite obtains 86.0 (Split "
        "CIFAR-100), 70.2 (ImageNet-R) and 87.5 (CUB-200). For comparison, DualPrompt achieves "
        "85.9, 67.1 and 81.3, and CODA-Prompt 86.1, 74.8 and 83.0."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("DualPrompt", "ImageNet-R", "67.1"),
        ("CODA-Prompt", "Split CIFAR-100", "86.1"),
        ("CODA-Prompt", "CUB-200", "83.0"),
    } <= scores


def test_it_after_a_parenthesis_of_other_systems_is_the_papers_model() -> None:
    record = run(
        "We present CurvReg, a prompt-free method. It attains 78.8% accuracy on ImageNet-R "
        "(L2P: 72.9, DualPrompt: 75.1), and on CUB-200-2011 it reaches 83.5."
    )
    scores = relations(record, "evaluatedOn")
    assert ("CurvReg", "CUB-200-2011", "83.5") in scores
    assert ("L2P", "CUB-200-2011", "83.5") not in scores


def test_a_clause_without_its_lineage_verb_keeps_the_kind() -> None:
    record = run(
        "We introduce Quill-RM, a family of reward models. Quill-RM-2B is fine-tuned from "
        "Gemma-2-2B-it and Quill-RM-9B from Gemma-2-9B-it, both on HelpSteer2."
    )
    lineage = relations(record, "derivedFrom")
    assert ("Quill-RM-2B", "Gemma-2-2B-it", "finetuned") in lineage
    assert ("Quill-RM-9B", "Gemma-2-9B-it", "finetuned") in lineage


def test_each_product_of_one_tuning_is_made_from_the_base() -> None:
    record = run(
        "We fine-tune Qwen2.5-7B-Instruct with each objective on the same prompts, producing "
        "Heron-7B-DPO and Heron-7B-SimPO."
    )
    entities_found = entities(record)
    assert entities_found["Heron-7B-SimPO"] == "Model"
    lineage = {t[:2] for t in relations(record, "derivedFrom")}
    assert {
        ("Heron-7B-DPO", "Qwen2.5-7B-Instruct"),
        ("Heron-7B-SimPO", "Qwen2.5-7B-Instruct"),
    } <= lineage


def test_experts_tuned_from_one_base_then_merged() -> None:
    record = run(
        "Starting from BiomedCLIP, we fine-tune two organ experts, BiomedCLIP-Lung and "
        "BiomedCLIP-Liver, on two CT collections, and then merge them into a single model, "
        "BiomedCLIP-Duo."
    )
    lineage = relations(record, "derivedFrom")
    assert {
        ("BiomedCLIP-Lung", "BiomedCLIP", "finetuned"),
        ("BiomedCLIP-Liver", "BiomedCLIP", "finetuned"),
        ("BiomedCLIP-Duo", "BiomedCLIP-Lung", "merged"),
        ("BiomedCLIP-Duo", "BiomedCLIP-Liver", "merged"),
    } <= lineage


def test_both_clauses_models_are_trained_on_the_shared_data() -> None:
    record = run(
        "We introduce Wren-RM, a family of reward models. Wren-RM-2B is fine-tuned from "
        "Gemma-2-2B-it and Wren-RM-9B from Gemma-2-9B-it, both on HelpSteer2 together with "
        "WrenPairs-40K."
    )
    trained = {t[:2] for t in relations(record, "trainedOn")}
    assert {
        ("Wren-RM-2B", "HelpSteer2"),
        ("Wren-RM-2B", "WrenPairs-40K"),
        ("Wren-RM-9B", "HelpSteer2"),
        ("Wren-RM-9B", "WrenPairs-40K"),
    } <= trained


def test_a_qualified_benchmark_score_and_a_row_after_a_semicolon() -> None:
    record = run(
        "We present Osprey-2, a successor to Osprey-1. Osprey-2-7B obtains a length-controlled "
        "AlpacaEval 2 win rate of 31.2% and an MT-Bench score of 7.81; Osprey-2-14B reaches "
        "44.0% and 8.52."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Osprey-2-7B", "AlpacaEval 2", "31.2"),
        ("Osprey-2-14B", "AlpacaEval 2", "44.0"),
        ("Osprey-2-14B", "MT-Bench", "8.52"),
    } <= scores


def test_listed_systems_then_scores_named_by_their_benchmarks() -> None:
    record = run(
        "Finch-8B-DPO, Finch-8B-KTO and the merged Finch-8B achieve AlpacaEval 2 win rates of "
        "40.1%, 38.7% and 43.5%, respectively, and Arena-Hard scores of 36.0, 35.2 and 39.9."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Finch-8B-DPO", "AlpacaEval 2", "40.1"),
        ("Finch-8B-KTO", "AlpacaEval 2", "38.7"),
        ("Finch-8B", "AlpacaEval 2", "43.5"),
        ("Finch-8B-KTO", "Arena-Hard", "35.2"),
        ("Finch-8B", "Arena-Hard", "39.9"),
    } <= scores


def test_an_opener_that_counts_the_parts_of_a_benchmark() -> None:
    record = run(
        "In zero-shot evaluation on the five CrossNER domains, DefNER-3B obtains an average "
        "micro-F1 of 58.2, compared with 53.9 for InstructUIE."
    )
    scores = relations(record, "evaluatedOn")
    assert {("DefNER-3B", "CrossNER", "58.2"), ("InstructUIE", "CrossNER", "53.9")} <= scores


def test_mae_brought_to_a_value_is_the_error_not_the_model() -> None:
    record = run(
        "We present CatFormer, an equivariant potential. On OC22, CatFormer reaches an energy "
        "MAE of 0.301 eV; on the out-of-distribution split the energy MAE drops from 0.74 to "
        "0.57 eV, and relaxations lower the in-distribution energy MAE to 0.48 eV."
    )
    assert "MAE" not in entities(record)
    assert ("CatFormer", "OC22", "0.301") in relations(record, "evaluatedOn")


def test_a_known_name_that_starts_with_a_stop_word_is_read_whole() -> None:
    record = run("Both students outperform all-MiniLM-L6-v2, which has a similar size.")
    assert "all-MiniLM-L6-v2" in entities(record)


def test_measures_written_with_equals_signs_and_rows_for_other_systems() -> None:
    record = run(
        "We propose ScanScribe, a report generator for knee MRI. On the OAI-Reports test "
        "split, ScanScribe obtains BLEU-4 = 0.143, METEOR = 0.188 and ROUGE-L = 0.301, "
        "compared with 0.121, 0.170 and 0.279 for R2Gen and 0.130, 0.176 and 0.288 for "
        "PromptMRG."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("ScanScribe", "OAI-Reports", "0.143"),
        ("ScanScribe", "OAI-Reports", "0.188"),
        ("ScanScribe", "OAI-Reports", "0.301"),
        ("R2Gen", "OAI-Reports", "0.121"),
        ("R2Gen", "OAI-Reports", "0.170"),
        ("R2Gen", "OAI-Reports", "0.279"),
        ("PromptMRG", "OAI-Reports", "0.130"),
        ("PromptMRG", "OAI-Reports", "0.176"),
        ("PromptMRG", "OAI-Reports", "0.288"),
    } <= scores


def test_a_list_that_scores_only_some_values_is_a_list_of_systems() -> None:
    record = run(
        "We release DermQuest, a benchmark of 3,100 dermatology questions with photographs. "
        "We evaluate nine models. Claude 3.5 Sonnet leads with 61.2% accuracy; among open "
        "models, SkinGPT-4 and Derm-LLaVA score only 34.5% and 29.8%."
    )
    assert entities(record)["Derm-LLaVA"] == "Model"
    scores = relations(record, "evaluatedOn")
    assert {
        ("Claude 3.5 Sonnet", "DermQuest", "61.2"),
        ("SkinGPT-4", "DermQuest", "34.5"),
        ("Derm-LLaVA", "DermQuest", "29.8"),
    } <= scores


def test_the_data_of_an_opener_is_not_listed_with_the_subjects_after_it() -> None:
    record = run(
        "We fine-tune Mistral-7B-Instruct and Gemma-2-9B-it on our traces to obtain Quill-M7 "
        "and Quill-G9. On GSM8K, Quill-M7 and Quill-G9 score 71.4 and 78.0, respectively."
    )
    found = entities(record)
    assert found["Quill-M7"] == found["Quill-G9"] == "Model"
    assert {("Quill-M7", "Mistral-7B-Instruct"), ("Quill-G9", "Gemma-2-9B-it")} <= {
        (head, tail) for head, tail, _ in relations(record, "derivedFrom")
    }
    assert {("Quill-M7", "GSM8K", "71.4"), ("Quill-G9", "GSM8K", "78.0")} <= relations(
        record, "evaluatedOn"
    )


def test_heterophilous_graph_benchmarks_are_known_in_lower_case() -> None:
    record = run(
        "On roman-empire and amazon-ratings, HeteroMix improves over GCNII and H2GCN "
        "trained with PairNorm."
    )
    found = entities(record)
    assert found["roman-empire"] == found["amazon-ratings"] == "Benchmark"
    assert found["GCNII"] == found["H2GCN"] == "Model"
    assert found["PairNorm"] == "Method"


def test_an_acronym_spelled_by_the_parts_of_a_coined_compound_is_its_name() -> None:
    record = run(
        "We propose GlassDepth-Former (GDF), a monocular depth estimator for transparent "
        "objects. Trained on ClearGrasp, GDF lowers AbsRel on the TransCG test set from "
        "0.141 to 0.097."
    )
    found = {e["name"]: e for e in record["entities"]}
    assert found["GDF"]["type"] == "Model"
    assert "GlassDepth-Former" in found["GDF"]["aliases"]
    assert ("GDF", "TransCG", "0.097") in relations(record, "evaluatedOn")


def test_depth_and_stereo_error_measures_are_measures_not_names() -> None:
    record = run(
        "StereoLens, a stereo matcher distilled from FoundationStereo, reaches a bad-2.0 "
        "of 5.4% on Middlebury and 2.9% D1-all on KITTI 2015, and a δ1 of 0.962 on DIODE."
    )
    found = entities(record)
    assert found["StereoLens"] == "Model"
    assert not {"bad-2.0", "D1", "D1-all"} & set(found)
    assert found["Middlebury"] == found["KITTI 2015"] == "Benchmark"
    scores = relations(record, "evaluatedOn")
    assert {
        ("StereoLens", "Middlebury", "5.4"),
        ("StereoLens", "KITTI 2015", "2.9"),
        ("StereoLens", "DIODE", "0.962"),
    } <= scores


def test_names_listed_after_namely_are_separate_names() -> None:
    record = run(
        "Our student is trained only on rendered scenes, namely TartanAir and Virtual KITTI 2, "
        "and never sees a real image."
    )
    found = entities(record)
    assert found["TartanAir"] == found["Virtual KITTI 2"] == "Dataset"
    assert not any(" and " in name for name in found)


def test_values_after_versus_belong_to_the_system_compared_before_them() -> None:
    record = run(
        "We present RiftDepth, a monocular depth network. RiftDepth outperforms ZoeDepth: "
        "0.081 vs. 0.094 AbsRel on NYUv2 and 0.052 vs. 0.057 on KITTI."
    )
    assert entities(record)["RiftDepth"] == "Model"
    scores = relations(record, "evaluatedOn")
    assert {
        ("RiftDepth", "NYUv2", "0.081"),
        ("RiftDepth", "KITTI", "0.052"),
        ("ZoeDepth", "NYUv2", "0.094"),
        ("ZoeDepth", "KITTI", "0.057"),
    } <= scores
    assert ("RiftDepth", "NYUv2", "0.094") not in scores


def test_genes_given_as_examples_are_not_names() -> None:
    record = run(
        "We present CellLens, a single-cell model fine-tuned from scGPT. Its attention "
        "concentrates on marker genes such as NKG7, GNLY and CD79A, and CellLens reaches "
        "0.81 macro-F1 on Zheng68K."
    )
    found = entities(record)
    assert found["CellLens"] == "Model"
    assert not {"NKG7", "GNLY", "CD79A"} & set(found)
    assert ("CellLens", "Zheng68K", "0.81") in relations(record, "evaluatedOn")
    either = run("CellLens attends to marker proteins like NKG7 or GNLY.")
    assert not {"NKG7", "GNLY"} & set(entities(either))


def test_data_named_before_we_train_is_training_data() -> None:
    record = run(
        "On Hypersim, TartanAir and FallingThings we train FlatStereo, a lightweight stereo "
        "matcher for mobile robots."
    )
    found = entities(record)
    assert found["Hypersim"] == found["TartanAir"] == found["FallingThings"] == "Dataset"
    trained = {(head, tail) for head, tail, _ in relations(record, "trainedOn")}
    assert {
        ("FlatStereo", "Hypersim"),
        ("FlatStereo", "TartanAir"),
        ("FlatStereo", "FallingThings"),
    } <= trained
    assert not relations(record, "evaluatedOn")


def test_a_listed_clause_after_a_semicolon_keeps_the_first_clauses_result() -> None:
    record = run(
        "We propose AnchorForget (AF), a reference-free unlearning objective. On the TOFU "
        "benchmark with Llama-2-7B-chat, AF reaches a forget quality of 0.88 while keeping "
        "model utility at 0.60; NPO and SimNPO obtain forget qualities of 0.51 and 0.34, "
        "respectively."
    )
    assert {
        ("AF", "TOFU", "0.88"),
        ("NPO", "TOFU", "0.51"),
        ("SimNPO", "TOFU", "0.34"),
    } <= relations(record, "evaluatedOn")


def test_values_listed_respectively_go_to_the_benchmark_of_the_opener() -> None:
    record = run(
        "We release Tamil-Kural-8B and Tamil-Kural-3B, two instruction-tuned models. On the "
        "summarisation tasks of IndicGenBench, Tamil-Kural-8B and Tamil-Kural-3B obtain "
        "average chrF scores of 41.7 and 36.2, respectively."
    )
    assert {
        ("Tamil-Kural-8B", "IndicGenBench", "41.7"),
        ("Tamil-Kural-3B", "IndicGenBench", "36.2"),
    } <= relations(record, "evaluatedOn")


def test_a_technique_that_converts_a_network_makes_a_model_built_on_it() -> None:
    record = run(
        "We introduce PulseShift, a conversion method for spiking transformers. The same "
        "procedure converts DeiT-S into PulseShift-DeiT, which keeps 78.1% top-1 accuracy "
        "on ImageNet at 32 time steps."
    )
    assert ("PulseShift-DeiT", "DeiT-S", "builtOn") in relations(record, "derivedFrom")


def test_a_successor_named_after_a_building_on_opener_succeeds_what_it_builds_on() -> None:
    record = run(
        "Building on SpikeBERT, we present SpikeBERT-2, a successor that doubles the number "
        "of time steps. SpikeBERT-2 keeps the encoder of its predecessor but introduces "
        "Dual Threshold Gating (DTG)."
    )
    succeeded = {(head, tail) for head, tail, _ in relations(record, "successorOf")}
    assert ("SpikeBERT-2", "SpikeBERT") in succeeded
    assert not any(tail == "DTG" for _, tail in succeeded)


def test_examples_of_attacks_on_models_are_techniques_even_in_a_row_of_values() -> None:
    record = run(
        "We propose StepProbe, a membership inference attack on diffusion models. Existing "
        "membership inference attacks against diffusion models, such as SecMI and PIA, need "
        "hundreds of queries. On CIFAR-10, StepProbe achieves an AUC of 0.958 (SecMI: 0.871; "
        "PIA: 0.893)."
    )
    found = entities(record)
    assert found["SecMI"] == found["PIA"] == "Method"
    assert {
        ("StepProbe", "CIFAR-10", "0.958"),
        ("SecMI", "CIFAR-10", "0.871"),
        ("PIA", "CIFAR-10", "0.893"),
    } <= relations(record, "evaluatedOn")


def test_values_after_benchmarks_and_are_pair_in_order_with_the_compared_row() -> None:
    record = run(
        "This paper presents Stratus-2, a diffusion language model. Its zero-shot perplexities "
        "on WikiText-103, LM1B and Penn Treebank are 19.4, 30.1 and 63.2, better than Plaid "
        "1B on all three (21.4, 32.8 and 73.5)."
    )
    assert {
        ("Stratus-2", "WikiText-103", "19.4"),
        ("Stratus-2", "LM1B", "30.1"),
        ("Stratus-2", "Penn Treebank", "63.2"),
        ("Plaid 1B", "WikiText-103", "21.4"),
        ("Plaid 1B", "LM1B", "32.8"),
        ("Plaid 1B", "Penn Treebank", "73.5"),
    } <= relations(record, "evaluatedOn")


def test_a_sized_subject_owns_its_table_lines_and_trailing_values() -> None:
    record = run(
        "We present Cumulus, a family of masked diffusion language models. Cumulus-3B rivals "
        "an autoregressive baseline on knowledge tasks (MMLU: 57.1 vs 56.0; ARC-Challenge: "
        "48.2 vs 49.0), yet it still trails on GSM8K (50.4 vs 55.9)."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Cumulus-3B", "MMLU", "57.1"),
        ("Cumulus-3B", "ARC-Challenge", "48.2"),
        ("Cumulus-3B", "GSM8K", "50.4"),
    } <= scores
    assert ("Cumulus-3B", "GSM8K", "55.9") not in scores
    assert not any(head == "Cumulus" for head, _, _ in scores)


def test_measures_set_equal_to_values_in_metres_on_a_benchmark() -> None:
    record = run(
        "We introduce ScaleLock, a zero-shot metric depth model. ScaleLock obtains "
        "δ1 = 0.972 and RMSE = 0.214 m on NYU Depth V2, and δ1 = 0.969 and RMSE = 2.31 m on "
        "KITTI."
    )
    found = {(r["tail"], r["value"], r["metric"]) for r in record["relations"] if r["value"]}
    assert {
        ("NYU Depth V2", "0.972", "δ1"),
        ("NYU Depth V2", "0.214", "RMSE"),
        ("KITTI", "0.969", "δ1"),
        ("KITTI", "2.31", "RMSE"),
    } <= found


def test_a_benchmark_with_a_worded_note_stays_in_its_list() -> None:
    record = run(
        "We release Asclepio-8B, a medical model fine-tuned from Llama-3-8B. On MedQA (USMLE, "
        "4 options), MedMCQA and PubMedQA, Asclepio-8B reaches 63.2%, 57.4% and 76.9% "
        "accuracy, respectively."
    )
    assert {
        ("Asclepio-8B", "MedQA", "63.2"),
        ("Asclepio-8B", "MedMCQA", "57.4"),
        ("Asclepio-8B", "PubMedQA", "76.9"),
    } <= relations(record, "evaluatedOn")


def test_a_full_split_suffix_stays_in_the_benchmark_name() -> None:
    record = run(
        "We propose CodeTrail, an ICD coding model. On MIMIC-III-full, CodeTrail achieves a "
        "micro-F1 of 61.3, compared with 59.8 for PLM-ICD."
    )
    assert entities(record)["MIMIC-III-full"] == "Benchmark"
    assert {("CodeTrail", "MIMIC-III-full", "61.3"), ("PLM-ICD", "MIMIC-III-full", "59.8")} <= (
        relations(record, "evaluatedOn")
    )


def test_an_appositive_head_after_six_modifiers_types_the_name() -> None:
    record = run(
        "In this work, we propose TIDA, a novel and efficient zero-shot domain adaptation "
        "method that relies on synthetic images."
    )
    assert entities(record)["TIDA"] == "Method"


def test_an_appositive_head_stops_at_a_purpose_clause() -> None:
    record = run(
        "We present EvKit, a lightweight library for event-based data, and evaluate it on DSEC."
    )
    assert entities(record).get("EvKit") != "Dataset"


def test_whole_examples_after_models_such_as_are_names() -> None:
    record = run(
        "We benchmark our method against cutting-edge models such as Lumora-Avatar and "
        "Vividhuman. It calibrates the cameras, including Brown-Conrady distortion "
        "coefficients."
    )
    found = entities(record)
    assert found.get("Lumora-Avatar") == "Model" and found.get("Vividhuman") == "Model"
    assert "Brown-Conrady" not in found


def test_a_known_capitalised_short_name_is_not_its_upper_case_acronym() -> None:
    assert entities(run("Specifically, Wan is characterized by four features."))["Wan"] == "Model"
    network = run("We deploy the detector across the WAN and LAN links of the enterprise.")
    assert entities(network).get("WAN") != "Model"


def test_the_digit_of_bleu_4_is_no_value_of_a_compared_system() -> None:
    record = run(
        "We present Semaphor, a gloss-free sign translator. On the PHOENIX-2014T test set, "
        "Semaphor reaches 24.71 BLEU-4, compared with 21.44 BLEU-4 for GFSLT-VLP."
    )
    found = relations(record, "evaluatedOn")
    assert ("GFSLT-VLP", "PHOENIX-2014T", "21.44") in found
    assert ("GFSLT-VLP", "PHOENIX-2014T", "4") not in found


def test_values_with_a_numbered_measure_pair_with_data_respectively() -> None:
    record = run(
        "We introduce Glossary-MT, a gloss-to-text translator. Glossary-MT obtains 29.84 and "
        "34.10 BLEU-4 on the PHOENIX-2014T and CSL-Daily test sets respectively."
    )
    assert {
        ("Glossary-MT", "PHOENIX-2014T", "29.84"),
        ("Glossary-MT", "CSL-Daily", "34.10"),
    } <= relations(record, "evaluatedOn")


def test_a_rise_on_each_split_and_in_a_second_measure_is_each_the_systems() -> None:
    record = run(
        "We introduce PoseTalk, a pose-based translator. PoseTalk improves BLEU-4 on "
        "PHOENIX-2014T from 21.3 to 24.0 on dev and from 20.9 to 23.6 on test, and ROUGE-L on "
        "test from 47.0 to 49.8. Rewriting lifts accuracy on GSM8K from 41.0 to 47.5 and from "
        "44.3 to 49.0, respectively."
    )
    found = relations(record, "evaluatedOn")
    assert {
        ("PoseTalk", "PHOENIX-2014T", "24.0"),
        ("PoseTalk", "PHOENIX-2014T", "23.6"),
        ("PoseTalk", "PHOENIX-2014T", "49.8"),
    } <= found
    assert not any(value in ("47.0", "49.0") for _, _, value in found)


def test_a_measure_lowered_from_a_named_baseline_is_the_subjects() -> None:
    record = run(
        "We introduce StreamSign, a causal recogniser. On CSL-Daily, StreamSign lowers the "
        "test WER of the naive causal baseline from 33.5% to 26.2%."
    )
    assert ("StreamSign", "CSL-Daily", "26.2") in relations(record, "evaluatedOn")


def test_values_on_their_respective_test_sets_follow_the_training_list() -> None:
    record = run(
        "We propose Babel-Sign, a multilingual translator. Trained jointly on PHOENIX-2014T, "
        "CSL-Daily and How2Sign, Babel-Sign scores 23.9, 18.7 and 11.4 BLEU-4 on their "
        "respective test sets."
    )
    assert {
        ("Babel-Sign", "PHOENIX-2014T", "23.9"),
        ("Babel-Sign", "CSL-Daily", "18.7"),
        ("Babel-Sign", "How2Sign", "11.4"),
    } <= relations(record, "evaluatedOn")


def test_a_corpus_released_as_a_name_is_a_dataset() -> None:
    record = run(
        "We generate 2.3 million synthetic gloss-sentence pairs by rule-based glossification "
        "of news text; we release this corpus as GlossPile-2M."
    )
    assert entities(record)["GlossPile-2M"] == "Dataset"


def test_a_part_initialised_from_a_parent_then_fine_tuned_trains_the_papers_model() -> None:
    own = run(
        "We present HandLM, a gloss-free translator. The visual encoder is initialised from "
        "the GFSLT-VLP checkpoint and then fine-tuned together with the adapter on "
        "PHOENIX-2014T."
    )
    assert ("HandLM", "PHOENIX-2014T", None) in relations(own, "trainedOn")
    parents = run(
        "We present Coilnet, a segmenter. The encoder is initialised from VMamba-T weights "
        "pre-trained on ImageNet-1K."
    )
    assert ("VMamba-T", "ImageNet-1K", None) in relations(parents, "trainedOn")


def test_values_for_a_dev_and_test_pair_of_splits_are_the_data_after_them() -> None:
    record = run(
        "We propose FingerFlow, a three-stream network. FingerFlow obtains word error rates "
        "of 17.9% / 18.3% on the dev / test sets of PHOENIX-2014 and 24.8% / 24.1% on "
        "CSL-Daily."
    )
    assert {
        ("FingerFlow", "PHOENIX-2014", "17.9"),
        ("FingerFlow", "PHOENIX-2014", "18.3"),
        ("FingerFlow", "CSL-Daily", "24.8"),
        ("FingerFlow", "CSL-Daily", "24.1"),
    } <= relations(record, "evaluatedOn")


def test_known_few_shot_methods_are_methods() -> None:
    record = run(
        "We compare with Prototypical Networks, MAML, MetaOptNet and Tip-Adapter-F on "
        "miniImageNet, and use a Wide ResNet backbone."
    )
    found = entities(record)
    assert {found.get(n) for n in ("Prototypical Networks", "MAML", "MetaOptNet")} == {"Method"}
    assert found.get("Wide ResNet") == "Model"


def test_values_with_spreads_listed_per_setting_are_the_benchmarks() -> None:
    record = run(
        "We propose ProtoShift, a prototype refiner. On miniImageNet, ProtoShift reaches "
        "68.41 ± 0.20% and 84.12 ± 0.14% accuracy in the 5-way 1-shot and 5-shot settings, "
        "respectively. On tieredImageNet the corresponding numbers are 72.85 ± 0.23% and "
        "86.90 ± 0.16%."
    )
    found = relations(record, "evaluatedOn")
    assert {
        ("ProtoShift", "miniImageNet", "68.41"),
        ("ProtoShift", "miniImageNet", "84.12"),
        ("ProtoShift", "tieredImageNet", "72.85"),
        ("ProtoShift", "tieredImageNet", "86.90"),
    } <= found
    assert not any(value in ("0.20", "0.14", "0.23", "0.16") for _, _, value in found)


def test_numbers_restated_on_other_data_follow_the_previous_systems_values() -> None:
    record = run(
        "We present FedLens, a method. FedLens improves the final test accuracy on CIFAR-100 "
        "from 41.2% (FedAvg) to 49.7%, against 44.5% for SCAFFOLD. On Tiny-ImageNet the "
        "corresponding numbers are 30.1%, 36.8% and 33.0%."
    )
    assert {
        ("FedAvg", "Tiny-ImageNet", "30.1"),
        ("FedLens", "Tiny-ImageNet", "36.8"),
        ("SCAFFOLD", "Tiny-ImageNet", "33.0"),
    } <= relations(record, "evaluatedOn")


def test_systems_listed_before_their_values_pair_in_order_unsaid() -> None:
    record = run(
        "We release Vireo-3B. On HumanEval+, Vireo-3B, Vireo-8B and Vireo-24B reach 64.0, 76.2 "
        "and 84.1."
    )
    assert {
        ("Vireo-3B", "HumanEval+", "64.0"),
        ("Vireo-8B", "HumanEval+", "76.2"),
        ("Vireo-24B", "HumanEval+", "84.1"),
    } <= relations(record, "evaluatedOn")


def test_lexicon_lines_separate_aliases_with_bars_not_a_second_equals_sign() -> None:
    from importlib import resources

    folder = resources.files("mlkg.extract.lexicon")
    for name in ("models.txt", "methods.txt", "datasets.txt"):
        lines = folder.joinpath(name).read_text(encoding="utf-8").splitlines()
        wrong = [ln for ln in lines if not ln.startswith("#") and ln.count("=") > 1]
        assert not wrong, f"{name}: aliases go after one '=' and are separated by '|': {wrong}"


def test_part_values_after_an_overall_value_are_the_same_benchmarks() -> None:
    record = run(
        "We present TailPrompt, a framework. On ImageNet-LT, TailPrompt-B reaches 78.4% top-1 "
        "accuracy, with 80.1%, 77.9% and 74.6% on the many-, medium- and few-shot splits "
        "respectively."
    )
    assert {
        ("TailPrompt-B", "ImageNet-LT", value) for value in ("78.4", "80.1", "77.9", "74.6")
    } <= relations(record, "evaluatedOn")


def test_a_method_applied_to_a_model_owns_its_rise_in_each_setting() -> None:
    record = run(
        "We introduce Norm-Anchored Re-Scaling (NARS), a training-free adjustment. On "
        "CIFAR-100-LT, NARS applied to a ResNet-32 improves top-1 accuracy from 38.3 to 46.9 "
        "at an imbalance ratio of 100, from 43.8 to 51.2 at 50, and from 57.1 to 62.0 at 10."
    )
    found = relations(record, "evaluatedOn")
    assert {("NARS", "CIFAR-100-LT", v) for v in ("46.9", "51.2", "62.0")} <= found
    assert not any(head == "ResNet-32" for head, _, _ in found)


def test_known_long_tail_methods_and_social_media_encoders_are_typed() -> None:
    found = entities(
        run(
            "We compare with cRT, LWS, LDAM-DRW and Balanced Softmax, and fine-tune BERTweet, "
            "TwHIN-BERT and MuRIL."
        )
    )
    assert {found.get(n) for n in ("cRT", "LWS", "LDAM-DRW", "Balanced Softmax")} == {"Method"}
    assert {found.get(n) for n in ("BERTweet", "TwHIN-BERT", "MuRIL")} == {"Model"}


def test_a_letter_and_a_word_joined_by_a_hyphen_is_a_coined_name() -> None:
    record = run(
        "We evaluate on SemEval-2016 Task 6 and P-Stance under both protocols. We propose "
        "ProStance, a prompting method. In-target on P-Stance: ProStance 74.8, full "
        "fine-tuning of TwHIN-BERT 72.1, BERTweet 71.0."
    )
    assert entities(record)["P-Stance"] == "Benchmark"
    assert {
        ("ProStance", "P-Stance", "74.8"),
        ("TwHIN-BERT", "P-Stance", "72.1"),
        ("BERTweet", "P-Stance", "71.0"),
    } <= relations(record, "evaluatedOn")


def test_systems_with_bare_values_on_the_data_a_sentence_opens_with() -> None:
    record = run(
        "We propose SlimHate, a family of compact classifiers. On the TweetEval offensive "
        "subtask, SlimHate-6L (79.6) outperforms the similarly sized DistilBERT (75.2) and "
        "matches BERTweet (79.5)."
    )
    assert entities(record)["SlimHate-6L"] == "Model"
    assert {
        ("SlimHate-6L", "TweetEval", "79.6"),
        ("DistilBERT", "TweetEval", "75.2"),
        ("BERTweet", "TweetEval", "79.5"),
    } <= relations(record, "evaluatedOn")


def test_a_name_with_a_percent_sign_and_a_protocol_acronym() -> None:
    found = entities(
        run(
            "Attacks such as the zlib ratio and Min-K% Prob score a sample. On NTU RGB+D 60 "
            "(X-Sub), SkelNet reaches 88.0."
        )
    )
    assert found.get("Min-K% Prob") == "Method"
    assert "X-Sub" not in found


def test_forecasting_measures_and_the_teachers_row_per_measure() -> None:
    record = run(
        "We propose SlimMotion, a student distilled from MTR. On the WOMD validation set "
        "SlimMotion reaches 0.4107 mAP, 0.6312 minADE and 1.3054 minFDE (k=6), compared with "
        "0.4164, 0.6046 and 1.2251 for its teacher. On Argoverse 2, SlimMotion obtains a "
        "brier-minFDE of 1.86 and a miss rate of 0.15."
    )
    found = relations(record, "evaluatedOn")
    assert {("SlimMotion", "WOMD", v) for v in ("0.4107", "0.6312", "1.3054")} <= found
    assert {("MTR", "WOMD", v) for v in ("0.4164", "0.6046", "1.2251")} <= found
    assert {("SlimMotion", "Argoverse 2", "1.86"), ("SlimMotion", "Argoverse 2", "0.15")} <= found


def test_a_compared_systems_value_with_its_measure_in_parentheses() -> None:
    record = run(
        "We present MambaDrive, a driving agent. On Longest6 it scores 58.7 DS, outperforming "
        "InterFuser (51.6 DS) and TransFuser (57.2 DS). On FLORES-200, MambaDrive-Base (310M) "
        "obtains 45.1."
    )
    found = relations(record, "evaluatedOn")
    assert {("InterFuser", "Longest6", "51.6"), ("TransFuser", "Longest6", "57.2")} <= found
    assert not any(value == "310" for _, _, value in found)


def test_a_family_written_with_slashed_letters_gets_a_value_each() -> None:
    record = run(
        "We introduce StageSpace, a search space. The resulting family, StageNet-A/B/C, "
        "reaches 77.9/80.2/82.5% top-1 accuracy on ImageNet at 0.6/1.6/4.4 GFLOPs."
    )
    assert {"StageNet-A", "StageNet-B", "StageNet-C"} <= set(entities(record))
    assert {
        ("StageNet-A", "ImageNet", "77.9"),
        ("StageNet-B", "ImageNet", "80.2"),
        ("StageNet-C", "ImageNet", "82.5"),
    } <= relations(record, "evaluatedOn")
    assert not any(value == "0.6" for _, _, value in relations(record, "evaluatedOn"))


def test_known_search_and_tuning_methods_and_their_benchmarks() -> None:
    found = entities(
        run(
            "We compare DARTS, PC-DARTS, SynFlow, NASWOT, BOHB and Hyperband on NAS-Bench-201 "
            "and LCBench."
        )
    )
    assert {found.get(n) for n in ("DARTS", "PC-DARTS", "SynFlow", "NASWOT", "BOHB")} == {"Method"}
    assert found.get("NAS-Bench-201") == found.get("LCBench") == "Benchmark"


def test_capitalised_rate_measures_listed_after_the_first() -> None:
    record = run(
        "We present DialoPlan, an end-to-end dialogue model. On MultiWOZ 2.0, DialoPlan "
        "achieves an Inform rate of 92.3, a Success rate of 83.0, a BLEU of 19.4 and a "
        "Combined score of 107.1."
    )
    assert {("DialoPlan", "MultiWOZ 2.0", v) for v in ("92.3", "83.0", "19.4", "107.1")} <= (
        relations(record, "evaluatedOn")
    )


def test_known_dialogue_and_scene_text_names_keep_their_types() -> None:
    found = entities(
        run(
            "We fine-tune on Wizard of Wikipedia and PersonaChat, compare with PPTOD and "
            "MGP-STR, and report accuracy on IIIT5K, SVTP and CUTE80. Experiments on MultiWOZ "
            "2.3 follow."
        )
    )
    assert found.get("Wizard of Wikipedia") in ("Dataset", "Benchmark")
    assert found.get("PPTOD") == found.get("MGP-STR") == "Model"
    assert {found.get(n) for n in ("IIIT5K", "SVTP", "CUTE80")} == {"Benchmark"}
    assert "MultiWOZ 2.3" in found


def test_a_models_specialist_named_after_known_data_is_a_model() -> None:
    record = run(
        "Starting from ScrollNet, a detector, we fine-tune two specialists, ScrollNet-COCO on "
        "COCO and ScrollNet-LVIS on LVIS."
    )
    found = entities(record)
    assert found["ScrollNet-COCO"] == found["ScrollNet-LVIS"] == "Model"
    assert found["LVIS"] == "Benchmark"


def test_a_name_after_a_preposition_in_a_description_is_not_introduced() -> None:
    record = run(
        "We introduce simDrive, a nuScenes-style dataset built within the CARLA simulator."
    )
    assert relations(record, "introduces") == {("PAPER", "simDrive", None)}


def test_a_known_name_joined_by_an_ampersand_is_one_name() -> None:
    found = entities(
        run("Experiments on the full Tanks&Temples and Mip-NeRF360 datasets show gains.")
    )
    assert "Tanks&Temples" in found and "Temples" not in found


def test_a_description_that_spells_the_name_is_its_alias() -> None:
    record = run(
        "In this paper, we propose CLAWS, a Curvature-Led Adaptive Weighted Splatting method "
        "with a nonlinearly weighted loss. CLAWS replaces first-order guidance."
    )
    found = {e["name"]: e for e in record["entities"]}
    assert "Curvature-Led Adaptive Weighted Splatting" not in found
    assert "Curvature-Led Adaptive Weighted Splatting" in found["CLAWS"]["aliases"]


def test_treatment_effect_measures_and_estimators() -> None:
    record = run(
        "We propose Basilisk, an estimator built on Dragonnet. On the semi-synthetic IHDP "
        "benchmark, Basilisk attains an out-of-sample sqrt(PEHE) of 0.49 ± 0.03 over 100 "
        "replications, compared with 0.58 ± 0.04 for Dragonnet and 0.71 ± 0.05 for TARNet."
    )
    assert entities(record)["IHDP"] == "Benchmark"
    assert {
        ("Basilisk", "IHDP", "0.49"),
        ("Dragonnet", "IHDP", "0.58"),
        ("TARNet", "IHDP", "0.71"),
    } <= relations(record, "evaluatedOn")


def test_a_second_measures_list_after_respectively_follows_the_first() -> None:
    record = run(
        "We propose CrystalLoom, a diffusion model. On the benchmarks Perov-5, MP-20 and "
        "MPTS-52, CrystalLoom attains match rates of 56.1%, 63.8% and 19.4%, respectively, "
        "with corresponding RMSEs of 0.0712, 0.0449 and 0.1105."
    )
    assert {
        ("CrystalLoom", "Perov-5", "0.0712"),
        ("CrystalLoom", "MP-20", "0.0449"),
        ("CrystalLoom", "MPTS-52", "0.1105"),
    } <= relations(record, "evaluatedOn")


def test_a_rise_from_one_systems_value_to_anothers() -> None:
    record = run(
        "We present HelixFlow, a model built on FlowMM. On MP-20, the match rate improves "
        "from 61.39% for FlowMM to 66.02% for HelixFlow, while RMSE drops from 0.0566 to "
        "0.0497."
    )
    assert {
        ("FlowMM", "MP-20", "61.39"),
        ("HelixFlow", "MP-20", "66.02"),
        ("FlowMM", "MP-20", "0.0566"),
        ("HelixFlow", "MP-20", "0.0497"),
    } <= relations(record, "evaluatedOn")


def test_measures_named_before_their_values_and_a_compared_systems_cells() -> None:
    record = run(
        "We present LoomFit, a try-on model. On VITON-HD it reaches FID 5.87 / KID 0.61 in "
        "the unpaired setting and SSIM 0.902 / LPIPS 0.058 in the paired setting, improving "
        "over IDM-VTON (FID 6.29 / KID 0.97)."
    )
    found = relations(record, "evaluatedOn")
    assert {("LoomFit", "VITON-HD", v) for v in ("5.87", "0.61", "0.902", "0.058")} <= found
    assert {("IDM-VTON", "VITON-HD", "6.29"), ("IDM-VTON", "VITON-HD", "0.97")} <= found


def test_structure_measures_and_the_original_models_slashed_row() -> None:
    record = run(
        "We introduce Mosaic-2, the successor to our Mosaic folding model. On CAMEO targets, "
        "Mosaic-2 obtains a mean TM-score of 0.84 and lDDT of 0.79, against 0.77/0.72 for the "
        "original Mosaic. On the 47 CASP15 domains it reaches a GDT-TS of 61.8, narrowing the "
        "gap to AlphaFold2 (66.4)."
    )
    assert {
        ("Mosaic-2", "CAMEO", "0.79"),
        ("Mosaic", "CAMEO", "0.77"),
        ("Mosaic", "CAMEO", "0.72"),
        ("AlphaFold2", "CASP15", "66.4"),
    } <= relations(record, "evaluatedOn")


def test_a_method_plugged_into_a_model_starts_from_the_models_value() -> None:
    record = run(
        "We propose Anchor Memory Reading (AMR), a drop-in layer for memory networks. Plugged "
        "into DeAOT-L with a Swin-B encoder, AMR improves J&F on DAVIS 2017 from 82.8 to 85.1."
    )
    assert {("AMR", "DAVIS 2017", "85.1"), ("DeAOT-L", "DAVIS 2017", "82.8")} <= relations(
        record, "evaluatedOn"
    )


def test_known_detectors_policies_and_generic_licences() -> None:
    found = entities(
        run(
            "We compare USAD, TranAD and Anomaly Transformer on SMD, SMAP and SWaT, and the "
            "EDAtt and AlignAtt policies with DreamFusion. The data are released under CC-BY at "
            "https://github.com/example/data."
        )
    )
    assert {found.get(n) for n in ("USAD", "TranAD", "Anomaly Transformer")} == {"Model"}
    assert {found.get(n) for n in ("SMD", "SMAP", "SWaT")} == {"Benchmark"}
    assert {found.get(n) for n in ("EDAtt", "AlignAtt", "DreamFusion")} == {"Method"}
    assert "CC-BY" not in found


def test_measures_with_units_listed_after_the_first_and_slashed_rows() -> None:
    record = run(
        "We present PrismMVS, a cascade network built upon CasMVSNet. On the DTU evaluation "
        "set it attains an accuracy of 0.318 mm, a completeness of 0.262 mm and an overall "
        "Chamfer distance of 0.290 mm, compared with 0.325 / 0.385 / 0.355 for CasMVSNet."
    )
    found = relations(record, "evaluatedOn")
    assert {("PrismMVS", "DTU", v) for v in ("0.318", "0.262", "0.290")} <= found
    assert {("CasMVSNet", "DTU", v) for v in ("0.325", "0.385", "0.355")} <= found


def test_known_tracing_flow_and_lip_reading_names() -> None:
    found = entities(
        run(
            "We compare AKT, SAKT and DKVMN on ASSISTments 2009 and EdNet, fine-tune SEA-RAFT "
            "on FlyingThings3D and HD1K, and evaluate AV-HuBERT on LRS3 for VSR."
        )
    )
    assert {found.get(n) for n in ("AKT", "SAKT", "DKVMN", "SEA-RAFT", "AV-HuBERT")} == {"Model"}
    assert {found.get(n) for n in ("ASSISTments 2009", "LRS3")} == {"Benchmark"}
    assert found.get("FlyingThings3D") == found.get("HD1K") == "Dataset"  # fine-tuned on
    assert "VSR" not in found


def test_a_measure_before_its_value_is_no_benchmark() -> None:
    record = run(
        "We present Zed, a detector. On COCO, Zed reaches AP 51.2, compared with 49.0 for DINO."
    )
    assert "AP" not in entities(record)
    assert not any(tail == "AP" for _, tail, _ in relations(record, "evaluatedOn"))


def test_a_language_before_a_known_benchmark_is_not_part_of_its_name() -> None:
    record = run(
        "We present XLM-Tweet, a multilingual encoder. On the English TweetEval benchmark, "
        "XLM-Tweet (65.7 average) is competitive with BERTweet (66.1)."
    )
    assert "TweetEval" in entities(record) and "English TweetEval" not in entities(record)


def test_known_matchers_place_recognisers_and_fraud_detectors() -> None:
    found = entities(
        run(
            "We compare LightGlue, SuperPoint and LoFTR on HPatches, MixVPR and NetVLAD on "
            "Pitts30k and Tokyo 24/7, BWGNN and PC-GNN on YelpChi and T-Finance, and the ODIN "
            "and Energy score detectors."
        )
    )
    assert {found.get(n) for n in ("LightGlue", "SuperPoint", "LoFTR", "MixVPR", "NetVLAD")} == {
        "Model"
    }
    assert {found.get(n) for n in ("BWGNN", "PC-GNN")} == {"Model"}
    assert {found.get(n) for n in ("HPatches", "Pitts30k", "Tokyo 24/7", "YelpChi")} == {
        "Benchmark"
    }
    assert {found.get(n) for n in ("ODIN", "Energy score")} == {"Method"}


def test_a_common_word_listed_with_known_graphs_is_a_dataset() -> None:
    found = entities(
        run(
            "We propose Sieve, an anomaly detector. We test it on four graphs with injected "
            "anomalies (Cora, CiteSeer, ACM and Flickr), where Sieve improves AUC by 3 points."
        )
    )
    assert found.get("Flickr") in ("Benchmark", "Dataset")


def test_similarity_measures_named_after_models_are_not_models() -> None:
    record = run(
        "We propose PinTune, a personalisation method. Evaluated on DreamBench, PinTune "
        "obtains DINO, CLIP-I and CLIP-T scores of 0.688, 0.801 and 0.312, respectively, "
        "versus 0.652, 0.790 and 0.301 for DreamBooth and 0.571, 0.776 and 0.260 for Textual "
        "Inversion. It also reaches a CLIP score of 0.33."
    )
    found = entities(record)
    assert not {"DINO", "CLIP-I", "CLIP-T", "CLIP"} & set(found)
    scores = relations(record, "evaluatedOn")
    assert {("PinTune", "DreamBench", v) for v in ("0.688", "0.801", "0.312")} <= scores
    assert {("DreamBooth", "DreamBench", v) for v in ("0.652", "0.790", "0.301")} <= scores
    assert ("Textual Inversion", "DreamBench", "0.260") in scores


def test_a_model_whose_name_makes_a_measure_stays_a_model_elsewhere() -> None:
    found = entities(
        run(
            "Captions are embedded with a frozen CLAP text encoder. Our generator, Lyre, reaches "
            "an FAD of 1.52 on MusicCaps with a CLAP score of 0.41."
        )
    )
    assert found.get("CLAP") == "Model"


def test_a_generator_trained_on_data_is_scored_on_it() -> None:
    record = run(
        "We present Kestrel-GAN, a class-conditional generator. Trained on ImageNet at 256x256 "
        "resolution for 9 GPU-days, Kestrel-GAN reaches an FID of 2.41 and an Inception Score "
        "of 270.2, compared with 2.26 and 265.1 for StyleGAN-XL."
    )
    assert "Inception" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {("Kestrel-GAN", "ImageNet", "2.41"), ("Kestrel-GAN", "ImageNet", "270.2")} <= scores


def test_no_name_is_read_inside_a_generic_phrase() -> None:
    found = entities(
        run(
            "We present Wisp-S, a compact generator distilled from StyleGAN2 that runs at 40 "
            "frames per second on a Snapdragon 8 Gen 2 phone."
        )
    )
    assert "Gen 2" not in found and found.get("Wisp-S") == "Model"


def test_known_editing_registration_speaker_and_grounding_names() -> None:
    found = entities(
        run(
            "We compare InstructPix2Pix, MGIE and Prompt-to-Prompt on PIE-Bench, GeoTransformer "
            "and Predator on 3DLoMatch, ECAPA-TDNN and ERes2Net on VoxCeleb1-O, TransVG and "
            "MDETR on RefCOCOg, and StyleGAN-XL and GigaGAN on AFHQ Wild and LSUN Church."
        )
    )
    models = ("InstructPix2Pix", "MGIE", "GeoTransformer", "Predator", "ERes2Net", "TransVG")
    assert {found.get(n) for n in (*models, "MDETR", "StyleGAN-XL", "GigaGAN")} == {"Model"}
    assert found.get("Prompt-to-Prompt") == "Method"
    data = ("PIE-Bench", "3DLoMatch", "VoxCeleb1-O", "RefCOCOg", "AFHQ Wild", "LSUN Church")
    assert {found.get(n) for n in data} == {"Benchmark"}


def test_an_error_between_known_data_and_its_value_is_a_measure() -> None:
    record = run(
        "We propose Ferry, a traffic forecaster. Ferry reaches an average MAE of 18.40 on "
        "PEMS04, and adding weather covariates brings a further gain (PEMS08 MAE 13.70)."
    )
    assert "MAE" not in entities(record)


def test_values_at_suspended_horizons_and_the_baselines_row() -> None:
    record = run(
        "We propose Ebb, a spatio-temporal network. On METR-LA, Ebb reaches an MAE of 2.63, "
        "2.97 and 3.31 at the 15-, 30- and 60-minute horizons, respectively, compared with "
        "2.69, 3.07 and 3.53 for Graph WaveNet."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Ebb", "METR-LA", v) for v in ("2.63", "2.97", "3.31")} <= scores
    assert {("Graph WaveNet", "METR-LA", v) for v in ("2.69", "3.07", "3.53")} <= scores


def test_the_comparison_after_a_colon_gives_the_others_values() -> None:
    record = run(
        "We present Rill-7B, an LLM forecaster. In the full-data regime Rill-7B is competitive "
        "with graph models: on PEMS08 it obtains an MAE of 14.80, against 17.50 for STGCN and "
        "13.46 for STAEformer."
    )
    scores = relations(record, "evaluatedOn")
    assert {("STGCN", "PEMS08", "17.50"), ("STAEformer", "PEMS08", "13.46")} <= scores


def test_setting_a_new_best_is_a_result() -> None:
    record = run(
        "We introduce Chirp-S and Chirp-B, tiny keyword spotters. On Google Speech Commands V2, "
        "Chirp-S reaches 98.1% accuracy with half the FLOPs of KWT-1, and Chirp-B sets a new "
        "best of 98.6%."
    )
    assert ("Chirp-B", "Google Speech Commands V2", "98.6") in relations(record, "evaluatedOn")


def test_a_detection_cost_is_a_measure_and_a_development_portion_is_trained_on() -> None:
    record = run(
        "We propose Tallis, a speaker embedding extractor built on ECAPA-TDNN. Tallis is "
        "trained on the development portion of VoxCeleb2 and evaluated on the VoxCeleb1 test "
        "trials. It achieves an EER of 0.81% and a minDCF of 0.091, compared with 0.96% and "
        "0.112 for the ECAPA-TDNN baseline."
    )
    found = entities(record)
    assert found.get("VoxCeleb2") == "Dataset" and "minDCF" not in found
    scores = relations(record, "evaluatedOn")
    assert {("Tallis", "VoxCeleb1", "0.091"), ("ECAPA-TDNN", "VoxCeleb1", "0.112")} <= scores


def test_table_lines_whose_two_systems_are_named_after_them() -> None:
    record = run(
        "We present Vexil-2, a speaker model and a successor to Vexil. Results (EER %) are: "
        "VoxCeleb1-O 0.55 vs 0.81, "
        "VoxCeleb1-H 1.10 vs 1.58, and CN-Celeb1 7.02 vs 10.40, for Vexil-2-Large and Vexil "
        "respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Vexil-2-Large", "VoxCeleb1-H", "1.10"),
        ("Vexil", "VoxCeleb1-H", "1.58"),
        ("Vexil-2-Large", "CN-Celeb1", "7.02"),
        ("Vexil", "CN-Celeb1", "10.40"),
    } <= scores


def test_a_plus_after_a_size_word_and_a_microcontroller() -> None:
    found = entities(
        run(
            "Starting from WavLM Base+, we build Duet, a merged speech encoder that runs on a "
            "Cortex-M7 microcontroller."
        )
    )
    assert "WavLM Base+" in found and "Cortex-M7" not in found


def test_abbreviated_rouge_cells_after_each_benchmark() -> None:
    record = run(
        "We introduce Quire, a multi-document summariser. After fine-tuning it reaches "
        "state-of-the-art ROUGE on Multi-News (R-1 50.1, R-2 21.4) and WCEP (R-1 46.9)."
    )
    assert "R-1" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {("Quire", "Multi-News", "50.1"), ("Quire", "WCEP", "46.9")} <= scores


def test_versus_cells_after_a_colon_name_the_teacher_by_a_pronoun() -> None:
    record = run(
        "We obtain Pegling, a student distilled from PEGASUS-large. Pegling is three times faster "
        "than its teacher and trails it only slightly: on XSum, 45.0 vs 47.2 ROUGE-1 and "
        "22.1 vs 24.6 ROUGE-2; on CNN/DailyMail, 43.7 vs 44.2 ROUGE-1."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Pegling", "XSum", "45.0"),
        ("PEGASUS-large", "XSum", "47.2"),
        ("Pegling", "XSum", "22.1"),
        ("PEGASUS-large", "CNN/DailyMail", "44.2"),
    } <= scores


def test_a_model_instantiated_by_the_paper_is_introduced_and_trained_on_both_data() -> None:
    record = run(
        "We propose a faithfulness objective and a decoding rule. We instantiate both in "
        "Veritas-T5, a T5-large model continually pre-trained on RealNews and then fine-tuned "
        "on XSum."
    )
    assert ("PAPER", "Veritas-T5", None) in relations(record, "introduces")
    trained = relations(record, "trainedOn")
    assert {("Veritas-T5", "RealNews", None), ("Veritas-T5", "XSum", None)} <= trained
    assert ("T5-large", "XSum", None) not in trained


def test_measures_each_before_its_value_and_the_rows_of_the_compared() -> None:
    record = run(
        "We present Gait-2, a masked motion transformer. On the HumanML3D test set, Gait-2-L "
        "achieves FID 0.041, R-Precision Top-1 0.531 and MM-Dist 2.91, compared with 0.072, "
        "0.511 and 3.02 for MoMask and 0.045, 0.521 and 2.958 for T2M-GPT."
    )
    assert "MM-Dist" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {("Gait-2-L", "HumanML3D", v) for v in ("0.041", "0.531", "2.91")} <= scores
    assert {("MoMask", "HumanML3D", v) for v in ("0.072", "0.511", "3.02")} <= scores


def test_slashed_ranks_of_a_measure_and_the_teacher_in_parentheses() -> None:
    record = run(
        "We present QuickMask, a generator distilled from MoMask. On HumanML3D, QuickMask "
        "attains an FID of 0.066 and Top-1/Top-2/Top-3 R-Precision of 0.512/0.703/0.799, "
        "approaching its teacher (FID 0.045)."
    )
    assert not {"Top-2", "Top-3"} & set(entities(record))
    scores = relations(record, "evaluatedOn")
    assert {("QuickMask", "HumanML3D", v) for v in ("0.066", "0.512", "0.703", "0.799")} <= scores
    assert ("MoMask", "HumanML3D", "0.045") in scores


def test_two_measures_moved_relative_to_a_baseline() -> None:
    record = run(
        "We fine-tune T2M-GPT on our paraphrase corpus and obtain Parrot-GPT. On HumanML3D, "
        "Parrot-GPT lowers FID from 0.141 to 0.101 and raises Top-1 R-Precision from 0.491 to "
        "0.519 relative to T2M-GPT."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Parrot-GPT", "HumanML3D", "0.101"), ("Parrot-GPT", "HumanML3D", "0.519")} <= scores
    assert {("T2M-GPT", "HumanML3D", "0.141"), ("T2M-GPT", "HumanML3D", "0.491")} <= scores


def test_an_error_opening_a_parenthesised_cell_is_a_measure() -> None:
    found = entities(
        run(
            "We distil STAEformer into Streamlet, a compact forecaster. On TransitGrid, "
            "Streamlet (MAE 17.6) even surpasses its teacher (MAE 18.3)."
        )
    )
    assert "MAE" not in found


def test_values_with_a_thresholded_measure_pair_with_the_sets_in_order() -> None:
    record = run(
        "We present Tether, a grounding model built on Grounding DINO. On the validation sets "
        "of RefCOCO, RefCOCO+ and RefCOCOg it reaches 91.2, 85.0 and 86.9 Acc@0.5, "
        "respectively."
    )
    scores = relations(record, "evaluatedOn")
    assert {
        ("Tether", "RefCOCO", "91.2"),
        ("Tether", "RefCOCO+", "85.0"),
        ("Tether", "RefCOCOg", "86.9"),
    } <= scores


def test_split_names_then_a_value_per_split() -> None:
    record = run(
        "We propose Parley, a training-free grounding pipeline. In the zero-shot setting Parley "
        "obtains the following Acc@0.5 on RefCOCO val/testA/testB: 47.9/53.1/41.8."
    )
    assert "val/testA/testB" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {("Parley", "RefCOCO", v) for v in ("47.9", "53.1", "41.8")} <= scores


def test_a_coined_acronym_that_is_also_a_metric_and_moves_on_two_benchmarks() -> None:
    record = run(
        "We propose Contrastive Expression Replay (CER), a plug-in training strategy. With CER, "
        "TransVG improves from 82.70 to 85.00 on RefCOCO testA and from 64.80 to 68.30 on "
        "RefCOCO+ testB; SeqTR gains 1.8 and 2.5 points on the same splits."
    )
    assert entities(record).get("CER") == "Method"
    assert ("PAPER", "CER", None) in relations(record, "introduces")
    scores = relations(record, "evaluatedOn")
    assert {("TransVG", "RefCOCO", "82.70"), ("TransVG", "RefCOCO+", "64.80")} <= scores
    assert not {v for h, _, v in scores if h == "SeqTR"} & {"1.8", "2.5"}


def test_a_metric_acronym_spelled_out_is_no_name() -> None:
    found = entities(
        run("We measure the Character Error Rate (CER) of Whisper on LibriSpeech test-clean.")
    )
    assert "CER" not in found


def test_known_code_detection_pose_registration_and_localisation_names() -> None:
    found = entities(
        run(
            "We compare CodeBERT and UniXcoder on CodeSearchNet, YOLOX and Co-DETR on COCO, "
            "ViTPose and HigherHRNet on CrowdPose and MPII, VoxelMorph and TransMorph on OASIS "
            "and LPBA40, and ActionFormer and TriDet on THUMOS14."
        )
    )
    models = ("CodeBERT", "UniXcoder", "YOLOX", "Co-DETR", "ViTPose", "HigherHRNet")
    assert {found.get(n) for n in (*models, "VoxelMorph", "TransMorph", "ActionFormer")} == {
        "Model"
    }
    data = ("CodeSearchNet", "CrowdPose", "MPII", "OASIS", "LPBA40", "THUMOS14")
    assert {found.get(n) for n in data} == {"Benchmark"}


def test_a_benchmark_name_ending_in_an_exclamation_mark_after_an_adjective() -> None:
    record = run(
        "We present Sift-M, a speech separator distilled from TF-GridNet. On the noisy WHAM! "
        "benchmark, Sift-M obtains 14.0 dB SI-SDRi versus 17.1 dB for the teacher."
    )
    found = entities(record)
    assert found.get("WHAM!") == "Benchmark" and "SI-SDRi" not in found
    scores = relations(record, "evaluatedOn")
    assert {("Sift-M", "WHAM!", "14.0"), ("TF-GridNet", "WHAM!", "17.1")} <= scores


def test_whose_value_before_a_rise_after_a_unit() -> None:
    record = run(
        "We present Sift, a compact separator. On Libri2Mix it improves SI-SDRi from 16.1 dB "
        "(DPRNN) to 17.2 dB."
    )
    scores = relations(record, "evaluatedOn")
    assert {("DPRNN", "Libri2Mix", "16.1"), ("Sift", "Libri2Mix", "17.2")} <= scores


def test_listed_systems_with_their_sizes_in_parentheses() -> None:
    record = run(
        "We present Sieve, a family of separators. Sieve-S (2.3M parameters) and Sieve-M "
        "(5.8M parameters) reach 20.0 dB and 21.5 dB SI-SDRi on WSJ0-2mix."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Sieve-S", "WSJ0-2mix", "20.0"), ("Sieve-M", "WSJ0-2mix", "21.5")} <= scores


def test_each_system_moved_on_the_one_benchmark_of_the_sentence() -> None:
    record = run(
        "We propose Brace, a plug-in regulariser for registration networks. When tested on "
        "LPBA40, Brace lowers the folding ratio for VoxelMorph from 0.61% to 0.005% and for "
        "LapIRN from 0.37% to 0.003%, while Dice barely moves (VoxelMorph: 69.8 -> 69.5)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("VoxelMorph", "LPBA40", v) for v in ("0.61", "0.005", "69.8", "69.5")} <= scores
    assert {("LapIRN", "LPBA40", v) for v in ("0.37", "0.003")} <= scores


def test_a_task_done_on_the_data_opens_a_result() -> None:
    record = run(
        "We present Fold, a registration network. On inter-subject atlas-free registration of "
        "OASIS, Fold achieves a mean Dice of 0.821 with an HD95 of 1.74 mm, compared to 0.796 "
        "for VoxelMorph."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Fold", "OASIS", "0.821"), ("VoxelMorph", "OASIS", "0.796")} <= scores


def test_the_mean_corruption_error_is_a_measure() -> None:
    record = run(
        "We present Aegis-B, a robust backbone. On ImageNet-C, Aegis-B (mCE 39.7) outperforms "
        "ConvNeXt-B (mCE 45.1), and Aegis-B lowers mCE on ImageNet-C from 48.2 to 39.7."
    )
    assert "mCE" not in entities(record)


def test_click_through_rates_and_log_loss_are_no_names() -> None:
    found = entities(
        run(
            "We propose Tern, a CTR model. On Criteo, Tern reaches an AUC of 0.8142 and a "
            "LogLoss of 0.4381, and on Amazon Books it lifts CTR prediction AUC to 0.8530 over "
            "AutoInt+."
        )
    )
    assert not {"CTR", "LogLoss"} & set(found)
    assert found.get("AutoInt+") == "Model" and found.get("Amazon Books") == "Benchmark"


def test_counted_languages_of_a_benchmark_open_a_result() -> None:
    record = run(
        "We introduce Gloss, a code-to-text model fine-tuned from CodeT5-base. Across the six "
        "languages of the CodeXGLUE code-to-text task it obtains an average BLEU-4 of 20.55, "
        "ahead of CodeT5-base (20.01) and CodeBERT (17.83)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("Gloss", "CodeXGLUE", "20.55"), ("CodeBERT", "CodeXGLUE", "17.83")} <= scores


def test_its_test_set_and_the_corresponding_rows_of_other_systems() -> None:
    record = run(
        "We describe Eddy, a code encoder obtained by continually pre-training StarEncoder on "
        "our docstring corpus. After fine-tuning on CodeSearchNet, Eddy achieves 76.5 average "
        "MRR on its test set, 47.2 MRR on AdvTest and 71.0 MRR on CoSQA. The corresponding "
        "numbers for UniXcoder are 74.4, 41.3 and 70.1."
    )
    scores = relations(record, "evaluatedOn")
    assert ("Eddy", "CodeSearchNet", "76.5") in scores
    assert {
        ("UniXcoder", "CodeSearchNet", "74.4"),
        ("UniXcoder", "AdvTest", "41.3"),
        ("UniXcoder", "CoSQA", "70.1"),
    } <= scores


def test_data_assembled_from_sources_named_with_what_was_taken() -> None:
    record = run(
        "We introduce EchoMix, a corpus of simulated far-field mixtures created from "
        "LibriSpeech utterances and WHAM! noise recordings. We also release RepairSet, a new "
        "4,200-hour collection that we assemble from the DNS Challenge clean speech, VCTK and "
        "licensed audiobooks."
    )
    derived = relations(record, "derivedFrom")
    assert {("EchoMix", "LibriSpeech", "augmented"), ("EchoMix", "WHAM!", "augmented")} <= derived
    assert {("RepairSet", "DNS Challenge", "augmented"), ("RepairSet", "VCTK", "augmented")} <= (
        derived
    )


def test_a_corpus_harmonised_or_assembled_from_sources_including_named_ones() -> None:
    record = run(
        "We present Atlas-Reg, a registration model trained on PairPile, a curated collection "
        "of 90,000 image pairs assembled from 27 public sources including OASIS, IXI and NLST. "
        "It is then tuned on LifeSpan-30K, a newly assembled corpus of 30,000 volumes, "
        "harmonised from ABIDE and ADNI."
    )
    derived = relations(record, "derivedFrom")
    assert {
        (made, source, "augmented")
        for made, source in [("PairPile", "OASIS"), ("PairPile", "IXI"), ("LifeSpan-30K", "ABIDE")]
    } <= derived


def test_a_teachers_backbone_is_not_the_students_base() -> None:
    record = run(
        "We introduce Lumen-Det, a real-time detector distilled from a Co-DETR teacher with a "
        "Swin-L backbone."
    )
    derived = relations(record, "derivedFrom")
    assert ("Lumen-Det", "Co-DETR", "distilled") in derived
    assert not any(parent == "Swin-L" for _, parent, _ in derived)


def test_subjectless_clauses_after_semicolons_keep_the_first_subject() -> None:
    record = run(
        "We present PoseKey-2, a successor to PoseKey. Results improve over the predecessor: "
        "on COCO val2017, PoseKey-2 obtains 77.9 AP (PoseKey: 76.5); on AP-10K, 79.1 AP "
        "(PoseKey: 74.9); and on MPII, 93.6 PCKh@0.5 (PoseKey: 93.0)."
    )
    scores = relations(record, "evaluatedOn")
    assert {("PoseKey-2", "AP-10K", "79.1"), ("PoseKey-2", "MPII", "93.6")} <= scores
    assert {("PoseKey", "AP-10K", "74.9"), ("PoseKey", "MPII", "93.0")} <= scores
    assert ("PoseKey", "COCO", "74.9") not in scores


def test_mean_absolute_error_beside_other_errors_and_slashed_rows_per_system() -> None:
    record = run(
        "We distil STAEformer into Tiny-ST, a compact forecaster. Averaged over 12 horizons, "
        "PEMS04 MAE/RMSE/MAPE is 18.45/30.15/12.25% for Tiny-ST versus 18.22/30.18/11.98% for "
        "its teacher. On PEMS08 it keeps an MAE of 13.70 (PEMS08 MAE 13.46 for the teacher)."
    )
    assert "MAE" not in entities(record)
    scores = relations(record, "evaluatedOn")
    assert {("Tiny-ST", "PEMS04", v) for v in ("18.45", "30.15", "12.25")} <= scores
    assert {("STAEformer", "PEMS04", v) for v in ("18.22", "30.18", "11.98")} <= scores
