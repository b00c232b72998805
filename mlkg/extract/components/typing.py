"""``mlkg_types``: decide each candidate's type from its contexts, not from a list alone.

Every mention casts votes from the words around it ("we fine-tune X", "X achieves",
"X-7B" -> Model; "on X", "the X benchmark", a score -> Benchmark; "trained on X",
"a new dataset, X" -> Dataset; "X, a method / framework" -> Method). The lexicon adds one
vote. Votes are summed over the abstract so that a name has one type per document. Weak
candidates (plain capitalised words) need real context evidence to survive.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.components.clauses import DATA_VARIANT, LIST_ITEM_SPLIT
from mlkg.extract.components.names import BENCHMARK_PART, _head_noun_type
from mlkg.extract.components.scores import METRIC_NAME
from mlkg.extract.frequency import zipf
from mlkg.extract.lexicon import APOSTROPHE_YEAR, load_lexicon
from mlkg.extract.state import DocState, Entity, get_state
from mlkg.naming import match_key
from mlkg.vocabulary import BENCHMARK, DATASET, METHOD, MODEL

#: what a collection holds: "a suite of sparse autoencoders", "a set of 40K images"
_COLLECTED = (
    r"autoencoders?|images|texts|questions|instructions|pairs|videos|documents|dialogues|"
    r"conversations|problems|samples|examples|tasks"
)
#: every written form of a head noun ("a new dataset", "the Sailor models"), each plural
#: before its singular as a greedy "s?" would try them; listed in full, so that a context's
#: last word can be tested against them before a regular expression scans it
_HEAD_FORMS = tuple(
    """
    models model LLMs LLM LMs LM VLMs VLM MLLMs MLLM Video-LLMs Video-LLM networks network
    checkpoints checkpoint
    assistants assistant chatbots chatbot agents agent transformers transformer encoders
    encoder decoders decoder retrievers retriever readers reader rerankers reranker embedders
    embedder
    detectors detector segmenters segmenter captioners captioner classifiers classifier
    generators generator backbones backbone architectures architecture
    recommender recogniser recognizer forecaster tracker matchers matcher students student
    collections collection
    datasets dataset data corpus corpora benchmarks benchmark suites suite leaderboards
    databases database archives archive
    leaderboard testbeds testbed challenge family set pair trio
    methods method approaches approach frameworks framework algorithms algorithm techniques
    technique strategy strategies paradigms paradigm procedures procedure mechanisms mechanism
    modules module loss optimizers optimizer taggers tagger systems system pipelines pipeline
    schemes scheme objectives objective solutions solution methodologies methodology
    toolkits toolkit toolboxes toolbox blocks block recipes recipe scaffolds scaffold harnesses
    harness attacks attack jailbreaks jailbreak defenses defense defences defence
    """.split()
)
_HEAD_NOUNS = "|".join(_HEAD_FORMS)
#: heads that make the name they describe a model ("X, a stereo matcher"); in a long form
#: they may name a module ("Cost Volume Matcher (CVM)"), so the names component does not
#: count them among its model nouns ("estimator" is no such head: "a two-stage estimator"
#: of statistics is a technique as often as "a depth estimator" is a model)
_APPOSED_MODEL_HEADS = frozenset(("matcher", "matchers"))
#: heads whose examples are always techniques, never models
_ATTACK_HEADS = ("attack", "jailbreak", "defen")
#: an attack's object before the head that examples follow: "attacks against (diffusion)"
_ATTACKS_ON_BEFORE = re.compile(
    r"\b(?:attacks?|jailbreaks?|defen[cs]es?)\s+(?:against|on|for|targeting)\s+(?:[\w-]+\s+){0,3}$"
)
#: head forms that name a kind of things: plurals and mass nouns
_CLASS_HEAD_FORMS = frozenset(
    form for form in _HEAD_FORMS if form in ("data", "corpora") or form.endswith("s")
) - {"corpus", "loss"}
_NAMING_WORDS = ("called", "named", "dubbed", "namely", "termed")
_REVISION_OF = re.compile(
    r"^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:revision|transformation|cleaned\s+version|"
    r"re-?annotation|refinement|relabell?ing|filtered\s+version|translation)\s+"
    r"(?:and\s+\w+\s+)?of\s+(?:the\s+)?([\w.+-]+)"
)
_INTRODUCED_AS = re.compile(
    r"^\s+(?:is|was)\s+(?:introduced|designed|presented|released|proposed|built|positioned)\s+"
    rf"as\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?({_HEAD_NOUNS})\b(?!-)"
)
#: "X is a sequential recommender that ...", opening a sentence: what X is
#: (greedy: the phrase's last head, "a VLM planning framework" is a framework)
_OF_HEAD = re.compile(rf"\s+of\s+(?:[\w-]+\s+){{0,3}}?({_HEAD_NOUNS})\b(?!-)")
_IS_A_MODEL = re.compile(rf"^\s+is\s+an?\s+(?:[\w-]+\s+){{0,3}}({_HEAD_NOUNS})\b(?!-)")
#: "the NSVA basketball dataset": one domain word, then the data noun (not a function word,
#: "on benchmark datasets", nor a task or a modality, "the ODI generation dataset",
#: "OCTA image dataset": those name what the data is about, not the data)
_DATA_HEAD_AFTER_WORD = re.compile(
    r"^\s+(?!(?:on|in|of|for|with|from|to|by|as|at|and|or|the|a|an|new|our|this|other|"
    r"generation|editing|detection|segmentation|classification|recognition|retrieval|reasoning|"
    r"translation|understanding|captioning|tracking|estimation|prediction|forecasting|synthesis|"
    r"evaluation|training|proof|image|video|text|audio|speech|public|large|small)[\s-])"
    # "the MUCS 2021 code-switching corpus"
    r"[a-z]+(?:-[a-z]+)*\s+(dataset|benchmark|corpus)\b"
)
#: "-derived test splits", "-sourced training data": what a set was made from
_DERIVED_DATA_RIGHT = re.compile(
    r"-(?:derived|based|sourced)\s+(?:(test|evaluation|validation)\s+|(?:[\w-]+\s+)?(?:training\s+)?)"
    r"(?:splits?|sets?|data|datasets?|corpus|corpora|subsets?|benchmarks?)\b"
)
_RIGHT_HEAD = re.compile(
    rf"^\s+(?:(?:base|language|pretrained|pre-trained|chat|foundation|family|series|video|image|"
    rf"speech|audio|code|reasoning|diffusion|embedding|reward|world|weather|protein|"
    rf"molecular|robot|"
    # ("the P-VLG Benchmark": a data noun written with a capital is still the head)
    rf"vision-language|multimodal|instruction-tuned|evaluation|test)\s+)?"
    rf"({_HEAD_NOUNS}|Benchmark|Dataset|Corpus)\b"
    # "the SmolMamba block": a part of the name's system, not its kind
    r"(?<!block)(?<!blocks)"
)
_LEFT_HEAD = re.compile(
    rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Oo]ur|new|novel|[Tt]his|[Ii]ts|two|three|four|five|several|multiple)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:[a-z]+-)?({_HEAD_NOUNS}),?\s+"
    rf"(?:(?:called|named|dubbed|namely|termed),?\s+)?$"
    rf"|\b({_HEAD_NOUNS}),?\s+(?:called|named|dubbed|namely|termed),?\s+$"
    # "a novel ... framework from panoramic images, named X"
    rf"|\b({_HEAD_NOUNS})\s+(?:for|from|of|with|that)\s+[^,.;()]{{1,40}},\s+(?:called|named|dubbed|termed)\s+$"
    # ("We benchmark A, B and C", "to benchmark X": a verb, no head)
    rf"|(?<![Ww]e )(?<!to )\b({_HEAD_NOUNS})\s+$"
    rf"|\b(?:develop|introduce|propose|present|release|build|train|obtain|design)\w*\s+"
    rf"(?:[\w-]+\s+){{0,3}}?({_HEAD_NOUNS}),\s+$"
    rf"|\b(?:as well as|and)\s+(?:[\w-]+\s+){{0,2}}?({_HEAD_NOUNS}),\s+$"
)
_RELEASED_AS_DATA = re.compile(
    r"\b(?:(?:hours|data|dataset|corpus|pairs|samples|examples|images|recordings|speech|texts?|"
    r"dialogues|videos|annotations)\b[^.;]{0,60}\b(?:release|publish|share)[sd]?\s+"
    r"(?:it\s+|them\s+|this\s+\w+\s+)?"
    # "we release this corpus as X"
    r"|(?:release|publish|share)[sd]?\s+(?:this|the|our|the\s+resulting)\s+(?:[\w-]+\s+)?"
    r"(?:data|dataset|corpus|collection)\s+)as\s+$"
)
_VALUE_FOR_LEFT = re.compile(
    r"\b(?:compared (?:with|to)|against|versus|vs\.?)\s+(?:(?:[^.;]|\.(?=\d)){0,60}?\s)?"
    r"\d+(?:\.\d+)?\s*%?\s+for\s+$"
)
_WE_TEST_ON = re.compile(
    r"\b[Ww]e\s+(?:\w+\s+)?(?:evaluate|test|validate|experiment|benchmark)\s+(?:\w+\s+)?on\s+$"
)
#: a sentence that opens with a phrase before its subject ("Evaluated on a subset of the
#: NSVA dataset, X ...")
_OPENER_LEFT = re.compile(
    r"(?:On|In|For|With|Using|Across|Over|Under|(?:Evaluated|Tested|Validated|Trained|"
    r"Fine-tuned|Pre-trained|Built|Based)\s+(?:up)?(?:on|from|with|in))\b[^,;]*,\s*$"
)
_HEAD_OF_LEFT = re.compile(
    r"\b(?:[Aa]|[Aa]n|[Oo]ur|new)\s+(?:[\w-]+\s+){0,2}?(dataset|corpus|benchmark|collection|suite)"
    r"\s+of\s+[^,;()]{1,60},\s+$"
)
#: a prepositional phrase before a comma ("With a GCN backbone, X improves", "on the
#: MuSiQue dataset, X gains"): its head noun is not the name's
#: a data head noun after a name of its own: "the MTEB leaderboard ", "the GLUE benchmark "
_NAMED_DATA_HEAD = re.compile(
    r"\b[A-Z][\w.-]*[A-Z0-9][\w.-]*\s+(?:leaderboard|benchmark|dataset|suite|corpus)\s+$"
)
#: the plural heads of data a fronted phrase ends with ("On the standard benchmarks X
#: sets ...")
_PLURAL_DATA_HEADS = ("benchmarks", "datasets", "suites", "corpora")
#: a present-tense verb right after a name: "X obtains", "X clearly outperforms"
_VERB_RIGHT = re.compile(r" (?:[a-z]+ly )?[a-z]+s\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ww]ith|[Uu]sing|[Oo]n|[Ii]n|[Ff]or|[Ff]rom|[Bb]y|[Vv]ia|[Uu]nder|[Oo]ver|[Aa]s|[Gg]iven)\s*$"
)
#: an appositive may also call a model "a (strong) baseline" ("X, a reproducible baseline
#: built on Y"), and software "a tool" (a Method); before a name, "baseline" describes
#: methods as often as models, and "tools" models as often as software
_APPOSITIVE_NOUNS = (
    f"{_HEAD_NOUNS}|baselines|baseline"
    # "a tool for ...", not "a tool retrieval baseline"
    r"|tool(?=\s*[,.;]|\s+(?:for|that|which|to|with|in|designed|built|developed|written)\b)"
)
_EXTENSION_OF = re.compile(
    r"^,\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?:extension|version|variant|adaptation|"
    r"expansion)\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
    # (data only: "an upgraded version of our earlier X system" is the system's successor)
    r"(test|benchmark|dataset|corpus|suite|collection|leaderboard)\b(?!-)"
)
_NAMED_HEAD_LEFT = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:(test|challenge)\s+)?"
    rf"({_HEAD_NOUNS})\s+(?:that|which)\s+we\s+call\s+$"
)
_APPOSITIVE = re.compile(
    rf"^(?:,|:(?=\s+(?:a|an|the first)\s))\s+(?:which is\s+)?(?:a|an|the|our)\s+"
    # "a training-free, data-free merger": "data" is no head when a hyphen follows; not
    # past a clause or a purpose ("a memory controller that turns LLMs into agents", "a
    # library designed for processing event data": neither an agent nor data), nor an
    # earlier thing's head ("an upgraded version of our earlier X system")
    r"(?:(?!(?:that|which|for|designed|based on|with|from|by|earlier|previous|prior)\s"
    r"|to\s(?!end\b))"
    rf"(?:\d+\.)?[\w-]+,?\s+){{0,6}}?({_APPOSITIVE_NOUNS})\b(?!-)"
    rf"(?:\s+of\s+(?:[\w-]+\s+){{0,4}}?({_HEAD_NOUNS}|{_COLLECTED}))?"
)
#: a head noun, then examples of it: "benchmarks such as X", "datasets, including X",
#: "models like X" (a Hearst pattern), "three datasets: X, Y and Z": the head says what
#: the examples are
_EXAMPLES_OF_HEAD = re.compile(  # the head nearest the examples: ".*" takes all it can
    # (not across a clause: "this benchmark, where none reach 60%, e.g., X scores ...")
    rf".*\b({_HEAD_NOUNS})\b(?:(?:(?!\b(?:where|while|whereas|but)\b)[^.;:()]){{0,40}}?,?\s+"
    rf"(?:including|such as|e\.g\.,?|like|"
    # "on every benchmark we tried: X", "the datasets used in this work: X"
    rf"namely)|(?:\s+(?:we|that|which|used|considered|tested|studied|examined|evaluated|"
    rf"adopted|tried|use|consider|test|evaluate|study|adopt|examine|here|in|this|our|work|"
    rf"paper))*:)\s+$",
    re.S,
)
#: a result verb right after a name: the name is its clause's subject
_SUBJECT_VERB_RIGHT = re.compile(
    r"\s+(?:attains|achieves|reaches|obtains|scores|outperforms|surpasses|improves|sets|"
    r"yields|delivers|ranks|leads|gets|"
    # the past, and the plural or non-native form: "X achieved", "X achieve 91.2%"
    r"attained|achieved|reached|obtained|scored|outperformed|surpassed|improved|yielded|"
    r"achieve|obtain|attain)\b"
)
#: what may follow a whole example: the end of the list or another item
_EXAMPLE_ENDS = frozenset(",.;:)")
_LIST_WORDS = (" and ", " or ")
_EXAMPLES_LAST_WORDS = ("including", " as", "e.g.", "e.g.,", "like", "namely", ":")
#: a name (or the list it ends) followed by "task(s)" names a task, not a benchmark
_TASK_RIGHT = re.compile(r"^(?:,?\s+(?:and|or)\s+[A-Z0-9][\w-]*)?\s+(?:tasks?|subtasks?)\b")
#: a measurement right before a name ("+10.1 nAP", "45.3% AP", "0.3 dB PSNR", "0.79
#: AUC"): a decimal, a signed number or a percentage; the name is its metric. Whole numbers
#: are left alone: they count things ("3 ResNet blocks")
_MEASURE_LEFT = re.compile(r"(?:[+-]\d+(?:\.\d+)?|\d+\.\d+|\d+\s*\\?%)\s*(?:\\?%|dB|pp)?\s+$")
_MEASURE_IN = re.compile(r"(?:[+-]?\d+(?:\.\d+)?\s*\\?%|[+-]\d+(?:\.\d+)?)\s+in\s+$")
_MEASURE_COMPARED = re.compile(
    r"(?:[+-]?\d+(?:\.\d+)?\s*\\?%|[+-]\d+(?:\.\d+)?|\d+\.\d+)\s+"
    r"(?:higher|lower|better|greater)\s+$"
)
#: the last character of such a measurement, as a name's left context ends with it and a
#: space: a cheap test before the expression
_MEASURE_ENDS = frozenset("0123456789%Bp")
#: the votes that count such mentions (not types)
_TASK = "task"
_APPOSED = "apposed"
_METRIC = "metric"
#: a sentence opened by a training participle, then its subject's name
_TRAINED_WORDS = ("Trained", "Pre-trained", "Pretrained", "Fine-tuned", "Finetuned")
_TRAINED_OPENER = re.compile(r"[A-Z][\w-]+\s[^.;,]{0,80}(?:,\s[^.;,]{0,40})?,\s+$")
#: a sentence opened by a prepositional phrase whose names end just before this context
_FRONTED_LEFT = re.compile(
    r"(?:^|[.;]\s+)(?:On|In|Across|For|With|Using|Over|(?:Built|Based|Building|Trained|"
    r"Initiali[sz]ed|Fine-tuned|Derived|Adapted|Starting|Evaluated|Tested|Validated|"
    r"Benchmarked)\s+(?:up)?(?:on|from)"
    # "For pneumothorax segmentation on SIIM-ACR, a U-Net decoder ..."
    r"|(?:On|In|Across|For)\s+(?:[\w-]+\s+){1,4}?(?:on|in))\s+(?:the\s+)?$"
)
_OUR_HEAD_LEFT = re.compile(r"\b[Oo]ur\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s*$")
_DATA_OF_NAME = re.compile(r" (?:dataset|corpus|data mixture|data collection)\b")
_RELATION_SIGNS = frozenset("=≈≤≥<>")
_EQUAL_TO_RIGHT = re.compile(
    r"^ (?:approximately |roughly |nearly )?equal to\b"
    # "MAE remains below 0.05": a measured quantity
    r"|^ (?:remains|stays|is|was|falls|drops|rises|stayed|remained) (?:below|above|under|at) \d"
)
_METRIC_WORD_RIGHT = re.compile(r"^ metrics?\b")
#: "a DINO score of 0.874", "DINO, CLIP-I and CLIP-T scores of ...": a measure computed
#: with a model, named after it (not the verb of "LLaMA scores 45.2")
_SCORE_WORD_RIGHT = re.compile(
    r"^(?:(?:,\s*[\w-]+)*,?\s+and\s+[\w-]+)?\s+(?:scores?|values?)\s+(?:of|are|were|is|was|from)\b"
    # (a similarity right after the name: not "with Whisper and speaker similarity with Y")
    r"|^\s+(?:score|values?)\s*[,;:)]|^\s+similarit(?:y|ies)\b"
)
#: ("a 60-minute MAE of 2.08", "an average MAE of 18.62")
_METRIC_NAMED = re.compile(r"\b(?:a|an)\s+(?:(?:average|mean|overall|median|\d+-[a-z]+)\s+)?$")
#: error measures that a regression result names beside the mean absolute error
_ERROR_MEASURES = re.compile(r"\b(?:RMSE|MAPE|sMAPE|MSE|NRMSE|WMAPE)\b")
#: "PEMS08 MAE 13.88", "PEMS04 MAE/RMSE/MAPE is": a measure between data and its value
_DATA_THEN_MEASURE = re.compile(r"(?<![\w-])([A-Z][\w-]*\d[\w-]*|[A-Z][\w-]+)\s+$")
_VALUE_OR_MEASURE_RIGHT = re.compile(r"^(?:\s*[:=]?\s*\d|/[A-Z])")
#: after a name, a word that makes it a leaderboard: "the RoboSpatial Challenge"
_LEADERBOARD_WORDS = (" Challenge", " Shared Task", " shared task", " Competition")
_RESULT_OF_VALUE = re.compile(r" of [-+]?\d")
#: a measure's change: " from 18.2 to 17.6"
_FROM_VALUE_TO_VALUE = re.compile(
    # ("from 0.702 for Moirai-Base to 0.655": whose the value before was)
    r" from [-+]?\d[\d.]*\s*%?(?: for [^,;()]{1,40}?)? to [-+]?\d"
)
#: "the" and at most one word (a benchmark's name) before a name: "the PEMS04 "
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:[\w-]+\s+){0,2}$")
_DATA_HEAD_LEFT = re.compile(r"\b(?:benchmark|dataset|suite|corpus|set|split|subset)\s+$")
#: " drops from 0.741": a measure that moves from a value (not "X improves B from a")
_MOVES_FROM_VALUE = re.compile(
    r" (?:drops|falls|rises|decreases|increases|declines|improves|goes) from -?\d"
)
#: " to 0.47": a value a measure is brought to
_TO_VALUE = re.compile(r" to -?\d")
#: "lowers the in-distribution energy ": a verb that moves the measure named next
_MOVES_THE = re.compile(
    r"\b(?:lower|reduc|rais|improv|cut|bring|brought|decreas|increas|push|boost)\w*\s+"
    r"(?:the|its|their)\s+(?:(?!of\b)[\w-]+\s+){0,3}$"  # (not "the perplexity of X to")
)
#: "its MAE drops by 23%": a measure that moves
_MEASURE_MOVES_RIGHT = re.compile(
    r" (?:drops|falls|rises|decreases|increases|declines|improves)\b(?! (?:on|over|upon)\b)"
)
_ACHIEVES_A_LEFT = re.compile(
    r"\b(?:achiev|reach|attain|obtain|yield|record|report)\w*\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$"
    # "predicts band gaps with an MAE of 0.42 eV", "and an internal-energy MAE of 6.1"
    r"|\b(?:with|and)\s+(?:an?|the)\s+(?:[\w-]+\s+)?$"
    # "an AUC of 0.8162 and LogLoss of 0.4371": the second measure of a pair
    r"|\bof\s+[-+]?\d[\d.]*\s*%?\s+and\s+$"
    # "on QM9: MAE of 14.8 meV", "with MAE of 0.21": a measure right after a colon or "with"
    r"|(?::|\bwith)\s+$"
)
_METRIC_OF_VALUE = re.compile(
    r"^\s+(?:(?:micro|macro)-?)?(?:F1|F-?score|score|accuracy|recall|precision|error|similarity)"
    r"\s+of\s+\d"
)
#: a later head noun of the same phrase, maybe after one more word: "a reward model
#: benchmark", "a preference data synthesis method", "a model merging technique"
_FOLLOWING_HEAD = re.compile(
    r"\s+(?:(?!(?:of|for|with|in|on|to|and|or|that|which|from|by|via|as|is|are)\b)[a-z][\w-]*\s+)?"
    rf"({_HEAD_NOUNS})\b(?!-)"
)
#: a model's size or tuning suffix ("-7B", "-350M", "8x7B", "-Instruct"); thousands
#: ("-2k", "10K") size datasets more often (see _DATA_SHAPE)
_EVALUATION_SET = re.compile(r"\b(?:evaluation|test|testing)\s+(?:set|suite|collection)$")
_PARTICIPLE_AFTER = re.compile(r"\s+[a-z]+(?:ing|ed)\s")
_SIZE_SUFFIX = re.compile(r"(?i)[-\s]\d+(?:\.\d+)?[bm]$|\d+x\d+[bm]$|-(?:chat|instruct|base)$")
_MODEL_SHAPE = re.compile(r"(?i)gpt|bert|llama|t5\b|former$|net$|-?lm$|clip|diffusion|qwen")
#: ("FortranEval-164": a benchmark's size after its name)
_BENCH_SHAPE = re.compile(
    # ("Retrieval" ends with no "Eval": the suffix is capitalised or set off by a hyphen)
    r"(?P<suffix>(?i:bench)|Eval|EVAL|-eval)(?:-\d+|\s+v?\d+(?:\.\d+)?)?$"
    r"|(?i:(?:qa|glue)(?:-\d+)?$|-hard$|arena)"
)
#: "-test", "-valid": a split written as the end of a data name ("miniF2F-test")
_SPLIT_SUFFIX = re.compile(r"-(?:test|valid|val|dev|testmini)(?![\w-])")
_PARTICIPLE_NAME = re.compile(r"(?:[A-Za-z]+-)*(?:[A-Za-z]+ing|[A-Za-z]{5,}ed)")
_LETTER = re.compile(r"[^\W\d_]")
#: ADE20K, RE10K: sizes in thousands name datasets; "LLaVA-Pretrain": a model's training set;
_DATA_SHAPE = re.compile(r"\d+[Kk]$|-Pretrain$|[a-z]DB$")  # "JourneyDB", "ProThermDB": databases
#: a known model's name run onto a prefix ("StressRoBERTa", "ExpertLLaMA", "BioBERT")
_KNOWN_SUFFIX = re.compile(r"(?<=[a-z])([A-Z][A-Za-z]*[A-Z][A-Za-z]*)$")
_POLICY_OPTIMIZATION = re.compile(r"[a-z]PO$|[A-Z]{2}PO$")
#: a parameter count inside a name, before more parts ("-8B-" of "Llama-3-8B-Instruct-262k")
_PARAMETERS_INSIDE = re.compile(r"[-\s]\d+(?:\.\d+)?B[-\s]")
_DECIMAL_MILLIONS = re.compile(r"[-\s]\d+\.\d+M$")
_KIND_WORD_IN_NAME = re.compile(
    # "LLaVA-OneVision-Data", "ProLong-Data-64K"; not "Comic Data Augmentation"
    r"[\s-](Corpus|Corpora|Dataset|Benchmark|Bench|Data(?=$|[-\s]\d))\b"
)
_COMPARING_VERBS = r"(?:outperform|surpass|beat|exceed|improve|trail|match|lag)[a-z]*\b"
_SCORE_RIGHT = re.compile(
    # not a count after a colon: "from Phi-4: 18 of the 40 layers are removed"
    # nor a comparison's, "X outperforms Y: 5.1 vs. 5.5 on B" (Y's values follow the colon)
    r"^(?!\s+(?:outperform|surpass|beat|exceed|improve|trail|match)[a-z]*\s)"
    r"\s*\(?\s*[^()\d.;]{0,25}?:\s*\d(?![\d.]*\s+(?:of|out of)\s)"
    # (not "X 0.312 vs Y 0.293": systems' values compared)
    r"|^\s+\d+(?:\.\d+)?\s*%?(?!\s+(?:vs\.?|versus)\s+[A-Za-z])(?:[\s,;)]|$)"
    # "(84.2)", "(84.2%, ...)", "(85.2 vs 80.1)"; not a count, "(3 SurgVLM variants: ...)"
    r"|^\s*\(\s*\d+(?:\.\d+)?\s*%?\s*(?:[),;/\u00b1+\u2192]|->|to\b|and\b|vs\b)"
    # (not a subject with its value: "X (79.6) outperforms Y (75.2)")
    rf"(?!\s+{_COMPARING_VERBS})(?![^()]*\)\s+{_COMPARING_VERBS})"
    r"|^\s*\(from\s+\d"
)
#: "solving 23.77% of FormalMath500": a share of a benchmark's problems
#: "X: 72.6%", "X: 52.4;": a value after a name and a colon, in a list of such
#: ("Y: 21.1 / 18.6 / 36.4;": one value per measure, slashed)
_SYSTEM_CELL = r"\d+(?:\.\d+)?\s*%?(?:\s*/\s*\d+(?:\.\d+)?\s*%?)*"
_SYSTEM_VALUE_RIGHT = re.compile(rf":\s*{_SYSTEM_CELL}\s*(?:[,;)]|and\b)")
#: a parenthesis of systems' values right after a result or the benchmark it is on
#: ("MAE of 14.8 / 12.1 meV on HOMO / LUMO (Y: ...": after the result's unit and parts)
_SYSTEM_VALUES_LEFT = re.compile(
    r"(?:(?<![\w.])\d+(?:\.\d+)?(?:\s*%)?(?:\s+[^()\d;:]{1,40}?)?|\bon\s+(?:the\s+)?[A-Z][\w.-]*)\s+\("
    rf"(?:[^():;,]{{1,40}}:\s*{_SYSTEM_CELL}\s*[,;]\s*(?:and\s+)?)*$"
)
#: ", three million clips", ", 40K verified trajectories": an appositive that counts items
_COUNT_APPOSITIVE = re.compile(
    r",\s+(?:\d[\d.,]*\s*[KMB]?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"twenty|fifty|hundreds\s+of|thousands\s+of|millions\s+of)"
    r"(?:\s+(?:million|thousand|billion|hundred))?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:clips|images|videos|pairs|samples|examples|questions|documents|sentences|tokens|hours|"
    r"conversations|dialogues|trajectories|prompts|problems|transactions|records|notes|"
    r"reports|captions|utterances|recordings|scans|molecules|structures)\b"
)
#: " 58.3,": a value cell after a name
_CELL_VALUE_RIGHT = re.compile(r" \d+(?:\.\d+)?\s*%?\s*(?:[,;()]|and\b|\.(?:\s|$)|$)")
#: "on MMLU: A 58.3, B 61.0, ": the data a list of values after a colon is on
_ON_DATA_COLON_LEFT = re.compile(
    r"\bon\s+(?:the\s+)?([A-Z][\w.+-]*)\s*:\s*(?:[^:;()]{1,40}?\s\d+(?:\.\d+)?\s*%?\s*,\s*)*$"
)
#: a hyphen, a digit or an inner capital: a coined name ("P-Stance", "CIFAR-100"), not a
#: word ("on Tuesday:")
_CODED_NAME = re.compile(r"[-\d]|[a-z][A-Z]")
_SHARE_OF_LEFT = re.compile(r"\d(?:\.\d+)?\s*\\?%\s+of\s+(?:the\s+)?$")
_POSSESSIVE_RIGHT = re.compile(r"^['\u2019]s\b")
_SCORE_LEFT = re.compile(r"\d(?:\.\d+)?\s*%?\s+(?:on|in)\s+(?:the\s+)?$")
_EVAL_LEFT = re.compile(
    # the look-ahead first: the look-behinds would otherwise be tried at every offset
    r"(?=[Oo]n\s|[Aa]cross\s)(?<!based )(?<!built )(?<!relies )(?<!rely )(?<!depends )"
    r"(?<![Bb]uilding )(?<![Bb]uilt )(?<![Bb]ased )"
    r"(?<!focus )(?<!focuses )"
    r"(?<!conditioned )(?<!trained )(?<!tuned )(?<!up)(?<!improving )(?<!improves )"
    r"\b(?:[Oo]n|[Aa]cross)\s+(?!an?\s)(?:the\s+)?"
    # "on the challenging X"; not "On the SUPERB benchmark X ranks": X is no benchmark there
    # ("+6.5 points on MATH over X": X is what it is compared with)
    # ("on D yields X": X is what the training on D made)
    r"(?:(?!(?:benchmarks?|datasets?|corpus|suite|leaderboard|over|than|versus|against|"
    r"yields?|gives?|produces?|results?\s+in)\b)"
    r"[\w-]+\s+){0,2}?$"
    r"|\b(?:[Ee]valuat\w+|benchmark\w*|[Tt]est\w*|results)\s+(?:\w+\s+){0,6}?(?:on|in)\s+(?:the\s+)?"
    # "Evaluated on a subset of the NSVA dataset"
    r"(?:an?\s+(?:\w+\s+)?(?:subset|split|portion|part)\s+of\s+(?:the\s+)?)?$"
    # "Transferred without any tuning to Matterport3D"
    r"|\b[Tt]ransferred\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?$"
)
#: heads of a class of methods: a parenthesised list after them names methods
#: ("multi-task learning (PCGrad, MGDA)", "optimizers (Adam, Lion)"), not benchmarks
_METHOD_CLASS_HEADS = (
    *("learning", "algorithms", "optimizers", "techniques", "strategies", "objectives"),
    *("losses", "regularizers"),
)
#: a task or a word for data before a parenthesised list of benchmarks ("question answering
#: (SQuAD, NQ)", "image classification (ImageNet)", "reasoning tasks (GSM8K, MATH)", "six
#: sets (...)"); other nouns ("providers (Claude ...)", "formats (JSON, YAML)") say nothing
#: of what is listed
_TASK_PAREN_LEFT = re.compile(
    r"(?:ing|tion|sion|sis|tasks?|benchmarks?|datasets?|databases?|suites?|sets|corpus|"
    r"corpora|collections?|questions|problems|splits|protocols|scenes|images|photographs|"
    r"videos|documents)(?<!learning)\s+\((?:[^()]*,\s*)?$"
)
_METHOD_PAREN_LEFT = re.compile(
    rf"\b(?:{'|'.join(_METHOD_CLASS_HEADS)})\s+\((?:e\.g\.|i\.e\.|including)?,?\s*"
    r"(?:[^()]*,\s*)?$"
)
#: "a ... method for SFDA (SRPL-SFDA)", "a framework for tracking (X)": the name of the
#: method, not of the task the words before the parenthesis end with
_METHOD_FOR_PAREN_LEFT = re.compile(
    r"\b(?:method|approach|framework|algorithm|technique|pipeline|strategy|scheme)\s+"
    r"(?:for|of)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+\($"
)
_MODEL_PAREN_LEFT = re.compile(
    r"\b(?:models|networks|baselines|LLMs|backbones)\s+\((?:e\.g\.|i\.e\.|including)?,?\s*$"
)
#: a verb right after a name: the name is a clause's subject ("Trained on CC12M, DREAM
#: achieves"), not the next item of a list
_SUBJECT_VERB = (
    r"(?:also\s+|further\s+|then\s+|consistently\s+)?(?:achieves|reaches|outperforms|"
    r"achieved|reached|outperformed|surpassed|attained|obtained|scored|achieve|obtain|"
    r"surpasses|attains|obtains|improves|sets|yields|delivers|scores|matches|exceeds|ranks|"
    r"is|was|uses|shows|produces|generates|learns|performs|gains|lifts|boosts|beats|wins|"
    r"retains|keeps|trails|lags|raises|lowers|cuts|reduces|increases|halves|doubles|succeeds|"
    r"fails|solves|resolves|answers|completes|correlates|identifies|predicts)\b"
)
_CLAUSE_SUBJECT = re.compile(
    rf"\s+{_SUBJECT_VERB}"
    # "On ImageNet, X with a ViT-B backbone achieves": X's setting, then its verb
    rf"|\s+(?:with|using)\s+[^,;.()]{{1,40}}?\s+{_SUBJECT_VERB}"
)
#: the verb of a list of subjects: "A and B score 85.1 and 86.3"
_LIST_SUBJECT = re.compile(
    r"\s+(?:(?:also|further|both|all|then|consistently)\s+)?(?:score|reach|attain|achieve|"
    r"obtain|outperform|surpass|trail|lag|improve|match|exceed|lead|beat|record|get)\b"
)
_LIST_SEPARATOR = re.compile(
    # "TIGER (0.0847), BERT4Rec (0.0762) and HSTU": each item with its value
    # ("A (PSNR 24.71, SSIM 0.812), B (...)": each item with its measures)
    r"^(?:\s*\(\s*\d+(?:\.\d+)?\s*%?\s*\)|\s*\(\s*[A-Za-z][\w@.-]*\s*[:=]?\s*\d[^()]{0,50}\))?"
    # ("on BIRD dev, Spider test and X": a split after an item)
    rf"(?:\s+{LIST_ITEM_SPLIT}(?=,|\s+and\s))?"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*)$"
)
_TRAIN_LEFT = re.compile(
    # every alternative starts a word with one of these letters: tested first, at a word
    # boundary, so that other offsets fail before the look-behinds and the case-insensitive
    # alternatives are each tried (the engine cannot skip them by their first letter)
    r"\b(?=[acdefghimnopqrstuv])(?:"
    r"(?<!full )(?<!standard )(?<!vanilla )(?<!full-parameter )"
    r"(?:trained|re-?trained|pre-?trained|fine-?tuned|finetuned|tuned|fine-?tuning|finetuning|tuning|"
    r"training|pre-?training|(?:pre-?)?trains?|fine-?tunes?|SFT|distill(?:ed|ation)|"
    # "projector alignment on LLaVA-Pretrain": a training stage
    r"(?:projector|modality|vision-language|feature)\s+alignment)\s+"
    r"(?:[\w.-]+\s+){0,2}?on\s+"
    r"(?:the\s+)?(?:subsets?\s+of\s+|an?\s+(?:[\w-]+\s+)?(?:mixture|combination|blend|"
    r"collection|union)\s+(?:of|that\s+includes|that\s+contains|including|comprising)\s+"
    # "trained on 80K hours of LibriLight", "on the training split of X"
    r"|\d[\d.,]*\s*[KMB]?\s+(?:hours|tokens|images|samples|examples|pairs|clips|videos|years)\s+"
    r"of\s+"
    r"|(?:training|train|dev|development|validation)\s+(?:split|set|portion|part)\s+of\s+"
    # "fine-tuning on 9.6M interleaved samples, including X"
    r"|\d[\d.,]*\s*[KMB]?\s+(?:[\w-]+\s+){0,4}?(?:samples|examples|pairs|images|documents|"
    r"conversations|instructions),\s+(?:including|such\s+as)\s+)?$"
    # "on a mixture of A, B and C": data, whatever the verb before
    r"|on\s+an?\s+(?:[\w-]+\s+)?(?:mixture|combination|blend|union)\s+of\s+$"
    r"|(?:[Pp]re-?training|[Tt]raining|[Ff]ine-?tuning)\s+uses\s+(?:the\s+)?$"
    # "Instruction tuning with xP3x and ...": what instructions tune with is data
    r"|[Ii]nstruction[- ]tuning\s+(?:with|on|using)\s+(?:the\s+)?$"
    # "9,400 hours of speech from A, B and C"
    r"|hours\s+of\s+(?:[\w-]+\s+){0,2}?(?:speech|audio|video|recordings)\s+from\s+(?:the\s+)?$"
    r"|(?:assembled|compiled|aggregated|collected|sourced|drawn|mined|curated|sampled|"
    r"extracted|gathered|scraped|crawled|filtered|selected|harvested)\s+from\s+(?:the\s+)?$"
    r"|(?:queries|samples|examples|data|images|pages|problems|questions|solutions|"
    r"texts|pairs|instances|documents|videos|demonstrations|trajectories|episodes|"
    r"recordings|utterances|dialogues|conversations|instructions|notes|tokens|records|"
    r"reports|statutes|clips|frames|text|paintings|photographs|photos|artworks|molecules|"
    r"sequences|traces|captions|transcripts|structures|summaries|histories|"
    r"volumes|scans|papers|reactions|prompts|sentences|passages|articles|posts|reviews|tables|"
    r"charts|programs|functions|conformers|geometries|compounds|crystals|proteins|spectra|"
    r"simulations)\s+(?:\w+\s+){0,2}?"
    r"(?:(?:derived|collected|sourced|built|curated|extracted|sampled|drawn|taken|filtered)\s+)?"
    r"from\s+(?:the\s+)?$)",
    re.I,
)
_MODEL_VERB_RIGHT = re.compile(
    r"^(?:'s)?\s+(?:achieves|outperforms|surpasses|attains|obtains|reaches|showcases|"
    r"achieved|outperformed|surpassed|attained|obtained|reached|achieve|obtain|attain|"
    r"exhibits|scores|generates|is able|can (?:achieve|generate|handle)|model\b)"
)
_DERIVED_RIGHT = re.compile(
    r"^,?\s+(?:initiali[sz]es from|fine-?tunes|reuses the)\b"
    r"|^,?\s+(?:is|are|was|were) (?:then |further )?(?:distilled|quantized|fine-?tuned|"
    r"finetuned|instruction-tuned|pre-?trained|initiali[sz]ed|merged)\b"
)
_MODEL_VERB_LEFT = re.compile(
    # (not the noun: "a test MAE of 0.059", "the benchmark X")
    r"(?<!\ba )(?<!\bthe )(?<!\ban )\b(?:evaluate|test|benchmark|compare|"
    r"fine-?tune|finetune|fine-?tuning|finetuning|pre-?train|pretrain|pre-?training|"
    r"prompt|prompting|distill|quantize|deploy|push(?:es)?)\s+(?:the\s+|a\s+)?$"
)
#: "SIGF (405 sequences)", "ISLES 2022 (3 modalities, 7 scenarios)": a count of what a
#: dataset holds
_DATA_COUNT_RIGHT = re.compile(
    r"^\s*\(\s*\d[\d,.]*\s*[KkM]?\s+(?:[\w-]+\s+)?(?:images|sequences|videos|samples|subjects|"
    r"patients|cases|scans|modalities|scenarios|classes|categories|clips|hours|frames|"
    r"sentences|documents|examples|instances|questions|pairs|volumes|slides|scenes|"
    r"recordings|utterances|dialogues|problems|tasks)\b"
)
_NEW_TASK_LEFT = re.compile(r"\b(?:a|an)\s+new\s+(?:[\w-]+\s+){0,2}?task,\s+$")
#: "X, 52K style-augmented question-answer pairs generated from ...": X is that data
_DATA_COUNT_APPOSITIVE = re.compile(
    r"^,\s+(?:about\s+|over\s+|nearly\s+|roughly\s+|some\s+)?\d[\d,.]*\s*[KkMB]?\s+"
    r"(?:[\w-]+\s+){0,3}?(?:images|videos|samples|clips|hours|sentences|documents|examples|"
    r"instances|questions|pairs|recordings|utterances|dialogues|conversations|problems|"
    r"instructions|prompts|trajectories|demonstrations|annotations|tokens)\b"
)
#: "distilled from X", "fine-tuned from X": what a model is made from is a model
_MADE_FROM_LEFT = re.compile(
    r"\b(?:distilled|fine-?tuned|finetuned|initiali[sz]ed|quantized|pruned)\s+from\s+"
    r"(?:the\s+|a\s+)?$"
    # "Built on DreamPose3D, our approach ...": what a system is built on is a model
    r"|(?:^|[.;]\s+)Built\s+(?:up)?on\s+(?:the\s+)?$"
)
#: "its predecessor X", "the successor of X": X is a model of the same line
#: "and release the results as X and Y", "yielding X": what training made is a model
_TRAINED_RESULT_LEFT = re.compile(
    r"\b(?:(?:release|call|name)\w*\s+(?:the\s+results?|them|the\s+resulting\s+models?)\s+as"
    r"|the\s+resulting\s+(?:checkpoints?|models?),?)\s+$"
)
_PREDECESSOR_LEFT = re.compile(
    # not "Compared to its predecessor, X introduces": X is the subject, of any type
    r"(?<!to )(?<!with )(?<!than )(?<!Unlike )(?<!over )"
    r"\b(?:(?:its|their|our) (?:earlier |previous )?(?:predecessor|successor)s?,?|"
    r"(?:predecessor|successor) (?:of|to)(?: the| our| its)?(?: earlier| previous)?)\s+$"
)
_COMPARE_LEFT = re.compile(
    r"\b(?:than|outperform\w*|surpass\w*|comparable (?:to|with)|compared (?:to|with)|"
    r"such as|including|e\.g\.,?|like|baselines?|over|above|below)\s+(?:the\s+)?(?:strong\s+)?"
    r"(?:baseline\s+)?$"
)
#: "the Swahili portion of X", "the WidowX setting of X": a part of a benchmark
_PART_OF_LEFT = re.compile(
    # (not "trained on the development portion of X": data trained on)
    r"(?<!training )(?<!train )(?<!development )(?<!dev )"
    r"\b(?:portion|setting|track|section|task)\s+of\s+(?:the\s+)?$"
)
#: "a subset of X", "a machine-translated slice of X", "a re-filtered copy of X": data, to
#: train on or to test on
#: "we convert the dataset D into a SKEL-aligned version, X": a version of data is data
_DATA_INTO_VERSION_LEFT = re.compile(
    r"\b(?:dataset|corpus|benchmark)s?\s+(?:[\w.+-]+\s+)?into\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:version|variant|format|subset)s?,\s+$"
)
_SUBSET_OF_LEFT = re.compile(
    r"\b(?:subsets?|splits?|slices?|shards?|"
    r"(?:re-?filtered|filtered|cleaned|deduplicated)\s+(?:copy|version))\s+of\s+(?:the\s+)?$"
)
#: "evaluations on 13 large-scale scenes, including A, B and C": examples of test data
_EVALUATED_INCLUDING_LEFT = re.compile(
    r"\b(?:[Ee]valuat\w+|[Ee]xperiments?|[Tt]ests?|[Rr]esults)\s+(?:on|across|over)\s+"
    r"[^.;()]{0,60}?,?\s+(?:including|such as|e\.g\.,?|namely)\s+$"
)
#: a parenthesis of words right after a name: its long form, before an appositive
_LONG_FORM_PAREN = re.compile(r" \([A-Za-z][^()]{2,80}\)(?=,)")
#: "D mixed with E": data blended into other data
_MIXED_WITH_LEFT = re.compile(r"\b(?:mixed|blended|interleaved)\s+with\s+(?:the\s+)?$")
#: "improving on X": a system the result is compared with
_IMPROVE_ON_LEFT = re.compile(r"\bimprov(?:es|ing)\s+(?:on|upon)\s+(?:the\s+)?$")
#: what follows "score" or "scores" as a verb: "scores highest", "score only 31.7%"
_SCORED_HOW = (
    r"\s(?:highest|lowest|best|worst|well|higher|lower|over|above|below|only|just|about|"
    r"around|roughly|\d)"
)
_METRIC_RIGHT = re.compile(
    # (a verb is no qualifier: "X achieve accuracy of", "X achieved accuracy", "X give F1")
    r"^\s+(?:(?!(?:achiev|obtain|reach|attain|get|got|gave|give|yield|show|report|ha[dv]e|"
    r"improv|boost|rais|increas|reduc|lower|gain)[a-z]*\s)[a-z-]+(?<!s)\s+)?(?:perplexity|accuracy|F1|BLEU|ROUGE|CIDEr|FID|mAP|mIoU|WER|CER|pass@\d|"
    r"exact match|EM|score|scores|top-1|test set|leaderboard)\b"
    # "X scores highest / 78.9": the verb of a model, not a benchmark's scores
    # ("A and B score only 31.7% and 27.4%": the verb after a list)
    rf"(?<!score(?={_SCORED_HOW}))(?<!scores(?={_SCORED_HOW}))"
)
#: "the multi-scale NeRF-Synthetic protocol": how results on data are measured
_PROTOCOL_RIGHT = re.compile(r"^\s+(?:evaluation\s+|test(?:ing)?\s+)?protocols?\b")
#: "linear probing on frozen X features", "a frozen X encoder": what is frozen is a model
_FROZEN_LEFT = re.compile(r"\b[Ff]rozen\s+$")
_BASED_RIGHT = re.compile(r"^-?based\b|^ as (?:a |the )?(?:judge|evaluator|teacher)")

WEAK_EVIDENCE_NEEDED = 1.5


def _versioned_family(state: DocState, entity: Entity) -> bool:
    """Whether a common word the context calls a model is the family of a versioned name of
    the same abstract ("the successor to our Marten agent" beside "Marten-2"): a name."""
    if entity.votes[MODEL] < 2:
        return False
    versions = re.compile(rf"{re.escape(entity.name)}[- ]?(?:v\.?)?\d")
    return any(versions.match(other.name) for other in state.entities.values())


@Language.factory("mlkg_types")
def make_types(nlp: Language, name: str) -> EntityTyper:
    return EntityTyper()


def _list_chains(
    text: str, state: DocState
) -> dict[tuple[int, int], tuple[tuple[int, int], tuple[int, int]]]:
    """For each mention in a list ("A, B, and C"), the list's first and last mentions.

    A list shares its context: in "on MUGE, Flickr30K-CN, and COCO-CN" only MUGE is
    preceded by "on", and in "WikiPerson and WikiBio datasets" only WikiBio is followed
    by the head noun.
    """
    spans = sorted(
        {m for e in state.entities.values() for m in e.mentions if m not in state.modifiers}
    )
    chains: dict[tuple[int, int], tuple[tuple[int, int], tuple[int, int]]] = {}
    group: list[tuple[int, int]] = []

    def close() -> None:
        members = group
        if (
            len(group) > 2
            and text.endswith(("on ", "On "), 0, group[0][0])
            and text.startswith(", ", group[0][1])
            and _LIST_SUBJECT.match(text, group[-1][1])
        ):
            # "on BFCL, A and B score 85.1 and 86.3": the opener's data, then the subjects
            chains[group[0]] = (group[0], group[0])
            members = group[1:]
        for member in members:
            chains[member] = (members[0], members[-1])

    for span in spans:
        if group and (
            span[0] < group[-1][1]
            or not _LIST_SEPARATOR.match(text[group[-1][1] : span[0]])
            or _CLAUSE_SUBJECT.match(text, span[1])  # "Trained on A, B achieves": B is no item
        ):
            close()
            group = []
        if group and span[0] < group[-1][1]:
            continue
        group.append(span)
    close()
    return chains


def _collected_head(head: str, collected: str | None) -> str:
    """ "a family of models" is a model, "a collection of images" data, "a suite of tests"
    a benchmark: after a collective noun, what it collects decides."""
    if collected is None or head.lower().rstrip("s") not in _COLLECTIVES:
        return head
    if re.fullmatch(_COLLECTED, collected) and not collected.startswith("autoencoder"):
        return "data" if collected != "tasks" else "benchmark"
    return "model" if collected.startswith("autoencoder") else collected


_COLLECTIVES = frozenset("suite family collection set series range mixture pair trio".split())


def _last_part(name: str) -> str:
    """``ExpertPrompting`` -> ``Prompting``; ``Meta-KD`` -> ``KD``."""
    parts = re.findall(r"[A-Z][a-z]+|[A-Za-z]+", name)
    return parts[-1] if parts else name


_INTRO_LEFT = re.compile(
    r"\b(?:introduce|propose|present|release|develop|construct|create|build|design)\w*\s+"
    r"(?:(?:a|an|the|our)\s+)?$",
    re.I,
)


def _any_of(*words: str) -> Callable[[str], object]:
    """A test whether a context holds any of ``words`` (plain substrings): one compiled
    alternation scans a context faster than one ``in`` test per word, and one ``in`` test
    is faster than a regular expression for a single word."""
    if len(words) == 1:
        word = words[0]
        return lambda context: word in context
    return re.compile("|".join(map(re.escape, words))).search


def _ends_then_holds(ends: tuple[str, ...], word: str) -> Callable[[str], bool]:
    """A test for a left context that must end with one of ``ends`` and hold ``word``:
    the cue's pattern is anchored at the end, so most contexts fail the first test."""
    return lambda context: context.endswith(ends) and word in context


# Cheap tests before the regular expressions that would fail anyway: typing reads the
# context of every mention, and most contexts hold none of these words.
_DATA_NOUN_NEAR = _any_of("dataset", "benchmark", "corpus")
_HEAD_NEEDLES = _any_of(
    "model",
    "data",
    "ench",
    "method",
    "approach",
    "framework",
    "algorithm",
    "techni",
    "strateg",
    "paradigm",
    "recipe",
    "scaffold",
    "harness",
    "procedure",
    "mechanism",
    "module",
    "loss",
    "optimizer",
    "tagger",
    "system",
    "pipeline",
    "scheme",
    "objective",
    "solution",
    "network",
    "checkpoint",
    "assistant",
    "chatbot",
    "agent",
    "former",
    "coder",
    "retriever",
    "reader",
    "ranker",
    "embedder",
    "detector",
    "segmenter",
    "captioner",
    "classifier",
    "generator",
    "backbone",
    "collection",
    "corp",
    "suite",
    "leaderboard",
    "testbed",
    "LM",
)
_TRAIN_NEEDLES = _any_of(
    " on", "from", " of", "ing uses", "tuning with", "tuning using", "including", "such as"
)
_EVAL_NEEDLES = _any_of(" on ", " across ", " in ", "On ", "In ", "ransferred ")
_INTRO_NEEDLES = _any_of(
    "ntroduc",
    "ropos",
    "resent",
    "elease",
    "evelop",
    "onstruct",
    "reat",
    "uild",
    "esign",
)
#: the last word of a left context that ``_LEFT_HEAD`` can match (a comma dropped): a
#: head noun or a naming word, then whitespace
_HEAD_LAST_WORDS = _HEAD_FORMS + _NAMING_WORDS
#: the same for ``_TRAIN_LEFT`` (lower-cased): "trained on (the)", "subsets of", "from"
_TRAIN_LAST_WORDS = ("on", "the", "of", "from", "uses", "with", "using", "uding", " as")


def _score_may_follow(right: str) -> bool:
    """Whether ``_SCORE_RIGHT`` can match: each of its forms needs a colon, or a digit or an
    opening parenthesis as the first character after whitespace."""
    if ":" in right:
        return True
    first = right.lstrip()[:1]
    return first == "(" or first.isdigit()


def _ends_with(*words: str) -> Callable[[str], bool]:
    return lambda stripped: stripped.endswith(words)


_COMPARE_LAST_WORDS = (
    *("than", "to", "with", "as", "including", "e.g.", "e.g.,", "like", "baseline"),
    *("baselines", "over", "above", "below", "the", "strong"),
)


def _may_end_comparison(stripped: str) -> bool:
    """Whether ``_COMPARE_LEFT`` can end at this last word ("outperform" and "surpass"
    may be followed by any letters, so they are looked for in the whole last word)."""
    if stripped.endswith(_COMPARE_LAST_WORDS):
        return True
    word = stripped[stripped.rfind(" ") + 1 :]
    return "outperform" in word or "surpass" in word


#: context cues with a fixed vote: (pattern, the side of the mention it reads, type, weight,
#: a test the context must pass first or None, and for a left context whose pattern ends
#: with whitespace after one of a few words, a test of the context without that whitespace)
_CUES: tuple[tuple[re.Pattern[str], str, str, float, Callable | None, Callable | None], ...] = (
    (_SCORE_RIGHT, "right", BENCHMARK, 2, _score_may_follow, None),
    (_SCORE_LEFT, "left", BENCHMARK, 2, _any_of(*"0123456789"), _ends_with("on", "in", "the")),
    (_SHARE_OF_LEFT, "left", BENCHMARK, 1.5, _any_of("%"), _ends_with("of", "the")),
    (_METRIC_RIGHT, "right", BENCHMARK, 1.5, None, None),
    (_PROTOCOL_RIGHT, "right", BENCHMARK, 1.5, _any_of("protocol"), None),
    (_FROZEN_LEFT, "left", MODEL, 1.5, _any_of("frozen"), _ends_with("frozen")),
    (_TASK_PAREN_LEFT, "left", BENCHMARK, 1.5, _any_of("("), None),
    (_MODEL_PAREN_LEFT, "left", MODEL, 1.5, _any_of("("), None),
    (_METHOD_PAREN_LEFT, "left", METHOD, 1.5, _any_of("("), None),
    (_METHOD_FOR_PAREN_LEFT, "left", METHOD, 2, _ends_then_holds(("(",), ""), None),
    (_MODEL_VERB_RIGHT, "right", MODEL, 1, None, None),
    (_DERIVED_RIGHT, "right", MODEL, 2.5, None, None),
    (
        _MODEL_VERB_LEFT,
        "left",
        MODEL,
        1.5,
        _any_of(
            "valuat",
            "test",
            "ench",
            "ompar",
            "tun",
            "train",
            "prompt",
            "distill",
            "quantiz",
            "deploy",
            "push",
        ),
        _ends_with(
            *("evaluate", "test", "benchmark", "compare", "tune", "tuning", "train"),
            *("training", "prompt", "prompting", "distill", "quantize", "deploy", "push"),
            *("pushes", "the", "a"),
        ),
    ),
    (
        _COMPARE_LEFT,
        "left",
        MODEL,
        0.75,
        _any_of(
            "than",
            "outperform",
            "surpass",
            "compar",
            "such as",
            "includ",
            "e.g",
            "like",
            "baseline",
            "over",
            "above",
            "below",
        ),
        _may_end_comparison,
    ),
    (_BASED_RIGHT, "right", MODEL, 1, None, None),
    (
        _MADE_FROM_LEFT,
        "left",
        MODEL,
        1.5,
        _any_of("from", "on"),
        _ends_with("from", "on", "the", "a"),
    ),
    (_PREDECESSOR_LEFT, "left", MODEL, 2, _any_of("cessor"), None),
    (_TRAINED_RESULT_LEFT, "left", MODEL, 3.5, _ends_then_holds((" as ", ", "), "result"), None),
    (_IMPROVE_ON_LEFT, "left", MODEL, 2, _ends_then_holds(("on ", "the "), "improv"), None),
    (_MIXED_WITH_LEFT, "left", "data", 2, _ends_then_holds(("with ", "the "), "ed with"), None),
    (
        _EVALUATED_INCLUDING_LEFT,
        "left",
        BENCHMARK,
        2,
        _ends_then_holds(("including ", "such as ", "e.g., ", "e.g. ", "namely "), " on "),
        None,
    ),
    (_PART_OF_LEFT, "left", BENCHMARK, 2, _ends_then_holds(("of ", "the "), " of"), None),
    (_SUBSET_OF_LEFT, "left", "data", 2, _ends_then_holds(("of ", "the "), " of"), None),
    (_DATA_INTO_VERSION_LEFT, "left", "data", 2.5, _ends_then_holds((", ",), " into "), None),
    (_DATA_COUNT_RIGHT, "right", "data", 1.5, _any_of("("), None),
)
#: a comparison, then up to three names (each maybe with its value in parentheses): the
#: name after them is compared, a model; "compared with 0.284 for X": X's value
_COMPARED_LEFT = re.compile(
    r"\b(?:than|close to|ahead of|behind|above|below|on par with|comparable (?:to|with)|"
    # "competitive with a fully fine-tuned AST (0.459, 0.617 and 95.6%)"
    r"competitive (?:with|against)|"
    r"compared (?:to|with)"
    # "a 20.4% reduction from CIEDE2000 (29.18)": the value is the compared system's
    r"|versus|vs\.?|(?:reduction|improvement|gain|drop|decrease|increase)s?\s+(?:from|over)"
    # "outperforming the previous state-of-the-art HSMR (104.5 / 79.6)"
    r"|outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|match(?:es|ing)|trail\w*"
    # "improving over FSGS (20.43 / 17.34)"
    r"|improv(?:es|ed|ing)\s+(?:over|upon|on)|gains?\s+over)"
    r"\s+(?:the\s+)?(?:[\w./+-]+\s*(?:\([^()]*\))?,?\s*(?:and\s+)?){0,3}$"
    r"|\bcompared (?:to|with)\s+\d+(?:\.\d+)?\s*%?\s+for\s+(?:the\s+)?$"
)
_SHARE_OF_SEARCH = _SHARE_OF_LEFT.search
#: which cues a mention's context can rule out (an index into the mention's skips):
#: none; the score after a compared model ("beats Quillon 82.81" is the model's own value);
#: a share "of a set" before a possessive ("96% of GraphCast's skill": a model's)
_NO_SKIP, _SKIP_IF_COMPARED, _SKIP_IF_POSSESSIVE = 0, 1, 2
#: the cues, ready to run: (search, context (0 left, 1 right), type, weight, first tests,
#: skip index); the skips are decided once here rather than by comparing patterns per cue
_CUE_TESTS = tuple(
    (
        pattern.search,
        int(side == "right"),
        entity_type,
        weight,
        worth,
        last_word,
        _SKIP_IF_COMPARED
        if pattern is _SCORE_RIGHT
        else _SKIP_IF_POSSESSIVE
        if pattern is _SHARE_OF_LEFT or pattern is _SUBSET_OF_LEFT
        else _NO_SKIP,
    )
    for pattern, side, entity_type, weight, worth, last_word in _CUES
)


COMMON_WORD_ZIPF = 3.3


@cache
def is_common_word(name: str) -> bool:
    """An ordinary English word ("Prediction", "Validation"), by its frequency in general
    text (wordfreq's Zipf scale: 3.3 is about once per 500,000 words). New model names
    (Qwen, Clotho) are rare or absent; such words need a defining context to be names."""
    if " " in name:
        return False
    parts = [p for p in name.lower().split("-") if p]
    # (a lone letter is no word: "P-Stance", "X-Decoder" are coined)
    return bool(parts) and all(len(p) > 1 and zipf(p) >= COMMON_WORD_ZIPF for p in parts)


def _type_as_list_mates(state: DocState, entity: Entity, chains: dict) -> None:
    """A name no context typed, listed only with data ("we assemble it from NuminaMath-CoT,
    OpenR1-Math-220k and Big-Math"), is data too: of the mates' one kind of data."""
    types = {other.type for other in _list_mates(state, entity, _lists_of(entity, chains))}
    if types and types <= {BENCHMARK, DATASET}:
        entity.type = DATASET if DATASET in types else BENCHMARK


def _lists_of(entity: Entity, chains: dict) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """The lists ("A, B and C") a name is mentioned in: their first and last mentions."""
    return {chains[m] for m in entity.mentions if m in chains and chains[m][0] != chains[m][1]}


def _list_mates(state: DocState, entity: Entity, spans: set) -> list[Entity]:
    """The other names mentioned inside the lists ``spans``."""
    return [
        other
        for other in state.entities.values()
        if other is not entity
        and any(first[0] <= s and e <= last[1] for first, last in spans for s, e in other.mentions)
    ]


def _side_with_list_mates(state: DocState, entity: Entity, chains: dict) -> None:
    """ "on POPE and CHAIR across InstructBLIP, LLaVA, Qwen-VL, and mPLUG": an unknown name
    typed by one weak vote that its whole list shares is of the kind of all its (two or
    more) mates, models or data."""
    spans = _lists_of(entity, chains)
    if len(spans) != 1:
        return
    mates = [other for other in _list_mates(state, entity, spans) if other.type is not None]
    kinds = {DATASET if other.type == BENCHMARK else other.type for other in mates}
    if len(mates) < 2 or len(kinds) != 1:
        return
    (kind,) = kinds
    if kind == MODEL and entity.type != MODEL:
        entity.type = MODEL
    elif kind == DATASET and entity.type in (MODEL, METHOD):
        entity.type = BENCHMARK if any(o.type == BENCHMARK for o in mates) else DATASET
    elif entity.type == DATASET and all(o.type == BENCHMARK for o in mates):
        # "using LibriSpeech, Common Voice, CHiME-6 and MyST": evaluated on, like its mates
        entity.type = BENCHMARK


def _split_suffixes_join_mentions(state: DocState) -> None:
    """ "52.5% on miniF2F-valid and 50.8% on miniF2F-test": the split glued to a data name
    belongs to its mention (the name stays miniF2F), so that what follows the mention is
    the value list, not "-valid"."""
    text = state.text
    for entity in state.entities.values():
        if entity.type not in (BENCHMARK, DATASET):
            continue
        for i, (start, end) in enumerate(entity.mentions):
            if text.startswith("-", end) and (suffix := _SPLIT_SUFFIX.match(text, end)):
                entity.mentions[i] = (start, suffix.end())


def _defined_as_a_model(text: str, entity: Entity) -> bool:
    """ "Thimble is a family of speech recognition models": a sentence's first word that is
    no English word and that the sentence defines as a model (not "Crucially, ...")."""
    if is_common_word(entity.name):
        return False
    return any(_model_definition(text[end : end + 80]) for _, end in entity.mentions)


def _model_definition(right: str) -> str | None:
    """The head noun of "X is a sequential recommender ..." when it names a kind of model
    (``right`` is the text after X)."""
    if not right.startswith(" is a") or not (is_a := _IS_A_MODEL.match(right)):
        return None
    head = is_a.group(1)
    if head in ("pair", "trio", "set", "suite", "collection") and (
        collected := _OF_HEAD.match(right, is_a.end())
    ):
        head = collected.group(1)  # "a pair of small language models": what it collects
    return head if _head_noun_type(head) == MODEL else None


def _data_variants_are_data(state: DocState) -> None:
    """ "We construct MarathonVOS ... We also derive MarathonVOS-Lite, a 60-video subset":
    a variant of the abstract's benchmark or dataset, named after it, is data of its kind
    (whatever a context like "a subset intended for rapid iteration" failed to say)."""
    for entity in state.entities.values():
        if entity.type not in (MODEL, METHOD) or not (tail := DATA_VARIANT.search(entity.name)):
            continue
        base = state.entities.get(match_key(entity.name[: tail.start()]))
        if base is not None and base.type in (BENCHMARK, DATASET):
            entity.type = base.type


def _sized_families_are_models(state: DocState) -> None:
    """ "CadenzaTTS, a text-to-speech system ... CadenzaTTS-0.5B and CadenzaTTS-1.5B": a
    "system" whose sizes are models is a model family ("DecomposeR, a framework ...
    DecomposeR-8B" stays a method and the model trained with it)."""
    models = [e.key for e in state.entities.values() if e.type == MODEL]
    for entity in state.entities.values():
        if entity.type != METHOD or not models:
            continue
        key = entity.key
        if any(
            other.startswith(key) and _SIZE_KEY_TAIL.fullmatch(other, len(key)) for other in models
        ) and any(_SYSTEM_APPOSITIVE.match(state.text, end) for _, end in entity.mentions):
            entity.type = MODEL


def _size_tagged_siblings_are_models(state: DocState) -> None:
    """ "HawkDETR-X achieves 57.4 AP and HawkDETR-S 48.9 AP": a size-tagged name whose family
    or sibling is a model is a model, whatever its value next to it suggested."""
    models = {e.name for e in state.entities.values() if e.type == MODEL}
    for entity in state.entities.values():
        tag = _SIZE_TAG_TAIL.search(entity.name)
        if entity.type not in (BENCHMARK, DATASET) or tag is None:
            continue
        family = entity.name[: tag.start()]
        if family in models or any(
            other.startswith(family) and _SIZE_TAG_TAIL.fullmatch(other, len(family))
            for other in models
        ):
            entity.type = MODEL
    # "the PicoNet family spans PicoNet-256K, PicoNet-320K and PicoNet-512K": budgets in
    # thousands of a model family, not counts of items (one data set has one count)
    budgets: dict[str, list[Entity]] = {}
    for entity in state.entities.values():
        if (tag := _THOUSANDS_TAIL.search(entity.name)) and entity.name[: tag.start()] in models:
            budgets.setdefault(entity.name[: tag.start()], []).append(entity)
    for members in budgets.values():
        if len(members) > 1:
            for entity in members:
                entity.type = MODEL


#: a count in thousands after a family name: "-256K"
_THOUSANDS_TAIL = re.compile(r"-\d+K$")
#: a size tag after a family name: "-S", "-XL", "-Large"
_SIZE_TAG_TAIL = re.compile(r"-(?:XS|S|M|L|X|XL|XXL|N|T|B|H|Tiny|Small|Base|Large|Huge)$")
_MODEL_APPOSITIVE = re.compile(
    r",\s+an?\s+(?:[\w.-]+\s+){0,4}?(?:model|LLM|checkpoint|network|transformer|encoder|"
    r"detector|student)\b"
)
_SYSTEM_APPOSITIVE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,4}?system\b")
#: what a size adds to a family's identity key ("cadenzatts" + "05b")
_SIZE_KEY_TAIL = re.compile(r"\d+(?:\.\d+)?[bm]")


def _strong_list_mates(text: str, state: DocState, chains: dict) -> set[str]:
    """Keys of weak candidates listed together with a strong name ("A, B and C")."""
    owner = {m: e for e in state.entities.values() for m in e.mentions}
    groups: dict[tuple[int, int], list] = {}
    for mention, (first, _) in chains.items():
        if mention in owner:
            groups.setdefault(first, []).append(owner[mention])
    mates = set()
    for members in groups.values():
        if len(members) > 1 and any(m.strong for m in members):
            mates.update(m.key for m in members if not m.strong)
    return mates


#: characters that glue a word to the next or previous one: "Tank&Temples", "People's"
_GLUED = frozenset("&'\u2019")
_THING_VOTES = (MODEL, METHOD, BENCHMARK, DATASET, "data")
_YEAR_EDITION = re.compile(r"[A-Za-z][\w.-]*[ -](?:19|20)\d\d$")


_PART_OF_BENCHMARK = re.compile(rf" {BENCHMARK_PART}$")


@lru_cache(maxsize=1 << 16)
def _name_votes(name: str) -> tuple[tuple[str, float], ...]:
    """The votes a name's own shape and stem cast, in the order they are added; cached,
    because the same names come back in abstract after abstract."""
    votes: list[tuple[str, float]] = []
    if _SIZE_SUFFIX.search(name):
        # "GeoInstruct-1.4M": a decimal count of millions names data; "SmolLM-360M" a model
        votes.append(("data", 2) if _DECIMAL_MILLIONS.search(name) else (MODEL, 2))
    if bench := _BENCH_SHAPE.search(name):
        # "DialectEval 2.0", "ToolBench": the suffix says it, outweighing the model vote
        # of "a successor to X"; "-Bench" also "X, a framework for evaluating agents" (not
        # "-Eval": "X, a training-free approach")
        suffix = (bench.group("suffix") or "").lower()
        votes.append((BENCHMARK, 2.75 if suffix == "bench" else 2.25 if suffix else 1.5))
    if _DATA_SHAPE.search(name):
        if _PARAMETERS_INSIDE.search(name):
            # "Llama-3-8B-Instruct-262k": a sized model's context length, not a count
            votes.append((MODEL, 1))
        else:
            # a count in thousands: "LLaVA-Instruct-150K" is data even with a model's stem
            votes.append(("data", 3 if "-" in name else 1))
    if _YEAR_EDITION.search(name):
        votes.append(("data", 1.5))  # "TIMSS 2019", "BraTS 2021": a yearly edition of data
    if _PART_OF_BENCHMARK.search(name):
        votes.append((BENCHMARK, 3))  # "JOKER 2025 Task 2", "ShanghaiTech Part B"
    if word := _KIND_WORD_IN_NAME.search(name):
        # "Qwen Math Corpus v2", "MedQA Benchmark": the name says what it is
        votes.append((BENCHMARK if word.group(1).startswith("Bench") else DATASET, 4))
    stem_types = _known_stem_types(name)
    if not stem_types and (tail_types := _known_tail_types(name)):
        # "Global-MMLU", "Med-GSM8K": known data, made anew
        votes.append((BENCHMARK if tail_types == {BENCHMARK} else "data", 3))
    if stem_types and stem_types <= {BENCHMARK, DATASET} and _sized_known_model_tail(name):
        # "OpenHermes-2.5-Mistral-7B": a known model of a size, tuned on the data it names
        votes.append((MODEL, 4))
    elif len(stem_types) == 1:
        # "COCO-Stuff" extends a dataset, "ResNet-20" a model
        for stem_type in stem_types:
            if stem_type == METHOD and _SIZE_SUFFIX.search(name):
                stem_type = MODEL  # "OpenHands-LM-32B": a model trained for a method, sized
            votes.append(("data" if stem_type in (BENCHMARK, DATASET) else stem_type, 3))
    if _MODEL_SHAPE.search(name):
        votes.append((MODEL, 0.5))
    if (suffix := _KNOWN_SUFFIX.search(name)) and load_lexicon().types_of(suffix.group(1)) == {
        MODEL
    }:
        votes.append((MODEL, 2))  # "StressRoBERTa", "BioBERT": a known model, specialised
    if _POLICY_OPTIMIZATION.search(name):
        if _PARAMETERS_INSIDE.search(name):
            votes.append((MODEL, 2))  # "Marlin-9B-SimPO": a sized model tuned with SimPO
        else:
            votes.append((METHOD, 1.5))  # "DivPO", "SimPO", "GRPO": policy optimisation
    return tuple(votes)


_STEM_CUT = re.compile(r"[-\s'\u2019]|\.(?=\d)")


def _sized_known_model_tail(name: str) -> bool:
    """Whether a name ends with a known model's name and a size: "-Mistral-7B"."""
    found = _SIZE_AT_END.search(name)
    if found is None:
        return False
    parts = re.split(r"[-\s]", name[: found.start()])
    lexicon = load_lexicon()
    return any(lexicon.types_of(part) == {MODEL} for part in parts[1:])


_SIZE_AT_END = re.compile(r"[-\s]\d+(?:\.\d+)?[BM]$")


def _known_stem_types(name: str) -> set[str]:
    """The lexicon types of the longest known part a name starts with: ``COCO-Stuff`` of
    ``COCO``, ``CIFAR-100-C`` of ``CIFAR-100``, ``AIME'24`` of ``AIME`` (nothing for a name
    in one piece)."""
    lexicon = load_lexicon()
    cuts = [m.start() for m in _STEM_CUT.finditer(name)]
    for cut in reversed(cuts):
        if types := lexicon.types_of(name[:cut]):
            return set(types)
    return set()


@lru_cache(maxsize=1 << 16)
def _known_tail_types(name: str) -> frozenset[str]:
    """The lexicon types of the part after a name's last hyphen, when that part is only
    known as data (``Global-MMLU`` of ``MMLU``)."""
    cut = name.rfind("-")
    if cut <= 0 or len(name) - cut <= 3 or is_common_word(name[cut + 1 :]):
        return frozenset()  # "Instella-Math": a model for maths, not a version of MATH
    types = frozenset(load_lexicon().types_of(name[cut + 1 :]))
    return types if types <= {BENCHMARK, DATASET} else frozenset()


class EntityTyper:
    """Sets ``Entity.type``; drops candidates without enough evidence."""

    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        text = state.text
        chains = _list_chains(text, state)
        mates = _strong_list_mates(text, state, chains)
        self._listed_with_data: set[str] = set()
        shapeless: list[Entity] = []  # typed a model by its shape alone
        weak: list[Entity] = []  # unknown, typed by one weak context vote
        for key in list(state.entities):
            entity = state.entities[key]
            if not _LETTER.search(entity.name):
                del state.entities[key]  # "1-1000", "12/15", "0-1": numbers, however listed
                continue
            evidence = self._vote(text, state, entity, chains)
            if not entity.strong and key in mates:
                # "better than Marigold and ZoeDepth": listed with a clear name, a name too
                evidence += 1
            known = self.lexicon.types_of(entity.name)
            if known and self.lexicon.expanded_otherwise(entity.name, entity.aliases):
                # "an Emotion Recognition Model (ERM)": not the known ERM, empirical risk
                # minimization; the abstract's own expansion says what it is
                known = set()
            if not known and entity.aliases:
                # "Stable Diffusion (SD)": an acronym of a known name is of its type
                known = set().union(*(self.lexicon.types_of(a) for a in sorted(entity.aliases)))
            # (votes read with .get(t, 0), not votes[t]: a Counter answers a missing key
            # by calling its Python __missing__, and most types have no vote)
            if (
                max(entity.votes.get(_TASK, 0), entity.votes.get(_METRIC, 0))
                >= len(entity.mentions)
                and not _BENCH_SHAPE.search(entity.name)  # "RewardBench tasks"
                # a known name only as a metric no context calls anything else: "superior
                # MAE of 7.01" is the error, not the masked autoencoder
                and (
                    not known
                    or (
                        entity.name.isupper()  # an acronym, as metrics are: not "LoRA"
                        and not known & {BENCHMARK, DATASET}  # "57.3% COCO box AP": data
                        and entity.votes.get(_METRIC, 0) >= len(entity.mentions)
                        # ("0.2431 MAE on B": the context after it may call it a system)
                        and sum(entity.votes.get(t, 0) for t in _THING_VOTES)
                        < entity.votes.get(_METRIC, 0)
                    )
                )
            ):
                # "on REC, OVD, and VQA tasks": tasks; "by +10.1 nAP", "0.79 AUC": metrics
                del state.entities[key]
                continue
            if (
                known == {MODEL}
                and entity.votes.get(_METRIC, 0)
                and METRIC_NAME.fullmatch(entity.name)
                and _ERROR_MEASURES.search(text)
            ):
                # "MAE, RMSE and MAPE", "an MAE of 2.61 ... (PEMS08 MAE 13.88)": beside other
                # error measures, the mean absolute error, not the masked autoencoder
                del state.entities[key]
                continue
            if not entity.strong and not known:
                initial_only = "-" not in entity.name and all(
                    any(s == start for s, _ in state.sentences) for start, _ in entity.mentions
                )
                defined = entity.votes.get("defined", 0) + entity.votes.get("named", 0)
                if (
                    # "Thimble is a family of speech recognition models": a sentence's
                    # first word the abstract defines, and no English word, is a name
                    (
                        initial_only
                        and not _defined_as_a_model(text, entity)
                        # "Pebble is a pair of small models, Pebble-0.5B and Pebble-1.8B"
                        and not (
                            _versioned_family(state, entity)
                            and any(_model_definition(text[e : e + 80]) for _, e in entity.mentions)
                        )
                    )
                    or evidence < WEAK_EVIDENCE_NEEDED
                    or (
                        is_common_word(entity.name)
                        and not defined
                        and not _versioned_family(state, entity)
                        # "(ETTh1, ETTm1, Weather and Traffic)": a word listed with known
                        # data names is a dataset's name
                        and key not in self._listed_with_data
                    )
                    # "an Elucidating diffusion model", "Identity-Preserving": participles,
                    # unless named ("we propose Grafting, a method ...")
                    or (
                        _PARTICIPLE_NAME.fullmatch(entity.name)
                        and not entity.votes.get(_APPOSED, 0)
                    )
                ):
                    del state.entities[key]
                    continue
            unvoted = not known and not any(
                entity.votes.get(t, 0) for t in (MODEL, METHOD, BENCHMARK, DATASET, "data")
            )
            entity.type = self._decide(entity, known)
            if entity.type is None:
                del state.entities[key]
            elif unvoted and entity.type in (MODEL, METHOD):
                shapeless.append(entity)
            elif not known and max(entity.votes.get(t, 0) for t in _THING_VOTES) <= 1:
                weak.append(entity)
        for entity in shapeless:
            _type_as_list_mates(state, entity, chains)
        for entity in weak:
            _side_with_list_mates(state, entity, chains)
        _sized_families_are_models(state)
        _size_tagged_siblings_are_models(state)
        _data_variants_are_data(state)
        _split_suffixes_join_mentions(state)
        state.freeze()
        return doc

    def _vote(self, text: str, state: DocState, entity: Entity, chains: dict) -> float:
        """Adds context votes to ``entity.votes``; returns the total context evidence."""
        votes = entity.votes
        evidence = float(votes.get("named", 0)) + sum(v for t, v in votes.items() if t != "named")
        for vote, weight in _name_votes(entity.name):
            votes[vote] += weight
        if (cut := entity.name.rfind("-")) > 0 and _known_tail_types(entity.name):
            stem = state.entities.get(match_key(entity.name[:cut]))
            if stem is not None and not self.lexicon.types_of(stem.name) & {BENCHMARK, DATASET}:
                # "PageWeaver-IAM" beside "PageWeaver": the abstract's model, specialised on
                # the known data its name ends with (not "Global-MMLU", made anew)
                votes[MODEL] += 4
        # "CoT data", "SFT data": data for a known method, not data of that name
        known_method = self.lexicon.types_of(entity.name) == {METHOD}
        for start, end in entity.mentions:
            sent_start, sent_end = state.sentence_of(start)
            if (start, end) in state.modifiers:
                if _BASED_RIGHT.match(text[end : end + 20]):
                    votes[MODEL] += 1
                    evidence += 1
                elif derived := _DERIVED_DATA_RIGHT.match(text, end, end + 50):
                    # "the PolyInfo-derived test splits": data a set was made from
                    votes[BENCHMARK if derived.group(1) else DATASET] += 2
                    evidence += 2
                continue
            first, last = chains.get((start, end), ((start, end), (start, end)))
            if (
                first != last
                and not votes[MODEL]
                # "Evaluated on nuScenes and KITTI, FutrTrack ...": a subject after a comma
                and not (last == (start, end) and text[max(0, start - 2) : start] == ", ")
                # "..., and ORYX3-Mini, a dense 3B model distilled from ...": its own kind
                and not _MODEL_APPOSITIVE.match(text, end)
                and self._listed_with_known_data(state, entity, first[0], last[1])
            ):
                votes["data"] += 1.5  # "including ogbn-arxiv and Cora": a list of datasets
                # not "Tank" of "Tank&Temples", nor "People" of "People's Speech"
                if text[start - 1 : start] not in _GLUED and text[end : end + 1] not in _GLUED:
                    self._listed_with_data.add(entity.key)
                    evidence += 1.5  # "(Cora, CiteSeer, ACM and Flickr)": a name as theirs
            left = text[max(sent_start, first[0] - 80) : first[0]]
            if (start, end) in state.definitions:
                left = ""
            reach = last[1] + 80
            if text.startswith(" (", last[1]) and (close := text.find(")", last[1], reach)) > 0:
                reach = close + 80  # "X (a long form of 60 characters), a ... model": past it
            right = text[last[1] : min(sent_end or len(text), reach)]
            metric_votes = votes.get(_METRIC, 0)
            if "task" in right and _TASK_RIGHT.match(right):
                votes[_TASK] += 1
            if (
                " of " in right[:20]
                and _METRIC_NAMED.search(left)
                and _METRIC_OF_VALUE.match(right)
            ):
                votes[_METRIC] += 1  # "a RadGraph F1 of 0.312": a metric's name
            elif (
                right.startswith(" of ")
                and _RESULT_OF_VALUE.match(right)
                and (_ACHIEVES_A_LEFT.search(left))
            ):
                votes[_METRIC] += 1  # "achieves a STRESS of 23.22": what is measured
            elif (
                (
                    right.startswith(" from ")
                    and _FROM_VALUE_TO_VALUE.match(right)
                    and _THE_BEFORE.search(left)
                    and not _DATA_HEAD_LEFT.search(left)  # "the multi-turn benchmark MHJ from"
                )
                or (
                    _MEASURE_MOVES_RIGHT.match(right)
                    and (
                        left.endswith(("its ", "Its "))
                        or (_THE_BEFORE.search(left) and _MOVES_FROM_VALUE.match(right))
                    )
                )
                or (right.startswith(" to ") and _TO_VALUE.match(right) and _MOVES_THE.search(left))
                or (
                    right.startswith(" of ")
                    and _MOVES_THE.search(left)
                    and _FROM_VALUE_TO_VALUE.search(right, 0, 120)
                )
            ):
                # "lowers the PEMS04 MAE from 18.2 to 17.6", "its MAE drops by 23%", "the
                # energy MAE drops from 0.741 to 0.562", "lowers the in-distribution energy
                # MAE to 0.47 eV", "improves the force MAE of Y on B from 44.8 to 29.6"
                votes[_METRIC] += 1
            if (
                (right.startswith(" metric") and _METRIC_WORD_RIGHT.match(right))
                or right[:2].strip()[:1] in _RELATION_SIGNS
                or _EQUAL_TO_RIGHT.match(right)
            ):
                # "+6.1% in FD metric": the metric's name; "rET = -0.81": a variable's
                votes[_METRIC] += 1
            if (
                entity.name.isupper()
                and _VALUE_OR_MEASURE_RIGHT.match(right)
                and (
                    (
                        (before := _DATA_THEN_MEASURE.search(left))
                        and self.lexicon.types_of(before.group(1)) & {BENCHMARK, DATASET}
                    )
                    # "surpasses its teacher (MAE 18.3)": a measure's name opens the cell
                    # (over the vote of "(name value)" for data)
                    or (left.endswith("(") and METRIC_NAME.fullmatch(entity.name))
                )
            ):
                votes[_METRIC] += 3  # "(PEMS08 MAE 13.88)": the measure of known data
            if (
                votes.get(_METRIC, 0) == metric_votes
                and ("sc" in right[:40] or "sim" in right[:40] or "val" in right[:40])
                and _SCORE_WORD_RIGHT.match(right)
            ):
                votes[_METRIC] += 1  # "a DINO score of 0.874": a measure, not DINO
            if (
                start >= 2
                and (
                    (
                        text[start - 2] in _MEASURE_ENDS
                        and _MEASURE_LEFT.search(text, max(0, start - 12), start)
                    )
                    or (
                        text[start - 2] == "r"  # "2.7% higher TSE than ...": a metric too
                        and _MEASURE_COMPARED.search(text, max(0, start - 24), start)
                    )
                    or (
                        # "an improvement of 5.19% in ACC and 6.33% in F1-Fake": metrics
                        text[start - 3 : start] == "in "
                        and _MEASURE_IN.search(text, max(0, start - 16), start)
                    )
                )
            ):
                votes[_METRIC] += 1
            evidence += self._vote_mention(
                votes, left, right, listed=first != last, known_method=known_method
            )
        if votes.get(_APPOSED) and votes.get(MODEL, 0) >= 2.5 and _DATA_SHAPE.search(entity.name):
            votes[MODEL] += 1  # "Ibex-128K, a long-context language model": a context length
        return evidence

    def _listed_with_known_data(
        self, state: DocState, entity: Entity, start: int, end: int
    ) -> bool:
        """Whether a list mate of ``entity`` between ``start`` and ``end`` is known data
        and none is a known model."""
        mates = {
            other.name
            for other in state.entities.values()
            if other is not entity and any(start <= s and e <= end for s, e in other.mentions)
        }
        known = [self.lexicon.types_of(name) for name in mates]
        return any(k & {BENCHMARK, DATASET} for k in known) and not any(MODEL in k for k in known)

    @staticmethod
    def _vote_mention(
        votes, left: str, right: str, *, listed: bool = False, known_method: bool = False
    ) -> float:
        found = 0.0

        def add(entity_type: str, weight: float) -> None:
            nonlocal found
            votes[entity_type] += weight
            found += weight

        # most left-context patterns (_LEFT_HEAD, _TRAIN_LEFT, several cues) end with
        # whitespace after one of a few words: testing the last word rules out most
        # contexts before the regular expressions scan them
        stripped = left.rstrip()
        spaced = len(stripped) < len(left)
        # a head noun next to the name defines what it is ("the Sailor model", "Pivot,
        # a solution"): the only evidence that makes an ordinary English word a name
        heads = []
        # a plural or mass head after one word names a kind of things ("Existing methods",
        # "Video LLMs", "Synthetic data"): it types a name, defines none; after a list it
        # names each ("the Phoenix-T and CSL-Daily datasets")
        class_head = None
        apposed_head = None
        if not right.startswith(" ") or not (m := _RIGHT_HEAD.match(right)):
            if _DATA_NOUN_NEAR(right[:30]) and (data := _DATA_HEAD_AFTER_WORD.match(right)):
                # "the NSVA basketball dataset": a domain word, then the data noun
                add(BENCHMARK if data.group(1).startswith("bench") else DATASET, 2)
                votes["defined"] += 1
            m = None
        if right.startswith(",") and _COUNT_APPOSITIVE.match(right):
            add(DATASET, 2)  # "X, three million clips selected from ...": a collection
        if (
            right.startswith(",")
            and (revision := _REVISION_OF.match(right))
            and load_lexicon().types_of(revision.group(1)) & {BENCHMARK, DATASET}
        ):
            add(DATASET, 2)  # "SQLClean, a systematic revision of WikiSQL": data too
        if (
            right.startswith(":")
            and left.endswith(("(", ", ", "; "))
            and _SYSTEM_VALUE_RIGHT.match(right)
            and _SYSTEM_VALUES_LEFT.search(left)
        ):
            # "71.2% on ImageNet-1K (MobileCLIP-S1: 72.6%, ...)": other systems' results, of
            # the kind the abstract has said the name is ("attacks such as SecMI ... (SecMI:
            # 0.881)": a technique's)
            add(METHOD if known_method or votes[METHOD] > votes[MODEL] else MODEL, 2.5)
        if (
            left.endswith((": ", ", "))
            and _CELL_VALUE_RIGHT.match(right)
            and (on_data := _ON_DATA_COLON_LEFT.search(left))
            and (
                load_lexicon().types_of(on_data.group(1)) & {BENCHMARK, DATASET}
                or _CODED_NAME.search(on_data.group(1))
            )
        ):
            # "on MMLU: QLoRA 58.3, LoftQ 61.0, QALI 64.1": systems' values on known data
            # (or on a coined name: "on P-Stance: GASP 74.8, BERTweet 71.0")
            add(METHOD if known_method or votes[METHOD] > votes[MODEL] else MODEL, 2.5)
        if right.startswith((" is ", " was ")) and (introduced_as := _INTRODUCED_AS.match(right)):
            heads.append(introduced_as.group(1))  # "X is introduced as an LLM-ready benchmark"
        elif not left and (head := _model_definition(right)):
            heads.append(head)  # "Hopscotch is a sequential recommender that ..."
        if m and known_method and _head_noun_type(m.group(1)) == DATASET:
            m = None  # "SFT data", "CoT traces": data for the method, not of its name
        if m:
            heads.append(m.group(1))
            if not listed and heads[0] in _CLASS_HEAD_FORMS:
                class_head = heads[0]
            if (
                (
                    _DATA_OF_NAME.match(right)
                    # "the single-image portion of the LLaVA-OneVision data;"
                    or (right.startswith(" data") and not right[5:6].isalnum())
                )
                and (left.endswith("the ") or " data " in right[:7])
            ):
                # "the LLaVA-OneVision data mixture", "the Alpaca dataset": the data of that
                # name, even when a model has it too ("SFT data" is data for SFT: no vote)
                add(DATASET, 3)
        if (
            spaced
            and stripped.removesuffix(",").endswith(_HEAD_LAST_WORDS)
            and _HEAD_NEEDLES(left)
            and (m := _LEFT_HEAD.search(left))
            and not (
                # "on the MuSiQue dataset, X improves": the phrase's head is not X's, unless
                # X is set off as its appositive ("with our method, SliceQuant, ...")
                "," in m.group(0)
                and (
                    (
                        _PREPOSITION_BEFORE.search(left, 0, m.start())
                        # "We evaluate on two benchmarks, A and B": their appositive
                        and not _WE_TEST_ON.search(left, 0, m.start())
                    )
                    # "Evaluated on a subset of the NSVA dataset, X achieves": an opener
                    or _OPENER_LEFT.match(left)
                )
                and not right.startswith(",")
                and not listed  # "in the real-world datasets, LSUN, ... and PanoContext"
            )
            # "On the multilingual MTEB leaderboard X obtains": the data is named already,
            # X is the clause's subject
            # ("On the standard benchmarks X sets a new state of the art": the plural
            # head is the phrase's, X the subject)
            and not (
                "," not in m.group(0)
                and (
                    _NAMED_DATA_HEAD.search(m.group(0))
                    or (not listed and m.group(0).rstrip().endswith(_PLURAL_DATA_HEADS))
                )
                and _PREPOSITION_BEFORE.search(left, 0, m.start())
                and _VERB_RIGHT.match(right)
            )
        ):
            # "a new model, X" names X; "With a GCN backbone, X improves" does not
            heads.append(next(g for g in m.groups() if g))
            if stripped.endswith(",") and _OUR_HEAD_LEFT.search(left):
                apposed_head = heads[-1]  # "Our training corpus, X, ...": X is that corpus
        if (
            spaced
            and stripped.endswith(",")
            and " of " in left
            and (m := _HEAD_OF_LEFT.search(left))
            # "On a curated dataset of images, X improves": the opener's head, not X's
            and not _PREPOSITION_BEFORE.search(left, 0, m.start())
            and not re.search(r"[,;]\s*$", left[: m.start()])
        ):
            heads.append(m.group(1))  # "a dataset of 200 million image-text pairs, X,"
            apposed_head = heads[-1]  # a definition, as an appositive after the name is
        if right.startswith(" (") and (paren := _LONG_FORM_PAREN.match(right)):
            # "PAL-UI (Planning with Active Look-back), a novel framework": the appositive
            # after the long form in parentheses
            right = right[paren.end() :]
        if (m := _APPOSITIVE.match(right)) and not _FRONTED_LEFT.search(left):
            # "On SumMe and TVSum, our approach ...": the phrase after is the clause's subject
            votes[_APPOSED] += 1  # "X, a method that ...": what makes even a participle a name
            head = m.group(1)
            if m.group(2) is None:  # "a reward model benchmark": the last noun heads it
                end = m.end(1)
                while following := _FOLLOWING_HEAD.match(right, end):
                    if following.group(1) in _CLASS_HEAD_FORMS and _PARTICIPLE_AFTER.match(
                        right, end
                    ):
                        break  # "a benchmark evaluating LLMs": the participle's object
                    head, end = following.group(1), following.end()
            if _EVALUATION_SET.search(m.group(0)):
                head = "benchmark"  # "a 41-hour evaluation set of ...": a benchmark
            heads.append(_collected_head(head, m.group(2)))
            apposed_head = heads[-1]
        elif right.startswith(", ") and (extension := _EXTENSION_OF.match(right)):
            # "X, a multilingual extension of the needle-in-a-haystack test": what it extends
            votes[_APPOSED] += 1
            heads.append("benchmark" if extension.group(1) == "test" else extension.group(1))
        if left.endswith(" call ") and (named := _NAMED_HEAD_LEFT.search(left)):
            # "a new challenge set that we call X": the noun before the naming verb
            heads.append("benchmark" if named.group(1) else named.group(2))
        if left.endswith("task, ") and _NEW_TASK_LEFT.search(left):
            add(BENCHMARK, 2.5)  # "we define a new coding task, X, in which ...": its benchmark
            votes["defined"] += 1
        if right[2:3].isdigit() and _DATA_COUNT_APPOSITIVE.match(right):
            add(DATASET, 2.5)  # "X, 52K question-answer pairs generated from ...": data
            votes["defined"] += 1
        if left.endswith(" as ") and _RELEASED_AS_DATA.search(left):
            add(DATASET, 3)  # "1,200 hours of speech we collected, which we release as X"
        if left.endswith(" for ") and _VALUE_FOR_LEFT.search(left):
            # "compared with 0.0593 for TIGER": a compared system's value (a known method's)
            add(METHOD if known_method else MODEL, 1.5)
        if left.startswith(_TRAINED_WORDS) and _TRAINED_OPENER.match(left):
            add(MODEL, 1.5)  # "Trained with RL, AutoGaze selects ...": what is trained
        if right.lstrip(")").startswith(_LEADERBOARD_WORDS):
            add(BENCHMARK, 2)  # "first place in the RoboSpatial Challenge": a leaderboard
        for noun in heads:
            # the appositive is what the abstract says the name is ("X, a method that ..."):
            # it outweighs one context that merely suits another type ("X surpasses Y")
            # (not a list's: "present A, and B, a baseline ...": the appositive may be B's)
            if noun.lower().startswith("architecture") and noun is not apposed_head:
                # "the Decoder architecture": the kind of network may be a plain word; the
                # head types a name, it is no evidence that a word is one
                add(MODEL, 1)
                continue
            add(
                _head_noun_type(noun) or (MODEL if noun in _APPOSED_MODEL_HEADS else METHOD),
                2.5 if noun is apposed_head and not listed else 2,
            )
            if noun is not class_head:
                votes["defined"] += 1
        if (
            spaced
            and stripped.endswith(_EXAMPLES_LAST_WORDS)
            # match, not search: the pattern opens with ".*", so every start is tried anyway,
            # and a search would try them all again after a failure
            and (m := _EXAMPLES_OF_HEAD.match(left))
            # "on three benchmarks: X attains 50.3 ...": the subject of the colon's clause
            and not (stripped.endswith(":") and _SUBJECT_VERB_RIGHT.match(right))
        ):
            # types a name, but is no evidence that a plain word is one ("agents including
            # Solver"); "methods such as X" lists models as often as techniques: no vote
            listed = _head_noun_type(m.group(1))
            if m.group(1).lower().startswith(_ATTACK_HEADS) or _ATTACKS_ON_BEFORE.search(
                left, 0, m.start(1)
            ):
                # "attacks such as X"; "attacks against diffusion models, such as X": the
                # attacks are the examples' head, the models what they attack
                votes[METHOD] += 2
            elif listed in (MODEL, DATASET, BENCHMARK):
                # ("datasets, such as MARIO-10M": more than a size-like count in the name)
                votes[listed] += 2 if listed == MODEL else 3
                # a whole example is evidence of a name ("models such as Omnihuman and
                # X"), not one that modifies a noun ("including Brown-Conrady distortion");
                # a common word ("models like Transformer") is still dropped
                if not right or right[0] in _EXAMPLE_ENDS or right.startswith(_LIST_WORDS):
                    found += 1
        # "close to F5-TTS (2.0)", "than DiT-XL/2 (2.27) and SiT-XL (2.06)": the value in
        # parentheses is a compared model's own, not a benchmark's
        compared = _score_may_follow(right) and _COMPARED_LEFT.search(left) is not None
        if compared and _SCORE_RIGHT.search(right):
            add(MODEL, 1.5)  # "beats Quillon 82.81": a compared system, with its value
        contexts = (left, right)
        skips = (False, compared, _POSSESSIVE_RIGHT.match(right) is not None)
        for search, side, entity_type, weight, worth, last_word, skip in _CUE_TESTS:
            # (only left contexts have a last-word test)
            if skips[skip] or (last_word is not None and not (spaced and last_word(stripped))):
                continue
            context = contexts[side]
            if (worth is None or worth(context)) and search(context):
                add(entity_type, weight)
        last_words = left[-40:]
        if (
            spaced
            and stripped[-5:].lower().endswith(_TRAIN_LAST_WORDS)
            and _TRAIN_NEEDLES(last_words)
            and _TRAIN_LEFT.search(left)
        ):
            add(DATASET, 2.5)
            votes["train"] += 1
        elif _EVAL_NEEDLES(last_words) and _EVAL_LEFT.search(left):
            add(BENCHMARK, 1)
        if _INTRO_NEEDLES(last_words) and _INTRO_LEFT.search(left):
            votes["named"] += 1.5
            found += 1.5
        return found

    def _decide(self, entity: Entity, known: set[str]) -> str | None:
        votes = entity.votes
        lexicon_data = known & {BENCHMARK, DATASET}
        if known == {MODEL}:
            votes[MODEL] += 4
        elif known == {METHOD}:
            votes[METHOD] += 4
        elif lexicon_data and len(known) == len(lexicon_data):
            votes["data"] += 4
        # (read with .get(t, 0): see __call__)
        if not any(votes.get(t, 0) for t in (MODEL, METHOD, BENCHMARK, DATASET)):
            suffix_type = _head_noun_type(_last_part(entity.name))
            if suffix_type:
                votes[suffix_type] += 1
        groups = {
            MODEL: votes.get(MODEL, 0),
            METHOD: votes.get(METHOD, 0),
            "data": votes.get(BENCHMARK, 0) + votes.get(DATASET, 0) + votes.get("data", 0),
        }
        best = max(groups.values())
        if best <= 0:
            return self._default_type(entity)
        winner = max(groups, key=lambda g: (groups[g], g == MODEL, g == "data"))
        if winner != "data":
            return winner
        # a named dataset with a result in this abstract is a Benchmark; one used only to
        # train or as a source is a Dataset (spec conventions)
        if votes.get(BENCHMARK, 0) >= 2 or (
            votes.get(BENCHMARK, 0) > 0 and not votes.get("train", 0)
        ):
            return BENCHMARK
        if votes.get("train", 0):
            return DATASET
        lexicon_data = lexicon_data or (_known_stem_types(entity.name) & {BENCHMARK, DATASET})
        if lexicon_data:  # the name's, or its known part's ("AlpacaEval 2" of AlpacaEval)
            return BENCHMARK if BENCHMARK in lexicon_data else DATASET
        return DATASET

    @staticmethod
    def _default_type(entity: Entity) -> str | None:
        """No evidence at all: decide by the shape of the name."""
        name = entity.name
        if APOSTROPHE_YEAR.search(name):
            return None  # "MM'25": a venue, unless a context says it is a benchmark
        if re.search(r"\d", name) and re.search(r"[a-z]", name):
            return MODEL
        if re.fullmatch(r"[A-Z]{2,4}s?", name):
            return None  # a bare short acronym nobody defines or types: a concept, not a name
        if re.fullmatch(r"[A-Z]\d{2,}", name):
            return None  # "P300", "D455": a signal, a part or a product code, typed by nothing
        if re.fullmatch(r"[A-Z][A-Z0-9-]{1,7}", name):
            return METHOD
        return MODEL
