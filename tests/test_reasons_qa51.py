"""Reason texts that said more than their data (session 51's QA, built from its inputs)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from fraud.schema import CreatorRecord, Reason
from fraud.scoring import Scorer

T0 = datetime(2025, 12, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def scorer() -> Scorer:
    return Scorer.load()


def _reasons(
    scorer: Scorer, creator_id: str, followers: int, posts: list[Any], comments: list[Any]
) -> dict[str, Reason]:
    """The reasons of a creator of these posts and comments, by code."""
    raw = {
        "creator_id": creator_id,
        "platform": creator_id.split(":")[0],
        "as_of": T0,
        "profile": {"followers": followers},
        "posts": posts,
        "comments": comments,
    }
    [result] = scorer.score_many([CreatorRecord.model_validate(raw)])
    return {reason.code: reason for reason in result.reasons}


def test_a_pod_does_not_say_its_accounts_came_within_the_hour_on_half_the_posts(
    scorer: Scorer,
) -> None:
    # the same 5 fans on each of 5 posts, within the hour on the newest only, days later on the
    # rest: "5 accounts comment on at least half of 5 posts within the first hour" was false
    posts, comments = [], []
    for i in range(5):
        at = T0 - timedelta(days=3 * i)
        posts.append({"post_id": f"p{i}", "posted_at": at, "likes": 2000, "comments": 5})
        comments += [
            {
                "post_id": f"p{i}",
                "author": f"fan{a}",
                "text": "太好看了",
                "posted_at": T0 - timedelta(days=i),
            }
            for a in range(5)
        ]
    reasons = _reasons(scorer, "douyin:pod_wording", 120000, posts, comments)
    message = reasons["COMMENT_POD"].message
    assert "posts within the first hour" not in message
    assert message.startswith(
        "5 accounts comment on at least half of 5 posts; their generic praise within the first "
        "hour of a post is 20% of all comments"
    )


def test_a_follow_back_ask_is_not_quoted_as_chinese_cues(scorer: Scorer) -> None:
    posts, comments = [], []
    for i in range(6):
        at = T0 - timedelta(days=3 * i)
        posts.append({"post_id": f"p{i}", "posted_at": at, "likes": 500, "comments": 4})
        for c, text in enumerate(["nice 😍", "🔥🔥", "Follow me back!", "love it"]):
            comments.append(
                {
                    "post_id": f"p{i}",
                    "author": f"u{c}",
                    "text": text,
                    "posted_at": at + timedelta(minutes=c),
                }
            )
    reasons = _reasons(scorer, "instagram:boost_wording", 15300, posts, comments)
    message = reasons["MUTUAL_BOOST_GROUP"].message
    assert "of comments: 互赞" not in message  # the cues' names read as quotes of the data
    assert message.startswith(
        "1 account asks for follows or likes back in 25% of comments (cues such as"
    )
    assert message.endswith("the asking itself is how follow-for-follow trading recruits")
