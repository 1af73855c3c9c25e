"""Failed observations in a follower history (review s20 r1, item 1).

The reviewer's cases (rv20a hist.jsonl / hist2.jsonl / edge.jsonl ``weibo:scrapefail``): one
steady 50-a-day history of a genuine Weibo creator with one change each. A day at 0, or a
half-scraped day, is a scrape that failed: both growth paths drop it, say so in a
``DATA_QUALITY`` reason, and score the creator as if the day were missing. A real drop
that stays (a purge) is still seen.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from fraud.features import growth
from fraud.schema import CreatorRecord, Verdict
from tests.growth_paths import growth_context

_GENERIC = ["好看", "太美了", "支持", "好棒", "爱了爱了", "绝了"]
_SUBSTANTIVE = ["油皮夏天用会闷痘吗", "这个色号黄皮能用吗？", "请问链接在哪里", "敏感肌可以用吗"]


def _creator(creator_id: str, change: Callable[[list[dict[str, Any]]], None]) -> dict[str, Any]:
    """The reviewer's steady creator (gen3.py): 60 days at +50 a day, 20 posts, 120 comments."""
    rng = random.Random(5)
    end = date(2026, 11, 30)
    history = [
        {"date": (end - timedelta(days=59 - i)).isoformat(), "followers": 50000 + 50 * (i + 1)}
        for i in range(60)
    ]
    change(history)
    start = datetime(2026, 9, 1, 20, 0)
    posts = [
        {
            "post_id": f"p{i}",
            "posted_at": (start + timedelta(days=4 * i)).isoformat() + "+08:00",
            "likes": 400,
            "comments": 40,
            "shares": 3,
        }
        for i in range(20)
    ]
    comments = []
    for p in range(20):
        for j in range(6):
            text = rng.choice(_GENERIC) if j == 5 else rng.choice(_SUBSTANTIVE)
            at = start + timedelta(days=4 * p, minutes=rng.randint(2, 3000))
            comments.append(
                {
                    "post_id": f"p{p}",
                    "author": f"user{6 * p + j:04d}",
                    "text": text,
                    "posted_at": at.isoformat() + "+08:00",
                }
            )
    return {
        "creator_id": creator_id,
        "platform": "weibo",
        "handle": creator_id.split(":")[1],
        "as_of": "2026-11-30T04:00:00Z",
        "profile": {"followers": 53000, "following": 300, "posts": 200},
        "posts": posts,
        "comments": comments,
        "follower_history": history,
    }


def _set(index: int, value: int) -> Callable[[list[dict[str, Any]]], None]:
    def change(history: list[dict[str, Any]]) -> None:
        history[index]["followers"] = value

    return change


def _two_zeros_and_a_gap(history: list[dict[str, Any]]) -> None:  # edge.jsonl scrapefail
    for snapshot in history[20:22]:
        snapshot["followers"] = 0
    del history[30:40]


def _purge(history: list[dict[str, Any]]) -> None:  # a real drop that stays
    for snapshot in history[40:]:
        snapshot["followers"] -= 20000


GLITCHES = {
    "one_zero": (_set(20, 0), ["2026-10-22"]),
    "half_dip": (_set(20, 25000), ["2026-10-22"]),
    "first0": (_set(0, 0), ["2026-10-02"]),
    "last0": (_set(59, 0), ["2026-11-30"]),
    "scrapefail": (_two_zeros_and_a_gap, ["2026-10-22", "2026-10-23"]),
}


def _record(creator: dict[str, Any]) -> CreatorRecord:
    return CreatorRecord.model_validate(creator)


def _same(first: dict[str, float], second: dict[str, float]) -> bool:
    return all(
        (math.isnan(a) and math.isnan(b)) or a == b
        for a, b in zip(first.values(), second.values(), strict=True)
    )


@pytest.mark.parametrize("name", sorted(GLITCHES))
def test_a_failed_observation_is_dropped_in_both_paths_and_noted(name: str) -> None:
    change, dates = GLITCHES[name]
    record = _record(_creator(f"weibo:{name}", change))
    without = _creator(f"weibo:{name}", change)
    without["follower_history"] = [s for s in without["follower_history"] if s["date"] not in dates]
    expected = growth.extract(_record(without), growth_context(record))
    single = growth.extract(record, growth_context(record))
    (chunk,) = growth.extract_many([record], [growth_context(record)])
    for block in (single, chunk):
        assert block.ran
        assert _same(block.values, expected.values)  # as if the day had not been observed
        assert block.evidence.failed_snapshot_dates == dates
        assert block.note is not None and "failed observation" in block.note
        assert dates[0] in block.note
    assert single.note == chunk.note
    assert expected.note is None


def test_a_chunk_mixing_clean_and_glitched_histories_matches_one_by_one() -> None:
    records = [_record(_creator("weibo:clean", lambda h: None))] + [
        _record(_creator(f"weibo:{name}", change)) for name, (change, _) in GLITCHES.items()
    ]
    contexts = [growth_context(r) for r in records]
    for record, ctx, chunk in zip(
        records, contexts, growth.extract_many(records, contexts), strict=True
    ):
        single = growth.extract(record, ctx)
        assert _same(single.values, chunk.values) and single.note == chunk.note
        assert single.evidence.as_dict() == chunk.evidence.as_dict()


def test_a_real_drop_that_stays_is_kept() -> None:
    record = _record(_creator("weibo:purged", _purge))
    block = growth.extract(record, growth_context(record))
    assert block.ran and block.note is None
    assert block.values["follower_max_drop_share"] > 0.3


def test_a_fall_of_more_than_half_that_does_not_come_back_is_kept() -> None:
    def partial(history: list[dict[str, Any]]) -> None:
        history[20]["followers"] = 25000
        history[21]["followers"] = 38000  # not back within 10% of the count before the dip

    record = _record(_creator("weibo:partial", partial))
    assert growth.extract(record, growth_context(record)).note is None


def test_a_small_new_account_keeps_its_first_zero() -> None:
    def new_account(history: list[dict[str, Any]]) -> None:
        for i, snapshot in enumerate(history):
            snapshot["followers"] = 2 * i

    record = _record(_creator("weibo:new", new_account))
    block = growth.extract(record, growth_context(record))
    assert block.ran and block.note is None


def test_dropping_the_glitches_can_leave_too_few_snapshots_and_says_so() -> None:
    def short(history: list[dict[str, Any]]) -> None:
        del history[9:]
        history[4]["followers"] = 0

    record = _record(_creator("weibo:short", short))
    block = growth.extract(record, growth_context(record))
    assert not block.ran and block.note is not None
    assert "has 8 snapshots" in block.note and "failed observation" in block.note


def test_the_reviewers_glitched_creators_score_as_the_clean_one(scorer: Any) -> None:
    clean = scorer.score(_record(_creator("weibo:clean", lambda h: None)))
    for name, (change, dates) in GLITCHES.items():
        result = scorer.score(_record(_creator(f"weibo:{name}", change)))
        assert result.verdict is not Verdict.LIKELY_FRAUDULENT, name
        assert result.verdict == clean.verdict, name
        assert abs(result.fraud_probability - clean.fraud_probability) < 0.1, name
        codes = [r.code for r in result.reasons]
        assert "FOLLOWER_SPIKE" not in codes and "ENGAGEMENT_NOT_GROWING" not in codes, name
        (note,) = [r for r in result.reasons if r.code == "DATA_QUALITY"]
        assert note.evidence == {"check": "growth", "failed_snapshot_dates": dates}
        assert "failed observation" in note.message
    assert "DATA_QUALITY" not in {r.code for r in clean.reasons}


# Review s20 r5 item 1: zeros that are real are kept (the records of rv20e new_bought.jsonl
# and hist.jsonl ``weibo:newacct`` / ``weibo:purged_to_0``): a new account starts at 0, and
# an account whose current count is 0 was purged to 0.


def _with_followers(
    creator_id: str, followers: list[int], current: int, created_at: str | None = None
) -> CreatorRecord:
    creator = _creator(creator_id, lambda h: None)
    for snapshot, count in zip(creator["follower_history"], followers, strict=True):
        snapshot["followers"] = count
    creator["profile"]["followers"] = current
    if created_at is not None:
        creator["profile"]["created_at"] = created_at
    return _record(creator)


def _new_bought(created_at: str | None = "2026-10-01") -> CreatorRecord:
    """rv20e new_bought.jsonl: 0 on Oct 2-4, then 5,000 bought on Oct 5, then +10 a day."""
    return _with_followers(
        "weibo:new_bought", [0, 0, 0] + [5000 + 10 * i for i in range(57)], 5570, created_at
    )


REAL_ZEROS = {
    "new_bought": _new_bought(),
    "new_bought_no_created_at": _new_bought(None),
    "newacct": _with_followers(
        "weibo:newacct", [0] * 30 + [5000 + 10 * i for i in range(30)], 5300
    ),
    "lone_first0_new_account": _with_followers(
        "weibo:new1", [0] + [5000 + 10 * i for i in range(59)], 5600, "2026-09-30"
    ),
    "purged_to_0": _with_followers(
        "weibo:purged_to_0", [50000 + 50 * (i + 1) for i in range(55)] + [0] * 5, 0
    ),
    "small_before": _with_followers(
        "weibo:small_before", [2 * i + 1 for i in range(30)] + [0] + [5000] * 29, 5000
    ),
}


@pytest.mark.parametrize("name", sorted(REAL_ZEROS))
def test_zeros_that_are_real_are_kept_in_both_paths(name: str) -> None:
    record = REAL_ZEROS[name]
    single = growth.extract(record, growth_context(record))
    (chunk,) = growth.extract_many([record], [growth_context(record)])
    for block in (single, chunk):
        assert block.note is None or "failed observation" not in block.note
        assert block.evidence.failed_snapshot_dates is None
    assert _same(single.values, chunk.values)


def test_a_bought_burst_on_a_new_account_is_a_spike(scorer: Any) -> None:
    result = scorer.score(_new_bought())
    assert result.verdict is Verdict.LIKELY_FRAUDULENT
    codes = {r.code: r for r in result.reasons}
    assert "FOLLOWER_SPIKE" in codes and codes["FOLLOWER_SPIKE"].evidence["spike_date"] == (
        "2026-10-05"
    )
    assert "DATA_QUALITY" not in codes


def test_zeros_between_large_counts_are_dropped_and_the_profile_count_ends_the_history() -> None:
    two = _with_followers(
        "weibo:two", [50000 + 50 * i for i in range(30)] + [0, 0] + [52000] * 28, 52000
    )
    trailing = _with_followers("weibo:trail", [50000 + 50 * i for i in range(57)] + [0] * 3, 53000)
    for record, dates in (
        (two, ["2026-11-01", "2026-11-02"]),
        (trailing, ["2026-11-28", "2026-11-29", "2026-11-30"]),
    ):
        for block in (
            growth.extract(record, growth_context(record)),
            *growth.extract_many([record], [growth_context(record)]),
        ):
            assert block.evidence.failed_snapshot_dates == dates


# Review s20 r5 item 9 kept a half-value count back days later as a real fall and rise; the
# forty-seventh session's review found what that did: a tracker that skipped the day after a
# failed scrape turned a genuine creator `suspicious` (a medium FOLLOWER_SPIKE, the return read
# as +1,990 followers). A return within a week is now dropped as a failed observation, said so;
# a fall that stays longer is kept.


def _dip_back_after(step: int) -> CreatorRecord:
    creator = _creator(f"weibo:sparse{step}", lambda h: None)
    creator["follower_history"] = creator["follower_history"][::step]
    history = creator["follower_history"]
    history[4]["followers"] = history[3]["followers"] // 2 - 1  # back ``step`` days later
    return _record(creator)


def test_a_dip_back_within_a_week_is_a_failed_observation_said_so() -> None:
    for step in (2, 3, 7):
        record = _dip_back_after(step)
        dip_day = record.follower_history[4].date.isoformat()
        for block in (
            growth.extract(record, growth_context(record)),
            *growth.extract_many([record], [growth_context(record)]),
        ):
            assert block.ran
            assert block.evidence.failed_snapshot_dates == [dip_day]
            assert block.note is not None
            assert (
                f"a fall of more than half, back within a week (a failed scrape, or a purge bought back that the history cannot tell from one: read as neither), on {dip_day}"
                in block.note
            )
            assert block.values["n_follower_spike_days"] == 0
    # back the next day: the one-day wording
    daily = _record(_creator("weibo:daily", _set(20, 25000)))
    block = growth.extract(daily, growth_context(daily))
    assert block.evidence.failed_snapshot_dates == ["2026-10-22"]
    assert "a one-day fall of more than half, back the next day, on 2026-10-22" in (
        block.note or ""
    )


def test_a_dip_back_only_after_more_than_a_week_is_kept() -> None:
    record = _dip_back_after(8)
    for block in (
        growth.extract(record, growth_context(record)),
        *growth.extract_many([record], [growth_context(record)]),
    ):
        assert block.ran
        assert block.evidence.failed_snapshot_dates is None
        assert block.note is None


def test_a_failed_scrape_then_a_missed_day_leaves_a_genuine_creator_unflagged(scorer: Any) -> None:
    # The reviewer's case: the genuine RedNote KOC with one snapshot cut to a third and the
    # next day's snapshot missing was `suspicious` with a medium FOLLOWER_SPIKE.
    from tests.conftest import distinct_comments_sample

    creator = distinct_comments_sample("genuine_koc_rednote")
    history = creator["follower_history"]
    expected = scorer.score(CreatorRecord.model_validate(creator))
    history[100]["followers"] //= 3
    del history[101]
    result = scorer.score(CreatorRecord.model_validate(creator))
    assert result.verdict == expected.verdict == Verdict.AUTHENTIC
    assert "FOLLOWER_SPIKE" not in {r.code for r in result.reasons}
    assert any(r.code == "DATA_QUALITY" and "failed" in r.message for r in result.reasons)
