"""A pod that comments on every post 70-230 minutes after it (not in the first hour) is seen
and said, as a low-severity fact: habitual fans who check in at about the same time after
each post look the same, and a reviewer's genuine creator with three such fans was called
likely_fraudulent by a model that learned from the pattern.

Four hand-built twins share everything but twelve comment slots on each of twelve posts:
the genuine twin's slots hold the pod's very texts (generic praise) from passers-by at varied
times, the pod twin's are twelve accounts posting that praise, each at about their own delay
(70-230 minutes) after every post, the loyal twin's twelve regulars writing substantive
comments at varied times, and the fans twin's four regulars checking in (打卡, 来了, 沙发, ❤️)
at about their own delay, the other slots as the genuine twin's.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pytest

from fraud.features.comments import EARLY_MINUTES
from fraud.reasons import POD_DELAY_SPREAD_MINUTES, RULES
from fraud.schema import CreatorRecord, ScoreResult, Severity, Verdict
from fraud.scoring import Scorer

N_POSTS = 12
N_SLOTS = 12  # per post
N_CROWD = 22  # passers-by per post
AS_OF = datetime(2026, 1, 30, 23, 0, tzinfo=UTC)
GENERIC = ["love this!", "so good 🔥", "amazing!!", "great post", "wow 😍", "beautiful", "nice one"]
THINGS = ["sourdough", "shelf", "mural", "trail run", "jacket", "garden bed", "camera rig"]
CHECK_INS = ["打卡", "来了", "沙发", "❤️"]
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
            elif kind == "fans":  # four habitual fans check in; the rest as the genuine twin
                if s < 4:
                    add(member, CHECK_INS[s], usual[member] + slot_rng.normal(0, 6))
                else:
                    text = GENERIC[(s + p) % 7]
                    add(f"visitor_{p}_{s}", text, math.exp(slot_rng.normal(math.log(180), 1.3)))
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
    kinds = ("genuine", "pod", "loyal", "fans")
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


def test_the_late_pod_is_said_as_a_low_severity_fact_that_could_be_fans(
    scored: dict[str, tuple[ScoreResult, dict[str, float]]],
) -> None:
    pod, _ = scored["pod"]
    codes = {reason.code: reason for reason in pod.reasons}
    assert "COMMENT_POD" in codes, [r.code for r in pod.reasons]
    message = codes["COMMENT_POD"].message
    assert "low-effort comments" in message and "minutes of their usual delay" in message
    assert "first hour" not in message and "habitual fans" in message
    assert codes["COMMENT_POD"].severity is Severity.LOW  # never a red flag on its own


def test_habitual_check_in_fans_do_not_make_a_genuine_creator_a_fraud(
    scored: dict[str, tuple[ScoreResult, dict[str, float]]],
) -> None:
    fans, values = scored["fans"]
    assert values["regular_low_effort_share"] > 0.08  # the steady-delay pattern is there
    pod = [r for r in fans.reasons if r.code == "COMMENT_POD"]
    assert all(r.severity is Severity.LOW for r in pod)
    # (the model shipped first this round, which learned from the steady-delay pattern, made
    # such a creator likely_fraudulent at 0.87; a reviewer's three fans took a genuine KOC
    # from authentic to likely_fraudulent). No pattern past the genuine range, so neither
    # flagged nor suspicious, whatever the model's lean (0.72 with three training generators,
    # 0.80 with six: the lean is said, at low severity, beside insufficient_data).
    assert fans.verdict in (Verdict.AUTHENTIC, Verdict.INSUFFICIENT_DATA)


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
