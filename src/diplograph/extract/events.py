"""Events (visits, talks, agreements, resolutions, sanctions, ...) with modality, date, place."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from diplograph.extract.actors import ActorIndex, doc_text, sentence_span, span_of
from diplograph.extract.aims import aimed_mentions, under_prep
from diplograph.extract.context import (
    BORDER_NOUNS,
    actors_of_phrase,
    reduced_relative,
    statement_at,
    subject_of,
)
from diplograph.extract.counterparts import (
    CONVERSATIONS,
    briefed_on,
    during_verb,
    spoken_to,
    thanks_for,
    thanks_sides,
)
from diplograph.extract.lexicon import (
    CONSULTED,
    COORDINATED,
    CURRENT_WARS,
    DISCUSSED,
    EVENT_NOUN_SENSES,
    EVENT_NOUNS,
    EVENT_VERB_SENSES,
    EVENT_VERBS,
    INTENT_NOUNS,
    NAMED_CONFLICTS,
    RECEIVED_GUEST,
    SPOKE_TO,
    SUPPORT_VERBS,
    WORKING_TOGETHER,
    EventTrigger,
)
from diplograph.extract.modality import (
    NOMINAL,
    PLANNING_VERBS,
    date_expression,
    effort_for,
    future_date,
    governing_chain,
    in_condition,
    infinitival,
    is_historical,
    is_word,
    modality_of,
    progressive_or_present,
    requested,
    resolve_expression,
    scope_of,
    warned,
)
from diplograph.extract.parties import (
    DOMESTIC_TYPES,
    agentless_passive,
    domestic_target,
    fallback_actors,
    object_actors,
    others_than,
    own_keys,
    parties,
    place_objects,
    with_conjuncts,
)
from diplograph.extract.parties import addressee as second_person
from diplograph.extract.phrases import (
    glued_word,
    piece_stands,
    whole_word_forms,
    whole_words,
    without_trailing_function_words,
)
from diplograph.extract.scan import tokens_with_lemma, tokens_with_text
from diplograph.extract.statements import OfficialVoice
from diplograph.extract.talks import (
    MULTILATERAL_KINDS,
    discussants_named,
    discussed_with,
    engaged_with,
    first_actor_in,
    hosts_of_gathering,
    not_own_side_as_other,
    one_sided,
    same_talks,
    side_of,
    sides_of_named_talks,
    tallied_meetings,
)
from diplograph.model import ActorMention, Event, Participant, Statement

_SOURCE_PREPS = {"by", "of", "at", "from"}
_TARGET_PREPS = {"to", "with", "on", "against", "in", "for"}
# Verb senses that are not events: particles and prepositions ("call off", "call for"), and
# prepositions followed by an infinitive ("call on X to act").
_OTHER_SENSES = {"call": frozenset({"off", "for", "up", "out"})}
_OTHER_SENSES_WITH_INFINITIVE = {"call": frozenset({"on", "upon"})}
_ALLEGING_VERBS = frozenset({"accuse", "blame", "allege", "charge", "suspect", "implicate"})
_ISSUING_VERBS = frozenset({"issue", "release", "publish", "make", "sign", "adopt", "approve", "agree", "endorse"})
# Trigger words the tokenizer splits at a hyphen, by the piece that heads them ("build-up").
_SPLIT_TRIGGERS = {"up": "buildup"}
_TRIGGER_LEMMAS = (
    frozenset(EVENT_VERBS) | frozenset(EVENT_NOUNS) | frozenset(EVENT_VERB_SENSES) | frozenset(EVENT_NOUN_SENSES)
    | _ISSUING_VERBS | frozenset(_SPLIT_TRIGGERS)
)
_ACTOR_OBJECT = "__actor__"  # needs_object marker: the object must name an actor ("recognised Kosovo")
_NAME_ENTS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# Event types whose noun's "of" object undergoes the event.
_UNDERGONE = frozenset({"FIGHT", "ASSAULT", "SANCTION", "COERCE", "SUPPORT"})
# Meeting nouns often capitalised as part of a name ("the U.S.-Russia Summit").
_NAMED_MEETINGS = frozenset({"summit", "meeting", "talks", "conference", "forum"})
_WORKER_NOUNS = frozenset({
    "worker", "organization", "organisation", "agency", "group", "official", "staff", "personnel",
    "provider", "community", "sector", "volunteer", "employee", "expert", "specialist", "professional",
})
_CONDUCT_NOUNS = frozenset({"policy", "practice", "campaign", "strategy", "programme", "program"})
_ACTIVITY_NOUNS = frozenset({"mission", "effort", "process", "campaign", "bid", "attempt"})
_SANCTION_HEADS = frozenset({"pressure", "policy", "regime", "action", "measure", "package", "war", "program", "programme"})
_DELEGATES = frozenset({"team", "delegation", "negotiator", "representative", "envoy", "sherpa", "expert"})
_SENDING_VERBS = frozenset({"send", "dispatch", "deploy", "travel", "arrive", "come", "go", "fly"})
# Verbs of coming together or standing by, whose "for"/"on" noun is their subject's activity.
_GATHERING_VERBS = frozenset({
    "return", "converge", "gather", "assemble", "come", "go", "travel", "arrive", "head", "fly",
    "remain", "stay", "be", "put", "place", "keep",
    "join",  # "will join Trump and Abe for three-way talks": the joiner talks with them
})
_GATHERINGS = frozenset({"demonstration", "protest", "rally", "march", "riot", "sit-in"})
_ENGAGING_VERBS = frozenset({"engage", "involve", "participate", "join", "take"})
_LODGING_VERBS = frozenset({"lodge", "file", "register", "deliver", "issue", "send", "voice", "express", "submit"})


def find_events(
    doc: Doc,
    index: ActorIndex,
    statements: list[Statement],
    published: date | None,
    official: OfficialVoice | None = None,
) -> list[Event]:
    """Every event trigger with participants, its modality, date and place."""
    out: list[Event] = []
    fired: set[int] = set()  # verbs that produced an event (but not a cancellation: see below)
    unnamed: list[tuple[Token, EventTrigger]] = []  # "this war": resolved against the text's main war
    one_sided: list[tuple[int, Token, EventTrigger]] = []  # "aggression against Ukraine": by whom?
    discussions: list[Event] = []  # "X and Y discussed ...": a talk of its own only if no other is told
    for tok in sorted(tokens_with_lemma(doc, _TRIGGER_LEMMAS), key=_after_its_verb):
        if not piece_stands(tok, _TRIGGER_LEMMAS):
            continue  # "tie-breaking", "fire-fighting": a piece of a word that is no trigger
        trigger = _trigger(tok)
        if trigger is None or (trigger.particle is None and _other_sense(tok)) or _frames_event(tok) or _agreed_upon(tok):
            continue
        if _alleged(tok):
            continue
        if tok.pos_ == "PROPN" and index.at(tok) is not None:
            continue  # "the Pacific Alliance Summit" taken for an organisation's name
        counted = _batch_of(tok)  # "held a new round of talks": as "held talks"
        if tok.pos_ in NOMINAL and counted.head.i in fired and counted.dep_ in {"dobj", "attr", "nsubjpass"}:
            continue  # "held talks", "had a conversation": the verb's event already covers the noun
        if _war_of(tok):
            continue  # "Russia's war of aggression": one war, carried by "war"
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in {"any", "every"} for c in tok.children):
            continue  # "deters any aggression against the Alliance": a kind of act, no occurrence
        if tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.head.lemma_.lower() in _WORKER_NOUNS:
            continue  # "humanitarian aid workers", "sanctions experts": people named by their work
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "travel" and not any(c.dep_ == "poss" for c in tok.children):
            continue  # "bans on travel to Canada", "advised against travel to X": no one's trip
        if tok.pos_ == "VERB" and any(c.dep_ == "det" for c in tok.children):
            continue  # "evacuated the wounded": a participle used as a noun
        if tok.pos_ == "VERB" and tok.dep_ == "amod" and tok.tag_ == "VBN" and trigger.plover in {"FIGHT", "ASSAULT"}:
            continue  # "the Israeli-occupied West Bank": a state of the place, not an attack reported
        if trigger.mode in {"martial-law", "curfew"} and _civil_emergency(tok):
            continue  # "declared a Public Health Emergency": a relief measure, not repression
        if tok.lemma_.lower() == "engagement" and not engaged_with(tok, index):
            continue  # "satisfaction with our engagement", "engagement with AI experts": no talks with a side
        if trigger.plover == "CONSULT" and tallied_meetings(tok):
            continue  # "I have met with over 100 world leaders": a record of many meetings, not one
        if _showing(tok):
            continue  # "demonstrating our commitment", "rallied G7 countries": showing, gathering support
        if trigger.plover == "PROTEST" and tok.pos_ in NOMINAL and tok.head.lemma_.lower() in _LODGING_VERBS:
            continue  # "lodged a protest with X": a verbal protest, a stance
        if trigger.mode == "ceasefire" and tok.pos_ in NOMINAL and _carrier(tok) is None:
            continue  # "welcomes the ceasefire", "a ceasefire monitoring centre": no one declares one
        event = _event(doc, tok, trigger, index, statements, published, official,
                       _named_conflict(tok, index, published))
        if event is not None and _implausible(tok, trigger, event):
            if trigger.plover == "AID":
                fired.add(tok.i)  # its object noun ("provided aid to ...") is no event of its own either
            continue
        if event is not None and trigger is DISCUSSED:
            discussions.append(event)
        elif event is not None:
            out.append(event)
            if trigger.cameo != "161":  # "cancelled a planned visit": the visit stays, as a negated talk
                fired.add(tok.i)
            if _attacker_unnamed(tok, trigger, event):
                one_sided.append((len(out) - 1, tok, trigger))
        elif _the_war(tok, trigger):
            unnamed.append((tok, trigger))
    for k, tok, trigger in one_sided:  # "this act of aggression against Ukraine": the text's war on Ukraine
        dyad = _main_conflict(out, minimum=1)  # the attacked is named: one mention of the war will do
        targets = {p.mention.actor.key for p in out[k].participants if p.role == "target"}
        if dyad is not None and dyad[1].mention.actor.key in targets:
            event = _event(doc, tok, trigger, index, statements, published, official, dyad)
            if event is not None:
                out[k] = event
    for tok, trigger in unnamed:
        dyad = _main_conflict(out) or _current_war(tok, index, published)
        if dyad is not None:
            event = _event(doc, tok, trigger, index, statements, published, official, dyad)
            if event is not None:
                out.append(event)
    for event in discussions:
        if not same_talks(event, out):
            out.append(event)
    return out


def _after_its_verb(tok: Token) -> float:
    """Where a trigger is read: "Sanctions on Iran were lifted" reads the verb before its fronted
    object, so that the lifting carries the sanctions rather than both being events."""
    if tok.pos_ in NOMINAL and tok.dep_ == "nsubjpass" and tok.head.i > tok.i and tok.head.pos_ == "VERB":
        return tok.head.i + 0.5
    return tok.i


def _implausible(tok: Token, trigger: EventTrigger, event: Event) -> bool:
    """An event its sides or sense rule out: a joint project no one named undertakes ("a joint
    project with the Moscow Institute"), a meeting with no other side ("I met with workers in
    Milwaukee"), aid to one's own side ("a trillion dollars for infrastructure in America"), a
    figurative shield ("used the talks as a shield"), trade without a partner ("Ukraine could
    export wheat")."""
    if trigger.plover == "COOPERATE" and tok.pos_ in NOMINAL and not any(p.role == "source" for p in event.participants):
        return True
    if trigger.plover == "CONSULT" and event.modality != "negated" and one_sided(event):
        return True
    if (trigger is COORDINATED or trigger is CONSULTED) and not _joint_sides(event):
        return True  # "we are coordinating emergency response measures" (ministries at home)
    if trigger is RECEIVED_GUEST and not any(
            c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lemma_.lower() == "counterpart") for c in tok.children):
        return True  # "received the Sons of Italy award": no guest
    if trigger is DISCUSSED and not (_joint_sides(event) and discussants_named(tok)):
        return True  # "The President discussed the economy", "discussed the situation in Ukraine"
    if trigger is WORKING_TOGETHER and (event.modality != "asserted" or not _joint_sides(event)):
        return True  # "looked forward to working closely with X", "we must work together": no joint work yet
    if trigger.plover == "AID" and _own_recipient(event):
        return True
    if trigger.cameo == "072" and tok.lemma_.lower() == "train" and any(
            g.dep_ == "poss" and g.lower_ in {"our", "my"} for c in tok.children if c.dep_ == "dobj" for g in c.children):
        return True  # "virtual reality to train our soldiers": one's own forces, no aid
    if trigger.cameo == "184" and not _human_shield(tok):
        return True
    return trigger.cameo == "061" and not _between_two_sides(event)


# Civilians whose acts "during a demonstration" make them its demonstrators (not police or troops).
_CIVIL_CROWDS = frozenset({
    "youth", "student", "worker", "protester", "protestor", "demonstrator", "people", "resident",
    "villager", "farmer", "activist", "refugee", "crowd", "supporter", "citizen", "teenager", "woman", "man",
})


def _marcher(noun: Token) -> Token | None:
    """The subject of the clause a demonstration is the setting of ("youths threw stones during the
    demonstrations"), when it names civilians: they are the demonstrators."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"during", "at", "in"} or noun.head.head.pos_ != "VERB":
        return None
    verb, subj = noun.head.head, subject_of(noun.head.head)
    for _ in range(3):  # "youths resorted to throwing stones during ...": up to the verb with a subject
        if subj is None and verb.dep_ == "acl":
            subj = verb.head  # parsed as "youths [who] resorted to ..."
        if subj is not None or verb.dep_ not in {"pcomp", "xcomp"}:
            break
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head
        subj = subject_of(verb)
    return subj if subj is not None and subj.lemma_.lower() in _CIVIL_CROWDS else None


def _own_recipient(event: Event) -> bool:
    """Every recipient is the giver's own side: no aid to anyone else."""
    givers = {side_of(p) for p in event.participants if p.role == "source"}
    takers = {side_of(p) for p in event.participants if p.role == "target"}
    return bool(givers) and bool(takers) and takers <= givers


def _joint_sides(event: Event) -> bool:
    """Two states (or bodies of states) acting together: a source and another side as target
    ("working with ASEAN"), or sources of two sides and no target ("the two leaders' teams work
    together"); not "working closely with Governor Newsom", "Joe worked with Congress"."""
    participants = list(event.participants)
    if not participants or not all(_statal(p) for p in participants):
        return False
    sources = {side_of(p) for p in participants if p.role == "source"}
    targets = {side_of(p) for p in participants if p.role == "target"}
    return bool(sources) and (bool(targets - sources) if targets else len(sources) > 1)


def _human_shield(verb: Token) -> bool:
    """"holding refugees as human shields": people held or used as a shield, not a talk or a pretext."""
    return any(p.lemma_.lower() == "shield" and any(m.lower_ == "human" for m in p.children)
               for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for p in c.children)


def _between_two_sides(event: Event) -> bool:
    """Trade needs a seller and a buyer: a named source and a target that is not (part of) it."""
    participants = list(event.participants)
    return any(p.role == "source" for p in participants) and _other_side(participants)


_CIVIL_EMERGENCIES = frozenset({"health", "disaster", "drought", "flood", "energy", "economic", "climate", "medical", "fire"})


def _civil_emergency(tok: Token) -> bool:
    """"declared a Public Health Emergency", "a disaster emergency": an emergency of relief."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
    return any(t.lemma_.lower() in _CIVIL_EMERGENCIES for o in objects for t in o.subtree if t.i <= o.i)


_WAR_NOUNS = frozenset({"war", "aggression", "invasion", "conflict", "offensive"})
_WAR_HEADS = _WAR_NOUNS | {"campaign"}
_WITH = frozenset({"with"})


def _the_war(tok: Token, trigger: EventTrigger) -> bool:
    """"this war", "the aggression": a definite war noun naming no side refers to the war the text is
    about."""
    return (trigger.plover in {"FIGHT", "ASSAULT"} and tok.pos_ == "NOUN" and tok.lemma_.lower() in _WAR_NOUNS
            and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children)
            and not any(c.dep_ in {"amod", "compound"} for c in tok.children))


def _named_conflict(tok: Token, index: ActorIndex, published: date | None) -> tuple[Participant, ...] | None:
    """The sides of a war named without them ("the special military operation" since 24 February
    2022: Russia against Ukraine), when the text names both states somewhere (or a person acting for
    them); else None and the sides are read from the sentence as usual."""
    if tok.pos_ != "NOUN":
        return None
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound"}}
    for words, noun, src, tgt, since, context in NAMED_CONFLICTS:
        if tok.lemma_.lower() != noun or not words <= mods or (published is not None and published < since):
            continue
        if context and not any(t.lower_ in context for t in tok.sent):
            continue
        sides = []
        for iso, role in ((src, "source"), (tgt, "target")):
            actor = _state_named(index, f"state/{iso}")
            if actor is None:
                return None
            span = span_of(tok.doc, tok.idx, tok.idx + len(tok.text))
            sides.append(Participant(ActorMention(actor, span, sentence_span(tok)), role))
        return tuple(sides)
    return None


_PAST_WARS = frozenset({"world", "patriotic", "cold", "civil"})  # "World War Two", "the Great Patriotic War"


def _past_war_named(doc: Doc) -> bool:
    """Whether the text names an earlier war ("Together, we won the war" in a D-Day speech)."""
    return bool(tokens_with_text(doc, {"d-day", "wwii", "ww2"})) or any(
        t.i > 0 and doc[t.i - 1].lower_ in _PAST_WARS for t in tokens_with_text(doc, {"war"}))


def _current_war(tok: Token, index: ActorIndex, published: date | None) -> tuple[Participant, ...] | None:
    """The sides of a war under way when the text was published ("ending the war" in a 2025 text
    naming Russia and Ukraine), when the text names both states; else None."""
    if published is None or tok.lemma_.lower() != "war" or _past_war_named(tok.doc):
        return None  # (not "the aggression", "the offensive": in Kremlin texts often the other side's)
    span = span_of(tok.doc, tok.idx, tok.idx + len(tok.text))
    for src, tgt, since in CURRENT_WARS:
        if published < since:
            continue
        sides = [_state_named(index, f"state/{src}"), _state_named(index, f"state/{tgt}")]
        if all(a is not None for a in sides):
            return tuple(Participant(ActorMention(a, span, sentence_span(tok)), role)
                         for a, role in zip(sides, ("source", "target")))
    return None


def _state_named(index: ActorIndex, key: str):
    """The state ``key`` as the text names it: itself, or the state a named person acts for."""
    for m in index.mentions:
        if m.actor.key == key:
            return m.actor
    for m in index.mentions:
        if m.role is not None and m.role.of.key == key:
            return m.role.of
    return None


def _war_of(tok: Token) -> bool:
    """"war of aggression", "campaign of aggression": the war noun after "of" names the same war."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in _WAR_NOUNS or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    head = tok.head.head
    return head.pos_ == "NOUN" and head.lemma_.lower() in _WAR_HEADS


def _attacker_unnamed(tok: Token, trigger: EventTrigger, event: Event) -> bool:
    """A war noun naming whom it is against but not who wages it ("this needless act of
    aggression against Ukraine")."""
    return (trigger.plover in {"FIGHT", "ASSAULT"} and tok.pos_ == "NOUN" and tok.lemma_.lower() in _WAR_NOUNS
            and not any(p.role == "source" for p in event.participants)
            and any(p.role == "target" for p in event.participants))


def _main_conflict(events: list[Event], minimum: int = 2) -> tuple[Participant, ...] | None:
    """The sides of the text's war: the FIGHT/ASSAULT source and target named most often (twice at
    least), as participants."""
    counts: dict[tuple[str, str], list] = {}
    for e in events:
        if e.event_type not in {"FIGHT", "ASSAULT"} or e.modality in {"negated", "hypothetical"}:
            continue
        src = next((p for p in e.participants if p.role == "source" and p.mention.actor.kind == "State"), None)
        tgt = next((p for p in e.participants if p.role == "target" and p.mention.actor.kind == "State"), None)
        if src is None or tgt is None:
            continue
        entry = counts.setdefault((src.mention.actor.key, tgt.mention.actor.key), [0, src, tgt])
        entry[0] += 1
    if not counts:
        return None
    n, src, tgt = max(counts.values(), key=lambda c: c[0])
    return (src, tgt) if n >= minimum else None


def _trigger_span(doc: Doc, tok: Token):
    """The trigger's text span: the whole word for a trigger split at its hyphens ("build-up")."""
    whole = tok.lemma_.lower() in _SPLIT_TRIGGERS or _cease_fire(tok)
    start = doc[glued_word(tok)[0]] if whole else tok
    return span_of(doc, start.idx, tok.idx + len(tok.text))


def _cease_fire(tok: Token) -> bool:
    """``tok`` is the "fire" of "cease-fire"."""
    return tok.lower_ == "fire" and "ceasefire" in whole_word_forms(tok)


def _trigger(tok: Token) -> EventTrigger | None:
    """The lexicon entry a verb or noun triggers, if any (its object and modifiers fitting)."""
    lemma = tok.lemma_.lower()
    if lemma in _SPLIT_TRIGGERS:  # "build-up": the whole word, if it is one
        lemma = _SPLIT_TRIGGERS[lemma] if _SPLIT_TRIGGERS[lemma] in whole_word_forms(tok) else ""
    elif _cease_fire(tok):
        lemma = "ceasefire"  # "a cease-fire": not "fire"
    if tok.pos_ == "VERB":
        senses = [*EVENT_VERB_SENSES.get(lemma, ()), EVENT_VERBS.get(lemma)]
    elif tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and lemma in _NAMED_MEETINGS):
        senses = [*EVENT_NOUN_SENSES.get(lemma, ()), EVENT_NOUNS.get(lemma)]
        if lemma == "call" and not _call_noun_ok(tok):
            return None
    else:
        return None
    if tok.pos_ == "VERB" and lemma in _ISSUING_VERBS and _joint_statement(tok):
        return _JOINT_STATEMENT
    found = next((t for t in senses if t is not None and _particle_ok(tok, t) and _object_ok(tok, t)
                  and _modifiers_ok(tok, t)), None)
    if found is not None and found.mode == "visit" and tok.pos_ == "VERB" and _troops_arriving(tok):
        found = _PEACEKEEPING if _peacekeepers(tok) else _TROOPS_SENT
    return _ended(tok, found) if found is not None else None


_TROOP_NOUNS = frozenset({
    "troop", "force", "soldier", "peacekeeper", "contingent", "battalion", "brigade", "marine", "paratrooper",
    "warship", "army", "detachment", "infantry",
})
_BATCH_NOUNS = frozenset({"deployment", "patch", "batch", "group", "wave", "unit", "company", "first", "convoy"})
_PEACEKEEPING = EventTrigger("AID", None, "074")  # CAMEO 074: provide military protection or peacekeeping
_TROOPS_SENT = EventTrigger("MOBILIZE", "troops", "154")


def _arrivers(verb: Token) -> Token | None:
    """Who arrives: the subject, or what a batch noun counts ("the first deployment of ... troops")."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.lemma_.lower() in _BATCH_NOUNS:
        return next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), subj)
    return subj


def _troops_arriving(verb: Token) -> bool:
    """"the first deployment of NATO peacekeeping troops arrived in Bosnia": troops, not a visit."""
    who = _arrivers(verb)
    return who is not None and who.lemma_.lower() in _TROOP_NOUNS


def _peacekeepers(verb: Token) -> bool:
    who = _arrivers(verb)
    return who is not None and any(t.lower_.startswith("peacekeep") for t in who.subtree)


_ENDINGS = frozenset({
    "termination", "lifting", "removal", "easing", "suspension", "end", "repeal", "cancellation", "relaxation",
})
_EASED = EventTrigger("RETREAT", "ease", "085")


def _ended(tok: Token, trigger: EventTrigger) -> EventTrigger | None:
    """"the termination of the Zimbabwe sanctions program", "the lifting of sanctions on X": a sanction
    noun whose ending is what the sentence reports eases it (CAMEO 085); the object of a verb doing
    away with it ("to eliminate the restrictions", "reduce or eliminate tariffs") is no sanction."""
    if trigger.plover != "SANCTION" or tok.pos_ not in NOMINAL:
        return trigger
    cur = tok
    while cur.dep_ == "compound" and cur.head.i != cur.i:  # "sanctions program"
        cur = cur.head
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lemma_.lower() in _ENDINGS:
        return _EASED
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ in NOMINAL:  # "restrictions and barriers"
        cur = cur.head
    if cur.dep_ == "dobj" and cur.head.pos_ == "VERB" and cur.head.lemma_.lower() in _REMOVING:
        return None  # "to eliminate the remaining restrictions": no sanction imposed (the verb, if a trigger, tells the easing)
    return trigger


# Verbs whose object is done away with ("eliminate the restrictions"): easing, not imposing.
_REMOVING = frozenset({
    "eliminate", "remove", "lift", "abolish", "reduce", "scrap", "repeal", "drop", "ease", "relax",
    "waive", "dismantle", "cut", "lower", "end", "overcome",
})


def _statal(p: Participant) -> bool:
    """A state, a group of states ("the West") or someone acting for one (not "the Department of
    the Treasury" minted apart)."""
    return (p.mention.actor.kind in {"State", "InternationalOrganization", "CollectiveActor", "Coalition"}
            or p.mention.role is not None or p.via_role)


def _sanction_like(trigger: EventTrigger) -> bool:
    """Sanctions, and sanctions eased ("the termination of the Zimbabwe sanctions program")."""
    return trigger.plover == "SANCTION" or trigger is _EASED


_JOINT_STATEMENT = EventTrigger("AGREE", None, "057")
_STATEMENT_NOUNS = frozenset({"statement", "declaration", "communique", "communiqué"})


def _joint_statement(verb: Token) -> bool:
    """"released the following joint statement": issuing a joint statement is an agreement of its
    signatories (tests/gold/README.md)."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _STATEMENT_NOUNS
               and any(g.lower_ == "joint" for g in c.children if g.dep_ in {"amod", "compound"})
               for c in verb.children)


def _call_noun_ok(noun: Token) -> bool:
    """A telephone call ("their call", "a phone call with X", "during the call"), not an appeal ("a
    call for restraint", "calls on X to ...", "the call to action")."""
    if any(c.dep_ == "prep" and c.lower_ in {"for", "on", "to", "upon"} for c in noun.children):
        return False
    if noun.dep_ in {"dobj", "pobj"} and noun.head.lemma_.lower() in {"answer", "heed", "echo", "reiterate", "renew", "repeat", "join", "issue"}:
        return False
    return any(
        (c.dep_ == "poss") or (c.dep_ == "prep" and c.lower_ in {"with", "between"})
        or (c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"phone", "telephone", "video", "conference"})
        for c in noun.children
    )


def _particle_ok(tok: Token, trigger: EventTrigger) -> bool:
    """"called off the strike", "forced the agency out of the country": the sense's particle, when it
    needs one (the parser may hang "out of" as a preposition)."""
    return trigger.particle is None or any(
        c.dep_ in {"prt", "prep", "advmod"} and c.lower_ == trigger.particle for c in tok.children
    )


def event_type_of(tok: Token) -> str | None:
    """The PLOVER type ``tok`` would trigger (for stance cues typing what they announce)."""
    trigger = _trigger(tok) if tok.lemma_.lower() in _TRIGGER_LEMMAS and not _showing(tok) else None
    return trigger.plover if trigger is not None else None


def _showing(tok: Token) -> bool:
    """"demonstrate global leadership", "rallied G7 countries": showing something or gathering
    support, not a demonstration or a rally."""
    return tok.pos_ == "VERB" and tok.lemma_.lower() in {"demonstrate", "rally"} and any(
        c.dep_ in {"dobj", "ccomp"} for c in tok.children)


def ultimatums(doc: Doc, events: list[Event]) -> frozenset[int]:
    """Trigger offsets of announced events conditioned by "unless" ("will withdraw its force
    unless ..."): ultimatums, threats whatever the action (CAMEO 13)."""
    out = set()
    for e in events:
        if e.modality not in {"planned", "hypothetical"}:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end)
        if span is None:
            continue
        for t in governing_chain(span[0]):
            if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
                   for c in t.children):
                out.add(e.trigger.start)
                break
    return frozenset(out)


_ATTEMPTS = frozenset({"try", "attempt"})


def not_intents(doc: Doc, events: list[Event]) -> frozenset[int]:
    """Trigger offsets of events their source tried to carry out ("tried to hack into", "attempted
    to assassinate"): an attempt is the act itself, not an announced intent or a threat; and of
    events asked of their source ("urged China to impose sanctions"): the asker's demand, no intent;
    and of events a condition names ("on the condition that the West removes ..."), or a warning
    ("warned Kyiv against joining NATO"): no intent either."""
    out = set()
    for e in events:
        if e.modality not in {"planned", "hypothetical"}:
            continue
        span = doc.char_span(e.trigger.start, e.trigger.end)
        if span is None:
            continue
        if requested(span[0]) or in_condition(span[0]) or warned(span[0]) or _intended_by(span[0]) is not None or any(
            t.lemma_.lower() in _ATTEMPTS and t.pos_ in {"VERB", "NOUN"} for t in scope_of(governing_chain(span[0]))[1:]
        ):
            out.add(e.trigger.start)
    return frozenset(out)


def _modifiers_ok(tok: Token, trigger: EventTrigger) -> bool:
    """"special military operation", not "press conference"."""
    if not trigger.needs_modifier and not trigger.bad_modifiers:
        return True
    mods = {
        w for c in tok.children if c.dep_ in {"amod", "compound", "nmod", "npadvmod"}
        for w in (c.lemma_.lower(), c.lower_)
    }
    if mods & trigger.bad_modifiers:
        return False
    return not trigger.needs_modifier or bool(mods & trigger.needs_modifier)


def _other_sense(tok: Token) -> bool:
    """"call off the visit", "call for talks", "call on X to act": not the event the verb usually names."""
    if tok.pos_ != "VERB":
        return False
    lemma = tok.lemma_.lower()
    # a particle ("called it off") or a preposition right after the verb ("called on the EU to")
    preps = {c.lower_ for c in tok.children if c.dep_ == "prt" or (c.dep_ == "prep" and c.i == tok.i + 1)}
    if preps & _OTHER_SENSES.get(lemma, frozenset()):
        return True
    infinitive = any(infinitival(c) for c in tok.children if c.dep_ in {"xcomp", "advcl", "ccomp"})
    if lemma == "fight" and _campaign(tok, infinitive):
        return True
    return infinitive and bool(preps & _OTHER_SENSES_WITH_INFINITIVE.get(lemma, frozenset()))


# What one fights without fighting anyone: a scourge or a cause ("fight the pandemic").
_SCOURGES = frozenset({
    "pandemic", "epidemic", "coronavirus", "covid", "covid-19", "virus", "disease", "infection", "cancer",
    "poverty", "hunger", "inflation", "climate", "corruption", "crime", "inequality", "fire", "wildfire",
    "drought", "addiction", "obesity", "illiteracy", "unemployment",
})


def _campaign(tok: Token, infinitive: bool) -> bool:
    """"as we fight the coronavirus pandemic", "promised to fight to ensure ...", "we fight for a
    future where ...": a campaign, not armed combat (no event); "fight the rebels", "fight against X" are."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"against", "with"}
                for p in c.children if p.dep_ == "pobj"]
    if objects:
        return all(o.lemma_.lower() in _SCOURGES or o.lower_ in _SCOURGES for o in objects)
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
        return True  # "we fight for a future where ...", "fighting for our veterans": no enemy named
    return infinitive and any(  # "fight to ensure ...", not "fought to defend the city"
        infinitival(c) and c.lemma_.lower() in _CAUSE_VERBS for c in tok.children if c.dep_ in {"xcomp", "advcl"}
    )


_CAUSE_VERBS = frozenset({
    "ensure", "make", "keep", "give", "lower", "expand", "build", "get", "bring", "pass", "create",
    "guarantee", "improve", "cut", "raise", "reduce", "deliver", "change", "end",
    "ban", "stop", "save", "preserve", "restore", "fix", "win", "help", "move",
})


def _meeting_fixed(tok: Token) -> bool:
    """"agreed to meet in Tokyo", "agreed to speak again in a month": a talk with a time or a place
    set is announced (a planned CONSULT), unlike "agreed to maintain contacts"."""
    if tok.pos_ != "VERB" or (t := _trigger(tok)) is None or t.plover != "CONSULT":
        return False
    return any(g.ent_type_ in {"DATE", "TIME", "GPE"} for c in tok.children
               if c.dep_ in {"prep", "npadvmod", "advmod"} for g in c.subtree)


def _agreed_upon(tok: Token) -> bool:
    """"agreed to share information", "their readiness to provide aid": the agreement or the
    intent is the claim (an AGREE event or stance); what it promises has not happened."""
    chain = scope_of(governing_chain(tok))
    if any(t.pos_ == "VERB" and t.lemma_.lower() == "agree" for t in chain[1:]):
        return not _meeting_fixed(tok)  # (but "agreed to meet in Tokyo": a meeting announced)
    top = chain[-1]  # "the leaders agreed (that) X and Y will continue working together"
    if top.dep_ == "ccomp" and top.head.pos_ == "VERB" and top.head.lemma_.lower() == "agree" and (
            (t := _trigger(tok)) is None or t.plover != "CONSULT"):
        return True  # (not "agreed that next week they will meet in Moscow": a meeting announced)
    if _intended_by(tok) is not None:
        return False  # "the intentions of European states to impose sanctions": a planned event too
    if any(t.pos_ == "NOUN" and t.lemma_.lower() in INTENT_NOUNS for t in chain[1:]):
        return True
    # "reaffirmed the readiness of X | to provide aid": the parser hangs the action on the verb
    return tok.dep_ == "advcl" and infinitival(tok) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in INTENT_NOUNS for c in tok.head.children
    )


_INTENDED_TYPES = frozenset({"SANCTION", "AID", "COOPERATE", "RETREAT"})


def _intended_by(tok: Token) -> Token | None:
    """The intent noun whose infinitive ``tok`` is ("the commitment of the United States ... to
    impose costs on Russia", "its readiness to provide aid"), when the action is a sanction, aid,
    cooperation or a concession: the gold codes the announced act as a planned event of the
    intender; None otherwise."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i and cur.head.pos_ == "VERB":
        cur = cur.head  # "to support X and to impose costs on Y"
    if tok.pos_ != "VERB" or cur.dep_ != "acl" or not infinitival(cur):
        return None
    noun = cur.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in INTENT_NOUNS:
        return None
    trigger = _trigger(tok)
    return noun if trigger is not None and trigger.plover in _INTENDED_TYPES else None


_UNDERTAKINGS = frozenset({"effort", "decision", "move", "step", "attempt", "initiative", "bid", "plan"})


def _undertaken_by(tok: Token) -> Token | None:
    """The noun of an undertaking whose infinitive ``tok`` is ("its decision to provide aid",
    "their efforts to provide assistance"): whose it is does it; None otherwise."""
    if tok.pos_ != "VERB" or tok.dep_ != "acl" or not infinitival(tok):
        return None
    noun = tok.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in _UNDERTAKINGS else None


def _alleged(tok: Token) -> bool:
    """"accused the rebels of violating the ceasefire": the accusation (a DISAPPROVE stance) is the
    claim; what it alleges is neither asserted nor done by the accuser."""
    if any(is_word(t, _ALLEGING_VERBS) for t in scope_of(governing_chain(tok))[1:] if t.pos_ == "VERB"):
        return True
    # "a report alleged that the military helped carry out killings": whatever the clause says
    return any(a.pos_ == "VERB" and a.lemma_.lower() == "allege" for a in tok.ancestors)


def _frames_event(tok: Token) -> bool:
    """"agreed to hold talks": the agreeing only frames the talks, which carry the event."""
    if tok.pos_ != "VERB" or not is_word(tok, PLANNING_VERBS) or tok.lemma_.lower() == "agree":
        return False  # agreeing is itself an event (PLOVER AGREE), whatever it agrees to do
    return any(c.dep_ == "xcomp" and _trigger(c) is not None for c in tok.children)


_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl", "xcomp", "csubj"})


def _phrase_tokens(head: Token) -> list[Token]:
    """The tokens of a noun phrase without the clauses inside it ("a message to Iraq | that it must
    cooperate with UN inspectors": the inspectors are not what was sent)."""
    out, stack = [], [head]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSE_DEPS)
    return sorted(out, key=lambda t: t.i)


def _object_ok(tok: Token, trigger: EventTrigger) -> bool:
    if not trigger.needs_object:
        return True
    objects = [
        t.lemma_.lower()
        for c in tok.children
        if c.dep_ in {"dobj", "nsubjpass", "pobj", "prep", "attr", "npadvmod"}
        for h in ([c] + [p for p in c.children if p.dep_ == "pobj"])
        for t in ((h, *h.conjuncts) if trigger.plover == "AID" else (h,))  # "provided X with aircraft, vehicles, weapons"
    ] + [c.lower_ for c in tok.children if c.dep_ == "advmod"] + [
        m.lower_ for c in tok.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark" and m.lower_ == "with"]
    if trigger.mode == "ceasefire":  # "ceased fighting" parsed as a clause
        objects.extend(c.lemma_.lower() for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VBG")
    subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
    if reduced_relative(subjects):  # "the assistance the United States is providing": the fronted object
        objects.extend(t.lemma_.lower() for t in [subjects[0], *subjects[0].conjuncts])
    for c in tok.children:  # "suspended part of a military aid program": nouns inside the object
        if c.dep_ in {"dobj", "nsubjpass"}:
            objects.extend(t.lemma_.lower() for t in _phrase_tokens(c)[:10] if t.pos_ == "NOUN")
    if trigger.mode == "release" and any(_held_people(c) for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "prep"}):
        return True  # "released the detained leaders", "the release of a citizen held hostage"
    if tok.dep_ in {"acl", "relcl"} or tok.pos_ in NOMINAL:
        objects.append(tok.head.lemma_.lower())
    if tok.dep_ in {"acl", "relcl"}:  # "the military and humanitarian assistance X is providing"
        objects.extend(c.lemma_.lower() for c in tok.head.children if c.dep_ == "conj")
    if tok.pos_ in NOMINAL and "with" in trigger.needs_object:
        # "his contacts on the migration crisis with X": the "with" hangs from the noun's object
        objects.extend(g.lower_ for c in tok.children if c.dep_ == "prep" for p in c.children
                       if p.dep_ == "pobj" for g in p.children if g.dep_ == "prep")
    if "__object__" in trigger.needs_object or _ACTOR_OBJECT in trigger.needs_object:
        if any(o in trigger.needs_object for o in objects):
            return True
        if _ACTOR_OBJECT in trigger.needs_object:  # a name ("recognised Kosovo", "released Ms X")
            return any(c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ in _NAME_ENTS)
                       and not any(g.dep_ == "case" for g in c.subtree)  # "welcomed (the Sultanate of) Oman's | decision"
                       for c in tok.children)
        return any(c.dep_ in {"dobj", "prep"} or _misparsed_callee(c) for c in tok.children)
    return any(o in trigger.needs_object for o in objects) or (trigger.plover == "AID" and _money_given(tok))


def _money_given(verb: Token) -> bool:
    """A sum of money is given to a recipient named ("gave $2 million to Nigeria's agricultural
    sector", "provided Egypt with $50 billion", "$200 million to UNRWA"): economic aid, whatever
    the currency's word; not a budget spent at home ("provided $6 billion to community health
    centers", "allocate 20 billion rubles for the port")."""
    if verb.pos_ != "VERB":
        return False
    given = [c for c in verb.children if c.dep_ == "dobj"]
    given += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children]
    if not any(t.ent_type_ == "MONEY" or t.lower_ in _CURRENCY_WORDS for g in given for t in _phrase_tokens(g)[:12]):
        return False
    takers = [p for c in verb.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "for"} for p in c.children]
    takers += [c for c in verb.children if c.dep_ in {"dative", "dobj"} and any(
        p.dep_ == "prep" and p.lower_ == "with" for p in verb.children)]
    return any(t.ent_type_ in _RECIPIENT_ENTS for r in takers for t in _phrase_tokens(r)[:6])


_RECIPIENT_ENTS = frozenset({"GPE", "ORG", "NORP"})


# Sums the small model does not tag as money ("6.3 million euros", "USD $4 million").
_CURRENCY_WORDS = frozenset({
    "$", "€", "£", "¥", "usd", "eur", "euro", "euros", "dollar", "dollars", "pound", "pounds", "yen",
    "yuan", "rouble", "roubles", "ruble", "rubles", "franc", "francs", "rupee", "rupees", "shekel", "shekels",
})


def _held_people(head: Token) -> bool:
    """``head`` (or the noun under a preposition) names people held: a noun with a participle of
    holding ("the detained leaders", "two nationals who were arrested", "a citizen held hostage")."""
    nouns = [head] if head.pos_ in NOMINAL else [p for p in head.children if p.dep_ == "pobj"]
    for noun in nouns:
        for c in noun.children:
            lemma = c.lemma_.lower()
            participle = c.dep_ in {"amod", "acl"} and (c.tag_ == "VBN" or c.pos_ == "VERB")
            if participle and lemma in _HOLDING_VERBS and (lemma != "take" or c.dep_ == "acl"):
                return True  # "the detained leaders", "those taken" (not "taken" as an adjective)
            if c.dep_ == "relcl" and lemma in _HOLDING_VERBS and any(a.dep_ == "auxpass" for a in c.children):
                return True
    return False


def _misparsed_callee(c: Token) -> bool:
    """"called Ishiba Shigeru today": the parser takes the name for what someone is called (an
    object predicate); a name after "called" is whom they phoned."""
    return c.dep_ == "oprd" and c.pos_ == "PROPN" and c.head.lemma_.lower() == "call"


def _participants(
    doc: Doc,
    tok: Token,
    index: ActorIndex,
    statements: list[Statement],
    trigger: EventTrigger,
    official: OfficialVoice | None = None,
) -> list[Participant]:
    parts: list[Participant] = []

    def object_of(head: Token) -> list[ActorMention]:
        found = actors_of_phrase(doc, head, index, statements, subject=True) or object_actors(head, index)
        if not found and head.lower_ == "you":  # "a discussion with you" in a transcript turn
            found = second_person(doc, head, index, statements)
        return found

    def subject_actors(head: Token) -> list[ActorMention]:
        found = actors_of_phrase(doc, head, index, statements, subject=True) or fallback_actors(
            doc, head, index, statements, official
        )
        found = with_conjuncts(head, found, index) if found else found
        return found + _possessive_conjunct(head, found, index)

    def add(mentions: list[ActorMention], role: str, doers: bool = True) -> None:
        for m in mentions:
            same = [p for p in parts if p.mention.actor.key == m.actor.key]
            if same and doers and role == "source" and all(p.role == "participant" for p in same):
                # "Nigerians converged for a rally in Lagos": the doers, not only where it is
                parts[parts.index(same[0])] = Participant(m, "source")
                continue
            if not same or (role == "target" and all(_domestic(p, m) for p in same)):
                parts.append(Participant(m, role))
                if m.role is not None and m.actor.kind == "Person":
                    of = ActorMention(m.role.of, m.span, m.sentence)
                    if all(p.mention.actor.key != of.actor.key for p in parts):
                        parts.append(Participant(of, role, via_role=True))

    if tok.pos_ == "VERB":
        subj = subject_of(tok)
        passive = any(c.dep_ == "nsubjpass" for c in tok.children) or (  # "He was wounded": on "was"
            subj is not None and subj.head.dep_ == "auxpass" and subj.head.head == tok)
        sent = tok.dep_ == "advcl" and infinitival(tok) and tok.head.lemma_.lower() in _SENDING_VERBS
        if subj is None and sent:
            subj = subject_of(tok.head)  # "X sent experts to Bosnia to investigate": X's purpose
        if subj is None and (effort := effort_for(tok)) is not None:
            subj = subject_of(effort)
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)
        thanks = thanks_for(tok) if tok.tag_ == "VBG" and not own_subject else None
        if thanks is not None:  # "Thank you for accepting our invitation": the thanked accepted it
            subj = None
            thanker, thanked = thanks_sides(doc, thanks, tok, index, statements)
            add(thanked, "source")
            add(thanker, "target")
        if subj is not None:
            flipped = passive != (trigger.subject_role == "target")
            add(subject_actors(subj), "target" if flipped else "source")
            if (not parts and trigger.plover == "CONSULT" and subj.tag_ == "NNS"
                    and subj.lemma_.lower() in _DELEGATES and not any(c.dep_ == "poss" for c in subj.children)
                    and statement_at(statements, tok.idx) is None):
                # "Technical teams will meet in Saudi Arabia" in a readout: both sides' teams
                found = parties(doc, index, tok)
                if len(found) > 1:
                    add(found, "source")
        if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and trigger.subject_role != "target":
            # "the two Canadians unjustly detained by China": the people it was done to
            add([m for m in actors_of_phrase(doc, tok.head, index, statements) if m.actor.kind != "Person"
                 or tok.head.pos_ == "PROPN"], "target")
        noun = _intended_by(tok) if subj is None else None
        undertaking = _undertaken_by(tok) if subj is None and noun is None else None
        for holder_noun in (n for n in (noun, undertaking) if n is not None):
            # "the intentions of European states to impose ...", "its readiness to ...", "Japan
            # announced its decision to provide aid", "their respective efforts to provide aid"
            holders = [c for c in holder_noun.children if c.dep_ == "poss"]
            holders += [p for c in holder_noun.children if c.dep_ == "prep" and c.lower_ == "of"
                        for p in c.children if p.dep_ == "pobj"]
            found = [m for h in holders for m in actors_of_phrase(doc, h, index, statements, subject=True)]
            if not found and noun is not None and noun.head.pos_ == "VERB" and (s2 := subject_of(noun.head)) is not None:
                found = subject_actors(s2)
            add(found, "source")
        if not parts and tok.lemma_.lower() == "agree" and (
                agentless_passive(tok) or any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children)):
            # "as agreed during X's conversations with Y": the sides of those talks
            add(sides_of_named_talks(doc, tok, index, statements), "source")
        if not parts and tok.lemma_.lower() == "agree" and agentless_passive(tok):
            add(parties(doc, index, tok), "source")  # "It was agreed to ...", "as agreed": the talks' parties
        if tok.lemma_.lower() == "agree":  # "agreed to provide aid to X", "agreed to work with him": X
            for x in (c for c in tok.children if c.dep_ == "xcomp"):
                for g in x.children:
                    if g.dep_ in {"dobj", "dative"}:
                        add(actors_of_phrase(doc, g, index, statements, subject=True), "target")
                    if g.dep_ == "prep" and g.lower_ in {"to", "for", "with"}:
                        for p in g.children:
                            if p.dep_ == "pobj":
                                add(object_of(p), "target")
        if trigger.plover == "INVESTIGATE":  # "investigating crimes by Croatian extremists": the suspects
            for c in tok.children:
                if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"into", "of"}):
                    for t in c.subtree:
                        if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.i != c.i:
                            add(object_of(t), "target")
        for c in tok.children:
            if c.dep_ == "agent":
                for p in c.children:
                    add(actors_of_phrase(doc, p, index, statements), "source")
            if trigger is DISCUSSED:
                continue  # what is discussed, and where, is no side ("the situation in Syria"): see below
            fronted = c.dep_ == "nsubjpass" and c.lemma_.lower() in trigger.needs_object
            if c.dep_ in {"dobj", "dative"} or fronted or _misparsed_callee(c):  # fronted: "sanctions on Iran were lifted"
                obj_role = "source" if trigger.subject_role == "target" else "target"
                if not fronted:
                    add(object_of(c), obj_role)
                for prep in c.children:  # "sanctions on Russia", "talks with China", "a call from X"
                    if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS | {"from"} and not _left_place(prep, trigger):
                        # "received a call from X": X called; "received observers from the OSCE": sent in
                        from_source = prep.lower_ == "from" and trigger.subject_role == "target"
                        role = "source" if from_source else "target" if prep.lower_ == "from" else obj_role
                        for p in prep.children:
                            add(object_of(p), role)
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "with" for m in c.children):
                # "spoke with X to convey ...", parsed as "with X conveying": X is the one spoken with
                add([m for g in c.children if g.dep_ in {"nsubj", "nsubjpass"} for m in object_of(g)], "target")
            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS | _SOURCE_PREPS and not _left_place(c, trigger):
                role = "source" if c.lower_ in {"by"} else "target"
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = object_of(p)
                        add([m for m in found if not _is_venue(c, m, trigger)], role)
        if trigger is DISCUSSED:  # "discussed it with X", "discussed the agreement with X": X
            add([m for w in discussed_with(tok) for p in w.children if p.dep_ == "pobj" for m in object_of(p)], "target")
        if sent and not any(p.role == "target" for p in parts):
            for c in tok.head.children:  # "sent experts to Bosnia to investigate": where they were sent
                if c.dep_ == "prep" and c.lower_ == "to":
                    add([m for p in c.children if p.dep_ == "pobj" for m in object_of(p)], "target")
    else:
        for c in tok.children:
            if c.dep_ == "poss":
                found = actors_of_phrase(doc, c, index, statements)
                if not found and c.lower_ == "their":  # "X and Y ... at their meeting"; else the talks' parties
                    subj = subject_of(tok)
                    found = subject_actors(subj) if subj is not None else []
                    found = found if len(found) > 1 else parties(doc, index, c)
                if not found and c.lower_ == "our" and trigger.plover == "CONSULT":
                    found = [*fallback_actors(doc, c, index, statements, official), *second_person(doc, c, index, statements)]
                if not found and c.lower_ == "your":  # "thankful for your military support": the addressee's
                    found = second_person(doc, c, index, statements)
                    speaking = statement_at(statements, tok.idx)
                    if found and speaking is not None and trigger.plover == "CONSULT":
                        add(found, "source")  # "grateful for your call": the speaker was called
                        add([statements[speaking].speaker], "target")
                add(found, "source")
        protested = {t.i for o in _protested_objects(tok) for t in o.subtree} if trigger.plover == "PROTEST" else set()
        for sub in tok.subtree:
            if sub.i in protested:
                continue  # "a strike in protest of the Russian government's refusal": the target (below)
            if sub.tag_ in {"NNS", "NNPS"} and index.at(sub) is None and sub.i != tok.i:
                add(actors_of_phrase(doc, sub, index, statements), "participant")  # "officials from both nations"
            m = index.at(sub)
            if m is None or sub.i == tok.i:
                continue
            if sub.head.dep_ == "prep" and _is_venue(sub.head, m, trigger):
                continue  # "a summit in Switzerland": where, not who
            if trigger.cameo == "073" and under_prep(sub, tok, frozenset({"from", "out"})):
                continue  # "the evacuation of citizens from Ukraine": the place left, not a party
            if trigger.plover == "COOPERATE" and _via(sub, tok, {"on", "about", "over", "in"}):
                continue  # "intelligence sharing on China": what it is about, not a partner
            role = "participant"
            if sub.head.i == tok.i and sub.dep_ in {"compound", "amod", "nmod", "npadvmod"}:
                # "US sanctions", "Russian aggression" (source); "anti-Russia sanctions" (target);
                # in an official text, "Zimbabwe sanctions" are the publisher's on Zimbabwe
                before = doc_text(doc)[max(0, sub.idx - 5) : sub.idx].lower()
                imposed_on = _sanction_like(trigger) and official is not None and m.actor.key != official.state.key
                role = "target" if "anti" in before or imposed_on else "source"
            elif sub.head.dep_ == "prep" and (
                sub.head.lower_ in {"to", "with", "against"} or (sub.head.lower_ == "for" and trigger.plover == "AID")
                or (sub.head.lower_ == "on" and trigger.plover not in {"COOPERATE", "AGREE"})  # what it is about
            ):
                role = "target"  # "aid for Ukraine": the recipient
            elif sub.head.dep_ == "prep" and sub.head.lower_ == "of" and sub.head.head.i == tok.i and (
                trigger.plover in _UNDERGONE or trigger.cameo == "073" or trigger.mode == "release"
            ):
                role = "target"  # "the invasion of Iraq", "the recognition of Kosovo": X undergoes it
                # ("the evacuation of Turkish citizens", "the release of Ukrainian prisoners": theirs)
            elif trigger.mode == "release" and _held_by(sub, tok):
                role = "source"  # "the release of the hostages held by Hamas": the holder releases them
            elif (trigger.mode == "release" or trigger.cameo == "073") and _via(sub, tok, {"of"}):
                role = "target"  # "the release of two American hostages", "the evacuation of Indian nationals": theirs
            elif sub.dep_ == "poss" and trigger.plover in _UNDERGONE | {"AID"} and _via(
                    sub, tok, {"against", "on", "to"} | ({"for"} if trigger.plover == "AID" else {"of"})):
                # "an attack against Ukraine's energy grid", "support for Ukraine's needs", "recognition
                # of Russia's sovereignty over Crimea": theirs
                role = "target"
            elif trigger.plover == "AID" and sub.dep_ == "dobj" and sub.head.dep_ in {"acl", "relcl"} and sub.head.head.i == tok.i \
                    and sub.head.lemma_.lower() in {"benefit", "help", "support", "assist", "aid", "serve"}:
                role = "target"  # "humanitarian assistance to benefit Palestinians": the aided
            elif sub.dep_ == "poss" and trigger.plover == "MOBILIZE" and _via(
                    sub, tok, {"on", "near", "around", "along", "against", "at"}):
                role = "target"  # "a military build-up on Ukraine's borders": the one it threatens
            elif sub.head.dep_ == "agent" and sub.head.head.head.i == tok.i and sub.head.head.dep_ == "acl":
                role = "source"  # "the sanctions policy pursued by the West": who pursues it
            elif sub.head.dep_ == "prep" and sub.head.lower_ in {"by", "at"} or sub.dep_ == "poss" or _via(sub, tok, {"at", "by"}):
                role = "source"
            elif _via(sub, tok, {"against", "to", "with"} | ({"on"} if trigger.plover not in {"COOPERATE", "AGREE"} else set())):
                role = "target"  # "attacks against UN personnel"
            elif trigger.plover == "CONSULT" and under_prep(sub, tok, _WITH):
                role = "target"  # "his contacts on the crisis with X"
            # "Riyadh's friendship" deep in the phrase does not make Riyadh the doer
            add([m], role, doers=sub.dep_ != "poss" or sub.head.i == tok.i)
        body = any(p.role == "source" and p.mention.actor.kind in MULTILATERAL_KINDS for p in parts)
        hosts = hosts_of_gathering(tok) if body and trigger.plover == "CONSULT" and trigger.mode not in {"visit", "call"} else []
        found = [m for h in hosts for m in (subject_actors(h) or first_actor_in(h, index))
                 if m.actor.kind not in MULTILATERAL_KINDS]
        if found:  # "the BRICS summit to be hosted by China", "Japan will host the G7 summit",
            keys = {m.actor.key for m in found}  # "X took part in the APEC summit": X meets the body's members
            parts[:] = [replace(p, role="target") if p.role == "source" and p.mention.actor.kind in MULTILATERAL_KINDS
                        else p for p in parts if p.mention.actor.key not in keys]
            add(found, "source")
        if (not any(p.role == "source" for p in parts) and tok.dep_ == "pobj" and tok.head.lower_ == "of"
                and tok.head.head.lemma_.lower() in _CONDUCT_NOUNS):
            for c in tok.head.head.children:  # "Kiev's policy of discrimination against X": Kiev's
                if c.dep_ == "poss":
                    add(actors_of_phrase(doc, c, index, statements), "source")
        if tok.dep_ == "pobj" and tok.head.lower_ == "under" and tok.head.head.pos_ in {"VERB", "AUX"}:
            # "X was put under investigation", "Kyiv came under attack", "X is under arrest": X undergoes it
            for c in tok.head.head.children:
                if c.dep_ in {"nsubj", "nsubjpass"}:
                    add(subject_actors(c), "target")
        carrier = _carrier(tok)
        if carrier is not None and not any(p.role == "source" for p in parts):
            subj = subject_of(carrier)  # "Chile launched a mediation effort", "troops opened fire"
            if subj is not None:
                add(subject_actors(subj), "source")
            elif carrier.dep_ == "acl" and infinitival(carrier) and carrier.head.pos_ == "NOUN":
                # "the recent U.S. decision to resume assistance to X": whose decision it is
                add([m for c in carrier.head.children if c.dep_ in {"poss", "compound", "amod"}
                     and (m := index.at(c)) is not None], "source")
            if not any(p.role == "target" for p in parts):
                for c in carrier.children:  # "opened fire on X", "imposed a blockade against X"
                    if c.dep_ == "prep" and c.lower_ in {"on", "against", "at"}:
                        add([m for p in c.children if p.dep_ == "pobj" for m in object_of(p)], "target")
            if (trigger.plover == "CONSULT" and (during_verb(tok.head) is carrier or trigger.mode == "visit")
                    and len({p.mention.actor.key for p in parts if not p.via_role}) == 1):
                # "During the conversation, Putin congratulated X" / "... stressed ...", "X will pay a
                # visit to our country": the other side (not for "held meetings with Roscosmos's head")
                own = own_keys([p.mention for p in parts])
                add(others_than(spoken_to(doc, carrier, index, statements) or parties(doc, index, tok), own), "target")
        briefer = briefed_on(tok) if trigger.plover == "CONSULT" else None
        if briefer is not None and not any(p.role == "source" for p in parts) and any(p.role == "target" for p in parts):
            subj = subject_of(briefer)  # "Putin informed him of the ongoing talks with Ukraine": his talks
            if subj is not None:
                add(subject_actors(subj), "source")
        if (trigger.plover == "CONSULT" and official is not None and statement_at(statements, tok.idx) is None
                and parts and all(p.role == "target" for p in parts)
                and any(p.mention.actor.kind == "State" for p in parts)  # not "a meeting with Defence Ministry leadership"
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
                and not any(side_of(p) == official.state.key for p in parts)):
            # "this came up during a recent videoconference with President Biden" in a Kremlin
            # readout: the publisher's own side talked with him
            span = span_of(doc, tok.idx, tok.idx + len(tok.text))
            add([ActorMention(official.state, span, sentence_span(tok))], "source")
        marcher = _marcher(tok) if trigger.plover == "PROTEST" else None
        if marcher is not None and not any(p.role == "source" for p in parts):
            add(subject_actors(marcher), "source")  # "Palestinian youths threw stones during demonstrations"
        engaged = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
        if engaged is not None and engaged.lemma_.lower() in _ENGAGING_VERBS:
            # "Serb forces were engaged in ethnic cleansing ... against the Albanian population"
            subj = next((c for c in engaged.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subj is not None and not any(p.role == "source" for p in parts):
                add(subject_actors(subj), "source")
            for c in engaged.children:
                if c.dep_ == "prep" and c.lower_ in {"against", "on", "with"}:
                    add([m for p in c.children if p.dep_ == "pobj" for m in object_of(p)], "target")
        if not parts and tok.dep_ == "compound" and (tok.head.lemma_.lower() in _ACTIVITY_NOUNS or (
                _sanction_like(trigger) and tok.head.lemma_.lower() in _SANCTION_HEADS
                and any((c.dep_ == "prep" and c.lower_ in {"on", "against", "for"})
                        or (c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children)
                            and tok.head.lemma_.lower() not in {"program", "programme"})  # "administered by OFAC"
                        for c in tok.head.children))):
            # "the sanctions policy pursued by the West", "new sanctions actions announced by X",
            # "the visa restriction policy for undermining democracy in X"
            # "the sanctions pressure on Russia": the head names whom they are on
            # "a mediation mission between X and Y": the compound's head carries the arguments
            parts.extend(_participants(doc, tok.head, index, statements, trigger, official))
        if (not parts and trigger.plover == "AID" and official is not None and statement_at(statements, tok.idx) is None
                and not _object_of_trigger_verb(tok)
                and not _recipient_named(tok)):
            # "previewed $800 million in security assistance" in a readout naming no giver: the
            # publisher's aid to the other state the text is most about (not "X is providing
            # assistance", whose verb names the giver)
            span = span_of(doc, tok.idx, tok.idx + len(tok.text))
            aided = _counterpart(tok, index, official)
            if aided is not None:
                add([ActorMention(official.state, span, sentence_span(tok))], "source")
                add([aided], "target")
        thanks = thanks_for(tok) if trigger.plover == "AID" and not any(p.role == "source" for p in parts) else None
        if thanks is not None:  # "thanked the United States for its military assistance": the thanked gave it
            thanker, thanked = thanks_sides(doc, thanks, tok, index, statements)
            add(thanked, "source")
            if not any(p.role == "target" for p in parts):
                add(thanker, "target")
        if (
            _sanction_like(trigger)
            and official is not None
            and parts
            and not any(p.role == "source" and _statal(p) for p in parts)
            and statement_at(statements, tok.idx) is None
        ):  # "sanctions on Zimbabwe" in a White House release: the publisher's
            span = span_of(doc, tok.idx, tok.idx + len(tok.text))
            add([ActorMention(official.state, span, sentence_span(tok))], "source")
        if (
            trigger.plover == "SANCTION" and official is not None
            and any(p.role == "source" for p in parts)
            and not any(p.role in {"target", "participant"} for p in parts)
            and not any(side_of(p) == official.state.key for p in parts)
            and statement_at(statements, tok.idx) is None
        ):  # "the illegitimate sanctions policy pursued by the West" in a Kremlin readout: on Russia
            span = span_of(doc, tok.idx, tok.idx + len(tok.text))
            add([ActorMention(official.state, span, sentence_span(tok))], "target")
    sources = [p for p in parts if p.role == "source"]
    if (tok.pos_ == "VERB" and _sanction_like(trigger) and official is not None and sources
            and all(p.mention.actor.key.startswith("actor/organization/") for p in sources)
            and statement_at(statements, tok.idx) is None):
        # "the Department of the Treasury is designating ..." in a White House release: a body of
        # the publisher's government the gazetteer does not know
        add([ActorMention(official.state, sources[0].mention.span, sources[0].mention.sentence)], "source")
    nearby = trigger.plover in {"FIGHT", "ASSAULT", "AID", "SANCTION"}
    if parts and all(p.role == "source" for p in parts) and not nearby and trigger is not DISCUSSED:
        # "Serbia eased emergency measures in Montenegro", "mobilized reservists for a war against
        # Iraq": the target is named in the trigger's own branches
        known = {p.mention.actor.key for p in parts} | {p.mention.role.of.key for p in parts if p.mention.role}
        carrier = _carrier(tok) if tok.pos_ in NOMINAL else None
        tops = [tok, tok.head] if tok.pos_ in NOMINAL and tok.dep_ == "dobj" else [tok, carrier] if carrier else [tok]
        venues = trigger.plover not in {"CONSULT", "AGREE", "COOPERATE"} or trigger.mode == "visit"
        topics = frozenset({"on", "about", "over", "in"}) if trigger.plover == "COOPERATE" else frozenset()
        two_sides = len({side_of(p) for p in parts}) > 1
        if trigger.plover == "AGREE" and two_sides:  # "they agreed to consult closely on Iran": a topic
            topics = frozenset({"on", "about", "over"})  # (not "Obama agreed to lift the sanctions on Iran")
        if trigger.plover == "CONSULT" and two_sides:  # "during the call, X and Y discussed events in Z"
            # (one side named: "attend a summit on the unrest in Iran" is coded with Iran, as PETRARCH does)
            topics = frozenset({"on", "about", "over"} | ({"in"} if carrier is not None and during_verb(tok.head) else set()))
        add(aimed_mentions(tops, index, known, limit=1, venues=venues, skip=topics), "target")
    if nearby and parts and all(p.role == "source" for p in parts):
        # "Russia's aggression", "missiles struck a hospital in Ukraine", "we provided a package of
        # assistance": the attacked, aided or sanctioned is the other state named nearby
        # (sanctions named far from whom they hit are not on the text's main state: "the sanctions
        # imposed by the Western countries" in a text about Ukraine)
        add(_other_state(tok, index, parts, official, whole_text=not _sanction_like(trigger)), "target")
    if trigger.plover == "PROTEST" and not any(p.role == "target" for p in parts):
        # "began a hunger strike in protest of the government's refusal": whose act is protested
        for o in _protested_objects(tok):  # the phrase's actors, else the first actor inside it ("X's refusal")
            found = actors_of_phrase(doc, o, index, statements, subject=True)
            found = found or [m for t in o.subtree if (m := index.at(t)) is not None][:1]
            add(found[:1], "target")
            break
    if trigger.plover in DOMESTIC_TYPES and any(p.role == "source" for p in parts) and not any(
        p.role == "target" for p in parts
    ):
        sources = [p.mention for p in parts if p.role == "source"]
        at_home = len(sources) == len(parts)  # no other side named: done at home
        parts.extend(Participant(m, "target", inferred=True) for m in domestic_target(doc, tok, index, sources, at_home))
    return parts


_PROTEST_AIMS = frozenset({"demand", "protest", "oppose", "denounce", "condemn", "press", "urge"})


# Verbs of holding people: "the hostages held by Hamas", "the detained leaders", "a citizen held hostage".
_HOLDING_VERBS = frozenset({
    "hold", "detain", "capture", "kidnap", "abduct", "take", "seize", "imprison", "keep", "jail", "arrest",
})


def _held_by(sub: Token, tok: Token) -> bool:
    """"the release of the hostages held by Hamas": ``sub`` is the agent of a participle of holding
    that qualifies the released (the trigger noun's "of" object)."""
    while sub.dep_ in {"compound", "amod"} and sub.head.i != sub.i:
        sub = sub.head  # "held by Hamas terrorists"
    agent = sub.head
    if agent.dep_ != "agent" or agent.head.dep_ != "acl" or agent.head.lemma_.lower() not in _HOLDING_VERBS:
        return False
    held = agent.head.head
    return held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.i == tok.i


def _protested_objects(tok: Token) -> list[Token]:
    """What a protest is against: an "in protest of/against/at X" phrase of the protest (or of its
    carrying verb), else the object of its purpose ("... a hunger strike to demand the resignation of X")."""
    heads = [tok] + ([tok.head] if tok.pos_ in NOMINAL and tok.dep_ == "dobj" else [])
    found = [
        obj
        for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
        for noun in c.children if noun.dep_ == "pobj" and noun.lemma_.lower() == "protest"
        for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in {"of", "against", "at", "over"}
        for obj in prep.children if obj.dep_ == "pobj"
    ]
    return found or [
        obj
        for h in heads for c in h.children
        if c.dep_ in {"advcl", "xcomp"} and infinitival(c) and c.lemma_.lower() in _PROTEST_AIMS
        for obj in c.children if obj.dep_ == "dobj"
    ]


def _possessive_conjunct(head: Token, found: list[ActorMention], index: ActorIndex) -> list[ActorMention]:
    """"President Trump and Ukraine's President Zelenskyy had a call", parsed with "Trump and
    Ukraine" as the possessor of "Zelenskyy": the person before "and" is a subject too."""
    known = {m.actor.key for m in found}
    out = []
    near = [head, *(c for c in head.children if c.dep_ == "compound")]  # "Ukraine's President | Zelenskyy"
    for c in (g for t in near for g in t.children):
        m = index.at(c)
        if (c.dep_ == "poss" and m is not None and m.actor.kind == "Person" and m.actor.key not in known
                and any(g.dep_ == "conj" for g in c.children)):
            out.append(m)
    return out


# Nouns counting out events: "a new round of talks", "a series of strikes", "a wave of attacks".
_BATCHES_OF_EVENTS = frozenset({"round", "series", "wave", "spate", "string", "barrage", "volley", "salvo"})


def _batch_of(noun: Token) -> Token:
    """The noun counting out the events a noun names ("a round" of talks), else the noun itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _BATCHES_OF_EVENTS:
        return noun.head.head
    return noun


def _carrier(noun: Token) -> Token | None:
    """The verb whose subject does what an event noun names: "launched an offensive" (a support
    verb's object), "returned to Geneva for talks", "converged for a rally", "remained on alert"."""
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "launched a missile and drone attack": the first conjunct is the object
    noun = _batch_of(noun)  # "began a new round of joint exercises", "launched a wave of strikes"
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and is_word(head, SUPPORT_VERBS):  # "staged" lemmatized "stag"
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"for", "on"}:
        verb = head.head
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in _GATHERING_VERBS:
            return verb
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "in" and noun.lemma_.lower() == "contact":
        verb = head.head  # "will remain in close contact with X"
        if verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in {"remain", "stay", "keep", "be"}:
            return verb
    if noun.dep_ == "pobj" and during_verb(head) and noun.lemma_.lower() in CONVERSATIONS:
        verb = during_verb(head)  # "During the telephone conversation, Putin congratulated X": they talked
        if verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
            return verb
    if noun.dep_ == "pobj" and head.lower_ in {"during", "at"} and noun.lemma_.lower() in _GATHERINGS:
        verb = head.head  # "youths threw stones during demonstrations": they demonstrated
        if verb.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in verb.children):
            return verb
    return None


def _domestic(source: Participant, target: ActorMention) -> bool:
    """"President X banned Ugandan opposition candidates", "Croatia investigates crimes by
    Croatian extremists": a state acting on its own people, named apart from the source."""
    a, b = source.mention.span, target.span
    return source.role == "source" and target.actor.kind == "State" and (b.end <= a.start or a.end <= b.start)


def _other_state(
    tok: Token, index: ActorIndex, parts: list[Participant], official: OfficialVoice | None = None,
    whole_text: bool = True,
) -> list[ActorMention]:
    """The nearest state in ``tok``'s sentence that is not a party yet and not a venue ("in X")."""
    known = {p.mention.actor.key for p in parts}
    known |= {p.mention.role.of.key for p in parts if p.mention.role is not None}
    if official is not None:  # the publisher writes about others ("our allies" is no victim)
        known.add(official.state.key)
    sent = tok.sent
    found = []
    reporters = _reporters(tok)
    for t in sent:
        m = index.at(t)
        if m is None or m.actor.kind != "State" or m.actor.key in known or t.i in reporters:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in {"at", "from"}:
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "in" and t.head.head.i != tok.i:
            continue  # "announced by the President in Brussels": where something else happened
        if _names_border(t):
            continue  # "a stronghold on the Thai border": where, not who
        found.append((abs(t.i - tok.i), m))
    if not found and _unknown_place(tok, index):
        return []  # "the Ukrainian authorities' aggression in Donbass": located, no victim named nearby
    if not found and sent.start > 0:  # "Hamas terrorists massacred families" after naming Israel
        for t in doc_prev_sentence(tok):
            m = index.at(t)
            if m is not None and m.actor.kind == "State" and m.actor.key not in known:
                found.append((tok.i - t.i, m))
    if not found and whole_text:  # else the state the text is most about ("massacred families" in a statement on Israel)
        counts: dict[str, tuple[int, ActorMention]] = {}
        for m in index.mentions:  # (this sentence's states were left out above for a reason)
            if m.actor.kind == "State" and m.actor.key not in known and not sent.start_char <= m.span.start < sent.end_char:
                counts[m.actor.key] = (counts.get(m.actor.key, (0, m))[0] + 1, m)
        if counts:
            return [max(counts.values(), key=lambda c: c[0])[1]]
    return [min(found, key=lambda f: f[0])[1]] if found else []


def _unknown_place(tok: Token, index: ActorIndex) -> bool:
    """The event is placed "in"/"near" a place the gazetteer does not tie to a state ("in Donbass")."""
    return any(c.dep_ == "prep" and c.lower_ in {"in", "near", "around"} and any(
        p.dep_ == "pobj" and p.ent_type_ in {"GPE", "LOC"} and index.at(p) is None for p in c.children)
        for c in tok.children)


def _object_of_trigger_verb(tok: Token) -> bool:
    """"providing any and all assistance": the noun is the object of an event verb, whose own
    subject says who does it."""
    g = tok
    while g.dep_ == "conj" and g.head.i != g.i:
        g = g.head
    return g.dep_ in {"dobj", "nsubjpass"} and g.head.pos_ == "VERB" and _trigger(g.head) is not None


def _recipient_named(noun: Token) -> bool:
    """Whether a "to"/"for"/"into" phrase on the aid noun or on the verb governing it names a
    recipient ("$200 million in assistance to ASEAN countries", "delivers aid to civilians")."""
    heads = [noun]
    cur = noun
    for _ in range(6):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        heads.append(cur)
        if cur.pos_ in {"VERB", "AUX"}:
            break
    return any(c.dep_ == "prep" and c.lower_ in {"to", "for", "into"} for h in heads for c in h.children)


def _counterpart(tok: Token, index: ActorIndex, official: OfficialVoice) -> ActorMention | None:
    """The state other than the publisher's that the text names most often (itself or through a
    person acting for it), the nearest of equals; None when the text names no other state."""
    counts: dict[str, list] = {}
    for m in index.mentions:
        actor = m.actor if m.actor.kind == "State" else m.role.of if m.role is not None else None
        if actor is None or actor.kind != "State" or actor.key == official.state.key:
            continue
        entry = counts.setdefault(actor.key, [0, None, None])
        entry[0] += 1
        dist = abs(m.span.start - tok.idx)
        if entry[1] is None or dist < entry[1]:
            entry[1], entry[2] = dist, ActorMention(actor, m.span, m.sentence)
    if not counts:
        return None
    return max(counts.values(), key=lambda e: (e[0], -e[1]))[2]


_REPORTING = frozenset({"say", "report", "tell", "add", "claim", "state", "announce", "quote"})


def _reporters(tok: Token) -> set[int]:
    """Tokens naming who reports the clause ``tok`` is in ("..., Thai police said", "according
    to Thai sources"): the reporter is not a party to what it reports."""
    out: set[int] = set()
    for anc in tok.ancestors:
        if anc.pos_ in {"VERB", "AUX"} and anc.lemma_.lower() in _REPORTING:
            for c in anc.children:
                if c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "prep" and c.lower_ == "according"):
                    out.update(t.i for t in c.subtree)
    return out


def _names_border(tok: Token) -> bool:
    """Whether a state word only says which border ("the Thai border", "Macedonia's border")."""
    return tok.dep_ in {"amod", "compound", "poss", "nmod"} and tok.head.lemma_.lower() in BORDER_NOUNS


def doc_prev_sentence(tok: Token) -> Span:
    """The sentence before ``tok``'s."""
    return tok.doc[tok.sent.start - 1].sent


def _is_venue(prep: Token, mention: ActorMention, trigger: EventTrigger) -> bool:
    """A state after "in"/"at" is where a meeting or agreement happens, not a party to it."""
    return (
        prep.lower_ in {"in", "at"}
        and (mention.actor.kind == "State" or (prep.lower_ == "at" and not _invited(prep)))
        and (trigger.plover in {"CONSULT", "AGREE", "COOPERATE"} or trigger.mode == "ceasefire")  # "a ceasefire in Gaza"
        and trigger.mode != "visit"  # "arrived in Amman": the host of a visit is its target
    )


def _invited(prep: Token) -> bool:
    """"at the invitation of X", "at X's request": X is a party, not the venue."""
    return any(p.dep_ == "pobj" and p.lemma_.lower() in {"invitation", "request", "initiative", "suggestion", "behest"}
               for p in prep.children)


def _left_place(prep: Token, trigger: EventTrigger) -> bool:
    """Whether ``prep`` names the place an evacuation leaves ("evacuated citizens from Ukraine")."""
    return trigger.cameo == "073" and prep.lower_ in {"from", "out"}


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
    official: OfficialVoice | None = None,
    sides: tuple[Participant, ...] | None = None,
) -> Event | None:
    if sides is not None:
        participants = [Participant(ActorMention(p.mention.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)),
                                                 sentence_span(tok)), p.role) for p in sides]
    else:
        participants = _participants(doc, tok, index, statements, trigger, official)
    named = _ACTOR_OBJECT in trigger.needs_object and not any(
        t.lemma_.lower() in trigger.needs_object for c in tok.children if c.dep_ == "dobj" for t in c.subtree
    ) and not (trigger.mode == "release" and any(_held_people(c) for c in tok.children if c.dep_ == "dobj"))
    if named and not any(p.role == "target" for p in participants):
        return None
    if trigger is SPOKE_TO and not _other_side(participants):
        return None  # "spoke to reporters", "will speak to the American people"
    # only to an event with a side already named: a bare "killing" near a place is too little to report
    agentless = _agentless_source(doc, tok, index, participants, trigger) if sides is None and participants else []
    participants = participants + agentless
    if not participants:
        return None
    modality = modality_of(tok, published)
    if modality == "asserted" and _intended_by(tok) is not None:
        modality = "planned"  # "the commitment of X ... and to impose costs on Y"
    if modality == "asserted" and trigger.plover in {"RETREAT", "CONCEDE"} and _sought_outcome(tok):
        modality = "hypothetical"  # "our support for the release of the detained Canadians"
    expr = date_expression(doc, tok, published)
    date_text, iso = resolve_expression(expr, published, future=modality in {"planned", "hypothetical"})
    if modality == "asserted" and future_date(date_text, iso, published):
        modality = "planned"
        date_text, iso = resolve_expression(expr, published, future=True)
    if modality == "asserted" and iso is None and progressive_or_present(tok):
        iso = published.isoformat() if published else None
    if modality == "asserted" and is_historical(tok, expr, published):
        modality = "historical"
    if agentless and modality not in _ACTUAL:  # "was not arrested", "may be detained": no one did it
        participants = [p for p in participants if all(p is not a for a in agentless)]
        if not participants:
            return None
    participants = _not_self_aimed(participants, modality)
    if trigger.plover in _MEETING_TYPES:
        participants = not_own_side_as_other(participants)
    place, place_text = _place(tok, index, participants, trigger)
    label = _label(doc, tok)
    return Event(
        event_type=trigger.plover,
        mode=_mode(tok, trigger),
        trigger=_trigger_span(doc, tok),
        sentence=sentence_span(tok),
        participants=tuple(participants),
        modality=modality,
        confidence=_confidence(participants, modality, nominal=tok.pos_ in NOMINAL and not _light_verb_object(tok)),
        cameo=trigger.cameo,
        date=iso,
        date_text=date_text,
        place=place,
        place_text=place_text,
        label=label,
        statement_index=statement_at(statements, tok.idx),
        nominal=tok.pos_ in NOMINAL,
    )


_SEEKING = frozenset({"support", "back", "backing", "seek", "favour", "favor", "advocate", "work", "press", "push"})


def _sought_outcome(noun: Token) -> bool:
    """A release, withdrawal or ceasefire someone supports or works for ("support for the release
    of X", "backs the withdrawal of troops", "work for the release of all detained Americans"): an
    outcome wished for, not yet had (unlike "welcomed the release", "secured the release")."""
    if noun.pos_ not in NOMINAL:
        return False
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in {"for", "of"} else noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and head.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in _SEEKING for c in head.children):
        return True  # "reiterated our support for the release", the "for" parsed on the verb
    return noun.dep_ in {"dobj", "pobj"} and head.lemma_.lower() in _SEEKING


def _not_self_aimed(parts: list[Participant], modality: str) -> list[Participant]:
    """``parts`` without the target when one actor is the only source and the only target and
    the target is not named apart: read from the source's own words, or inferred at home for an
    act that does not take place ("warned the US against deploying missiles": no one's missiles
    are aimed at the US). A state acting on its own people named apart ("Croatia investigates
    Croatian extremists") keeps them, as PLOVER codes it."""
    sources = [p for p in parts if p.role == "source"]
    targets = [p for p in parts if p.role == "target"]
    keys = {p.mention.actor.key for p in sources}
    if len(keys) != 1 or keys != {p.mention.actor.key for p in targets}:
        return parts
    spans = {p.mention.span for p in sources}
    if all(p.mention.span in spans for p in targets) or (
            modality not in _ACTUAL and all(p.inferred for p in targets)):
        return [p for p in parts if p.role != "target"]
    return parts


_MEETING_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


# Violent and coercive acts whose doer, when the text names none, is read from where they happen.
_AGENTLESS_TYPES = frozenset({"ASSAULT", "FIGHT", "COERCE"})
_ACTUAL = frozenset({"asserted", "historical"})
# Subjects that are the means of an attack, not its doer ("a roadside bomb killed three soldiers").
_DEVICES = frozenset({
    "bomb", "bombing", "explosion", "blast", "mine", "minefield", "device", "ied", "explosive",
    "landmine", "grenade", "shell", "mortar", "rocket", "missile", "car", "truck", "vehicle",
})
_DOER_ENTS = frozenset({"NORP", "ORG", "PERSON", "GPE"})


def _agentless_source(
    doc: Doc, tok: Token, index: ActorIndex, parts: list[Participant], trigger: EventTrigger
) -> list[Participant]:
    """"He was arrested in Lebanon", "the curfew imposed in Sudan", "a bombing killed five near
    Kabul": a violent or coercive act no one is named doing is, as PLOVER codes it, the act of the
    state where it happens (its authorities; for an attack, its unknown attackers there). An
    ``inferred`` source (no mention, no confidence gained); none when a doer is named in the
    clause, when the place's state is already a party (an attack "in X" that hit X: not X's own),
    except for coercion (the state's authorities acting on people there)."""
    if trigger.plover not in _AGENTLESS_TYPES or any(p.role == "source" for p in parts):
        return []
    if _doer_named(tok, index):
        return []
    at = tok
    found = domestic_target(doc, tok, index, [], at_home=False)  # the state of the place, if named
    subj = subject_of(tok) if tok.pos_ == "VERB" and not found else None
    if subj is not None and _device(subj, index):  # "a roadside bomb near Samarra killed ..."
        at, found = subj, domestic_target(doc, subj, index, [], at_home=False)
    if not found or not _place_named(at, index, found[0].actor.key):
        return []
    state = found[0].actor
    here = ActorMention(state, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok))
    for p in parts:
        keys = {p.mention.actor.key} | ({p.mention.role.of.key} if p.mention.role is not None else set())
        if state.key not in keys:
            continue
        if p.role == "participant" or (p.role == "target" and trigger.plover != "COERCE"):
            return []
    return [Participant(here, "source", inferred=True)]


# Place nouns a state's adjective locates ("in the Lebanese capital"), unlike "a French colony".
_PLACE_NOUNS = frozenset({
    "capital", "city", "town", "village", "province", "region", "district", "port", "border",
    "countryside", "north", "south", "east", "west", "interior", "territory", "side", "area",
})


def _place_named(tok: Token, index: ActorIndex, key: str) -> bool:
    """Whether the place phrase that gave the state ``key`` names a place of it: the place itself
    ("in Lebanon", "in the city of Beirut") or a place noun it qualifies ("in the Lebanese
    capital"), not a state's adjective on something else ("in the one-time French colony")."""
    for obj in place_objects(tok):
        for t in obj.subtree:
            m = index.at(t)
            if m is None or m.actor.key != key:
                continue
            if t.pos_ != "ADJ" and t.dep_ != "amod" or t.head.lemma_.lower() in _PLACE_NOUNS:
                return True
    return False


def _doer_named(tok: Token, index: ActorIndex) -> bool:
    """Whether the clause of ``tok`` names who does it: an agent ("by police"), the subject of an
    active verb (other than a device: "a car bomb killed ..."), an event noun's possessor, "by"
    phrase or name modifier ("Taliban attack"), or the subject of the verb carrying it ("militants
    launched an attack", "militants killed five in an attack")."""
    if tok.pos_ == "VERB":
        verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]
        if tok.dep_ == "conj":
            verbs.append(tok.head)
        agents = [p for v in verbs for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        if any(not _device(p, index) for p in agents):
            return True  # "killed by militants"; not "killed by an improvised explosive device"
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in tok.children) or (
            tok.dep_ == "acl" and tok.tag_ == "VBN")  # "the curfew imposed in Sudan"
        if passive:
            return False
        subj = subject_of(tok)
        return subj is not None and not _device(subj, index)
    for c in tok.children:
        if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by"):
            return True
        if c.dep_ in {"compound", "amod", "nmod"} and (index.at(c) is not None or c.ent_type_ in _DOER_ENTS):
            return True
    cur = tok
    for _ in range(4):  # up to the verb the noun hangs on
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in {"nsubj", "nsubjpass"}:
            return False  # "a bombing in Baghdad killed five": the noun is the clause's subject
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ == "agent" for c in cur.children):
                return True
            if any(c.dep_ in {"auxpass", "nsubjpass"} for c in cur.children):
                return False  # "were killed in a bombing"
            subj = subject_of(cur)
            return subj is not None and not _device(subj, index)
    return False


def _device(subj: Token, index: ActorIndex) -> bool:
    """A subject naming only the means of an attack ("a roadside bomb", "an explosion")."""
    return subj.lemma_.lower() in _DEVICES and not any(  # not "a Taliban car bomb", "Russian missiles"
        index.at(t) is not None or t.ent_type_ in _DOER_ENTS
        for c in subj.children if c.dep_ in {"compound", "amod", "nmod", "poss"} for t in c.subtree
    )


def _light_verb_object(noun: Token) -> bool:
    """"staged a hunger strike", "launched an offensive": the noun is what its clause's verb says,
    not background like "since last month's invasion"."""
    return noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and is_word(noun.head, SUPPORT_VERBS)


def _other_side(participants: list[Participant]) -> bool:
    """Whether a target is someone other than the source and the source's own state."""
    own = {p.mention.actor.key for p in participants if p.role == "source"}
    own |= {p.mention.role.of.key for p in participants if p.role == "source" and p.mention.role is not None}
    return any(p.role == "target" and p.mention.actor.key not in own for p in participants)


def _confidence(participants: list[Participant], modality: str, nominal: bool = False) -> float:
    """Two sides known beat one; an event not asserted as current is a weaker claim; an event
    noun ("since last month's invasion") is more often background than the clause's verb. A side read
    from where the event happens or who does it (``inferred``) is no second known side."""
    base = 0.7 if sum(not p.inferred for p in participants) > 1 else 0.55
    return round(base * (1.0 if modality == "asserted" else 0.85) * (0.9 if nominal else 1.0), 2)
def _mode(tok: Token, trigger: EventTrigger) -> str | None:
    """A talk's channel from its words: "had a telephone conversation", "a video call" -> call."""
    if trigger.plover != "CONSULT":
        return trigger.mode
    words = {tok.lower_} | {t.lower_ for c in tok.children if c.dep_ in {"dobj", "compound", "amod", "prep"}
                            for t in c.subtree}
    if words & {"telephone", "phone", "video", "videoconference", "call"}:
        return "call"
    return trigger.mode


def _place(tok: Token, index: ActorIndex, participants: list[Participant], trigger: EventTrigger):
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
            for p in c.children:
                m = index.at(p)
                if m is not None and m.actor.kind == "State":
                    return m.actor, m.span.text
                if p.ent_type_ in {"GPE", "LOC", "FAC"}:
                    return None, p.text
    if trigger.mode == "visit":
        for part in participants:
            if part.role == "target" and part.mention.actor.kind == "State":
                return part.mention.actor, part.mention.span.text
    return None, None


def _label(doc: Doc, tok: Token) -> str:
    """A short description: the trigger with what follows it (no subject), at most 200 chars; a
    whole phrase (hyphenated words whole, no trailing function word: see
    :mod:`diplograph.extract.phrases`)."""
    tokens = [tok]
    skip = {"nsubj", "nsubjpass", "aux", "auxpass", "punct", "cc", "conj", "mark", "neg", "relcl"}
    for c in tok.children:
        if c.dep_ in skip or (c.i < tok.i and c.dep_ not in {"det", "amod", "compound", "poss"}):
            continue
        tokens.extend(c.subtree)
    tokens = without_trailing_function_words(whole_words(sorted(tokens, key=lambda t: t.i)))
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = " ".join(doc_text(doc)[start:end].split())
    for stop in (", which", ", who", "; "):
        text = text.split(stop)[0]
    return text if len(text) <= 200 else text[:197].rstrip() + "..."
