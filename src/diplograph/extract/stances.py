"""Stances: who supports, opposes, demands or rejects whom or what."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, doc_text, sentence_span, span_of
from diplograph.extract.aims import aimed_at
from diplograph.extract.context import (
    actors_of_phrase,
    is_negated,
    kept_from,
    phrase_span,
    statement_at,
    subject_of,
)
from diplograph.extract.events import event_type_of
from diplograph.extract.lexicon import (
    EVALUATIONS,
    HARMS,
    INTENT_NOUNS,
    STANCE_NOUNS,
    STANCE_PREPOSITIONS,
    STANCE_VERBS,
    StanceCue,
)
from diplograph.extract.modality import infinitival, is_question, is_word, requested, ruled_out
from diplograph.extract.parties import addressee as second_person
from diplograph.extract.parties import (
    agentless_passive,
    fallback_actors,
    own_keys,
    parties,
    plural_antecedent,
    with_conjuncts,
)
from diplograph.extract.phrases import glued_word, is_split_piece, piece_stands
from diplograph.extract.scan import tokens_with_lemma
from diplograph.extract.statements import OfficialVoice
from diplograph.model import ActorMention, ActorRef, Issue, Stance, Statement

_OBJECT_DEPS = {"dobj", "attr", "oprd", "xcomp", "ccomp"}
_INTENT = StanceCue("AGREE", 1, "030")
_DEMAND = StanceCue("DEMAND", 1, "100")
_THREAT = StanceCue("THREATEN", -1, "130")
_YIELD = StanceCue("CONCEDE", 1, "083")
_REFUSAL = StanceCue("REJECT", -1, "120")  # "will not accept": the negation is the rejection
_INTOLERANCE = StanceCue("THREATEN", -1, "130")  # "will no longer tolerate rallies": the negation warns
_OBLIGATION = frozenset({"must", "should"})
# What an actor is ready to do or accepts: a conflictual action is a threat ("ready to impose
# sanctions"), accepting a demand is yielding to it (CAMEO 08).
_CONFLICTUAL = frozenset({"FIGHT", "ASSAULT", "SANCTION", "COERCE", "MOBILIZE", "PROTEST"})
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "charge", "chargé", "representative", "attache", "attaché"})
_COMMISSIVES = frozenset({"vow", "swear", "pledge", "promise", "threaten", "commit"})
_DEMAND_NOUNS = frozenset({"demand", "request", "call", "condition", "ultimatum"})
_PROPOSALS = frozenset({
    "plan", "proposal", "deployment", "mediation", "initiative", "resolution", "offer", "idea", "bill",
    "move", "participation", "presence", "membership", "request", "deal", "draft", "suggestion",
})
# What "defend" supports verbally (CAMEO 052) -- not "defend its territory" (military)
_DEFENSIBLE = frozenset({"right", "decision", "policy", "action", "position", "stance", "record", "move", "choice", "deal"})
_DEMAND_VERBS = frozenset(k for k, v in STANCE_VERBS.items() if v.plover == "DEMAND")
# Pronouns that name no target by themselves ("grateful for this").
_PRONOUN_TARGETS = frozenset({
    "this", "that", "it", "these", "those", "which", "what", "everyone", "everybody", "all", "nothing", "none", "anything",
})
_PEOPLE_PRONOUNS = frozenset({"you", "them", "us", "him", "her"})
# Stances about an actor's conduct or standing, whose target is that actor ("condemned Russia's
# aggression"); demands and intents aim at the action itself ("demanded the removal of X").
_ABOUT_ACTORS = frozenset({"SUPPORT", "DISAPPROVE", "REJECT"})


_CUE_LEMMAS = frozenset(STANCE_VERBS) | frozenset(STANCE_NOUNS) | INTENT_NOUNS | {"stand", "hold", "look"}


def _asked_of_another(tok: Token) -> bool:
    """A stance verb in what someone is urged, called on or pushed to do, with its own subject or
    the asker's object as the one asked ("urged China to condemn", "pushing for the US to support")."""
    if tok.dep_ not in {"xcomp", "advcl", "ccomp"} or tok.head.pos_ != "VERB" or not requested(tok):
        return False
    asker = subject_of(tok.head)
    asked = [c for c in tok.head.children if c.dep_ == "dobj"]
    asked += [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(asker is None or a.i != asker.i for a in asked)


_PRAISES = frozenset({"thank", "grateful", "praise", "commend", "congratulate", "appreciate", "applaud", "salute", "hail"})


def _praised_for(noun: Token) -> bool:
    """A noun in what someone is thanked or praised for ("thank you for your commitment to peace",
    "praised them for the hard work and determination to ..."): the praised side's stance."""
    cur = noun
    while cur.dep_ in {"conj", "appos"} and cur.head.i != cur.i:
        cur = cur.head
    prep = cur.head
    if not (cur.dep_ == "pobj" and prep.lower_ in {"for", "on"} and prep.dep_ == "prep"
            and prep.head.lemma_.lower() in _PRAISES):
        return False
    # an intent is the praised side's; another stance noun only with a possessive of its own
    # ("your condemnation of ..."; "thanked Trump for the support of the US" is thanks to the US)
    return noun.lemma_.lower() in INTENT_NOUNS or any(
        c.dep_ == "poss" and c.pos_ == "PRON" and c.lower_ not in {"my", "our"} for c in noun.children)


def _accountable(verb: Token) -> bool:
    """"will hold Russia accountable": a promised reckoning (CAMEO 13, threaten)."""
    return any(c.lower_ in {"accountable", "responsible"} and c.dep_ != "dobj" for c in verb.children)


def find_stances(
    doc: Doc, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None = None
) -> list[Stance]:
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _CUE_LEMMAS):
        if not piece_stands(tok, _CUE_LEMMAS):
            continue  # "hard-fought", "the First-Called": a piece of a word that is no cue
        lemma = tok.lemma_.lower()
        if tok.pos_ in {"VERB", "ADJ"} and lemma in STANCE_VERBS:
            if tok.pos_ == "VERB" and STANCE_VERBS[lemma].plover != "DEMAND" and _asked_of_another(tok):
                continue  # "urged China to condemn Russia": China is asked, it holds nothing yet
            out.extend(_verb_stances(doc, tok, STANCE_VERBS[lemma], index, statements, official))
        elif tok.pos_ == "NOUN" and (lemma in INTENT_NOUNS or lemma in STANCE_NOUNS) and _praised_for(tok):
            continue  # "thank you for your commitment to peace": the thanked side's, told by the thanker
        elif tok.pos_ == "NOUN" and lemma in INTENT_NOUNS and _intended_action(tok) is not None:
            action = _intended_action(tok)
            backed = _backed(action)
            if backed:  # "commitment to support the people of Ukraine": solidarity with them
                out.extend(_noun_stances(doc, tok, _SOLIDARITY, (), index, statements, official, backed))
                continue
            cue = _THREAT if _conflictual(action) else _INTENT
            out.extend(_noun_stances(doc, tok, cue, (), index, statements, official, [action]))
        elif tok.pos_ == "NOUN" and lemma in STANCE_NOUNS:
            if lemma in {"fight", "struggle"} and any(c.dep_ == "poss" for c in tok.children):
                continue  # "supported Africa in its fight against X": the narrated struggle of another
            cue, preps = STANCE_NOUNS[lemma]
            if lemma == "emphasis" and (_emphasis_on_a_cue(tok) or not _emphasis_on_ties(tok, index)):
                continue  # "emphasis was placed on the need for X": the need carries the stance
            out.extend(_noun_stances(doc, tok, cue, preps, index, statements, official))
        elif lemma == "stand" and tok.pos_ == "VERB":
            out.extend(_verb_stances(doc, tok, StanceCue("SUPPORT", 1, "051"), index, statements, official))
        elif lemma == "look" and tok.pos_ == "VERB" and any(c.lower_ == "forward" for c in tok.children):
            # "looks forward to working with X": intent to cooperate (CAMEO 03)
            targets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                       for p in c.children if p.dep_ in {"pcomp", "pobj"}]
            targets = [t for t in targets if not _meeting(t)]  # "looks forward to meeting X": a planned talk
            if targets:
                out.extend(_emit(doc, tok, _INTENT, _subject_holders(doc, tok, index, statements, official),
                                 targets, index, statements))
        elif lemma == "hold" and tok.pos_ == "VERB" and _accountable(tok):
            out.extend(_verb_stances(doc, tok, _THREAT, index, statements, official))
    out.extend(_obligations(doc, index, statements, official))
    out.extend(_evaluations(doc, index, statements, official))
    out.extend(_ruled_out(doc, index, statements, official))
    out.extend(_praise_phrases(doc, index, statements, official))
    out.extend(_warned_consequences(doc, index, statements, official))
    out.extend(_necessities(doc, index, statements, official))
    out.extend(_figures(doc, index, statements, official))
    out.extend(_blamed_acts(doc, index, statements))
    out.extend(_false_accusations(doc, index, statements, official))
    out.extend(_sympathy_to_the_other_side(doc, index, statements, official))
    out.extend(_promised_responses(doc, index, statements, official))
    out.extend(_continued_cooperation(doc, index, statements, official))
    out.extend(_hopes(doc, index, statements, official))
    return out


def _that_clause(t: Token) -> Token | None:
    """The first that-clause hung on ``t`` ("hoped | that ...", "her view | that ...")."""
    return next((c for c in t.children if c.dep_ in {"ccomp", "acl"} and c.pos_ in {"VERB", "AUX"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _hoped_clause(tok: Token) -> Token | None:
    """The that-clause a hope is about: "hoped that ...", "the hope that ...", "expressed the hope |
    that ..." (the parser may hang the clause on the verb), "Hope was expressed that ..."."""
    found = _that_clause(tok)
    if found is None and tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ in {"dobj", "nsubjpass"} and tok.head.lemma_.lower() == "express":
        found = _that_clause(tok.head)
    return found


def _hopes(doc: Doc, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None) -> list[Stance]:
    """"Hope was expressed that X would work with Y", "expressed the hope that the conflict will be
    settled through dialogue", "I hope that it will be a first step to peace": what is hoped for is
    supported; when it is another actor's doing, it is asked of them (CAMEO 10, DEMAND)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"hope"}):
        if tok.pos_ not in {"VERB", "NOUN", "PROPN"} or _negated(tok) or is_question(tok):
            continue
        clause = _hoped_clause(tok)
        if clause is None:
            continue
        if tok.pos_ == "VERB":
            holders = _subject_holders(doc, tok, index, statements, official)
        else:
            carrier = tok.head if tok.dep_ in {"dobj", "nsubjpass"} else tok
            holders = _subject_holders(doc, carrier, index, statements, official)
            if not holders and tok.dep_ == "nsubjpass" and agentless_passive(tok.head):
                holders = parties(doc, index, tok)
        if not holders:
            continue
        own = own_keys(holders)
        subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if tok.pos_ == "VERB" and not (any(_foreign(m, own) for t in clause.subtree if (m := index.at(t)) is not None)
                                       or any(t.lemma_.lower() in _TIES for t in clause.subtree)):
            continue  # "I hope that we will be able to talk about this today": small talk
        named = actors_of_phrase(doc, subj, index, statements, subject=True) if subj is not None else []
        # asked of someone: an actor other than the hoper, or one of the sides hoping together
        asked = any(m.actor.key not in own for m in named) or (len(holders) > 1 and bool(named))
        out.extend(_emit(doc, tok, _DEMAND if asked else _SOLIDARITY, holders, [clause], index, statements))
    return out


_CONTINUED_ACTS = frozenset({
    "develop", "strengthen", "deepen", "expand", "enhance", "work", "cooperate", "help", "assist",
    "promote", "facilitate", "contribute", "make", "build", "advance", "pursue", "engage", "coordinate",
    "provide", "invest", "bolster", "maintain", "step",
})
_TIES = frozenset({
    "relation", "relationship", "tie", "partnership", "cooperation", "dialogue", "contact", "interaction",
    "agreement", "peace", "stability", "stabilisation", "stabilization", "settlement", "integration",
    "alliance", "coordination", "trade",
})


def _foreign(m: ActorMention, own: set[str]) -> bool:
    """A state, a group or body of states, or someone acting for one, other than ``own``."""
    actor = m.role.of if m.role is not None else m.actor
    return actor.key not in own and actor.kind in {"State", "InternationalOrganization", "Coalition", "CollectiveActor"}


def _continued_cooperation(doc: Doc, index: ActorIndex, statements: list[Statement],
                           official: OfficialVoice | None) -> list[Stance]:
    """"Russia will continue making steps to facilitate stabilisation", "we are going to continue to
    develop our relations with Africa": a promise to go on cooperating (CAMEO 03, AGREE) when the
    action concerns another actor or ties between states (not "will continue to work with Congress"
    at home, which names neither)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"continue", "keep"}):
        if tok.pos_ != "VERB" or _negated(tok) or is_question(tok):
            continue
        will = any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll"} for c in tok.children)
        going = tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "go" and tok.head.tag_ == "VBG"
        if not (will or going):
            continue
        action = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if action is None or action.lemma_.lower() not in _CONTINUED_ACTS or _backed(action):
            continue
        holders = _subject_holders(doc, tok.head if going else tok, index, statements, official)
        own = own_keys(holders)
        others = any(_foreign(m, own) for t in action.subtree if (m := index.at(t)) is not None)
        # "Russia and Saudi Arabia will continue to coordinate approaches": working together is the tie
        together = action.lemma_.lower() in _JOINT_ACTS and len(_sides(holders)) > 1
        if not (others or together or any(t.lemma_.lower() in _TIES for t in action.subtree)):
            continue
        found = _emit(doc, tok, _INTENT, holders, [action], index, statements)
        if together:  # what they will go on doing together concerns both of them
            sides = tuple({(h.role.of if h.role is not None else h.actor).key: h.role.of if h.role is not None
                           else h.actor for h in holders}.values())
            found = [replace(s, target_issue=replace(s.target_issue, concerns=sides))
                     if s.target_issue is not None and not s.target_issue.concerns else s for s in found]
        out.extend(found)
    return out


_JOINT_ACTS = frozenset({"coordinate", "cooperate", "collaborate", "work", "interact", "consult", "engage"})


def _sides(holders: list[ActorMention]) -> set[str]:
    """The distinct sides among ``holders`` (a person counts as the state they speak for)."""
    return {h.role.of.key if h.role is not None else h.actor.key for h in holders}


_HOSTILE_ACTS = frozenset({
    "aggression", "attack", "provocation", "threat", "escalation", "invasion", "incursion", "strike",
    "move", "action", "act", "violation", "sanction", "assault", "step", "measure", "deployment",
    "hostility", "expansion", "encroachment", "interference", "attempt",
})
# Verbs of answering in kind: "will respond to any aggression", "vowed to retaliate against X".
RESPONSES = frozenset({"respond", "retaliate", "react"})
# "will take retaliatory measures", "would adopt countermeasures": an answer in kind, announced.
_TAKING = frozenset({"take", "adopt", "introduce", "apply"})
_RETALIATORY = frozenset({"retaliatory", "response", "reciprocal", "mirror", "counter", "responsive", "retaliation"})


def _retaliatory_measures(tok: Token) -> bool:
    """"take retaliatory measures", "adopt countermeasures", "take response steps"."""
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in {"countermeasure", "counter-measure", "retaliation"} or (
            c.lemma_.lower() in {"measure", "step", "action"}
            and any(m.dep_ in {"amod", "compound"} and m.lower_ in _RETALIATORY for m in c.children)))
        for c in tok.children
    )


_ANSWERED_PREPS = {"respond": ("to",), "react": ("to",), "retaliate": ("against", "for", "to")}
_UNDERTAKING = _COMMISSIVES | {"ready", "prepared", "determined", "intend", "plan", "warn"}


_WILL = frozenset({"will", "would", "shall", "'ll", "wo"})


def _announced(verb: Token) -> bool:
    """"will respond", "would pay": a verb with a future or conditional auxiliary."""
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in verb.children)


def _answering_in_future(tok: Token) -> bool:
    """"will respond", "would retaliate", "vowed to retaliate", "is ready to respond": an answer
    announced, not one given ("Iran retaliated with missiles" is an event of its own)."""
    if _announced(tok):
        return True
    return tok.dep_ == "xcomp" and infinitival(tok) and tok.head.lemma_.lower() in _UNDERTAKING


def _conditioned(tok: Token, index: ActorIndex, own: set[str]) -> list[Token]:
    """"... if Washington deploys missiles": the other actor whose act the answer is conditioned on."""
    for c in tok.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in {"if", "should", "in"} for m in c.children):
            subj = next((s for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}), None)
            m = index.at(subj) if subj is not None else None
            if m is not None and m.actor.key not in own:
                return [subj]
    return []


def _promised_responses(doc: Doc, index: ActorIndex, statements: list[Statement],
                        official: OfficialVoice | None) -> list[Stance]:
    """"X and its allies will respond in a united and decisive way", "will respond to any
    aggression by X", "vowed to retaliate against X": a warned response (CAMEO 13) aimed at the
    author of what is answered, else at the other state or alliance the sentence names (not "will
    respond to the letter", "responded to questions")."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, RESPONSES | _TAKING):
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or _negated(tok) or is_question(tok) or not _answering_in_future(tok):
            continue
        if lemma in _TAKING and not _retaliatory_measures(tok):
            continue
        answered = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in _ANSWERED_PREPS.get(lemma, ("against",))
                    for p in c.children if p.dep_ == "pobj"]
        if lemma in RESPONSES and any(c.dep_ == "dobj" for c in tok.children):
            continue
        named = [p for p in answered if index.at(p) is not None]  # "retaliate against the United States"
        if any(p.lemma_.lower() not in _HOSTILE_ACTS for p in answered if p not in named):
            continue
        holders = _subject_holders(doc, tok, index, statements, official)
        if not holders:
            continue
        own = own_keys(holders)
        targets = named or [p for p in answered if _owner(doc, p, index, statements)] or _conditioned(tok, index, own)
        if not targets:  # the other state (or alliance) of the sentence, the nearest before the verb first
            others = [t for t in tok.sent if (m := index.at(t)) is not None
                      and m.actor.kind in {"State", "InternationalOrganization"} and m.actor.key not in own]
            before = [t for t in others if t.i < tok.i]
            targets = before[-1:] or others[:1]
        if targets:
            out.extend(_emit(doc, tok, _THREAT, holders, targets, index, statements))
    return out


_FALSELY = frozenset({
    "groundlessly", "baselessly", "falsely", "wrongly", "unfairly", "unjustly", "unfoundedly",
    "wrongfully", "unjustifiably",
})
_REJECT_CLAIM = StanceCue("REJECT", -1, "120")


def _false_accusations(doc: Doc, index: ActorIndex, statements: list[Statement],
                       official: OfficialVoice | None) -> list[Stance]:
    """"Russia is being groundlessly accused of disrupting food supplies": whoever says so rejects
    the accusation (CAMEO 12); the target is what is alleged."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"accuse", "blame", "allege", "claim", "charge"}):
        if tok.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ in _FALSELY for c in tok.children):
            continue
        alleged = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "for", "with"}
                   for p in c.children if p.dep_ in {"pcomp", "pobj"}]
        if not alleged:
            continue
        i = statement_at(statements, tok.idx)
        if i is not None:
            holders = [statements[i].speaker]
        else:
            holders = _evaluator(doc, tok, tok, index, statements, official)
        out.extend(_emit(doc, tok, _REJECT_CLAIM, holders, alleged[:1], index, statements))
    return out


_SYMPATHY_NOUNS = frozenset({"condolence", "sympathy", "congratulation"})


def _sympathy_to_the_other_side(doc: Doc, index: ActorIndex, statements: list[Statement],
                                official: OfficialVoice | None) -> list[Stance]:
    """"Biden expressed condolences to those who lost loved ones in the earthquakes" (in a readout of
    a call with Erdogan): sympathy naming no actor is for the other side of the talks."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _SYMPATHY_NOUNS):
        if tok.pos_ != "NOUN" or tok.dep_ != "dobj":
            continue
        preps = STANCE_NOUNS[tok.lemma_.lower()][1]
        named = [p for c in (*tok.children, *tok.head.children) if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ in {"pobj", "pcomp"}]
        if any(p.lower_ not in _PRONOUN_TARGETS for p in named):
            continue  # a target is named: the cue's own rule handles it
        holders = _subject_holders(doc, tok, index, statements, official)
        led = {h.role.of.key for h in holders if h.role is not None}
        holders = [h for h in holders if h.actor.key not in led]  # "the President of the UAE": the person
        if len(holders) != 1:
            continue
        holder = holders[0]
        own = {holder.actor.key, holder.role.of.key if holder.role else None}
        others = [m for m in parties(doc, index, tok) if m.actor.key not in own
                  and (m.role is None or m.role.of.key not in own)]
        if len(others) != 1:
            continue
        other = others[0]
        if other.role is not None and tok.lemma_.lower() != "congratulation":
            other = ActorMention(other.role.of, other.span, other.sentence)  # its people: the state
        trigger = span_of(doc, tok.idx, tok.idx + len(tok.text))
        cue = STANCE_NOUNS[tok.lemma_.lower()][0]
        out.append(Stance(
            holder=holder, stance_type=cue.plover, polarity=cue.polarity, trigger=trigger,
            sentence=sentence_span(tok), confidence=0.6, target_actor=other, target_issue=None,
            addressee=other.actor, statement_index=statement_at(statements, tok.idx), cameo=cue.cameo,
        ))
    return out


_PRAISED_ROLE = frozenset({
    "key", "major", "important", "tremendous", "vital", "crucial", "significant", "leading", "great",
    "huge", "decisive", "constructive", "positive", "instrumental", "pivotal", "central", "enormous",
    "outstanding", "invaluable", "indispensable", "essential", "critical",
})
_PILLARS = frozenset({"cornerstone", "bulwark", "pillar", "backbone", "linchpin", "anchor", "bedrock"})
_FIGURE_LEMMAS = _PILLARS | {"role", "potential", "high", "alternative"}  # the nouns _figures() reads
_PEAKS = frozenset({"all-time", "record", "historic", "unprecedented"})
_BIG = frozenset({
    "huge", "great", "enormous", "tremendous", "significant", "considerable", "vast", "substantial",
    "immense", "good", "untapped", "strong",
})
_FIGURE_VERBS = frozenset({"be", "serve", "remain", "become", "act", "stand"})
_PRAISE = StanceCue("SUPPORT", 1, "051")


def _figures(doc: Doc, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None) -> list[Stance]:
    """Evaluations said with a figure rather than an evaluative word: "X played a key role in ...",
    "the Alliance has served as the cornerstone of ...", "relations are at an all-time high",
    "Africa has huge potential", "there is no alternative to the Minsk Package". Held like
    predicate evaluations (the statement's speaker, the reporting verb's subject, the publisher)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _FIGURE_LEMMAS):
        lemma = tok.lemma_.lower()
        verb, target = None, None
        mods = {c.lower_ for c in tok.children if c.dep_ in {"amod", "compound", "advmod"}}
        head = tok.head.lemma_.lower() if tok.dep_ == "dobj" else None
        praised_role = lemma == "role" and head == "play" and mods & _PRAISED_ROLE
        big_potential = lemma == "potential" and head == "have" and mods & _BIG
        if praised_role or big_potential:
            verb = tok.head
        elif lemma in _PILLARS and tok.pos_ == "NOUN":
            if tok.dep_ == "attr" and tok.head.lemma_.lower() in _FIGURE_VERBS:
                verb = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.head.head.lemma_.lower() in _FIGURE_VERBS:
                verb = tok.head.head
        elif lemma == "high" and tok.dep_ == "pobj" and tok.head.lower_ == "at" and any(
            w in doc_text(doc)[max(0, tok.idx - 16):tok.idx].lower() for w in _PEAKS
        ):  # "at an all-time high" ("all - time" is three tokens)
            verb = tok.head.head if tok.head.head.lemma_.lower() in _FIGURE_VERBS else None
        elif lemma == "alternative" and any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
            target = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                           for p in c.children if p.dep_ == "pobj"), None)
            verb = tok.head if target is not None and tok.head.pos_ in {"VERB", "AUX"} else None
        if verb is None or is_question(verb):  # asked, not said
            continue
        if target is None:
            target = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if target is None or target.lower_ in _PRONOUN_TARGETS | {"there", "i", "we"} or is_negated(verb):
            continue
        if target.pos_ == "PRON" and target.lower_ != "you":
            continue
        holders = _evaluator(doc, tok, verb, index, statements, official)
        found = _emit(doc, tok, _PRAISE, holders, [_content_of(target)], index, statements)
        if lemma == "alternative":  # "no alternative to X" is for X: the "no" is no negation
            found = [replace(st, polarity=1, negated=False) for st in found]
        out.extend(st for st in found if st.target_actor is not None
                   or (st.target_issue is not None and st.target_issue.label.lower() != "you"))
    return out


# Acts a speaker blames on whoever does them ("Ukraine was obstructing these measures",
# "Kiev's policy of sabotaging the Minsk agreements"): reported, they are the speaker's accusation.
_BLAMED_ACTS = frozenset({
    "obstruct", "sabotage", "undermine", "violate", "disrupt", "derail", "torpedo", "provoke",
    "destabilize", "destabilise", "hamper", "thwart", "flout", "breach", "refuse",
})
_ACCUSE = StanceCue("DISAPPROVE", -1, "112")


def _blamed_acts(doc: Doc, index: ActorIndex, statements: list[Statement]) -> list[Stance]:
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _BLAMED_ACTS):
        if tok.pos_ != "VERB" or is_negated(tok):
            continue
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in tok.children):
            continue  # "if members of Congress refuse to act": a condition, no blame yet
        i = statement_at(statements, tok.idx)
        if i is None:
            continue
        doer = subject_of(tok)
        if doer is None and tok.dep_ == "pcomp" and tok.head.lower_ == "of":  # "its policy of sabotaging"
            doer = next((c for c in tok.head.head.children if c.dep_ == "poss"), None)
        if doer is None:
            continue
        if any(c.dep_ == "nsubjpass" for c in tok.children):
            continue  # "the agreements were violated": the doer is not named
        doers = actors_of_phrase(doc, doer, index, statements, subject=True)
        holder = statements[i].speaker
        doers = [d for d in doers if d.actor.key != holder.actor.key
                 and (holder.role is None or d.actor.key != holder.role.of.key)]
        if doers:
            found = _emit(doc, tok, _ACCUSE, [holder], [doer], index, statements)
            if tok.lemma_.lower() == "refuse":  # "Kiev still refuses to honour X": the refusal is the
                found = [replace(f, confidence=round(f.confidence - 0.15, 2)) for f in found]  # main claim
            out.extend(found)
    return out


_NECESSARY = frozenset({"important", "essential", "necessary", "vital", "crucial", "imperative", "expedient", "critical"})


def _necessities(doc: Doc, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None) -> list[Stance]:
    """"It is very important that you stay with us", "it would be expedient for X to discuss ...":
    a demand on the clause's subject (CAMEO 10), held by whoever says it."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _NECESSARY):
        if tok.dep_ != "acomp" or tok.head.lemma_ != "be":
            continue
        if not any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in tok.head.children):
            continue
        clauses = [c for c in (*tok.head.children, *tok.children) if c.dep_ in {"ccomp", "advcl", "xcomp"}]
        clause = next((c for c in clauses if any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)), None)
        if clause is None:
            continue  # "it is important to note": no one is asked
        if _stated_fact(clause):
            continue  # "it is important that X have been enhancing ties": a fact appreciated, not asked for
        holders = _evaluator(doc, tok, tok.head, index, statements, official)
        out.extend(_emit(doc, tok, _DEMAND, holders, [clause], index, statements))
    return out


_FIRST_PERSON = frozenset({"i", "we"})
_FACT_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "'s", "'re", "'ve"})


def _jointly(verb: Token) -> bool:
    """"we must work together", "we should act jointly with you": an inclusive "we" that asks the
    addressee too."""
    return any(
        (c.dep_ == "advmod" and c.lower_ in {"together", "jointly", "collectively"})
        or (c.dep_ == "prep" and c.lower_ == "with")
        for c in verb.children
    )


def _stated_fact(clause: Token) -> bool:
    """A that-clause in the indicative past, perfect or progressive ("that you are focused on
    results", "that ties have grown"): it states what is, where a demand names what should be
    ("that X be", "that X continue", "that X should")."""
    if clause.tag_ == "VBD":
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _FACT_AUX for c in clause.children)


_EVAL_LEMMAS = frozenset(EVALUATIONS) | {"responsible", "worse"}
_NAMING_VERBS = frozenset({"describe", "call", "consider", "term", "label", "characterize", "characterise", "brand", "deem", "regard", "see", "view"})


def _evaluations(doc: Doc, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None) -> list[Stance]:
    """Predicate evaluations: "the talks were constructive", "X is nonsense", "Russia alone is
    responsible for the destruction", "sanctions have made the situation worse", "described as
    counterproductive the intentions of X". Held by the statement's speaker, else the subject of
    the verb reporting or naming it, else the publisher."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _EVAL_LEMMAS) + [t for t in tokens_with_lemma(doc, {"bad"}) if t.lower_ == "worse"]:
        lower = tok.lower_
        if tok.pos_ not in {"ADJ", "NOUN"}:
            continue
        head, target, cue = tok.head, None, EVALUATIONS.get(tok.lemma_.lower()) or EVALUATIONS.get(lower)
        holder_verb, named_passive = None, False
        if tok.dep_ in {"acomp", "attr"} and head.lemma_ in {"be", "remain", "prove", "seem"}:
            target = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if target is not None and target.lower_ == "it":  # "it is unacceptable to politicise X":
                target = next((c for c in (*head.children, *tok.children)  # what is unacceptable
                               if c.dep_ in {"xcomp", "ccomp"} and infinitival(c)), target)
            if tok.lemma_.lower() == "responsible":
                harms = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children]
                if not any(p.lemma_.lower() in HARMS for p in harms):
                    continue
                cue = StanceCue("DISAPPROVE", -1, "112")
        elif lower == "worse" and tok.dep_ in {"ccomp", "oprd", "xcomp"} and head.lemma_ == "make":
            target = next((c for c in head.children if c.dep_ == "nsubj"), None)  # what made it worse
            cue = StanceCue("DISAPPROVE", -1, "111")
        elif tok.dep_ == "amod" and head.dep_ == "pobj" and head.head.lower_ == "as" and _is(head.head.head, _NAMING_VERBS):
            target, holder_verb = head, head.head.head  # "described as counterproductive the intentions"
        elif tok.dep_ == "amod" and head.lower_ == "as" and _is(head.head, _NAMING_VERBS):
            target = next((c for c in head.children if c.dep_ == "pobj"), None)  # parsed on "as"
            holder_verb = head.head
            if target is None:  # "the talks were characterised as positive": what was named
                target = next((c for c in holder_verb.children if c.dep_ == "nsubjpass"), None)
                named_passive = target is not None
        elif tok.dep_ in {"oprd", "acomp"} and _is(head, _NAMING_VERBS):
            target, holder_verb = next((c for c in head.children if c.dep_ == "dobj"), None), head
        elif (noun := _evaluated_noun(tok)) is not None and (emphasised := _emphasised(noun)) is not None:
            # "emphasised the provocative statements of X", "drew attention to the provocative
            # nature of the exercises": the evaluation is the emphasiser's, not the narrator's
            holder_verb = emphasised
            target = _nature_of(noun)
        if target is None or cue is None or target.lower_ in {"it", "this", "that", "there"}:
            continue
        target = _content_of(target)
        holders = _evaluator(doc, tok, holder_verb or head, index, statements, official)
        if not holders and named_passive and agentless_passive(holder_verb):
            i = statement_at(statements, tok.idx)  # "the talks were characterised as positive": the
            holders = [statements[i].speaker] if i is not None else parties(doc, index, tok)  # sides
        out.extend(_emit(doc, tok, cue, holders, [target], index, statements))
    return out


_EMPHASIS_VERBS = frozenset({
    "emphasise", "emphasize", "stress", "underline", "underscore", "highlight", "note", "point",
})
_NATURE_NOUNS = frozenset({"nature", "character"})
_ASSESSING_VERBS = frozenset({"give", "share", "present", "lay", "outline", "offer", "provide", "express"})
_PUTTING_FORWARD = _EMPHASIS_VERBS | _ASSESSING_VERBS | {"draw"}  # verbs that put an evaluation forward


def _evaluated_noun(adj: Token) -> Token | None:
    """The noun an attributive adjective evaluates ("the cynical provocation", "the gross and
    cynical provocation" through the conjunct)."""
    if adj.dep_ == "conj" and adj.head.dep_ == "amod":
        adj = adj.head
    if adj.dep_ == "amod" and adj.head.pos_ in {"NOUN", "PROPN"}:
        return adj.head
    return None


def _emphasised(noun: Token) -> Token | None:
    """The verb that puts ``noun`` forward: "stressed the aggressive remarks" (its object), "drew
    attention to the provocative moves", "pointed to the dangerous build-up" (the object of its
    "to"). Evaluations inside such a noun phrase are the subject's, not the narrator's."""
    if noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and _is(head, _EMPHASIS_VERBS) and head.lemma_.lower() != "point":
        return head
    if noun.dep_ == "nsubjpass" and head.pos_ == "VERB" and _is(head, _EMPHASIS_VERBS) and agentless_passive(head):
        return head  # "the dangerous provocations by X in the Black Sea were also noted": the sides' view
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in {"assessment", "evaluation"}:
        # "gave his assessment of the Kiev regime's cynical provocation": the assessor's view
        verb = head.head.head
        if head.head.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in _ASSESSING_VERBS:
            return verb
    if noun.dep_ == "pobj" and head.lower_ == "to":
        verb = head.head
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "point":
            return verb
        if verb.pos_ == "VERB" and verb.lemma_.lower() in {"draw", "call"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "attention" for c in verb.children
        ):
            return verb
        if verb.lemma_.lower() == "attention" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in {"draw", "call"}:
            return verb.head
    return None


def _nature_of(noun: Token) -> Token:
    """"the provocative nature of the exercises" -> the exercises."""
    if noun.lemma_.lower() in _NATURE_NOUNS:
        return next((p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), noun)
    return noun


_CONTENT_NOUNS = frozenset({"idea", "claim", "allegation", "notion", "suggestion", "assertion", "accusation", "report", "statement"})


def _content_of(target: Token) -> Token:
    """What an evaluated noun stands for: "the idea that we held back aid" -> the clause; "the
    intentions of X to impose sanctions" -> the intended action."""
    lemma = target.lemma_.lower()
    if lemma in _CONTENT_NOUNS:
        clause = next((c for c in target.children if c.dep_ in {"acl", "ccomp", "relcl"} and c.pos_ in {"VERB", "AUX"}), None)
        return clause or target
    if lemma in INTENT_NOUNS:
        return _intended_action(target) or target
    return target


_POSITION_NOUNS = frozenset({"position", "stance", "approach", "line", "view", "policy"})


def _favoured(target: Token) -> Token:
    """What a position favours: "India's consistent position in favour of a political settlement"
    -> the settlement (reaffirming that position supports it); "reaffirmed her view that African
    innovators will shape the future" -> the clause; any other target stays."""
    if target.lemma_.lower() not in _POSITION_NOUNS:
        return target
    clause = _that_clause(target)
    if clause is not None:
        return clause
    for c in target.children:
        if c.dep_ == "prep" and c.lower_ == "in":
            for f in c.children:
                if f.dep_ == "pobj" and f.lemma_.lower() in {"favour", "favor", "support"}:
                    found = next((p for g in f.children if g.dep_ == "prep" and g.lower_ == "of"
                                  for p in g.children if p.dep_ == "pobj"), None)
                    if found is not None:
                        return found
    return target


def _is(tok: Token, lemmas: frozenset[str]) -> bool:
    return tok.lemma_.lower() in lemmas


_WARMLY = frozenset({"highly", "positively", "warmly", "favourably", "favorably", "well"})
_ASSESSING = frozenset({"assess", "evaluate", "rate", "appraise", "value", "regard", "judge"})
_MERITS = frozenset({"contribution", "role", "effort", "leadership", "achievement", "work", "assistance", "help"})
_CREDITED = frozenset({"contribution", "role", "leadership", "effort", "achievement"})


def _credited_to(noun: Token) -> bool:
    """A merit noun said to be someone's: "Jordan's role", "the contribution of Pakistan", "the
    contribution that Russia had made"."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") or _made_by(c) for c in noun.children)


def _made_by(clause: Token) -> Token | None:
    """The subject of a relative clause on a merit noun ("the contribution that Russia had made")."""
    if clause.dep_ != "relcl":
        return None
    return next((g for g in clause.children if g.dep_ == "nsubj" and g.lower_ not in {"that", "which", "who"}), None)


_CREDITING = (_EMPHASIS_VERBS - {"point"}) | {"speak", "talk", "recognize", "recognise", "acknowledge", "commend", "praise"}
# "noted the high level of cooperation", "stressed the positive dynamics of trade": a good state of ties
_NOTING = (_EMPHASIS_VERBS - {"point"}) | {"welcome"}
_LEVELS = frozenset({"level", "dynamic", "dynamics", "momentum", "state", "quality", "pace", "development"})
_GOOD_LEVELS = frozenset({
    "high", "positive", "good", "steady", "successful", "dynamic", "consistent", "sustained", "excellent",
    "unprecedented", "strong", "rapid", "progressive",
})


def _praise_phrases(doc: Doc, index: ActorIndex, statements: list[Statement],
                    official: OfficialVoice | None) -> list[Stance]:
    """Praise said with a manner word or a merit noun (CAMEO 051): "spoke highly of X",
    "positively assessed the progress in trade", "recognized the contributions of Pakistan"."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _ASSESSING | _NOTING | _CREDITING):
        if tok.pos_ != "VERB" or _negated(tok) or is_question(tok):
            continue
        lemma = tok.lemma_.lower()
        warmly = any(c.dep_ == "advmod" and c.lower_ in _WARMLY for c in tok.children)
        targets: list[Token] = []
        if lemma in {"speak", "talk"} and warmly:
            targets = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"of", "about"}
                       for p in c.children if p.dep_ == "pobj"]
        elif lemma in _ASSESSING and warmly:
            targets = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        elif lemma in _CREDITING:  # "recognized the contributions of Pakistan", "highlighted the Red Army's
            targets = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _MERITS  # contribution"
                       and (lemma not in _NOTING or (c.lemma_.lower() in _CREDITED and _credited_to(c)))]
        if not targets and lemma in _NOTING:  # "noted the high level of Russian-Emirati cooperation"
            targets = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _LEVELS
                       and any(a.dep_ == "amod" and a.lower_ in _GOOD_LEVELS and a.lemma_.lower() not in _EVAL_LEMMAS
                               for a in c.children)
                       and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)]
        if targets:
            holders = _subject_holders(doc, tok, index, statements, official)
            out.extend(_emit(doc, tok, _PRAISE, holders, targets, index, statements))
    return out


_PRICES = frozenset({"price", "cost"})
_CONSEQUENCES = frozenset({"consequence", "cost", "repercussion", "retribution"})


def _warned_consequences(doc: Doc, index: ActorIndex, statements: list[Statement],
                         official: OfficialVoice | None) -> list[Stance]:
    """"Russia would pay a heavy price for its aggression", "X will face severe consequences": a
    warning (CAMEO 13) by whoever says it, aimed at the one who would pay or face them."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"pay", "face"}):
        if tok.pos_ != "VERB" or _negated(tok) or is_question(tok):
            continue
        wanted = _PRICES if tok.lemma_.lower() == "pay" else _CONSEQUENCES
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in wanted for c in tok.children):
            continue
        if not _announced(tok):
            continue  # "paid a heavy price": what happened, no warning
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or index.at(subject) is None:
            continue
        holders = _evaluator(doc, tok, tok, index, statements, official)
        own = own_keys(holders)
        if index.at(subject).actor.key in own:
            continue  # "we will pay a price": no threat to anyone
        out.extend(_emit(doc, tok, _THREAT, holders, [subject], index, statements))
    return out


def _ruled_out(doc: Doc, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None) -> list[Stance]:
    """"X is out of the question", "lifting the sanctions is off the table" (the predicates
    :func:`modality.ruled_out` reads): whoever says so rejects X (CAMEO 12)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"question", "table"}):
        if tok.dep_ != "pobj":
            continue
        prep = tok.head.head if tok.head.lower_ == "of" else tok.head
        be = prep.head
        if prep.dep_ != "prep" or be.lemma_.lower() not in {"be", "remain"} or not ruled_out(be):
            continue  # "is not off the table": still possible
        subject = next((c for c in be.children if c.dep_ in {"nsubj", "csubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ in {"it", "this", "that", "everything", "nothing"}:
            continue
        holders = _evaluator(doc, tok, be, index, statements, official)
        out.extend(_emit(doc, prep, _REJECT_CLAIM, holders, [_content_of(subject)], index, statements))
    return out


def _evaluator(doc: Doc, tok: Token, verb: Token, index: ActorIndex, statements: list[Statement],
               official: OfficialVoice | None) -> list[ActorMention]:
    """Who evaluates: the naming verb's subject, the speaker whose statement holds the cue, the
    subject of the verb the evaluating clause reports to, or the publisher."""
    if _is(verb, _NAMING_VERBS):
        subj = subject_of(verb)
        return actors_of_phrase(doc, subj, index, statements, subject=True) if subj is not None else []
    if _is(verb, _PUTTING_FORWARD) and _evaluated_noun(tok) is not None:  # "X stressed the aggressive remarks"
        subj = subject_of(verb)
        if subj is not None:
            found = actors_of_phrase(doc, subj, index, statements, subject=True) or fallback_actors(
                doc, subj, index, statements, official)
            if found:
                return found
    i = statement_at(statements, tok.idx)
    if i is not None:
        return [statements[i].speaker]
    if verb.dep_ == "ccomp" and verb.head.pos_ in {"VERB", "AUX"}:
        subj = subject_of(verb.head)
        if subj is not None:
            found = actors_of_phrase(doc, subj, index, statements, subject=True) or fallback_actors(
                doc, subj, index, statements, official)
            if not found and agentless_passive(verb.head):  # "it was emphasised that ...": the sides
                found = parties(doc, index, tok)
            return found
    if official is not None:
        span = span_of(doc, tok.idx, tok.idx + len(tok.text))
        return [ActorMention(official.state, span, sentence_span(tok))]
    return []


def _obligations(doc: Doc, index: ActorIndex, statements: list[Statement],
                 official: OfficialVoice | None = None) -> list[Stance]:
    """"Russia said Sudan must return the helicopter": a reported "must"/"should" is the
    speaker's demand (CAMEO 10) on the clause's subject; in an official text's own voice ("Pyongyang
    must cease its provocations") it is the publisher's demand on the actor named as subject."""
    out: list[Stance] = []
    for aux in tokens_with_lemma(doc, _OBLIGATION):
        verb = aux.head
        if aux.dep_ != "aux" or verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"ccomp", "ROOT", "conj"}:
            continue
        if _perfect(verb):
            continue  # "it should have happened", "must have known": a reproach or a guess, no demand
        i = statement_at(statements, aux.idx)
        if i is not None and verb.dep_ == "conj":
            continue
        if i is None:
            main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
            if official is None or not main or is_question(verb) or _negated(verb):
                continue
            holder = ActorMention(official.state, span_of(doc, aux.idx, aux.idx + len(aux.text)), sentence_span(aux))
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            asked = actors_of_phrase(doc, subj, index, statements, subject=True) if subj is not None else []
            if not any(_foreign(m, {holder.actor.key}) for m in asked):
                continue  # the publisher's own duty, a body at home ("Congress must act"), or no one named
        elif statements[i].reporting_verb == "agree":
            continue  # "agreed that both should cooperate": an agreement, not a demand
        else:
            holder = statements[i].speaker
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None and subj.lower_ in _FIRST_PERSON and not _jointly(verb):
            continue  # "we must increase the number of tests": the speaker's own resolve, no one is asked
        asked = actors_of_phrase(doc, subj, index, statements, subject=True) if subj is not None else []
        asked = [m for m in asked if m.actor.key != holder.actor.key]
        issue = _issue(doc, verb, index)
        if issue is None:
            continue
        if asked:  # "that China must drop barriers to U.S. exports": China's action, not the US's
            issue = replace(issue, target_actor=asked[0].actor)
        trigger = span_of(doc, aux.idx, aux.idx + len(aux.text))
        out.append(Stance(
            holder=holder, stance_type="DEMAND", polarity=1, trigger=trigger, sentence=sentence_span(aux),
            confidence=0.65 if i is None or _participial_report(doc, statements[i]) else 0.75,
            target_actor=None, target_issue=issue,
            addressee=asked[0].actor if asked else None, statement_index=i, cameo="100",
        ))
    return out


def _perfect(verb: Token) -> bool:
    """A modal perfect ("should have done", "must have been"): about the past, nothing asked."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


_SOLIDARITY = StanceCue("SUPPORT", 1, "051")
_BACKING_VERBS = frozenset({"support", "back", "defend"})


def _backed(action: Token) -> list[Token]:
    """Who an intended action backs, when it is backing someone: "to support the people of
    Ukraine", "to stand with Israel" -> them (solidarity is SUPPORT, not an intent to cooperate)."""
    lemma = action.lemma_.lower()
    if lemma in _BACKING_VERBS:
        return [c for c in action.children if c.dep_ == "dobj"]
    if lemma == "stand":
        return [p for c in action.children if c.dep_ == "prep" and c.lower_ in {"with", "by"}
                for p in c.children if p.dep_ == "pobj"]
    return []


def _intended_action(noun: Token) -> Token | None:
    """The action an intent noun announces: "readiness to help", "commitment to deepening",
    "interest in developing", "the readiness of X to help"."""
    below_of = [g for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children if p.dep_ == "pobj" for g in p.children]
    # "commitment to a two-state solution as the best path to reach X": committed to the noun (the
    # parser may hang the later infinitive on "commitment")
    to_noun = next((c.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "to"
                    and any(p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"} for p in c.children)), None)
    for c in list(noun.children) + below_of:
        if c.dep_ in {"acl", "relcl", "xcomp"} and c.pos_ in {"VERB", "AUX"} and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children
        ) and (to_noun is None or c.i < to_noun):
            return c
        if c.dep_ == "prep" and c.lower_ in {"to", "in"}:
            for g in c.children:
                if g.dep_ == "pcomp" and g.pos_ in {"VERB", "AUX"}:
                    return g
                if g.dep_ == "pobj" and c.lower_ == "in" and noun.lemma_.lower() == "interest":
                    return g  # "mutual interest in the development of ties"
    if noun.dep_ == "dobj":  # the parser hung the action on the verb: "reaffirmed the readiness of X | to help"
        for c in noun.head.children:
            if c.dep_ == "advcl" and c.pos_ in {"VERB", "AUX"} and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
                return c
            if c.dep_ == "prep" and c.lower_ == "in" and noun.lemma_.lower() == "interest":
                return next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
    return None


def _carries_own_stance(t: Token) -> bool:
    """"reaffirmed their readiness to ...", "reaffirmed its gratitude for ...": the object noun
    is the stance cue, not the verb's target."""
    lemma = t.lemma_.lower()
    if t.pos_ != "NOUN":
        return False
    if lemma in INTENT_NOUNS and _intended_action(t) is not None:
        return True
    if lemma in STANCE_NOUNS:
        preps = STANCE_NOUNS[lemma][1]
        # (the parser may hang the noun's preposition on the verb: "reaffirmed their dedication | to X")
        return any(c.dep_ == "prep" and c.lower_ in preps for c in t.children) or any(
            c.dep_ == "prep" and c.lower_ in preps and c.i == t.right_edge.i + 1 for c in t.head.children)
    return False


def _praised_stance(verb: Token, noun: Token) -> bool:
    """"appreciated Russia's interest in closer cooperation": a praise verb's object is another
    named side's stance, which the praise is about (not "reaffirmed their readiness")."""
    return verb.lemma_.lower() in _PRAISES and noun.dep_ == "dobj" and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _targets(tok: Token, preps: tuple[str, ...] | None) -> list[Token]:
    """Object heads of a cue: direct objects, or objects of the cue's prepositions."""
    found: list[Token] = []
    infinitives: list[Token] = []
    for c in tok.children:
        if preps is None and c.dep_ in {"dobj"}:
            found.append(c)
        if c.dep_ == "prep" and (preps is None or c.lower_ in preps):
            if preps is None and c.lower_ not in {"to", "for", "against", "with", "on"}:
                continue
            found.extend(p for p in c.children if p.dep_ in {"pobj", "pcomp"})
        if c.dep_ == "xcomp" or (c.dep_ == "advcl" and c.i == tok.i + 2 and tok.lemma_.lower() in _COMMISSIVES
                                 and infinitival(c)):  # "advocated bringing an end to X"; "refused to respond"
            # (a promise's infinitive is sometimes parsed as an adverbial clause: "have sworn | to fight")
            objects = [g for g in c.children if g.dep_ == "dobj"]
            infinitives.extend(objects or ([c] if c.pos_ == "VERB" else []))
        if c.dep_ == "solidarity":
            found.append(c)
    if preps is None and not any(t.dep_ == "dobj" for t in found):
        # "denounced as an ugly crime Serbia's suppression of ...": the object shifted after the "as" phrase
        found.extend(a for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                     for p in c.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos")
    found = [t for t in found if t.ent_type_ not in {"DATE", "TIME"}]  # "on Tuesday" is not a target
    if not found:  # "asked for more air defence to protect X": the "for" object is the target
        found = infinitives
    for c in tok.children:  # "demanded that the US cancel ...": the clause's subject is asked
        if c.dep_ == "ccomp" and tok.lemma_.lower() in _DEMAND_VERBS | {"hold"}:  # "hold X accountable"
            found.extend(g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"})
        if preps and c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children):
            found.extend(g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"})  # "pushing for the US (to) back it"
    found = [t for t in found if t.ent_type_ not in {"DATE", "TIME"}]
    if STANCE_VERBS.get(tok.lemma_.lower(), _INTENT).polarity > 0 and tok.lemma_.lower() not in _DEMAND_VERBS:
        # not "rejected a call for ..."; but "appreciated Russia's interest in X" praises Russia's stance
        carried = [t for t in found if _carries_own_stance(t) and not _praised_stance(tok, t)]
        # nor the noun's own object hung on the verb: "reaffirmed their dedication | to X"
        theirs = {p.i for n in carried for c in tok.children if c.dep_ == "prep" and c.i == n.right_edge.i + 1
                  for p in c.children}
        found = [t for t in found if t not in carried and t.i not in theirs]
    found = [t for t in found if t.lower_ not in _PRONOUN_TARGETS]
    if preps is None and any(t.dep_ == "dobj" and t.head.i == tok.i for t in found):
        # "praised France for its leadership": the object is the target, "for ..." the reason.
        found = [t for t in found if t.dep_ == "dobj" or t.head.head.i != tok.i]
    return found


# Cue verbs whose object undergoes the stance: in the passive their subject holds nothing.
_DONE_TO_OBJECT = frozenset({
    "condemn", "denounce", "criticize", "criticise", "deplore", "accuse", "blame", "reject", "dismiss",
    "indict", "charge", "sue", "refute", "rebut", "veto",
})


def _verb_stances(
    doc: Doc,
    tok: Token,
    cue: StanceCue,
    index: ActorIndex,
    statements: list[Statement],
    official: OfficialVoice | None = None,
) -> list[Stance]:
    lemma = tok.lemma_.lower()
    preps = STANCE_PREPOSITIONS.get(lemma)
    if lemma == "stand":
        # "stand in solidarity with us", "stand by X"
        inner = [c for c in tok.subtree if c.lower_ in {"with", "by", "behind"} and c.dep_ == "prep"]
        targets = [p for prep in inner for p in prep.children if p.dep_ == "pobj"]
        with_someone = any(  # "we stand with Ukraine", "standing with you"
            c.lower_ == "with" and any(p.dep_ == "pobj" and (index.at(p) is not None or p.lower_ in _PEOPLE_PRONOUNS)
                                       for p in c.children)
            for c in tok.children
        )
        if not any(t.lower_ == "solidarity" for t in tok.subtree) and not with_someone and not any(
            c.lower_ in {"by", "behind"} for c in tok.children
        ):
            return []
    else:
        targets = [_favoured(t) for t in _targets(tok, preps)]
    if (lemma == "thank" and _formulaic_thanks(tok, targets)) or (lemma in {"thank", "grateful"} and _thanks_for_presence(tok)):
        return []  # "thank you for being here", "grateful to be here": courtesy, no stance
    if lemma == "welcome" and (_welcome_to(tok) or (targets and all(_greeted(t, index) for t in targets))):
        return []  # "delighted to welcome you here in Russia", "welcome our guests": a greeting
    if lemma == "seek" and any(c.dep_ == "xcomp" and infinitival(c) for c in tok.children):
        return []  # "are seeking to erase these gains": an attempt (the action's own claim), no demand
    if not targets and not _agents(tok):
        return []
    if lemma == "oppose" and any(t.lemma_.lower() in _PROPOSALS for t in targets):
        cue = StanceCue("REJECT", -1, "120")  # opposing a proposal rejects it
    if lemma == "swear" and (
        not any(c.dep_ in {"xcomp", "advcl"} and infinitival(c) for c in tok.children)
        or any(c.dep_ == "dobj" and c.lemma_.lower() in {"oath", "allegiance"} for c in tok.children)
    ):
        return []  # "swore the oath of office", "I swear to God": no promise to act
    if lemma == "summon":  # a formal protest to the envoy's state, not "summoned the cabinet"
        targets = [t for t in targets if t.dep_ == "dobj" and t.lemma_.lower() in _ENVOYS]
        if not targets:
            return []
    if lemma == "defend":
        targets = [t for t in targets if index.at(t) is not None or t.lemma_.lower() in _DEFENSIBLE]
        if not targets:
            return []
    if cue.plover == "AGREE" and any(_conflictual(t) and not _negated(t) for t in targets):
        cue = _THREAT  # "vowed to retaliate"; "vowed not to retaliate" promises restraint
    elif lemma == "accept" and any(t.lemma_.lower() in _DEMAND_NOUNS for t in targets):
        cue = _YIELD
    if lemma == "accept" and is_negated(tok):
        cue = _REFUSAL  # "will not accept refugees" rejects (CAMEO 12), it does not un-accept
    if lemma == "tolerate":
        if not _negated(tok):
            return []  # tolerating is no stance; "will not tolerate X" is a warning (CAMEO 130)
        cue = _INTOLERANCE
    if lemma == "permit" and not _negated(tok):
        return []  # permitting is no stance; "will not permit the displacement of X" rejects it
    if lemma == "charge" and not any(c.dep_ == "prep" and c.lower_ == "with" and any(p.dep_ == "pobj" for p in c.children)
                                     for c in tok.children):
        return []  # "charged a fee", "charged with ensuring X" (tasked): only "charged X with a crime" accuses
    if lemma == "order" and not any(c.dep_ == "xcomp" for c in tok.children):
        return []  # "ordered 50 aircraft", "ordered an investigation": no one is told to act
    if lemma in _DONE_TO_OBJECT and agentless_passive(tok):
        return []  # "Russia was condemned for the invasion": by someone unnamed, not by Russia
    holders = _subject_holders(doc, tok, index, statements, official)
    if lemma == "order":  # "ordered the newspaper to suspend publication"; not own troops or agencies
        own = own_keys(holders)
        targets = [t for t in targets if t.dep_ == "dobj" and (named := actors_of_phrase(doc, t, index, statements))
                   and not {m.actor.key for m in named} & own]
        if not targets:
            return []
    if not holders and lemma == "thank" and _imperative(tok) and not _courtesy(tok):
        # "Thank you so much for your support" in a turn or a quote: the speaker thanks
        i = statement_at(statements, tok.idx)
        if i is not None:
            sp = statements[i].speaker
            holders = [ActorMention(sp.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok), sp.role)]
    agents = _agents(tok)
    if agents:  # "Israel was condemned by the UN for the raid": the agent holds the stance
        holders = [m for a in agents for m in actors_of_phrase(doc, a, index, statements, subject=True)]
        targets = [c for c in tok.children if c.dep_ == "nsubjpass"]  # the subject undergoes it
    return _emit(doc, tok, cue, holders, targets, index, statements)


_COURTESIES = frozenset({
    "invitation", "opportunity", "hospitality", "welcome", "time", "word", "reception", "question",
    "have", "invite", "host", "come", "be", "join", "receive", "give", "let", "attention",
})
# Being there, coming, joining or greeting someone: what a guest or host thanks for.
_PRESENCE = frozenset({"be", "come", "join", "welcome"})


def _courtesy(verb: Token) -> bool:
    """"Thank you for the invitation", "thank you for having us": a host's or guest's courtesy."""
    objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
               for p in c.children if p.dep_ in {"pobj", "pcomp"}]
    return any(o.lemma_.lower() in _COURTESIES for o in objects)


def _thanks_for_presence(verb: Token) -> bool:
    """"thank you for being here", "for welcoming me", "for her warm remarks", "grateful to be
    coming to you": thanks for someone's presence or words (substantive thanks name a deed)."""
    objects = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
               for p in c.children if p.dep_ in {"pobj", "pcomp"}]
    objects += [c for c in verb.children if c.dep_ == "xcomp" and infinitival(c)]
    return any(_presence(o) for o in objects)


def _presence(o: Token) -> bool:
    """"being here", "joining us", "welcoming me" (not "welcoming refugees"), "(warm) remarks"
    (not hosting: "thank you for receiving us" thanks a host for the talks)."""
    lemma = o.lemma_.lower()
    if o.pos_ not in {"VERB", "AUX"}:
        return lemma == "remark"
    if lemma == "be":  # "for being here", "for being with us" (not "for being there for us")
        return any(c.lower_ == "here" or (c.dep_ == "prep" and c.lower_ == "with") for c in o.children)
    if lemma in {"come", "join"}:
        return True
    return lemma in _PRESENCE and all(c.lower_ in {"me", "us"} for c in o.children if c.dep_ == "dobj")


def _welcome_to(verb: Token) -> bool:
    """"Welcome to Washington": a greeting to a place, with no one or nothing welcomed."""
    return not any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(p.dep_ == "pobj" for p in c.children) for c in verb.children)


def _imperative(verb: Token) -> bool:
    """"Thank you for ...": a verb in the base form with no subject of its own."""
    return verb.tag_ in {"VB", "VBP"} and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children) and (
        verb.dep_ in {"ROOT", "conj", "parataxis", "ccomp"})


def _formulaic_thanks(tok: Token, targets: list[Token]) -> bool:
    """"Thank you.", "Thank you very much": courtesy, not a stance; "thank you for your support"
    and "thanked Japan" are."""
    return all(t.lower_ in _PEOPLE_PRONOUNS for t in targets) and not any(
        c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
    )


_GUESTS = frozenset({"guest", "colleague", "friend", "participant", "delegation", "visitor", "everyone", "everybody"})


def _greeted(target: Token, index: ActorIndex) -> bool:
    """Whom a greeting welcomes: the people addressed or a person (not a state, a decision, a step)."""
    if target.dep_ != "dobj":
        return False
    if target.lower_ in _PEOPLE_PRONOUNS | {"me"} or target.lemma_.lower() in _GUESTS or _present(target):
        return True  # "thank you for welcoming me", "welcome the members who are here"
    m = index.at(target)
    return m is not None and m.actor.kind == "Person"


def _present(target: Token) -> bool:
    """People said to be here: "members of Congress who are here today", "everyone here"."""
    near = [c for c in target.children if c.dep_ in {"advmod", "relcl"}]
    return any(t.lower_ == "here" for c in near for t in c.subtree)


def _agents(tok: Token) -> list[Token]:
    """The "by" objects of a passive cue with a named subject ("X was accused by Y")."""
    if not any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    return [p for c in tok.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]


def _meeting(t: Token) -> bool:
    """A meeting, call or visit, or a verb whose object is one ("having a discussion")."""
    return any(event_type_of(c) == "CONSULT" for c in (t, *(g for g in t.children if g.dep_ == "dobj")))


def _conflictual(t: Token) -> bool:
    """An action (or the verb whose object ``t`` is) that the lexicon types as conflictual."""
    if t.lemma_.lower() in RESPONSES and t.pos_ == "VERB":
        return True  # "vowed to retaliate"
    for cand in (t, t.head):
        typ = event_type_of(cand)
        if typ is not None:
            return typ in _CONFLICTUAL
    return False


def _subject_holders(
    doc: Doc, tok: Token, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None = None
) -> list[ActorMention]:
    """Who holds a cue's stance: the actors of its clause's subject ("we" in a transcript turn = the
    state the speaker acts for, in a reported quote = the speaker; "we" of an official text = its
    state; "they" / "the leaders" of a readout = the two sides)."""
    if kept_from(tok):
        return []  # "warned X against pressing Y": not X's demand
    subj_tok = subject_of(tok)
    if subj_tok is None and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.dep_ == "dobj":
        subj_tok = subject_of(tok.head.head)  # "issued a declaration demanding that ...": the issuer
    if subj_tok is None and _purpose_of_contact(tok):
        subj_tok = subject_of(tok.head)  # "Biden called Kishida to congratulate him": the caller
    if subj_tok is None:
        return []
    # "we" in a transcript turn is the speaker's state (the gold convention); in a quote reported
    # with a verb ("We support Cuba," Lavrov said) the speaker holds it, for the state he serves
    turn = (i := statement_at(statements, subj_tok.idx)) is not None and statements[i].trigger.text == ":"
    found = actors_of_phrase(doc, subj_tok, index, statements, subject=True, we_is_speaker=not turn)
    if not found:
        found = fallback_actors(doc, subj_tok, index, statements, official)
        if subj_tok.lower_ == "they" and _in_own_words(subj_tok, statements):
            found = [m for m in found if not _speaker_here(m, statements)]
        return with_conjuncts(subj_tok, found, index) if found else found
    found = with_conjuncts(subj_tok, found, index)
    for conj in (c for c in subj_tok.children if c.dep_ == "conj" and c.lower_ in {"i", "we"}):
        extra = fallback_actors(doc, conj, index, statements, official)  # "Jill and I are praying"
        found += [m for m in extra if all(m.actor.key != f.actor.key for f in found)]
    return found


def _in_own_words(tok: Token, statements: list[Statement]) -> bool:
    """Whether ``tok`` is in a quotation or a transcript turn (someone's own words)."""
    return any(st.direct and st.content.start <= tok.idx < st.content.end for st in statements)


def _speaker_here(m: ActorMention, statements: list[Statement]) -> bool:
    """Whether ``m`` (or the state it acts for) speaks in a quote or turn of this text: "they" in
    someone's own words is neither the speaker nor the one spoken to ("they are trying to blame us")."""
    keys = {m.actor.key} | ({m.role.of.key} if m.role is not None else set())
    return any(st.direct and (st.speaker.actor.key in keys) for st in statements)


_CONTACT_VERBS = frozenset({"call", "phone", "telephone", "speak", "talk", "meet", "visit", "write"})
_PRAISING_VERBS = frozenset({"congratulate", "thank", "praise", "commend", "salute", "hail", "welcome"})


def _purpose_of_contact(tok: Token) -> bool:
    """"called X to congratulate him", "spoke with X to thank him": a praising verb in the purpose
    infinitive of a call or meeting, whose subject is the caller's."""
    return (tok.pos_ == "VERB" and tok.dep_ == "advcl" and tok.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and not any(c.dep_ == "mark" for c in tok.children)
            and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _CONTACT_VERBS
            and tok.lemma_.lower() in _PRAISING_VERBS)


def _emphasised_objects(tok: Token) -> list[Token]:
    """What emphasis is laid "on", on the noun or on its verb ("emphasis was placed | on X")."""
    heads = [tok, tok.head] if tok.dep_ in {"nsubjpass", "dobj"} else [tok]
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
            for p in c.children if p.dep_ == "pobj"]


def _emphasis_on_a_cue(tok: Token) -> bool:
    """"emphasis ... on the need for / the importance of X": the object is a stance noun itself."""
    return any(p.lemma_.lower() in STANCE_NOUNS or p.lemma_.lower() in INTENT_NOUNS for p in _emphasised_objects(tok))


def _emphasis_on_ties(tok: Token, index: ActorIndex) -> bool:
    """Emphasis a diplomatic text reports: on ties, cooperation or another actor ("emphasis on
    our relations with African countries"), or laid by the sides of talks in an agentless passive
    ("Special emphasis will be placed on ..."); not an office's focus ("with an emphasis on
    educating the public") or a domestic priority ("more emphasis on regional airports")."""
    if tok.dep_ == "nsubjpass" and agentless_passive(tok.head):
        return True
    return any(t.lemma_.lower() in _TIES or t.lower_ in {"bilateral", "international"}
               or index.at(t) is not None for o in _emphasised_objects(tok) for t in o.subtree)


def _passive_subject(tok: Token) -> bool:
    """"Support was affirmed for ...", "The importance of X was underscored": the cue (or the noun
    it hangs from) is the subject of an agentless passive."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "nsubjpass":
            return agentless_passive(cur.head)
        if cur.dep_ == "nsubj" and cur.head.lemma_ == "be" and any(  # "... was underscored" (tagged ADJ)
            c.dep_ == "acomp" and c.lower_.endswith("ed") for c in cur.head.children
        ):
            return True
        if cur.dep_ == "prep" and cur.head.pos_ == "VERB" and agentless_passive(cur.head) and any(
                c.lemma_.lower() in _EMPHASIS_NOUNS for c in cur.head.children if c.dep_ == "nsubjpass"):
            return True  # "Emphasis was placed on the need for X": the need is the sides' point
        if cur.dep_ not in {"pobj", "prep"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


_EMPHASIS_NOUNS = frozenset({"emphasis", "stress", "focus", "priority"})


_OWN_UNDERTAKINGS = frozenset({"commitment", "pledge", "promise", "determination", "resolve", "readiness"})


# Verbs of voicing a stance noun: "the concern expressed by X", "the support voiced by Y".
_VOICING = frozenset({"express", "voice", "state", "convey", "reiterate", "reaffirm", "show", "demonstrate", "raise"})


def _noun_stances(
    doc: Doc,
    tok: Token,
    cue: StanceCue,
    preps: tuple[str, ...],
    index: ActorIndex,
    statements: list[Statement],
    official: OfficialVoice | None = None,
    targets: list[Token] | None = None,
) -> list[Stance]:
    if targets is None:
        targets = [
            p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ in {"pobj", "pcomp"}
        ]
        if any(t.head.lower_ != "of" for t in targets):
            # "the support of the United States for Jordan": the "of" names whose support it is
            targets = [t for t in targets if t.head.lower_ != "of"]
        if not targets:  # "the concern expressed by X | about Y": the preposition hangs on the participle
            targets = [p for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in _VOICING
                       for pr in c.children if pr.dep_ == "prep" and pr.lower_ in preps
                       for p in pr.children if p.dep_ in {"pobj", "pcomp"}]
        if not targets and tok.dep_ in {"nsubjpass", "dobj"}:  # "Support was affirmed for X", "expressed support to X"
            targets = [  # (a "to" the parser takes for the verb's dative: "extended warm wishes | to X")
                p for c in tok.head.children if c.dep_ in {"prep", "dative"} and c.lower_ in preps
                for p in c.children if p.dep_ in {"pobj", "pcomp"}
            ]
        if not targets and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            # "spoke in favour | of direct contacts": the parser hangs the noun's preposition on the verb
            targets = [p for c in tok.head.head.children if c.dep_ == "prep" and c.lower_ in preps
                       and c.i == tok.right_edge.i + 1 for p in c.children if p.dep_ in {"pobj", "pcomp"}]
        if not targets and tok.dep_ in {"nsubjpass", "dobj"} and "to" in preps:
            # "commitment was expressed to further strengthening X": a gerund after "to" taken for an infinitive
            targets = [c for c in tok.head.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                       and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        if not targets and cue.plover in {"DISAPPROVE", "SUPPORT"}:
            # "expressed their shared concern that innocent civilians have lost their lives": the fact
            targets = [c for c in tok.children if c.dep_ in {"acl", "ccomp"} and c.pos_ in {"VERB", "AUX"}
                       and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        if (not targets and tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB"
                and not any(c.dep_ == "poss" for c in tok.children)):
            # "noted with satisfaction the progress": the verb's object is what pleases (not "together
            # with the United States' commitment, this will add 240 million barrels": whose, not how)
            targets = [c for c in tok.head.head.children if c.dep_ == "dobj"]
        if not targets and cue.plover == "DEMAND":  # "its demand that Israel ease restrictions"
            targets = [c for c in tok.children if c.pos_ in {"VERB", "AUX"} and (c.dep_ in {"acl", "ccomp"} or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)))]
            # ("the need for an arrangement to return civilians": a for-clause parsed as advcl)
            if not targets and tok.dep_ == "dobj":  # "reiterated its demand today | that Israel ease ...": the
                targets = [c for c in tok.head.children  # parser hangs the clause on the verb
                           if c.dep_ == "ccomp" and c.i > tok.i and c.pos_ in {"VERB", "AUX"}
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
            # the clause's subject is the one asked, as for "demanded that the US cancel ..."
            targets = [next((g for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}
                             and actors_of_phrase(doc, g, index, statements)), c) for c in targets]
    if not targets:
        return []
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and _negated(tok.head):
        return []  # "Kiev is not showing a serious commitment to finding solutions": no commitment shown
    holders = [m for c in tok.children if c.dep_ == "poss" for m in actors_of_phrase(doc, c, index, statements)]
    if not holders:  # "the concern expressed by Mario Draghi about X": the one who expressed it
        holders = [m for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _VOICING
                   for a in c.children if a.dep_ == "agent"
                   for p in a.children if p.dep_ == "pobj" for m in actors_of_phrase(doc, p, index, statements)]
    if not holders:  # "at the heart of our commitment to stand with Ukraine": "our" of an official text
        holders = [m for c in tok.children if c.dep_ == "poss" and c.lower_ in {"our", "my"}
                   for m in fallback_actors(doc, c, index, statements, official)]
    if not holders and (cue.polarity < 0 or cue.plover == "DEMAND" or tok.lemma_.lower() in _OWN_UNDERTAKINGS):
        # "multiple UN calls for ceasefires", "Russian demands", "Western criticism", "the U.S.
        # commitment to X": whose they are (not "Ukraine support", where the modifier is the one supported)
        holders = [m for c in tok.children if c.dep_ in {"compound", "amod", "nmod"} and (m := index.at(c)) is not None]
    if cue in (_INTENT, _THREAT) and not holders:  # "the intentions of European states to impose ..."
        of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
        if of:
            holders = actors_of_phrase(doc, of[0], index, statements, subject=True)
            if not holders:
                return []
    if tok.lemma_.lower() == "importance" and any(_done_by_other(t) for t in targets):
        cue = _DEMAND  # "stressed the importance of India increasing its purchases": asks India
    if not holders and _owned_by_other(tok, index):
        return []  # "Cuba's contribution to the fight against X": not the sentence subject's stance
    if not holders:
        holders = _subject_holders(doc, tok, index, statements, official)
    if not holders and _passive_subject(tok):
        holders = parties(doc, index, tok)
    return _emit(doc, tok, cue, holders, targets, index, statements)


def _issue_tokens(doc: Doc, issue: Issue) -> slice:
    """The token positions of an issue's label in ``doc``."""
    span = doc.char_span(issue.span.start, issue.span.end, alignment_mode="expand")
    return slice(span.start, span.end) if span is not None else slice(0, 0)


def _emit(
    doc: Doc,
    tok: Token,
    cue: StanceCue,
    holders: list[ActorMention],
    targets: list[Token],
    index: ActorIndex,
    statements: list[Statement],
) -> list[Stance]:
    if not holders:
        return []
    in_statement = statement_at(statements, tok.idx)
    negated = _negated(tok) and cue is not _REFUSAL and cue is not _INTOLERANCE
    confidence = 0.75 if in_statement is not None else 0.65
    if tok.tag_ == "VBG" and tok.dep_ in {"advcl", "acl", "xcomp"}:
        confidence -= 0.15  # "demonstrated ..., calling for independence": the clause's event comes first
    elif _adjunct_noun(tok):
        confidence -= 0.1  # "staged a strike in protest against X": the clause's verb says what happened
    elif in_statement is not None and _participial_report(doc, statements[in_statement]):
        confidence -= 0.1  # "staged rallies against X, saying he must resign": the rallies come first
    trigger = span_of(doc, tok.idx, tok.idx + len(tok.text))
    out: list[Stance] = []
    for target in targets:
        if is_split_piece(target) and doc[glued_word(target)[0]] in targets:
            continue  # "re", "-", "establish": the first piece's issue is the whole word's
        if target.lower_ in _PRONOUN_TARGETS:
            continue  # "condolences to those who were injured": no target named
        target_actors = actors_of_phrase(doc, target, index, statements)
        if not target_actors and target.lower_ == "you":
            target_actors = second_person(doc, target, index, statements)
            if tok.lemma_.lower() == "stand":  # "we stand with you": with the addressee's country
                target_actors = [ActorMention(m.role.of, m.span, m.sentence) if m.role else m for m in target_actors]
        if not target_actors and target.lower_ == "them":
            target_actors = plural_antecedent(doc, target, index, {h.actor.key for h in holders})
        if not target_actors and target.lower_ in _PEOPLE_PRONOUNS:
            continue  # "I thank you", "welcome them" with no one they stand for: no target named
        if not target_actors and cue.plover in _ABOUT_ACTORS:
            target_actors = _owner(doc, target, index, statements)
        issue = None if target_actors else _issue(doc, target, index)
        if issue is not None and not issue.concerns:  # "threatened to cut off electricity to X"
            aims = aimed_at(tok, target, index, {h.actor.key for h in holders})
            issue = replace(issue, concerns=tuple(aims)) if aims else issue
        if cue.plover == "THREATEN" and issue is not None:
            # "their readiness to impose severe costs on Russia": a threat is aimed at the one it
            # would hit, when the threatened act names one other side
            own = own_keys(holders)
            aimed = [m for t in doc[_issue_tokens(doc, issue)] if (m := index.at(t)) is not None
                     and m.actor.key not in own and m.actor.kind in {"State", "InternationalOrganization", "Coalition"}]
            if len({m.actor.key for m in aimed}) == 1:
                target_actors = [ActorMention(aimed[0].actor, aimed[0].span, aimed[0].sentence, aimed[0].role)]
        addressee = issue.target_actor if issue else None
        for holder in holders:
            for target_actor in target_actors or [None]:
                if target_actor is not None and target_actor.actor.key == holder.actor.key and not _domestic_group(
                    holder, target_actor
                ):
                    continue
                if addressee is not None and addressee.key == holder.actor.key:
                    addressee = None
                out.append(
                    Stance(
                        holder=holder,
                        stance_type=cue.plover,
                        polarity=-cue.polarity if negated else cue.polarity,
                        trigger=trigger,
                        sentence=sentence_span(tok),
                        confidence=confidence,
                        target_actor=target_actor,
                        target_issue=issue,
                        addressee=addressee if target_actor is None else target_actor.actor,
                        statement_index=in_statement,
                        cameo=cue.cameo,
                        negated=negated,
                    )
                )
    return out


def _participial_report(doc: Doc, statement: Statement) -> bool:
    """A statement reported by a participle hanging on another clause (", saying ...", ", adding ...")."""
    span = doc.char_span(statement.trigger.start, statement.trigger.end)
    if span is None or len(span) != 1:
        return False
    verb = span[0]
    return verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp", "conj"} and verb.head.pos_ == "VERB"


def _adjunct_noun(tok: Token) -> bool:
    """A cue noun in a verb's adverbial phrase ("in protest against", "during the fight against"),
    not its object ("expressed support for") nor what a copula says ("is in solidarity with")."""
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or tok.head.dep_ != "prep":
        return False
    verb = tok.head.head
    return verb.pos_ == "VERB" and not is_word(verb, {"be", "stand", "remain", "express", "voice"})


def _done_by_other(target: Token) -> bool:
    """A gerund with its own subject: "(the importance of) India increasing ..."."""
    return target.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "poss"} for c in target.children)


def _negated(tok: Token) -> bool:
    """Negation on the cue (or its governing verb), not on a clause it is merely conjoined to
    ("policy has not changed and the US strongly opposes ...")."""
    if tok.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return any(c.dep_ == "neg" or (c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "det"}) for c in tok.children)
    return is_negated(tok)


_UNDERGONE = frozenset({
    "displacement", "deportation", "detention", "arrest", "imprisonment", "harassment", "persecution",
    "mistreatment", "expulsion", "abduction", "murder", "execution", "torture", "starvation", "oppression",
    "repression", "intimidation", "eviction", "annexation", "occupation", "blockade", "isolation",
})


def _proposal_with_content(noun: Token) -> bool:
    """A named side's proposal that says what it proposes ("Niinistö's initiative to convene a
    summit", "France's proposal on a ceasefire"): the proposal is the issue, its author concerned."""
    return noun.lemma_.lower() in _PROPOSALS and any(
        c.dep_ in {"acl", "relcl"} or (c.dep_ == "prep" and c.lower_ in {"on", "for", "to"}) for c in noun.children)


def _owner(doc: Doc, target: Token, index: ActorIndex, statements: list[Statement]) -> list[ActorMention]:
    """The actor whose conduct, position or sovereignty a target noun is: "Ukraine's provocations",
    "the policy of the United States" -> that actor (the stance is about it)."""
    if target.pos_ not in {"NOUN", "PROPN"}:
        return []
    if _proposal_with_content(target) and any(c.dep_ == "poss" and c.lower_ != "your" for c in target.children):
        return []  # "supported Niinistö's initiative to convene a summit": the initiative, not its author
    for c in target.children:
        if c.dep_ == "poss" and index.at(c) is not None:
            return [index.at(c)]
        if c.dep_ == "poss" and c.lower_ == "your":  # "grateful for your call"
            return second_person(doc, c, index, statements)
        if c.dep_ == "poss" and c.pos_ in {"NOUN", "PROPN"}:  # "the Kiev regime's provocation"
            found = actors_of_phrase(doc, c, index, statements)
            if found:
                return found[:1]
    if target.lower_.endswith(("al", "ing")) or target.lemma_.lower() in _UNDERGONE:
        return []  # "removal of X", "killing of X", "the displacement of X": X undergoes it
    if target.lemma_.lower() in _MERITS:  # "the contribution that Russia had made": whose it is
        maker = next((m for c in target.children if (m := _made_by(c)) is not None), None)
        found = actors_of_phrase(doc, maker, index, statements) if maker is not None else []
        if found:
            return found[:1]
    for t in [target, *(c for c in target.children if c.dep_ == "conj")]:
        for c in t.children:  # "sovereignty and territorial integrity of Ukraine"
            if c.dep_ == "prep" and c.lower_ in {"of", "by"}:
                for p in c.children:
                    if p.dep_ == "pobj" and index.at(p) is not None:
                        return actors_of_phrase(doc, p, index, statements)
    for c in target.children:
        # "the rough treatment of refugees by Polish border guards", "exercises conducted by the US
        # and its allies": whoever does it
        agents = [c] if c.dep_ == "prep" and c.lower_ == "by" else [
            a for a in c.children if a.dep_ == "agent"] if c.dep_ == "acl" and c.tag_ == "VBN" else []
        for a in agents:
            for p in a.children:
                if p.dep_ == "pobj":
                    found = actors_of_phrase(doc, p, index, statements)
                    if found:
                        return found
    return []


def _domestic_group(holder: ActorMention, target: ActorMention) -> bool:
    """"The Sudanese government accused Darfur rebels": a group of the holder's own state, named
    apart from the holder, is a target of its own (not the holder referring to itself)."""
    a, b = holder.span, target.span
    if b.text.split()[0].lower() in {"his", "her", "its", "their", "our", "my"}:
        return False  # "his administration": a reference to someone, no group named apart
    return (b.end <= a.start or a.end <= b.start) and " " in b.text.strip() and b.text != a.text


def _owned_by_other(tok: Token, index: ActorIndex) -> bool:
    """Whether a noun above ``tok`` (before the clause verb) has its own possessor actor."""
    cur = tok.head
    while cur.pos_ in {"NOUN", "PROPN", "ADP"} and cur.head.i != cur.i:
        if any(c.dep_ == "poss" and index.at(c) is not None for c in cur.children):
            return True
        cur = cur.head
    return False


def _issue(doc: Doc, head: Token, index: ActorIndex) -> Issue | None:
    """A non-actor target: its label, the actors it concerns, whose policy it is."""
    if head.dep_ == "dobj" and head.head.pos_ == "VERB" and head.head.dep_ in {"xcomp", "advcl"} and infinitival(
            head.head):
        head = head.head  # "committed to provide transparency ...": the undertaking, not only its object
    span = phrase_span(doc, head)
    if len(span.text) < 3:
        return None
    concerns: list[ActorRef] = []
    owner: ActorRef | None = None
    for tok in doc.char_span(span.start, span.end, alignment_mode="expand") or []:
        m = index.at(tok)
        if m is None or any(m.actor.key == c.key for c in concerns):
            continue
        concerns.append(m.actor)
        # "the US trade embargo", "the US list", "Washington's policy": the owner.
        if owner is None and tok.dep_ in {"compound", "poss", "amod", "nmod"}:
            owner = m.actor
        if owner is None and tok.head.lower_ == "by" and tok.dep_ == "pobj":
            owner = m.actor
        if owner is None and tok.dep_ == "pobj" and tok.head.lower_ == "from" and (
            tok.head.head.lemma_.lower() in _PROPOSALS | _DEMAND_NOUNS | {"invitation"}
        ):
            owner = m.actor  # "rejected an offer from Kabul", "accepted demands from the rebels": theirs
    if not concerns and _between_the_sides(doc.char_span(span.start, span.end, alignment_mode="expand") or []):
        # "ties between our nations", "bilateral trade", "both countries": the talks' parties
        for m in parties(doc, index, head):
            actor = m.role.of if m.role is not None else m.actor
            if all(actor.key != c.key for c in concerns):
                concerns.append(actor)
    return Issue(label=span.text, span=span, concerns=tuple(concerns), target_actor=owner)


_SIDE_NOUNS = frozenset({"nation", "country", "people", "state", "side", "government"})


_TALK_NOUNS = frozenset({"meeting", "talk", "conversation", "negotiation", "discussion", "visit", "summit", "call", "dialogue"})


def _talks_head(tokens) -> bool:
    """"the meeting", "today's talks", "our conversation": the phrase is the talks themselves
    (its head a talk noun with no one else's name in it)."""
    head = next((t for t in tokens if t.head.i == t.i or not any(u.i == t.head.i for u in tokens)), None)
    return head is not None and head.lemma_.lower() in _TALK_NOUNS and head.pos_ == "NOUN" and all(
        t.pos_ not in {"PROPN"} for t in tokens)


def _between_the_sides(tokens) -> bool:
    """"our two nations", "both countries", "bilateral", "the talks", "today's meeting": a phrase
    about the parties themselves or their own talks."""
    tokens = list(tokens)
    if tokens and _talks_head(tokens):
        return True
    for t in tokens:
        if t.lemma_.lower() == "bilateral":
            return True
        if t.lemma_.lower() in _SIDE_NOUNS and t.tag_ in {"NNS", "NNPS"} and any(
            c.lower_ in {"our", "both", "two"} for c in t.children
        ):
            return True
    return False
