"""The state of a group the text names with no state: "Islamic fundamentalists demanded the
resignation of the Algerian president" (Algeria), "Kurdish elders demanded that the Turkish
government ..." (Turkey), "the fundamentalist Umma party will boycott Algeria's elections".

A fallback for a subject phrase that names no actor: a domestic group (rebels, parties,
elders, police, students, ...) is of the one state its sentence names, provided that state is
not the other side of the clause ("militants fired rockets into Israel", "rebels clashed with
Ugandan troops", "protesters burned a US flag") and the group is not an international or
non-governmental one ("a human rights group", "foreign fighters", "aid workers"). Also: a
group "based in" a place is of that place's state.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, sentence_span, span_of
from diplograph.extract.context import GROUP_NOUNS, MEANS_NOUNS
from diplograph.model import ActorMention, ActorRef

# Groups that act where they live: members of a people, movement or domestic body (not
# refugees, exiles or migrants, who by definition are often elsewhere).
# Not a state's own bodies ("the administration", "the government"): unqualified, they are the
# publisher's or an earlier one's, not the sentence's.
# Nor private people (residents, villagers, prisoners): only organised, political or armed
# groups and those who protest or strike (students, workers).
GROUP_HEADS = frozenset({
    "police", "policeman", "opposition", "protester", "demonstrator", "student", "worker", "rebel", "insurgent",
    "militant", "guerrilla", "guerilla", "separatist", "activist", "crowd", "fundamentalist",
    "islamist", "extremist", "dissident", "party", "movement", "coalition", "front", "faction",
    "militia", "militiaman", "fighter", "elder", "tribesman", "gunman",
})
# "a rebel group", "a terror network", "the opposition alliance": a group by what its
# modifier says it is.
_GROUP_WORDS = frozenset({"group", "organization", "organisation", "network", "cell", "alliance", "bloc"})
_GROUP_KINDS = GROUP_HEADS | frozenset({"terror", "terrorist", "armed", "guerrilla", "jihadist", "paramilitary"})
# "a group of X", "thousands of X", "members of X": the group is X.
_PARTITIVES = frozenset({
    "group", "member", "leader", "band", "number", "score", "dozen", "hundred", "thousand",
    "million", "some", "many", "most", "all", "part", "wave",
})
# Words marking an international, foreign or non-governmental group: no state of its own.
_NOT_NATIONAL = frozenset({
    "rights", "aid", "humanitarian", "relief", "charity", "international", "foreign", "western",
    "world", "global", "regional", "watchdog", "non-governmental", "ngo", "donor", "multinational",
    "u.n.", "un", "peacekeeping", "volunteer", "exile", "exiled", "overseas",
})
# Prepositions of a clause whose object is the other side: "fired into Israel", "clashed with".
_OTHER_SIDE_PREPS = frozenset({
    "at", "into", "against", "on", "upon", "toward", "towards", "to", "from", "with", "across",
})
# Links inside a noun phrase: "an Israeli army post"; a possessive only before a body, people
# or thing of the possessor ("Israel's embassy", not "Algeria's elections").
_NP_LINKS = frozenset({"compound", "amod", "nmod", "flat"})
_OWNED_NOUNS = GROUP_NOUNS | MEANS_NOUNS | frozenset({"flag", "territory", "border", "post", "base", "convoy"})


_BASED = frozenset({"base", "headquarter", "headquartered"})


def based_state(doc: Doc, head: Token, index: ActorIndex) -> list[ActorMention]:
    """"A newspaper based in Beirut", "a group headquartered in Lagos": the state of the place
    a noun for a group or body is said to be based in, as a mention at ``head``."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return []
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in _BASED):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ in {"in", "at"}):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                m = next((m for t in obj.subtree if (m := index.at(t)) is not None and m.actor.kind == "State"), None)
                if m is not None:
                    span = span_of(doc, head.idx, head.idx + len(head.text))
                    return [ActorMention(m.actor, span, sentence_span(head))]
    return []


def sole_state_group(doc: Doc, head: Token, index: ActorIndex) -> list[ActorMention]:
    """The one state of ``head``'s sentence, as a mention at ``head``, when ``head`` is a
    domestic group noun naming no actor (see the module docstring); else empty."""
    if _group_noun(head) is None or _not_national(head):
        return []
    state = _sole_state(head, index)
    if state is None:
        return []
    return [ActorMention(state, span_of(doc, head.idx, head.idx + len(head.text)), sentence_span(head))]


def _group_noun(head: Token) -> Token | None:
    """The group noun a subject phrase is about: ``head``, or the X of "a group of X"."""
    if head.pos_ not in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"}:
        return None
    lemma = head.lemma_.lower()
    if lemma in GROUP_HEADS and head.pos_ in {"NOUN", "PROPN"}:
        return head
    if lemma in _GROUP_WORDS and any(
        c.dep_ in {"compound", "amod"} and c.lemma_.lower() in _GROUP_KINDS for c in head.children
    ):
        return head
    if lemma in _PARTITIVES:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                return _group_noun(obj)
    return None


def _not_national(head: Token) -> bool:
    """Whether the subject phrase marks its group as international or non-governmental."""
    return any(t.lower_ in _NOT_NATIONAL or t.lemma_.lower() in _NOT_NATIONAL for t in head.subtree)


def _sole_state(head: Token, index: ActorIndex) -> ActorRef | None:
    """The only state the sentence of ``head`` names (directly or as a named person's state),
    leaving out states on the other side of a clause; None when there are none or several."""
    states: dict[str, ActorRef] = {}
    sent = head.sent
    for tok in sent:
        m = index.at(tok)
        if m is None:
            continue
        ref = m.actor if m.actor.kind == "State" else (
            m.role.of if m.actor.kind == "Person" and m.role is not None and m.role.of.kind == "State" else None)
        if ref is None:
            continue
        if _other_side(tok):
            return None  # a state the clause acts upon: the group may well be from elsewhere
        states[ref.key] = ref
    return next(iter(states.values())) if len(states) == 1 else None


def _other_side(tok: Token) -> bool:
    """Whether a state mention is the object a clause acts on: the head of its noun phrase is a
    verb's direct object ("burned a US flag") or the object of a preposition of the other side
    ("fired into Israel", "clashed with Ugandan troops", "attacked Israel's embassy", "offered
    the citizens of Russia"). "The resignation of the Algerian president", "boycott Algeria's
    elections" are not."""
    cur = tok
    for _ in range(6):
        if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _OWNED_NOUNS:
            cur = cur.head.head  # "offered the citizens of Russia ...": Russia's citizens
            continue
        owned = cur.dep_ == "poss" and cur.head.lemma_.lower() in _OWNED_NOUNS
        if (cur.dep_ not in _NP_LINKS and not owned) or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ in {"dobj", "dative"} and cur.head.pos_ in {"VERB", "AUX"}:
        return True
    prep = cur.head
    return (cur.dep_ == "pobj" and prep.lower_ in _OTHER_SIDE_PREPS
            and prep.head.pos_ in {"VERB", "AUX"})
