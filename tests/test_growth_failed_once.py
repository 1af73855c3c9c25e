"""A follower history's failed observations are judged once per creator (review s47, left
undone): the growth check (which drops them) and the engagement check (which reads the
followers on a post's day without them) both read them from the feature context, on the
per-creator path and on the chunk path, and give what each judged on its own gave."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

import pytest

from fraud.features import (
    FeatureBlock,
    FeatureContext,
    FeatureRow,
    engagement,
    extract_features,
    extract_many,
    growth,
)
from fraud.features.growth import MAX_HISTORY_DAYS
from fraud.norms import load_norms
from fraud.schema import CreatorRecord
from tests.test_columnar import _assert_rows_equal

END = date(2026, 3, 1)


def _record(creator_id: str, days: int = 60, span: int | None = None) -> CreatorRecord:
    """A creator gaining 50 a day, with a count of 0 and a half-scraped day in its history
    (``span``: the history's first snapshot that many days before the others, when given)."""
    history: list[dict[str, Any]] = [
        {"date": (END - timedelta(days=days - 1 - i)).isoformat(), "followers": 50_000 + 50 * i}
        for i in range(days)
    ]
    history[days // 3]["followers"] = 0
    history[2 * days // 3]["followers"] = 20_000
    if span is not None:
        history.insert(0, {"date": (END - timedelta(days=span)).isoformat(), "followers": 10_000})
    return CreatorRecord.model_validate(
        {
            "creator_id": creator_id,
            "platform": "weibo",
            "as_of": END.isoformat() + "T12:00:00Z",
            "profile": {"followers": 53_000, "following": 300, "posts": 200},
            "posts": [
                {
                    "post_id": f"p{i}",
                    "posted_at": (END - timedelta(days=58 - 3 * i)).isoformat() + "T12:00:00Z",
                    "likes": 400 + 10 * i,
                    "comments": 40,
                    "shares": 3,
                }
                for i in range(20)
            ],
            "follower_history": history,
        }
    )


def _context(record: CreatorRecord) -> FeatureContext:
    assert record.as_of is not None
    return FeatureContext(as_of=record.as_of, norms=load_norms())


def _assert_same(block: FeatureBlock, other: FeatureBlock) -> None:
    _assert_rows_equal([FeatureRow({block.check: block})], [FeatureRow({other.check: other})])


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> Counter[int]:
    """How many times each history (by id) was judged for failed observations."""
    calls: Counter[int] = Counter()
    judge = growth._failed_observations

    def counted(history: Any, *args: Any) -> Any:
        calls[id(history)] += 1
        return judge(history, *args)

    monkeypatch.setattr(growth, "_failed_observations", counted)
    return calls


def test_both_paths_judge_each_history_once(judged: Counter[int]) -> None:
    records = [_record("weibo:a"), _record("weibo:b", days=40)]
    contexts = [_context(r) for r in records]
    chunk = extract_many(records, contexts)
    assert sorted(judged.values()) == [1, 1]
    judged.clear()
    reference = [extract_features(r, c) for r, c in zip(records, contexts, strict=True)]
    assert sorted(judged.values()) == [1, 1]
    _assert_rows_equal(chunk, reference)
    # Each check given nothing judges them itself, to the same blocks.
    for family in (growth, engagement):
        for record, row in zip(records, reference, strict=True):
            _assert_same(family.extract(record, _context(record)), row.blocks[family.CHECK])
    assert reference[0].blocks["growth"].evidence.failed_snapshot_dates == [
        (END - timedelta(days=39)).isoformat(),
        (END - timedelta(days=19)).isoformat(),
    ]


def test_failed_observations_of_another_history_are_not_used() -> None:
    record, other = _record("weibo:a"), _record("weibo:b", days=40)
    wrong = _context(record)
    wrong.failed_observations = growth.failed_observations(other)
    for family in (growth, engagement):
        _assert_same(family.extract(record, wrong), family.extract(record, _context(record)))


def test_a_history_longer_than_the_growth_check_reads_is_judged_for_each_part(
    judged: Counter[int],
) -> None:
    # The growth check reads the last MAX_HISTORY_DAYS days: another history than the
    # engagement check's whole one, judged on its own (its first count has no count before it).
    record = _record("weibo:long", span=MAX_HISTORY_DAYS + 30)
    row = extract_features(record, _context(record))
    assert sorted(judged.values()) == [1, 1]
    (chunk,) = extract_many([record], [_context(record)])
    _assert_rows_equal([chunk], [row])
    for family in (growth, engagement):
        _assert_same(family.extract(record, _context(record)), row.blocks[family.CHECK])
