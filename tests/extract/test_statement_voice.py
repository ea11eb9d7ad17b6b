"""Who says "I" in an official release: the head of state, unless the release is a "Statement
by/from <office> <name>" of another official (National Security Advisor, NSC Spokesperson, Vice
President), whose "I" it is; an office named without a name is its sole holder that day, or no
known person.
Titles are invented in the White House's style; the Doc is built by hand."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.extract.voice import official_voice, statement_by
from diplograph.model import Article
from tests.extract.handmade import make_doc

DAY = date(2022, 3, 1)


def _voice(title, gazetteer):
    article = Article(id="t", text="x", title=title, published=DAY, publisher="The White House")
    v = official_voice(article, gazetteer)
    return v.person.key if v.person is not None else None, v.role.role if v.role is not None else None


def test_the_speaker_part_of_a_statement_title():
    assert statement_by("Statement by National Security Advisor Jake Sullivan on Ukraine") == (
        "National Security Advisor Jake Sullivan")
    assert statement_by("Statement from NSC Spokesperson Emily Horne Marking the Day") == (
        "NSC Spokesperson Emily Horne")
    assert statement_by("Statement by President Biden and Prime Minister Kishida") is None
    assert statement_by("Readout of President Biden's Call") is None


def test_a_named_official_says_i(gazetteer):
    assert _voice("Statement by National Security Advisor Jake Sullivan on Ukraine", gazetteer) == (
        "person/jake-sullivan", "national-security-advisor")
    assert _voice("Statement by Vice President Harris on the Attack", gazetteer) == (
        "person/kamala-harris", "vice-president")
    # a person the gazetteer does not know, with the role the title names (or "official")
    assert _voice("Statement from NSC Spokesperson Emily Horne on the Talks", gazetteer) == (
        "actor/person/emily-horne", "official")
    assert _voice("Statement from Press Secretary Kirsten Allen on the Visit", gazetteer) == (
        "actor/person/kirsten-allen", "spokesperson")


def test_the_president_or_no_office_leaves_the_head_of_state(gazetteer):
    for title in ("Statement by President Biden on Ukraine", "Statement from the President",
                  "Statement from the White House on Ukraine", "Fact Sheet: Aid to Ukraine", None):
        assert _voice(title, gazetteer) == ("person/joe-biden", "head-of-state"), title


def test_an_office_without_a_name_is_its_holder_or_no_known_person(gazetteer):
    assert _voice("Statement by the Press Secretary on the Visit", gazetteer) == (
        "person/jen-psaki", "spokesperson")
    assert _voice("Statement from the Vice President on the Attack", gazetteer) == (
        "person/kamala-harris", "vice-president")
    # offices that only end in a known title: not that title's holder, nor the President
    assert _voice("Statement by Deputy National Security Advisor on Sanctions", gazetteer) == (None, None)
    assert _voice("Statement by NSC Spokesperson on the Talks", gazetteer) == (None, None)


def test_i_in_an_advisors_statement_is_the_advisor(blank, matcher, gazetteer):
    # "I condemn the attack ." in a statement by the National Security Advisor
    rows = [("I", 1, "nsubj", "PRON", "I", "PRP"), ("condemn", 1, "ROOT", "VERB", "condemn", "VBP"),
            ("the", 3, "det", "DET", "the"), ("attack", 1, "dobj", "NOUN", "attack"),
            (".", 1, "punct", "PUNCT", ".")]
    doc = make_doc(blank, matcher, rows, quotes=False)
    article = Article(id="t", text=doc.text, published=DAY, publisher="The White House",
                      title="Statement by National Security Advisor Jake Sullivan on the Attack")
    holders = {s.holder.actor.key for s in extract(doc, article, gazetteer).stances}
    assert holders == {"person/jake-sullivan"}
