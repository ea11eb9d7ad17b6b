"""Relations between actors stated in the text: MEMBER_OF, ALLY_OF, PARTNER_OF."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, sentence_span, span_of
from diplograph.extract.context import actors_of_phrase, is_negated, statement_at
from diplograph.extract.lexicon import RELATION_NOUNS
from diplograph.extract.scan import tokens_with_lemma
from diplograph.model import ActorMention, Relation, Statement

_MEMBER_KINDS = {"InternationalOrganization", "OrganizationBody", "Coalition", "Organization"}


def find_relations(doc: Doc, index: ActorIndex, statements: list[Statement]) -> list[Relation]:
    out: list[Relation] = []
    for tok in tokens_with_lemma(doc, RELATION_NOUNS):
        relation = RELATION_NOUNS.get(tok.lemma_.lower())
        if relation is None or tok.pos_ != "NOUN" or is_negated(tok):
            continue
        subjects = _subjects(doc, tok, index, statements)
        if relation == "MEMBER_OF":
            objects = [
                m
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ in {"of", "in"}
                for p in c.children
                if p.dep_ == "pobj"
                for m in actors_of_phrase(doc, p, index, statements)
                if m.actor.kind in _MEMBER_KINDS
            ]
        else:
            owner = tok
            while owner.dep_ == "conj" and not any(c.dep_ == "poss" for c in owner.children):
                owner = owner.head  # "Russia's reliable ally and priority partner"
            objects = [
                m
                for c in owner.children
                if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
                for p in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])
                for m in actors_of_phrase(doc, p, index, statements)
            ]
        st = statement_at(statements, tok.idx)
        claimant = statements[st].speaker if st is not None else None
        for s in subjects:
            for o in objects:
                if s.actor.key == o.actor.key:
                    continue
                out.append(
                    Relation(
                        relation=relation,
                        subject=s,
                        object=o,
                        trigger=span_of(doc, tok.idx, tok.idx + len(tok.text)),
                        sentence=sentence_span(tok),
                        confidence=0.8 if st is not None else 0.7,
                        statement_index=st,
                        claimant=claimant,
                    )
                )
    return out


def _subjects(doc: Doc, tok: Token, index: ActorIndex, statements: list[Statement]) -> list[ActorMention]:
    """Who is the ally / partner / member: copula subject, "X as members", "X, a member"."""
    head = tok
    while head.dep_ == "conj":  # "reliable ally and priority partner"
        head = head.head
    if head.dep_ in {"attr", "acomp"}:
        subj = next((c for c in head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        return actors_of_phrase(doc, subj, index, statements) if subj is not None else []
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        owner = head.head.head
        if owner.pos_ in {"VERB", "AUX"}:
            owner = next((c for c in owner.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if owner is None:
                return []
        while owner.dep_ == "conj":
            owner = owner.head
        return actors_of_phrase(doc, owner, index, statements)
    if head.dep_ == "appos":
        return actors_of_phrase(doc, head.head, index, statements)
    return []
