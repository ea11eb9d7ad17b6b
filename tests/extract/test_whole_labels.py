"""Issue and event labels are whole phrases: a word the tokenizer split at hyphens stays whole
(even when the parser hangs its pieces on one head), an infinitive keeps its object past an
inserted adjunct, and no label ends in a bare function word or a hyphen prefix. Hand-built Docs
(no model); the sentences follow a White House climate-finance release of 2021-04-22."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.extract.context import phrase_span
from diplograph.extract.events import _label
from diplograph.extract.phrases import glued_word, is_split_piece, without_trailing_function_words
from diplograph.model import Article
from tests.extract.handmade import make_doc


def _intends(blank, matcher, verb_rows, spaces):
    # "The United States intends <verb_rows> ." with the verb rows' heads given absolutely
    rows = [("The", 2, "det", "DET", "the"), ("United", 2, "compound", "PROPN", "united"),
            ("States", 3, "nsubj", "PROPN", "states"), ("intends", 3, "ROOT", "VERB", "intend", "VBZ")]
    rows += verb_rows + [(".", 3, "punct", "PUNCT", ".")]
    ents = ["O", "B-GPE", "I-GPE"] + ["O"] * (len(rows) - 3)
    return make_doc(blank, matcher, rows, ents, spaces=[True] * 4 + spaces + [False], quotes=False)


# "to re - establish U.S. leadership": the parser hangs "re", "-" and "establish" on "intends".
_SPLIT = [("to", 5, "aux", "PART", "to", "TO"), ("re", 3, "xcomp", "VERB", "re", "VB"),
          ("-", 3, "xcomp", "VERB", "-", "VB"), ("establish", 3, "xcomp", "VERB", "establish", "VB"),
          ("U.S.", 9, "compound", "PROPN", "u.s."), ("leadership", 7, "dobj", "NOUN", "leadership")]
_SPLIT_SPACES = [True, False, False, True, True, True]


def test_a_word_split_at_its_hyphen_is_one_word(blank, matcher):
    doc = _intends(blank, matcher, _SPLIT, _SPLIT_SPACES)
    assert glued_word(doc[6]) == (5, 8) and glued_word(doc[4]) == (4, 5)
    assert [is_split_piece(doc[i]) for i in (5, 6, 7)] == [False, True, True]
    span = phrase_span(doc, doc[5])
    assert span.text == "to re-establish U.S. leadership"


def test_an_intent_to_re_establish_is_one_stance_with_the_whole_phrase(blank, matcher, gazetteer):
    doc = _intends(blank, matcher, _SPLIT, _SPLIT_SPACES)
    ex = extract(doc, Article(id="sha256:t", text=doc.text, published=date(2021, 4, 22)), gazetteer)
    labels = [s.target_issue.label for s in ex.stances if s.target_issue is not None]
    assert labels == ["to re-establish U.S. leadership"]
    assert all(s.target_issue is not None or s.target_actor is not None for s in ex.stances)


def test_an_infinitive_keeps_its_object_after_an_inserted_adjunct(blank, matcher):
    # "to double , by 2024 , our annual climate finance": the object parsed as a clause subject
    verb = [("to", 5, "aux", "PART", "to", "TO"), ("double", 3, "xcomp", "VERB", "double", "VB"),
            (",", 5, "punct", "PUNCT", ","), ("by", 3, "prep", "ADP", "by"),
            ("2024", 7, "pobj", "NUM", "2024"), (",", 14, "punct", "PUNCT", ","),
            ("our", 13, "poss", "PRON", "our"), ("annual", 13, "amod", "ADJ", "annual"),
            ("climate", 13, "compound", "NOUN", "climate"), ("finance", 14, "nsubj", "NOUN", "finance"),
            ("grows", 3, "ccomp", "VERB", "grow")]
    doc = _intends(blank, matcher, verb, [True, False, True, True, False, True, True, True, True, True, False])
    assert phrase_span(doc, doc[5]).text == "to double, by 2024, our annual climate finance"


def test_an_infinitive_with_its_object_is_left_alone(blank, matcher):
    verb = [("to", 5, "aux", "PART", "to", "TO"), ("triple", 3, "xcomp", "VERB", "triple", "VB"),
            ("our", 8, "poss", "PRON", "our"), ("adaptation", 8, "compound", "NOUN", "adaptation"),
            ("finance", 5, "dobj", "NOUN", "finance")]
    doc = _intends(blank, matcher, verb, [True] * 5)
    assert phrase_span(doc, doc[5]).text == "to triple our adaptation finance"


def test_no_label_ends_in_a_function_word_or_a_hyphen_prefix(blank, matcher):
    # "agreed to work with" / "agreed to step up" / "met head - on" / "met the N -"
    def words(rows, spaces=None):
        doc = make_doc(blank, matcher, rows, spaces=spaces, quotes=False)
        return " ".join(t.text for t in without_trailing_function_words(list(doc)))
    assert words([("agreed", 0, "ROOT", "VERB", "agree"), ("to", 2, "aux", "PART", "to"),
                  ("work", 0, "xcomp", "VERB", "work"), ("with", 2, "prep", "ADP", "with")]) == "agreed to work"
    assert words([("agreed", 0, "ROOT", "VERB", "agree"), ("to", 2, "aux", "PART", "to"),
                  ("step", 0, "xcomp", "VERB", "step"), ("up", 2, "prt", "ADP", "up")]) == "agreed to step up"
    assert words([("met", 0, "ROOT", "VERB", "meet"), ("head", 0, "advmod", "NOUN", "head"),
                  ("-", 1, "punct", "PUNCT", "-"), ("on", 1, "prep", "ADP", "on")],
                 spaces=[True, False, False, False]) == "met head - on"
    assert words([("met", 0, "ROOT", "VERB", "meet"), ("the", 2, "det", "DET", "the"),
                  ("N", 0, "dobj", "PROPN", "n"), ("-", 2, "punct", "PUNCT", "-")],
                 spaces=[True, True, False, True]) == "met"


def test_an_event_label_keeps_a_hyphenated_word_whole(blank, matcher):
    # "called for de - escalation": the trigger's noun split, "de" the trigger's own object
    rows = [("Russia", 1, "nsubj", "PROPN", "russia"), ("called", 1, "ROOT", "VERB", "call", "VBD"),
            ("for", 1, "prep", "ADP", "for"), ("de", 2, "pobj", "NOUN", "de"),
            ("-", 2, "pobj", "NOUN", "-"), ("escalation", 2, "pobj", "NOUN", "escalation")]
    doc = make_doc(blank, matcher, rows, ["B-GPE"] + ["O"] * 5,
                   spaces=[True, True, True, False, False, False], quotes=False)
    assert _label(doc, doc[3]) == "de-escalation"


def _committed(blank, matcher, rows):
    # "Chile has committed <rows> ." with the rows' heads given absolutely
    head = [("Chile", 2, "nsubj", "PROPN", "Chile"), ("has", 2, "aux", "AUX", "have", "VBZ"),
            ("committed", 2, "ROOT", "VERB", "commit", "VBN")]
    rows = head + rows + [(".", 2, "punct", "PUNCT", ".")]
    return make_doc(blank, matcher, rows, ["B-GPE"] + ["O"] * (len(rows) - 1))


def _labels(doc, gazetteer):
    article = Article(id="sha256:t", text=doc.text, published=date(2025, 11, 13))
    return [s.target_issue.label for s in extract(doc, article, gazetteer).stances if s.target_issue]


def test_an_undertaking_is_labelled_by_the_whole_action_not_its_object(blank, matcher, gazetteer):
    # "committed to provide transparency on tariffs": the undertaking, not "transparency"
    doc = _committed(blank, matcher, [
        ("to", 4, "aux", "PART", "to", "TO"), ("provide", 2, "xcomp", "VERB", "provide", "VB"),
        ("transparency", 4, "dobj", "NOUN", "transparency"), ("on", 5, "prep", "ADP", "on"),
        ("tariffs", 6, "pobj", "NOUN", "tariff", "NNS")])
    assert _labels(doc, gazetteer) == ["to provide transparency on tariffs"]


def test_conjoined_actions_stay_in_the_label(blank, matcher, gazetteer):
    # "committed to adopt and maintain high standards": not "to adopt"
    doc = _committed(blank, matcher, [
        ("to", 4, "aux", "PART", "to", "TO"), ("adopt", 2, "xcomp", "VERB", "adopt", "VB"),
        ("and", 4, "cc", "CCONJ", "and"), ("maintain", 4, "conj", "VERB", "maintain", "VB"),
        ("high", 8, "amod", "ADJ", "high"), ("standards", 6, "dobj", "NOUN", "standard", "NNS")])
    assert _labels(doc, gazetteer) == ["to adopt and maintain high standards"]


def test_efforts_keep_what_they_are_for(blank, matcher, gazetteer):
    # "Chile backed efforts to end violence ."
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"), ("backed", 1, "ROOT", "VERB", "back", "VBD"),
        ("efforts", 1, "dobj", "NOUN", "effort", "NNS"), ("to", 4, "aux", "PART", "to", "TO"),
        ("end", 2, "acl", "VERB", "end", "VB"), ("violence", 4, "dobj", "NOUN", "violence"),
        (".", 1, "punct", "PUNCT", ".")], ["B-GPE"] + ["O"] * 6)
    assert phrase_span(doc, doc[2]).text == "efforts to end violence"
    # a participle describing the noun stays out: "efforts made last year"
    doc = make_doc(blank, matcher, [
        ("Chile", 1, "nsubj", "PROPN", "Chile"), ("backed", 1, "ROOT", "VERB", "back", "VBD"),
        ("efforts", 1, "dobj", "NOUN", "effort", "NNS"), ("made", 2, "acl", "VERB", "make", "VBN"),
        ("earlier", 3, "advmod", "ADV", "earlier"), (".", 1, "punct", "PUNCT", ".")], ["B-GPE"] + ["O"] * 5)
    assert phrase_span(doc, doc[2]).text == "efforts"
