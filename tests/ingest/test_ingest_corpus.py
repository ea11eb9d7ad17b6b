"""The shared Kremlin corpus (../shared/corpus/kremlin.jsonl), read lazily; skipped if absent."""

from __future__ import annotations

import io
import itertools
import json
from datetime import date

import pytest

from diplograph.ingest import IngestProblem, read_inputs
from diplograph.model import Article
from diplograph.resources import shared_dir

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def kremlin():
    path = shared_dir() / "corpus" / "kremlin.jsonl"
    if not path.is_file():
        pytest.skip("../shared corpus not available")
    return path


def test_first_50_kremlin_records(kremlin):
    items = list(read_inputs([kremlin], limit=50))
    assert all(isinstance(i, Article) for i in items)
    assert len(items) == 50
    with kremlin.open(encoding="utf-8") as f:
        records = [json.loads(line) for line in itertools.islice(f, 50)]
    for n, (article, rec) in enumerate(zip(items, records, strict=True), start=1):
        assert article.origin == f"{kremlin}:{n}"
        assert article.text == rec["text"]  # kept exactly, so offsets stay valid
        assert article.id == article.url == rec["url"]
        assert article.corpus_id == rec["id"]
        assert article.title == rec["title"]
        assert article.publisher == rec["publisher"]
        assert article.published == date.fromisoformat(rec["date"])
    assert len({a.id for a in items}) == 50


class _CountingReader(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.bytes_read += len(data)
        return data


def test_stdin_is_streamed(kremlin):
    with kremlin.open("rb") as f:
        data = f.read()
    stream = _CountingReader(data)
    items = list(read_inputs(["-"], stdin=stream, limit=5))
    assert [type(i) for i in items] == [Article] * 5
    assert not any(isinstance(i, IngestProblem) for i in items)
    assert stream.bytes_read < len(data) // 4  # only a read buffer ahead, not the whole file
