"""Who is on the other side of a talk or a deed when the clause does not say it as a subject or
object: whom a clause addresses ("congratulated X", "extended wishes to X"), the verb a "during the
conversation" phrase hangs on, the talks someone briefs on, and who thanks whom for what ("thanked X
for its assistance": X gave it)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex
from diplograph.extract.aims import under_prep
from diplograph.extract.context import actors_of_phrase, statement_at, subject_of
from diplograph.extract.parties import addressee as second_person
from diplograph.extract.parties import others_than, own_keys, parties
from diplograph.model import ActorMention, Statement

# Topics of talks, not sides: "discussed the events in Kazakhstan".
TOPIC_PREPS = frozenset({"in", "on", "about", "over", "regarding", "concerning", "around", "near", "between"})
# Talks a "during ..." phrase names ("During the telephone conversation, ...").
CONVERSATIONS = frozenset({"conversation", "call", "talk", "talks", "meeting", "negotiation", "videoconference", "consultation"})


def spoken_to(doc: Doc, verb: Token, index: ActorIndex, statements: list[Statement]) -> list[ActorMention]:
    """Whom ``verb`` addresses: its object or dative ("congratulated X", "informed X") or its
    "to"/"with" phrase ("extended wishes to X")."""
    def addressed(head: Token) -> list[ActorMention]:
        out = []
        for m in actors_of_phrase(doc, head, index, statements, subject=True):
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if m.actor.kind in {"Person", "State"} and (span is None or not under_prep(span.root, head, TOPIC_PREPS)):
                out.append(m)  # not "discussed the events in Kazakhstan"
        return out

    found: list[ActorMention] = []
    for c in verb.children:
        if c.dep_ in {"dobj", "dative"}:
            found += addressed(c)
        if c.dep_ == "prep" and c.lower_ in {"to", "with"}:
            found += [m for p in c.children if p.dep_ == "pobj" for m in addressed(p)]
    return found


def briefed_on(noun: Token) -> Token | None:
    """The verb of briefing whose topic ``noun`` is ("informed X of the talks with Y", "briefed X
    on the negotiations with Y"), else None."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"of", "about", "on", "regarding"}:
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() in {"inform", "brief", "update", "tell", "apprise"}:
            return verb
    return None


def during_verb(prep: Token) -> Token | None:
    """The verb a "during" / "in the course of" phrase hangs on, else None."""
    if prep.lower_ == "of" and prep.head.lower_ == "course" and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "in the course of the talks"
        if prep.lower_ != "in":
            return None
    elif prep.lower_ != "during":
        return None
    return prep.head if prep.dep_ == "prep" else None


_THANKING = frozenset({"thank", "gratitude", "grateful", "thankful", "appreciation", "thanks"})


def thanks_for(tok: Token) -> Token | None:
    """The word of thanks whose "for" phrase ``tok`` is in ("thanked X for its aid", "expressed
    gratitude for facilitating the evacuation"), else None."""
    cur = tok
    for _ in range(6):
        if cur.dep_ not in {"pobj", "dobj", "pcomp", "prep", "conj"} or cur.head.i == cur.i:
            return None
        if cur.dep_ == "prep" and cur.lower_ == "for":
            return cur.head if cur.head.lemma_.lower() in _THANKING or cur.head.lower_ in _THANKING else None
        cur = cur.head
    return None


def thanks_sides(
    doc: Doc, thanks: Token, tok: Token, index: ActorIndex, statements: list[Statement]
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Who thanks and who is thanked: the object of "thank", "gratitude to X", else (a readout's
    "expressed gratitude for ...") the other side of the conversation."""
    verb = thanks.head if thanks.pos_ != "VERB" and thanks.dep_ in {"dobj", "acomp"} else thanks
    subj = subject_of(verb)
    thanker = actors_of_phrase(doc, subj, index, statements, subject=True) if subj is not None else []
    speaking = statement_at(statements, thanks.idx)
    if not thanker and speaking is not None:  # "Thank you for ..." in a speaker's turn
        thanker = [statements[speaking].speaker]
    thanked: list[ActorMention] = []
    for head in {thanks.i: thanks, verb.i: verb}.values():
        for c in head.children:
            if c.dep_ == "dobj" and head.lemma_.lower() == "thank":
                thanked += (second_person(doc, c, index, statements) if c.lower_ == "you"
                            else actors_of_phrase(doc, c, index, statements, subject=True))
            if c.dep_ == "prep" and c.lower_ == "to":
                thanked += [m for p in c.children if p.dep_ == "pobj"
                            for m in actors_of_phrase(doc, p, index, statements, subject=True)]
    if not thanked and thanker:
        thanked = others_than(parties(doc, index, tok), own_keys(thanker))
    return thanker, thanked
