from diplograph.nlp.quotes import find_quotes


def _texts(text):
    return [text[a:b] for a, b in find_quotes(text)]


def test_curly_and_straight_quotes():
    text = '“We agree,” he said. She replied: "Not today, friends."'
    assert _texts(text) == ["We agree,", "Not today, friends."]


def test_multi_paragraph_quote_continues_when_next_paragraph_opens_with_a_mark():
    text = '"First part of the quote.\n\n"Second part," the minister said.'
    spans = find_quotes(text)
    assert len(spans) == 1
    a, b = spans[0]
    assert text[a:b].startswith("First part") and text[a:b].endswith("Second part,")


def test_unterminated_quote_ends_at_paragraph():
    text = 'He said "this never closes\n\nNext paragraph without quotes.'
    assert _texts(text) == ["this never closes"]


def test_inner_single_quotes_are_kept_inside():
    text = '"The resolution titled ‘Ending the embargo’ passed," she said.'
    assert _texts(text) == ["The resolution titled ‘Ending the embargo’ passed,"]
