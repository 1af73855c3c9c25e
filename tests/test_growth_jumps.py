"""``growth.follower_jumps``: every jump of a follower history with the growth check's
judgement of it (review s47, left undone: the report re-derived them from the check's
private helpers). Each kind on a hand-built history: an Instagram creator gaining 50 a day
from 50,000 for 60 days, one change at a time."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from fraud.features import growth
from fraud.features.growth import FollowerJump, JumpKind, follower_jumps
from fraud.schema import CreatorRecord
from tests.growth_paths import growth_both_paths, growth_context

START = date(2026, 1, 1)
JUMP = 40  # the day of the +5,000 jump


def _day(offset: int) -> date:
    return START + timedelta(days=offset)


def _steady(day: int) -> int:
    return 50_000 + 50 * day


def _record(
    counts: dict[int, int] | None = None,
    posts: list[tuple[int, int]] | None = None,
    *,
    jumps: dict[int, int] | None = None,
    days: int = 60,
    hidden: tuple[int, ...] = (),
) -> CreatorRecord:
    """The steady creator with ``jumps`` (day: followers added, kept after it), ``counts``
    (day: the count read that day, None: no count taken), posts as (day, likes) (default:
    400 likes every 3 days from day 1) and posts with their likes hidden on ``hidden`` days."""
    jumps = {JUMP: 5_000} if jumps is None else jumps
    counts = counts or {}
    history = []
    for d in range(days):
        count = counts.get(d, _steady(d) + sum(n for day, n in jumps.items() if day <= d))
        if count is not None:
            history.append({"date": _day(d).isoformat(), "followers": count})
    if posts is None:
        posts = [(d, 400) for d in range(1, days, 3)]
    post_rows: list[dict[str, Any]] = [
        {"post_id": f"p{d}", "posted_at": f"{_day(d)}T12:00:00Z", "likes": likes, "comments": 40}
        for d, likes in posts
    ]
    post_rows += [
        {
            "post_id": f"h{d}",
            "posted_at": f"{_day(d)}T12:00:00Z",
            "likes": 0,
            "comments": 40,
            "likes_unknown": True,
        }
        for d in hidden
    ]
    return CreatorRecord.model_validate(
        {
            "creator_id": "instagram:jumps",
            "platform": "instagram",
            "as_of": f"{_day(days)}T00:00:00Z",
            "profile": {"followers": history[-1]["followers"], "following": 300, "posts": 120},
            "follower_history": history,
            "posts": post_rows,
        }
    )


def _only(record: CreatorRecord) -> FollowerJump:
    (jump,) = follower_jumps(record).jumps
    return jump


def _the_jump(kind: JumpKind, lift: float | None, largest: bool = True) -> FollowerJump:
    """The +5,000 of day JUMP as the check reads it (seen on the day: no gap)."""
    return FollowerJump(
        kind,
        _day(JUMP),
        _day(JUMP),
        _day(JUMP),
        _steady(JUMP - 1),
        _steady(JUMP) + 5_000,
        lift,
        largest=largest,
    )


def test_a_jump_no_post_came_with_is_an_unexplained_spike() -> None:
    # posts of 440 interactions on days 37 and 40, around the jump, as every other: 1x
    jump = _only(_record())
    assert jump == _the_jump(JumpKind.UNEXPLAINED_SPIKE, 1.0)
    assert jump.is_spike and jump.gain == 5_050


def test_a_jump_with_no_post_near_it_is_unexplained_with_no_lift() -> None:
    posts = [(d, 400) for d in range(1, 60, 3) if not JUMP - 3 <= d <= JUMP]
    assert _only(_record(posts=posts)) == _the_jump(JumpKind.UNEXPLAINED_SPIKE, None)


def test_a_jump_a_viral_post_came_with_is_explained() -> None:
    posts = [(d, 400) for d in range(1, 60, 3) if d != JUMP - 3] + [(JUMP - 1, 4_360)]
    # 4,400 interactions against the median post's 440
    assert _only(_record(posts=posts)) == _the_jump(JumpKind.EXPLAINED_SPIKE, 10.0)


# 1,320 interactions: exactly 3x, not above the line
@pytest.mark.parametrize(("likes", "kind"), [(1_280, "unexplained"), (1_290, "explained")])
def test_a_post_explains_a_jump_only_above_three_times_the_median_post(
    likes: int, kind: str
) -> None:
    posts = [(d, 400) for d in range(1, 60, 3) if d != JUMP - 3] + [(JUMP - 1, likes)]
    jump = _only(_record(posts=posts))
    assert jump.kind is JumpKind(f"{kind}_spike")
    assert jump.lift == (likes + 40) / 440
    # the check's own verdict on its largest spike
    lift = growth_both_paths(_record(posts=posts)).evidence.spike_engagement_x_median
    assert lift == growth.lift_shown(jump.lift)


def test_a_jump_with_hidden_likes_near_it_is_not_judged_by_its_lift() -> None:
    jump = _only(_record(hidden=(JUMP - 2,)))
    assert jump == _the_jump(JumpKind.SPIKE_LIKES_HIDDEN, None)
    assert growth_both_paths(_record(hidden=(JUMP - 2,))).evidence.n_hidden_likes_near_spike == 1


@pytest.mark.parametrize(
    "posts",
    [
        [(10, 400), (JUMP - 1, 4_000)],  # two posts with likes: too few to judge a lift by
        [(d, 400) for d in range(1, 20, 3)],  # none within two weeks of it
        [(d, 400) for d in range(JUMP + 1, 60, 3)],  # all after it
    ],
)
def test_a_jump_the_posts_do_not_cover_is_not_judged(posts: list[tuple[int, int]]) -> None:
    assert _only(_record(posts=posts)) == _the_jump(JumpKind.SPIKE_NOT_JUDGED, None)


def test_a_jump_seen_only_between_two_counts_names_them() -> None:
    # no count from day 38 to day 41: the jump is seen between the counts of days 37 and 42
    record = _record(dict.fromkeys(range(JUMP - 2, JUMP + 2)))
    jump = _only(record)
    assert jump.kind is JumpKind.UNEXPLAINED_SPIKE
    assert (jump.start, jump.end) == (_day(JUMP - 2), _day(JUMP + 2))
    assert jump.start <= jump.peak <= jump.end
    assert (jump.gap_start, jump.gap_end) == (_day(JUMP - 3), _day(JUMP + 2))
    assert (jump.followers_before, jump.followers_after) == (
        _steady(JUMP - 3),
        _steady(JUMP + 2) + 5_000,
    )
    evidence = growth_both_paths(record).evidence
    assert (evidence.spike_gap_start, evidence.spike_gap_end) == (
        jump.gap_start.isoformat(),
        jump.gap_end.isoformat(),
    )


def test_failed_observations_are_jumps_the_check_dropped() -> None:
    record = _record({10: 0, 20: 20_000})  # a scrape that gave 0, a half-scraped day
    read = follower_jumps(record)
    assert [(j.kind, j.start, j.end, j.peak) for j in read.jumps] == [
        (JumpKind.FAILED_ZERO, _day(10), _day(10), _day(10)),
        (JumpKind.FAILED_DIP, _day(20), _day(20), _day(20)),
        (JumpKind.UNEXPLAINED_SPIKE, _day(JUMP), _day(JUMP), _day(JUMP)),
    ]
    zero, dip, _ = read.jumps
    assert (zero.followers_before, zero.followers_after) == (_steady(9), 0)
    assert (dip.followers_before, dip.followers_after) == (_steady(19), 20_000)
    assert not zero.is_spike and not dip.is_spike
    assert [j.peak for j in read.spikes] == [_day(JUMP)]
    # the history read is without them, as the check's
    assert [s.date for s in read.history] == [_day(d) for d in range(60) if d not in (10, 20)]
    dropped = growth_both_paths(record).evidence.failed_snapshot_dates
    assert dropped == [_day(10).isoformat(), _day(20).isoformat()]


def test_a_lone_first_zero_is_judged_against_the_count_after_it() -> None:
    (zero, _) = follower_jumps(_record({0: 0})).jumps
    assert (zero.kind, zero.start) == (JumpKind.FAILED_ZERO, _day(0))
    assert (zero.followers_before, zero.followers_after) == (_steady(1), 0)


def test_a_fall_that_stays_is_no_jump() -> None:
    # a purge that stays (a fall to 40% kept) is no spike and no failed observation
    record = _record(jumps={JUMP: -30_000})
    assert follower_jumps(record).jumps == ()


def test_of_several_spikes_the_largest_is_the_one_the_evidence_names() -> None:
    record = _record(jumps={25: 2_000, JUMP: 5_000, 52: 3_000})
    spikes = follower_jumps(record).spikes
    assert [(j.peak, j.largest) for j in spikes] == [
        (_day(25), False),
        (_day(JUMP), True),
        (_day(52), False),
    ]
    assert [round(j.gain) for j in spikes] == [2_050, 5_050, 3_050]
    evidence = growth_both_paths(record).evidence
    assert (evidence.spike_date, evidence.n_spike_episodes) == (_day(JUMP).isoformat(), 3)


def test_a_history_too_short_to_check_has_no_spikes() -> None:
    # 7 counts: the check does not run, so no spike is judged; a failed count still is one
    record = _record({2: 0}, days=7, jumps={4: 5_000})
    read = follower_jumps(record)
    assert [j.kind for j in read.jumps] == [JumpKind.FAILED_ZERO]
    assert read.spikes == ()
    assert not growth.extract(record, growth_context(record)).ran


def test_the_failed_observations_judged_once_are_used() -> None:
    record = _record({10: 0})
    failed = growth.failed_observations(record)
    assert failed.zeros == [10]
    assert follower_jumps(record, failed) == follower_jumps(record)
