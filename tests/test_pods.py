"""A pod that comments on every post 70-230 minutes after it (not in the first hour) is seen.

Three hand-built twins share everything but twelve comment slots on each of twelve posts:
the genuine twin's slots hold the pod's very texts (generic praise) from passers-by at varied
times, the pod twin's are twelve accounts posting that praise, each at about their own delay
(70-230 minutes) after every post, and the loyal twin's twelve regulars writing substantive
comments at varied times. Only who comments and when tells the pod from its genuine twin.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest

from fraud.features.comments import EARLY_MINUTES
from fraud.reasons import POD_DELAY_SPREAD_MINUTES, RED_FLAG_SEVERITIES, RULES
from fraud.schema import CreatorRecord, ScoreResult, Verdict
from fraud.scoring import Scorer

N_POSTS = 12
N_SLOTS = 12  # per post
N_CROWD = 22  # passers-by per post
AS_OF = datetime(2026, 1, 30, 23, 0, tzinfo=UTC)
GENERIC = ["love this!", "so good 🔥", "amazing!!", "great post", "wow 😍", "beautiful", "nice one"]
THINGS = ["sourdough", "shelf", "mural", "trail run", "jacket", "garden bed", "camera rig"]
PARTS = ["crust", "joints", "colours", "pacing", "stitching", "soil", "focus"]


def _substantive(rng: np.random.Generator) -> str:
    thing, part = rng.choice(THINGS), rng.choice(PARTS)
    days = int(rng.integers(2, 30))
    return (
        f"I tried your {thing} method {days} days ago and the {part} finally worked, "
        f"but how did you keep the {part} from cracking on the second attempt?"
    )


def _twin(kind: str) -> CreatorRecord:
    rng = np.random.default_rng(11)  # the same stream for every twin up to the slots
    posts: list[dict[str, Any]] = []
    comments: list[dict[str, Any]] = []
    members = [f"member_{i}" for i in range(N_SLOTS)]
    usual = {m: float(rng.uniform(70, 230)) for m in members}
    for p in range(N_POSTS):
        posted = AS_OF - timedelta(days=5 * (N_POSTS - p), hours=float(rng.uniform(0, 6)))
        post_id = f"p{p}"
        posts.append(
            {
                "post_id": post_id,
                "posted_at": posted.isoformat(),
                "format": "image",
                "likes": int(rng.integers(700, 900)),
                "comments": N_CROWD + N_SLOTS,
                "shares": int(rng.integers(5, 20)),
                "saves": int(rng.integers(5, 30)),
                "sponsored": False,
            }
        )

        def add(author: str, text: str, minutes: float, post_id: str = post_id) -> None:
            at = posts[-1]["posted_at"]
            when = datetime.fromisoformat(at) + timedelta(minutes=minutes)
            comments.append(
                {"post_id": post_id, "author": author, "text": text, "posted_at": when.isoformat()}
            )

        for c in range(N_CROWD):
            text = _substantive(rng) if rng.random() < 0.7 else str(rng.choice(GENERIC))
            add(f"fan_{p}_{c}", text, math.exp(rng.normal(math.log(180), 1.3)))
        slot_rng = np.random.default_rng([11, p])
        for s, member in enumerate(members):
            if kind == "genuine":  # the pod's very texts, from passers-by at varied times
                text = GENERIC[(s + p) % 7]
                add(f"visitor_{p}_{s}", text, math.exp(slot_rng.normal(math.log(180), 1.3)))
            elif kind == "pod":
                add(member, GENERIC[(s + p) % 7], usual[member] + slot_rng.normal(0, 6))
            else:  # loyal community
                add(member, _substantive(slot_rng), math.exp(slot_rng.normal(math.log(180), 1.3)))
    return CreatorRecord.model_validate(
        {
            "creator_id": f"instagram:{kind}_twin",
            "platform": "instagram",
            "handle": f"{kind}_twin",
            "as_of": AS_OF.isoformat(),
            "profile": {"followers": 26000, "following": 640, "posts": 410, "verified": False},
            "posts": posts,
            "comments": comments,
        }
    )


@pytest.fixture(scope="module")
def scored() -> dict[str, tuple[ScoreResult, dict[str, float]]]:
    scorer = Scorer.load()
    kinds = ("genuine", "pod", "loyal")
    records = [_twin(kind) for kind in kinds]
    results = scorer.score_many(records)
    return {
        kind: (result, scorer.features(record).values)
        for kind, record, result in zip(kinds, records, results, strict=True)
    }


def test_the_pod_comments_after_the_first_hour(
    scored: dict[str, tuple[ScoreResult, dict[str, float]]],
) -> None:
    _, pod = scored["pod"]
    assert pod["pod_comment_share"] == 0.0  # nothing in the first hour: the old check is blind
    assert pod["regular_low_effort_share"] > 0.3
    assert math.expm1(pod["regular_delay_spread"]) < POD_DELAY_SPREAD_MINUTES
    assert EARLY_MINUTES < 70


def test_the_late_pod_gets_comment_pod_and_a_higher_probability_than_its_twins(
    scored: dict[str, tuple[ScoreResult, dict[str, float]]],
) -> None:
    pod, _ = scored["pod"]
    codes = {reason.code: reason for reason in pod.reasons}
    assert "COMMENT_POD" in codes, [r.code for r in pod.reasons]
    message = codes["COMMENT_POD"].message
    assert "low-effort comments" in message and "minutes of their usual delay" in message
    assert "first hour" not in message
    # The model learned it (the model shipped before gave 0.62 and a low-severity reason).
    assert codes["COMMENT_POD"].severity in RED_FLAG_SEVERITIES
    assert pod.verdict in (Verdict.SUSPICIOUS, Verdict.LIKELY_FRAUDULENT)
    assert pod.fraud_probability > scored["genuine"][0].fraud_probability + 0.2
    assert pod.fraud_probability > scored["loyal"][0].fraud_probability + 0.2


def test_genuine_and_loyal_twins_do_not_look_like_a_pod(
    scored: dict[str, tuple[ScoreResult, dict[str, float]]],
) -> None:
    for kind in ("genuine", "loyal"):
        result, values = scored[kind]
        assert "COMMENT_POD" not in {r.code for r in result.reasons}, kind
        assert values["regular_low_effort_share"] < 0.12, kind
    # Regulars writing substantive comments do not raise the probability over passers-by.
    assert scored["loyal"][0].fraud_probability < scored["genuine"][0].fraud_probability + 0.05
    _, loyal = scored["loyal"]
    assert loyal["recurring_commenter_share"] > 0.3  # regulars, and yet no pod
    assert math.expm1(loyal["regular_delay_spread"]) > 2 * POD_DELAY_SPREAD_MINUTES


def test_comment_pod_rule_fires_on_either_window_and_words_each() -> None:
    rule = next(r for r in RULES if r.code == "COMMENT_POD")
    evidence = {
        "n_regular_commenters": 12,
        "n_posts_with_comments": 12,
        "regular_delay_spread_minutes": 9.0,
        "n_regulars_timed": 12,
    }
    late = {"pod_comment_share": 0.0, "regular_low_effort_share": 0.35}
    late["regular_delay_spread"] = math.log1p(9.0)
    assert rule.applies(late, evidence)
    assert "within 9 minutes" in rule.message(late, evidence)
    wandering = {**late, "regular_delay_spread": math.log1p(300.0)}
    assert not rule.applies(wandering, evidence)  # regulars at varied times: no pod
    early = {"pod_comment_share": 0.3, "regular_low_effort_share": 0.3}
    early["regular_delay_spread"] = math.log1p(300.0)
    assert rule.applies(early, evidence)
    assert "first hour" in rule.message(early, evidence)
    unmeasured = {"pod_comment_share": 0.0, "regular_low_effort_share": 0.5}
    unmeasured["regular_delay_spread"] = math.nan
    assert not rule.applies(unmeasured, evidence)
