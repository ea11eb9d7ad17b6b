"""Who "we" are in a joint statement: its signatories, read from the title ("Joint Statement by
President Joe Biden and Taoiseach Micheál Martin", "United States-India Joint Statement", "Joint
Statement from the United States, United Kingdom, France, Germany, and Italy on ...") or, when
the title names none ("Joint Statement on Israel"), from the words set beside the text's first
"we" ("We, the leaders of the European Commission, France, ...", "we -- President Macron of
France, ..."). Pure functions of the title, the gazetteer and the processed text."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from diplograph.extract.actors import ActorIndex, minted_person
from diplograph.extract.voice import gazetteer_person, role_of
from diplograph.gazetteer import Gazetteer
from diplograph.model import ActorRef, RoleRef

Signatory = tuple[ActorRef, RoleRef | None]

_JOINT = re.compile(r"\bjoint\b(?:\s+\w+['’]?)?\s+(?:statement|declaration|communiqu[eé])", re.IGNORECASE)
_NOT_JOINT = re.compile(r"^\s*(?:remarks|readout|fact sheet|press briefing|background)\b|\bjoint press\b", re.IGNORECASE)
# "Joint Statement by/from/of/between <signatories> [on|following|... <topic>]"
_AFTER = re.compile(
    r"\bjoint\b(?:\s+leaders['’]?)?\s+(?:statement|declaration|communiqu[eé])s?\s+(?:by|from|of|between)\s+(?P<who>.+)$",
    re.IGNORECASE)
# "<signatories> Joint [Leaders'] Statement ..."
_BEFORE = re.compile(r"^(?P<who>.+?)\s+joint\b", re.IGNORECASE)
_TOPIC = re.compile(
    r"\s+(?:on|following|regarding|concerning|to|at|in|endorsing|after|ahead|for|marking|about)\s+(?!the\s+(?:united|republic|kingdom))|[:;|–—(]",
    re.IGNORECASE)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_LEADING = re.compile(r"^(?:the\s+)?(?:(?:leaders?|governments?|heads? of (?:state|government))\s+of\s+)?(?:the\s+)?",
                      re.IGNORECASE)
_TITLE_WORDS = frozenset({
    "president", "prime", "minister", "chancellor", "taoiseach", "king", "queen", "emir", "amir", "sultan",
    "premier", "secretary", "general", "crown", "prince", "his", "her", "majesty", "highness", "excellency",
    "vice", "federal", "state", "of", "the", "foreign", "affairs",
})
_PARTICLES = frozenset({"de", "da", "del", "van", "von", "bin", "al", "el", "di", "la", "le"})


def is_joint_statement(title: str | None) -> bool:
    """A joint statement, declaration or communiqué (not remarks at a joint press appearance)."""
    return bool(title) and _JOINT.search(title) is not None and _NOT_JOINT.search(title) is None


def title_signatories(title: str, gazetteer: Gazetteer, day: date | None) -> tuple[Signatory, ...]:
    """The signatories a joint statement's title names (at least two, or none)."""
    m = _AFTER.search(title)
    who = m.group("who") if m else None
    if who is None and (m := _BEFORE.match(title)) is not None and not _JOINT.match(title.strip()):
        who = m.group("who")
    if not who:
        return ()
    who = _TOPIC.split(who, maxsplit=1)[0]
    found: list[Signatory] = []
    for part in _SPLIT.split(who):
        for piece in _hyphenated(part, gazetteer):
            sig = _signatory(piece, gazetteer, day)
            if sig is not None and all(s[0].key != sig[0].key for s in found):
                found.append(sig)
    return tuple(found) if len(found) >= 2 else ()


def body_signatories(doc: Doc, index: ActorIndex) -> tuple[Signatory, ...]:
    """The actors named beside the text's first "we" ("We, the leaders of X, Y and Z, ...")."""
    we = next((t for t in doc if t.lower_ == "we"), None)
    if we is None:
        return ()
    beside = [c for c in we.children if c.dep_ == "appos"]
    if not beside and we.i + 2 < len(doc) and doc[we.i + 1].text in {"—", "–", "-", "--", ","}:
        beside = [doc[we.i + 2]]  # "we — President Macron of France, ...": the parser may not link it
    found: list[Signatory] = []
    for head in beside:
        end = next((t.i for t in doc[head.i:] if t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod"), len(doc))
        for m in index.sorted():
            start = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if start is None or not head.i <= start.start < end:
                continue
            if all(s[0].key != m.actor.key for s in found):
                found.append((m.actor, m.role))
    # a person's state named with them ("President Macron of France") is not a signatory of its own
    held = {r.of.key for _, r in found if r is not None}
    found = [s for s in found if s[0].key not in held]
    return tuple(found) if len(found) >= 2 else ()


def _hyphenated(part: str, gazetteer: Gazetteer) -> list[str]:
    """"U.S.-UAE", "United States-India": two sides joined by a hyphen, when both are states."""
    pieces = [p.strip() for p in re.split(r"(?<=[A-Za-z.])[-–](?=[A-Z])", part)]
    if len(pieces) > 1 and all(any(e.kind == "State" for e in gazetteer.lookup(_LEADING.sub("", p))) for p in pieces):
        return pieces
    return [part]


def _signatory(part: str, gazetteer: Gazetteer, day: date | None) -> Signatory | None:
    """One named signatory: a gazetteer person (with their role that day), a state or an
    organisation, or a person the gazetteer does not know, with the state the title ties them to."""
    text = _LEADING.sub("", part.strip()).strip(" ,")
    if not text:
        return None
    whole = [e for e in gazetteer.lookup(text) if e.kind != "Person"]
    if whole:
        return whole[0].ref(), None
    words = text.split()
    person = gazetteer_person(words, gazetteer)
    if person is not None:
        return person, role_of(gazetteer, person, day)
    state = _state_in(words, gazetteer)
    name = _name_after_title(words)
    if name is not None:
        person = minted_person(name)
        if state is None:
            return person, None
        office = " ".join(w for w in words if w.lower() in _TITLE_WORDS and w.lower() not in {"of", "the"})
        role = gazetteer.role_for_title(office, state.key) if office else None
        return person, RoleRef(person, role or "official", state, source="text")
    return (state, None) if state is not None else None


def _state_in(words: list[str], gazetteer: Gazetteer) -> ActorRef | None:
    """The longest run of ``words`` naming a state or organisation ("Dutch", "the Republic of Korea")."""
    for n in range(len(words), 0, -1):
        for i in range(len(words) - n + 1):
            found = [e for e in gazetteer.lookup(" ".join(words[i:i + n])) if e.kind != "Person"]
            if found:
                return found[0].ref()
    return None


def _name_after_title(words: list[str]) -> str | None:
    """"Taoiseach Micheál Martin" -> "Micheál Martin": two to four capitalised words after a title."""
    last_title = max((i for i, w in enumerate(words) if w.lower() in _TITLE_WORDS), default=-1)
    if last_title < 0:
        return None
    run: list[str] = []
    for w in words[last_title + 1:]:
        if not (w[:1].isupper() or w.lower() in _PARTICLES):
            break
        run.append(w)
    return " ".join(run) if 2 <= len(run) <= 4 and run[0][:1].isupper() else None
