"""The tokenizer keeps "de-" words whole ("de-escalate", "de-escalation") so that the parser sees
one verb or noun, while other hyphenated words still split at the hyphen ("anti-Russian",
"re-imposed") for the extractors' hyphen-piece logic; pieces with a curly apostrophe ("’s", "n’t")
look to the model like their straight forms. A blank English pipeline: no model."""

from __future__ import annotations

import spacy

from diplograph.nlp.pipeline import keep_de_words_whole


def _words(nlp, text):
    return [t.text for t in nlp(text)]


def test_de_words_stay_whole_and_other_hyphenated_words_split():
    nlp = spacy.blank("en")
    text = "Efforts to de-escalate (De-escalation) and anti-Russian, re-imposed, well-known decree-laws, code-named."
    before = _words(nlp, text)
    assert "de-escalate" not in before and "de" in before
    keep_de_words_whole(nlp)
    after = _words(nlp, text)
    assert "de-escalate" in after and "De-escalation" in after
    for piece in ("anti", "Russian", "re", "imposed", "well", "known", "decree", "laws", "code", "named"):
        assert piece in after
    keep_de_words_whole(nlp)  # applying it twice changes nothing more
    assert _words(nlp, text) == after


def test_curly_apostrophe_pieces_get_the_features_of_straight_ones():
    from diplograph.nlp.pipeline import straighten_apostrophes

    nlp = spacy.blank("en")
    straighten_apostrophes(nlp)
    doc = nlp("The allies\u2019 support for Ukraine\u2019s defense: we don\u2019t know.")
    assert "\u2019s" in [t.text for t in doc] and "\u2019" in [t.text for t in doc]  # texts unchanged
    for curly in ("\u2019", "\u2019s", "n\u2019t"):
        straight = curly.replace("\u2019", "'")
        for attr in ("norm_", "shape_", "prefix_", "suffix_"):
            assert getattr(nlp.vocab[curly], attr) == getattr(nlp.vocab[straight], attr), (curly, attr)
