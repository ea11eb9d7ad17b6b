"""Which found statements are reports of speech (pure).

The statements finder keeps every attribution, because stances and events inside them take the
speaker as their holder. Two kinds are no report of what someone said (tests/gold/README.md):

- "The leaders agreed that ..." -- an agreement, an AGREE event of its own;
- an author's performative in a first-person text or a transcript turn -- "I would like to note
  that ...", "I want to reiterate that ...", "We further emphasize that ...", "I believe ..." --
  the speaker's own words already, not a report of another speech act.

:func:`reported_only` drops them from what an extraction publishes and points the claims that
were expressed in one of them at the statement around it (the transcript turn), if any.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from diplograph.model import Event, Relation, Stance, Statement

_FIRST_PERSON = frozenset({"i", "we"})
_WISHING = frozenset({"like", "want", "wish", "love", "let"})


def reported_only(
    doc: Doc, statements: list[Statement], stances: list[Stance], events: list[Event], relations: list[Relation],
) -> tuple[list[Statement], list[Stance], list[Event], list[Relation]]:
    """The statements that report speech, and the claims re-pointed to them."""
    kept = [i for i, s in enumerate(statements) if not _no_report(doc, s)]
    if len(kept) == len(statements):
        return statements, stances, events, relations
    new_index = {old: new for new, old in enumerate(kept)}
    for i, s in enumerate(statements):
        if i not in new_index:
            around = _enclosing(statements, s, kept)
            new_index[i] = new_index[around] if around is not None else None

    def moved(claims):
        return [c if c.statement_index is None else replace(c, statement_index=new_index[c.statement_index])
                for c in claims]

    return [statements[i] for i in kept], moved(stances), moved(events), moved(relations)


def _no_report(doc: Doc, s: Statement) -> bool:
    verb = _verb(doc, s)
    if verb is None:
        return False
    if s.reporting_verb == "agree":
        return True  # "the leaders agreed that ...": an agreement (an AGREE event)
    return _performative(verb)


def _verb(doc: Doc, s: Statement) -> Token | None:
    span = doc.char_span(s.trigger.start, s.trigger.end, alignment_mode="expand")
    if span is None or (s.direct and s.trigger.text.strip() in {":", ""}):
        return None  # a transcript turn
    return next((t for t in span if t.pos_ in {"VERB", "AUX"}), None)


def _performative(verb: Token) -> bool:
    """"I would like to note that", "I want to strongly reiterate that", "we further emphasize
    that", "I believe": the author saying it now, in the first person (not "I told him that ...",
    "as I said yesterday", which report another speech act)."""
    head = verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _WISHING:
        head = verb.head  # "would like | to note": the subject and tense are the wish's
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _FIRST_PERSON:
        return False
    if head is not verb:
        return True
    return verb.tag_ in {"VBP", "VBZ"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _enclosing(statements: list[Statement], s: Statement, kept: list[int]) -> int | None:
    """The kept statement whose content holds ``s`` (a turn around a performative), if any."""
    for i in kept:
        c = statements[i].content
        if c.start <= s.trigger.start and s.trigger.end <= c.end:
            return i
    return None
