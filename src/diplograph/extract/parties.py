"""Who a claim's unnamed side is: "we" of an official text, "they" / "the leaders" of a readout,
and the parties of an agentless passive ("It was agreed", "Support was affirmed").

These are fallbacks: the events and stances extractors use them only when
:func:`~diplograph.extract.context.actors_of_phrase` finds no actor.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, sentence_span, span_of
from diplograph.extract.context import statement_at
from diplograph.extract.groups import based_state, sole_state_group
from diplograph.extract.lexicon import FIRST_PERSON_PLURAL
from diplograph.extract.statements import OfficialVoice
from diplograph.model import ActorMention, Statement

# Plural nouns for the two sides of a conversation: "the leaders", "the presidents", "both sides".
JOINT_NOUNS = frozenset({
    "leader", "president", "side", "party", "head", "participant", "interlocutor", "counterpart",
    "official", "minister", "adviser", "advisor",  # "The officials agreed", "the two National Security Advisors"
})

# Nouns for people, groups and bodies acting for a country or organisation named beside them.
PEOPLE_NOUNS = frozenset({
    "group", "movement", "party", "union", "coalition", "organization", "organisation", "front",
    "farmer", "inhabitant", "resident", "elder", "official", "officer", "leader", "member",
    "supporter", "prisoner", "doctor", "teacher", "judge", "wing", "council", "committee",
    "association", "forum", "court", "newspaper", "agency", "network", "guerrilla", "guerilla",
    "rebel", "militant", "insurgent", "student", "worker", "activist", "protester", "demonstrator",
    "soldier", "troop", "force", "police", "army", "authority", "minister", "diplomat", "negotiator",
    "lawmaker", "settler", "refugee", "villager", "citizen", "people", "unit", "helicopter", "tank",
    "bulldozer", "jet", "warship", "government", "administration", "cabinet", "parliament",
    "thousand", "hundred", "dozen", "million", "crowd", "delegation", "representative", "team",
    "president", "chairperson", "chairman", "king", "emir", "prime", "chancellor", "premier", "head",
    "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "colleague",
    "counterpart", "partner", "ally",
})
_GROUP_LINKS = frozenset({"compound", "amod", "nmod", "poss", "prep"})
_GROUP_PREPS = frozenset({"in", "of", "from", "throughout", "across"})


def own_keys(mentions: list[ActorMention]) -> set[str]:
    """The mentioned actors' keys and those of the states or bodies they speak for."""
    return {m.actor.key for m in mentions} | {m.role.of.key for m in mentions if m.role is not None}


def others_than(mentions: list[ActorMention], own: set[str]) -> list[ActorMention]:
    """``mentions`` not of a side in ``own`` (as :func:`own_keys` gives it), itself or through its role."""
    return [m for m in mentions if m.actor.key not in own and (m.role is None or m.role.of.key not in own)]


def parties(doc: Doc, index: ActorIndex, tok: Token) -> list[ActorMention]:
    """The two persons mentioned most before ``tok`` (the sides of a talk), as mentions at ``tok``;
    a side whose leader the index does not know is its state ("Putin ... President of Algeria")."""
    counts: dict[str, dict[str, tuple[int, int, ActorMention]]] = {"Person": {}, "State": {}}
    for m in index.mentions:
        if m.actor.kind not in counts or m.span.start >= tok.idx:
            continue
        n, first, _ = counts[m.actor.kind].get(m.actor.key, (0, m.span.start, m))
        counts[m.actor.kind][m.actor.key] = (n + 1, first, m)
    top = [m for _, _, m in sorted(counts["Person"].values(), key=lambda c: (-c[0], c[1]))[:2]]
    if not top:  # a joint statement of governments: the two states named most
        top = [m for _, _, m in sorted(counts["State"].values(), key=lambda c: (-c[0], c[1]))[:2]]
    if len(top) == 1:
        # the other side is a state the opening sentence names ("spoke with the President of
        # Algeria"), not merely the state talked about most ("Russia's build-up" on a call of allies)
        represented = {m.role.of.key for m in top if m.role is not None}
        opening = next(iter(doc.sents)).end_char
        states = sorted(counts["State"].values(), key=lambda c: (-c[0], c[1]))
        top += [m for _, first, m in states if m.actor.key not in represented and first < opening][:1]
        # (with none there, the one side named: better alone than with a state only talked about)
    if not top or (len(top) == 1 and top[0].actor.kind != "Person"):
        return []
    span = span_of(doc, tok.idx, tok.idx + len(tok.text))
    return [ActorMention(m.actor, span, sentence_span(tok), m.role) for m in top]


def fallback_actors(
    doc: Doc, head: Token, index: ActorIndex, statements: list[Statement], voice: OfficialVoice | None
) -> list[ActorMention]:
    """Actors of a subject phrase that names none: "we"/"I" of an official text outside any
    quoted speaker's statement (also "all of us", "our countries"), "they" / "the leaders" /
    "both sides" of a readout, a group "based in" a place of a state, and a domestic group of
    the one state its sentence names
    ("Islamic fundamentalists demanded the resignation of the Algerian president"; also as the
    "it"/"they" of what such a group said)."""
    lower = head.lower_
    we = _first_person_group(head)
    if we is not None:
        head, lower = we, we.lower_
    if voice is not None and statement_at(statements, head.idx) is None:
        span = span_of(doc, head.idx, head.idx + len(head.text))
        if lower in FIRST_PERSON_PLURAL and voice.signatories:  # a joint statement's "we": all who sign it
            return [ActorMention(actor, span, sentence_span(head), role) for actor, role in voice.signatories]
        if lower in FIRST_PERSON_PLURAL:
            return [ActorMention(voice.state, span, sentence_span(head))]
        if lower in {"i", "me", "my"} and voice.person is not None:
            return [ActorMention(voice.person, span, sentence_span(head), voice.role)]
        if _own_government(head):  # "The Administration reaffirms ..." in a White House release
            return [ActorMention(voice.state, span, sentence_span(head))]
    if lower in {"it", "they"}:
        reporter = _reporter(doc, head, index, statements)
        if reporter is not None and (lower == "they" or reporter.actor.kind != "Person"):
            span = span_of(doc, head.idx, head.idx + len(head.text))
            return [ActorMention(reporter.actor, span, sentence_span(head), reporter.role)]
        group = _reporting_subject(head) if reporter is None else None
        found = sole_state_group(doc, group, index) if group is not None else []
        if found:  # "The Umma party said it will boycott Algeria's elections"
            return found
    if lower == "they" or _joint_noun(head):
        found = parties(doc, index, head)
        if found:
            return found
    found = _group_of(head, index) if _people(head) else []
    return found or based_state(doc, head, index) or sole_state_group(doc, head, index)


def _joint_noun(noun: Token) -> bool:
    """A plural noun for the sides of a conversation ("the leaders"); a capitalised one the tagger
    takes for a proper noun keeps its plural -s as its lemma ("the two National Security Advisors",
    counted or titled; "the Participants" of a trade framework is a term the text defines)."""
    if noun.tag_ == "NNS":
        return noun.lemma_.lower() in JOINT_NOUNS
    return (noun.tag_ in {"NNP", "NNPS"} and noun.lower_.endswith("s") and noun.lower_[:-1] in JOINT_NOUNS
            and any(c.dep_ in {"nummod", "compound"} for c in noun.children))  # not a defined term: "the Participants"


def _own_government(head: Token) -> bool:
    """"the Administration", "this Government", "our Government": the publisher's own (no other
    actor named in the phrase -- the caller found none)."""
    return head.lemma_.lower() in {"administration", "government"} and any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "our"} for c in head.children
    ) and not any(c.dep_ in {"compound", "amod", "prep"} for c in head.children)


_WE_QUANTIFIERS = frozenset({"all", "each", "both", "many", "most", "some", "none", "several", "either"})
_WE_GROUP_NOUNS = frozenset({"country", "nation", "government", "state"})


def _first_person_group(head: Token) -> Token | None:
    """The "we" a subject phrase stands for: "all of us", "each of us" (the "us"), "our
    countries", "our governments" (the "our"); None for any other phrase."""
    if head.lower_ in _WE_QUANTIFIERS:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            us = next((g for g in prep.children if g.dep_ == "pobj" and g.lower_ in FIRST_PERSON_PLURAL), None)
            if us is not None:
                return us
    if head.pos_ == "NOUN" and head.tag_ in {"NNS", "NNPS"} and head.lemma_.lower() in _WE_GROUP_NOUNS:
        return next((c for c in head.children if c.dep_ == "poss" and c.lower_ == "our"), None)
    return None


def object_actors(head: Token, index: ActorIndex) -> list[ActorMention]:
    """An object phrase naming no actor directly: "with President of Algeria X" -> Algeria."""
    if _people(head):
        return _group_of(head, index)
    return []


def _people(head: Token) -> bool:
    """A noun for people or a body ("officials", "Iraqi Kurds", "the government")."""
    return head.pos_ in {"NOUN", "PROPN"} and (head.lemma_.lower() in PEOPLE_NOUNS or head.tag_ in {"NNS", "NNPS"})


def _group_of(head: Token, index: ActorIndex) -> list[ActorMention]:
    """"Opposition groups in Zimbabwe", "members of the Kenyan parliament", "Israeli army
    bulldozers": the actor a group or people noun is tied to by a modifier or a preposition."""
    frontier = [head]
    for _ in range(3):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in _GROUP_LINKS or (c.dep_ == "pobj" and t.lower_ in _GROUP_PREPS):
                    m = index.at(c)
                    if m is not None:  # "representatives of the United States and Ukraine"
                        return [m, *(n for g in c.children if g.dep_ == "conj" and (n := index.at(g)) is not None)]
                    nxt.append(c)
        frontier = nxt
    return []

def _reporter(doc: Doc, pronoun: Token, index: ActorIndex, statements: list[Statement]) -> ActorMention | None:
    """"Hungary said it would ...", "The rebels announced they will ...": the subject of a reported
    clause, when it is "it"/"they", is who reports it."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    i = statement_at(statements, pronoun.idx)
    if i is not None and statements[i].trigger is not None and statements[i].trigger.start == clause.head.idx:
        return statements[i].speaker
    subj = next((c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return index.at(subj) if subj is not None else None


def _reporting_subject(pronoun: Token) -> Token | None:
    """The subject of the verb a clause with the subject ``pronoun`` is reported by."""
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "ccomp":
        return None
    return next((c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def agentless_passive(verb: Token) -> bool:
    """"It was agreed", "Support was affirmed": a passive verb without a "by" agent."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children
    )


def addressee(doc: Doc, tok: Token, index: ActorIndex, statements: list[Statement]) -> list[ActorMention]:
    """Who "you" is in a transcript turn: the speaker of the nearest other turn (before, else after)."""
    here = next((st for st in statements if st.direct and st.content.start <= tok.idx < st.content.end), None)
    if here is None:
        return []
    turns = [st for st in statements if st.direct and st.speaker.actor.key != here.speaker.actor.key]
    before = [st for st in turns if st.content.end <= here.content.start]
    after = [st for st in turns if st.content.start >= here.content.end]
    other = before[-1] if before else after[0] if after else None
    if other is None:
        return []
    span = span_of(doc, tok.idx, tok.idx + len(tok.text))
    return [ActorMention(other.speaker.actor, span, sentence_span(tok), other.speaker.role)]


def plural_antecedent(doc: Doc, tok: Token, index: ActorIndex, exclude: set[str] | None = None) -> list[ActorMention]:
    """"them" after "the people of Ukraine have stood unbowed": the nearest state named in the
    same or the previous sentence."""
    sent = tok.sent
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lo = doc[start].idx
    exclude = exclude or set()
    before = [m for m in index.mentions
              if lo <= m.span.start < tok.idx and m.actor.kind == "State" and m.actor.key not in exclude]
    if not before:
        return []
    m = max(before, key=lambda m: m.span.start)
    return [ActorMention(m.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok), m.role)]


def with_conjuncts(head: Token, found: list[ActorMention], index: ActorIndex) -> list[ActorMention]:
    """Add the actors of conjuncts the phrase resolution missed: "the Government of the US and the
    Government of China", "the President of Russia, the President of Azerbaijan and ..."."""
    out = list(found)
    stack = [c for c in head.children if c.dep_ == "conj"]
    while stack:
        conj = stack.pop()
        stack.extend(c for c in conj.children if c.dep_ == "conj")
        if index.at(conj) is not None:
            continue
        for m in object_actors(conj, index)[:1]:
            if all(m.actor.key != o.actor.key for o in out):
                out.append(m)
    if index.at(head) is None and head.lower_ not in {"they", "we", "i"}:  # the head itself
        for m in object_actors(head, index)[:1]:
            if all(m.actor.key != o.actor.key for o in out):
                out.insert(0, m)
    return out


# Event types done to someone on the ground: with no target named, they are done where they
# happen, or at home ("Egyptian police opened fire on demonstrators", "a rally in Lagos").
DOMESTIC_TYPES = frozenset({"PROTEST", "COERCE", "ASSAULT", "FIGHT", "CONCEDE", "INVESTIGATE", "MOBILIZE"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


def domestic_target(
    doc: Doc, tok: Token, index: ActorIndex, sources: list[ActorMention], at_home: bool = True
) -> list[ActorMention]:
    """The side an event with a source but no named target is done to: the state where it takes
    place ("reimposed blockades in the West Bank", "a rally in Lagos"), else, when ``at_home``
    (no other party is named: "an incursion into Ukraine" is not done at home), the source's own
    state ("Egyptian police opened fire, killing one", "opposition parties in Nepal organised a
    strike"). A mention at ``tok``; empty when neither is known."""
    state = _place_state(tok, index)
    if state is None and at_home:
        for m in sources:
            if m.actor.kind == "State":
                state = m.actor
            elif m.role is not None and m.role.of.kind == "State":
                state = m.role.of
            if state is not None:
                break
    if state is None:
        return []
    return [ActorMention(state, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok))]


def place_objects(tok: Token) -> Iterator[Token]:
    """The objects of the place phrases of an event's trigger or, for an event noun, of the verb
    it hangs on: "in X", "near X", "outside X's parliament", "outside of X"."""
    tops = [tok] + ([tok.head] if tok.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i else [])
    for top in tops:
        for prep in top.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PLACE_PREPS:
                continue
            for head in (prep, *(c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of")):
                yield from (c for c in head.children if c.dep_ == "pobj")


def _place_state(tok: Token, index: ActorIndex):
    """The state of a place the event's clause is located in: "in X", "in the city of X",
    "outside X's parliament", from the trigger or, for an event noun, the verb it hangs on."""
    for obj in place_objects(tok):
        for t in obj.subtree:  # "the northern city of Kirkuk", "the West Bank city of Hebron"
            m = index.at(t)
            if m is not None and m.actor.kind == "State":
                return m.actor
    return None
