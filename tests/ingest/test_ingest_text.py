from datetime import date

import pytest

from diplograph.ingest.text import (
    ENGLISH_FUNCTION_WORDS,
    Skip,
    binary_reason,
    decode_utf8,
    function_word_ratio,
    html_to_document,
    looks_english,
    txt_to_document,
    validate_text,
)

ENGLISH = (
    "The foreign ministers of the two countries met in the capital on Tuesday and said that "
    "they would work together on trade, energy and security, and that a new agreement was "
    "expected to be signed before the end of the year."
)
FRENCH = (
    "Le ministre des affaires étrangères a déclaré jeudi que les deux pays avaient décidé de "
    "renforcer leur coopération dans le domaine de l'énergie et des transports. Selon lui, les "
    "négociations se poursuivront au cours des prochaines semaines."
)
SPANISH = (
    "El ministro de relaciones exteriores dijo el jueves que los dos países habían decidido "
    "reforzar su cooperación en el ámbito de la energía y del transporte, y que las "
    "negociaciones continuarán durante las próximas semanas en la capital."
)
NAMES = (
    "Participants in the meeting included: "
    + ", ".join(f"Senator Alex Example{i} of Statename" for i in range(20))
    + ". They discussed the budget."
)


def test_function_words_are_fifty():
    assert len(ENGLISH_FUNCTION_WORDS) == 50


def test_looks_english():
    assert looks_english(ENGLISH)
    assert not looks_english(FRENCH)
    assert not looks_english(SPANISH)
    assert looks_english(NAMES)  # capitalised names do not count against English
    assert looks_english("Bonjour tout le monde")  # short texts pass
    ratio, words = function_word_ratio(ENGLISH)
    assert ratio > 0.3 and words > 30


def test_validate_text():
    validate_text(ENGLISH, 10_000)
    with pytest.raises(Skip, match="empty text"):
        validate_text(" \n ", 10_000)
    with pytest.raises(Skip, match="too large"):
        validate_text(ENGLISH, 20)
    with pytest.raises(Skip, match="does not look like English"):
        validate_text(FRENCH, 10_000)


def test_binary_reason_and_decoding():
    assert binary_reason(b"plain text\n") is None
    assert "NUL" in binary_reason(b"abc\x00def")
    assert "non-text" in binary_reason(bytes(range(1, 9)) * 50)
    assert "UTF-16" in binary_reason("text".encode("utf-16"))
    assert decode_utf8(b"\xef\xbb\xbfhello") == "hello"
    with pytest.raises(Skip, match=r"invalid UTF-8 at byte 3$"):
        decode_utf8(b"abc\xff")
    with pytest.raises(Skip, match=r"invalid UTF-8 at byte 13$"):
        decode_utf8(b"abc\xff", offset=10)


def test_txt_header():
    raw = "title: Talks resume\nurl https://example.org/a\n date 2025-05-07 MOSCOW, May 7. Text\r\n"
    doc = txt_to_document(raw)
    assert doc.title == "Talks resume"
    assert doc.url == "https://example.org/a"
    assert doc.published == date(2025, 5, 7)
    assert doc.text == "MOSCOW, May 7. Text"


def test_txt_without_header_is_only_stripped():
    doc = txt_to_document("\n  Title IX was discussed.\r\nSecond line.\n\n")
    assert doc.text == "Title IX was discussed.\r\nSecond line."
    assert (doc.title, doc.url, doc.published, doc.publisher) == (None, None, None, None)


def test_txt_bad_date_marker():
    with pytest.raises(Skip, match="bad date marker"):
        txt_to_document("date 2025-13-45 Some text")


def test_html_to_document():
    html = """<html><head><title> A  page </title><script>x = "<p>no</p>"</script></head>
    <body><nav><li>Menu</li></nav><h2>Heading</h2><p>One
    two &amp; three<br>four</p><p>Unclosed <b>bold</b><p>Next</p>
    <ul><li>item one<li>item two</ul><div>not captured</div></body></html>"""
    doc = html_to_document(html)
    assert doc.title == "A page"
    assert (
        doc.text
        == "Heading\n\nOne two & three\nfour\n\nUnclosed bold\n\nNext\n\nitem one\n\nitem two"
    )
