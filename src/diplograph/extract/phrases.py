"""Whole phrases for labels: words the tokenizer split at hyphens, an infinitive's object after an
inserted adjunct, no trailing function word.

The tokenizer splits "re-establish" into "re", "-", "establish", and the parser may then hang the
three pieces on the same head, so that a label built from one piece's subtree reads "to re". The
helpers here take such a label's tokens (sorted, from one Doc) and return them made whole. Pure.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

# Punctuation that cannot end a label.
_TRAILING_PUNCT = frozenset({"-", ",", ";", ":"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_MODIFIER_DEPS = frozenset({"det", "poss", "amod", "compound", "nummod", "nmod", "advmod", "quantmod"})
_OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "ccomp", "xcomp", "prep", "dative", "oprd", "acomp"})


def _joined(doc: Doc, i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are pieces of one hyphenated word (no space between,
    one of them a hyphen)."""
    if i < 0 or i + 1 >= len(doc) or doc[i].whitespace_:
        return False
    return (doc[i].text == "-") != (doc[i + 1].text == "-")


def glued_word(tok: Token) -> tuple[int, int]:
    """Token range [start, end) of the hyphenated word ``tok`` is a piece of ("re", "-",
    "establish"); just ``tok`` when it stands alone."""
    doc = tok.doc
    start, end = tok.i, tok.i
    while _joined(doc, start - 1):
        start -= 1
    while _joined(doc, end):
        end += 1
    return start, end + 1


def is_split_piece(tok: Token) -> bool:
    """Whether ``tok`` is a later piece of a hyphenated word (the hyphen, "establish" in
    "re-establish") that hangs on the same head as the word's first piece: the first piece stands
    for the whole word, the later ones for nothing of their own."""
    start, _ = glued_word(tok)
    first = tok.doc[start]
    return start < tok.i and first.head.i == tok.head.i and first.i != first.head.i


# Prefixes after which a word still names the same act ("re-imposed", "co-hosted").
_SAME_ACT_PREFIXES = frozenset({"re", "co"})
# Prefixes that make a word name something else ("anti-war", "non-aggression", "post-war").
_OTHER_PREFIXES = frozenset({"anti", "non", "post", "pre", "pro", "ex"})
_MODIFYING_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod", "acl", "acomp"})


def whole_word_forms(tok: Token) -> set[str]:
    """Lower-cased spellings of the hyphenated word ``tok`` is a piece of, as written and as a
    lemma ("cease-fires" -> "cease-fires", "ceasefires", "cease-fire", "ceasefire")."""
    start, end = glued_word(tok)
    pieces = list(tok.doc[start:end])
    written = "".join(t.text for t in pieces).lower()
    lemma = "".join(t.text for t in pieces[:-1]).lower() + pieces[-1].lemma_.lower()
    return {written, written.replace("-", ""), lemma, lemma.replace("-", "")}


def piece_stands(tok: Token, lemmas: frozenset[str] | set[str]) -> bool:
    """Whether ``tok`` may be read as a word of its own: it is no piece of a hyphenated word, or
    the whole word is one of ``lemmas`` ("sit-in", "re-open"), or the word is ``tok`` made again
    ("re-imposed", "co-hosted"), or it names a kind of what ``tok`` names ("air-strikes",
    "counter-offensive", "deepen information-sharing": a noun head its prefix does not make other).
    Not "the tie-breaking vote", "the fire-fighting effort" (an -ing word modifying a noun),
    "hard-fought", "Russian-backed" (a participle: an adjective), "war-torn", "anti-war" (a piece
    that is no head, or made other by its prefix)."""
    start, end = glued_word(tok)
    if end - start == 1 or whole_word_forms(tok) & lemmas:
        return True
    if tok.i != end - 1:
        return False  # "war-torn", "talks-related": a piece that is not the word's head
    before = [t.lower_ for t in tok.doc[start:end - 1] if t.text != "-"]
    if all(p in _SAME_ACT_PREFIXES for p in before):
        return True
    return _noun_head(tok) and not any(p in _OTHER_PREFIXES for p in before)


def _noun_head(tok: Token) -> bool:
    """A noun ("strikes", "mid-meeting"), or a verb not modifying a noun ("deepen
    information-sharing"), not one that does ("the tie-breaking vote") nor a participle
    ("hard-fought", "taxpayer-funded")."""
    if tok.tag_ == "VBN":
        return False
    if tok.tag_ == "VBG" or tok.pos_ == "VERB":
        return tok.dep_ not in _MODIFYING_DEPS
    return tok.pos_ in _NOMINAL_POS


def whole_words(tokens: list[Token]) -> list[Token]:
    """``tokens`` (sorted) with every hyphenated word they touch made whole, together with what
    its other pieces govern ("to re" -> "to re-establish U.S. leadership"); sorted."""
    if not tokens:
        return tokens
    doc = tokens[0].doc
    kept = {t.i for t in tokens}
    for tok in tokens:
        start, end = glued_word(tok)
        for piece in doc[start:end]:
            if piece.i not in kept:
                kept.update(t.i for t in piece.subtree if t.i >= start)
    return [doc[i] for i in sorted(kept)]


def object_after_insertion(verb: Token, tokens: list[Token]) -> list[Token]:
    """An infinitive label left without its object because an adjunct between commas parted them
    ("to double, by 2024, our annual public climate finance"): ``tokens`` (which end at ``verb``)
    run on to the end of the noun phrase after the second comma. Unchanged when the verb has an
    object or no such noun phrase follows."""
    doc = verb.doc
    last = glued_word(verb)[1] - 1
    if tokens[-1].i != last or any(c.dep_ in _OBJECT_DEPS and c.i > verb.i for c in verb.children):
        return tokens
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return tokens
    sent_end = verb.sent.end
    close = next((i for i in range(last + 2, min(sent_end, last + 8)) if doc[i].text == ","), None)
    if close is None or close + 1 >= sent_end:
        return tokens
    noun = doc[close + 1]
    while noun.dep_ in _MODIFIER_DEPS and noun.head.i > noun.i:
        noun = noun.head  # "our" -> "finance"
    if noun.pos_ not in _NOMINAL_POS:
        return tokens
    end = _phrase_end(noun)
    return tokens + list(doc[last + 1:end])


def _phrase_end(noun: Token) -> int:
    """End (exclusive) of the noun phrase headed by ``noun``: its right dependents up to a comma,
    a clause or a conjunct."""
    end = noun.i + 1
    for c in noun.rights:
        if c.dep_ in {"relcl", "acl", "appos", "punct", "cc", "conj"} or c.text in {",", ";"}:
            break
        end = max(end, c.right_edge.i + 1)
    return end


def without_trailing_function_words(tokens: list[Token]) -> list[Token]:
    """``tokens`` without the bare function words, commas or hyphen prefixes they end in ("agreed
    to", "impacts of climate and", "the N-"), keeping at least one token. A verb's particle ("step
    up"), a piece of a hyphenated word ("head-on") and a pronoun ("call that") stay."""
    out = list(tokens)
    while len(out) > 1 and _dangling(out[-1]):
        last = out.pop()
        if last.text == "-" and len(out) > 1 and not out[-1].whitespace_:
            out.pop()  # "the N-": a cut-off word
    return out


def _dangling(tok: Token) -> bool:
    """Whether a label may not end in ``tok``: a comma or hyphen, a conjunction, "to", a
    determiner of a noun left out, a preposition without its object."""
    if tok.text in _TRAILING_PUNCT:
        return True
    if tok.dep_ == "prt" or glued_word(tok)[1] - glued_word(tok)[0] > 1:
        return False
    if tok.pos_ in {"CCONJ", "SCONJ"} or (tok.pos_ == "PART" and tok.lower_ == "to"):
        return True
    return (tok.pos_ == "DET" and tok.dep_ == "det") or tok.pos_ == "ADP"
