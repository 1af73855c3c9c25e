"""A follower count the growth check drops as a failed observation (a scrape that gave 0) is
not the denominator of a post's engagement rate either (review s47: five failed zeros in a
weekly history lifted a TikTok creator's median rate from 0.94% to 1.76% and turned
ENGAGEMENT_LOW_FOR_SIZE into ENGAGEMENT_NORMAL, while DATA_QUALITY said the zeros were not
real)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from fraud.schema import CreatorRecord
from tests.conftest import engagement_both_paths


def _creator(zeros: tuple[int, ...]) -> CreatorRecord:
    rng = random.Random(5)
    start = datetime(2025, 6, 5, 12)
    posts = [
        {
            "post_id": f"p{i}",
            "posted_at": (start + timedelta(days=3 * i)).isoformat() + "Z",
            "likes": 400 + rng.randint(0, 100),
            "comments": 20 + rng.randint(0, 5),
            "shares": 10,
        }
        for i in range(25)
    ]
    history = [
        {
            "date": (date(2025, 6, 3) + timedelta(days=7 * i)).isoformat(),
            "followers": 0 if i in zeros else 49000 + 77 * i,
        }
        for i in range(12)
    ]
    return CreatorRecord.model_validate(
        {
            "creator_id": "tiktok:zeros",
            "platform": "tiktok",
            "profile": {"followers": 50000, "following": 300},
            "posts": posts,
            "follower_history": history,
        }
    )


def test_failed_zeros_leave_the_engagement_rates_as_without_them(scorer: Any) -> None:
    clean, glitched = _creator(()), _creator((1, 3, 5, 7, 9))
    expected = engagement_both_paths(clean)[0]
    for block in engagement_both_paths(glitched):
        assert block.values["engagement_rate_median"] == expected.values["engagement_rate_median"]
        assert block.values["engagement_rate_z"] == expected.values["engagement_rate_z"]
    reasons = {r.code: r for r in scorer.score(glitched).reasons}
    codes = set(reasons)
    # seven real counts are too few for the growth checks: they say why, zeros named
    assert "failed observations" in reasons["GROWTH_NOT_CHECKED"].message
    assert codes & {"ENGAGEMENT_LOW_FOR_SIZE", "ENGAGEMENT_NORMAL"} == {
        r.code for r in scorer.score(clean).reasons
    } & {"ENGAGEMENT_LOW_FOR_SIZE", "ENGAGEMENT_NORMAL"}
