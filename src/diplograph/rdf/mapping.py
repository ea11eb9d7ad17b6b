"""Claims -> RDF quads in the article's named graph (pure: no store, no I/O)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

from pyoxigraph import Literal, NamedNode, Quad

from diplograph import EXTRACTOR_VERSION
from diplograph.model import (
    ActorMention,
    ActorRef,
    Article,
    Event,
    Extraction,
    Issue,
    Relation,
    RoleRef,
    Span,
    Stance,
    Statement,
)
from diplograph.rdf import iris
from diplograph.rdf.iris import dg
from diplograph.rdf.namespaces import DCTERMS, RDF, RDFS, SCHEMA, XSD

A = NamedNode(RDF + "type")
LABEL = NamedNode(RDFS + "label")
XSD_DATE = NamedNode(XSD + "date")
XSD_GYEAR = NamedNode(XSD + "gYear")
XSD_GYM = NamedNode(XSD + "gYearMonth")
XSD_INT = NamedNode(XSD + "integer")
XSD_DEC = NamedNode(XSD + "decimal")
XSD_BOOL = NamedNode(XSD + "boolean")
RELATION_PROPERTIES = {
    "MEMBER_OF": "isMemberOf",
    "ALLY_OF": "isAllyOf",
    "PARTNER_OF": "isPartnerOf",
}


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _int(n: int, dtype: NamedNode = XSD_INT) -> Literal:
    return Literal(str(n), datatype=dtype)


def _dec(x: float) -> Literal:
    return Literal(f"{x:.2f}", datatype=XSD_DEC)


def _bool(b: bool) -> Literal:
    return Literal("true" if b else "false", datatype=XSD_BOOL)


def date_literal(iso: str) -> Literal:
    """xsd:date, xsd:gYearMonth or xsd:gYear by the precision of ``iso``."""
    dtype = {10: XSD_DATE, 7: XSD_GYM, 4: XSD_GYEAR}.get(len(iso))
    return Literal(iso, datatype=dtype) if dtype else Literal(iso)


class _Builder:
    """Collects triples for one article graph without duplicates, in insertion order."""

    def __init__(self, article: Article):
        self.article = article
        self.aid = article.id
        self.graph = iris.article_graph(article.id)
        self.article_node = iris.article_iri(article.id)
        self.triples: dict[tuple, None] = {}
        self.seen_actors: set[str] = set()

    def add(self, s, p: str | NamedNode, o) -> None:
        if o is None:
            return
        pred = p if isinstance(p, NamedNode) else dg(p)
        self.triples[(s, pred, o)] = None

    def quads(self) -> list[Quad]:
        return [Quad(s, p, o, self.graph) for (s, p, o) in self.triples]

    # --- nodes -------------------------------------------------------------------

    def actor(self, ref: ActorRef) -> NamedNode:
        node = iris.actor_iri(ref.key)
        if ref.key.startswith("actor/") and ref.key not in self.seen_actors:
            # Minted actors live where they were found; gazetteer actors are background.
            self.seen_actors.add(ref.key)
            self.add(node, A, dg(ref.kind))
            self.add(node, LABEL, Literal(ref.label))
        return node

    def mention(self, span: Span, denotes: ActorRef | None = None) -> NamedNode:
        node = iris.mention_iri(self.aid, span.start, span.end)
        self.add(node, A, dg("Mention"))
        self.add(node, "isMentionIn", self.article_node)
        self.add(node, "beginIndex", _int(span.start))
        self.add(node, "endIndex", _int(span.end))
        self.add(node, "hasAnchorText", Literal(span.text))
        self.add(self.article_node, "hasMention", node)
        if denotes is not None:
            self.add(node, "denotes", self.actor(denotes))
        return node

    def role(self, role: RoleRef) -> NamedNode:
        node = iris.role_iri(role.holder.key, role.role, role.of.key, role.valid_from)
        if role.source == "text":  # gazetteer roles are in the background graph already
            self.add(node, A, dg("RoleHolding"))
            self.add(node, "isHeldBy", self.actor(role.holder))
            self.add(self.actor(role.holder), "holdsRole", node)
            self.add(node, "hasRoleType", iris.role_type(role.role))
            self.add(node, "isRoleFor", self.actor(role.of))
        return node

    def claim(self, node: NamedNode, cls: str, sentence: Span, trigger: Span, confidence: float) -> None:
        self.add(node, A, dg(cls))
        self.add(node, "isExtractedFrom", self.article_node)
        self.add(node, "hasEvidence", self.mention(sentence))
        self.add(node, "hasTrigger", self.mention(trigger))
        self.add(node, "hasCue", Literal(trigger.text))
        self.add(node, "hasConfidence", _dec(confidence))
        self.add(node, "hasExtractorVersion", Literal(EXTRACTOR_VERSION))

    def made_in_role(self, node: NamedNode, mention: ActorMention | None) -> None:
        if mention is not None and mention.role is not None and mention.actor.kind == "Person":
            self.add(node, "isMadeInRole", self.role(mention.role))


def article_quads(extraction: Extraction, publisher: ActorRef | None = None) -> list[Quad]:
    """Every quad of one article's named graph: the article, its mentions and claims."""
    b = _Builder(extraction.article)
    _article(b, extraction.article)
    if publisher is not None:
        b.add(b.article_node, "isPublishedBy", b.actor(publisher))
    for m in extraction.mentions:
        b.mention(m.span, m.actor)
    for role in extraction.roles:
        b.role(role)
    statement_nodes = [_statement(b, st) for st in extraction.statements]
    for stance in extraction.stances:
        _stance(b, stance, statement_nodes)
    for event in extraction.events:
        _event(b, event, statement_nodes, extraction.statements)
    for rel in extraction.relations:
        _relation(b, rel, statement_nodes)
    return b.quads()


def _article(b: _Builder, art: Article) -> None:
    node = b.article_node
    b.add(node, A, dg("Article"))
    b.add(node, "hasText", Literal(art.text))
    b.add(node, "hasContentHash", Literal(content_hash(art.text)))
    if art.title:
        b.add(node, NamedNode(DCTERMS + "title"), Literal(art.title))
    if art.published:
        b.add(node, NamedNode(DCTERMS + "date"), Literal(art.published.isoformat(), datatype=XSD_DATE))
    if art.url:
        b.add(node, NamedNode(SCHEMA + "url"), Literal(art.url, datatype=NamedNode(XSD + "anyURI")))
    if art.publisher:
        b.add(node, "hasPublisherName", Literal(art.publisher))
    if art.dateline_place:
        b.add(node, "hasDatelinePlace", Literal(art.dateline_place))
    if art.corpus_id:
        b.add(node, "hasCorpusId", Literal(art.corpus_id))


def _statement(b: _Builder, st: Statement) -> NamedNode:
    node = iris.claim_iri(b.aid, "statement", st.content.start, st.content.end, st.speaker.actor.key)
    b.claim(node, "Statement", st.sentence, st.trigger, st.confidence)
    b.add(node, "hasSpeaker", b.actor(st.speaker.actor))
    b.add(node, "hasSpeakerMention", b.mention(st.speaker.span, st.speaker.actor))
    b.made_in_role(node, st.speaker)
    b.add(node, "hasQuote", Literal(st.content.text))
    b.add(node, "hasContentMention", b.mention(st.content))
    b.add(node, "hasReportingVerb", Literal(st.reporting_verb))
    b.add(node, "isDirectQuote", _bool(st.direct))
    return node


def _issue(b: _Builder, issue: Issue) -> NamedNode:
    node = iris.issue_iri(issue.label)
    b.add(node, A, dg("Issue"))
    b.add(node, LABEL, Literal(" ".join(issue.label.split())))
    for actor in issue.concerns:
        b.add(node, "concernsActor", b.actor(actor))
    if issue.target_actor is not None:
        b.add(node, "hasIssueTargetActor", b.actor(issue.target_actor))
    return node


def _stance(b: _Builder, s: Stance, statements: list[NamedNode]) -> None:
    target_key = s.target_actor.actor.key if s.target_actor else (s.target_issue.label if s.target_issue else "")
    node = iris.claim_iri(b.aid, "stance", s.trigger.start, s.holder.actor.key, s.stance_type, target_key)
    b.claim(node, "Stance", s.sentence, s.trigger, s.confidence)
    b.add(node, "hasHolder", b.actor(s.holder.actor))
    b.mention(s.holder.span, s.holder.actor)
    b.made_in_role(node, s.holder)
    b.add(node, "hasStanceType", iris.plover(s.stance_type))
    if s.cameo:
        b.add(node, "hasCameoCode", iris.cameo(s.cameo))
    b.add(node, "hasPolarity", _int(s.polarity, XSD_INT))
    b.add(node, "isNegated", _bool(s.negated))
    if s.target_actor is not None:
        b.add(node, "hasStanceTarget", b.actor(s.target_actor.actor))
        b.mention(s.target_actor.span, s.target_actor.actor)
    elif s.target_issue is not None:
        b.add(node, "hasStanceTarget", _issue(b, s.target_issue))
        b.mention(s.target_issue.span)
    if s.addressee is not None:
        b.add(node, "hasAddressee", b.actor(s.addressee))
    if s.statement_index is not None:
        b.add(node, "isExpressedIn", statements[s.statement_index])


def _event(b: _Builder, e: Event, statements: list[NamedNode], sts: tuple[Statement, ...]) -> None:
    keys = sorted(p.mention.actor.key for p in e.participants)
    node = iris.claim_iri(b.aid, "event", e.trigger.start, e.event_type, *keys)
    b.claim(node, "Event", e.sentence, e.trigger, e.confidence)
    b.add(node, "hasEventType", iris.plover(e.event_type))
    if e.mode:
        b.add(node, "hasEventMode", iris.mode(e.mode))
    if e.cameo:
        b.add(node, "hasCameoCode", iris.cameo(e.cameo))
    b.add(node, "hasModality", iris.modality(e.modality))
    b.add(node, "isNegated", _bool(e.modality == "negated"))
    prop = {"source": "hasSourceActor", "target": "hasTargetActor"}
    for p in e.participants:
        b.add(node, prop.get(p.role, "hasParticipant"), b.actor(p.mention.actor))
        if not (p.via_role or p.inferred):
            b.mention(p.mention.span, p.mention.actor)
    if e.date:
        b.add(node, "hasEventDate", date_literal(e.date))
    if e.date_text:
        b.add(node, "hasEventDateText", Literal(e.date_text))
    if e.place is not None:
        b.add(node, "occursIn", b.actor(e.place))
    if e.place_text:
        b.add(node, "hasPlaceText", Literal(e.place_text))
    if e.label:
        b.add(node, LABEL, Literal(e.label))
    if e.statement_index is not None:
        b.add(node, "isExpressedIn", statements[e.statement_index])
        speaker = sts[e.statement_index].speaker
        b.add(node, "isClaimedBy", b.actor(speaker.actor))
        b.made_in_role(node, speaker)


def _relation(b: _Builder, r: Relation, statements: list[NamedNode]) -> None:
    node = iris.claim_iri(b.aid, "relation", r.trigger.start, r.relation, r.subject.actor.key, r.object.actor.key)
    b.claim(node, "RelationClaim", r.sentence, r.trigger, r.confidence)
    b.add(node, "hasRelationType", iris.relation_type(r.relation))
    subject, obj = b.actor(r.subject.actor), b.actor(r.object.actor)
    b.add(node, "hasSubjectActor", subject)
    b.add(node, "hasObjectActor", obj)
    b.mention(r.subject.span, r.subject.actor)
    b.mention(r.object.span, r.object.actor)
    prop = RELATION_PROPERTIES.get(r.relation)
    if prop:
        b.add(subject, prop, obj)
    if r.claimant is not None:
        b.add(node, "isClaimedBy", b.actor(r.claimant.actor))
        b.made_in_role(node, r.claimant)
    if r.statement_index is not None:
        b.add(node, "isExpressedIn", statements[r.statement_index])


def iter_quads(extractions: Iterable[Extraction]) -> Iterator[Quad]:
    for ex in extractions:
        yield from article_quads(ex)
