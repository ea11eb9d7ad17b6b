"""Statements: direct quotes and reported speech attributed to a speaker.

Attribution is looked for after a quote (`"...," Lavrov said.`), then before it
(`Lavrov said: "..."`, `According to him, Russia "..."`); reported speech is a
reporting verb with a clause complement (`X, Lavrov said` / `Lavrov said that X`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from diplograph.extract.actors import ActorIndex, doc_text, resolve_pronoun, sentence_span, span_of
from diplograph.extract.lexicon import (
    FIRST_PERSON_PLURAL,
    PHRASAL_REPORTING,
    REPORTING_NEEDS_CLAUSE,
    REPORTING_VERBS,
    ROLE_NOUNS,
    THIRD_PERSON,
)
from diplograph.extract.scan import tokens_with_lemma
from diplograph.model import ActorMention, ActorRef, RoleRef, Span, Statement
from diplograph.nlp.components import QUOTE_SPANS

_TITLE_CUES = {"titled", "entitled", "called", "dubbed", "named", "headlined", "slogan", "word", "term"}
_QUOTE_MARKS = set('"“”«»„\'‘’')
_EDGE = " \n\t,.;:—–-" + "".join(_QUOTE_MARKS)


@dataclass(frozen=True)
class OfficialVoice:
    """Who speaks in the first person in an official release: "we" the state, "I" its leader."""

    state: ActorRef
    person: ActorRef | None = None
    role: RoleRef | None = None
    signatories: tuple[tuple[ActorRef, RoleRef | None], ...] = ()  # who "we" are in a joint statement


@dataclass(frozen=True)
class Attribution:
    verb: str  # "say", "point out", "according to"
    trigger: Span
    speaker: ActorMention
    tokens: frozenset[int]  # tokens of the attribution clause
    confidence: float


_REPORTING_LEMMAS = REPORTING_VERBS | {verb for verb, _ in PHRASAL_REPORTING}


def is_reporting_verb(tok: Token) -> str | None:
    """The reporting-verb name if ``tok`` introduces speech ("point out" for phrasals)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ not in {"VERB", "AUX"}:
        return None
    for verb, particle in PHRASAL_REPORTING:
        if lemma == verb and any(c.dep_ == "prt" and c.lower_ == particle for c in tok.children):
            return f"{verb} {particle}"
    if lemma == "make" and _made_clear(tok) is not None:
        return "make clear"  # "made it clear that ...": the parser hangs the clause on "clear"
    if lemma == "draw" and _fact_drawn(tok) is not None:
        return "draw attention"  # "drew attention to the fact that ...", "attention was drawn to ..."
    if lemma in REPORTING_VERBS:
        if lemma in REPORTING_NEEDS_CLAUSE and not any(c.dep_ == "ccomp" for c in tok.children):
            return None
        return lemma
    return None


def _made_clear(verb: Token) -> Token | None:
    """The that-clause of "made (it) clear that ..." however the parser hangs it (on "clear" as an
    adverbial or complement clause, or on "made")."""
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in {"prt", "ccomp", "oprd", "acomp", "xcomp"}),
                 None)
    if clear is None:
        return None
    for head in (clear, verb):
        for c in head.children:
            if c.dep_ in {"ccomp", "advcl"} and c is not clear and any(m.dep_ == "mark" and m.lower_ == "that"
                                                                      for m in c.children):
                return c
    return None


def _fact_drawn(verb: Token) -> Token | None:
    """The clause of "drew attention to the fact that X" / "attention was drawn to the fact that X"
    (a statement of X; with a noun instead of a fact clause it is a stance cue)."""
    if not any(c.lemma_.lower() == "attention" and c.dep_ in {"dobj", "nsubjpass"} for c in verb.children):
        return None
    facts = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
             if p.dep_ == "pobj" and p.lemma_.lower() == "fact"]
    return next((c for f in facts for c in f.children if c.dep_ in {"acl", "ccomp"}
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def find_statements(doc: Doc, index: ActorIndex, publisher: OfficialVoice | None) -> list[Statement]:
    """Every statement in ``doc`` with a resolvable speaker, in text order."""
    statements: list[Statement] = []
    used_verbs: set[int] = set()
    quote_tokens: set[int] = set()
    quotes = [q for q in doc.spans.get(QUOTE_SPANS, []) if _is_speech(doc, q)]
    for q in quotes:
        quote_tokens.update(range(q.start, q.end))
    pending: list[SpacySpan] = []  # unattributed quotes waiting for the next attribution
    previous: Statement | None = None
    for q in quotes:
        attribution = _attribution_after(doc, q, index, quote_tokens, publisher)
        if attribution is None:
            attribution = _attribution_before(doc, q, index, quote_tokens, publisher)
        if attribution is None:
            pending.append(q)
            continue
        used_verbs.update(attribution.tokens)
        for earlier in pending:  # quotes of the same paragraph run share the attribution
            if _same_paragraph_run(doc, earlier, q):
                statements.append(_direct(doc, earlier, attribution, 0.7, quote_tokens))
            elif previous is not None and _starts_paragraph(doc, earlier):
                statements.append(_inherit(doc, earlier, previous))
        pending = []
        previous = _direct(doc, q, attribution, attribution.confidence, quote_tokens)
        statements.append(previous)
    for q in pending:
        if previous is not None and _starts_paragraph(doc, q) and q.start_char > previous.content.start:
            statements.append(_inherit(doc, q, previous))
    turns = find_turns(doc, index)
    statements.extend(turns)
    statements.extend(_reported(doc, index, used_verbs, quote_tokens, publisher, turns))
    return sorted(statements, key=lambda s: (s.content.start, s.content.end))


def _agentless_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def find_turns(doc: Doc, index: ActorIndex) -> list[Statement]:
    """Transcript turns: "President of Russia Vladimir Putin: ..." up to the next speaker's label.

    A turn starts where a person mention is directly followed by a colon at the
    start of a paragraph or sentence; its content runs to the next turn's label.
    """
    labels: list[tuple[int, int, ActorMention, Token]] = []  # (label start char, content start, mention, colon)
    for m in index.sorted():
        if m.actor.kind != "Person":
            continue
        _, end = index.tokens_of(m)
        if end < len(doc) and doc[end].text == "(":  # "Macky Sall (retranslated):"
            close = next((t.i for t in doc[end : end + 6] if t.text == ")"), None)
            end = close + 1 if close is not None else end
        if end >= len(doc) or doc[end].text != ":":
            continue
        start_char = _label_start(doc, index.tokens_of(m)[0])
        if start_char is None:
            continue
        labels.append((start_char, doc[end].idx + 1, m, doc[end]))
    labels = sorted(labels + _unknown_labels(doc, index, {lab[3].i for lab in labels}), key=lambda lab: lab[0])
    turns: list[Statement] = []
    for i, (_, content_start, mention, colon) in enumerate(labels):
        if mention is None:
            continue  # a speaker the index does not know: the label only ends the previous turn
        content_end = labels[i + 1][0] if i + 1 < len(labels) else len(doc_text(doc))
        content = _trim(doc, content_start, content_end)
        if len(content.text.split()) < 3:
            continue
        turns.append(
            Statement(
                speaker=mention,
                content=content,
                reporting_verb="say",
                trigger=span_of(doc, colon.idx, colon.idx + 1),
                sentence=Span(mention.sentence.start, content.end, doc_text(doc)[mention.sentence.start : content.end]),
                direct=True,
                confidence=0.85,
            )
        )
    return turns


_LABEL_TITLES = ROLE_NOUNS | {"chairperson", "chairman", "chairwoman", "king", "emir", "sheikh", "prince"}


def _unknown_labels(doc: Doc, index: ActorIndex, known: set[int]) -> list[tuple[int, int, ActorMention | None, Token]]:
    """Speaker labels without a person mention ("President of Senegal Macky Sall(retranslated):"):
    the state in the title speaks for its unknown holder; with no actor at all the label still
    ends the turn before it."""
    out: list[tuple[int, int, ActorMention | None, Token]] = []
    for colon in tokens_with_lemma(doc, {":", "):"}):
        if colon.i in known or colon.i < 2 or colon.i + 1 >= len(doc) or not doc[colon.i + 1].text[:1].isupper():
            continue
        start_char = _label_start(doc, colon.i)
        if start_char is None:
            continue
        label = [t for t in doc[colon.i - 12 if colon.i >= 12 else 0 : colon.i] if t.idx >= start_char]
        titled = any(t.ent_type_ == "PERSON" or t.lower_ in _LABEL_TITLES for t in label)
        if sum(1 for t in label if t.text[:1].isupper()) < 2 or not titled:
            continue
        mentions = [m for t in label if (m := index.at(t)) is not None]
        speaker = next((m for m in mentions if m.actor.kind == "Person"), None) or next(
            (m for m in mentions if m.actor.kind == "State"), None
        )
        out.append((start_char, colon.idx + len(colon.text), speaker, colon))
    return out


def _label_start(doc: Doc, first: int) -> int | None:
    """Start of a speaker label ("Head of the Federal Customs Service Vladimir Bulavin") or None.

    The label must begin a paragraph or follow a sentence end, with only title
    words (capitalised, or of/the/and) between that point and the name.
    """
    i = first - 1
    while i >= 0 and first - i <= 12:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text or tok.text in {".", "?", "!", "…", '"', "”", "»"} or set(tok.text) == {"*"}:
            return doc[i + 1].idx
        if not (tok.text[:1].isupper() or tok.lower_ in {"of", "the", "and", "for", "-", "–", "’s", "'s"}):
            return None
        i -= 1
    return 0 if i < 0 else None


def _is_speech(doc: Doc, q: SpacySpan) -> bool:
    """Titles and scare quotes are not statements: need 4+ words and no "titled" before."""
    words = [t for t in q if t.is_alpha]
    if len(words) < 4:
        return False
    before = doc_text(doc)[max(0, q.start_char - 14) : q.start_char].lower()
    return not any(cue in before for cue in _TITLE_CUES)


def _speaker_of(
    doc: Doc,
    verb: Token,
    index: ActorIndex,
    publisher: OfficialVoice | None,
    window: set[int] | None = None,
) -> tuple[ActorMention, float] | None:
    """The speaker: the verb's subject (or "according to X"), resolved to an actor.

    With a ``window`` (the attribution clause next to a quote), a subject outside
    it is a parser error; then the window's own actor mention is taken instead.
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects and verb.dep_ in {"advcl", "conj", "xcomp"} and window is None:
        # "Having noted that ..., the President ...": the governing clause's subject speaks.
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if verb.lower_ == "according":
        subjects = [c for to in verb.children if to.lower_ == "to" for c in to.children if c.dep_ == "pobj"]
    if window is not None:
        subjects = [s for s in subjects if s.i in window]
    for subj in subjects:
        found = speaker_in(doc, subj, index, publisher)
        if found is not None:
            return found
    if window is not None and not subjects:
        for i in sorted(window, key=lambda i: abs(i - verb.i)):
            m = index.by_token.get(i)
            if m is not None and m.actor.kind == "Person":
                return m, 0.7
        for i in sorted(window, key=lambda i: abs(i - verb.i)):
            tok = doc[i]
            if tok.lower_ in THIRD_PERSON and tok.pos_ == "PRON":
                antecedent = resolve_pronoun(index, tok)
                if antecedent is not None:
                    return _pronoun_mention(doc, tok, antecedent), 0.7
    return None


def speaker_in(
    doc: Doc, head: Token, index: ActorIndex, publisher: OfficialVoice | None
) -> tuple[ActorMention, float] | None:
    """Resolve the actor a subject phrase refers to (name, nominal, pronoun, "our article")."""
    mention = index.at(head)
    if mention is not None:
        return mention, 0.9
    if head.tag_ in {"NNS", "NNPS"} and head.lemma_.lower() in _JOINT_SPEAKERS:
        joint = _most_mentioned_person(doc, index, head.idx)  # "The presidents stated that ..."
        if joint is not None:
            return joint, 0.6
    lower = head.lower_
    if lower in THIRD_PERSON:
        antecedent = resolve_pronoun(index, head)
        if antecedent is not None:
            return _pronoun_mention(doc, head, antecedent), 0.8
        return None
    if lower in FIRST_PERSON_PLURAL | {"i"} and publisher is not None:
        if lower == "i" and publisher.person is not None:
            mention = _pronoun_mention_ref(doc, head, publisher.person)
            return ActorMention(mention.actor, mention.span, mention.sentence, publisher.role), 0.6
        return _pronoun_mention_ref(doc, head, publisher.state), 0.6
    # "the top Russian diplomat's article said": the possessor speaks.
    candidates = sorted(
        (index.at(t) for t in head.subtree if index.at(t) is not None),
        key=lambda m: (m.actor.kind != "Person", m.span.start),
    )
    for t in head.subtree:
        if t.dep_ == "poss" and t.lower_ in THIRD_PERSON:
            antecedent = resolve_pronoun(index, t)
            if antecedent is not None:
                return _pronoun_mention(doc, t, antecedent), 0.7
    if candidates:
        return candidates[0], 0.75
    return None


_JOINT_SPEAKERS = {"leader", "president", "minister", "side", "party", "delegation", "head"}


def _most_mentioned_person(doc: Doc, index: ActorIndex, before: int) -> ActorMention | None:
    """The person mentioned most often before ``before``: one voice of a joint statement."""
    counts: dict[str, tuple[int, ActorMention]] = {}
    for m in index.mentions:
        if m.actor.kind == "Person" and m.span.start < before:
            n, first = counts.get(m.actor.key, (0, m))
            counts[m.actor.key] = (n + 1, first)
    if not counts:
        return None
    _, best = max(counts.values(), key=lambda c: (c[0], -c[1].span.start))
    return best


def _pronoun_mention(doc: Doc, tok: Token, antecedent: ActorMention) -> ActorMention:
    return ActorMention(
        antecedent.actor, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok), antecedent.role
    )


def _pronoun_mention_ref(doc: Doc, tok: Token, ref: ActorRef) -> ActorMention:
    return ActorMention(ref, span_of(doc, tok.idx, tok.idx + len(tok.text)), sentence_span(tok))


def _attribution_tokens(verb: Token) -> frozenset[int]:
    """The verb with its subject, particles and adjuncts: the non-content part of a sentence."""
    keep = {verb.i}
    for c in verb.children:
        if c.dep_ in {"nsubj", "nsubjpass", "prt", "prep", "advmod", "npadvmod", "aux", "neg", "agent", "dative"}:
            keep.update(t.i for t in c.subtree)
    return frozenset(keep)


def _make_attribution(
    doc: Doc,
    verb: Token,
    name: str,
    index: ActorIndex,
    publisher: OfficialVoice | None,
    window: set[int] | None = None,
) -> Attribution | None:
    found = _speaker_of(doc, verb, index, publisher, window)
    if found is None:
        return None
    speaker, confidence = found
    if name == "according to":
        to = next(c for c in verb.children if c.lower_ == "to")
        trigger = span_of(doc, verb.idx, to.idx + len(to.text))
        tokens = frozenset(t.i for t in verb.subtree)
    else:
        last = max([verb] + [c for c in verb.children if c.dep_ == "prt"], key=lambda t: t.i)
        trigger = span_of(doc, verb.idx, last.idx + len(last.text))
        tokens = _attribution_tokens(verb)
    return Attribution(name, trigger, speaker, tokens, confidence)


def _verb_in(doc: Doc, tokens: list[Token]) -> tuple[Token, str] | None:
    for tok in tokens:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            return tok, "according to"
        name = is_reporting_verb(tok)
        if name:
            return tok, name
    return None


def _attribution_after(
    doc: Doc, q: SpacySpan, index: ActorIndex, quote_tokens: set[int], publisher: OfficialVoice | None
) -> Attribution | None:
    """`"...," the minister said.` — tokens after the closing mark, to the sentence end.

    A quote ending with a full stop closes its sentence: what follows is not its
    attribution (`"... bill." President Trump said ...` starts a new statement).
    """
    last = doc_text(doc)[q.end_char - 1 : q.end_char]
    if last == "." or (last in "?!" and q.end < len(doc) - 2 and doc[q.end + 1].text[:1].isupper()
                       and doc[q.end + 1].lower_ not in {"he", "she", "they", "we", "i"}):
        return None
    tokens: list[Token] = []
    i = q.end
    while i < len(doc):
        tok = doc[i]
        if i in quote_tokens or "\n" in tok.text:
            break
        tokens.append(tok)
        if tok.text in {".", "!", "?", ";"} and len(tokens) > 1:
            break
        i += 1
    found = _verb_in(doc, tokens)
    if found is None:
        return None
    window = {t.i for t in tokens}
    return _make_attribution(doc, found[0], found[1], index, publisher, window)


def _attribution_before(
    doc: Doc, q: SpacySpan, index: ActorIndex, quote_tokens: set[int], publisher: OfficialVoice | None
) -> Attribution | None:
    """`Lavrov said: "..."` or `According to him, Russia "..."` — same sentence, before the quote."""
    sent = doc[q.start].sent
    tokens = [doc[i] for i in range(sent.start, q.start) if i not in quote_tokens]
    found = _verb_in(doc, list(reversed(tokens)))
    if found is None:
        return None
    window = {t.i for t in tokens}
    return _make_attribution(doc, found[0], found[1], index, publisher, window)


def _content(doc: Doc, q: SpacySpan, attribution_tokens: frozenset[int], quote_tokens: set[int]) -> Span:
    """The quote, widened to its sentence when the quote is only part of it."""
    start, end = q.start_char, q.end_char
    first_sent, last_sent = doc[q.start].sent, doc[q.end - 1].sent
    rest = [
        t
        for t in doc[first_sent.start : last_sent.end]
        if t.i not in attribution_tokens and t.i not in quote_tokens and not t.is_punct and not t.is_space
    ]
    # Only widen with words of the quote's own sentence that sit before the quote and
    # are not attribution ("Moscow and Havana as members of X "advocate ..."").
    before = [t for t in rest if t.i < q.start and t.sent == first_sent]
    if before:
        start = min(start, before[0].idx)
    return _trim(doc, start, end)


def _trim(doc: Doc, start: int, end: int) -> Span:
    text = doc_text(doc)
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return span_of(doc, start, end)


def _direct(
    doc: Doc, q: SpacySpan, a: Attribution, confidence: float, quote_tokens: set[int]
) -> Statement:
    content = _content(doc, q, a.tokens, quote_tokens)
    return Statement(
        speaker=a.speaker,
        content=content,
        reporting_verb=a.verb,
        trigger=a.trigger,
        sentence=Span(
            doc[q.start].sent.start_char, doc[q.end - 1].sent.end_char,
            doc_text(doc)[doc[q.start].sent.start_char : doc[q.end - 1].sent.end_char],
        ),
        direct=True,
        confidence=confidence,
    )


def _inherit(doc: Doc, q: SpacySpan, previous: Statement) -> Statement:
    """A quote paragraph without attribution continues the previous speaker."""
    content = _trim(doc, q.start_char, q.end_char)
    return Statement(
        speaker=previous.speaker,
        content=content,
        reporting_verb=previous.reporting_verb,
        trigger=previous.trigger,
        sentence=sentence_span(q),
        direct=True,
        confidence=0.5,
    )


def _same_paragraph_run(doc: Doc, earlier: SpacySpan, later: SpacySpan) -> bool:
    between = doc_text(doc)[earlier.end_char : later.start_char]
    return "\n" not in between and len(between) < 80


def _starts_paragraph(doc: Doc, q: SpacySpan) -> bool:
    before = doc_text(doc)[max(0, q.start_char - 3) : q.start_char]
    return q.start_char <= 2 or "\n" in before


def _reported(
    doc: Doc,
    index: ActorIndex,
    used: set[int],
    quote_tokens: set[int],
    publisher: OfficialVoice | None,
    turns: list[Statement],
) -> list[Statement]:
    """Reported speech: `X, Lavrov said` / `Lavrov said (that) X` outside quotes.

    Inside a transcript turn, "I/we believe ..." is the turn's own speech, not a
    separate statement of the publisher.
    """
    out: list[Statement] = []
    for tok in tokens_with_lemma(doc, _REPORTING_LEMMAS):
        if tok.i in used or tok.i in quote_tokens:
            continue
        name = is_reporting_verb(tok)
        if not name:
            continue
        if any(t.content.start <= tok.idx < t.content.end for t in turns) and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in FIRST_PERSON_PLURAL | {"i"} for c in tok.children
        ):
            continue
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if name == "make clear":
            clause = _made_clear(tok)
        elif name == "draw attention":
            clause = _fact_drawn(tok)
        if clause is None or all(t.i in quote_tokens for t in clause.subtree):
            continue
        attribution = _make_attribution(doc, tok, name, index, publisher)
        turn = next((t for t in turns if t.content.start <= tok.idx < t.content.end), None)
        if (
            attribution is not None
            and turn is not None
            and attribution.speaker.span.text.lower() in FIRST_PERSON_PLURAL | {"i"}
        ):  # "I told him that ..." inside a turn: the turn's speaker reports it
            speaker = ActorMention(turn.speaker.actor, attribution.speaker.span, attribution.speaker.sentence,
                                   turn.speaker.role)
            attribution = Attribution(name, attribution.trigger, speaker, attribution.tokens, attribution.confidence)
        if attribution is None and _agentless_passive(tok):
            # "It was noted that ...", "Hope was expressed that ...": the talks' parties speak.
            joint = _most_mentioned_person(doc, index, tok.idx)
            if joint is not None:
                trigger = span_of(doc, tok.idx, tok.idx + len(tok.text))
                attribution = Attribution(name, trigger, joint, frozenset({tok.i}), 0.5)
        if attribution is None:
            continue
        sub = [t for t in clause.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.i == clause.left_edge.i)]
        content = _trim(doc, sub[0].idx, sub[-1].idx + len(sub[-1].text))
        if len(content.text.split()) < 3:
            continue
        out.append(
            Statement(
                speaker=attribution.speaker,
                content=content,
                reporting_verb=name,
                trigger=attribution.trigger,
                sentence=sentence_span(tok),
                direct=False,
                confidence=round(attribution.confidence * 0.85, 2),
            )
        )
    return out
