"""Who meets whom: the sides of talks, meetings and summits, and the checks that tell a talk
from a one-sided act ("the BRICS summit" is its members' meeting, "I met with workers in
Milwaukee" is no talk with another side, "They discussed ..." after a call is that call)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex
from diplograph.extract.context import actors_of_phrase, subject_of
from diplograph.model import ActorMention, Event, Participant, Statement


def side_of(p: Participant) -> str:
    """The actor a participant stands for: a person's state or body, else the actor itself."""
    return p.mention.role.of.key if p.mention.role is not None else p.mention.actor.key


# Bodies whose meeting is a meeting of their members: "the CSTO summit", "a NATO meeting".
# (Not an organ: "the meeting of the Security Council of the Russian Federation" is a state's.)
MULTILATERAL_KINDS = frozenset({"InternationalOrganization", "Coalition"})


def one_sided(event: Event) -> bool:
    """All participants are one side (a person counts as the state or body they act for) and the
    place, if any, is theirs too: a talk, visit or meeting needs a second party or a place abroad.
    A gathering of a multilateral body named as such ("the BRICS summit", "a NATO meeting") has
    its members for sides; a person of that body ("the EU's envoy met") does not, nor does talk
    aimed at one ("interaction with BRICS partners")."""
    sides = {side_of(p) for p in event.participants}
    if event.place is not None:
        sides.add(event.place.key)  # "the President's meetings this week in Belgium": abroad
    if event.nominal and event.mode not in {"visit", "call"} and all(
            p.mention.actor.kind in MULTILATERAL_KINDS and p.mention.role is None and p.role == "source"
            for p in event.participants):
        return False
    return len(sides) <= 1


def discussants_named(verb: Token) -> bool:
    """Both sides of a discussion are named as such: conjoined subjects ("X and Y discussed"), a
    subject set beside a list ("We, the leaders of X, Y and Z, discussed") or "discussed ... with X";
    not a topic's place ("discussed the situation in Ukraine")."""
    subject = subject_of(verb)
    if subject is not None and (subject.conjuncts or any(c.dep_ == "appos" for c in subject.children)
                                or subject.lower_ in {"sides", "parties", "leaders", "presidents", "they"}):
        return True
    return bool(discussed_with(verb))


def discussed_with(verb: Token) -> list[Token]:
    """The "with" of a discussion, on the verb or its object ("discussed the agreement with X")."""
    return [p for c in (verb, *(c for c in verb.children if c.dep_ == "dobj")) for p in c.children
            if p.dep_ == "prep" and p.lower_ == "with"]


def same_talks(event: Event, others: list[Event]) -> bool:
    """A discussion narrated after the talk it belongs to ("President Biden spoke with X. They
    discussed ..."): another CONSULT in the text has a side in common with it."""
    sides = {side_of(p) for p in event.participants}
    return any(o.event_type == "CONSULT" and sides & {side_of(p) for p in o.participants} for o in others)


def engaged_with(noun: Token, index: ActorIndex) -> bool:
    """"her engagements with Presidents X and Y": a "with" of the noun itself naming a person or a state."""
    return any(
        (m := index.at(t)) is not None and m.actor.kind in {"Person", "State"}
        for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"
        for p in c.children if p.dep_ == "pobj" for t in p.subtree
    )


_TALK_NOUNS = frozenset({"conversation", "talk", "talks", "meeting", "call", "summit", "negotiation", "consultation"})


def sides_of_named_talks(doc: Doc, verb: Token, index: ActorIndex, statements: list[Statement]) -> list[ActorMention]:
    """"as agreed during Lukashenko's telephone conversations with Merkel": the possessor of the
    talks and whom they were with, when both are named."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ not in {"during", "at", "in"}:
            continue
        for noun in (t for p in c.children if p.dep_ == "pobj" for t in p.subtree
                     if t.pos_ == "NOUN" and t.lemma_.lower() in _TALK_NOUNS):
            found = [m for g in noun.children if g.dep_ == "poss"
                     for m in actors_of_phrase(doc, g, index, statements)]
            found += [m for g in noun.children if g.dep_ == "prep" and g.lower_ == "with"
                      for p in g.children if p.dep_ == "pobj" for m in actors_of_phrase(doc, p, index, statements)]
            if len({m.actor.key for m in found}) > 1:
                return found
    return []


_MANY = frozenset({"dozens", "hundreds", "thousands", "scores", "countless", "numerous"})


def tallied_meetings(tok: Token) -> bool:
    """"have met with over 100 world leaders", "talked with dozens of presidents": a verb of meeting
    whose partners are counted by the score tells a record, not a meeting."""
    if tok.pos_ != "VERB":
        return False
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        verbs.append(tok.head)
    partners = [p for v in verbs for c in v.children
                if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"with", "to"})
                for p in ([c] if c.dep_ == "dobj" else [g for g in c.children if g.dep_ == "pobj"])]
    for p in partners:
        if p.lower_ in _MANY:
            return True
        for n in (c for c in p.children if c.dep_ == "nummod"):
            digits = n.text.replace(",", "")
            if digits.isdigit() and int(digits) >= 10:
                return True
    return False


_HOSTING_VERBS = frozenset({"host", "organize", "organise", "attend", "join"})


def hosts_of_gathering(noun: Token) -> list[Token]:
    """Who hosts or attends a gathering a noun names: the agent of "the summit hosted by X", the
    subject of "X will host the summit", "X attended the summit", "X took part in the summit"."""
    hosts = [p for c in noun.children if c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in _HOSTING_VERBS
             for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    head, verb = noun.head, None
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _HOSTING_VERBS:
        verb = head
    elif noun.dep_ == "pobj" and head.lower_ in {"in", "at"}:
        up = head.head  # "participate in", "take part in" (the "in" on "part" or on "take")
        if up.lemma_.lower() == "participate" or (up.lower_ == "part" and up.dep_ == "dobj"):
            verb = up if up.pos_ == "VERB" else up.head
        elif up.lemma_.lower() == "take" and any(c.lower_ == "part" and c.dep_ == "dobj" for c in up.children):
            verb = up
    subj = subject_of(verb) if verb is not None and not any(c.dep_ == "auxpass" for c in verb.children) else None
    return hosts + ([subj] if subj is not None else [])


def first_actor_in(head: Token, index: ActorIndex) -> list[ActorMention]:
    """The first actor named inside a phrase ("the Chinese presidency": China)."""
    return next(([m] for t in head.subtree if (m := index.at(t)) is not None), [])


def not_own_side_as_other(parts: list[Participant]) -> list[Participant]:
    """``parts`` without targets that are also sources, when another side is the target:
    "Biden welcomed X to the White House" is no meeting of the United States with itself."""
    sources = {p.mention.actor.key for p in parts if p.role == "source"}
    targets = [p for p in parts if p.role == "target"]
    if not any(p.mention.actor.key not in sources for p in targets):
        return parts  # "X and Y met": every side is source and target alike
    return [p for p in parts if p.role != "target" or p.mention.actor.key not in sources]
