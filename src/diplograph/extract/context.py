"""Shared helpers for the claim extractors: who a phrase refers to, what a phrase says."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, resolve_pronoun, sentence_span, span_of
from diplograph.extract.lexicon import FIRST_PERSON_PLURAL, ROLE_NOUNS, THIRD_PERSON
from diplograph.model import ActorMention, Span, Statement

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Nouns for people or institutions acting for a state: "Israeli troops", "the Chinese side".
GROUP_NOUNS = frozenset(
    ["country", "friend", "partner", "leadership", "government", "side", "people", "authority", "nation", "state", "administration", "official", "diplomat", "troop", "force", "soldier", "police", "army", "military", "navy", "ministry", "delegation", "embassy", "envoy", "parliament", "lawmaker", "legislator", "regime", "counterpart", "citizen", "protester", "demonstrator", "militant", "rebel", "spokesman", "spokeswoman", "agency", "court", "cabinet", "ambassador", "minister", "president", "leader", "premier", "chancellor", "king", "militia", "militiaman", "guerrilla", "guerilla", "fighter", "insurgent", "separatist", "worker", "student", "opposition", "activist", "refugee", "immigrant", "migrant", "national", "negotiator", "peacekeeper", "warship", "jet", "aircraft", "media", "newspaper", "group"]
)
_PAIR_NOUNS = {"country": "State", "nation": "State", "side": None, "state": "State",
               "leader": "Person", "president": "Person", "minister": "Person", "party": None,
               "participant": None, "interlocutor": "Person"}
_CONJ_DEPS = {"conj", "appos"}
OBJECT_CONTROL = frozenset(
    {"invite", "urge", "ask", "encourage", "persuade", "allow", "permit", "call", "press", "help", "tell", "force"}
)


def statement_at(statements: list[Statement], char: int) -> int | None:
    """Index of the statement whose content covers ``char``."""
    for i, st in enumerate(statements):
        if st.content.start <= char < st.content.end:
            return i
    return None


def actors_of_phrase(
    doc: Doc,
    head: Token,
    index: ActorIndex,
    statements: list[Statement],
    *,
    subject: bool = False,
    we_is_speaker: bool = False,
) -> list[ActorMention]:
    """Actors a noun phrase denotes, following coordination ("Russia and Cuba").

    First-person plural inside a statement means the speaker's state (or the
    speaker); third-person pronouns the nearest earlier person; a head noun
    modified by a demonym or possessor ("Our Cuban friends") that actor.
    """
    pair = _pair_reference(doc, head, index)
    if pair:
        return pair
    out: list[ActorMention] = []
    # "Keir Starmer and Emmanuel Macron met": the parser may hang the first name on the second.
    coordinated = [c for c in head.lefts if any(g.dep_ == "cc" for g in c.children)] if subject else []
    for tok in coordinated + [head] + _conjuncts(head):
        found = _actor_of_token(doc, tok, index, statements, we_is_speaker)
        if found is None and subject:
            found = _titled_person(tok, index)
        if found is not None and all(found.actor.key != m.actor.key for m in out):
            out.append(found)
    return out


def _titled_person(head: Token, index: ActorIndex) -> ActorMention | None:
    """"President of the Republic of Cuba Miguel Diaz-Canel": the person named in a titled subject."""
    if head.lemma_.lower() not in ROLE_NOUNS and head.pos_ != "PROPN":
        return None
    for t in head.subtree:
        m = index.at(t)
        if m is not None and m.actor.kind == "Person":
            return m
    return None


def _pair_reference(doc: Doc, head: Token, index: ActorIndex) -> list[ActorMention]:
    """"both countries", "our two countries", "the two leaders": the two most mentioned so far."""
    lemma = head.lemma_.lower()
    if lemma not in _PAIR_NOUNS or head.tag_ not in {"NNS", "NNPS"}:
        return []
    if not any(c.lower_ in {"two", "both", "the"} for c in head.children):
        return []  # "both countries", "the two leaders", "the presidents"
    kind = _PAIR_NOUNS[lemma]
    counts: dict[str, tuple[int, ActorMention]] = {}
    for m in index.mentions:
        if m.span.start >= head.idx:
            continue
        if kind is not None and m.actor.kind != kind:
            continue
        if kind is None and m.actor.kind not in {"State", "Person"}:
            continue
        n, _ = counts.get(m.actor.key, (0, m))
        counts[m.actor.key] = (n + 1, m)
    top = []
    for c in sorted(counts.values(), key=lambda c: -c[0]):  # a leader and his own state are one side
        sides = {t[1].actor.key for t in top} | {t[1].role.of.key for t in top if t[1].role is not None}
        m = c[1]
        if m.actor.key not in sides and (m.role is None or m.role.of.key not in sides):
            top.append(c)
        if len(top) == 2:
            break
    if len(top) < 2:
        return []
    span = span_of(doc, min(t.idx for t in head.subtree), head.idx + len(head.text))
    return [ActorMention(m.actor, span, sentence_span(head), m.role) for _, m in top]


def _conjuncts(tok: Token) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "conj":
            out.append(c)
            out.extend(_conjuncts(c))
    return out


def _actor_of_token(
    doc: Doc, tok: Token, index: ActorIndex, statements: list[Statement], we_is_speaker: bool = False
) -> ActorMention | None:
    mention = index.at(tok)
    if mention is not None:
        return mention
    lower = tok.lower_
    if lower in FIRST_PERSON_PLURAL or lower == "i":
        i = statement_at(statements, tok.idx)
        if i is None:
            return None
        speaker = statements[i].speaker
        span = span_of(doc, tok.idx, tok.idx + len(tok.text))
        if we_is_speaker or lower == "i" or speaker.role is None:
            # The speaker holds the stance; inference attributes it to the state he speaks for.
            return ActorMention(speaker.actor, span, sentence_span(tok), speaker.role)
        return ActorMention(speaker.role.of, span, sentence_span(tok))
    if lower in THIRD_PERSON:
        antecedent = resolve_pronoun(index, tok)
        if antecedent is None:
            return None
        return ActorMention(
            antecedent.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok), antecedent.role
        )
    if tok.pos_ in {"NOUN", "PROPN"} and tok.lemma_.lower() in GROUP_NOUNS:
        modifiers = [c for c in tok.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        modifiers.sort(key=lambda c: c.pos_ == "PRON")  # "Our Cuban friends": Cuban first
        for c in modifiers:
            if True:
                found = _actor_of_token(doc, c, index, statements)
                if found is not None:
                    return ActorMention(
                        found.actor,
                        span_of(doc, min(c.idx, tok.idx), max(c.idx + len(c.text), tok.idx + len(tok.text))),
                        sentence_span(tok),
                        found.role,
                    )
    return None


def phrase_span(doc: Doc, head: Token) -> Span:
    """Text of a noun phrase, cut before relative clauses and appositions."""
    tokens = [head]
    for c in head.children:
        if c.dep_ in {"relcl", "acl"} and c.i > head.i and c.lower_ not in {"imposed", "titled"}:
            continue
        if c.dep_ in {"appos", "punct", "cc", "conj"} and c.i > head.i:
            continue
        tokens.extend(c.subtree)
    tokens.sort(key=lambda t: t.i)
    # stop at the first comma after the head
    kept = []
    for t in tokens:
        if t.i > head.i and t.text in {",", ";", "—", "("}:
            break
        kept.append(t)
    start = kept[0]
    while start.dep_ == "det" and len(kept) > 1 and start.lower_ in {"the", "a", "an", "this", "these", "those"}:
        kept = kept[1:]
        start = kept[0]
    end = kept[-1]
    return span_of(doc, start.idx, end.idx + len(end.text))


def subject_of(tok: Token) -> Token | None:
    """Nearest grammatical subject governing ``tok`` (climbing xcomp/prep/conj chains)."""
    cur: Token | None = tok
    for _ in range(6):
        if cur is None:
            return None
        subj = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None:
            return subj
        if cur.dep_ in {"ROOT"} or cur.head is cur:
            return None
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(c.dep_ == "mark" for c in cur.children):
            cur = cur.head  # "..., condemning the policy": the main clause's subject condemns
            continue
        if cur.dep_ in {"ccomp", "advcl", "relcl", "parataxis", "acl"}:
            return None
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in OBJECT_CONTROL:
            # "Trump invited Xi to visit": the object of invite/urge/ask does the visiting.
            obj = next((c for c in cur.head.children if c.dep_ in {"dobj", "dative"}), None)
            if obj is not None:
                return obj
        cur = cur.head
    return None


def is_negated(tok: Token) -> bool:
    """A "not"/"never"/"no" on the token or on its governing verb."""
    for t in (tok, tok.head):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "det"} for c in t.children):
            return True
    return False
