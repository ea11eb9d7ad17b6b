"""The modality of an event (negated, hypothetical, planned, historical) and its date expression.

:func:`modality_of` reads the trigger's clause and the words governing it
(:func:`governing_chain`); historical is decided with the date
(:func:`is_historical`), from the date expression nearest the trigger in its
clause (:func:`date_expression`) resolved against the article date.
"""

from __future__ import annotations

import itertools
from datetime import date

from spacy.tokens import Doc, Span, Token

from diplograph.extract.dates import latest_year, resolve_date

# Verbs, adjectives and nouns that put the event they govern in the future ("plans to visit").
PLANNING_VERBS = frozenset({
    "plan", "intend", "expect", "hope", "prepare", "propose", "schedule", "aim", "seek", "want",
    "look", "agree", "invite", "promise", "pledge", "vow", "consider", "decide", "offer", "wish",
    "mull", "weigh", "arrange", "threaten", "set", "poise", "try", "attempt", "swear",
})
_PLANNING_ADJ = frozenset(
    {"due", "set", "ready", "willing", "prepared", "poised", "eager", "keen", "about", "open"}
)
_PLANNING_NOUNS = frozenset({
    "plan", "preparation", "invitation", "intention", "prospect", "agenda", "offer",
    "idea", "bid", "effort", "attempt", "aim", "goal", "readiness", "willingness", "intent",
})
# Requests put the event in someone else's hands: not asserted, not planned by the speaker.
_REQUEST_VERBS = frozenset({
    "urge", "ask", "demand", "press", "push", "appeal", "suggest", "recommend", "call", "encourage",
    "advise", "need", "insist", "require",
})
_REQUEST_NOUNS = frozenset({
    "call", "request", "demand", "appeal", "proposal", "suggestion", "need", "possibility", "option",
})
# Governing words that say the event did not (or will not) take place.
_NEGATING_VERBS = frozenset({
    "cancel", "postpone", "refuse", "fail", "deny", "decline", "reject", "block", "prevent", "veto",
    "halt", "scrap", "abandon", "delay", "stop", "avoid", "refute", "dismiss", "oppose", "bar",
    "forbid", "shelve", "suspend", "resist", "boycott", "skip", "miss", "refrain", "abstain", "desist",
    "prohibit", "deter", "dissuade", "discourage",
})
_NEGATING_NOUNS = frozenset({
    "cancellation", "postponement", "refusal", "failure", "denial", "rejection", "absence", "lack",
    "veto", "delay", "suspension", "collapse", "breakdown",
})
_NEGATING_PHRASALS = {("call", "off"), ("put", "off"), ("rule", "out"), ("pull", "out"), ("back", "out"), ("hold", "back")}
# Warnings: what one is warned against ("warned X against deploying") has not happened.
WARNING_WORDS = frozenset({"warn", "caution", "advise", "counsel", "warning", "caveat"})
# "X is out of the question", "X is off the table", "X is not on the table": X will not happen.
_RULED_OUT_PREDICATES = frozenset({("out", "question"), ("off", "table")})
_NEGATIVE_DETS = frozenset({"no", "neither", "nor", "none", "nobody", "nothing", "never"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})
_MODAL_AUX = frozenset({"would", "could", "might", "may", "should", "can", "ca", "must", "ought"})
_HYPOTHETICAL_ADJ = frozenset({
    "possible", "likely", "unlikely", "probable", "conceivable", "hypothetical", "unclear",
    "uncertain", "doubtful", "potential", "eventual",
})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_FUTURE_ADJ = frozenset({
    "upcoming", "planned", "forthcoming", "next", "future", "proposed", "expected", "scheduled",
    "prospective", "coming", "anticipated", "mooted", "would-be",
})
_FUTURE_DATE_WORDS = frozenset({"next", "tomorrow", "coming", "later", "upcoming"})
_HISTORY_NOUNS = frozenset({"anniversary", "memory", "history", "legacy", "commemoration", "jubilee"})
_ERA_NOUNS = frozenset({"war", "revolution", "era", "period", "occupation", "crisis", "empire", "union"})
# Clause links the modality of a governing word does not cross (reported speech, finite relatives).
_CLAUSE_BREAKS = frozenset({"ccomp", "parataxis", "csubj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
# Edges along which the governing word takes the event as its complement.
_COMPLEMENT_DEPS = frozenset({
    "xcomp", "dobj", "nsubjpass", "pcomp", "pobj", "oprd", "attr", "acomp", "dative", "compound", "amod",
})
_COMPLEMENT_PREPS = frozenset({"for", "to", "on", "from", "of", "about", "towards", "toward"})
_OCCUR_VERBS = frozenset({
    "take", "happen", "occur", "go", "materialize", "materialise", "proceed", "convene", "start",
    "begin", "open",
})
_DENYING_VERBS = frozenset({"deny", "refute", "dismiss", "reject"})
# Factive words presuppose what they govern ("thanked X for hosting the talks"): the modality of
# what governs them ("would like to thank", "did not thank") does not reach down.
_FACTIVE = frozenset({
    "thank", "congratulate", "praise", "commend", "regret", "condemn", "appreciate", "grateful",
    "thankful", "criticize", "criticise", "blame", "apologize", "apologise", "denounce", "applaud", "hail",
})
# Embedded clauses whose dates are their own.
_EMBEDDED_DEPS = frozenset({"ccomp", "relcl", "advcl", "parataxis", "csubj", "acl"})

NOMINAL = frozenset({"NOUN", "PROPN"})


def modality_of(tok: Token, published: date | None = None) -> str:
    """asserted | planned | hypothetical | negated, from the trigger's clause and the words governing it.

    Historical is decided later, with the date (``is_historical``).
    """
    chain = governing_chain(tok)
    if _negated(tok, chain):
        return "negated"
    if _hypothetical(tok, chain):
        return "hypothetical"
    if _planned(tok, chain):
        return "planned"
    return "asserted"


def governing_chain(tok: Token) -> list[Token]:
    """``tok`` and the words above it in its clause (through xcomp, prep, dobj, shared conj, ...).

    Climbing stops at reported speech (ccomp, parataxis), at finite relative
    clauses, at a conjunct with its own subject or auxiliary ("met X but will") and
    below a factive word ("thank X for hosting").
    """
    chain = [tok]
    cur = tok
    while cur.head.i != cur.i and len(chain) < 10:
        if cur.dep_ in _CLAUSE_BREAKS | {"relcl", "acl"} and not infinitival(cur):
            break
        if cur.dep_ == "conj" and not _shares_clause(cur):
            break
        if is_word(cur.head, _FACTIVE):
            break
        cur = cur.head
        chain.append(cur)
    return chain


def infinitival(tok: Token) -> bool:
    """"calls to impose sanctions", "expect X to visit": a to-infinitive, unlike a finite or
    participial clause ("the treaty signed in 1997", "that Putin met") that asserts on its own."""
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _shares_clause(conj: Token) -> bool:
    """A conjunct without its own subject or auxiliary, not contrasted by "but": it shares the head's.
    The "to" of an infinitive conjoined to an infinitive is not its own ("urged X to enable ... and
    to withdraw ...": both are asked)."""
    own = any(
        c.dep_ in _SUBJECT_DEPS | {"aux", "auxpass", "neg"}
        and not (c.dep_ == "aux" and c.lower_ == "to" and infinitival(conj.head))
        for c in conj.children
    )
    contrast = any(
        c.dep_ in {"cc", "preconj"} and c.lower_ in {"but", "yet", "instead"} and c.i < conj.i
        for c in conj.head.children
    )
    return conj.pos_ not in {"VERB", "AUX"} or not (own or contrast)


def scope_of(chain: list[Token]) -> list[Token]:
    """The prefix of ``chain`` each of whose words governs the previous one as a complement.

    Negation reaches along this path only: "did not attend the summit" negates
    the summit, "did not speak at the summit" does not.
    """
    out = [chain[0]]
    for prev, t in itertools.pairwise(chain):
        if not _complement_edge(prev, t):
            break
        out.append(t)
    return out


def _complement_edge(child: Token, head: Token) -> bool:
    """Whether ``child`` is a complement of ``head`` (its object, infinitive, "of"/"for"/"from" phrase)."""
    if child.dep_ in _COMPLEMENT_DEPS:
        return True
    if child.dep_ in {"relcl", "acl", "ccomp"}:
        return infinitival(child)
    if child.dep_ == "advcl":  # "called for Russia to withdraw", "pushing for the US (to) support it"
        return any(c.dep_ == "mark" and c.lower_ == "for" for c in child.children)
    if child.dep_ in {"prep", "agent"}:
        return child.lower_ in _COMPLEMENT_PREPS
    if child.dep_ == "conj":
        return _shares_clause(child)
    if child.dep_ == "nsubj":  # "the summit did not take place"
        return is_word(head, _OCCUR_VERBS)
    return False


def _negated(tok: Token, chain: list[Token]) -> bool:
    """A negation, a negating verb or noun ("refused to", "cancellation of") or "without" in scope."""
    scope = scope_of(chain)
    for prev, t in zip([None, *scope], scope):
        if _has_negation(t) or (t.dep_ == "prep" and t.lower_ == "without") or _instead_of(t):
            return True
        if t.i != tok.i and prev is not None and prev.dep_ != "conj" and _negating(t) and not _resisted(prev, t):
            return True  # (not "refraining from force and recognizing X": a parallel act)
    if any(t.dep_ in _SUBJECT_DEPS and ruled_out(t.head) for t in chain):
        return True  # "lifting the sanctions is out of the question"
    last = scope[-1]
    return last is chain[-1] and last.dep_ == "ccomp" and is_word(last.head, _DENYING_VERBS)


def ruled_out(pred: Token) -> bool:
    """"is out of the question", "remains off the table", "is not on the table", "was taken off
    the table": the predicate says its subject will not happen ("is not off the table" is still
    possible)."""
    negated = any(c.dep_ == "neg" for c in pred.children)
    for prep in (c for c in pred.children if c.dep_ in {"prep", "advmod", "prt"}):
        inner = [prep, *(c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of")]
        for obj in (o for p in inner for o in p.children if o.dep_ == "pobj"):
            pair = (prep.lower_, obj.lemma_.lower())
            if pair in _RULED_OUT_PREDICATES and not negated:
                return True
            if pair == ("on", "table") and negated:
                return True
    return False


def warned(tok: Token) -> bool:
    """Whether what ``tok`` names is warned against ("warned Kyiv against joining NATO"): no one
    announces it, least of all the warner."""
    chain = governing_chain(tok)
    return any(warned_against(prev, t) for prev, t in itertools.pairwise(chain))


def warned_against(prev: Token, t: Token) -> bool:
    """"warned (X) against deploying", "a warning against escalation": ``prev`` is the "against"
    phrase of a warning word ``t``."""
    return prev.dep_ == "prep" and prev.lower_ == "against" and t.pos_ in {"VERB", "NOUN"} and is_word(t, WARNING_WORDS)


_RESISTING = frozenset({"resist", "oppose", "withstand", "repel", "repulse", "counter", "fight"})


def _resisted(prev: Token, t: Token) -> bool:
    """"as Ukraine continues to resist Russia's aggression": an act resisted or opposed as its object
    noun is going on (unlike "resisted going", "opposed holding the summit")."""
    return is_word(t, _RESISTING) and prev.dep_ == "dobj" and prev.pos_ == "NOUN"


def _negating(t: Token) -> bool:
    """"cancel", "refuse", "call off", "postponement": the event governed did not take place."""
    if t.pos_ == "VERB" and (is_word(t, _NEGATING_VERBS) or _negating_phrasal(t)):
        return True
    return t.pos_ == "NOUN" and t.lemma_.lower() in _NEGATING_NOUNS


def _negating_phrasal(t: Token) -> bool:
    """"called off", "ruled out", "put off"."""
    lemma = t.lemma_.lower()
    return any(c.dep_ == "prt" and (lemma, c.lower_) in _NEGATING_PHRASALS for c in t.children)


def _has_negation(t: Token) -> bool:
    """"not"/"never" on ``t`` (not "not only"), or a negative determiner on it or its arguments."""
    for c in t.children:
        if c.dep_ == "neg" and not _not_only(c):
            return True
        if c.dep_ == "advmod" and c.lower_ == "never":
            return True
        if c.dep_ in {"det", "preconj"} and c.lower_ in _NEGATIVE_DETS:
            return True
        if c.dep_ in _ARGUMENT_DEPS and _negative_phrase(c):
            return True
    return False


def _negative_phrase(arg: Token) -> bool:
    """"no talks", "neither France nor Germany", "nobody"."""
    if arg.lower_ in {"nobody", "nothing", "none"}:
        return True
    return any(c.dep_ in {"det", "preconj"} and c.lower_ in _NEGATIVE_DETS for c in arg.children)


def _not_only(neg: Token) -> bool:
    """"not only ... but also" affirms."""
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in {"only", "just", "merely"}


def _instead_of(t: Token) -> bool:
    """"instead of meeting", "rather than signing"."""
    if t.dep_ != "prep" or t.i == 0:
        return False
    before = t.nbor(-1).lower_
    return (t.lower_, before) in {("of", "instead"), ("than", "rather")}


def _hypothetical(tok: Token, chain: list[Token]) -> bool:
    """Conditional or possible: "if"/"unless"/"whether", a modal, a governing "if" clause, "possible",
    or a request ("urged X to impose")."""
    for prev, t in zip([None, *chain], chain):
        for c in t.children:
            if _condition_mark(c):
                return True
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in _MODAL_AUX:
                return True
            if c.dep_ == "advcl" and _conditional_clause(c):
                return True
            if c.dep_ in {"acomp", "attr"} and c.lower_ in _HYPOTHETICAL_ADJ:
                return True
        if prev is not None and _complement_edge(prev, t) and _requesting(t):
            return True
        if prev is not None and warned_against(prev, t):
            return True
    if tok.pos_ in NOMINAL and any(c.dep_ == "amod" and c.lower_ in _HYPOTHETICAL_ADJ for c in tok.children):
        return True  # "a possible meeting"
    if any(t.lemma_.lower() in {"event", "case"} and t.dep_ == "pobj" and t.head.lower_ == "in" for t in chain[1:]):
        return True  # "in the event of a further incursion", "in case of an attack"
    return is_question(chain[-1]) or _demanded_clause(chain[-1]) or any(_condition_clause(t) for t in chain)


def _condition_mark(c: Token) -> bool:
    """"if", "unless", "whether" ... marking a clause (not a concessive "even if")."""
    return c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS and not _concessive(c)


_CONDITION_HEADS = frozenset({"condition", "precondition", "proviso", "provided", "providing"})


def _condition_clause(head: Token) -> bool:
    """"on the condition that the West removes its restrictions", "provided that Kiev withdraws",
    "as long as Washington lifts the embargo": a clause stating a condition, not a fact."""
    gov = head.head
    if head.dep_ in {"acl", "ccomp", "pcomp", "advcl"} and gov.i < head.i and (
        gov.lemma_.lower() in _CONDITION_HEADS or gov.lower_ in _CONDITION_HEADS
    ):
        return True
    return any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i > 0 and c.nbor(-1).lower_ == "long"
        and c.nbor(-1).i > 0 and c.nbor(-1).nbor(-1).lower_ in {"as", "so"}
        for c in head.children
    )


def in_condition(tok: Token) -> bool:
    """Whether ``tok`` is inside a condition ("if the West lifts its sanctions", "unless Kiev
    withdraws", "on the condition that X removes ..."): what another party has to do first, no
    intent of that party."""
    chain = governing_chain(tok)
    if any(_condition_mark(c) for t in chain for c in t.children):
        return True
    return any(_condition_clause(t) for t in chain)


def requested(tok: Token) -> bool:
    """Whether what ``tok`` names is asked of someone ("urged China to impose", "called on X to
    withdraw", "demanded that the US lift"): the asked party announces nothing."""
    chain = governing_chain(tok)
    if any(prev is not None and _complement_edge(prev, t) and _requesting(t) and t.pos_ != "ADJ"
           for prev, t in zip([None, *chain], chain)):
        return True
    return _demanded_clause(chain[-1]) or _obliged_other(chain)


def _obliged_other(chain: list[Token]) -> bool:
    """"Hamas must release the hostages": what someone other than the speakers must do is asked of
    them, not announced by them ("we must act" stays the speakers' own)."""
    for t in chain:
        if t.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in t.children):
            subj = next((c for c in t.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            return subj is not None and subj.lower_ not in {"i", "we", "us"}
    return False


def _demanded_clause(head: Token) -> bool:
    """"demanded that the US lift ...", "reiterated its demand that Israel ease ...", "its call that
    Kyiv withdraw ...": a that-clause saying what is asked for (the chain stops at the clause)."""
    if head.dep_ not in {"ccomp", "acl"} or head.pos_ not in {"VERB", "AUX"}:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return False
    gov = head.head
    if _requesting(gov) and gov.pos_ != "ADJ":
        return True
    return gov.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in _REQUEST_NOUNS for c in gov.children
    )


def is_question(head: Token) -> bool:
    """The clause ends in a question mark: it asks, it does not report."""
    last = max(head.subtree, key=lambda t: t.i)
    return last.text == "?" or (last.i + 1 < len(head.doc) and head.doc[last.i + 1].text == "?")


def _requesting(t: Token) -> bool:
    """"urge", "call for", "demand", "possibility": what is asked for has not happened."""
    if t.pos_ == "VERB":
        return is_word(t, _REQUEST_VERBS)
    if t.pos_ == "NOUN":
        return t.lemma_.lower() in _REQUEST_NOUNS
    return t.pos_ == "ADJ" and t.lower_ in _HYPOTHETICAL_ADJ


def _conditional_clause(clause: Token) -> bool:
    """An adverbial clause opened by "if"/"unless" (not "even if")."""
    return any(
        c.dep_ == "mark" and c.lower_ in {"if", "unless"} and not _concessive(c) for c in clause.children
    )


def _concessive(mark: Token) -> bool:
    """"even if", "as if": the main clause still holds."""
    return mark.i > 0 and mark.nbor(-1).lower_ in {"even", "as"}


def _planned(tok: Token, chain: list[Token]) -> bool:
    """Future or intended: "will", "going to", a planning verb, adjective or noun governing it,
    a purpose clause ("to meet Xi"), "upcoming"."""
    for prev, t in zip([None, *chain], chain):
        if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _FUTURE_AUX for c in t.children):
            return True
        if prev is not None and _complement_edge(prev, t) and _planning(t):
            return True
        if prev is not None and _committing(prev, t):
            return True
        if t.dep_ == "advcl" and infinitival(t) and effort_for(t) is None:
            return True  # "travelled to Beijing to meet Xi": a purpose (not "doing their best to evacuate")
        if t.lemma_ == "be" and any(
            c.dep_ in _SUBJECT_DEPS and c.lemma_.lower() in _PLANNING_NOUNS for c in t.children
        ):
            return True  # "the plan is to visit", "preparations are under way for a visit"
    return tok.pos_ in NOMINAL and any(
        c.dep_ in {"amod", "compound", "nummod"} and c.lower_ in _FUTURE_ADJ for c in tok.children
    )


def effort_for(tok: Token) -> Token | None:
    """The verb of the effort ``tok`` is made for ("are doing their best to evacuate", "are making
    every effort to deliver"): its subject is the doer of ``tok``."""
    if not (tok.dep_ in {"advcl", "relcl", "acl", "xcomp"} and infinitival(tok)):
        return None
    head = tok.head
    if head.pos_ == "NOUN" and head.lemma_.lower() == "effort" and head.dep_ == "dobj":
        head = head.head  # "making every effort to deliver"
    efforts = {"best", "utmost", "effort", "efforts"}
    if head.lemma_.lower() in {"do", "make"} and any(c.dep_ == "dobj" and c.lower_ in efforts for c in head.children):
        return head
    return None


def _committing(prev: Token, t: Token) -> bool:
    """"commits to remove its tariffs", "committed to deepening ties": a commitment announces the
    action (not "committed aggression", whose object happened)."""
    if t.pos_ != "VERB" or t.lemma_.lower() != "commit":
        return False
    return (prev.dep_ == "xcomp" and infinitival(prev)) or (prev.dep_ == "prep" and prev.lower_ == "to")


def _planning(t: Token) -> bool:
    """"plans to", "is expected to", "is going to", "is due to", "plans for", "invitation to"."""
    if t.pos_ == "VERB":
        going_to = t.lemma_ == "go" and t.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in t.children)
        return going_to or is_word(t, PLANNING_VERBS)
    if t.pos_ == "ADJ":
        return t.lower_ in _PLANNING_ADJ
    return t.pos_ == "NOUN" and t.lemma_.lower() in _PLANNING_NOUNS


def is_word(t: Token, words: frozenset[str]) -> bool:
    """Lemma or surface form in ``words`` (tolerates lemmatizer slips such as "hopes" -> "hop")."""
    lower = t.lower_
    if t.lemma_.lower() in words or lower in words:
        return True
    return any(lower.endswith(s) and lower[: -len(s)] in words for s in ("s", "d", "ed", "ing"))


def progressive_or_present(tok: Token) -> bool:
    return tok.tag_ in {"VBG", "VBZ", "VBP"} and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children) or tok.tag_ in {"VBZ", "VBP"}




def date_expression(doc: Doc, tok: Token, published: date | None) -> Span | None:
    """The date expression of the trigger's own clause (nearest first), else of the word it modifies.

    Dates inside embedded clauses (relative, reported, adverbial) belong to those clauses.
    """
    sent = tok.sent
    ents = [doc[a:b] for a, b in _date_ents(doc) if a >= sent.start and b <= sent.end]
    own = _clause_of(tok)
    for clause in (own, _extended_clause(tok)):
        found = [e for e in ents if e.start in clause and _usable(e, published)]
        if found:
            return min(found, key=lambda e: abs(e.start - tok.i))
    for t in tok.subtree:  # "today", "as of this writing" when not tagged as a date
        if t.i in own and t.lower_ in {"today", "yesterday", "tomorrow", "writing"}:
            return doc[t.i : t.i + 1]
    return None




def _date_ents(doc: Doc) -> list[tuple[int, int]]:
    """Token bounds of the DATE and TIME entities of ``doc``, found once per Doc (``doc.ents``
    builds every entity Span anew)."""
    cached = doc.user_data.get("dg_date_ents")
    if cached is None:
        cached = [(e.start, e.end) for e in doc.ents if e.label_ in {"DATE", "TIME"}]
        doc.user_data["dg_date_ents"] = cached
    return cached


def _usable(span: Span, published: date | None) -> bool:
    return resolve_date(span.text, published) is not None or latest_year(span.text, published) is not None


def _clause_of(tok: Token) -> set[int]:
    """Token indices of ``tok``'s subtree outside embedded clauses."""
    return {t.i for t in tok.subtree if not _embedded(t, tok)}


def _embedded(t: Token, top: Token) -> bool:
    """Whether ``t`` lies in a clause embedded below ``top``; a noun's own relative clause
    ("the meeting held on November 12"), unlike its purpose ("a meeting to discuss 2022"),
    describes the noun and is not embedded."""
    cur = t
    while cur.i != top.i:
        own_modifier = (
            cur.head.i == top.i
            and top.pos_ in NOMINAL
            and cur.dep_ in {"acl", "relcl"}
            and not infinitival(cur)
        )
        if not own_modifier and (cur.dep_ in _EMBEDDED_DEPS or (cur.dep_ == "conj" and cur.pos_ == "VERB")):
            return True
        cur = cur.head
    return False


def _extended_clause(tok: Token) -> set[int]:
    """The clause of the verb a noun trigger depends on ("held talks on Tuesday"), or of the noun a
    participle modifies ("the 1997 treaty signed by ...")."""
    head = tok.head
    if tok.pos_ in NOMINAL and head.pos_ in {"VERB", "AUX", "ADP"}:
        while head.pos_ == "ADP" and head.head.i != head.i:
            head = head.head
        return _clause_of(head) if head.pos_ in {"VERB", "AUX"} else set()
    if tok.dep_ in {"acl", "relcl"}:
        return {t.i for t in head.subtree if not _embedded(t, head)}
    return set()


def resolve_expression(expr: Span | None, published: date | None, *, future: bool) -> tuple[str | None, str | None]:
    if expr is None:
        return None, None
    text = expr.text
    return text, resolve_date("this writing" if text.lower() == "writing" else text, published, future=future)


def future_date(text: str | None, iso: str | None, published: date | None) -> bool:
    """"next week", "tomorrow", or a date after publication."""
    if iso is None or published is None or text is None:
        return False
    if any(w in _FUTURE_DATE_WORDS for w in text.lower().split()):
        return True
    return iso > published.isoformat()[: len(iso)]


def is_historical(tok: Token, expr: Span | None, published: date | None) -> bool:
    """Long past: a year two or more before publication, "since YEAR", past perfect, an anniversary,
    or "during the Cold War"."""
    if expr is not None and published is not None:
        year = latest_year(expr.text, published)
        if year is not None and year <= published.year - 2:
            return True
        if _introduced_by(expr, {"since"}) and year is not None:
            return True
    chain = governing_chain(tok)
    if any(t.lemma_.lower() in _HISTORY_NOUNS and t.i != tok.i for t in chain):
        return True
    if _commemorated(chain[-1]):
        return True
    if any(_past_perfect(t) for t in scope_of(chain)):
        return True
    return any(_past_era(c) for t in scope_of(chain) for c in t.children)


def _commemorated(top: Token) -> bool:
    """"marking 20 years of the Treaty that we signed", "the anniversary of the talks that were
    held in Geneva": a relative clause on what an anniversary counts from is long past."""
    if top.dep_ not in {"relcl", "acl"} or top.tag_ not in {"VBD", "VBN"}:
        return False
    cur = top.head
    for _ in range(4):
        if cur.dep_ != "pobj" or cur.head.lower_ != "of":
            if cur.dep_ in {"appos", "conj", "compound"} and cur.head.i != cur.i:
                cur = cur.head
                continue
            return False
        owner = cur.head.head
        if owner.lemma_.lower() in _HISTORY_NOUNS:
            return True
        if owner.lemma_.lower() in {"year", "decade", "century"} and any(c.dep_ == "nummod" for c in owner.children):
            return True
        cur = owner
    return False


def _introduced_by(span: Span, words: set[str]) -> bool:
    """Whether the word before ``span`` (or its first word) is one of ``words``."""
    first = span[0]
    return first.lower_ in words or (first.i > 0 and first.nbor(-1).lower_ in words)


def _past_perfect(t: Token) -> bool:
    """"had visited", "had been signed"."""
    return t.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in t.children)


def _past_era(prep: Token) -> bool:
    """"during the Cold War", "in the Second World War": a named past era (capitalized)."""
    if prep.dep_ != "prep" or prep.lower_ not in {"during", "in", "after", "before"}:
        return False
    return any(
        t.lemma_.lower() in _ERA_NOUNS and t.text[:1].isupper() and t.i > t.sent.start
        for p in prep.children
        for t in p.subtree
    )
