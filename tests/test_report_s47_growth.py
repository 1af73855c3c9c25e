"""The follower-history chart marks the jumps the growth check sees, and colours them by the
scorer's rule (review s47, items 1 and 3).

* Display-rounded counts ("5.6万": every count a multiple of 1,000) step by 1,000 now and
  then; the scorer spreads such a step over its days (``follower_count_unit``), the page
  marked each step as a red "jump with no post behind it".
* The page coloured a jump green when the lift rounded to one decimal reached 3.0 (2.955 ->
  3.0), while the scorer explains a jump only when the lift is strictly above 3; and it judged
  a lift the scorer would not (fewer than 3 posts with known likes, posts not covering it).
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


# --------------------------------------------------------------------------- item 3


def _one_jump(likes_at_jump: int, posts: list[tuple[int, int]] | None = None) -> CreatorRecord:
    """+3,000 followers on day 60 of 90 (steady +15 a day otherwise); posts of 200 likes
    every 6 days and one of ``likes_at_jump`` the day before the jump."""
    followers, count = [], 20_000
    for d in range(90):
        count += 15 + (3000 if d == 60 else 0)
        followers.append(count)
    if posts is None:
        posts = [(d, 200) for d in range(2, 90, 6)] + [(59, likes_at_jump)]
    return _record(f"instagram:lift_{likes_at_jump}_{len(posts)}", followers, posts)


def _codes(scorer: Any, record: CreatorRecord) -> set[str]:
    return {reason.code for reason in scorer.score_many([record])[0].reasons}


def test_a_lift_just_under_three_is_not_shown_as_explained(scorer: Any) -> None:
    record = _one_jump(591)  # 2.955x the median post: the scorer does not explain it
    assert "FOLLOWER_SPIKE" in _codes(scorer, record)
    (spike,) = _growth(render_report(scorer, [(1, record)]))["spikes"]
    assert spike["explained"] is False
    assert spike["lift"] != 3.0 and 2.9 < spike["lift"] < 3.0  # never reads as the line


def test_a_lift_just_over_three_is_explained_on_both(scorer: Any) -> None:
    record = _one_jump(601)
    assert "FOLLOWER_SPIKE_EXPLAINED" in _codes(scorer, record)
    (spike,) = _growth(render_report(scorer, [(1, record)]))["spikes"]
    assert spike["explained"] is True and spike["lift"] > 3.0


def test_with_under_three_posts_known_the_page_does_not_call_the_jump_explained(
    scorer: Any,
) -> None:
    # Two posts, one a hit right before the jump: the scorer does not judge a lift from two
    # posts, so nothing explains the jump; the page drew it green (a "10x" post).
    record = _one_jump(0, posts=[(20, 200), (59, 2000)])
    codes = _codes(scorer, record)
    assert "FOLLOWER_SPIKE_EXPLAINED" not in codes and "FOLLOWER_SPIKE" in codes
    (spike,) = _growth(render_report(scorer, [(1, record)]))["spikes"]
    assert spike["explained"] is False
    assert spike["lift"] is None  # no lift stated from posts the scorer does not judge by


def test_a_jump_the_posts_do_not_cover_is_not_judged(scorer: Any) -> None:
    # The largest jump on day 30 (posts around it), a second on day 75 long after the last
    # post: the growth check would not judge a lift there (posts do not cover it); the page
    # called it "no post nearby", red.
    followers, count = [], 20_000
    for d in range(90):
        count += 15 + (6000 if d == 30 else 0) + (3000 if d == 75 else 0)
        followers.append(count)
    posts = [(d, 200) for d in range(2, 50, 4)]
    record = _record("instagram:uncovered", followers, posts)
    spikes = {s["date"]: s for s in _growth(render_report(scorer, [(1, record)]))["spikes"]}
    assert set(spikes) == {_day(30), _day(75)}
    assert spikes[_day(30)]["explained"] is False  # posts around it, none rose: judged
    late = spikes[_day(75)]
    assert late["explained"] is None and late["lift"] is None and late["not_judged"] is True
