"""One spike is not two weeks of drip; display-rounded counts are not jumps (review s24 r1,
findings 6 and 7, and the spike message's growth figure of finding 14).

* Finding 6: a single day's jump lifted a 14-day window's mean, so FOLLOWER_DRIP said "for
  two weeks followers grew at 15x the usual pace" (r24a t15.py: +4 a day, one day +800;
  t7.py: +55 a day, one day +2,500; the shipped ``weibo:bought_followers`` example, two
  2-day bursts, "14x"). The rule now reads the window's median day.
* Finding 7: a count a page shows as 5.6万 is 56000 until it shows 5.7万: r24a's MediaCrawler
  xhs export (56000 x 16 days, then 57000) gave FOLLOWER_SPIKE "+1,000 followers ... 1000x a
  normal day", and 180 days of such counts (t9.py) FOLLOWER_STAIRCASE "7 separate step-ups".
"""

from __future__ import annotations

import json
import math
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from fraud.features import growth
from fraud.features.growth import GrowthEvidence
from fraud.reasons import DRIP_PACE_X, RULES
from fraud.schema import CreatorRecord
from tests.growth_paths import growth_both_paths

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples" / "creators.jsonl"
_MESSAGES = {rule.code: rule.message for rule in RULES}


def _sample(creator_id: str) -> dict[str, Any]:
    with SAMPLES.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["creator_id"] == creator_id:
                return dict(record)
    raise AssertionError(creator_id)


def _codes(result: Any) -> dict[str, Any]:
    return {r.code: r for r in result.reasons}


def _koc_with_history(creator_id: str, history: list[dict[str, Any]], scale: int) -> CreatorRecord:
    """The example ``rednote:genuine_koc`` with another history, its posts' counts scaled to
    the size (r24a t9.py / t15.py)."""
    record = _sample("rednote:genuine_koc")
    record["creator_id"] = creator_id
    record["follower_history"] = history
    record["profile"] = {**record["profile"], "followers": history[-1]["followers"]}
    record["posts"] = [
        {
            k: (v * scale if k in ("likes", "comments", "shares", "saves") and v else v)
            for k, v in p.items()
        }
        for p in record["posts"]
    ]
    record["follower_sample"] = []
    return CreatorRecord.model_validate(record)


def _one_spike() -> list[dict[str, Any]]:  # t15.py: +4 a day, one day +800, later moves
    start, count, history = date(2025, 8, 4), 2600, []
    for i in range(180):
        count += 4 + (800 if i == 100 else 0) - (300 if i == 130 else 0)
        count += 200 if i == 150 else 0
        count -= 150 if i == 160 else 0
        history.append({"date": (start + timedelta(days=i)).isoformat(), "followers": count})
    return history


def _drip() -> list[dict[str, Any]]:  # +4 a day, then three weeks at +120 a day
    start, count, history = date(2025, 8, 4), 2600, []
    for i in range(180):
        count += 120 if 100 <= i < 121 else 4
        history.append({"date": (start + timedelta(days=i)).isoformat(), "followers": count})
    return history


def test_one_spike_is_not_two_weeks_of_drip(scorer: Any) -> None:
    record = _koc_with_history("rednote:one_spike", _one_spike(), 1)
    block = growth_both_paths(record)
    # The model's feature still sees the window's mean (its value is unchanged) ...
    assert block.values["follower_elevated_window_ratio"] > math.log(DRIP_PACE_X)
    # ... the drip rule reads the median day, which one spike does not lift.
    assert block.values["follower_steady_window_ratio"] < math.log(2.0)
    codes = _codes(scorer.score(record))
    assert "FOLLOWER_SPIKE" in codes and "FOLLOWER_DRIP" not in codes


def test_weeks_of_drip_are_still_said(scorer: Any) -> None:
    record = _koc_with_history("rednote:drip", _drip(), 1)
    block = growth_both_paths(record)
    assert block.values["follower_steady_window_ratio"] > math.log(20.0)
    drip = _codes(scorer.score(record))["FOLLOWER_DRIP"]
    assert "day after day" in drip.message and "30x the usual pace" in drip.message


def test_the_shipped_bought_followers_example_has_no_drip(scorer: Any) -> None:
    record = CreatorRecord.model_validate(_sample("weibo:bought_followers"))
    codes = _codes(scorer.score(record))
    assert "FOLLOWER_DRIP" not in codes  # was "14x the usual pace", from two 2-day bursts
    spike = codes["FOLLOWER_SPIKE"]
    # Finding 14: the growth of the episode, not its excess over the normal pace (42%).
    assert "the follower count grew 43% in 2 days" in spike.message
    assert spike.evidence is not None and spike.evidence["spike_growth_share"] == pytest.approx(
        0.428, abs=0.001
    )


# ------------------------------------------------------------------- display-rounded counts


def _shown_as_wan(true: float) -> int:
    """5.6万: one decimal of 万, the page's display (floor, as the reviewer's t9.py)."""
    return math.floor(true / 1000) * 1000


def _xhs_30_days() -> list[dict[str, Any]]:
    """r24a's xhs export: 30 daily counts, 5.6万 for 16 days, then 5.7万."""
    start = date(2025, 10, 1)
    return [
        {"date": (start + timedelta(days=i)).isoformat(), "followers": 56000 if i < 16 else 57000}
        for i in range(30)
    ]


def _rounded_180_days(seed: int = 5) -> list[dict[str, Any]]:  # t9.py
    rng = random.Random(seed)
    start, true, history = date(2025, 8, 4), 52000.0, []
    for i in range(180):
        true += rng.gauss(40, 15)
        history.append(
            {"date": (start + timedelta(days=i)).isoformat(), "followers": _shown_as_wan(true)}
        )
    return history


@pytest.mark.parametrize("history", [_xhs_30_days, _rounded_180_days], ids=["xhs30", "t9_180"])
def test_display_rounded_counts_make_no_spike_or_staircase(scorer: Any, history: Any) -> None:
    record = _koc_with_history(f"rednote:{history.__name__}", history(), 17)
    block = growth_both_paths(record)
    assert block.evidence.follower_count_unit == 1000
    assert block.values["n_follower_spike_episodes"] == 0
    result = scorer.score(record)
    codes = _codes(result)
    assert "FOLLOWER_SPIKE" not in codes and "FOLLOWER_STAIRCASE" not in codes
    note = codes["DATA_QUALITY"]
    assert note.evidence == {"check": "growth", "follower_count_unit": 1000}
    assert "multiple of 1,000" in note.message and "5.6万" in note.message


def test_a_rounded_history_still_shows_a_jump_larger_than_its_unit(scorer: Any) -> None:
    history = _rounded_180_days()
    for snapshot in history[120:]:
        snapshot["followers"] += 15000  # 15,000 bought in one day: 15 units
    record = _koc_with_history("rednote:rounded_jump", history, 17)
    block = growth_both_paths(record)
    assert block.evidence.follower_count_unit == 1000
    assert block.values["n_follower_spike_episodes"] == 1
    assert block.evidence.spike_date == history[120]["date"]
    assert "FOLLOWER_SPIKE" in _codes(scorer.score(record))


def test_rounded_steps_are_spread_between_the_runs_middles() -> None:
    ordinals = np.arange(30)
    values = np.array([56000.0] * 16 + [57000.0] * 14)
    unit = growth._rounding_unit(values)
    assert unit == 1000
    _, level = growth._daily_series(ordinals, values, unit)
    moves = np.diff(level)
    # 1,000 over the 15 days between the runs' middles (7.5 and 22.5), the same pace at both
    # ends: no day stands out.
    assert moves.min() == pytest.approx(1000 / 15) and moves.max() == pytest.approx(1000 / 15)
    assert abs(level[0] - 56000) <= 500 and abs(level[-1] - 57000) <= 500
    # The following count is read as given (no unit).
    _, following = growth._daily_series(ordinals, values)
    assert list(following) == list(values)


@pytest.mark.parametrize(
    "followers",
    [
        [56000] * 8,  # flat: nothing to spread (and no move to read as rounding)
        [1200, 1300, 1300, 1300, 1300, 1400, 1400, 1500, 1500],  # 1.2k: rounded to 100
        [52000 + 37 * i for i in range(60)],  # exact counts
        [10000 + 100 * i for i in range(30)],  # exact +100 a day: every move a step
        [0, 56000, 56000, 56000, 56000, 56000, 56000, 57000, 57000],  # a 0 is no display
        [500, 500, 500, 500, 600, 600, 600, 600],  # under 1,000: shown exactly
    ],
)
def test_only_display_rounded_histories_are_read_as_rounded(followers: list[int]) -> None:
    unit = growth._rounding_unit(np.array(followers, dtype=float))
    expected = 100 if followers[0] == 1200 else None
    assert unit == expected


def test_exact_counts_are_never_read_as_rounded() -> None:
    """Random exact histories (steady growth with noise, flat stretches, purges) of every
    size: none is taken as rounded, so none is spread."""
    rng = np.random.default_rng(7)
    for _ in range(2000):
        n = int(rng.integers(8, 200))
        start = float(10 ** rng.uniform(2, 7))
        pace = start * float(rng.uniform(-0.002, 0.02))
        steps = rng.normal(pace, abs(pace) + 1.0, n) * (rng.random(n) < rng.uniform(0.2, 1.0))
        followers = np.maximum(np.round(start + np.cumsum(steps)), 1.0)
        assert growth._rounding_unit(followers) is None


def test_a_normal_day_under_one_follower_is_not_a_multiple() -> None:
    evidence = GrowthEvidence(
        n_history_days=30,
        spike_date="2025-10-17",
        spike_start="2025-10-17",
        spike_end="2025-10-17",
        spike_followers=1000,
        normal_day_followers=0,
        spike_x_normal=1000.0,
        spike_share_of_followers=0.0179,
        spike_growth_share=0.0179,
        spike_engagement_x_median=1.0,
    )
    message = _MESSAGES["FOLLOWER_SPIKE"]({}, evidence)
    assert "1000x" not in message
    assert "gains under one follower on a normal day" in message
    assert "grew 1.8% in one day" in message


@pytest.mark.parametrize("seed", range(4))
def test_window_paces_of_a_chunk_equal_each_creators_own(seed: int) -> None:
    from fraud.features.base import Segments

    rng = np.random.default_rng(seed)
    for _ in range(50):
        lengths = rng.integers(0, 120, size=int(rng.integers(1, 12)))
        lengths[rng.integers(len(lengths))] = growth.DRIP_MIN_DAYS  # the fewest windows
        # daily changes as the growth check has them: differences of follower counts
        levels = np.cumsum(rng.integers(-50, 5000, size=int(lengths.sum()) + 1) * 10.0**3)
        deltas = np.diff(levels / float(rng.choice([1, 3, 7])))
        # signed zeros, which a sort and a partition may order differently (review s49)
        zeros = rng.random(len(deltas)) < 0.3
        deltas[zeros] = rng.choice([0.0, -0.0], size=int(zeros.sum()))
        segments = Segments(lengths)
        paces = growth._chunk_window_paces(deltas, segments)
        for c, (start, n) in enumerate(zip(segments.starts, lengths, strict=True)):
            if n < growth.DRIP_MIN_DAYS:
                assert paces[c] is None
                continue
            found = paces[c]
            assert found is not None
            own = growth._window_paces(deltas[start : start + n])
            assert found[0].tobytes() == own[0].tobytes()  # bit for bit
            assert found[1].tobytes() == own[1].tobytes()
