"""Names and mentions of actors: names in family-name-first order, given names the tagger left
out, places tagged as persons, one-word titles, names after "<title> of <state>", "the world"
as a collective subject, and pronouns in participial clauses. Hand-built Docs (no model)."""

from __future__ import annotations

from datetime import date
from functools import partial

from diplograph.extract.actors import find_actors, resolve_pronoun
from diplograph.model import Article
from tests.extract.handmade import make_doc

DAY = date(2024, 10, 1)


make = partial(make_doc, quotes=False)  # tests.extract.handmade: no quote spans here


def actors(doc, gazetteer):
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    return index, [(m.span.text, m.actor.key) for m in index.sorted()]


def _called(name_rows, ents):
    # "Biden called <name> today ."
    rows = [("Biden", 1, "nsubj", "PROPN", "Biden"), ("called", 1, "ROOT", "VERB", "call", "VBD")]
    rows += name_rows
    rows += [("today", 1, "npadvmod", "NOUN", "today"), (".", 1, "punct", "PUNCT", ".")]
    return rows, ["B-PERSON", "O"] + ents + ["O", "O"]


def test_a_name_in_family_name_first_order_is_the_known_person(blank, matcher, gazetteer):
    rows, ents = _called([("Ishiba", 3, "compound", "PROPN", "Ishiba"),
                          ("Shigeru", 1, "dobj", "PROPN", "Shigeru")], ["B-PERSON", "I-PERSON"])
    index, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert ("Ishiba Shigeru", "person/shigeru-ishiba") in found
    [ishiba] = [m for m in index.mentions if m.actor.key == "person/shigeru-ishiba"]
    assert ishiba.role is not None and ishiba.role.of.key == "state/JPN"


def test_a_reversed_name_matches_only_when_both_parts_do(blank, matcher, gazetteer):
    # "Tanaka Shigeru" shares a given name with Shigeru Ishiba but is someone else
    rows, ents = _called([("Tanaka", 3, "compound", "PROPN", "Tanaka"),
                          ("Shigeru", 1, "dobj", "PROPN", "Shigeru")], ["B-PERSON", "I-PERSON"])
    _, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert ("Tanaka Shigeru", "actor/person/tanaka-shigeru") in found
    assert not any(k == "person/shigeru-ishiba" for _, k in found)


def test_gazetteer_lookup_person_reverses_only_full_two_part_names(gazetteer):
    assert [e.key for e in gazetteer.lookup_person("Ishiba Shigeru")] == ["person/shigeru-ishiba"]
    assert [e.key for e in gazetteer.lookup_person("Shigeru Ishiba")] == ["person/shigeru-ishiba"]
    assert gazetteer.lookup_person("Shigeru") == ()
    assert gazetteer.lookup_person("Ishiba Shigeru Taro") == ()
    assert gazetteer.lookup_person("Russia Federation") == ()  # not a person either way


def test_a_given_name_left_out_of_the_entity_is_part_of_the_name(blank, matcher, gazetteer):
    # "Biden called Prime Minister Tarek Khan today ." with only "Khan" tagged
    rows, ents = _called([("Prime", 3, "compound", "PROPN", "Prime"),
                          ("Minister", 5, "compound", "PROPN", "Minister"),
                          ("Tarek", 5, "compound", "PROPN", "Tarek"),
                          ("Khan", 1, "dobj", "PROPN", "Khan")], ["O", "O", "O", "B-PERSON"])
    _, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert ("Tarek Khan", "actor/person/tarek-khan") in found


def test_a_title_before_a_name_is_not_part_of_it(blank, matcher, gazetteer):
    # "Biden called President Khan today ." -- "President" is a title, "Mr" an honorific
    for title in ("President", "Mr"):
        rows, ents = _called([(title, 3, "compound", "PROPN", title),
                              ("Khan", 1, "dobj", "PROPN", "Khan")], ["O", "B-PERSON"])
        _, found = actors(make(blank, matcher, rows, ents), gazetteer)
        assert ("Khan", "actor/person/khan") in found


def _talks_at(place_rows, ents):
    # "Putin held talks at <place> ."
    rows = [("Putin", 1, "nsubj", "PROPN", "Putin"), ("held", 1, "ROOT", "VERB", "hold", "VBD"),
            ("talks", 1, "dobj", "NOUN", "talk", "NNS"), ("at", 2, "prep", "ADP", "at")]
    return rows + place_rows + [(".", 1, "punct", "PUNCT", ".")], ["B-PERSON", "O", "O", "O"] + ents + ["O"]


def test_a_place_tagged_as_a_person_after_at_is_no_person(blank, matcher, gazetteer):
    # "Putin held talks at Zelyony Mys ." -- a place the gazetteer does not know
    rows, ents = _talks_at([("Zelyony", 5, "compound", "PROPN", "Zelyony"),
                            ("Mys", 3, "pobj", "PROPN", "Mys")], ["B-PERSON", "I-PERSON"])
    _, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert found == [("Putin", "person/vladimir-putin")]


def test_a_name_of_a_residence_is_no_person(blank, matcher, gazetteer):
    # "Putin held talks at the Zelyony Mys residence ."
    rows, ents = _talks_at([("the", 7, "det", "DET", "the"), ("Zelyony", 6, "compound", "PROPN", "Zelyony"),
                            ("Mys", 7, "compound", "PROPN", "Mys"),
                            ("residence", 3, "pobj", "NOUN", "residence")], ["O", "B-PERSON", "I-PERSON", "O"])
    _, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert found == [("Putin", "person/vladimir-putin")]


def test_a_known_state_residence_is_its_state(blank, matcher, gazetteer):
    # "Putin held talks at Bocharov Ruchei ." -- the gazetteer's residence of the Russian president
    rows, ents = _talks_at([("Bocharov", 5, "compound", "PROPN", "Bocharov"),
                            ("Ruchei", 3, "pobj", "PROPN", "Ruchei")], ["B-PERSON", "I-PERSON"])
    _, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert ("Bocharov Ruchei", "state/RUS") in found
    assert [e.key for e in gazetteer.lookup("Chequers")] == ["state/GBR"]


def test_a_person_after_with_or_confidence_in_is_still_a_person(blank, matcher, gazetteer):
    # "Putin held talks with Jorge Vivo ." / "Putin expressed confidence in Jorge Vivo ."
    for prep, head_word, head_lemma in (("with", "talks", "talk"), ("in", "confidence", "confidence")):
        rows = [("Putin", 1, "nsubj", "PROPN", "Putin"), ("held", 1, "ROOT", "VERB", "hold", "VBD"),
                (head_word, 1, "dobj", "NOUN", head_lemma), (prep, 2, "prep", "ADP", prep),
                ("Jorge", 5, "compound", "PROPN", "Jorge"), ("Vivo", 3, "pobj", "PROPN", "Vivo"),
                (".", 1, "punct", "PUNCT", ".")]
        ents = ["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
        _, found = actors(make(blank, matcher, rows, ents), gazetteer)
        assert ("Jorge Vivo", "actor/person/jorge-vivo") in found


def test_a_one_word_title_tagged_as_a_person_is_no_person(blank, matcher, gazetteer):
    # "Putin met Chairperson of the AU ." -- "Chairperson" tagged PERSON
    rows = [("Putin", 1, "nsubj", "PROPN", "Putin"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
            ("Chairperson", 1, "dobj", "PROPN", "Chairperson"), ("of", 2, "prep", "ADP", "of"),
            ("the", 5, "det", "DET", "the"), ("AU", 3, "pobj", "PROPN", "AU"), (".", 1, "punct", "PUNCT", ".")]
    _, found = actors(make(blank, matcher, rows, ["B-PERSON", "O", "B-PERSON", "O", "B-ORG", "I-ORG", "O"]),
                      gazetteer)
    assert not any(k.startswith("actor/person/") for _, k in found)


def test_the_name_after_title_of_state_is_the_title_holder(blank, matcher, gazetteer):
    # "Putin met President of Senegal Moussa Diallo ." -- "Senegal Moussa Diallo" tagged as one ORG
    rows = [("Putin", 1, "nsubj", "PROPN", "Putin"), ("met", 1, "ROOT", "VERB", "meet", "VBD"),
            ("President", 1, "dobj", "PROPN", "President"), ("of", 2, "prep", "ADP", "of"),
            ("Senegal", 6, "compound", "PROPN", "Senegal"), ("Moussa", 6, "compound", "PROPN", "Moussa"),
            ("Diallo", 3, "pobj", "PROPN", "Diallo"), (".", 1, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    index, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert ("Moussa Diallo", "actor/person/moussa-diallo") in found and ("Senegal", "state/SEN") in found
    [diallo] = [m for m in index.mentions if m.actor.key == "actor/person/moussa-diallo"]
    assert diallo.role is not None and diallo.role.of.key == "state/SEN"


def test_no_name_is_read_after_a_state_without_a_title(blank, matcher, gazetteer):
    # "Exports of Senegal Cotton Company rose ." -- no title before "of"; an organization word
    rows = [("Exports", 5, "nsubj", "NOUN", "export"), ("of", 0, "prep", "ADP", "of"),
            ("Senegal", 4, "compound", "PROPN", "Senegal"), ("Cotton", 4, "compound", "PROPN", "Cotton"),
            ("Company", 1, "pobj", "PROPN", "Company"), ("rose", 5, "ROOT", "VERB", "rise", "VBD")]
    _, found = actors(make(blank, matcher, rows), gazetteer)
    assert found == [("Senegal", "state/SEN")]


def test_the_world_as_a_subject_is_the_international_community(blank, matcher, gazetteer):
    # "The world will hold Russia accountable ."
    rows = [("The", 1, "det", "DET", "the"), ("world", 3, "nsubj", "NOUN", "world"),
            ("will", 3, "aux", "AUX", "will", "MD"), ("hold", 3, "ROOT", "VERB", "hold", "VB"),
            ("Russia", 3, "dobj", "PROPN", "Russia"), ("accountable", 3, "oprd", "ADJ", "accountable"),
            (".", 3, "punct", "PUNCT", ".")]
    _, found = actors(make(blank, matcher, rows), gazetteer)
    assert ("The world", "org/INTL_COMMUNITY") in found


def test_the_world_elsewhere_is_no_actor(blank, matcher, gazetteer):
    # "Russia isolated itself from the world ." / "the Arab world reacted"
    rows = [("Russia", 1, "nsubj", "PROPN", "Russia"), ("isolated", 1, "ROOT", "VERB", "isolate", "VBD"),
            ("itself", 1, "dobj", "PRON", "itself"), ("from", 1, "prep", "ADP", "from"),
            ("the", 5, "det", "DET", "the"), ("world", 3, "pobj", "NOUN", "world"), (".", 1, "punct", "PUNCT", ".")]
    _, found = actors(make(blank, matcher, rows), gazetteer)
    assert found == [("Russia", "state/RUS")]
    rows = [("the", 2, "det", "DET", "the"), ("Arab", 2, "amod", "ADJ", "arab"),
            ("world", 3, "nsubj", "NOUN", "world"), ("reacted", 3, "ROOT", "VERB", "react", "VBD")]
    _, found = actors(make(blank, matcher, rows), gazetteer)
    assert not any(k == "org/INTL_COMMUNITY" for _, k in found)


def _informed(first):
    # "<first> informed Macron of his contacts , Putin said ." -- first = ["Having"] or ["When", "he"]
    rows = []
    n = len(first)
    verb = n
    main = n + 7
    for i, (w, dep, pos, lemma, tag) in enumerate(first):
        rows.append((w, verb, dep, pos, lemma, tag))
    rows += [
        ("informed", main, "advcl", "VERB", "inform", "VBN"),
        ("Macron", verb, "dobj", "PROPN", "Macron"),
        ("of", verb, "prep", "ADP", "of"),
        ("his", n + 4, "poss", "PRON", "his", "PRP$"),
        ("contacts", n + 2, "pobj", "NOUN", "contact", "NNS"),
        (",", main, "punct", "PUNCT", ","),
        ("Putin", main, "nsubj", "PROPN", "Putin"),
        ("said", main, "ROOT", "VERB", "say", "VBD"),
        (".", main, "punct", "PUNCT", "."),
    ]
    ents = ["O"] * n + ["O", "B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O"]
    return rows, ents, n + 3


def test_a_possessive_in_a_participial_clause_is_the_main_subjects(blank, matcher, gazetteer):
    rows, ents, his = _informed([("Having", "aux", "AUX", "have", "VBG")])
    doc = make(blank, matcher, rows, ents)
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert doc[his].text == "his"
    assert resolve_pronoun(index, doc[his]).actor.key == "person/vladimir-putin"


def test_a_possessive_in_a_clause_with_its_own_subject_is_not_forced_to_the_main_subject(
        blank, matcher, gazetteer):
    # "When Lukashenko informed Macron of his contacts , Putin said ." -- not Putin's contacts
    rows, ents, his = _informed([("When", "advmod", "SCONJ", "when", "WRB"),
                                 ("Lukashenko", "nsubj", "PROPN", "Lukashenko", "NNP")])
    ents[1] = "B-PERSON"
    doc = make(blank, matcher, rows, ents)
    index = find_actors(doc, Article(id="t", text=doc.text, published=DAY), gazetteer)
    assert doc[his].text == "his"
    assert resolve_pronoun(index, doc[his]).actor.key != "person/vladimir-putin"


def test_european_partners_are_the_eu_but_european_allies_are_not(blank, matcher, gazetteer):
    # "Kyiv stays in contact with its European partners ." / "... allies ." / "... countries ."
    for noun, lemma, expected in (("partners", "partner", True), ("counterparts", "counterpart", True),
                                  ("allies", "ally", False), ("countries", "country", False)):
        rows = [("Kyiv", 1, "nsubj", "PROPN", "Kyiv"), ("stays", 1, "ROOT", "VERB", "stay", "VBZ"),
                ("in", 1, "prep", "ADP", "in"), ("contact", 2, "pobj", "NOUN", "contact"),
                ("with", 3, "prep", "ADP", "with"), ("its", 7, "poss", "PRON", "its", "PRP$"),
                ("European", 7, "amod", "ADJ", "european", "JJ"), (noun, 4, "pobj", "NOUN", lemma, "NNS"),
                (".", 1, "punct", "PUNCT", ".")]
        _, found = actors(make(blank, matcher, rows), gazetteer)
        assert (("European " + noun, "org/EU") in found) is expected, noun


def _with_africa(noun, lemma, prep="with"):
    # "Russia develops <noun> <prep> Africa ."
    return [("Russia", 1, "nsubj", "PROPN", "Russia"), ("develops", 1, "ROOT", "VERB", "develop", "VBZ"),
            (noun, 1, "dobj", "NOUN", lemma), (prep, 2, "prep", "ADP", prep),
            ("Africa", 3, "pobj", "PROPN", "Africa"), (".", 1, "punct", "PUNCT", ".")]


def test_africa_as_a_party_to_relations_is_the_african_union(blank, matcher, gazetteer):
    _, found = actors(make(blank, matcher, _with_africa("relations", "relation")), gazetteer)
    assert ("Africa", "org/AU") in found


def test_africa_before_the_african_union_existed_is_the_oau(blank, matcher, gazetteer):
    doc = make(blank, matcher, _with_africa("ties", "tie"))
    index = find_actors(doc, Article(id="t", text=doc.text, published=date(1990, 1, 1)), gazetteer)
    assert [m.actor.key for m in index.sorted()] == ["state/RUS", "org/OAU"]


def test_africa_as_a_place_is_no_actor(blank, matcher, gazetteer):
    # "Russia develops projects in Africa ." / "Russia develops security with Africa ."
    for noun, lemma, prep in (("projects", "project", "in"), ("security", "security", "with")):
        _, found = actors(make(blank, matcher, _with_africa(noun, lemma, prep)), gazetteer)
        assert found == [("Russia", "state/RUS")]


def test_an_unlisted_peoples_republic_is_minted_once_with_its_initials(blank, matcher, gazetteer):
    # "Putin recognised the Donetsk People 's Republic . The DPR welcomed it ." -- no NER at all
    rows = [("Putin", 1, "nsubj", "PROPN", "Putin"), ("recognised", 1, "ROOT", "VERB", "recognise", "VBD"),
            ("the", 6, "det", "DET", "the"), ("Donetsk", 4, "compound", "PROPN", "Donetsk"),
            ("People", 6, "poss", "PROPN", "People"), ("'s", 4, "case", "PART", "'s"),
            ("Republic", 1, "dobj", "PROPN", "Republic"), (".", 1, "punct", "PUNCT", "."),
            ("The", 9, "det", "DET", "the"), ("DPR", 10, "nsubj", "PROPN", "DPR"),
            ("welcomed", 10, "ROOT", "VERB", "welcome", "VBD"), ("it", 10, "dobj", "PRON", "it"),
            (".", 10, "punct", "PUNCT", ".")]
    ents = ["B-PERSON"] + ["O"] * 12
    spaces = [True] * 13
    spaces[4] = False  # "People's"
    doc = make(blank, matcher, rows, ents, spaces)
    _, found = actors(doc, gazetteer)
    key = "actor/organization/donetsk-peoples-republic"
    assert ("Donetsk People's Republic", key) in found and ("DPR", key) in found


def test_a_recognised_peoples_republic_is_its_state(gazetteer):
    assert gazetteer.lookup("People's Republic of China")[0].key == "state/CHN"


def test_slug_drops_apostrophes_inside_words():
    from diplograph.extract.actors import slug

    assert slug("Donetsk People’s Republic") == slug("Donetsk People's Republic") == "donetsk-peoples-republic"
    assert slug("Díaz-Canel Bermúdez") == "diaz-canel-bermudez"


def test_a_surname_after_the_full_name_is_that_person(blank, matcher, gazetteer):
    # "Charles Michel called . Putin thanked Mr Michel ."
    rows = [("Charles", 1, "compound", "PROPN", "Charles"), ("Michel", 2, "nsubj", "PROPN", "Michel"),
            ("called", 2, "ROOT", "VERB", "call", "VBD"), (".", 2, "punct", "PUNCT", "."),
            ("Putin", 5, "nsubj", "PROPN", "Putin"), ("thanked", 5, "ROOT", "VERB", "thank", "VBD"),
            ("Mr", 7, "compound", "PROPN", "Mr"), ("Michel", 5, "dobj", "PROPN", "Michel"),
            (".", 5, "punct", "PUNCT", ".")]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O", "B-PERSON", "O"]
    _, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert found.count(("Michel", "person/charles-michel")) == 1
    assert not any(k.startswith("actor/person/") for _, k in found)


def test_equipment_and_places_named_like_persons_are_no_persons(blank, matcher, gazetteer):
    # "Kyiv asked for Zoltan missiles ." / "Kyiv rebuilt the cities of Zoltan ."
    rows = [("Kyiv", 1, "nsubj", "PROPN", "Kyiv"), ("asked", 1, "ROOT", "VERB", "ask", "VBD"),
            ("for", 1, "prep", "ADP", "for"), ("Zoltan", 4, "compound", "PROPN", "Zoltan"),
            ("missiles", 2, "pobj", "NOUN", "missile", "NNS"), (".", 1, "punct", "PUNCT", ".")]
    _, found = actors(make(blank, matcher, rows, ["O", "O", "O", "B-PERSON", "O", "O"]), gazetteer)
    assert found == [("Kyiv", "state/UKR")]
    rows = [("Kyiv", 1, "nsubj", "PROPN", "Kyiv"), ("rebuilt", 1, "ROOT", "VERB", "rebuild", "VBD"),
            ("the", 3, "det", "DET", "the"), ("cities", 1, "dobj", "NOUN", "city", "NNS"),
            ("of", 3, "prep", "ADP", "of"), ("Zoltan", 4, "pobj", "PROPN", "Zoltan"), (".", 1, "punct", "PUNCT", ".")]
    _, found = actors(make(blank, matcher, rows, ["O", "O", "O", "O", "O", "B-PERSON", "O"]), gazetteer)
    assert found == [("Kyiv", "state/UKR")]
    # ... but "the visit of Zoltan" is a person's
    rows[3] = ("visit", 1, "dobj", "NOUN", "visit")
    _, found = actors(make(blank, matcher, rows, ["O", "O", "O", "O", "O", "B-PERSON", "O"]), gazetteer)
    assert ("Zoltan", "actor/person/zoltan") in found


def _matched(blank, matcher, text):
    from diplograph.nlp.components import ACTOR_SPANS

    doc = matcher(blank(text))
    return [(s.text, s.kb_id_) for s in doc.spans[ACTOR_SPANS]]


def test_collective_actors_written_in_lower_case_are_matched(blank, matcher):
    assert _matched(blank, matcher, "the international community condemned it") == [
        ("international community", "org/INTL_COMMUNITY")]
    assert _matched(blank, matcher, "the world community condemned it") == [
        ("world community", "org/INTL_COMMUNITY")]
    assert _matched(blank, matcher, "the collective West imposed sanctions") == [
        ("collective West", "org/THE_WEST")]
    assert _matched(blank, matcher, "sanctions pursued by the West .") == [("the West", "org/THE_WEST")]


def test_lower_case_names_and_longer_names_are_not_collective_actors(blank, matcher):
    assert _matched(blank, matcher, "in the west of the country") == []
    assert _matched(blank, matcher, "the security council of the company met") == []
    assert _matched(blank, matcher, "blockades in the West Bank") == [("West Bank", "state/PSE")]
    assert _matched(blank, matcher, "made of china") == []


def test_two_known_names_tagged_as_one_entity_stay_two_persons(blank, matcher, gazetteer):
    # signatures "Donald J. Trump Prabowo Subianto" tagged as one PERSON; but "Melania Trump" is not Trump
    words = ["Signed", "Donald", "J.", "Trump", "Prabowo", "Subianto"]
    rows = [(w, 0, "dep", "PROPN", w) for w in words]
    rows[0] = ("Signed", 0, "ROOT", "VERB", "sign", "VBN")
    _, found = actors(make(blank, matcher, rows, ["O"] + ["B-PERSON"] + ["I-PERSON"] * 4), gazetteer)
    assert found == [("Donald J. Trump", "person/donald-trump"), ("Prabowo Subianto", "person/prabowo-subianto")]
    rows = [("Signed", 0, "ROOT", "VERB", "sign", "VBN"), ("Melania", 2, "compound", "PROPN", "Melania"),
            ("Trump", 0, "dobj", "PROPN", "Trump")]
    _, found = actors(make(blank, matcher, rows, ["O", "B-PERSON", "I-PERSON"]), gazetteer)
    assert found == [("Melania Trump", "actor/person/melania-trump")]


def test_a_state_continent_summit_has_the_continental_organization(blank, matcher, gazetteer):
    # "the Russia - Africa summit was held ." -- but "the Russia - Africa border" names no party
    for noun, lemma, expected in (("summit", "summit", True), ("border", "border", False)):
        rows = [("the", 4, "det", "DET", "the"), ("Russia", 3, "compound", "PROPN", "Russia"),
                ("-", 3, "punct", "PUNCT", "-"), ("Africa", 4, "compound", "PROPN", "Africa"),
                (noun, 6, "nsubjpass", "NOUN", lemma), ("was", 6, "auxpass", "AUX", "be"),
                ("held", 6, "ROOT", "VERB", "hold", "VBN"), (".", 6, "punct", "PUNCT", ".")]
        _, found = actors(make(blank, matcher, rows), gazetteer)
        assert (("Africa", "org/AU") in found) is expected, noun


def test_a_bilateral_alliance_is_no_organization(blank, matcher, gazetteer):
    # "Biden praised the U.S.-Japan Alliance ." tagged ORG; "the Gas Exporting Alliance" still minted
    for name, minted in ((["U.S.-Japan", "Alliance"], False), (["Gas", "Exporting", "Alliance"], True)):
        rows = [("Biden", 1, "nsubj", "PROPN", "Biden"), ("praised", 1, "ROOT", "VERB", "praise", "VBD"),
                ("the", 2 + len(name), "det", "DET", "the")]
        rows += [(w, 2 + len(name), "compound", "PROPN", w) for w in name[:-1]]
        rows += [(name[-1], 1, "dobj", "PROPN", name[-1]), (".", 1, "punct", "PUNCT", ".")]
        ents = ["B-PERSON", "O", "B-ORG"] + ["I-ORG"] * len(name) + ["O"]
        _, found = actors(make(blank, matcher, rows, ents), gazetteer)
        assert any(k.startswith("actor/organization/") for _, k in found) is minted, name


def test_a_rank_inside_a_person_entity_is_not_part_of_the_name(blank, matcher, gazetteer):
    # "Archbishop Desmond Tutu called ." tagged as one PERSON; "King Abdullah" keeps its title
    for words, name in ((["Archbishop", "Desmond", "Tutu"], "Desmond Tutu"), (["King", "Abdullah"], "King Abdullah")):
        rows = [(w, len(words) - 1, "compound", "PROPN", w) for w in words[:-1]]
        rows += [(words[-1], len(words), "nsubj", "PROPN", words[-1]),
                 ("called", len(words), "ROOT", "VERB", "call", "VBD")]
        ents = ["B-PERSON"] + ["I-PERSON"] * (len(words) - 1) + ["O"]
        _, found = actors(make(blank, matcher, rows, ents), gazetteer)
        assert [text for text, _ in found] == [name]


def test_a_people_name_before_a_kind_of_group_is_no_person(blank, matcher, gazetteer):
    # "The main Karen rebel group demanded talks ." -- the Karen, not a person named Karen
    doc = make(blank, matcher, [
        ("The", 4, "det", "DET", "the"),
        ("main", 4, "amod", "ADJ", "main", "JJ"),
        ("Karen", 4, "compound", "PROPN", "Karen", "NNP"),
        ("rebel", 4, "compound", "NOUN", "rebel", "NN"),
        ("group", 5, "nsubj", "NOUN", "group", "NN"),
        ("demanded", 5, "ROOT", "VERB", "demand", "VBD"),
        ("talks", 5, "dobj", "NOUN", "talk", "NNS"),
        (".", 5, "punct", "PUNCT", "."),
    ], ["O", "O", "B-PERSON", "O", "O", "O", "O", "O"])
    assert actors(doc, gazetteer)[1] == []


def test_an_organization_tagged_name_after_a_title_is_a_person(blank, matcher, gazetteer):
    # "Minister Joseph Kamau resigned ." -- the tagger read the name as an organization
    rows = [
        ("Minister", 2, "compound", "PROPN", "Minister", "NNP"),
        ("Joseph", 2, "compound", "PROPN", "Joseph", "NNP"),
        ("Kamau", 3, "nsubj", "PROPN", "Kamau", "NNP"),
        ("resigned", 3, "ROOT", "VERB", "resign", "VBD"),
        (".", 3, "punct", "PUNCT", "."),
    ]
    _, found = actors(make(blank, matcher, rows, ["O", "B-ORG", "I-ORG", "O", "O"]), gazetteer)
    assert found == [("Joseph Kamau", "actor/person/joseph-kamau")]
    # "Minister Joseph Kamau Foundation ..." / an acronym stays an organization's
    rows[2] = ("KANU", 3, "nsubj", "PROPN", "KANU", "NNP")
    _, found = actors(make(blank, matcher, rows, ["O", "B-ORG", "I-ORG", "O", "O"]), gazetteer)
    assert all(key.startswith("actor/person/") is False for _, key in found)


def test_the_rest_of_a_longer_title_tagged_as_an_organization_is_no_person(blank, matcher, gazetteer):
    # "Deputy National Security Advisor Anne Neuberger spoke ." -- "National Security" is no name
    rows = [
        ("Deputy", 5, "compound", "PROPN", "Deputy", "NNP"),
        ("National", 2, "compound", "PROPN", "National", "NNP"),
        ("Security", 3, "compound", "PROPN", "Security", "NNP"),
        ("Advisor", 5, "compound", "PROPN", "Advisor", "NNP"),
        ("Anne", 5, "compound", "PROPN", "Anne", "NNP"),
        ("Neuberger", 6, "nsubj", "PROPN", "Neuberger", "NNP"),
        ("spoke", 6, "ROOT", "VERB", "speak", "VBD"),
        (".", 6, "punct", "PUNCT", "."),
    ]
    ents = ["O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"]
    _, found = actors(make(blank, matcher, rows, ents), gazetteer)
    assert not any("national-security" in key for _, key in found)


def test_a_surname_later_in_the_text_keeps_the_role_its_title_gave(blank, matcher, gazetteer):
    # "Ugandan President Joseph Mulongo spoke . Mulongo left ."
    rows = [
        ("Ugandan", 3, "amod", "ADJ", "Ugandan", "JJ"),
        ("President", 3, "compound", "PROPN", "President", "NNP"),
        ("Joseph", 3, "compound", "PROPN", "Joseph", "NNP"),
        ("Mulongo", 4, "nsubj", "PROPN", "Mulongo", "NNP"),
        ("spoke", 4, "ROOT", "VERB", "speak", "VBD"),
        (".", 4, "punct", "PUNCT", "."),
        ("Mulongo", 7, "nsubj", "PROPN", "Mulongo", "NNP"),
        ("left", 7, "ROOT", "VERB", "leave", "VBD"),
        (".", 7, "punct", "PUNCT", "."),
    ]
    ents = ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"]
    doc = make(blank, matcher, rows, ents, sent_starts=[True] + [False] * 5 + [True, False, False])
    index, _ = actors(doc, gazetteer)
    persons = [m for m in index.sorted() if m.actor.kind == "Person"]
    assert [m.span.text for m in persons] == ["Joseph Mulongo", "Mulongo"]
    assert {(m.role.role, m.role.of.key) for m in persons if m.role} == {("head-of-state", "state/UGA")}
    assert all(m.role is not None for m in persons)
