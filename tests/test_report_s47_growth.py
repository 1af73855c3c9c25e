"""The follower-history chart marks the jumps the growth check sees (review s47, item 1).

Display-rounded counts ("5.6万": every count a multiple of 1,000) step by 1,000 now and
then; the scorer spreads such a step over its days (``follower_count_unit``), the page
marked each step as a red "jump with no post behind it".
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any

from fraud.report.page import render_report
from fraud.schema import CreatorRecord

START = date(2025, 10, 1)


def _growth(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html)
    assert match is not None
    charts = json.loads(match.group(1))["charts"]
    (growth,) = [spec["data"] for spec in charts.values() if spec["kind"] == "growth"]
    return growth  # type: ignore[no-any-return]


def _day(offset: int) -> str:
    return (START + timedelta(days=offset)).isoformat()


def _record(
    creator_id: str,
    followers: list[int],
    posts: list[tuple[int, int]],
    platform: str = "instagram",
) -> CreatorRecord:
    """A creator with a daily follower history from START and posts as (day, likes)."""
    return CreatorRecord.model_validate(
        {
            "creator_id": creator_id,
            "platform": platform,
            "as_of": _day(len(followers)) + "T00:00:00Z",
            "profile": {"followers": followers[-1], "following": 300, "posts": 120},
            "follower_history": [
                {"date": _day(d), "followers": count} for d, count in enumerate(followers)
            ],
            "posts": [
                {
                    "post_id": f"p{d}",
                    "posted_at": _day(d) + "T12:00:00Z",
                    "likes": likes,
                    "comments": 0,
                }
                for d, likes in posts
            ],
        }
    )


def _scorer_sees(scorer: Any, record: CreatorRecord) -> tuple[int, str | None]:
    """How many jump episodes the growth check found, and the day of the largest."""
    evidence = scorer.features(record).blocks["growth"].evidence
    return evidence.n_spike_episodes or 0, evidence.spike_date


# --------------------------------------------------------------------------- item 1


def _rounded(jump_day: int | None) -> CreatorRecord:
    # A RedNote page showing "5.6万": the true count grows 150 a day, shown to the 1,000.
    followers = []
    for d in range(40):
        true = 56_000 + 150 * d + (15_000 if jump_day is not None and d >= jump_day else 0)
        followers.append(true // 1000 * 1000)
    posts = [(d, 1500) for d in range(1, 40, 4)]
    return _record(f"rednote:rounded_{jump_day}", followers, posts, platform="rednote")


def test_rounded_counts_mark_no_jump_where_the_scorer_sees_none(scorer: Any) -> None:
    record = _rounded(None)
    assert scorer.features(record).blocks["growth"].evidence.follower_count_unit == 1000
    assert _scorer_sees(scorer, record) == (0, None)
    # It marked one red jump per 1,000 step (five of them).
    assert _growth(render_report(scorer, [(1, record)]))["spikes"] == []


def test_rounded_counts_mark_exactly_the_jump_the_scorer_sees(scorer: Any) -> None:
    record = _rounded(25)
    n, peak = _scorer_sees(scorer, record)
    assert n == 1 and peak == _day(25)
    spikes = _growth(render_report(scorer, [(1, record)], lang="zh"))["spikes"]
    assert [spike["date"] for spike in spikes] == [peak]
