"""The creation-date cluster of a follower sample: farms make accounts in batches."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

import numpy as np

from fraud.features import FeatureRow, audience
from fraud.features.audience import MIN_SAMPLE, creation_cluster_share
from fraud.schema import Account, CreatorRecord

AS_OF = date(2026, 1, 1)


def _spread(n: int) -> list[int]:
    """Creation dates of an audience that joined over years (one account every 97 days)."""
    return [date(2012, 1, 1).toordinal() + 97 * i for i in range(n)]


def test_a_batch_of_accounts_made_together_raises_the_cluster_share() -> None:
    genuine = _spread(200)
    batch = [date(2025, 6, 1).toordinal() + i % 20 for i in range(60)]
    assert creation_cluster_share(np.array(genuine)) < 0.02
    assert creation_cluster_share(np.array(genuine[:140] + batch)) > 0.2


def test_an_old_batch_counts_as_a_new_one() -> None:
    old = [date(2016, 3, 1).toordinal() + i % 25 for i in range(60)]
    new = [date(2025, 11, 1).toordinal() + i % 25 for i in range(60)]
    spread = _spread(140)
    assert creation_cluster_share(np.array(spread + old)) == creation_cluster_share(
        np.array(spread + new)
    )


def test_order_does_not_matter_and_small_samples_shrink() -> None:
    days = np.array([5, 6, 7, 8, *_spread(8)])
    assert creation_cluster_share(days) == creation_cluster_share(days[::-1].copy())
    # The same share of one third, measured on 12 accounts and on 120.
    small = creation_cluster_share(days)
    large = creation_cluster_share(np.array([5, 6, 7, 8] * 10 + _spread(80)))
    assert 0 < small < large < 1 / 3


def test_too_few_dates_give_nan() -> None:
    assert math.isnan(creation_cluster_share(np.array(_spread(MIN_SAMPLE - 1))))
    assert not math.isnan(creation_cluster_share(np.array(_spread(MIN_SAMPLE))))


def _record(created: list[date | None]) -> CreatorRecord:
    sample = [
        Account(followers=40 + i, following=150, posts=i % 7, created_at=day)
        for i, day in enumerate(created)
    ]
    return CreatorRecord.model_validate(
        {
            "creator_id": "c",
            "platform": "instagram",
            "as_of": f"{AS_OF.isoformat()}T00:00:00Z",
            "profile": {"followers": 12000},
            "follower_sample": [a.model_dump(mode="json", exclude_none=True) for a in sample],
        }
    )


def test_chunk_path_equals_the_per_creator_path_with_unknown_dates(scorer: Any) -> None:
    batch = [AS_OF - timedelta(days=200 + i % 9) for i in range(15)]
    spread = [date.fromordinal(d) for d in _spread(25)]
    records = [
        _record(batch + spread),  # every date known
        _record([None if i % 3 == 0 else d for i, d in enumerate(batch + spread)]),
        _record([None] * 30 + spread[:9]),  # nine known dates: too few
        _record(spread[:12]),
    ]
    contexts = [scorer.extractor.context(record) for record in records]
    fast = audience.extract_many(records, contexts)
    slow = [audience.extract(r, c) for r, c in zip(records, contexts, strict=True)]
    name = "follower_creation_cluster_share"
    for f, s in zip(fast, slow, strict=True):
        a, b = f.values[name], s.values[name]
        assert (math.isnan(a) and math.isnan(b)) or (a == b and type(a) is type(b))
    values = [block.values[name] for block in fast]
    assert values[0] > values[3] and math.isnan(values[2])
    assert FeatureRow({"audience": fast[0]}).values[name] == values[0]
