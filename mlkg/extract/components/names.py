"""``mlkg_names``: find the names of models, methods, datasets and benchmarks.

New papers bring new names, so names are found by their *shape* as ML names are written
(``Qwen2-72B-Instruct``, ``ExpertLLaMA``, ``GSM8K``, ``phi-1.5``, ``Mixtral 8x7B``,
``VECO 2.0``, ``CLIP ViT-L/14``), by *definitions* (``Gradient norm Aware Minimization
(GAM)``, ``named X``, ``dubbed X``) and by *head nouns* (``the Helpful and Harmless data``),
with the curated lexicon as one more signal. Plain capitalised words (``Qwen``, ``Alpaca``)
are kept as *weak* candidates that the typing component keeps only with context evidence.

Everything runs as compiled regular expressions over the text, so the component costs a
few regex passes per abstract rather than Python work per token.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from mlkg.extract.components.clauses import LIST_SEPARATOR
from mlkg.extract.frequency import zipf
from mlkg.extract.lexicon import load_lexicon
from mlkg.extract.state import DocState, Entity, get_state
from mlkg.naming import match_key

# --------------------------------------------------------------------------- shapes
#: "1.5B", "Qwen2.5", "v1.5"; Greek letters too ("Zephyr-7B-β", "π0")
#: a superscript left by LaTeX cleaning belongs to the name ("O^2-Searcher" of O$^2$-Searcher)
_ATOM = r"[A-Za-z0-9\u0391-\u03a9\u03b1-\u03c9]+(?:\^[0-9]+(?=-))?(?:\.[0-9]+[A-Za-z]*)*\+*"
#: a two-digit year after an apostrophe ends a name: "AIME'25", "WMT'14", "SHREC'17";
#: "AIME'24/25" is two editions
_APOSTROPHE_YEAR = r"(?:['\u2019]\d{2}(?:/\d{2})*(?![\w'\u2019/]))?"
_COMPOUND = re.compile(rf"(?<![\w.+/@-]){_ATOM}(?:[-/]{_ATOM}|/\+)*{_APOSTROPHE_YEAR}(?![\w@])")
#: the same, but only words with a capital, a digit or a Greek letter ("τ-bench"): other
#: all-lower-case words are never names, and skipping them keeps this pass cheap
_CANDIDATE_COMPOUND = re.compile(
    rf"(?<![\w.+/@-])(?=[\w.+/-]*[A-Z0-9\u0391-\u03a9\u03b1-\u03c9]){_ATOM}(?:[-/]{_ATOM}|/\+)*"
    rf"{_APOSTROPHE_YEAR}"
    r"(?![\w@])"
)
#: from a capital, digit or Greek letter to the end of its run of name characters: the runs
#: a compound can start (see _candidate_compounds)
_CAPITAL_RUN = re.compile(r"[A-Z0-9\u0391-\u03a9\u03b1-\u03c9][\w.+/@^-]*")
#: a Greek letter, then a hyphen and an acronym or "bench": "τ-bench", "π0-FAST"; or a
#: Greek letter with a number and a capitalised word: "π0-Fold" (not "Δ-based", "α-Tsallis")
_GREEK_NAMED = re.compile(r"^.\d*(?:\.\d+)?-(?:[A-Z]{2,}|bench\b)|^.\d+(?:\.\d+)?-[A-Z][a-z]")
_ORIGIN_INNER = re.compile(
    r"\s*(?:distilled|fine-?tuned|finetuned|built|based|initiali[sz]ed|quantized|pruned|derived|"
    r"adapted)\s+(?:up)?(?:from|on)\s"
    # "X (itself a distilled version of Y)"
    r"|\s*(?:itself\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:version|variant|checkpoint|student|"
    r"fork|derivative|successor|counterpart)\s+of\s"
)
_DIGIT_PREFIXED_NAME = re.compile(r"\d+[A-Z]+[A-Z][a-z]{2,}\w*")
_HAS_LETTER_DIGIT = re.compile(r"[A-Za-z].*[0-9]|[0-9].*[A-Za-z]")
_INNER_UPPER = re.compile(r"^.+[A-Z]")
#: one capital inside an ordinary word ("evOlution", "gEnerative", "MultimOdal"): a letter
#: picked out to spell an acronym in its long form (see _spells_an_acronym)
_SPELLING_CAPITAL = re.compile(
    r"[a-z]{2,}[A-Z][a-z]+|[a-z][A-Z][a-z]{6,}|(?P<head>[A-Z][a-z]{2,})(?P<tail>[A-Z][a-z]+)"
)
_CELL_MARKER = re.compile(r"CD\d{1,3}[+-]?")
_VERSIONED = re.compile(r"[A-Za-z]-[0-9]")
#: a version on its own: a name only when words before it join it ("Depth Anything V2")
_BARE_VERSION = re.compile(r"[vV]\d+(?:\.\d+)*")

#: lower-case hyphen parts that belong to a model name ("Llama-2-chat", "RoBERTa-large")
_BARE_VERSION_SIZE = re.compile(r"[vV]\d+(?:\.\d+)?-[a-z]{1,2}")
_NAME_SUFFIXES = frozenset(
    "chat instruct base large small medium tiny mini nano xl xxl turbo pro plus lite coder "
    "code math vision vl hf it preview uncased cased mix moe distill bench high low dev schnell "
    "flash max ultra eval seg pose cls obb think thinking reasoner mt asr tts sft rl dpo zero "
    "xlarge xxlarge huge giant g alpha beta gamma full"
    "".split()
)
_MEASURE_WORD_AFTER = re.compile(r"\s(?:score|index|ratio|metric)\b")
#: suffixes that make a name part of a measure: "U2-score", "Elo-rating"
_MEASURE_SUFFIXES = frozenset("score scores metric rating index".split())
#: variant words after a capitalised family name: together they are a model's name
_VARIANT_SUFFIXES = frozenset(
    "chat instruct base large small medium tiny mini nano xl xxl turbo lite coder pico femto "
    "atto".split()
)
#: "AGPL-3.0", "Apache-2.0", "CC-BY-NC-4.0": a licence, not a name
_LICENSE = re.compile(
    r"(?:A?GPL|LGPL|MPL|EPL|Apache|CC-BY(?:-(?:SA|NC|ND))*|CC0|BSD)-?v?\d(?:\.\d)?"
)
#: one- or two-letter sizes after a family's name
_SIZE_TAGS = frozenset("XS S M L XL XXL".split())
#: hyphen suffixes that make the name a modifier of a generic class ("GPT-style models")
_CLASS_SUFFIXES = frozenset("style like type family series".split())
#: lower-case first parts that are not model names ("top-1", "stage-2")
_NOT_NAME_PREFIX = frozenset(
    "top step stage layer round level rank pass shot epoch order fold way k n type "
    "phase part version figure table section eq day week month year hour lead sub".split()
)
#: language qualifiers that form one name with a following model name ("Chinese CLIP")
_QUALIFIERS = frozenset(
    "Chinese English Japanese Korean Arabic French German Spanish Russian Vietnamese "
    "Thai Hindi Indic Multilingual Cross-lingual Bilingual Mandarin Cantonese Bengali Urdu "
    "Swahili Portuguese Italian Dutch Turkish Persian Indonesian Hebrew Greek Polish "
    "Nepali Hausa Yoruba Igbo Amharic Somali Zulu Xhosa Tagalog Filipino Malay Tamil Telugu "
    "Marathi Gujarati Punjabi Kannada Malayalam Sinhala Burmese Khmer Lao Uzbek Kazakh Czech "
    "Slovak Catalan Basque Galician Welsh Farsi Pashto Kurdish Tibetan Uyghur Kinyarwanda "
    "Luganda Kikuyu Wolof Shona Tigrinya Oromo Lingala Twi Akan Fula Sesotho Setswana "
    "Afrikaans Malagasy Quechua Guarani Aymara Nahuatl Maori Hawaiian Samoan Javanese "
    "Sundanese Cebuano Ukrainian Romanian Hungarian Bulgarian Serbian Croatian Finnish "
    "Swedish Norwegian Danish Icelandic Estonian Latvian Lithuanian Georgian Armenian "
    "Azerbaijani Mongolian Tajik Kyrgyz Turkmen Sindhi Odia Assamese Maithili "
    "Kanuri Bambara Zarma Fulfulde Tamasheq Dyula Moore Ewe Fon Tsonga Venda Bemba Chichewa "
    "Kirundi Luo Dinka Nuer Tigre Kabyle Berber Tamazight".split()
)
#: a size after a version: "Gemma 3 4B", "Llama 3.1 70B"
_SIZE_AFTER = re.compile(r" \d+(?:\.\d+)?[BM](?!\w)(?!\.\d)")
#: a lower-case size after a known model ("Whisper small", "BERT base", "T5 large-v2"),
#: not an adjective of what follows ("LLaMA large language models")
_LOWER_SIZE_AFTER = re.compile(
    # "Whisper medium.en": an English-only release
    r" (?:tiny|small|base|medium|large|mini)(?:-v\d+|\.en)?(?![\w-])"
    r"(?! (?:language|scale|models?|vision|numbers?|amounts?|datasets?|corpus|corpora|sets?)\b)"
    # ("XLM-R large and 44.0 for Y", but not "BERT base and large": two sizes)
    r"(?! (?:and|or) (?:tiny|small|base|medium|large|mini|(?:an? |the )?(?:[\w-]+ )?models?)\b)"
    r"(?!/)"
)
_LOWER_SIZE_STARTS = frozenset((" t", " s", " b", " m", " l"))
_CAPITAL_AFTER = re.compile(r" [A-Z0-9]")
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
_MINOR_VERSION = re.compile(r"\.\d{1,2}(?![\d.%])(?!\s*(?:%|points?|pp)\b)")
_VERSION_TAIL = re.compile(
    # a version is "3", "2.5", "11" or "4.1-Turbo"; "82.81" after a name is a score
    # "ConvNeXt V2-L": a version with a size letter
    # "Zephyr-WX v2-Lite": a variant word after a "v" version
    r"[ ](v\d+(?:\.\d+)*(?:-(?:Lite|Mini|Base|Large|Small|Pro|Plus|Turbo|Instruct|Chat|Max|"
    r"Flash|Tiny|Nano|Ultra))?|V\d+(?:\.\d+)*(?:-(?:[SBLHGT]|[sblhg]|XL|XXL))?|[1-9]o(?=[\s,.;:)]|$)|"
    # "Common Voice 17.0": a two-digit release (which only known data keeps, see _version_end)
    # (a full stop after it may end the sentence: "... and Common Voice 17.0.")
    # ("REPA 1.80 FID": two decimals after a space make a score, not a minor version)
    r"(?:[1-9](?!\.\d\d)(?:\.\d(?:\.\d{1,2})?)?|[1-9]\d(?!\d|\.\d)|[1-9]\d\.0(?!\d|\.\d))"
    r"(?:-[A-Za-z0-9.]*[A-Za-z])*"
    # "Claude Opus 4.6's quality": a possessive after the version
    # "RWTH-PHOENIX-Weather 2014T": a year with a letter
    r"|\d+(?:\.\d+)?[BMK]|\d+x\d+[BM]|(?:19|20)\d\d[A-Z]?)(?=[\s,.;:)\]'\u2019/]|$)"
)
#: "-4.6" right after a variant word: "Claude Opus-4.6"
_DASHED_VERSION = re.compile(r"-\d{1,2}(?:\.\d{1,2})?(?![\w.%-]|\.\d)")
#: "17.0": a two-digit release, which only data takes ("Common Voice 17.0")
_TWO_DIGIT_RELEASE = re.compile(r"[1-9]\d\.0")
_VARIANT_WORD = re.compile(
    r"[ ](Pro|Ultra|Flash|Turbo|Mini|Nano|Max|Plus|Opus|Sonnet|Haiku|Instruct|Chat|Base|"
    # ("WavLM Base+", "UniSpeech-SAT Base+": the plus is the variant's)
    r"Large|XL|XXL|Small|Medium|Lite|Coder|Vision|VL)"
    r"(?:(?:-(?:Lite|Mini|Preview))?\b(?!\+)|\+(?![\w+]))"
    # "Recent Large Language Models": a size word that starts a phrase is no variant
    r"(?![ -](?:Language|Vision|Multimodal|Reasoning|Models?|Scale|Action)\b)"
)
_ARCHITECTURE_TAIL = re.compile(r"[ ]((?:ViT|RN)-?[A-Za-z0-9]*(?:/\d+)?)(?=[\s,.;:)]|$)")
#: what follows a chip's name ("H800 GPUs"): the name is hardware, not a model or dataset
_HARDWARE_AFTER = re.compile(
    r" (?:GPU|TPU|NPU|chip|accelerator|microcontroller|MCU|processor|CPU|SoC|FPGA)s?\b"
)
_HARDWARE_STARTS = (
    " GPU",
    " TPU",
    " NPU",
    " chip",
    " accel",
    " micro",
    " MCU",
    " proc",
    " CPU",
    " SoC",
    " FPGA",
)
#: a company's legal form after its name ("CeramTec GmbH", "Acme Inc."), or a team's or a
#: lab's ("the YaleNLP team"): a maker, no model
_COMPANY_INITIALS = frozenset("GILCASlt")  # the first letters of the words below
_COMPANY_AFTER = re.compile(
    r" (?:GmbH|Inc\b|Ltd\b|LLC|Corp\b|Corporation|AG\b|S\.A\.|Co\.|team\b|team's\b|lab\b)"
)
_SUSPENDED_HYPHEN = re.compile(r"-\s+(?:and|or|to)\s")
_DEVICE_BEFORE = re.compile(r"\b(?:MacBook(?: Pro| Air)?|iPhone|iPad|Jetson|Pixel)\s+$")
#: a family's letter-and-digit release code after a known model ("DeepSeek R1", "Kimi K2")
#: "Part A", "Task 4", "Subtask 2", "Track 1": the part of a benchmark or challenge that
#: papers score on as a benchmark of its own, the last words of its name
BENCHMARK_PART = r"(?:Part (?:[A-Z]|[IV]{1,3})|(?:Sub)?[Tt]ask \d{1,2}[A-Z]?|Track \d{1,2})"
_PART_TAIL = re.compile(rf" {BENCHMARK_PART}(?![\w-])")
_ENDS_IN_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_RELEASE_CODE = re.compile(r" ([A-Z]\d{1,2}(?:\.\d)?)(?=[\s,.;:)\]]|'s|$)")
#: a name that already ends in a size: "Qwen2-VL-72B", "Llama-3-8B"
_ENDS_IN_SIZE = re.compile(r"(?<![A-Za-z])\d+(?:\.\d+)?[BM]$")
#: a letter in a version ("v2", "4o", "7B"): no bare number, no score
_LETTER_IN = re.compile(r"[A-Za-z]")
_CELL_END_AFTER = re.compile(r"\s*%?(?:[,;)]|\s+and\s|\.(?:\s|$)|$)")
#: the end of a name-score cell: "GPT-4o 19.5, " or "UI-TARS 22.8 and " (a two-digit
#: value, which no version is)
_SCORE_CELL_BEFORE = re.compile(
    r"(?:(?=[\w.-]*[A-Z0-9])[A-Za-z][\w.-]* \d{2,3}|(?<![A-Za-z])\d+[BM] \d{1,3})\.\d+\s*%?"
    r"(?:,\s*(?:and\s+)?|\s+and\s+)$"
)
_NOT_VERSION_FOLLOWER = re.compile(
    # ("CodeContests 2.4% -> 5.5%": the number goes on past a version's cut)
    r"\.\d|\s*(?:%|percent|points?|pp\b|billion|million|thousand|languages|tasks|datasets|"
    r"benchmarks|models|times|layers|steps|epochs|hours|days|samples|images|classes)"
)

# --------------------------------------------------------------------------- contexts
_LOWER_VARIANT = re.compile(r"-([a-z]+)(?![\w-])")
#: a size or a one- or two-letter tag after a lower-case name: "molspin-L", "tinycast-8M"
_TAG_VARIANT = re.compile(r"-(?:[A-Z]{1,2}|\d+(?:\.\d+)?[BMK]|v\d+(?:\.\d+)?)(?![\w-])")
_PAREN = re.compile(r"\(([^()]{1,200})\)")
#: the parts of a compound whose initials may spell its acronym: capitalised humps, runs of
#: lower-case letters after a hyphen, numbers ("MonoPrior-Stereo", "Point2Vec")
_COMPOUND_PARTS = re.compile(r"[A-Z][a-z]*|[a-z]+|\d+")
#: words of a slogan-like long form ("Bootstrap Your Own Latent", "You Only Look Once")
_SLOGAN_WORD = re.compile(r"\b(?:Your|You|Our|Anything|Everything|Only|Own|Need)\b")
#: "(hereafter Gemma)", "(henceforth X)", "(Llama for short)", "(referred to as X)"
_HEREAFTER = re.compile(
    r"(?:hereafter|henceforth|hereinafter|referred\s+to\s+as|called)\s+(?:simply\s+)?"
    r"[\"\u201c]?([\w.+-]+)[\"\u201d]?"
    r"|[\"\u201c]?([\w.+-]+)[\"\u201d]?\s+for\s+short"
)
_GROUP_BEFORE_PAREN = re.compile(r"(?<![\w-])[A-Z]{1,3}$")
#: "Instr.", "Corr.": a word cut short, as a column header's note
_ABBREVIATED_WORD = re.compile(r"[A-Z][a-z]{1,7}\.")
_CITATION = re.compile(r"\bet al\b|\b(?:19|20)\d\d[a-z]?\b")
#: "(55.5 on AIME 2024, 92.8 on MATH-500)": results whose benchmarks carry a year, not a
#: citation
_DECIMAL_IN = re.compile(r"\d\.\d")
#: (or "(MATH500: 92.6 vs 94.3; AIME 2024: 64.0 vs 72.6)": benchmarks and their values)
_RESULTS_INNER = re.compile(
    r"\d+(?:\.\d+)?\s*%?\s+(?:[\w@-]+\s+)?on\s|[A-Za-z][\w.+-]*(?: [\w.+-]+)?:\s*\d"
)
_NAMING_CUE = re.compile(
    r"\b(?:called|named|dubbed|namely|termed|coined|denoted(?: as)?|referred to as|"
    r"we call|we name|we term)\s+"
    r"(?:as\s+)?([A-Z][\w+-]*(?:\.\d+)*(?:[ ](?:[A-Z][\w+-]*(?:\.\d+)*|of|and|for|with|in|to))*)"
)
#: examples of biological entities: "genes such as A, B and C", "proteins like A or B"
_BIOLOGICAL_EXAMPLES = re.compile(
    r"\b(?:genes?|proteins?|markers?|transcripts?|loci|enhancers?|receptors?|kinases?|"
    r"antibod(?:y|ies)|cytokines?|mutations?)\s*,?\s+(?:such\s+as|like|including|e\.g\.,?|"
    # (the list ends at its "and": "genes such as A and B, and X reaches ...")
    r"namely)\s+((?:[A-Z][A-Za-z0-9-]*\s*,\s*)*[A-Z][A-Za-z0-9-]*"
    r"(?:,?\s+(?:and|or)\s+[A-Z][A-Za-z0-9-]*)?)"
)
_TITLE_WORD = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
_INTRODUCED_PHRASE = re.compile(
    # "\b(?:[Ww]e|[Tt]his ...)", written to start with a character class so that the
    # engine skips ahead to a W or a T instead of trying every offset
    r"[WwTt](?<!\w[WwTt])(?:(?<=[Ww])e|(?<=[Tt])his (?:paper|work|report))\s+"
    r"(?:\w+ly\s+|also\s+|further\s+)?"
    r"(?:present|introduce|propose|release|develop|build|open-source)[sd]?\s+"
    # "Gemma Scope", and titles with a function word inside ("Thinking by Subtraction",
    # "Gaze on the Prize")
    # (a full stop inside a word only: "FooNet-2. On ImageNet" is two sentences)
    r"((?:[A-Z](?:[\w+-]|\.(?=\w))*)"
    r"(?:[ ](?:(?:by|on|of|in|the|at)[ ]){0,2}"
    r"(?:[A-Z](?:[\w+-]|\.(?=\w))*|\d(?:\w|\.(?=\w))*)){1,3})"
    r"(?=\s*(?:,|\(|:|\.\s|\s+(?:a|an|which|that|to|for)\b))"
)
#: the words the two patterns above and below open with
_SUBJECT_OPENERS = ("we", "this")
#: "we propose a Directional Edge Guidance Loss, a ...": a title-case phrase after an
#: article, ending in a capitalised head noun and described right after (an acronym after it,
#: "a Dual Gating Network (DGN)", is found as a definition)
_INTRODUCED_HEADED_PHRASE = re.compile(
    r"[WwTt](?<!\w[WwTt])(?:(?<=[Ww])e|(?<=[Tt])his (?:paper|work|report))\s+"
    r"(?:\w+ly\s+|also\s+|further\s+)?"
    r"(?:present|introduce|propose|design|develop|build)[sd]?\s+(?:a|an|the)\s+"
    r"(?:novel\s+|new\s+)?"
    # ("a Masked Cross-Attention": the head may end a hyphenated word)
    r"((?:[A-Z][\w-]*\s+){1,4}(?:[A-Z][a-z]*-)?(?:Loss|Module|Block|Layer|Attention|Mechanism|"
    r"Regularizer|"
    r"Objective|Strategy|Algorithm|Network|Framework|Sampler|Scheduler|Optimizer|Adapter|"
    r"Transformer|Architecture|Policy|Method|Approach|Paradigm|Technique|Benchmark|Dataset|"
    r"Corpus))"
    r"(?=,\s+(?:a|an|which|that)\b|\s+(?:that|which|to)\b)"
)
#: words of the long forms of architecture classes: a phrase of these alone is a kind of
#: model ("a Graph Neural Network that ..."), not a name
_CLASS_WORDS = frozenset(
    "graph neural network networks convolutional recurrent vision language large deep "
    "spiking diffusion state space attention self-attention multi-head generative "
    "adversarial variational transformer residual feed-forward feedforward multilayer "
    "multi-layer perceptron mixture-of-experts model encoder decoder encoder-decoder long "
    "short-term memory foundation pre-trained pretrained".split()
)
# head nouns first (few per abstract), then the title-case phrase that ends right before one;
# the whitespace before the noun is matched, not looked behind at: a pattern that starts
# with a character class lets the engine skip ahead
#: a lower-case hyphenated name before its description ("murmur-tts, a ..."), and the verb
#: of making right before it ("We present", "we distill Y into")
_LOWER_NAME_THEN_DESCRIPTION = re.compile(
    r"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?=\s*(?:,|\(|:|\s+(?:a|an|which|that)\b))"
)
#: ", a 300-case evaluation suite", ", an open-source Python library": what a name is
_KIND_APPOSITIVE = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,5}?(?:model|benchmark|dataset|corpus|framework|method|system|"
    r"adapter|library|toolkit|tool|agent|suite|pipeline|approach|algorithm|architecture|network|"
    r"policy|simulator|platform|package|recipe|collection|testbed|environment|family|series|"
    r"transformer|encoder|decoder|forecaster|emulator|predictor|classifier|detector|recogni[sz]er|"
    r"recommender|retriever|solver|planner|transducer|vocoder|codec|tokeni[sz]er|synthesi[sz]er|"
    r"segmenter|tracker|captioner|generator|backbone|reranker|embedder)s?\b"
)
#: "Our model, tilenet, ...": a lower-case word set off after "our" and a kind of system
_OUR_KIND_LOWER_NAME = re.compile(
    # the letter before the word-boundary test: a pattern that opens with a character set
    # lets the engine skip ahead to the next "O" or "o" (one that opens with \b is tried
    # at every offset of the abstract)
    r"[Oo](?<!\w[Oo])ur\s+(?:[\w-]+\s+)?(?:model|method|framework|system|approach|network|"
    r"encoder|detector|agent|pipeline|toolkit|library|recogni[sz]er|recommender),\s+"
    r"([a-z][a-z0-9]{2,}),(?!\s+(?:and|or)\b)"  # not "Our model, dataset, and code"
)
_PLACEHOLDER = re.compile(r"(?:new|our|my|the|this)[a-z]+|[a-z]+name")
_MADE_LAST_WORDS = (
    *(
        f"{verb}{ending}"
        for verb in (
            *("present", "introduce", "propose", "release", "develop", "open-source"),
            *("describe", "train"),
        )
        for ending in ("", "s", "d", "ed")
    ),
    *("into", "report on"),
)
_MADE_BEFORE = re.compile(
    r"(?:\b[Ww]e\s+(?:\w+ly\s+|also\s+)?(?:present|introduce|propose|release|develop|"
    r"describe|open-source|train)(?:s|d|ed)?|"
    # "We report on Petrel-4, the fourth generation of ..."
    r"\b[Ww]e\s+report\s+on|"
    # "We construct D ... and use it to pretrain geoscope, a family of ..."
    r"\b(?:use|uses|used)\s+(?:it|them|this\s+\w+)\s+to\s+(?:pre-?)?train|"
    r"(?:distil\w*|merg\w*|quantiz\w*|compress\w*)\s+[^.;]{0,60}?\binto|"
    # "This technical report describes tessera-3, ..."
    r"[Tt]his (?:technical\s+)?(?:paper|work|report) (?:presents|introduces|describes))\s+$"
)
#: "Amazon-Sports": capitalised words joined by a hyphen, a name of a family's member
_HYPHENED_TITLE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+")
_HEAD_NOUN = re.compile(
    r"\s(dataset|datasets|data|benchmark|benchmarks|corpus|split|leaderboard|technique|method|approach|"
    r"framework|module|mechanism|strategy|algorithm|loss|paradigm)\b"
)
#: a capitalised word and a version: "Meridian-2", "Tern 3", "Kestrel-v2"
_VERSIONED_WORD = re.compile(r"([A-Z][a-z]{3,})[- ]?(?:v\.?)?\d+(?:\.\d+)?")
#: where a successor's abstract writes its family word bare
_FAMILY_CONTEXT_BEFORE = re.compile(
    r"(?:\b(?:successor|predecessor|extension|version|generation)\s+(?:to|of)\s+(?:the\s+|our\s+|"
    r"its\s+)?(?:original\s+|earlier\s+|previous\s+|first\s+)?"
    r"|\b(?:[Ww]hereas|[Uu]nlike|than|for|over|with|surpasses|outperforms)\s+(?:the\s+original\s+)?)$"
)
_TITLED_DATA_NAME = re.compile(
    r"\b(?:the|on|of|in)\s+((?:[A-Z][a-z][\w-]*\s+){2,4}(?:Leaderboard|Arena|Challenge))\b"
    # "the Brain Tumor MRI Dataset": a capitalised data noun is part of the name too
    r"|\b(?:the|on|of|in|from)\s+((?:[A-Z][a-z][\w-]*|[A-Z]{2,6})(?:\s+[A-Z][\w-]*){1,4}\s+"
    r"(?:Dataset|Database|Corpus|Archive)(?:\s+v?\d+(?:\.\d+)?(?![\w.]))?)(?![\w-])"
    # "Chronos Benchmark II": a benchmark's edition after the capitalised head
    r"|\b(?:the|on|of|in)\s+((?:[A-Z][a-z][\w-]*\s+){1,4}Benchmark\s+(?:I{1,3}|IV|v?\d+(?:\.\d+)?)"
    r")(?![\w.-])"
)
_LETTER_SIZE_TAIL = re.compile(r"[a-z]-(?:[SBLHGMT]|XS|XL|XXL)$")
_APPOSED_NAME_BEFORE = re.compile(r"\b([A-Z][\w-]*[A-Z][\w-]*),\s+(?:the\s+)?$")
_TITLED_DATA_HEADS = (
    *("Leaderboard", "Arena", "Challenge", "Dataset", "Database", "Corpus", "Archive"),
    "Benchmark",
)
_TITLE_PHRASE_BEFORE = re.compile(
    rf"(?<![A-Za-z0-9-])((?:{_TITLE_WORD})(?:\s+(?:and|of|for|&)?\s*{_TITLE_WORD}){{1,5}})\s+$"
)
_TRAILING_GENERIC = re.compile(
    r"\s+(?:Benchmark|Benchmarks|Dataset|Datasets|Corpus|Model|Models|Series|Suite|"
    r"Framework|Family)$"
)
_FUNCTION_WORD = re.compile(r"\b(?:for|of|with|from|to|in|on|via|by|that|which)\b")
_LEADING_DETERMINER = re.compile(
    r"^(?:(?:a|an|the|our|novel|new|proposed|simple|unified|effective|efficient|"
    r"general|novel)\s+)+",
    re.I,
)

# acronym definitions: long-form head words that make the acronym a task or class, not a name
_TASK_HEADS = frozenset(
    "recognition understanding translation answering classification detection segmentation "
    "comprehension filling summarization captioning parsing tagging retrieval tracking "
    "estimation synthesis inference enhancement editing restoration reconstruction "
    "verification localization forecasting navigation grounding generalization assessment".split()
)
_CLASS_HEADS = frozenset(
    "models networks llms lms systems agents disease diseases disorder disorders syndrome "
    "cancer infection languages".split()
)
#: long forms that define a metric ("mean absolute error (MAE)", "Area Under the Curve"):
#: a metric is never an entity, even when its acronym also names one (MAE, the model)
_METRIC_HEADS = frozenset(
    "error errors accuracy precision recall rate ratio distance divergence similarity "
    "coefficient correlation curve union variability deviation dimension gap index score "
    "scores quality".split()
)
#: last words of a lower-case long form that name a technique, not a task, a setting or a
#: field ("reinforcement fine-tuning", "on-policy distillation", "sliding-window attention";
#: not "test-time adaptation" or "exhaustive search")
_LOWERCASE_TECHNIQUE = re.compile(
    r"(?:tuning|training|decoding|prompting|distillation|sampling|attention|"
    # "data-regularized actor-critic (DrAC)", "prioritized experience replay (PER)"
    r"actor-critic|replay|optimization|optimisation|regularization|regularisation)$"
)
#: a metric noun right after a definition: the acronym names the metric
_METRIC_AFTER_PAREN = re.compile(
    r"\s*\)\s*(?:F-?score|F1|F-measure|scores?|accuracy|metrics?|error|index|coefficient)\b",
    re.IGNORECASE,
)
#: what a paper says it proposes right before a lower-case long form it defines
#: "Streaming RAG", "Visual GRPO": capitalised words, then an acronym
_PREFIXED_ACRONYM = re.compile(
    r"((?:[A-Z][a-z][\w-]*\s+){0,1}[A-Z][a-z][\w-]*)\s+([A-Z]{2,}[a-z]?\d*)"
)
#: a list of the kinds of something ("three categories: A (X), B (Y)"), not of methods
_TAXONOMY_BEFORE = re.compile(
    r"\b(?:categories|dimensions|aspects|levels|facets|axes|subsets|error types|failure modes)"
    r"\s*:"
)
#: "SafeDriveRAG": a capitalised prefix, then an acronym of three letters or more
_ACRONYM_SUFFIX = re.compile(r"^[A-Z][A-Za-z0-9]*[a-z0-9]([A-Z]{3,})$")
_PROPOSAL_IN_SENTENCE = re.compile(
    r"\b(?:we|this (?:paper|work|study))\s[^.;]{0,80}?\b(?:propose|introduce|present|"
    r"develop|design)\b",
    re.I,
)
#: "we propose", "we introduce" right before a name
#: after "(ACR": ", a simple method", ", a practical framework"
_DESCRIBED_AFTER_PAREN = re.compile(
    r"\),\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,4}?(framework|method|approach|model|algorithm|"
    r"technique|system|pipeline|strategy|benchmark|dataset|network|agent|procedure|recipe|"
    r"scheme|mechanism)\b"
)
#: "a method called X (ACR)": the paper names what kind of thing its long form is
_KIND_CALLED_BEFORE = re.compile(
    r"\b(method|framework|approach|model|algorithm|technique|network|architecture|strategy)\s+"
    r"(?:called|named|dubbed|termed)\s+$",
    re.I,
)
#: "we propose X (ACR)": a title-case long form the paper proposes is its own method
#: "X (ACR), a new task that ...": the paper introduces a task, not a method
_TASK_AFTER_PAREN = re.compile(
    r"\),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:task|problem|setting|challenge)\b"
)
_PROPOSE_BEFORE_NAME = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work))\s+(?:also\s+|further\s+|then\s+)?(?:propose|introduce)\s+$"
)
_PROPOSED_BEFORE_NAME = re.compile(
    r"\b(?:propose|proposes|introduce|introduces|present|presents|develop|develops)\s+$", re.I
)
#: right before a long form the paper coins (besides "we call", read first): "our", "Its
#: training recipe,", "we (also) introduce / propose / add"
#: "we call (the resulting objective)", "which we term": the paper names what it made
_WE_CALL_BEFORE = re.compile(
    r"\b[Ww]e\s+(?:call|term|dub|name|coin)(?:\s+(?:this|it|the|our)(?:\s+[\w-]+){0,3})?\s+$"
)
#: "We call this task X (ACR)": a task the paper names, not a technique
_CALLED_TASK_BEFORE = re.compile(
    r"\b(?:task|problem|setting|challenge|phenomenon|paradigm|regime)s?\s+$", re.I
)
_COINED_BEFORE = re.compile(
    r"(?:\b[Oo]ur"
    # "The second is an on-policy stage, X (ACR), whose ...", "A second change, X (ACR),",
    # "with a chunk-level consistency loss, X (ACR)"
    r"|\b(?:stage|step|phase|change|component|ingredient|objective|recipe|loss|regulari[sz]er),"
    # "Its training recipe, X (ACR), lets ..."
    r"|\b(?:[Ii]ts|[Oo]ur)\s+(?:[\w-]+\s+)?(?:recipe|objective|loss|strategy|scheme|technique|"
    r"procedure|method),"
    r"|\b[Ww]e\s+(?:also\s+|further\s+|then\s+|additionally\s+)?"
    r"(?:propose|introduce|present|add|develop|design|devise))\s+$"
)
_ESTABLISHED_KIND_BEFORE = re.compile(
    r"\b(?:standard|conventional|common|usual|popular|existing|classic|widely[- ]used)\b"
    r"[^,;()]{0,30},\s+$"
)
#: "contact-guided masking (CGM), an objective that ...": what kind of technique it is
_COINED_APPOSITIVE = re.compile(
    r"\),\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:objective|loss|procedure|recipe|stage|"
    r"strategy|technique|method|regulari[sz]er|scheme|mechanism|module|algorithm|approach|"
    r"framework)\b"
)
#: what a coined long form is when it is no technique: "(rFID), a lightweight evaluation
#: metric", "our ... (TGIF) dataset", "(LI) as a behavioral descriptor"
_NOT_COINED_KIND = re.compile(
    r"\)(?:,?\s+(?:as\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?|\s+)(?:metric|measure|score|index|"
    r"descriptor|representation|dataset|benchmark|corpus|task|problem|phenomenon|notion|"
    r"concept)s?\b"
)
_ESTABLISHED_APPOSITIVE = re.compile(
    r"\),\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:commonly|widely|often|frequently|typically|"
    r"traditionally|popular|standard|classic|classical|well-known|existing|established)\b"
)
_PROPOSED_A_NEW_BEFORE = re.compile(
    r"\b(?:propose|proposes|introduce|introduces|present|presents|develop|develops)\s+"
    r"(?:a|an)\s+(?:novel\s+|new\s+)?$",
    re.I,
)
_KIND_RIGHT_AFTER_PAREN = re.compile(
    r"\)\s+(framework|method|approach|model|algorithm|technique|system|pipeline|strategy|"
    r"network|architecture|mechanism|module|scheme|objective)\b"
)
_DATA_AFTER_PAREN = re.compile(r"\)\s+(dataset|corpus|benchmark)\b")
_PROPOSAL_BEFORE = re.compile(
    r"\b(?:we|this (?:paper|work|study)|here)\s+(?:\w+ly\s+|also\s+|further\s+)?"
    r"(?:propose|proposes|introduce|introduces|present|presents|develop|develops|design|"
    r"designs|devise|devises)\s+"
    r"(?:a|an)\s+(?:new\s+|novel\s+)?\Z",
    re.IGNORECASE,
)
_NOUN_AFTER_PAREN = re.compile(r"\s*\)\s+([a-z]+)\b")
#: singular nouns that make a proposed, lower-case defined acronym a name
_PROPOSED_HEADS = frozenset(
    "model network architecture transformer method framework algorithm approach technique "
    "strategy mechanism module methodology pipeline".split()
)
_NOT_PROPOSED_HEADS = _TASK_HEADS | _CLASS_HEADS | _METRIC_HEADS
_LOWERCASE_METHOD_HEADS = frozenset(
    "minimization optimization optimizer algorithm regularization normalization descent".split()
)


#: the component of an acronym the paper coins for a technique of its own
COINED = "mlkg_names.coined"


@Language.factory("mlkg_names")
def make_names(nlp: Language, name: str) -> NameFinder:
    return NameFinder()


def _candidate_compounds(text: str) -> Iterator[re.Match[str]]:
    r"""The matches of ``_CANDIDATE_COMPOUND.finditer(text)``, found faster.

    A compound starts a run of the characters its look-behind excludes (``[\w.+/@-]``)
    and that run holds a capital or a digit, so there is at most one per run: trying the
    pattern only at the start of the runs that ``_CAPITAL_RUN`` finds (a search that skips
    ahead to a capital or digit) gives the same matches without trying every offset.
    """
    match = _CANDIDATE_COMPOUND.match
    for run in _CAPITAL_RUN.finditer(text):
        start = run.start()
        while start and (text[start - 1].isalnum() or text[start - 1] in "_.+/@-"):
            start -= 1  # a run that starts in lower case ("phi-1.5", "iPhone")
        if found := match(text, start):
            yield found


@lru_cache(maxsize=1 << 16)
def is_name_shaped(compound: str) -> bool:
    """True for ``Qwen2``, ``GPT-4``, ``BERT``, ``ExpertLLaMA``, ``Code-Qwen-Chat``."""
    # the parts between hyphens and slashes, as ``re.split(r"[-/]", compound)`` gives them:
    # two string methods cost less than ``re.split`` looking its pattern up first
    atoms = compound.replace("/", "-").split("-")
    if _DIGIT_PREFIXED_NAME.fullmatch(atoms[0]):
        return True  # "4DHuman": a dimension glued to a capitalised word
    if not any(a[:1].isalpha() and a not in STOP_WORDS for a in atoms):
        return False  # "7B", "2D", "100M", "2D-to-3D"
    if _SIZE_ONLY.fullmatch(atoms[0]) and all(
        _SIZE_ATOM.fullmatch(a) or a.lower() in _NAME_SUFFIXES for a in atoms[1:]
    ):
        return False  # "30B-A3B", "3B-Instruct": a size of a name written elsewhere
    if _COUNTED_UNIT.fullmatch(compound):
        return False  # "8-GPU", "86ms/image": a count or a rate
    if _LICENSE.fullmatch(compound):
        return False  # "AGPL-3.0", "CC-BY-4.0": the licence of a release
    if atoms[0][:1].islower() and atoms[0].lower() in _NOT_NAME_PREFIX:
        return False
    if _CELL_MARKER.fullmatch(compound):
        return False  # "CD8+ T cells", "CD163+ macrophages": cell markers
    if _spells_an_acronym(compound):
        return False  # "latent evOlution", "gEnerative Engines": letters of an acronym
    if any(_HAS_LETTER_DIGIT.search(a) for a in atoms):
        return True
    if len(atoms) > 1 and "\u0391" <= compound[0].upper() <= "\u03a9":
        return _GREEK_NAMED.match(compound) is not None  # "τ-bench", not "α-Tsallis"
    if any(_INNER_UPPER.match(a) for a in atoms):
        return True
    if _VERSIONED.search(compound) and atoms[0][:1].isupper():
        return True
    if len(atoms) > 1 and atoms[0][:1].isupper() and atoms[-1].lower() in _VARIANT_SUFFIXES:
        return True  # "Kite-Base", "Kite-Chat", "Orca-Instruct": a family and its variant
    if len(atoms) == 2 and atoms[0][:1].isupper() and len(atoms[0]) > 3 and atoms[1] in _SIZE_TAGS:
        return True  # "Swiftlet-M", "Tessera-S": a family and its size
    if (
        len(atoms) > 1
        and atoms[-1].lower() in _NAME_SUFFIXES
        and load_lexicon().types_of("-".join(atoms[:-1])) == {"Model"}
    ):
        return True  # "gpt-oss-mini": a known family in lower case, and its variant
    if len(atoms) > 1 and len(atoms[-1]) > 3 and _known_model_spelling(atoms[-1]):
        return True  # "Pupil-Llama", "Med-PaLM": a known model family, adapted
    if (
        len(atoms) == 2
        and len(atoms[0]) > 3
        and atoms[1].istitle()
        and load_lexicon().types_of(atoms[0]) == {"Model"}
        # "hybrid Mamba-Transformer": two architectures, not a model's name
        and not load_lexicon().is_generic(atoms[1])
    ):
        return True  # "Whisper-Swahili", "Llama-Arabic": a known model, specialised
    # "phi-1.5": a short lower-case family name with a version
    return bool(_VERSIONED.search(compound) and atoms[0].islower() and len(atoms[0]) <= 6)


@lru_cache(maxsize=1 << 12)
@lru_cache(maxsize=1 << 14)
def _common_word(word: str) -> bool:
    """An English word common enough that a name ending in it needs more than its shape
    ("Align", "Phi", "Falcon" are words; "Llama", "Gemma" are rare enough)."""
    return zipf(word.lower()) >= 3.5


@lru_cache(maxsize=1 << 12)
def _spells_an_acronym(word: str) -> bool:
    """One capital inside an English word ("evOlution", "gEnerative", "MultimOdal"): a
    letter picked out for an acronym's long form. A capital second letter ("iPhone", "eBay")
    marks a name unless the word is long and ordinary; two words run together ("DarkNet")
    are a name."""
    spelled = _SPELLING_CAPITAL.fullmatch(word)
    if spelled is None:
        return False
    if spelled.group("head"):
        # "MultimOdal" (not "DarkNet", "YouTube": two words run together)
        return zipf(word.lower()) >= 2.5 and not any(
            zipf(part.lower()) >= 2 for part in spelled.group("head", "tail")
        )
    if word[1].isupper():
        return zipf(word.lower()) >= 2.5
    return _common_word(word)


def _known_model_spelling(word: str) -> bool:
    """``Llama``, ``PaLM``: a model the lexicon knows, written as the lexicon writes it."""
    lexicon = load_lexicon()
    return lexicon.types_of(word) == {"Model"} and not _common_word(word)


def _language_pair(compound: str) -> bool:
    """``Korean-English``, ``Chinese/English``, ``Camera-LiDAR``: languages or sensing
    modalities, not a name."""
    atoms = compound.replace("/", "-").split("-")  # re.split(r"[-/]", ...)
    return len(atoms) > 1 and (
        all(atom in _QUALIFIERS for atom in atoms) or all(atom in _MODALITIES for atom in atoms)
    )


_MODALITIES = frozenset(
    "Camera LiDAR Lidar Radar RGB Depth Thermal Infrared IR Event Audio Video Text Image "
    "Vision Language Speech Touch Tactile IMU".split()
)


def is_title_compound(compound: str) -> bool:
    """``Arena-Hard``, ``Code-Qwen-Chat``: capitalised parts only; a name or a long form."""
    atoms = compound.replace("/", "-").split("-")  # re.split(r"[-/]", ...)
    return len(atoms) >= 2 and all(a[:1].isupper() or a.isdigit() for a in atoms)


@lru_cache(maxsize=1 << 16)
def trim_compound(compound: str) -> tuple[int, str, str | None]:
    """Drop generic lower-case hyphen parts: ``GPT4-based`` -> ``GPT4``.

    Returns (shift of the start, trimmed text, the first dropped suffix or None): a name
    written with a suffix (``InsTag-selected data``) modifies the noun after it.
    """
    atoms = compound.split("-")
    dropped = None
    while len(atoms) > 1 and atoms[-1].isalpha() and atoms[-1].islower() and atoms[-1].isascii():
        if atoms[-1] in _NAME_SUFFIXES:  # a Greek letter is part of the name: "Zephyr-β"
            break
        dropped = atoms.pop()
    shift = 0
    if (
        not any(c.isupper() for c in compound)
        and not STOP_WORDS.intersection(atoms)
        and not (len(atoms) == 2 and atoms[1].isdigit())
    ):
        # all lower case: "gpt-oss-120b", "phi-4-mini", "Whisper large-v3" (not "best-of-16",
        # nor a word and a number, "multi-9", as line numbers glued to words make them)
        return shift, "-".join(atoms), dropped
    while (
        len(atoms) > 1
        and atoms[0].isalpha()
        and atoms[0].islower()
        and len(atoms[0]) > 1
        and not (atoms[1][:1].isdigit())
    ):
        shift += len(atoms[0]) + 1
        atoms.pop(0)
    return shift, "-".join(atoms), dropped


_VERSION_PART = re.compile(r"\d+[a-z]{0,2}")
_SIZE_END = re.compile(r"(?<=[-\s])\d+(?:\.\d+)?[BMK]$")
_SIZE_ONLY_PART = re.compile(r"\d+(?:\.\d+)?[BMK]")


def _made_right_before(text: str, start: int) -> bool:
    """Whether a verb of making ("We present", "we distill Y into") ends right before
    ``start``: the last word first, a cheap test before the regular expression."""
    if not text[max(0, start - 13) : start].rstrip().endswith(_MADE_LAST_WORDS):
        return False
    return _MADE_BEFORE.search(text, max(0, start - 90), start) is not None


def _used_as_a_name(text: str, word: str) -> bool:
    """Whether an English word stands as a subject with no article before a verb of
    results ("terrace reaches 81.6 mAP"): a system's name, not the common noun."""
    return any(
        _RESULT_VERB_AFTER.match(text, at + len(word))
        and not _ARTICLE_BEFORE.search(text, max(0, at - 5), at)
        for at in _occurrences(text, word)
    )


_RESULT_VERB_AFTER = re.compile(
    r"\s+(?:reaches|achieves|obtains|attains|outperforms|surpasses|improves|scores|yields)\b"
)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an|this|our|its)\s+$", re.I)


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (not inside "Tern-3B" or "Terns"):
    plain substring search, cheaper than a regular expression compiled per word."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not _NAME_GOES_ON.match(text, end) and (
            at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")
        ):
            yield at
        at = text.find(word, end)


def _head_word(long: str, *, after_version: bool = False, as_written: bool = False) -> str:
    """The last word of a long form's head, in lower case: "Direct Preference Optimization"
    -> "optimization", "masked modelling of proteins" -> "modelling"; with
    ``after_version``, the word before a trailing version ("RewardBench 2" -> "rewardbench");
    with ``as_written``, in its own case ("LMM Augmented CLIP" -> "CLIP")."""
    head_phrase = re.split(r"\s+(?:for|of|with|from|in|on|via|by|to)\s+", long)[0]
    if after_version:
        head_phrase = re.sub(r"(?:\s+(?:v?\d+(?:\.\d+)*|[IVX]{1,3}))+$", "", head_phrase)
    word = re.split(r"[\s-]+", head_phrase)[-1]
    return word if as_written else word.lower()


def _capitals_long_form(short: str, words: list[str]) -> str | None:
    """The words before ``(short)`` from the first of the capitalised words whose initials
    are the short form's capitals, in order, with no other capitalised word among them."""
    capitals = [c for c in short if c.isupper()]
    if len(capitals) < 2:
        return None
    found: list[str] = []
    for index in range(len(words) - 1, max(-1, len(words) - 3 * len(capitals) - 4), -1):
        initial = words[index][:1]
        if not initial.isupper():
            continue
        if len(found) == len(capitals) or initial != capitals[-1 - len(found)]:
            return None
        found.append(words[index])
        if len(found) == len(capitals):
            return " ".join(words[index:])
    return None


def _adopt_short_alias(text: str, state: DocState, paren_start: int, alias: str) -> None:
    """Make every later ``alias`` a mention of the name right before ``(hereafter alias)``,
    taking over a separate entity the passes made of it."""
    target = next(
        (
            entity
            for entity in state.entities.values()
            if any(not text[e:paren_start].strip() and e <= paren_start for _, e in entity.mentions)
        ),
        None,
    )
    if target is None or match_key(alias) == target.key:
        return
    taken = [m for entity in state.entities.values() for m in entity.mentions]
    other = state.entities.pop(match_key(alias), None)
    if other is not None and other is not target:
        target.mentions.extend(m for m in other.mentions if m not in target.mentions)
        taken = [m for m in taken if m not in other.mentions]
    for found in re.finditer(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
        span = (found.start(), found.end())
        if found.start() > paren_start and not any(s < span[1] and span[0] < e for s, e in taken):
            target.mentions.append(span)
    target.aliases.add(alias)


def _lower_occurrences(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where a known lower-case name stands as a whole word, or with a variant after it
    ("gpt-oss-mini": the family and its variant, one name)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_"):
            variant = _LOWER_VARIANT.match(text, end)
            if variant and variant.group(1) in _NAME_SUFFIXES:
                yield at, variant.end()
            elif size := _SIZE_AFTER.match(text, end) or _TAG_VARIANT.match(text, end):
                yield at, size.end()  # "gpt-oss 20B", "molspin-L", "tinycast-8M"
            elif not _NAME_GOES_ON.match(text, end):
                yield at, end
        at = text.find(name, end)


#: "-A", "-XL" ending a name, and a part that is only such letters: a variant by letter
_LETTER_END = re.compile(r"-([A-Z]{1,2})$")
_LETTER_PART = re.compile(r"[A-Z]{1,2}")


def expand_slashes(name: str) -> list[str]:
    """``RefCOCO/+/g`` -> three names; ``PIQA/HellaSwag`` -> two; ``ViT-L/14`` stays one."""
    if "/" not in name:
        return [name]
    parts = name.split("/")
    base = parts[0]
    if all(len(p) <= 2 and (p == "+" or (p.isalpha() and p.islower())) for p in parts[1:]):
        return [base] + [base + p for p in parts[1:]]
    if all(_VERSION_PART.fullmatch(p) for p in parts[1:]) and re.search(r"\d$", base):
        # "YOLOv5/8", "GPT-4/4o": the same line, another version
        stem = re.sub(r"\d+$", "", base)
        return [base] + [stem + p for p in parts[1:]]
    if (letter := _LETTER_END.search(base)) and all(_LETTER_PART.fullmatch(p) for p in parts[1:]):
        # "PyraNet-A/B/C", "FlexiNet-S/M/L": one family's variants by letter
        return [base] + [base[: letter.start(1)] + p for p in parts[1:]]
    size = _SIZE_END.search(base)
    if size and all(_SIZE_ONLY_PART.fullmatch(p) for p in parts[1:]):
        # "Qwen3-1.7B/4B": one family in two sizes
        return [base] + [base[: size.start()] + p for p in parts[1:]]
    if all(len(p) >= 2 and p[:1].isupper() and is_name_shaped(p) for p in parts):
        return parts
    return [name]


def schwartz_hearst(short: str, long: str) -> str | None:
    """The shortest suffix of ``long`` that spells ``short`` (Schwartz & Hearst, 2003)."""
    s, i = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (long[i].lower() != c or (s == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    start = long.rfind(" ", 0, i + 2) + 1
    return long[start:].strip()


_SKIPPABLE = frozenset("of for and from with the to in on a an via by".split())


def _qualifies_name(before: str, inner: str) -> bool:
    """A parenthesised all-capital word right after a name-shaped word qualifies it."""
    words = before.split()
    if not words or not inner.isupper():
        return False
    name = words[-1].rstrip(",;:")
    if _UNIT_WORD.fullmatch(name):
        return False  # "from 16.1 dB (DPRNN) to 17.4 dB": whose value, not a qualifier
    # "a method for SFDA (SRPL-SFDA)": a name made of the one before it, not its qualifier
    return is_name_shaped(name) and name not in inner.replace("/", "-").split("-")


#: units a value is written with, which a parenthesis after never qualifies
_UNIT_WORD = re.compile(r"dB|mAP|ms|mm|cm|kHz|Hz|GB|MB|TB|GFLOPs|TFLOPs|FLOPs|FPS|fps")


#: "X, a " or "X, an ": a name set off before its description
_APPOSED_SHORT_BEFORE = re.compile(r"\b([A-Z][\w-]*[A-Z][\w-]*),\s+an?\s+$")


def _spelled_appositive(text: str, state: DocState, start: int, phrase: str):
    """The name set off right before ``phrase`` ("X, a <phrase> ...") when ``phrase``
    spells it out, as an entity (added if no pass has found it yet), else None."""
    apposed = _APPOSED_SHORT_BEFORE.search(text, max(0, start - 40), start)
    if apposed is None:
        return None
    short = apposed.group(1)
    if initials_long_form(short, phrase.split()) != phrase and schwartz_hearst(short, phrase) != (
        phrase
    ):
        return None
    return state.add_mention(short, apposed.start(1), apposed.end(1))


def initials_long_form(short: str, words: list[str]) -> str | None:
    """``Reinforcement Learning from Human Feedback`` for RLHF: the acronym's letters are
    the initials of the last words (function words may be skipped, hyphen parts count)."""
    letters = [c.lower() for c in short if c.isalpha()]
    if len(letters) < 2:
        return None
    for k in range(2, min(len(words), len(letters) + 4) + 1):
        tail = words[-k:]
        if tail[0][:1].lower() != letters[0]:
            continue
        initials: list[tuple[str, bool]] = []
        for word in tail:
            for part in word.split("-"):
                if part:
                    initials.append((part[0].lower(), word.lower() in _SKIPPABLE))
        if _initials_match(letters, initials):
            return " ".join(tail)
    return None


#: words that open a clause, not a name: a loose "long form" starting so is a sentence
_CLAUSE_OPENERS = frozenset("these this those they it its we our such there here".split())


def _is_clause(short: str, long: str) -> bool:
    """Whether a loosely spelled long form is a clause that happens to hold the acronym's
    letters ("These approaches outperform previous work ... using deep learning (TCN)"):
    it opens like a sentence, and the letters do not start its words in order.

    A long description stays a definition ("a comprehensive framework for diagnosing and
    repairing unsafe channels (CARE)", "Skeleton-based ... Non-Autoregressive generations
    (SANA)").
    """
    if long.split()[0].lower() not in _CLAUSE_OPENERS:
        return False
    letters = [c.lower() for c in short if c.isalpha()]
    starts = iter(part[0].lower() for word in long.split() for part in word.split("-") if part)
    return not all(letter in starts for letter in letters)  # consumes ``starts`` in order


def _initials_match(letters: list[str], initials: list[tuple[str, bool]]) -> bool:
    """Every letter in order, every non-skippable word used, last letter on the last word."""
    i = 0
    for initial, skippable in initials:
        if i < len(letters) and initial == letters[i]:
            i += 1
        elif not skippable and i < len(letters):
            return False
    return i == len(letters) and initials[-1][0] == letters[-1]


class NameFinder:
    """Adds candidate entities (with mentions, aliases and definition votes) to the state."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()
        # known multi-word names by their first word: one dictionary look-up per capitalised
        # word is much cheaper than one regex alternation of every phrase over the text
        self._phrases: dict[str, list[str]] = {}
        for phrase in sorted(self.lexicon.phrases, key=len, reverse=True):
            if not phrase.islower():  # "supervised fine-tuning" is a phrase, not a name
                # (by the first word as _PHRASE_START reads it: "Yahoo" of "Yahoo! Answers")
                first = _PHRASE_START.match(phrase)
                self._phrases.setdefault(first.group(0) if first else phrase.split()[0], []).append(
                    phrase
                )
        #: generic terms with a space, by their first word as for the known phrases
        self._generic_phrases: dict[str, list[str]] = {}
        for phrase in sorted(self.lexicon.generic_phrases, key=len, reverse=True):
            first = _PHRASE_START.match(phrase)
            self._generic_phrases.setdefault(
                first.group(0) if first else phrase.split()[0], []
            ).append(phrase)
        # known names with neither a capital nor a digit ("ogbn-arxiv"), which the shape
        # passes never see: few, so each is looked for as a plain substring
        self._lower_names = sorted(
            {
                name
                for name in self.lexicon.canonical.values()
                if name.islower() and " " not in name and not any(c.isdigit() for c in name)
            }
        )
        #: where the current abstract's sentences start
        self._sentence_starts: set[int] = set()

    def __call__(self, doc: Doc, span_group: bool = True) -> Doc:
        """Finds the names; ``span_group=False`` (``component_cfg`` of ``nlp.pipe``) skips
        the span group for spaCy users, which the extraction records do not read."""
        state = get_state(doc)
        text = state.text
        self._sentence_starts = {start for start, _ in state.sentences}
        self._hereafter: list[tuple[int, str]] = []
        #: generic acronyms the abstract coins anew for what it proposes ("CER")
        self._coined_generic: set[str] = set()
        self._parentheticals(text, state)
        if "gene" in text or "protein" in text or "marker" in text:
            _suppress_biological_examples(text, state)
        self._naming_cues(text, state)
        self._headed_titles(text, state)
        self._introduced_phrases(text, state)
        if "-" in text:
            self._introduced_lower_case(text, state)
        self._introduced_lower_word(text, state)
        self._known_phrases(text, state)
        self._known_lower_case(text, state)
        self._compounds(text, state)
        if self._coined_generic:
            self._mentions_of_coined_generic(text, state)
        self._repeated_mentions(text, state)
        self._bare_family_words(text, state)
        self._drop_suppressed(state)
        _drop_contained(state)
        for paren_start, alias in self._hereafter:
            _adopt_short_alias(text, state, paren_start, alias)
        _merge_release_codes(state)
        for name, written in state.qualifiers.items():
            if (entity := state.entities.get(match_key(name))) is not None:
                entity.aliases.add(written)
        if not span_group:
            return doc
        # the candidates as a span group, for spaCy users (displaCy, doc.spans); token
        # positions by binary search over the token offsets, cheaper than char_span, and
        # for all mentions in one call
        spans = []
        mentions = [mention for entity in state.entities.values() for mention in entity.mentions]
        if mentions:
            offsets = doc.to_array("IDX")
            starts, ends = zip(*mentions, strict=True)
            firsts = (offsets.searchsorted(starts, side="right") - 1).tolist()
            lasts = offsets.searchsorted(ends, side="left").tolist()
            spans = [
                Span(doc, first, last)
                for first, last in zip(firsts, lasts, strict=True)
                if 0 <= first < last
            ]
        doc.spans["mlkg_names"] = spans
        return doc

    def _repeated_mentions(self, text: str, state: DocState) -> None:
        """A plain, rare word taken as a name ("We introduce the Tern family") is the same
        name where the abstract writes it again ("All Tern models are ..."), which the shape
        passes miss; not inside a run of capitalised words ("LLM Agents", "Mode A")."""
        plain = [
            e
            for e in state.entities.values()
            if e.name[:1].isupper()
            and e.name.isalpha()
            and not e.name.isupper()
            and not is_name_shaped(e.name)
            and not _common_word(e.name)
        ]
        if not plain:
            return
        taken = [m for e in state.entities.values() for m in e.mentions]
        for entity in plain:
            for start in _occurrences(text, entity.name):
                end = start + len(entity.name)
                if any(s < end and start < e for s, e in taken) or self._blocked(state, start, end):
                    continue  # already a mention, or inside a longer name
                if _CAPITAL_AFTER.match(text, end) or self._in_capital_run(text, start):
                    continue
                state.add_mention(entity.name, start, end, strong=entity.strong)

    def _bare_family_words(self, text: str, state: DocState) -> None:
        """ "Meridian-2 ... a successor to Meridian": a versioned name's family word, even an
        English one, is a name where a successor's context writes it bare ("successor to",
        "predecessor", "Whereas X was", "than X", "for X")."""
        families = {
            found.group(1)
            for e in state.entities.values()
            if (found := _VERSIONED_WORD.fullmatch(e.name)) is not None
        }
        if not families:
            return  # (most abstracts: no mention list to build)
        taken = [m for e in state.entities.values() for m in e.mentions]
        for family in families:
            for start in _occurrences(text, family):
                end = start + len(family)
                if _WORD_CHAR.match(text, end) or text.startswith(("-", " 2", " 3"), end):
                    continue  # "Meridian-2", "Meridian 2"
                if any(s < end and start < e for s, e in taken) or self._blocked(state, start, end):
                    continue
                if _FAMILY_CONTEXT_BEFORE.search(text, max(0, start - 30), start):
                    state.add_mention(family, start, end).votes["Model"] += 2

    def _in_capital_run(self, text: str, start: int) -> bool:
        """Whether a capitalised word other than a sentence's first stands right before."""
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is None or not before.group(1)[:1].isupper():
            return False
        return before.start(1) not in self._sentence_starts

    # ------------------------------------------------------------------ helpers
    def _blocked(self, state: DocState, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in state.blocked)

    def _sentence_start(self, state: DocState, offset: int) -> bool:
        return offset in self._sentence_starts

    # ------------------------------------------------------------------ parentheses
    def _parentheticals(self, text: str, state: DocState) -> None:
        """Citations are blocked; ``Long Form (ACR)`` and ``Name (Long Form)`` define aliases."""
        for match in _PAREN.finditer(text):
            inner = match.group(1).strip()
            inner_start = match.start(1) + (len(match.group(1)) - len(match.group(1).lstrip()))
            if hereafter := _HEREAFTER.fullmatch(inner):
                # "Gemma-3-12B-IT (hereafter Gemma)": a short name for the one before
                state.blocked.append((match.start(), match.end()))
                self._hereafter.append((match.start(), hereafter.group(1) or hereafter.group(2)))
                continue
            if len(inner) == 1:
                group = _GROUP_BEFORE_PAREN.search(text, max(0, match.start() - 5), match.start())
                # "SE(3)-equivariant", "O(n)": a group or an order; "56.8 (S), 58.3 (M)": a
                # size's letter; never a name of its own
                state.blocked.append((group.start() if group else match.start(), match.end()))
                continue
            if (
                _CITATION.search(inner) and not _RESULTS_INNER.match(inner)
            ) or _ABBREVIATED_WORD.fullmatch(inner):
                # "(Smith et al., 2023)"; "instruction-following (Instr.)": a shortened
                # word, not a name
                state.blocked.append((match.start(), match.end()))
                continue
            sentence_start = state.sentence_of(match.start())[0]
            before = text[sentence_start : match.start()].rstrip()
            if _COMPOUND.fullmatch(inner) and re.search(r"[A-Z]", inner) and len(inner) <= 20:
                defined = self._define_compound_acronym(
                    state, inner, inner_start, before, sentence_start
                ) or self._define_acronym(text, state, inner, inner_start, before, sentence_start)
                if not defined:
                    defined = self._define_suffixed_acronym(state, inner, inner_start, before)
                if not defined and _qualifies_name(before, inner):
                    # "MedQA (USMLE)": a qualifier of the name, not a second entity
                    state.blocked.append((match.start(), match.end()))
                    name = before.split()[-1]
                    state.qualifiers[name] = f"{name} ({inner})"
            elif self._define_prefixed_acronym(state, inner, inner_start, before, sentence_start):
                continue
            elif " " in inner:
                self._define_long_form_after(text, state, inner, inner_start, before, match)

    def _define_compound_acronym(
        self, state: DocState, short: str, start: int, before: str, sent_start: int
    ) -> bool:
        """``MonoPrior-Stereo (MPS)``, ``DepthNet (DN)``: a coined name-shaped compound and
        the acronym its parts spell, which the abstract goes on to use; the acronym is the
        name, the compound its alias (as for a long form in words)."""
        words = before.split()
        if not words or not short.isupper():
            return False
        name = words[-1]
        parts = _COMPOUND_PARTS.findall(name)
        if (
            len(parts) < 2
            or "".join(part[0] for part in parts).upper() != short
            or not is_name_shaped(name)
        ):
            return False
        long_start = sent_start + len(before) - len(name)
        state.blocked.append((long_start, long_start + len(name)))
        entity = state.add_mention(short, start, start + len(short))
        entity.mentions.append((long_start, long_start + len(name)))
        state.definitions.add((start, start + len(short)))
        entity.aliases.add(name)
        # a weak vote, which contexts outweigh: what the compound's last part names, else a
        # model (as for a coined compound nothing types: see mlkg_types)
        entity.votes[_head_noun_type(parts[-1].lower()) or "Model"] += 0.5
        entity.component = "mlkg_names.acronym"
        return True

    def _define_suffixed_acronym(
        self, state: DocState, inner: str, start: int, before: str
    ) -> bool:
        """``retrieval-augmented generation (SafeDriveRAG)``: a name the paper coins from the
        acronym of the words before it, for what it proposes; a method, not the task or
        benchmark that "generation (X)" would otherwise suggest."""
        found = _ACRONYM_SUFFIX.search(inner)
        if found is None or not _PROPOSAL_IN_SENTENCE.search(before):
            return False
        short = found.group(1)
        long = initials_long_form(short, before.split())
        verdict = self._judge_definition(short, long) if long else None
        if verdict is None or verdict not in ("Method", "Model"):
            return False
        entity = state.add_mention(inner, start, start + len(inner))
        entity.votes[verdict] += 2
        return True

    def _define_prefixed_acronym(
        self, state: DocState, inner: str, start: int, before: str, sent_start: int
    ) -> bool:
        """``Streaming Retrieval-Augmented Generation (Streaming RAG)``: words, then an
        acronym of the words after them; the name is the parenthesis, the rest its alias."""
        found = _PREFIXED_ACRONYM.fullmatch(inner)
        if found is None:
            return False
        prefix, short = found.group(1), found.group(2)
        at = before.rfind(prefix + " ")
        if at < 0 or (at > 0 and not before[at - 1].isspace()):
            return False
        rest = before[at + len(prefix) + 1 :].split()
        if not rest or initials_long_form(short, rest) != " ".join(rest):
            return False
        long = before[at:]
        verdict = self._judge_definition(inner, long)
        long_start = sent_start + at
        if verdict is None and not _PROPOSED_BEFORE_NAME.search(
            state.text, max(0, long_start - 40), long_start
        ):
            return False  # "Open Automatic Speech Recognition (Open ASR)": a task
        state.blocked.append((long_start, long_start + len(long)))
        entity = state.add_mention(inner, start, start + len(inner))
        entity.mentions.append((long_start, long_start + len(long)))
        state.definitions.add((start, start + len(inner)))
        entity.aliases.add(long)
        entity.votes[verdict or "Method"] += 2
        entity.component = "mlkg_names.acronym"
        return True

    def _define_acronym(
        self, text: str, state: DocState, short: str, start: int, before: str, sent_start: int
    ) -> bool:
        """Whether ``(short)`` is defined by the words before it."""
        clause = re.split(r"[(),;:]", before)[-1]
        words = clause.split()
        window = " ".join(words[-min(len(short) + 5, len(short) * 2) :])
        long = (
            initials_long_form(short, words)
            or schwartz_hearst(short, window)
            or schwartz_hearst(re.sub(r"\d", "", short), " ".join(words[-4:]))
        )
        if short[:1].isupper() and long and long[:1].islower():
            # "an Alternative efficient Reprogramming approach for Service models (AReS)":
            # the capitals spell it, whatever letters of "approach" also would
            long = _capitals_long_form(short, words) or long
        loose = None
        if not long and short.isupper():
            # a long description spelled loosely ("Skeleton-based ... generations (SANA)")
            loose = schwartz_hearst(short, " ".join(words[-(len(short) * 3 + 4) :]))
            if loose and _is_clause(short, loose):
                loose = None  # "These approaches outperform ... deep learning (TCN)"
            long = loose
        if long and long.split()[0].lower() in _SKIPPABLE:
            # the first letter matched a function word: "(Abstraction) and Reasoning Corpus
            # (ARC)" starts at the word before it, if that word starts with the letter too
            previous = re.search(rf"(\S+)\s+{re.escape(long)}$", before)
            if previous and previous.group(1)[:1].lower() == short[:1].lower():
                long = f"{previous.group(1)} {long}"
        if not long or len(long) <= len(short) or _SIZE_ONLY.fullmatch(short):
            return False  # "7B (7 billion parameters)": a size, not a name
        if " " not in long and not re.search(r"[a-z0-9]", short[1:]):
            state.suppressed.add(match_key(short))  # "High-resolution (HR)": an adjective
            return False
        long = _LEADING_DETERMINER.sub("", long).strip(" ,;:\"'\u201c\u201d")
        if (
            not long
            or match_key(long) == match_key(short)
            or _MATHEMATICS.search(long)
            # "X improves B from 31.5% (Y) to 48.9%", "lowers the WER from 2.9 (Y) to 1.8":
            # a result, no long form
            or _PERCENTAGE.search(long)
            or _ENDS_IN_NUMBER.search(long)
        ):
            return False
        long_start = sent_start + before.rfind(long)
        if long_start == sent_start and not re.search(r"[A-Z]", long[1:]):
            long = long[0].lower() + long[1:]  # "Knowledge editing (KE) ...": lower case
        verdict = self._judge_definition(short, long)
        if (
            verdict is None
            and self.lexicon.is_generic(short)
            and _TITLE_WORDS.fullmatch(long)
            and _PROPOSED_RIGHT_BEFORE.search(text, max(0, long_start - 40), long_start)
            and _head_word(long) not in _TASK_HEADS
            and _head_word(long) not in _METRIC_HEADS
            # (not "an Large Language Model (LLM)-driven pipeline": a modifier)
            and not _MODIFIER_AFTER_PAREN.match(text, start + len(short))
        ):
            # "We propose Contrastive Expression Replay (CER)": the paper's own CER, not the
            # character error rate
            verdict = _head_noun_type(_head_word(long)) or "Method"
            self._coined_generic.add(match_key(short))
        if _METRIC_AFTER_PAREN.match(text, start + len(short)):
            verdict = None  # "Optimal Dataset Scale (ODS) F-score": the name of a metric
        elif verdict is None and long[:1].islower():
            verdict = self._proposed_definition(text, short, long, long_start, start)
        elif (
            verdict is None
            and len(long.split()) > 2
            and _PROPOSAL_BEFORE.search(text, max(0, long_start - 60), long_start)
            and not self.lexicon.is_generic(short)
            and not self.lexicon.types_of(short)
        ):
            # "we propose an Alternative Reprogramming approach for Service models (ARS)": a
            # capitalised long form the paper proposes is a name it coins ("a ... Detection
            # (WXSOD) dataset" names data; not "an Image Quality Assessment (IQA)-based")
            kind = _KIND_RIGHT_AFTER_PAREN.match(
                text, start + len(short)
            ) or _DATA_AFTER_PAREN.match(text, start + len(short))
            if kind is not None:
                verdict = _head_noun_type(kind.group(1))
            elif _head_word(long) not in _TASK_HEADS and _head_word(long) not in _METRIC_HEADS:
                verdict = "Method"
        coined = verdict in (None, "Method") and self._coined(
            text, short, long, long_start, start + len(short)
        )
        if coined:
            verdict = "Method"
        if verdict is None and loose:
            verdict = "Method"
        if (
            verdict == "Method"
            and ":" in before
            and _TAXONOMY_BEFORE.search(before)
            and not self.lexicon.types_of(short)
        ):
            verdict = None  # "three categories: Superficial Mimicry (SM), ...": a class
        if verdict is None:
            verdict = self._proposed_with_appositive(text, long_start, start + len(short))
        if verdict is None:
            state.suppressed.add(match_key(short))
            state.blocked.append((long_start, long_start + len(long)))
            return False
        state.blocked.append((long_start, long_start + len(long)))
        entity = state.add_mention(short, start, start + len(short))
        entity.mentions.append((long_start, long_start + len(long)))
        state.definitions.add((start, start + len(short)))
        entity.aliases.add(long)
        entity.votes[verdict] += 2
        # (the paper introduces what it coins: read by mlkg_paper_relations)
        entity.component = COINED if coined else "mlkg_names.acronym"
        return True

    def _coined(self, text: str, short: str, long: str, long_start: int, short_end: int) -> bool:
        """ "a procedure we call residual spread sampling (RSS)", "our spin-frame denoising
        (SFD) objective", "we also introduce interval-limited guidance (ILG)", "trained with
        Contact-Guided Masking (CGM), an objective that ...", "Its training recipe, Mask-Text
        Co-Distillation (MTCD),": a long form the paper coins for a technique of its own;
        not a task, a class of models or a metric
        ("our large language model (LLM)"), nor a known or generic acronym."""
        if self.lexicon.types_of(short) or self.lexicon.is_generic(short):
            return False
        head = _head_word(long)
        if _NOT_COINED_KIND.match(text, short_end) or _ESTABLISHED_APPOSITIVE.match(
            text, short_end
        ):
            # "relative FID (rFID), a lightweight evaluation metric"; "Dynamic Time Warping
            # (DTW), a technique commonly used for ..."
            return False
        if head in _METRIC_HEADS or head in _CLASS_HEADS:
            return False
        window = max(0, long_start - 40)
        if _WE_CALL_BEFORE.search(text, window, long_start):
            # "The repair step, which we call Hindsight Plan Editing (HPE)"
            return not _CALLED_TASK_BEFORE.search(text, window, long_start)
        plural = head.endswith("s") and not head.endswith("ss") and long[:1].islower()
        if head in _TASK_HEADS or plural:
            return False  # "our anomaly detection (AD) module", "our language models (LMs)"
        if _ESTABLISHED_KIND_BEFORE.search(text, window, long_start):
            return False  # "trained with the standard cross-entropy loss, Label Smoothing (LS)"
        return bool(
            _COINED_BEFORE.search(text, window, long_start)
            or _COINED_APPOSITIVE.match(text, short_end)
        )

    def _define_long_form_after(
        self, text: str, state: DocState, inner: str, inner_start: int, before: str, match
    ) -> None:
        """``AIR-Bench (Audio InstRuction Benchmark)``: an alias; else a description."""
        tail = _COMPOUND.search(before.split()[-1]) if before.split() else None
        if tail is None or not is_name_shaped(tail.group(0)) or _MATHEMATICS.search(inner):
            return
        name = tail.group(0)
        if (
            schwartz_hearst(name, inner) == inner
            or schwartz_hearst(re.sub(r"[^A-Za-z]", "", name), inner) == inner
            # "TETO (Tracking Events with Teacher Observation)": the shortest spelling
            # ends early, the initials take the whole parenthesis
            or initials_long_form(name, inner.split()) == inner
        ):
            name_start = match.start() - len(before) + before.rfind(name) - 0
            name_start = text.rfind(name, 0, match.start())
            entity = state.add_mention(name, name_start, name_start + len(name))
            entity.aliases.add(inner.strip("\"'\u201c\u201d"))  # A4A ("Agent for Agent")
            verdict = self._judge_definition(name, inner)
            if verdict:
                entity.votes[verdict] += 2
            state.blocked.append((match.start(), match.end()))
        elif (
            _FUNCTION_WORD.search(inner)
            and "," not in inner
            and not _ORIGIN_INNER.match(inner)
            and not _DECIMAL_IN.search(inner)
        ):
            # (not "X (distilled from Y)": Y is a name the parenthesis gives; not "B (61.2
            # for X versus 55.4 for Y)": results name their systems)
            state.blocked.append((match.start(), match.end()))

    def _proposed_definition(
        self, text: str, short: str, long: str, long_start: int, start: int
    ) -> str | None:
        """The type of an acronym that a paper coins for what it proposes, though its long
        form is lower case: "we propose a memory imitation meta-learning (MemIML) method",
        "we present a multi-head attention CNN model (MHAC)". Only a singular model or
        method noun, in the long form's last word or right after the parenthesis, and a
        proposal by the paper make it a name; "a reinforcement learning (RL) framework"
        that a paper uses stays a field."""
        if self.lexicon.types_of(short) or self.lexicon.is_generic(short):
            return None
        if not _PROPOSAL_BEFORE.search(text, max(0, long_start - 60), long_start):
            return None
        head = _head_word(long)
        if head in _NOT_PROPOSED_HEADS:
            return None  # "an anomaly detection (AD) method": AD is the task
        after = _NOUN_AFTER_PAREN.match(text, start + len(short))
        last = re.split(r"[\s-]+", long)[-1].lower()
        if last in ("learning", "modeling", "modelling") and len(short) < 4:
            return None  # a paradigm ("agent-based modeling (ABM)"), unless coined (MemIML)
        # "a pseudo-labelling method for SFDA (PLG-SFDA)": the head before "for" too
        for noun in (after.group(1).lower() if after else "", last, head):
            if noun in _PROPOSED_HEADS:
                return _head_noun_type(noun)
        return None

    @staticmethod
    def _proposed_with_appositive(text: str, long_start: int, short_end: int) -> str | None:
        """ "We introduce Selective Parameter Evaluation and Restoration via Model Merging
        (SPEAR-MM), a practical framework", "we propose benchmark-targeted ranking (BETR),
        a simple method", "a method called trusted emotion recognition (TER)": a long form
        that reads as a task is the name of what the paper proposes when the paper says so
        and says what it is."""
        if called := _KIND_CALLED_BEFORE.search(text, max(0, long_start - 40), long_start):
            # "a novel emotion recognition method called trusted emotion recognition (TER)"
            return _head_noun_type(called.group(1))
        if (
            text[long_start : long_start + 1].isupper()
            and _PROPOSED_A_NEW_BEFORE.search(text, max(0, long_start - 40), long_start)
            and (kind := _KIND_RIGHT_AFTER_PAREN.match(text, short_end))
        ):
            # "we propose a novel Pixel-level Quality Assessment (PQA) framework"
            return _head_noun_type(kind.group(1))
        if not _PROPOSED_BEFORE_NAME.search(text, max(0, long_start - 40), long_start):
            return None
        described = _DESCRIBED_AFTER_PAREN.match(text, short_end)
        if (
            described is None
            and text[long_start : long_start + 1].isupper()
            and _PROPOSE_BEFORE_NAME.search(text, max(0, long_start - 40), long_start)
            and not _TASK_AFTER_PAREN.match(text, short_end)
        ):
            return "Method"  # "we propose Trusted Emotion Recognition (TER)": coined
        return _head_noun_type(described.group(1)) if described else None

    def _judge_definition(self, short: str, long: str) -> str | None:
        """The type an acronym's long form implies, or None for tasks and generic classes."""
        known = self.lexicon.types_of(short)
        if known and self.lexicon.expanded_otherwise(short, [long]):
            known = set()  # "Emotion Recognition Model (ERM)": not the known ERM
        if self.lexicon.is_generic(short):
            return None
        # "Multimodal RewardBench 2": the head is the word before a version
        head = _head_word(long, after_version=True)
        if head.endswith("bench") and not known:
            return "Benchmark"  # "Multimodal RewardBench 2 (MMRB2)"
        if head in _METRIC_HEADS:
            return None
        if len(known) == 1:
            return next(iter(known))
        if (head in _TASK_HEADS or head in _CLASS_HEADS) and not _SLOGAN_WORD.search(long):
            # "Automatic Speech Recognition (ASR)" is a task, "Large Reasoning Models
            # (LRMs)" a class of models: neither is a name ("Bootstrap Your Own
            # Segmentation", "Segment Anything Model" are: a slogan names one thing)
            return None
        if long[:1].islower() and head not in _LOWERCASE_METHOD_HEADS:
            return "Method" if _LOWERCASE_TECHNIQUE.search(long) else None
        written = _head_word(long, after_version=True, as_written=True)
        if any(c.isupper() for c in written[1:]) and self.lexicon.types_of(written) == {"Model"}:
            return "Model"  # "Single-stage LMM Augmented CLIP (SLAC)": a kind of CLIP, not clips
        return _head_noun_type(head) or "Method"

    # ------------------------------------------------------------------ cues
    def _naming_cues(self, text: str, state: DocState) -> None:
        """``a paradigm dubbed Knowledge Rumination``, ``a model named Speech-to-Slot``."""
        if not any(cue in text for cue in _CUE_WORDS):
            return
        for match in _NAMING_CUE.finditer(text):
            phrase = re.sub(r"\s+(?:of|and|for|with|in|to|the)$", "", match.group(1))
            phrase = re.sub(r"\s+(?:of|and|for|with|in|to|the)$", "", phrase)
            phrase = phrase.rstrip(".,;:")
            phrase = _TRAILING_GENERIC.sub("", phrase)
            start = match.start(1)
            if self._blocked(state, start, start + len(phrase)) or not phrase:
                continue
            if len(phrase.split()) > 6:
                continue
            first, _, second = phrase.partition(" and ")
            if (
                second
                and match.group(0).startswith("namely")
                and any(
                    self.lexicon.types_of(part) or is_name_shaped(part)
                    for part in LIST_SEPARATOR.split(phrase)
                )
            ):
                continue  # "namely Hypersim and Virtual KITTI 2": a list, each name found alone
            parts = (first, second)
            if (
                second
                and all(" " not in part and re.search(r"[-\d]", part) for part in parts)
                and any(is_name_shaped(part) for part in parts)
            ):
                # "called ESM2-Therm and Ankh-Therm": two names, not a title with "and"
                state.add_mention(first, start, start + len(first)).votes["named"] += 1
                end = start + len(phrase)
                state.add_mention(second, end - len(second), end).votes["named"] += 1
                continue
            state.add_mention(phrase, start, start + len(phrase)).votes["named"] += 1

    def _headed_titles(self, text: str, state: DocState) -> None:
        """Title-case phrases followed by a head noun: ``Helpful and Harmless data``."""
        for head in _HEAD_NOUN.finditer(text):
            head_start = head.start(1)
            window = max(0, head_start - 120)
            if not _may_end_title(text, window, head_start):
                continue
            match = _TITLE_PHRASE_BEFORE.search(text, window, head_start)
            if match is None:
                continue
            phrase, start = match.group(1), match.start(1)
            lead = re.match(r"(?:A|An|The|Our|This|These|Its)\s+", phrase)
            if lead:
                phrase, start = phrase[lead.end() :], start + lead.end()
            parts = re.split(r"\s+(?:and|&)\s+|,\s*", phrase)
            if len(parts) > 1 and any(is_name_shaped(p) for p in parts):
                continue  # "WikiPerson and WikiBio datasets": two names, found by shape
            if len(parts) > 1 and all(_HYPHENED_TITLE.fullmatch(p) for p in parts):
                # "the Amazon-Sports and Amazon-Toys benchmarks": two names of one family
                for part in parts:
                    at = text.find(part, start, head_start)
                    entity = state.add_mention(part, at, at + len(part))
                    entity.votes[_head_noun_type(head.group(1)) or "Method"] += 2
                continue
            first, _, rest = phrase.partition(" ")
            if first.lower() in STOP_WORDS:
                continue
            if head.group(1) == "split" and self.lexicon.types_of(first) & {"Benchmark", "Dataset"}:
                continue  # "the HaluEval QA split": a split of known data, not a new name
            if first in _QUALIFIERS and self._known_start(rest):
                # "the Arabic Common Voice 18 corpus": the language of a known dataset
                phrase, start = rest, start + len(first) + 1
                first, _, rest = phrase.partition(" ")
            single = trim_compound(first)[2] is not None and " " not in rest
            if single and is_name_shaped(rest):
                # "a Transformer-based L2O framework": the modifier is not the name's
                phrase, start = rest, start + len(first) + 1
            if self._sentence_start(state, start) or self._blocked(
                state, start, start + len(phrase)
            ):
                continue
            words = phrase.split()
            if (len(words) < 2 and not single) or all(
                w.lower() in _QUALIFIERS_LOWER for w in words
            ):
                continue
            if (short := _spelled_appositive(text, state, start, phrase)) is not None:
                # "LEGS, a Laplacian-Enhanced Gaussian Splatting method": the name's long form
                short.aliases.add(phrase)
                short.mentions.append((start, start + len(phrase)))
                continue
            entity = state.add_mention(phrase, start, start + len(phrase))
            entity.votes[_head_noun_type(head.group(1)) or "Method"] += 2
        if not any(head in text for head in _TITLED_DATA_HEADS):
            return
        for titled in _TITLED_DATA_NAME.finditer(text):
            # "the Berkeley Function Calling Leaderboard", "the Long Range Arena": the
            # capitalised head is part of the name
            group = next(g for g in (1, 2, 3) if titled.group(g))
            start, end = titled.span(group)
            if self._sentence_start(state, start) or self._blocked(state, start, end):
                continue
            apposed = _APPOSED_NAME_BEFORE.search(text, max(0, start - 40), start)
            if apposed and schwartz_hearst(apposed.group(1), titled.group(group)):
                # "SQuAD, the Stanford Question Answering Dataset,": the long form of a name
                continue
            entity = state.add_mention(titled.group(group), start, end)
            entity.votes["Dataset" if group == 2 else "Benchmark"] += 2

    def _known_start(self, phrase: str) -> bool:
        """Whether ``phrase`` opens with a known name of one or two words."""
        words = phrase.split()
        return any(self.lexicon.types_of(" ".join(words[:n])) for n in (2, 1) if len(words) >= n)

    def _introduced_phrases(self, text: str, state: DocState) -> None:
        """``We present Gemma Scope, a suite ...``: a capitalised phrase a paper introduces."""
        whole = len(text)
        for match in state.matches(_INTRODUCED_PHRASE, _SUBJECT_OPENERS, 0, whole):
            phrase, start = match.group(1), match.start(1)
            if self._blocked(state, start, start + len(phrase)):
                continue
            if phrase.split()[0] in STOP_WORDS or phrase.split()[0] in _QUALIFIERS:
                continue
            state.add_mention(phrase, start, start + len(phrase)).votes["named"] += 1
        for match in state.matches(_INTRODUCED_HEADED_PHRASE, _SUBJECT_OPENERS, 0, whole):
            phrase, start = match.group(1), match.start(1)
            words = phrase.split()
            if (
                words[0] in STOP_WORDS
                or words[0] in _QUALIFIERS
                or all(word.lower() in _CLASS_WORDS for word in words)
                # "the P-VLG Benchmark": a name by its shape and a generic head after it
                or (len(words) == 2 and is_name_shaped(words[0]))
                or self._blocked(state, start, start + len(phrase))
            ):
                continue
            entity = state.add_mention(phrase, start, start + len(phrase))
            entity.votes[_head_noun_type(words[-1]) or "Method"] += 2
            entity.votes["named"] += 1

    def _introduced_lower_case(self, text: str, state: DocState) -> None:
        """``We present murmur-tts, a four-step student``, ``we distill F5-TTS into
        murmur-tts``: a lower-case, hyphenated name the paper makes, wherever it is written
        (the shape passes skip words with no capital or digit)."""
        at = text.find("-")
        while at >= 0:
            start = text.rfind(" ", 0, at) + 1  # the word the hyphen is in
            at = text.find("-", at + 1)
            if not _made_right_before(text, start):
                continue
            match = _LOWER_NAME_THEN_DESCRIPTION.match(text, start)
            if match is None:
                continue
            name = match.group(1)
            parts = name.split("-")
            if parts[0] in STOP_WORDS or self.lexicon.is_generic(name):
                continue
            if all(_common_word(part) for part in parts):
                continue  # "real-world", "sub-questions": words, not a name
            self._add_made_name(text, state, name)

    def _introduced_lower_word(self, text: str, state: DocState) -> None:
        """``We introduce topicwizard, a framework ...``: one lower-case word the paper
        makes, set off by an appositive that says what it is, and rare as an English word
        ("we introduce consolidation, a phasic approach" names no system)."""
        at = text.find(", a")
        while at >= 0:
            comma, at = at, text.find(", a", at + 3)
            start = text.rfind(" ", 0, comma) + 1
            word = text[start:comma]
            if not (word.isalnum() and word[:1].islower() and len(word) > 2):
                continue
            if not _made_right_before(text, start):
                continue
            if not _KIND_APPOSITIVE.match(text, comma):
                continue
            if self._may_be_made_name(text, word):
                self._add_made_name(text, state, word)
        # "Our model, tilenet, starts from ...": the paper's own system, named in apposition
        if "ur " in text:
            for our in _OUR_KIND_LOWER_NAME.finditer(text):
                # not a list of what is released: "Our model, dataset, code and logs"
                if _head_noun_type(our.group(1)) is None and self._may_be_made_name(
                    text, our.group(1)
                ):
                    self._add_made_name(text, state, our.group(1))

    def _may_be_made_name(self, text: str, word: str) -> bool:
        """Whether a lower-case word a paper makes can be a name: no function word, no
        stand-in, no generic term, no English word unless it is used as a name."""
        if word in STOP_WORDS or _PLACEHOLDER.fullmatch(word):
            return False  # "we propose newmodel, a ...": an anonymised paper's stand-in
        if self.lexicon.is_generic(word):
            return False
        return not _common_word(word) or _used_as_a_name(text, word)

    def _add_made_name(self, text: str, state: DocState, name: str) -> None:
        """Every place a lower-case name the paper makes is written, as a named mention."""
        for begin, end in _lower_occurrences(text, name):
            if not self._blocked(state, begin, end):
                state.add_mention(text[begin:end], begin, end, strong=True).votes["named"] += 1

    def _known_phrases(self, text: str, state: DocState) -> None:
        """Well-known names written with a space (``Visual Genome``, ``Stable Diffusion``)."""
        for word in _PHRASE_START.finditer(text):
            generic = next(
                (
                    phrase
                    for phrase in self._generic_phrases.get(word.group(0), ())
                    if text.startswith(phrase, word.start())
                    and not _WORD_CHAR.match(text, word.start() + len(phrase))
                ),
                None,
            )
            if generic is not None:
                # "an Inception Score of 281.4": a measure, not the Inception network
                state.blocked.append((word.start(), word.start() + len(generic)))
                continue
            for phrase in self._phrases.get(word.group(0), ()):
                end = word.start() + len(phrase)
                if not text.startswith(phrase, word.start()):
                    continue
                if _WORD_CHAR.match(text, end):
                    # "PASCAL Context-59": the known name's subset by number
                    if (numbered := _NUMBERED_SUBSET.match(text, end)) is None:
                        continue
                    end = numbered.end()
                if not self._blocked(state, word.start(), end):
                    start, end = self._extend(text, word.start(), end, phrase)
                    state.add_mention(text[start:end], start, end)
                break

    def _known_lower_case(self, text: str, state: DocState) -> None:
        for name in self._lower_names:
            for at, end in _lower_occurrences(text, name):
                if not self._blocked(state, at, end):
                    state.add_mention(text[at:end], at, end)

    # ------------------------------------------------------------------ shapes
    def _compounds(self, text: str, state: DocState) -> None:
        # names found before this pass (definitions, cues, phrases) can lie anywhere; the
        # ones this pass adds grow left to right, so one running end covers them
        earlier = [m for entity in state.entities.values() for m in entity.mentions]
        blocked = bytearray(len(text) + 1)  # 1 where no name may start or end
        inside = bytearray(len(text) + 1)  # 1 inside an earlier name: the test below is rare
        for s, e in earlier:
            inside[s:e] = b"\x01" * (e - s)
        for s, e in state.blocked:
            blocked[s:e] = b"\x01" * (e - s)
        covered_until = -1
        for match in _candidate_compounds(text):
            if match.start() and text[match.start() - 1] == "\\" and match.group(0)[0].islower():
                continue  # a LaTeX command (frameworkName{}, leq): a macro "DQN" still names
            verdict = _candidate(match.group(0))
            if verdict is None:
                continue
            shift, compound, dropped, shaped, known, titled = verdict
            start = match.start() + shift
            end = start + len(compound)
            if start < covered_until or (blocked[start] and blocked[end - 1]):
                continue
            if inside[start] and any(
                s <= start and end <= e and (s, e) != (start, end) for s, e in earlier
            ):
                continue
            if match_key(compound) in state.suppressed:
                continue
            bare_end = end
            bare_start = start
            start, end = self._extend(text, start, end, compound)
            if (start, end) == (bare_start, bare_end) and _BARE_VERSION.fullmatch(compound):
                continue  # "v2" alone ("ScanNet v2", "YOLO (v5, v8)"): not a name by itself
            if start == bare_start and compound in _COUNTED_WORDS:
                continue  # "Table 2", "Stage 1", "Proposition 3", "System 2": numbered parts
            if text.startswith("- ", end) and _SUSPENDED_HYPHEN.match(text, end):
                state.modifiers.add((start, end))  # "LLaMA- and Gemma-based models"
            if (text.startswith(_HARDWARE_STARTS, end) and _HARDWARE_AFTER.match(text, end)) or (
                len(compound) <= 4 and _DEVICE_BEFORE.search(text, max(0, start - 16), start)
            ):
                continue  # "512 H800 GPUs", "a MacBook M3": hardware, not a model
            if text[end + 1 : end + 2] in _COMPANY_INITIALS and _COMPANY_AFTER.match(text, end):
                continue  # "CeramTec GmbH": a company; "The YaleNLP team": a team
            if titled and not (shaped or known) and end == bare_end:
                if _in_title_run(text, bare_start, bare_end):
                    continue  # one word of "Question Answering": the phrase, not a name
                if _AUTHOR_AFTER.match(text, bare_end):
                    continue  # "raised by Akrami and Rathi (2025)": authors, not names
                if text.startswith(" ", bare_end) and _MEASURE_WORD_AFTER.match(text, bare_end):
                    continue  # "we introduce the Pinocchio score": the name of a measure
                if self._sentence_start(state, bare_start):
                    state.sentence_initial.add(match_key(compound))
            surface = text[start:end]
            if dropped in _MEASURE_SUFFIXES and end == bare_end:
                continue  # "a U2-score of 0.58": a measure, not the name "U2"
            if dropped:
                state.modifiers.add((start, end))
            names = [surface] if self.lexicon.types_of(surface) else expand_slashes(surface)
            # "Prometheus 2", "Gemma 3"; not a verb that opens a sentence ("Leveraging 55K
            # samples, we ...", "Using 8B models")
            versioned = (
                titled
                and end > bare_end
                and not (compound.endswith("ing") and self._sentence_start(state, bare_start))
            )
            # "Gannet-H", "Gannet-B" after "Gannet": a size letter on a name of the abstract
            sized = (
                titled
                and end == bare_end
                and _LETTER_SIZE_TAIL.search(compound) is not None
                and match_key(compound.rsplit("-", 1)[0]) in state.entities
            )
            for name in names:
                state.add_mention(name, start, end, strong=shaped or known or versioned or sized)
            covered_until = max(covered_until, end)

    def _known(self, compound: str) -> bool:
        return _known(compound)

    def _extend(self, text: str, start: int, end: int, compound: str) -> tuple[int, int]:
        """Grow a name by its qualifier, version, size, variant and architecture words.

        Each rule first checks the one character it needs (a capitalised word before, a
        space and a digit or capital after): most names grow by nothing, and this runs for
        every candidate of every abstract.
        """
        word_before = start >= 2 and text[start - 1] == " " and text[start - 2].isalpha()
        if word_before:
            qualifier = _QUALIFIER_BEFORE.search(text, max(0, start - 20), start)
            if (
                qualifier
                and qualifier.group(1) in _QUALIFIERS
                and (
                    (is_name_shaped(compound) and not compound.isupper())
                    or self.lexicon.types_of(compound) & {"Model"}
                )
                # "the Arabic Common Voice 18 corpus": the language of known data is its part
                and not self.lexicon.types_of(compound) & {"Benchmark", "Dataset"}
            ):
                start -= len(qualifier.group(1)) + 1
        if (
            text[end : end + 1] == " "
            and (sized := _SIZE_AFTER.match(text, end))
            and "Model" in self.lexicon.types_of(compound)
        ):
            versioned = sized.end()  # "NLLB-200 3.3B": a size, not the version "3"
        else:
            versioned = self._version_end(text, end, compound)
        if versioned == end and text[end : end + 1] == "." and compound[-1:].isdigit():
            # a known "Llama 3" read in "Llama 3.3 70B": the minor version is the name's too
            minor = _MINOR_VERSION.match(text, end)
            versioned = minor.end() if minor else end
        if versioned > end and _SIZE_AFTER.match(text, versioned):
            versioned = _SIZE_AFTER.match(text, versioned).end()  # "Gemma 3 4B", "Qwen 2.5 7B"
        elif (
            versioned > end
            and text.startswith("-", versioned)
            and text[versioned - 1].isdigit()
            and (dashed := _DASH_SIZE_AFTER.match(text, versioned))
        ):
            versioned = dashed.end()  # "Llama 3.1-70B", "Qwen 2.5-7B-Instruct"
        end = versioned
        if word_before and text[max(0, text.rfind(" ", 0, start - 1) + 1)].isupper():
            start = self._title_words_before(text, start, end)
        after = text[end : end + 2]
        if (
            after in _LOWER_SIZE_STARTS
            and (size := _LOWER_SIZE_AFTER.match(text, end))
            and "Model" in self.lexicon.types_of(text[start:end])
        ):
            end = size.end()  # "Whisper small", "BERT base": the size is the name's
            after = text[end : end + 2]
        if len(after) == 2 and after[0] == " " and after[1].isupper():
            variant = _VARIANT_WORD.match(text, end)
            if variant and (end - start) < 40:
                # "Claude Opus 4.7": a version may follow the variant too ("Opus-4.6" too)
                end = self._version_end(text, variant.end(), compound)
                if end == variant.end() and (dashed := _DASHED_VERSION.match(text, end)):
                    end = dashed.end()
            arch = _ARCHITECTURE_TAIL.match(text, end)
            if arch and "Model" in self.lexicon.types_of(text[start:end]):
                end = arch.end()
            if (part := _PART_TAIL.match(text, end)) and (
                self.lexicon.types_of(compound) & {"Benchmark", "Dataset"}
                or _ENDS_IN_YEAR.search(text, start, end)
            ):
                # "ShanghaiTech Part A", "DCASE 2023 Task 4", "SemEval-2025 Task 11": a part
                # of a benchmark that papers score on as a benchmark of its own
                end = part.end()
        return start, end

    def _version_end(self, text: str, end: int, compound: str) -> int:
        """``end`` moved past a version after it (``Gemma 3``, ``Qwen 2.5``, ``v2``), unless
        the number is a quantity ("3 billion", "2 tasks"); a benchmark takes only a whole
        version ("HumanEval 2", not "MMLU 85.2")."""
        after = text[end : end + 2]
        if len(after) < 2 or after[0] != " ":
            return end
        if after[1].isupper() and after[1] != "V":
            code = _RELEASE_CODE.match(text, end)
            if code and "Model" in self.lexicon.types_of(compound):
                return code.end()
            return end
        if not (after[1].isdigit() or after[1] in "vV"):
            return end
        version = _VERSION_TAIL.match(text, end)
        if (
            version is None
            or _NOT_VERSION_FOLLOWER.match(text, version.end())
            or _SETTING_VERSION.fullmatch(version.group(1))
        ):
            return end
        if after[1].isdigit() and self._score_not_version(text, end, compound, version.group(1)):
            return end
        benchmark_like = bool(self.lexicon.types_of(compound) & {"Benchmark", "Dataset"}) or bool(
            _BENCH_WORD.search(compound)
        )
        if not benchmark_like and _TWO_DIGIT_RELEASE.fullmatch(version.group(1)):
            return end  # "InternVL2-26B 41.0, Video-LLaVA 29.8": a model's score, no release
        if (
            benchmark_like
            and not _WHOLE_VERSION.fullmatch(version.group(1))
            # "the Common Voice 18 corpus": a two-digit release of data, named as such
            and not _DATA_NOUN_AFTER_VERSION.match(text, version.end())
            # "Common Voice 17.0": a release of known training data ("GSM8K 85.0" is a score)
            and not (
                _DATA_RELEASE.fullmatch(version.group(1))
                and self.lexicon.types_of(compound) == {"Dataset"}
            )
        ):
            return end
        return version.end()

    def _score_not_version(self, text: str, end: int, compound: str, number: str) -> bool:
        """A bare number after a name that already ends in a size ("Qwen2-VL-72B 9.4") or
        after a row of scores ("GPT-4o 19.5 and SeeClick 2.1") is the name's score: no model
        has two sizes, and a row of name-score cells goes on with cells. A known name keeps
        its version ("38.2, Claude 3.5 Sonnet")."""
        if _LETTER_IN.search(number):
            return False
        start = end - len(compound)
        if (
            _ENDS_IN_SIZE.search(compound)
            # a cell of a list: "..., Qwen2-VL-72B 9.4 and ..." (not "the SeaLLM-7B 2.5 model")
            and text.endswith((", ", " and ", ": "), max(0, start - 5), start)
            and _CELL_END_AFTER.match(text, end + 1 + len(number))
        ):
            return True
        return bool(
            _SCORE_CELL_BEFORE.search(text, max(0, start - 24), start)
            and not self.lexicon.types_of(compound)
        )

    def _title_words_before(self, text: str, start: int, end: int) -> int:
        """``Oriented R-CNN``, ``Point Transformer V3``: capitalised words that precede a
        version-like name belong to it (never a sentence's first word or a stop word)."""
        if not _DIGIT_OR_HYPHEN.search(text, start, end):
            return start
        for _ in range(2):
            word = _TITLE_BEFORE_NAME.search(text, max(0, start - 30), start)
            if not word or word.group(1) in _FUNCTION_WORDS or word.group(1) in _QUALIFIERS:
                break
            word_start = start - len(word.group(0))
            at_sentence_start = word_start in self._sentence_starts
            if at_sentence_start and text.count(text[word_start:end]) < 2:
                break  # a sentence's first word, unless the abstract repeats the whole name
            start = word_start
        return start

    def _mentions_of_coined_generic(self, text: str, state: DocState) -> None:
        """ "We propose Contrastive Expression Replay (CER) ... With CER, Y improves": the
        other places a generic acronym the abstract coined is written, which the shape
        passes skip as the generic word."""
        for key in self._coined_generic:
            entity = state.entities.get(key)
            if entity is None:
                continue
            for found in re.finditer(rf"(?<![\w-]){re.escape(entity.name)}(?![\w-])", text):
                if not any(s < found.end() and found.start() < e for s, e in entity.mentions):
                    state.add_mention(entity.name, found.start(), found.end())

    def _drop_suppressed(self, state: DocState) -> None:
        for key in list(state.entities):
            if key in state.suppressed or (
                self.lexicon.is_generic(state.entities[key].name)
                and key not in self._coined_generic
            ):
                del state.entities[key]


def _suppress_biological_examples(text: str, state: DocState) -> None:
    """ "marker genes such as CD3E, MS4A1 and LYZ": examples of genes, proteins or markers
    are symbols of biology, written like names of models but never one."""
    for match in _BIOLOGICAL_EXAMPLES.finditer(text):
        for symbol in LIST_SEPARATOR.split(match.group(1)):
            state.suppressed.add(match_key(symbol))


#: a bare release code ("M1", "R1", "K2", "V3"): alone, it names a release of a family
_BARE_RELEASE_CODE = re.compile(r"[A-Z]\d{1,2}(?:\.\d)?")
#: a size and variant written without the family ("the 6.7b-instruct model")
_BARE_SIZE_CODE = re.compile(r"\d+(?:\.\d+)?[bBmM](?:-[A-Za-z]+)+")


def _merge_release_codes(state: DocState) -> None:
    """ "MiniMax-M1 ... the M1 model": a bare release code written after the one full name
    that ends in it is that model's short name (an alias), not another model, which the
    graph would merge with every other paper's "M1". A variant word or a size code is read
    the same way ("NovaTTS-Lite ... the Lite model", "coder-6.7b-instruct ... the
    6.7b-instruct model"), but is no alias: it names nothing elsewhere."""
    codes = [
        e
        for e in state.entities.values()
        if _BARE_RELEASE_CODE.fullmatch(e.name)
        or _BARE_SIZE_CODE.fullmatch(e.name)
        or (e.name.istitle() and e.name.lower() in _VARIANT_SUFFIXES)
    ]
    for code in codes:
        full = [
            e
            for e in state.entities.values()
            if e is not code and e.name[-len(code.name) - 1 :] in (f"-{code.name}", f" {code.name}")
        ]
        if len(full) != 1 or min(full[0].mentions) > min(code.mentions):
            if code.name.istitle() and code.name.lower() in _VARIANT_SUFFIXES:
                del state.entities[code.key]  # "sizes from X to Atto": a size, not a name
            continue
        full[0].mentions.extend(code.mentions)
        full[0].mentions.sort()
        if _BARE_RELEASE_CODE.fullmatch(code.name):
            full[0].aliases.add(code.name)
        del state.entities[code.key]


def _drop_contained(state: DocState) -> None:
    """A name found only inside another's span is a part read on its own (``Whisper`` of
    ``Whisper large-v3``), not a second entity."""
    spans = [(m, key) for key, entity in state.entities.items() for m in entity.mentions]
    if len(spans) < 2:
        return
    for key in list(state.entities):
        inside = [
            any(
                s <= start and end <= e and (s, e) != (start, end) and other != key
                for (s, e), other in spans
            )
            for start, end in state.entities[key].mentions
        ]
        if inside and all(inside):
            del state.entities[key]


#: head nouns of a collection of data ("Probably Asked Questions (PAQ)")
_DATA_NOUNS = frozenset(
    "question answer pair image text document sentence dialogue conversation instruction "
    "sample example table book article caption video clip recording utterance problem "
    "review tweet post".split()
)
_QUALIFIERS_LOWER = frozenset(q.lower() for q in _QUALIFIERS)


_PLURAL_ACRONYM = re.compile(r"[\w-]*[A-Z0-9]s")
_QUALIFIER_BEFORE = re.compile(r"([A-Z][a-z]+(?:-[a-z]+)?) $")
_SIZE_ONLY = re.compile(r"\d+(?:\.\d+)?[BMKT]")
#: a size, or the active size of a mixture of experts ("A3B")
_SIZE_ATOM = re.compile(r"A?\d+(?:\.\d+)?[BMKT]|\d+x\d+[BM]")
#: a number of devices or units, or a rate ("8-GPU", "4-bit", "86ms/image")
_COUNTED_UNIT = re.compile(
    r"(?i)\d+(?:\.\d+)?-?(?:GPUs?|CPUs?|TPUs?|NPUs?|bits?|cores?|nodes?|hops?|layers?|"
    r"heads?|channels?)|\d+(?:\.\d+)?\s*(?:ms|s|sec|min|h|fps|GB|MB)/\w+"
    # a unit of its own: "meV/atom", "kcal/mol", "tokens/s"
    r"|(?:[mkµ]?eV|kcal|kJ|tokens?|samples?|frames?|images?)/\w+"
)
_WORD_AND_NUMBER = re.compile(r"([a-z]+)\d{1,2}")
_QUANTITY = re.compile(r"\d+(?:\.\d+)?-?(?:DoF|DOF|NFE)s?")
#: what follows an author's surname: "et al.", a year, or "and Surname (year)"
_AUTHOR_AFTER = re.compile(
    r"\s+(?:et al\b|\((?:19|20)\d\d[a-z]?[),;]|and [A-Z][a-z]+\s+\((?:19|20)\d\d[a-z]?[),;])"
)
#: an adjective of a place or a person ("Tunisian", "Siamese", "Gaussian", "Hessian")
_ADJECTIVE_OF_PLACE_OR_PERSON = re.compile(r"[A-Z][a-z]{3,}(?:ian|ese|ish)")
#: a compound adjective ("Occluder-Aware", "Model-Agnostic", "Training-Free")
_ADJECTIVE_COMPOUND = re.compile(
    r"[A-Z][\w-]*-(?:Aware|Agnostic|Free|Based|Guided|Driven|Specific|Oriented|Level|Wise)"
)
#: words that a number follows to count or number things, not to version a name
_COUNTED_WORDS = frozenset(
    "Table Tables Figure Fig Section Sections Stage Stages Step Steps Phase Phases Level "
    "Levels Task Tasks Subtask Subtasks Part Parts Test Tests Experiment "
    "Experiments Setting Settings Case "
    "Cases Scenario Scenarios Round Rounds Lemma Theorem Proposition Corollary Definition "
    "Eq Equation Appendix Chapter Type Types Class Classes Group Groups Tier Tiers Day Days "
    "Week Weeks Year Years Study Studies System Systems Track Tracks Covering Spanning "
    "Over Under Top Only Nearly About Approximately Problem Problems Question Questions "
    "Exercise Exercises Example Examples Layer Layers Block Blocks Module Modules".split()
)
#: mathematics, not words: "Q (\arg\min_{Q \in Γ} [H)" defines nothing
_MATHEMATICS = re.compile(r"[_^]|\\(?:arg|min|max|in|sum|frac|mathcal|mathbb)\b")
#: units written in their exact case ("hPa", not "HPA") and speed-ups ("x17.7")
_UNIT = re.compile(r"(?:h|k|M|G)Pa|(?:k|M|G)?Hz|mAh|[kMG]Wh|dBm?")
_MULTIPLIER = re.compile(r"[x×]\d+(?:\.\d+)?")
#: a roman numeral from II to XIII ("Part II"), not IXI (a dataset) or a single letter
_ROMAN_NUMERAL = re.compile(r"I{2,3}|IV|VI{1,3}|IX|XI{1,3}|XIV|XV")
#: an ontology's property ("hasChild", "isPartOf"), written like a name
_PROPERTY = re.compile(r"(?:has|is)[A-Z][A-Za-z]*")
_BENCH_WORD = re.compile(r"(?i)bench|eval|qa$")
_DIGIT_OR_HYPHEN = re.compile(r"\d|-")
_CUE_WORDS = (
    "called",
    "named",
    "dubbed",
    "namely",
    "termed",
    "coined",
    "denoted",
    "referred",
    "we call",
    "we name",
    "we term",
)
#: a capitalised word: "(?<![\w-])[A-Z]...", with the capital first so that the engine skips
#: ahead to one
_PHRASE_START = re.compile(r"[A-Z](?<![\w-][A-Z])[\w.+-]*")
_WORD_CHAR = re.compile(r"[\w-]")
_NUMBERED_SUBSET = re.compile(r"-\d+(?![\w-])")
_DASH_SIZE_AFTER = re.compile(
    r"-\d+(?:\.\d+)?[BM](?:-(?:Instruct|Chat|Base|it|chat|instruct))?(?![\w-])"
)
_PERCENTAGE = re.compile(r"\d\s*%")
_ENDS_IN_NUMBER = re.compile(r"\b(?:from|of|to|at)\s+\d+(?:\.\d+)?$")
#: what continues a name: a word character, or a version's dot ("sorrel-r1" in "sorrel-r1.5")
_NAME_GOES_ON = re.compile(r"[\w-]|\.\d")
_TITLE_BEFORE = re.compile(r"[A-Z][\w-]*\s$")
_FUNCTION_WORDS = frozenset(
    "The A An In On Of For And To With By From At As Is Are We Our This That It Its Their "
    "These Those Both Each".split()
)
_TITLE_BEFORE_NAME = re.compile(r"(?<![\w-])([A-Z][a-z]+) $")
#: the versions a benchmark's name takes ("MMBench 2", "ScanNet v2", "BraTS 2021", "Spider
#: 2.0-Snow"); a bare decimal after a benchmark is more often a score ("MMLU 86.4")
_WHOLE_VERSION = re.compile(r"[1-9](?:\.0)?(?:-[A-Za-z]+)?|[vV]\d+(?:\.\d+)*|(?:19|20)\d\d[A-Z]?")
#: "GPT-3.5-turbo 5-shot", "X 8-bit": how the model was run, not its version
_SETTING_VERSION = re.compile(r"\d-(?:shot|way|fold|step|layer|round|stage|epoch|bit|turn|hop)s?")
_TITLE_AFTER = re.compile(r"\s[A-Z][a-z]")
_DATA_RELEASE = re.compile(r"[1-9]\d(?:\.0)?")
_DATA_NOUN_AFTER_VERSION = re.compile(r"\s+(?:corpus|dataset|release|data)\b")


def _may_end_title(text: str, window: int, end: int) -> bool:
    """Whether a title-case phrase can end right before the whitespace before ``end``: the
    word there must hold a capital. Most head nouns follow a lower-case word, and this
    test is much cheaper than ``_TITLE_PHRASE_BEFORE`` trying every offset of the window."""
    stop = end
    while stop > window and text[stop - 1].isspace():
        stop -= 1
    word = text[max(window, text.rfind(" ", window, stop) + 1) : stop]
    return not word.islower()


def _in_title_run(text: str, start: int, end: int) -> bool:
    """A capitalised word next to another one: part of a phrase such as a title or a task."""
    before = _TITLE_BEFORE.search(text, max(0, start - 30), start)
    return bool(before or _TITLE_AFTER.match(text, end))


def _known(compound: str) -> bool:
    """In the lexicon, and written as a name (``MATH`` the benchmark, not "math")."""
    if compound.islower() and len(compound) > 3:
        return False
    return bool(load_lexicon().types_of(compound))


@lru_cache(maxsize=1 << 16)
def _candidate(raw: str) -> tuple[int, str, str | None, bool, bool, bool] | None:
    """What a written compound is, whatever its position: None when it is never a name,
    else (shift to the name, name, dropped suffix, name-shaped, known, title-case).
    Cached, because the same words come back in abstract after abstract."""
    shift, compound, dropped = trim_compound(raw)
    if shift and _known(raw):
        shift, compound = 0, raw  # "ogbn-papers100M": a known name keeps its prefix
    elif dropped and load_lexicon().types_of(raw):
        compound, dropped = raw, None  # "MMS-1B-all", "Seed-TTS-eval", "SWE-agent": known names
    if dropped in _CLASS_SUFFIXES:
        return None
    if dropped and _is_title_word(compound):
        return None  # "Zero-shot", "Open-source": an adjective, not a name
    shaped, titled, plural = _shape(compound)
    known = _known(compound)
    if plural and not known:
        return None  # "VAEs", "DiTs", "Video-LLMs": a class of models
    if not (shaped or known or titled) or compound.lower() in STOP_WORDS:
        return None
    if compound.split("-")[0] in STOP_WORDS and not known:
        return None  # "to-3D" left over from "image-to-3D" (not "all-MiniLM-L6-v2")
    if compound in _QUALIFIERS or load_lexicon().is_generic(compound) or _language_pair(compound):
        return None
    if "\u0391" <= compound[0].upper() <= "\u03a9" and not (known or _GREEK_NAMED.match(compound)):
        return None  # a Greek letter first: mathematics ("π2n", "ΔK"), not a name
    if (glued := _WORD_AND_NUMBER.fullmatch(compound)) and glued.group(1) in STOP_WORDS:
        return None  # "and10", "these11": a line number glued to a word
    if _QUANTITY.fullmatch(compound):
        return None  # "6-DoF", "2-NFE": degrees of freedom, function evaluations
    if _PROPERTY.fullmatch(compound):
        return None  # "hasChild": a property of an ontology
    if _ADJECTIVE_OF_PLACE_OR_PERSON.fullmatch(compound) or _ADJECTIVE_COMPOUND.fullmatch(compound):
        return None  # "Algerian", "Laplacian", "Occluder-Aware", "Training-Free": adjectives
    if _ROMAN_NUMERAL.fullmatch(compound):
        return None  # "Part II", "Type IV"
    if compound in ("R-1", "R-2", "R-L"):
        return None  # "(R-1 50.3, R-2 21.6)": ROUGE, as summarisation tables write it
    if "/" in compound and all(part in _SPLIT_WORDS for part in compound.split("/")):
        return None  # "on RefCOCO val/testA/testB": the splits of the data named before
    if compound[:1] in "vV" and _BARE_VERSION_SIZE.fullmatch(compound):
        return None  # "V2-g" of "VideoMAE V2-g": a version and a size, not a name
    if _UNIT.fullmatch(compound) or _MULTIPLIER.fullmatch(compound):
        return None  # "500 hPa", "16 kHz": units (not "MPA"); "x17.7": a speed-up
    head, _, number = compound.replace(".", "-", 1).partition("-")
    if head in _COUNTED_WORDS and number.isdigit():
        return None  # "Stage-1", "Top-5", "Fig.1"
    return shift, compound, dropped, shaped, known, titled


@lru_cache(maxsize=1 << 16)
def _shape(compound: str) -> tuple[bool, bool, bool]:
    """(name-shaped, title-case word or compound, plural acronym) of a candidate, cached:
    the same words recur across abstracts."""
    titled = _is_title_word(compound) or is_title_compound(compound)
    return is_name_shaped(compound), titled, bool(_PLURAL_ACRONYM.fullmatch(compound))


def _is_title_word(compound: str) -> bool:
    return compound[:1].isupper() and compound[1:].islower() and len(compound) >= 3


#: "we propose ", "We introduce a new ": a proposal right before a long form
_PROPOSED_RIGHT_BEFORE = re.compile(
    r"\b(?:we|this (?:paper|work))\s+(?:\w+ly\s+|also\s+|further\s+)?"
    r"(?:propose|introduce|present|develop|design|devise)s?\s+"
    r"(?:(?:a|an|the)\s+(?:new\s+|novel\s+)?)?\Z",
    re.IGNORECASE,
)
#: ")-based", ") based", ")-driven": the acronym modifies what follows
_MODIFIER_AFTER_PAREN = re.compile(r"\)?\s*-?\s*(?:based|driven|powered|guided|enabled|style)\b")
#: a long form of capitalised words: "Contrastive Expression Replay"
_TITLE_WORDS = re.compile(r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|for|and|with|in|to|the|a))+")
_SPLIT_WORDS = frozenset("train val dev test validation testA testB test-dev test-std".split())
_MODEL_NOUNS = frozenset(
    "model transformer network net encoder decoder llm lm vlm mllm video-llm gpt bert checkpoint "
    "assistant chatbot agent retriever reader reranker embedder detector segmenter captioner "
    "classifier generator backbone architecture baseline family recommender recogniser recognizer "
    "forecaster tracker student".split()
)
_DATASET_NOUNS = frozenset(
    "dataset data corpus corpora collection set database split subset archive".split()
)
_BENCHMARK_NOUNS = frozenset(
    "benchmark bench suite leaderboard arena challenge testbed evaluation test".split()
)
_METHOD_NOUNS = frozenset(
    "method approach framework algorithm technique strategy paradigm procedure mechanism "
    "module loss optimizer learning training tuning prompting distillation attention search "
    "sampling alignment decoding feedback minimization optimization regularization "
    "adaptation augmentation system pipeline scheme objective tagger embedding policy "
    "solution methodology toolkit toolbox tool block scaffold harness recipe attack defense "
    "defence jailbreak".split()
)


def _head_noun_type(noun: str) -> str | None:
    """Type implied by a head noun (``dataset`` -> Dataset, ``framework`` -> Method)."""
    noun = noun.lower()
    if noun not in ("corpus", "bias") and noun.endswith("s"):
        noun = noun[:-1]
    if noun in _DATA_NOUNS or noun in _DATASET_NOUNS:
        return "Dataset"
    if noun in _MODEL_NOUNS:
        return "Model"
    if noun in _BENCHMARK_NOUNS:
        return "Benchmark"
    if noun in _METHOD_NOUNS:
        return "Method"
    return None


def entity_types_voted(entity: Entity) -> list[str]:
    return [t for t, _ in entity.votes.most_common()]
