"""De-duplication: one Paper per paper, however many files and versions hold it."""

from __future__ import annotations

import random
import time

from mlkg.extract.dedup import deduplicate
from mlkg.extract.documents import Document
from mlkg.naming import paper_id

LLAMA = (
    "We release Llama 2, a family of pretrained and fine-tuned large language models with 7 "
    "to 70 billion parameters. The fine-tuned variants, called Llama 2-Chat, are optimised "
    "for dialogue with supervised fine-tuning and reinforcement learning from human "
    "feedback. Llama 2-70B scores 68.9 on MMLU and 56.8 on GSM8K. Llama 2-Chat outperforms "
    "the open chat models we compared with on most helpfulness and safety benchmarks. "
    "Weights are available at https://huggingface.co/meta-llama."
)
CLIP = (
    "Captions found next to images on the web can replace a fixed set of class labels. We "
    "train CLIP, a pair of image and text encoders, with a contrastive objective on 400 "
    "million image-text pairs. With no task-specific training, CLIP matches the zero-shot "
    "ImageNet accuracy of a supervised ResNet-50. It also transfers to more than 30 vision "
    "datasets."
)
# two different papers that open with the same clause
AUDIO_BENCH = (
    "Lately, speech-and-sound assistants that follow instructions have drawn wide interest "
    "for talking with people. However, no benchmark measures how well they follow "
    "instructions about sounds, speech and music. We build AudioBench-X, a benchmark of "
    "twenty tasks with single-choice and open-ended questions, and score answers with GPT-4."
)
AUDIO_MODEL = (
    "Lately, speech-and-sound assistants that follow instructions have drawn wide interest "
    "for chatting about audio. However, few pre-trained audio models handle many "
    "audio types. We scale audio-language pre-training to thirty tasks and release "
    "AudioChat-Y, which follows spoken and written instructions across multi-turn dialogue."
)


def doc(text: str, source: str, **fields: str) -> Document:
    return Document(text=text, source=source, **fields)


def test_identical_copies_are_one_paper_with_all_sources() -> None:
    papers = deduplicate(
        [doc(LLAMA, "a.txt:1"), doc(CLIP, "a.txt:2"), doc(LLAMA, "b.txt:7"), doc(LLAMA, "c:3")]
    )
    assert [p.sources for p in papers] == [["a.txt:1", "b.txt:7", "c:3"], ["a.txt:2"]]
    assert papers[0].id == paper_id(None, LLAMA)


def test_spacing_and_case_do_not_make_a_new_paper() -> None:
    papers = deduplicate([doc(CLIP, "a:1"), doc(CLIP.upper().replace(" ", "  "), "b:1")])
    assert len(papers) == 1


def test_shorter_copy_is_merged_and_the_longest_text_kept() -> None:
    shorter = LLAMA.rsplit(" Weights are", 1)[0]  # the last sentence missing
    for order in ([doc(shorter, "short:1"), doc(LLAMA, "long:1")],
                  [doc(LLAMA, "long:1"), doc(shorter, "short:1")]):  # fmt: skip
        papers = deduplicate(order)
        assert len(papers) == 1
        assert papers[0].text == LLAMA
        assert papers[0].sources == [d.source for d in order]


def test_edited_copy_is_merged() -> None:
    edited = CLIP.replace("It also transfers to more than 30", "It transfers to over 30")
    assert len(deduplicate([doc(CLIP, "a:1"), doc(edited, "b:1")])) == 1


def test_truncated_copy_is_merged() -> None:
    cut = LLAMA[: len(LLAMA) // 2].rstrip() + "..."
    papers = deduplicate([doc(LLAMA, "full:1"), doc(cut, "cut:1")])
    assert len(papers) == 1 and papers[0].text == LLAMA
    opening = LLAMA[:200] + "…"  # not even one whole shared sentence after the first
    assert len(deduplicate([doc(LLAMA, "full:1"), doc(opening, "cut:1")])) == 1


def test_a_shared_opening_clause_is_not_a_copy() -> None:
    papers = deduplicate([doc(AUDIO_BENCH, "x:2"), doc(AUDIO_MODEL, "x:3")])
    assert [p.sources for p in papers] == [["x:2"], ["x:3"]]


def test_a_shared_boilerplate_sentence_is_not_a_copy() -> None:
    tail = " Code, data and model weights are released to the research community."
    assert len(deduplicate([doc(AUDIO_BENCH + tail, "a:1"), doc(CLIP + tail, "b:1")])) == 2


def test_arxiv_id_wins() -> None:
    # the same id is the same paper even when the abstract was revised
    revised = deduplicate(
        [doc(CLIP, "v1:1", arxiv="2399.00102"), doc(AUDIO_BENCH, "v2:1", arxiv="2399.00102")]
    )
    assert len(revised) == 1
    assert revised[0].id == "paper/arxiv-2399.00102"
    # different ids are different papers even with the same text
    twins = deduplicate(
        [doc(CLIP, "a:1", arxiv="2399.00001"), doc(CLIP, "b:1", arxiv="2399.00002")]
    )
    assert [p.id for p in twins] == ["paper/arxiv-2399.00001", "paper/arxiv-2399.00002"]


def test_copy_without_id_joins_the_copy_with_one() -> None:
    for order in (
        [doc(CLIP, "plain:1"), doc(CLIP, "listing:5", arxiv="2399.00102", date="2399-02-26")],
        [doc(CLIP, "listing:5", arxiv="2399.00102", date="2399-02-26"), doc(CLIP, "plain:1")],
    ):
        papers = deduplicate(order)
        assert len(papers) == 1
        assert (papers[0].arxiv, papers[0].date) == ("2399.00102", "2399-02-26")
        assert papers[0].id == "paper/arxiv-2399.00102"


def test_metadata_comes_from_whichever_copy_has_it() -> None:
    shorter = CLIP.rsplit(" It also", 1)[0]
    papers = deduplicate(
        [
            doc(shorter, "a:1", title="CLIP"),
            doc(CLIP, "b:1", comment="Accepted by ICML"),
            doc(CLIP, "c:1", arxiv="2399.00102", date="2399-02-26", title="Other title"),
        ]
    )
    assert len(papers) == 1
    paper = papers[0]
    assert (paper.title, paper.comment, paper.arxiv, paper.date) == (
        "CLIP",
        "Accepted by ICML",
        "2399.00102",
        "2399-02-26",
    )
    assert paper.text == CLIP and paper.sources == ["a:1", "b:1", "c:1"]


def test_same_source_is_listed_once() -> None:
    assert deduplicate([doc(CLIP, "a:1"), doc(CLIP, "a:1")])[0].sources == ["a:1"]


def test_many_distinct_abstracts_stay_apart_quickly() -> None:
    rng = random.Random(7)
    words = [f"w{n}" for n in range(3000)]

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(12)).capitalize() + "."

    texts = [" ".join(sentence() for _ in range(6)) for _ in range(5000)]
    documents = [doc(text, f"f:{n}") for n, text in enumerate(texts)]
    documents += [doc(text, f"g:{n}") for n, text in enumerate(texts[:100])]
    started = time.perf_counter()
    papers = deduplicate(documents)
    assert time.perf_counter() - started < 10
    assert len(papers) == 5000
    assert [p.text for p in papers] == texts  # first-seen order
    assert all(len(p.sources) == 2 for p in papers[:100])
