"""Stances of assessment and courtesy that readouts, statements and transcripts express without a
stance verb: good wishes ("wishing X a happy birthday"), contentment ("satisfied with the
progress"), ties "developing positively", a side called a reliable partner, rights upheld ("the
Palestinians' right to self-determination"), acts "in violation of" an agreement and a side's
refusal named by a government. Each is a pure function of the Doc, its actors and statements, built on the stance
extractor's holder and target helpers (:mod:`diplograph.extract.stances`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, sentence_span, span_of
from diplograph.extract.context import actors_of_phrase, statement_at
from diplograph.extract.modality import infinitival, is_question
from diplograph.extract.parties import own_keys
from diplograph.extract.scan import tokens_with_lemma, tokens_with_text
from diplograph.extract.stances import (
    _EMPHASIS_VERBS,
    _PRAISE,
    _PRONOUN_TARGETS,
    _TIES,
    StanceCue,
    _emit,
    _issue,
    _negated,
    _subject_holders,
)
from diplograph.extract.statements import OfficialVoice
from diplograph.model import ActorMention, Stance, Statement


def find_assessments(
    doc: Doc, index: ActorIndex, statements: list[Statement], official: OfficialVoice | None = None
) -> list[Stance]:
    """Every assessment and courtesy stance in ``doc`` (see the module's docstring)."""
    return [
        *_good_wishes(doc, index, statements, official),
        *_in_violation(doc, index, statements, official),
        *_blamed_unwillingness(doc, index, statements, official),
        *_rights_upheld(doc, index, statements, official),
        *_content_with(doc, index, statements, official),
        *_ties_going_well(doc, index, statements, official),
        *_valued_partners(doc, index, statements, official),
    ]


def _whose_words(doc: Doc, tok: Token, statements: list[Statement], official: OfficialVoice | None) -> list[ActorMention]:
    """Who says what ``tok`` is part of: the speaker of the statement around it, else a government
    in its own voice (a news agency's narration is no one's)."""
    i = statement_at(statements, tok.idx)
    if i is not None:
        return [statements[i].speaker]
    if official is not None:
        return [ActorMention(official.state, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok))]
    return []


def _good_wishes(doc: Doc, index: ActorIndex, statements: list[Statement],
                 official: OfficialVoice | None) -> list[Stance]:
    """"wishing Emmanuel Macron a happy birthday", "wished him success": good wishes to someone
    (SUPPORT, as congratulations are), the one wished well their target."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"wish"}):
        if tok.pos_ != "VERB" or _negated(tok):
            continue
        wished = [c for c in tok.children if c.dep_ == "dative"]
        if not wished or not any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in tok.children):
            continue  # "wished to visit", "I wish that ...": a wish of one's own, no one wished well
        holders = _subject_holders(doc, tok, index, statements, official)
        if not holders and tok.dep_ == "pcomp" and tok.head.head.pos_ == "VERB":
            holders = _subject_holders(doc, tok.head.head, index, statements, official)  # "began by wishing"
        out.extend(_emit(doc, tok, StanceCue("SUPPORT", 1, "051"), holders, wished, index, statements))
    return out


_UPHOLDING = (_EMPHASIS_VERBS - {"note", "point"}) | {"uphold", "respect", "defend", "affirm"}


def _rights_upheld(doc: Doc, index: ActorIndex, statements: list[Statement],
                   official: OfficialVoice | None) -> list[Stance]:
    """"She emphasized the Palestinians' right to self-determination", "upheld Ukraine's right to
    defend itself": standing up for a side's rights is SUPPORT for that side (CAMEO 051)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _UPHOLDING):
        if tok.pos_ != "VERB" or _negated(tok) or is_question(tok):
            continue
        rights = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"]
        owners = [o for c in rights for o in c.children if o.dep_ == "poss" and actors_of_phrase(doc, o, index, statements)]
        owners += [p for c in rights for o in c.children if o.dep_ == "prep" and o.lower_ == "of"  # "the right of
                   for p in o.children if p.dep_ == "pobj" and actors_of_phrase(doc, p, index, statements)]  # Finland"
        if owners:
            holders = _subject_holders(doc, tok, index, statements, official)
            out.extend(_emit(doc, tok, _PRAISE, holders, owners, index, statements))
    return out


_CONTENT = {"satisfied": 1, "pleased": 1, "delighted": 1, "gratified": 1, "encouraged": 1,
            "dissatisfied": -1, "disappointed": -1, "displeased": -1, "dismayed": -1}


def _content_with(doc: Doc, index: ActorIndex, statements: list[Statement],
                  official: OfficialVoice | None) -> list[Stance]:
    """"I am very satisfied with the progress in our relations", "we are encouraged by X", "was
    disappointed with the decision": the subject's SUPPORT (or DISAPPROVE) of what pleases it."""
    out: list[Stance] = []
    for tok in tokens_with_text(doc, _CONTENT):
        if tok.dep_ not in {"acomp", "amod"} or _negated(tok.head) or is_question(tok.head):
            continue
        objects = [p for c in tok.children if c.dep_ == "prep" and c.lower_ in {"with", "by", "about", "at"}
                   for p in c.children if p.dep_ in {"pobj", "pcomp"}]
        if not objects:
            continue  # "pleased to announce", "glad to see you": a courtesy, nothing assessed
        holders = _subject_holders(doc, tok.head if tok.dep_ == "acomp" else tok, index, statements, official)
        cue = StanceCue("SUPPORT", 1, "051") if _CONTENT[tok.lower_] > 0 else StanceCue("DISAPPROVE", -1, "111")
        out.extend(_emit(doc, tok, cue, holders, objects, index, statements))
    return out


_GOING_WELL = frozenset({"positively", "successfully", "dynamically", "steadily", "well", "consistently", "progressively"})


def _ties_going_well(doc: Doc, index: ActorIndex, statements: list[Statement],
                     official: OfficialVoice | None) -> list[Stance]:
    """"our relations are developing positively", "trade is growing steadily": the speaker's (or
    the publishing government's) praise of the ties (SUPPORT, CAMEO 051)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"develop", "progress", "grow", "advance", "expand", "evolve"}):
        if tok.pos_ != "VERB" or _negated(tok) or not any(c.dep_ == "advmod" and c.lower_ in _GOING_WELL
                                                          for c in tok.children):
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in _TIES), None)
        if subj is None:
            continue
        holders = _whose_words(doc, tok, statements, official)
        if not holders:
            continue
        issue = _issue(doc, subj, index)  # the ties themselves, not the "our" they are of
        if issue is None:
            continue
        out.extend(Stance(holder=h, stance_type=_PRAISE.plover, polarity=_PRAISE.polarity,
                          trigger=span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence=sentence_span(tok),
                          confidence=0.6, target_actor=None, target_issue=issue, addressee=None,
                          statement_index=statement_at(statements, tok.idx), cameo=_PRAISE.cameo) for h in holders)
    return out


_RELATIONS = frozenset({"partner", "friend", "ally", "neighbour", "neighbor"})
_VALUED = frozenset({"reliable", "trusted", "close", "good", "great", "true", "loyal", "dependable", "valued",
                     "important", "key", "strong", "indispensable", "steadfast", "staunch", "trustworthy"})


def _valued_partners(doc: Doc, index: ActorIndex, statements: list[Statement],
                     official: OfficialVoice | None) -> list[Stance]:
    """"Finland is our reliable partner", "Japan is a close ally": praise of the subject by the
    speaker (or the publishing government) (SUPPORT, CAMEO 051)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _RELATIONS):
        if tok.dep_ != "attr" or tok.head.lemma_ != "be" or _negated(tok.head) or is_question(tok.head):
            continue
        if not any(c.dep_ == "amod" and c.lower_ in _VALUED for c in tok.children):
            continue
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        if subj is None or not actors_of_phrase(doc, subj, index, statements):
            continue
        holders = _whose_words(doc, tok, statements, official)
        for st in _emit(doc, tok, _PRAISE, holders, [subj], index, statements):
            target = st.target_actor
            if target is not None and (target.actor.key in own_keys([st.holder])
                                       or (target.actor.kind == "Person" and target.role is None)):
                continue  # not "Russia is a reliable partner" said by Russia's president, nor "John is a good friend"
            out.append(st)
    return out


_UNWILLINGNESS = frozenset({"unwillingness", "refusal", "reluctance"})


def _blamed_unwillingness(doc: Doc, index: ActorIndex, statements: list[Statement],
                          official: OfficialVoice | None) -> list[Stance]:
    """"complications caused by Kiev's unwillingness to honour the Minsk agreements": a side's
    refusal named by the speaker, or by a government in its own voice, is blamed on that side
    (DISAPPROVE, CAMEO 111); a news agency's narration blames no one."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, _UNWILLINGNESS):
        if tok.pos_ != "NOUN" or not any(c.dep_ == "acl" and infinitival(c) for c in tok.children):
            continue  # "the refusal of Kiev" or a bare refusal: no act refused named
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None or not actors_of_phrase(doc, owner, index, statements):
            continue
        holders = _whose_words(doc, tok, statements, official)
        if not holders:
            continue
        out.extend(_emit(doc, tok, StanceCue("DISAPPROVE", -1, "111"), holders, [owner], index, statements))
    return out


def _in_violation(doc: Doc, index: ActorIndex, statements: list[Statement],
                  official: OfficialVoice | None) -> list[Stance]:
    """"in violation of the Minsk agreements, the Ukrainian authorities are betting on force",
    "this is done in violation of UN resolutions": the speaker (or the publisher, in its own
    voice) disapproves of whoever acts so, or of the act when no one is named (CAMEO 111)."""
    out: list[Stance] = []
    for tok in tokens_with_lemma(doc, {"violation"}):
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.head.pos_ not in {"VERB", "AUX"}:
            continue
        verb = prep.head
        holders = _whose_words(doc, tok, statements, official)
        if not holders:
            continue
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in _PRONOUN_TARGETS
                     and c.lower_ not in {"this", "it", "that"}), None)
        target = subj if subj is not None and actors_of_phrase(doc, subj, index, statements, subject=True) else tok
        out.extend(_emit(doc, tok, StanceCue("DISAPPROVE", -1, "111"), holders, [target], index, statements))
    return out
