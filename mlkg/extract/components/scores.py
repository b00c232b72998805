"""``mlkg_scores``: evaluatedOn, with the score when one is written.

Score shapes: "84.2 on MMLU", "MMLU 84.2", "PARENT-T recall of 99.47 in WikiPerson",
"COCO test CIDEr: 149.6", aligned lists "RefCOCO / RefCOCO+ / RefCOCOg test acc.: 92.93 /
90.10 / 85.20", "on GSM8K (from 54% to 68.4% at the scale of 7B)" (the result, with its
setting). Deltas ("+2.1 points", "13% improvement") and ratios ("96% of ChatGPT's") are
not scores. Without a number, "X achieves state-of-the-art on Y" and "experiments on Y
show the effectiveness of X" still give X evaluatedOn Y.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.components.clauses import (
    AGENT_TYPES,
    COMPARED_OPENER,
    DATA_TYPES,
    DATA_VARIANT,
    LIST_GAP,
    LIST_SEPARATOR,
    SIZE_NOTE,
    Hit,
    add_relation,
    hits,
    listed,
    main_entity,
    previous_subject,
    sized_models,
    subject_before,
    subject_of,
    variant_subject,
)
from mlkg.extract.components.clauses import introduced as introduced_by_paper
from mlkg.extract.lexicon import load_lexicon
from mlkg.extract.state import DocState, Relation, get_state
from mlkg.vocabulary import BENCHMARK, DATASET, EVALUATED_ON, METHOD, MODEL

COMPONENT = "mlkg_scores"
#: a number as written: "1,204" (thousands), "89,4" (a decimal comma); never the part
#: after such a comma ("204", "4"). ("71.2,64.0" is two numbers.) With a minus sign right
#: before it, not after a word: an NMSE of "-21.3" dB (not the hyphen of "Top-1" or of a
#: range "10-20"); a plus sign is not read, as "+4.4%" is mostly a gain, not a result
_NUMBER = (
    r"(?:(?<![\w.,%)\]+-])-(?=\d))?"
    r"(?!(?<=\d,)\d{1,3}(?!\d|\.\d))"
    r"\d+(?:,\d{3}(?!\d))*(?:\.\d+|,\d{1,2}(?!\d|\.\d))?(?!,\d{1,3}(?!\d|\.\d))"
)
#: units a scientific result is given in: "1.12 K", "0.019 eV/atom", "281 m²/s²" (kelvin
#: after a space: "64K" is a context length)
#: a verb that gives its subject a result, in the present, the past, or without the "s" of
#: the third person ("X achieve 91.2%", as non-native writers often put it)
_RESULT_VERB = (
    r"(?:achiev(?:es|ed|e)|reach(?:es|ed)?|attain(?:s|ed)?|obtain(?:s|ed)?|score[sd]|"
    r"record(?:s|ed)|gets|got|get|gives|gave|give|"
    # "Y sets a new best of 98.7%", "Y establishes a new state of the art with 61.2"
    r"(?:sets?|establish(?:es|ed)?)\s+a\s+new\s+(?:best|record|state[- ]of[- ]the[- ]art)"
    r"\s+(?:of|with|at))"
)
_UNIT = (
    r"(?-i:(?:m|k)?eV(?:/atom|/Å)?|GPa|hPa|(?<=\s)K|km|kcal/mol|Å|m²/s²|m2/s2|dB|mm|cm|ms|°C|"
    # "an RMSE of 2.07 m on B": metres, as a depth error is given
    r"(?<=\s)m)"
    r"(?![\w/])"
)
#: "84.1%, 80.2% and 81.0%": values listed with commas and "and"
#: ("31.52 dB, 38.91 dB and 31.17 dB": decibels after each)
_VALUE_LIST = (
    rf"{_NUMBER}\s*%?(?:\s*dB)?(?:\s*,\s*{_NUMBER}\s*%?(?:\s*dB)?)*,?\s+and\s+{_NUMBER}\s*%?"
    r"(?:\s*dB)?"
)
_METRICS = (
    r"(?:Spearman|Pearson|Kendall)(?:'s)?(?: rank)? correlation|correlation|ANLS|Dice|"
    r"acc\.?|accuracy|top-1(?: accuracy)?|top-5(?: accuracy)?|(?:micro|macro)-?F1|F1|F1-score|EM|"
    r"exact match|execution accuracy|exact[- ]set[- ]match|"
    r"BLEU(?:-\d)?|ROUGE(?:-[12L])?|(?-i:R-[12L])|CIDEr|SPIDEr|SPICE|METEOR|FID|KID|IS|mAP(?:50|@0?\.5)?|AP(?:50|75)?|"
    r"mIoU|IoU|(?-i:[ocg]IoU)|AUC|AUROC|(?-i:Acc@0?\.\d+)|"
    r"WER|CER|EER|PSNR|SSIM|LPIPS|Chamfer distance|F-score|normal consistency|"
    r"pass@\d+|Pass@\d+|perplexity|PPL|recall|precision|"
    r"R@\d+|Recall@\d+|NDCG(?:@\d+)?|MRR|Hits@\d+|win rate|(?:word |character )?error rate|"
    r"score|(?:[A-Z][\w-]*\s+)?recall|chrF\+\+|chrF|HOTA|MOTA|IDF1|AMOTA|AssA|DetA|NDS|mAR|AR|"
    # sentiment and emotion: binary and seven-class accuracy, concordance correlation
    r"Acc-\d+|CCC|UAR|"
    # speaker verification: "an EER of 0.79% and a minDCF of 0.087"
    r"minDCF|(?-i:mCE|mFR|rCE)|"
    # speech separation and enhancement: "an SI-SDRi of 17.4 dB", "SDRi", "PESQ", "STOI"
    r"SI-SDRi?|SI-SNRi?|(?-i:SDRi|SNRi)|PESQ|STOI|"
    # face anti-spoofing error rates, sound event detection scores, TruthfulQA's measures
    r"HTER|ACER|PSDS[12]?|pAUC|MC[12]|"
    # motion forecasting and closed-loop driving: "a brier-minFDE of 1.86", "a miss rate of
    # 0.15", "a driving score of 61.2"
    r"(?:brier-|b-)?min[AF]DE(?:6)?|miss rate|driving score|route completion|infraction score|"
    r"collision rate|"
    # protein structure: "a mean TM-score of 0.84 and lDDT of 0.79", "a GDT-TS of 61.8"
    r"TM-score|(?-i:p?lDDT)|GDT-TS|GDT_TS|sequence recovery|"
    # multi-view stereo: "an accuracy of 0.318 mm, a completeness of 0.262 mm"
    r"completeness|"
    # edited and personalised images: "a CLIP-I of 0.921 and a DINO score of 0.874"
    r"CLIP-[IT]|CLIP[- ]?[Ss]core|DINO(?:-I)? score|"
    # treatment-effect errors: "an out-of-sample sqrt(PEHE) of 0.49", "epsilon_ATE", "policy risk"
    r"sqrt\(PEHE\)|√PEHE|PEHE|(?:epsilon|ε)_?(?:ATE|ATT)|policy risk|ATE error|"
    r"SRCC|PLCC|MAE|RMSE|MSE|MAPE|sMAPE|MASE|CRPS|ROC-AUC|PR-AUC|LogLoss|log[- ]loss|"
    # pose and mesh errors, keypoint accuracy, retrieval ranks
    r"(?:PA-|P-)?MPJPE|MPVPE|PVE|PCK(?:h)?|Rank-1|R-Precision|"
    # text-to-motion: "MM-Dist 2.89", "a MultiModal Dist of 2.96", "MultiModality 2.41"
    r"MM-Dist|MultiModal Dist(?:ance)?|MultiModality|"
    # the measures of generated molecules: "99.2% atom stability", "95.8% uniqueness"
    r"(?:atom |molecule |molecular )?stability|validity|uniqueness|novelty|"
    # depth, stereo and odometry errors: "an AbsRel of 0.087", "4.3% D1-all", "bad-2.0"
    r"(?-i:AbsRel|SqRel|D1-all|bad-\d(?:\.\d+)?|EPE|ATE|RPE)|δ\s?1|δ\s?<\s?1\.25"
)
#: a measure's whole name as a result writes it ("MAE", "R-Precision"), for the typing of
#: names that are also measures
METRIC_NAME = re.compile(rf"(?-i:{_METRICS})")
_SPLITS = (
    # ("RefCOCO+ testB", "RefCOCO val/testA/testB": the splits of referring expressions)
    r"test-std|test-dev|test-clean|test-other|testA|testB|test|val|validation|dev|test-challenge"
)
_SPLIT_NAME = re.compile(rf"(?:{_SPLITS})(?![\w-])")
#: " test-clean and test-other": the splits of the benchmark just named
_SPLIT_LIST_AFTER = re.compile(
    rf"\s+(?:the\s+)?(?P<splits>(?:{_SPLITS})(?:\s*,\s*(?:{_SPLITS}))*,?\s+and\s+(?:{_SPLITS}))"
    r"(?![\w-])"
)
# "84.2 on MMLU", "99.47 in WikiPerson", "84.2% on the MMLU"
# not a bound ("below 60% on X"; "up to 53% on X" is the best of several, a score) nor the
# spread of a value ("89.0 +/- 0.9% on X": the score is 89.0, which may carry its spread)
_VALUE_ON = re.compile(
    # (not the last of a slash list, "1.7/3.1 WER on X": the list is read as a whole)
    r"(?<![+\w.±@^/-])(?<!\+/-\s)(?<!±\s)(?<!\\pm\s)"
    r"(?<!below\s)(?<!under\s)(?<!above\s)(?<!over\s)(?<!than\s)(?<!least\s)(?<!most\s)"
    r"(?<!\b[Tt]op\s)"  # "83.8 Top 1 accuracy on X": the metric's rank, not a value
    # "needs 2.3x fewer rounds to reach 50% accuracy on X": a target, not a result
    r"(?<!\bto reach\s)(?<!\bto hit\s)(?<!\bto attain\s)"
    # "the TMR at 1% FMR on X was 97.55%": an operating point, not a result
    r"(?!\d[\d.]*\s*%?\s*(?:FMR|FAR|FPR|FNR)\b)"
    rf"(?!(?:19|20)\d\d\b)({_NUMBER})\s*%?(?:\s*(?:\+/-|±|\\pm)\s*{_NUMBER})?"
    # "21.84 dB on X": a unit
    rf"(?:\s*{_UNIT})?"
    # "84.05% (three-class) on X", "52.3 (±0.4 across three templates) on X": a setting
    # or a spread in parentheses
    r"\s*%?(?:\s*\([^()]{1,50}\))?"
    # "58.4 image-to-text R@1 on COCO": a hyphenated setting before the metric
    r"\s*(?:(?:average|mean|overall|zero-shot|few-shot|linear-probe|top-1|top-5|box|mask|"
    r"macro|micro|weighted|unweighted|balanced|"
    # "80.3% test accuracy on X", "71.8% robust accuracy on X"
    r"test|validation|dev|final|clean|robust|certified|"
    r"(?-i:[a-z]+(?:-[a-z]+){1,3}))\s+){0,2}"
    # "a 44.3 step success rate on B": a word of the measure's
    rf"(?:((?-i:[a-z]+\s+)?(?:(?:success|pass|completion|win|error)\s+rate|coverage)(?=\s+(?:on|in)\s)|"
    rf"{_METRICS}|success rate|pass rate|(?-i:[A-Z][\w&@/-]{{0,10}}))\s+"
    # "84.9 execution accuracy (EX) on B": the measure's acronym
    r"(?:\((?-i:[A-Z][\w@-]{0,10})\)\s+)?)?"
    # "a win rate of 31.5% against GPT-4-0314 on B": the measure's reference system
    r"(?:against\s+(?-i:[A-Z][\w.-]*)\s+)?"
    # "54.4% accuracy on intervention tasks on B", "grounds 47.9% of targets on B"
    r"(?:on\s+(?:[\w-]+\s+){1,2}?(?:tasks|questions|problems|queries)\s+)?"
    # "72.4 mIoU for single-point prompts on B": the setting of the measure
    r"(?:for\s+(?:[\w-]+\s+){1,2}?(?:prompts?|inputs?|images|videos|clips|queries)\s+)?"
    r"(?:of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:targets|tasks|questions|problems|queries|issues|"
    r"instances|episodes|items)\s+)?"
    # "85.1% top-1 after fine-tuning on ImageNet-1K": the protocol of the result
    r"(?:after\s+(?:end-to-end\s+)?(?:fine-?tuning|finetuning|linear\s+probing)\s+)?"
    r"(?:on|in"
    # "78.9 across the 162 tasks of B", "112.6% across 26 B games"
    r"|across(?:\s+(?:the|all))?(?:\s+\d+)?(?:\s+(?:tasks|subsets|splits|categories)\s+of)?"
    # "an average success of 96.1% over the four LIBERO suites"
    r"|over\s+(?:the|all)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten))"
    r"\s+(?:the\s+)?"
    # "58.7 on the 13 public BEIR datasets", "68.4 on the English MTEB average", "96.2% on
    # the four LIBERO suites"
    r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:(?:public|English|Chinese|multilingual|full|official|standard|held-out|"
    r"hidden|original|challenging|popular)\s+)?"
    # "59.7 on the multilingual part of MTEB"
    # ("the NarrativeQA subset of LongBench" is NarrativeQA's: no name before "subset")
    r"(?:(?:(?-i:[a-z])[\w-]*\s+)?(?:part|portion|subset|track|section|split)\s+of\s+(?:the\s+)?"
    # "0.892 on the five competition pathologies of CheXpert", "on the 12 languages of X"
    r"|(?:(?-i:[a-z])[\w-]*\s+)?(?:pathologies|classes|categories|languages|domains|"
    # "0.912 on the 72 classification datasets of X"
    r"conditions|labels|datasets|tasks)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# "72.7% ImageNet linear-probing accuracy": the value right before the name, its metric
# right after it (a signed value is a change: "+1.1% ImageNet accuracy")
_OWN_VALUE_VERSUS = re.compile(rf"(?<![\w.])({_NUMBER})\s*%?\s+(?:vs\.?|versus)\s+$")
#: "5.1 vs. 5.5": two values compared, and no third ("a vs. b vs. c" is a table's row)
_VALUE_VERSUS_VALUE = re.compile(
    rf"(?<![\w.])({_NUMBER})\s*%?\s+(?:vs\.?|versus)\s+({_NUMBER})(?![\d.]*\s*%?\s+(?:vs|versus)\b)"
)
#: between a comparison's verb and its system, more than a few modifiers ("the 50-step,
#: 10-member Y"): a value of its own, a list, or a clause
_NOT_A_SHORT_GAP = re.compile(r"(?<![\w.-])\d+(?:\.\d+)?(?![\w-])|\s(?:for|and|on|in)\s|[;:()]")
#: a clause that may compare with another system than the one named before
_NEW_COMPARISON = re.compile(r";|\b(?:while|whereas|but|although|though)\b")
#: "better than Y on all three (21.4, 32.8 and 73.5)": the compared system's row
_THAN_THEN_ROW = re.compile(
    r"\b(?:better|worse|higher|lower|ahead)\s+(?:than|of)\s+(?:the\s+)?(?P<system>[^\s,;()]+"
    r"(?:\s[^\s,;()]+){0,3}?)\s+(?:on\s+(?:all|both|each)(?:\s+\w+)?\s+)?"
    rf"\(\s*(?P<values>{_VALUE_LIST})\s*\)"
)
#: after a list of benchmarks, "are" and a list of values: "on A, B and C are a, b and c"
_NAMES_ARE_VALUES = re.compile(
    rf"\s+(?:are|were)\s+(?P<values>{_VALUE_LIST})(?![\d.]|\s*%?\s*(?:and|,)\s*\d)"
)
#: a comparison with the system named next: "improves over the Y ensemble:", "beats Y"
_COMPARED_WITH_ONE = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|improv(?:es|ed|ing)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:over|upon)|better\s+than|compared\s+(?:with|to))\s+"
)
_VALUE_BEFORE = re.compile(rf"(?<![+\w.±@/-])(?!(?:19|20)\d\d\b)({_NUMBER})\s*%?\s+$")
_METRIC_AFTER = re.compile(
    rf"^(?:\s+(?:{_SPLITS}))?(?:\s+[a-z][\w-]*){{0,2}}?\s+(?P<metric>{_METRICS})\b(?!\s+of\b)",
    re.I,
)
# "PARENT-T recall of 99.47": metric written before the value
# "completes 38.1% of OSWorld tasks", "answers 68.4% of ChemBench questions": the share of
# a benchmark a system solves (a share without such a verb, "30% of ImageNet", is data)
_VALUE_OF_SOLVED = re.compile(
    r"\b(?:complet|solv|resolv|answer|pass|succeed|achiev|attain|reach)\w*\s+(?:only\s+|about\s+)?"
    # "solves 72.4% of MATH-500 and 28.9% of AIME 2024": each share after the verb
    rf"(?:{_NUMBER}\s*%\s+of\s+[^;%]{{1,40}}?(?:,\s*(?:and\s+)?|\s+and\s+))*"
    rf"({_NUMBER})\s*%()\s+of\s+(?:the\s+)?"
    # "resolves 39.7% of the issues in SWE-bench Verified"
    r"(?:(?:issues|problems|tasks|questions|instances|episodes|queries)\s+(?:in|of|from)\s+"
    r"(?:the\s+)?)?"
    # "answers 79.4% of closed VQA-RAD questions"
    r"(?:(?:closed|open|open-ended|held-out|hard|test)\s+)?$",
    re.I,
)
#: "... 53.8% of the instances in A and 34.0% of B": the next share of a list (whose verb
#: may be further back than the window)
_AND_SHARE_OF = re.compile(
    rf"%\s+of\s+[^;%()]{{1,40}}?(?:,\s*(?:and\s+)?|\s+and\s+)({_NUMBER})\s*%()\s+of\s+(?:the\s+)?$"
)
_SHARE_VERB = re.compile(
    rf"\b(?:complet|solv|resolv|answer|pass|succeed|achiev|attain|reach)\w*\s+(?:only\s+|about\s+)?{_NUMBER}\s*%",
    re.I,
)
#: "... of the issues in A and 31.3% in B": the share on the next name of the list
_AND_SHARE_IN = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)({_NUMBER})\s*%()\s+in\s+(?:the\s+)?$")
_SHARE_OF_ITEMS = re.compile(
    r"%\s+of\s+(?:the\s+)?(?:issues|problems|tasks|questions|instances|episodes|queries)\s+in\b"
)
_METRIC_OF = re.compile(
    # ("RMSE = 0.198 m on B": a measure set equal to the value)
    rf"((?:(?-i:[A-Z])[\w-]*\s+)?(?:{_METRICS}))(?:(?:\s+scores?)?\s+of\s+|\s*=\s*)$",
    re.I,
)
#: "R1@0.5 61.5", "mAP: 41.8": a measure, then its value, in a parenthesis of such cells
_CELL_MEASURE = rf"(?:{_METRICS}|(?-i:[A-Za-z]+\d*@[\d.]+))"
_METRIC_CELL = re.compile(
    rf"(?P<metric>{_CELL_MEASURE})\s*[:=]?\s*(?P<value>{_NUMBER})(?!\d|\.\d)\s*%?", re.I
)
_VALUE_RIGHT_BEFORE_ON = re.compile(rf"{_NUMBER}\s*%?\s+(?:[\w@-]+\s+)?(?:on|in)\s+(?:the\s+)?$")
_PAREN_METRIC_CELLS = re.compile(
    rf"\s*\(\s*(?P<cells>{_CELL_MEASURE}\s*[:=]?\s*{_NUMBER}\s*%?"
    rf"(?:\s*[,;]\s*(?:and\s+)?{_CELL_MEASURE}\s*[:=]?\s*{_NUMBER}\s*%?)*)\s*\)",
    re.I,
)
# inside parentheses: "[names] [split] [metric]: v1 / v2"
_PAREN_SCORE = re.compile(
    rf"^\s*(?:(?P<split>{_SPLITS})\s+)?(?:(?P<metric>{_METRICS})\s*)?:\s*"
    rf"(?P<values>{_NUMBER}%?(?:\s*/\s*{_NUMBER}%?)*)",
    re.I,
)
#: two measures of one result: "a mean score of 1.46 and an interquartile mean of 0.71"
_OF_VALUE_AND_OF_VALUE = re.compile(
    rf"\bof\s+(?P<first>{_NUMBER})\s*%?\s+and\s+an?\s+(?:[\w-]+\s+){{1,3}}?of\s+"
    rf"(?P<second>{_NUMBER})(?![\w.]*\d)"
)
#: a compared system's two values: " (1.12 / 0.50)"
_PAIR_IN_PARENTHESES = re.compile(rf"\s*\(\s*({_NUMBER})\s*%?\s*[/,]\s*({_NUMBER})\s*%?\s*\)")
#: a value "with" a setting, up to the setting's name: "83.9 with ", "84.5 with an "
_VALUE_WITH = re.compile(
    rf"(?<![\w.])({_NUMBER})\s*%?\s+with\s+(?:(?:an?|the)\s+)?(?P<setting>[^,;()]{{1,40}}?)"
    r"(?=\s*,\s*(?:and\s+)?|\s+and\s+|\s*[.;](?:\s|$)|$)"
)
#: "its" (not "of its") and at most one word before a benchmark's name: "while its English "
_ITS_BEFORE = re.compile(r"(?<!\bof )\bits\s+(?:[A-Za-z-]+\s+)?$")
#: a benchmark's measure, then its value alone in parentheses: " score (66.2)"
_MEASURE_THEN_PAREN_VALUE = re.compile(
    rf"\s+(?P<metric>{_METRICS})\s+\(\s*(?P<value>{_NUMBER})\s*%?\s*\)",
    re.I,
)
# "MMLU 84.2", "MMLU: 84.2", "MMLU (84.2)"
# "MMLU 84.2", "MMLU: 84.2%": a decimal or a percentage, not a range, a count or a size
#: " 54.9 → 63.4": a value before and after, with an arrow
_ARROW_CELL = re.compile(
    rf"^\s*:?\s*({_NUMBER})\s*%?\s*(?:→|->|⇒|=>)\s*({_NUMBER})\s*%?(?!\w|\.\d)"
)
_NAME_VALUE = re.compile(
    # ("on B (AUC@30 of 85.7 vs. 88.9 for Y)": the measure may open the parentheses)
    rf"^(?:\s+(?:benchmark|dataset|test\s+set))?\s*(?::|\((?:\s*(?:{_METRICS}|[A-Z][A-Za-z]+@\d+)\s*(?:of|=|:)?)?)?"
    r"\s*(\d+\.\d+|\d+(?=\s*%))(?!\d)(?!\s*%\s+of)(?!\s*[-–]\s*\d)"
    r"(?=\s*%?\s*(?:[,;)]|\.(?:\s|$)|\s|$))"
)
# "On the X benchmark(,) Y reaches an nDCG@10 of 70.0 / a 79.4% success rate"
#: a word before a benchmark's name that does not name it: "the challenging X dataset"
_DATA_ADJECTIVE = (
    r"challenging|widely[- ]used|standard|popular|public|large-scale|unseen|held-out|official|"
    # ("On the long-horizon ETTh1 and ETTm2 datasets", "On the harder LiveCodeBench")
    r"original|full|[a-z]{3,}-[a-z]{3,}|[a-z]{3,}er|"
    # ("On the noisy WHAM! benchmark", "On the reverberant WHAMR! benchmark")
    r"noisy|clean|synthetic|real|difficult|hard|easy|small|large|new|recent|"
    r"(?-i:[a-z]{3,}(?:ant|ent))|"
    # "On the continual X, Y and Z protocols": any adjective before the names
    r"(?-i:[a-z]{4,}(?:al|ed|ic|ous|ive|ing))"
)
_CLAUSE_OPENER = re.compile(
    r"(?:^|[.;,:]\s*)(?:(?:and|while|whereas|but)\s+)?(?:[Oo]n|[Ff]or|[Aa]cross|[Ii]n|"
    # ("..., and with an UperNet head on LoveDA it obtains ...")
    r"[Aa]veraged\s+(?:over|across)|[Ww]ith(?=\s+(?:an?|the)\s+[^,;]{1,40}?\s+(?:on|in)\s))\s+"
    # "For single-step retrosynthesis on X, ...", "Across 18 X tasks, ...", "In zero-shot
    # classification of the five competition pathologies on X, ..."
    r"(?:(?:[\w-]+\s+){1,7}?(?:on|in)\s+|\d+\s+|held-out\s+|unseen\s+|"
    # "On inter-subject atlas-free registration of X, ...": a task done on the data
    r"(?!top\s)(?-i:[a-z][\w-]*\s+){1,4}?(?:registration|segmentation|classification|"
    r"detection|separation|enhancement|retrieval|generation|prediction|forecasting)\s+of\s+|"
    # "On the video segmentation benchmarks A, B and C, ...": the kind before a list
    r"(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:benchmarks|datasets)\s+|"
    # "Across the 72 classification datasets of X, ..."
    r"(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:datasets|tasks|subsets|suites|games|environments|"
    r"levels|assays|splits|languages|domains)\s+of\s+(?:the\s+)?|"
    # "On the Swahili portion of X, ...", "In the WidowX setting of X, ...", "On the
    # closed-ended questions of X it reaches ..."
    # "On abnormal EEG detection (X), ...": a task, its benchmark in parentheses
    r"(?:the\s+)?(?:[\w-]+\s+){1,4}\(|"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}(?:portion|subset|setting|split|track|task|test\s+set|part|"
    # ("On the 520 behaviours of X, ...", "On the harmful prompts of X, ...")
    r"question|problem|item|behaviou?r|prompt|instance|example|sample|case|scenario|setup|"
    # ("Across the classification and segmentation suites of X, ...")
    r"suite|categor(?:y|ie))s?\s+"
    r"of\s+)?"
    # "On the challenging X dataset, ...", "On the English X leaderboard": a word before the
    # name
    # ("On the five X domains, ...": a count of the parts named after it)
    rf"(?:the\s+(?:{_DATA_ADJECTIVE}|(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    # ("averaged over the publicly available X datasets, ...")
    r"(?:the\s+(?:publicly\s+available|public|available|standard|official)\s+)?"
    r"(?:the\s+)?$"
    # "Transferred without any tuning to X, ..."
    r"|^(?:Transferred|Applied)\s+(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?$"
    # "Experiments on the X dataset demonstrate that ..."
    r"|(?:^|[.;]\s*)(?:(?:Extensive|Comprehensive)\s+)?(?:[Ee]xperiments|[Ee]valuations?)\s+on\s+"
    rf"(?:the\s+)?(?:(?:{_DATA_ADJECTIVE})\s+)?$"
    # "Evaluated with the X protocol on 2020 initialisations, ..."
    r"|^(?:Evaluated|Tested|Benchmarked)\s+(?:[\w-]+\s+){0,2}?(?:on|with|under|using)\s+"
    r"(?:the\s+)?$"
)
#: not "keeps 96% of its teacher's accuracy": a share of another system's result
_SHARE_OF_ANOTHER = (
    r"(?!\s*%\s+of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:[\w-]+'s|teacher|parent|original|baseline|full|dense|uncompressed|unpruned)\b)"
)
_BENCH_THEN_RESULT = re.compile(
    # ("On the English MTEB (v2) leaderboard X obtains ...": a note before the kind)
    # ("On abnormal EEG detection (B), X reaches ...": the name in the opener's parentheses)
    r"^\)?(?P<note>\s*\([^()]{1,20}\))?"
    rf"(?:\s+(?:[\w-]+\s+){{0,2}}?(?:benchmark|dataset|(?:dev)?test sets?|evaluation sets?|"
    # ("On the five CrossNER domains, X obtains ...": the parts of the benchmark)
    r"validation sets?|leaderboard|suite|domain|subset|task|language)s?"
    # "On the FLEURS test sets of the eight languages, X reaches ..."
    r"(?:\s+of\s+the\s+[\w-]+(?:\s+[\w-]+){0,2})?)?"
    # "On the COMBVD dataset (3,813 color pairs), HELMLAB achieves a STRESS of 23.22"
    r"(?:\s*\([^()]{1,40}\))?"
    rf"(?:\s+(?P<split>{_SPLITS})(?:\s+split)?)?"
    # ("On B, X-Base (310M) obtains ...": a size in parentheses after the subject)
    # ("FID on B, for which X reported 7.27 and Y 10.39")
    r",?\s+(?:where\s+|(?:for|on)\s+which\s+)?(?:(?:[\w.+/-]+|\([\w.,\s]{1,12}\))[,:]?\s+){0,9}?"
    r"(?P<verb>reach|achiev|obtain|attain|scor|get|yield|record|report|answer|solv|resolv|prov|"
    r"complet|pass|"
    r"keep|retain|maintain|averag|"
    # "X sets a new best of 98.7%", "X establishes a new state of the art with 61.2"
    r"(?:set|establish)\w*\s+a\s+new\s+(?:best|record|state[- ]of[- ]the[- ]art)\s+(?:of|with|at)|"
    # "X ranks first among open models with a MASE of 0.712"
    r"rank\w*\s+(?:[\w-]+\s+){0,5}?with|"
    # "On B speaker verification the EER is 0.71%": the metric's value, no subject named
    # ("On B its zero-shot AUROC is 0.781")
    rf"(?<=\s)(?:the|its)\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:{_METRICS})\s+is|"
    # "X succeeds in 61.5% of episodes"
    r"succeeds\s+in|"
    # "On B the corresponding numbers are 72.85% and 86.90%"
    r"(?<=\s)(?P<restated>(?:the\s+)?(?:corresponding\s+)?(?:numbers|figures|values|results)\s+"
    r"(?:are|were))|"
    r"(?:drop|fall|fell|decreas|reduc|ris|rose|increas|improv|climb)\w*\s+to|"
    # "X lowers the 5-day Z500 RMSE to 281": the measure between the verb and "to"
    r"(?:lower|reduc|cut|decreas|improv|rais|increas|boost|lift|push|bring)\w*\s+"
    rf"(?:(?:the|its|their)\s+)?(?:[\w@.+/-]+\s+){{0,4}}?(?P<metric3>{_METRICS})\s+to|"
    # "on B it predicts melting temperature with an RMSE of 5.62": a measure after "with"
    rf"(?-i:[a-z]+s)\s+(?:[\w-]+\s+){{0,3}}?with(?=\s+(?:an?|the)\s+(?:{_METRICS})\s+of\s)|"
    # "its attack success rate stays at 9.5%"
    r"(?:stay|remain)\w*\s+at|"
    # "Duet-Audio reduces the concatenated WER from 31.4% to 22.6%", "the rate drops from
    # 21.2% to 4.8%"
    r"(?:reduc|improv|increas|rais|lift|boost|cut|lower|drop|fall|fell|decreas|ris|rose|"
    # ("lowers the test WER of the naive causal baseline from 33.5% to 26.2%")
    r"climb)\w*\s+(?:[\w@.+-]+\s+){0,8}?from\s+"
    # ("from 2.9 (Sparrow-TTS) to 1.8": whose the first value was)
    # ("from 27.21 dB to 28.05 dB": a unit after each)
    r"(?P<before>\d+(?:\.\d+)?)\s*(?:%|dB)?\s+(?P<whose>\([^()]{1,45}\)\s+)?to)\w*\s+"
    # "achieves state-of-the-art results with mAP50 of 84.9%"
    r"(?:(?:new\s+)?state-of-the-art\s+(?:results|performance)\s*,?\s+(?:with|including)\s+)?"
    r"(?:an?\s+|the\s+)?"
    rf"(?:(?:[a-z-]+\s+)?(?P<metric1>{_METRICS}|(?-i:[A-Z][\w@&-]{{1,10}}))"
    # ("obtains BLEU-4 = 0.219": the measure, an equals sign, its value)
    # (not "TAR@FAR=1e-4 of 95.62": an operating point in scientific notation)
    r"(?:\s*=\s*(?=[\d.]+(?![\w-]))|\s+(?:scores?\s+)?(?:of\s+)?)"
    # "a median Nash-Sutcliffe efficiency of 0.79": a longer measure, then "of"
    # "PSNR/SSIM/LPIPS of 28.1/0.836/0.181": one value per measure of a slash list;
    # "a Fréchet Audio Distance (FAD, VGGish embeddings) of 1.38": a note before "of"
    # (not "6 out of 644 problems": the count solved is the value)
    r"|(?!\d+\s+out\s+of\s)"
    r"(?P<measure>(?:(?!(?:improvement|gain|increase|boost|reduction|drop|decrease|margin)s?\b)"
    # ("J&F scores of 88.4")
    r"[\w@/'&-]+\s+){1,4}?)(?:\([^()]{1,40}\)\s+)?of\s+)?"
    rf"(?P<value>{_NUMBER})(?!\d|\.\d){_SHARE_OF_ANOTHER}(?:\s*%)?"
    # ("a 72.5% frame-level AUC": a granularity before the measure)
    r"(?:\s+(?!(?:and|or|with)\s)(?:[a-z]+-(?:level|wise)\s+)?"
    rf"(?P<metric2>success rate|{_METRICS}))?",
    re.I,
)
_WHERE_ITS_VALUE = re.compile(
    r"^,?\s+where\s+(?:its|their|the\s+model's)\s+(?:[\w.@-]+\s+){0,8}?"
    rf"(?:is|was|are|reaches|falls to|drops to)\s+(?:only\s+|just\s+)?(?P<value>{_NUMBER})\s*%?"
    r"(?!\w)(?!\.\d)"
)
#: "an MT-Bench score of 8.1", "a COCO mAP of 41.2"
_FOR_OWNER = re.compile(r"\s+for\s+(?:the\s+)?")
_OWNER_CLAUSE_END = re.compile(r"\s*(?:[,;.)]|$|\s+(?:and|while|whereas|but)\b)")
_NAMED_SCORE_OF = re.compile(
    rf"^\s+(?:(?:{_SPLITS})\s+)?(?P<metric>{_METRICS})\s+of\s+(?P<value>{_NUMBER})\s*%?(?!\w)(?!\.\d)",
    re.I,
)
#: ("an overall GenEval score of 0.74": an article, perhaps a word of aggregation)
_ARTICLE_BEFORE = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:(?:overall|average|mean|total|aggregate)\s+)?"
    # ("a length-controlled AlpacaEval 2 win rate of", "a zero-shot MMLU accuracy of")
    r"(?:(?:length-controlled|zero-shot|few-shot|\d+-shot|strict|macro|micro)\s+)?$",
    re.I,
)
#: "on X with 83.4% accuracy", "on X with an accuracy of 83.4": a value with its metric
#: ("with 12% of the labels" is no score)
_WITH_VALUE = re.compile(
    # "on the LoveDA test set with 55.8 mIoU"
    rf"^(?:\s+(?:{_SPLITS})(?:\s+(?:set|split))?)?"
    # "on the VinDr-CXR dataset, with an F1 score of 0.76"
    r"(?:\s+(?:dataset|benchmark),)?"
    # "tops the Matbench Discovery leaderboard with an F1 of 0.846"
    r"(?:\s+(?:leaderboard|benchmark|dataset|test\s+set))?"
    rf"\s+with\s+(?:an?\s+(?P<metric0>{_METRICS})(?:\s+score)?\s+of\s+(?P<value0>{_NUMBER})"
    rf"|(?P<value>{_NUMBER})\s*%?\s+(?P<metric>{_METRICS})"
    # "scores highest on IFEval with 78.9, followed by ...": a decimal alone
    r"|(?P<value1>\d+\.\d+)\s*%?(?=\s*[,;.]|\s+(?:and|while|followed)\b))(?!\w)(?!\.\d)",
    re.I,
)
#: "on the IU X-Ray test split, where it obtains ...": the result clause of the benchmark
_WHERE_AFTER = re.compile(r"(?:\s+[\w-]+){0,2},\s+(?:where|(?:for|on)\s+which)\b")
_PAREN_VERSUS = re.compile(
    # ("(mAP 86.9 vs. 85.0)": the metric may open the parentheses)
    # ("(ROC-AUC of 87.1 vs. 87.7)")
    rf"^\s*\(\s*(?:(?P<metric>{_METRICS})\s*(?::|of)?\s*)?({_NUMBER})\s*%?\s*(?:vs\.?|versus|against)\s*"
    rf"({_NUMBER})\s*%?\s*\)"
)
_MORE_VALUES = re.compile(rf"(?:\s*%?\s*/\s*{_NUMBER})+")
#: "84.1%, 80.2% and 81.0%": the values after the first of a list
_LISTED_VALUES = re.compile(rf"(?:\s*%?\s*(?:,\s*(?:and\s+)?|\s+and\s+){_NUMBER})+")
#: "On the B offensive subtask, ": a sentence that opens with the data it is on
_OPENS_ON = re.compile(r"On\s+(?:the\s+)?(?:\d+\s+)?")
#: "(59.4 → 63.9", "(17.54% to 24.90%": a value's rise in parentheses
_PAREN_RISE = re.compile(rf"\(\s*{_NUMBER}\s*%?\s*(?:→|->|to)\s*({_NUMBER})(?!\w|\.\d)")
#: " (79.6)", " (51.6 DS)": a system's bare value (and a one-word measure) in parentheses
#: after its name
#: (not a size: "(310M)")
_BARE_PAREN_VALUE = re.compile(rf"\s*\(\s*({_NUMBER})\s*%?(?:\s*[A-Za-z][\w@-]{{1,12}})?\s*\)")
#: " at a ratio of 100, from 43.8 to 51.2": the rise in the next setting
_AT_SETTING_THEN_FROM_TO = re.compile(
    rf"\s*%?\s+at\s+[^,;()]{{1,40}}?,\s*(?:and\s+)?from\s+{_NUMBER}\s*%?\s+to\s+({_NUMBER})"
    r"(?!\w|\.\d)"
)
#: "lifts A from 77.0 to 85.6 and B from 61.3 to 80.2": the same subject's next result
_AND_FROM_TO = re.compile(
    rf"\s*%?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w@.-]+\s+){{1,3}}?from\s+{_NUMBER}\s*%?\s+"
    rf"to\s+({_NUMBER})(?!\w|\.\d)"
)


#: "X reaches 68.7 and 61.9, respectively": a subject's values in order, no data named
_SUBJECT_VALUES_RESPECTIVELY = re.compile(
    rf"\s{_RESULT_VERB}\s+(?:(?:an?\s+)?[\w@-]+\s+of\s+)?(?P<values>{_VALUE_LIST})\s*%?,?\s+"
    r"respectively\b"
)
#: " at these three lengths", " at 16K / 32K / 64K", " for 1%, 10% and 100% labels": the
#: settings a list of values on one benchmark was measured in, one per value
_SETTING = r"[\w%-]*\d[\w%]*(?:\.\d+[\w%]*)?"
_AT_SETTINGS = re.compile(
    # ("71.5% average client accuracy for α = 1.0, 0.5 and 0.1": the measure's words between)
    r"\s*%?(?:\s+(?-i:[a-z][a-z-]*)){0,3}?\s+(?:at|for|with|under)\s+(?:[^\W\d_]\w{0,2}\s*=\s*)?"
    r"(?:(?:these|the|those|all)\s+(?:two|three|four|five|six|"
    r"\d+)\s+(?:[\w-]+\s+)?(?:context\s+)?(?:lengths|settings|budgets|sizes|scales|resolutions|"
    r"horizons|levels|ratios|temperatures)"
    rf"|{_SETTING}(?:\s*(?:/\s*|,\s*(?:and\s+)?|\s+and\s+){_SETTING})+"
    # "at the 15-, 30- and 60-minute horizons": the unit said once, hyphens suspended
    r"|(?:the\s+)?\d+-(?:,\s*\d+-)*,?\s+and\s+\d+-[a-z]+)(?![\w-])"
    # "in the 5-way 1-shot and 5-shot settings"
    rf"|\s*%?(?:\s+(?-i:[a-z][a-z-]*)){{0,3}}?\s+in\s+the\s+(?:{_SETTING}\s+)?{_SETTING}"
    rf"(?:\s*(?:/\s*|,\s*(?:and\s+)?|\s+and\s+){_SETTING})+\s+(?:settings|cases|regimes|tasks)\b"
)
#: the end of the sentence right after a list of values: "On B, X reaches a% and b%."
_VALUES_END_SENTENCE = re.compile(r"\s*%?\s*[.;]?\s*$")
#: " with 40, 250 and 4000 labels": the settings of a fronted benchmark, listed
_FRONTED_SETTINGS = re.compile(
    rf"\s+(?:with|at|under|for)\s+(?P<settings>{_SETTING}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
    rf"{_SETTING})+)\s+[a-z]+\b"
)
_RESPECTIVELY_AFTER = re.compile(r"\s*%?(?:\s+[\w-]+(?:@[\d.]*\d)?){0,3}?,?\s+respectively\b")
#: " and PA-MPJPE from 54.3 to 48.9 mm": another measure's move, after the first
_AND_MEASURE_FROM_TO = re.compile(
    rf"\s*%?(?:\s*{_UNIT})?(?:,\s*(?:and\s+)?|\s+and\s+)"
    # ("and raises Top-1 R-Precision from 0.491 to 0.522": a verb of its own, a rank)
    r"(?:(?:raises|lowers|improves|reduces|increases|decreases|boosts|lifts|cuts)\s+)?"
    rf"(?:the\s+|its\s+)?(?:top-\d+\s+)?(?P<metric>{_METRICS})"
    rf"\s+from\s+(?P<before>{_NUMBER})\s*%?(?:\s*{_UNIT})?\s+to\s+(?P<after>{_NUMBER})(?!\w|\.\d)",
    re.I,
)
#: " relative to ", " compared with the ": the system the values before a move are of
_RELATIVE_OWNER = re.compile(
    rf"\s*%?(?:\s*{_UNIT})?,?\s+(?:relative\s+to|compared\s+(?:with|to)|over)\s+(?:the\s+)?"
)


def _rows_for(text: str, start: int, end: int) -> dict[int, list[str]]:
    """Lists of values before "for Y" ("84.7%, 88.4% and 79.2% for Y"), keyed by where Y's
    name starts."""
    return {
        row.end(): re.findall(_NUMBER, row.group("values"))
        for row in _VALUE_LIST_FOR.finditer(text, start, end)
    }


def _compared_row(text: str, agent, start: int, end: int) -> re.Match | None:
    """A compared system's own values right after its name: "Y (50.4, 31.1 and 11.6)", "Y
    (67.2 / 49.6)", or "..., whereas Y (under the same budget) reaches 54.9, 58.7 and 18.9"."""
    row = _PAREN_ROW.match(text, agent.end, end)
    if row is None and text.endswith(("whereas ", "while "), start, agent.start):
        row = _OTHERS_VERB_VALUES.match(text, agent.end, end)
    return row


def _after_split(text: str, at: int) -> int:
    """Past " on test-zh" after a value ("a CER of 1.38 on test-zh, a WER of ..."): where
    the next measure of the same benchmark may start."""
    split = _ON_SPLIT.match(text, at)
    return split.end() if split else at


#: " on test-zh", " on the test-clean split": a split of the benchmark named before
_ON_SPLIT = re.compile(
    r"\s*%?\s+on\s+(?:the\s+)?(?:test|dev|val|valid|validation)(?:-[\w]+)?(?:\s+(?:split|set))?(?![\w-])"
)


def _joined(text: str, first, second) -> bool:
    """Two data names written as one slash list or as one expanded span."""
    same_span = (first.start, first.end) == (second.start, second.end)
    return same_span or re.fullmatch(r"\s*/\s*", text[first.end : second.start]) is not None


_FROM_TO = re.compile(
    rf"from\s+{_NUMBER}%?\s+to\s+({_NUMBER})%?"
    r"(?:\s+(?:at the scale of|at|for|with)\s+(?:the\s+)?(\d+(?:\.\d+)?[BMK])\b)?"
)
_RISES_TO = re.compile(
    # ("on LiveCodeBench (v5) from 18.2 to 24.7": the benchmark's version in parentheses;
    # "on Beauty its NDCG@10 rises to 0.0461")
    # ("on the Procgen benchmark (easy mode, 200 training levels) from 0.41 to 0.58")
    rf"^(?:\s+(?:benchmark|dataset|suite))?(?:\s*\([^()]{{1,40}}\))?\s+(?:[\w@-]+\s+){{0,3}}?"
    # ("from 33.69 dB (Y) to 34.12 dB": a unit after each value)
    rf"(?:from\s+(?P<before>{_NUMBER})\s*%?(?:\s*{_UNIT})?\s+"
    # "from 31.5% (X-r1) to 48.9%": the value before, and whose it was
    r"(?:\((?P<whose>[^()]{1,40})\)\s+)?)?to\s+"
    # "to a Spearman correlation of 0.489"
    r"(?:an?\s+(?:[\w-]+\s+){0,3}?of\s+)?"
    rf"(?!(?:19|20)\d\d\b)(?P<value>{_NUMBER})\s*%?(?:\s*{_UNIT})?(?!\w)(?!\.\d)"
)
#: " on dev and from 20.9 to 23.6", ", and ROUGE-L on test from 47.0 to 49.8": the same
#: benchmark's rise on another split or in another measure
#: (not "from 41.0 to 47.5 and from 44.3 to 49.0, respectively": two systems' rises)
_MEASURE_ON_SPLIT = rf"(?:{_METRICS})(?:\s+on\s+(?:the\s+)?(?:{_SPLITS}))?\s+"
_SPLIT_THEN_RISE = re.compile(
    rf"\s*%?(?:\s+on\s+(?:the\s+)?(?:{_SPLITS})(?:\s+sets?)?,?\s+and\s+(?:{_MEASURE_ON_SPLIT})?"
    rf"|,?\s+and\s+{_MEASURE_ON_SPLIT})"
    rf"(?:from\s+)?{_NUMBER}\s*%?\s+to\s+({_NUMBER})(?!\w|\.\d)(?!\s*%?,?\s+respectively)"
)
#: " over Y", " relative to the Y": the system a rise is measured against
_OVER_SYSTEM = re.compile(r"\s*%?\s+(?:over|relative\s+to|compared\s+(?:with|to))\s+(?:the\s+)?")
#: "... on B at 84.3%": the value after the benchmark, when a measure is named before it
#: (not a cost: "at 0.6/1.6/4.4 GFLOPs", "at 9 ms")
_AT_VALUE = re.compile(
    rf"^\s+at\s+({_NUMBER})\s*%?(?!\w)(?!\.\d)(?!\s*/)"
    r"(?!\s*%?\s*(?:of|fps|FPS|[GMT]?FLOPs|GMACs|ms)\b)"
)
_MEASURE_BEFORE = re.compile(rf"\b(?:{_METRICS})\s+(?:on|in)\s+(?:the\s+)?$", re.I)
_NOT_SCORE_AFTER = re.compile(r"^\s*%?\s*(?:points?|pp\b|improvement|gain|increase|relative|of\b)")
_RESULT_WORDS = re.compile(
    # the look-ahead first: a word boundary where no alternative can start fails there,
    # before each case-insensitive alternative is tried (see _COMPARE in paper_relations)
    r"\b(?=[aosrpeidclmbw])"
    r"(?:achiev\w*|outperform\w*|surpass\w*|attain\w*|obtain\w*|reach\w*|state-of-the-art|"
    r"SOTA|results?|performance|effectiveness|superiority|superior|evaluat\w*|experiments?|"
    r"score\w*|accuracy|improv\w*|showcas\w*|demonstrat\w*|competitive|leading|match\w*|"
    r"los(?:e|es|ing)|perplexity|rank\w*|lead\w*|beat\w*|wins?|resolv\w*|solv\w*|cuts|lowers|"
    r"(?:success|pass|completion) rates?)\b",
    re.I,
)


#: "92.3 percent", "81 per cent": a percent sign written as a word
_PERCENT_WORD = re.compile(r"(?<=\d)\s*(?:percent|per cent)\b")


#: " with a ", " using the ": between a system and the backbone it runs with
_WITH_BACKBONE_GAP = re.compile(r"\s+(?:with|using)\s+(?:an?\s+|the\s+|its\s+)?")
_APPLIED_TO_GAP = re.compile(
    r"\s+(?:applied|added|plugged|attached)\s+(?:in)?to\s+(?:an?\s+|the\s+|its\s+)?"
)
#: "Top-1/Top-2/Top-3 R-Precision of 0.515/0.706/0.801": slashed measures (and a word of
#: what they measure), then as many slashed values
_SLASHED_MEASURES_OF_VALUES = re.compile(
    rf"(?<![\w/])(?P<measures>(?:{_METRICS})(?:/[A-Za-z][\w@.-]*)+)"
    r"(?:\s+(?P<word>(?-i:[A-Z][\w-]+)))?\s+of\s+"
    rf"(?P<values>{_NUMBER}\s*%?(?:\s*/\s*{_NUMBER}\s*%?)+)",
    re.I,
)
#: "an Acc-2/F1/MAE of": measures joined by slashes, then "of"
_SLASHED_MEASURES_OF = re.compile(rf"(?<![\w/])((?:{_METRICS})(?:/[A-Za-z][\w@.-]*)+)\s+of\s", re.I)


def _slashed_header(text: str, start: int, end: int) -> list[str]:
    """The measures of the last slash header ("Acc-2/F1/MAE/Corr of") between ``start``
    and ``end``, else none."""
    found = list(_SLASHED_MEASURES_OF.finditer(text, start, end))
    return found[-1].group(1).split("/") if found else []


def _percent_signs(text: str) -> str:
    """The text with "92.3 percent" read as "92.3%" (padded with spaces, so every offset
    stays that of the text): the result rules look for the sign."""
    if "percent" not in text and "per cent" not in text:
        return text
    return _PERCENT_WORD.sub(lambda word: "%".ljust(len(word.group())), text)


def _sentence_before(state: DocState, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The sentence right before ``sentence``, if any."""
    at = state.sentences.index(sentence)
    return state.sentences[at - 1] if at else None


def _several_systems_valued(state: DocState, sentence: tuple[int, int]) -> bool:
    """Whether this sentence or the one before gave values to more than one system: a
    list of values restated on other data ("the corresponding numbers are a, b and c")
    is then theirs, in order, not one system's."""
    if len({h.name for h in hits(state, sentence[0], sentence[1], AGENT_TYPES)}) > 1:
        return True  # (their values may come later: "..., compared with a for Y")
    before = _sentence_before(state, sentence)
    valued = {
        r.head
        for r in state.relations
        if r.sentence == before and r.rel == EVALUATED_ON and r.value is not None
    }
    return len(valued) > 1


def _valued_in_order(text: str, state: DocState, sentence: tuple[int, int] | None) -> list[str]:
    """The systems ``sentence`` gave a value, in the order their values are written."""
    if sentence is None:
        return []
    return list(dict.fromkeys(head for head, _ in _cells_in_order(text, state, sentence, None)))


def _cells_in_order(
    text: str, state: DocState, sentence: tuple[int, int], end: int | None
) -> list[tuple[str, str]]:
    """The (system, benchmark) pairs ``sentence`` gave a value, in the order their values
    are first written before ``end`` (the sentence's end when None)."""
    first: dict[tuple[str, str], int] = {}
    for r in state.relations:
        if r.sentence == sentence and r.rel == EVALUATED_ON and r.value is not None:
            at = text.find(r.value, sentence[0], sentence[1] if end is None else end)
            if at >= 0:
                first[(r.head, r.tail)] = min(first.get((r.head, r.tail), at), at)
    return sorted(first, key=first.__getitem__)


def _without_spreads(text: str) -> str:
    """The text with each spread ("± 0.20", "+/- 0.4", "\\pm 0.4") blanked out, offsets kept:
    "68.41 ± 0.20% and 84.12 ± 0.14% accuracy" is a list of two values, as the rules read
    lists."""
    if "±" not in text and "+/-" not in text and "\\pm" not in text:
        return text
    return _SPREAD.sub(lambda spread: " " * len(spread.group()), text)


@Language.factory("mlkg_scores")
def make_scores(nlp: Language, name: str) -> ScoreFinder:
    return ScoreFinder()


class ScoreFinder:
    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        text = _without_spreads(_percent_signs(state.text).replace("\u2212", "-"))  # (minus)
        benchmark = _introduced_benchmark(state)
        sized = "B model" in text or "M model" in text  # "the 0.6B model(s)": rare
        for sentence in state.sentences:  # first the names that rows of results retype
            if not _DIGIT.search(text, sentence[0], sentence[1]):
                continue  # (no value, no row: most sentences)
            if text.find("(", sentence[0], sentence[1]) >= 0:
                _systems_in_parentheses_after_a_result(text, state, sentence)
            if (
                text.find(", ", sentence[0], sentence[1]) >= 0
                or text.find(": ", sentence[0], sentence[1]) >= 0
            ):
                _systems_after_a_result(text, state, sentence)
        previous = None
        for sentence in state.sentences:
            before, previous = previous, sentence
            has_digit = _DIGIT.search(text, sentence[0], sentence[1]) is not None
            if has_digit and " on the " in text[sentence[0] : sentence[1]]:
                # (a sentence that names no data may give values on data named before)
                self._values_on_data_named_before(text, state, sentence)
            if not state.mentions_in(sentence[0], sentence[1]):
                continue
            if not has_digit:  # no value: only the rules of scoreless results can fire
                self._unscored(text, state, sentence, set())
                if benchmark is not None:
                    self._on_introduced_benchmark(text, state, sentence, benchmark)
                continue
            if (
                before is not None
                and _NAME_OR_IT_THEN_RESULT.match(text, sentence[0], sentence[1])
                and not hits(state, sentence[0], sentence[1], DATA_TYPES)
            ):
                self._result_after_tested_sentence(text, state, sentence, before)
            if (
                before is not None
                and (opens := _SIBLING_THEN_RESULT.match(text, sentence[0], sentence[1]))
                and not hits(state, sentence[0], sentence[1], DATA_TYPES)
            ):
                self._sibling_after_scored_sentence(text, state, sentence, before, opens)
            has_parenthesis = text.find("(", sentence[0], sentence[1]) >= 0
            scored = self._scores(text, state, sentence)
            if text.find("; ", sentence[0], sentence[1]) >= 0:
                scored |= self._elliptical_clauses_on(text, state, sentence)
            if state.mentions_words(sentence, (" and ",)):
                scored |= self._measure_value_cells(text, state, sentence)
            if state.mentions_words(sentence, (" on its ",)):
                if scored:
                    self._value_on_its_other_split(text, state, sentence)
                self._value_on_its_test_set(text, state, sentence)
            if text.find(": ", sentence[0], sentence[1]) >= 0:
                scored |= self._row_values(text, state, sentence)
                scored |= self._name_value_list(text, state, sentence, benchmark)
            if (
                text.find(" on ", sentence[0], sentence[1]) >= 0
                and text.find("(", sentence[0], sentence[1]) >= 0
            ):
                self._parenthesised_values_on(text, state, sentence)
            if text.find("-clean/", sentence[0], sentence[1]) >= 0:
                scored |= self._split_slash_values(text, state, sentence)
            elif text.find("/", sentence[0], sentence[1]) >= 0:
                if _SPLIT_PAIR.search(text, sentence[0], sentence[1]):
                    # "a / b on the dev / test sets of B, c / d on C": both kinds of list
                    scored |= self._split_slash_values(text, state, sentence)
                scored |= self._slashed_measures_on(text, state, sentence)
                self._slashed_measures_of_values(text, state, sentence)
                scored |= self._slashed_rows_for_systems(text, state, sentence)
                scored |= self._splits_then_slashed_values(text, state, sentence)
            if scored:
                self._values_for_others(text, state, sentence, scored)
                if state.mentions_words(sentence, (" than ",)):
                    self._row_of_the_compared(text, state, sentence)
                if "teacher" in text[sentence[0] : sentence[1]]:
                    self._teacher_values(text, state, sentence)
                if state.mentions_words(sentence, (" parent", " base model")):
                    self._parent_values(text, state, sentence)
                if "respectively" in text[sentence[0] : sentence[1]] or state.mentions_words(
                    sentence, (" whereas ", " while ")
                ):
                    self._other_system_respectively(text, state, sentence, scored)
                if has_parenthesis:
                    self._colon_values(text, state, sentence, scored)
                    self._values_then_owner(text, state, sentence, scored)
                if len(scored) == 1 and state.mentions_words(sentence, (" with ",)):
                    self._values_with_methods(text, state, sentence, next(iter(scored)))
                if len(scored) == 1 and state.mentions_words(sentence, (" and a",)):
                    self._second_measure(text, state, sentence, next(iter(scored)))
                if len(scored) > 1 and text.find("; ", sentence[0], sentence[1]) >= 0:
                    self._rows_after_a_semicolon(text, state, sentence)
            if len(scored) == 1:
                self._elliptical_values(text, state, sentence, next(iter(scored)))
            elif scored:  # "On A, X reaches a and Y b; on B ...": up to the next benchmark
                self._elliptical_values(text, state, sentence, "", bounded=scored)
            self._measure_rows(text, state, sentence, before)
            if text.startswith("On ", sentence[0]) and has_parenthesis:
                # (after the other rules: "... and a median of 0.61, outperforming Y (1.10)")
                self._bare_values_on_the_opening_data(text, state, sentence)
            if text.find("): ", sentence[0], sentence[1]) >= 0:
                self._measured_rows(text, state, sentence)
            if text.find(": ", sentence[0], sentence[1]) >= 0:
                self._benchmark_header_rows(text, state, sentence)
            if state.mentions_words(sentence, (" vs", " versus ")):
                self._table_lines_versus(text, state, sentence)
                if text.find(": on ", sentence[0], sentence[1]) >= 0:
                    self._versus_cells_after_a_colon(text, state, sentence)
                if scored:
                    self._versus_values_of_the_compared(text, state, sentence)
                if text.find("):", sentence[0], sentence[1]) >= 0:
                    self._versus_header_rows(text, state, sentence)
                self._named_row_then_bare_rows(text, state, sentence)
            if sized and _SIZED_MODEL_WORDS(text, sentence[0], sentence[1]):
                self._sized_values(text, state, sentence)
            self._unscored(text, state, sentence, scored)
            if (
                not scored
                and text.startswith(_TRAINED_WORDS, sentence[0])
                and (tuned := self._tuned_then_scored(text, state, sentence))
            ):
                # "..., X obtains 77.1%, against 76.3% for Y": the others' values too
                self._values_for_others(text, state, sentence, tuned)
            if benchmark is not None:
                self._on_introduced_benchmark(text, state, sentence, benchmark)
            if text.startswith(("On ", "For "), sentence[0]):
                self._fronted_values_for(text, state, sentence)
            if state.mentions_words(sentence, (" is ", " was ")):
                self._measure_is_value_for(text, state, sentence)
            if "respectively" in text[sentence[0] : sentence[1]]:
                self._pair_systems_respectively(text, state, sentence, benchmark)
                self._tested_list_respectively(text, state, sentence)
                self._systems_then_named_scores(text, state, sentence)
                # (after the pairings, which settle the first list's values)
                self._second_list_after_respectively(text, state, sentence)
            if state.mentions_words(sentence, (" from ",)):
                self._from_one_system_to_another(text, state, sentence)
                self._raised_from_to(text, state, sentence)
                self._per_system_moves(text, state, sentence)
                self._elliptical_from_to_rows(text, state, sentence)
                self._from_theirs_to_own(text, state, sentence)
                if text.startswith("Compared ", sentence[0]):
                    self._compared_from_to(text, state, sentence)
                self._from_one_benchmark_to_another(text, state, sentence)
            if state.mentions_words(sentence, ("these ", "the same ")):
                self._values_of_models_named_before(text, state, sentence)
            if state.mentions_words(sentence, ("the two ", "the three ", "the four ")):
                self._values_of_the_variants(text, state, sentence)
            if text.find(" / ", sentence[0], sentence[1]) >= 0:
                self._slash_table(text, state, sentence)
                self._systems_slash_header(text, state, sentence)
            if state.mentions_words(sentence, (" in parenthes",)):
                self._others_in_parentheses(text, state, sentence)
            if state.mentions_words(sentence, ("the same ", "the two models", "both models")):
                self._values_on_the_same_benchmarks(text, state, sentence)
            if text.find(" and ", sentence[0], sentence[1]) >= 0:
                self._listed_systems_values_on(text, state, sentence)
            if has_parenthesis:
                self._measures_in_parentheses(text, state, sentence)
                if not scored:
                    self._values_then_data_in_parentheses(text, state, sentence)
            if "further" in text[sentence[0] : sentence[1]]:
                self._further_to(text, state, sentence)
            if not scored and "respectively" in text[sentence[0] : sentence[1]]:
                self._respective_values_on_data_before(text, state, sentence, before)
            elif not scored and before is not None:
                self._rows_on_the_benchmarks_before(text, state, sentence, before)
        _scored_data_are_benchmarks(state)
        return doc

    def _values_then_data_in_parentheses(self, text: str, state: DocState, sentence) -> None:
        """ "Per-dataset scores are 97.8 (A), 92.5 (B), 71.4 mAP (C) and 58.9 (D)": a list of
        values, each with its benchmark in parentheses after it, all the subject's (or the
        paper's model's, when the sentence names none)."""
        cells = []
        for data in hits(state, sentence[0], sentence[1], DATA_TYPES):
            cell = _VALUE_THEN_PAREN.search(text, max(sentence[0], data.start - 40), data.start)
            if cell is not None and text.startswith(")", data.end):
                cells.append((data, cell))
        if len(cells) < 2 or len({data.name for data, _ in cells}) < len(cells):
            return
        # the cells must follow one another: "97.8 (A), 92.5 (B) and 58.9 (C)"
        for (before, _), (_, cell) in pairwise(cells):
            if not _CELL_GAP.fullmatch(text, before.end + 1, cell.start()):
                return
        for data, cell in cells:
            score = {"value": cell.group("value"), "metric": _metric(cell.group("metric"))}
            self._emit(state, sentence, data.start, data.name, **score)

    def _respective_values_on_data_before(
        self, text: str, state: DocState, sentence, before: tuple[int, int] | None
    ) -> None:
        """ "We report nDCG@10 on A and on B. X reaches 68.7 and 61.9, respectively, against
        66.4 and 58.2 for Y": a sentence that names no data gives its values, in order, on
        the data the sentence before tests on, and so does each compared system's row."""
        if before is None or hits(state, sentence[0], sentence[1], DATA_TYPES):
            return
        found = _SUBJECT_VALUES_RESPECTIVELY.search(text, sentence[0], sentence[1])
        if found is None:
            return
        values = re.findall(_NUMBER, found.group("values"))
        data = list({h.name: h for h in hits(state, before[0], before[1], DATA_TYPES)}.values())
        if len(data) != len(values) or not _TESTED_ON_BEFORE.search(
            text, max(before[0], data[0].start - 80), data[0].start
        ):
            return
        subject = hits(state, sentence[0], found.start("values"), AGENT_TYPES)
        if not subject:
            return
        for hit, value in zip(data, values, strict=True):
            self._add(state, sentence, subject[-1].name, hit.name, 0.6, value=value)
        rows = _rows_for(text, found.end(), sentence[1])
        for agent in hits(state, found.end(), sentence[1], AGENT_TYPES):
            row = rows.get(agent.start, [])
            if len(row) == len(data):
                for hit, value in zip(data, row, strict=True):
                    self._add(state, sentence, agent.name, hit.name, 0.6, value=value)

    def _rows_on_the_benchmarks_before(
        self, text: str, state: DocState, sentence, before: tuple[int, int]
    ) -> None:
        """ "X obtains 87.3 (A), 72.5 (B) and 88.6 (C). For reference, Y achieves 86.5,
        68.8 and 82.0, and Z 86.3, 75.5 and 84.1": a sentence that names no data gives each
        system's row of values, in order, on the benchmarks the sentence before scored."""
        if hits(state, sentence[0], sentence[1], DATA_TYPES):
            return
        self._rows_on_scored_columns(text, state, sentence, before, sentence[0])

    def _systems_then_named_scores(self, text: str, state: DocState, sentence) -> None:
        """ "A, B and the merged C achieve AlpacaEval 2 win rates of 52.1%, 49.3% and 55.8%,
        respectively, and Arena-Hard scores of 51.0, 54.6 and 58.3": the listed subjects'
        values on each benchmark that names the measure, in order."""
        subjects: list = []
        for data in hits(state, sentence[0], sentence[1], DATA_TYPES):
            found = _NAMED_SCORES_LIST.match(text, data.end, sentence[1])
            if found is None:
                continue
            values = re.findall(_NUMBER, found.group("values"))
            if not subjects:
                if not _RESPECTIVELY_AFTER.match(text, found.end("values")):
                    continue
                agents = hits(state, sentence[0], data.start, AGENT_TYPES)
                verb = _SUBJECTS_VERB.search(text, sentence[0], data.start)
                if not agents or verb is None or agents[-1].end != verb.start():
                    continue
                for first in range(len(agents)):
                    group = listed(text, agents[first:], _SUBJECT_LIST_GAP)
                    if group[-1] is agents[-1] and len(group) > 1:
                        subjects = group
                        break
            if len(subjects) != len(values):
                continue
            for agent, value in zip(subjects, values, strict=True):
                self._add(state, sentence, agent.name, data.name, 0.7, value=value)

    def _rows_after_a_semicolon(self, text: str, state: DocState, sentence) -> None:
        """ "X obtains an A win rate of 28.4% and a B score of 7.72; Y reaches 41.6% and
        8.47": after the semicolon, a system's row of values on the benchmarks the clause
        before scored, in order."""
        cut = text.find("; ", sentence[0], sentence[1])
        if cut < 0 or hits(state, cut, sentence[1], DATA_TYPES):
            return
        self._rows_on_scored_columns(text, state, sentence, (sentence[0], cut), cut)

    def _rows_on_scored_columns(
        self, text: str, state: DocState, sentence, columns_span: tuple[int, int], start: int
    ) -> None:
        """Each system after ``start`` followed by a row of as many values as the benchmarks
        that got a value in ``columns_span`` gets them, in the order those were named."""
        scored = {
            r.tail
            for r in state.relations
            if r.rel == EVALUATED_ON
            and r.value is not None
            and r.sentence[0] <= columns_span[0] < r.sentence[1]
        }
        columns = list(
            dict.fromkeys(
                h.name
                for h in hits(state, columns_span[0], columns_span[1], DATA_TYPES)
                if h.name in scored
            )
        )
        if len(columns) < 2:
            return
        for agent in hits(state, start, sentence[1], AGENT_TYPES):
            row = _AGENT_ROW.match(text, agent.end, sentence[1])
            if row is None:
                continue
            values = re.findall(_NUMBER, row.group("values"))
            if len(values) == len(columns):
                for bench, value in zip(columns, values, strict=True):
                    self._add(state, sentence, agent.name, bench, 0.6, value=value)

    def _further_to(self, text: str, state: DocState, sentence) -> None:
        """ "X lowers WER from 38.4% to 21.7% on B, and a language model further improves it
        to 18.9%": the new value is on the same benchmark, for the system the clause names
        before "further" ("while Z further lifts it to 66.0"), else the one scored before."""
        for found in _FURTHER_TO.finditer(text, sentence[0], sentence[1]):
            earlier = [
                r
                for r in state.relations
                if r.rel == EVALUATED_ON
                and r.sentence == sentence
                and r.value
                and text.find(r.value, sentence[0], found.start()) >= 0
            ]
            if not earlier or any(r.value == found.group("value") for r in earlier):
                continue
            last = max(earlier, key=lambda r: text.rfind(r.value, sentence[0], found.start()))
            clause = max(
                text.rfind(", ", sentence[0], found.start()),
                text.rfind("; ", sentence[0], found.start()),
            )
            named = hits(state, max(clause, sentence[0]), found.start(), AGENT_TYPES)
            head = named[-1].name if named else last.head
            score = {"value": found.group("value"), "metric": last.metric}
            self._add(state, sentence, head, last.tail, 0.5, **score)

    def _listed_systems_values_on(self, text: str, state: DocState, sentence) -> None:
        """ "InternVL3-8B and Qwen2.5-VL-7B reach 62.7 and 58.6 on MMMU": as many values as
        listed systems, then one benchmark: in order, "respectively" or not."""
        agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        i = 0
        while i < len(agents) - 1:
            group = listed(text, agents[i:])
            i += len(group)
            found = (
                _VALUES_THEN_ON.match(text, group[-1].end, sentence[1]) if len(group) > 1 else None
            )
            if found is None:
                continue
            numbers = re.findall(_NUMBER, found.group("values"))
            data = hits(state, found.end(), sentence[1], DATA_TYPES)
            if len(numbers) != len(group) or not data or data[0].start != found.end():
                continue
            pairs = {h.name: n for h, n in zip(group, numbers, strict=True)}
            self._settle(  # over single-system readings of the list ("Y ... 58.6 on B")
                state,
                sentence,
                [(name, data[0].name, value) for name, value in pairs.items()],
                0.65,
                lambda r, pairs=pairs, numbers=numbers: r.head in pairs and r.value in numbers,
            )

    def _values_on_the_same_benchmarks(self, text: str, state: DocState, sentence) -> None:
        """ "Y reaches 61.3 and 63.0 on the same two benchmarks": the last benchmarks named
        before, in order; "We fine-tune A and B ..., producing X1 and X2. The two models score
        83.1 and 71.4 on C and 92.0 and 86.7 on D, respectively": the models of the sentence
        before, in order, on each named benchmark."""
        agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        data = hits(state, 0, sentence[1], DATA_TYPES)
        for same in _ON_THE_SAME.finditer(text, sentence[0], sentence[1]):
            values = _VALUE_LIST_RE.search(text, max(sentence[0], same.start() - 40), same.start())
            if values and (
                _POINTS_RIGHT_AFTER.match(text, values.end())
                or _GAINS_BEFORE.search(text, max(sentence[0], values.start() - 12), values.start())
            ):
                continue  # "Y gains 1.9 and 2.6 points on the same splits": changes
            numbers = re.findall(_NUMBER, values.group(0)) if values else []
            subject = [h for h in agents if values and h.end <= values.start()][-1:]
            counted = same.group("count") or not same.group("what")
            if same.group("what2") and values:
                # "A obtains a (B), b (C) and c (D), whereas X reaches d, e and f on the
                # same splits": as many benchmarks named in this sentence as values
                here = {h.name for h in data if sentence[0] <= h.start < values.start()}
                counted = len(here) < len(numbers)
            if not counted and (
                not values or _METRIC_IN.search(text, values.start(), same.start())
            ):
                continue  # "85.8% and 51.2 mIoU on the same benchmarks": which ones is unsure
            wanted = _COUNT_WORDS.get(same.group("count"), 1) if counted else len(numbers)
            names: list[str] = []
            for hit in reversed([h for h in data if h.end <= (values.start() if values else 0)]):
                if hit.name not in names:
                    names.insert(0, hit.name)
                if len(names) == wanted:
                    break
            if not counted:
                # "A on B and C on D (...), matching Y on B. Z reaches c and d on the same
                # benchmarks": in the order the results gave them, not the last mentions'
                names = _in_order_of_results(state, sentence, names)
            if same.group("what2") and len(names) == 1:
                # "Y obtains 1.7 and 3.3 on the same splits": both on the benchmark before
                names = names * len(numbers)
            count = len(names)
            if subject and len(numbers) == count == len(names):
                for bench, value in zip(names, numbers, strict=True):
                    self._add(state, sentence, subject[0].name, bench, 0.6, value=value)
        if not _THE_MODELS_OPEN.match(text, sentence[0]):
            return
        earlier = [s for s in state.sentences if s[1] <= sentence[0]][-1:]
        models = hits(state, earlier[0][0], earlier[0][1], ("Model",)) if earlier else []
        own = [listed(text, models[i:]) for i in range(len(models))]
        for found in _VALUES_ON_NAME.finditer(text, sentence[0], sentence[1]):
            numbers = re.findall(_NUMBER, found.group("values"))
            groups = [g for g in own if len(g) == len(numbers)]
            bench = [h for h in hits(state, found.end(), sentence[1], DATA_TYPES)]
            if groups and bench and bench[0].start == found.end():
                for model, value in zip(groups[-1], numbers, strict=True):
                    self._add(state, sentence, model.name, bench[0].name, 0.6, value=value)

    def _slash_table(self, text: str, state: DocState, sentence) -> None:
        """ "Reading the scores as A / B / C, X obtains 68.9 / 74.2 / 71.5, versus 61.3 /
        66.0 / 65.8 for Y": a table header of benchmarks, then each system's row of values
        in the same order (the system before its row, or after "for")."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        header: list = []
        for hit in data:
            if header and _joined(text, header[-1], hit):
                header.append(hit)
            elif len(header) < 2:
                header = [hit]
        if len(header) < 2:
            return
        agents = hits(state, header[-1].end, sentence[1], AGENT_TYPES)
        for row in _SLASH_ROW.finditer(text, header[-1].end, sentence[1]):
            values = re.findall(_NUMBER, row.group(0))
            if len(values) != len(header):
                continue
            after = _FOR_AFTER.match(text, row.end())
            named = [h for h in agents if after and h.start == after.end()]
            if after and not named:
                continue  # "... for SAN": a system no rule found, not the one before
            named = named or [h for h in agents if h.end <= row.start()][-1:]
            if (
                not named
                and _IS_BETWEEN.fullmatch(text, header[-1].end, row.start())
                and (own := _pronoun_referent(state, sentence)) is not None
            ):
                # "the mIoU on A / B / C is 16.9 / 25.1 / 38.4, against ... for Y": the
                # paper's model's row, no name given
                name = own.name
            elif not named or any(named[0].end < h.start < row.start() for h in data):
                continue
            else:
                name = named[0].name
            self._settle(  # over other rules' readings of the row ("65.8 on FinQA")
                state,
                sentence,
                [(name, bench.name, value) for bench, value in zip(header, values, strict=True)],
                0.6,
                lambda r, name=name, values=values: r.head == name and r.value in values,
            )

    def _systems_slash_header(self, text: str, state: DocState, sentence) -> None:
        """ "Results, given as X / Y / Z, are: A 72.4 / 70.2 / 69.1; B 78.9 / 74.8 / 63.8":
        a header of systems, then each benchmark's row of their values in that order."""
        agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        header: list = []
        for hit in agents:
            if header and _SLASH_GAP.fullmatch(text, header[-1].end, hit.start):
                header.append(hit)
            elif len(header) < 2:
                header = [hit]
        if len(header) < 2:
            return
        readings = []
        for bench in hits(state, header[-1].end, sentence[1], DATA_TYPES):
            row = _SLASHED_ROW.match(text, bench.end, sentence[1])
            values = re.findall(_NUMBER, row.group("values")) if row else []
            if len(values) == len(header):
                readings += [(h.name, bench.name, v) for h, v in zip(header, values, strict=True)]
        if readings:
            self._settle_rows(state, sentence, readings)

    def _values_of_models_named_before(self, text: str, state: DocState, sentence) -> None:
        """ "We instantiate it with A, B, C and D. On B, it resolves 41.2%, 52.6%, 45.0% and
        30.8% of issues with these backbones respectively, compared with 33.2%, ... when the
        same models drive ...": each list of values pairs with the models listed in the
        sentence before, in order."""
        said = _THESE_MODELS_RESPECTIVELY.search(text, sentence[0], sentence[1])
        if said is None:
            return
        lists = [
            (found, re.findall(_NUMBER, found.group(0)))
            for found in _VALUE_LIST_RE.finditer(text, sentence[0], sentence[1])
        ]
        if not lists or lists[0][0].start() > said.start():
            return
        count = len(lists[0][1])
        earlier = [s for s in state.sentences if s[1] <= sentence[0]][-1:]
        models = hits(state, earlier[0][0], earlier[0][1], ("Model",)) if earlier else []
        groups = [listed(text, models[i:], _LIST_GAP_WITH_WORD) for i in range(len(models))]
        groups = [g for g in groups if len(g) == count]
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        fronted = _FRONTED_BENCH.match(text, sentence[0])
        bench = [h for h in data if fronted and h.start == fronted.end()]
        bench = bench or [h for h in data if _ON_AFTER.fullmatch(text, lists[0][0].end(), h.start)]
        if not groups or not bench:
            return
        paired = {h.name for h in groups[-1]}
        values = {n for _, numbers in lists if len(numbers) == count for n in numbers}
        scores = [
            (model.name, bench[0].name, value)
            for _, numbers in lists
            if len(numbers) == count
            for model, value in zip(groups[-1], numbers, strict=True)
        ]
        # over the subject's reading of the list's first value
        self._settle(
            state, sentence, scores, 0.6, lambda r: r.value in values and r.head not in paired
        )

    def _values_of_the_variants(self, text: str, state: DocState, sentence) -> None:
        """ "We release PointLite-S and PointLite-B. ... On S3DIS the two variants score 69.7
        and 72.0 mIoU respectively": one value per variant of the family named before, in
        the order the paper first named them."""
        said = _THE_VARIANTS_VALUES.search(text, sentence[0], sentence[1])
        if said is None:
            return
        values = re.findall(_NUMBER, said.group("values"))
        if len(values) != _COUNT_WORDS[said.group("count").lower()]:
            return
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        fronted = _FRONTED_BENCH.match(text, sentence[0])
        bench = [h for h in data if fronted and h.start == fronted.end()]
        bench = bench or [
            h for h in data if _ON_AFTER.match(text, said.end()) and h.start > said.end()
        ]
        if not bench:
            return
        families: dict[str, list[str]] = {}
        last_seen: dict[str, int] = {}
        for model in hits(state, 0, sentence[0], ("Model",)):
            stem, dash, _ = model.name.rpartition("-")
            if dash and len(stem) >= 3:
                if model.name not in families.setdefault(stem, []):
                    families[stem].append(model.name)
                last_seen[stem] = model.start
        fitting = [stem for stem, names in families.items() if len(names) == len(values)]
        if not fitting:
            return
        # the paper's own family first ("ForgeCoder-1.5B, -7B and -14B are trained from
        # DeepSeek-R1-Distill-Qwen-1.5B, -7B and -14B"), then the one named last
        own = {e.name for e in introduced_by_paper(state)}

        def rank(stem: str) -> tuple[bool, int]:
            return (stem in own or bool(own.intersection(families[stem])), last_seen[stem])

        members = families[max(fitting, key=rank)]
        scores = [(name, bench[0].name, value) for name, value in zip(members, values, strict=True)]
        self._settle(state, sentence, scores, 0.6, lambda r: r.value in values)

    def _compared_from_to(self, text: str, state: DocState, sentence) -> None:
        """ "Compared with the original Y, X reduces the WER on B from 38.6% to 14.2%": the
        value it starts from is Y's (the one it reaches, X's, other rules read)."""
        fronted = COMPARED_OPENER.match(text, sentence[0], sentence[1])
        others = hits(state, sentence[0], fronted.end(), AGENT_TYPES) if fronted else []
        if len(others) != 1:
            return
        for hit in hits(state, fronted.end(), sentence[1], DATA_TYPES):
            if found := _LATER_FROM_TO.match(text, hit.end, sentence[1]):
                self._add(state, sentence, others[0].name, hit.name, 0.6, value=found.group(1))

    def _raised_from_to(self, text: str, state: DocState, sentence) -> None:
        """ "it raises Y from 69.7 to 76.0 on B and Z from 79.5 to 83.3": a method applied
        to existing models, each named with its result before and after, on B; "On B, Y
        improves from 65.2 to 67.9" when the paper did not make Y (a model it made, "X
        climbs from 48.0 to 61.8", starts from its base's value, not its own)."""
        own = introduced_by_paper(state)
        bench = None
        for model in hits(state, sentence[0], sentence[1], ("Model",)):
            raised = _RAISES_BEFORE.search(text, max(sentence[0], model.start - 40), model.start)
            chained = bench is not None and _AND_BEFORE.search(
                text, max(sentence[0], model.start - 8), model.start
            )
            rises = _RISES_FROM.match(text, model.end) if model.entity not in own else None
            found = _FROM_TO_VALUES.match(text, model.end)
            if rises is not None:
                found = _FROM_TO_VALUES.match(text, rises.end())
            if found is None or not (raised or chained or rises):
                continue
            data = hits(state, found.end(), sentence[1], DATA_TYPES)
            pairs = [found.group(1, 2)]
            chained = (
                _MEASURE_THEN_MORE_MOVES.match(text, found.end(), data[0].start) if data else None
            )
            if data and _ON_AFTER.fullmatch(text, found.end(), data[0].start):
                bench = data[0].name
            elif chained is not None and _ON_AFTER.fullmatch(text, chained.end(), data[0].start):
                # "improves from 8.01% to 7.12% EER and from 0.447 to 0.403 minDCF on B"
                bench = data[0].name
                pairs += _FROM_TO_PAIR.findall(text, found.end(), chained.end())
            elif rises is not None and (fronted := _FRONTED_BENCH.match(text, sentence[0])):
                opened = hits(state, fronted.end(), sentence[1], DATA_TYPES)
                bench = opened[0].name if opened and opened[0].start == fronted.end() else bench
            elif (
                bench is None
                and len(named := hits(state, sentence[0], model.start, DATA_TYPES)) == 1
            ):
                # "Experiments on B demonstrate ..., boosting the success rate of Y from a to b"
                bench = named[0].name
            if bench is None:
                continue
            moves = [(bench, values) for values in pairs]
            at = data[0].end if data and bench == data[0].name else -1
            while at >= 0 and (more := _AND_FROM_TO_ON.match(text, at, sentence[1])):
                # "from 82.72 to 85.10 on A testA and from 64.82 to 68.37 on B testB": the
                # next benchmark's move
                following = [h for h in data if h.start == more.end()]
                if not following:
                    break
                moves.append((following[0].name, more.group(1, 2)))
                at = following[0].end
            method = _method_opener(state, sentence)
            for bench, values in moves:
                if raised is not None:
                    subject = hits(state, sentence[0], raised.start(), AGENT_TYPES)[-1:]
                    if subject and _SUBJECT_GAP.fullmatch(text, subject[0].end, raised.start()):
                        # "RRLS raises the success rate of Y from a to b": b is RRLS's (read
                        # by other rules), a is Y's own
                        values = values[:1]
                elif method is not None and rises is not None:
                    # "With M, Y improves from a to b on B": a is Y's own, b is M's on Y
                    self._add(state, sentence, method, bench, 0.6, value=values[1])
                    values = values[:1]
                for value in values:
                    self._add(state, sentence, model.name, bench, 0.6, value=value)

    def _pair_systems_respectively(
        self, text: str, state: DocState, sentence, introduced: str | None
    ) -> None:
        """ "X achieves 58.2 on B, while Y and Z reach 51.6 and 44.3 respectively": with no
        benchmark after the values, they are Y's and Z's on the one the clause before scored
        (else on the benchmark the paper introduces); other readings of those values, which
        rules for single systems made, are dropped."""
        agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        values = self._respective_values(text, sentence, agents)
        if not values:
            self._pair_data_before_respectively(text, state, sentence, agents)
            return
        first = min(values)
        last = max(h.end for h in agents if h.start in values)
        said = text.find("respectively", last, sentence[1])
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        if any(last < h.start < said for h in data):
            return  # "... 56.7 and 38.9 on B, respectively": read by _systems_respectively
        before = [
            h
            for h in data
            if h.end <= first and _ON_BEFORE.search(text, max(0, h.start - 9), h.start)
        ]
        # ("On the generation tasks of B, X and Y obtain ...": the one benchmark named first)
        opener = [h for h in data if h.end <= min(h.start for h in agents if h.start in values)]
        bench = before[-1].name if before else opener[0].name if len(opener) == 1 else introduced
        if bench is None:
            return
        paired = {h.name: values[h.start] for h in agents if h.start in values}
        scores = [(name, bench, value) for name, value in paired.items()]
        self._settle(state, sentence, scores, 0.7, lambda r: r.head in paired)

    def _value_on_its_test_set(self, text: str, state: DocState, sentence) -> None:
        """ "After fine-tuning on B, X achieves 76.8 MRR on its test set": the test set of
        the data the sentence opened with, the subject's value there."""
        opener = _TUNED_ON.match(text, sentence[0]) or _AFTER_TUNING_ON.match(text, sentence[0])
        if opener is None:
            return
        data = hits(state, opener.end(), sentence[1], DATA_TYPES)
        if not data or data[0].start != opener.end():
            return
        for found in _VALUE_ON_ITS_TEST_SET.finditer(text, data[0].end, sentence[1]):
            subject = hits(state, data[0].end, found.start(), AGENT_TYPES)[:1]
            if subject:
                self._add(state, sentence, subject[0].name, data[0].name, 0.7, value=found[1])

    def _value_on_its_other_split(self, text: str, state: DocState, sentence) -> None:
        """ "81.6 on the HaluEval QA split and 77.9 on its dialogue split": the second value
        is the same system's on the same benchmark."""
        for found in _ON_ITS_OTHER_SPLIT.finditer(text, sentence[0], sentence[1]):
            for r in list(state.relations):
                if (
                    r.rel == EVALUATED_ON
                    and r.sentence == sentence
                    and r.value == found.group("first")
                    and any(h.name == r.tail for h in hits(state, found.start(), found.end()))
                ):
                    self._add(state, sentence, r.head, r.tail, 0.6, value=found.group("second"))
                    break

    def _tested_list_respectively(self, text: str, state: DocState, sentence) -> None:
        """ "We benchmark A, B, C and D on B and find that their rank-1 accuracies drop to
        31.5%, 29.8%, 35.2% and 44.7%, respectively": the systems listed and tested on one
        benchmark, each its value in order."""
        agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        for i in range(len(agents)):
            group = listed(text, agents[i:])
            tested = _ON_GAP.match(text, group[-1].end) if len(group) > 1 else None
            data = hits(state, tested.end(), sentence[1], DATA_TYPES) if tested else []
            if not data or data[0].start != tested.end():
                continue
            found = _VALUES_RESPECTIVELY.search(text, data[0].end, sentence[1])
            values = re.findall(_NUMBER, found.group("values")) if found else []
            if len(values) != len(group) or hits(state, data[0].end, found.start()):
                return
            scores = [(h.name, data[0].name, v) for h, v in zip(group, values, strict=True)]
            self._settle(state, sentence, scores, 0.7, lambda r, values=values: r.value in values)
            return

    def _pair_data_before_respectively(
        self, text: str, state: DocState, sentence, agents: list
    ) -> None:
        """ "evaluated on A and B, where X obtains 4.6% and 11.9% WER respectively": one
        system's values pair with the data listed before it, in order."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        for agent in agents:
            found = _RESPECTIVE_VALUES.match(text, agent.end, sentence[1])
            if found is None:
                continue
            numbers = re.findall(_NUMBER, found.group("values"))
            groups = [listed(text, data[i:]) for i, h in enumerate(data) if h.end <= agent.start]
            groups = [g for g in groups if len(g) == len(numbers) and g[-1].end <= agent.start]
            if not groups or any(agent.start < h.start < found.end() for h in data):
                continue
            scores = [(agent.name, h.name, n) for h, n in zip(groups[-1], numbers, strict=True)]
            self._settle(state, sentence, scores, 0.7, lambda r, name=agent.name: r.head == name)

    def _on_introduced_benchmark(
        self, text: str, state: DocState, sentence: tuple[int, int], benchmark: str
    ) -> None:
        """A benchmark paper's results rarely repeat its name: "we test X and Y on it",
        "X resolves 41.3% of the issues" are results on the benchmark it introduces (not
        the sentence that introduces it, "a benchmark of 500 tasks", without a result)."""
        if "benchmarks" in text[sentence[0] : sentence[1]] and any(
            e.name == benchmark and e.type == "Dataset" for e in state.entities.values()
        ):
            return  # "... compared to Y across 15 benchmarks": not the dataset the paper made
        introducing = any(
            r.rel == "introduces" and r.tail == benchmark and r.sentence == sentence
            for r in state.relations
        )
        if (
            introducing
            and not _ACHIEVED.search(text, sentence[0], sentence[1])
            and not _TEST_VERB.search(text, sentence[0], sentence[1])
        ):
            return
        # other data the sentence names, unless only as what a system was trained on ("...
        # scores 29.0% even though it was trained on nuScenes")
        # (after the sentence that introduces it, the benchmark itself is no other: "B
        # remains far from saturated: the best model, X, attains 62.8")
        others = [
            h
            for h in hits(state, sentence[0], sentence[1], DATA_TYPES)
            if (h.name != benchmark or introducing)
            and not _TRAINED_ON_BEFORE.search(text, max(sentence[0], h.start - 30), h.start)
        ]
        if others and not _ON_IT.search(text, sentence[0], sentence[1]):
            tested = _TESTED.search(text, sentence[0], sentence[1])
            if tested is None or benchmark not in {
                h.name for h in hits(state, sentence[0], tested.start(), DATA_TYPES)
            }:
                return
        tested = _TESTED.search(text, sentence[0], sentence[1])
        if tested and text.startswith((" whether", " if "), tested.end()):
            tested = None  # "To test whether data can close the gap, we fine-tune Y": no test
        # "SWE-agent with GPT-4o resolves 31.0%": the backbone after "with" is no result's
        named = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        agents = [
            hit
            for i, hit in enumerate(named)
            if not (i and _BACKBONE_GAP.fullmatch(text, named[i - 1].end, hit.start))
        ]
        values = self._respective_values(text, sentence, agents)
        # "34.1% for Y": a value right before a name, found once per name
        value_for = {
            hit.start: found
            for hit in agents
            if (
                found := _VALUE_FOR_BEFORE.search(text, max(sentence[0], hit.start - 30), hit.start)
            )
        }
        if len(value_for) > 1:
            # "accuracy is 71.4% for A, 66.0% for B, ...": each value is the name's after it
            values.update({start: found.group(1) for start, found in value_for.items()})
        for hit in agents:
            # "reaching 37.0% CoER (AraBEST-RQ 300M) and 38.0% CVER (Whisper-medium)"
            before = _VALUE_THEN_AGENT.search(text, max(sentence[0], hit.start - 40), hit.start)
            if (before and text.startswith(")", hit.end)) or (
                (before := value_for.get(hit.start))
                and _OTHERS_CUE.search(text, sentence[0], before.start())
            ):
                values[hit.start] = before.group(1)
        for i, hit in enumerate(agents):
            if hit.start in values:
                continue
            stop = agents[i + 1].start if i + 1 < len(agents) else sentence[1]
            for value in _RESULT_VALUE.finditer(text, hit.end, stop):
                number = value.group(1) or value.group(2)
                if _THRESHOLD_BEFORE.search(text, max(0, value.start() - 12), value.start()):
                    break  # "achieve over 70% accuracy", "remain below 40%": a bound, no score
                if (
                    value.group(2)
                    and not _RESULT_WORDS.search(text, hit.end, value.start())
                    # "the ranking is GPT-4o (71.8), Qwen2-VL-72B (69.5)": each name's
                    # result in parentheses after it, in a sentence about results
                    and not (
                        text[hit.end : value.start()] == " ("
                        and text.startswith(")", value.end())
                        and (
                            _RESULT_WORDS.search(text, sentence[0], agents[0].start)
                            # "well above Y (0.471)": the compared system's own result;
                            # "followed by Y (52.3)": the next of a ranking
                            or _COMPARED_JUST_BEFORE.search(
                                text, max(sentence[0], hit.start - 40), hit.start
                            )
                            or text.endswith("followed by ", sentence[0], hit.start)
                            # "followed by X (88.0) and Y (86.7)": the ranking goes on
                            or (
                                text.endswith((", ", " and "), sentence[0], hit.start)
                                and text.find("followed by ", sentence[0], hit.start) >= 0
                            )
                        )
                    )
                    # "X leads with 62.4, followed by Y at 59.8": the next of a ranking
                    and not (
                        text[hit.end : value.start()] == " at "
                        and (
                            text.endswith(
                                "followed by ", max(sentence[0], hit.start - 12), hit.start
                            )
                            # "..., followed by Y at 58.9 and Z at 52.4": the ranking goes on
                            or (
                                text.endswith((", ", " and "), sentence[0], hit.start)
                                and text.find("followed by ", sentence[0], hit.start) >= 0
                            )
                        )
                    )
                    # "results are GPT-4o: 38.2 BLEU, ...": a system's value after a colon
                    and text[hit.end : value.start()].strip() != ":"
                    # "success rates are: A 38.2, B 31.7 and C 2.1": a row of name-value
                    # cells after the words of a result
                    and not (
                        text[hit.end : value.start()] == " "
                        and _ROW_CELL_END.match(text, value.end())
                        and _RESULT_WORDS.search(text, sentence[0], agents[0].start)
                    )
                    # "X reaches 71.4 and Y 63.2": the verb of the system before, gapped
                    and not (values and not text[hit.end : value.start()].strip())
                ):
                    continue  # a bare decimal counts only after a result verb
                if not _is_delta(text, value.start(), hit.end):
                    owner = hit
                    if (
                        i
                        and agents[i - 1].start not in values
                        and _MADE_FROM_GAP.fullmatch(text, agents[i - 1].end, hit.start)
                    ):
                        owner = agents[i - 1]  # "X, built on Y with RL, scores 47.2": X's
                    values[owner.start] = number
                    break
        # values a pairing rule gave out ("A and B lag behind (38.6% and 41.2%)")
        paired = {
            (r.tail, r.value)
            for r in state.relations
            if r.rel == EVALUATED_ON and r.sentence == sentence and r.value
        }
        given = {value for _, value in paired}
        for hit in agents:
            if hit.start in values:
                # (a value the sentence already gave on other named data is not this one's)
                if values[hit.start] not in given:
                    self._add(state, sentence, hit.name, benchmark, 0.45, value=values[hit.start])
            elif tested is not None and hit.start > tested.start():
                self._add(state, sentence, hit.name, benchmark, 0.5)

    def _emit_aligned(
        self, state: DocState, sentence, group: list, written: str, scored: set[str], **score
    ) -> bool:
        """One value per name of a slash list ("A/B (71.2/64.0)"), in order; False, and
        nothing emitted, when the counts differ."""
        values = re.findall(_NUMBER, written)
        if len(values) != len(group):
            return False
        for member, value in zip(group, values, strict=True):
            self._emit(state, sentence, member.start, member.name, value=value, **score)
            scored.add(member.name)
        return True

    def _sized_values(self, text: str, state: DocState, sentence) -> None:
        """Results of models named by their size: "and the 0.6B model scores 66.9" (on the
        benchmark the sentence scored before), "BEIR is 54.0 and 57.4 for the 0.6B and 4B
        models"."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        for said in _SIZE_SUBJECT_VALUE.finditer(text, sentence[0], sentence[1]):
            models = sized_models(text, state, sentence[0], said.end("ref"))
            before = [h for h in data if h.end <= said.start()]
            if len(models) == 1 and before and not _is_delta(text, said.start("value")):
                self._add(
                    state, sentence, models[0].name, before[-1].name, 0.6, value=said.group("value")
                )
        for hit in data:
            said = _VALUES_FOR_SIZES.match(text, hit.end, sentence[1])
            if said is None:
                continue
            models = sized_models(text, state, sentence[0], said.end())
            values = re.findall(_NUMBER, said.group("values"))
            if models and len(models) == len(values):
                for model, value in zip(models, values, strict=True):
                    self._add(state, sentence, model.name, hit.name, 0.6, value=value)

    def _from_one_benchmark_to_another(self, text: str, state: DocState, sentence) -> None:
        """ "Accuracy drops from A to B: X falls from 42.9 to 33.0, Y from 82.5 to 71.8,
        whereas Z (79.6 vs. 77.9) holds": each system's first value is on A, its second on B."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        pair = next(
            (
                (first, second)
                for first, second in pairwise(data)
                if first.entity is not second.entity
                and text.endswith("from ", sentence[0], first.start)
                and _TO_GAP.fullmatch(text, first.end, second.start)
            ),
            None,
        )
        if pair is None:
            return
        for agent in hits(state, pair[1].end, sentence[1], AGENT_TYPES):
            found = _FROM_VALUE_TO_VALUE.match(text, agent.end, sentence[1])
            if found is None:
                continue
            values = (found.group("a") or found.group("a2"), found.group("b") or found.group("b2"))
            for bench, value in zip(pair, values, strict=True):
                self._add(state, sentence, agent.name, bench.name, 0.6, value=value)

    def _result_after_tested_sentence(self, text: str, state: DocState, sentence, before) -> None:
        """ "We evaluate X on the B benchmark. It achieves 71.2% accuracy, ...": a result
        that names no data is on the one benchmark the sentence before tests on."""
        opens = _NAME_OR_IT_THEN_RESULT.match(text, sentence[0], sentence[1])
        if opens is None:
            return
        bench = _data_tested_in(text, state, before)
        if bench is None:
            return
        if any(r.rel == EVALUATED_ON and r.sentence == before and r.value for r in state.relations):
            return  # the sentence before reads its own result
        named = hits(state, sentence[0], opens.end(), AGENT_TYPES)
        if named and named[0].start == sentence[0]:
            subject = named[0].name
        elif opens.group("it") and (referent := _pronoun_referent(state, sentence)) is not None:
            subject = referent.name
        else:
            return
        result = _clause_result(text, opens.end(), sentence[1])
        if result is None:
            return
        self._add(state, sentence, subject, bench, 0.5, **result)
        at = _value_end(text, result, opens.end(), sentence[1])
        given = 1
        while second := _AND_METRIC_OF.match(text, at + len(_PERCENT_OR_UNIT.match(text, at)[0])):
            # "It achieves an AUROC of 0.842 and F1 of 0.517" ("a similarity of 0.61, a
            # UTMOS of 4.12 and a WER of 2.8%": each)
            metric = _metric(second.group("short") or second.group(1))
            self._add(state, sentence, subject, bench, 0.5, value=second["value"], metric=metric)
            given += 1
            at = second.end()
        if given > 1:
            # "..., against 0.48, 3.70 and 3.9% for Y and ...": each compared row in order
            rows = _rows_for(text, at, sentence[1])
            for other in hits(state, at, sentence[1], AGENT_TYPES):
                if len(row := rows.get(other.start, [])) == given:
                    for value in row:
                        self._add(state, sentence, other.name, bench, 0.5, value=value)
        self._compared_values_in_parentheses(state, sentence, at, bench)

    def _compared_values_in_parentheses(
        self, state: DocState, sentence: tuple[int, int], at: int, bench: str
    ) -> None:
        """ "..., outperforming Y (AUROC 0.811) and Z (0.786)": each system compared after
        ``at``, with its value in parentheses, on ``bench``."""
        text = state.text
        cue = _OTHERS_CUE.search(text, at, sentence[1])
        for other in hits(state, cue.end() if cue else sentence[1], sentence[1], AGENT_TYPES):
            if own := _OWN_PAREN_VALUE.match(text, other.end, sentence[1]):
                score = {"value": own["value"], "metric": _metric(own["metric"])}
                self._add(state, sentence, other.name, bench, 0.5, **score)

    def _sibling_after_scored_sentence(
        self, text: str, state: DocState, sentence, before, opens: re.Match[str]
    ) -> None:
        """ "X-S1 attains 78.3% ImageNet top-1 accuracy, ... . The larger X-S3 reaches 81.5%
        at 1.62 ms, exceeding Y (80.6%)": a sentence that names no data, opened by a sibling
        of a model the sentence before scored on one benchmark, goes on with that benchmark."""
        scored = [
            r for r in state.relations if r.rel == EVALUATED_ON and r.sentence == before and r.value
        ]
        if len({r.tail for r in scored}) != 1:
            return
        named = hits(state, opens.start("name"), opens.end("name"), (MODEL,))
        if not named or named[0].start != opens.start("name"):
            return
        family = _FAMILY_TAIL.sub("", named[0].name)
        if not any(_FAMILY_TAIL.sub("", r.head) == family != r.head for r in scored):
            return
        result = _clause_result(text, opens.end(), sentence[1])
        if result is None:
            return
        bench = scored[0].tail
        self._add(state, sentence, named[0].name, bench, 0.5, **result)
        at = _value_end(text, result, opens.end(), sentence[1])
        self._compared_values_in_parentheses(state, sentence, at, bench)

    def _name_value_list(
        self, text: str, state: DocState, sentence, introduced: str | None = None
    ) -> set[str]:
        """ "accuracy on LVUE is: Gemini 1.5 Pro 56.1, GPT-4o 54.3, InternVL2-26B 41.0": a
        table in prose, each system's value right after its name, on the one benchmark
        named before the colon (in a benchmark paper, "Results are: ..." without a name is
        on the benchmark it introduces)."""
        colon = text.find(": ", sentence[0], sentence[1])
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        before = {h.name for h in data if h.end <= colon}
        if not data and _RESULTS_HEAD.search(text, sentence[0], colon):
            # "We fine-tune A, B and C on D. The results are (macro F1): A 68.2, B ...": on
            # the data the sentence before tests on, else on the benchmark the paper made
            at = state.sentences.index(sentence)
            tested = _data_tested_in(text, state, state.sentences[at - 1]) if at else None
            if tested is not None or introduced is not None:
                before = {tested or introduced}
        if not before:
            # "X posts the following scores: MMMU (val) 54.1, MathVista (testmini) 63.0 and
            # ChartQA 85.6": the one system before the colon, each benchmark's value after it
            agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
            subject = [h for h in agents if h.end <= colon]
            cells = [
                (bench, cell)
                for bench in data
                if (cell := _LISTED_BENCH_VALUE.match(text, bench.end, sentence[1]))
            ]
            # (a system named after the list is compared: "..., improving over Y by 4 points")
            if (
                len(subject) != 1
                or len(cells) < 2
                or hits(state, colon, cells[-1][1].end(), AGENT_TYPES)
            ):
                return set()
            for bench, cell in cells:
                score = {"value": cell.group("value"), "split": cell.group("split")}
                self._add(state, sentence, agents[0].name, bench.name, 0.6, **score)
            return {bench.name for bench, _ in cells}
        if any(h.start > colon for h in data):
            return set()
        if len(before) > 1:
            return self._slashed_rows_after_colon(text, state, sentence, colon, data)
        pairs = [
            (agent.name, re.findall(_NUMBER, value.group(1)))
            for agent in hits(state, colon, sentence[1], AGENT_TYPES)
            if (value := _LISTED_VALUE.match(text, agent.end))
        ]
        if len(pairs) < 2 or len({len(values) for _, values in pairs}) > 1:
            return set()
        # "Results on B (mAP / NDS): X 70.9 / 74.2; ...": the header names each cell's measure
        header = _MEASURES_HEADER.search(text, sentence[0], colon)
        measures = re.split(r"\s*/\s*", header.group(1)) if header else []
        for name, values in pairs:
            if len(measures) != len(values):
                measures = [None] * len(values)
            for value, measure in zip(values, measures, strict=True):
                score = {"value": value, "metric": _metric(measure)}
                self._add(state, sentence, name, next(iter(before)), 0.6, **score)
        return before

    def _slashed_rows_after_colon(
        self, text: str, state: DocState, sentence, colon: int, data: list
    ) -> set[str]:
        """ "Accuracy on A / B / C: X 64.8 / 60.2 / 78.1; Y 51.1 / 54.4 / 68.6": one row per
        system, its values on the slash-listed benchmarks in order."""
        columns = listed(text, data, _SLASH_GAP)
        if len(columns) < 2 or columns[-1].end > colon:
            return set()
        scored: set[str] = set()
        for agent in hits(state, colon, sentence[1], AGENT_TYPES):
            row = _SLASHED_ROW.match(text, agent.end, sentence[1])
            values = re.findall(_NUMBER, row.group("values")) if row else []
            if len(values) == len(columns):
                for bench, value in zip(columns, values, strict=True):
                    self._add(state, sentence, agent.name, bench.name, 0.6, value=value)
                    scored.add(bench.name)
        return scored

    def _fronted_values_for(self, text: str, state: DocState, sentence) -> None:
        """ "On MATH-500, full traces give 97.3 for o3-mini and 96.2 for Claude 3.7 Sonnet":
        each value is the result of the system after it, on the benchmark the sentence opens
        with."""
        opener = _FRONTED_ON.match(text, sentence[0])
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        if opener is None or not data or data[0].start != opener.end():
            return
        values = list(_VALUE_FOR.finditer(text, data[0].end, sentence[1]))
        if values and len({h.name for h in data}) == 1:
            self._fronted_paren_versus(text, state, sentence, data[0], values)
        # other benchmarks, or other systems' values after a comparison (a comparison after
        # the values, "..., and Z loses 2.7 points relative to Y", reads none of them)
        if (
            not values
            or any(h.name != data[0].name for h in data)
            or _OTHERS_CUE.search(text, sentence[0], values[-1].end())
        ):
            return
        agents = {h.start: h for h in hits(state, data[0].end, sentence[1], AGENT_TYPES)}
        done = {r.head for r in state.relations if r.rel == EVALUATED_ON and r.tail == data[0].name}
        for value in values:
            agent = agents.get(value.end())
            if agent is not None and agent.name not in done and not _is_delta(text, value.start()):
                self._add(state, sentence, agent.name, data[0].name, 0.6, value=value.group(1))

    def _from_theirs_to_own(self, text: str, state: DocState, sentence) -> None:
        """ "Across B, X reduces the MAE from 0.702 for Y to 0.655": the value before is Y's,
        the one after the subject's, on the one benchmark the sentence names."""
        found = _FROM_FOR_TO.search(text, sentence[0], sentence[1])
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        if found is None or len({h.name for h in data}) != 1:
            return
        named = hits(state, found.start("whose"), sentence[1], AGENT_TYPES)
        subjects = hits(state, sentence[0], found.start(), AGENT_TYPES)
        # "X shrinks the gap on Y from 1.9 (Z) to 0.64": the model it is applied to is no
        # subject
        subjects = [
            h
            for h in subjects
            if not text.endswith((" on ", " of ", " to "), sentence[0], h.start)
            # ("X improves maxDice from 0.82 (Y) to 0.86": what moves is no subject)
            and found.start() - h.end > 1
        ] or subjects
        owner = _FOR_OR_WITH.match(text, found.end())
        if owner and len(named) > 1 and named[1].start == owner.end():
            subjects = named[1:2]  # "... to 80.1% with Y": Y's, whoever the subject
        if not named or named[0].start != found.start("whose") or not subjects:
            return
        closed = named[0].end + (1 if found.group("paren") else 0)
        if found.group("paren") and not text.startswith(")", named[0].end):
            return
        if not _TO_GAP.fullmatch(text, closed, found.start("after")):
            return
        bench = data[0].name
        self._add(state, sentence, named[0].name, bench, 0.65, value=found.group("before"))
        self._add(state, sentence, subjects[-1].name, bench, 0.65, value=found.group("after"))

    def _fronted_paren_versus(
        self, text: str, state: DocState, sentence, bench, values: list[re.Match]
    ) -> None:
        """ "On B, X outperforms each parent (30.2% vs. 22.4% for Y and 19.8% for Z)": the
        value before "vs." is the subject's, each value "for" a name that name's."""
        versus = _PAREN_OWN_VERSUS.search(text, bench.end, sentence[1])
        if versus is None:
            return
        subjects = hits(state, bench.end, versus.start(), AGENT_TYPES)
        agents = {h.start: h for h in hits(state, versus.end(), sentence[1], AGENT_TYPES)}
        cells = [
            (agents[v.end()], v.group(1))
            for v in values
            if v.start() >= versus.end() and v.end() in agents
        ]
        if len(subjects) != 1 or not cells or cells[0][0].name == subjects[0].name:
            return
        self._add(state, sentence, subjects[0].name, bench.name, 0.6, value=versus.group(1))
        for agent, value in cells:
            self._add(state, sentence, agent.name, bench.name, 0.6, value=value)

    @staticmethod
    def _respective_values(text: str, sentence, agents: list) -> dict[int, str]:
        """ "A, B and C obtain 47.9%, 45.1% and 39.6% accuracy respectively": each
        system's value, in order (by the system's offset)."""
        if len(agents) < 2:
            return {}
        # "while A and B trail at 41.3 and 39.8": in order, unsaid, after "at"
        # ("while A and B obtain 21.3 and 24.0": the same, after a result verb)
        patterns = (
            (_RESPECTIVE_VALUES,)
            if "respectively" in text[sentence[0] : sentence[1]]
            else (_VALUES_AT_IN_ORDER, _LIST_VERB_VALUES)
        )
        for first in range(len(agents) - 1):
            group = listed(text, agents[first:])
            if len(group) < 2:
                continue
            found = next(
                (m for p in patterns if (m := p.match(text, group[-1].end, sentence[1]))), None
            )
            if found:
                numbers = re.findall(_NUMBER, found.group("values"))
                if len(numbers) == len(group):
                    return {hit.start: n for hit, n in zip(group, numbers, strict=True)}
        return {}

    def _tuned_then_scored(self, text: str, state: DocState, sentence) -> set[str]:
        """ "Fine-tuned on WikiTableQuestions, TaBERT-2 sets a new state of the art with
        68.9% denotation accuracy", "Training ResNet-50 on ImageNet for 90 epochs, X obtains
        77.1%": the only data named is where the result was measured. Returns the data
        scored."""
        opener = _TUNED_ON.match(text, sentence[0])
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        if opener is None or len(data) != 1 or data[0].start != opener.end():
            return set()
        agents = hits(state, data[0].end, sentence[1], AGENT_TYPES)
        # ("Trained on ImageNet-1K only, X reaches ...", "... on ImageNet for 90 epochs, X")
        if not agents or not _TUNED_DATA_END.fullmatch(text, data[0].end, agents[0].start):
            return set()
        # "X reaches an FID of 2.07 and an Inception Score of 281.4, compared with ...": the
        # subject's values, up to the others'
        cue = _OTHERS_CUE.search(text, agents[0].end, sentence[1])
        scored = False
        for result in _RESULT_VALUE.finditer(
            text, agents[0].end, cue.start() if cue else sentence[1]
        ):
            if not _ACHIEVED.search(text, agents[0].end, result.start()):
                continue
            if not _is_delta(text, result.start()):  # "gains 9.4 points and reaches 58.3"
                value = result.group(1) or result.group(2)
                named = _METRIC_OF.search(
                    text, max(agents[0].end, result.start() - 40), result.start()
                )
                metric = _metric(named.group(1)) if named else None
                self._add(
                    state, sentence, agents[0].name, data[0].name, 0.6, value=value, metric=metric
                )
                scored = True
                if cue is None:
                    break
        return {data[0].name} if scored else set()

    def _settle(
        self,
        state: DocState,
        sentence,
        scores: list[tuple[str, str, str]],
        confidence: float,
        ruled_out: Callable[[Relation], bool],
    ) -> None:
        """Adds ``scores`` (head, benchmark, value), which a pairing rule read ("A and B
        reach a and b respectively"), and drops the sentence's other scores it rules out
        (``ruled_out``): the readings that rules for single systems made of the same
        values."""
        kept = set(scores)
        state.relations = [
            r
            for r in state.relations
            if not (
                r.rel == EVALUATED_ON
                and r.sentence == sentence
                and r.value is not None
                and ruled_out(r)
                and (r.head, r.tail, r.value) not in kept
            )
        ]
        for head, tail, value in scores:
            self._add(state, sentence, head, tail, confidence, value=value)

    def _settle_rows(self, state: DocState, sentence, readings: list[tuple[str, str, str]]) -> None:
        """A table's rows (head, benchmark, value), read whole, over every other reading of
        their values in the sentence."""
        values = {value for _, _, value in readings}
        self._settle(state, sentence, readings, 0.7, lambda r: r.value in values)

    def _add(self, state: DocState, sentence, head: str, tail: str, confidence: float, **score):
        add_relation(
            state,
            Relation(head, EVALUATED_ON, tail, sentence, COMPONENT, confidence, **score),
        )

    def _emit(self, state: DocState, sentence, bench_offset: int, bench: str, **score) -> None:
        head = _scorer(state, sentence, bench_offset)
        if head is None:
            return
        confidence = 0.85 if score.get("value") else 0.6
        add_relation(
            state,
            Relation(head, EVALUATED_ON, bench, sentence, COMPONENT, confidence, **score),
        )

    def _scores(self, text: str, state: DocState, sentence: tuple[int, int]) -> set[str]:
        """Numbered results; returns the benchmarks that got one."""
        scored: set[str] = set()
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        respective: set[str] = set()
        respectively_said = "respectively" in text[sentence[0] : sentence[1]]
        versus_said = state.mentions_words(sentence, (" vs", " versus "))
        if respectively_said or (
            # "X scores a, b and c on their respective test sets"
            len(data) > 1 and text.find(" respective ", sentence[0], sentence[1]) >= 0
        ):
            respective = self._respectively(text, state, sentence, data)
            scored |= respective
        if (
            not respectively_said
            and not respective
            and len(data) > 1
            and (
                text.find(" and ", sentence[0], sentence[1]) >= 0
                or text.find("/", sentence[0], sentence[1]) >= 0
            )
        ):
            # "obtains 38.6, 19.7 and 61.2 mIoU on A, B and C": in order, unsaid (a list of
            # values holds "and" or "/")
            respective = self._values_on_names_in_order(text, state, sentence, data)
            scored |= respective
        for i, hit in enumerate(data):
            if hit.name in respective:
                continue
            if (
                i + 2 < len(data)
                and data[i + 1].start == hit.end + 1
                and text[hit.end] == " "
                and LIST_SEPARATOR.fullmatch(text, data[i + 1].end, data[i + 2].start)
            ):
                continue  # "the Meta-World MT10 and MT50 benchmarks": the suite of a list
            left_start = max(sentence[0], hit.start - 80)
            left = text[left_start : hit.start]
            right = text[hit.end : sentence[1]]
            # names joined by "/" ("RefCOCO / RefCOCO+", "PIQA/HellaSwag", one written
            # span read as several names) share one aligned list of scores
            group = [hit]
            j = i + 1
            while j < len(data) and _joined(text, group[-1], data[j]):
                group.append(data[j])
                j += 1
            if i > 0 and _joined(text, data[i - 1], hit):
                continue
            tail = text[group[-1].end : sentence[1]]
            if (
                (found := _PAREN_SCORE.match(tail))
                and found.group("values")
                and self._emit_aligned(
                    state,
                    sentence,
                    group,
                    found.group("values"),
                    scored,
                    metric=_metric(found.group("metric")),
                    split=found.group("split"),
                )
            ):
                continue
            if (
                len(group) == 1
                and right.startswith(" (")
                and (cells := _PAREN_METRIC_CELLS.match(right))
                and not hits(state, hit.end, hit.end + cells.end(), AGENT_TYPES + DATA_TYPES)
                # (not "reaches 45.2% on B (AP 61.2)": the value before is B's)
                and not _VALUE_RIGHT_BEFORE_ON.search(left)
            ):
                # "sets new results on B (R1@0.5 61.5, R1@0.7 40.2)": a value per measure
                for cell in _METRIC_CELL.finditer(cells.group("cells")):
                    self._emit(
                        state,
                        sentence,
                        hit.start,
                        hit.name,
                        value=cell.group("value"),
                        metric=_metric(cell.group("metric")),
                    )
                scored.add(hit.name)
                continue
            if (
                len(group) > 1
                and (slashed := _SLASH_VALUES_ON.search(left))
                # "68.3/61.0 pass@1 on HumanEval/MBPP": one value per name, in order
                and self._emit_aligned(
                    state,
                    sentence,
                    group,
                    slashed.group("values"),
                    scored,
                    metric=_metric(slashed.group("metric")),
                )
            ):
                continue
            if right.startswith(":") and self._colon_slashed(state, sentence, hit, right):
                scored.add(hit.name)
                continue
            if (splits := _SPLIT_LIST_AFTER.match(right)) and (
                listed_on := _VALUES_ON_LIST_END.search(left)
            ):
                # "2.4% and 5.1% WER on LibriSpeech test-clean and test-other": one value
                # per split, in order
                values = re.findall(_NUMBER, listed_on.group("values"))
                names = _SPLIT_NAME.findall(splits.group("splits"))
                if len(values) == len(names):
                    metric = _METRIC_IN.search(listed_on.group(0))
                    for value, split in zip(values, names, strict=True):
                        self._emit(
                            state, sentence, hit.start, hit.name, value=value, split=split,
                            metric=_metric(metric.group(0) if metric else None),
                        )  # fmt: skip
                    scored.add(hit.name)
                    continue
            if respectively_said and _VALUES_ON_LIST_END.search(left):
                continue
            if (
                versus_said
                and _ON_BEFORE.search(left)
                and self._fronted_versus(state, sentence, hit)
            ):
                scored.add(hit.name)
                continue  # "80.05% and 77.31% on A and B, respectively", B not found: unsure
            value = (
                _VALUE_ON.search(left)
                or _VALUE_OF_SOLVED.search(left)
                or (
                    (share := _AND_SHARE_OF.search(left))
                    and _SHARE_VERB.search(text, sentence[0], hit.start)
                    and share
                )
            )
            if (
                value
                and left.endswith("across ")
                and (fronted := _FRONTED_BENCH.match(text, sentence[0]))
                and any(h.start == fronted.end() for h in data[:i])
            ):
                continue  # "On B, X averages 61.4 across A, C and D": the fronted suite's
            if (
                value is None
                and (share := _AND_SHARE_IN.search(left))
                and _SHARE_OF_ITEMS.search(text, sentence[0], left_start + share.start())
            ):
                value = share  # "resolves 39.7% of the issues in A and 31.3% in B"
            if value and value.group(2) and _DELTA_NOUN.fullmatch(value.group(2)):
                value = None  # "an 8.2% gain on X", "34.6% improvement on X": changes
            if value and _inside_a_name(state, left_start + value.start(1)):
                value = None  # "Llama 4 Maverick on X": the number is the name's
            if value and not _is_delta(text, left_start + value.start(1)):
                metric = _METRIC_OF.search(left[: value.start()])
                written = value.group(2) or (metric.group(1) if metric else None)
                # "outperforms Y (71.0% vs. 56.7% on B)": the first value is the subject's
                own = _OWN_VALUE_VERSUS.search(left, 0, value.start())
                if own is None and (owner := self._owner_after(state, sentence, hit.end, right)):
                    # "compared with ... and with 35.7% on B for Y": Y's value
                    self._add(
                        state, sentence, owner, hit.name, 0.7, value=value.group(1),
                        metric=_metric(written),
                    )  # fmt: skip
                    scored.add(hit.name)
                    continue
                self._emit(
                    state,
                    sentence,
                    hit.start,
                    hit.name,
                    value=(own or value).group(1),
                    metric=_metric(written),
                )
                if value.group(2) and (first := _MEASURE_AND_BEFORE.search(left, 0, value.start())):
                    # "achieves 73.4 NDS and 71.0 mAP on B": two measures of one benchmark
                    # ("64.9 HOTA, 80.1 IDF1 and 80.6 MOTA on B": each of the list)
                    while first:
                        self._emit(
                            state, sentence, hit.start, hit.name, value=first.group(1),
                            metric=_metric(first.group(2)),
                        )  # fmt: skip
                        first = _MEASURE_COMMA_BEFORE.search(left, 0, first.start())
                elif metric and (first := _METRIC_OF_AND_BEFORE.search(left, 0, metric.start())):
                    # "reaches an MSE of 0.361 and an MAE of 0.388 on B": both measures
                    self._emit(
                        state, sentence, hit.start, hit.name, value=first.group(2),
                        metric=_metric(first.group(1)),
                    )  # fmt: skip
                scored.add(hit.name)
                continue
            if (
                (before := _VALUE_BEFORE.search(left))
                and (after := _METRIC_AFTER.match(right))
                and not _is_delta(text, left_start + before.start(1))
            ):
                # "72.7% ImageNet linear-probing accuracy", "55.1 COCO box AP"
                self._emit(
                    state,
                    sentence,
                    hit.start,
                    hit.name,
                    value=before.group(1),
                    metric=_metric(after.group("metric")),
                )
                scored.add(hit.name)
                continue
            if right.lstrip().startswith("(") and (paren := _PAREN_SCORE.match(right.lstrip()[1:])):
                values = re.findall(_NUMBER, paren.group("values"))
                if len(values) == 1:
                    self._emit(
                        state,
                        sentence,
                        hit.start,
                        hit.name,
                        value=values[0],
                        metric=_metric(paren.group("metric")),
                        split=paren.group("split"),
                    )
                    scored.add(hit.name)
                    continue
            if (
                (paren := _MEASURE_THEN_PAREN_VALUE.match(right))
                and _ITS_BEFORE.search(left)
                # "... achieves 49.8 on A, while its MMLU score (66.2) stays ...": "its" is
                # the system this sentence scored before ("of its ..." is another's)
                and (owner := _last_scored(state, sentence)) is not None
            ):
                add_relation(
                    state,
                    Relation(
                        owner, EVALUATED_ON, hit.name, sentence, COMPONENT, 0.8,
                        value=paren.group("value"), metric=_metric(paren.group("metric")),
                    ),
                )  # fmt: skip
                scored.add(hit.name)
                continue
            if (at_value := _AT_VALUE.match(right)) and _MEASURE_BEFORE.search(
                text, max(sentence[0], hit.start - 40), hit.start
            ):
                # "the best balanced accuracy on WHOI-Plankton at 84.3%"
                self._emit(state, sentence, hit.start, hit.name, value=at_value.group(1))
                scored.add(hit.name)
                continue
            if (rise := _RISES_TO.match(right)) and not _NOT_SCORE_AFTER.match(right[rise.end() :]):
                # "accuracy on X rises from 38% to 61%", "improves ... on X to 81.4"
                self._emit(state, sentence, hit.start, hit.name, value=rise.group("value"))
                scored.add(hit.name)
                over = _OVER_SYSTEM.match(right, rise.end()) if rise.group("before") else None
                others = hits(state, hit.end + over.end(), sentence[1], AGENT_TYPES) if over else []
                if others and others[0].start == hit.end + over.end() and not rise.group("whose"):
                    # "improves accuracy on B from 95.1% to 98.4% over Y": the value before
                    # is Y's
                    self._add(state, sentence, others[0].name, hit.name, 0.6, value=rise["before"])
                elif (
                    rise.group("before")
                    and not rise.group("whose")
                    and (applied := _applied_to(state, sentence)) is not None
                ):
                    # "With Y as the policy, X improves pass@1 on B from 80.5 to 87.2": the
                    # value before is Y's own
                    self._add(state, sentence, applied, hit.name, 0.6, value=rise.group("before"))
                elif (
                    rise.group("before")
                    and not rise.group("whose")
                    and (opener := COMPARED_OPENER.match(text, sentence[0], sentence[1]))
                    and _PREDECESSOR_NOUN.search(opener.group(0))
                    and (earlier := _predecessor(state)) is not None
                ):
                    # "Compared with its predecessor, X improves B from 72.8% to 77.5%": the
                    # value before is the earlier model's, the one X succeeds
                    self._add(state, sentence, earlier, hit.name, 0.6, value=rise.group("before"))
                elif (
                    rise.group("before")
                    and not rise.group("whose")
                    and (head := _scorer(state, sentence, hit.start)) is not None
                    and (parent := _parent(state, head)) is not None
                    # ("X raises the pass@1 of Y on B from a to b": Y is what was raised)
                    and not _named_right_before(state, sentence, hit.start, parent)
                    # (the subject named, and no other system the values are relative to)
                    and any(h.name == head for h in hits(state, sentence[0], hit.start))
                    # (no other system the values may be: "with Y, X raises B from a to b")
                    and {h.name for h in hits(state, sentence[0], hit.start, AGENT_TYPES)}
                    <= {head, parent}
                    and not _RELATIVE_TO.search(text, hit.end, sentence[1])
                ):
                    # "X, fine-tuned from Y, improves B from 27.4% to 35.9%": the value
                    # before is where training started, Y's
                    self._add(state, sentence, parent, hit.name, 0.6, value=rise.group("before"))
                if rise.group("whose"):
                    # "from 31.5% (X-r1) to 48.9%": the value before is the named model's
                    start = hit.end + rise.start("whose")
                    whose = hits(state, start, hit.end + rise.end("whose"), AGENT_TYPES)
                    before = rise.group("before")
                    if whose and whose[0].start == start:
                        self._add(state, sentence, whose[0].name, hit.name, 0.6, value=before)
                at = rise.end()
                while split_rise := _SPLIT_THEN_RISE.match(right, at):
                    # "from 21.3 to 24.0 on dev and from 20.9 to 23.6 on test": each split's
                    self._emit(state, sentence, hit.start, hit.name, value=split_rise.group(1))
                    at = split_rise.end()
                continue
            if right.lstrip().startswith("(from"):
                close = right.find(")")
                for found_to in _FROM_TO.finditer(right, 0, close if close > 0 else len(right)):
                    self._emit(
                        state,
                        sentence,
                        hit.start,
                        hit.name,
                        value=found_to.group(1),
                        setting=found_to.group(2),
                    )
                    scored.add(hit.name)
                if hit.name in scored:
                    continue
            found = _BENCH_THEN_RESULT.match(tail)
            # (an opener may be longer than the 60 characters of ``left``: "In zero-shot
            # classification of the five competition pathologies on the X test set, ...")
            if found and (
                _CLAUSE_OPENER.search(text[max(sentence[0], hit.start - 110) : hit.start])
                or _WHERE_AFTER.match(tail)
            ):
                if (own_data := _OWN_DATA_AFTER.match(tail, found.end("value"))) and any(
                    h.start == group[-1].end + own_data.end()
                    for h in hits(state, group[-1].end + own_data.end(), sentence[1], DATA_TYPES)
                ):
                    continue  # "A, where X reaches 87.9 and 78.6 on B and C": B's and C's
                if _points_of_change(text, group[-1].end + found.start("value")):
                    continue
                if found.group("restated") and _several_systems_valued(state, sentence):
                    # "..., against 44.5% for Y. On B the numbers are a, b and c": the
                    # systems valued before, in the order of their values, not the
                    # sentence's subject alone
                    more = _LISTED_VALUES.match(tail, found.end("value"))
                    row = [found.group("value"), *re.findall(_NUMBER, more[0] if more else "")]
                    systems = _valued_in_order(text, state, _sentence_before(state, sentence))
                    if len(group) == 1 and len(systems) == len(row):
                        for system, value in zip(systems, row, strict=True):
                            self._add(state, sentence, system, hit.name, 0.6, value=value)
                        scored.add(hit.name)
                    continue
                metric = found.group("metric1") or found.group("metric2") or found.group("metric3")
                if (
                    metric is None
                    and (in_measure := _METRIC_IN.search(found.group("measure") or ""))
                    and in_measure.group(0).lower() not in ("score", "scores")
                ):
                    metric = in_measure.group(0)  # "an average zero-shot Spearman correlation of"
                elif metric is None and len(measure := (found.group("measure") or "").split()) == 1:
                    metric = measure[0]  # "with mAP50 of 84.9%": one word, the measure's name
                last = group[-1].end
                # the subject right before the verb ("On X with Y-base, Z reaches ..." is Z's)
                # (not a name in the note: "On MedQA (USMLE, 4-option) test set it keeps")
                after_note = last + (found.end("note") if found.group("note") else 0)
                named = hits(state, after_note, last + found.start("verb"), AGENT_TYPES)
                head = named[-1:]
                if len(named) > 1 and "respectively" in tail.partition(";")[0]:
                    # "On B, X and Y obtain a and b, respectively": read above (not "On B
                    # with Y, X reaches a; Z and W obtain b and c, respectively")
                    continue
                if len(named) > 1 and len(group) == 1 and len(listed(text, named)) == len(named):
                    # "On B, X, Y and Z reach a, b and c": each its value, in order, unsaid
                    more = _LISTED_VALUES.match(tail, found.end("value"))
                    row = [found.group("value"), *re.findall(_NUMBER, more[0] if more else "")]
                    if len(row) == len(named):
                        for system, value in zip(named, row, strict=True):
                            self._add(state, sentence, system.name, hit.name, 0.75, value=value)
                        scored.add(hit.name)
                        continue
                if not named and _IT_BEFORE.search(tail, 0, found.start("verb")):
                    # "..., and on 20 B tasks it averages V": the paper's model again
                    # (the sentence's first system, unless a comparison names it: "X
                    # reaches V on A, and on B it attains W" is X's)
                    first = [
                        h
                        for h in hits(state, sentence[0], group[0].start, AGENT_TYPES)
                        # (not "... on A (Y: 94.3, Z: 95.0), and on B it reaches": others')
                        if text.count("(", sentence[0], h.start)
                        <= text.count(")", sentence[0], h.start)
                    ][:1]
                    if first and not _OTHERS_CUE.search(text, sentence[0], first[0].start):
                        head = first
                    else:
                        own = _pronoun_referent(state, sentence)
                        head = [own] if own is not None else []
                if (
                    len(named) > 1
                    and named[-1].type == MODEL
                    and _WITH_BACKBONE_GAP.fullmatch(text, named[-2].end, named[-1].start)
                ):
                    # "On B, X with a Y backbone reaches V": X's ("Y with a method Z": Z's)
                    head = named[-2:-1]
                elif len(named) > 1 and _APPLIED_TO_GAP.fullmatch(
                    text, named[-2].end, named[-1].start
                ):
                    head = named[-2:-1]  # "On B, X applied to a Y improves ...": X's
                if len(named) > 1 and _COMPARING_VERB.search(text, named[0].end, named[-1].start):
                    head = named[:1]  # "On B, X surpasses the Y baseline, achieving V": X's
                more = _MORE_VALUES.match(tail, found.end("value"))
                values = [found.group("value"), *re.findall(_NUMBER, more.group(0) if more else "")]
                listed_data = listed(text, data[i:])
                second_measure = None
                if (
                    len(group) == 1
                    and len(listed_data) > 1
                    and listed_data[-1].end <= last + found.start("verb")
                ):
                    # "On Cora and PubMed, X reaches 84.1% and 81.0%": one value per name,
                    # in order; unsure otherwise
                    listed_values = _LISTED_VALUES.match(tail, found.end("value"))
                    values = [
                        found.group("value"),
                        *re.findall(_NUMBER, listed_values.group(0) if listed_values else ""),
                    ]
                    if len(values) != len(listed_data):
                        continue
                    group = listed_data
                    second = _SECOND_MEASURE_LIST.match(tail, listed_values.end())
                    if second and len(re.findall(_NUMBER, second.group("values"))) == len(group):
                        # "MAEs of 48.9, 6.1 and 79.4, with MSEs of 80.2, 9.7 and 138.5": the
                        # second measure's values on the same data, in order
                        second_measure = second
                if len(group) > 1 and len(values) != len(group):
                    continue
                if (
                    len(group) == len(values) == 1
                    and (per_part := _LISTED_VALUES.match(tail, found.end("value")))
                    and (parts := _FOR_PARTS_RESPECTIVELY.match(tail, per_part.end()))
                    # (not "... 71.2 and 65.0 mIoU for X and Y, respectively": systems')
                    and not hits(state, last + parts.start(), last + parts.end(), AGENT_TYPES)
                ):
                    # "On B, X achieves Dice of 92.85%, 88.41% and 84.97% for whole tumor,
                    # tumor core and enhancing tumor respectively", "MAEs of 14.2, 12.8 and
                    # 27.1 meV for HOMO, LUMO and gap, respectively", "94.1%, 92.7% and 83.0%
                    # AP on the easy, medium and hard subsets, respectively": B's values
                    values += re.findall(_NUMBER, per_part.group(0))
                    group = group * len(values)
                elif (
                    len(group) == len(values) == 1
                    and (per_part := _WITH_PART_VALUES.match(tail, found.end("value")))
                    and _FOR_PARTS_RESPECTIVELY.match(tail, per_part.end())
                ):
                    # "X reaches 78.4%, with 80.1%, 77.9% and 74.6% on the many-, medium-
                    # and few-shot splits respectively": B's overall value, then its parts'
                    values += re.findall(_NUMBER, per_part.group("values"))
                    group = group * len(values)
                elif (
                    len(group) == 1
                    and (
                        per_setting := (
                            _LISTED_VALUES.match(tail, found.end("value"))
                            or _MORE_VALUES.match(tail, found.end("value"))
                        )
                    )
                    and _AT_SETTINGS.match(tail, per_setting.end())
                ):
                    # "On B, X averages 81.4, 74.9 and 63.2 at these three lengths", "scores
                    # 89.2 / 83.6 / 77.1 at 16K / 32K / 64K": B's values, one per setting
                    values = [found.group("value"), *re.findall(_NUMBER, per_setting.group(0))]
                    group = group * len(values)
                elif (
                    len(group) == 1
                    and (per_setting := _LISTED_VALUES.match(tail, found.end("value")))
                    and _VALUES_END_SENTENCE.match(tail, per_setting.end())
                    and not _several_systems_valued(state, sentence)
                ):
                    # "On B the corresponding numbers are 72.85% and 86.90%.": both B's
                    values = [found.group("value"), *re.findall(_NUMBER, per_setting.group(0))]
                    group = group * len(values)
                elif (
                    len(group) == 1
                    and (per_setting := _LISTED_VALUES.match(tail, found.end("value")))
                    and _RESPECTIVELY_AFTER.match(tail, per_setting.end())
                    and (settings := _FRONTED_SETTINGS.match(text, group[0].end))
                    and len(re.findall(_NUMBER, settings.group("settings")))
                    == 1 + len(re.findall(_NUMBER, per_setting.group(0)))
                ):
                    # "On B with 40, 250 and 4000 labels it obtains error rates of 4.12%, 4.51%
                    # and 4.02%, respectively": B's values, one per setting named before
                    values = [found.group("value"), *re.findall(_NUMBER, per_setting.group(0))]
                    group = group * len(values)
                scores = [(value, metric) for value in values]
                measures = (found.group("measure") or "").split()[-1:]
                slashed = measures[0].split("/") if measures else []
                if len(group) == 1 and len(values) > 1 and not slashed:
                    # "an Acc-2/F1 of 87.1/87.0 on A, and on B it obtains 86.4/86.3": the
                    # measures a slash header of the sentence named before
                    slashed = _slashed_header(text, sentence[0], last + found.start("value"))
                if len(group) == 1 and len(values) > 1 and len(slashed) == len(values):
                    # "PSNR/SSIM/LPIPS of 28.1/0.836/0.181": three measures of one benchmark
                    scores = list(zip(values, slashed, strict=True))
                    group = group * len(values)
                if second_measure is not None:
                    second_metric = second_measure.group("metric")
                    scores += [(v, second_metric) for v in re.findall(_NUMBER, second_measure[0])]
                    group = group * 2
                if len(group) == len(scores) == 1 and found.group("metric1"):
                    at = found.end("value")
                    while cell := _NEXT_NAMED_CELL.match(tail, at):
                        # "FID 5.87 / KID 0.61 in the unpaired setting and SSIM 0.902 / LPIPS
                        # 0.058 in the paired setting": each measure named before its value
                        scores.append((cell.group("value"), cell.group("metric")))
                        group = [*group, group[0]]
                        at = cell.end()
                if len(group) == 1 and "from" in found.group("verb"):
                    at = found.end("value")
                    while following := _AT_SETTING_THEN_FROM_TO.match(tail, at):
                        # "from 38.3 to 46.9 at a ratio of 100, from 43.8 to 51.2 at 50, and
                        # ...": the same benchmark's rise in each setting
                        scores.append((following.group(1), metric))
                        group = [*group, group[0]]
                        at = following.end()
                if (
                    len(group) == 1
                    and "from" in found.group("verb")
                    and head
                    and head[0].type == "Method"
                ):
                    at = found.end("value")
                    while following := _AND_FROM_TO.match(tail, at):
                        # "it lifts A from 77.0 to 85.6 and B from 61.3 to 80.2": the method's
                        scores.append((following.group(1), metric))
                        group = [*group, group[0]]
                        at = following.end()
                elif len(group) == 1 and "from" in found.group("verb") and head:
                    # "X reduces MPJPE from 81.3 to 74.6 mm and PA-MPJPE from 54.3 to 48.9 mm
                    # relative to Y": each measure's new value is X's, the old ones Y's
                    at = found.end("value")
                    befores = [found.group("before")]
                    while following := _AND_MEASURE_FROM_TO.match(tail, at):
                        scores.append((following.group("after"), following.group("metric")))
                        befores.append(following.group("before"))
                        group = [*group, group[0]]
                        at = following.end()
                    owner = _RELATIVE_OWNER.match(tail, at)
                    named = (
                        hits(state, last + owner.end(), sentence[1], AGENT_TYPES) if owner else []
                    )
                    if named and named[0].start == last + owner.end():
                        for before in befores:
                            self._add(state, sentence, named[0].name, hit.name, 0.6, value=before)
                if len(group) == 1 and (second := _AND_VALUE_METRIC.match(tail, found.end())):
                    # "it obtains 0.741 NDS and 0.722 mAP": a second measure, same benchmark
                    # ("27.91 PSNR, 0.881 SSIM and 0.112 LPIPS": each of a list)
                    while second:
                        scores.append((second.group(1), second.group(2)))
                        second = _AND_VALUE_METRIC.match(tail, second.end())
                    group = group * len(scores)
                elif len(group) == 1 and (
                    second := _AND_METRIC_OF.match(
                        tail,
                        # ("an accuracy of 0.318 mm, a completeness of ...": past a unit)
                        _after_split(
                            tail, found.end() + len(_PERCENT_OR_UNIT.match(tail, found.end())[0])
                        ),
                    )
                ):
                    # "a Recall@10 of 0.2931 and an NDCG@10 of 0.1712" (", with a quality
                    # score of 85.9% and a semantic score of 88.5%": each; "a CER of 1.38 on
                    # test-zh, a WER of 2.47 on test-en": each split's)
                    while second:
                        scores.append(
                            (second.group("value"), second.group("short") or second.group(1))
                        )
                        at = second.end() + len(_PERCENT_OR_UNIT.match(tail, second.end())[0])
                        second = _AND_METRIC_OF.match(tail, _after_split(tail, at))
                    group = group * len(scores)
                for member, (value, metric) in zip(group, scores, strict=False):
                    score = {
                        "value": value,
                        "metric": _metric(metric),
                        "split": found.group("split"),
                    }
                    if head:
                        self._add(state, sentence, head[0].name, member.name, 0.75, **score)
                    else:
                        self._emit(state, sentence, member.start, member.name, **score)
                    scored.add(member.name)
                if (
                    len(group) == 1
                    and head
                    and found.group("before")
                    and not found.group("whose")
                    and (parent := _start_owner(state, sentence, head[0].name, last + found.end()))
                ):
                    # "On B, X (fine-tuned from Y) improves ... from a to b": a is Y's
                    self._add(state, sentence, parent, hit.name, 0.6, value=found.group("before"))
                continue
            if where := _WHERE_ITS_VALUE.match(right):
                # "evaluated on WeatherBench 2, where its 5-day RMSE for ... is 312"
                self._emit(state, sentence, hit.start, hit.name, value=where.group("value"))
                scored.add(hit.name)
                continue
            if (
                " benchmark with " in right
                and _CLAUSE_OPENER.search(left)
                and (again := _ON_THE_BENCHMARK.search(right))
                and (with_value := _WITH_VALUE.match(right[again.end() :]))
            ):
                # "On SportsMOT, where ..., X achieves SOTA on the benchmark with 86.8 HOTA":
                # the subject comes after the opener
                subject = hits(state, hit.end, hit.end + again.start(), AGENT_TYPES)
                if subject:
                    value = with_value.group("value") or with_value.group("value1")
                    metric = _metric(with_value.group("metric"))
                    self._add(
                        state, sentence, subject[0].name, hit.name, 0.7, value=value, metric=metric
                    )
                    scored.add(hit.name)
                    continue
            if (named := _NAMED_SCORE_OF.match(right)) and _ARTICLE_BEFORE.search(left):
                # "keeps an MT-Bench score of 8.1": the benchmark names the score
                score = {"value": named.group("value"), "metric": _metric(named.group("metric"))}
                owner = _FOR_OWNER.match(right, named.end())
                owners = (
                    hits(state, hit.end + owner.end(), sentence[1], AGENT_TYPES) if owner else []
                )
                if owners and owners[0].start == hit.end + owner.end():
                    # "with an MT-Bench score of 8.12 for Chimera-7B": whose it is
                    self._add(state, sentence, owners[0].name, hit.name, 0.7, **score)
                else:
                    self._emit(state, sentence, hit.start, hit.name, **score)
                scored.add(hit.name)
                continue
            if with_value := _WITH_VALUE.match(right):
                # "matches X on JCommonsenseQA with 83.4% accuracy"
                self._emit(
                    state,
                    sentence,
                    hit.start,
                    hit.name,
                    value=with_value.group("value")
                    or with_value.group("value0")
                    or with_value.group("value1"),
                    metric=_metric(with_value.group("metric") or with_value.group("metric0")),
                )
                scored.add(hit.name)
                continue
            if versus := _PAREN_VERSUS.match(right):
                # "X matches Y on HellaSwag (73.0 vs 73.4)": X's value, then Y's (the last
                # comparison before B: "on par with Z, and outperforms Y on B (a vs. b)");
                # "X trails Y on MMLU (88.5 vs. 81.2)": Y's value first, then X's
                comparisons = list(_COMPARISON.finditer(text, sentence[0], hit.start))
                compared = comparisons[-1] if comparisons else None
                trails = list(_TRAILS.finditer(text, sentence[0], hit.start))
                behind = (
                    bool(trails)
                    and (compared is None or trails[-1].start() > compared.start())
                    # ("it still trails on B (52.0 vs 56.3)": no system named, its own first)
                    and bool(hits(state, trails[-1].end(), hit.start, AGENT_TYPES))
                )
                if behind:
                    compared = trails[-1]
                own, others = (3, 2) if behind else (2, 3)
                metric = _metric(versus.group("metric"))
                self._emit(
                    state, sentence, hit.start, hit.name, value=versus.group(own), metric=metric
                )
                other = hits(state, compared.end(), hit.start, AGENT_TYPES) if compared else []
                if other:
                    value = versus.group(others)
                    self._add(
                        state, sentence, other[0].name, hit.name, 0.7, value=value, metric=metric
                    )
                scored.add(hit.name)
                continue
            if self._with_agent_result(text, state, sentence, group[-1].end, hit.name):
                scored.add(hit.name)  # "on the BGVP dataset, with YOLOv12 achieving ... 0.756"
                continue
            if arrow := _ARROW_CELL.match(right):
                # "(HumanEval+ 54.9 → 63.4; ...)": before and after; after a method applied to
                # a model ("Applied to Y, ..."), the value before is Y's, the one after the
                # method's
                applied = _applied_to(state, sentence)
                own = main_entity(state) if applied is not None else None
                if applied is not None and own is not None and own.name != applied:
                    self._add(state, sentence, applied, hit.name, 0.6, value=arrow.group(1))
                    self._add(state, sentence, own.name, hit.name, 0.6, value=arrow.group(2))
                else:
                    self._emit(state, sentence, hit.start, hit.name, value=arrow.group(2))
                scored.add(hit.name)
                continue
            if (
                (nv := _NAME_VALUE.match(right))
                and not _NOT_SCORE_AFTER.match(right[nv.end() :])
                # ("Y trained on D (61.7)": the value of Y, not one on its training data)
                and not _TRAINED_ON_BEFORE.search(text, max(sentence[0], hit.start - 30), hit.start)
            ):
                self._emit(state, sentence, hit.start, hit.name, value=nv.group(1))
                scored.add(hit.name)
                continue
            if len(data) == 1 and self._later_subject_result(
                text, state, sentence, hit.start, hit.end, hit.name
            ):
                scored.add(hit.name)
        return scored

    def _colon_slashed(self, state: DocState, sentence, bench, right: str) -> bool:
        """ "X sets a new state of the art on B: MAE of 14.8 / 12.1 meV on HOMO / LUMO (Y:
        21.1 / 18.6; Z: 17.5 / 16.2)": one value per part, the subject's, then each row's
        in the parentheses."""
        found = _COLON_SLASHED.match(right)
        if found is None:
            return False
        subject = _scorer(state, sentence, bench.start)
        if subject is None:
            return False
        metric = _metric(found.group("metric"))
        values = re.findall(_NUMBER, found.group("values"))
        for value in values:
            self._add(state, sentence, subject, bench.name, 0.7, value=value, metric=metric)
        if found.group("rows") is None:
            return True
        at = bench.end + found.start("rows")
        for row in _NAMED_ROW.finditer(found.group("rows")):
            named = hits(state, at + row.start("name"), at + row.end("name"), AGENT_TYPES)
            cells = re.findall(_NUMBER, row.group("values"))
            if len(named) == 1 and len(cells) == len(values):
                for value in cells:
                    self._add(
                        state, sentence, named[0].name, bench.name, 0.65, value=value, metric=metric
                    )
        return True

    def _fronted_versus(self, state: DocState, sentence, bench) -> bool:
        """ "on B, X even edges out its teacher (3.6 vs. 3.8 WER)": after a benchmark that
        opens the clause, the first value in the parenthesis is the subject's, the second
        the compared system's (named, or the abstract's one teacher or parent)."""
        found = _CLAUSE_THEN_VERSUS.match(state.text, bench.end, sentence[1])
        if found is None:
            return False
        named = hits(state, bench.end, found.start("values"), AGENT_TYPES)
        if not named or not _SUBJECT_OPENS.fullmatch(state.text, bench.end, named[0].start):
            return False
        subject = named[0].name
        if len(named) > 1:
            other = named[1].name
        elif found.group("whose") == "teacher":
            other = _teacher(state)
        else:
            other = _parent(state, subject)
        metric = _metric(found.group("metric"))
        # ("On B, X trails Y (88.5 vs. 81.2)": Y's value first)
        own, theirs = ("other", "own") if found.group("verb") == "trail" else ("own", "other")
        self._add(state, sentence, subject, bench.name, 0.7, value=found.group(own), metric=metric)
        if other is not None and other != subject:
            value = found.group(theirs)
            self._add(state, sentence, other, bench.name, 0.7, value=value, metric=metric)
        return True

    @staticmethod
    def _owner_after(state: DocState, sentence, end: int, right: str) -> str | None:
        """The system named right after "for" behind a benchmark ("35.7% on B for Y"), when
        the name ends the clause (not "for Y's backbone")."""
        owner = _FOR_OWNER.match(right)
        if owner is None:
            return None
        named = hits(state, end + owner.end(), sentence[1], AGENT_TYPES)
        if not named or named[0].start != end + owner.end():
            return None
        if not _OWNER_CLAUSE_END.match(state.text, named[0].end):
            return None
        return named[0].name

    def _with_agent_result(
        self, text: str, state: DocState, sentence, end: int, bench: str
    ) -> bool:
        """ "We evaluated five detectors on the BGVP dataset, with YOLOv12 achieving the
        highest mAP@0.5 of 0.756": the result belongs to the system named after "with"."""
        opener = _WITH_AGENT.match(text, end, sentence[1])
        if opener is None:
            return False
        agents = hits(state, opener.end(), sentence[1], AGENT_TYPES)
        if not agents or agents[0].start != opener.end():
            return False
        verb = _WITH_AGENT_VERB.match(text, agents[0].end, sentence[1])
        if verb is None:
            return False
        result = _clause_result(text, verb.end(), sentence[1])
        if result is not None:
            self._add(state, sentence, agents[0].name, bench, 0.7, **result)
        return result is not None

    def _later_subject_result(
        self, text: str, state: DocState, sentence, bench_start: int, bench_end: int, bench: str
    ) -> bool:
        """ "We evaluate reasoning LLMs on B and find shortcomings: the top model, X,
        achieves only 48% accuracy": the one benchmark the sentence tests on is where a
        later subject's result was measured."""
        if not _EVALUATED_ON_BEFORE.search(text, max(sentence[0], bench_start - 80), bench_start):
            return False
        for agent in hits(state, bench_end, sentence[1], AGENT_TYPES):
            verb = _SUBJECT_RESULT.match(text, agent.end, sentence[1])
            if verb is None or _TITLE_WORD_BEFORE.search(
                text, max(0, agent.start - 20), agent.start
            ):
                continue  # "Attention ResUNet achieves": part of a longer name, not the subject
            result = _clause_result(text, verb.end(), sentence[1])
            if result is not None:
                paired = _SETTING_PAIR.match(
                    text, _value_end(text, result, verb.end(), sentence[1]), sentence[1]
                )
                if paired is None:
                    self._add(state, sentence, agent.name, bench, 0.6, **result)
                    return True
                # "an ACC of 0.926 at day 5 and 0.641 at day 10": one value per setting
                self._add(
                    state, sentence, agent.name, bench, 0.6, **result, setting=paired["first"]
                )
                second = {"value": paired["value"], "metric": result["metric"]}
                self._add(
                    state, sentence, agent.name, bench, 0.6, **second, setting=paired["second"]
                )
                return True
        # "Evaluated zero-shot on B, it attains a Spearman correlation of 0.58"
        if (
            (it := _IT_AFTER_BENCHMARK.match(text, bench_end, sentence[1]))
            and (verb := _SUBJECT_RESULT.match(text, it.end(), sentence[1]))
            and (result := _clause_result(text, verb.end(), sentence[1])) is not None
            and (referent := _pronoun_referent(state, sentence)) is not None
        ):
            self._add(state, sentence, referent.name, bench, 0.55, **result)
            return True
        return False

    def _respectively(
        self, text: str, state: DocState, sentence: tuple[int, int], data: list
    ) -> set[str]:
        """ "accuracies of 62.0%, 55.4% and 48.9% on PIQA, ARC-Easy and HellaSwag
        respectively": the values pair with the names in order."""
        for found in _VALUES_ON_LIST.finditer(text, sentence[0], sentence[1]):
            values = re.findall(_NUMBER, found.group("values"))
            names = listed(text, [h for h in data if h.start >= found.end()])
            if (
                len(names) == 1 < len(values)
                and names[0].start == found.end()
                and self._values_per_setting(text, state, sentence, names[0], values)
            ):
                return {names[0].name}
            if len(names) != len(values) or not names:
                continue
            if not (respectively := _RESPECTIVELY.match(text, names[-1].end)):
                continue
            for hit, value in zip(names, values, strict=True):
                self._emit(state, sentence, hit.start, hit.name, value=value)
            self._other_row(text, state, sentence, respectively.end(), names)
            return {hit.name for hit in names}
        for i in range(len(data)):
            # "lowers the MSE on A and B to 0.157 and 0.386, respectively"
            names = listed(text, data[i:])
            found = (
                _TO_VALUES_RESPECTIVELY.match(text, names[-1].end, sentence[1])
                or _PRONOUN_VALUES_RESPECTIVELY.match(text, names[-1].end, sentence[1])
                # "Experiments on A, B and C show F1 scores of a, b and c, respectively"
                or (
                    _TESTS_ON_THEN_LIST.match(text, sentence[0], names[0].start)
                    and _SHOW_VALUES_RESPECTIVELY.match(text, names[-1].end, sentence[1])
                )
                # "Trained on A, B and C, X scores a, b and c on their respective test sets"
                or _VALUES_ON_THEIR_RESPECTIVE.match(text, names[-1].end, sentence[1])
            )
            # ("on A and B it achieves 80.9 ROC-AUC and 29.7 AP, respectively"; not the
            # threshold of "87.2 Acc@0.5")
            if found and len(names) > 1:
                values = re.findall(_NUMBER, _AT_THRESHOLD.sub("", found.group("values")))
                if len(values) == len(names):
                    for hit, value in zip(names, values, strict=True):
                        self._emit(state, sentence, hit.start, hit.name, value=value)
                    return {hit.name for hit in names}
        if measured := self._measures_respectively(text, state, sentence, data):
            return measured
        return self._systems_respectively(text, state, sentence, data)

    def _values_per_setting(
        self, text: str, state: DocState, sentence: tuple[int, int], bench: Hit, values: list
    ) -> bool:
        """ "76.9% and 79.8% top-1 accuracy on B with 1% and 10% labels, respectively, versus
        75.5% and 78.1% for Y": one benchmark, a value per setting, each B's (and Y's
        values after "versus", B's in the same order)."""
        settings = _FRONTED_SETTINGS.match(text, bench.end, sentence[1])
        if settings is None or len(re.findall(_NUMBER, settings.group("settings"))) != len(values):
            return False
        respectively = _RESPECTIVELY.match(text, settings.end())
        if respectively is None:
            return False
        for value in values:
            self._emit(state, sentence, bench.start, bench.name, value=value)
        other = _VERSUS_VALUES_FOR.match(text, respectively.end(), sentence[1])
        theirs = re.findall(_NUMBER, other.group("values")) if other else []
        named = hits(state, other.end(), sentence[1], AGENT_TYPES) if other else []
        if named and named[0].start == other.end() and len(theirs) == len(values):
            for value in theirs:
                self._add(state, sentence, named[0].name, bench.name, 0.7, value=value)
        return True

    def _measures_respectively(
        self, text: str, state: DocState, sentence: tuple[int, int], data: list
    ) -> set[str]:
        """ "On B, X obtains image-level AUROC, pixel-level AUROC and PRO of 99.3%, 98.2%
        and 94.0%, respectively": one benchmark named before, a value per measure, in
        order."""
        if len(data) != 1:
            return set()
        (hit,) = data
        found = _MEASURES_OF_VALUES_RESPECTIVELY.search(text, hit.end, sentence[1])
        if found is None:
            return set()
        measures = _MEASURE_ITEM_SPLIT.split(found.group("measures"))
        values = re.findall(_NUMBER, found.group("values"))
        if len(measures) != len(values):
            return set()
        metrics = [_metric(measure) for measure in measures]
        # "On B, X obtains ...": the system between the benchmark and its measures
        between = hits(state, hit.end, found.start(), AGENT_TYPES)
        for metric, value in zip(metrics, values, strict=True):
            if len(between) == 1:
                self._add(
                    state, sentence, between[0].name, hit.name, 0.85, value=value, metric=metric
                )
            else:
                self._emit(state, sentence, hit.start, hit.name, value=value, metric=metric)
        # "..., versus a', b' and c' for Y and a'', b'' and c'' for Z": the other systems'
        # rows of the same measures
        row = _VERSUS_VALUES_FOR.match(text, found.end(), sentence[1])
        while row is not None:
            theirs = re.findall(_NUMBER, row.group("values"))
            named = hits(state, row.end(), sentence[1], AGENT_TYPES)[:1]
            if not named or named[0].start != row.end() or len(theirs) != len(metrics):
                break
            for metric, value in zip(metrics, theirs, strict=True):
                self._add(state, sentence, named[0].name, hit.name, 0.7, value=value, metric=metric)
            row = _AND_VALUES_FOR.match(text, named[0].end, sentence[1])
        return {hit.name}

    def _values_on_names_in_order(
        self, text: str, state: DocState, sentence: tuple[int, int], data: list
    ) -> set[str]:
        """ "obtains 38.6, 19.7, 61.2 and 24.5 mIoU on A, B, C and D": as many values as
        names, the list of names closing the clause; paired in order though the sentence does
        not say "respectively"."""
        for found in _VALUES_ON_LIST.finditer(text, sentence[0], sentence[1]):
            values = re.findall(_NUMBER, found.group("values"))
            names = listed(text, [h for h in data if h.start >= found.end()])
            if len(names) != len(values) or names[0].start != found.end():
                continue
            if not _LIST_CLOSES.match(text, names[-1].end):
                continue
            written = _METRIC_IN.search(text, found.end("values"), found.end())
            metric = _metric(written.group(0) if written else None)
            for hit, value in zip(names, values, strict=True):
                self._emit(state, sentence, hit.start, hit.name, value=value, metric=metric)
            return {hit.name for hit in names}
        for i in range(len(data) - 1):
            # "Its perplexities on A, B and C are 18.9, 29.3 and 61.0": the names, then "are"
            # and as many values
            names = listed(text, data[i:])
            said = _NAMES_ARE_VALUES.match(text, names[-1].end, sentence[1])
            if (
                len(names) < 2
                or said is None
                or not _ON_BEFORE.search(text, max(0, names[0].start - 9), names[0].start)
            ):
                continue
            values = re.findall(_NUMBER, said.group("values"))
            if len(values) != len(names):
                continue
            for hit, value in zip(names, values, strict=True):
                self._emit(state, sentence, hit.start, hit.name, value=value)
            return {hit.name for hit in names}
        return set()

    def _other_system_respectively(
        self, text: str, state: DocState, sentence: tuple[int, int], scored: set[str]
    ) -> None:
        """ "X reaches 38.5 on A, 83.9 on B and 51.2 on C; Y obtains 27.0, 78.2 and 43.3
        respectively": Y's values on the benchmarks the sentence scored, in their order;
        "X achieves a on A and b on B, whereas Y scores c and d": the same, unsaid after a
        contrast."""
        for agent in hits(state, sentence[0], sentence[1], AGENT_TYPES):
            found = _RESPECTIVE_VALUES.match(text, agent.end, sentence[1])
            if found is None and _CONTRAST_BEFORE.search(
                text, max(sentence[0], agent.start - 40), agent.start
            ):
                found = _CONTRAST_SYSTEM_VALUES.match(text, agent.end, sentence[1])
            if found is None:
                continue
            values = re.findall(_NUMBER, found.group("values"))
            # the scored benchmarks before the system, each once, in order
            benches = list(
                dict.fromkeys(
                    hit.name
                    for hit in hits(state, sentence[0], agent.start, DATA_TYPES)
                    if hit.name in scored
                )
            )
            if len(benches) == len(values):
                for bench, value in zip(benches, values, strict=True):
                    self._add(state, sentence, agent.name, bench, 0.6, value=value)

    def _systems_respectively(
        self, text: str, state: DocState, sentence: tuple[int, int], data: list
    ) -> set[str]:
        """ "X and Y reach 56.7 and 38.9 on AIME 2024, respectively": one benchmark, the
        values pair with the systems in order."""
        agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        values = self._respective_values(text, sentence, agents)
        if not values:
            return self._values_for_systems(text, state, sentence, data, agents)
        last = max(h.end for h in agents if h.start in values)
        said = text.find("respectively", last, sentence[1])
        benches = [h for h in data if last < h.start and h.end <= said]
        if len(benches) != 1:
            return set()
        for agent in agents:
            if agent.start in values:
                self._add(
                    state, sentence, agent.name, benches[0].name, 0.7, value=values[agent.start]
                )
        return {benches[0].name}

    def _values_for_systems(
        self, text: str, state: DocState, sentence: tuple[int, int], data: list, agents: list
    ) -> set[str]:
        """ "On B ...: 76.5, 78.1 and 71.2 mIoU for X, Y and Z, respectively": the one
        benchmark before the values, one value per system, in order."""
        for found in _VALUES_FOR.finditer(text, sentence[0], sentence[1]):
            systems = listed(text, [h for h in agents if h.start >= found.end()])
            values = re.findall(_NUMBER, found.group("values"))
            benches = {h.name for h in data if h.end <= found.start()}
            if (
                len(benches) != 1
                or not systems
                or systems[0].start != found.end()
                or len(systems) != len(values)
                or not _RESPECTIVELY.match(text, systems[-1].end)
            ):
                continue
            bench = benches.pop()
            for system, value in zip(systems, values, strict=True):
                self._add(state, sentence, system.name, bench, 0.65, value=value)
            return {bench}
        return set()

    def _other_row(
        self, text: str, state: DocState, sentence: tuple[int, int], at: int, names: list
    ) -> None:
        """ "..., respectively (HippoRAG 2: 61.0 / 47.6 / 33.4)": another system's values on
        the same names, in the same order."""
        if not text.startswith(("(", " ("), at):
            return
        opened = text.index("(", at) + 1
        for agent in hits(state, opened, sentence[1], AGENT_TYPES)[:1]:
            row = _ROW_VALUES.match(text, agent.end)
            if text[opened : agent.start].strip() or row is None:
                return  # the name must open the parentheses
            values = re.findall(_NUMBER, row.group("values"))
            if len(values) == len(names):
                for hit, value in zip(names, values, strict=True):
                    self._add(state, sentence, agent.name, hit.name, 0.7, value=value)

    def _elliptical_values(
        self, text: str, state: DocState, sentence, bench: str, bounded: set[str] | None = None
    ) -> None:
        """ "X answers 52.6% of B correctly and Y 55.8%, while Z reaches 46.0%": the other
        systems' values after the one benchmark the sentence scores; with several scored
        (``bounded``), after the first of them, up to the next benchmark only."""
        every = hits(state, sentence[0], sentence[1], DATA_TYPES)
        if bounded:
            first = next((h for h in every if h.name in bounded), None)
            if first is None:
                return
            bench = first.name
        data = [h for h in every if h.name == bench]
        if not data:
            return
        stop = None
        if bounded:
            stop = next((h.start for h in every if h.start > data[0].end and h.name != bench), None)
            if stop is None:
                return
        done = {r.head for r in state.relations if r.rel == EVALUATED_ON and r.tail == bench}
        for agent in hits(state, data[0].end, stop or sentence[1], AGENT_TYPES):
            value = _ELLIPTICAL_VALUE.match(text, agent.end)
            if value and agent.name not in done and not _is_delta(text, value.start(1), agent.end):
                self._add(state, sentence, agent.name, bench, 0.6, value=value.group(1))

    def _others_in_parentheses(self, text: str, state: DocState, sentence) -> None:
        """ "Results for X, with Y and Z in parentheses: A 74.1 (72.9 / 67.5); B 63.0 (62.1 /
        42.4)": the values in parentheses are the named others', in order."""
        cue = _OTHERS_IN_PARENTHESES.search(text, sentence[0], sentence[1])
        if cue is None:
            return
        others = listed(text, hits(state, cue.start(), cue.end(), AGENT_TYPES))
        if len(others) < 1 or others[0].start != cue.start("others"):
            return
        for hit in hits(state, cue.end(), sentence[1], DATA_TYPES):
            row = _CELL_WITH_OTHERS.match(text, hit.end, sentence[1])
            if row is None:
                continue
            values = re.findall(_NUMBER, row.group("others"))
            if len(values) == len(others):
                for other, value in zip(others, values, strict=True):
                    self._add(state, sentence, other.name, hit.name, 0.6, value=value)

    def _teacher_values(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "X scores 49.6 on A and 79.4 on B, compared with 56.8 and 85.9 for the 72B
        teacher", "..., whereas its teacher scores 79.8%": the teacher's values, on the
        benchmarks the sentence scored before, in order; the teacher is the one model the
        abstract distils from."""
        found = _TEACHER_VALUES.search(text, sentence[0], sentence[1])
        if found is None or (teacher := _teacher(state)) is None:
            return
        values = re.findall(
            _NUMBER, found.group("values") or found.group("value") or found.group("cell")
        )
        scored = [
            r.tail
            for r in state.relations
            if r.rel == EVALUATED_ON and r.sentence == sentence and r.value and r.head != teacher
        ]
        benches = [
            name
            for name in dict.fromkeys(
                h.name for h in hits(state, sentence[0], found.start(), DATA_TYPES)
            )
            if name in scored
        ]
        if len(values) == 1 and benches:
            benches = benches[-1:]
        elif len(benches) == 1 < len(values) == _measure_count(state, sentence, benches[0]):
            # "X reaches a mAP, b minADE and c minFDE, compared with d, e and f for its
            # teacher": one benchmark, a value per measure
            benches = benches * len(values)
        if len(benches) == len(values):
            for bench, value in zip(benches, values, strict=True):
                self._add(state, sentence, teacher, bench, 0.6, value=value)

    def _measure_is_value_for(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "MMLU accuracy is 68.1 for X versus 68.6 for Y": a benchmark's measure, then each
        system's value after it."""
        agents = {h.start: h for h in hits(state, sentence[0], sentence[1], AGENT_TYPES)}
        for bench in hits(state, sentence[0], sentence[1], DATA_TYPES):
            found = _MEASURE_IS_VALUE_FOR.match(text, bench.end, sentence[1])
            while found is not None and (agent := agents.get(found.end())) is not None:
                self._add(state, sentence, agent.name, bench.name, 0.7, value=found.group("value"))
                found = _VERSUS_VALUE_FOR.match(text, agent.end, sentence[1])

    def _parent_values(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "X scores 44.0 chrF versus 44.3 for its parent": the value is the model X was
        made from, when the abstract says so ("X, fine-tuned from Y"), on the benchmark
        the sentence scored."""
        found = _PARENT_VALUE.search(text, sentence[0], sentence[1])
        if found is None:
            return
        scored = [
            r
            for r in state.relations
            if r.rel == EVALUATED_ON and r.sentence == sentence and r.value
        ]
        if not scored or (parent := _parent(state, scored[-1].head)) is None:
            return
        values = re.findall(_NUMBER, found.group("values"))
        if len(values) == 1:
            self._add(state, sentence, parent, scored[-1].tail, 0.6, value=values[0])
            return
        # "X scores a on A and b on B, up from c and d for its parent": in order
        own = {r.tail for r in scored if r.head == scored[-1].head}
        benches = list(
            dict.fromkeys(
                h.name for h in hits(state, sentence[0], found.start(), DATA_TYPES) if h.name in own
            )
        )
        if len(benches) == 1 < len(values) == _measure_count(state, sentence, benches[0]):
            benches = benches * len(values)  # one benchmark, a value per measure
        if len(benches) == len(values):
            for bench, value in zip(benches, values, strict=True):
                self._add(state, sentence, parent, bench, 0.6, value=value)

    def _row_of_the_compared(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "... are 18.9, 29.3 and 61.0, better than Y on all three (21.4, 32.8 and 73.5)":
        the parenthesis after the compared system is its row, one value per benchmark the
        sentence scored, in their order."""
        for than in _THAN_THEN_ROW.finditer(text, sentence[0], sentence[1]):
            named = hits(state, than.start("system"), than.end("system"), AGENT_TYPES)
            if len(named) != 1 or named[0].start != than.start("system"):
                continue
            values = re.findall(_NUMBER, than.group("values"))
            scored = [
                r
                for r in state.relations
                if r.rel == EVALUATED_ON
                and r.sentence == sentence
                and r.value
                and r.head != named[0].name
            ]
            heads = {r.head for r in scored}
            if len(heads) != 1 or len(scored) != len(values):
                continue
            for relation, value in zip(scored, values, strict=True):
                self._add(state, sentence, named[0].name, relation.tail, 0.6, value=value)

    def _values_for_others(
        self, text: str, state: DocState, sentence: tuple[int, int], scored: set[str]
    ) -> None:
        """ "X reaches 94.1% on B, compared with 76.5% for Y and 85.4% for Z": the values
        after the comparison are Y's and Z's on the benchmark scored before it."""
        start, end = sentence
        cue = _OTHERS_CUE.search(text, start, end)
        if cue is not None and (judged := _JUDGED_AGAINST.match(text, cue.start())):
            # "a win rate of 31.5% against Y on B, compared with ...": Y is the reference
            # of the measure; the comparison comes after
            cue = _OTHERS_CUE.search(text, judged.end(), end)
        elif cue is not None and _VERIFIED_BEFORE.search(
            text, max(start, cue.start() - 12), cue.start()
        ):
            # "Evaluated against ERA5, X achieves ..., versus ... for Y": the reference data
            cue = _OTHERS_CUE.search(text, cue.end(), end)
        elif (
            cue is not None
            and text.find(": ", cue.end(), end) >= 0
            and not any(h.name in scored for h in hits(state, start, cue.start(), DATA_TYPES))
        ):
            # "X is competitive with graph models: on B it obtains a, against b for Y": the
            # comparison after the clause that scores
            colon = text.find(": ", cue.end(), end)
            cue = _OTHERS_CUE.search(text, colon, end)
        if cue is None:
            return
        before = [
            h
            for h in hits(state, start, cue.start(), DATA_TYPES)
            # "on the NarrativeQA subset of LongBench, ahead of Y (33.1)": NarrativeQA's value
            if h.name in scored
            and not (
                _PART_OF_BEFORE.search(text, max(0, h.start - 30), h.start)
                # "evaluated on the stability subset of B": a part no name gives, where the
                # sentence tests, is B's own ("fine-tuned on the 100h subset of B" is not)
                and (
                    hits(state, max(start, h.start - 40), h.start, DATA_TYPES)
                    or not (
                        _EVALUATED_ON_BEFORE.search(text, max(start, h.start - 80), h.start)
                        # "..., and on the pathology subset of B 61.4%": a result's opener
                        or _AND_ON_PART_OF.search(text, max(start, h.start - 60), h.start)
                    )
                )
            )
        ]
        if not before:
            return
        bench = before[-1].name
        named_first = {h.start: h for h in hits(state, start, cue.start(), AGENT_TYPES)}
        for value in _VALUE_FOR.finditer(text, before[-1].end, cue.start()):
            # "on B (61.2 for X versus 55.4 for Y)": the value before the comparison is X's,
            # not the subject's
            if (first := named_first.get(value.end())) is not None:
                number = value.group(1)
                self._settle(
                    state,
                    sentence,
                    [(first.name, bench, number)],
                    0.7,
                    lambda r, number=number: r.tail == bench and r.value == number,
                )
        agents = {h.start: h for h in hits(state, cue.end(), end, AGENT_TYPES)}
        group = [before[-1]]
        while len(group) < len(before) and _joined(text, before[-len(group) - 1], group[0]):
            group.insert(0, before[-len(group) - 1])
        for slashed in _SLASH_VALUES_FOR.finditer(text, cue.end(), end):
            # "68.3/61.0 on A/B, against 64.6/57.4 for Y": Y's values on A and B
            agent = agents.get(slashed.end())
            values = re.findall(_NUMBER, slashed.group("values"))
            # ("81.4 on A and 35.9 on B, compared with 77.7/28.2 for Y": the benchmarks
            # scored before, in order)
            targets = [member.name for member in group]
            if len(values) != len(targets) and text.find("/", start, cue.start()) < 0:
                # (not "0.402/0.419 on A and 0.158/0.251 on B, against 0.413/0.430 and
                # 0.162/0.253 for Y": a slash pair per benchmark, read below)
                targets = list(dict.fromkeys(h.name for h in before))
            if (
                len(targets) == 1
                and len(values) == _measure_count(state, sentence, targets[0])
                and len(values) > 1
            ):
                # "80.6 EM and 84.9 EX on B, compared with 80.5/84.1 for Y": Y's, per measure
                targets = targets * len(values)
            if agent is not None and len(values) == len(targets):
                for name, value in zip(targets, values, strict=True):
                    self._add(state, sentence, agent.name, name, 0.7, value=value)
        for value in _VALUE_FOR.finditer(text, cue.end(), end):
            agent = agents.get(value.end())
            if agent is not None:
                # "...; Z reaches 41.5 on C, versus 38.1 for W": the benchmark scored last
                here = _scored_last(state, cue.end(), value.start(), scored) or bench
                self._add(state, sentence, agent.name, here, 0.7, value=value.group(1))
                if paired := _VALUE_AND_BEFORE.search(text, cue.end(), value.start()):
                    # "1.8 and 3.6 for Y": both Y's, on the two benchmarks scored before in
                    # order ("A on C and B on D, compared with a and b for Y"), or on the one
                    # benchmark of two splits ("1.5 and 2.9 on test-clean and test-other")
                    scored_before = list(dict.fromkeys(h.name for h in before))
                    if len(scored_before) > 1:
                        first = scored_before[-2]
                    elif _TWO_SPLITS.search(text, start, cue.start()) or _two_measures(
                        state, sentence, here
                    ):
                        # ("a WER of 1.96% and a speaker similarity of 0.69, compared with
                        # 2.42% and 0.66 for Y": both Y's, one per measure)
                        first = bench
                    else:
                        continue
                    self._add(state, sentence, agent.name, first, 0.7, value=paired.group(1))
                    longer = _VALUES_AND_BEFORE.search(text, cue.end(), value.start())
                    earlier = re.findall(_NUMBER, longer.group("values")) if longer else []
                    if (
                        first == bench
                        and earlier
                        and len(earlier) + 2 == _measure_count(state, sentence, here)
                    ):
                        # "BLEU-4 = a, METEOR = b and ROUGE-L = c, compared with d, e and f
                        # for Y": all three Y's, one per measure
                        for number in earlier:
                            self._add(state, sentence, agent.name, bench, 0.7, value=number)
        ordered = list(agents.values())
        for i in range(len(ordered)):
            # "whereas A and B obtain 53.1 and 54.4 AP": each its value, in order, unsaid
            group = listed(text, ordered[i:])
            row = _LIST_VERB_VALUES.match(text, group[-1].end, end) if len(group) > 1 else None
            values = re.findall(_NUMBER, row.group("values")) if row else []
            inside = i > 0 and len(listed(text, ordered[i - 1 :])) > len(group)
            if len(values) == len(group) and not inside:  # (not the tail of a longer list)
                for member, value in zip(group, values, strict=True):
                    self._add(state, sentence, member.name, bench, 0.65, value=value)
        for i in range(len(ordered)):
            # "well above A and B (47.9 and 41.2, respectively)": a list's values in order
            group = listed(text, ordered[i:])
            row = _PAREN_RESPECTIVELY.match(text, group[-1].end) if len(group) > 1 else None
            values = re.findall(_NUMBER, row.group("values")) if row else []
            if len(values) == len(group):
                # (over readings that gave a value of the row to one member alone)
                members = {member.name for member in group}
                self._settle(
                    state,
                    sentence,
                    [(m.name, bench, v) for m, v in zip(group, values, strict=True)],
                    0.7,
                    lambda r, members=members, values=values: (
                        r.head in members and r.value in values
                    ),
                )
        for agent in agents.values():  # "followed by X with 74.2", "ahead of X (81.3)"
            if found := _WITH_BARE_VALUE.match(text, agent.end) or _PAREN_VALUE.match(
                text, agent.end
            ):
                value = found.group(1) or found.group(2)
                # "surpassing Y (24.6% on A) and matching Z (35.8%)": the benchmark of the
                # cell before
                here = _scored_last(state, cue.end(), agent.start, scored) or bench
                self._add(state, sentence, agent.name, here, 0.7, value=value)
        scored_before = list(dict.fromkeys(h.name for h in before))
        if len(scored_before) == 1:
            self._measures_of_others(text, state, sentence, cue, scored_before[0], agents)
        if len(scored_before) < 2:
            return
        rows = _rows_for(text, cue.end(), end)
        slashed_rows = {
            found.end(): re.findall(_SLASHED, found.group("values"))
            for found in _SLASH_ROWS_FOR.finditer(text, cue.end(), end)
        }
        for agent in agents.values():
            # "0.402/0.419 on A and 0.158/0.251 on B, against 0.413/0.430 and 0.162/0.253
            # for Y": one slash group per benchmark scored before, each value Y's there
            groups = slashed_rows.get(agent.start, [])
            if len(groups) == len(scored_before):
                for name, group in zip(scored_before, groups, strict=True):
                    for value in re.findall(_NUMBER, group):
                        self._add(state, sentence, agent.name, name, 0.7, value=value)
        for agent in agents.values():
            # "62.3 on A, 58.9 on B and 41.0 on C, surpassing Y (50.4, 31.1 and 11.6)", "ahead
            # of Y (67.2 / 49.6)", "against 84.7%, 88.4% and 79.2% for Y": Y's values on the
            # benchmarks scored before, in order
            row = _compared_row(text, agent, start, end)
            values = re.findall(_NUMBER, row.group("values")) if row else rows.get(agent.start, [])
            targets = scored_before
            if len(values) != len(targets):
                # "4.3 on A and 7.8 / 12.6 on B's two splits, improving on Y (5.1, 9.0 and
                # 15.2)": one value per value given before, on its benchmark
                targets = self._benchmarks_of_values(text, state, sentence, start, cue.start())
            if len(values) == len(targets):
                for name, value in zip(targets, values, strict=True):
                    self._add(state, sentence, agent.name, name, 0.7, value=value)

    def _measures_of_others(
        self, text: str, state: DocState, sentence, cue: re.Match, bench: str, agents: dict
    ) -> None:
        """ "X attains 37.2 MPJPE and 31.0 P-MPJPE on B, ahead of Y (39.2 / 33.2)": each
        compared system's values in parentheses are its own on B's measures, as many as
        the subject was given there before the comparison."""
        given = [
            r
            for r in state.relations
            if r.rel == EVALUATED_ON
            and r.sentence == sentence
            and r.tail == bench
            and r.value
            and text.find(r.value, sentence[0], cue.start()) >= 0
        ]
        if len({r.head for r in given}) != 1 or len(given) < 2:
            return
        for agent in agents.values():
            row = _compared_row(text, agent, sentence[0], sentence[1])
            values = re.findall(_NUMBER, row.group("values")) if row else []
            if len(values) == len(given):
                for value in values:
                    self._add(state, sentence, agent.name, bench, 0.7, value=value)

    @staticmethod
    def _benchmarks_of_values(text: str, state: DocState, sentence, start: int, end: int) -> list:
        """The benchmark of each value one system was given between ``start`` and ``end``,
        in the order the values are written."""
        given = [
            r
            for r in state.relations
            if r.rel == EVALUATED_ON and r.sentence == sentence and r.value is not None
        ]
        if len({r.head for r in given}) != 1:
            return []
        found = []
        for r in given:
            at = re.search(rf"(?<![\w.]){re.escape(r.value)}(?![\w]|\.\d)", text[start:end])
            if at is None:
                return []
            found.append((at.start(), r.tail))
        return [tail for _, tail in sorted(found)]

    def _second_measure(
        self, text: str, state: DocState, sentence: tuple[int, int], bench: str
    ) -> None:
        """ "On B, X attains a mean score of 1.46 and an interquartile mean of 0.71,
        surpassing Y (1.12 / 0.50)": the second measure is X's too, and each pair after a
        compared system is that system's two values, in the same order."""
        first = [
            r
            for r in state.relations
            if r.sentence == sentence and r.rel == EVALUATED_ON and r.tail == bench and r.value
        ]
        found = _OF_VALUE_AND_OF_VALUE.search(text, sentence[0], sentence[1])
        if len(first) != 1 or found is None or found.group("first") != first[0].value:
            return
        self._add(state, sentence, first[0].head, bench, 0.7, value=found.group("second"))
        for agent in hits(state, found.end(), sentence[1], AGENT_TYPES):
            if pair := _PAIR_IN_PARENTHESES.match(text, agent.end, sentence[1]):
                for value in (pair.group(1), pair.group(2)):
                    self._add(state, sentence, agent.name, bench, 0.7, value=value)

    def _values_with_methods(
        self, text: str, state: DocState, sentence: tuple[int, int], bench: str
    ) -> None:
        """ "X scores 84.5 with an FP16 cache, 83.9 with A and 79.2 with B": in a row of
        values each "with" a setting, those with a named method are the method's results on
        the one benchmark the sentence scored."""
        methods = {h.start: h for h in hits(state, sentence[0], sentence[1], (METHOD,))}
        if not methods:
            return
        cells = list(_VALUE_WITH.finditer(text, sentence[0], sentence[1]))
        for cell, following in pairwise(cells):
            if not LIST_GAP.fullmatch(text, cell.end(), following.start()):
                cells = []  # (a row is values "with" settings, one after the other)
        if len(cells) < 2:
            return
        for cell in cells:
            method = methods.get(cell.start("setting"))
            if method is not None and method.end == cell.end():
                self._add(state, sentence, method.name, bench, 0.7, value=cell.group(1))

    def _from_one_system_to_another(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "on B, the match rate improves from 61.39% for Y to 66.02% for X, while RMSE
        drops from 0.0566 to 0.0497": the first value is Y's, the second X's (and so for the
        measure that moves with it)."""
        agents = {h.start: h for h in hits(state, sentence[0], sentence[1], AGENT_TYPES)}
        for found in _FROM_FOR.finditer(text, sentence[0], sentence[1]):
            before = agents.get(found.end())
            after_to = _TO_FOR.match(text, before.end, sentence[1]) if before else None
            after = agents.get(after_to.end()) if after_to else None
            data = hits(state, sentence[0], found.start(), DATA_TYPES)
            if before is None or after is None or not data:
                continue
            bench = data[-1].name
            pairs = [(found.group(1), after_to.group(1))]
            if moved := _MEASURE_MOVES_TOO.match(text, after.end, sentence[1]):
                pairs.append((moved.group("before"), moved.group("after")))
            for old, new in pairs:
                self._add(state, sentence, before.name, bench, 0.6, value=old)
                self._add(state, sentence, after.name, bench, 0.6, value=new)

    def _second_list_after_respectively(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "match rates of a, b and c on A, B and C, respectively, with corresponding RMSEs
        of d, e and f": the second measure's values go where the first list's went, in
        order."""
        found = _RESPECTIVE_SECOND_LIST.search(text, sentence[0], sentence[1])
        if found is None:
            return
        values = re.findall(_NUMBER, found.group("values"))
        cells = _cells_in_order(text, state, sentence, found.start())[-len(values) :]
        if len(cells) == len(values) and len({tail for _, tail in cells}) == len(cells):
            for (head, tail), value in zip(cells, values, strict=True):
                self._add(state, sentence, head, tail, 0.6, value=value, metric=found["metric"])

    def _bare_values_on_the_opening_data(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "On B, X (79.6) outperforms Y (75.2) and matches Z (79.5)": each system's value,
        in parentheses after its name, on the one benchmark the sentence opens with."""
        opener = _OPENS_ON.match(text, sentence[0], sentence[1])
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        if opener is None or len({h.name for h in data}) != 1 or data[0].start != opener.end():
            return
        if (rise := _PAREN_RISE.search(text, data[0].end, sentence[1])) and not hits(
            state, data[0].end, rise.start(), AGENT_TYPES
        ):
            # "On B the gain is larger (59.4 → 63.9 J&F on val)": the subject's new value
            self._emit(state, sentence, data[0].start, data[0].name, value=rise.group(1))
        for agent in hits(state, data[0].end, sentence[1], AGENT_TYPES):
            if text.endswith("from ", 0, agent.start):
                continue  # "a 20.4% reduction from Y (29.18)": a change, read elsewhere
            if value := _BARE_PAREN_VALUE.match(text, agent.end, sentence[1]):
                self._add(state, sentence, agent.name, data[0].name, 0.6, value=value.group(1))
            elif cells := _NAMED_CELLS_PAREN.match(text, agent.end, sentence[1]):
                # "improving over Y (FID 6.29 / KID 0.97)"
                for number in re.findall(_NUMBER, re.sub(_METRIC_NAME_WORD, " ", cells[0])):
                    self._add(state, sentence, agent.name, data[0].name, 0.6, value=number)

    def _parenthesised_values_on(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "outperforming Y (55.5 on AIME 2024, 92.8 on MATH-500)": a system's own values,
        each with the benchmark it was measured on, in parentheses after its name."""
        data = {h.start: h for h in hits(state, sentence[0], sentence[1], DATA_TYPES)}
        for agent in hits(state, sentence[0], sentence[1], AGENT_TYPES):
            opening = _PAREN_OPEN.match(text, agent.end, sentence[1])
            if opening is None:
                continue
            at, pairs = opening.end(), []
            while (cell := _VALUE_MEASURED_ON.match(text, at, sentence[1])) and (
                bench := data.get(cell.end())
            ):
                pairs.append((cell.group(1), bench.name))
                at = bench.end
                if (separator := _CELL_SEPARATOR.match(text, at, sentence[1])) is None:
                    break
                at = separator.end()
            if pairs and (
                text.startswith(")", at)
                # "(24.6% on OSWorld with 50 steps)": the setting of the last cell
                or _SETTING_THEN_CLOSE.match(text, at, sentence[1])
            ):
                # (the same values read as the subject's are not: "above Y (64.1 on B)")
                cells = {(bench, value) for value, bench in pairs}
                self._settle(
                    state,
                    sentence,
                    [(agent.name, bench, value) for value, bench in pairs],
                    0.7,
                    lambda r, cells=cells: (r.tail, r.value) in cells,
                )

    def _row_values(self, text: str, state: DocState, sentence: tuple[int, int]) -> set[str]:
        """ "Alder-7B: 74.6 MMLU-Redux, 81.3 GSM8K; Alder-32B: 83.9 MMLU-Redux": a table
        written as prose, one row per system, each value before its benchmark. Returns the
        benchmarks scored."""
        scored: set[str] = set()
        data = {h.start: h for h in hits(state, sentence[0], sentence[1], DATA_TYPES)}
        for agent in hits(state, sentence[0], sentence[1], AGENT_TYPES):
            at = agent.end
            if not text.startswith(":", at):
                continue
            at += 1
            row = []
            while (cell := _ROW_CELL.match(text, at, sentence[1])) and (
                bench := data.get(cell.end())
            ):
                self._add(state, sentence, agent.name, bench.name, 0.7, value=cell.group(1))
                scored.add(bench.name)
                row.append(bench)
                at = bench.end
                if cell.group(0).endswith("("):  # "68.9 (BFCL v3)", "58.3 (tau-bench retail)"
                    closing = _CELL_CLOSE.match(text, at, sentence[1])
                    at = closing.end() if closing else at
                separator = _ROW_SEPARATOR.match(text, at, sentence[1])
                if separator is None:
                    break
                at = separator.end()
            # "..., versus 61.2, 44.0 and 27.5 for Y": Y's row, in the same order
            other = _VERSUS_VALUES_FOR.match(text, at, sentence[1]) if len(row) > 1 else None
            named = hits(state, other.end(), sentence[1], AGENT_TYPES) if other else []
            values = re.findall(_NUMBER, other.group("values")) if other else []
            if named and named[0].start == other.end() and len(values) == len(row):
                for bench, value in zip(row, values, strict=True):
                    self._add(state, sentence, named[0].name, bench.name, 0.7, value=value)
        return scored

    def _slashed_measures_on(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> set[str]:
        """ "ROUGE-1/2/L of 47.9/24.6/39.8 on the XSum test set and 45.1/21.9/41.7 on B": the
        values of several measures of one benchmark, each the subject's."""
        scored: set[str] = set()
        data = {h.start: h for h in hits(state, sentence[0], sentence[1], DATA_TYPES)}
        for found in _SLASHED_ON.finditer(text, sentence[0], sentence[1]):
            bench = data.get(found.end())
            if (
                bench is None
                or bench.name in scored
                # a slash list of names, not one name with a slash ("CNN/DailyMail")
                or ("/" in text[found.end() : bench.end] and "/" not in bench.name)
                or _SLASH_GAP.match(text, bench.end)
                # ("a / b / c EM on A, B and C, respectively": one per name, read elsewhere)
                or "respectively" in text[bench.end : sentence[1]]
            ):
                continue  # ("68.3/61.0 on A/B": one value per name, read elsewhere)
            values = re.findall(_NUMBER, found.group("values"))
            if family := _slash_family(state, sentence, found.start(), len(values)):
                # "PyraNet-A/B/C reaches 77.9/80.2/82.5% top-1 accuracy on B": one value
                # per member of the family, in order
                for member, value in zip(family, values, strict=True):
                    self._add(state, sentence, member, bench.name, 0.7, value=value)
            else:
                for value in values:
                    self._emit(state, sentence, bench.start, bench.name, value=value)
            scored.add(bench.name)
        return scored

    def _measure_value_cells(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> set[str]:
        """ "On B, X achieves FID 0.038, R-Precision Top-1 0.536 and MM-Dist 2.89": each
        measure before its value, the subject's on the one benchmark of the sentence (the
        other systems' rows after "compared with" are read with the measures counted)."""
        benches = {h.name for h in hits(state, sentence[0], sentence[1], DATA_TYPES)}
        if len(benches) != 1:
            return set()
        (bench,) = benches
        for found in _RESULT_CELLS.finditer(text, sentence[0], sentence[1]):
            subject = hits(state, max(sentence[0], found.start() - 60), found.start(), AGENT_TYPES)
            if not subject or not re.fullmatch(r"\s*", text[subject[-1].end : found.start()]):
                continue
            for cell in _MEASURE_VALUE_CELL.finditer(found.group("cells")):
                self._add(
                    state,
                    sentence,
                    subject[-1].name,
                    bench,
                    0.75,
                    value=cell.group("value"),
                    metric=_metric(cell.group("metric")),
                )
            return {bench}
        return set()

    def _per_system_moves(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "When tested on B, M lowers the folding ratio for Y from 0.61% to 0.004%, for Z
        from 0.37% to 0.002%": each system's values before and after, on the one benchmark
        of the sentence; "(Y: 69.8 -> 69.6; Z: 72.1 -> 72.0)" the same, as cells."""
        data = {h.name for h in hits(state, sentence[0], sentence[1], DATA_TYPES)}
        if len(data) != 1:
            return
        (bench,) = data
        for agent in hits(state, sentence[0], sentence[1], AGENT_TYPES):
            move = None
            if text.endswith("for ", sentence[0], agent.start):
                # (" from 0.61% to 0.004%" right after "for Y": Y's move)
                move = _FROM_TO_VALUES.match(text, agent.end, sentence[1])
            elif text[agent.start - 1 : agent.start] in "(; ":
                move = _ARROW_CELL_AFTER_SYSTEM.match(text, agent.end, sentence[1])
            if move is not None:
                for value in move.group(1, 2):
                    self._add(state, sentence, agent.name, bench, 0.6, value=value)

    def _slashed_rows_for_systems(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> set[str]:
        """ "PEMS04 MAE/RMSE/MAPE is 18.41/30.12/12.20% for X versus 18.22/30.18/11.98% for
        its teacher": a benchmark and its slashed measures, then a row of values per
        system named after "for"."""
        scored: set[str] = set()
        for bench in hits(state, sentence[0], sentence[1], DATA_TYPES):
            found = _SLASHED_MEASURES_IS.match(text, bench.end, sentence[1])
            if found is None:
                continue
            measures = found.group("measures").split("/")
            at = found.end()
            while row := _SLASHED_ROW_FOR.match(text, at, sentence[1]):
                values = re.findall(_NUMBER, row.group("values"))
                owner = hits(state, row.end(), sentence[1], AGENT_TYPES)[:1]
                name = owner[0].name if owner and owner[0].start == row.end() else None
                if name is None and row.group("teacher"):
                    name = _teacher(state)
                if name is None or len(values) != len(measures):
                    break
                for measure, value in zip(measures, values, strict=True):
                    self._add(state, sentence, name, bench.name, 0.7, value=value, metric=measure)
                scored.add(bench.name)
                at = owner[0].end if owner and owner[0].start == row.end() else row.end()
        return scored

    def _splits_then_slashed_values(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> set[str]:
        """ "X obtains the following Acc@0.5 on RefCOCO val/testA/testB: 48.6/53.9/42.1":
        the data, its splits, then a value per split, the sentence's scorer's."""
        scored: set[str] = set()
        for bench in hits(state, sentence[0], sentence[1], DATA_TYPES):
            found = _SPLITS_THEN_VALUES.match(text, bench.end, sentence[1])
            if found is None:
                continue
            splits = found.group("splits").split("/")
            values = re.findall(_NUMBER, found.group("values"))
            if len(splits) != len(values):
                continue
            for split, value in zip(splits, values, strict=True):
                self._emit(state, sentence, bench.start, bench.name, value=value, split=split)
            scored.add(bench.name)
        return scored

    def _slashed_measures_of_values(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "On B, X attains an FID of 0.061 and Top-1/Top-2/Top-3 R-Precision of
        0.515/0.706/0.801": one value per measure, on the one benchmark of the sentence, for
        the system that got its other value there."""
        for found in _SLASHED_MEASURES_OF_VALUES.finditer(text, sentence[0], sentence[1]):
            measures = found.group("measures").split("/")
            values = re.findall(_NUMBER, found.group("values"))
            benches = {h.name for h in hits(state, sentence[0], sentence[1], DATA_TYPES)}
            if len(values) != len(measures) or len(benches) != 1:
                continue
            (bench,) = benches
            heads = {
                r.head
                for r in state.relations
                if r.rel == EVALUATED_ON and r.sentence == sentence and r.tail == bench and r.value
            }
            if len(heads) != 1:
                continue
            (head,) = heads
            word = found.group("word")
            for measure, value in zip(measures, values, strict=True):
                metric = f"{measure} {word}" if word else measure
                self._add(state, sentence, head, bench, 0.7, value=value, metric=metric)

    def _split_slash_values(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> set[str]:
        """ "Fine-tuned on LibriSpeech, X yields 2.9/6.0% WER on test-clean/test-other":
        one value per split of the data the sentence named before them."""
        scored: set[str] = set()
        for found in _SPLIT_SLASH.finditer(text, sentence[0], sentence[1]):
            data = hits(state, sentence[0], found.start(), DATA_TYPES)
            for side in ("name", "after"):
                if found.group(side):
                    data = [h for h in hits(state, *found.span(side), DATA_TYPES)]
            head = _scorer(state, sentence, found.start())
            if not data or head is None:
                continue
            for value in re.findall(_NUMBER, found.group("values")):
                self._add(
                    state,
                    sentence,
                    head,
                    data[-1].name,
                    0.6,
                    value=value,
                    metric=_metric(found.group("metric")),
                )
            scored.add(data[-1].name)
        return scored

    def _elliptical_clauses_on(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> set[str]:
        """ "on A, X obtains 78.1 AP (Y: 76.5); on B, 79.4 AP (Y: 74.9); and on C, 93.8
        PCKh@0.5": after a semicolon, a clause with no subject gives the first clause's
        subject a value on its own benchmark."""
        cut = text.find("; ", sentence[0], sentence[1])
        valued = {
            r.head
            for r in state.relations
            if r.rel == EVALUATED_ON and r.sentence == sentence and r.value is not None
        }
        subject = [h for h in hits(state, sentence[0], cut, AGENT_TYPES) if h.name in valued][:1]
        if not subject:
            return set()
        data = {h.start: h for h in hits(state, cut, sentence[1], DATA_TYPES)}
        scored: set[str] = set()
        for clause in _ON_CLAUSE_OPENS.finditer(text, cut, sentence[1]):
            bench = data.get(clause.end())
            cell = _SUBJECTLESS_CELL.match(text, bench.end, sentence[1]) if bench else None
            if cell is None:
                continue
            metric = _metric(cell.group("metric")) if cell.group("metric") else None
            self._add(
                state, sentence, subject[0].name, bench.name, 0.7, value=cell[1], metric=metric
            )
            scored.add(bench.name)
        return scored

    def _colon_values(
        self, text: str, state: DocState, sentence: tuple[int, int], scored: set[str]
    ) -> None:
        """ "71.2% on ImageNet-1K (MobileCLIP-S1: 72.6%, MobileCLIP-S0: 67.8%)", "(UNI
        95.1%, CTransPath 93.4%)": other systems' values, in a parenthesis after a result,
        on the benchmark scored before."""
        for agent in hits(state, sentence[0], sentence[1], AGENT_TYPES):
            value = _COLON_VALUE.match(text, agent.end)
            opening = text.rfind("(", sentence[0], agent.start)
            if value is None or opening < 0 or ")" in text[opening : agent.start]:
                continue
            before = [h for h in hits(state, sentence[0], opening, DATA_TYPES) if h.name in scored]
            if before:
                self._add(state, sentence, agent.name, before[-1].name, 0.6, value=value.group(1))

    def _measure_rows(self, text: str, state: DocState, sentence: tuple[int, int], before) -> None:
        """ "With guidance the numbers are: X 1.58 FID and 305.2 IS, Y 1.80 FID and 284.0 IS":
        each system's values with their measures, on the sentence's one benchmark, else on
        the one benchmark the sentence before scored."""
        cells = [
            hit
            for hit in hits(state, sentence[0], sentence[1], AGENT_TYPES)
            if _VALUE_AND_MEASURE.match(text, hit.end, sentence[1])
        ]
        if len(cells) < 2:
            return
        names = {h.name for h in hits(state, sentence[0], sentence[1], DATA_TYPES)}
        if not names and before is not None:
            names = {
                r.tail
                for r in state.relations
                if r.rel == EVALUATED_ON and r.sentence == before and r.value is not None
            }
        if len(names) != 1:
            return
        (bench,) = names
        for hit in cells:
            at = hit.end
            while cell := _MEASURE_CELL.match(text, at, sentence[1]):
                metric = _metric(cell.group(2))
                self._add(state, sentence, hit.name, bench, 0.6, value=cell.group(1), metric=metric)
                at = cell.end()

    def _measured_rows(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "Results on the nuScenes test set (mAP / NDS): X 70.9 / 74.2; Y 68.4 / 72.7": each
        row's values, with the measures named before the colon, on the one benchmark there."""
        colon = text.find(": ", sentence[0], sentence[1])
        head = _MEASURES_BEFORE_COLON.search(text, sentence[0], colon + 1) if colon > 0 else None
        if head is None:
            return
        benches = {h.name for h in hits(state, sentence[0], colon, DATA_TYPES)}
        if len(benches) != 1:
            return
        (bench,) = benches
        measures = re.split(r"\s*/\s*", head.group("measures"))
        for agent in hits(state, colon, sentence[1], AGENT_TYPES):
            row = _SLASHED_ROW_CELL.match(text, agent.end, sentence[1])
            values = re.findall(_NUMBER, row.group("values")) if row else []
            if len(values) == len(measures):
                for value, measure in zip(values, measures, strict=True):
                    metric = _metric(measure)
                    self._add(state, sentence, agent.name, bench, 0.6, value=value, metric=metric)

    def _benchmark_header_rows(self, text: str, state: DocState, sentence) -> None:
        """ "Results, given as mAP for A and B and as accuracy for C, are: X 0.47 / 0.63 /
        96.1; Y 0.45 / - / 95.6": a header of benchmarks before the colon, then each
        system's row of values in the same order ("-" where it has none)."""
        colon = text.find(": ", sentence[0], sentence[1])
        header = list(dict.fromkeys(h.name for h in hits(state, sentence[0], colon, DATA_TYPES)))
        if len(header) < 2:
            return
        readings = []
        for agent in hits(state, colon, sentence[1], AGENT_TYPES):
            row = _SLASHED_ROW_CELL.match(text, agent.end, sentence[1])
            cells = re.split(r"\s*/\s*", row.group("values")) if row else []
            if len(cells) == len(header):
                readings += [
                    (agent.name, bench, value.group(0))
                    for bench, cell in zip(header, cells, strict=True)
                    if (value := re.match(_NUMBER, cell))
                ]
        if readings:
            self._settle_rows(state, sentence, readings)

    def _versus_values_of_the_compared(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "X improves over Y: 5.1 vs. 5.5 AbsRel on B, 9.3 vs. 9.9 on C": after a
        comparison with one system, the value after "vs." is that system's, on the benchmark
        the value before it was given for."""
        cue = _COMPARED_WITH_ONE.search(text, sentence[0], sentence[1])
        if cue is None:
            return
        compared = hits(state, cue.end(), sentence[1], (MODEL,))
        if not compared or _NOT_A_SHORT_GAP.search(text, cue.end(), compared[0].start):
            return  # "compared with 55.0 for Y": Y's value is said, not after "vs."
        other = compared[0].name
        own = [
            r
            for r in state.relations
            if r.rel == EVALUATED_ON and r.sentence == sentence and r.value and r.head != other
        ]
        for pair in _VALUE_VERSUS_VALUE.finditer(text, compared[0].end, sentence[1]):
            if _NEW_COMPARISON.search(text, compared[0].end, pair.start()) or any(
                h.name != other for h in compared if h.start < pair.start()
            ):
                break  # "...; it also edges out Z on B (69.5 vs. 68.9)": another comparison
            for relation in [r for r in own if r.value == pair.group(1)]:
                self._add(
                    state, sentence, other, relation.tail, 0.6, value=pair.group(2),
                    metric=relation.metric,
                )  # fmt: skip

    def _table_lines_versus(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "Results: MedQA 58.9% acc. vs 51.2% for Y; PubMedQA 76.4 vs 72.0.", "D4RL (9 tasks):
        avg. return 78.5 vs 72.1 (IQL)": a line of a results table, whose subject is left out,
        is the paper's model's; the value after "vs" is the one named for it or, unnamed,
        for the one named in the line before it."""
        main = None
        other = None
        agents = hits(state, sentence[0], sentence[1], AGENT_TYPES)
        for i in range(len(agents) - 1):
            # "...: A 0.52 vs 0.81, B 1.07 vs 1.58, for X and Y respectively": the two
            # systems of every line, named once after the lines
            pair = listed(text, agents[i:])
            if (
                len(pair) == 2
                and text.endswith("for ", sentence[0], pair[0].start)
                and _RESPECTIVELY.match(text, pair[1].end)
            ):
                main, other = pair[0].entity, pair[1].name
                break
        for bench in hits(state, sentence[0], sentence[1], DATA_TYPES):
            opened = text.startswith("(", bench.start - 1)  # "beats Y (MATH500: a vs b; ..."
            if (
                not _LINE_START.search(text, max(sentence[0], bench.start - 10), bench.start)
                and bench.start != sentence[0]
                and not opened
                # (with the pair named after the lines, a comma ends a line too)
                and not (other and _COMMA_BEFORE.search(text, bench.start - 6, bench.start))
            ):
                continue
            line = _TABLE_LINE_VERSUS.match(text, bench.end, sentence[1])
            if line is None:
                continue
            if main is None:
                main = main_entity(state, (MODEL,)) or main_entity(state)
                opening = hits(state, sentence[0], bench.start, AGENT_TYPES)[:1]
                if opened and opening and opening[0].start == sentence[0]:
                    # "X-3B rivals a baseline on ... (MMLU: a vs b; ...)": the sentence's
                    # subject, not the paper's family
                    main = opening[0].entity
                compared = _COMPARISON.search(text, sentence[0], bench.start) if opened else None
                objects = hits(state, compared.end(), bench.start, AGENT_TYPES) if compared else []
                if (
                    compared
                    and objects
                    and _OBJECT_THEN_PAREN.fullmatch(text, objects[-1].end, bench.start)
                ):
                    # "X beats Y (MATH500: a vs b; ...)": the subject before the comparison,
                    # and the system compared right before the parenthesis
                    subjects = hits(state, sentence[0], compared.start(), AGENT_TYPES)
                    main = subjects[-1].entity if subjects else main
                    if main is None or objects[-1].name != main.name:
                        other = objects[-1].name
                if main is None:
                    return
            at = line.start("named") if line.group("named") else line.start("named2")
            if at >= 0:  # "vs 51.2% for Y", "vs 72.1 (IQL)": named here, and for the next line
                found = [h for h in hits(state, at, sentence[1], AGENT_TYPES) if h.start == at]
                other = found[0].name if found else None
            own, theirs = line.group("own"), line.group("theirs")
            readings = [(main.name, bench.name, own)]
            if other is not None:
                readings.append((other, bench.name, theirs))
            at = line.end()
            if line.group("named2"):  # "... (IQL) and 69.8 (CQL)": more values, each named
                at = text.find(")", at, sentence[1]) + 1
                while at > 0 and (cell := _AND_VALUE_NAMED.match(text, at, sentence[1])):
                    found = [h for h in hits(state, cell.end(), sentence[1], AGENT_TYPES)]
                    if not found or found[0].start != cell.end():
                        break
                    readings.append((found[0].name, bench.name, cell.group(1)))
                    at = text.find(")", found[0].end, sentence[1]) + 1
            self._settle(
                state,
                sentence,
                readings,
                0.65,
                lambda r, cells={(own, bench.name), (theirs, bench.name)}: (
                    (r.value, r.tail) in cells
                ),
            )

    def _versus_cells_after_a_colon(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "X trails Y only slightly: on A, 45.2 vs 47.2 ROUGE-1 and 22.4 vs 24.6 ROUGE-2;
        on B, 43.9 vs 44.2 ROUGE-1": the subject's value, then the compared system's, on
        each benchmark a line opens with; "trails it", "matches its teacher": the one model
        the abstract distils from."""
        colon = text.find(": on ", sentence[0], sentence[1])
        before = hits(state, sentence[0], colon, AGENT_TYPES)
        if not before:
            return
        subject = before[0].name
        if len(before) > 1:
            other = before[-1].name
        elif _PRONOUN_OBJECT.search(text, before[0].end, colon):
            other = _teacher(state)
        else:
            return
        if other is None or other == subject:
            return
        readings = []
        for bench in hits(state, colon, sentence[1], DATA_TYPES):
            if not _LINE_ON_BEFORE.search(text, max(colon, bench.start - 12), bench.start):
                continue
            at = bench.end
            while cell := _VERSUS_CELL.match(text, at, sentence[1]):
                metric = _metric(cell.group("metric"))
                readings += [
                    (subject, bench.name, cell.group("own"), metric),
                    (other, bench.name, cell.group("theirs"), metric),
                ]
                at = cell.end()
        for head, bench, value, metric in readings:
            self._add(state, sentence, head, bench, 0.65, value=value, metric=metric)

    def _values_on_data_named_before(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "... on A, B, C and D. Its success rates are 93.0, 91.8, 85.4 and 61.2 on the four
        suites": values on data the sentence counts but does not name are, in order, those
        of the last list of that many data names, in this sentence or the two before."""
        for found in _VALUES_ON_COUNTED_DATA.finditer(text, sentence[0], sentence[1]):
            values = re.findall(_NUMBER, found.group("values"))
            if len(values) != _COUNT_WORDS[found.group("count")]:
                continue
            at = state.sentences.index(sentence)
            start = state.sentences[max(0, at - 2)][0]
            data = hits(state, start, found.start(), DATA_TYPES)
            lists = [listed(text, data[i:]) for i in range(len(data))]
            lists = [names for names in lists if len(names) == len(values)]
            if not lists:
                continue
            head = _scorer(state, sentence, found.start())
            if head is None:
                continue
            for hit, value in zip(lists[-1], values, strict=True):
                self._add(state, sentence, head, hit.name, 0.65, value=value)
            # "accuracies of a, b and c, macro-F1 scores of d, e and f, and Cohen's kappa of
            # g, h and i on the three datasets": each earlier list of as many values too
            clause = max(sentence[0], text.rfind("; ", sentence[0], found.start()) + 1)
            for earlier in re.finditer(_VALUE_LIST, text[clause : found.start()]):
                more = re.findall(_NUMBER, earlier.group(0))
                if len(more) == len(values) and _MEASURE_OF_BEFORE.search(
                    text, max(clause, clause + earlier.start() - 40), clause + earlier.start()
                ):
                    for hit, value in zip(lists[-1], more, strict=True):
                        self._add(state, sentence, head, hit.name, 0.65, value=value)

    def _measures_in_parentheses(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "an MAE of 13.4 (RMSE 23.1, MAPE 8.8%)": the other measures of a result, in
        parentheses after its value, are the same system's on the same benchmark."""
        for found in _VALUE_THEN_MEASURES.finditer(text, sentence[0], sentence[1]):
            owners = [
                r
                for r in state.relations
                if r.sentence == sentence and r.rel == EVALUATED_ON and r.value == found.group(1)
            ]
            if len(owners) != 1:
                continue
            for cell in _MEASURE_VALUE_CELL.finditer(found.group("cells")):
                self._add(
                    state, sentence, owners[0].head, owners[0].tail, 0.7,
                    value=cell.group("value"), metric=_metric(cell.group("metric")),
                )  # fmt: skip

    def _elliptical_from_to_rows(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "X drops from 95.8% on A to 91.2% on B and 78.4% on C; Y goes from 96.4 to 93.0
        and 81.7": a later system's values with no benchmark named are on the benchmarks
        the first system's were, in order."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        if len(data) < 2 or not _FROM_VALUE_ON.search(text, sentence[0], data[0].start):
            return  # (the first system's row names each benchmark: "from 95.8% on A to ...")
        for row in _BARE_FROM_TO.finditer(text, data[-1].end, sentence[1]):
            values = re.findall(_NUMBER, row.group("values"))
            named = hits(state, data[-1].end, row.start("values"), AGENT_TYPES)
            if not named or len(values) != len(data):
                continue
            benches = [h.name for h in data]
            if len(set(benches)) != len(benches):
                continue
            for bench, value in zip(benches, values, strict=True):
                self._add(state, sentence, named[-1].name, bench, 0.6, value=value)

    def _named_row_then_bare_rows(
        self, text: str, state: DocState, sentence: tuple[int, int]
    ) -> None:
        """ "A: X 93.1 vs. Y 92.8; B: 58.3 vs. 55.5; C: 51.7 vs. 49.1": the first row names
        the systems, in the order the later rows give their values."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        agents = {h.start: h for h in hits(state, sentence[0], sentence[1], AGENT_TYPES)}
        systems: list[str] = []
        readings = []
        for bench in data:
            if not systems:
                row = _NAMED_VERSUS_ROW.match(text, bench.end, sentence[1])
                first = agents.get(row.start("first")) if row else None
                second = agents.get(row.start("second")) if row else None
                if first is None or second is None or second.end != row.start("second_value"):
                    continue
                if first.end != row.start("first_value"):
                    continue
                systems = [first.name, second.name]
                readings += [
                    (first.name, bench.name, row.group("first_value").strip()),
                    (second.name, bench.name, row.group("second_value").strip()),
                ]
                continue
            row = _VERSUS_ROW.match(text, bench.end, sentence[1])
            values = re.findall(_NUMBER, row.group("values")) if row else []
            if len(values) == len(systems):
                readings += [(s, bench.name, v) for s, v in zip(systems, values, strict=True)]
        if len(readings) > 2:
            self._settle_rows(state, sentence, readings)

    def _versus_header_rows(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        """ "Results (MSE, X vs. teacher vs. Y trained in-domain): A: 0.371 vs 0.362 vs
        0.375; B: ...": a table whose header orders the systems, then one row per
        benchmark, each value the system's of its place ("teacher": the one distilled
        from)."""
        header = _VERSUS_HEADER.search(text, sentence[0], sentence[1])
        if header is None:
            return
        systems: list[str] = []
        for cell in _VERSUS_GAP.split(header.group("systems")):
            at = header.start("systems") + header.group("systems").find(cell)
            named = [h for h in hits(state, at, at + len(cell), AGENT_TYPES) if h.start == at]
            if named:
                systems.append(named[0].name)
            elif _TEACHER_CELL.fullmatch(cell.strip()) and (teacher := _teacher(state)):
                systems.append(teacher)
            else:
                return  # a system the rows cannot be given to: read no row
        readings = []
        for bench in hits(state, header.end(), sentence[1], DATA_TYPES):
            row = _VERSUS_ROW.match(text, bench.end, sentence[1])
            values = re.findall(_NUMBER, row.group("values")) if row else []
            if len(values) == len(systems):
                readings += [
                    (system, bench.name, value)
                    for system, value in zip(systems, values, strict=True)
                ]
        if readings:
            self._settle(state, sentence, readings, 0.7, lambda r: False)

    def _values_then_owner(
        self, text: str, state: DocState, sentence: tuple[int, int], scored: set[str]
    ) -> None:
        """ "On FEMNIST, X reaches 84.9% against 81.2% (FedAvg), 82.0% (FedProx) and 83.5%
        (SCAFFOLD)", "improves from 61.4 (ESM-2) to 66.9 (X-3B)": after a comparison, a
        value whose parenthesis holds only a system's name is that system's, on the
        benchmark scored before it in the sentence (else the one it scores)."""
        data = [h for h in hits(state, sentence[0], sentence[1], DATA_TYPES) if h.name in scored]
        if not data:
            return
        agents = {(h.start, h.end) for h in hits(state, sentence[0], sentence[1], AGENT_TYPES)}
        if any(
            cell.span(1) not in agents and _LETTER.search(cell.group(1))
            for cell in _VALUE_PARENTHESIS.finditer(text, sentence[0], sentence[1])
        ):
            return  # "drops from 79.9 (BF16) to 79.2 (AWQ)": settings of one model
        owned = []
        for agent in hits(state, sentence[0], sentence[1], AGENT_TYPES):
            if not text.startswith(")", agent.end):
                continue
            value = _VALUE_THEN_OPENING.search(
                text, max(sentence[0], agent.start - 14), agent.start
            )
            if value is None or not _COMPARISON_CUE.search(text, sentence[0], value.start()):
                continue
            before = [h for h in data if h.end <= value.start()]
            bench = before[-1] if before else data[0]
            owned.append((agent.name, bench.name, value.group(1)))
        if owned:  # (not also the subject's: "from 61.4 (Y) to 66.9 (X-3B)")
            cells = {(bench, value) for _, bench, value in owned}
            self._settle(state, sentence, owned, 0.65, lambda r: (r.tail, r.value) in cells)

    def _unscored(
        self, text: str, state: DocState, sentence: tuple[int, int], scored: set[str]
    ) -> None:
        """ "X achieves state-of-the-art on Y": evaluatedOn without a value."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        tested = _experiments_on(text, state, sentence, data)
        benchmarks = [
            hit
            for hit in data
            if hit.name not in scored and (hit.type == "Benchmark" or hit in tested)
        ]
        # the result words last: most sentences name no benchmark left unscored
        if not benchmarks or not _RESULT_WORDS.search(text, sentence[0], sentence[1]):
            return
        made_here = {
            r.tail for r in state.relations if r.rel == "introduces" and r.sentence == sentence
        }
        # "which we obtain by adapting Y with the Common Voice subset": data this sentence
        # trains on is no result of it
        trained_here = {
            r.tail for r in state.relations if r.rel == "trainedOn" and r.sentence == sentence
        }
        benchmarks = [hit for hit in benchmarks if hit.name not in trained_here]
        if made_here and not _ACHIEVED.search(text, sentence[0], sentence[1]):
            # "We introduce XBench, a benchmark ... to support future evaluations": no result
            benchmarks = [hit for hit in benchmarks if hit.name not in made_here]
        for hit in benchmarks:
            left = text[sentence[0] : hit.start]
            if re.search(
                r"\b(?:trained|pre-?train\w*|fine-?tun\w*|calibrat\w*\s+on|from)\s+(?:[\w.-]+\s+){0,3}$",
                left,
            ):
                continue
            tested = self._listed_before_passive(text, state, sentence, hit)
            if tested:  # "A, B and C were evaluated on X": each of them
                for agent in tested:
                    self._add(state, sentence, agent.name, hit.name, 0.6)
                continue
            if _FRONTED_EVALUATION.match(text, sentence[0]) and not hits(
                state, sentence[0], hit.start, AGENT_TYPES
            ):
                # "Evaluated on a subset of B, X achieves ...": the subject after the opener
                comma = text.find(", ", hit.end, sentence[1])
                after = hits(state, comma + 2, sentence[1], AGENT_TYPES) if comma >= 0 else []
                if after and after[0].start == comma + 2:
                    self._add(state, sentence, after[0].name, hit.name, 0.6)
                    continue
            self._emit(state, sentence, hit.start, hit.name)

    @staticmethod
    def _listed_before_passive(text: str, state: DocState, sentence, bench) -> list:
        """The names listed as the subject of "were evaluated on" right before ``bench``."""
        agents = hits(state, sentence[0], bench.start, AGENT_TYPES)
        if not agents or not _PASSIVE_TESTED.fullmatch(text, agents[-1].end, bench.start):
            return []
        group = agents[-1:]
        for agent in reversed(agents[:-1]):
            if not LIST_GAP.fullmatch(text, agent.end, group[0].start):
                break
            group.insert(0, agent)
        return group if len(group) > 1 else []


#: between a list of systems and the benchmark they were all tested on
_PASSIVE_TESTED = re.compile(
    r"\s*\)?,?\s+(?:were|are)\s+(?:all\s+|then\s+|also\s+|each\s+)?"
    r"(?:evaluated|tested|benchmarked|assessed)\s+(?:[\w-]+\s+){0,3}?on\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?"
)


#: a sentence opened by the data a model was tuned on: "Fine-tuned on X, Y reaches ..."
#: "..., with X achieving ...": the system a result clause is about
_WITH_AGENT = re.compile(r"(?:\s+(?:dataset|benchmark|set|split))?,?\s+with\s+(?:the\s+)?")
_WITH_AGENT_VERB = re.compile(
    r"\s+(?:achiev|reach|attain|obtain|scor|record|yield|deliver)\w*\b", re.I
)
_CLAUSE_END = re.compile(r";|,\s+(?:while|whereas|and|but)\b")
_OF_VALUE = re.compile(rf"\bof\s+(?:(?<![\w.])({_NUMBER})\s*%|(?<![\w.])({_NUMBER}))(?!\w)(?!\.\d)")
_PARAMETER_BEFORE = re.compile(r"(?:\bat\s+|@)$")
#: "o3-mini follows at 38.5%", "accuracy stays at 81.2": where a value arrives, a result
_RESULT_AT_BEFORE = re.compile(
    r"\b(?:follow(?:s|ed)?|stand(?:s)?|stood|comes?|came|lands?|sits?|peak(?:s|ed)?|"
    r"finish(?:es|ed)?|remain(?:s|ed)?|stay(?:s|ed)?|plateau(?:s|ed)?)\s+at\s+$"
)
#: " ± 0.20" after a value: its spread, blanked out before the rules read values
_SPREAD = re.compile(rf"(?<=[\d%])\s*(?:±|\+/-|\\pm)\s*{_NUMBER}")
#: "± 2.0", "+/- 2.0", "\\pm 2.0": a spread, never a value of its own
_SPREAD_BEFORE = re.compile(r"(?:±|\+/-|\\pm)\s*$")
#: "evaluate ... LLMs on B": the sentence tests on B
_EVALUATED_ON_BEFORE = re.compile(
    r"\b(?:evaluat|test|benchmark)\w*\b[^.;:]{0,60}\s(?:on|against)\s+(?:the\s+)?"
    # "evaluated on the stability subset of B"
    r"(?:(?:[\w-]+\s+){0,2}?(?:subset|part|portion|split|track)\s+of\s+(?:the\s+)?)?$",
    re.I,
)
#: ", it" right after a fronted benchmark: the paper's model, as its result's subject
_IT_AFTER_BENCHMARK = re.compile(r"(?:\s+(?:benchmark|dataset|test set|suite))?,\s+it\b")
_AND_ON_PART_OF = re.compile(
    r"(?:,|\band)\s+on\s+the\s+(?:[\w-]+\s+){0,3}(?:subset|part|portion|split|track)\s+of\s+"
    r"(?:the\s+)?$"
)
_PART_OF_BEFORE = re.compile(r"\b(?:subset|part|portion|split|track)\s+of\s+(?:the\s+)?$")
#: "Evaluated on B, X ...", "Transferred without any tuning to B, X ..."
_FRONTED_EVALUATION = re.compile(
    r"(?:(?:Evaluated|Tested|Validated|Benchmarked)(?:\s+[\w-]+){0,3}?\s+(?:on|across)"
    r"|(?:Transferred|Applied)(?:\s+[\w-]+){0,3}?\s+to)\s"
)
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:over|above|below|under|than|least|most|beyond|exceeding|nearly|almost)\s+$", re.I
)
_TITLE_WORD_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")
#: a subject's result verb: "X, achieves only 48%", "X reaches 61.2"
#: a sentence that opens with its subject, a name or "It", and a result verb
_NAME_OR_IT_THEN_RESULT = re.compile(
    r"(?:(?P<it>It)|[^\s,]+(?:\s[^\s,]+){0,3}?)\s+(?:(?:also|further|then|still)\s+)?"
    rf"{_RESULT_VERB}\b"
)
#: "The larger X-S3 reaches", "X-S3 attains": a model, maybe after its size, then a result
_SIBLING_THEN_RESULT = re.compile(
    r"(?:(?:The|Our)\s+(?:larger|smaller|largest|smallest|bigger|biggest|lighter|base)\s+"
    r"(?:(?:model|variant|version)\s+)?)?"
    rf"(?P<name>[^\s,]+)\s+(?:(?:also|further|then|still)\s+)?{_RESULT_VERB}\b"
)
#: the size part that ends a family member's name: "-S3", "-L", "-7B"
_FAMILY_TAIL = re.compile(r"-(?:[A-Z]{1,2}\d*|\d+(?:\.\d+)?[BM]|[A-Z][a-z]+)$")
#: where the sentence before says it tests: "We evaluate X on the ", "Experiments on "
_TESTED_ON_BEFORE = re.compile(
    r"\b(?:evaluat\w*|test\w*|benchmark\w*|[Ee]xperiments?|report\w*)\b[^.;:]{0,60}\s"
    r"(?:on|against)\s+(?:the\s+)?$"
)
#: "evaluated on unseen ", "tested on the held-out ": a test verb, at most two words before
#: the data name
_TESTED_ON_WORDS_BEFORE = re.compile(
    r"\b(?:evaluat|test|benchmark)\w*\s+(?:\w+\s+)?(?:on|against)\s+(?:the\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+){0,2}$"
)
#: "fine-tune them on the D corpus": task data, whose test split the results are on (not
#: "pre-trained on")
_TUNED_ON_BEFORE = re.compile(r"(?<!-)\bfine-?tun\w*\b[^.;:]{0,60}\s(?:on|using)\s+(?:the\s+)?$")
#: "and evaluated with five-fold cross-validation": the data just named is where it was tested
_TESTED_AFTER = re.compile(r"[^.;]{0,30}?\b(?:and|,)\s+(?:is\s+|was\s+)?(?:evaluated|tested)\b")
_PERCENT_OR_UNIT = re.compile(rf"(?:\s*%)?(?:\s*{_UNIT})?")
#: " (AUROC 0.811)", " (0.786)": a compared system's own value right after its name
_OWN_PAREN_VALUE = re.compile(
    rf"\s*\(\s*(?:(?P<metric>{_METRICS})\s*:?\s*)?(?P<value>{_NUMBER})\s*%?\s*\)", re.I
)
_SUBJECT_RESULT = re.compile(rf",?\s+(?:only\s+|also\s+|still\s+)?{_RESULT_VERB}\b")
#: what may come between the data of a fronted training clause and its comma
_TUNED_DATA_END = re.compile(
    # ("Trained on B at 256x256 resolution for 14 GPU-days, X reaches ...")
    r"(?:\s+at\s+\d+\s*[x×]\s*\d+(?:\s+resolution)?)?"
    r"(?:\s+(?:only|alone|from\s+scratch|"
    r"for\s+[\d.]+[KMB]?\s+(?:epochs|steps|iterations|GPU[- ](?:days|hours)|tokens)))?,\s*"
)
_TRAINED_WORDS = (
    "Fine-tuned",
    "Finetuned",
    "Trained",
    "Training ",
    "Fine-tuning",
    "After fine-tuning",
    "After training",
)
_TUNED_ON = re.compile(
    r"(?:Fine-?tuned|Finetuned|Trained|After\s+(?:fine-?tuning|training)"
    # "Training ResNet-50 on ImageNet, X obtains ...": the network trained is named first
    r"|Training\s+(?:an?\s+|the\s+)?[\w./-]+(?:\s+[\w./-]+)?)\s+(?:only\s+|solely\s+)?"
    r"on\s+(?:the\s+)?"
    r"(?:(?:training|train)\s+(?:split|set|portion)\s+of\s+(?:the\s+)?)?"
)
#: what a result says, beyond words that merely mention evaluation
_ACHIEVED = re.compile(
    r"\b(?:achiev|outperform|surpass|attain|obtain|reach|beat|scor|rank|state-of-the-art|"
    r"state of the art|SOTA)",
    re.I,
)
#: a verb of testing ("and evaluate X on it", "use it to compare"), not the noun
_TEST_VERB = re.compile(
    r"\b(?:evaluat(?:e|es|ed|ing)|test(?:s|ed|ing)?|compar(?:e|es|ed|ing)|assess(?:es|ed|ing)?)\b"
)
#: one measure of a list: "image-level AUROC", "PRO", "mean average precision"
_MEASURE_ITEM = (
    r"(?:(?:(?-i:[a-z]+(?:-\w+)+)|mean|average|overall|macro|micro|weighted|balanced)\s+)?"
    rf"(?:{_METRICS}|(?-i:[A-Z][\w@-]{{1,10}}))"
)
#: "AUROC, pixel-level AUROC and PRO of 99.3%, 98.2% and 94.0%, respectively": measures,
#: then their values in the same order
_MEASURES_OF_VALUES_RESPECTIVELY = re.compile(
    rf"(?<![\w-])(?P<measures>{_MEASURE_ITEM}(?:\s*,\s*{_MEASURE_ITEM})*,?\s+and\s+{_MEASURE_ITEM})"
    # ("DINO, CLIP-I and CLIP-T scores of a, b and c, respectively")
    rf"\s+(?:(?:scores|values)\s+)?of\s+(?P<values>{_VALUE_LIST}),?\s+respectively\b"
)
#: "..., and 0.569, 0.780 and 0.255 for Y": the next system's row after a "versus" row
_AND_VALUES_FOR = re.compile(rf",?\s+and\s+(?P<values>{_VALUE_LIST})\s+for\s+")
_MEASURE_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_VALUES_ON_LIST = re.compile(
    # (not a number inside a name: "on MATH-500 and 51.2 on B", "on AIME 2024 and 65.1 on B")
    rf"(?<![\w.-])(?<!(?-i:[A-Z]) )(?P<values>{_VALUE_LIST}"
    # "63.5 / 48.2 / 37.9 EM on A, B and C, respectively"
    rf"|{_NUMBER}\s*%?(?:\s*/\s*{_NUMBER}\s*%?)+)"
    r"(?:\s*\([\w\s-]{1,20}\))?"
    # "0.812, 0.846 and 0.779 mean AUROC on A, B and C": the metric between
    r"(?:\s+(?:[\w@-]+\s+){0,2}?(?:AUROC|AUC|accuracy|F1|mAP|mIoU|BLEU(?:-\d)?|ROUGE-[12L]|"
    r"METEOR|CIDEr|WER|EM|pass@\d+|"
    r"success(?: rate)?|score|points|exact[ -]match))?"
    r"\s+(?:on|in)\s+(?:the\s+)?"
)
#: the end of a clause right after a list of names
# (or the next measure of the clause: "... on A and B and RMSE of 0.412 on C")
_LIST_CLOSES = re.compile(
    # ("... on the A, B and C trials respectively": the list's head noun first)
    r"(?:\s+(?:trials|benchmarks|datasets|test\s+sets|sets|splits|subsets|tasks|suites))?"
    rf"(?:\s*(?:[,.;)]|$)|\s+respectively\b)|\s+and\s+(?:an?\s+)?(?:{_METRICS})\s+of\b",
    re.I,
)
_VALUES_ON_LIST_END = re.compile(_VALUES_ON_LIST.pattern + "$", re.I)
_OPENER_THEN_IT = re.compile(
    r"(?:Used|Deployed|Plugged|Applied|Combined|Paired|Integrated|Placed|Run|Evaluated|Tested)"
    r"\b[^,;]{0,120},\s+it\s"
)
_WITH_BEFORE = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?$")
#: "... on the benchmark": the one a fronted "On B," named
_ON_THE_BENCHMARK = re.compile(r"\bon\s+(?:the|this)\s+benchmark(?=\s+with\b)")
#: "37.0% CoER (": a value and its metric, then the system it is of in parentheses
_VALUE_THEN_AGENT = re.compile(rf"(?<![\w.])({_NUMBER})\s*%?\s+(?:[\w@-]+\s+){{0,2}}\($")
#: a word before a measure: "mean", "pixel-level"
_MEASURE_ADJECTIVE = r"(?:overall|mean|average|macro|micro)"
_HYPHENATED_QUALIFIER = r"(?-i:[a-z]+(?:-[a-z]+)+)"
_MEASURE_QUALIFIER = rf"(?:{_MEASURE_ADJECTIVE}|{_HYPHENATED_QUALIFIER})"
_AND_VALUE_METRIC = re.compile(
    # "0.741 NDS and 0.722 mAP", "85.0 MPJPE / 51.4 PA-MPJPE" (the first metric may be one
    # the value's pattern does not know)
    # ("71.9% overall accuracy and 58.4 mIoU": a known one, maybe after an adjective)
    # ("84.9% image-level AUROC and 96.1% pixel-level AUROC": hyphenated qualifiers)
    rf"(?:\s+(?:{_MEASURE_QUALIFIER}\s+)?(?:{_METRICS}|(?-i:[A-Z][A-Za-z-]*[A-Z])))?"
    # ("a mean rank of 2.9 and 0.873 mean AUC": an adjective before the second metric)
    rf"(?:\s+and\s+(?:an?\s+)?|\s*/\s*|\s*,\s*(?:and\s+)?)({_NUMBER})\s*%?(?:\s*{_UNIT})?\s+"
    rf"(?:{_MEASURE_ADJECTIVE}\s+)?"
    rf"((?:{_HYPHENATED_QUALIFIER}\s+)?(?:{_METRICS}|(?-i:[A-Z][A-Za-z-]*[A-Z])))"
    # (not a difference: "45.1 AP, 2.3 AP higher than Y")
    r"(?![\w-])(?!\s+(?:higher|lower|better|worse|more|less|above|below|over|ahead|gains?)\b)",
    re.I,
)
_AND_METRIC_OF = re.compile(
    # ("and a CLAP score of 0.41": a capitalised word may name the measure)
    # ("with an average accuracy of 92.0%": the measure's second value, after "with")
    # (", a UTMOS of 4.12 and a WER of 2.8%": a list, each with its article)
    rf"(?:,?\s+(?:and|with)|,)\s+(?:an?\s+)?((?:(?-i:[A-Z][\w-]*)\s+|(?:average|mean|overall)\s+)?"
    rf"(?:{_METRICS})"
    # ("and a speaker similarity of 0.69": a word, then a kind of measure; "a Success rate
    # of 83.0")
    # ("and a discovery acceleration factor (DAF) of 4.9": its acronym after it)
    r"|(?-i:[A-Za-z][a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,2}?\s+"
    r"(?:similarity|rate|ratio|distance|error|coefficient|index|factor|score)"
    # ("a UTMOS of 4.12": an acronym of its own)
    r"|(?-i:[A-Z]{2,}[A-Za-z0-9-]*))"
    r"(?:\s+\((?P<short>(?-i:[A-Z][\w-]*))\))?"
    # (", METEOR = 0.241 and ROUGE-L = 0.388": an equals sign for "of")
    rf"(?:\s+of\s+|\s*=\s*(?=[\d.]+(?![\w-])))(?P<value>{_NUMBER})(?!\w|\.\d)",
    re.I,
)
#: "HippoRAG 2: 61.0 / 47.6 / 33.4)": a system's row of values after its name
_ROW_VALUES = re.compile(rf":\s*(?P<values>{_NUMBER}\s*%?(?:\s*(?:/|,)\s*{_NUMBER}\s*%?)+)\s*\)")
#: "MobileCLIP-S1: 72.6%,": a system's value after its name and a colon
_COLON_VALUE = re.compile(rf":?\s*({_NUMBER})\s*%?\s*(?:[,;)]|and\b)")
#: "obtain 47.9%, 45.1% and 39.6% accuracy respectively": a verb, then the values
_EXPERIMENTS_ON = re.compile(
    r"\b[Ee]xperiments\s+on\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:datasets|benchmarks),\s+)?"
)
_ADJECTIVES_GAP = re.compile(r"(?:[a-z][a-z-]+\s+){0,2}")
_COMPARED_JUST_BEFORE = re.compile(
    r"\b(?:above|below|ahead of|behind|than|over|versus|vs\.|(?:tied|par|compared|level)\s+with)"
    # ("well ahead of its base model Y (28.6)")
    r"\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?)?$"
)
#: "... with these backbones respectively": models listed before the sentence
_THESE_MODELS_RESPECTIVELY = re.compile(
    r"\b(?:with|for|using|across|by)\s+(?:these|the\s+same|the\s+(?:two|three|four|five)|"
    r"each\s+of\s+these)\s+(?:[\w-]+\s+)?(?:backbones|models|LLMs|systems|base\s+models)"
    r",?\s+respectively\b"
)
_VALUE_LIST_RE = re.compile(_VALUE_LIST)
#: "81.6 on the B QA split and 77.9 on its dialogue split": two splits of one benchmark
_ON_ITS_OTHER_SPLIT = re.compile(
    rf"(?<![\w.])(?P<first>{_NUMBER})\s*%?\s+on\s+(?:the\s+)?[\w.-]+(?:\s+[\w-]+)?\s+split"
    rf",?\s+and\s+(?P<second>{_NUMBER})\s*%?\s+on\s+its\s+[\w-]+\s+split\b"
)
#: ", with MSEs of 80.2, 9.7 and 138.5": a second measure's list after a first one
#: " / KID 0.61", " in the unpaired setting and SSIM 0.902": the next measure named
#: before its value
_NEXT_NAMED_CELL = re.compile(
    r"\s*%?(?:\s+(?:in|on|for)\s+the\s+[\w-]+\s+(?:setting|split|set))?\s*(?:/|,|,?\s+and)\s*"
    rf"(?P<metric>{_METRICS})\s+(?P<value>{_NUMBER})(?!\w|\.\d)"
)
#: " (FID 6.29 / KID 0.97)": a compared system's values, each after its measure's name
_NAMED_CELLS_PAREN = re.compile(
    rf"\s*\(\s*(?:(?:{_METRICS})\s+{_NUMBER}\s*%?\s*(?:/|,|;)\s*)*(?:{_METRICS})\s+{_NUMBER}\s*%?\s*\)"
)
#: a measure's name before its value, blanked before the values are read ("F1 0.81")
_METRIC_NAME_WORD = re.compile(rf"(?<![\w.])(?:{_METRICS})(?=\s+\d)")
#: "from 61.39% for ": a value and the system it is, then " to 66.02% for " the other's
_FROM_FOR = re.compile(rf"\bfrom\s+({_NUMBER})\s*%?\s+for\s+(?:the\s+)?")
_TO_FOR = re.compile(rf"\s+to\s+({_NUMBER})\s*%?\s+for\s+(?:the\s+)?")
#: ", while RMSE drops from 0.0566 to 0.0497": the same two systems' second measure
_MEASURE_MOVES_TOO = re.compile(
    r",?\s+(?:while|and|whereas)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_METRICS})\s+(?:drops|falls|decreases|rises|increases|improves|goes)\s+"
    rf"from\s+(?P<before>{_NUMBER})\s*%?\s+to\s+(?P<after>{_NUMBER})(?!\w|\.\d)"
)
_RESPECTIVE_SECOND_LIST = re.compile(
    r"\brespectively,\s+(?:and|with)\s+(?:the\s+)?(?:corresponding\s+)?"
    rf"(?P<metric>{_METRICS})s?\s+of\s+(?P<values>{_VALUE_LIST})",
    re.I,
)
_SECOND_MEASURE_LIST = re.compile(
    rf"\s*%?,?\s+(?:and|with)\s+(?:an?\s+|the\s+)?(?P<metric>{_METRICS})s?\s+of\s+"
    rf"(?P<values>{_VALUE_LIST})"
)
#: "drop to 31.5%, 29.8% and 44.7%, respectively": a list of values said to be in order
_VALUES_RESPECTIVELY = re.compile(
    rf"(?<![\w.])(?P<values>{_VALUE_LIST})\s*%?(?:\s+(?-i:[a-z][\w-]*)){{0,3}}?,?\s+respectively\b"
)
#: "the two variants score 69.7 and 72.0 mIoU": values of a family's variants, in order
_THE_VARIANTS_VALUES = re.compile(
    r"\b[Tt]he\s+(?P<count>two|three|four)\s+(?:[\w-]+\s+)?(?:variants|models|sizes|versions|"
    r"checkpoints)\s+(?:\w+\s+)?(?:score|reach|obtain|achieve|attain|get|record|yield)(?:ed)?\s+"
    rf"(?:(?:an?\s+)?[\w@-]+\s+of\s+)?(?P<values>{_VALUE_LIST})(?![\w.]*\d)"
)
#: a verb of a value's move, up to its new value: "drop to", "rises to"
_MOVE_TO = r"(?:drop|fall|decline|degrade|rise|climb|improve|increase|decrease)s?\s+to\s+"
#: "A and B reach 62.7 and 58.6 on B": the verb, the values in order, then "on"
_VALUES_THEN_ON = re.compile(
    # ("... and GridLite-M (5.8M parameters) reach": the last one's size first)
    rf"(?:{SIZE_NOTE})?"
    r",?\s+(?:(?:\w+\s+){0,2}?(?:obtain|achieve|reach|score|attain|get|record)\w*\s+"
    rf"|{_MOVE_TO})"
    rf"(?P<values>{_VALUE_LIST})\s*%?\s+(?:(?:{_METRICS})\s+)?on\s+(?:the\s+)?",
    re.I,
)
_COUNT_WORDS = {
    **{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    **{str(n): n for n in range(2, 10)},
}
#: values on data counted, not named: "93.0, 91.8, 85.4 and 61.2 on the four suites"
#: "accuracies of ", "macro-F1 scores of ": the measure of the values that follow
_MEASURE_OF_BEFORE = re.compile(r"\b[\w@'-]+\s+of\s+$")
_VALUES_ON_COUNTED_DATA = re.compile(
    rf"(?<![\w./-])(?P<values>{_VALUE_LIST})\s*%?(?:\s+(?-i:[A-Za-z][\w@-]*))?,?\s+"
    r"(?:on|across|for)\s+(?:the|these|all|its|our)\s+"
    r"(?P<count>two|three|four|five|six|[2-9])\s+(?:[\w-]+\s+)?"
    r"(?:suites|datasets|benchmarks|tasks|languages|splits|subsets|environments|domains)\b"
)
#: after a value, more values and the data they are on: " and 78.6 on "
_OWN_DATA_AFTER = re.compile(
    rf"(?:\s*%?\s*(?:,|and|,\s*and)\s+{_NUMBER})*\s*%?(?:\s+(?:{_METRICS}))?\s+on\s+(?:the\s+)?"
)
#: "73.4 NDS and " before "71.0 mAP on B": the first of two measures of one benchmark
_METRIC_OF_AND_BEFORE = re.compile(
    # ("an energy MAE of 21 meV/atom and a force MAE of 48 meV/Å on B": units, and a word
    # of what is measured before the second)
    # ("δ1 = 0.981 and RMSE = 0.198 m on B": measures set equal to their values)
    rf"(?:\b|(?=δ))((?:{_METRICS}))(?:\s+of\s+|\s*=\s*)({_NUMBER})\s*%?(?:\s*{_UNIT})?\s+and\s+"
    r"(?:an?\s+|the\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+)?$",
    re.I,
)
_MEASURE_CELL_BEFORE = (
    # ("95.6% Rank-1 / 89.0% mAP on B": a slash between the two)
    rf"(?<![\w.])({_NUMBER})\s*%?(?:\s*{_UNIT})?\s+({_METRICS}|(?-i:[a-z]+\s+)?coverage)"
    # ("80.6 exact match (EM) and": the measure's acronym)
    r"(?:\s*\((?-i:[A-Z][\w@-]{0,10})\))?"
)
_MEASURE_AND_BEFORE = re.compile(rf"{_MEASURE_CELL_BEFORE}(?:,?\s+and|\s*/)\s+$", re.I)
#: "64.9 HOTA, " before "80.1 IDF1 and": an earlier cell of the same list
_MEASURE_COMMA_BEFORE = re.compile(rf"{_MEASURE_CELL_BEFORE}\s*,\s*$", re.I)
#: " points" right after a list of values: changes, not results
_POINTS_RIGHT_AFTER = re.compile(r"\s*(?:points?|pp|%\s+points?)\b")
_GAINS_BEFORE = re.compile(r"\b(?:gains?|gained|loses|lost|drops?|improves\s+by|by)\s+$")
_ON_THE_SAME = re.compile(
    # ("on the same benchmarks": as many as the values)
    r"\bon\s+the\s+same\s+(?:(?:(?P<count>two|three|four)\s+)?(?P<what>benchmarks|datasets)"
    r"|(?P<what2>splits))\b"
)
#: "The two models score ...", "Both models reach ...": the models of the sentence before
_THE_MODELS_OPEN = re.compile(
    r"(?:The\s+(?:two|three|four)\s+(?:models|checkpoints)|Both\s+models)\b"
)
#: "83.1 and 71.4 on B": one value per model of a list, on B
_VALUES_ON_NAME = re.compile(rf"(?<![\w.])(?P<values>{_VALUE_LIST})\s+on\s+(?:the\s+)?")
#: "68.9 / 74.2 / 71.5": a row of values, one per benchmark of a slash header
_SLASH_ROW = re.compile(rf"(?<![\w./]){_NUMBER}\s*%?(?:\s*/\s*{_NUMBER}\s*%?)+(?![\w/])")
#: " accuracy is 68.1 for ": a measure of the benchmark before, its value, then whose
_MEASURE_IS_VALUE_FOR = re.compile(
    rf"\s+(?:(?-i:[a-z][\w-]*)\s+)?(?:{_METRICS})\s+(?:is|was)\s+(?P<value>{_NUMBER})\s*%?"
    r"\s+for\s+(?:the\s+)?",
    re.I,
)
#: " versus 68.6 for ", ", against 61.0 for ", " and 55.2 for ": the next system's value
_VERSUS_VALUE_FOR = re.compile(
    r",?\s+(?:versus|vs\.?|against|compared\s+with|and)\s+"
    rf"(?P<value>{_NUMBER})\s*%?\s+for\s+(?:the\s+)?"
)
_IS_BETWEEN = re.compile(r"\s+(?:is|are|reads|read)\s+")
_FOR_AFTER = re.compile(r"\s*%?\s+(?:[\w-]+\s+){0,2}?for\s+(?:the\s+)?")
#: a list gap that may hold an article and one word ("..., DeepSeek-V3 and the open-weight Y")
_LIST_GAP_WITH_WORD = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[\w-]+\s+)?")
#: "it raises Y from ...", "lifts the accuracy of Y from ...": a model's result changed
_RAISES_BEFORE = re.compile(
    r"\b(?:raises|raising|lifts|lifting|improves|improving|boosts|boosting|increases|"
    r"brings|pushes|takes)\s+(?:the\s+(?:[\w@-]+\s+){1,3}?of\s+)?(?:the\s+)?$"
)
_AND_BEFORE = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)$")
#: between a named subject and its verb: "X raises", "X further raises"
_SUBJECT_GAP = re.compile(r"\s+(?:\w+ly\s+|further\s+|also\s+)?")
_RISES_FROM = re.compile(r"\s+(?:improves|rises|climbs|increases|goes|jumps)(?=\s+from\b)")
_FROM_TO_VALUES = re.compile(rf"\s+from\s+({_NUMBER})\s*%?\s+to\s+({_NUMBER})\s*%?(?!\w|\.\d)")
_ON_AFTER = re.compile(r"\s+on\s+(?:the\s+)?")
_AND_FROM_TO_ON = re.compile(
    rf"(?:\s+(?:{_SPLITS}))?,?\s+and\s+from\s+({_NUMBER})\s*%?\s+to\s+({_NUMBER})\s*%?"
    r"\s+on\s+(?:the\s+)?"
)
#: "% EER and from 0.447 to 0.403 minDCF": the measure, then more moves of other measures
_FROM_TO_PAIR = re.compile(rf"\bfrom\s+({_NUMBER})\s*%?\s+to\s+({_NUMBER})")
_MEASURE_THEN_MORE_MOVES = re.compile(
    rf"(?:\s*%)?(?:\s+[\w@-]+)?(?:,?\s+and\s+from\s+{_NUMBER}(?:\s*%)?\s+to\s+{_NUMBER}"
    r"(?:\s*%)?(?:\s+[\w@-]+)?)+"
)
_FRONTED_BENCH = re.compile(r"(?:On|For)\s+(?:the\s+)?")
#: "on B" (its benchmark is what a value before it was measured on)
_ON_GAP = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?")
_ON_BEFORE = re.compile(r"\b(?:on|in)\s+(?:the\s+)?$", re.I)
_VALUES_AT_IN_ORDER = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:trail|lag|follow|come|land|stand|sit|finish|end)s?\s+"
    rf"(?:(?:close\s+)?behind\s+)?at\s+(?P<values>{_VALUE_LIST})(?![\w%]|\.\d)"
)
_RESPECTIVE_VALUES = re.compile(
    # ("The resulting checkpoints, X and Y, reach ...": an appositive list, then the verb)
    r",?\s+(?:(?:\w+\s+){0,2}?(?:obtain|achieve|reach|score|attain|get|record)\w*\s+"
    # ("obtain forget qualities of 0.58 and 0.02": a plural measure; not changes, "gains of")
    r"(?:(?:[\w-]+\s+){0,2}?(?!(?:improvement|gain|drop|reduction|increase|decrease|point)s\b)"
    r"[a-z-]+(?:s|ies)\s+of\s+"
    # "achieve the highest accuracy: 89.4%, 77.9%, and 75.9% respectively"
    r"|(?:the\s+)?(?:highest|best|top|lowest)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?::\s*|\s+of\s+))?"
    # "A and B at the same bit width land at 6.93 and 6.77 respectively"
    r"|(?:[\w-]+\s+){0,5}?(?:land|come|stand|sit)s?\s+at\s+"
    # "...; A, B and C follow with 22.9%, 20.3% and 14.8% respectively"
    r"|(?:follow|trail|come\s+next)\s+with\s+"
    # "whereas A and B drop to 40.3 and 36.8, respectively"
    rf"|{_MOVE_TO}"
    # "followed by A and B at 64.3% and 61.0%, respectively"
    r"|at\s+)"
    rf"(?P<values>{_VALUE_LIST})"
    r"[^.;]{0,40}?\brespectively\b"
)
#: a contrast before a compared system: "whereas the original Y", ", and a Y baseline"
_CONTRAST_BEFORE = re.compile(
    r"\b(?:whereas|while|and)\s+(?:the\s+|an?\s+)?(?:(?:original|base|baseline|vanilla)\s+)?$"
)
#: "Y scores 9.4 and 6.1," "Y fine-tuned on the same data scores 22.0 and 15.3.": a compared
#: system's values, no benchmark after them
_CONTRAST_SYSTEM_VALUES = re.compile(
    r"\s+(?:[\w-]+\s+){0,7}?(?:scores|reaches|obtains|achieves|attains|gets|records)\s+"
    rf"(?P<values>{_VALUE_LIST})(?=\s*[,;]|\.?\s*$|\.\s)"
)
#: a benchmark, then the pronoun of the result: "Traffic its average MSE", "B it reaches"
_ITS_AFTER_BENCH = re.compile(r"[\w+.-]*(?:\s+(?:benchmark|dataset))?,?\s+(?:it|its)\b")
#: a sentence about the model the sentence before made: "This model scores ..."
_THIS_MODEL_OPENS = re.compile(
    r"(?:(?:This|The\s+resulting|The\s+final|The\s+tuned|The\s+merged)\s+(?:[\w-]+\s+)?"
    r"(?:model|checkpoint|variant|student)|The\s+model)\s+(?!of\b)"
)
#: after a sentence's first name, a participle's appositive and the name's result verb:
#: ", fine-tuned from Y on 1.9M pairs, achieves", ", a stereo matcher distilled from Y,
#: reaches"
_PARTICIPLE_APPOSITIVE_THEN_RESULT = re.compile(
    r",\s+(?:an?\s+(?:[\w-]+\s+){0,4}?)?(?:[a-z]+-)?(?:[a-z]+ed|built|made|distilled)\b"
    r"[^;()]{0,160}?,\s+"
    rf"(?:\w+ly\s+)?(?:{_RESULT_VERB}|posts|improves|raises|lifts|boosts)\b"
)
#: the parts of one benchmark that values are given for: " for WT, TC and ET respectively"
#: "78.4% top-1 accuracy, with 80.1%, 77.9% and 74.6% on the many-, medium- and few-shot
#: splits respectively": the same benchmark's values per part, after its overall value
_WITH_PART_VALUES = re.compile(
    r"\s*%?(?:\s+[\w-]+){0,3}?,?\s+with\s+(?P<values>"
    rf"{_VALUE_LIST})"
)
_FOR_PARTS_RESPECTIVELY = re.compile(
    r"\s*%?(?:\s+(?!for\b|on\b|in\b)[^\s\d,;.()]{1,12}){0,2}?"  # (a unit or a measure)
    r"\s+(?:for\s+(?:the\s+)?[^;.()]{1,80}?(?:\([^()]{1,12}\)[^;.()]{0,40}?){0,3}"
    r"|(?:on|in)\s+the\s+[^;.()]{1,60}?\b(?:subsets|splits|sets|levels|settings|tracks))"
    r",?\s+respectively\b"
)
#: "with Y and Z in parentheses": the systems whose values a table gives in parentheses
_OTHERS_IN_PARENTHESES = re.compile(r"\bwith\s+(?P<others>[^;:()]{1,120}?)\s+in\s+parenthes[ie]s\b")
#: a table cell with the others' values: " 74.1 (72.9 / 67.5)", ": 74.1% (72.9%, 67.5%)"
_CELL_WITH_OTHERS = re.compile(
    rf"\s*:?\s*{_NUMBER}\s*%?\s*\((?P<others>{_NUMBER}\s*%?(?:\s*[/,;]\s*{_NUMBER}\s*%?)*)\)"
)
#: a teacher's values: "56.8 and 85.9 for the 72B teacher", "its teacher scores 79.8%"
#: where a teacher is named: after "distilling", "distilled from", "the teacher, ", or
#: before " as the teacher"
_TEACHER_CUE = re.compile(
    r"(?P<after>\bdistil(?:l|ls|led|ling|s|ed|ing)?\s+(?:from\s+|(?:the\s+)?(?:[\w-]+\s+){0,3}?of\s+)?"
    r"|\bdistillation\s+from\s+|\bteacher,?\s+)"
    r"|(?P<before>\s+as\s+(?:the|a|its|our)\s+teacher\b)",
    re.I,
)
_TEACHER_VALUES = re.compile(
    rf"(?<![\w.])(?P<values>{_NUMBER}\s*%?(?:(?:\s*,\s*|,?\s+and\s+){_NUMBER}\s*%?)*)"
    rf"(?:\s*{_UNIT})?(?:\s+(?:{_METRICS}))?\s+for\s+(?:its|the|their)\s+(?:[\w.-]+\s+)?teacher\b"
    rf"|\b(?:its|the|their)\s+(?:[\w.-]+\s+)?teacher\s+(?:model\s+)?(?:only\s+)?"
    rf"(?:scores|reaches|achieves|attains|obtains|gets|records)\s+(?P<value>{_NUMBER})"
    # "approaching its teacher (FID 0.045)": the teacher's value in parentheses
    rf"|\b(?:its|the|their)\s+teacher\s+\((?:(?-i:[A-Z][\w@-]*)\s*[:=]?\s*)?"
    rf"(?P<cell>{_NUMBER})\s*%?\)",
    re.I,
)
#: a value for the model the subject was made from: "44.3 for its parent"
_PARENT_VALUE = re.compile(
    # ("up from 68.0 and 43.5 for its parent": a value per benchmark scored before)
    rf"(?<![\w.])(?P<values>{_VALUE_LIST}|{_NUMBER})\s*%?(?:\s*{_UNIT})?(?:\s+(?:{_METRICS}))?"
    r"\s+for\s+(?:its|the)\s+(?:parent|base\s+model|original\s+model)\b",
    re.I,
)
#: a set-off participle of making after a model's name: ", fine-tuned from "
#: "Starting from Y, we train X": Y's offset is the end of group 1
_STARTED_FROM_BEFORE = re.compile(
    r"\b((?:Starting|Initiali[sz]ed|Beginning)\s+(?:from|with)\s+(?:the\s+)?)[\w.-]+(?:\s[\w.-]+)?"
    r",\s+we\s+(?:\w+ly\s+|further\s+|then\s+)?(?:train|fine-tune|finetune|obtain|build|derive|"
    r"develop|produce)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$"
)
_MADE_FROM_AFTER = re.compile(
    # ("X, fine-tuned from Y"; "X is initialized from Y"; "X starts from the Y checkpoint")
    # ("X, which is continually pre-trained from Y")
    r"(?:,\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?)?|,?\s+(?:which\s+|that\s+)?(?:is|was)\s+)"
    r"(?:fine-?tuned|finetuned|"
    r"distilled|built|initiali[sz]ed|adapted|continually\s+pre-?trained|derived)\s+"
    r"(?:from|on\s+top\s+of|on)\s+(?:the\s+)?"
    r"|(?:,\s+an?\s+(?:[\w-]+\s+){0,3}?(?:that|which))?\s+(?:starts|started|begins|began)\s+from\s+"
    r"(?:the\s+)?"
)
#: "76.5, 78.1 and 71.2 mIoU for ": values, maybe their measure, then the systems
_VALUES_FOR = re.compile(
    rf"(?<![\w.])(?P<values>{_VALUE_LIST})(?:\s+(?:{_METRICS}))?\s+for\s+(?:the\s+)?", re.I
)
#: after a benchmark, the values it goes from and to: " test set from 38.6% to 14.2%"
_LATER_FROM_TO = re.compile(
    rf"(?:\s+(?!from\b)[\w-]+){{0,3}}?\s+from\s+({_NUMBER})\s*%?\s+to\s+{_NUMBER}(?!\w|\.\d)"
)
#: ", built on ": a participle of making between a system and its parent
_MADE_FROM_GAP = re.compile(
    r",\s+(?:built|fine-?tuned|trained|distilled|initiali[sz]ed|derived|adapted)\s+"
    r"(?:on\s+top\s+of|on|from|upon)\s+(?:the\s+)?"
)
_VALUE_FOR_BEFORE = re.compile(
    rf"(?<![\w.])({_NUMBER})\s*%?(?:\s+(?:{_METRICS}))?\s+for\s+(?:the\s+)?$", re.I
)
_TO_VALUES_RESPECTIVELY = re.compile(
    r"(?:\s+(?:suites|benchmarks|datasets|splits|tasks))?"
    rf"\s+(?:to|at|of|with)\s+(?P<values>{_VALUE_LIST})\s*%?(?:\s+[\w@-]+){{0,2}}?,?\s+"
    r"respectively\b"
)
#: ": 69.8 -> 69.6" right after "(Y" or "; Y": Y's move, as a cell
_ARROW_CELL_AFTER_SYSTEM = re.compile(rf":\s*({_NUMBER})\s*%?\s*(?:->|→)\s*({_NUMBER})(?![\w.]*\d)")
#: "After fine-tuning on ": an opener naming the data a model was tuned on
_AFTER_TUNING_ON = re.compile(r"After\s+(?:fine-?tuning|training)\s+on\s+(?:the\s+)?")
#: "76.8 average MRR on its test set": a value on the test set of the data named before
_VALUE_ON_ITS_TEST_SET = re.compile(
    rf"(?<![\w.])({_NUMBER})\s*%?\s+(?:[\w@-]+\s+){{0,2}}?on\s+its\s+"
    r"(?:test|validation|dev|held-out|evaluation)\s+(?:set|split)\b"
)
#: " MAE/RMSE/MAPE is ": a benchmark's slashed measures, their values to follow
_SLASHED_MEASURES_IS = re.compile(
    rf"\s+(?P<measures>(?:{_METRICS})(?:/(?:{_METRICS}))+)\s+(?:is|are|of|reach(?:es)?)\b"
)
#: " 18.41/30.12/12.20% for ", " versus 18.22/30.18/11.98% for its teacher": a row, then
#: whose it is
_SLASHED_ROW_FOR = re.compile(
    rf"(?:,?\s+(?:versus|vs\.?|compared\s+with|against|and))?\s+"
    rf"(?P<values>{_NUMBER}\s*%?(?:\s*/\s*{_NUMBER}\s*%?)+)\s+for\s+(?:the\s+)?"
    r"(?:(?P<teacher>(?:its\s+)?teacher)\b)?"
)
#: "; on ", "; and on the ": a clause that opens with its benchmark, after a semicolon
_ON_CLAUSE_OPENS = re.compile(r";\s+(?:and\s+)?on\s+(?:the\s+)?")
#: ", 79.4 AP (", ", 93.8 PCKh@0.5;": the clause's one value, with its measure
_SUBJECTLESS_CELL = re.compile(
    rf"(?:\s+(?:{_SPLITS}))?,\s+(?P<value>{_NUMBER})\s*%?"
    r"(?:\s+(?P<metric>(?-i:[A-Za-z][\w@.^-]*[\w])))?(?=\s*[(;.]|\s*$)"
)
#: " val/testA/testB: 48.6/53.9/42.1": the splits of the data just named, a value each
_SPLITS_THEN_VALUES = re.compile(
    rf"\s+(?P<splits>(?:{_SPLITS})(?:/(?:{_SPLITS}))+)\s*:?\s+"
    rf"(?P<values>{_NUMBER}\s*%?(?:\s*/\s*{_NUMBER}\s*%?)+)"
)
#: "@0.5" of "Acc@0.5", "R1@0.5": the threshold a measure is taken at, no value
_AT_THRESHOLD = re.compile(r"@[\d.]*\d")
_MEASURED_VALUE = rf"{_NUMBER}\s*%?(?:\s+[\w@-]+(?:\.\d+)?)?"  # ("87.2 Acc@0.5")
_PRONOUN_VALUES_RESPECTIVELY = re.compile(
    r",?\s+(?:it|they|the\s+model|our\s+model)\s+(?:\w+\s+)?"
    r"(?:obtain|achieve|reach|score|attain|get|record)\w*\s+"
    rf"(?P<values>{_MEASURED_VALUE}(?:\s*,\s*{_MEASURED_VALUE})*,?\s+and\s+{_MEASURED_VALUE}),?\s+"
    r"respectively\b"
)
#: "Experiments on ", "Extensive evaluations on three datasets, ": a subjectless opener
#: before a list of data
_TESTS_ON_THEN_LIST = re.compile(
    r"(?:Extensive\s+|Further\s+)?(?:[Ee]xperiments|[Ee]valuations|[Rr]esults|[Tt]ests)\s+on\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:datasets|benchmarks),\s+)?(?:[\w-]+\s+){0,2}?$"
)
_SHOW_VALUES_RESPECTIVELY = re.compile(
    r"(?:\s+(?:datasets|benchmarks))?,?\s+(?:show|yield|report|give|reveal|demonstrate)\w*\s+"
    r"(?:that\s+)?(?:(?:an?|the)\s+)?(?:[\w@-]+\s+){0,3}?(?:of|at)\s+"
    rf"(?P<values>{_VALUE_LIST})\s*%?(?:\s+[\w@-]+){{0,2}}?,?\s+respectively\b"
)
#: ", X scores 23.9, 18.7 and 11.4 BLEU-4 on their respective test sets": the values of
#: the data listed before, in order
_VALUES_ON_THEIR_RESPECTIVE = re.compile(
    rf"[^.;]{{1,80}}?(?<![\w.-])(?P<values>{_VALUE_LIST})\s*%?(?:\s+[\w@-]+){{0,2}}?\s+on\s+"
    r"(?:their|the(?:ir)?\s+corresponding|the)\s+respective\b"
)
_COMMA_BEFORE = re.compile(r",\s+(?:and\s+)?$")
_RESPECTIVELY = re.compile(
    # ("on A, B and C (val) respectively", "on A, B and C (ROC-AUC, AP and MAE respectively)";
    # "... and ImageNet 256x256 (FID), respectively": a resolution first)
    r"(?:\s+\d+\s*[x×]\s*\d+)?(?:\s*\((?![^()]*\d)[^()]{1,25}\))?"
    r"(?:,?\s*(?:(?:benchmarks?|datasets?|(?:test|validation|dev)\s+sets?|splits?|trials|"
    r"subsets|suites)\s*,?\s*)?"
    r"respectively\b|\s*\([^()]{1,40}?,?\s+respectively\s*\))"
)
#: what sets other systems' values apart from the sentence's own result
#: "With Y as the policy, ...", "Applied to Y, ...": the model a method runs with
_APPLIED_OPENS = re.compile(
    r"(?:With|Using)\s+(?:the\s+)?|Applied\s+to\s+(?:the\s+)?"
    # "Plugged into Y with a Swin-B encoder, X improves ... from a to b": a is Y's
    r"|(?:Plugged|Integrated|Inserted|Added)\s+(?:in)?to\s+(?:the\s+)?"
)
_APPLIED_ROLE = re.compile(
    r"\s+as\s+(?:the\s+|its\s+|our\s+)?(?:policy|backbone|base model|base|generator|"
    r"model|planner|solver)\b|,|\s+with\s+(?:an?\s+|the\s+)?[^,;]{1,40},"
)
#: where a clause ends and another begins ("..., and on B ...", "...; ...")
_CLAUSE_BREAK = re.compile(r";\s|,\s+(?:and|while|whereas|but)\s")
#: "at day 5", "for 7-day forecasts": the setting a value was measured in
_SETTING_WORDS = (
    r"(?:day|hour|step|epoch|week|lead\s+time|horizon)s?\s+\d+"
    r"|\d+[- ](?:day|hour|h|step|week)s?(?:\s+lead(?:\s+time)?)?"
)
#: " at day 5 and 0.641 at day 10": a value's setting, then the next value's
_SETTING_PAIR = re.compile(
    rf"\s*%?(?:\s*{_UNIT})?\s+(?:at|after|for)\s+(?:the\s+)?(?P<first>{_SETTING_WORDS})"
    rf"(?:,\s*|\s+and\s+)(?P<value>{_NUMBER})\s*%?(?:\s*{_UNIT})?\s+(?:at|after|for)\s+"
    rf"(?:the\s+)?(?P<second>{_SETTING_WORDS})"
)
_RELATIVE_TO = re.compile(r"\b(?:relative to|compared (?:with|to)|versus|vs\.?|over)\s")
#: "beats Y (", "beats Y on every benchmark (": the parenthesis of the comparison's values
_OBJECT_THEN_PAREN = re.compile(r"(?:\s+(?:on|across|in)\s+[^(),;]{1,30}?)?\s*\(\s*")
#: " X even edges out its teacher (3.6 vs. 3.8 WER)": a clause after a fronted benchmark
_CLAUSE_THEN_VERSUS = re.compile(
    r",?\s+[^();,]{1,80}?\b(?P<verb>outperform|surpass|beat|edg|exceed|match|trail|improv)\w*\s+"
    r"(?:[^();,]{0,40}?(?P<whose>teacher|parent|base model|predecessor)|[^();,]{1,50}?)"
    rf"\s*\((?P<values>\s*(?P<own>{_NUMBER})\s*%?\s*(?:vs\.?|versus)\s*(?P<other>{_NUMBER})\s*%?)"
    rf"(?:\s+(?P<metric>{_METRICS}))?\s*\)"
)
#: the gap before a clause's subject: "On B, X", "on B X even"
_SUBJECT_OPENS = re.compile(r",?\s+(?:the\s+)?")
#: "(30.2% vs. 22.4% for Y": the subject's value, then the others' in the parenthesis
_PAREN_OWN_VERSUS = re.compile(rf"\(\s*({_NUMBER})\s*%?\s+(?:vs\.?|versus)\s+")
_OTHERS_CUE = re.compile(
    r"\b(?:compared (?:with|to)|relative to|against|versus|vs\.?|whereas|(?<=, )while|"
    r"followed by|ahead of|"
    # "X reaches 52.3% on B, up from 38.8% for Y"
    r"(?<=, )up from|better than|"
    r"outperforming|surpassing|exceeding|beating|matching|rivall?ing|trailing|edging out|close to|"
    r"on par with|comparable to|competitive with|above|below|improv(?:es|ed|ing)\s+(?:over|upon)|"
    r"improving\s+on|behind)\s+",
    re.I,
)
#: a measure's reference system before its benchmark: "against GPT-4-0314 on "
_VERIFIED_BEFORE = re.compile(
    r"\b(?:[Ee]valuated|[Vv]erified|[Vv]alidated|[Tt]ested|[Ss]cored)\s+$"
)
_JUDGED_AGAINST = re.compile(r"against\s+(?:the\s+)?[\w.-]+\s+on\s+")
#: a parenthesised row of two or more values: "(50.4, 31.1 and 11.6)", "(67.2 / 49.6)"
_PAREN_ROW = re.compile(
    rf"\s*\(\s*(?P<values>{_NUMBER}\s*%?(?:\s*[,/]\s*{_NUMBER}\s*%?)*(?:,?\s+and\s+{_NUMBER}"
    r"\s*%?)?)(?:,?\s+respectively)?\s*\)"
)
#: a list of values, then the system they belong to: "84.7%, 88.4% and 79.2% for "
_VALUE_LIST_FOR = re.compile(
    # ("81.0%, 49.2% and 71.4% for synchronous FedAvg": a word that qualifies the system)
    rf"(?<![\w./-])(?P<values>{_VALUE_LIST})\s+for\s+(?:the\s+)?(?:(?-i:[a-z][a-z-]+)\s+)?"
)
#: " reaches 54.9, 58.7 and 18.9": a compared system's verb, then its values in order (not
#: "on C": those are C's)
#: " win rates of 52.1%, 49.3% and 55.8%": a measure named after a benchmark, then a list
_NAMED_SCORES_LIST = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,3}}?(?:of|at)\s+(?P<values>{_VALUE_LIST})(?![\w%]|\.\d)"
)
#: " achieve length-controlled ": the verb of listed subjects, before the benchmark
_SUBJECTS_VERB = re.compile(
    r"\s+(?:achieve|reach|obtain|attain|score|record|get)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:average|overall|length-controlled|zero-shot|few-shot)\s+)?$"
)
#: "A, B and the merged C": a list of subjects, a word may qualify the last
_SUBJECT_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+[\w-]+\s+)?")
#: " achieves 86.5, 68.8 and 82.0", " 86.3, 75.5 and 84.1": a system's row of values right
#: after its name, data not named after it
_AGENT_ROW = re.compile(
    # ("The corresponding numbers for Y are a, b and c")
    rf"(?:\s+{_RESULT_VERB}|\s+(?:are|were))?\s+(?P<values>{_VALUE_LIST})(?![\w%]|\.\d)"
    r"(?!\s*%?\s*(?:on|in|for|at|with)\s)"
)
_OTHERS_VERB_VALUES = re.compile(
    # ("whereas Y under the same budget obtains a, b and c")
    rf"(?:\s+(?!and\b|on\b)[\w-]+){{0,4}}?\s+(?:only\s+)?{_RESULT_VERB}\s+"
    rf"(?P<values>{_VALUE_LIST})(?![\w%]|\.\d)"
    r"(?!\s*,?\s*respectively|\s*%?\s+(?:on|in)\s)"
)
#: a list's verb and its values in order: " obtain 53.1 and 54.4"
_LIST_VERB_VALUES = re.compile(
    r",?\s+(?:(?:\w+\s+){0,2}?(?:obtain|achieve|reach|score|attain|get|record)\w*\s+"
    # ("A and B score only 31.7% and 27.4%")
    r"(?:(?:only|just|merely|about|around|roughly|nearly|approximately)\s+)?"
    rf"|{_MOVE_TO})"
    # (not "A and B fall to 50.8 and 53.1 on C": C's values, read by another rule)
    rf"(?P<values>{_VALUE_LIST})(?![\w%]|\.\d)(?!\s*,?\s*respectively|\s*%?\s+on\s)"
)
_PAREN_RESPECTIVELY = re.compile(
    # ("A and B lag far behind (38.6% and 41.2%)": in order, unsaid, maybe after a verb)
    rf"(?:\s+(?-i:[a-z]+)){{0,3}}\s*\(\s*(?P<values>{_VALUE_LIST})"
    r"(?:,?\s+respectively)?\s*\)"
)
_PAREN_VALUE = re.compile(
    rf"(?:\s+(?:teacher|student|baseline|base model|model))?\s*\(\s*({_NUMBER})\s*%?"
    # "FuXi (1.19 K)": a physical unit after the value
    # ("pixelSplat (25.89 PSNR)": the measure after the value)
    rf"(?:\s*{_UNIT})?(?:\s+(?:{_METRICS}))?\s*\)"
)
#: "followed by X with 74.2" (not "with 4% of its compute": a share of something)
_WITH_BARE_VALUE = re.compile(
    rf"(?:\s+with\s+({_NUMBER})\s*%?(?!\w)(?!\.\d)(?!\s*%?\s+of\b)"
    # "ahead of TimesFM at 0.389": a decimal or a share (not "at 4-bit", "at 512 pixels")
    r"|\s+at\s+(\d+\.\d+(?![\w-])(?!\.\d)(?!\s*%?\s+of\b)|\d+(?:\.\d+)?(?=\s*%)(?!\s*%\s+of\b)))"
    # (not the first of a list: "Y at 23.94, 25.03 and 27.46 PSNR, respectively")
    r"(?!\s*%?\s*,\s*\d|\s*%?\s+and\s+\d)"
)
#: "76.5% for OpenVLA": a value, then the system it belongs to
#: "1.8 and " right before "3.6 for Y": the first value of Y's pair
_VALUE_AND_BEFORE = re.compile(rf"(?<![\w./-])({_NUMBER})\s*%?\s+and\s+$")
#: "d, e and " before "f for Y": the values before those two, in a list of one system's
_VALUES_AND_BEFORE = re.compile(
    rf"(?<![\w./-])(?P<values>(?:{_NUMBER}\s*%?,\s+)+){_NUMBER}\s*%?,?\s+and\s+$"
)
#: "on test-clean and test-other": two splits of one benchmark
_TWO_SPLITS = re.compile(r"\b(?:test|dev|val)[\w-]*\s+and\s+(?:test|dev|val)[\w-]*")
_VALUE_FOR = re.compile(
    # ("0.851 for tuned XGBoost": a word of how the system was run)
    # ("1.74 mm for DUSt3R", "0.51 eV for ALIGNN": a unit between)
    # (not the "4" of "21.44 BLEU-4 for Y")
    rf"(?<![\w./-])({_NUMBER})\s*(?:%|{_UNIT}|pp\b)?"
    # ("53.0 AP for Y", "21.44 BLEU-4 for Y": the measure between)
    r"(?:\s+(?-i:AP|mAP|mIoU|FID|PSNR|WER|CER|EER|F1|BLEU(?:-\d)?|ROUGE-[12L]|METEOR|CIDEr|"
    r"NDS|AUC|AUROC))?"
    # ("14.02 of PSLT": "of" for "for", right after a bare number)
    # ("38.8% for a single Y agent": an article and a word of the setting)
    r"(?:\s+for|(?<=\d)\s+of)\s+(?:the\s+|an?\s+)?"
    r"(?:(?:tuned|fine-tuned|untuned|vanilla|original|base|single|plain|standard)\s+)?"
    # ("17.85 for the gloss-free baseline Y")
    r"(?:(?:[\w-]+\s+)?baseline\s+)?"
)
#: values written as one slash list, one per name of a slash list: "68.3/61.0 on A/B"
_SLASHED = rf"{_NUMBER}\s*%?(?:\s*/\s*{_NUMBER}\s*%?)+"
#: ": MAE of 14.8 / 12.1 meV on HOMO / LUMO (Y: 21.1 / 18.6; Z: 17.5 / 16.2)"
_COLON_SLASHED = re.compile(
    rf":\s+(?:an?\s+|the\s+)?(?:(?:mean|average)\s+)?(?P<metric>{_METRICS})\s+of\s+"
    rf"(?P<values>{_SLASHED})(?:\s*{_UNIT})?"
    r"(?:\s+(?:on|for)\s+[\w-]+(?:\s*/\s*[\w-]+)+)?"
    r"(?:\s*\((?P<rows>[^()]{1,200})\))?",
    re.I,
)
#: "Y: 21.1 / 18.6 / 36.4" in a parenthesis of rows
_NAMED_ROW = re.compile(rf"(?P<name>[^:;()]{{1,40}}?):\s*(?P<values>{_SLASHED})\s*(?:;\s*|$)")
_SLASH_VALUES_ON = re.compile(
    rf"(?<![\w./])(?P<values>{_SLASHED})\s+(?:(?P<metric>{_METRICS})\s+)?(?:on|in)\s+(?:the\s+)?$"
)
#: "0.413/0.430 and 0.162/0.253 for ": slash groups, one per benchmark, then the system
#: "from 0.702 for Y to 0.655": Y's value, then the subject's
_FROM_FOR_TO = re.compile(
    # ("from 76.2% with X to 80.1% with Y": each value's system after it; "from 38.4%
    # (original Y) to 21.7%": in parentheses)
    rf"\bfrom\s+(?P<before>{_NUMBER})\s*%?\s+(?:(?:for|with)\s+(?:the\s+)?|(?P<paren>\()"
    r"(?:(?:the|an?|original|vanilla|baseline|base|plain)\s+){0,2})"
    rf"(?P<whose>[A-Z])[^,;()]{{0,60}}?(?(paren)\))\s+to\s+(?P<after>{_NUMBER})(?!\w|\.\d)"
)
#: "97.8 (", "71.4 mAP (": a value whose benchmark follows in parentheses
_VALUE_THEN_PAREN = re.compile(
    rf"(?<![\w.])(?P<value>{_NUMBER})\s*%?(?:\s+(?P<metric>{_METRICS}))?\s*\($", re.I
)
#: between two such cells: ", ", " and ", ", and "
_CELL_GAP = re.compile(r"\s*(?:,|;)?\s*(?:and\s+)?")
#: "... further improves it to 18.9%", "further reduces the FID to 1.95"
_FURTHER_TO = re.compile(
    r"\bfurther\s+(?:improv|reduc|lower|rais|boost|increas|decreas|cut|push|lift|elevat|"
    r"enhanc)\w*\s+(?:it|this|(?:the|its|this)\s+(?:[\w@.-]+\s+){0,2}?[\w@.-]+)\s+to\s+"
    rf"(?P<value>{_NUMBER})(?!\w|\.\d|x\b)"
)
_FOR_OR_WITH = re.compile(r"\s*%?\s+(?:for|with)\s+(?:the\s+)?")
_SLASH_ROWS_FOR = re.compile(
    rf"(?<![\w./])(?P<values>{_SLASHED}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_SLASHED})+)"
    r"\s+for\s+(?:the\s+)?"
)
_SLASH_VALUES_FOR = re.compile(
    # ("0.77/0.72 for the original Y": a word of how the system was run)
    rf"(?<![\w./])(?P<values>{_SLASHED})\s+for\s+(?:the\s+)?"
    r"(?:(?:original|vanilla|base|standard|plain|untuned|fine-tuned)\s+)?"
)
#: "dev / test", "val/test": a pair of splits, their values before them
_SPLIT_PAIR_TEXT = rf"(?:{_SPLITS})\s*/\s*(?:{_SPLITS})(?![\w-])"
_SPLIT_PAIR = re.compile(rf"\b{_SPLIT_PAIR_TEXT}")
#: "2.9/6.0% WER on test-clean/test-other": values for the splits of a named speech set
_SPLIT_SLASH = re.compile(
    rf"(?<![\w./])(?P<values>{_SLASHED})\s*%?\s+(?:(?P<metric>{_METRICS})\s+)?on\s+(?:the\s+)?"
    # ("on LibriSpeech test-clean/test-other": the data named right before the splits)
    r"(?:(?P<name>[A-Z][\w-]*)\s+)?(?:(?:test|dev)-clean\s*/\s*(?:test|dev)-other\b"
    # "17.9% / 18.3% on the dev / test sets of B": a pair of splits, then their data
    rf"|{_SPLIT_PAIR_TEXT}(?:\s+(?:sets?|splits?))?"
    r"(?:\s+of\s+(?:the\s+)?(?P<after>[A-Z][\w-]*))?)",
    re.I,
)
#: one cell of a prose table row: "74.6 MMLU-Redux", "81.3% on GSM8K" (the name follows)
_ROW_CELL = re.compile(rf"\s*(?:and\s+)?({_NUMBER})\s*%?\s+(?:on\s+|\()?")
#: the rest of a parenthesis after a benchmark in a row cell: " retail)", ")"
_CELL_CLOSE = re.compile(r"[^()]{0,25}\)")
#: ", versus 61.2, 44.0 and 27.5 for ": another system's row after a prose table row
_VERSUS_VALUES_FOR = re.compile(
    rf",?\s+(?:versus|vs\.?|compared with|against)\s+"
    rf"(?P<values>{_VALUE_LIST})\s+for\s+"
)
_ROW_SEPARATOR = re.compile(r"\s*,(?=\s*(?:and\s+)?\d)|(?=\s+and\s+\d)")
_IT_BEFORE = re.compile(r"\bit\s+(?:also\s+|still\s+)?$")
#: "Y, which reaches 84.0 on": a relative clause that gives Y its own result
_WHICH_RESULT = re.compile(
    r"(?:\s+(?:model|baseline|system|student|teacher))?"
    rf",\s+(?:which|that)\s+(?:\w+\s+)?{_RESULT_VERB}\b"
)
#: an appositive that names the model its head was made from: ", a student distilled from "
_APPOSITIVE_SOURCE = re.compile(r",\s+an?\s+[^,;()]{0,60}?\b(?:from|of)\s+(?:the\s+)?")
#: a result behind another system's: "X still trails Y on B (88.5 vs. 81.2)" gives Y's first
_TRAILS = re.compile(r"\b(?:trails?|trailing|(?:lags?|lagging|falls?|falling)\s+behind)\s+")
#: a comparison said by a verb, whose subject comes before it
_COMPARING_VERB = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|match(?:es|ing)|rival\w*|"
    r"edg(?:es|ing) out)\b",
    re.I,
)
_ELLIPTICAL_VALUE = re.compile(
    rf"\s+(?:(?:only\s+|still\s+)?{_RESULT_VERB}\s+|only\s+)?"
    rf"({_NUMBER})(?:\s*%(?=[\s,.;)]|$)"
    # "while Y obtains 47.9 AP at 212 FPS": the value with its metric
    rf"|(?=\s+(?:{_METRICS})\b)"
    # "X obtains 64.0 F1, Y 61.5, Z 58.3 and W 48.7": a bare value ends a list item
    r"|(?=\s*(?:[,;)]|\.(?!\d)|\s+and\b|$)))"
)
_GENERIC_SUBJECT = re.compile(
    r"(?:The\s+|All\s+)?(?:[Mm]odels?|[Bb]aselines?|LLMs|VLMs)\s+(?:trained|fine-?tuned|pre-?trained)\b"
    # "Our best-performing configuration achieves a WER of 0.08 on B": no system is named
    r"|(?:Our|The)\s+best(?:-performing)?\s+(?:configuration|setup|setting|combination)\b"
)
_PRONOUN_OPENS = re.compile(r"(?:It|They|This model|Our model)\s")
_COMPARISON = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|match(?:es|ing)|compared (?:to|with)|"
    r"better than|rival\w*|competitive with|comparable (?:to|with)|on par with|edg(?:es|ing) out|"
    r"ahead of|over(?=\s+(?-i:[A-Z])))\b",  # "X improves B from a to b over Y"
    re.I,
)
#: "it" as a clause's subject, before its verb
_IT_SUBJECT = re.compile(r"(?:^|,\s+|\band\s+)it\s+(?:also\s+|further\s+|even\s+)?[a-z]+s\b")
_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+|\s+(?:and|while)\s+(?=[A-Z])")
_PRONOUN_COMPARES = re.compile(
    r"\s*(?:it|this model|our model)\s+(?:also\s+|even\s+)?(?:matches|outperforms|surpasses|"
    r"beats|rivals|exceeds|is\s+(?:\w+\s+)?(?:competitive|comparable|on\s+par))\b"
    # "On LLaMA2-7B, it achieves lower perplexity than QuaRot on X": the opener sets the
    # scene, the pronoun is the subject
    r"|\s*(?:On|For|With|In|Across|Under|Using|When|Once|If)\s+[^,;]{1,60},\s*it\s+"
    r"(?:also\s+|even\s+)?"
    r"(?:achieves|reaches|attains|obtains|delivers|yields|outperforms|surpasses|matches|"
    r"exceeds|beats|improves|raises|lifts|boosts)\b"
)
#: a pronoun as the subject of a result verb
_PRONOUN_RESULT = re.compile(
    r"\b(?:it|(?:[Tt]he|[Tt]his|[Oo]ur) (model|method|approach))\s+"
    r"(?:also\s+|then\s+|further\s+|even\s+)?"
    rf"(?:{_RESULT_VERB}|outperform(?:s|ed)|surpass(?:es|ed)|improves|yields|sets|averages)\b"
)
_PRONOUN = re.compile(r"\b(?:[Ii]t|its|this model|the (?:same )?model)\b")
#: the paper's own system named by a description, the subject of a comparison
_OWN_SYSTEM = re.compile(
    r"\b(?:[Tt]he|[Oo]ur) (?:proposed|new) (?:method|model|approach|framework|system)\b"
    r"|\b[Oo]ur (?:method|model|approach|framework|system)\b"
)
#: the same, also in the plural: "our models", "the proposed approaches"
_OWN_SYSTEMS = re.compile(
    r"\b(?:[Tt]he proposed|[Oo]ur(?: proposed)?) "
    r"(?:method|model|approach|framework|system)(?:e?s)?\b"
)
_ON_IT = re.compile(
    r"\b(?:on|with) (?:it|this benchmark|the benchmark|"
    r"its (?:test|dev|validation) (?:split|set))\b"
    # "X reaches a micro-F1 of 0.612 there"
    r"|\d\s*%?\s+there\b",
    re.I,
)
_TESTED = re.compile(r"\b(?:evaluat|test|benchmark|assess|compar)(?:e|es|ed|ing|s)?\b(?!-)", re.I)
# "GPT-4o follows at 58.7%", "attains the highest driving score, 78.4"
# (not the end of a range, "75-80% accuracy")
_BACKBONE_GAP = re.compile(r"\s+(?:with|using|powered\s+by|on\s+top\s+of)\s+(?:the\s+)?")
_ROW_CELL_END = re.compile(r"\s*%?(?:[,;]|\s+and\b|\.?$|\.\s)")
_RESULT_VALUE = re.compile(
    # "38.5 ± 2.0%": the value, with its spread
    rf"(?<![\w.])(?<!\d[-\u2013])({_NUMBER})(?:\s*(?:±|\+/-|\\pm)\s*{_NUMBER})?\s*%"
    # "preferred X over Y 57% of the time": a preference rate, not a result on data
    r"(?!\s+of\s+(?:the\s+)?(?:time|comparisons)\b)"
    # "closes about 40% of its gap to Y": a share of a difference
    r"(?!\s+of\s+(?:its|the|their)\s+(?:[\w-]+\s+)?(?:gap|difference|deficit|lead|margin)\b)"
    # "a 48.17% higher accuracy than Y": a difference
    r"(?!\s+(?:higher|lower|better|worse|more|less|faster|slower|smaller|larger|fewer)\b)"
    r"|(?<![\w.])(?<!\d[-\u2013])(\d+\.\d+)(?![\w%])(?!\.\d)"
    # "3.5 points above Y": a difference, not a result
    r"(?!\s+(?:percentage\s+)?(?:points?|pp)\s+(?:above|below|over|ahead|behind|higher|lower|"
    r"better|worse|more|less)\b)"
)


def _clause_result(text: str, start: int, end: int) -> dict[str, str | None] | None:
    """The result value a result verb's clause gives ("the highest mAP at 50% of 0.756" ->
    0.756): a value after "of" first, else the first that is not a setting or a change;
    with its metric when one is written right before "of" or right after the value
    ("an AUROC of 0.768", "0.768 AUROC"), as keywords of a score."""
    clause_end = _CLAUSE_END.search(text, start, end)
    stop = clause_end.start() if clause_end else end
    of_value = _OF_VALUE.search(text, start, stop)
    for value in [of_value] if of_value else _RESULT_VALUE.finditer(text, start, stop):
        if _SPREAD_BEFORE.search(text, max(0, value.start() - 6), value.start()):
            continue  # "38.5 ± 2.0%": the spread of the value before, not a result
        if _PARAMETER_BEFORE.search(
            text, max(0, value.start() - 4), value.start()
        ) and not _RESULT_AT_BEFORE.search(text, max(0, value.start() - 16), value.start()):
            continue  # "Precision at 50%": the metric's setting, not the result
        if not _is_delta(text, value.start()):
            if value is of_value:
                written = _METRIC_OF.search(text, max(start, value.start() - 60), value.start() + 3)
            else:
                written = _METRIC_RIGHT_AFTER.match(text, value.end(), stop)
            return {
                "value": value.group(1) or value.group(2),
                "metric": _metric(written.group(1) if written else None),
            }
    return None


def _value_end(text: str, result: dict[str, str | None], start: int, end: int) -> int:
    """Where the value of a clause's result (``_clause_result``) ends in the text."""
    value = str(result["value"])
    return text.find(value, start, end) + len(value)


_METRIC_IN = re.compile(rf"(?<![\w-])(?:{_METRICS})(?![\w-])", re.I)
_PAREN_OPEN = re.compile(r"\s*\(\s*")
#: "55.5 on ": a value, then the benchmark it was measured on
_VALUE_MEASURED_ON = re.compile(rf"({_NUMBER})\s*%?\s+(?:[\w@-]+\s+)?on\s+(?:the\s+)?")
_SETTING_THEN_CLOSE = re.compile(r"\s+(?:with|at|under|using|in)\s[^()]{1,25}\)")
_CELL_SEPARATOR = re.compile(r"\s*(?:,|;|and)\s*(?:and\s+)?")
#: "0.768 AUROC": the metric right after a value
_METRIC_RIGHT_AFTER = re.compile(
    rf"\s*%?\s+(?:(?:mean|average|macro|micro)\s+)?({_METRICS})(?![\w-])", re.I
)


def _scored_data_are_benchmarks(state: DocState) -> None:
    """Data with a result in this abstract is a Benchmark, though a model also trains on
    it ("distilled on ScanNet ... keeps 74.1 mIoU on the ScanNet validation set")."""
    scored = {r.tail for r in state.relations if r.rel == EVALUATED_ON and r.value}
    for entity in state.entities.values():
        if entity.type == "Dataset" and entity.name in scored:
            entity.type = "Benchmark"


def _data_tested_in(text: str, state: DocState, sentence: tuple[int, int]) -> str | None:
    """The one data name of a sentence that tests or fine-tunes on it ("We evaluate X on
    B.", "We fine-tune A, B and C on the D corpus."): where the next sentence's results
    that name no data were measured."""
    data = hits(state, sentence[0], sentence[1], DATA_TYPES)
    if len({h.name for h in data}) > 1:
        # "X is trained on A and evaluated on unseen B speakers": the one data name right
        # after a test verb
        data = [
            h
            for h in data
            if _TESTED_ON_WORDS_BEFORE.search(text, max(sentence[0], h.start - 80), h.start)
        ]
    if len({h.name for h in data}) != 1:
        return None
    window = max(sentence[0], data[0].start - 80)
    if (
        _TESTED_ON_BEFORE.search(text, window, data[0].start)
        or _TESTED_ON_WORDS_BEFORE.search(text, window, data[0].start)
        or _TUNED_ON_BEFORE.search(text, window, data[0].start)
        # "X is fine-tuned on a cohort from B and evaluated with five-fold cross-validation"
        or _TESTED_AFTER.match(text, data[-1].end, sentence[1])
    ):
        return data[0].name
    return None


def _introduced_benchmark(state: DocState) -> str | None:
    """The one benchmark this paper introduces, if it introduces exactly one."""
    introduced = {r.tail for r in state.relations if r.rel == "introduces"}
    found = [
        e.name for e in state.entities.values() if e.name in introduced and e.type == "Benchmark"
    ]
    if not found and ("benchmark" in state.text or "baseline" in state.text):
        # "We introduce D, the first dataset for ... providing the first open benchmark",
        # "We construct D ... As baselines we fine-tune X": the one dataset the paper makes
        # and benchmarks models on
        trained = {r.tail for r in state.relations if r.rel == "trainedOn"}
        found = [  # (not the data the paper's model is trained on)
            e.name
            for e in state.entities.values()
            if e.name in introduced and e.type == "Dataset" and e.name not in trained
        ]
    # "PEDAL ... We additionally release PEDAL-Lite, a subset": the variant is not where
    # the results were measured, its base is
    found = [
        n for n in found if not ((tail := DATA_VARIANT.search(n)) and n[: tail.start()] in found)
    ]
    return found[0] if len(found) == 1 else None


_TRAINED_ON_BEFORE = re.compile(
    r"\b(?:pre-?|fine-?)?(?:trained|tuned)\s+on\s+(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?$"
)
_EVALUATE_X = re.compile(r"\b(?:we\s+)?evaluat\w+\s+(?:the\s+)?$", re.I)


def _in_order_of_results(state: DocState, sentence: tuple[int, int], names: list[str]) -> list[str]:
    """``names`` in the order of their first valued results before ``sentence``."""
    first: dict[str, tuple[int, int]] = {}
    for r in state.relations:
        if r.rel == EVALUATED_ON and r.value and r.tail in names and r.sentence[1] <= sentence[0]:
            first.setdefault(r.tail, (r.sentence[0], len(first)))
    if len(first) != len(names):
        return names
    return sorted(names, key=first.__getitem__)


def _two_measures(state: DocState, sentence: tuple[int, int], bench: str) -> bool:
    """Whether the sentence gave one system two values with two measures, or in two
    settings, on ``bench``."""
    return _measure_count(state, sentence, bench) > 1


def _slash_family(state: DocState, sentence: tuple[int, int], before: int, size: int) -> list[str]:
    """The members of the last slash-written family ("PyraNet-A/B/C": one span, several
    names) before ``before`` in the sentence, if it has ``size`` members."""
    spans: dict[tuple[int, int], list[str]] = {}
    for h in hits(state, sentence[0], before, AGENT_TYPES):
        spans.setdefault((h.start, h.end), []).append(h.name)
    families = [names for names in spans.values() if len(names) > 1]
    return families[-1] if families and len(families[-1]) == size else []


def _measure_count(state: DocState, sentence: tuple[int, int], bench: str) -> int:
    """The most measures (or settings) the sentence gave one system values in on
    ``bench``."""
    metrics: dict[str, set[tuple[str | None, str | None, str]]] = {}
    for r in state.relations:
        if r.rel == EVALUATED_ON and r.sentence == sentence and r.tail == bench and r.value:
            # ("2.61, 2.95 and 3.36 at the 15-, 30- and 60-minute horizons": three settings
            # the values stand for, though none is recorded)
            metrics.setdefault(r.head, set()).add((r.metric, r.setting, r.value))
    return max((len(found) for found in metrics.values()), default=0)


def _systems_in_parentheses_after_a_result(
    text: str, state: DocState, sentence: tuple[int, int]
) -> None:
    """ "X reaches 96.8% balanced accuracy on CRC-100K (UNI 95.1%, CTransPath 93.4%)": names
    with values in a parenthesis right after a benchmark that has just been given a value
    are the systems compared there, whatever typing read into "name value" (the shape of
    "(MMLU 84.2, GSM8K 71.3)"). Known data keeps its type."""
    for bench in hits(state, sentence[0], sentence[1], DATA_TYPES):
        row = _RESULT_PARENTHESIS.match(text, bench.end, sentence[1])
        if row is None or not _VALUE_THEN_ON.search(
            text, max(sentence[0], bench.start - 60), bench.start
        ):
            continue
        cells, closed = _named_cells(text, state, _NAMED_CELL, row.end(), sentence[1])
        if closed and len(cells) >= 2:
            _as_systems(cells)


def _systems_after_a_result(text: str, state: DocState, sentence: tuple[int, int]) -> None:
    """ "TGN obtains an MRR of 0.613, DyGFormer 0.587 and EdgeBank 0.571": the rest of a
    result, one value per other system."""
    for agent in hits(state, sentence[0], sentence[1], AGENT_TYPES):
        result = _RESULT_THEN_OTHERS.match(text, agent.end, sentence[1])
        if result is None:
            continue
        cells, _ = _named_cells(text, state, _ELLIPTICAL_CELL, result.end(), sentence[1])
        if len(cells) >= 2:
            _as_systems(cells)
    # "SiT-CFB-XL/2 1.58 FID and 305.2 IS, REPA 1.80 FID ..., DiT-XL/2 2.27 FID": a name,
    # a value and its measure, for several systems, one of them typed so
    cells = [
        hit
        for hit in hits(state, sentence[0], sentence[1])
        if _VALUE_AND_MEASURE.match(text, hit.end, sentence[1])
    ]
    if len(cells) >= 2 and any(hit.type in AGENT_TYPES for hit in cells):
        _as_systems(cells)
    # "Results on the nuScenes test set (mAP / NDS): X 70.9 / 74.2; Y 68.4 / 72.7": rows of
    # systems after the colon of one benchmark's measures
    colon = text.find(": ", sentence[0], sentence[1])
    if colon > 0 and (
        _MEASURES_BEFORE_COLON.search(text, sentence[0], colon + 1)
        # "Results on A and B are: X 70.9 / 74.2; Y 68.4 / 72.7": rows of a header of data
        or len({h.name for h in hits(state, sentence[0], colon, DATA_TYPES)}) >= 2
    ):
        rows = [
            hit
            for hit in hits(state, colon, sentence[1])
            if _SLASHED_ROW_CELL.match(text, hit.end, sentence[1])
        ]
        if len(rows) >= 2:
            _as_systems(rows)


def _named_cells(
    text: str, state: DocState, pattern: re.Pattern[str], at: int, end: int
) -> tuple[list[Hit], bool]:
    """The names of the consecutive cells of ``pattern`` from ``at`` ("UNI 95.1%, CTransPath
    93.4%)"), up to the first cell whose name is not a whole typed name; and whether a cell
    closed the row (the pattern's ``close`` group)."""
    cells: list[Hit] = []
    while cell := pattern.match(text, at, end):
        named = hits(state, cell.start("name"), cell.end("name"))
        if not named or (named[0].start, named[0].end) != cell.span("name"):
            return cells, False
        cells.append(named[0])
        at = cell.end()
        if cell.groupdict().get("close"):
            return cells, True
    return cells, False


def _as_systems(cells: list[Hit]) -> None:
    """Data typed by its shape ("DyGFormer 0.587") in a row of other systems' values is a
    model; known data keeps its type, and so does the row."""
    if not any(load_lexicon().types_of(hit.name) & {BENCHMARK, DATASET} for hit in cells):
        for hit in cells:
            if hit.entity.type in DATA_TYPES:
                hit.entity.type = MODEL


_RESULT_PARENTHESIS = re.compile(r"\s*\(")
_DIGIT = re.compile(r"\d")
#: "(mAP / NDS): " right before rows of values
_MEASURES_BEFORE_COLON = re.compile(
    rf"\((?P<measures>(?:{_METRICS})(?:\s*/\s*(?:{_METRICS}))+)\)\s*:$"
)
_SLASHED_ROW_CELL = re.compile(
    # ("0.459 / - / 95.6": a dash where the system has no value)
    rf"\s+(?P<values>{_NUMBER}\s*%?(?:\s*/\s*(?:{_NUMBER}\s*%?|[-\u2013\u2014]))+)"
    r"(?=\s*(?:[;,.]|and\b|$))"
)
_AND_VALUE_NAMED = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)({_NUMBER})\s*%?\s*\(")
#: where a line of a results table may start: after "Results:", a semicolon or a full stop
#: "on A, " opening a line of results after a colon or a semicolon
_LINE_ON_BEFORE = re.compile(r"[:;]\s+on\s+(?:the\s+)?$")
#: ", 45.2 vs 47.2 ROUGE-1", " and 22.4 vs 24.6 ROUGE-2": a cell of such a line
_VERSUS_CELL = re.compile(
    rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<own>{_NUMBER})\s*%?\s+(?:vs\.?|versus)\s+"
    rf"(?P<theirs>{_NUMBER})(?:\s*%)?(?:\s+(?P<metric>(?-i:{_METRICS}))(?![\w-]|\.\d))?"
)
#: "trails it", "behind its teacher": the compared model by a pronoun
_PRONOUN_OBJECT = re.compile(r"\b(?:it|its\s+teacher|the\s+teacher)\b")
_LINE_START = re.compile(r"(?:[;:.]|\bResults?:)\s+(?:and\s+)?$")
_TABLE_LINE_VERSUS = re.compile(
    r"(?:\s+(?-i:[a-z][\w.-]*)){0,2}(?:\s*\([^()]{1,30}\))?:?(?:\s+(?-i:[a-z][\w.-]*)){0,3}?:?\s+"
    rf"(?P<own>{_NUMBER})\s*%?(?:\s+(?-i:[a-z]+)\.?)?\s+(?:vs\.?|versus)\s+"
    rf"(?P<theirs>{_NUMBER})(?:\s*%)?(?!\s*%?\s*(?:on|in)\b)"
    r"(?:\s+for\s+(?:the\s+)?(?P<named>\S)|\s*\((?P<named2>\S))?"
)
_MEASURE_VALUE_CELL = re.compile(
    # ("R-Precision Top-1 0.536": the measure's rank after it)
    rf"(?P<metric>(?-i:{_METRICS})(?:\s+Top-\d)?)\s*(?:=|:)?\s*(?P<value>{_NUMBER})\s*%?"
)
#: "achieves FID 0.038, R-Precision Top-1 0.536 and MM-Dist 2.89": a result verb, then at
#: least two measures each before its value
_RESULT_CELL = rf"(?-i:{_METRICS})(?:\s+Top-\d)?\s*[:=]?\s*{_NUMBER}\s*%?"
_RESULT_CELLS = re.compile(
    rf"\s{_RESULT_VERB}\s+(?P<cells>{_RESULT_CELL}(?:\s*,\s*{_RESULT_CELL})*,?\s+and\s+"
    rf"{_RESULT_CELL})(?![\w.])"
)
#: a value, then other measures of the same result: "13.4 (RMSE 23.1, MAPE 8.8%)"
_VALUE_THEN_MEASURES = re.compile(
    rf"(?<![\w.])({_NUMBER})\s*%?\s*\((?P<cells>(?-i:{_METRICS})\s*(?:=|:)?\s*{_NUMBER}\s*%?"
    rf"(?:\s*[,;]\s*(?:and\s+)?(?-i:{_METRICS})\s*(?:=|:)?\s*{_NUMBER}\s*%?)*)\)"
)
#: a header that orders the systems of the rows after it: "(MSE, X vs. teacher vs. Y):"
_VERSUS_HEADER = re.compile(
    r"\((?:[^():;]*?,\s*)?(?P<systems>[^():;,]+?(?:\s+(?:vs\.?|versus)\s+[^():;,]+?)+)\)\s*:"
)
_VERSUS_GAP = re.compile(r"\s+(?:vs\.?|versus)\s+")
_TEACHER_CELL = re.compile(r"(?:the\s+)?teacher(?:\s+model)?")
_FROM_VALUE_ON = re.compile(rf"\bfrom\s+{_NUMBER}\s*%?\s+(?:on|in)\s+(?:the\s+)?$")
#: a system's move with no benchmark named: " goes from 96.4 to 93.0 and 81.7"
_BARE_FROM_TO = re.compile(
    rf"\s(?:\w+\s+){{0,2}}?from\s+(?P<values>{_NUMBER}(?:\s*%)?\s+to\s+{_NUMBER}(?:\s*%)?"
    rf"(?:(?:\s*,\s*|,?\s+and\s+){_NUMBER}(?:\s*%)?)*)(?![\w.]*\d)(?!\s*%?\s*(?:on|in)\s)"
)
#: a row that names its systems: ": X 93.1 vs. Y 92.8"
_NAMED_VERSUS_ROW = re.compile(
    r":\s*(?P<first>\S)[^;:]{0,60}?(?P<first_value>\s" + _NUMBER + r")\s*%?\s+(?:vs\.?|versus)\s+"
    r"(?P<second>\S)[^;:]{0,60}?(?P<second_value>\s" + _NUMBER + r")\s*%?(?=\s*[;,.]|\s*$)"
)
#: a row of values in the header's order: ": 0.371 vs 0.362 vs 0.375"
_VERSUS_ROW = re.compile(
    rf":\s*(?P<values>{_NUMBER}\s*%?(?:\s+(?:vs\.?|versus)\s+{_NUMBER}\s*%?)+)"
    r"(?=\s*[;,.]|\s*$)"
)
_MEASURE_CELL = re.compile(rf"(?:\s+and|,)?\s+({_NUMBER})\s*%?\s+((?-i:{_METRICS}))(?![\w-])")
_VALUE_AND_MEASURE = re.compile(rf"\s+{_NUMBER}\s*%?\s+(?-i:{_METRICS})(?![\w-])")
#: "81.2% (" right before a system's name
_LETTER = re.compile(r"[^\W\d_]")
_VALUE_PARENTHESIS = re.compile(rf"(?<![\w.]){_NUMBER}\s*%?\s*\(([^()]{{1,40}})\)")
_VALUE_THEN_OPENING = re.compile(rf"(?<![\w.])({_NUMBER})\s*%?\s*\($")
_COMPARISON_CUE = re.compile(
    r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|than|from|over)\s", re.I
)
_RESULT_THEN_OTHERS = re.compile(
    rf"\s+{_RESULT_VERB}\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:[\w@-]+\s+){{1,3}}?of\s+)?{_NUMBER}\s*%?(?:\s+[\w@-]+)?(?=,\s)"
)
_ELLIPTICAL_CELL = re.compile(
    rf",?\s+(?:and\s+)?(?P<name>[^\s,;()][^,;()]*?)\s+{_NUMBER}\s*%?(?=[\s,.;)]|$)"
)
#: a value, then "on" (and perhaps "the") right before a benchmark's name
_VALUE_THEN_ON = re.compile(rf"{_NUMBER}\s*%?\s+(?:[\w@-]+\s+){{0,3}}?on\s+(?:the\s+)?$")
_NAMED_CELL = re.compile(
    rf"(?P<name>[^\s:,;()][^:,;()]*?)\s*:?\s+{_NUMBER}\s*%?\s*(?:(?P<close>\))|[,;]\s*)"
)


def _experiments_on(text: str, state: DocState, sentence, data: list) -> list:
    """ "Experiments on four public datasets, A, B, C and D, show that X ...": the data
    listed right after "experiments on" is where X was tested, whatever its head noun said
    (such data is typed Benchmark: its role in this paper)."""
    if "xperiments on" not in text[sentence[0] : sentence[1]]:
        return []
    opener = _EXPERIMENTS_ON.search(text, sentence[0], sentence[1])
    after = [h for h in data if opener and h.start >= opener.end()]
    # ("Experiments on the challenging ComplexVAD dataset": an adjective or two between)
    if not after or not _ADJECTIVES_GAP.fullmatch(text, opener.end(), after[0].start):
        return []
    tested = listed(text, after)
    for hit in tested:
        if hit.type == "Dataset":
            hit.entity.type = "Benchmark"
    return tested


def _inside_a_name(state: DocState, offset: int) -> bool:
    """Whether a typed name's mention covers ``offset``."""
    nearby = state.mentions_in(max(0, offset - 60), offset + 60)
    return any(s <= offset < e for s, e, _ in nearby)


def _pronoun_referent(state: DocState, sentence: tuple[int, int]):
    """Whom "it" stands for after a fronted benchmark ("On B it scores V"): the last
    sentence's subject if the paper made it or it is a member of the paper's model, else
    the paper's main model (or system)."""
    previous = previous_subject(state, sentence)
    main = main_entity(state, ("Model",))
    if previous is not None and previous.type == "Model":
        if previous in introduced_by_paper(state):
            return previous
        if main is not None and previous.key.startswith(main.key):
            return previous  # "Hark-v2.5-Instruct scores ... . On B it averages V": a member
    return main or main_entity(state)


#: a sentence opened by a description of the name set off after it: "Its chat counterpart, "
#: ("A 7B student, X, trained with the same recipe on top of Y, reaches ...")
_APPOSED_SUBJECT_OPENS = re.compile(r"(?:Its|Their|Our|The|An?)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+")
_NEW_SUBJECT_BETWEEN = re.compile(
    r"\b(?:which|who|yields?|yielding|produces|producing|results in|while|whereas)\b|;"
)
_WITH_JUST_BEFORE = re.compile(r"\b[Ww]ith\s+$")


def _closed_parenthesis_around(text: str, start: int, hit, offset: int) -> bool:
    """Whether ``hit`` stands in a parenthesis that opens after ``start`` and closes before
    ``offset``."""
    opening = text.rfind("(", start, hit.start)
    if opening < 0 or text.find(")", opening, hit.start) >= 0:
        return False
    closing = text.find(")", hit.end, offset)
    return closing >= 0


def _teacher(state: DocState) -> str | None:
    """The one model the abstract distils from ("distilling T into", "distilled from T",
    "T as the teacher", "the teacher, T"), if it names exactly one."""
    found = set()
    for cue in _TEACHER_CUE.finditer(state.text):
        named = hits(state, cue.end(), cue.end() + 60, ("Model",))
        if cue.group("after") and named and named[0].start == cue.end():
            found.add(named[0].name)
        elif cue.group("before"):
            before = hits(state, max(0, cue.start() - 60), cue.start(), ("Model",))
            if before and before[-1].end == cue.start():
                found.add(before[-1].name)
    return found.pop() if len(found) == 1 else None


def _scored_last(state: DocState, start: int, end: int, scored: set[str]) -> str | None:
    """The last data named between ``start`` and ``end``, if the sentence scored it."""
    later = hits(state, start, end, DATA_TYPES)
    return later[-1].name if later and later[-1].name in scored else None


def _method_opener(state: DocState, sentence) -> str | None:
    """The paper's own method a sentence opens with: "With M, Y improves ..."."""
    if not state.text.startswith("With ", sentence[0]):
        return None
    named = hits(state, sentence[0] + 5, sentence[1], AGENT_TYPES)
    if not named or named[0].start != sentence[0] + 5 or named[0].type != METHOD:
        return None
    if not state.text.startswith(",", named[0].end):
        return None
    own = introduced_by_paper(state)
    return named[0].name if named[0].entity in own else None


def _applied_to(state: DocState, sentence) -> str | None:
    """The model a method is run with, as the sentence opens: "With Y as the policy, ...",
    "Applied to Y, ..."."""
    opener = _APPLIED_OPENS.match(state.text, sentence[0], sentence[1])
    if opener is None:
        return None
    named = hits(state, opener.end(), sentence[1], (MODEL,))
    if not named or named[0].start != opener.end():
        return None
    if not _APPLIED_ROLE.match(state.text, named[0].end, sentence[1]):
        return None
    return named[0].name


def _named_right_before(state: DocState, sentence, offset: int, name: str) -> bool:
    """Whether ``name`` is the last system before ``offset``, just before "on (the)"."""
    before = hits(state, sentence[0], offset, AGENT_TYPES)
    return (
        bool(before)
        and before[-1].name == name
        and bool(_ON_GAP.fullmatch(state.text, before[-1].end, offset))
    )


def _start_owner(state: DocState, sentence: tuple[int, int], head: str, at: int) -> str | None:
    """The parent of ``head`` whose result a "from a to b" ending at ``at`` starts at: the
    only other system the clause names, if any, and no comparison with another ("compared
    with Y")."""
    parent = _parent(state, head)
    if parent is None:
        return None
    clause = _CLAUSE_BREAK.search(state.text, at, sentence[1])
    end = clause.start() if clause else sentence[1]
    if {h.name for h in hits(state, sentence[0], end, AGENT_TYPES)} - {head, parent} or (
        _RELATIVE_TO.search(state.text, sentence[0], end)
    ):
        return None
    return parent


def _parent(state: DocState, child: str) -> str | None:
    """The model ``child`` was made from, as a set-off participle says ("X, fine-tuned
    from Y", "X, built on Y"), if the abstract names exactly one."""
    found = set()
    for entity_hit in hits(state, 0, len(state.text), (MODEL,)):
        if entity_hit.name != child:
            continue
        started = _STARTED_FROM_BEFORE.search(
            state.text, max(0, entity_hit.start - 90), entity_hit.start
        )
        if started is not None:
            # "Starting from Y, we train X"
            named = hits(state, started.end(1), started.end(1) + 60, (MODEL,))
            if named and named[0].start == started.end(1):
                found.add(named[0].name)
        cue = _MADE_FROM_AFTER.match(state.text, entity_hit.end)
        if cue is not None:
            named = hits(state, cue.end(), cue.end() + 60, (MODEL,))
            if named and named[0].start == cue.end():
                found.add(named[0].name)
    return found.pop() if len(found) == 1 else None


def _predecessor(state: DocState) -> str | None:
    """The model the paper's model succeeds ("a successor to Y", "the successor of Y"), if
    the abstract names exactly one."""
    found = {
        named[0].name
        for cue in _SUCCESSOR_TO.finditer(state.text)
        if (named := hits(state, cue.end(), cue.end() + 60, (MODEL,)))
        and named[0].start == cue.end()
    }
    return found.pop() if len(found) == 1 else None


_SUCCESSOR_TO = re.compile(r"\bsuccessor\s+(?:to|of)\s+(?:the\s+|our\s+|its\s+)?")
_PREDECESSOR_NOUN = re.compile(
    r"\b(?:predecessor|(?:previous|earlier|prior|first) (?:version|release|generation))"
)


def _is_reference(state: DocState, hit) -> bool:
    """ "a win rate of 31.5% against Y on B": Y is what the measure is taken against."""
    return state.text.endswith("against ", 0, hit.start) and state.text.startswith(" on ", hit.end)


def _last_scored(state: DocState, sentence: tuple[int, int]) -> str | None:
    """The system of the last numbered result found in ``sentence`` so far."""
    for relation in reversed(state.relations):
        if relation.sentence == sentence and relation.rel == EVALUATED_ON and relation.value:
            return relation.head
    return None


def _scorer(state: DocState, sentence: tuple[int, int], offset: int) -> str | None:
    """The model or method whose result it is ("we evaluate X using Y on Z": X)."""
    if _GENERIC_SUBJECT.match(state.text, sentence[0]) and not hits(
        state, sentence[0], offset, AGENT_TYPES
    ):
        return None  # "Models trained on D achieve +7% on MMVP": no system is named
    if (
        state.text.find(" in parenthes", sentence[0], offset) >= 0
        and (cue := _OTHERS_IN_PARENTHESES.search(state.text, sentence[0], offset))
        and (main := hits(state, sentence[0], cue.start(), AGENT_TYPES))
    ):
        return main[-1].name  # "Results for X, with Y and Z in parentheses: B 74.1 (...)"
    # "...; the Thinking model lifts B to 66.9": the clause after a semicolon has its own
    clause = state.text.rfind("; ", sentence[0], offset)
    clause = clause + 2 if clause >= 0 else sentence[0]
    if (
        clause > sentence[0]
        and not hits(state, clause, offset, AGENT_TYPES)
        and _ITS_AFTER_BENCH.match(state.text, offset, sentence[1])
    ):
        # "X obtains ...; on B its nDCG@10 is 70.4": the first clause's subject; "On A it
        # reaches ..., against ... for Y; on B its MSE ...": the subject "it" stood for
        subject = hits(state, sentence[0], clause, AGENT_TYPES)[:1]
        if subject and not _OTHERS_CUE.search(state.text, sentence[0], subject[0].start):
            return subject[0].name
        if (referent := _pronoun_referent(state, sentence)) is not None:
            return referent.name
    if (variant := variant_subject(state, (clause, sentence[1]))) is not None:
        # "The chat model answers 71.6% of B, ahead of Y, and it scores ...": the one model
        # whose name ends with "-Chat"
        named = hits(state, clause, offset, AGENT_TYPES)
        if not named or _IT_AFTER.search(state.text, named[-1].end, offset):
            return variant.name
    first = [
        h for h in hits(state, sentence[0], offset, AGENT_TYPES) if not _is_reference(state, h)
    ][:1]
    if not first and _THIS_MODEL_OPENS.match(state.text, sentence[0], offset):
        # "... produces X-Instruct. This model scores 92.8% on B": what the last sentence made
        earlier = [s for s in state.sentences if s[1] <= sentence[0]][-1:]
        made = {r.tail for r in state.relations if r.rel == "introduces"}
        named = [h for s in earlier for h in hits(state, s[0], s[1], ("Model",)) if h.name in made]
        if named:
            return named[-1].name
    if (
        first
        and first[0].start == sentence[0]
        and _PARTICIPLE_APPOSITIVE_THEN_RESULT.match(state.text, first[0].end, offset)
    ):
        return first[0].name  # "X, fine-tuned from Y on D, achieves 90.2 on B": X's
    opening = _APPOSED_SUBJECT_OPENS.match(state.text, sentence[0], offset)
    if opening is not None:
        # "Its chat counterpart, X, obtained from Y through ... (DPO), reaches 8.4 on B": the
        # name set off after the opening is the subject, whatever the appositive names
        apposed = [
            h for h in hits(state, opening.end(), offset, (MODEL,)) if h.start == opening.end()
        ]
        if (
            apposed
            and state.text.startswith(",", apposed[0].end)
            # ("The result, X, retains ... and a second round yields Y, which scores ...")
            and not _NEW_SUBJECT_BETWEEN.search(state.text, apposed[0].end, offset)
        ):
            return apposed[0].name
    for hit in hits(state, sentence[0], offset, AGENT_TYPES):
        if _EVALUATE_X.search(state.text[sentence[0] : hit.start]):
            return hit.name
    if _OPENER_THEN_IT.match(state.text, sentence[0], offset):
        # "Used as the patch generator inside the Agentless pipeline, it resolves ...": the
        # opener's names set the scene; "it" is the earlier subject
        referent = previous_subject(state, sentence) or main_entity(state)
        if referent is not None:
            return referent.name
    before = hits(state, sentence[0], offset, AGENT_TYPES)
    if before and _WHICH_RESULT.match(state.text, before[-1].end, offset):
        # "Against Y, which reaches 84.0 on B, it is ...": the relative clause is Y's; "X, a
        # student distilled from Y, that obtains 16.9 on B": X's, whom the appositive tells
        if len(before) > 1 and _APPOSITIVE_SOURCE.fullmatch(
            state.text, before[-2].end, before[-1].start
        ):
            return before[-2].name
        return before[-1].name
    # "Relative to Y, the merge improves B from 59.1 to 76.4": Y is not the subject
    fronted = COMPARED_OPENER.match(state.text, sentence[0], offset)
    found = hits(state, fronted.end() if fronted else sentence[0], offset, AGENT_TYPES)
    text_entities = [
        # "(MobileCLIP-S1: 72.6%, ...)": another system's value, not the subject's; "X
        # reaches 58.9 on A with UperNet and 59.3 on B": a part of the subject, not it
        h
        for i, h in enumerate(found)
        if not _COLON_VALUE.match(state.text, h.end)
        and not (i and _WITH_BEFORE.search(state.text, max(0, h.start - 12), h.start))
        # "SAM 2 (Hiera-L), which scores": the backbone of the system before, not a system
        and not (i and state.text[found[i - 1].end : h.start] == " (")
        # "a win rate of 31.5% against Y on B": Y is the measure's reference
        and not _is_reference(state, h)
        # "49.6 mAP on A (vs. 47.1 for Y) and reaches 98.1% on B": a parenthesis closed
        # before the result names another system
        and not _closed_parenthesis_around(state.text, sentence[0], h, offset)
        # "and with NACS the CompGCN reaching MRR of 0.377": the method is the means, the
        # model after it the subject
        and not (
            h.type == METHOD
            and _WITH_JUST_BEFORE.search(state.text, max(0, h.start - 6), h.start)
            and any(later.type == MODEL for later in found[i + 1 :])
        )
    ]
    if fronted and not text_entities and (own := main_entity(state)) is not None:
        return own.name
    clause = _CLAUSE.split(state.text[sentence[0] : offset])[-1]
    in_clause = [h for h in text_entities if h.start >= offset - len(clause)]
    if in_clause and _PRONOUN_COMPARES.match(clause):
        # "..., and it matches X on B with 83.4%": the result is the pronoun's, not X's
        # (the subject of the sentence's first clause, else the sentence before's)
        earlier = [h for h in text_entities if h.start < offset - len(clause)][:1]
        if earlier and earlier[0].start == sentence[0]:
            return earlier[0].name
        referent = previous_subject(state, sentence) or main_entity(state)
        if referent is not None:
            return referent.name
    if text_entities and (
        pronoun := _PRONOUN_RESULT.search(state.text, text_entities[-1].end, offset)
    ):
        # "After CPT the model reaches ... on X", "Based on the VDETR baseline, our method
        # sets a new SOTA on X": the names before the pronoun set the scene
        types = AGENT_TYPES if pronoun.group(1) in ("method", "approach") else ("Model",)
        if state.text.endswith(": ", 0, pronoun.start()):
            # "Our largest student, X (166M), runs faster ...: it obtains ...": the subject
            # of the clause the colon explains
            return subject_of(state.text, text_entities).name
        referent = main_entity(state, types) or previous_subject(state, sentence)
        if referent is not None:
            return referent.name
    if in_clause and _RESULT_WORDS.search(clause):
        # "X scores 66.5 on B and Y scores 14.6 on B": each clause has its own subject
        before = [h for h in text_entities if h.start < offset - len(clause)]
        text_entities = in_clause
        versus = _COMPARING_VERB.search(state.text, offset - len(clause), offset)
        if versus and all(h.start >= versus.end() for h in in_clause):
            if before and not state.text[offset - len(clause) : versus.start()].strip():
                # "X achieves ..., and outperforms Y on B": the sentence's subject again
                return before[0].name
            if _PRONOUN_OPENS.match(state.text, sentence[0]) and (
                referent := previous_subject(state, sentence) or main_entity(state)
            ):
                return referent.name  # "It beats Y ... and trails Z on B": the pronoun's
            return None  # "..., and its 7B sibling surpasses Y on B": the subject is unnamed
    compared = list(_COMPARISON.finditer(state.text, sentence[0], offset))
    if compared:
        # "X beats Y and Z on B": the result is X's, the subject before the comparison
        subjects = [h for h in text_entities if h.end <= compared[0].start()]
        if subjects:
            return subject_of(state.text, subjects).name
        if _PRONOUN_OPENS.match(state.text, sentence[0]):
            # "It ... remains competitive with Y on B": the pronoun's result, not Y's
            referent = previous_subject(state, sentence) or main_entity(state)
            if referent is not None:
                return referent.name
        if _OWN_SYSTEM.search(state.text, sentence[0], compared[0].start()):
            # "the proposed method achieves ... compared with other Y approaches on B"
            referent = main_entity(state)
            if referent is not None:
                return referent.name
    if (
        text_entities
        and (it := _IT_SUBJECT.search(state.text, sentence[0], text_entities[0].start))
        and _OTHERS_CUE.search(state.text, it.end(), text_entities[0].start)
        and (referent := previous_subject(state, sentence) or main_entity(state)) is not None
    ):
        # "Notably, it reaches a on A versus b for Y, scores c on B": every name comes after
        # the comparison, so the pronoun is the subject throughout
        return referent.name
    introduced = {r.tail for r in state.relations if r.rel == "introduces"}
    own = [h for h in text_entities if h.name in introduced]
    if own:  # "X, trained with method M, reaches ...": the paper's own X
        models = [h for h in own if h.type == "Model"]
        return (models or own)[-1].name
    if text_entities:
        return subject_of(state.text, text_entities).name
    if _OWN_SYSTEMS.search(state.text, sentence[0], offset) and (own := main_entity(state)):
        # "We evaluated our models on 11 datasets, including ImageNet": the paper's own,
        # not the last name of the sentence before
        return own.name
    pronoun = _PRONOUN.search(state.text, sentence[0], offset)
    previous = previous_subject(state, sentence)
    if pronoun is None and not text_entities:
        # "On GPQA-Diamond it scores 51.2": the pronoun after the fronted benchmark is the
        # paper's model: the last sentence's subject if the paper made it, else its main one
        after = _PRONOUN.search(state.text, offset, min(sentence[1], offset + 60))
        if after is not None and not hits(state, offset, after.start(), AGENT_TYPES):
            referent = _pronoun_referent(state, sentence)
            if referent is not None:
                return referent.name
    if pronoun and previous is not None:
        return previous.name
    subject = subject_before(state, sentence, offset)
    if subject is not None:
        return subject.name
    return previous.name if previous is not None else None


_SIZED_MODEL_WORDS = re.compile(r"\d[BM] models?\b").search
#: "the 0.6B model scores 66.9": a model of the paper named by its size, and its value
_SIZE_SUBJECT_VALUE = re.compile(
    r"(?P<ref>\b[Tt]he\s+\d+(?:\.\d+)?[BM]\s+model)\s+(?:scores|reaches|obtains|achieves|attains|"
    rf"gets)\s+(?:an?\s+)?(?P<value>{_NUMBER})\b"
)
#: "(BEIR) is 54.0 and 57.4 for the 0.6B and 4B models"
_VALUES_FOR_SIZES = re.compile(
    rf"\s+(?:is|are|was|were|of)\s+(?P<values>{_NUMBER}\s*%?(?:(?:\s*,\s*|\s+and\s+){_NUMBER}\s*%?)+)"
    r"\s+for\s+the\s+\d+(?:\.\d+)?[BM](?:(?:\s*,\s*|\s+and\s+)\d+(?:\.\d+)?[BM])*\s+models\b"
)
#: slashed values of one benchmark right before it: "47.9/24.6/39.8 on the "
_SLASHED_ON = re.compile(
    # ("77.9/80.2/82.5% top-1 accuracy on B": the measure between)
    rf"(?<![\w./-])(?P<values>{_SLASHED})(?:\s+(?-i:[a-z][\w-]*|[A-Z][\w@-]*)){{0,2}}?\s+on\s+"
    r"(?:the\s+)?"
)
_SLASH_GAP = re.compile(r"\s*/\s*")
#: a row of slashed values right after a system's name: " 64.8 / 60.2 / 78.1;"
_SLASHED_ROW = re.compile(rf"\s+(?P<values>{_SLASHED})(?=\s*[;,.)]|\s*$)")
_TO_GAP = re.compile(r"\s+to\s+(?:the\s+)?")
#: a system's two values: " falls from 42.9 to 33.0", " from 82.5 to 71.8", " (79.6 vs. 77.9)"
_FROM_VALUE_TO_VALUE = re.compile(
    rf"(?:\s+(?:\w+\s+){{0,2}}?from\s+(?P<a>{_NUMBER})\s*%?\s+to\s+(?P<b>{_NUMBER})"
    rf"|\s+\(\s*(?P<a2>{_NUMBER})\s*%?\s+(?:vs\.?|versus|against)\s+(?P<b2>{_NUMBER})\s*%?\s*\))"
    r"(?![\w.]*\d)"
)
#: a value in a list ends its cell: before ",", ";", "(", "and" or the sentence's end
_CELL_END = r"(?=\s*[,;(]|\s+and\b|\.?$|\.\s)"
#: a value right after a system's name in a list: "GPT-4o 54.3," "Video-LLaVA 29.8 (chance"
#: ("ELECTRA-large 89.7/94.9;": one value per measure of the header, "(EM/F1)")
_RESULTS_HEAD = re.compile(r"\b(?:[Rr]esults|[Ss]cores|[Aa]ccurac(?:y|ies))\b")
#: "(mAP / NDS)": the measures of a table's cells, in order
_MEASURES_HEADER = re.compile(rf"\(((?:{_METRICS})(?:\s*/\s*(?:{_METRICS}))+)\)", re.I)
_LISTED_VALUE = re.compile(rf" ({_NUMBER}\s*%?(?:\s*/\s*{_NUMBER}\s*%?)*){_CELL_END}")
#: a benchmark's value right after its name, maybe after its split: "MMMU (val) 54.1,"
_LISTED_BENCH_VALUE = re.compile(
    rf"(?:\s+\((?P<split>[\w-]+)\))? (?P<value>{_NUMBER})\s*%?{_CELL_END}"
)
_FRONTED_ON = re.compile(r"(?:On|For)\s+(?:the\s+)?")
_IT_AFTER = re.compile(r"\b(?:it|its)\b")
#: "4.7 F1 points", "3.2 percentage points", "2.1 pp": a value's unit when it is a change
_POINTS_AFTER = re.compile(
    rf"{_NUMBER}\s*(?:[A-Za-z][\w@-]*\s+)?(?:percentage\s+)?(?:points?|pp)\b(?!\s+(?:on|in)\b)"
)
_DELTA_CUE = re.compile(
    # "followed by X at 31.2%": a ranking, not a change
    # ("Powered by X, Y resolves 53.8%": the agent's backbone, not a change)
    r"\b(?:improv\w*|gains?|increas\w*|boost\w*|margins?|(?<!followed )(?<!owered )by|reduc\w*|"
    # "adds a further 0.03 on B"
    # "where Y loses 9.6 NDS"
    r"decreas\w*|enhanc\w*|differenc\w*|a further|los(?:es|e|ing))\b"
    r"|\b(?:achiev\w*|reach\w*|attain\w*|obtain\w*|scores?|scoring|to|of|with|keep\w*|"
    r"maintain\w*|retain\w*|preserv\w*)\b"
)
_DELTA_WORDS = frozenset(
    ("by", "gain", "gains", "margin", "margins", "a further", "loses", "lose", "losing")
)
_DELTA_NOUN = re.compile(
    r"(?i)gains?|improvements?|increases?|boosts?|reductions?|drops?|decreases?|points?|pp|"
    r"margins?|enhancements?"
)
_DELTA_STEMS = ("improv", "increas", "boost", "reduc", "decreas", "enhanc", "differenc")


def _is_delta(text: str, start: int, after_name: int = 0) -> bool:
    """ "+2.1", "by 3.4", "a 3.6% gain on X, 16.96% on Y": changes, not results.

    ``after_name`` is where the name the value belongs to ends: its own digits ("Claude
    Sonnet 4 55.0%") are no value before this one.
    """
    before = text[max(0, start - 80) : start]
    if re.search(r"(?:\+|\bby)\s*$", before[-12:]) or re.search(
        r"\d\s*$", text[max(0, start - 80, after_name) : start]
    ):
        return True
    clause = re.split(r"[;.]\s", before)[-1]
    cues = _DELTA_CUE.findall(clause)
    if not cues:
        return False
    if _points_of_change(text, start, cues):
        return True
    last = cues[-1].lower()
    if last == "of" and len(cues) > 1:
        # "an improvement of (approximately) 43%": the change's own "of"
        before_of = cues[-2].lower()
        if before_of in _DELTA_WORDS or before_of.startswith(_DELTA_STEMS):
            return True
    return last in _DELTA_WORDS or last.startswith(_DELTA_STEMS)


def _points_of_change(text: str, start: int, cues: list[str] | None = None) -> bool:
    """ "the improvement over Y reaches 4.7 F1 points": points after a word of change in
    the clause are a difference, whatever verb comes between."""
    if not _POINTS_AFTER.match(text, start):
        return False
    if cues is None:
        before = text[max(0, start - 80) : start]
        cues = _DELTA_CUE.findall(re.split(r"[;.]\s", before)[-1])
    return any(cue.lower() in _DELTA_WORDS or cue.lower().startswith(_DELTA_STEMS) for cue in cues)


def _metric(raw: str | None) -> str | None:
    if not raw:
        return None
    metric = re.sub(r"^(?:a|an|the|its|our)\s+", "", raw.strip(), flags=re.I)
    if metric.lower().rstrip(".") == "acc":
        return "accuracy"
    if _PLURAL_ACRONYM.fullmatch(metric):
        return metric[:-1]  # "MAEs of 48.9, 6.1 and 79.4": each value is one MAE
    return metric


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}[0-9]?s")
