"""A joint statement's "we" is every signatory: read from the title ("Joint Statement by President
Joe Biden and Prime Minister Trudeau", "U.S.-Canada Joint Statement", "Joint Statement from the
United States, India and Brazil on ...") or, when the title names none, from the words beside the
first "we". Events by "we" list them all; stances stay one claim held by the publisher's state.
Titles are invented in the White House's style; Docs are built by hand."""

from __future__ import annotations

from datetime import date

from diplograph.extract import extract
from diplograph.extract.signatories import is_joint_statement, title_signatories
from diplograph.model import Article
from tests.extract.handmade import make_doc

DAY = date(2022, 3, 1)


def _signed(title, gazetteer):
    return [(a.key, r.of.key if r else None) for a, r in title_signatories(title, gazetteer, DAY)]


def test_joint_statements_are_told_from_remarks_and_readouts():
    assert is_joint_statement("Joint Statement on Israel")
    assert is_joint_statement("United States-Japan Joint Leaders’ Statement")
    assert is_joint_statement("Joint Declaration by the Prime Ministers of Ruritania and Freedonia")
    assert not is_joint_statement("Remarks by President Biden and President Zelenskyy in Joint Statement")
    assert not is_joint_statement("Readout of President Biden's Call with Prime Minister Trudeau")
    assert not is_joint_statement("Statement by President Biden on the Joint Comprehensive Plan of Action")


def test_signatories_named_after_the_title(gazetteer):
    assert _signed("Joint Statement by President Biden and Prime Minister Trudeau", gazetteer) == [
        ("person/joe-biden", "state/USA"), ("person/justin-trudeau", "state/CAN")]
    assert _signed("Joint Statement from the United States, India, and Brazil on the G20", gazetteer) == [
        ("state/USA", None), ("state/IND", None), ("state/BRA", None)]
    # a person the gazetteer does not know: minted, with the state the title's adjective names
    assert _signed("Joint Statement from U.S. President Joseph R. Biden and Dutch Prime Minister "
                   "Alma Vandenberg on Aircraft", gazetteer) == [
        ("person/joe-biden", "state/USA"), ("actor/person/alma-vandenberg", "state/NLD")]


def test_signatories_named_before_the_title(gazetteer):
    assert _signed("U.S.-Canada Joint Statement on the Energy Task Force", gazetteer) == [
        ("state/USA", None), ("state/CAN", None)]
    assert _signed("United States and European Commission Joint Statement on Data", gazetteer) == [
        ("state/USA", None), ("org/EC", None)]


def test_a_title_naming_no_signatories_gives_none(gazetteer):
    assert _signed("Joint Statement on Israel", gazetteer) == []
    assert _signed("Joint Statement Following the Meeting on Trade", gazetteer) == []


def _run(doc, title, gazetteer):
    article = Article(id="t", text=doc.text, title=title, published=DAY, publisher="The White House")
    return extract(doc, article, gazetteer)


def test_we_in_a_joint_statement_meet_as_all_signatories_but_hold_stances_as_the_publisher(
        blank, matcher, gazetteer):
    rows = [
        ("We", 1, "nsubj", "PRON", "we", "PRP"),
        ("met", 1, "ROOT", "VERB", "meet", "VBD"),
        ("today", 1, "npadvmod", "NOUN", "today", "NN"),
        ("and", 1, "cc", "CCONJ", "and", "CC"),
        ("condemned", 1, "conj", "VERB", "condemn", "VBD"),
        ("Iran", 4, "dobj", "PROPN", "Iran", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ]
    doc = make_doc(blank, matcher, rows, ents=["O", "O", "B-DATE", "O", "O", "B-GPE", "O"])
    ex = _run(doc, "Joint Statement by President Biden and Prime Minister Trudeau", gazetteer)
    met = [e for e in ex.events if e.event_type == "CONSULT"]
    assert len(met) == 1
    assert {"person/joe-biden", "person/justin-trudeau"} <= {
        p.mention.actor.key for p in met[0].participants if p.role == "source"}
    assert [(s.holder.actor.key, s.stance_type) for s in ex.stances] == [("state/USA", "DISAPPROVE")]
    # a release by one government: "we" is its state
    ex = _run(doc, "Statement by the Press Secretary on Iran", gazetteer)
    assert {p.mention.actor.key for e in ex.events for p in e.participants if p.role == "source"} <= {"state/USA"}
