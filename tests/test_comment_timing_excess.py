"""early_low_effort_excess: the first hour's share of low-effort comments against the others'.

An audience that comments fast is no sign of fraud by itself (an outside generator whose
genuine audiences comment within the hour had 16-20% of its genuine creators called
likely_fraudulent through early_comment_share); bought comments that come early and generic
beside the real ones are."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from fraud.features import comments
from fraud.reasons import RULES
from fraud.schema import CreatorRecord

_POSTED = datetime(2025, 5, 1, 12, tzinfo=UTC)
_SUBSTANTIVE = [
    "The lighting in the second shot is so much better than last week, what lens was it?",
    "I tried the recipe with oat milk and it split, any idea why that happens?",
    "Your point about batch cooking on Sundays changed how I plan my whole week honestly",
    "Where did you find that ceramic bowl, I have been looking for one like it for ages",
    "Could you do a follow-up on storing the sauce, does it freeze well for a month?",
    "The part about toasting the spices first made a huge difference in my kitchen",
]
_GENERIC = ["nice", "wow", "great post", "love it", "amazing", "so good"]


def _creator(generic_minutes: float, substantive_minutes: float, n: int = 24) -> CreatorRecord:
    """Three posts; n generic and n substantive comments per creator, each group arriving
    the given minutes after its post (each text made distinct by a number)."""
    posts = [
        {"post_id": f"p{i}", "posted_at": (_POSTED + timedelta(days=i)).isoformat(), "likes": 90}
        | {"comments": 2 * n}
        for i in range(3)
    ]
    said: list[dict[str, Any]] = []
    for j in range(n):
        for texts, minutes, who in (
            (_GENERIC, generic_minutes, "g"),
            (_SUBSTANTIVE, substantive_minutes, "s"),
        ):
            post = posts[j % 3]
            at = datetime.fromisoformat(post["posted_at"]) + timedelta(minutes=minutes + j)
            text = texts[j % len(texts)] + ("" if who == "g" else f" ({j})")
            said.append(
                {"post_id": post["post_id"], "author": f"{who}{j}", "text": text}
                | {"posted_at": at.isoformat()}
            )
    return CreatorRecord.model_validate(
        {
            "creator_id": "t:timing",
            "platform": "instagram",
            "profile": {"followers": 5000},
            "posts": posts,
            "comments": said,
        }
    )


@pytest.mark.parametrize(
    ("generic_minutes", "substantive_minutes", "expected"),
    [
        (5.0, 10.0, 0.0),  # a fast audience: everyone within the hour
        (300.0, 400.0, 0.0),  # a slow one
        (5.0, 300.0, 1.0),  # generic comments within the hour, the real ones later
        (300.0, 5.0, -1.0),
    ],
)
def test_the_excess_is_the_low_effort_comments_timing_against_the_others(
    scorer: Any, generic_minutes: float, substantive_minutes: float, expected: float
) -> None:
    record = _creator(generic_minutes, substantive_minutes)
    ctx = scorer.extractor.context(record)
    single = comments.extract(record, ctx)
    (chunk,) = comments.extract_many([record], [ctx])
    for block in (single, chunk):
        assert block.values["early_low_effort_excess"] == pytest.approx(expected, abs=0.1)
    assert single.values["early_low_effort_excess"] == chunk.values["early_low_effort_excess"]


def test_too_few_timed_comments_in_a_group_leave_it_unmeasured() -> None:
    assert math.isnan(comments._early_excess(3, 4, 10, 30))  # 4 low-effort comments timed
    assert math.isnan(comments._early_excess(3, 26, 10, 30))  # 4 others
    assert comments._early_excess(5, 10, 6, 30) == pytest.approx(0.5 - 1 / 20)


def test_comment_burst_fires_on_the_excess_alone_and_says_both_numbers() -> None:
    (rule,) = [r for r in RULES if r.code == "COMMENT_BURST"]
    values = {"early_comment_share": 0.3, "early_low_effort_excess": 0.45}
    assert rule.applies(values, {})
    message = rule.message(values, {})
    assert "30% of comments" in message and "45 points more often" in message
    calm = {"early_comment_share": 0.45, "early_low_effort_excess": 0.05}
    assert not rule.applies(calm, {})


@pytest.mark.parametrize("first", ["前排", "沙发！", "first!!", "打卡"])
def test_first_comer_comments_are_left_out_of_the_excess(scorer: Any, first: str) -> None:
    # Review s47: 前排 / 沙发 / "first" come in the first minutes by what they say; 15% of a
    # genuine section so made 10 of 13 authentic Bilibili creators suspicious (COMMENT_BURST).
    fast_and_slow = _creator(300.0, 300.0)  # generic and real comments alike: excess 0
    data = fast_and_slow.model_dump(mode="json")
    for j in range(12):  # 12 first-comers of 60 timed comments, within minutes of a post
        post = data["posts"][j % 3]
        at = datetime.fromisoformat(post["posted_at"]) + timedelta(minutes=1 + j % 5)
        data["comments"].append(
            {
                "post_id": post["post_id"],
                "author": f"f{j}",
                "text": first,
                "posted_at": at.isoformat(),
            }
        )
    record = CreatorRecord.model_validate(data)
    ctx = scorer.extractor.context(record)
    single = comments.extract(record, ctx)
    (chunk,) = comments.extract_many([record], [ctx])
    for block in (single, chunk):
        assert block.values["early_low_effort_excess"] == pytest.approx(0.0, abs=0.05)
        assert block.values["early_comment_share"] > 0.15  # the fact itself is kept
    assert "COMMENT_BURST" not in {r.code for r in scorer.score(record).reasons}
    # the same generic words without first-comer meaning, as early: a burst
    for comment in data["comments"][-12:]:
        comment["text"] = "so good"
    bursting = CreatorRecord.model_validate(data)
    block = comments.extract(bursting, scorer.extractor.context(bursting))
    assert block.values["early_low_effort_excess"] > 0.15
