"""read_inputs over files, directories and stdin (synthetic inputs only)."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date
from pathlib import Path

import pytest

from diplograph.errors import InputError
from diplograph.ingest import SUPPORTED_SUFFIXES, IngestProblem, read_inputs
from diplograph.ingest.dateline import parse_dateline
from diplograph.ingest.identity import article_id, content_hash
from diplograph.model import Article
from diplograph.resources import PROJECT_ROOT

SEED = PROJECT_ROOT / "data" / "articles" / "tass-2025-05-07-russia-cuba.txt"
FIXTURES = Path(__file__).parent / "fixtures"

ENGLISH = (
    "The foreign ministers of Valdoria and Norland met in the capital on Tuesday and said that "
    "they would work together on trade and energy, and that a new agreement was expected to be "
    "signed before the end of the year."
)
SPANISH = (
    "El ministro de relaciones exteriores dijo el jueves que los dos países habían decidido "
    "reforzar su cooperación en el ámbito de la energía y del transporte, y que las "
    "negociaciones continuarán durante las próximas semanas en la capital del país."
)


def record(n: int, **fields) -> dict:
    return {"id": f"r/{n}", "text": f"Record {n}: {ENGLISH}", **fields}


def jsonl(records) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def split(items):
    items = list(items)
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, IngestProblem)],
    )


# --- the seed article ----------------------------------------------------------------------


def test_seed_article():
    articles, problems = split(read_inputs([SEED]))
    assert problems == []
    (a,) = articles
    assert a.published == date(2025, 5, 7)
    assert a.dateline_place == "Moscow"
    assert a.publisher == "TASS"
    assert a.text.startswith("MOSCOW, May 7. /TASS/. Cuba")
    assert a.origin == str(SEED)
    assert a.id == "sha256:" + content_hash(a.text)
    # the stored text is a verbatim slice of the file: offsets round-trip
    raw = SEED.read_text(encoding="utf-8")
    start = raw.index(a.text)
    assert raw[start : start + len(a.text)] == a.text
    dl = parse_dateline(a.text)
    assert a.text[dl.start : dl.end] == "MOSCOW, May 7. /TASS/."
    i = a.text.index("Lavrov")
    assert a.text[i : i + 6] == raw[start + i : start + i + 6]


# --- JSON lines ----------------------------------------------------------------------------


def test_mixed_jsonl_fixture():
    path = FIXTURES / "mixed.jsonl"
    articles, problems = split(read_inputs([path]))
    assert [a.corpus_id for a in articles] == ["demo/1", "demo/2", "7"]
    assert [a.origin for a in articles] == [f"{path}:1", f"{path}:2", f"{path}:7"]
    assert [(p.origin, p.message.split(":")[0]) for p in problems] == [
        (f"{path}:3", "malformed JSON"),
        (f"{path}:4", "record has no 'text' field"),
        (f"{path}:6", "record is not a JSON object (got array)"),
    ]
    first, second, third = articles
    assert first.id == first.url == "https://example.org/news/1"
    assert first.published == date(2024, 3, 4)
    assert first.publisher == "Example Wire"
    assert first.dateline_place == "Valdoria City"
    assert first.title == "Ministers meet in Valdoria"
    assert second.published == date(2024, 3, 5)  # from "published", a date-time
    assert second.id.startswith("sha256:")
    assert third.publisher == "Example Wire"  # "source": {"name": ...}
    assert third.dateline_place == "Norland"


def test_jsonl_text_kept_exactly(tmp_path):
    text = "  MOSCOW, May 7. /TASS/. Line one.\r\nLine two\u2028 with\ttabs.\n\n"
    path = tmp_path / "exact.jsonl"
    path.write_text(jsonl([{"text": text}]), encoding="utf-8")
    (a,) = read_inputs([path])
    assert a.text == text
    assert a.dateline_place == "Moscow"


def test_jsonl_record_problems(tmp_path):
    rows = [
        record(1),
        {"id": "r/2", "text": ""},
        {"id": "r/3", "text": 42},
        record(4, date="yesterday"),
        record(5, date="2024-02-30"),
        record(6, url=["not", "a", "string"]),
        {"id": "r/7", "text": SPANISH},
        record(8, title="Still fine", published="2024-01-02"),
    ]
    path = tmp_path / "problems.jsonl"
    path.write_text(jsonl(rows), encoding="utf-8")
    articles, problems = split(read_inputs([path]))
    assert [a.corpus_id for a in articles] == ["r/1", "r/8"]
    messages = {p.origin.rsplit(":", 1)[1]: p.message for p in problems}
    assert messages["2"] == "empty 'text'"
    assert messages["3"] == "field 'text' must be a string, got number"
    assert messages["4"].startswith("bad date in 'date': 'yesterday'")
    assert messages["5"].startswith("bad date in 'date'")
    assert messages["6"] == "field 'url' must be a string, got array"
    assert messages["7"].startswith("text does not look like English")
    assert all("\n" not in p.message for p in problems)


def test_jsonl_invalid_utf8_line_is_skipped(tmp_path):
    good = (json.dumps(record(1)) + "\n").encode()
    bad = b'{"text": "caf\xe9"}\n'
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(good + bad + good)
    articles, problems = split(read_inputs([path]))
    assert len(articles) == 2
    (p,) = problems
    assert p.origin == f"{path}:2"
    offset = len(good) + bad.index(b"\xe9")
    assert p.message == f"invalid UTF-8 at byte {offset}"


def test_jsonl_gz_streaming(tmp_path):
    path = tmp_path / "big.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as f:
        for i in range(500):
            f.write(json.dumps(record(i, url=f"https://example.org/{i}")) + "\n")
    items = read_inputs([path], limit=3)
    assert [a.url for a in items] == [f"https://example.org/{i}" for i in range(3)]
    articles, problems = split(read_inputs([path]))
    assert len(articles) == 500 and problems == []
    assert articles[-1].origin == f"{path}:500"


def test_corrupt_gzip(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    data = gzip.compress(jsonl([record(i) for i in range(200)]).encode())
    path.write_bytes(data[: len(data) // 2])
    articles, problems = split(read_inputs([path]))
    assert 0 < len(articles) < 200  # the records before the cut are kept
    assert problems[-1].origin == str(path)
    assert problems[-1].message.startswith("corrupt gzip data")


def test_bom_and_blank_lines(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\n\n" + jsonl([record(1)]).encode() + b"\r\n")
    articles, problems = split(read_inputs([path]))
    assert len(articles) == 1 and problems == []
    assert articles[0].origin == f"{path}:3"


def test_limit_counts_articles_and_stops_reading(tmp_path):
    path = tmp_path / "limit.jsonl"
    path.write_text("not json\n" + jsonl([record(i) for i in range(10)]), encoding="utf-8")
    items = list(read_inputs([path], limit=2))
    assert [type(i).__name__ for i in items] == ["IngestProblem", "Article", "Article"]
    assert list(read_inputs([path], limit=0)) == []


# --- .json ---------------------------------------------------------------------------------


def test_json_array(tmp_path):
    path = tmp_path / "array.json"
    rows = [record(1), record(2, url="https://example.org/2"), "oops", record(3)]
    path.write_text(json.dumps(rows, indent=2), encoding="utf-8")
    articles, problems = split(read_inputs([path]))
    assert [a.corpus_id for a in articles] == ["r/1", "r/2", "r/3"]
    assert articles[1].id == "https://example.org/2"
    (p,) = problems
    assert p.message == "record is not a JSON object (got string)"
    line = path.read_text().splitlines().index('  "oops",') + 1
    assert p.origin == f"{path}:{line}"


def test_json_array_large_elements_across_chunks(tmp_path):
    path = tmp_path / "wide.json.gz"
    rows = [record(i, extra="x" * 70_000) for i in range(4)] + [[1, 2], 12345]
    with gzip.open(path, "wt", encoding="utf-8") as f:
        json.dump(rows, f)
    articles, problems = split(read_inputs([path]))
    assert len(articles) == 4
    assert [p.message for p in problems] == [
        "record is not a JSON object (got array)",
        "record is not a JSON object (got number)",
    ]


def test_json_single_object_and_json_lines(tmp_path):
    single = tmp_path / "one.json"
    single.write_text(json.dumps(record(1), indent=2), encoding="utf-8")
    (a,) = read_inputs([single])
    assert a.corpus_id == "r/1" and a.origin == f"{single}:1"

    lines = tmp_path / "lines.json"
    lines.write_text(jsonl([record(1)]) + "{broken\n" + jsonl([record(3)]), encoding="utf-8")
    articles, problems = split(read_inputs([lines]))
    assert [a.origin for a in articles] == [f"{lines}:1", f"{lines}:3"]
    assert [p.origin for p in problems] == [f"{lines}:2"]


def test_json_malformed_array_stops_the_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text('[\n {"text": "One short text."},\n {"text": "Two" "x"},\n {"text": "3"}\n]')
    articles, problems = split(read_inputs([path]))
    assert len(articles) == 1
    (p,) = problems
    assert p.origin == f"{path}:3"
    assert p.message.startswith("malformed JSON: Expecting ',' delimiter at line 3")


def test_json_not_a_record_stream(tmp_path):
    path = tmp_path / "number.json"
    path.write_text("42")
    (p,) = read_inputs([path])
    assert p.message.startswith("not a JSON array or object")


# --- text and HTML files -------------------------------------------------------------------


def test_txt_header_fixture():
    path = FIXTURES / "header.txt"
    (a,) = read_inputs([path])
    assert a.title == "Norland recalls its ambassador"
    assert a.url == a.id == "https://example.org/news/recall"
    assert a.published == date(2024, 2, 10)
    assert a.dateline_place == "Norland City"
    assert a.publisher == "Example Wire"
    assert a.text.startswith("NORLAND CITY, Feb. 10 /Example Wire/. Norland")
    assert "\r\n\r\n" in a.text  # newlines are not normalised
    assert a.text.endswith("final.")


def test_txt_without_date(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(ENGLISH + "\n", encoding="utf-8")
    (a,) = read_inputs([path])
    assert (a.published, a.title, a.url, a.dateline_place) == (None, None, None, None)
    assert a.text == ENGLISH


def test_html_fixture():
    (a,) = read_inputs([FIXTURES / "page.html"])
    assert a.title == "Valdoria and Norland sign a trade pact"
    assert a.url == a.id == "https://example.org/news/pact"
    assert a.published == date(2024, 6, 1)
    assert a.publisher == "Example Wire"
    paragraphs = a.text.split("\n\n")
    assert paragraphs[0] == "Valdoria and Norland sign a trade pact"
    assert paragraphs[1].startswith("VALDORIA CITY, June 1 (Example Wire) -- The two governments")
    assert "& promised" in paragraphs[1]
    assert paragraphs[2] == "The pact covers:\ngrain and timber"
    assert paragraphs[3:] == ["lower tariffs", "joint customs posts"]
    assert "Home" not in a.text and "Footer" not in a.text and "color" not in a.text


def test_html_without_text(tmp_path):
    path = tmp_path / "empty.htm"
    path.write_text("<html><body><div>only a div</div></body></html>")
    (p,) = read_inputs([path])
    assert p.message == "empty text (no p, h1-h6 or li elements)"


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b" \n\t\n", "empty file"),
        ("empty.jsonl", b"", "empty file"),
        ("blank.jsonl", b"\n\n", "no records (only blank lines)"),
        ("empty.json", b"  \n", "empty file"),
        ("binary.txt", b"GIF89a\x00\x01\x02\x00" * 20, "binary file (contains NUL bytes)"),
        ("binary.jsonl", b"\x00\x01" * 50, "binary file (contains NUL bytes)"),
        ("controls.html", bytes(range(1, 9)) * 40, "binary file (mostly non-text bytes)"),
        ("latin1.txt", "Caf\u00e9 society.".encode("latin-1"), "invalid UTF-8 at byte 3"),
        ("utf16.txt", "Hello".encode("utf-16"), "unsupported encoding UTF-16: expected UTF-8"),
        ("only-header.txt", b"date 2025-05-07\n", "empty text"),
        (
            "bad-date.txt",
            b"date 2025-02-30 Text.",
            "bad date marker '2025-02-30': expected YYYY-MM-DD",
        ),
    ],
)
def test_single_bad_file_yields_a_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert list(read_inputs([path])) == [IngestProblem(str(path), message)]


def test_invalid_utf8_offset_counts_bom_and_prefix(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes(b"\xef\xbb\xbfGood start, then \xc3\x28 broken.")
    (p,) = read_inputs([path])
    assert p.message == "invalid UTF-8 at byte 20"  # 3 (BOM) + 17


def test_non_english_fixture():
    path = FIXTURES / "french.txt"
    (p,) = read_inputs([path])
    assert isinstance(p, IngestProblem)
    assert p.message.startswith("text does not look like English")


def test_too_large(tmp_path):
    path = tmp_path / "large.txt"
    path.write_text(ENGLISH * 3)
    (p,) = read_inputs([path], max_chars=len(ENGLISH))
    assert p.message.startswith("text too large: ")
    huge = tmp_path / "huge.txt"
    huge.write_text(ENGLISH * 400)
    (p,) = read_inputs([huge], max_chars=100)  # rejected without decoding the whole file
    assert p.message.startswith("text too large: more than")
    rows = tmp_path / "large.jsonl"
    rows.write_text(jsonl([record(1), {"text": ENGLISH * 5}]))
    articles, problems = split(read_inputs([rows], max_chars=len(ENGLISH) * 2))
    assert len(articles) == 1
    assert problems[0].origin == f"{rows}:2" and "too large" in problems[0].message


# --- directories ---------------------------------------------------------------------------


def test_directory_recursion(tmp_path):
    root = tmp_path / "corpus"
    (root / "b" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text(ENGLISH)
    (root / "b" / "c.jsonl").write_text(jsonl([record(1), record(2)]))
    (root / "b" / "deeper" / "d.HTML").write_text(f"<p>{ENGLISH}</p>")
    (root / "b" / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / ".hidden" / "e.txt").write_text(ENGLISH)
    (root / ".DS_Store").write_bytes(b"\x00\x00")
    articles, problems = split(read_inputs([root]))
    assert [a.origin for a in articles] == [
        f"{root}/a.txt",
        f"{root}/b/c.jsonl:1",
        f"{root}/b/c.jsonl:2",
        f"{root}/b/deeper/d.HTML",
    ]
    assert problems == [
        IngestProblem(f"{root}/b/notes.pdf", "unsupported input type '.pdf': skipped")
    ]


def test_directory_without_inputs(tmp_path):
    (tmp_path / "readme.md").write_text("# nothing")
    (tmp_path / ".x.txt").write_text(ENGLISH)
    with pytest.raises(InputError, match="no readable inputs in directory"):
        read_inputs([tmp_path])


# --- explicit inputs that cannot be used at all --------------------------------------------


def test_unknown_extension_raises(tmp_path):
    path = tmp_path / "x.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(InputError) as exc:
        read_inputs([path])
    assert str(exc.value) == (
        f"unsupported input type '.pdf' for {path}: "
        "expected .txt, .json, .jsonl, .jsonl.gz, .html or a directory"
    )


def test_missing_path_raises_before_reading(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ENGLISH)
    with pytest.raises(InputError, match="input not found: .*missing.txt"):
        read_inputs([good, tmp_path / "missing.txt"])  # raised at call time, not on iteration
    with pytest.raises(InputError):
        read_inputs([])


def test_stdin_only_once():
    with pytest.raises(InputError, match="once"):
        read_inputs(["-", "-"], stdin=io.StringIO(ENGLISH))


def test_supported_suffixes():
    assert {".txt", ".json", ".jsonl", ".jsonl.gz", ".html"} <= set(SUPPORTED_SUFFIXES)


# --- stdin ---------------------------------------------------------------------------------


def test_stdin_text():
    (a,) = read_inputs(
        ["-"], stdin=io.StringIO(" date 2025-05-07 MOSCOW, May 7. /TASS/. " + ENGLISH)
    )
    assert a.origin == "<stdin>"
    assert a.published == date(2025, 5, 7)
    assert (a.dateline_place, a.publisher) == ("Moscow", "TASS")


def test_stdin_binary_jsonl():
    data = ("\n  " + jsonl([record(1), record(2)]) + "[1]\n").encode()
    articles, problems = split(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert [a.origin for a in articles] == ["<stdin>:2", "<stdin>:3"]
    assert problems == [IngestProblem("<stdin>:4", "record is not a JSON object (got array)")]


def test_stdin_text_json_array():
    stream = io.StringIO(json.dumps([record(1), record(2)], indent=1))
    articles, problems = split(read_inputs(["-"], stdin=stream))
    assert [a.corpus_id for a in articles] == ["r/1", "r/2"] and problems == []


def test_stdin_empty_and_invalid_utf8():
    assert list(read_inputs(["-"], stdin=io.BytesIO(b"  \n"))) == [
        IngestProblem("<stdin>", "empty file")
    ]
    (p,) = read_inputs(["-"], stdin=io.BytesIO(b"abc \xff"))
    assert p == IngestProblem("<stdin>", "invalid UTF-8 at byte 4")


def test_stdin_and_files_together(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH)
    articles, _ = split(read_inputs([path, "-"], stdin=io.BytesIO(b"Another text about trade.")))
    assert [a.origin for a in articles] == [str(path), "<stdin>"]


# --- identity ------------------------------------------------------------------------------


def test_stable_ids(tmp_path):
    path = tmp_path / "ids.jsonl"
    path.write_text(jsonl([record(1), record(2, url=" https://example.org/2 ")]))
    first = [a.id for a in read_inputs([path])]
    second = [a.id for a in read_inputs([path])]
    assert first == second
    assert first[0] == "sha256:" + content_hash(f"Record 1: {ENGLISH}")
    assert first[1] == "https://example.org/2"  # the URL wins over the hash
    assert article_id(None, "x") == article_id("", "x") == "sha256:" + content_hash("x")
    assert len(content_hash("x")) == 64
