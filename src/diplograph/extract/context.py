"""Shared helpers for the claim extractors: who a phrase refers to, what a phrase says."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplograph.extract.actors import ActorIndex, doc_text, resolve_pronoun, sentence_span, span_of
from diplograph.extract.lexicon import FIRST_PERSON_PLURAL, ROLE_NOUNS, THIRD_PERSON
from diplograph.extract.modality import infinitival
from diplograph.extract.phrases import (
    object_after_insertion,
    whole_words,
    without_trailing_function_words,
)
from diplograph.model import ActorMention, Span, Statement

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
# Nouns for people, bodies and means acting for a state: "Israeli troops", "the Chinese side",
# "French farmers", "Palestinian youths" (private bodies -- companies, unions -- are not).
GROUP_NOUNS = frozenset([
    "country", "friend", "partner", "leadership", "government", "side", "people", "authority",
    "nation", "state", "administration", "official", "diplomat", "troop", "force", "soldier",
    "police", "army", "military", "navy", "ministry", "delegation", "embassy", "envoy",
    "parliament", "lawmaker", "legislator", "regime", "counterpart", "citizen", "protester",
    "demonstrator", "militant", "rebel", "spokesman", "spokeswoman", "agency", "court", "cabinet",
    "ambassador", "minister", "president", "leader", "premier", "chancellor", "king", "militia",
    "militiaman", "guerrilla", "guerilla", "fighter", "insurgent", "separatist", "worker",
    "student", "opposition", "activist", "refugee", "immigrant", "migrant", "national",
    "negotiator", "peacekeeper", "warship", "jet", "aircraft", "media", "newspaper", "group",
    "farmer", "doctor", "teacher", "villager", "resident", "inhabitant", "civilian", "landowner",
    "businessman", "lawyer", "judge", "prosecutor", "journalist", "commander", "officer",
    "general", "guard", "unit", "squad", "brigade", "battalion", "contingent", "fleet", "vessel",
    "ship", "boat", "gunboat", "plane", "warplane", "helicopter", "tank", "artillery", "party",
    "movement", "front", "faction", "council", "committee", "commission", "service",
    "intelligence", "mission", "team", "junta", "legislature", "assembly", "coalition",
    "population", "community", "minority", "majority", "town", "village", "city", "consulate",
    "radio", "television", "youth", "man", "woman", "child", "family", "settler", "pilgrim",
    "tourist", "hostage", "prisoner", "detainee", "adviser", "advisor", "expert", "scientist",
    "engineer", "fisherman", "sailor", "crew", "marine", "paratrooper", "commando", "gunman",
    "bomber", "hijacker", "hacker", "extremist", "nationalist", "fundamentalist", "islamist",
    "dissident", "exile", "defector", "politician", "deputy", "senator", "candidate", "voter",
    "supporter", "loyalist", "elder", "veteran", "agent", "spy", "serviceman", "wing", "branch"
])
# Weapons, vehicles and attacks: their modifier is who uses them ("Israeli air raids", "US
# drones"), but a place they are in is not ("helicopters in Bosnia").
MEANS_NOUNS = frozenset(
    ["warship", "jet", "aircraft", "fleet", "vessel", "ship", "boat", "gunboat", "plane", "warplane",
     "helicopter", "tank", "artillery", "missile", "drone", "rocket", "attack", "strike",
     "airstrike", "raid", "bombing", "shelling", "offensive"]
)
# Names for an organization in its own right: "the APEC forum", "the NATO alliance".
ORGANIZATION_NOUNS = frozenset(["forum", "bloc", "alliance", "organization", "organisation", "grouping"])
# Group nouns that, unqualified, mean a body or people of the country the clause takes place
# in ("police fired tear gas in Lima"); armed forces are left out, as they often act abroad.
DOMESTIC_NOUNS = frozenset(
    ["police", "policeman", "government", "authority", "administration", "regime", "parliament",
     "legislature", "court", "judge", "prosecutor", "opposition", "protester", "demonstrator",
     "rebel", "insurgent", "militant", "guerrilla", "guerilla", "separatist", "student", "worker",
     "resident", "villager", "inhabitant", "civilian", "farmer", "activist", "crowd", "prisoner",
     "inmate", "fundamentalist", "islamist", "extremist", "dissident"]
)
_LOCALE_PREPS = frozenset({"in", "at", "inside", "across", "throughout"})
# "scores of refugees", "members of the army": the actor is the one after "of".
_PARTITIVE_NOUNS = frozenset(
    ["score", "ten", "hundred", "thousand", "dozen", "million", "group", "member", "number", "band",
     "some", "many", "most", "all", "part", "unit", "delegation", "team", "crowd", "patch", "batch",
     "deployment", "contingent", "detachment", "wave", "convoy", "column", "squad"]
)
_PAIR_NOUNS = {"country": "State", "nation": "State", "side": None, "state": "State",
               "leader": "Person", "president": "Person", "minister": "Person", "party": None,
               "participant": None, "interlocutor": "Person"}
_CONJ_DEPS = {"conj", "appos"}
# Head words of the named bodies of a state (and of its armed and political movements):
# "the Chilean Senate", "the Peruvian Army"; "the American College of ..." stays itself.
STATE_BODY_WORDS = frozenset(
    ["ministry", "government", "parliament", "congress", "senate", "assembly", "duma", "cabinet",
     "council", "court", "tribunal", "commission", "agency", "service", "office", "department",
     "embassy", "consulate", "army", "navy", "force", "police", "guard", "military", "intelligence",
     "administration", "presidency", "legislature", "junta", "authority", "party", "front",
     "movement", "corps", "command", "republic", "kingdom", "federation"]
)
_LOCATIVE_PREPS = frozenset({"in", "of", "from", "throughout", "across", "inside"})
# Nouns naming the other side of a relation: "Russia's partners" are not Russia.
RELATIONAL_NOUNS = frozenset(
    ["partner", "friend", "counterpart", "ally", "neighbor", "neighbour", "rival", "enemy",
     "adversary", "opponent", "foe", "interlocutor"]
)
_COLLECTIVE_PRONOUNS = frozenset({"it", "its", "they", "their"})
_RELATIVE_PRONOUNS = frozenset({"who"})  # "which"/"that" often hang on the wrong noun
MINTED_ORGANIZATION = "actor/organization/"
_ORG_ENTITY_TYPES = frozenset({"ORG", "NORP", "FAC"})
OBJECT_CONTROL = frozenset(
    {"invite", "urge", "ask", "encourage", "persuade", "allow", "permit", "call", "press", "help", "tell", "force"}
)
# Verbs whose object is kept from doing what their "against"/"from" phrase names ("warned Kyiv
# against joining", "prevented Iran from acquiring"): the object would be the doer.
_DETERRING = frozenset({
    "warn", "caution", "advise", "counsel", "prevent", "stop", "bar", "ban", "block", "deter", "dissuade",
    "discourage", "keep", "prohibit", "restrain", "forbid", "urge",
})
_WARNING = frozenset({"warn", "caution", "advise", "counsel"})


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
    speaker); "he"/"she" the person most likely meant (:func:`resolve_pronoun`);
    "it"/"they" the state, organization or group they refer back to; a group noun
    the actor that modifies it ("Our Cuban friends", "Israel's cabinet"), that it is
    of or in ("rebels in Chad") or, unqualified, the state where its clause takes
    place ("police fired in Lima"); a partitive its members ("scores of Malian
    refugees"); "the two sides" the two states most named before.
    """
    pair = _pair_reference(doc, head, index)
    if pair:
        return pair
    if head.lower_ in _COLLECTIVE_PRONOUNS and head.pos_ == "PRON":
        return [_rebased(doc, m, head) for m in _collective_antecedents(doc, head, index, statements)]
    out: list[ActorMention] = []
    # "Keir Starmer and Emmanuel Macron met": the parser may hang the first name on the second.
    coordinated = [c for c in head.lefts if any(g.dep_ == "cc" for g in c.children)] if subject else []
    for tok in coordinated + [head] + _conjuncts(head):
        found = _actor_of_token(doc, tok, index, statements, we_is_speaker)
        if found is None and subject:
            found = _titled_person(tok, index)
        if found is None:
            continue
        # "U.S. and Russian negotiators": the other members, once the first is known
        # ("Soviet and American troops" stays unknown rather than half known).
        members = [found] + [m for c in _coordinated_members(tok)
                             if (m := _actor_of_token(doc, c, index, statements)) is not None]
        out.extend(m for m in members if all(m.actor.key != o.actor.key for o in out))
    return out


def _coordinated_members(tok: Token) -> list[Token]:
    """The further actors of a plural group: "U.S. and Russian negotiators" (Russian),
    "the presidents of Russia and Azerbaijan", "officials from Mexico and Peru" (the second)."""
    if tok.tag_ not in {"NNS", "NNPS"} or tok.lemma_.lower() not in GROUP_NOUNS | {"side"}:
        return []
    out = [c for m in tok.children if m.dep_ in {"amod", "compound", "nmod"} for c in _conjuncts(m)]
    out += [c for p in tok.children if p.dep_ == "prep" and p.lower_ in _LOCATIVE_PREPS
            for o in p.children if o.dep_ == "pobj" for c in _conjuncts(o)]
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
    """"both countries", "our two countries", "their countries": the two most mentioned so far.

    "The sides", "the parties" are states: a person counts for the state of his role.
    """
    lemma = head.lemma_.lower()
    if lemma not in _PAIR_NOUNS or head.tag_ not in {"NNS", "NNPS"}:
        return []
    if not any(c.lower_ in {"two", "both", "the", "their"} for c in head.children):
        return []  # "both countries", "the two leaders", "the presidents"
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return []  # "the presidents of Russia and Azerbaijan" name their states
    kind = _PAIR_NOUNS[lemma]
    counts: dict[str, tuple[int, ActorMention]] = {}
    for m in index.mentions:
        if m.span.start >= head.idx:
            continue
        if kind is not None and m.actor.kind != kind:
            continue
        if kind is None and m.actor.kind not in {"State", "Person"}:
            continue
        if kind is None and m.actor.kind == "Person" and m.role is not None and m.role.of.kind == "State":
            m = ActorMention(m.role.of, m.span, m.sentence)  # "the sides": Putin's side is Russia
        n, _ = counts.get(m.actor.key, (0, m))
        counts[m.actor.key] = (n + 1, m)
    top = sorted(counts.values(), key=lambda c: -c[0])[:2]
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
        return _state_body(doc, tok, mention, index) or mention
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
    if lower in _COLLECTIVE_PRONOUNS and tok.pos_ == "PRON":
        found = _collective_antecedents(doc, tok, index, statements)
        return _rebased(doc, found[0], tok) if found else None
    if lower in _RELATIVE_PRONOUNS and tok.dep_ in SUBJECT_DEPS and tok.head.dep_ == "relcl":
        # "Ariel Sharon, who has vowed ...": the noun the relative clause is about
        found = _actor_of_token(doc, tok.head.head, index, statements)
        return _rebased(doc, found, tok) if found is not None else None
    if tok.pos_ in {"NOUN", "PROPN", "NUM", "PRON", "ADJ"} and tok.lemma_.lower() in _PARTITIVE_NOUNS:
        for c in tok.children:  # "thousands of Kurdish refugees", "members of the Chilean army"
            if c.dep_ == "prep" and c.lower_ == "of":
                p = next((g for g in c.children if g.dep_ == "pobj"), None)
                found = _actor_of_token(doc, p, index, statements) if p is not None else None
                if found is not None:
                    return _widened(doc, found, tok, p)
    lemma = tok.lemma_.lower()
    if tok.pos_ in {"NOUN", "PROPN"} and (
        lemma in GROUP_NOUNS or lemma in MEANS_NOUNS or lemma in ORGANIZATION_NOUNS or tok.ent_type_ == "NORP"
    ):
        modifiers = [c for c in tok.children if c.dep_ in {"amod", "compound", "poss", "nmod"}]
        modifiers.sort(key=lambda c: c.pos_ == "PRON")  # "Our Cuban friends": Cuban first
        for c in modifiers:
            if _against_or_for(doc, c):
                continue  # "an anti-war journalist", "pro-Iranian militias": not that actor's own
            if c.lower_ == "led" and c.dep_ == "amod":  # "US-led forces": led by the US
                c = next((g for g in c.children if index.at(g) is not None), c)
            if c.dep_ == "poss" and (lemma in RELATIONAL_NOUNS or (
                    c.lower_ in _COLLECTIVE_PRONOUNS and tok.dep_ not in SUBJECT_DEPS)):
                continue  # "its partners" are others; "offered its troops" is no actor of its own
            found = _actor_of_token(doc, c, index, statements)
            if found is not None and (lemma not in ORGANIZATION_NOUNS or found.actor.kind != "State"):
                return _widened(doc, found, c, tok)  # "the NATO alliance", not "a Peruvian organization"
        found = _located_state(index, tok)
        if found is None and not modifiers and tok.lemma_.lower() in DOMESTIC_NOUNS:
            found = _clause_locale(doc, tok, index)
        if found is not None:
            return found
    return _organization_state(doc, tok, index)


def _state_body(doc: Doc, tok: Token, mention: ActorMention, index: ActorIndex) -> ActorMention | None:
    """"the US Congress", "Israel's cabinet": an organization the gazetteer does not know, named
    with the state it belongs to, acts for that state; so does a people named with the state it
    lives in ("Bosnian Serbs")."""
    if _is_people(tok, mention):
        # "Bosnian Serbs", "Albanians in Serbia", "ethnic Albanians rallied in Serbia":
        # a people named with the state it lives in.
        for c in tok.children:
            m = index.at(c) if c.dep_ in {"amod", "compound"} else None
            if m is not None and m.actor.kind == "State" and m.actor.key != mention.actor.key:
                return _widened(doc, m, c, tok)
        found = _located_state(index, tok)
        if found is None and any(c.lower_ == "ethnic" for c in tok.children):
            found = _clause_locale(doc, tok, index)
        return found if found is not None and found.actor.key != mention.actor.key else None
    if not mention.actor.key.startswith(MINTED_ORGANIZATION):
        return None
    start, end = index.tokens_of(mention)
    if not _names_state_body(doc[start:end]):
        return None
    for c in doc[end - 1].children:
        if c.dep_ in {"poss", "compound", "amod", "nmod"} and not start <= c.i < end:
            m = index.at(c)
            if m is not None and m.actor.kind == "State" and not _against_or_for(doc, c):
                return _widened(doc, m, c, doc[end - 1])
    return None


def _is_people(tok: Token, mention: ActorMention) -> bool:
    """Whether ``tok`` is a plural demonym naming a people ("Serbs", "Albanians")."""
    return (
        mention.actor.kind == "State"
        and tok.tag_ in {"NNS", "NNPS"}
        and mention.span.text == tok.text
        and tok.text != mention.actor.label
    )


def _collective_antecedents(
    doc: Doc, tok: Token, index: ActorIndex, statements: list[Statement]
) -> list[ActorMention]:
    """"Syria says it will withdraw its troops": who "it", "its", "they", "their" stand for.

    The subject of the reporting clause for a subject pronoun in a reported clause ("Syria
    says it ..."), the subject of its own clause for a possessive ("Israel mounted its
    invasion"). "It" is never a person; "they" and "their" are persons only when several are
    named ("Putin and Tebboune reaffirmed their intention").
    """
    ant = _antecedent_token(tok)
    if ant is None:
        return []
    found = actors_of_phrase(doc, ant, index, statements, subject=True)
    if tok.lower_ in {"they", "their"} and len(found) > 1:
        return found
    return [m for m in found if m.actor.kind != "Person"]


# Nouns whose "that" clause says what their maker said ("a warning that it would ...").
_SAYING_NOUNS = frozenset({
    "warning", "statement", "assurance", "declaration", "announcement", "pledge", "promise", "threat",
    "message", "ultimatum", "notice",
})


def _antecedent_token(tok: Token) -> Token | None:
    """The subject phrase head a collective pronoun refers back to (see above)."""
    subj = None
    if tok.dep_ in SUBJECT_DEPS:
        cur = tok.head  # a reported or complement clause, not "... when they oppose it"
        if cur.dep_ == "acl" and cur.head.lemma_.lower() in _SAYING_NOUNS and cur.head.head.pos_ in {"VERB", "AUX"}:
            # "issued a warning that it would not tolerate X": the issuer
            subj = next((c for c in cur.head.head.children if c.dep_ in SUBJECT_DEPS), None)
        elif cur.dep_ not in {"ccomp", "xcomp", "conj"}:
            return None
        while subj is None and cur.dep_ in {"ccomp", "xcomp", "conj"} and cur.head.i != cur.i:
            cur = cur.head
            subj = next((c for c in cur.children if c.dep_ in SUBJECT_DEPS), None)
    elif tok.dep_ == "poss" and (answering := _answering_for(tok)) is not None:
        subj = answering  # "impose costs on Russia for its invasion", "thanked X for its support": X's
    elif tok.dep_ == "poss":
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subj = subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subj is not None and (subj.i == tok.i or tok.i in {t.i for t in subj.subtree}):
            subj = None
    if subj is not None and subj.lower_ in _COLLECTIVE_PRONOUNS:
        return _antecedent_token(subj)
    if subj is not None and subj.pos_ == "PRON":
        return None  # "we ... they": not the same
    return subj


def _named_after_title(subj: Token) -> bool:
    """A name given after its holder's title and a comma ("Special Assistant to the President and
    Coordinator for the Southwest Border, Ambassador Roberta Jacobson traveled"), which the parser
    takes for a second subject."""
    before = subj.left_edge.i - 1
    return subj.pos_ == "PROPN" and before >= 0 and subj.doc[before].text == ","


def _answering_for(poss: Token) -> Token | None:
    """Whom a "for its ..." phrase holds to account or thanks: the object of its verb, or the
    object of "on"/"against" ("impose costs on Russia for its invasion", "thanked X for its
    support"), or the subject held "accountable" ("hold Russia accountable for its actions")."""
    noun = poss.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    head = prep.head
    if head.pos_ == "ADJ":  # "hold Russia accountable for its ...": the small clause's subject
        candidates = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    elif head.pos_ == "VERB":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        candidates = objects + [p for h in (head, *objects) for c in h.children
                                if c.dep_ == "prep" and c.lower_ in {"on", "against"}
                                for p in c.children if p.dep_ == "pobj"]
    else:
        return None
    named = [c for c in candidates if c.pos_ == "PROPN"] + [c for c in candidates if c.pos_ == "NOUN"]
    return named[0] if named else None


def _against_or_for(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is the second half of "anti-X" or "pro-X"."""
    before = doc_text(doc)[max(0, tok.idx - 5) : tok.idx].lower()
    return before.endswith(("anti-", "pro-", "anti", "pro"))


def _rebased(doc: Doc, found: ActorMention, tok: Token) -> ActorMention:
    """``found``'s actor, mentioned by the pronoun ``tok``."""
    return ActorMention(
        found.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok), found.role
    )


def _widened(doc: Doc, found: ActorMention, a: Token, b: Token) -> ActorMention:
    """``found`` re-anchored on the phrase from ``a`` to ``b`` (either order)."""
    first, last = (a, b) if a.i <= b.i else (b, a)
    return ActorMention(
        found.actor, span_of(doc, first.idx, last.idx + len(last.text)), sentence_span(b), found.role
    )


def _located_state(index: ActorIndex, tok: Token) -> ActorMention | None:
    """"rebels in Chad", "the government of Peru", "police in Lima": the state a group is of or in.

    A title that names its holder ("the President of Cuba Miguel Diaz-Canel") is left to the person.
    """
    if tok.lemma_.lower() in ROLE_NOUNS and _names_person(tok, index):
        return None
    if tok.lemma_.lower() in MEANS_NOUNS:
        return None  # "helicopters in Bosnia", "strikes in Syria": where, not whose
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in _LOCATIVE_PREPS:
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            m = index.at(p) or _actor_of_token(tok.doc, p, index, []) or _place_state(index, p)
            if m is not None and m.actor.kind == "State":
                return _widened(tok.doc, m, tok, p)
    return None


def _names_person(tok: Token, index: ActorIndex) -> bool:
    return any((m := index.at(t)) is not None and m.actor.kind == "Person" for t in tok.subtree)


BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})


def _place_state(index: ActorIndex, place: Token) -> ActorMention | None:
    """"the Syrian Golan Heights", "the Iraqi port of Basra": the state a named place is said to be of.
    A border is not in the state it is named after ("a stronghold on the Thai border")."""
    if place.lemma_.lower() in BORDER_NOUNS:
        return None
    for c in place.children:
        m = index.at(c) if c.dep_ in {"amod", "compound"} else None
        if m is not None and m.actor.kind == "State":
            return m
    return None


def _clause_locale(doc: Doc, tok: Token, index: ActorIndex) -> ActorMention | None:
    """"Police fired tear gas in Lima": the state where the clause of ``tok`` takes place."""
    verb = tok.head
    if tok.dep_ not in SUBJECT_DEPS | {"dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    for p in _locale_objects(verb, depth=2):
        # "at a jail in East Timor's capital Dili": the state named anywhere in the place phrase
        m = next((m for t in p.subtree if (m := index.at(t)) is not None and m.actor.kind == "State"), None)
        if m is not None:
            return ActorMention(m.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok))
    return None


def _locale_objects(head: Token, depth: int) -> list[Token]:
    """Objects of "in"/"at" phrases under ``head``, nested ``depth`` deep ("in a gunbattle in Chad")."""
    out = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in _LOCALE_PREPS:
            for p in c.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    if depth > 1:
                        out.extend(_locale_objects(p, depth - 1))
    return out


def _organization_state(doc: Doc, tok: Token, index: ActorIndex) -> ActorMention | None:
    """"the Chilean Supreme Court", "the Peruvian Army": a named state body the gazetteer does
    not know, whose name begins with a state or organization it knows, acts for that one."""
    if tok.ent_type_ not in _ORG_ENTITY_TYPES:
        return None
    start, end = tok.i, tok.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    for t in doc[start : tok.i]:
        m = index.at(t)
        if m is None or m.actor.kind == "Person":
            continue
        if m.actor.kind == "State" and not _names_state_body(doc[start:end]):
            return None  # "the American College of ...", "the U.S. Chamber of Commerce": their own
        return _widened(doc, m, t, tok)
    return None


def _names_state_body(tokens) -> bool:
    return any(t.lemma_.lower() in STATE_BODY_WORDS or t.lower_ in STATE_BODY_WORDS
               or t.lemma_.lower() in ROLE_NOUNS for t in tokens)


# Nouns whose infinitive says what they are: "efforts to de-escalate", "a decision to withdraw".
_AIMED_NOUNS = frozenset({
    "effort", "step", "measure", "attempt", "decision", "plan", "initiative", "move", "bid", "push",
    "campaign", "work", "action", "call", "proposal", "offer", "readiness", "intention", "commitment",
    "determination", "desire", "willingness", "resolve", "pledge", "promise", "agreement",
})


def phrase_span(doc: Doc, head: Token) -> Span:
    """Text of a noun phrase, cut before relative clauses and appositions; a whole phrase (see
    :mod:`diplograph.extract.phrases`): hyphenated words whole, an infinitive with its object
    after an inserted adjunct, no trailing function word."""
    tokens = [head]
    # an infinitive keeps the actions conjoined with it: "to adopt and maintain high standards"
    joined = {t.i for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and head.pos_ == "VERB"
              and c.i > head.i for t in c.subtree} | {c.i for c in head.children if c.dep_ == "cc"
                                                       and head.pos_ == "VERB" and c.i > head.i}
    for c in head.children:
        if c.dep_ in {"relcl", "acl"} and c.i > head.i and c.lower_ not in {"imposed", "titled"} and not (
                head.pos_ == "NOUN" and head.lemma_.lower() in _AIMED_NOUNS and c.dep_ == "acl" and infinitival(c)):
            continue  # (but "efforts to de-escalate tensions": what the efforts are for is their content)
        if c.dep_ in {"appos", "punct", "cc", "conj"} and c.i > head.i and c.i not in joined:
            continue
        tokens.extend(c.subtree)
    tokens = whole_words(sorted(tokens, key=lambda t: t.i))
    # stop at the first comma after the head (or, in joined actions, one that ends them)
    kept = []
    for t in tokens:
        if t.i > head.i and t.text in {",", ";", "—", "("} and not (t.text == "," and t.i + 1 in joined):
            break
        kept.append(t)
    start = kept[0]
    while start.dep_ == "det" and len(kept) > 1 and start.lower_ in {"the", "a", "an", "this", "these", "those"}:
        kept = kept[1:]
        start = kept[0]
    if head.pos_ == "VERB":
        kept = object_after_insertion(head, kept)
    kept = without_trailing_function_words(kept)
    end = kept[-1]
    return span_of(doc, start.idx, end.idx + len(end.text))


def reduced_relative(subjects: list[Token]) -> bool:
    """Whether the nearer of two subjects of one verb is the one that acts: the subject of a reduced
    relative clause after its fronted object ("the assistance the United States is providing"), or a
    pronoun after a vocative ("Mr President, I would like ..."); not an apposition after a comma."""
    if len(subjects) < 2:
        return False
    if subjects[-1].pos_ == "PRON" and subjects[-1].lower_ in {"i", "we", "he", "she", "they"}:
        return True  # "Mr President, I would like to congratulate you": a vocative before the subject
    start = subjects[-1].left_edge.i
    return start > 0 and not subjects[-1].doc[start - 1].is_punct


def subject_of(tok: Token) -> Token | None:
    """Nearest grammatical subject governing ``tok`` (climbing xcomp/prep/conj chains)."""
    cur: Token | None = tok
    participle = False
    for _ in range(6):
        if cur is None:
            return None
        subjects = [c for c in cur.children if c.dep_ in SUBJECT_DEPS and c.i < cur.i] or [
            c for c in cur.children if c.dep_ in SUBJECT_DEPS] or _subjects_on_auxiliary(cur)
        if subjects:
            # "the aid the United States is providing" parsed with two subjects: the nearer one
            # does it, the farther one is the fronted object of a reduced relative clause (not
            # "Members of X, a body linked to Y, investigated": an apposition after a comma)
            if len(subjects) > 1 and _named_after_title(subjects[-1]):
                return subjects[-1]  # "Special Assistant to the President, Ambassador X traveled": X
            return subjects[-1] if reduced_relative(subjects) else subjects[0]
        if cur.dep_ in {"ROOT"} or cur.head is cur:
            return None
        if cur.dep_ == "advcl" and cur.tag_ == "VBG" and all(
                c.lower_ in {"while", "when", "after", "before"} for c in cur.children if c.dep_ == "mark"):
            cur = cur.head  # "..., condemning the policy", "while emphasizing the need": the main subject
            participle = True
            continue
        if participle and cur.dep_ == "advcl" and infinitival(cur):
            cur = cur.head  # "expressed support for X to protect Y, condemning Z": hung on the purpose clause
            continue
        if cur.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            # "plans for Prime Minister Modi to visit": the object of "for" does the visiting
            found = next((p for c in cur.head.children if c.dep_ == "prep" and c.lower_ == "for"
                          for p in c.children if p.dep_ == "pobj" and p.i < cur.i), None)
            if found is None and cur.head.lemma_.lower() == "invitation" and cur.head.dep_ == "dobj" and (
                    cur.head.head.lemma_.lower() in {"accept", "receive", "welcome"}):
                cur = cur.head.head  # "accepted an invitation to visit Israel": who accepted visits
                continue
            return found
        if cur.dep_ in {"ccomp", "advcl", "relcl", "parataxis", "acl"}:
            return None
        if _deterred_act(cur):
            return _deterred(cur.head.head)
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in OBJECT_CONTROL:
            # "Trump invited Xi to visit": the object of invite/urge/ask does the visiting.
            obj = next((c for c in cur.head.children if c.dep_ in {"dobj", "dative"}), None)
            if obj is not None:
                return obj
        cur = cur.head
    return None


def _subjects_on_auxiliary(verb: Token) -> list[Token]:
    """A subject the parser hung on the verb's auxiliary ("The United Kingdom and France however
    have opposed ...": "Kingdom" under "have")."""
    return [s for a in verb.children if a.dep_ in {"aux", "auxpass"} and a.i < verb.i
            for s in a.children if s.dep_ in SUBJECT_DEPS]


def _deterred_act(act: Token) -> bool:
    """"(warned Kyiv) against joining", "(prevented Iran) from acquiring": an act a deterring verb
    keeps its object (or whoever is warned) from doing."""
    prep = act.head
    return (act.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in {"against", "from"}
            and prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in _DETERRING
            and (prep.lower_ == "from" or prep.head.lemma_.lower() in _WARNING | {"urge"}))


def kept_from(tok: Token) -> bool:
    """Whether ``tok``'s clause is an act someone is warned against or kept from ("warned Kyiv
    against pressing X", "bars the agency from pushing contractors"): the would-be doer holds no
    stance in it."""
    cur = tok
    for _ in range(6):
        if any(c.dep_ in SUBJECT_DEPS for c in cur.children) or _subjects_on_auxiliary(cur):
            return False
        if _deterred_act(cur):
            return True
        if cur.dep_ in {"ROOT", "ccomp", "advcl", "relcl", "parataxis", "acl"} or cur.head is cur:
            return False
        cur = cur.head
    return False


def _deterred(verb: Token) -> Token | None:
    """Who is kept from the act: the deterring verb's object ("warned the United States against
    deploying"), its passive subject ("was barred from entering"); for an active verb with neither
    ("warned against deploying") no one named, never the warner."""
    return next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def is_negated(tok: Token) -> bool:
    """A "not"/"never"/"no" on the token or on its governing verb."""
    for t in (tok, tok.head):
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.lower_ in {"never", "no"} and c.dep_ in {"advmod", "det"} for c in t.children):
            return True
    return False
