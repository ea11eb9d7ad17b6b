"""Whom an action is aimed at when its object names no actor.

"threatened to cut off electricity to the republic of X", "offered its troops to Lebanon",
"will stop the talks if the United States ...": the stance's target is an issue (the
electricity, the troops, the talks) and the actor it concerns is named elsewhere in the
action's clause -- its recipient, the party a condition is put to, or where it takes place.
Pure: reads the Doc and the actor index.
"""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.extract.actors import ActorIndex
from diplograph.extract.context import actors_of_phrase
from diplograph.model import ActorMention, ActorRef

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Branches of a clause that name whom or where the action reaches.
_AIM_DEPS = frozenset({"prep", "dative", "advcl", "xcomp", "dobj", "pobj", "pcomp", "ccomp", "conj"})
_NOT_AIMS = frozenset({"DATE", "TIME"})
_VENUE_PREPS = frozenset({"in", "at"})
_OBJECTS = frozenset({"pobj", "dobj", "dative"})


def aimed_at(cue: Token, target: Token, index: ActorIndex, exclude: set[str], limit: int = 2) -> list[ActorRef]:
    """Actors the action of ``target`` (an object or infinitive under ``cue``) is aimed at.

    Looks at the action's clause first (the verb ``target`` is the object of, or ``target``
    itself when it is a verb), then at the cue's own branches; never at subjects (who acts)
    nor at actors in ``exclude`` (the stance's holders). Actors come in text order.
    """
    action = target if target.pos_ in {"VERB", "AUX"} else target.head
    return [m.actor for m in aimed_mentions([action, cue], index, exclude, limit)]


def aimed_mentions(
    tops: list[Token], index: ActorIndex, exclude: set[str], limit: int = 2, venues: bool = True,
    skip: frozenset[str] = frozenset(),
) -> list[ActorMention]:
    """Actor mentions in the branches of the first of ``tops`` that has any (see :func:`aimed_at`);
    with ``venues`` false, places after "in"/"at" are left out ("met in Geneva": where, not whom);
    prepositions in ``skip`` name topics, not aims ("intelligence sharing on X")."""
    found: list[ActorMention] = []
    for top in dict.fromkeys(tops):
        for tok in _branches(top, venues, skip):
            if tok.ent_type_ in _NOT_AIMS:
                continue
            m = index.at(tok)
            if m is None and tok.dep_ in _OBJECTS and tok.pos_ in {"NOUN", "PROPN"}:
                # "to five Panamanian army officers": the group noun's actor
                m = next(iter(actors_of_phrase(tok.doc, tok, index, [])), None)
            if m is None or m.actor.key in exclude:
                continue
            if all(m.actor.key != f.actor.key for f in found):
                found.append(m)
            if len(found) >= limit:
                return found
        if found:
            return found
    return found


def _branches(top: Token, venues: bool = True, skip: frozenset[str] = frozenset()) -> list[Token]:
    """Tokens under ``top`` reached through object, prepositional and clausal branches, in text
    order; subjects (and everything under them) are left out."""
    out: list[Token] = []
    for c in top.children:
        if c.dep_ in _SUBJECTS or c.dep_ not in _AIM_DEPS:
            continue
        if not venues and c.dep_ == "prep" and c.lower_ in _VENUE_PREPS:
            continue
        out.extend(t for t in c.subtree if not _under_subject(t, top) and not under_prep(t, top, skip))
    return sorted(out, key=lambda t: t.i)


def under_prep(tok: Token, top: Token, preps: frozenset[str]) -> bool:
    """Whether ``tok`` is (inside) the object of one of ``preps`` below ``top``."""
    cur = tok
    while preps and cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in preps:
            return True
        cur = cur.head
    return False


def _under_subject(tok: Token, top: Token) -> bool:
    """Whether ``tok`` is (inside) the subject of a clause below ``top`` ("if the US goes ahead"
    is kept: the subject of a condition is whom the condition is put to)."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ in _SUBJECTS and not _conditional(cur.head):
            return True
        cur = cur.head
    return False


def _conditional(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in verb.children)
