"""Trade between states as economic cooperation (CAMEO 061; the gold's COOPERATE "procurement,
supplies"), on hand-built Docs (sentences invented for these tests): buying, selling, exporting
goods or arms between two named sides; giving them stays AID; trade without a partner is no event.
Also a cancelled visit (CAMEO 161)."""

from __future__ import annotations

from tests.extract.handmade import make_doc
from tests.extract.test_event_triggers import _events, run


def _trade_doc(blank, matcher, verb: tuple[str, str, str], obj: tuple[str, str], prep: str, partner: bool = True):
    # "Turkey bought missiles from Russia." / "Russia supplied gas to Serbia." / "Chile exported copper."
    words = [
        ("Turkey", 1, "nsubj", "PROPN", "Turkey", "NNP"),
        (verb[0], 1, "ROOT", "VERB", verb[1], verb[2]),
        (obj[0], 1, "dobj", "NOUN", obj[1], "NNS" if obj[0].endswith("s") else "NN"),
    ]
    if partner:
        words += [(prep, 1, "prep", "ADP", prep, "IN"), ("Russia", 3, "pobj", "PROPN", "Russia", "NNP")]
    words.append((".", 1, "punct", "PUNCT", ".", "."))
    n = len(words)
    ents = ["B-GPE"] + ["O"] * (n - 3) + (["B-GPE"] if partner else ["O"]) + ["O"]
    return make_doc(blank, matcher, words, ents=ents, spaces=[True] * (n - 2) + [False, False])


def test_buying_arms_from_a_state_is_cooperation_with_it(blank, matcher, gazetteer):
    doc = _trade_doc(blank, matcher, ("bought", "buy", "VBD"), ("missiles", "missile"), "from")
    assert ("COOPERATE", None, [("source", "state/TUR"), ("target", "state/RUS")]) in _events(run(doc, gazetteer))


def test_supplying_gas_is_trade_but_supplying_weapons_is_aid(blank, matcher, gazetteer):
    gas = _events(run(_trade_doc(blank, matcher, ("supplied", "supply", "VBD"), ("gas", "gas"), "to"), gazetteer))
    assert [t for t, *_ in gas] == ["COOPERATE"]
    arms = _events(run(_trade_doc(blank, matcher, ("supplied", "supply", "VBD"), ("weapons", "weapon"), "to"), gazetteer))
    assert [t for t, *_ in arms] == ["AID"]


def test_trade_without_a_partner_or_in_other_goods_is_no_event(blank, matcher, gazetteer):
    alone = _trade_doc(blank, matcher, ("exported", "export", "VBD"), ("wheat", "wheat"), "to", partner=False)
    assert not _events(run(alone, gazetteer))
    ideas = _trade_doc(blank, matcher, ("exported", "export", "VBD"), ("revolution", "revolution"), "to")
    assert not _events(run(ideas, gazetteer))  # "exported revolution to Russia": no goods


def _cancel_doc(blank, matcher, obj: tuple[str, str]):
    # "Japan cancelled a visit to China." / "Japan cancelled a concert in China."
    return make_doc(blank, matcher, [
        ("Japan", 1, "nsubj", "PROPN", "Japan", "NNP"),
        ("cancelled", 1, "ROOT", "VERB", "cancel", "VBD"),
        ("a", 3, "det", "DET", "a", "DT"),
        (obj[0], 1, "dobj", "NOUN", obj[1], "NN"),
        ("to", 3, "prep", "ADP", "to", "IN"),
        ("China", 4, "pobj", "PROPN", "China", "NNP"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"], spaces=[True] * 5 + [False, False])


def test_a_cancelled_visit_cuts_diplomatic_exchange_and_is_no_talk(blank, matcher, gazetteer):
    ex = run(_cancel_doc(blank, matcher, ("visit", "visit")), gazetteer)
    got = {(e.event_type, e.modality) for e in ex.events}
    assert ("SANCTION", "asserted") in got  # CAMEO 161: cancellation of meetings
    assert ("CONSULT", "negated") in got and ("CONSULT", "asserted") not in got
    assert not any(e.event_type == "SANCTION" for e in run(_cancel_doc(blank, matcher, ("concert", "concert")), gazetteer).events)
