"""Doc -> claims (pure): actors, statements, stances, events and relations."""

from __future__ import annotations

from spacy.tokens import Doc

from diplograph.extract.actors import find_actors
from diplograph.extract.events import find_events
from diplograph.extract.relations import find_relations
from diplograph.extract.stances import find_stances
from diplograph.extract.statements import OfficialVoice, find_statements
from diplograph.gazetteer import Gazetteer
from diplograph.model import ActorRef, Article, Extraction, RoleRef


def publisher_actor(article: Article, gazetteer: Gazetteer) -> ActorRef | None:
    """The actor speaking in the first person in an official text ("The White House" -> USA)."""
    if not article.publisher:
        return None
    found = gazetteer.lookup(article.publisher)
    if found:
        return found[0].ref()
    for word in reversed(article.publisher.replace(",", " ").split()):
        found = gazetteer.lookup(word)
        if found and found[0].kind == "State":
            return found[0].ref()
    return None


def extract(doc: Doc, article: Article, gazetteer: Gazetteer) -> Extraction:
    """Every claim in one processed article."""
    official = official_voice(article, gazetteer)
    index = find_actors(doc, article, gazetteer, official.state if official else None)
    statements = find_statements(doc, index, official)
    stances = find_stances(doc, index, statements)
    events = find_events(doc, index, statements, article.published)
    relations = find_relations(doc, index, statements)
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


def official_voice(article: Article, gazetteer: Gazetteer) -> OfficialVoice | None:
    """For a government release: its state ("we") and its head of state on that day ("I")."""
    if not _is_official(article):
        return None
    state = publisher_actor(article, gazetteer)
    if state is None:
        return None
    if state.kind != "State":
        return OfficialVoice(state)
    holders = gazetteer.holders("head-of-state", state.key, article.published)
    if not holders:
        return OfficialVoice(state)
    person = gazetteer.entry(holders[0])
    if person is None:
        return OfficialVoice(state)
    role = next(
        (
            RoleRef(person.ref(), r.role, state, r.valid_from, r.valid_to)
            for r in gazetteer.roles_of(person.key, article.published)
            if r.role == "head-of-state"
        ),
        None,
    )
    return OfficialVoice(state, person.ref(), role)


def publisher_of(article: Article, gazetteer: Gazetteer) -> ActorRef | None:
    """The publisher as an actor when the gazetteer knows it ("TASS", "The White House" -> USA)."""
    if not article.publisher:
        return None
    found = gazetteer.lookup(article.publisher)
    return found[0].ref() if found else None


def _is_official(article: Article) -> bool:
    """Government releases speak as their publisher; news agencies do not."""
    publisher = (article.publisher or "").lower()
    return any(w in publisher for w in ("white house", "president of", "kremlin", "ministry", "government", "department of state"))
