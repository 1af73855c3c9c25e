"""The following count: one move is not churn, a failed scrape is not a move (review s24
r1, finding 3).

The reviewer's records (r24a t5.py / t6.py): the example ``rednote:genuine_koc`` with a
following count added to its history. One clean-up (479 -> 150 once), one batch of follows
(300 -> 479 once) and one failed scrape (0 on one day, 479 otherwise) were each called
"churns repeatedly: follow/unfollow automation" at high severity (suspicious). Churn that
repeats (the count going up and back down, again and again) is still said, and may be high.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fraud.features import growth
from fraud.reasons import (
    FOLLOWING_REPEAT_HIGH,
    FOLLOWING_REPEAT_SHARE,
    RULES,
    Severity,
    _value_severity,
)
from fraud.schema import CreatorRecord, Verdict
from tests.growth_paths import growth_both_paths, growth_context

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "creators.jsonl"
_CHURN = next(rule for rule in RULES if rule.code == "FOLLOWING_CHURN")


def _koc() -> dict[str, Any]:
    with SAMPLES.open(encoding="utf-8") as lines:
        record = json.loads(next(lines))
    assert record["creator_id"] == "rednote:genuine_koc"
    return dict(record)


def _with_following(creator_id: str, counts: list[int | None]) -> CreatorRecord:
    record = _koc()
    record["creator_id"] = creator_id
    history = [dict(s) for s in record["follower_history"]]
    for snapshot, count in zip(history, counts, strict=True):
        snapshot["following"] = count
    record["follower_history"] = history
    return CreatorRecord.model_validate(record)


def _n() -> int:
    return len(_koc()["follower_history"])


def _clean_up() -> list[int | None]:  # t5.py unfollow_once
    return [479 if i < 150 else 150 for i in range(_n())]


def _follow_once() -> list[int | None]:  # t6.py following_follow_once
    return [300 if i < 100 else 479 for i in range(_n())]


def _zero_once() -> list[int | None]:  # t6.py following0_oneday
    counts: list[int | None] = [479] * _n()
    counts[120] = 0
    return counts


def _dip_once() -> list[int | None]:  # a half-scraped day, back the next
    counts: list[int | None] = [479] * _n()
    counts[120] = 200
    return counts


def _saw_tooth() -> list[int | None]:
    """Follow 1,000 accounts for a week, unfollow them the next, again and again."""
    return [400 + (1000 if (i // 7) % 2 else 0) for i in range(_n())]


@pytest.mark.parametrize("counts", [_clean_up, _follow_once], ids=["clean_up", "follow_once"])
def test_one_move_of_the_following_count_is_not_churn(scorer: Any, counts: Any) -> None:
    record = _with_following(f"rednote:{counts.__name__}", counts())
    block = growth_both_paths(record)
    assert block.values["following_jump_share"] > 0.3  # the move is there, as the model sees it
    assert block.values["following_repeat_share"] == 0.0
    assert _value_severity(_CHURN, block.values) is Severity.LOW
    result = scorer.score(record)
    (churn,) = [r for r in result.reasons if r.code == "FOLLOWING_CHURN"]
    assert churn.severity is Severity.LOW  # was high ("churns repeatedly"), so suspicious
    assert "churns repeatedly" not in churn.message
    assert "did not go up and back down repeatedly" in churn.message
    assert "not follow/unfollow churn" in churn.message
    assert result.verdict is not Verdict.LIKELY_FRAUDULENT


def test_churn_that_repeats_is_said_and_may_be_high(scorer: Any) -> None:
    record = _with_following("rednote:saw_tooth", _saw_tooth())
    block = growth_both_paths(record)
    assert block.values["following_repeat_share"] >= FOLLOWING_REPEAT_HIGH
    assert _value_severity(_CHURN, block.values) is Severity.HIGH
    (churn,) = [r for r in scorer.score(record).reasons if r.code == "FOLLOWING_CHURN"]
    assert "churns repeatedly" in churn.message
    assert "follow/unfollow automation" in churn.message


def test_one_round_trip_or_noise_is_not_repeated() -> None:
    moves = growth._repeat_share
    assert moves(np.array([0.0, 300.0, 0.0, 0.0, -300.0, 0.0])) == 0.0  # follow, unfollow once
    assert moves(np.array([300.0, -300.0, 300.0])) == 300.0  # ... and follow again
    assert moves(np.array([-329.0, 1.0, -1.0, 1.0])) == 0.0  # a clean-up among daily noise
    assert moves(np.array([100.0, 0.0, 50.0, -30.0, 40.0])) == 30.0  # days at 0 do not split
    # A count of 12 that moves by 2, again and again, is noise, not churn.
    assert moves(np.array([2.0, -2.0, 2.0, -2.0, 2.0])) == 0.0
    assert moves(np.array([20.0, -20.0, 20.0])) == growth.REPEAT_MIN_ACCOUNTS
    assert FOLLOWING_REPEAT_SHARE < FOLLOWING_REPEAT_HIGH


@pytest.mark.parametrize(("counts", "kind"), [(_zero_once, "a count of 0")], ids=["zero"])
def test_a_failed_following_count_is_dropped_and_noted(scorer: Any, counts: Any, kind: str) -> None:
    record = _with_following(f"rednote:{counts.__name__}", counts())
    missing = counts()
    missing[120] = None  # as if that day's following count had not been read
    expected = growth.extract(_with_following("rednote:missing", missing), growth_context(record))
    block = growth_both_paths(record)
    for name, value in expected.values.items():
        other = block.values[name]
        assert (math.isnan(value) and math.isnan(other)) or value == other, name
    day = record.follower_history[120].date.isoformat()
    assert block.evidence.failed_following_dates == [day]
    assert block.evidence.failed_snapshot_dates is None  # the follower count is kept
    assert block.note is not None and kind in block.note and "following count" in block.note
    assert block.values["following_jump_share"] == 0.0
    result = scorer.score(record)
    clean = scorer.score(_with_following("rednote:flat", [479] * _n()))
    assert "FOLLOWING_CHURN" not in {r.code for r in result.reasons}
    assert result.verdict == clean.verdict and result.fraud_probability == clean.fraud_probability
    (note,) = [r for r in result.reasons if r.code == "DATA_QUALITY"]
    assert note.evidence == {"check": "growth", "failed_following_dates": [day]}


def test_a_following_count_that_falls_and_stays_is_kept() -> None:
    record = _with_following("rednote:clean_up", _clean_up())
    block = growth.extract(record, growth_context(record))
    assert block.note is None and block.evidence.failed_following_dates is None


# Review s24 r4, finding 3 (r24d f_churn.jsonl): the followers' glitch rule (a one-day fall
# of more than half, back the next day) dropped daily follow/unfollow automation from the
# following counts as "failed observations", and the answer said "not follow/unfollow
# churn" (or authentic, when the low day came every third day).
def _daily() -> list[int | None]:  # A_daily_300_800
    return [300 if i % 2 == 0 else 800 for i in range(_n())]


def _every_third_day_low() -> list[int | None]:  # G_every3days_1day_low
    return [300 if i % 3 == 1 else 800 for i in range(_n())]


def _daily_to_zero() -> list[int | None]:  # E_daily_0_2000
    return [0 if i % 2 else 2000 for i in range(_n())]


@pytest.mark.parametrize(
    "counts", [_daily, _every_third_day_low, _daily_to_zero], ids=["daily", "third_day", "zero"]
)
def test_churn_that_dips_every_day_or_so_is_churn_not_failed_scrapes(
    scorer: Any, counts: Any
) -> None:
    record = _with_following(f"rednote:{counts.__name__}", counts())
    block = growth_both_paths(record)
    assert block.evidence.failed_following_dates is None
    assert block.note is None or "following count" not in block.note
    assert _value_severity(_CHURN, block.values) is Severity.HIGH
    result = scorer.score(record)
    (churn,) = [r for r in result.reasons if r.code == "FOLLOWING_CHURN"]
    assert "follow/unfollow automation" in churn.message
    assert result.verdict is not Verdict.AUTHENTIC


def test_a_dip_that_is_not_zero_is_kept_and_one_is_not_high_churn(scorer: Any) -> None:
    """A scrape that fails gives 0 (or nothing), not a lower count: a dip is kept, and one
    round trip is not called repeated churn."""
    record = _with_following("rednote:dip_once", _dip_once())
    block = growth_both_paths(record)
    assert block.evidence.failed_following_dates is None
    assert block.values["following_repeat_share"] == 0.0
    assert _value_severity(_CHURN, block.values) is not Severity.HIGH
    assert scorer.score(record).verdict is not Verdict.LIKELY_FRAUDULENT


def test_a_few_zeros_are_failed_scrapes_but_recurring_zeros_are_kept() -> None:
    counts: list[int | None] = [479] * _n()
    for day in (30, 90, 150):  # three failed reads in 180 days: under 5% of the counts
        counts[day] = 0
    block = growth_both_paths(_with_following("rednote:three_zeros", counts))
    assert block.evidence.failed_following_dates is not None
    assert len(block.evidence.failed_following_dates) == 3
    weekly = [0 if i % 7 == 3 else 479 for i in range(_n())]  # 0 every week: 26 times
    block = growth_both_paths(_with_following("rednote:weekly_zero", list(weekly)))
    assert block.evidence.failed_following_dates is None
    assert _value_severity(_CHURN, block.values) is Severity.HIGH


@pytest.mark.parametrize(
    ("counts", "current", "failed"),
    [
        ([60, 61, 0, 62, 63], None, [2]),  # a small following count: a single 0 is a failed scrape
        ([60, 0, 61, 62, 0, 63], None, [1, 4]),  # twice: still rare
        ([60, 0, 0, 61, 62], None, []),  # a run of zeros is kept (unfollow all, follow back)
        ([60, 0, 61, 0, 62, 0, 63], None, []),  # zeros that recur are the pattern
        ([60, 61, 62, 0], None, []),  # the last one, nothing after it: kept
        ([60, 61, 62, 0], 64, [3]),  # the profile's count comes after it
        ([0, 60, 61, 62], None, []),  # before any real count: a new account follows nobody
    ],
)
def test_only_a_rare_single_zero_of_the_following_count_is_a_failed_scrape(
    counts: list[int], current: int | None, failed: list[int]
) -> None:
    assert growth._failed_following(counts, current) == failed
