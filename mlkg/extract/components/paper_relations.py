"""``mlkg_paper_relations``: introduces, trainedOn, comparedWith and hasRepository.

* introduces: the object of "we introduce / propose / release / develop / construct X",
  "X is proposed", "a model called X", "the resulting models, X", and named members of a
  family the paper introduces (``Qwen2-72B`` of ``Qwen2``).
* trainedOn: "X ... trained / fine-tuned on D".
* comparedWith: "X outperforms / surpasses / is comparable to Y" (Y a model).
* hasRepository: the paper always; an entity when the URL's sentence names it.
"""

from __future__ import annotations

import re
from itertools import chain

from spacy.language import Language
from spacy.tokens import Doc

from mlkg.extract.components.clauses import (
    AGENT_TYPES,
    COMPARED_OPENER,
    DATA_TYPES,
    PARENT_RELATIVE_CLAUSE,
    RESULTS_NAMED,
    adapted_base,
    add_relation,
    contains_name,
    earlier_releases,
    hits,
    introduced,
    listed,
    main_entity,
    may_cite_earlier_release,
    object_end,
    previous_subject,
    subject_before,
    subject_of,
    variant_subject,
)
from mlkg.extract.components.names import COINED, is_name_shaped
from mlkg.extract.lexicon import load_lexicon
from mlkg.extract.state import DocState, Entity, Relation, get_state
from mlkg.naming import match_key
from mlkg.vocabulary import (
    COMPARED_WITH,
    DATASET,
    HAS_REPOSITORY,
    INTRODUCES,
    METHOD,
    MODEL,
    TRAINED_ON,
)

PAPER_HEAD = "PAPER"  # replaced by the record id when the record is written
COMPONENT = "mlkg_paper_relations"

_INTRO_VERB = re.compile(
    # every form starts with one of these letters: the look-ahead rejects most offsets
    # before the alternatives are tried
    r"(?=[wtoipra])(?:"
    r"\b(?:we|this (?:technical\s+)?(?:paper|work|report|study|article)|the paper|our work|"
    r"the authors)"
    r"(?:\s+(?:\w+ly|also|further|first|then|here|hereby|thus|now|have|has|will|would|can|"
    r"newly|finally|therefore|additionally|subsequently|propose to)){0,3}\s+"
    r"(?:(?:use|apply)\s+(?:it|this\s+\w+)\s+to\s+)?"  # "we use it to build X"
    r"(?:introduce|propose|present|release|develop|construct|create|build|design|curate|"
    r"collect|contribute|devise|open-source|unveil|train|pre-?train|obtain|describe|initiali[sz]e|"
    # "We report on Petrel-4, the fourth generation of our series"; "We report Tritium-2.1,
    # an update to our family"
    r"reports?\s+on(?=\s+(?-i:[A-Z0-9]|[a-z]+-?\d))|"
    r"report(?=\s+(?-i:[A-Z])[\w.+-]*\d[\w.+-]*,\s+(?:an?|the|our)\s))"
    r"(?:s|d|ed)?\b"
    r"|\b(?:introduces|proposes|presents|releases)\b"
    # "We instantiate both in FaithT5, a T5-large model ...", "we instantiate it as X"
    r"|\bwe\s+(?:\w+ly\s+|also\s+|then\s+)?instantiat(?:e|ed)\s+"
    r"(?:(?:it|them|both|this\s+\w+|(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?)\s+)?(?:in|as|into)\b"
    r"|\band\s+(?:also\s+|further\s+|then\s+)?(?:(?:use|apply)\s+(?:it|this\s+\w+)\s+to\s+)?"
    r"(?:introduce|propose|present|release|develop|"
    r"construct|create|design|obtain|build|train|pre-?train)\b"
    r")",
    re.I,
)
#: "a study culminating in the proposal of X": an introduction said by a noun
#: the words each form of ``_INTRO_VERB`` opens with
_INTRO_VERB_OPENERS = (
    *("we", "this", "the paper", "our work", "the authors", "and"),
    *("introduces", "proposes", "presents", "releases"),
)


_NOMINAL_INTRO = re.compile(
    r"\b(?:culminat\w+|results?|resulting)\s+in\s+the\s+(?:proposal|design|development|"
    r"creation)\s+of\b"
)
_EARLIER_WORDS = ("earlier", "previous", "prior")
_NOMINAL_INTRO_WORDS = ("proposal of", "design of", "development of", "creation of")
_TO_DEVELOP_WORDS = ("to develop", "to build", "to create", "to produce")
_TO_DEVELOP = re.compile(r"\bto (?:develop|build|create|produce)\b")
#: a sentence whose subject is the authors ("We ...", "In this work, we ...")
_WE_OPENS = re.compile(r"(?:[A-Z][^,.;]{0,60},\s+)?[Ww]e\s")
_WE_MAKE_INTO = re.compile(
    r"\b[Ww]e\s+(?:\w+\s+){0,2}?(?:distil\w*|post-?train\w*|convert\w*|turn\w*|compress\w*|"
    r"upcycl\w*|merg\w*)\s+(?:[^.;]|\.(?=\w)){0,80}?\binto\s+"
    r"(?:(?:the|a|an|one)\s+(?:[^,.;()]|\.(?=\d)){0,50},\s+|the\s+|a\s+)?"
)
#: "This paper extends our earlier X, which ..., into Y": Y is the paper's
_EXTENDED_INTO = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work|study)|[Oo]ur work)\s+(?:\w+\s+)?(?:extends?|turns?)\s+"
    r"(?:our|its|their)\s+(?:earlier|previous|prior)\s+[^.;]{1,200}?\binto\s+(?:the\s+|a\s+)?"
)
_DATA_APPOSITIVE = re.compile(
    r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:corpus|dataset|benchmark|collection|suite)\s+"
    r"(?:of|with|containing|comprising|that|which|built|collected|curated)\b"
)
#: data the paper calls its own or says it made: "D, our corpus of ...", "D, a collection
#: of 400K problems that we assemble from ..."
_OWN_DATA_APPOSITIVE = re.compile(
    r",\s+(?:our\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:corpus|dataset|collection|set|benchmark|"
    r"suite|mixture)\b"
    r"|(?:a|an)\s+(?:(?:[^,;.]|\.(?=\d)){0,80}?)\b(?:that|which)\s+we\s+(?:assemble|build|"
    r"construct|curate|collect|create|compile|release)\b)"
)
#: what follows a name that a sentence opens with to define it
_DEFINED_HERE = re.compile(
    r"\s+(?:succeeds|supersedes|extends|improves (?:up)?on|pairs|couples|connects|merges|"
    r"fine-?tunes|reuses|(?:was|were) (?:produced|created|trained|obtained) by|"
    r"re-?labels|re-?annotates|uses\s+[^,;.]{1,40}?\s+as\s+its\s+(?:backbone|base|encoder))\b|"
    # "DocOwl-S is LLaVA-1.5-7B with its vision tower replaced by ..."
    r"\s+is\s+[A-Z][\w.+-]*\s+with\s+(?:its|the)\s|"
    # "Vireo-3.5 is our newest vision-language release"
    r"\s+(?:is|are)\s+our\s+(?:newest|latest|new|next|third|fourth|second|fifth)\b|"
    r"\s+(?:is|are)\s+(?:(?:a|an)\s+(?!(?:widely|commonly|popular|well-known|standard|existing|"
    r"classic|common|recent|state-of-the-art|leading|prominent)\b)|(?:initiali[sz]ed|"
    r"fine-?tuned|distilled|built|obtained|derived|adapted|continually pre-?trained)\s+"
    r"(?:from|on|upon|by)\b)"
)
#: inside what a paper introduces, a name after "of the" / "successor of" is something else
_OBJECT_OF = re.compile(
    r"\b(?:of|from|than|over|to|with|on|by)\s+(?:the\s+|its\s+|a\s+|our\s+)?(?:[\w'\u2019-]+\s+){0,1}$"
    # "we introduce a novel approach leveraging Stable Diffusion (SD)": what it uses
    r"|\b(?:leveraging|using|utili[sz]ing|exploiting|employing)\s+(?:the\s+|a\s+)?$"
)
#: an unnamed system right before the participle: "a state-of-the-art method pre-trained on"
_UNNAMED_SUBJECT = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+){0,4}?(?:method|model|approach|baseline|network|system)\s+"
    r"(?:(?:that|which)\s+(?:is|was)\s+)?(?:further\s+|also\s+|then\s+)?$"
)


def _unnamed_subject(text: str, state: DocState, start: int, verb: int) -> bool:
    """Whether the participle at ``verb`` is said of an unnamed system, not of an
    appositive's name ("KestrelLM, a model trained on D" is KestrelLM's)."""
    unnamed = _UNNAMED_SUBJECT.search(text, start, verb)
    if unnamed is None:
        return False
    comma = len(text[: unnamed.start()].rstrip()) - 1
    if comma < 0 or text[comma] != ",":
        return True
    return not any(h.end == comma for h in hits(state, max(0, comma - 60), comma, (MODEL,)))


#: what makes the name after it an object, not the subject of a later participle
#: the verb, then its object's name ("we fine-tune X on D"; "we train a tool specialist,
#: X, on D": an appositive naming the object)
_RIGHT_AFTER_VERB = re.compile(
    r"[\w-]+\s+(?:the\s+|a\s+|our\s+)?(?:(?<=a\s)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,\s+)?"
)
_OBJECT_BEFORE = re.compile(
    r"\b(?:from|of|than|with|by|on|over|upon|extends?|succeeds?|outperforms?|surpass(?:es)?|"
    r"beats?|upcycles?|adapts?|uses?|using|replaces?|couples?|combines?|pairs?|connects?|"
    r"integrates?|compress(?:es)?)\s+(?:the\s+|a\s+|its\s+|our\s+)?"
    r"(?:[\w-]+\s+)?$"
)


def _drop_predecessors(text: str, state: DocState) -> None:
    """ "We introduce the latest series of TeleChat models: TeleChat2, ..., an upgrade over
    their predecessor, TeleChat": a name the abstract calls a predecessor is not new."""
    older = set()
    for said in _PREDECESSOR_NAMED.finditer(text):
        named = [h for h in hits(state, said.end(), said.end() + 60) if h.start == said.end()]
        # an appositive ("over their predecessor, X."), not the subject of the next clause
        # ("Unlike its predecessor, X replaces ...")
        older.update(h.name for h in named if _APPOSITIVE_END.match(text, h.end))
    if older:
        state.relations = [
            r for r in state.relations if not (r.rel == INTRODUCES and r.tail in older)
        ]


_APPOSITIVE_END = re.compile(r"\s*(?:[.,;)]|$|\s+(?:and|or)\b)")
_PREDECESSOR_NAMED = re.compile(
    r"\b(?:its|their|our|the)\s+(?:[\w-]+\s+)?predecessors?,?\s+(?:the\s+)?(?:original\s+)?"
)
#: a sentence about the paper's own model, unnamed: "The policy is ...", "Our model was ..."
_OWN_MODEL_OPENS = re.compile(
    r"(?:The|Our)\s+(?:final\s+|resulting\s+)?(?:policy|model|network|detector|encoder|agent)"
    r"\s+(?:is|was)\b"
)


def _own_model_trained(text: str, named: list, start: int, verb: int) -> bool:
    """Whether the verb at ``verb`` is the sentence subject's, not a participle of a model
    the sentence names as an object ("adapted on A used by Y and then fine-tuned on B": the
    subject's; "initialised from a Y pre-trained on D": Y's)."""
    if not all(_is_object(text, start, hit) for hit in named):
        return False
    return not named or " and " in text[named[-1].end : verb]


def _coordinated_subject(text: str, state: DocState, start: int, verb: int):
    """The subject of a participle that follows an object: "X is initialized from Y and
    trained on D", "X, a model adapted from Y for text, trained on D", "X succeeds Y with
    training data drawn from D": D is X's."""
    models = hits(state, start, verb, (MODEL,))
    if len(models) < 2 or not _is_object(text, start, models[-1]):
        return None
    for model in reversed(models[:-1]):
        if not _is_object(text, start, model):
            return model.entity
    return None


def _is_object(text: str, start: int, hit) -> bool:
    return _OBJECT_BEFORE.search(text, max(start, hit.start - 24), hit.start) is not None


#: "X, the second generation of our Y family, trained on D": an appositive that ends
#: right before the participle; its subject is the name before it
#: "To pre-train it, we construct ", "To train TinyX, we collect a new ": data made to train
_TO_TRAIN_WE_BUILD = re.compile(
    r"To\s+(?:pre-?train|train|fine-?tune|instruction-tune)\s+(?:(?P<it>it|them|our\s+model)|"
    r"(?-i:[A-Z])[\w.-]+)\s*,\s+we\s+(?:first\s+)?(?:construct|build|collect|curate|create|"
    r"assemble|compile|introduce|release)\w*\s+(?:(?:a|an|the)\s+)?(?:(?:new|large)\s+)?"
)
_APPOSITIVE_BEFORE_VERB = re.compile(
    # ("X, our ViT-Large variant, is pre-trained on D": the verb's auxiliary after it)
    r",\s+(?:the|a|an|our|its)\s+[^;.()]{0,120}?,\s*(?:(?:is|are|was|were)\s+(?:first\s+|then\s+)?)?$"
)


def _listed_before(
    text: str, state: DocState, start: int, entity: Entity, end: int | None = None
) -> list[Entity]:
    """The models listed right before ``entity``'s last mention between ``start`` and
    ``end`` ("A and B")."""
    models = hits(state, start, len(text) if end is None else end, (MODEL,))
    at = max((i for i, h in enumerate(models) if h.entity is entity), default=None)
    mates = []
    while at:
        if not _MATE_GAP.fullmatch(text, models[at - 1].end, models[at].start):
            break
        at -= 1
        mates.append(models[at].entity)
    return mates


_PLURAL_APPOSITIVE = re.compile(
    r",\s+(?:(?:two|three|four|both|our)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:models|variants|checkpoints|versions)\s+$"
)
_PRONOUN_OPENS = re.compile(r"(?:It|This model)\s+(?:is|was)\s")
_TRAINING_OPENS = re.compile(r"(?:Pre-?training|Training|Fine-?tuning)\b")
#: a list of names right before the training verb: "A and B, continually pre-trained"
_LIST_THEN_VERB = re.compile(
    r"(?:,\s+(?:and\s+)?|\s+and\s+)[\w.-]+,?\s+(?:(?:\w+ly|then|both)\s+)?"
    # "A and B, are obtained by fine-tuning on D"
    r"(?:(?:are|were)\s+(?:obtained|produced|created|built|derived)\s+by\s+)?$"
)
_MATE_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _appositive_subject(text: str, state: DocState, start: int, verb: int):
    """The name an appositive describes, when the appositive ends at ``verb``, or when it
    names the parent the verb made it from ("X, a Y model fine-tuned on D": X, not Y)."""
    models = hits(state, start, verb, (MODEL,))
    for model in reversed(models):
        if _APPOSITIVE_BEFORE_VERB.fullmatch(text, model.end, verb):
            return model.entity
    if (
        len(models) > 1
        and _PARENT_APPOSITIVE_GAP.fullmatch(text, models[-2].end, models[-1].start)
        and _PARENT_THEN_VERB.fullmatch(text, models[-1].end, verb)
    ):
        return models[-2].entity
    return None


#: ", a ": between a name and the parent its appositive makes it from
_PARENT_APPOSITIVE_GAP = re.compile(r"\)?,\s+an?\s+")  # (")": "Long Form (X), a Y model")
#: "-based model continually ": from the parent's name to the participle that made the name
_PARENT_THEN_VERB = re.compile(
    r"(?:-based)?(?:\s+(?:model|checkpoint|backbone|encoder|network|LLM))?"
    # ("a RoBERTa-large model whose ... and which is further pre-trained on D")
    rf"{PARENT_RELATIVE_CLAUSE}\s+(?:(?:\w+ly|further|then|first)\s+)?"
)


#: "... and then ": a participle coordinated with the one before it
_AND_THEN_BEFORE = re.compile(r"\band\s+(?:then\s+|later\s+|finally\s+|subsequently\s+)?$")
_TO_OBTAIN = re.compile(
    r"\b(?:(?:to|and) (?:obtain|produce|create|get|build)|yield(?:s|ing)?|produces|producing|"
    r"obtaining|results? in|resulting in)\s+"
)
#: "A policy trained on it, OmniPolicy, succeeds ...": the name after the object
_WHOSE_PART_TRAINED = re.compile(r"\bwhose\s+(?:[\w-]+\s+){0,3}?(?:is|are|was|were)\s+$")
_IS_GAP = re.compile(r"\s+(?:is|are)\s+(?:the\s+|a\s+)?")
_PARTICIPLE_AFTER = re.compile(r"\s+(?:(?:\w+ly|further|then|continually)\s+)?[a-z-]+ed\b")
_TRAINED_THEN_NAMED = re.compile(r"(?:it|them)\s*,\s+")
_CALL_RESULT = re.compile(
    r"\b(?:we\s+)?(?:call|name|dub|term)\s+(?:the\s+resulting\s+(?:[\w-]+\s+)?model|the\s+result|it)\s+"
    r"|\brelease\w*\s+(?:the\s+results?|them)\s+as\s+"
    # "Instruction tuning with D then gives X"
    r"|\b(?:then\s+)?(?:gives|yields|produces)\s+"
    # "... by instruction tuning on D; the tuned model, X, reaches ..."
    r"|[;,]\s+the\s+(?:tuned|resulting|trained|fine-tuned|final)\s+model,\s+"
)
_WE_CALL = re.compile(r"^,?\s+(?:which|that)\s+we\s+(?:call|name|term|dub)\s+")
#: "our new DocInstruct set", "The student, TinyCLIP-S, is distilled": the paper's own
_OUR_NEW_LEFT = re.compile(r"\b(?:our|a) (?:new|novel) $")
#: the same said by the whole sentence before the name: "The student, X,", "In this work, a
#: code reward model, CodeJudge-7B, was fine-tuned from ..."
_OWN_SENTENCE_OPENING = re.compile(
    r"(?:The|Our) (?:student|teacher|model), "
    # "A 3B model pre-trained on StackClean, CleanCoder-3B, reaches ..."
    r"|(?:A|An|The|Our) (?:[\w-]+ )?(?:model|policy|agent|network) (?:pre-?trained|trained|"
    r"fine-?tuned) on [^,;]{1,40}, "
    # "In our setup, a student, Whisper-Lite, learns from ..."
    r"|(?:[^,;.]{0,40},\s+)?(?:a|the|our) (?:student|teacher)(?: model)?, "
    # "A policy trained on it, OmniPolicy, succeeds ..."
    r"|(?:A|An|The|Our) (?:model|policy|agent|network|classifier) (?:trained|fine-?tuned) on "
    r"[^,;.]{1,40}, "
    # "Built on top of Qwen3-8B, Forge-8B adds ...": a model the paper builds
    r"|(?:Built|Based) (?:up)?on (?:top of )?(?:the )?[^,;()]{1,60}?,\s+"
    r"|(?:In this (?:work|paper|study|report)|Here),?\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:model|method|framework|system|benchmark|dataset|agent|network|retriever),\s+"
)
_NEW_APPOSITIVE = re.compile(
    # "X, a newly compiled collection of ...", "X, a new dataset of ..."
    r",\s+(?:a|an)\s+(?:new|novel|newly\s+(?:compiled|collected|curated|assembled|built|"
    r"created|constructed|annotated))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:dataset|benchmark|corpus|model|method|framework|suite|collection|family|approach|"
    r"set|mixture)\b"
    # "D, which we also release": what the paper makes available
    r"|,\s+which\s+we\s+(?:also\s+)?(?:release|open-source|make\s+public)\b"
    # "D, a corpus we construct by sampling ...", "D, a dataset we curate"
    # ("D, a 300B-token synthetic corpus of textbook-style explanations that we generate")
    r"|,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:dataset|benchmark|corpus|collection|suite|set)\s+"
    r"(?:of\s+[^,;.()]{1,50}?\s+)?"
    r"(?:that\s+|which\s+)?we\s+(?:construct|build|curate|collect|create|assemble|release|"
    r"introduce|compile|annotate|synthesi[sz]e|generate)(?:d|ed)?\b"
    # "D, 2,300 teleoperated demonstrations that we collected"
    r"|,\s+(?:about\s+|over\s+)?\d[\d,.]*\s*[KkMB]?\s+(?:[\w-]+\s+){0,3}?[a-z]+s\s+"
    r"(?:that|which)\s+we\s+(?:collected|recorded|gathered|annotated|curated|assembled|"
    r"wrote|generated|synthesi[sz]ed)\b"
)
#: a preposition between an intro verb and a name: the name is not the object itself
_PREPOSITION = re.compile(
    r"\b(?:in|within|into|inside|for|of|from|with|on|by|using|via|to|across|over|between|"
    r"among|through|as)\s"
)
#: a known name used as a part of what is introduced ("a voxel Mamba module", "a
#: ResNet-based encoder")
_COMPONENT_AFTER = re.compile(
    r"\)?(?:-?(?:based|style|like|guided|driven|powered|assisted)\b|\s+(?:module|block|layer|"
    # "an interpretable vision-transformer (ViT) workflow": a known name modifying the noun
    r"backbone|encoder|decoder|branch|architecture|workflow|pipeline)s?\b)"
)
#: "we propose a beam-search-driven GRPO algorithm", "a new trajectory-splitting SFT": an
#: unnamed thing of a known kind, not the known name itself
_A_NEW_KIND_OF = re.compile(r"(?:^|\s)(?:a|an)\s+(?:[\w-]+\s+){0,3}$")
#: an appositive that describes the name before it: "X, a benchmark for ..."
_DESCRIPTION = re.compile(r"[*_\"')\]]*(?:,\s+(?:a|an)|:\s+(?:a|an|the first))\s+")
#: the first words of a description, and the kind of thing after a name in them
_DESCRIPTION_OPENING = re.compile(r"(?:[\w-]+\s+){0,3}")
_KIND_AFTER = re.compile(
    r"(?:-based|-style)?\s+(?:[\w-]+\s+)?(?:framework|method|approach|model|algorithm|"
    r"technique|pipeline|system|architecture|paradigm|scheme|strategy|recipe|encoder|decoder|"
    r"backbone|transformer|network|checkpoint|adapter)s?\b"
)
_EXAMPLE_LIST_BEFORE = re.compile(
    r"\b(?:such as|e\.g\.,?|including|like)\s+(?:[^,;()]{1,40},\s*)+(?:and\s+|or\s+)?$"
)
_VARIANTS_AFTER = re.compile(r"\s+(?:variants|versions|baselines)\b")
#: a participle after a name that made the thing introduced: "a GPT-5.2 generated
#: benchmark", "a GPT-4o-annotated corpus"
_MADE_WITH_AFTER = re.compile(
    r"[\s-](?:generated|annotated|label{1,2}ed|curated|synthesi[sz]ed|written|translated|"
    r"verified|filtered|assisted|powered)\b"
)
_AND_THEN = re.compile(r",\s+and\s+(?:also\s+)?$")
#: a verb right after a sentence's first name: the name is the subject ("X compresses Y")
_NEW_SUBJECT_VERB = re.compile(
    r"\s+(?:(?:\w+ly|also|further|then)\s+)?(?:is|was|[a-z]{3,}(?:es|s))\b(?<!ss)"
)
_ENTRY_TO = re.compile(
    r"\b(?:our\s+(?:team's\s+)?(?:[\w-]+\s+)?(?:participation|submission|entry|entries|system|"
    r"systems|solution|team)\s+(?:in|to|for|at)|the\s+(?:results|findings|outcomes?|overview)\b"
    r"[^.;]{0,60}?\bof)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?$"
)
_USING_VERB = re.compile(
    r"(?:train|obtain|build|develop|construct|create|design|initiali[sz]e)\w*$", re.I
)
_PASSIVE_INTRO = re.compile(r"\b(?:is|are) (?:proposed|introduced|presented|developed)\b")
#: the participles _PASSIVE_INTRO needs: a cheap test before it scans a sentence
_PASSIVE_PARTICIPLE = re.compile(r"proposed|introduced|presented|developed")
_PLURAL_NAMELY = re.compile(
    r"\b(?:\d+|two|three|four|five|six|several|multiple|various|public|publicly available|"
    r"existing|popular|standard|widely used|following)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}s,?\s+"
    r"namely\s+$"
    # "only two systems exceed a 30% success rate, namely A and B": the ones that did
    r"|\b(?:\d+|two|three|four|five|six|several)\s+[a-z]{3,}s\s+(?:[\w%-]+\s+){1,8}?[\w%-]+,\s+"
    r"namely\s+$"
    # "checkpoints fine-tuned from Y, namely A, B and C": existing ones, by their base
    r"|\b[a-z]{3,}s\s+(?:fine-?tuned|built|trained|derived|distilled|adapted)\s+(?:from|on)\s+"
    r"[\w.-]+,\s+namely\s+$"
)
_INSTRUMENT_BEFORE = re.compile(r"\b(?:with|using|via)\s+(?:an?\s+|the\s+)?$")
_KINDS_NAMELY = re.compile(
    r"\b(?:models|LLMs|VLMs|MLLMs|baselines|systems|datasets|benchmarks|methods|approaches)"
    r",?\s+namely\s+$"
)
_NEW_WORD = re.compile(r"\b(?:[Oo]ur|new|novel|proposed)\b")
#: what a paper names once it has made it: "the resulting corpus", "this student"
_MADE = r"(?:model|corpus|dataset|checkpoint|student|benchmark|family|merge|system)s?"
_NAMING_INTRO = re.compile(
    # the look-ahead first: an offset where no alternative can start fails there, before
    # each of the case-insensitive alternatives is tried (the engine cannot skip them by
    # their first letter under re.I)
    r"(?=[cndtwoyprgfai.;,])(?:"
    r"\b(?:called|named|dubbed|namely|termed|we call|we name|we term)\s+$"
    # "The strongest pairing, released as X, ..."
    r"|,\s+(?:released|open-sourced|published)\s+as\s+$"
    r"|\b(?:obtaining|yielding|yields|producing|produces|resulting in|results in|gives|"
    # ("three rounds of M produce X")
    r"to obtain|produce|yield|to create)\s+$"
    r"|(?<!-)\b(?:resulting|proposed|our|tuned|fine-tuned|trained|final)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:models?|methods?|approach|framework|system|model family),?\s+$"
    r"|\b(?:a|an)\s+(?:new|novel)\s+(?:[\w-]+\s+){0,2}?[\w-]+,\s+$"
    r"|\band\s+its\s+(?:successor|sibling|variant|companion|extension)s?,?\s+$"
    # "A smaller sibling, X, obtained from Y"
    r"|(?:^|[.;]\s+)(?:A|An)\s+(?:[\w-]+\s+)?(?:sibling|variant|counterpart),\s+$"
    # "we name the resulting corpus X", "we refer to the resulting model as X"
    rf"|\b(?:name|call|dub|term)\s+(?:the\s+result(?:ing\s+(?:[\w-]+\s+)?{_MADE})?|it)\s+$"
    rf"|\brefer\s+to\s+(?:the\s+resulting|this|our)\s+(?:[\w-]+\s+)?{_MADE}\s+as\s+$"
    r"|\brelease\w*\s+(?:the\s+results?|them|the\s+resulting\s+models?)\s+as\s+$"
    r"|[;,]\s+the\s+resulting\s+$"
    # "... to fine-tune Qwen2.5-14B-Instruct into X"
    r"|\b(?:fine-?tune|post-?train|instruction-tune)\s+[\w.-]+\s+into\s+$"
    # "The resulting corpus, X,", "Our training corpus, X,"
    r"|\b(?:[Tt]he\s+resulting\s+|[Oo]ur\s+(?:(?:pre-?)?training\s+|fine-?tuning\s+|"
    r"instruction\s+)?)(?:corpus|dataset|mixture|checkpoint|data),\s+$"
    # "A pruned version of Sage-7B, Sage-5B, removes ...": a new model of the paper's
    r"|\b(?:[Aa]|[Oo]ur)\s+(?:[\w-]+\s+){0,2}?(?:version|variant|quantization|distillation)\s+"
    r"of\s+[^,;.]{1,40},\s+$)",
    re.I,
)
_ITS_HEIR_LEFT = re.compile(r"\bits\s+(?:successor|sibling|variant|companion|extension)s?,?\s+$")
_OUR_MAIN_LEFT = re.compile(
    r"\b[Oo]ur\s+main\s+(?:artefact|artifact|contribution|release|result|product),\s+$"
)
#: a naming cue whose list of names are all results: "yielding A and B"
_RESULTS_LEFT = re.compile(
    r"\b(?:obtaining|yielding|yields|producing|produces|resulting in|to obtain|to produce|"
    r"release\w*\s+(?:the\s+results?|them|the\s+resulting\s+models?)\s+as|"
    # "producing students that we call A and B"
    r"(?:that|which)\s+we\s+(?:call|name|term|dub))\s+$"
)
#: what a left context that _NAMING_INTRO matches ends with (in lower case), before its
#: final whitespace, unless it ends with a comma: a test of the last word rules out most
#: contexts before the expression scans them
_NAMING_LAST_WORDS = (
    *("called", "named", "dubbed", "namely", "termed", "call", "name", "term"),
    *("obtaining", "yielding", "yields", "producing", "produces", "in", "gives", "result", "it"),
    *("obtain", "produce", "yield", "create", " as", "resulting", "into"),
    *("model", "models", "method", "methods", "approach", "framework", "system", "family"),
    *("corpus", "dataset", "checkpoint", "student", "benchmark", "merge", "systems"),
    *(
        f"{word}{plural}"
        for word in ("successor", "sibling", "variant", "companion", "extension")
        for plural in ("", "s")
    ),
)
_NAMING_TAIL = max(map(len, _NAMING_LAST_WORDS))


def _may_name(left: str) -> bool:
    """Whether _NAMING_INTRO can match ``left``: it ends with whitespace after a comma or
    after one of ``_NAMING_LAST_WORDS``, case aside (its case-insensitive letters match
    non-ASCII characters too, so a tail that is not ASCII is left to the expression)."""
    stripped = left.rstrip()
    if len(stripped) == len(left):
        return False
    if stripped.endswith(","):
        return True
    tail = stripped[-_NAMING_TAIL:]
    return not tail.isascii() or tail.lower().endswith(_NAMING_LAST_WORDS)


_TRAIN = re.compile(
    # ("The policy is first adapted on D")
    r"\b(?:pre-?train|re-?train|train|fine-?tun|finetun|instruction-tun|tun|distillation|"
    r"adapt(?=(?:ed|s|ing)?\s+on\b))(?:e|ed|es|ing|s)?\b(?!-free)"  # not "training-free X"
    r"((?:(?!\b(?:beat|outperform|surpass|than|achiev|reach|scor|attain|obtain|yield|show|perform|"
    r"improv|help|benefit|boost|hurt|sets?|SoTA|state-of-the-art)\w*)(?:[^.;]|\.(?=\w))){0,60}?)"
    # ("train X, a detector based on Y, on D": not the "on" of "based on")
    # ("on The Pile": the name's own article is no "the")
    r"(?<!based )(?<!built )(?<!relies )(?<!focuses )\bon\s+(?:(?-i:the)\s+)?"
    r"(?:subsets?\s+of\s+|an?\s+(?:[\w-]+\s+)?(?:mixture|combination|blend|"
    r"collection|union)\s+(?:of|that\s+includes|that\s+contains|including|comprising)\s+"
    # "on a union of eleven public collections, among them A, B and C"
    r"(?:(?:[\w-]+\s+){1,3}?(?:collections|datasets|sources|corpora),?\s+"
    r"(?:among\s+them|including|namely|such\s+as)\s+(?:(?-i:the)\s+)?)?"
    # "trained on a deduplicated version of UniRef50"
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:version|subset|sample|portion|copy|snapshot)\s+of\s+(?:(?-i:the)\s+)?"
    # "trained on 48K problems sampled from D", "on 2,300 hours of speech taken from D"
    # ("on ~95K hours of multilingual speech drawn from D", "on 8.4M co-registered
    # Sentinel-1/Sentinel-2 pairs from D")
    r"|(?:~\s*|about\s+|roughly\s+|approximately\s+|over\s+)?\d[\d.,]*\s*[KMB]?\s+"
    # ("on 1.6 million frontal and lateral radiographs pooled from A, B and C")
    r"(?:[\w/-]+\s+){1,6}?(?:(?:sampled|drawn|taken|collected|curated|"
    r"selected|filtered|mined|gathered|pooled|aggregated|compiled)\s+)?from\s+(?:(?-i:the)\s+)?"
    r"|(?:[\w-]+\s+){1,3}?(?:sampled|drawn|taken|collected|curated|selected|filtered|mined|"
    r"gathered|pooled|aggregated|compiled)\s+from\s+(?:(?-i:the)\s+)?"
    # "pre-trained on 3D conformers from D"
    # (not "on ERA5 reanalysis from 1979 to 2017": lower-case words, then a source)
    r"|(?:(?-i:[a-z][a-z/-]*|\d\w*)\s+){1,3}?from\s+(?:(?-i:the)\s+)?(?!\d))?",
    re.I,
)
#: between one model's training data and the next model of a gapped list: ", B on D2"
_GAPPED_ITEM = re.compile(r"(?:\s+(?:corpus|dataset|data))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_GAPPED_ON = re.compile(r"\s+on\s+(?:the\s+)?")
#: the words a match of ``_TRAIN`` starts with
_TRAIN_OPENERS = ("pre", "re", "train", "fine", "instruction-tun", "tun", "distillation", "adapt")
#: "fine-tune X with D", "adapting X to Swahili with 600 hours of radio and the D subset"
_TRAIN_WITH = re.compile(
    r"\b(?:fine-?tun|finetun|instruction[- ]tun|adapt|re-?train|train)(?:e|ed|es|ing|s)?\b"
    r"(?!-free)(?:(?!\b(?:beat|outperform|surpass|than|achiev|reach|scor|attain|obtain|yield|show|perform|"
    r"improv)\w*)[^.;]){0,60}?"
    r"\bwith\s+(?:the\s+)?(?:\d[\d.,]*\s*[KMB]?\s+(?:hours|tokens|images|samples|examples|pairs)"
    # a name: capitalised, or lower case with a capital or a digit ("xP3x")
    r"\s+of\s+[^,;.()]{0,60}?\s+and\s+(?:the\s+)?)?(?=(?-i:[A-Z]|[a-z]+[A-Z0-9]))",
    re.I,
)
#: "..., followed by a supervised stage on D": a later training stage
#: "Pre-training uses A, B and ...": the data of the paper's training
_TRAINING_USES = re.compile(
    # "the RL prompts are taken from A and B": the paper's model trains on them
    r"\b(?:prompts|problems|questions|instructions|conversations|trajectories)\s+(?:are|were)\s+"
    r"(?:taken|drawn|sampled|sourced|mined|collected|selected)\s+from\s+(?:the\s+)?"
    r"|\b(?:[Pp]re-?training|[Tt]raining|[Ff]ine-?tuning)\s+uses\s+(?:the\s+)?"
    # "pre-training uses 38M re-captioned images from A and B"
    r"(?:[\d.,]+[KMB]?\s+(?:[\w-]+\s+){0,5}?from\s+(?:the\s+)?)?"
    # "The training data combine the relevant portions of A and B with C"
    r"|(?P<combined>\b(?:[Tt]he|[Oo]ur)\s+(?:(?:pre-?training|training|fine-?tuning|SFT)\s+"
    r"(?:data|corpus|mixture|mix|set)"
    # "The supervised stage mixes A, B and C with ..."
    r"|(?:supervised|SFT|instruction|first|pre-?training|fine-?tuning)\s+(?:stage|phase))\s+"
    r"(?:combines?|comprises?|includes?|consists?\s+of|uses|"
    r"mix(?:es)?|draws?\s+on|(?:is|are)\s+drawn\s+from)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:portions?|parts?|subsets?|splits?)\s+of\s+(?:the\s+)?)?"
    # "Our fine-tuning data, D, holds 96k examples"
    r"|\b[Oo]ur\s+(?:(?:pre-?)?training|fine-?tuning|SFT)\s+(?:data|corpus|mixture|set),\s+)"
)
_TRAIN_STAGE = re.compile(
    r"\bfollowed by (?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:stage|phase|round)\s+on\s+(?:the\s+)?",
    re.I,
)
#: "X, which continues training Y on D": D trains X, not Y
_CONTINUES_BEFORE = re.compile(r"\bcontinu(?:es|ing|ed)\s+$")
_ADDED_PART = re.compile(
    r"\b(?:adds?|adding|attach(?:es)?|attaching)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:adapter|head|module|layer|branch)s?\s+$"
)
_VERSION_OF_GAP = re.compile(
    r"\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+)?(?:version|variant|copy|adaptation)\s+of\s+(?:the\s+)?"
)
_OUR_SPLIT = re.compile(r"(?:our|its|the)\s+(?:training|train)\s+(?:split|set|portion)\b")
_RELEASED_AS = re.compile(
    r"[^.;]{0,80}?,\s+which\s+we\s+(?:release|publish|call|name)\s+(?:as\s+)?"
)
_ON_THIS_DATA = re.compile(
    r"(?:On|Using|With)\s+(?:this|these|the\s+new|the\s+resulting|our)\s+"
    r"(?:data|dataset|corpus|collection)s?,?\s+we\s+(?:then\s+)?(?:pre-?)?train\s+(?:the\s+)?"
)
#: a training verb whose object is the paper's model itself, unnamed
_WHOLE_MODEL = re.compile(
    r"[\w-]+\s+(?:the\s+(?:whole|entire|full|combined|unified|resulting)\s+(?:model|system|network)|"
    r"the\s+model\s+end-to-end|our\s+(?:model|system|network|detector|agent))\b",
    re.I,
)
#: "We build X by ...": what the sentence's training makes
_WE_BUILD_BY = re.compile(
    r"\b[Ww]e\s+(?:build|create|obtain|construct|develop|make|derive|train)\s+(?:the\s+)?"
)
_BY_AFTER = re.compile(r"\s+by\s+\w+ing\b")
_TRAIN_DATA_FROM = re.compile(
    # (not the end of a name, "ChartDrift-Train, 52K pairs generated from ...")
    r"\b(?:(?<!-)|(?=(?-i:[a-z])))(?:(?:re-?)?trained|fine-?tuned|finetuned|tuned|aligned|(?:pre-?)?training|fine-?tuning|"
    r"fine-?tunes?|apply|applying|distillation|(?:pre-?)?trains?)\b"
    r"(?:[^.;]|\.(?=\w)){0,80}?"
    r"\b(?:data|examples|samples|instructions|pairs|studies|images|scans|recordings|documents|"
    r"videos|texts|dialogues|conversations|hours|tokens|questions|problems|trajectories|"
    r"demonstrations|utterances|notes|records|reports|articles|statutes|law|clips|frames|text|"
    r"paintings|photographs|photos|artworks|molecules|sequences|structures|proteins|graphs|"
    r"scenes|tables|programs|abstracts|papers|episodes|sessions|transcripts|logs|modules|"
    r"histories|interactions|ratings|reviews|clicks|summaries|music|songs|tracks|traces|"
    r"captions)\s+"
    r"(?:(?:drawn|taken|sourced|collected|generated|derived|synthesi[sz]ed|mined)\s+)?from\s+"
    r"(?:the\s+)?",
    re.I,
)
_TRAIN_DATA_FROM_OPENERS = (
    *("re", "trained", "fine", "tuned", "aligned", "pre", "training", "apply", "distillation"),
    "train",
)
_PLURAL_NOUN_AFTER = re.compile(r"\s+(?!(?:is|has|was|uses|does)\b)[a-z]{3,}[^s\W]?s\b")
_MERGE_OF = re.compile(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,2}?merge\s+of\b")
#: a teacher right after a distillation verb: "we distil Y", "distilled from Y"
_DISTIL_OBJECT_BEFORE = re.compile(
    r"\b(?:we\s+distil+|distil+(?:ed|ing)\s+(?:from|the\s+knowledge\s+of)|distillation\s+"
    r"(?:from|of))\s+(?:the\s+)?$",
    re.I,
)
_EVALUATED_BEFORE = re.compile(
    r"\b(?:[Ww]e\s+)?(?:evaluate|test|compare|benchmark)\s+(?:\w+\s+){0,2}$"
)
_NOT_DONE_BEFORE = re.compile(r"\b(?:need for|without|free of|no|avoids?|avoiding)\s+(?:any\s+)?$")
_BASELINE_BEFORE = re.compile(
    r"\b(?:match\w*|outperform\w*|than|compared (?:to|with)|beats?|surpass\w*)\s+(?:\w+\s+)?$",
    re.I,
)
_COMPARE = re.compile(
    # the look-ahead first: a character that opens no alternative (the boundary at the end
    # of each word, most other letters) fails there, before each of the alternatives is
    # tried (with re.I, the engine cannot skip them by their first letter)
    r"\b(?=[obrecmvitflasw\d])"
    r"(?:outperform\w*|surpass\w*|beats?|beating|rival\w*|exceed\w*|close to|"
    # the verb, not the noun ("university-level matches, captured with ...")
    r"(?<!level )(?<!length )(?<!the )(?<!of )(?<!-)match(?:es|ing)(?![,.;])|"
    r"versus|vs\.|"
    r"comparable (?:performances? |results? |accuracy )?(?:to|with)|on par with|competitive with|"
    r"approach(?:ing|es)(?=\s+[A-Z])|"
    r"compared (?:to|with)|in comparison (?:to|with)|better than|(?<!rather )than(?!\s+\d)|"
    r"fall\w* behind|lag\w* behind|\d+(?:\.\d+)?% of|ahead of|relative to(?=\s+(?:the\s+)?[A-Z])|"
    r"(?:comparisons?|wins?|win rates?)\s+(?:[\w.%-]+\s+){0,3}?against|"
    # "0.912 on B, against 0.889 for Y": the values compare the systems
    r"against(?=\s+\d[\d.]*\s*%?\s+for\s)|"
    r"(?:over|above|below)(?=\s+[A-Z]))\b",
    re.I,
)
_COMPARISON_WINDOW = 200
#: "the prompts are taken from D": training data stated without a training verb
_SOURCED_WORDS = tuple(
    f"re {verb} from"
    for verb in ("taken", "drawn", "sampled", "sourced", "mined", "collected", "selected")
)
#: "The supervised stage mixes A and B": a training stage's data
_STAGE_WORDS = (" stage ", " phase ")
_TRAIN_WORDS = (
    *("train", "tun", "aligned", "distillation", "apply", "adapt"),
    *_STAGE_WORDS,
    *_SOURCED_WORDS,
)
_COMPARE_WORDS = (
    "relative to",
    "outperform",
    "surpass",
    "beat",
    "match",
    "close to",
    "versus",
    "vs.",
    "rival",
    "exceed",
    "comparable",
    "competitive with",
    "approach",
    "on par",
    "compared",
    "comparison",
    "than",
    "behind",
    "% of",
    "ahead",
    "against",
    "over ",
    "above ",
    "below ",
)


@Language.factory("mlkg_paper_relations")
def make_paper_relations(nlp: Language, name: str) -> PaperRelations:
    return PaperRelations()


class PaperRelations:
    def __init__(self) -> None:
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        state = get_state(doc)
        text = state.text
        named = [s for s in state.sentences if state.mentions_in(s[0], s[1])]
        # rare cue words, looked for once in the abstract before sentence by sentence
        whole = (0, len(text))
        rare = (
            state.mentions_words(whole, _NOMINAL_INTRO_WORDS),
            state.mentions_words(whole, _EARLIER_WORDS),
            may_cite_earlier_release(text),
        )
        for sentence in named:  # a sentence that names nothing states no relation
            self._introduces(text, state, sentence, rare)
            if opening := RESULTS_NAMED.match(text, sentence[0]):
                # "The resulting checkpoints, X1 and X2, reach ...": what the paper made
                found = hits(state, opening.end(), sentence[1], (MODEL,))
                if found and found[0].start == opening.end():
                    for hit in listed(text, found):
                        self._introduce(state, hit.name, sentence, 0.75)
        self._new_subject(text, state, named)
        self._family_members(state)
        for entity in state.entities.values():
            if entity.component == COINED and entity.type == METHOD:
                # "a procedure we call residual spread sampling (RSS)": the paper's own
                self._introduce(state, entity.name, state.sentence_of(entity.mentions[0][0]), 0.7)
        if "predecessor" in text:
            _drop_predecessors(text, state)
        for sentence in named:
            if state.mentions_words(sentence, _TRAIN_WORDS):
                self._trained_on(text, state, sentence)
                self._trained_on_this_data(text, state, sentence)
                if text.count(" on ", sentence[0], sentence[1]) > 1:
                    self._gapped_trained_on(text, state, sentence)
                if text.startswith(("On ", "Using "), sentence[0]):
                    _fronted_training_data(text, state, sentence)
            if text.startswith("To ", sentence[0]):
                self._data_built_to_train(text, state, sentence)
            if state.mentions_words(sentence, _COMPARE_WORDS):
                self._compared_with(text, state, sentence)
        self._repositories(state)
        return doc

    # ---------------------------------------------------------------- introduces
    def _known(self, hit) -> bool:
        """Whether the name (or its family) is a widely known one, not an acronym the
        abstract defines anew ("an Emotion Recognition Model (ERM)" is no known ERM)."""
        return bool(self.lexicon.types_of(_family_of(hit.name))) and not (
            self.lexicon.expanded_otherwise(hit.name, hit.entity.aliases)
        )

    def _introduce(self, state: DocState, name: str, sentence, confidence: float) -> None:
        add_relation(
            state,
            Relation(PAPER_HEAD, INTRODUCES, name, sentence, COMPONENT, confidence),
        )

    def _introduces(
        self, text: str, state: DocState, sentence: tuple[int, int], rare: tuple[bool, ...]
    ) -> None:
        start, end = sentence
        nominal, earlier, released = rare  # whether the abstract holds the rare cues' words
        verbs = chain(
            state.matches(_INTRO_VERB, _INTRO_VERB_OPENERS, start, end),
            _NOMINAL_INTRO.finditer(text, start, end)
            if nominal and state.mentions_words(sentence, _NOMINAL_INTRO_WORDS)
            else (),
            # "We ... fine-tune several LLMs to develop X": the purpose names what is made
            _TO_DEVELOP.finditer(text, start, end)
            if state.mentions_words(sentence, _TO_DEVELOP_WORDS)
            and _WE_OPENS.match(text, start, end)
            else (),
        )
        earlier_cues = earlier_releases(text, start, end) if released else []
        # whether the sentence holds an introducing verb, noted on the way: the loop reads
        # every match, and looking for the first one again below cost a scan of the words
        has_intro_verb = False
        for verb in verbs:
            if verb.re is _INTRO_VERB:
                has_intro_verb = True
            if any(cue.start() <= verb.start() < cue.end() for cue in earlier_cues):
                continue  # "Last year we released X": not this paper's
            stop = object_end(text, verb.end(), end)
            for name_start, name_end, _ in state.mentions_in(verb.end(), end):
                if name_start < stop < name_end:  # "by" inside "Thinking by Subtraction"
                    stop = object_end(text, name_end, end)
            # "we train / build on / obtain X" makes X new only when X is not a known name:
            # a paper that fine-tunes Llama 3 does not introduce it
            using = _USING_VERB.search(verb.group(0)) is not None
            described = None  # where the description of an introduced name starts
            for hit in hits(state, verb.end(), stop):
                if self._comparison_context(text, sentence, hit.start):
                    continue
                if text[hit.start - 1 : hit.start] == "(" and any(
                    hit.start - 3 <= e < hit.start and self.lexicon.types_of(text[s:e])
                    for s, e in hit.entity.mentions
                ):
                    continue  # "leveraging Stable Diffusion (SD)": a known name, not new
                if described is not None and _in_parentheses(text, described, hit.start):
                    continue  # "StructEval, a benchmark of ... formats (JSON, YAML)": examples
                if (
                    described is not None
                    and _DESCRIPTION_OPENING.fullmatch(text, described, hit.start)
                    and _KIND_AFTER.match(text, hit.end)
                ):
                    continue  # "SASQ, a lightweight QAT framework": the kind, not a new name
                if using and self._known(hit):
                    continue
                if (
                    using
                    and hit.entity.type in DATA_TYPES
                    and self.lexicon.types_of(_DATA_VERSION_END.sub("", hit.name))
                ):
                    continue  # "we pre-train X on A and Common Voice 16": a known corpus's release
                if _VARIANTS_AFTER.match(text, hit.end):
                    continue  # "we construct three lightweight HMR2.0 variants": not HMR2.0
                if _MADE_WITH_AFTER.match(text, hit.end):
                    continue  # "X, a GPT-5.2 generated benchmark": the tool that made it
                if (
                    described is not None
                    and _PREPOSITION_BEFORE.search(text, max(start, hit.start - 30), hit.start)
                    and _NOUN_AFTER.match(text, hit.end)
                ):
                    continue  # "X, a framework for SKEL parameter estimation": a modifier
                if described is not None and (
                    (" " in hit.name and self.lexicon.types_of(hit.name.rsplit(" ", 1)[1]))
                    or _PLURAL_NOUN_AFTER.match(text, hit.end)
                ):
                    # "X, an uncertainty-aware Bayesian U-Net that": a kind of U-Net; "D, a
                    # corpus of ... Sentinel-2 and Landsat 8 patches": what D holds
                    continue
                if _ENTRY_TO.search(text, verb.end(), hit.start):
                    continue  # "we present our submission to the X Challenge": X is not new
                if _MERGE_OF.search(text, verb.end(), hit.start):
                    continue  # "we build X, a merge of A and B": A and B are not new
                if (
                    described is not None
                    or _PREPOSITION.search(text, verb.end(), hit.start)
                    or _COMPONENT_AFTER.match(text, hit.end)
                    or _A_NEW_KIND_OF.search(text, verb.end(), hit.start)
                ) and self._known(hit):
                    # "we introduce a module within the ResNet backbone", "we propose
                    # WildSplatter, a feed-forward 3D Gaussian Splatting (3DGS) model", "we
                    # introduce a voxel Mamba module"
                    continue
                # from the verb on: "we use it to build X" is no object of "to"
                if not _OBJECT_OF.search(text, max(verb.end(), hit.start - 40), hit.start):
                    self._introduce(state, hit.name, sentence, 0.85)
                    if described is None and (m := _DESCRIPTION.match(text, hit.end)):
                        described = m.end()
            if described is not None:
                # "We introduce A, a benchmark of tasks collected from ..., and B, an agent
                # that ...": a second name with its own description is introduced too
                for hit in hits(state, stop, end):
                    if _AND_THEN.search(text, stop, hit.start) and _DESCRIPTION.match(
                        text, hit.end
                    ):
                        self._introduce(state, hit.name, sentence, 0.8)
        if _PASSIVE_PARTICIPLE.search(text, start, end) and (
            passive := _PASSIVE_INTRO.search(text, start, end)
        ):
            for hit in hits(state, start, passive.start()):
                self._introduce(state, hit.name, sentence, 0.7)
        found = hits(state, start, end)
        into = text.find("into ", start, end) >= 0  # both cues need it: a cheap test first
        made_into = chain(
            _WE_MAKE_INTO.finditer(text, start, end) if into else (),
            _EXTENDED_INTO.finditer(text, start, end)
            if into and earlier and state.mentions_words(sentence, _EARLIER_WORDS)
            else (),
        )
        for made in made_into:
            # "we distil the knowledge of GraphCast into a smaller network, MiniCast": the
            # result is new
            result = [h for h in found if h.start == made.end()]
            if result and not self.lexicon.types_of(_family_of(result[0].name)):
                self._introduce(state, result[0].name, sentence, 0.75)
        for hit in found:
            if (
                hit.type in DATA_TYPES
                and text.startswith(",", hit.end)
                and _OWN_DATA_APPOSITIVE.match(text, hit.end)
                and not self.lexicon.types_of(_family_of(hit.name))
            ):
                self._introduce(state, hit.name, sentence, 0.75)
        if has_intro_verb:
            for hit in found:
                if (
                    hit.type in DATA_TYPES
                    and _DATA_APPOSITIVE.match(text, hit.end)
                    and not self.lexicon.types_of(_family_of(hit.name))
                ):
                    # "We introduce X, a model pre-trained on D, a corpus of 31B points": D
                    # is described as new data, in a sentence that introduces
                    self._introduce(state, hit.name, sentence, 0.7)
        for index, hit in enumerate(found):
            left = text[max(start, hit.start - 60) : hit.start]
            if (
                _may_name(left)
                and (
                    _NAMING_INTRO.search(left)
                    # "Our main artefact, X, is ...": what the paper says it made
                    or ("ur main " in left and _OUR_MAIN_LEFT.search(left))
                )
                # "two public datasets, namely ATIS and ...": a list of existing ones
                and not _PLURAL_NAMELY.search(left)
                # "prompting of API models, namely A and B" (not "two new models, namely")
                and not (_KINDS_NAMELY.search(left) and not _NEW_WORD.search(left))
                # "such as Stable Diffusion ... and its successor SDXL": a known heir
                and not (
                    _ITS_HEIR_LEFT.search(left) and self.lexicon.types_of(_family_of(hit.name))
                )
            ):
                self._introduce(state, hit.name, sentence, 0.8)
                if _RESULTS_LEFT.search(left):
                    # "yielding A-CLiPO and B-CLiPO": each name of the list is a result
                    for mate in listed(text, found[index:])[1:]:
                        self._introduce(state, mate.name, sentence, 0.8)
                continue
            if _NEW_APPOSITIVE.match(text, hit.end) or (
                (
                    _OUR_NEW_LEFT.search(text, max(start, hit.start - 10), hit.start)
                    or _OWN_SENTENCE_OPENING.fullmatch(text, start, hit.start)
                )
                and not self.lexicon.types_of(_family_of(hit.name))
            ):
                self._introduce(state, hit.name, sentence, 0.8)
        if found and found[0].start == start and _DEFINED_HERE.match(text, found[0].end):
            # "PixelFlow-XL is a 675M-parameter flow transformer ...", "X is initialized from
            # Y and ...": a name the abstract first writes as the subject of its definition
            first = found[0]
            if min(first.entity.mentions)[0] == first.start and not self.lexicon.types_of(
                _family_of(first.name)
            ):
                self._introduce(state, first.name, sentence, 0.7)

    @staticmethod
    def _comparison_context(text: str, sentence: tuple[int, int], offset: int) -> bool:
        left = text[sentence[0] : offset]
        return bool(
            re.search(r"\b(?:than|such as|e\.g\.|including|compared)\b[^,;]*$", left)
            # "leveraging VFMs, including Swin Transformer, GroupMixFormer, and VMamba"
            or _EXAMPLE_LIST_BEFORE.search(left)
        )

    def _new_subject(self, text: str, state: DocState, named: list[tuple[int, int]]) -> None:
        """A paper that introduces no model with an introducing verb often just starts a
        sentence with its new model's name ("PointLite compresses Point Transformer V3
        into ...", "GeoSAM adapts the Segment Anything Model ..."): the first unknown,
        name-shaped model that opens a sentence (not the first, which sets the scene) as
        its subject, where the abstract names it for the first time, is introduced."""
        if any(e.type == MODEL for e in introduced(state)):
            return
        for sentence in named:
            if sentence == state.sentences[0]:
                continue
            found = hits(state, sentence[0], sentence[0] + 60, (MODEL,))
            if not found or found[0].start != sentence[0]:
                continue
            first = found[0]
            if (
                min(first.entity.mentions)[0] == first.start
                and is_name_shaped(first.name)
                and not self.lexicon.types_of(_family_of(first.name))
                and not self._known_prefix(first.name)  # "Gemini-3.5-Flash", "MobileNetV2"
                and _NEW_SUBJECT_VERB.match(text, first.end)
            ):
                self._introduce(state, first.name, sentence, 0.6)
                return

    def _known_prefix(self, name: str) -> bool:
        """Whether the name starts with a known model's ("MobileNetV2" with MobileNet)."""
        return any(self.lexicon.types_of(name[:end]) for end in range(4, len(name)))

    def _family_members(self, state: DocState) -> None:
        """Named members of an introduced family: ``Qwen2-72B`` when the paper introduces Qwen2."""
        families = [e for e in introduced(state) if e.type == MODEL]
        for entity in list(state.entities.values()):
            if entity.type != MODEL or any(r.tail == entity.name for r in state.relations):
                continue
            if any(contains_name(entity.name, family.name) for family in families):
                first = min(entity.mentions)
                self._introduce(state, entity.name, state.sentence_of(first[0]), 0.6)

    # ---------------------------------------------------------------- trainedOn
    def _trained_on(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        start, end = sentence
        uses = (
            list(_TRAINING_USES.finditer(text, start, end))
            if state.mentions_words(
                sentence,
                (" uses ", "training ", "tuning ", "sft ", " stage ", " phase ", *_SOURCED_WORDS),
            )
            else []
        )
        # where each training verb of the sentence ends, and whom it trained, by its start
        heads_at: dict[int, tuple[int, Entity]] = {}
        for match in [
            *state.matches(_TRAIN, _TRAIN_OPENERS, start, end),
            # (every match holds "from": without it, each opener costs a lazy scan of 80
            # characters that tries the pattern's sixty nouns at every step)
            *(
                state.matches(_TRAIN_DATA_FROM, _TRAIN_DATA_FROM_OPENERS, start, end)
                if state.may_mention(sentence, ("from",))
                else ()
            ),
            *(
                _TRAIN_WITH.finditer(text, start, end)
                if state.mentions_words(sentence, (" with ",))
                else ()
            ),
            *(
                _TRAIN_STAGE.finditer(text, start, end)
                if state.mentions_words(sentence, ("followed by",))
                else ()
            ),
            *uses,
        ]:
            if match.re is not _TRAINING_USES and any(
                u.start() <= match.start() < u.end() and not u.group("combined") for u in uses
            ):
                continue  # "pre-training uses N images from D": the paper's model, read below
            if _BASELINE_BEFORE.search(text, max(start, match.start() - 40), match.start()):
                continue  # "matches full fine-tuning on X": a baseline, not how X was made
            if _NOT_DONE_BEFORE.search(text, max(start, match.start() - 30), match.start()):
                continue  # "eliminates the need for fine-tuning on X": not done
            if _EVALUATED_BEFORE.search(text, max(start, match.start() - 30), match.start()):
                continue  # "We evaluate frozen and fine-tuned encoders on X": a test
            data = _listed(
                text, hits(state, match.end(), object_end(text, match.end(), end), DATA_TYPES)
            )
            data = [h for h in data if not re.match(r"\s+benchmarks?\b", text[h.end :])]
            named = [
                h
                for h in hits(state, match.start(), match.end(), DATA_TYPES)
                if text.endswith(", ", 0, h.start) and text.startswith(",", h.end)
            ]
            if match.re is _TRAIN_DATA_FROM and named:
                # "Its training set, D, merges problems from A, B and C": D is the training
                # data; A, B and C are D's sources
                data = named[:1]
            if match.re is _TRAIN_WITH and data and data[0].start != match.end():
                continue  # "trained with fDPO, sets a new SoTA on B": the method, not data
            if (
                match.re is _TRAINING_USES
                and match.group("combined")
                and data
                and data[0].start != match.end()
            ):
                continue  # "the training set mixes 18M clips filtered from D": read below
            mates: list[Entity] = []
            if not data and _OUR_SPLIT.match(text, match.end()):
                data = _introduced_data(state)  # "fine-tune Y on our training split"
            if not data and re.match(r"(?:it|them|this dataset|this data)\b", text[match.end() :]):
                data = _introduced_data(state, match.end())
            if named := _RELEASED_AS.match(text, match.end(), end):
                # "trained on 1,200 hours of speech we collected, which we release as D"
                data = data + [
                    h for h in hits(state, named.end(), end, DATA_TYPES) if h.start == named.end()
                ]
            if not data:
                continue
            if match.group(0).lower().startswith("distillation") and _TRAINING_VERB.search(
                text, start, match.start()
            ):
                continue  # "X continues training Y with a distillation objective on D": X's
            # "fine-tuned from Y with data from D": Y is the parent, not what was trained
            # "we fine-tune X on D": X right after the verb ("a fine-tuned version of Y,
            # trained on D" is not Y's)
            between = [
                h
                for h in hits(state, match.start(), match.end(), (MODEL,))
                if _RIGHT_AFTER_VERB.fullmatch(text, match.start(), h.start)
            ]
            made_by = re.search(
                r"\bby\s+(?:further\s+|first\s+|continual(?:ly)?\s+)?$", text[start : match.start()]
            )
            product = _WE_BUILD_BY.search(text, start, match.start())
            made = hits(state, product.end(), product.end() + 60, (MODEL,)) if product else []
            if match.re is _TRAINING_USES:
                # "X ... . Pre-training uses D", "..., and pre-training uses D", "the RL prompts
                # are taken from D": the paper's model, whatever model the sentence names
                head = main_entity(state, (MODEL,)) or previous_subject(state, sentence)
            elif made and _BY_AFTER.match(text, made[0].end):
                head = made[0].entity  # "We build X by extending Y ... and tuning it on D"
            elif _WHOLE_MODEL.match(text, match.start()) and (own := main_entity(state, (MODEL,))):
                head = own  # "we ... and train the whole model on D": the paper's model
            elif (part := _ADDED_PART.search(text, start, match.start())) and (
                owner := hits(state, start, part.start(), (MODEL,))
            ):
                head = owner[0].entity  # "X takes Y as its base and adds an adapter trained on D"
            elif (
                between and not made_by and not _CONTINUES_BEFORE.search(text, start, match.start())
            ):
                head = between[0].entity  # "we fine-tune X on D"
                adapted = adapted_base(state, sentence)
                if adapted is not None and adapted[0].start == between[0].start:
                    head = adapted[1]  # "We present X. We fine-tune Y on D": D trained X
            elif _unnamed_subject(text, state, max(start, match.start() - 80), match.start()):
                continue  # "a state-of-the-art method pre-trained on D": no name to train
            elif whose := _WHOSE_PART_TRAINED.search(text, start, match.start()):
                # "X, a policy whose action head is trained on D": D trained X
                first = text.find("whose", start, whose.end())  # "whose ... and whose ..."
                owners = hits(state, start, first, (MODEL,))
                head = owners[-1].entity if owners else None
                if len(owners) > 1 and _VERSION_OF_GAP.fullmatch(
                    text, owners[-2].end, owners[-1].start
                ):
                    head = owners[-2].entity  # "X is a version of Y whose trunk is retrained on D"
            else:  # "X is trained on D", "X, obtained by fine-tuning Y on D"
                head = (
                    _appositive_subject(text, state, start, match.start())
                    or _coordinated_subject(text, state, start, match.start())
                    or subject_before(state, sentence, match.start(), (MODEL,))
                )
                earlier = max((at for at in heads_at if at < match.start()), default=None)
                if (
                    earlier is not None
                    and _AND_THEN_BEFORE.search(text, max(start, match.start() - 24), match.start())
                    and not hits(state, heads_at[earlier][0], match.start(), (MODEL,))
                ):
                    # "X, a Y model pre-trained on A and then fine-tuned on B": the subject
                    # of the participle it is coordinated with, no model named between
                    head = heads_at[earlier][1]
                if _PRONOUN_OPENS.match(text, start) and (
                    earlier := previous_subject(state, sentence)
                ):
                    head = earlier  # "X is ... . It is trained on D": the earlier sentence's X
                elif _OWN_MODEL_OPENS.match(text, start) and _own_model_trained(
                    text, hits(state, start, match.start(), (MODEL,)), start, match.start()
                ):
                    # "The policy is first adapted on A used by Y and then fine-tuned on B":
                    # the paper's model, whatever model an object names
                    head = main_entity(state, (MODEL,)) or head
                if head is None and _TRAINING_OPENS.match(text, start):
                    # "X is upcycled from Y. Training continues for 400B tokens on D"
                    head = previous_subject(state, sentence)
                opener = COMPARED_OPENER.match(text, start, match.start())
                if (
                    opener
                    and _OWN_SUBJECT_AFTER.match(text, opener.end())
                    and not hits(state, opener.end(), match.start(), (MODEL,))
                ):
                    # "Compared with its predecessor Y, the new series is pre-trained on D":
                    # the paper's model, not the one it is compared with
                    head = main_entity(state, (MODEL,)) or head
                if head is not None and _PLURAL_APPOSITIVE.search(text, start, match.start()):
                    # "we release A and B, Llama-based models finetuned on D": both
                    mates = _listed_before(text, state, start, head)
                elif head is not None and _LIST_THEN_VERB.search(text, start, match.start()):
                    # "A and B, continually pre-trained from ... on D": each of the list
                    last = [h for h in hits(state, start, match.start(), (MODEL,))][-1:]
                    if last and last[0].entity is head:
                        mates = _listed_before(text, state, start, head, match.start())
            adapted = (
                adapted_base(state, sentence)
                if head is not None and head not in introduced(state)
                else None
            )
            if adapted is not None and adapted[0].entity is head:
                head = adapted[1]  # "We present X. Y is continually trained on D": X
            if head is not None and (owner := _x_is_y_owner(text, state, sentence, head)):
                head = owner  # "X is Y further pre-trained on D": D trained X
            if head is not None and (made := _made_from_parent(text, state, sentence, head, match)):
                head = made  # "Each model is initialised from Y and pre-trained on D": not Y
            if (
                head is not None
                and any(
                    start <= s < match.start()
                    and _DISTIL_OBJECT_BEFORE.search(text, max(start, s - 30), s)
                    for s, _ in head.mentions
                )
                and (own := main_entity(state, (MODEL,))) is not None
            ):
                head = own  # "we distil Y through fine-tuning on D": Y teaches, the paper's learns
            if re.match(r"\s*$", text[start : match.start()]) and not between:
                # "Trained on D, X matches ...": the participle's subject comes after it
                # (not the paper's main model, which subject_before falls back to)
                after = hits(state, data[-1].end, end, AGENT_TYPES)
                if after and after[0].type != MODEL and text[data[-1].end : after[0].start] != ", ":
                    after = [h for h in after if h.type == MODEL]  # only a method set off by ", "
                head = after[0].entity if after else head
            obtained = _TO_OBTAIN.search(text, match.end(), min(end, match.end() + 100))
            if obtained:  # "fine-tune Y on D to obtain X": X is what D trained
                made = hits(state, obtained.end(), obtained.end() + 40, (MODEL,))
                head = made[0].entity if made else head
            called = (
                _WE_CALL.match(text, data[-1].end, end)
                or _CALL_RESULT.search(text, data[-1].end, end)
                or _TRAINED_THEN_NAMED.match(text, match.end())
            )
            if called:  # "a model trained on D, which we call X", "...; we call the result X"
                named = hits(state, called.end(), end, AGENT_TYPES)
                if named and named[0].start == called.end():
                    # "... and release the results as X and Y": each is what D trained
                    head, *others = [h.entity for h in listed(text, named)]
                    mates = others
            if head is None:
                continue
            heads_at[match.start()] = (match.end(), head)
            if _FAMILY_SUBJECT.search(text, start, match.start()):
                # "the new series is pre-trained on D": each of its sizes is
                mates = [*mates, *_sizes_of(state, head)]
            for owner in [head, *(m for m in mates if m is not head)]:
                if owner.type == METHOD and _UNNAMED_MODEL_TRAINED.search(
                    text, match.start(), data[0].start
                ):
                    continue  # "Training a 0.2B model on D, our method ...": not the method's
                for hit in data[:5]:
                    add_relation(
                        state,
                        Relation(owner.name, TRAINED_ON, hit.name, sentence, COMPONENT, 0.7),
                    )

    def _data_built_to_train(self, text: str, state: DocState, sentence) -> None:
        """ "To pre-train it, we construct D, ...": D trained the model "it" stands for (the
        one the sentence names instead, "To train X, we build D")."""
        opener = _TO_TRAIN_WE_BUILD.match(text, sentence[0], sentence[1])
        if opener is None:
            return
        data = hits(state, opener.end(), sentence[1], DATA_TYPES)
        if not data or data[0].start != opener.end():
            return
        named = hits(state, sentence[0], opener.end(), (MODEL,))
        heads = [named[0].entity] if named else []
        if opener.group("it"):
            heads = [
                h for h in [previous_subject(state, sentence) or main_entity(state, (MODEL,))] if h
            ]
        at = state.sentences.index(sentence)
        if opener.group("it") == "them" and at:
            # "A and B are fine-tuned from ... . To train them, we construct D": each of A and B
            before = state.sentences[at - 1]
            models = hits(state, before[0], before[1], (MODEL,))
            if models and models[0].start == before[0] and len(group := listed(text, models)) > 1:
                heads = [hit.entity for hit in group]
        for head in heads:
            if head.type == MODEL:
                relation = Relation(head.name, TRAINED_ON, data[0].name, sentence, COMPONENT, 0.65)
                add_relation(state, relation)

    def _gapped_trained_on(self, text: str, state: DocState, sentence) -> None:
        """ "A was pre-trained on D1, B on D2 and C on the D3 corpus": the verb said once, each
        later model with its own data."""
        data = hits(state, sentence[0], sentence[1], DATA_TYPES)
        for trained in [
            r for r in state.relations if r.rel == TRAINED_ON and r.sentence == sentence
        ]:
            at = next((h.end for h in data if h.name == trained.tail), None)
            while at is not None and (gap := _GAPPED_ITEM.match(text, at, sentence[1])):
                model = hits(state, gap.end(), sentence[1], (MODEL,))[:1]
                if not model or model[0].start != gap.end():
                    break
                on = _GAPPED_ON.match(text, model[0].end, sentence[1])
                item = [h for h in data if on and h.start == on.end()]
                if not item:
                    break
                relation = Relation(
                    model[0].name, TRAINED_ON, item[0].name, sentence, COMPONENT, 0.65
                )
                add_relation(state, relation)
                at = item[0].end

    def _trained_on_this_data(self, text: str, state: DocState, sentence) -> None:
        """ "We construct D ... On this data we train X": X is trained on the dataset the
        paper introduces."""
        cue = _ON_THIS_DATA.match(text, sentence[0])
        if cue is None:
            return
        made = hits(state, cue.end(), sentence[1], (MODEL,))
        data = _introduced_data(state)
        if made and made[0].start == cue.end() and data:
            add_relation(
                state,
                Relation(made[0].name, TRAINED_ON, data[0].name, sentence, COMPONENT, 0.65),
            )

    # ---------------------------------------------------------------- comparedWith
    def _compared_with(self, text: str, state: DocState, sentence: tuple[int, int]) -> None:
        start, end = sentence
        compared: set[int] = set()  # starts of names already compared *with*
        opener = COMPARED_OPENER.match(text, start, end)
        for match in _COMPARE.finditer(text, start, end):
            if opener is not None and match.start() < opener.end():
                compared.update(self._compared_in_opener(state, sentence, match, opener))
                continue
            stop = min(end, match.end() + _COMPARISON_WINDOW)
            stop = min(stop, _next_clause(text, match.end(), end))
            tails = [
                h
                for h in hits(state, match.end(), stop, (MODEL,))
                # "outperforms Y by 6.4 points as judged by Z": Z is the judge
                if not _JUDGED_BY.search(text, max(match.end(), h.start - 24), h.start)
            ]
            if (
                match.group().lower() in ("over", "above", "below")
                and tails
                and _UNITS_AFTER.match(text, tails[0].end)
            ):
                tails = []  # "improves over A", not "a transformer over EnCodec tokens, ..."
            if match.group().endswith("of"):
                # "96% of GPT-4's quality" compares; "52.6% of B questions ... and Y" does not
                tails = [
                    h for h in tails if re.fullmatch(r"\s*(?:the\s+)?", text[match.end() : h.start])
                ]
            if not tails:
                continue
            # "X is on par with A and above B": every comparison is X's; a name that
            # was itself compared with earlier in the sentence is not a subject
            subjects = [
                h for h in hits(state, start, match.start(), AGENT_TYPES) if h.start not in compared
            ]
            # "X combined with a Chain-of-Thought prompt ..., outperforming Y": the
            # instrument is no subject
            instruments = [
                h
                for h in subjects
                if _INSTRUMENT_BEFORE.search(text, max(start, h.start - 24), h.start)
            ]
            if instruments and len(instruments) < len(subjects):
                subjects = [h for h in subjects if h not in instruments]
            after_names = subjects[-1].end if subjects else start
            if _IT_BEFORE.search(
                text, max(start, match.start() - 12), match.start()
            ) or _PRONOUN_SUBJECT.search(text, after_names, match.start()):
                # "raters prefer it over X": "it" is the paper's model, not the last name;
                # "On LLaMA2-7B, it achieves lower perplexity than X": nor the opener's
                head = previous_subject(state, sentence) or main_entity(state)
            elif subjects and _UNNAMED_NEW_SUBJECT.search(text, subjects[-1].end, match.start()):
                continue  # "X scores 92.9, and its 7B sibling surpasses Y": not X's comparison
            elif len(subjects) > 1 and _VERSION_OF_GAP.fullmatch(
                text, subjects[-2].end, subjects[-1].start
            ):
                head = subjects[-2].entity  # "X is a version of Y ..., approaching Z": X
            elif subjects:
                head = subject_of(text, subjects).entity
            else:  # "The chat model is ahead of Y": the "-Chat" model, else the paper's
                head = variant_subject(state, sentence) or main_entity(state)
            compared.update(h.start for h in tails)
            if head is None:
                continue
            for hit in tails:
                if hit.name != head.name:
                    add_relation(
                        state,
                        Relation(head.name, COMPARED_WITH, hit.name, sentence, COMPONENT, 0.7),
                    )

    def _compared_in_opener(
        self, state: DocState, sentence: tuple[int, int], match: re.Match[str], opener
    ) -> list[int]:
        """ "Compared to Y, X enhances ...": the names before the comma are compared with,
        the name right after it (else the paper's main entity) compares; returns the
        starts of the names compared with."""
        tails = hits(state, match.end(), opener.end(), (MODEL,))
        after = hits(state, opener.end(), sentence[1], AGENT_TYPES)
        if after and _OWN_OR_THE.fullmatch(state.text, opener.end(), after[0].start):
            head = after[0].entity
        else:  # "..., it is faster", "..., the new model handles": the paper's own
            head = main_entity(state) or previous_subject(state, sentence)
        for hit in tails:
            if head is not None and hit.name != head.name:
                add_relation(
                    state,
                    Relation(head.name, COMPARED_WITH, hit.name, sentence, COMPONENT, 0.7),
                )
        return [hit.start for hit in tails]

    # ---------------------------------------------------------------- repositories
    def _repositories(self, state: DocState) -> None:
        for repo in state.repositories:
            sentence = state.sentence_of(repo.start)
            add_relation(
                state,
                Relation(PAPER_HEAD, HAS_REPOSITORY, repo.url, sentence, "mlkg_urls", 0.95),
            )
            clause = _clause_start(state.text, sentence[0], repo.start)
            # "... found here (URL1) and the code for X can be found here (URL2)": URL2's
            # clause starts after the first link
            for link in _LINK_THEN_NEXT.finditer(state.text, clause, repo.start):
                clause = link.end()
            owners = [
                hit.entity
                for hit in hits(state, clause, repo.start)
                # "our fine-tuned models on Y can be found at URL": the models, not Y
                if not _BASE_OF_OWNER.search(state.text, max(clause, hit.start - 25), hit.start)
            ]
            if not owners:
                owners = _named_by_link(state, repo.url)
            for owner in owners:
                add_relation(
                    state,
                    Relation(owner.name, HAS_REPOSITORY, repo.url, sentence, COMPONENT, 0.8),
                )


def _named_by_link(state: DocState, url: str) -> list[Entity]:
    """What a link the sentence names nothing for holds, by the link itself:
    "https://huggingface.co/lab/RepoCoder-15B" holds RepoCoder-15B (the paper's own
    "X-2" rather than an earlier "X" the last part also spells); an organisation or project
    page ("huggingface.co/kite-lm", "kite.github.io") holds the family the paper introduces
    whose name it starts with."""
    last = match_key(url.rstrip("/").rsplit("/", 1)[-1])
    own = [e for e in introduced(state) if e.type in (MODEL, METHOD, *DATA_TYPES)]
    named = [e for e in state.entities.values() if e.key == last]
    if named:
        if named[0] in own:
            return named
        newer = [e for e in own if e.key.startswith(named[0].key)]
        return newer[:1] or named
    host, _, path = url.split("://", 1)[-1].partition("/")
    parts = [match_key(part) for part in (host.split(".")[0], *path.split("/")) if part]
    for entity in own:
        stem = _LETTERS.match(entity.key)
        if stem and len(stem.group(0)) >= 4 and any(p.startswith(stem.group(0)) for p in parts):
            return [entity]
    return []


_LETTERS = re.compile(r"[^\W\d_]+")
#: "over EnCodec tokens": the things a model works over, not a system it beats
_UNITS_AFTER = re.compile(
    r"\s+(?:tokens?|codes?|latents?|features?|embeddings?|representations?|outputs?|units?)\b"
)
#: ("a dataset built within the CARLA simulator", "using the X backbone": a modifier)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:for|of|in|on|with|to|within|inside|from|by|using|via|upon)\s+(?:[a-z]+ing\s+)?"
    r"(?:the\s+)?$"
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|for|with|from|into|that|which|are|was|were|has|have)\b)[a-z]{3,}\b"
)
_OWN_OR_THE = re.compile(r"\s*(?:(?:our|the)\s+)?")
_JUDGED_BY = re.compile(r"\b(?:judged|rated|scored|graded|assessed)\s+by\s+(?:the\s+)?$")
_UNNAMED_NEW_SUBJECT = re.compile(
    r",\s+(?:and|while|but|whereas)\s+(?:its|their|the|our)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:sibling|variant|version|counterpart|model|student)s?\b"
)
_PRONOUN_SUBJECT = re.compile(r"[,;]\s+(?:it|this model|our model)\s")
_IT_BEFORE = re.compile(r"\b(?:it|them)\s+$")
#: between listed data names; "A and text-only B": a hyphenated modifier may lead the next
_TRAINING_VERB = re.compile(r"\btrain(?:s|ing|ed)?\b")
#: the paper's own system named without its name: "the new series", "our model"
_OWN_SUBJECT_AFTER = re.compile(r"(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:new\s+|proposed\s+)?[a-z]+")
#: a subject that stands for a whole family: "the new series", "all sizes", "each model"
_FAMILY_SUBJECT = re.compile(
    r"\b(?:[Tt]he\s+(?:new\s+|whole\s+|entire\s+)?(?:series|family|suite)|[Aa]ll\s+(?:three\s+|"
    r"two\s+|four\s+)?(?:sizes|models|variants)|[Ee]ach\s+(?:size|model|variant))\b"
)
_SIZE_TAIL = re.compile(
    r"[- ](?:\d+(?:\.\d+)?[BbMm]|[SMLsml]|XL|Small|Medium|Large|Mini|Nano|Tiny)$"
)


def _sizes_of(state: DocState, family: Entity) -> list[Entity]:
    """The models of the abstract named as sizes of ``family`` ("Tamarind-2-7B" of
    "Tamarind-2"), not its tuned releases ("-Instruct")."""
    return [
        e
        for e in state.entities.values()
        if e.type == MODEL
        and e.name.startswith(family.name)
        and _SIZE_TAIL.fullmatch(e.name[len(family.name) :])
    ]


#: "Training a 0.2B-parameter model from scratch on D": an unnamed model is what D trains
_UNNAMED_MODEL_TRAINED = re.compile(
    r"\b(?:an?|the|our)\s+(?:[\w.-]+\s+){0,3}?(?:model|network|transformer|LM|student)\b"
)
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)(?:the\s+)?(?:[a-z]+-[a-z][\w-]*\s+)?"
    # "A and a re-filtered copy of B", "A and a machine-translated slice of B"
    # "A and the scientific papers of B"
    r"(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:slice|copy|subset|portion|sample|split|shard|"
    r"papers|documents|pages|articles|books|files)\s+of\s+"
    r"(?:the\s+)?)?"
)


def _listed(text: str, found: list) -> list:
    """The first data name and the ones listed with it ("on A, B and C", "A/B")."""
    return listed(text, found, _LIST_GAP)


_PARENT_BEFORE = re.compile(
    r"\b(?:initiali[sz]ed|fine-?tuned|finetuned|distilled|built|derived|adapted)\s+(?:up)?"
    r"(?:from|on)\s+(?:the\s+)?$"
)
#: a second step after the parent is named: "... from Y and (then) fine-tuned on D"
_THEN_TRAINED = re.compile(r"\b(?:and|then)\b")
#: the paper's model, or a part of it ("The visual encoder is initialised from Y and then
#: fine-tuned on D": D trains the paper's model, not Y)
_EACH_MODEL = re.compile(
    r"\b(?:[Ee]ach|[Ee]very|[Tt]he|[Oo]ur|[Ii]ts)\s+(?:new\s+)?(?:models?|"
    r"(?:[\w-]+\s+)?(?:encoder|decoder|backbone|student))\b"
)


def _made_from_parent(text: str, state: DocState, sentence, head: Entity, match) -> Entity | None:
    """The model a training clause is about when the name before it is only its parent
    ("Each model is initialised from the Qwen2.5 base model and pre-trained on D")."""
    mentions = [h for h in hits(state, sentence[0], match.start(), (MODEL,)) if h.entity is head]
    if not mentions:
        return None
    parent = mentions[-1]
    phrase = _PARENT_BEFORE.search(text, max(sentence[0], parent.start - 40), parent.start)
    if phrase is None or not _THEN_TRAINED.search(text, parent.end, match.start() + 1):
        # ("initialised from Y weights pre-trained on D": D trained Y)
        return None
    before = hits(state, sentence[0], phrase.start(), (MODEL,))
    if before:
        return before[-1].entity
    if _EACH_MODEL.search(text, sentence[0], phrase.start()):
        return main_entity(state, (MODEL,))
    return None


def _x_is_y_owner(text: str, state: DocState, sentence: tuple[int, int], head: Entity):
    """X when the sentence opens "X is Y, further trained ..." and ``head`` is Y."""
    models = hits(state, sentence[0], sentence[1], (MODEL,))
    if (
        len(models) > 1
        and models[0].start == sentence[0]
        and models[1].entity is head
        and _IS_GAP.fullmatch(text, models[0].end, models[1].start)
        and _PARTICIPLE_AFTER.match(text, models[1].end)
    ):
        return models[0].entity
    return None


def _introduced_data(state: DocState, pronoun: int | None = None) -> list:
    """ "fine-tune X on it": the one dataset the paper introduces, as a hit-like entry;
    with the offset of the pronoun, of several the one named last before it, in the same
    sentence ("we release D-Train, ..., and fine-tune Y on it")."""
    from mlkg.extract.components.clauses import Hit

    names = {r.tail for r in state.relations if r.rel == INTRODUCES}
    found = [e for e in state.entities.values() if e.name in names and e.type in DATA_TYPES]
    if len(found) > 1 and pronoun is not None:
        sentence = state.sentence_of(pronoun)
        nearest = max(
            ((s, e, entity) for entity in found for s, e in entity.mentions),
            key=lambda m: m[0] if sentence[0] <= m[0] < pronoun else -1,
        )
        if sentence[0] <= nearest[0] < pronoun:
            return [Hit(nearest[0], nearest[1], nearest[2])]
    if len(found) != 1:
        return []
    first = min(found[0].mentions)
    return [Hit(first[0], first[1], found[0])]


def _in_parentheses(text: str, start: int, offset: int) -> bool:
    """Whether ``offset`` is inside parentheses opened after ``start``."""
    return text.count("(", start, offset) > text.count(")", start, offset)


def _family_of(name: str) -> str:
    """``Llama 3 8B`` -> ``Llama 3``; ``Qwen2.5-7B`` -> ``Qwen2.5``; ``Ankh-Large`` ->
    ``Ankh``: the name without a size."""
    name = re.sub(r"[-\s](?:\d+(?:\.\d+)?[BMK]|\d+x\d+[BM])(?:[-\s].*)?$", "", name)
    return _SIZE_WORD_END.sub("", name)


#: a release number after a corpus's name: "Common Voice 16", "Objaverse-XL 2.0", "UniRef-v2"
_DATA_VERSION_END = re.compile(r"[-\s]v?\d+(?:\.\d+)?$")
_SIZE_WORD_END = re.compile(
    r"(?<=\w)[-\s](?:Tiny|Small|Base|Medium|Large|XL|XXL|Huge|tiny|small|base|medium|large)"
    r"(?:-v\d+|\.en)?$"
)


def _clause_start(text: str, start: int, offset: int) -> int:
    """Start of the clause that holds ``offset`` (after ", and", "; ", ", while")."""
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, offset)]
    return starts[-1] if starts else start


_CLAUSE_BREAK = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+")
#: a link's parenthesis closed, then "and": the next clause names another thing's link
_LINK_THEN_NEXT = re.compile(r"https?://\S+?\)\s+and\s+")
#: "models (fine-tuned) on Y", "checkpoints based on Y": Y is what the linked thing is made from
_BASE_OF_OWNER = re.compile(
    r"\b(?:models?|checkpoints?|weights|adapters?)\s+(?:[\w-]+\s+)?(?:on|from|based on)\s+"
    r"(?:the\s+)?$"
)


def _next_clause(text: str, start: int, end: int) -> int:
    """A comparison's objects end at the next main clause ("..., and achieves ...")."""
    match = re.search(
        r",?\s+and\s+(?:\d\)\s*)?(?:(?:it|they|[A-Z][\w.+-]*)\s+)?"
        r"(?:[a-z]+s|can|could|is|are|was|were)\b|;|\bwhile\b|\bwhereas\b",
        text[start:end],
    )
    return start + match.start() if match else end


#: "On A, B and C we train X": data named first, then the training of the model after it
_FRONTED_TRAINING = re.compile(
    r"(?:On|Using)\s+(?!top\s+of\b)(?P<data>[^.;:()]{1,160}?),?\s+we\s+(?:first\s+|jointly\s+|then\s+)?"
    r"(?:pre-?train|train|fine-?tune|finetune)\s+(?:our\s+|the\s+)?"
)


def _fronted_training_data(text: str, state: DocState, sentence: tuple[int, int]) -> None:
    """ "On StereoVerse, Scene Flow and TartanAir we train X, a ... matcher": the data of the
    opener is what X was trained on (not where it was tested, as "On B, X reaches" would
    say)."""
    match = _FRONTED_TRAINING.match(text, sentence[0], sentence[1])
    if match is None:
        return
    trained = [h for h in hits(state, match.end(), sentence[1], (MODEL,)) if h.start == match.end()]
    data = hits(state, match.start("data"), match.end("data"), DATA_TYPES)
    if not trained or not data:
        return
    for hit in data:
        add_relation(
            state, Relation(trained[0].name, TRAINED_ON, hit.name, sentence, COMPONENT, 0.65)
        )
        if len(hit.entity.mentions) == 1:
            # typed by the opener alone ("On B," reads like a test): training data
            hit.entity.type = DATASET
