"""End to end on a real article: the White House climate-finance summary of 2021-04-22
(../shared/corpus), whose "re-establish" and "to double, by 2024, ..." were cut into the issue
labels "to re" and "to double". Skipped without the model or the corpus."""

from __future__ import annotations

import gzip
import json
import re

from diplograph.extract import extract
from diplograph.ingest.records import record_to_article
from tests.conftest import needs_model, shared_path

ARTICLE = "wh/statements-releases/2021-04/2021-04-22-executive-summary-u-s-international-climate-finance-plan"
_BARE_END = re.compile(r"(?:\b(?:to|of|the|a|an|and|or|with|for|by|in|on|re)|[-,;])$")


def _record(path, wanted):
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if wanted in line[:300]:
                record = json.loads(line)
                if record.get("id") == wanted:
                    return record
    return None


@needs_model
def test_climate_finance_labels_are_whole_phrases(nlp, gazetteer):
    record = _record(shared_path("corpus", "whitehouse.jsonl.gz"), ARTICLE)
    assert record is not None
    article = record_to_article(record, "whitehouse.jsonl.gz", 2_000_000)
    ex = extract(nlp(article.text), article, gazetteer)
    issues = [s.target_issue.label for s in ex.stances if s.target_issue is not None]
    labels = issues + [e.label for e in ex.events if e.label]
    assert "to re-establish U.S. leadership in international climate diplomacy" in issues
    assert any(x.startswith("to double, by 2024, our annual public climate finance") for x in issues)
    assert not [x for x in labels if _BARE_END.search(x)]
