"""Doc -> claims (pure): actors, statements, stances, events and relations."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from diplograph.extract.actors import find_actors
from diplograph.extract.assessments import find_assessments
from diplograph.extract.events import find_events, not_intents, ultimatums
from diplograph.extract.relations import find_relations
from diplograph.extract.reported import reported_only
from diplograph.extract.signatories import body_signatories, is_joint_statement, title_signatories
from diplograph.extract.stances import find_stances
from diplograph.extract.statements import find_statements
from diplograph.extract.voice import official_voice, publisher_of
from diplograph.gazetteer import Gazetteer
from diplograph.model import Article, Event, Extraction, Issue, RoleRef, Stance

# Announced meetings and agreements stay events (planned CONSULT, AGREE); announced help,
# cooperation and concessions are also intents to cooperate.
_COOPERATIVE = {"AID", "COOPERATE", "CONCEDE", "RETREAT"}
_CONFLICTUAL = {"FIGHT", "ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "PROTEST"}


def _said_already(stance: Stance, stances: list[Stance]) -> bool:
    """An intent read from an announced event that a cue in the same sentence already gives the
    same holder ("will continue to coordinate": the promise and the planned cooperation)."""
    return any(t.sentence == stance.sentence and t.stance_type == stance.stance_type
               and t.holder.actor.key == stance.holder.actor.key for t in stances)


def intentions(
    events: list[Event], ultimatums: frozenset[int] = frozenset(), not_intended: frozenset[int] = frozenset()
) -> list[Stance]:
    """Announced or offered actions as stances (CAMEO 03 / 13 convention).

    "Japan will provide aid to Ukraine" expresses intent to cooperate (PLOVER
    AGREE); "X would impose sanctions" a threat (THREATEN). The stance is held by
    the event's first source and aims at its first target. An action announced "unless"
    something happens (its trigger offset in ``ultimatums``) is a threat whatever its type; one
    whose trigger offset is in ``not_intended`` (attempted: "tried to hack into"; asked of
    someone else; a condition) is no intent of its source.
    """
    out: list[Stance] = []
    for e in events:
        if e.modality not in {"planned", "hypothetical"} or e.nominal:
            continue  # "the upcoming summit" announces nothing; "X will provide aid" does
        if e.trigger.start in not_intended and e.trigger.start not in ultimatums:
            continue
        kind = "AGREE" if e.event_type in _COOPERATIVE else "THREATEN" if e.event_type in _CONFLICTUAL else None
        if e.trigger.start in ultimatums:
            kind = "THREATEN"
        stance = None if kind is None else _stance_of_event(e, kind, "030" if kind == "AGREE" else "130")
        if stance is not None and kind == "THREATEN" and stance.target_actor is None:
            continue  # "we will mobilize capital", "we'll beat this pandemic": no one is threatened
        if stance is not None:
            out.append(stance)
    return out


# Not agreeing, not conceding: "failed to reach agreement", "would not meet their demands",
# "will not release the prisoners" reject (CAMEO 12, "refuse to yield", "decline to ease").
_YIELDING = {"AGREE", "CONCEDE", "RETREAT"}


def refusals(events: list[Event], stances: list[Stance]) -> list[Stance]:
    """Negated agreements and concessions as REJECT stances of their source (or their parties),
    aimed at their target, unless a rejection cue of the same sentence already says so."""
    out: list[Stance] = []
    for e in events:
        if e.modality != "negated" or e.event_type not in _YIELDING:
            continue
        stance = _stance_of_event(e, "REJECT", "120")
        if stance is None or any(
            s.stance_type == "REJECT" and s.sentence == e.sentence and s.holder.actor.key == stance.holder.actor.key
            for s in stances
        ):
            continue
        out.append(stance)
    return out


def _stance_of_event(e: Event, kind: str, cameo: str) -> Stance | None:
    """A stance of ``kind`` held by the event's first source, aimed at its first target (or,
    without one, at the action itself as an issue); None without a source."""
    sources = [p.mention for p in e.participants if p.role == "source" and not p.via_role]
    targets = [p.mention for p in e.participants if p.role == "target" and not (p.via_role or p.inferred)]
    if not sources:
        return None
    return Stance(
        holder=sources[0],
        stance_type=kind,
        polarity=1 if kind == "AGREE" else -1,
        trigger=e.trigger,
        sentence=e.sentence,
        confidence=round(min(0.9, e.confidence + 0.1), 2),
        target_actor=targets[0] if targets else None,
        target_issue=None if targets else Issue(e.label or e.trigger.text, e.trigger),
        addressee=targets[0].actor if targets else None,
        statement_index=e.statement_index,
        cameo=cameo,
    )


def extract(doc: Doc, article: Article, gazetteer: Gazetteer) -> Extraction:
    """Every claim in one processed article."""
    official = official_voice(article, gazetteer)
    index = find_actors(doc, article, gazetteer, official.state if official else None)
    if official is not None and is_joint_statement(article.title):
        signed = title_signatories(article.title or "", gazetteer, article.published) or body_signatories(doc, index)
        official = replace(official, signatories=signed)
    statements = find_statements(doc, index, official)
    # a stance has one holder: a joint statement's "we" holds it as its publisher's state (one
    # claim, not one per signatory); events list every signatory among their participants
    voice = replace(official, signatories=()) if official else None
    stances = find_stances(doc, index, statements, voice) + find_assessments(doc, index, statements, voice)
    events = find_events(doc, index, statements, article.published, official)
    stances = stances + [s for s in intentions(events, ultimatums(doc, events), not_intents(doc, events))
                         if not _said_already(s, stances)]
    stances = stances + refusals(events, stances)
    relations = find_relations(doc, index, statements)
    statements, stances, events, relations = reported_only(doc, statements, stances, events, relations)
    mentions = index.sorted()
    roles: dict[tuple, RoleRef] = {}
    for m in list(mentions) + [s.speaker for s in statements]:
        if m.role is not None:
            roles.setdefault((m.role.holder.key, m.role.role, m.role.of.key), m.role)
    return Extraction(
        article=article,
        mentions=tuple(mentions),
        statements=tuple(statements),
        stances=tuple(stances),
        events=tuple(events),
        relations=tuple(relations),
        roles=tuple(roles.values()),
    )


__all__ = ["extract", "intentions", "official_voice", "publisher_of", "refusals"]
