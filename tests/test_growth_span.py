"""The growth check's cost follows the number of snapshots, not the span of their dates."""

from __future__ import annotations

import math
import time
from datetime import date, timedelta
from typing import Any

from fraud.features import growth
from fraud.features.base import FeatureContext
from fraud.norms import load_norms
from fraud.schema import CreatorRecord
from tests.conftest import load_sample


def _record(history: list[dict[str, Any]]) -> CreatorRecord:
    creator = load_sample("bought_followers_weibo")
    creator["follower_history"] = history
    return CreatorRecord.model_validate(creator)


def _extract(record: CreatorRecord) -> Any:
    assert record.as_of is not None
    return growth.extract(record, FeatureContext(as_of=record.as_of, norms=load_norms()))


def _same(first: dict[str, float], second: dict[str, float]) -> bool:
    return all(
        (math.isnan(a) and math.isnan(b)) or a == b
        for a, b in zip(first.values(), second.values(), strict=True)
    )


def test_history_from_year_1_to_9999_is_cheap_and_skips_growth() -> None:
    history = [
        {"date": "0001-01-01", "followers": 1},
        *({"date": f"{year:04d}-06-01", "followers": year} for year in range(1000, 9001, 1000)),
        {"date": "9999-12-31", "followers": 10**9},
    ]
    started = time.perf_counter()
    block = _extract(_record(history))
    assert time.perf_counter() - started < 1.0
    assert not block.ran
    assert "in its last 3660 days" in block.note


def test_an_ancient_snapshot_leaves_a_normal_history_unchanged() -> None:
    normal = load_sample("bought_followers_weibo")["follower_history"]
    plain = _extract(_record(normal))
    with_ancient = _extract(_record([{"date": "0001-01-01", "followers": 5}, *normal]))
    assert plain.ran and with_ancient.ran
    assert _same(plain.values, with_ancient.values)


def test_ten_years_of_daily_snapshots_still_count_in_full() -> None:
    start = date(2016, 1, 1)
    history = [
        {"date": (start + timedelta(days=d)).isoformat(), "followers": 1000 + 3 * d}
        for d in range(3650)
    ]
    history[2000]["followers"] += 50_000  # a spike well inside the ten years
    block = _extract(_record(history))
    assert block.ran and block.values["n_follower_spike_days"] >= 1
    assert block.evidence["n_history_days"] == 3650
