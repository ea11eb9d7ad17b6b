"""Events (visits, talks, agreements, resolutions, sanctions, ...) with modality, date, place."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, sentence_span, span_of
from diplograph.extract.context import actors_of_phrase, is_negated, statement_at, subject_of
from diplograph.extract.dates import resolve_date, year_of
from diplograph.extract.lexicon import EVENT_NOUNS, EVENT_VERBS, EventTrigger
from diplograph.model import ActorMention, Event, Participant, Statement

_SOURCE_PREPS = {"by", "of", "at", "from"}
_TARGET_PREPS = {"to", "with", "on", "against", "in", "for"}
_PLANNING_VERBS = {
    "plan", "intend", "expect", "hope", "prepare", "propose", "schedule", "aim", "seek", "want",
    "look", "agree", "invite", "promise", "pledge", "vow", "consider", "decide",
}
_HYPOTHETICAL_MARKERS = {"if", "unless", "whether", "would", "could", "might", "should", "may"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_FUTURE_ADJ = {"upcoming", "planned", "forthcoming", "next", "future", "proposed", "possible", "potential"}
_HISTORY_NOUNS = {"anniversary", "memory", "history", "legacy", "commemoration"}


def find_events(
    doc: Doc, index: ActorIndex, statements: list[Statement], published: date | None
) -> list[Event]:
    out: list[Event] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        trigger: EventTrigger | None = None
        if tok.pos_ == "VERB" and lemma in EVENT_VERBS:
            trigger = EVENT_VERBS[lemma]
        elif tok.pos_ == "NOUN" and lemma in EVENT_NOUNS:
            trigger = EVENT_NOUNS[lemma]
        if trigger is None or not _object_ok(tok, trigger):
            continue
        event = _event(doc, tok, trigger, index, statements, published)
        if event is not None:
            out.append(event)
    return out


def _object_ok(tok: Token, trigger: EventTrigger) -> bool:
    if not trigger.needs_object:
        return True
    objects = [
        t.lemma_.lower()
        for c in tok.children
        if c.dep_ in {"dobj", "nsubjpass", "pobj", "prep", "attr", "npadvmod"}
        for t in ([c] + [p for p in c.children if p.dep_ == "pobj"])
    ]
    if tok.dep_ in {"acl", "relcl"} or tok.pos_ == "NOUN":
        objects.append(tok.head.lemma_.lower())
    if "__object__" in trigger.needs_object:
        return any(c.dep_ in {"dobj", "prep"} for c in tok.children)
    return any(o in trigger.needs_object for o in objects)


def _participants(
    doc: Doc, tok: Token, index: ActorIndex, statements: list[Statement], trigger: EventTrigger
) -> list[Participant]:
    parts: list[Participant] = []

    def add(mentions: list[ActorMention], role: str) -> None:
        for m in mentions:
            if all(p.mention.actor.key != m.actor.key for p in parts):
                parts.append(Participant(m, role))
                if m.role is not None and m.actor.kind == "Person":
                    of = ActorMention(m.role.of, m.span, m.sentence)
                    if all(p.mention.actor.key != of.actor.key for p in parts):
                        parts.append(Participant(of, role, via_role=True))

    if tok.pos_ == "VERB":
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        subj = subject_of(tok)
        if subj is not None:
            flipped = passive != (trigger.subject_role == "target")
            add(actors_of_phrase(doc, subj, index, statements, subject=True), "target" if flipped else "source")
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    add(actors_of_phrase(doc, p, index, statements), "source")
            if c.dep_ in {"dobj", "dative"}:
                obj_role = "source" if trigger.subject_role == "target" else "target"
                add(actors_of_phrase(doc, c, index, statements, subject=True), obj_role)
                for prep in c.children:  # "sanctions on Russia", "talks with China", "a call from X"
                    if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS | {"from"}:
                        role = "source" if prep.lower_ == "from" else obj_role
                        for p in prep.children:
                            add(actors_of_phrase(doc, p, index, statements, subject=True), role)
            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS | _SOURCE_PREPS:
                role = "source" if c.lower_ in {"by"} else "target"
                for p in c.children:
                    if p.dep_ == "pobj":
                        add(actors_of_phrase(doc, p, index, statements), role)
    else:
        for c in tok.children:
            if c.dep_ == "poss":
                add(actors_of_phrase(doc, c, index, statements), "source")
        for sub in tok.subtree:
            m = index.at(sub)
            if m is None or sub.i == tok.i:
                continue
            role = "participant"
            if sub.head.dep_ == "prep" and sub.head.lower_ in {"to", "with", "against"}:
                role = "target"
            elif sub.head.dep_ == "prep" and sub.head.lower_ in {"by", "at"} or sub.dep_ == "poss":
                role = "source"
            elif _via(sub, tok, {"at", "by"}):
                role = "source"
            add([m], role)
        if tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and not parts:
            subj = subject_of(tok.head) if tok.dep_ == "dobj" else None
            if subj is not None:
                add(actors_of_phrase(doc, subj, index, statements), "source")
    return parts


def _via(tok: Token, top: Token, preps: set[str]) -> bool:
    """Whether ``tok`` hangs below ``top`` through one of ``preps`` ("at the session of the UNGA")."""
    cur = tok
    while cur.i != top.i and cur.head.i != cur.i:
        if cur.dep_ == "prep" and cur.lower_ in preps and cur.head.i == top.i:
            return True
        cur = cur.head
    return False


def _event(
    doc: Doc,
    tok: Token,
    trigger: EventTrigger,
    index: ActorIndex,
    statements: list[Statement],
    published: date | None,
) -> Event | None:
    participants = _participants(doc, tok, index, statements, trigger)
    if not participants:
        return None
    modality = modality_of(tok, published)
    date_text, iso = _date(doc, tok, published, future=modality == "planned")
    if modality == "asserted" and iso is None and _progressive_or_present(tok):
        iso = published.isoformat() if published else None
    if modality == "asserted" and _is_historical(tok, iso, published):
        modality = "historical"
    place, place_text = _place(tok, index, participants, trigger)
    label = _label(doc, tok)
    return Event(
        event_type=trigger.plover,
        mode=trigger.mode,
        trigger=span_of(doc, tok.idx, tok.idx + len(tok.text)),
        sentence=sentence_span(tok),
        participants=tuple(participants),
        modality=modality,
        confidence=0.7 if len(participants) > 1 else 0.55,
        cameo=trigger.cameo,
        date=iso,
        date_text=date_text,
        place=place,
        place_text=place_text,
        label=label,
        statement_index=statement_at(statements, tok.idx),
    )


def modality_of(tok: Token, published: date | None) -> str:
    """asserted | planned | hypothetical | negated (historical is decided with the date)."""
    chain = [tok]
    cur = tok
    while cur.head.i != cur.i and len(chain) < 6:
        if cur.dep_ in {"ccomp", "parataxis"}:
            break
        cur = cur.head
        chain.append(cur)
    if is_negated(tok) or (tok.dep_ in {"xcomp", "pobj"} and is_negated(tok.head)):
        return "negated"
    for t in chain:
        if t.lemma_.lower() in {"cancel", "postpone", "call", "refuse", "fail", "deny"} and t.i != tok.i:
            if t.lemma_.lower() != "call" or any(c.lower_ == "off" for c in t.children):
                return "negated"
    for t in chain:
        for c in t.children:
            if c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}:
                return "hypothetical"
            if c.dep_ == "aux" and c.lower_ in {"would", "could", "might", "may", "should"}:
                return "hypothetical"
    for t in chain:
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in t.children):
            return "planned"
        if t.i != tok.i and t.lemma_.lower() in _PLANNING_VERBS and t.pos_ == "VERB":
            return "planned"
        if any(c.lower_ in {"going"} and c.dep_ == "aux" for c in t.children):
            return "planned"
    if tok.pos_ == "NOUN" and any(c.lower_ in _FUTURE_ADJ for c in tok.children):
        return "planned"
    return "asserted"


def _progressive_or_present(tok: Token) -> bool:
    return tok.tag_ in {"VBG", "VBZ", "VBP"} and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) or tok.tag_ in {"VBZ", "VBP"}


def _date(doc: Doc, tok: Token, published: date | None, *, future: bool) -> tuple[str | None, str | None]:
    """The date expression attached to the trigger's clause, resolved to ISO form."""
    sent = tok.sent
    clause = {t.i for t in tok.subtree}
    if tok.pos_ == "NOUN":
        clause |= {t.i for t in tok.head.subtree} if tok.head.pos_ == "VERB" else set()
    candidates = [e for e in doc.ents if e.label_ in {"DATE", "TIME"} and e.start >= sent.start and e.end <= sent.end]
    candidates.sort(key=lambda e: (e.start not in clause, abs(e.start - tok.i)))
    for e in candidates:
        if e.start not in clause:
            continue
        iso = resolve_date(e.text, published, future=future)
        if iso is not None:
            return e.text, iso
    for t in tok.subtree:  # "as of this writing", "today"
        if t.lower_ in {"today", "yesterday", "tomorrow", "writing"}:
            iso = resolve_date("this writing" if t.lower_ == "writing" else t.lower_, published)
            if iso:
                return t.text, iso
    return None, None


def _is_historical(tok: Token, iso: str | None, published: date | None) -> bool:
    year = year_of(iso)
    if year is not None and published is not None and year <= published.year - 2:
        return True
    cur = tok
    for _ in range(5):  # "the 65th anniversary of reinstating ..."
        if cur.lemma_.lower() in _HISTORY_NOUNS and cur.i != tok.i:
            return True
        if cur.head.i == cur.i:
            break
        cur = cur.head
    if tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in tok.children):
        return True
    return False


def _place(tok: Token, index: ActorIndex, participants: list[Participant], trigger: EventTrigger):
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
            for p in c.children:
                m = index.at(p)
                if m is not None and m.actor.kind == "State":
                    return m.actor, m.span.text
                if p.ent_type_ in {"GPE", "LOC", "FAC"}:
                    return None, p.text if p.ent_iob_ == "B" else p.text
    if trigger.mode == "visit":
        for part in participants:
            if part.role == "target" and part.mention.actor.kind == "State":
                return part.mention.actor, part.mention.span.text
    return None, None


def _label(doc: Doc, tok: Token) -> str:
    """A short description: the trigger with what follows it (no subject), at most 200 chars."""
    tokens = [tok]
    skip = {"nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc", "conj", "mark", "neg", "relcl"}
    for c in tok.children:
        if c.dep_ in skip or (c.i < tok.i and c.dep_ not in {"det", "amod", "compound", "poss"}):
            continue
        tokens.extend(c.subtree)
    tokens.sort(key=lambda t: t.i)
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = " ".join(doc.text[start:end].split())
    for stop in (", which", ", who", "; "):
        text = text.split(stop)[0]
    return text if len(text) <= 200 else text[:197].rstrip() + "..."
