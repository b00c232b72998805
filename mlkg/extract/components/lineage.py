"""``mlkg_lineage``: derivedFrom (with its kind) and successorOf, as stated in the text.

Patterns, each a clause the abstract writes:

* "X, (the chat models) fine-tuned / instruction-tuned from Y" -> finetuned
* "built upon / based on / initialised from / continued pre-training of Y" -> builtOn
* "Building upon Y, we develop X" -> builtOn
* "distilled from Y" -> distilled; "quantized Y" -> quantized; "merging Y and Z" -> merged
* "The instruction-tuned variant, X" (X's name extends a model named earlier) -> finetuned
* "X = Y + size" (``Qwen2-72B`` of ``Qwen2``, both written) -> variant
* "a new dataset, X, by augmenting ... from Y" -> augmented
* "its predecessor Y", "the successor of Y", "second generation of Y" -> successorOf

When the text names no parent ("built upon base language models") the parent is the model
the abstract calls the base one, provided the child's name extends it. Lineage guessed from
names alone is *not* produced here (see the graph's name-based edges).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.components.clauses import (
    COMPARED_OPENER,
    DATA_TYPES,
    LEAD_BASE,
    LIST_GAP,
    PARENT_RELATIVE_CLAUSE,
    RESULTS_NAMED,
    Hit,
    adapted_base,
    add_relation,
    contains_name,
    count_hits,
    earlier_releases,
    hits,
    introduced,
    listed,
    main_entity,
    may_cite_earlier_release,
    object_end,
    previous_subject,
    sized_models,
)
from mlkg.extract.lexicon import load_lexicon
from mlkg.extract.state import DocState, Entity, Relation, get_state
from mlkg.naming import match_key
from mlkg.vocabulary import (
    AUGMENTED,
    BUILT_ON,
    DERIVED_FROM,
    DISTILLED,
    FINETUNED,
    INTRODUCES,
    MERGED,
    METHOD,
    MODEL,
    QUANTIZED,
    SUCCESSOR_OF,
    TRAINED_ON,
    VARIANT,
)

COMPONENT = "mlkg_lineage"

#: a kind the names decide: a chat release is tuned from its base, anything else built on it
_MADE = "made"
#: (kind, pattern, words the pattern needs: a sentence without any is not scanned)
_KIND_VERBS: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    (
        DISTILLED,
        re.compile(
            r"\bdistill(?:ed|ing|ation)? (?:versions? )?(?:from|of)\b|\bby distilling\b"
            # "X learns from the Whisper large-v3 teacher"
            r"|\blearns? from\b(?=[^.;]{0,60}\bteacher\b)"
            # "PointLite compresses Point Transformer V3 into ... via distillation"
            r"|\bcompress(?:es|ed)\b(?=[^.;]{0,100}\bdistil)",
            re.I,
        ),
        ("distil", "teacher", "compress"),
    ),
    (
        QUANTIZED,
        re.compile(
            r"\bquanti[sz](?:ed|ation) (?:versions? )?(?:from|of)\b|\bby quanti[sz]ing\b", re.I
        ),
        ("quanti",),
    ),
    (
        MERGED,
        re.compile(
            r"\bmerg(?:ed|ing) (?:from|of)\b|\bby merging\b|"
            r"\bmerges the (?:weights|parameters) of\b|"
            # "Rather than tuning one model, X merges A and B": the subject right before it
            r"(?<=[\w)] )merges\b(?=\s+[A-Za-z])|"
            r"\bcombin(?:es|ing) the "
            r"(?:weights|parameters|checkpoints) of\b",
            re.I,
        ),
        ("merg", "combin"),
    ),
    (
        FINETUNED,
        re.compile(
            r"\b(?:by|after|via|through) (?:further |continued )?(?:fine-?tuning|finetuning|"
            r"instruction-tuning|instruction tuning|supervised fine-tuning|aligning|training|"
            r"adapting)\b",
            re.I,
        ),
        ("tuning", "aligning", "training", "adapting"),
    ),
    (
        FINETUNED,
        re.compile(
            r"\b(?:fine-?tuned|finetuned|instruction-tuned|chat-tuned|aligned|tuned|"
            r"(?<!pre-)(?<!pre)trained)\s+"
            r"(?:versions? of|variants? of|from(?!\s+scratch)|of|upon)\b"
            # "X, RL-tuned on top of Y" (adapters "trained on top of Y" are built on it)
            r"|\btuned\s+on\s+top\s+of\b"
            # "X is a LoRA fine-tune of Y": the noun
            r"|\b(?:fine-?tune|finetune)\s+of\b",
            re.I,
        ),
        ("tune", "aligned", "trained"),
    ),
    (
        FINETUNED,
        re.compile(
            r"\bobtained from\b(?=(?:[^.;]|\.(?=\w)){0,80}?\b(?:fine-?tuning|instruction[- ]tuning|"
            r"RLHF|DPO|alignment|further training|continued training)\b)"
            # "ChordGen fine-tunes MusicGen-medium with adapters": the subject is made from it
            r"|(?<=[\w)] )(?:fine-?tunes|finetunes)\b",
            re.I,
        ),
        ("obtained", "tunes"),
    ),
    (
        BUILT_ON,
        re.compile(
            r"\b(?:that |which )?(?:uses?|using|adopts?|employs?|takes?|taking)\b"
            r"(?=\s+(?:the\s+)?\S+(?:\s+\S+){0,3}\s+as\s+(?:its|the|a)\s+(?:frozen\s+|pretrained\s+|pre-trained\s+)?"
            # "employs Y as a feature extractor", "uses Y as its text encoder"
            r"(?:(?:feature|text|vision|visual|image|audio|speech)\s+)?"
            r"(?:encoder|backbone|base|initiali|foundation|language model|LLM|extractor))",
            re.I,
        ),
        ("use", "using", "adopt", "employ", "take", "taking"),
    ),
    (
        BUILT_ON,
        re.compile(
            r"\b(?:built (?:up)?on(?: top of)?|building (?:up)?on(?: the capabilities of)?|"
            r"based on|initiali[sz]ed (?:from|with)(?: the (?:weights|parameters) of)?|"
            r"inherits the (?:weights|parameters) of|equips?|"
            r"reuses the (?:encoder|decoder|backbone|weights|vision tower) of|initiali[sz]es from|"
            r"(?:our |an? )?adaptation of|replaces the (?:[\w-]+ )?(?:encoder|decoder|backbone) of|"
            r"replaces its (?:[\w-]+ )?(?:encoder|decoder|backbone) with (?:the )?"
            r"(?:[\w-]+\s+){0,4}?(?=(?-i:[A-Z]))|"
            # "a larger variant swaps the backbone for Y"
            r"(?:swaps|exchanges) (?:the|its) (?:[\w-]+ )?(?:encoder|backbone) for (?:the )?|"
            r"attach(?:es|ing)? [^.;]{0,40}?\bto (?:the )?(?:frozen |pretrained |pre-trained )?|"
            r"continued pre-?training (?:of|on|from)|"
            r"continues (?:the )?pre-?training (?:of|on|from)|"
            # "X, which continues training the SigLIP encoder with ..."
            r"continu(?:es|ing) training (?=(?:the\s+)?[A-Z])|"
            r"continuing (?:the )?pre-?training (?:of|from)|"
            r"(?<=[\w)] )adapts (?=(?:the\s+)?[A-Z])|"
            r"continually pre-?trained (?:from|on)|extends?|extension of|adapted from|"
            r"(?<=\w )by extending|"
            r"derived (?:\w+\s+){0,3}?from|specialized from|starting from|obtained from|"
            r"upcycl(?:ed|es?|ing) (?:into (?:an? )?[\w-]+ )?from|pruned from|trained on top of|"
            # "trained with the same recipe on top of Y"
            r"trained (?:with|using) (?:the |a |an |our )?(?:[\w-]+ ){0,2}?"
            r"(?:recipe|procedure|pipeline|objective|data) on top of|"
            r"on top of|"
            r"pruned and (?:then )?(?:healed|retrained|re-trained) from|"
            # "obtained ... by structurally pruning YOLOv10-X"
            r"\bby (?:\w+ly )?pruning (?:the )?(?=[A-Z0-9])|"
            r"starts from|"
            # "replaces both text encoders of Y with the encoder of Z": built on both
            r"replaces (?:both |all )(?:[\w-]+ )?(?:encoders|decoders) of|"
            r"(?<=\bwith )the (?:[\w-]+ )?(?:encoder|decoder|backbone) of|"
            # "X, which keeps a shared language decoder, LLaMA-2-7B, and adds ..."
            r"(?:keeps|retains)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:decoder|encoder|backbone|"
            r"language model|LLM),\s+|"
            # "X improves over the Qwen3-8B backbone": its own backbone
            r"improves (?:over|upon|on) (?:the|its) (?=(?:[^.;,()]|\.(?=\d)){0,40}?\bbackbone\b))",
            re.I,
        ),
        (
            "built",
            "building",
            "based on",
            "initiali",
            "inherits",
            "equip",
            "reuses",
            "adaptation of",
            "replaces the",
            "attach",
            "continu",
            "extend",
            "extension of",
            "adapted from",
            "adapts",
            "derived",
            "specialized from",
            "starting from",
            "starts from",
            "improves",
            "keeps",
            "retains",
            "obtained from",
            "upcycl",
            "pruned from",
            "pruning",
            "pruned and",
            "on top of",
            "replaces both",
            "replaces all",
            "with the",
            "swaps",
            "exchanges",
        ),
    ),
    (
        BUILT_ON,
        # "obtained by connecting a Whisper encoder to the Qwen-7B language model": each part
        re.compile(
            r"\bby (?:connecting|coupling|joining|pairing)\b|\b(?:connects|couples)\b", re.I
        ),
        ("connect", "coupl", "joining", "pairing"),
    ),
    (
        QUANTIZED,
        # "a 4-bit version of Y", "an INT8 variant of Y"
        re.compile(
            r"\b(?:\d{1,2}-bit|INT[48]|int[48]|FP8|NF4)\s+(?:quantized\s+)?(?:variant|version) of\b"
        ),
        ("bit", "int", "fp8", "nf4"),
    ),
    (
        VARIANT,
        re.compile(
            r"(?<!second )(?<!third )(?<!next )(?<!new )(?<!-bit )(?<!INT8 )(?<!INT4 )"
            r"\b(?:a |the )?(?:variant|version) of\b",
            re.I,
        ),
        ("variant of", "version of"),
    ),
]
# "X-Chat is produced from X": made from it, in a way the names tell (see _emit)
_KIND_VERBS.append(
    (_MADE, re.compile(r"\b(?:is|are|was|were) produced from\b", re.I), ("produced from",))
)
# words one of the patterns below needs: a sentence without any is skipped
_KIND_WORDS = (
    "distil",
    "quanti",
    "convert",
    "turn",
    "merg",
    "combin",
    "tun",
    "train",
    "align",
    "built",
    "building",
    "based",
    "initiali",
    "continu",
    "extend",
    "extension",
    "adapted",
    "adapting",
    "derived",
    "speciali",
    "starting",
    "starts",
    "backbone",
    "keeps",
    "retains",
    "obtained",
    "upcycl",
    "pruned",
    "produced from",
    *("teacher", "inherit", "equip", "reuses", "adapts", "compress", "adaptation", "replaces"),
    "attach",
    *("replaced", "swapped", "substituted", "swaps", "exchanges"),
    "top of",
    "variant",
    "version",
    "use",
    "using",
    "adopt",
    "employ",
    "take",
    "taking",
)
_SUCCESSOR_WORDS = (
    *("predecessor", "successor", "generation", "upgrade", "succeeds", "version", "release"),
    *("evolve", "our earlier", "our previous", "our prior", "supersede"),
)
_TUNED_WORDS = (
    "tuned",
    "trained",  # "X, a DenseNet-121 trained on D"
    "chat",
    "aligned",
    "instruct",
    "variant",
    "version",
    "counterpart",
    "companion",
    "quantized",
)
_RESULT_AFTER = re.compile(r",?\s+(?:obtaining|yielding|producing|to (?:obtain|produce))\b")
_CHANGED_AFTER = re.compile(
    r"\s+with\s+(?:its|the)\s+(?:[\w-]+\s+){0,4}?(?:replaced|swapped|substituted|removed|"
    r"added|extended|enlarged|frozen|retrained)\b"
)
_IS_BETWEEN = re.compile(r"\s+(?:is|are)\s+(?:the\s+|a\s+)?")
_MADE_AFTER = re.compile(
    r"\s+(?:further\s+|continually\s+|then\s+)?(quanti[sz]|distil|fine-?tun|finetun|prun|merg|"
    r"instruction-tun|pre-?train|(?<=further )train)\w*\s+(?:to|on|with|from|by|using|for)\b",
    re.I,
)
_FROM_WHICH = re.compile(
    r",?\s+from which (?:it|they|our model) (?:is|are|was|were) (?:then )?"
    r"(distilled|fine-?tuned|finetuned|derived|initiali[sz]ed|adapted)\b",
    re.I,
)
_WE_BEFORE = re.compile(r"\b[Ww]e\s+(?:\w+\s+){0,2}$")
_TECHNIQUE_BEFORE = re.compile(
    r"\b(?:procedure|method|framework|approach|pipeline|recipe|technique|algorithm)\s+"
    r"(?:also\s+|then\s+|further\s+)?$"
)
#: "distilling (the reasoning traces of) T into S": S is the student
#: a model named only in the description of the next name ("a code-specialised Mistral-7B
#: variant, CodeMistral-7B"): not a parent itself
_DESCRIBED_NEXT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:variant|version|model|checkpoint|fine-?tune)s?,\s+(?=[A-Z])"
)
_DISTILL_INTO = re.compile(
    r"\b(?:distil\w*|post-?train\w*|convert\w*|turn\w*|upcycl\w*|merg\w*)\s+"
    r"(?:[^.;]|\.(?=\w)){0,80}?\binto\s+"
    # "into a smaller graph network, MiniCast,": the name after its description
    # ("into two students, A and B": several, each of the teacher)
    r"(?:(?:the|a|an|one|two|three|four)\s+(?:[^,.;()]|\.(?=\d)){0,50},\s+|the\s+|a\s+)?",
    re.I,
)
#: a name's appositive opening: "X, the successor to ...", "X, a direct successor of ..."
_APPOSITIVE_GAP = re.compile(r",\s+(?:the|a|an)?\s*(?:direct\s+|natural\s+)?")
#: what may stand between "successor of" and the older model ("of our earlier X")
_PREDECESSOR_WORDS = re.compile(
    r"(?:(?:the|our|its|their)\s+)?(?:(?:earlier|previous|prior|original|first)\s+)?"
    # "the successor to our dense X", "to our linear-attention graph transformer X"
    # ("to our Mistral-based X": a capitalised "-based" modifier too)
    # (not a clause: "of its predecessor but introduces X")
    r"(?:(?!(?:and|or|but|yet|while|whereas|which|that|where|of|with|in|on|to|by|the|a|an|"
    r"both|as|than)\b)[a-z][\w-]*\s+|"
    r"[A-Z][\w.]*-based\s+){0,4}?"
)
#: verbs that, before "our earlier Y", make a successor rather than a derivative ("X
#: extends our earlier Y"; "X is based on our previous Y" is still made from Y)
_SUCCESSION_VERB = re.compile(r"(?i)extend|build|improv|upgrad|equip")
_TEACHER = re.compile(r"\b(?:the|its|a)\s+teacher\b|(?<![\w-])distill", re.I)
_IT_OBJECT = re.compile(r"\s*(?:it|them)\b")
_JOINED_FROM = re.compile(r"(?i)by (?:connecting|coupling|joining|pairing)|connects|couples")
#: how a model made on top of another was made, when it was tuned
_TUNED_THROUGH = re.compile(
    r"\b(?:through|via|by|with)\s+(?:(?:\w+\s+){1,3}?of\s+)?(?:supervised\s+)?"
    r"(?:instruction[- ]tuning|fine-?tuning|chat[- ]tuning|alignment|SFT|RLHF|DPO)\b",
    re.I,
)
_INTO = re.compile(r"\binto\s+(?:the\s+|a\s+)?")
_YIELDING = re.compile(r",?\s+(?:yielding|producing|giving|resulting\s+in|to\s+obtain)\s+")
_QUANTIZED_WORDS = re.compile(r"\bquanti[sz]|\b\d(?:\.\d)?-bit\b")
#: "D1, the professionally translated version of D2": a version of other data
_DATA_VERSION_GAP = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:version|translation|extension|re-?annotation)"
    r"\s+of\s+(?:the\s+)?"
)
#: how a new dataset's items came from another: "drawn from", "by converting captions from"
_DRAWN_FROM = re.compile(
    r"\b(?:drawn|sampled|collected|taken|sourced|adapted|derived|curated|harvested|mined|obtained|"
    r"generated|generate|"
    r"convert\w*|extracted|compiled|selected|filtered|built|constructed|merg\w*|combin\w*)\b"
)
#: the paper's own data named in an appositive: "Its training set, D, ..."
_OWN_DATA_BEFORE = re.compile(
    r"\b(?:[Ii]ts|[Oo]ur|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?(?:set|corpus|dataset|data|mixture|"
    r"collection),\s+$"
)
_PART_OR_MIX_JUST_BEFORE = re.compile(
    r"\b(?:(?:subset|portion|part|slice|metadata|images|annotations)\s+of|combin(?:es|ing)|"
    r"merg(?:es|ing)|mix(?:es|ing))"
    r"\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
_FROM_JUST_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$")
#: "with the Qwen2.5-7B language backbone": a model the paper's builds on
_BACKBONE_AFTER = re.compile(r"\s+(?:(?:language|LLM|text|vision|visual)\s+)?backbone\b")
#: " teacher with a ": the backbone that follows is the teacher's
_TEACHER_WITH = re.compile(r"\s+(?:teacher|parent|baseline)\s+with\s+(?:a|an|the)\s+(?:[\w-]+\s+)?")
_WITH_BEFORE_BACKBONE = re.compile(r"\bwith\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$")
_OWN_MODEL_WORDS = re.compile(r"\b(?:[Tt]he new model|[Oo]ur model|[Tt]he model)\b")
_SUCCEEDED_BEFORE = re.compile(
    r"\b(?:successor|predecessor)s?\s+(?:to|of)\s+(?:our\s+|the\s+|its\s+)?"
    r"(?:(?:earlier|previous|original)\s+)?$"
)
_PASSIVE_BEFORE_VERB = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:\w+ly\s+|further\s+|then\s+|also\s+|finally\s+)?"
)
_AS_THE_TEACHER = re.compile(r"\s+as\s+(?:the|a|our)\s+teacher\b")
#: "Applying the recipe to Y, we obtain ": the base, then the results' place
_APPLIED_TO_WE_OBTAIN = re.compile(
    r"(?:Applying\s+[^,;]{1,60}?\s+to\s+(?P<to>[^,;]{1,60}),\s+we\s+(?:\w+ly\s+)?"
    r"(?:obtain|get|produce|derive|create|build)"
    # "Applied to Y, PRISM-Q produces X"
    r"|Applied\s+to\s+(?P<applied_to>[^,;]{1,60}),\s+[^,;]{1,40}?\s+(?:produces|yields|gives))\s+"
)
_WITH_DISTILLATION_FROM = re.compile(
    r"\bwith\s+(?:(?:knowledge|logit|feature)\s+)?distillation\s+from\s+(?:an?\s+|the\s+)?"
)
#: "we distil it into X", "we quantize it into X"
_IT_INTO = re.compile(
    r"\b(distil+(?:s|ed)?|compress(?:es|ed)?|quantiz(?:e|es|ed))\s+it\s+into\s+",
    re.I,
)
_OUR_EARLIER = re.compile(r"\s*(?:our|its|their)\s+(?:earlier|previous|prior)\b")
#: an opener that names what the sentence's model builds on: "Building on X, ..."
_BUILDING_ON_OPENER = re.compile(
    r"(?:Building\s+(?:up)?on|Built\s+(?:up)?on|Extending)\s+(?:(?:our|the)\s+)?"
    r"(?:(?:earlier|previous|prior|original)\s+)?"
)
#: an appositive that calls the name before it a successor, and names no predecessor
_A_SUCCESSOR = re.compile(
    r",\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?successor\b(?!\s+(?:of|to)\b)"
)
_SUCCESSOR = re.compile(
    r"\b(?:its|their|our|the) predecessors?,?\s+|\bsuccessor (?:of|to)\s+|\bsucceeds\s+|"
    r"\bsupersedes\s+|"
    # "X extends our earlier Y": a new generation of one's own model
    r"\b(?:extends|improves (?:up)?on|builds (?:up)?on|upgrades)\s+(?=(?:our|its|their)\s+"
    r"(?:earlier|previous|prior)\b)|"
    # "X improves on Y, our earlier 3B policy, ...": Y is named before it is called earlier
    r"\b(?:extends|improves (?:up)?on|builds (?:up)?on|upgrades)\s+(?=[^,.;()]{1,60},\s+"
    r"(?:our|its|their)\s+(?:earlier|previous|prior|original|first)\b)|"
    r"\bevolve[sd]? from\s+|"
    # "Compared with our earlier X, the new model ...": the paper's model succeeds X
    r"(?:(?<=ompared with )|(?<=ompared to )|(?<=Unlike ))(?:our|its|their)\s+"
    r"(?:earlier|previous|prior)\s+|"
    r"(?P<after>\b(?:its|their) successors?,?\s+)|"
    r"\b(?:second|third|next|new) (?:generation|version|release) of\s+|"
    r"\bupgraded? (?:version )?of\s+",
    re.I,
)
_A_BEFORE_PARENT = re.compile(r"\)?,\s+an?\s+(?:[\w-]+\s+){0,2}?")
_TUNED_NOUN_AFTER = re.compile(
    # ("X, a DenseNet-121 trained on D", "X, a WavLM Large model continually pre-trained
    # for 120k steps on D": the noun may be left out, and the training be continued)
    r"(?:\s+(?:base\s+|large\s+|small\s+)?(?:model|encoder|checkpoint|backbone))?"
    rf"{PARENT_RELATIVE_CLAUSE}\s+"
    r"(?:further\s+)?(?:(?P<continued>continually\s+pre-?trained|further\s+pre-?trained)|"
    r"fine-?tuned|finetuned|"
    r"adapted|trained)\s+(?:for|on|to|with)\b"
)
_QUANTIZED_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the|our)\s+(?:\d+-bit|quanti[sz]ed|GPTQ|AWQ|int[48]|INT[48])\s+(?:[\w-]+\s+)?"
    r"(?:version|variant|build|release|checkpoint)(?:\s+of\b|(?=\s+for\b|[,;.]))"
)
_FINETUNED_APPOSITIVE = re.compile(
    r"^,?\s+(?:the|a|an|our|its|their)\s+(?:[\w-]+\s+){0,3}?(?:models?\s+)?"
    r"(?:fine-?tuned|finetuned|instruction-tuned|chat-tuned|aligned)\b",
    re.I,
)
_TUNED_LEFT = re.compile(
    # ("a SKEL-aligned version": aligned to a format, not tuned)
    r"(?<!-)\b(?P<how>instruction-tuned|instruction-following|fine-?tuned|finetuned|chat|aligned|instruct|quantized|"
    r"distilled|pruned|\d{1,2}-bit)\s+(?:[\w-]+\s+)?"
    r"(?:variant|version|model|counterpart|companion|build|checkpoint)s?,?\s+$",
    re.I,
)
_BASE_DESCRIPTION = re.compile(r"^,?\s+(?:the|a|our)\s+base\b", re.I)
_MAKING_VERB = re.compile(
    r"\b(merg|distill?|quantiz|fine-?tun|finetun|instruction-tun|prun|pre-?train|train|adapt|"
    r"apply|teach|build on|tun)(?:e|es|ed|ing|s)?\b",
    re.I,
)
_MAKING_KIND = {
    "tun": FINETUNED,
    "merg": MERGED,
    "teach": FINETUNED,
    "disti": DISTILLED,
    "upcyc": BUILT_ON,
    # (converting a network, say into a spiking one, keeps its weights in a new architecture)
    "conve": BUILT_ON,
    "quant": QUANTIZED,
    "fine-": FINETUNED,
    "finet": FINETUNED,
    "instr": FINETUNED,
    "prun": BUILT_ON,
    "fine": FINETUNED,
    "train": FINETUNED,
    "pre-t": BUILT_ON,
    "pretr": BUILT_ON,
    "adapt": BUILT_ON,
    "apply": FINETUNED,
}


def kind_of(verb: str, default: str | None = None) -> str | None:
    """The lineage kind a making verb says ("distilled" -> distilled, "pruning" -> builtOn,
    "fine-tune" -> finetuned), by its first five letters or four ("prun"), else
    ``default``."""
    verb = verb.lower()
    return _MAKING_KIND.get(verb[:5], _MAKING_KIND.get(verb[:4], default))


#: "(obtain C) by pruning A": the making verb after "by", its source right after it
_BY_MAKING = re.compile(
    r"(?<=[\w)])\s+by\s+(?:first\s+)?(?:continual(?:ly)?\s+|continued\s+|further\s+|supervised\s+)?"
    # "by SLERP-merging A with B"
    r"(?:[A-Z]{2,}-)?"
    r"(merg|distill|quantiz|fine-?tun|finetun|prun|pre-?train)\w*\s+(?:of\s+)?(?:the\s+)?",
    re.I,
)
_BY_HOW = re.compile(
    r"\bby\s+(fine-?tun|finetun|distill|quantiz|merg|prun|instruction-tun)\w*", re.I
)
#: a finite verb of making, then its product's name, after an opening that names the base
#: a participle of making before the parent of a list named after it
_NAMELY_MADE_FROM = re.compile(
    r"\b(?P<verb>fine-?tuned|finetuned|built|trained|distilled|derived|initiali[sz]ed|"
    r"adapted)\s+(?:from|on\s+top\s+of)\s+(?:the\s+)?"
)
_NAMELY_GAP = re.compile(r",\s+namely\s+(?:the\s+)?")
_MERGED_PRODUCT = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,2}?merged\s+(?:model|checkpoint)\b")
_LEAD_RESULT_CUE = re.compile(
    r"\b(?:produce|produces|yield|yields|give|gives|result\s+in|results\s+in)\s+(?:the\s+)?"
)
_RESULT_CUE = re.compile(
    r"\b(?:yield(?:s|ing)?|produc(?:es|ing)|giv(?:es|ing)|results? in|(?:to|and) (?:obtain|"
    r"produce|get|create|build|derive)|obtaining|creating|resulting in|"
    r"the (?:tuned|fine-tuned|trained|resulting|final) model(?=,)|"
    # "we fine-tune Y on D; the resulting X lifts ..."
    r"the resulting(?=\s+[A-Z0-9])|"
    r"call(?:s|ed)? the resulting model|"
    r"release (?:the result|it|them) as|"
    r"(?:call|name)(?:s|d|ed)? the result)\b",
    re.I,
)
_THE_MODEL = re.compile(r"\s+(?:it\b|(?:the|our|this)\s+(?:base\s+|pre-?trained\s+)?model\b)")
#: the words of _THE_MODEL, for the test of a sentence with one model named
_THE_MODEL_WORDS = ("the model", "base model", "our model", "this model", "trained model", " it ")
_CREATE = re.compile(
    r"\b(?:creat|construct|build|buil|curat|collect|introduc|propos|releas|deriv|present)\w*\b",
    re.I,
)
_IMPLICIT_BASE = re.compile(r"\bbase (?:language |pretrained |pre-trained )?models?\b", re.I)
#: a size ("Qwen2-72B") or a size word ("TideCast-Base", "ViT-Large") after a family name
_SIZE_SUFFIX = re.compile(
    # ("-16B-A3B": a mixture of experts' total and active parameters)
    r"[-\s](?:\d+(?:\.\d+)?B-A\d+(?:\.\d+)?B|\d+(?:\.\d+)?[BMbm]|\d+x\d+[BM]|Base|Large|Small|Tiny|Mini|Medium|XL|XXL|Lite|Nano|"
    r"base|large|small|tiny|mini|medium|"
    # one-letter sizes: "ViT-L", "SAM-B", "ProtGen-2-S", "Swin-T", "YOLO11-N", "EVA-G" (not
    # "-X": "RT-2-X" is no size of RT-2)
    r"XS|S|M|L|B|H|T|N|G|"
    # a patch size after the size letter ("X-B/16", "X-L/14"), a numbered size ("X-S3")
    r"(?:XS|S|M|L|B|H|T|Ti|g|G)/\d{1,2}|[SML]\d{1,2})$"
)
#: "HeronMix, a 5-trillion-token corpus that combines ...": the sentence says what the
#: dataset named before is made of
_MADE_OF = re.compile(
    # "D, the first dataset for X, created by augmenting the Y corpus with ..."
    r",\s+(?:a|an|the\s+first)\s+(?:[^;.]|\.(?=\d)){0,80}?(?P<by>(?:created|built|constructed|"
    r"obtained|made)\s+by\s+(?:augmenting|extending|annotating|re-?annotating|filtering|"
    r"translating|relabell?ing))\b"
    # ("a new 4,200-hour collection that we assemble from": a number's comma)
    r"|,\s+(?:a|an|our)\s+(?:[^,;.]|[.,](?=\d)){0,60}?"
    r"(?:corpus|dataset|mixture|collection|benchmark|set)\s+"
    r"(?:(?:that|which)\s+(?:combines|mixes|merges|unifies|aggregates|augments|extends|pools)\b"
    # "CountSet, a new collection of 200K images with counts that we derive from LAION-5B"
    r"|[^,;.]{0,60}?\b(?:that|which)\s+(?P<we>we)\s+(?:derive|build|construct|filter|sample|"
    r"collect|curate|assemble|extract|draw|gather|pool|mine|synthesi[sz]e|harmoni[sz]e)\b"
    # "D, our corpus of 180B tokens curated from A, B and C", "a set that pools ... from A"
    r"|(?:[^;.]|\.(?=\d)){0,100}?\b(?P<from>curated|collected|assembled|drawn|sampled|sourced|"
    r"derived|compiled|gathered|mined|extracted|filtered|reconstructed|harvested|seeded|"
    r"harmoni[sz]ed|synthesi[sz]ed|pools\s+[^,;.]{0,40}?)\s+from\b)"
    # "Its instruction data, D, is assembled by converting the annotations of A, B and C"
    r"|,?\s+(?:is|was|are|were)\s+(?:assembled|built|constructed|created|obtained|compiled)\s+by\s+"
    r"(?P<of>converting|reformatting|re-?annotating|merging|rewriting|translating)\s+"
    # "AfriMIRACL, which translates the English queries of MIRACL into 16 languages"
    r"|,\s+which\s+(?:translates|re-?annotates|relabels|filters|cleans|converts|extends|"
    r"augments)\b"
    # "LLMSQL, a systematic revision and transformation of WikiSQL"
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:revision|transformation|cleaned\s+version|"
    r"re-?annotation|refinement|reformulation|relabell?ing|extension|expansion|harder\s+version|"
    # "nuScenes-Drift, a copy of the nuScenes validation set with calibration errors"
    r"(?:perturbed\s+|corrupted\s+|modified\s+)?copy|(?:perturbed|corrupted)\s+version)"
    r"\s+(?:and\s+\w+\s+)?of\b"
)
#: right before a source dataset: "from the publicly available CRAG dataset"
_SOURCE_BEFORE = re.compile(
    r"\b(?:from|of|on)\s+(?:the\s+)?(?:(?:publicly|widely|existing|available|popular|"
    r"original|public|open-source|standard)\s+){0,2}$"
)
_DATA_EXTENDS = re.compile(
    r"\s+(?:extends|augments|expands|enriches|re-?labels|relabels|re-?annotates|filters|"
    r"translates|merges)\s+(?:the\s+)?(?:(?:test|training|validation|dev)\s+(?:set|split)\s+of\s+"
    r"(?:the\s+)?)?"
    # "We build MathVerse-Hard by filtering MathVerse down to ..."
    r"|\s+by\s+(?:filtering|sampling|subsampling|translating|re-?annotating|relabell?ing|"
    r"cleaning|augmenting|extending|merging)\s+(?:the\s+)?"
)
#: "created by augmenting the (Arabic) Y corpus": the data right after the verb
_BY_VERB_BEFORE = re.compile(
    r"\b(?:augmenting|extending|annotating|re-?annotating|filtering|translating|relabell?ing)\s+"
    r"(?:the\s+)?(?:[A-Z][a-z]+\s+)?$"
)
#: "by converting the annotations of A, B and C": what follows "of" or "from"
_OF_BEFORE = re.compile(r"\b(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
#: "that we derive from LAION-5B": only what follows "from" is a source
_FROM_BEFORE = re.compile(
    r"\b(?:from|out of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    # "assembled from 27 public sources including A, B and C"
    r"|\bfrom\s+(?:[\w-]+\s+){0,3}?(?:sources|datasets|corpora|collections)\s*,?\s+"
    r"(?:including|such\s+as|e\.g\.,?)\s+(?:the\s+)?$"
)
_AUGMENT = re.compile(
    r"\b(?:assembl\w*|compil\w*|aggregat\w*|mix\w*|combin\w*|collect\w*|sourc\w*|curat\w*|sampl\w*|"
    r"pool\w*|drawn|gather\w*|reconstruct\w*|seeded|harvest\w*|"
    r"augment\w*|complicat\w*|diversif\w*|extend\w*|translat\w*|filter\w*|"
    r"rewrit\w*|deriv\w*|re-?annotat\w*|expand\w*|convert\w*|re-?label\w*|merg\w*|"
    r"revision|transformation|refinement|reformulation|cleaned|extension|expansion|copy|"
    r"perturbed|corrupted|"
    # "a corpus that we synthesize from A and B", "harmonised from A, B and C"
    r"harmoni[sz]\w*|synthesi[sz]e[ds]?\s+from)\b",
    re.I,
)


#: " from ", " on ": between the model and its parent of a clause without its verb
_GAPPED_PREPOSITION = re.compile(r"\s+(?:from|on|upon)\s+(?:an?\s+|the\s+)?")
#: ", both on ": the data both clauses' models are trained on
_BOTH_ON = re.compile(r",\s+both\s+(?:on|using|with)\s+(?:the\s+)?")
#: "A together with B", "A, B and C": a list of data
_DATA_LIST_GAP = re.compile(r"\s+(?:together\s+with|and|plus)\s+|,\s+(?:and\s+)?")
#: ", and ", " while ": before that clause's model
_GAPPED_OPENER = re.compile(r"(?:,\s*|\s+)(?:and|while|whereas)\s+$")


@Language.factory("mlkg_lineage")
def make_lineage(nlp: Language, name: str) -> LineageFinder:
    return LineageFinder()


class LineageFinder:
    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        text = state.text
        base = _base_model(text, state)
        paren_origin = state.mentions_words((0, len(text)), _PAREN_ORIGIN_WORDS)
        released = may_cite_earlier_release(text)
        for sentence in state.sentences:
            if count_hits(state, sentence[0], sentence[1], (MODEL,)):
                if state.mentions_words(sentence, (", namely ",)):
                    self._namely_made_from(text, state, sentence)
                if state.mentions_words(sentence, _KIND_WORDS):
                    self._kind_verbs(text, state, sentence, base)
                    if state.mentions_words(sentence, (" and ", " while ", " whereas ")):
                        self._gapped_lineage(text, state, sentence)
                    self._distilled_into(text, state, sentence)
                    self._from_which(text, state, sentence)
                    self._is_parent_made(text, state, sentence)
                if state.mentions_words(sentence, _SUCCESSOR_WORDS):
                    self._successors(text, state, sentence)
                    if text.startswith(("Building", "Built", "Extending"), sentence[0]):
                        self._successor_of_the_opener(text, state, sentence)
                if released:
                    self._earlier_release(text, state, sentence)
                if paren_origin and state.mentions_words(sentence, _PAREN_ORIGIN_WORDS):
                    self._parenthesised_origin(text, state, sentence)
                if state.mentions_words(sentence, _TUNED_WORDS):
                    self._tuned_appositives(text, state, sentence)
            data_count = count_hits(state, sentence[0], sentence[1], DATA_TYPES)
            if data_count > 1:
                self._augmented(text, state, sentence)
                if state.mentions_words(sentence, _DATA_FROM_DATA_WORDS):
                    self._data_from_data(text, state, sentence)
                if state.mentions_words(sentence, ("convert",)):
                    self._converted_into(text, state, sentence)
            if data_count and state.mentions_words(sentence, ("we ", " from ")):
                self._we_sample_from(text, state, sentence)
        if "The resulting " in text or "Our resulting " in text:
            self._resulting_list(text, state)
        # counted after the rules above, which may make a name a model
        models = [count_hits(state, start, end, (MODEL,)) for start, end in state.sentences]
        for sentence, count in zip(state.sentences, models, strict=True):
            if count > 1 or (count and state.mentions_words(sentence, _THE_MODEL_WORDS)):
                self._made_by(text, state, sentence)
                self._obtained_by(text, state, sentence)
        gives = state.mentions_words((0, len(text)), _GIVES_WORDS)
        for sentence, count in zip(state.sentences, models, strict=True):
            if count > 1 and state.mentions_words(sentence, (" into ",)):
                self._tuned_into(text, state, sentence)
            if count and state.mentions_words(sentence, (" it into ",)):
                self._it_into(text, state, sentence)
            if count > 1 and state.mentions_words(sentence, ("distillation from ",)):
                self._with_distillation_from(text, state, sentence)
            if count > 1 and state.mentions_words(sentence, ("its base ", "its backbone ")):
                self._its_base(text, state, sentence)
            if count and state.mentions_words(sentence, (" backbone",)):
                self._with_backbone(text, state, sentence)
            if count > 1 and text.startswith(("Applying ", "Applied to "), sentence[0]):
                self._applied_to_obtain(text, state, sentence)
            if count > 3 and state.mentions_words(sentence, _PAIRED_WORDS):
                self._paired_lists(text, state, sentence)
            if count > 1 and state.mentions_words(sentence, _NAMED_KIND_WORDS):
                self._named_version(text, state, sentence)
                self._kind_of_parent(text, state, sentence)
            if count and gives and state.mentions_words(sentence, _GIVES_WORDS):
                self._tuning_gives(text, state, sentence)
            if count and state.mentions_words(sentence, ("initiali",)):
                self._components_initialised_from(text, state, sentence)
            if count > 1 and state.mentions_words(sentence, _YIELDING_WORDS):
                self._tuned_yielding(text, state, sentence)
        self._size_variants(state)
        if " base" in text and any(word in text for word in _BASE_AND_TUNED_WORDS):
            self._base_and_tuned_pairs(text, state)
        for sentence, count in zip(state.sentences, models, strict=True):
            # one test for the rules below, which all need a model and one of their words
            if not count or not state.mentions_words(sentence, _LATE_RULE_WORDS):
                continue
            if state.mentions_words(sentence, _COMPOSING_WORDS) and (
                not state.mentions_words(sentence, ("uses",))
                or state.mentions_words(sentence, _COMPOSING_WORDS[:-1])
                or state.mentions_words(sentence, _PART_WORDS)
            ):
                self._composed(text, state, sentence)
            if state.mentions_words(sentence, ("-based ",)):
                self._based_appositive(text, state, sentence)
            if state.mentions_words(sentence, _KIND_OF_WORDS):
                self._made_of_it(text, state, sentence)
            if state.mentions_words(sentence, _ADAPT_WORDS) and (
                adapted := adapted_base(state, sentence)
            ):
                self._own_model_from(state, sentence, *adapted)
            if state.mentions_words(sentence, _WE_MAKE_FROM_WORDS):
                self._we_make_from(text, state, sentence)
        if "predecessor" in text or "generation of" in text or "version of" in text:
            self._unnamed_predecessor(text, state)
        if " variant of " in text or " version of " in text or " checkpoint of " in text:
            _parent_of_the_variant_named(text, state)
        if "merg" in text:
            for sentence in state.sentences:
                if state.mentions_words(
                    sentence, (" the two ", " the three ", " both ", " them into ")
                ):
                    self._merged_the_models_named_before(text, state, sentence)
        self._backstop(text, state, models)
        return doc

    def _gapped_lineage(self, text: str, state: DocState, sentence) -> None:
        """ "X-9B is fine-tuned from A and X-27B from B", "X-9B is built on A, and X-3B on
        B": the second clause leaves out the verb, and its model is made from its parent the
        way the first clause's was."""
        kinds = {
            (r.head, r.tail): r.kind
            for r in state.relations
            if r.rel == DERIVED_FROM and r.sentence == sentence and r.component == COMPONENT
        }
        if not kinds:
            return
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for index, (child, parent) in enumerate(pairwise(models)):
            if not _GAPPED_PREPOSITION.fullmatch(text, child.end, parent.start):
                continue
            if not _GAPPED_OPENER.search(text, max(sentence[0], child.start - 12), child.start):
                continue
            # the first clause: the last pair before it that the sentence made a lineage of
            earlier = [
                (a.name, kinds[(a.name, b.name)])
                for a, b in pairwise(models[: index + 1])
                if (a.name, b.name) in kinds
            ]
            if not earlier or child.name == parent.name:
                continue
            first_child, kind = earlier[-1]
            self._emit(state, child.name, parent.name, kind, sentence, 0.65)
            if both := _BOTH_ON.match(text, parent.end, sentence[1]):
                # "..., both on D together with E": each clause's model is trained on them
                data = hits(state, both.end(), sentence[1], DATA_TYPES)
                data = (
                    listed(text, data, _DATA_LIST_GAP)
                    if data and data[0].start == both.end()
                    else []
                )
                for owner in (first_child, child.name):
                    for hit in data:
                        add_relation(
                            state,
                            Relation(owner, TRAINED_ON, hit.name, sentence, COMPONENT, 0.65),
                        )

    def _merged_the_models_named_before(self, text: str, state: DocState, sentence) -> None:
        """ "..., yielding A, and ..., yielding B. M then merges the two into a single
        model, X": X is merged from the models named last before the sentence, as many as
        it says (the sentence's own names before the verb are who merges)."""
        for cue in _MERGE_THE_N.finditer(text, sentence[0], sentence[1]):
            made = hits(state, cue.end(), sentence[1], (MODEL,))
            if not made or made[0].start != cue.end():
                continue
            if cue.group("them"):
                # "we fine-tune A, B and C on ..., and then merge them into a single model,
                # X": the list this sentence named last before the cue
                before = hits(state, sentence[0], cue.start(), (MODEL,))
                lists = [listed(text, before[i:]) for i in range(len(before))]
                lists = [g for g in lists if len(g) > 1 and g[-1].start == before[-1].start]
                for parent in lists[0] if lists else []:
                    self._emit(state, made[0].name, parent.name, MERGED, sentence, 0.6)
                continue
            count = _COUNT_WORDS[(cue.group("count") or "two").lower()]
            named: list[str] = []
            for hit in reversed(hits(state, 0, sentence[0], (MODEL,))):
                if hit.name not in named and hit.name != made[0].name:
                    named.append(hit.name)
                if len(named) == count:
                    break
            if len(named) == count:
                for parent in reversed(named):
                    self._emit(state, made[0].name, parent, MERGED, sentence, 0.6)

    def _backstop(self, text: str, state: DocState, models: list[int]) -> None:
        """The paper's one new model is made from the one well-known model that a sentence
        names with a word of making and no comparison ("... a Y backbone ...", "adapted to
        the clinical domain from Y"), when no rule found what it is made from: the way
        abstracts state lineage varies more than any list of phrasings."""
        own = [e for e in introduced(state) if e.type == MODEL]
        if (
            len(own) != 1
            or own[0] is not main_entity(state)  # "our approach" is a method the paper names first
            or any(
                r.rel in (DERIVED_FROM, SUCCESSOR_OF) and r.head == own[0].name
                for r in state.relations
            )
        ):
            return
        lexicon = load_lexicon()
        found: dict[str, tuple] = {}
        for sentence, count in zip(state.sentences, models, strict=True):
            if not count or not state.mentions_words(sentence, _MAKING_CUE_WORDS):
                continue
            if _COMPARING.search(text, sentence[0], sentence[1]):
                continue  # compared, or named as one example of many ("VLMs such as CLIP")
            others = [
                h
                for h in hits(state, sentence[0], sentence[1], (MODEL,))
                if h.entity is not own[0]
                and lexicon.types_of(h.name) == {MODEL}
                and h.name not in _ARCHITECTURES
                # "Ministral 3" of "Ministral": a family's version, not a stated parent
                and not own[0].name.startswith(h.name)
            ]
            if len({h.name for h in others}) != 1:
                continue
            near = others[0]
            named = hits(state, sentence[0], sentence[1])
            making = next(
                (
                    cue
                    for cue in _MAKING_CUE.finditer(
                        text, max(sentence[0], near.start - 40), min(sentence[1], near.end + 25)
                    )
                    # ("DistilBERT 77.7": the cue word inside a name is the name's)
                    if not any(h.start <= cue.start() < h.end for h in named)
                ),
                None,
            )
            if making is not None:
                found.setdefault(near.name, (sentence, making.group(0)))
        taken = {r.tail for r in state.relations if r.rel == DERIVED_FROM}
        if len(found) == 1 and not taken & set(found):  # another model's parent already
            parent, (sentence, word) = next(iter(found.items()))
            kind = kind_of(word, BUILT_ON)
            self._emit(state, own[0].name, parent, kind, sentence, 0.5)

    def _based_appositive(self, text: str, state: DocState, sentence) -> None:
        """ "BioMist-7B, a Mistral-7B-based model continually pre-trained on ...": the
        appositive says what the name is built on (a "Y-based" name is a modifier, not a
        mention of its own)."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for start, end in sorted(state.modifiers):
            if not sentence[0] <= start < sentence[1] or not _BASED_MODEL.match(text, end):
                continue
            parent = state.entity_at(start, end)
            child = [h for h in models if h.end <= start]
            if (
                parent is not None
                and parent.type == MODEL
                and child
                and _A_BEFORE_BASED.fullmatch(text, child[-1].end, start)
            ):
                self._emit(state, child[-1].name, parent.name, BUILT_ON, sentence, 0.65)

    def _composed(self, text: str, state: DocState, sentence) -> None:
        """A model made of others: "X pairs a SigLIP image encoder with the SmolLM2 language
        model", "X, a model whose language decoder is Phi-3-mini": X is built on each."""
        start, end = sentence
        models = hits(state, start, end, (MODEL,))
        parts: set[int] = set()  # "whose encoder is A and whose decoder is B": A is no child
        for cue in _WHOSE_PART.finditer(text, start, end):
            before = [h for h in models if h.end <= cue.start() and h.start not in parts]
            parent = [h for h in models if h.start == cue.end()]
            if before and parent:
                parts.add(parent[0].start)
                self._emit(state, before[-1].name, parent[0].name, BUILT_ON, sentence, 0.65)
        for cue in _COMPOSES.finditer(text, start, end):
            child = [h for h in models if h.end <= cue.start()]
            if _EACH_MODEL_BEFORE.fullmatch(text, start, cue.start()):
                # "Each model pairs a SigLIP encoder with a Qwen2.5 language model": the
                # paper's models
                own = main_entity(state, (MODEL,))
                child = [Hit(*min(own.mentions), own)] if own is not None else []
            elif not child or not (
                re.fullmatch(r"\s+(?:\w+ly\s+)?", text[child[-1].end : cue.start()])
                or _CHILD_TO_VERB.fullmatch(text, child[-1].end, cue.start())
                or _APPOSED_KIND_TO_VERB.fullmatch(text, child[-1].end, cue.start())
            ):
                continue
            stop = object_end(text, cue.end(), end)
            if joined := _WITH_PART.search(text, stop, end):
                # "couples A, a 6B vision transformer ..., with the B language model": the
                # part after "with", past the first part's appositive
                stop = joined.end()
            paired = _PAIRS_A_WITH_B.match(text, cue.start(), end)
            for part in (h for h in models if cue.end() <= h.start < stop):
                if paired and part.start in (paired.start("a"), paired.start("b")):
                    # "pairing A with B": the two things paired are the parts
                    self._emit(state, child[-1].name, part.name, BUILT_ON, sentence, 0.65)
                    continue
                if part.name in _ARCHITECTURES:
                    continue  # "uses a U-Net backbone": an architecture, not a trained model
                if _COMPONENT_AFTER.match(text, part.end) or _COMPONENT_OF.search(
                    text, max(cue.end(), part.start - 30), part.start
                ):
                    self._emit(state, child[-1].name, part.name, BUILT_ON, sentence, 0.65)

    def _we_make_from(self, text: str, state: DocState, sentence) -> None:
        """ "We train Arbiter-3B from Phi-3.5-mini on ...": the model after the verb is made
        from the one after "from"."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for verb in _WE_VERB.finditer(text, sentence[0], sentence[1]):
            child = [h for h in models if h.start == verb.end()]
            if child and verb.group(0).endswith(", "):
                source = _APPOSED_FROM_SOURCE.match(text, child[0].end)
            else:
                source = _FROM_SOURCE.match(text, child[0].end) if child else None
            if not child or not source:
                continue
            parent = [h for h in models if h.start == source.end()]
            if parent:
                kind = kind_of(verb.group(1), BUILT_ON)
                self._emit(state, child[0].name, parent[0].name, kind, sentence, 0.7)

    def _own_model_from(self, state: DocState, sentence, base, own: Entity, verb: str) -> None:
        """ "We present X. We fine-tune Y on D.": X is Y fine-tuned, unless another model
        is already said to be made from Y."""
        if any(r.rel == DERIVED_FROM and r.tail == base.name for r in state.relations):
            return
        tuned = verb.lower().startswith(("fine", "instr", "post"))
        kind = FINETUNED if tuned else BUILT_ON
        self._emit(state, own.name, base.name, kind, sentence, 0.55)

    def _made_of_it(self, text: str, state: DocState, sentence) -> None:
        """ "A 4-bit GPTQ quantization of it, Trinity-7B-GPTQ, loses ...", "A pruned version
        of Sage-7B, Sage-5B, removes ...": the name after the comma is made from the one
        before it (or from what "it" refers to)."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for cue in _KIND_OF.finditer(text, sentence[0], sentence[1]):
            if cue.group("it"):
                after, parent = cue.end(), previous_subject(state, sentence)
            else:
                named = [h for h in models if h.start == cue.end()]
                comma = _COMMA.match(text, named[0].end) if named else None
                if comma is None:
                    continue
                after, parent = comma.end(), named[0].entity
            child = [h for h in models if h.start == after]
            if child and parent is not None and parent.type == MODEL:
                kind = kind_of(cue.group("how"), VARIANT)
                self._emit(state, child[0].name, parent.name, kind, sentence, 0.65)

    def _unnamed_predecessor(self, text: str, state: DocState) -> None:
        """ "Compared to its predecessor, MOSEv2 introduces ...": the predecessor is the
        earlier version of the same name that the abstract writes elsewhere (MOSEv1)."""
        for cue in _ITS_PREDECESSOR.finditer(text):
            sentence = state.sentence_of(cue.start())
            named = hits(state, sentence[0], sentence[1])
            compared = _COMPARED_TO.search(text, sentence[0], cue.start())
            if not compared and any(0 <= h.start - cue.end() <= 3 for h in named):
                continue  # "its predecessor, X": the text names it
            for hit in named:
                line = _VERSIONED_NAME.fullmatch(hit.name)
                if line is None:
                    continue
                for other in state.entities.values():
                    earlier = _VERSIONED_NAME.fullmatch(other.name)
                    if (
                        earlier is not None
                        and earlier.group("stem") == line.group("stem")
                        and _version(earlier) < _version(line)
                    ):
                        self._emit(
                            state, hit.name, other.name, None, sentence, 0.6, rel=SUCCESSOR_OF
                        )

    def _obtained_by(self, text: str, state: DocState, sentence) -> None:
        """ "We obtain C by pruning A", "C is built by fine-tuning A": C is made from A."""
        start, end = sentence
        for cue in _BY_MAKING.finditer(text, start, end):
            made = hits(state, max(start, cue.start() - 60), cue.start(), (MODEL,))
            # ("X, the successor to our Y encoder, obtained by ...": X, not the one it succeeds)
            made = [
                h
                for h in made
                if not _SUCCEEDED_BEFORE.search(text, max(start, h.start - 40), h.start)
            ]
            sources = hits(state, cue.end(), min(end, cue.end() + 30), (MODEL,))
            if not made or not sources or sources[0].start - cue.end() > 4:
                continue
            kind = kind_of(cue.group(1))
            self._emit(state, made[-1].name, sources[0].name, kind, sentence, 0.7)
            if kind == MERGED:
                # "by merging A with B", "by merging A and B": every parent
                for other in hits(state, sources[0].end, min(end, sources[0].end + 80), (MODEL,)):
                    if not _MERGE_MATE.fullmatch(text, sources[0].end, other.start):
                        break
                    self._emit(state, made[-1].name, other.name, kind, sentence, 0.7)

    def _made_by(self, text: str, state: DocState, sentence) -> None:
        """ "Merging A and B with M yields C", "we fine-tune A on D to obtain C": C is made
        from A (and B) in the way the verb says."""
        start, end = sentence
        for verb in _MAKING_VERB.finditer(text, start, end):
            result = _RESULT_CUE.search(text, verb.end(), end)
            if result is None:
                continue
            sources = hits(state, verb.end(), result.start(), (MODEL,))
            if not sources and _THE_MODEL.match(text, verb.end()):
                # "A second stage tunes the model on D, which gives X": the paper's model
                own = main_entity(state, (MODEL,))
                sources = [Hit(*min(own.mentions), own)] if own is not None else []
            if not sources and (lead := LEAD_BASE.match(text, start)):
                # "Starting with mBART-50, we ... fine-tune the whole model ..., producing X"
                sources = [h for h in hits(state, start, end, (MODEL,)) if h.start == lead.end()]
            if (namely := _NAMELY_GAP.search(text, verb.end(), result.start())) is not None:
                # "apply M to checkpoints tuned from Y, namely A, B and C, and obtain X": X is
                # made from the named ones, not from their base
                sources = [h for h in sources if h.start >= namely.end()] or sources
            made = hits(state, result.end(), end, (MODEL,))
            if not sources or not made or made[0].start - result.end() > 40:
                continue
            kind = kind_of(verb.group(1))
            if _MERGED_PRODUCT.match(text, made[0].end):
                kind = MERGED  # "..., and obtain X, a single merged model": all its parents
            if how := _BY_HOW.search(text, sources[0].end, result.start()):
                kind = kind_of(how.group(1), kind)  # "adapt A to Swahili by fine-tuning it"
            made_list, source_list = listed(text, made), listed(text, sources)
            if kind != MERGED and 1 < len(made_list) == len(source_list) == len(sources):
                # "we distill into A and B, producing students that we call X and Y": in order
                # "Using T as the teacher, we distill into A and B, producing X1 and X2": each
                # student learns from T and starts from its own base
                teacher = [
                    h
                    for h in hits(state, start, verb.start(), (MODEL,))
                    if _AS_THE_TEACHER.match(text, h.end)
                ]
                for child, source in zip(made_list, source_list, strict=True):
                    own_kind = FINETUNED if teacher and kind == DISTILLED else kind
                    self._emit(state, child.name, source.name, own_kind, sentence, 0.7)
                    if teacher:
                        self._emit(state, child.name, teacher[0].name, DISTILLED, sentence, 0.7)
                continue
            # a merge has all its parents; "distil T into S, obtaining C": C has T and S
            several = kind == MERGED or (
                kind == DISTILLED and " into " in text[verb.end() : result.start()]
            )
            if not several:
                if len(sources) > 1 and text[sources[0].end : sources[1].start] == " ":
                    sources = sources[1:]  # "a ViT-B VideoMAE checkpoint": the checkpoint's
                # "we fine-tune A, B and C on D; the resulting C-VC model": the source the
                # product is named after
                named_after = [h for h in sources if made[0].name.startswith(h.name)]
                sources = named_after[-1:] or sources[:1]
            # "we fine-tune Y with each objective, producing X-A and X-B": each product is
            # made from the one source (a merge or a distillation makes only the first)
            for product in made[:1] if several else made_list:
                for source in sources:
                    self._emit(state, product.name, source.name, kind, sentence, 0.7)
        if (lead := LEAD_BASE.match(text, start)) and not _MAKING_VERB.search(text, start, end):
            # "Starting from Y, three rounds of M on D produce X": no verb of making, but the
            # opening names the base and the result cue the product
            base = [h for h in hits(state, lead.end(), end, (MODEL,))[:1] if h.start == lead.end()]
            result = _LEAD_RESULT_CUE.search(text, lead.end(), end)
            made = hits(state, result.end(), end, (MODEL,))[:1] if result and base else []
            if made and made[0].start == result.end():
                self._emit(state, made[0].name, base[0].name, _MADE, sentence, 0.65)

    def _namely_made_from(self, text: str, state: DocState, sentence) -> None:
        """ "three checkpoints fine-tuned from Y, namely A, B and C": each listed model is
        made from Y in the way the participle says."""
        for said in _NAMELY_MADE_FROM.finditer(text, sentence[0], sentence[1]):
            models = hits(state, said.end(), sentence[1], (MODEL,))
            if not models or models[0].start != said.end():
                continue
            gap = _NAMELY_GAP.match(text, models[0].end, sentence[1])
            if gap is None:
                continue
            children = hits(state, gap.end(), sentence[1], (MODEL,))
            children = listed(text, children) if children and children[0].start == gap.end() else []
            kind = kind_of(said.group("verb"), BUILT_ON)
            for child in children:
                self._emit(state, child.name, models[0].name, kind, sentence, 0.7)

    def _emit(
        self,
        state: DocState,
        child: str,
        parent: str,
        kind: str | None,
        sentence,
        confidence: float,
        rel: str = DERIVED_FROM,
    ) -> None:
        if child == parent:
            return
        if rel == SUCCESSOR_OF and all(
            state.entities.get(match_key(name)) is not None
            and state.entities[match_key(name)].type in DATA_TYPES
            for name in (child, parent)
        ):
            # "DialectEval 2.0, an extended successor to DialectEval": a successor is a model
            # relation; a new edition of data extends the old one
            rel, kind = DERIVED_FROM, AUGMENTED
        if kind in (_MADE, VARIANT):
            # "X-Chat is produced from X": the chat release is tuned; else X is built on it
            tuned = _TUNED_RELEASE.fullmatch(match_key(child).removeprefix(match_key(parent)))
            kind = FINETUNED if tuned else BUILT_ON if kind == _MADE else kind
        add_relation(
            state, Relation(child, rel, parent, sentence, COMPONENT, confidence, kind=kind)
        )

    def _kind_verbs(self, text: str, state: DocState, sentence, base: Entity | None) -> None:
        start, end = sentence
        models = hits(state, start, end, (MODEL,))
        for kind, pattern, words in _KIND_VERBS:
            if not state.may_mention(sentence, words):
                continue
            for verb in pattern.finditer(text, start, end):
                if _OUR_EARLIER.match(text, verb.end()) and _SUCCESSION_VERB.match(verb.group()):
                    continue  # "X extends our earlier Y": a successor (see _successors)
                if _THE_BASE_MODELS.match(text, verb.end()):
                    continue  # "each fine-tuned from the base model of the same size": by name

                parents = hits(state, verb.end(), object_end(text, verb.end(), end), (MODEL,))
                if len(parents) > 1 and _CHECKPOINT_OF.fullmatch(
                    text, parents[0].end, parents[1].start
                ):
                    # "initialized from the MAE-pretrained ViT-L checkpoint of SatMAE": whose
                    parents = parents[1:]
                parent = parents[0] if parents else None
                if parent is not None and (lead := _LEADING.match(text, start, verb.start())):
                    # "Building upon Y, we develop X": the children are what "we" make
                    if not re.fullmatch(r"[^,;]*", text[verb.end() : parent.start]):
                        continue
                    made = _WE_MAKE.search(text, parent.end, end)
                    stop = object_end(text, made.end(), end) if made else end
                    children = [h for h in models if made and made.end() <= h.start < stop][:1]
                    if children and made.group("tune"):
                        # "Starting from Y, we fine-tune three experts, A, B and C, on ...":
                        # each listed model is tuned from Y
                        listed_children = listed(
                            text, [h for h in models if h.start >= children[0].start]
                        )
                        for child in listed_children:
                            self._emit(state, child.name, parent.name, FINETUNED, sentence, 0.75)
                        continue
                    if not children and (ours := _OUR_SYSTEM.match(text, parent.end)):
                        # "Building on Y, our system, X, adds ...": X is a model made from Y
                        named = hits(state, ours.end(), ours.end() + 60, (MODEL, METHOD))[:1]
                        if named and named[0].start == ours.end():
                            _make_model(named[0].entity)
                            children = [h for h in named if h.type == MODEL]
                    if not children and (comma := _PARENT_THEN_SUBJECT.match(text, parent.end)):
                        # "Built upon the SeaLLM-7B 2.5 model, FiLLM leverages ...": the
                        # participle's subject is the name right after the comma
                        named = [h for h in models if h.start == comma.end()]
                        if named and _SUBJECT_VERB.match(text, named[0].end):
                            children = named
                    if not children and _OUR_MODEL_SUBJECT.match(text, parent.end):
                        # "Built upon the CounTR architecture, our model replaces ...": the
                        # paper's own system is made from Y
                        own = main_entity(state, (MODEL, METHOD))
                        if own is not None and own is not parent.entity:
                            _make_model(own)
                            first = min(own.mentions)
                            children = [Hit(first[0], first[1], own)] if own.type == MODEL else []
                    del lead
                elif parent is not None:
                    children = (
                        _children_before(text, models, verb.start())
                        or sized_models(text, state, start, verb.start())
                        or _smaller_siblings(text, state, start, verb.start(), parent)
                    )
                    if (
                        not children
                        and (
                            _MAKES_A_MODEL.match(verb.group())
                            # "The model is based on Y"; not "X, a method based on Y"
                            or _PROPOSED_SUBJECT.search(text, start, verb.start())
                        )
                        and not hits(state, verb.end(), parent.start)
                        and parent.start - verb.end() <= 30
                    ):
                        children = _proposed_child(text, state, start, verb.start())
                elif _IT_OBJECT.match(text, verb.end()) and (
                    children := _children_before(text, models, verb.start())
                ):
                    # "CosyVoice is trained on ..., and a lighter configuration, X, is
                    # fine-tuned from it": "it" is the sentence's first model, else the paper's
                    earlier = [h for h in models if h.end <= children[-1].start]
                    own = main_entity(state, (MODEL,))
                    referent = earlier[0].entity if earlier else own
                    if referent is not None and all(c.entity is not referent for c in children):
                        for child in children:
                            self._emit(state, child.name, referent.name, kind, sentence, 0.65)
                    continue
                elif base and _IMPLICIT_BASE.search(text, verb.end(), end):
                    for child in _children_before(text, models, verb.start()):
                        if contains_name(child.name, base.name):
                            self._emit(state, child.name, base.name, kind, sentence, 0.6)
                    continue
                else:
                    continue
                in_list = listed(text, parents, _PARENT_LIST_GAP)
                if (
                    len(children) > 1
                    and len(in_list) == len(children)
                    and _RESPECTIVELY.match(text, in_list[-1].end)
                ):
                    # "A, B and C are tuned from X, Y and Z respectively": in order
                    pairs = zip(sorted(children, key=lambda h: h.start), in_list, strict=True)
                    for child, source in pairs:
                        self._emit(state, child.name, source.name, kind, sentence, 0.75)
                    continue
                # the clause of the verb: "X is initialised from Y ..., while the smaller
                # models are distilled from X" says nothing of how X was made
                clause = _NEXT_CLAUSE.search(text, verb.end(), end)
                clause_end = clause.start() if clause else end
                if kind == BUILT_ON and _TUNED_THROUGH.search(text, verb.end(), clause_end):
                    kind = FINETUNED  # "On top of Y we develop X through instruction tuning"
                elif kind in (BUILT_ON, VARIANT) and _TEACHER.search(text, verb.end(), clause_end):
                    # "X is pruned from Y and trained to match the teacher", "a compact
                    # version of Y, obtained by knowledge distillation"
                    kind = DISTILLED
                # a merge has several parents: "combines the weights of A and B", and so has
                # a model joined from parts: "connecting a Whisper encoder to Qwen-7B"
                several = kind == MERGED or _JOINED_FROM.match(verb.group())
                for source in parents if several else [parent]:
                    for child in children:
                        self._emit(state, child.name, source.name, kind, sentence, 0.75)

    def _is_parent_made(self, text: str, state: DocState, sentence) -> None:
        """ "X is Y quantised to 4 bits", "X is Y fine-tuned on D": X is made from Y."""
        start, end = sentence
        models = hits(state, start, end, (MODEL,))
        for child, parent in pairwise(models):
            if not _IS_BETWEEN.fullmatch(text, child.end, parent.start):
                continue
            if made := _MADE_AFTER.match(text, parent.end):
                kind = kind_of(made.group(1), BUILT_ON)
                self._emit(state, child.name, parent.name, kind, sentence, 0.7)
            elif _CHANGED_AFTER.match(text, parent.end):
                # "DocOwl-S is LLaVA-1.5-7B with its vision tower replaced by SigLIP"
                self._emit(state, child.name, parent.name, BUILT_ON, sentence, 0.7)

    def _from_which(self, text: str, state: DocState, sentence) -> None:
        """ "a cross-encoder teacher, X, from which it is distilled": the paper's model is
        made from X."""
        start, end = sentence
        for found in _FROM_WHICH.finditer(text, start, end):
            parents = hits(state, max(start, found.start() - 60), found.start(), (MODEL,))
            # "it" is the sentence's subject: its first model, else the paper's own
            subjects = [h.entity for h in hits(state, start, found.start(), (MODEL,))]
            child = subjects[0] if len(subjects) > 1 else main_entity(state, (MODEL,))
            if parents and child is not None and child is not parents[-1].entity:
                kind = kind_of(found.group(1), BUILT_ON)
                self._emit(state, child.name, parents[-1].name, kind, sentence, 0.7)

    def _distilled_into(self, text: str, state: DocState, sentence) -> None:
        """ "X, obtained by distilling traces of T into S": X is S trained on T's outputs,
        so X is made from S too (the teacher T is found by the distill verb)."""
        start, end = sentence
        for verb in _DISTILL_INTO.finditer(text, start, end):
            students = hits(state, verb.end(), verb.end() + 60, (MODEL,))
            if not students or students[0].start != verb.end():
                continue
            models = hits(state, start, end, (MODEL,))
            teachers = [h for h in models if verb.start() < h.start < students[0].start]
            several = listed(text, students)
            if len(several) > 1 and teachers and verb.group(0).lower().startswith("distil"):
                # "obtained by distilling T into two students, A and B": each is T's student
                for student in several:
                    self._emit(state, student.name, teachers[0].name, DISTILLED, sentence, 0.7)
                continue
            children = _children_before(text, models, verb.start())
            if (
                len(children) == 1
                and _PASSIVE_BEFORE_VERB.fullmatch(text, children[0].end, verb.start())
                and verb.group(0).lower().startswith("distil")
            ):
                # "X is further distilled into Y": Y is the student, X its teacher
                self._emit(state, students[0].name, children[0].name, DISTILLED, sentence, 0.75)
                continue
            for child in children:
                self._emit(state, child.name, students[0].name, FINETUNED, sentence, 0.7)
            if (
                not children
                and teachers
                and (
                    _WE_BEFORE.search(text, start, verb.start())
                    # "The same procedure converts X into Y", "ECHO converts X into Y": a
                    # technique's subject does it for the paper
                    or _TECHNIQUE_BEFORE.search(text, start, verb.start())
                    or any(
                        h.end + 1 == verb.start()
                        for h in hits(state, start, verb.start(), (METHOD,))
                    )
                )
                and (
                    # "we distill X into Y"; "... into a smaller network, Y," names a new one
                    re.fullmatch(r"[\w-]*\s+(?:the\s+)?", text[verb.start() : teachers[0].start])
                    or "," in text[teachers[0].end : students[0].start]
                )
                and not _RESULT_AFTER.match(text, students[0].end)
            ):
                # "we further distill X into Y": Y is the distilled model; "we post-train X
                # into Y": Y is X tuned
                kind = kind_of(verb.group(0)[:5], FINETUNED)  # distilled, upcycled: builtOn
                if kind == MERGED:  # "we merge A and B into C": every parent
                    parents = [
                        t
                        for t in teachers
                        if not _DESCRIBED_NEXT.match(text, t.end, students[0].start)
                    ]
                else:
                    parents = teachers[:1]
                for parent in parents:
                    self._emit(state, students[0].name, parent.name, kind, sentence, 0.75)

    def _parenthesised_origin(self, text: str, state: DocState, sentence) -> None:
        """ "DeepSeek-R1-Distill-Qwen-7B (distilled from DeepSeek-R1)": the parenthesis says
        what the model before it was made from."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for child in models:
            said = _PAREN_MADE_FROM.match(text, child.end)
            if said is None:
                continue
            # (a name in a parenthesis after a name is no mention: read it and look it up)
            written = _NAME_IN_PAREN.match(text, said.end())
            parent = state.entities.get(match_key(written.group(0))) if written else None
            if parent is not None and parent.type == MODEL and parent is not child.entity:
                kind = kind_of(said.group("verb"), BUILT_ON)
                self._emit(state, child.name, parent.name, kind, sentence, 0.75)

    def _base_and_tuned_pairs(self, text: str, state: DocState) -> None:
        """ "each size comes as a base model and as an instruction-tuned chat model": each
        "X-Instruct" (or -Chat, -it) of the abstract is tuned from its base X, when the
        abstract says so of every size."""
        if not _EACH_BASE_AND_TUNED.search(text):
            return
        models = {e.key: e for e in state.entities.values() if e.type == MODEL}
        for entity in models.values():
            tuned = _TUNED_SUFFIX.search(entity.name)
            if not tuned:
                continue
            stem = entity.name[: tuned.start()]
            # "Kite-1B-Instruct" from "Kite-1B", or from "Kite-1B-Base" when that is written
            base = models.get(match_key(stem)) or models.get(match_key(f"{stem}-Base"))
            if base is not None:
                sentence = state.sentence_of(min(entity.mentions)[0])
                self._emit(state, entity.name, base.name, FINETUNED, sentence, 0.6)

    def _converted_into(self, text: str, state: DocState, sentence) -> None:
        """ "We convert the existing dataset D into a SKEL-aligned version, X": X is made
        from D."""
        start, end = sentence
        for verb in _DISTILL_INTO.finditer(text, start, end):
            made = hits(state, verb.end(), verb.end() + 60, DATA_TYPES)
            if not made or made[0].start != verb.end() or not verb.group(0).startswith("conv"):
                continue
            sources = hits(state, verb.start(), made[0].start, DATA_TYPES)
            if sources and _WE_BEFORE.search(text, start, verb.start()):
                self._emit(state, made[0].name, sources[0].name, AUGMENTED, sentence, 0.7)

    def _successors(self, text: str, state: DocState, sentence) -> None:
        start, end = sentence
        for cue in _SUCCESSOR.finditer(text, start, end):
            after = hits(state, cue.end(), end, (MODEL, METHOD))
            before = hits(state, start, cue.start(), (MODEL, METHOD))
            if after and re.match(r"\s+(?:family|series|line)\b", text[after[0].end :]):
                continue
            if (
                after
                and not before
                and not cue.group("after")
                and _COMPARED_TO.search(text, start, cue.start())
                and _PREDECESSOR_WORDS.fullmatch(text, cue.end(), after[0].start)
                and (ours := main_entity(state, (MODEL,))) is not None
                and ours in introduced(state)
            ):
                # "Compared with its predecessor Euclid-7B, the new model ...": the paper's
                self._emit(state, ours.name, after[0].name, None, sentence, 0.7, rel=SUCCESSOR_OF)
                continue
            if (
                after
                and not before
                and not cue.group("after")
                and _FAMILY_SUBJECT_BEFORE.fullmatch(text, start, cue.start())
                and (ours := main_entity(state, (MODEL,))) is not None
                and ours is not after[0].entity
            ):
                # "The family succeeds fenwick-v1, ...": the paper's model succeeds it
                self._emit(state, ours.name, after[0].name, None, sentence, 0.7, rel=SUCCESSOR_OF)
                continue
            if after and not before and (into := _INTO.search(text, after[0].end, end)):
                # "This paper extends our earlier X, which ..., into Y": Y is X's heir
                heir = hits(state, into.end(), end, (MODEL, METHOD))
                if heir and heir[0].start == into.end() and _both_models(heir[0], after[0]):
                    self._emit(
                        state, heir[0].name, after[0].name, None, sentence, 0.75, rel=SUCCESSOR_OF
                    )
                continue
            if after and before and not _both_models(before[0], after[0]):
                continue  # "the successor of our earlier X system" is a model, as X's heir
            if after and before and _PREDECESSOR_WORDS.fullmatch(text, cue.end(), after[0].start):
                if cue.group("after"):  # "X ..., and its successor Y": Y succeeds X
                    # (an example named right before "its": "... such as Z, trained on D,
                    # and its successor Y" is Z's; "X, built on Y with a Z encoder, and its
                    # successor W" is X's)
                    near = (
                        before[-1]
                        if cue.start() - before[-1].end <= 60
                        and _EXAMPLE_BEFORE.search(
                            text, max(start, before[-1].start - 12), before[-1].start
                        )
                        else before[0]
                    )
                    self._emit(
                        state,
                        after[0].name,
                        near.name,
                        None,
                        sentence,
                        0.75,
                        rel=SUCCESSOR_OF,
                    )
                    continue
                # "we tune Y to obtain X, the successor to our Z": the appositive's name
                heir = (
                    before[-1]
                    if _APPOSITIVE_GAP.fullmatch(text, before[-1].end, cue.start())
                    else before[0]
                )
                self._emit(state, heir.name, after[0].name, None, sentence, 0.8, rel=SUCCESSOR_OF)

    def _successor_of_the_opener(self, text: str, state: DocState, sentence) -> None:
        """ "Building on X, we present Y, a successor that scales ...": a successor whose
        predecessor goes unsaid after the word is the model the opener builds on."""
        opener = _BUILDING_ON_OPENER.match(text, sentence[0], sentence[1])
        if opener is None:
            return
        old = hits(state, opener.end(), sentence[1], (MODEL,))
        if not old or old[0].start != opener.end():
            return
        for new in hits(state, old[0].end, sentence[1], (MODEL,)):
            if new.entity is not old[0].entity and _A_SUCCESSOR.match(text, new.end):
                self._emit(state, new.name, old[0].name, None, sentence, 0.75, rel=SUCCESSOR_OF)

    def _earlier_release(self, text: str, state: DocState, sentence) -> None:
        """ "Last year we released X-r1 ...; here we describe X-r1.5": the paper's model
        succeeds the earlier release of the same family (their names start alike)."""
        for cue in earlier_releases(text, sentence[0], sentence[1]):
            named = hits(state, cue.end(), sentence[1], (MODEL,))
            own = main_entity(state, (MODEL,))
            if not named or named[0].start != cue.end() or own is None:
                continue
            if own is not named[0].entity and own.name[:3].lower() == named[0].name[:3].lower():
                self._emit(state, own.name, named[0].name, None, sentence, 0.7, rel=SUCCESSOR_OF)

    def _tuned_appositives(self, text: str, state: DocState, sentence) -> None:
        """ "Qwen-Chat, the chat models finetuned with ..." / "The instruction-tuned variant, X"."""
        start, end = sentence
        models = hits(state, start, end, (MODEL,))
        for child, parent in pairwise(models):
            # "we also train X, an XLM-R base model fine-tuned for language identification"
            if _A_BEFORE_PARENT.fullmatch(text, child.end, parent.start) and (
                tuned := _TUNED_NOUN_AFTER.match(text, parent.end)
            ):
                kind = BUILT_ON if tuned.group("continued") else FINETUNED
                self._emit(state, child.name, parent.name, kind, sentence, 0.7)
        previous: tuple[Hit, str] | None = None  # the last tuned name, and its kind
        for hit in models:
            right = text[hit.end : end]
            left = text[max(start, hit.start - 60) : hit.start]
            tuned = _TUNED_LEFT.search(left)
            listed_after = previous is not None and LIST_GAP.fullmatch(
                text, previous[0].end, hit.start
            )
            quantized = _QUANTIZED_APPOSITIVE.match(right)
            if not (_FINETUNED_APPOSITIVE.match(right) or tuned or listed_after or quantized):
                previous = None
                continue
            parent = _longest_contained(state, hit)
            kind = FINETUNED
            if quantized:  # "X-q4, a 4-bit version of the chat model": of the name in it
                kind = QUANTIZED
            elif tuned:  # "A 4-bit variant, X": quantized
                how = tuned.group("how")
                kind = QUANTIZED if how.endswith("-bit") else kind_of(how, FINETUNED)
            elif listed_after and previous is not None:
                kind = previous[1]  # "Instruction-tuned versions, A and B": B is tuned too
            previous = (hit, kind)
            if parent is not None:
                self._emit(state, hit.name, parent.name, kind, sentence, 0.7)

    def _augmented(self, text: str, state: DocState, sentence) -> None:
        start, end = sentence
        data = hits(state, start, end, DATA_TYPES)
        if len(data) < 2 or not _AUGMENT.search(text, start, end):
            return
        made = data[0]
        if (extends := _DATA_EXTENDS.match(text, made.end)) and data[1].start == extends.end():
            # "RepoFix-Bench extends SWE-bench Verified with ...": made from it; "X merges
            # A and B" from both
            for source in listed(text, data[1:]):
                self._emit(state, made.name, source.name, AUGMENTED, sentence, 0.7)
            return
        made_of = _MADE_OF.match(text, made.end)
        if not made_of and LIST_GAP.fullmatch(text, made.end, data[1].start):
            return  # "a mixture of A, B and C, a new corpus ...": A is one of a list
        if not made_of and not (
            re.search(r"\b(?:dataset|benchmark|corpus)\b", text[start:end])
            and _CREATE.search(text, start, made.start)
        ):
            return  # only a dataset the sentence makes is derived from another
        sources = [s for s in data[1:] if s.start > made.end and s.name != made.name]
        for i, source in enumerate(sources):
            before = text[max(start, source.start - 40) : source.start]
            in_list = i > 0 and LIST_GAP.fullmatch(text, sources[i - 1].end, source.start)
            from_only = made_of and (made_of.group("we") or made_of.group("from"))
            source_cue = _FROM_BEFORE if from_only else _SOURCE_BEFORE
            if made_of and made_of.group("by"):
                source_cue = _BY_VERB_BEFORE
            elif made_of and made_of.group("of"):
                source_cue = _OF_BEFORE
            if in_list or source_cue.search(before):
                self._emit(state, made.name, source.name, AUGMENTED, sentence, 0.7)
            elif i > 0:
                break

    def _data_from_data(self, text: str, state: DocState, sentence) -> None:
        """ "We introduce X, 2,870 questions ... drawn from A and B", "MMMLU, the translated
        version of MMLU": data the paper makes, or names as a version, extends other data."""
        start, end = sentence
        data = hits(state, start, end, DATA_TYPES)
        made_here = introduced(state)
        for i, made in enumerate(data[:-1]):
            source = data[i + 1]
            if source.entity is made.entity:
                continue
            if _DATA_VERSION_GAP.fullmatch(text, made.end, source.start):
                self._emit(state, made.name, source.name, AUGMENTED, sentence, 0.65)
                continue
            own = made.entity in made_here or _OWN_DATA_BEFORE.search(
                text, max(start, made.start - 40), made.start
            )
            if not own or hits(state, made.end, source.start, (MODEL,)):
                continue
            drawn = _DRAWN_FROM.search(text, made.end, source.start)
            if drawn is None or not (
                _FROM_JUST_BEFORE.search(text, max(made.end, source.start - 40), source.start)
                # "obtained by cleaning a subset of Y", "which combines A, B and C" (in one
                # clause: not "..., and long-context tuning on a filtered subset of Y")
                or (
                    _PART_OR_MIX_JUST_BEFORE.search(
                        text, max(made.end, source.start - 40), source.start
                    )
                    and not _CLAUSE_BREAK.search(text, made.end, source.start)
                )
            ):
                continue
            for mate in listed(text, data[i + 1 :]):
                if mate.entity is not made.entity:
                    self._emit(state, made.name, mate.name, AUGMENTED, sentence, 0.6)
            break

    def _named_version(self, text: str, state: DocState, sentence) -> None:
        """ "an instruction-tuned version of Y trained on D, which we call X", "a 4-bit
        quantized version of Y, called X": X is that version of Y."""
        for version in _VERSION_OF.finditer(text, sentence[0], sentence[1]):
            parents = hits(state, version.end(), sentence[1], (MODEL,))
            if not parents or parents[0].start != version.end():
                continue
            named = _CALLED.search(text, parents[0].end, min(sentence[1], parents[0].end + 120))
            made = hits(state, named.end(), sentence[1], (MODEL,)) if named else []
            if made and made[0].start == named.end():
                how = version.group("how") or ""
                kind = QUANTIZED if "bit" in how else kind_of(how, VARIANT)
                self._emit(state, made[0].name, parents[0].name, kind, sentence, 0.7)

    def _tuning_gives(self, text: str, state: DocState, sentence) -> None:
        """ "Instruction tuning with D then gives X-Chat": X-Chat is tuned from X, the model
        of the abstract its name extends."""
        for cue in _TUNING_GIVES.finditer(text, sentence[0], sentence[1]):
            made = hits(state, cue.end(), sentence[1], (MODEL,))
            if not made or made[0].start != cue.end():
                continue
            parent = _longest_contained(state, made[0])
            if parent is not None and parent is not made[0].entity:
                self._emit(state, made[0].name, parent.name, FINETUNED, sentence, 0.65)

    def _components_initialised_from(self, text: str, state: DocState, sentence) -> None:
        """ "The image encoder is initialised from A and the text encoder from B": the
        abstract's model is built on both (not the sentence's own subject, a part of it)."""
        opening = _PART_INITIALISED.match(text, sentence[0], sentence[1])
        own = main_entity(state, (MODEL,))
        if opening is None:
            # "X initialises its audio branch from A and its text branch from B": X's
            subject = hits(state, sentence[0], sentence[1], (MODEL,))[:1]
            opening = _INITIALISES_ITS_PART.match(text, subject[0].end) if subject else None
            if opening is None:
                return
            own = subject[0].entity
        parents, at = [], opening.end()
        while True:
            found = [h for h in hits(state, at, sentence[1]) if h.start == at]
            if not found or found[0].type == METHOD:
                break
            parents.append(found[0])
            more = _AND_PART_FROM.match(text, found[0].end, sentence[1])
            if more is None:
                break
            at = more.end()
        for parent in parents:
            if own is not None and parent.entity is not own:
                _make_model(parent.entity)
                self._emit(state, own.name, parent.name, BUILT_ON, sentence, 0.65)

    def _tuned_yielding(self, text: str, state: DocState, sentence) -> None:
        """ "The base model, X, is instruction-tuned on D, ..., yielding Y": Y is X tuned."""
        for cue in _TUNED_YIELDING.finditer(text, sentence[0], sentence[1]):
            made = hits(state, cue.end(), sentence[1], (MODEL,))
            tuned = hits(state, sentence[0], cue.start() + 1, (MODEL,))
            if (
                made
                and made[0].start == cue.end()
                and tuned
                and tuned[-1].end <= cue.start()
                and _SET_OFF_PASSIVE.fullmatch(text, tuned[-1].end, cue.start("verb"))
            ):
                kind = BUILT_ON if cue.group("pretrained") else FINETUNED
                self._emit(state, made[0].name, tuned[-1].name, kind, sentence, 0.7)

    def _tuned_into(self, text: str, state: DocState, sentence) -> None:
        """ "D is used to fine-tune Y into X", "we post-train Y into X": X is Y tuned."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for parent, child in pairwise(models):
            if not _INTO_GAP.fullmatch(text, parent.end, child.start):
                continue
            verb = _TUNE_BEFORE.search(text, max(sentence[0], parent.start - 40), parent.start)
            if verb is not None:
                self._emit(state, child.name, parent.name, FINETUNED, sentence, 0.7)

    def _it_into(self, text: str, state: DocState, sentence) -> None:
        """ "We also distil it into X": X is made from the model the abstract is about."""
        for cue in _IT_INTO.finditer(text, sentence[0], sentence[1]):
            child = hits(state, cue.end(), sentence[1], (MODEL,))[:1]
            # (the paper's model: "it" in "we also distil it" is what the paper is about)
            parent = main_entity(state, (MODEL,)) or previous_subject(state, sentence)
            if child and child[0].start == cue.end() and parent is not None:
                kind = QUANTIZED if cue.group(1).lower().startswith("quantiz") else DISTILLED
                if parent is not child[0].entity:
                    self._emit(state, child[0].name, parent.name, kind, sentence, 0.65)

    def _with_distillation_from(self, text: str, state: DocState, sentence) -> None:
        """ "X is trained on D with knowledge distillation from a Y teacher": X learns from
        Y, whatever else the sentence says between them."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        # "Compared with its predecessor Y, X replaces ... with distillation from T": X's
        opener = COMPARED_OPENER.match(text, sentence[0], sentence[1])
        subject_from = opener.end() if opener else sentence[0]
        for cue in _WITH_DISTILLATION_FROM.finditer(text, sentence[0], sentence[1]):
            teacher = [h for h in models if h.start == cue.end()]
            student = [h for h in models if subject_from <= h.start and h.end <= cue.start()][:1]
            if teacher and (result := _YIELDING.match(text, teacher[0].end)):
                # "we fine-tune Y with logit distillation from T, yielding X": X is the student
                student = [h for h in models if h.start == result.end()]
            if teacher and student and student[0].entity is not teacher[0].entity:
                self._emit(state, student[0].name, teacher[0].name, DISTILLED, sentence, 0.65)

    def _with_backbone(self, text: str, state: DocState, sentence) -> None:
        """ "X, a 2B version with a Qwen2.5-1.5B backbone", "the new model ... pairs it with
        the Qwen2.5-7B language backbone": the paper's model is built on that backbone."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        made = introduced(state)
        for base in models:
            if (
                not (
                    _BACKBONE_AFTER.match(text, base.end)
                    and _WITH_BEFORE_BACKBONE.search(
                        text, max(sentence[0], base.start - 25), base.start
                    )
                )
                or base.entity in made
            ):
                continue
            own = [h.entity for h in models if h.end <= base.start and h.entity in made]
            if not own and _OWN_MODEL_WORDS.search(text, sentence[0], base.start):
                own = [e for e in made if e.type == MODEL][:1]
            between = [h for h in models if h.start < base.start and h.entity not in made]
            if between and _TEACHER_WITH.fullmatch(text, between[-1].end, base.start):
                continue  # "distilled from a Y teacher with a Z backbone": Y's backbone
            if own and own[-1] is not base.entity:
                self._emit(state, own[-1].name, base.name, BUILT_ON, sentence, 0.65)

    def _applied_to_obtain(self, text: str, state: DocState, sentence) -> None:
        """ "Applying the recipe to Y, we obtain X1 and X2": each result is built on Y."""
        opener = _APPLIED_TO_WE_OBTAIN.match(text, sentence[0], sentence[1])
        if opener is None:
            return
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        to_end = opener.end("to") if opener.group("to") else opener.end("applied_to")
        bases = [h for h in models if h.end <= to_end]
        found = [h for h in models if h.start >= opener.end()]
        if len(bases) != 1 or not found or found[0].start != opener.end():
            return
        quantized = _QUANTIZED_WORDS.search(text, sentence[0], sentence[1])
        for result in listed(text, found):
            if result.entity is not bases[0].entity:
                kind = QUANTIZED if quantized else BUILT_ON
                self._emit(state, result.name, bases[0].name, kind, sentence, 0.7)

    def _its_base(self, text: str, state: DocState, sentence) -> None:
        """ "X achieves ... over its base model, GPT-5": X is built on GPT-5."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for cue in _ITS_BASE.finditer(text, sentence[0], sentence[1]):
            parent = [h for h in models if h.start == cue.end()]
            subject = [h for h in models if h.end <= cue.start()][:1]
            if parent and subject and subject[0].entity is not parent[0].entity:
                self._emit(state, subject[0].name, parent[0].name, BUILT_ON, sentence, 0.65)

    def _resulting_list(self, text: str, state: DocState) -> None:
        """ "We apply M to A1 and A2 ... . The resulting checkpoints, X1 and X2, reach ...":
        each result is its base tuned, paired in order with the last list of as many models
        the sentence before names."""
        for before, sentence in pairwise(state.sentences):
            opening = RESULTS_NAMED.match(text, sentence[0])
            if opening is None:
                continue
            found = hits(state, opening.end(), sentence[1], (MODEL,))
            results = listed(text, found) if found and found[0].start == opening.end() else []
            models = hits(state, before[0], before[1], (MODEL,))
            if len(results) == 1 and len({h.entity.key for h in models}) == 1:
                # "starting from Y, we replace ... . The resulting hybrid, X, keeps ...": the
                # one model the sentence before works on is X's base
                kind = FINETUNED if "tun" in text[before[0] : before[1]] else BUILT_ON
                if models[0].entity is not results[0].entity:
                    self._emit(state, results[0].name, models[0].name, kind, sentence, 0.65)
            elif len(results) == 1:
                # "A, built on Z, is merged with B. The resulting model, X, ...": X merges
                # A and B
                for source in _merged_in(text, models, before):
                    if source.entity is not results[0].entity:
                        self._emit(state, results[0].name, source.name, MERGED, sentence, 0.65)
            if len(results) < 2:
                continue
            lists, i = [], 0
            while i < len(models):
                group = listed(text, models[i:])
                lists.append(group)
                i += len(group)
            bases = [g for g in lists if len(g) == len(results)][-1:]
            for base, result in zip(bases[0] if bases else [], results, strict=False):
                if base.entity is not result.entity:
                    self._emit(state, result.name, base.name, FINETUNED, sentence, 0.7)

    def _kind_of_parent(self, text: str, state: DocState, sentence) -> None:
        """ "X is the instruction-following counterpart of Y", "X, a GPTQ 4-bit checkpoint of
        Y", "X, a domain-adapted derivative of Y", "X, a 4-step student of Y", "X is a fork
        of Y": X is that kind of Y."""
        models = hits(state, sentence[0], sentence[1], (MODEL,))
        for parent, child in pairwise(models):
            # "We introduce X and its reasoning-augmented version, Y": Y is made from X
            if own := _AND_ITS_VERSION.fullmatch(text, parent.end, child.start):
                how = own.group("how").strip()
                kind = kind_of(how.split("-")[0], None) if how else VARIANT
                if kind is None:
                    kind = QUANTIZED if _QUANTIZED_HOW.search(how.lower()) else FINETUNED
                self._emit(state, child.name, parent.name, kind, sentence, 0.7)
        for child, parent in pairwise(models):
            merge = _MERGE_OF_DESCENDANTS.fullmatch(text, child.end, parent.start)
            if merge and (colon := re.match(r"\s*:\s+", text[parent.end : sentence[1]])):
                # "X, a merge of three descendants of Y: the chat model A, the fine-tune B
                # and C": X merges A, B and C, each a fine-tune of Y (as many as it says)
                after = parent.end + colon.end()
                found = [h for h in models if h.start >= after]
                count = _COUNT_WORDS.get((merge.group("count") or "").lower())
                for source in found[:count] if count else listed(text, found) if found else []:
                    self._emit(state, child.name, source.name, MERGED, sentence, 0.7)
                    self._emit(state, source.name, parent.name, FINETUNED, sentence, 0.65)
                continue
            cue = _IS_KIND_OF.fullmatch(text, child.end, parent.start)
            if cue is None:
                if _ARE_KINDS_OF.fullmatch(text, child.end, parent.start):
                    # "A and B are students of Y": each listed name before the verb
                    first = [h for h in models if h.end <= child.start]
                    for i in range(len(first) + 1):
                        group = listed(text, [*first[i:], child])
                        if group[-1] is child:
                            for member in group:
                                self._emit(
                                    state,
                                    member.name,
                                    parent.name,
                                    DISTILLED
                                    if "student" in text[child.end : parent.start]
                                    else VARIANT,
                                    sentence,
                                    0.7,
                                )
                            break
                continue
            how = cue.group("how").lower()
            if cue.group("noun") == "merge":  # "X, a merge of A and B": every parent
                for source in listed(text, [h for h in models if h.start >= parent.start]):
                    self._emit(state, child.name, source.name, MERGED, sentence, 0.7)
                continue
            if cue.group("noun") == "student":
                kind = DISTILLED  # "X, a 4-step student of Y"
            elif cue.group("noun") == "fork":
                kind = BUILT_ON  # "X is a fork of Y": Y's code and weights, changed
            elif _QUANTIZED_HOW.search(how):
                kind = QUANTIZED
            elif _TUNED_HOW.search(how):
                kind = FINETUNED
            else:
                kind = kind_of(how.split()[0], None) if how.split() else None
                kind = kind or (BUILT_ON if "adapt" in how or "speciali" in how else VARIANT)
            self._emit(state, child.name, parent.name, kind, sentence, 0.7)

    def _paired_lists(self, text: str, state: DocState, sentence) -> None:
        """Two lists of models of one length, the made and their bases, paired in order:
        "X1, X2 and X3, built by post-training A1, A2 and A3, respectively"; "we apply M to
        A1 and A2, yielding X1 and X2"; "we continue the pre-training of A1 and A2 ... and
        release the results as X1 and X2"."""
        found = hits(state, sentence[0], sentence[1], (MODEL,))
        lists, i = [], 0
        while i < len(found):
            group = listed(text, found[i:])
            if len(group) > 1:
                lists.append(group)
            i += len(group)
        if len(lists) != 2 or len(lists[0]) != len(lists[1]):
            return
        first, second = lists
        between = text[first[-1].end : second[0].start]
        made_by = _MADE_BY_RESPECTIVELY.fullmatch(between) or _MADE_FROM_LIST.fullmatch(between)
        respectively = _RESPECTIVELY_AFTER.match(text, second[-1].end)
        if made_by and (respectively or _same_sizes(first, second)):
            # "A-4B and A-12B, continually pre-trained from G 4B and G 12B": the sizes pair
            made, bases, verb = first, second, made_by.group("verb")
        elif respectively and (made_from := _MADE_FROM_END.search(between)):
            # "X1, X2 and X3; each pairs an encoder with Y, initialised from A1, A2 and A3, in
            # that order": the sizes and their bases, whatever is said in between
            made, bases, verb = first, second, made_from.group("verb")
        elif (result := _RESULTS_AS.search(between)) and result.end() == len(between):
            verb = _PAIRED_VERB.search(text, sentence[0], first[0].start)
            made, bases = second, first
            verb = verb.group(0) if verb else ""
        elif into := _TUNED_INTO_LIST.fullmatch(between):
            # "we distill A1 and A2 into the one-step generators X1 and X2"; "The base models,
            # A1 and A2, are further instruction-tuned into X1 and X2"
            before = _INTO_VERB_BEFORE.search(text, sentence[0], first[0].start)
            verb = into.group("verb") or (before.group(0) if before else None)
            if verb is None:
                return
            made, bases = second, first
        else:
            return
        continued = _CONTINUED.search(text, sentence[0], sentence[1])
        kind = BUILT_ON if continued or "pre-train" in verb or "pretrain" in verb else None
        kind = kind or kind_of(verb.removeprefix("post-"), FINETUNED)
        pairs = {(child.name, parent.name) for child, parent in zip(made, bases, strict=True)}
        children = {name for name, _ in pairs}
        bases_named = {name for _, name in pairs}
        # other rules may have read the lists crosswise ("X2 from A1"): the pairing decides
        state.relations[:] = [
            r
            for r in state.relations
            if not (
                r.rel == DERIVED_FROM
                # the members, or their family ("Mvua, a pair of models, Mvua-4B and ...")
                and (r.head in children or any(contains_name(c, r.head) for c in children))
                and r.tail in bases_named
                and (r.head, r.tail) not in pairs
            )
        ]
        for child, parent in zip(made, bases, strict=True):
            self._emit(state, child.name, parent.name, kind, sentence, 0.7)

    def _we_sample_from(self, text: str, state: DocState, sentence) -> None:
        """ "We propose XBench, a benchmark ... We sample 1K images from SA-1B": the one
        dataset or benchmark the paper makes is made from the data it samples from."""
        made = [e for e in introduced(state) if e.type in DATA_TYPES]
        if len(made) != 1:
            return
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        for cue in _WE_SAMPLE_FROM.finditer(text, sentence[0], sentence[1]):
            sources = listed(text, [h for h in data if h.start >= cue.end()])
            if not sources or sources[0].start != cue.end():
                continue
            for hit in data:  # "adapted from A problem logs and from released B items"
                if hit.start > sources[-1].end and _AND_FROM_GAP.fullmatch(
                    text, sources[-1].end, hit.start
                ):
                    sources.append(hit)
            for source in sources:
                if source.entity is not made[0]:
                    self._emit(state, made[0].name, source.name, AUGMENTED, sentence, 0.6)

    def _size_variants(self, state: DocState) -> None:
        """``Qwen2-72B`` is a size variant of ``Qwen2`` when the abstract writes both."""
        models = [e for e in state.entities.values() if e.type == MODEL]
        introduced = {r.tail for r in state.relations if r.rel == INTRODUCES}
        for child in models:
            suffix = _SIZE_SUFFIX.search(child.name)
            if not suffix:
                continue
            stem = child.name[: suffix.start()]
            if _SIZED_STEM.search(stem) and not _SIZE_ONLY_SUFFIX.fullmatch(suffix.group(0)[1:]):
                continue  # "Hinoki-14B-Base": the base release of a sized model, not a size
            if "/" in suffix.group(0) and child.name not in introduced:
                continue  # "ViT-B/16", "SiT-B/2": a baseline architecture's standard size
            for parent in models:
                if parent is not child and parent.key == match_key(stem):
                    sentence = state.sentence_of(min(child.mentions)[0])
                    self._emit(state, child.name, parent.name, VARIANT, sentence, 0.7)
        for child in models:
            # "A camera-LiDAR variant, VoxSSM-Fusion, ...": a variant named after the model
            # (the longest such name, and only when no other rule said where it comes from)
            if not any(
                _VARIANT_BEFORE.search(state.text, max(0, a - 60), a) for a, _ in child.mentions
            ) or any(r.rel == DERIVED_FROM and r.head == child.name for r in state.relations):
                continue
            prefixes = [
                parent
                for parent in models
                if parent is not child
                and child.name.startswith(parent.name)
                and child.name[len(parent.name) : len(parent.name) + 1] in ("-", " ")
            ]
            if prefixes:
                parent = max(prefixes, key=lambda e: len(e.name))
                sentence = state.sentence_of(min(child.mentions)[0])
                self._emit(state, child.name, parent.name, VARIANT, sentence, 0.65)
        for child in models:
            # "PageWeaver-2-AWQ", "QuillNet-M-Q8": a quantized build of the model named before
            # the tag, when the abstract writes both
            tag = _QUANTIZED_TAG.search(child.name)
            stem = match_key(child.name[: tag.start()]) if tag else None
            for parent in models if stem else []:
                if parent is not child and parent.key == stem:
                    sentence = state.sentence_of(min(child.mentions)[0])
                    self._emit(state, child.name, parent.name, QUANTIZED, sentence, 0.7)


#: what a chat or instruction release adds to its base's name (identity key, lower case)
_TUNED_RELEASE = re.compile(r"chat|instruct|it|sft|dpo|rlhf")
_MERGE_MATE = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|with)\s+)(?:[^,;.]{0,60}?(?:,\s*|\s+and\s+))?"
)
_CHECKPOINT_OF = re.compile(
    r"\s+(?:checkpoint|weights|backbone|encoder)\s+(?:of|from)\s+(?:the\s+)?"
)
_VARIANT_BEFORE = re.compile(r"\b(?:[Aa]n?|[Oo]ur|[Tt]he)\s+(?:[\w-]+\s+){0,3}?variant,\s+$")
_SIZED_STEM = re.compile(r"\d+(?:\.\d+)?[BMbm]$")
#: a quantization's tag at the end of a name: "-AWQ", "-GPTQ", "-Q8", "-INT4", "-W4A16"
_QUANTIZED_TAG = re.compile(
    r"[- ](?:AWQ|GPTQ|GGUF|Q[2-8](?:_K(?:_[SML])?)?|INT[48]|W[48](?:A(?:8|16))?|[48]-?bit|FP8|"
    r"NF4)$",
    re.I,
)
_SIZE_ONLY_SUFFIX = re.compile(r"\d+(?:\.\d+)?B-A\d+(?:\.\d+)?B|\d+(?:\.\d+)?[BMbm]|\d+x\d+[BM]")
_ITS_BASE = re.compile(
    r"\bits\s+(?:base|backbone)\s+(?:model|LLM|LMM|VLM|MLLM)?,?\s*(?:the\s+)?", re.I
)
_WE_SAMPLE_FROM = re.compile(
    r"(?:\b[Ww]e\s+(?:\w+ly\s+|first\s+)?(?:sample|collect|draw|select|curate|gather|source|"
    r"take|extract|filter)\w*"
    # "Tasks were seeded from annual-report tables in D"
    r"|\b(?:are|were|is|was)\s+(?:\w+ly\s+)?(?:seeded|sampled|drawn|collected|curated|"
    r"sourced|taken|harvested|reconstructed|adapted))\s+(?:[^.;]|\.(?=\d)){0,60}?\bfrom\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){1,3}?(?:in|of)\s+(?:the\s+)?)?"
)
_GIVES_WORDS = (" gives ", " yields ", " produces ")
_PART_NOUN = r"(?:encoder|tower|decoder|backbone|branch|LLM|language\s+model)"
_PART_INITIALISED = re.compile(
    r"(?:The|Its|Our)\s+(?:[\w-]+\s+){0,2}?" + _PART_NOUN + r"\s+(?:is|was)\s+(?:\w+ly\s+)?"
    r"initiali[sz]ed\s+(?:from|with)\s+(?:the\s+)?(?:(?:public|pre-?trained)\s+)?"
)
_INITIALISES_ITS_PART = re.compile(
    r"\s+initiali[sz]es\s+its\s+(?:[\w-]+\s+){0,2}?" + _PART_NOUN + r"\s+(?:from|with)\s+"
    r"(?:the\s+)?(?:(?:public|pre-?trained)\s+)?"
)
#: "... and the text encoder from B"
_AND_PART_FROM = re.compile(
    r",?\s+(?:and|while)\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
    + _PART_NOUN
    + r"\s+(?:is\s+initiali[sz]ed\s+)?from\s+(?:the\s+)?"
)
#: "X, is" or "X is", before the verb of its tuning
_SET_OFF_PASSIVE = re.compile(r",?" + _PASSIVE_BEFORE_VERB.pattern)
_TUNED_YIELDING = re.compile(
    r"(?P<verb>(?:instruction|chat|post|fine)[- ]?tuned|aligned|post-?trained|"
    # "Y is continually pre-trained on D, yielding X": X is built on Y
    r"(?P<pretrained>(?:continually|further)\s+pre-?trained|pre-?trained\s+further))\b"
    r"(?:[^.;]|\.(?=\w)){0,160}?(?:,\s+(?:yielding|producing|giving)|\s+to\s+(?:give|yield|"
    r"produce))\s+(?:the\s+)?",
    re.I,
)
_MERGE_VERB = re.compile(r"\bmerg(?:e|es|ed|ing)\b")
_YIELDING_WORDS = (
    " yielding ",
    " producing ",
    " giving ",
    " to give ",
    " to yield ",
    " to produce ",
)
_TUNING_GIVES = re.compile(
    r"\b(?:[Ii]nstruction|[Cc]hat|[Aa]lignment|[Pp]reference|[Ss]upervised)[- ](?:tuning|"
    r"fine-?tuning|training|optimi[sz]ation)\b(?:[^.;]|\.(?=\w)){0,120}?\b(?:then\s+)?"
    r"(?:gives|yields|produces)\s+(?:the\s+)?"
)
_AND_FROM_GAP = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?and\s+(?:also\s+)?from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
)
_INTO_GAP = re.compile(r"\s+into\s+(?:the\s+)?")
_TUNE_BEFORE = re.compile(
    r"\b(?:fine-?tune|finetune|post-?train|instruction-tune|align)\s+(?:the\s+)?$", re.I
)
_NAMED_KIND_WORDS = (
    *("version of", "variant of", "counterpart of", "checkpoint of", "derivative of"),
    *("edition of", "student of", "fork of", "students of", "variants of", "versions of"),
    *("merge of", "and its "),
)
#: between a child and its parent: " is the instruction-following counterpart of ", ", a
#: GPTQ 4-bit checkpoint of ", ", a domain-adapted derivative of "
_IS_KIND_OF = re.compile(
    # ("X (itself a distilled version of Y)": the same in parentheses)
    r"(?:\)?(?:,|\s+is|\s+was)\s+(?:itself\s+)?|\s+\(\s*(?:itself\s+)?)"
    r"(?:an?|the|its)\s+(?P<how>(?:[\w-]+\s+){0,3}?)"
    r"(?P<noun>counterpart|version|variant|checkpoint|derivative|edition|student|fork|merge)"
    r"\s+of\s+"
    r"(?:the\s+)?"
)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, **{str(n): n for n in range(2, 10)}}
#: "X, a merge of three publicly available descendants of Y": the parents are listed next
_MERGE_OF_DESCENDANTS = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?merge\s+of\s+(?:(?P<count>two|three|four|five|\d)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:descendants|"
    r"fine-?tunes|derivatives|children|variants|offspring)\s+of\s+(?:the\s+)?"
)
#: "X and its reasoning-augmented version, Y", "X and its 4-bit variant Y"
_AND_ITS_VERSION = re.compile(
    r"\s+and\s+its\s+(?P<how>(?:[\w-]+\s+){0,2}?)(?:version|variant|counterpart),?\s+"
)
#: "A and B are students of ", "... are smaller variants of the ": a list's kind
_ARE_KINDS_OF = re.compile(
    r"\s+are\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:students|variants|versions)\s+of\s+"
    r"(?:the\s+)?"
)
_QUANTIZED_HOW = re.compile(r"\d-bit|gptq|awq|quantiz|int[48]|gguf|fp8")
_TUNED_HOW = re.compile(r"instruct|chat|aligned|tuned|preference|rlhf|dpo")
#: "an instruction-tuned version of ", "a 4-bit quantized version of "
_VERSION_OF = re.compile(
    r"\b(?:[Aa]n?|[Oo]ur)\s+(?:(?P<how>[\w-]+(?:\s+[\w-]+)?)\s+)?(?:version|variant)\s+of\s+"
    r"(?:the\s+)?"
)
#: "..., which we call X", ", called X", ", named X": the name given to it
_CALLED = re.compile(
    r"(?:,?\s+(?:which|that)\s+we\s+(?:call|name|dub|term)|,\s+(?:called|named|dubbed|termed))\s+"
)
#: words of a sentence that may pair two lists of models
_PAIRED_WORDS = (
    *("respectively", "in that order", "yielding", "as ", "resulting", "producing", "obtain"),
    *("trained from", "tuned from", "initialized from", "initialised from", " into "),
)
#: "X1 and X2, built by post-training A1 and A2 (, respectively)"
_MADE_BY_RESPECTIVELY = re.compile(
    r",?\s+(?:which\s+are\s+|are\s+"
    # "X1 and X2, two open reasoning models obtained by fine-tuning A1 and A2"
    r"|(?:two|three|four|both)\s+(?:[\w-]+\s+){0,3}?(?:models|variants|checkpoints|LLMs)\s+)?"
    r"(?:built|obtained|made|derived|created|trained)\s+"
    # "obtained by continued pre-training of A1 and A2"
    r"(?:by|from)\s+(?:continued\s+|further\s+)?(?P<verb>[\w-]+)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:base\s+models\s+)?"
)
#: a verb of making right before the second of two paired lists
_MADE_FROM_END = re.compile(
    r"\b(?P<verb>initiali[sz]ed|fine-?tuned|built|distilled|trained|derived|obtained)\s+"
    # ("fine-tuned on D from A1 and A2 respectively": the data, then the bases)
    r"(?:on\s+[\w.-]+\s+(?=from\b))?"
    r"(?:from|on|upon)\s+(?:the\s+)?$"
)
_RESPECTIVELY_AFTER = re.compile(r",?\s+(?:respectively|in that order)\b")
#: "X1 and X2, continually pre-trained from A1 and A2"
_MADE_FROM_LIST = re.compile(
    r",?\s+(?:which\s+are\s+|are\s+)?(?:\w+ly\s+)?(?P<verb>pre-?trained|fine-?tuned|trained|"
    r"distilled|initiali[sz]ed|built|upcycled|pruned|derived|obtained)\s+(?:from|on top of|upon)\s+"
    r"(?:the\s+)?"
)
_SIZE_IN_NAME = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)[BM]\b")


def _same_sizes(made: list[Hit], bases: list[Hit]) -> bool:
    """Whether each name of ``made`` has the size of the base at its place ("Mvua-4B" and
    "Gemma 3 4B"), so that the two lists pair without "respectively"."""
    for child, parent in zip(made, bases, strict=True):
        child_size = _SIZE_IN_NAME.findall(child.name)
        if not child_size or child_size[-1:] != _SIZE_IN_NAME.findall(parent.name)[-1:]:
            return False
    return True


#: "..., yielding X1 and X2", "and release the results as X1 and X2"
_RESULTS_AS = re.compile(
    r"\b(?:yielding|producing|giving|resulting in|to obtain|obtaining|"
    r"(?:release|call|name)\w*\s+(?:the\s+results?|them|the\s+(?:resulting\s+)?models)\s+as)"
    r"\s+(?:the\s+)?$"
)
_TUNED_INTO_LIST = re.compile(
    r",?\s+(?:(?:are|were|is|was)\s+(?:(?:further|then|each|later)\s+)?"
    r"(?P<verb>distill\w*|(?:instruction[- ]|chat[- ]|post-|fine-?)?tun\w*|post-?train\w*)\s+)?"
    r"into\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
)
#: the verb of "we distill A1 and A2 into ...", before the first list
_INTO_VERB_BEFORE = re.compile(
    r"\b(?:distill\w*|(?:instruction[- ]|post-|fine-?)?tune\w*|post-?train\w*)\s+(?:the\s+)?$"
)
_PAIRED_VERB = re.compile(
    r"\b(?:apply|post-train|fine-tune|finetune|train|distill|quantiz|prun|merg|adapt)\w*", re.I
)
_CONTINUED = re.compile(r"\bcontinu\w*\s+(?:the\s+)?(?:pre-?train|training)", re.I)
_LEADING = re.compile(r"(?:(?:Further(?:more)?|Then|Finally|Next),?\s+)?$")
#: "Built upon Y, our model replaces ...": the paper's own system is the subject
_OUR_MODEL_SUBJECT = re.compile(
    r"(?:\s+(?:architecture|model|backbone|framework))?,\s+(?:our|the proposed)\s+"
    r"(?:model|system|framework|method|approach|network)\s+(?!is\b)[a-z]+s\b"
)
_OUR_SYSTEM = re.compile(
    r",\s+(?:our|the proposed)\s+(?:model|system|framework|agent|network|approach),\s+"
)
#: a word that says a model was made from another, and one that says it is compared with
#: it: the backstop reads the first without the second
_MAKING_CUE_WORDS = (
    *("tun", "adapt", "built", "based on", "initiali", "distil", "backbone", "on top of"),
    *("upcycl", "starting from", "derived", "extend"),
)
#: said right around the parent: "fine-tunes Y", "built on Y", "a Y backbone", "based on
#: the Y model"
_MAKING_CUE = re.compile(
    r"\b(?:fine-?tun\w*|finetun\w*|instruction-tun\w*|post-?train\w*|continu\w* pre-?train\w*|"
    r"adapt\w*|built|based on|initiali[sz]\w*|distil\w*|backbone|on top of|upcycl\w*|"
    r"starting from|derived|extends?)\b",
    re.I,
)
_COMPARING = re.compile(
    r"\b(?:outperform\w*|surpass\w*|compar\w*|than|versus|vs\.?|"
    r"baselines?|rival\w*|beats?|beating|match(?:es|ing)|against|over|such as|"
    r"including|like|above|below|ahead of|behind|reported for)\b|\be\.g\.",
    re.I,
)
#: architectures rather than trained models: "a U-Net backbone" states no parent
_ARCHITECTURES = frozenset(
    ("U-Net", "UNet", "ViT", "Transformer", "Mamba", "ResNet", "Swin", "LSTM", "GRU", "CNN", "MLP")
)
#: words the sentences that adapted_base and _we_make_from read need
_ADAPT_WORDS = ("tune", "train", "adapt", "starting from", "initiali")
_DATA_FROM_DATA_WORDS = (
    *(" from ", " version of ", " translation of ", " subset of ", " portion of "),
    *(" metadata of ", " images of ", " annotations of "),
    *(" combines ", " combining ", " merges ", " merging ", " mixes ", " mixing "),
)
_WE_MAKE_FROM_WORDS = ("we train", "we fine", "we initiali", "we build", "we derive", "we distil")
_KIND_OF_WORDS = (" of it, ", "version of ", "quantization of ")
#: "We train X from Y", "we initialise X from Y": X is made from Y
_WE_VERB = re.compile(
    r"\b[Ww]e\s+(?:\w+ly\s+|first\s+|then\s+|also\s+)?(train|fine-?tune|finetune|initiali[sz]e|"
    r"build|derive|distil\w*)\s+(?:the\s+|a\s+|our\s+)?"
    # "we build our neuro-symbolic prover, GenesisGeo, upon Y": the name in apposition
    r"(?:(?:[\w-]+\s+){1,3}?[\w-]+,\s+(?=[A-Z]))?"
)
_FROM_SOURCE = re.compile(
    # "we distil X, a 1.9M-parameter student, from an IResNet-100 teacher": past an appositive
    r"(?:,\s+(?:an?|the|our)\s+[^,;()]{1,40},)?\s+(?:from|on top of|upon)\s+(?:the\s+|an?\s+)?"
)
_APPOSED_FROM_SOURCE = re.compile(r",\s+(?:from|on top of|upon)\s+(?:the\s+|a\s+)?")
_KIND_OF = re.compile(
    r"\b(?:[\w-]+\s+){0,2}?(?P<how>quantization|quantized version|distilled version|"
    r"distillation|fine-?tuned version|pruned version|variant|version)\s+of\s+"
    r"(?:(?P<it>it),\s+|(?:the\s+)?)"
)
_COMMA = re.compile(r",\s+")
#: a model put together from others: "pairs a SigLIP image encoder with the SmolLM2 model"
_COMPOSING_WORDS = (
    *("pairs", "couples", "connects", "combines", "integrates", "pairing", "coupling"),
    *("combining", "whose", "uses"),
)
#: what "uses" must name to make a model of parts ("uses a frozen Y pose encoder")
_PART_WORDS = ("encoder", "decoder", "backbone", "tower")
_LATE_RULE_WORDS = (
    *_COMPOSING_WORDS,
    *_KIND_OF_WORDS,
    *_ADAPT_WORDS,
    *_WE_MAKE_FROM_WORDS,
    "-based ",
)
_A_BEFORE_BASED = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?")
_BASED_MODEL = re.compile(
    r"-based\s+(?:[\w-]+\s+){0,2}?(?:model|LLM|language model|assistant|encoder|detector|"
    r"network|chatbot|agent)\b"
)
_COMPOSES = re.compile(
    r"\b(?:pairs|couples|connects|combines|integrates|uses|pairing|coupling|combining)\b"
)
#: "pairs A with B", "pairing A with the B": the two parts, by where their names start
_PAIRS_A_WITH_B = re.compile(
    r"(?:pairs|pairing|couples|coupling)\s+(?:an?\s+|the\s+)?(?P<a>[A-Z][\w.-]*)[^,;()]{0,30}?"
    r"\s+with\s+(?:an?\s+|the\s+)?(?P<b>[A-Z][\w.-]*)"
)
#: "Each model pairs ...": the subject is the paper's models
_EACH_MODEL_BEFORE = re.compile(r"(?:Each|Every)\s+(?:[\w-]+\s+)?(?:model|variant)\s+")
#: "X, a 3B model pairing ...": a kind set off after the name, then the participle
_APPOSED_KIND_TO_VERB = re.compile(
    r",\s+an?\s+(?:[\w.-]+\s+){0,3}?(?:model|VLM|LLM|MLLM|system|network)\s+"
)
#: the second part of a composition, as far as its kind: "with the Qwen2.5-72B language model"
_WITH_PART = re.compile(
    r"\bwith\s+(?:the\s+|a\s+|an\s+)?[\w.-]+\s+(?:language\s+model|LLM|(?:vision\s+|image\s+|"
    r"text\s+|audio\s+)?(?:encoder|decoder|backbone))\b"
)
#: "couples the encoder of SeamlessM4T v2 with the decoder of CosyVoice 2"
_COMPONENT_OF = re.compile(
    r"\b(?:encoder|decoder|backbone|tower|language model|LLM|weights)\s+of\s+(?:the\s+)?$"
)
_COMPONENT_AFTER = re.compile(
    r"\s+(?:(?:image|vision|visual|text|speech|audio|language|pose|video|point)\s+)?"
    r"(?:encoder|decoder|backbone|tower|language model|LLM)\b"
)
#: "X, a model whose language decoder is Y": Y is a part of X
_WHOSE_PART = re.compile(
    r"\bwhose\s+(?:[\w-]+\s+){0,2}?(?:encoder|decoder|backbone|tower|LLM|language model|weights|"
    r"parameters|starting point|planner|policy|controller|reasoner)\s+"
    r"(?:is|are|was|were|comes? from)\s+"
    r"(?:initiali[sz]ed from\s+|built on\s+|based on\s+|taken from\s+|copied from\s+|"
    # "whose decoder is a trimmed copy of Gemma 3 1B"
    r"an?\s+(?:[\w-]+\s+)?(?:copy|version|variant)\s+of\s+)?"
    # "whose image tower is copied from OpenAI's CLIP ViT-L/14"
    r"(?:the\s+|a\s+)?(?:[A-Z][\w-]*['\u2019]s\s+)?"
)
#: "Compared to its predecessor, X ...": the name after the comma is the subject
_FAMILY_SUBJECT_BEFORE = re.compile(
    r"(?:The|This|Our)\s+(?:new\s+)?(?:model\s+)?(?:family|series|model|release|suite)\s+"
)
_COMPARED_TO = re.compile(
    r"(?:[Cc]ompared (?:to|with)|[Uu]nlike|[Ll]ike|[Rr]elative to|[Oo]ver)\s+$"
)
_ITS_PREDECESSOR = re.compile(
    r"\b(?:its|their) predecessors?\b"
    r"|\b(?:second|third|fourth|next|new|latest) (?:generation|version|iteration) of (?:our|the)\b"
)
#: a name that ends in a version: "MOSEv2", "Pilot-2", "Kite 1.5"
_VERSIONED_NAME = re.compile(r"(?P<stem>.*?[A-Za-z])[-\s]?[vV]?(?P<version>\d+(?:\.\d+)?)")


def _version(found: re.Match[str]) -> float:
    return float(found.group("version"))


_PARENT_THEN_SUBJECT = re.compile(
    r"(?:\s+(?:model|backbone|architecture|checkpoint|base model|series|family))?,\s+"
)
#: a verb in the third person right after a name: the name is the clause's subject
_SUBJECT_VERB = re.compile(r"\s+(?:\w+ly\s+|also\s+|further\s+)?[a-z]{3,}(?:es|s)\b(?<!ss)")
#: an example's cue right before a name: "approaches such as X"
_EXAMPLE_BEFORE = re.compile(r"\b(?:such as|like|e\.g\.,?|including)\s+(?:the\s+)?$")
_WE_MAKE = re.compile(
    r"\bwe\s+(?:\w+ly\s+|further\s+|then\s+|also\s+)?(?:develop|build|propose|introduce|"
    r"present|train|create|design|release|obtain|derive|"
    # "Starting from Y, we fine-tune X on D": the name after the verb is what it makes
    r"(?P<tune>fine-?tune|finetune)|continually\s+pre-?train|pre-?train)\w*\b"
    r"|\bto\s+(?:produce|obtain|create|build|derive)\b|\b(?:yielding|producing)\b",
    re.I,
)
#: what may stand between a child model and the lineage verb that follows it
_CHILD_TO_VERB = re.compile(
    r"[\"\u201d]?(?:\s*"
    # "Our merged model, Franken-13B, combines ...": the name set off by commas ("X,
    # RL-tuned on top of Y": the method's acronym before the verb)
    r"|,\s*(?:[A-Z]{2,5}-)?"
    # "merged with Y, itself fine-tuned from Z": Y's own origin
    r"|,\s+itself\s+"
    r"|,?\s+(?:which|that|who)\s+(?:is|are|was|were|has been|have been|had been)\s+"
    r"(?:\w+ly\s+)?"
    # "X is obtained by supervised fine-tuning of Y": the verb match starts at "by"
    r"|\s+(?:is|are|was|were)\s+(?:obtained|created|derived|produced|made)\s+"
    # "Whisper-Swahili, which we obtain by adapting Y"
    r"|,?\s+(?:which|that)\s+we\s+(?:obtain|obtained|build|built|create|created|derive|"
    r"derived|make|made)\s+"
    # "Orca-Vision, which extends LLaVA-1.6", "X, which we upcycle into an MoE from Y"
    r"|,?\s+(?:which|that)\s+(?:we\s+)?"
    r"|,?\s+(?:is|are|was|were|has been|have been|had been)\s+(?:an?\s+|the\s+)?"
    r"(?:\w+ly\s+|further\s+|then\s+|first\s+|also\s+|in\s+turn\s+)?"
    # "X is width-pruned and distilled from Y", "X is in turn depth-pruned from Y"
    # (the verb's match starts after the gap: a lookahead could not see it)
    r"(?:[a-z]+-[a-z]+ed\s+and\s+|[A-Za-z]+-)?"
    r"|\s+(?:is|are|was|were)\s+(?:an?|the)\s+[^,;.()]{0,60}?\s+(?:obtained|created|made|built|"
    r"trained|distilled|fine-?tuned|finetuned|quantized|initiali[sz]ed|derived|adapted|pruned)\s+"
    # "X is a 90M-parameter TTS model distilled from Y": the description ends at the verb
    r"|,?\s+(?:is|are|was|were)\s+(?:an?|the)\s+[^,;.()]{0,80}?\s+"
    # "DeiT-Nano is obtained by knowledge distillation from ..."
    r"|\s+(?:is|are|was|were)\s+(?:obtained|created|derived|trained|built)\s+by\s+(?:[\w-]+\s+){0,3}?"
    # "X, a 1.1B-parameter transformer, adapted from Y": a decimal is no sentence end
    # ("A and B, two compact reasoning models distilled from Y": a list's appositive)
    r"|,\s+(?:a|an|the|our|its|two|three|four|both)\s+(?:[^;.()]|\.(?=\d)){0,120}?,?\s*"
    # "X, a bilingual (English/Chinese) text embedding model initialised from Y"
    r"|,\s+(?:a|an|the|our|its)\s+[^;.()]{0,40}\([^()]{1,30}\)[^;.()]{0,60}?\s+"
    # "A and B are pre-trained on 1T tokens and then distilled from Y": the second step
    r"|\s+(?:is|are|was|were)\s+(?:pre-?)?trained\s+(?:on|with)\s+[^,;()]{1,60}?\s+and\s+"
    r"(?:then\s+|later\s+|finally\s+)?"
    # "X sees the same data but is distilled from Y": a second predicate of X
    r"|\s+(?:[\w-]+\s+){1,5}?(?:but|and)\s+(?:is|are|was|were)\s+(?:\w+ly\s+|also\s+|then\s+)?"
    # "the MARS agent trained from Y": the name, then the noun it names
    r"|\s+(?:model|agent|network|variant|version|checkpoint|policy)s?,?\s+"
    r"(?:(?:which|that)\s+)?(?:(?:is|was|are|were)\s+(?:then\s+|first\s+)?)?"
    # "X, which is obtained by continuing the pre-training of Y"
    r"|,?\s+(?:(?:which|that)\s+)?(?:is|are|was|were)\s+(?:obtained|created|derived|produced|"
    r"made|built)\s+by\s+"
    # "(A, B and C), each of them continually pre-trained from Y": each of a list
    r"|\)?,\s+each(?:\s+of\s+(?:them|which|these))?\s+(?:(?:is|was|being)\s+)?(?:\w+ly\s+)?"
    # "X (Long Form), a variant of Y": a definition, then maybe an appositive
    # ("X (Long Form), which extends Y")
    r"|\s*\([^()]*\)\s*,?\s*(?:(?:a|an|the|our|its)\s+[^;.()]{0,80}?,?\s*|(?:which|that)\s+)?"
    # "the X and Y model series, the latest extensions of the Qwen family built on Z"
    r"|\s+(?:model\s+)?(?:series|family),\s+(?:a|an|the|our|its)\s+[^;.()]{0,120}?\s+)"
)
_NEXT_CLAUSE = re.compile(r";|,\s+(?:while|whereas|but)\b")
_RELATIVE_GAP = re.compile(r",\s*(?:which|that)\s+we\b")
_SUCCEEDS_GAP = re.compile(
    r"\s+(?:supersedes|succeeds|replaces|extends|outperforms|surpasses)\s+"
    r"(?:the\s+|our\s+|its\s+)?(?:(?:earlier|previous)\s+)?"
)
_AND_GAP = re.compile(r"\s+and\s+(?:then\s+|later\s+|further\s+)?")
#: a lineage verb and its preposition right before a parent
_FROM_PARENT = re.compile(
    r"\b(?:distilled|initiali[sz]ed|fine-?tuned|finetuned|built|derived|adapted|quantized|"
    r"pruned)\s+(?:up)?(?:from|on)\s+(?:the\s+)?$"
)
#: what may stand between two children of one verb ("X, Y and Z, which are built on")
_CHILD_LIST = re.compile(
    # (not "descendants of Y and obtain X, merged from ...": a verb starts another clause)
    r"[\"\u201d]?(?:,?\s*(?:and|or|as well as)\s*"
    r"(?:(?!(?:obtain|produc|yield|get|creat|build|deriv|releas|train|call|nam|propos|introduc|"
    r"present)\w*\s)[\w-]+\s+){0,3}?(?:models?|variants?|"
    r"versions?)?,?\s*|\s*,\s*)[\"\u201c]?"
)


_PAREN_ORIGIN_WORDS = (" (distilled ", " (fine-", " (built ")
#: "(distilled from Y)", "(fine-tuned from Y)" right after a model
_PAREN_MADE_FROM = re.compile(
    r"\s*\((?P<verb>distilled|fine-?tuned|finetuned|built|based|initiali[sz]ed|quantized|"
    r"pruned|derived|adapted)\s+(?:up)?(?:from|on)\s+(?:the\s+)?"
)
_NAME_IN_PAREN = re.compile(r"[^()\s,;][^(),;]*?(?=\s*\))")
#: "each size comes as a base model and as an instruction-tuned chat model", "each with a
#: base and an instruction-tuned checkpoint"
_BASE_AND_TUNED_WORDS = ("each", "Each", "corresponding", "ase models", "their base ", "same size")
_EACH_BASE_AND_TUNED = re.compile(
    r"\b[Ee]ach\b[^.;]{0,60}?\bbase\b[^.;]{0,40}?"
    r"\b(?:instruction-tuned|instruction-following|instruct|chat|aligned)\b"
    # "X-Instruct and Y-Instruct are obtained from the corresponding base models"
    r"|\bcorresponding\s+base\s+models?\b"
    # "the chat models, A and B, are obtained from their base counterparts"
    r"|\btheir\s+base\s+(?:counterparts|models|versions|checkpoints)\b"
    # "Both base models are instruction-tuned with SFT and DPO, yielding A-chat and B-chat"
    r"|\b(?:[Bb]oth|[Aa]ll|[Tt]he)\s+base\s+models\s+(?:are|were)\s+(?:\w+\s+)?"
    r"(?:instruction-tuned|fine-tuned|tuned|aligned)\b"
    # "A-Chat and B-Chat, each fine-tuned from the base model of the same size"
    r"|\bbase\s+models?\s+of\s+the\s+same\s+size\b"
)
#: an object that stands for each child's own base: "from the corresponding base models"
_THE_BASE_MODELS = re.compile(
    r"\s+(?:the|their)\s+(?:corresponding\s+|respective\s+)?base\s+(?:models?|checkpoints?)\b"
)
_TUNED_SUFFIX = re.compile(r"[-\s](?:Instruct|Chat|chat|instruct|IT|it)$")


def _merged_in(text: str, models: list[Hit], sentence: tuple[int, int]) -> list[Hit]:
    """The models a sentence merges: "A (, ...,) is merged ... with B" (the subject and the
    first name after "with"), or "we merge A and B" (the list right after the verb)."""
    verb = _MERGE_VERB.search(text, sentence[0], sentence[1])
    if verb is None:
        return []
    after = [h for h in models if h.start >= verb.end()]
    if _PASSIVE_BEFORE_VERB.search(text, max(sentence[0], verb.start() - 12), verb.start()):
        subject = [h for h in models if h.end <= verb.start()][:1]
        with_ = text.find(" with ", verb.end(), sentence[1])
        partner = [h for h in after if with_ >= 0 and h.start >= with_][:1]
        if subject and partner and partner[0].start - with_ <= 12:
            return [subject[0], partner[0]]
        return []
    if after and after[0].start - verb.end() <= 12:
        found = listed(text, after)
        return found if len(found) > 1 else []
    return []


#: ", a successor to ", ", the direct successor of ": between a new model and the one it succeeds
_SUCCESSOR_APPOSITIVE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+)?successor\s+(?:to|of)\s+(?:the\s+|our\s+|its\s+)?"
)


def _children_before(text: str, models: list[Hit], verb_start: int) -> list[Hit]:
    """The models a lineage verb is said of: the one right before it and its list mates."""
    before = [h for h in models if h.end <= verb_start]
    if before and _AND_GAP.fullmatch(text, before[-1].end, verb_start):
        # "X, which is distilled from Y and initialized from Z": Z's verb is X's too
        earlier = _FROM_PARENT.search(text, max(0, before[-1].start - 40), before[-1].start)
        if earlier is not None:
            return _children_before(text, models, earlier.start())
        if len(before) > 1 and _SUCCEEDS_GAP.fullmatch(text, before[-2].end, before[-1].start):
            # "X supersedes Y and inherits the weights of Z": the second verb is X's too
            return [before[-2]]
    # the child is the model right before the verb, or before an appositive that may
    # itself name models ("X, the chat model of the Y family, fine-tuned from Z")
    child = next(
        (h for h in reversed(before[-3:]) if _CHILD_TO_VERB.fullmatch(text, h.end, verb_start)),
        None,
    )
    if child is None:
        return []
    successor = [h for h in before if h.end <= child.start][-1:]
    if successor and _SUCCESSOR_APPOSITIVE.fullmatch(text, successor[0].end, child.start):
        # "X, a successor to Y that is continually pre-trained from Z": the clause is X's
        return successor
    children = [child]
    if _RELATIVE_GAP.match(text, child.end, verb_start):
        return children  # "A and B, which we upcycle from Y": the clause is B's alone
    for hit in reversed([h for h in before if h.end <= child.start]):
        if not _CHILD_LIST.fullmatch(text, hit.end, children[-1].start):
            break
        children.append(hit)
    return children


#: verbs that make a model out of another: what they are said of is a model
_MAKES_A_MODEL = re.compile(
    r"(?i)built|fine-?tuned|finetuned|instruction-tuned|initiali[sz]ed|distill|trained"
)
#: "The proposed model is built upon Y", "Our network, initialised from Y,"
_PROPOSED_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Ee]ach|[Ee]very)\s+(?:proposed\s+|new\s+|resulting\s+|final\s+)?"
    r"(model|network|architecture|agent|detector|classifier|framework|method|system|student"
    # "The students are initialised from A and B respectively": the paper's models
    r"|students|models)"
    r"(?:\s+(?:is|was|are|were)\s+(?:\w+ly\s+|further\s+|then\s+|first\s+|also\s+)?"
    # "The model is developed based on Y"
    r"(?:(?:developed|designed|constructed|created)\s+)?|,\s+"
    # "our model replaces its visual encoder with Y"
    r"|\s+)$"
)
_MODEL_SUBJECTS = frozenset("model network architecture agent detector classifier student".split())


def _smaller_siblings(
    text: str, state: DocState, start: int, verb_start: int, parent: Hit
) -> list[Hit]:
    """ "the two smaller models are distilled from X-72B": the sizes of X's family below
    its own, when the abstract names them ("X-1.7B", "X-8B")."""
    if not _SMALLER_ONES.search(text, start, verb_start):
        return []
    size = _PLAIN_SIZE.search(parent.name)
    if size is None:
        return []
    family = parent.name[: size.start()]
    found = []
    for entity in state.entities.values():
        own = _PLAIN_SIZE.search(entity.name)
        if (
            entity.type == MODEL
            and own is not None
            and entity.name[: own.start()] == family
            and float(own.group(1)) < float(size.group(1))
        ):
            first = min(entity.mentions)
            found.append(Hit(first[0], first[1], entity))
    return sorted(found, key=lambda hit: hit.start)


#: "the two smaller models are", "the smaller variants were"
_SMALLER_ONES = re.compile(
    r"\bthe\s+(?:two\s+|three\s+|other\s+)?smaller\s+(?:models|variants|sizes|versions|checkpoints)"
    r"\s+(?:are|were)\s+(?:then\s+|each\s+)?$"
)
#: a size that ends a name: "Petrel-4-72B", "Kite 1.7B"
_PLAIN_SIZE = re.compile(r"(?<=[-\s])(\d+(?:\.\d+)?)[BM]$")


def _proposed_child(text: str, state: DocState, start: int, verb_start: int) -> list[Hit]:
    """The paper's own model, when the lineage verb is said of "the proposed model", or of
    a system the paper introduces as a framework or method that the verb makes out of a
    model ("X, a diffusion framework built upon Y"): such a system is a model."""
    subject = _PROPOSED_SUBJECT.search(text, start, verb_start)
    if subject is not None and subject.group(1).endswith("s"):
        # the models the paper introduced together in the nearest sentence before, in order
        made = [e for e in introduced(state) if e.type == MODEL]
        for first, last in reversed([s for s in state.sentences if s[1] <= start]):
            named = [h for h in hits(state, first, last, (MODEL,)) if h.entity in made]
            if len(named) > 1:
                return named
        return []
    if subject is not None:
        entity = main_entity(state, (MODEL, METHOD))
        if entity is None:
            return []
        if entity.type == METHOD and subject.group(1) in _MODEL_SUBJECTS:
            _make_model(entity)
    else:
        before = hits(state, start, verb_start, (METHOD,))
        child = _children_before(text, before, verb_start)[:1]
        if not child or child[0].entity not in introduced(state):
            return []
        entity = child[0].entity
        _make_model(entity)
    if entity.type != MODEL:
        return []
    first = min(entity.mentions)
    return [Hit(first[0], first[1], entity)]


def _both_models(first: Hit, second: Hit) -> bool:
    """Whether two systems one succeeds are models: both are, or one is and the other, a
    system the lexicon does not know, is made one."""
    if MODEL not in (first.type, second.type):
        return False
    for hit in (first, second):
        _make_model(hit.entity)
    return first.type == second.type == MODEL


def _make_model(entity: Entity) -> None:
    """Retype a system the text shows to be a model, unless the lexicon knows it."""
    if not load_lexicon().types_of(entity.name):
        entity.type = MODEL


#: a version in parentheses may follow a name: "Llama (3.2) and Mistral (v0.3), respectively"
_VERSION_PAREN = r"(?:\s*\([^()]{1,20}\))?"
_RESPECTIVELY = re.compile(
    rf"{_VERSION_PAREN}(?:,?\s*respectively\b|\s+(?:\w+\s+){{0,6}}?respectively\b)"
)
_PARENT_LIST_GAP = re.compile(rf"{_VERSION_PAREN}(?:\s*,\s*(?:and\s+)?|\s+and\s+)")


def _longest_contained(state: DocState, hit: Hit) -> Entity | None:
    """The model whose name ``hit`` extends most closely; for a tuned name, its "-Base"
    sibling when the abstract writes one ("Kite-1B-Instruct" of "Kite-1B-Base")."""
    if tuned := _TUNED_SUFFIX.search(hit.name):
        base = state.entities.get(match_key(f"{hit.name[: tuned.start()]}-Base"))
        if base is not None and base.type == MODEL:
            return base
    candidates = [
        e for e in state.entities.values() if e.type == MODEL and contains_name(hit.name, e.name)
    ]
    return max(candidates, key=lambda e: len(e.name), default=None)


def _base_model(text: str, state: DocState) -> Entity | None:
    """The model the abstract calls "the base" one ("Qwen, the base pretrained models")."""
    for entity in state.entities.values():
        if entity.type != MODEL:
            continue
        for _, end in entity.mentions:
            if _BASE_DESCRIPTION.match(text[end : end + 40]):
                return entity
    return None


def _parent_of_the_variant_named(text: str, state: DocState) -> None:
    """ "X, fine-tuned from the ViT-B/16 variant of CLIP": the parent is CLIP, the family
    whose variant the sentence names (the variant's own lineage is read elsewhere)."""
    for i, r in enumerate(state.relations):
        if r.rel != DERIVED_FROM or r.kind == VARIANT:
            continue
        for parent in hits(state, r.sentence[0], r.sentence[1], (MODEL,)):
            of = _VARIANT_OF_AFTER.match(text, parent.end) if parent.name == r.tail else None
            family = hits(state, of.end(), r.sentence[1], (MODEL,)) if of else []
            if family and family[0].start == of.end() and family[0].name != r.head:
                state.relations[i] = replace(r, tail=family[0].name)
                break


#: " variant of ", " version of the ": the family a named variant belongs to comes next
_VARIANT_OF_AFTER = re.compile(r"\s+(?:variant|version|checkpoint)\s+of\s+(?:the\s+)?")

#: "merges the two into a single model, X", "merging both into X"
_MERGE_THE_N = re.compile(
    r"\bmerg(?:e|es|ed|ing)\s+(?:the\s+(?P<count>two|three)|both|(?P<them>them))\s+"
    r"(?:[\w-]+\s+)?into\s+"
    r"(?:(?:a|one)\s+(?:single\s+)?(?:[\w-]+\s+)?(?:model|checkpoint),\s+|the\s+)?"
)
