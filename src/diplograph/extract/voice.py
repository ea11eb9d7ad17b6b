"""Who speaks in an official release: its state ("we") and who says "I" (the head of state, or
the official a "Statement by ..." title names), and the publisher as an actor (pure)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplograph.extract.actors import minted_person
from diplograph.extract.statements import OfficialVoice
from diplograph.gazetteer import Gazetteer
from diplograph.model import ActorRef, Article, RoleRef


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


def official_voice(article: Article, gazetteer: Gazetteer) -> OfficialVoice | None:
    """For a government release: its state ("we") and who says "I": the one official whose
    statement it is ("Statement by National Security Advisor Jake Sullivan"; no one when the
    title names an office but no person), else its head of state on that day."""
    if not _is_official(article):
        return None
    state = publisher_actor(article, gazetteer)
    if state is None:
        return None
    if state.kind != "State":
        return OfficialVoice(state)
    official = statement_official(article.title or "", gazetteer, state, article.published)
    head = _head_of_state(gazetteer, state, article.published)
    if official is not None and (official.person is None or head is None or official.person.key != head.key):
        role = role_of(gazetteer, official.person, article.published) or _office_role(
            gazetteer, official, state)
        return OfficialVoice(state, official.person, role)
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


# "Statement by National Security Advisor Jake Sullivan on ...", "Statement from NSC Spokesperson
# Emily Horne": the speaker's part of the title ends before the topic ("on", "Marking", a comma).
_STATEMENT_BY = re.compile(r"^\s*Statement\s+(?:by|from)\s+(?:the\s+)?(?P<who>.+)$", re.IGNORECASE)
_TOPIC_WORDS = frozenset({
    "on", "regarding", "about", "ahead", "after", "following", "at", "in", "for", "to", "upon",
    "marking", "welcoming", "congratulating", "celebrating", "honoring", "announcing", "recognizing",
    "commemorating", "condemning", "applauding", "extending", "urging", "calling", "with",
})
# Last words of an office's title, after which a statement's title gives the holder's name.
_OFFICE_TITLE_ENDS = frozenset({
    "advisor", "adviser", "spokesperson", "spokesman", "spokeswoman", "secretary", "director",
    "chair", "coordinator", "counselor", "administrator", "envoy", "ambassador", "representative",
    "president", "staff", "officer", "general", "commissioner", "czar",
})
_HONORIFICS = frozenset({"dr.", "dr", "mr.", "mr", "ms.", "ms", "mrs.", "mrs", "ambassador", "general"})


def statement_by(title: str) -> str | None:
    """The speaker's part of a "Statement by/from ..." title when it names one speaker (not "X and
    Y", not a joint statement), else None."""
    m = _STATEMENT_BY.match(title)
    if m is None:
        return None
    words: list[str] = []
    for word in re.split(r"\s+", re.split(r"[,:;–—(]", m.group("who"))[0].strip()):
        if word.lower() in _TOPIC_WORDS:
            break
        words.append(word)
    if not words or any(w.lower() in {"and", "&"} for w in words):
        return None
    return " ".join(words)


@dataclass(frozen=True)
class StatementOfficial:
    """The official a "Statement by ..." release is from: ``person`` None for an office whose
    holder the title does not name nor the gazetteer knows; ``office`` the title's words for it."""

    person: ActorRef | None
    office: str = ""


def statement_official(title: str, gazetteer: Gazetteer, state: ActorRef | None = None,
                       day: date | None = None) -> StatementOfficial | None:
    """Who says "I" in a "Statement by/from <office> <name>" release: the named person (a gazetteer
    person; one named by surname only who holds the office for ``state`` on ``day``; else minted
    like any unknown person from the capitalised words after the office's title). None, for the
    usual official voice, when the title is no such statement, names the head of state's office
    ("President Biden", "the President") or no office at all ("the White House"). An office
    named without a name is its sole holder that day, if the gazetteer knows one, else no one."""
    speaker = statement_by(title)
    if speaker is None:
        return None
    words = [w for w in speaker.split() if w.lower() not in _HONORIFICS]
    titles = [i for i, w in enumerate(words) if w.lower() in _OFFICE_TITLE_ENDS]
    presidential = bool(titles) and words[titles[0]].lower() == "president" and (
        titles[0] == 0 or words[titles[0] - 1].lower() != "vice")
    # the speaker's office ends at the first title word followed by a name
    office, run = next(((words[:t + 1], r) for t in titles if (r := _capitalised_run(words[t + 1:]))), ([], []))
    person = gazetteer_person(run, gazetteer)
    if person is not None:
        return StatementOfficial(person, " ".join(office))
    if run and not presidential:
        if 2 <= len(run) <= 3:
            text = " ".join(run)
            minted = minted_person(text)
            return StatementOfficial(minted, " ".join(office))
        holder = _holder_by_surname(" ".join(office), run, gazetteer, state, day) if len(run) == 1 else None
        if holder is not None:  # "Vice President Harris"
            return StatementOfficial(holder, " ".join(office))
    owner = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), len(words))
    person = gazetteer_person(words[:owner], gazetteer)  # "Secretary of State Marco Rubio"
    if person is not None:
        return StatementOfficial(person)
    if not titles or presidential:
        return None
    office = words[:titles[0] + 1]
    return StatementOfficial(_sole_holder(office, gazetteer, state, day), " ".join(office))


def _sole_holder(office: list[str], gazetteer: Gazetteer, state: ActorRef | None,
                 day: date | None) -> ActorRef | None:
    """The one holder of the office ``office`` names exactly (see :func:`_exact_role`)."""
    role = _exact_role(gazetteer, office, state) if state is not None else None
    if role is None:
        return None
    holders = gazetteer.holders(role, state.key, day)
    entry = gazetteer.entry(holders[0]) if len(holders) == 1 else None
    return entry.ref() if entry is not None else None


def _exact_role(gazetteer: Gazetteer, office: list[str], state: ActorRef) -> str | None:
    """The role the title words ``office`` name exactly ("Vice President", "White House Press
    Secretary"); None for a title that only ends in a known one ("Deputy National Security
    Advisor", "NSC Spokesperson": without their first word they name the same role)."""
    words = [w for w in office if w.lower() not in {"white", "house"}]
    role = gazetteer.role_for_title(" ".join(words), state.key) if words else None
    if role is None or (len(words) > 1 and gazetteer.role_for_title(" ".join(words[1:]), state.key) == role):
        return None
    return role


def _holder_by_surname(office: str, run: list[str], gazetteer: Gazetteer, state: ActorRef | None,
                       day: date | None) -> ActorRef | None:
    """The holder of ``office`` for ``state`` on ``day`` whose name ends in the one word of ``run``."""
    role = gazetteer.role_for_title(office, state.key) if state is not None else None
    for key in gazetteer.holders(role, state.key, day) if role is not None and state is not None else ():
        entry = gazetteer.entry(key)
        if entry is not None and entry.ref().label.split()[-1] == run[0]:
            return entry.ref()
    return None


def _capitalised_run(words: list[str]) -> list[str]:
    """The capitalised words ``words`` start with, up to a possessive ("Sullivan's Meeting")."""
    run: list[str] = []
    for w in words:
        if not w[:1].isupper():
            break
        if w.endswith(("'s", "’s")):
            break
        run.append(w)
    return run


def gazetteer_person(words: list[str], gazetteer: Gazetteer) -> ActorRef | None:
    """The first gazetteer person named by three, two or one consecutive words of ``words``."""
    for i in range(len(words)):
        for n in (3, 2, 1):
            found = gazetteer.lookup_person(" ".join(words[i:i + n])) if i + n <= len(words) else ()
            if found:
                return found[0].ref()
    return None


def _office_role(gazetteer: Gazetteer, official: StatementOfficial, state: ActorRef) -> RoleRef | None:
    """A role the gazetteer does not record, read from the statement's title: "Press Secretary
    Kirsten Allen" is a spokesperson of the publisher's state; the holder of an office of no
    exactly known title ("NSC Spokesperson"), an official of it."""
    if official.person is None:
        return None
    role = _exact_role(gazetteer, official.office.split(), state)
    return RoleRef(official.person, role or "official", state, source="text")


def _head_of_state(gazetteer: Gazetteer, state: ActorRef, day: date | None) -> ActorRef | None:
    """The state's head of state on ``day`` (the latest appointed), if the gazetteer knows one."""
    holders = gazetteer.holders("head-of-state", state.key, day)
    entry = gazetteer.entry(holders[0]) if holders else None
    return entry.ref() if entry is not None else None


def role_of(gazetteer: Gazetteer, person: ActorRef | None, day: date | None) -> RoleRef | None:
    """The gazetteer role ``person`` holds on ``day`` (the first listed), if any."""
    if person is None:
        return None
    for r in gazetteer.roles_of(person.key, day):
        of = gazetteer.entry(r.of)
        if of is not None:
            return RoleRef(person, r.role, of.ref(), r.valid_from, r.valid_to)
    return None


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
