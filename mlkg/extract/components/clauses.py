"""Sentence-level helpers shared by the relation components: who is the subject, what
follows a verb, which entity the paper is about. Kept apart so that each relation
component states only its own patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlkg.extract.state import DocState, Entity, Relation
from mlkg.naming import match_key
from mlkg.vocabulary import BENCHMARK, DATASET, INTRODUCES, METHOD, MODEL

AGENT_TYPES = (MODEL, METHOD)
DATA_TYPES = (DATASET, BENCHMARK)

#: words that end the object of a verb ("we create X, by ... from Y": Y is not created)
_CLAUSE_END = re.compile(
    r"[;]|\b(?:by|from|using|via|based on|built on|built upon|building on|which|whose|that|"
    r"whereas|while|but|to (?!the\b)[a-z]+)\b"
    r"|,?\s+and\s+(?:then\s+|also\s+)?(?:evaluate|compare|test|show|demonstrate|find|"
    r"analy[sz]e|use|apply|study|train|fine-tune|benchmark|assess|measure|observe|achiev|"
    r"reach|obtain|attain|outperform|surpass|yield|scor|solv|resolv|match|beat|exceed)\w*\b"
    r"|\b(?:achieves|achieving|reaches|reaching|attains|outperforms|surpasses)\b"
    # "trained exclusively on code, it also improves B": a new clause's subject
    r"|,\s+(?:it|they|we)\s"
    r"|\b(?:trained|pre-?trained|fine-?tuned|finetuned|evaluated|tested|obtained|derived|"
    r"initiali[sz]ed|distilled)\s+(?:on|from|with|by|using)\b"
)


#: a sentence opened by the system compared with: "Relative to Y, ...", "Compared with Y, ..."
COMPARED_OPENER = re.compile(
    r"(?:Relative to|Compared (?:to|with)|Unlike|In contrast to|Against)\s+[^,;]{1,80}?"
    # "Against the far larger Y it leads on A": no comma before the pronoun subject
    r"(?:,\s+|\s+(?=(?:it|they)\s))"
)


@dataclass(slots=True)
class Hit:
    start: int
    end: int
    entity: Entity

    @property
    def name(self) -> str:
        return self.entity.name

    @property
    def type(self) -> str | None:
        return self.entity.type


def hits(state: DocState, start: int, end: int, types: tuple[str, ...] | None = None) -> list[Hit]:
    """Typed mentions inside [start, end) in text order, optionally of some types only."""
    if types is None:
        return [Hit(s, e, ent) for s, e, ent in state.mentions_in(start, end)]
    return [Hit(s, e, ent) for s, e, ent in state.mentions_in(start, end) if ent.type in types]


def count_hits(state: DocState, start: int, end: int, types: tuple[str, ...]) -> int:
    """``len(hits(state, start, end, types))``, without making the hits: a sentence's
    count of models or data is read for every sentence, and a Hit costs a Python call."""
    count = 0
    for _, _, entity in state.mentions_in(start, end):
        if entity.type in types:
            count += 1
    return count


def object_end(text: str, start: int, sentence_end: int) -> int:
    """Where the object phrase that starts at ``start`` ends (a clause boundary)."""
    match = _CLAUSE_END.search(text, start, sentence_end)
    return match.start() if match else sentence_end


def introduced(state: DocState) -> list[Entity]:
    """Entities the paper introduces, in order of first mention."""
    names = {r.tail for r in state.relations if r.rel == INTRODUCES}
    found = [e for e in state.entities.values() if e.name in names and e.mentions]
    return sorted(found, key=lambda e: min(e.mentions))


#: "We fine-tune Y on D", "Our recipe adapts Y to ...", "Starting from Y, we ...": a base
#: model the paper's own model is made from, when the sentence does not name the result
_ADAPTS_BASE = re.compile(
    # ("We release D ... and fine-tune Y on it": "and" carries the sentence's "We")
    r"\b(?:[Ww]e|[Oo]ur\s+(?:recipe|method|approach|pipeline|framework)|(?P<coordinated>and))\s+"
    r"(?:(?:\w+ly|first|further|then|also)\s+){0,2}"
    r"(?P<verb>fine-?tunes?|finetunes?|instruction-tunes?|post-trains?|adapts?|"
    r"continue\s+(?:the\s+)?pre-?training(?:\s+of)?|continually\s+pre-?trains?|"
    r"further\s+pre-?trains?|initiali[sz]es?\s+(?:[\w-]+\s+){0,2}?from)\s+(?:the\s+|a\s+)?"
)
_WE_SUBJECT = re.compile(r"\b[Ww]e\b")
#: the same said by a sentence's opening phrase: "Starting from Y, we ...", "Starting with Y,
#: we ... fine-tune the whole model, producing X"
LEAD_BASE = re.compile(
    r"(?P<verb>(?:Starting|Beginning) (?:from|with)|Initiali[sz]ed from|Initiali[sz]ing from)\s+"
    # "Starting from the weights of Y"
    r"(?:the\s+(?:weights|parameters|checkpoints?)\s+of\s+)?(?:the\s+|a\s+)?"
)
_BASELINE_WORDS = re.compile(r"\b(?:baselines?|compare|compared|comparison|versus)\b")
_WE_AFTER_LEAD = re.compile(
    # "Starting from the Qwen-7B language model, we ..."
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:model|LLM|checkpoint|backbone|encoder))?"
    r"(?:\s*\([^()]*\))?"
    # "Starting from Y rather than from an instruction-tuned checkpoint, we ..."
    r"(?:\s+(?:rather\s+than|instead\s+of)\s+[^,;()]{1,60})?,\s+(?:we|our)\b"
)


def adapted_base(state: DocState, sentence: tuple[int, int]) -> tuple[Hit, Entity, str] | None:
    """(base, the paper's model, verb) when the sentence says the paper adapts one named
    model without naming the result ("We fine-tune Llama-3.1-8B on D", "Starting from Y,
    we apply two stages of instruction tuning"): the result is the paper's only new model.
    None when the paper introduces no model or several, or the sentence compares."""
    own = [e for e in introduced(state) if e.type == MODEL]
    text = state.text
    lead = LEAD_BASE.match(text, sentence[0])
    if len(own) > 1 and lead:
        # "We present the X series ... Starting from Y, we ...": the series' main model
        own = own[:1]
    elif len(own) > 1 and (named := _named_next(state, sentence)) in own:
        # "We adapt Y to ... . The resulting base model, X, ...": the next sentence names it
        own = [named]
    if len(own) != 1 or _BASELINE_WORDS.search(text, sentence[0], sentence[1]):
        return None
    cues = [lead] if lead else []
    for cue in [*cues, *_ADAPTS_BASE.finditer(text, sentence[0], sentence[1])]:
        models = hits(state, cue.end(), sentence[1], (MODEL,))
        if not models or models[0].start != cue.end() or models[0].entity is own[0]:
            continue
        if (
            cue is not lead
            and cue.group("coordinated")
            and not _WE_SUBJECT.search(text, sentence[0], cue.start())
        ):
            continue  # "X and fine-tune ...": only "we ... and fine-tune Y" is the paper's
        if len(listed(text, models)) > 1 or any(h.entity is own[0] for h in models):
            return None  # several bases, or a result the sentence names: other rules
        if cue is lead and not _WE_AFTER_LEAD.match(text, models[0].end):
            continue
        return models[0], own[0], cue.group("verb")
    first = hits(state, sentence[0], sentence[1], (MODEL,))[:1]
    if (
        first
        and first[0].start == sentence[0]
        and first[0].entity is not own[0]
        and (passive := _PASSIVE_BASE.match(text, first[0].end))
        and first[0].entity.key in own[0].key
    ):
        # "We present StressRoBERTa. RoBERTa is continually trained on D": the paper's
        # model, named after its base, is that base trained further
        return first[0], own[0], passive.group("verb")
    return None


def _named_next(state: DocState, sentence: tuple[int, int]) -> Entity | None:
    """The model the sentence after ``sentence`` names as the result ("The resulting base
    model, X, becomes ...")."""
    sentences = state.sentences
    index = sentences.index(sentence) if sentence in sentences else -1
    if index < 0 or index + 1 >= len(sentences):
        return None
    start = sentences[index + 1][0]
    opening = _RESULT_NAMED.match(state.text, start)
    if opening is None:
        return None
    named = hits(state, opening.end(), opening.end() + 80, (MODEL,))
    return named[0].entity if named and named[0].start == opening.end() else None


#: "The resulting base model, X,": a sentence that names what the one before it made
_RESULT_NAMED = re.compile(
    r"(?:The|Our)\s+(?:resulting|adapted|tuned|fine-tuned|trained|final)\s+(?:[\w-]+\s+)?"
    r"(?:model|checkpoint|policy|system|agent|LLM),\s+"
)
#: "The resulting checkpoints, X1 and X2,": a sentence that names what the one before made
RESULTS_NAMED = re.compile(
    r"(?:The|Our)\s+(?:resulting\s+(?:[\w-]+\s+)?(?:model|checkpoint|polic(?:y|ie)|system|"
    r"agent|hybrid|network|student|variant|version)s?|result|final\s+model),\s+"
)
_PASSIVE_BASE = re.compile(
    r"\s+(?:is|was|are|were)\s+(?P<verb>(?:first\s+|continually\s+|further\s+)?(?:pre-?)?trained|"
    r"(?:further\s+)?fine-?tuned|adapted)\s+(?:on|to|with)\b"
)


def main_entity(state: DocState, types: tuple[str, ...] = AGENT_TYPES) -> Entity | None:
    """What "we", "our method" and "the proposed model" refer to: the first introduced."""
    for entity in introduced(state):
        if entity.type in types:
            return entity
    return None


#: "The chat model answers ...": a variant named by the word its name ends with
_VARIANT_SUBJECT = re.compile(
    # ("The 1.5B instruct model scores ...": of that size too)
    r"(?:[Tt]he|[Oo]ur|[Tt]his)\s+(?:(?P<size>\d+(?:\.\d+)?[BM])\s+)?"
    r"(?P<word>(?i:chat|instruct|instruction-tuned|instruction|base|reasoning|thinking|"
    r"coder|code|vision|math))\s+(?:model|variant|version|checkpoint)\b"
)
_VARIANT_ENDINGS = {
    "instruction-tuned": "instruct",
    "instruction": "instruct",
    "thinking": "thinking",
    "code": "coder",
}


def variant_subject(state: DocState, sentence: tuple[int, int]) -> Entity | None:
    """The model a sentence opened by "The chat model" (or instruct, base, ...) means: the
    one model of the abstract whose name ends with that word ("Sarong-8B-Chat")."""
    opening = _VARIANT_SUBJECT.match(state.text, sentence[0])
    if opening is None:
        return None
    word = opening.group("word").lower()
    ending = _VARIANT_ENDINGS.get(word, word)
    named = [e for e in state.entities.values() if e.type == MODEL and e.key.endswith(ending)]
    if opening.group("size"):
        size = opening.group("size").lower()
        named = [e for e in named if size in e.key]
    return named[0] if len(named) == 1 else None


#: "the 8B and 24B models", "the 3B model": sizes of the abstract's family, by their size
_SIZE_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?P<sizes>\d+(?:\.\d+)?[BM](?:(?:\s*,\s*|\s+and\s+)\d+(?:\.\d+)?[BM])*)\s+"
    r"(?:models?|variants?|versions?|checkpoints?)\b(?:\s+(?:is|are|was|were))?\s*$"
)


def sized_models(text: str, state: DocState, start: int, verb_start: int) -> list[Hit]:
    """The models "the 8B and 24B models" right before ``verb_start`` stand for: the one
    model the paper introduces named with each size ("Quarry-Coder-1.5-8B")."""
    said = _SIZE_REFERENCE.search(text, max(start, verb_start - 60), verb_start)
    if said is None:
        return []
    children = []
    for size in re.findall(r"\d+(?:\.\d+)?[BM]", said.group("sizes")):
        ending = re.compile(rf"[-\s]{re.escape(size)}$", re.I)
        own = introduced(state)  # "the 8B model" is the paper's, not "Llama-3.1-8B"
        named = [e for e in own if e.type == MODEL and ending.search(e.name)]
        if len(named) != 1:
            return []
        children.append(Hit(said.start(), said.end(), named[0]))
    return children


def subject_before(
    state: DocState, sentence: tuple[int, int], offset: int, types: tuple[str, ...] = AGENT_TYPES
) -> Entity | None:
    """The last entity of ``types`` before ``offset`` in the sentence, else the paper's main one."""
    before = hits(state, sentence[0], offset, types)
    if before:
        return before[-1].entity
    return main_entity(state, types)


def previous_subject(state: DocState, sentence: tuple[int, int]) -> Entity | None:
    """What "it" refers to: the first model or method of the nearest earlier sentence
    that names one ("Phi-3.5-mini is the successor of Phi-3-mini. It scores ...")."""
    for start, end in reversed([s for s in state.sentences if s[1] <= sentence[0]]):
        found = hits(state, start, end, AGENT_TYPES)
        own_phrase = found and _OWN_SYSTEM_BEFORE.search(state.text, start, found[0].start)
        if own_phrase and not re.fullmatch(r",?\s*", state.text[own_phrase.end() : found[0].start]):
            # "... show that our method outperforms multi-SDF approaches. It trains ...": it
            # is the paper's method, not the first name of that sentence ("Our model, X,
            # establishes ...": X itself)
            own = main_entity(state)
            if own is not None:
                return own
        opener = _OPENER.match(state.text, start, end)
        if opener and any(h.start >= opener.end() for h in found):
            # "Added to OpenVLA without changing its weights, Mnemo raises ...": the subject
            found = [h for h in found if h.start >= opener.end()]
        if len(found) > 1 and _GERUND_OPENS.match(state.text, start, end):
            # "Fine-tuning Y on D yields X, which ...", "Starting from Y, we ..., obtaining
            # X": what the sentence made is what "it" goes on to be, not its starting point
            made = {r.tail for r in state.relations if r.rel == INTRODUCES}
            result = next((h for h in found[1:] if h.name in made), None)
            if result is not None and found[0].name not in made:
                return result.entity
        if found and _PRONOUN_SUBJECT.search(state.text, start, found[0].start):
            # "On A it reaches 84.9, compared with 82.1 for Y. ... it obtains": that
            # sentence's subject was "it" too; Y is its comparison, not its subject
            continue
        if found:
            return found[0].entity
    return None


#: "it" as the subject of a result: "On A it reaches", "it still outperforms"
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:[Ii]t|[Tt]hey)\s+(?:(?:also|still|further|even|consistently|again|now)\s+)?"
    r"(?:reach(?:es)?|achieves?|obtains?|attains?|scores?|outperforms?|surpass(?:es)?|"
    r"improves?|yields?|delivers?|sets?|gets?|records?|matches|match|beats?|exceeds?|"
    r"trails?|lags?)\b"
)
_GERUND_OPENS = re.compile(r"[A-Z][a-z]*(?:-[a-z]+)?ing\s")


_OWN_SYSTEM_BEFORE = re.compile(
    r"\b(?:our|the proposed)\s+(?:method|model|approach|framework|system|agent)\b", re.I
)
#: a sentence's fronted phrase before its subject ("Added to X ..., Y ...", "When combined
#: with X, it ...")
_OPENER = re.compile(
    r"(?:[A-Z][a-z]+ed|When|While|After|Once|If|Unlike|Compared|On|In|With|Using|For|Across)\b"
    r"[^,;]{0,100},\s+"
)


#: "MIRAGE with GPT-4o-mini outperforms ...", "RoBERTa with SFT": the name before "with"
#: is the subject, the one after it a part of it
_WITH_PART = re.compile(r"\s+(?:with|using|via)\s+(?:the\s+|a\s+)?")


def subject_of(text: str, subjects: list[Hit]) -> Hit:
    """The last name before the verb, or the one it is a part of ("A with B outperforms")."""
    last = subjects[-1]
    if len(subjects) > 1 and _WITH_PART.fullmatch(text, subjects[-2].end, last.start):
        return subjects[-2]
    return last


#: the variant words of a benchmark's or dataset's own versions ("X-Lite", "X-Hard"): a
#: version of the abstract's data, not a new model
DATA_VARIANT = re.compile(r"-(?:Lite|Mini|Hard|Easy|Pro|Verified|Full|Small|Tiny|Plus)$")
#: what stands between two names of one list: "A, B and C", "A and B"
#: between names of a list, maybe after a qualifier without digits: "MedQA (USMLE), B and C"
#: the split a list may name right after an item: "BIRD dev, Spider test and EHRSQL"
#: " whose position embeddings are extended ... and which is": a relative clause between a
#: parent's name in an appositive and the participle that made the name from it ("X, a Y
#: model whose ... and which is further pre-trained on D", "X, a Y model that is tuned")
PARENT_RELATIVE_CLAUSE = (
    # (a number's separator is no clause's end: "extended to 8,192 tokens")
    r"(?:\s+whose\s+(?:[^,;.()]|(?<=\d)[,.](?=\d)){1,80}?\s+and)?"
    r"(?:\s+(?:that|which)\s+(?:is|was|has\s+been))?"
)
LIST_ITEM_SPLIT = r"(?:dev|test|val|validation|test-dev|test-std)"
#: " (5.8M parameters)", " (7B)": a system's size in parentheses after its name
SIZE_NOTE = r"\s*\(\d+(?:\.\d+)?\s*[KMB](?:\s+(?:parameters|params))?\)"
#: what separates the items of a list: "A, B and C", "A, B, or C"
LIST_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+")
LIST_GAP = re.compile(
    # ("BIRD dev, Spider test and EHRSQL": a split after a name)
    rf"(?:\s+{LIST_ITEM_SPLIT}(?=[\s,]))?"
    # ("LibriSpeech utterances and WHAM! noise recordings": what of each is used)
    r"(?:(?:\s+(?-i:clean|noisy|raw|original))?\s+(?-i:utterances|recordings|images|videos|"
    r"clips|scans|samples|sentences|documents|questions|problems|prompts|pairs|photographs|"
    r"photos|transcripts|speech|noise))?"
    # ("MedQA (USMLE, 4 options), MedMCQA and ...": a note with words, not a value)
    r"(?:\s*\((?:(?![^()]*\d)|(?=[^()]*[A-Za-z]{3})(?![^()]*(?:\d[.,]\d|%)))[^()]{1,25}\)"
    # ("GridLite-S (2.3M parameters) and GridLite-M (5.8M parameters)": a size)
    rf"|{SIZE_NOTE}"
    r")?"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    # ("GenEval, DPG-Bench and class-conditional ImageNet": a hyphenated qualifier)
    r"(?:(?-i:[a-z]+-[a-z]+)\s+)?"
)


def listed(text: str, found: list[Hit], gap: re.Pattern[str] = LIST_GAP) -> list[Hit]:
    """The first of ``found`` and the ones listed right after it ("A, B and C"), not later
    ones."""
    names = found[:1]
    for hit in found[1:]:
        if not gap.fullmatch(text, names[-1].end, hit.start):
            break
        names.append(hit)
    return names


def contains_name(longer: str, shorter: str) -> bool:
    """``Qwen2-72B-Instruct`` contains ``Qwen2-72B`` as whole hyphen/space-delimited parts."""
    if match_key(longer) == match_key(shorter):
        return False
    return _has_part(longer.casefold(), shorter.casefold())


def _has_part(text: str, part: str) -> bool:
    r"""Whether ``part`` is in ``text`` between hyphens, whitespace or the ends: the answer
    of ``re.search(r"(?:^|[-\s])" + re.escape(part) + r"(?:$|[-\s])", text)``, found with
    ``str.find``, because a pattern made per pair of names is compiled again and again
    (the names outnumber ``re``'s cache). ``str.isspace`` is the test ``\s`` makes, and
    a ``$`` before a final newline is covered by the newline being whitespace."""
    size, length = len(part), len(text)
    at = text.find(part)
    while at >= 0:
        after = at + size
        if (at == 0 or text[at - 1] == "-" or text[at - 1].isspace()) and (
            after == length or text[after] == "-" or text[after].isspace()
        ):
            return True
        at = text.find(part, at + 1)
    return False


def add_relation(state: DocState, relation: Relation) -> None:
    """Add unless the same (head, rel, tail, value, setting) is already there."""
    for existing in state.relations:
        if (
            existing.head == relation.head
            and existing.rel == relation.rel
            and existing.tail == relation.tail
            and existing.value == relation.value
            and existing.setting == relation.setting
        ):
            existing.confidence = max(existing.confidence, relation.confidence)
            return
    state.relations.append(relation)


#: "Last year we released X", "In previous work, we introduced X": a release of the
#: authors' own that this paper does not introduce (its new model is often X's successor)
_EARLIER_RELEASE = re.compile(
    r"\b(?:[Ll]ast year|[Pp]reviously|[Ee]arlier|[Ii]n (?:our )?(?:prior|previous|earlier) "
    r"(?:work|papers?|studies))\s*,?\s+we\s+(?:have\s+)?(?:released|introduced|proposed|"
    r"presented|developed|built|trained)\s+(?:the\s+|a\s+|an\s+)?"
)
_EARLIER_RELEASE_WORDS = ("ast year", "reviously", "arlier", "rior work", "revious work")


def may_cite_earlier_release(text: str) -> bool:
    """Whether ``text`` holds a word of the rare cue "Last year we released": a test made
    once per abstract before :func:`earlier_releases` is asked sentence by sentence."""
    return any(word in text for word in _EARLIER_RELEASE_WORDS)


def earlier_releases(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The cues "Last year we released" in ``text[start:end]``; each ends where the name
    of the earlier release starts."""
    return list(_EARLIER_RELEASE.finditer(text, start, end))
