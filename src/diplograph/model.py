"""Plain, frozen data classes passed between stages. No spaCy or RDF imports here."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One input document. Offsets of every claim refer to ``text`` exactly."""

    id: str  # stable key: the URL if known, else "sha256:<content hash>"
    text: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    publisher: str | None = None
    dateline_place: str | None = None
    origin: str | None = None  # file path (and record number) it was read from
    corpus_id: str | None = None  # the record's own id field, if any


@dataclass(frozen=True)
class Span:
    """Character span [start, end) of the article text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ActorRef:
    """A resolved actor: ``key`` is the stable gazetteer key or a minted one."""

    key: str  # e.g. "state/RUS", "org/UN", "person/sergey-lavrov", "minted/org/tass"
    label: str
    kind: str  # State | Person | Organization | InternationalOrganization | Coalition | CollectiveActor
    wikidata: str | None = None  # "Q159"
    iso3: str | None = None


@dataclass(frozen=True)
class RoleRef:
    """A person's role for a state or organization, valid on the article date."""

    holder: ActorRef
    role: str  # role-type key: head-of-state, head-of-government, foreign-minister, ...
    of: ActorRef
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = "gazetteer"  # or "text" when read from "Russian Foreign Minister X"


@dataclass(frozen=True)
class ActorMention:
    actor: ActorRef
    span: Span
    sentence: Span
    role: RoleRef | None = None


@dataclass(frozen=True)
class Statement:
    speaker: ActorMention
    content: Span  # quoted or reported content
    reporting_verb: str
    trigger: Span  # the reporting verb (or "according to") in the text
    sentence: Span
    direct: bool
    confidence: float


@dataclass(frozen=True)
class Issue:
    """A non-actor stance target such as "unilateral sanctions"."""

    label: str
    span: Span
    concerns: tuple[ActorRef, ...] = ()
    target_actor: ActorRef | None = None  # whose policy it is ("the US embargo" -> USA)


@dataclass(frozen=True)
class Stance:
    holder: ActorMention
    stance_type: str  # PLOVER name, upper case
    polarity: int  # +1 / -1
    trigger: Span
    sentence: Span
    confidence: float
    target_actor: ActorMention | None = None
    target_issue: Issue | None = None
    addressee: ActorRef | None = None  # of whom something is demanded / whose policy is opposed
    statement_index: int | None = None  # index into Extraction.statements
    cameo: str | None = None
    negated: bool = False


@dataclass(frozen=True)
class Participant:
    mention: ActorMention
    role: str  # source | target | participant
    via_role: bool = False  # the state a named person acts for, not itself mentioned there
    inferred: bool = False  # a side the text does not name, read from where or by whom it is done


@dataclass(frozen=True)
class Event:
    event_type: str  # PLOVER name
    mode: str | None
    trigger: Span
    sentence: Span
    participants: tuple[Participant, ...]
    modality: str  # asserted | planned | hypothetical | negated | historical
    confidence: float
    cameo: str | None = None
    date: str | None = None  # ISO date, "YYYY-MM" or "YYYY"
    date_text: str | None = None
    place: ActorRef | None = None
    place_text: str | None = None
    label: str | None = None  # short description, e.g. the object phrase
    statement_index: int | None = None
    nominal: bool = False  # triggered by a noun ("the visit") rather than a verb


@dataclass(frozen=True)
class Relation:
    """A relation between two actors stated in the text (MEMBER_OF, ALLY_OF, PARTNER_OF)."""

    relation: str
    subject: ActorMention
    object: ActorMention
    trigger: Span
    sentence: Span
    confidence: float
    statement_index: int | None = None
    claimant: ActorMention | None = None  # who says so, when inside a statement


@dataclass(frozen=True)
class Extraction:
    article: Article
    mentions: tuple[ActorMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    stances: tuple[Stance, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    roles: tuple[RoleRef, ...] = field(default=())
