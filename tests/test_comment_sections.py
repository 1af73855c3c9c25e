"""Creator level: lure campaigns, mutual-boost groups and template-written praise in a comment
section are told apart from genuine audiences, loyal communities and a creator's friends."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
import pandas as pd
import pytest

from fraud.comment_quality import CommentClassifier
from fraud.features import extract_features
from fraud.features.base import FeatureContext
from fraud.norms import load_norms
from fraud.paths import DATA_DIR
from fraud.reasons import build_reasons
from fraud.schema import CreatorRecord, Verdict
from training.sim_comment_sections import (
    TEST_STYLE,
    lure_campaign_comments,
    machine_praise_comments,
    mutual_boost_comments,
)

START = datetime(2026, 9, 1, 12, tzinfo=UTC)
# Genuine Chinese audience: varied questions, experiences and everyday reactions.
GENUINE_ZH = (
    "这个颜色黄皮能用吗",
    "求链接",
    "上周买了同款，质量还不错",
    "哈哈哈哈笑死我了",
    "博主身高多少呀",
    "第三个是什么牌子的",
    "打卡",
    "码住了",
    "好看！",
    "这期剪辑比上期好多了",
    "蹲一个后续",
    "我觉得有点贵，299有点下不去手",
    "666",
    "[doge][doge]",
    "来了来了",
    "背景音乐叫什么",
    "学到了，明天就去试试",
    "绝绝子",
    "在哪里拍的呀",
    "楼主用的什么相机",
)
FRIENDS_ZH = (
    "哈哈哈你又去那家店了",
    "下次叫上我啊",
    "周末还去爬山吗",
    "这不是上次我们一起去的地方吗",
)


@pytest.fixture(scope="module")
def substantive_zh() -> tuple[str, ...]:
    """Varied, specific Chinese comments (the labelled set's substantive rows)."""
    frame = pd.read_csv(DATA_DIR / "comments" / "labelled.csv", dtype=str, keep_default_na=False)
    rows = frame[(frame["lang"] == "zh") & (frame["category"] == "substantive")]
    return tuple(dict.fromkeys(rows["text"]))


@pytest.fixture(scope="module")
def ctx() -> FeatureContext:
    return FeatureContext(
        as_of=START + timedelta(days=40),
        norms=load_norms(),
        comment_classifier=CommentClassifier.load(),
    )


def _posts(n: int = 10) -> list[dict[str, Any]]:
    return [
        {
            "post_id": f"p{i}",
            "posted_at": (START + timedelta(days=3 * i)).isoformat().replace("+00:00", "Z"),
            "likes": 800,
            "comments": 60,
            "shares": 20,
        }
        for i in range(n)
    ]


def _audience(
    posts: list[dict[str, Any]], rng: np.random.Generator, texts: tuple[str, ...], per_post: int
) -> list[dict[str, Any]]:
    """Genuine comments: many different accounts, a few repeat visitors."""
    out = []
    for post in posts:
        posted = datetime.fromisoformat(post["posted_at"].replace("Z", "+00:00"))
        for _ in range(per_post):
            at = posted + timedelta(minutes=float(np.exp(rng.normal(5, 1.3))))
            out.append(
                {
                    "post_id": post["post_id"],
                    "author": f"fan{int(rng.integers(0, 2000))}",
                    "text": texts[int(rng.integers(len(texts)))],
                    "posted_at": at.isoformat().replace("+00:00", "Z"),
                }
            )
    return out


def _regulars(
    posts: list[dict[str, Any]], rng: np.random.Generator, names: list[str], texts: tuple[str, ...]
) -> list[dict[str, Any]]:
    """Regulars on most posts, each comment a different text (people do not repeat)."""
    order = itertools.cycle(rng.permutation(len(texts)).tolist())
    out = []
    for post in posts:
        posted = datetime.fromisoformat(post["posted_at"].replace("Z", "+00:00"))
        for name in names:
            if rng.random() < 0.8:
                at = posted + timedelta(minutes=float(rng.uniform(60, 3000)))
                out.append(
                    {
                        "post_id": post["post_id"],
                        "author": name,
                        "text": texts[next(order)],
                        "posted_at": at.isoformat().replace("+00:00", "Z"),
                    }
                )
    return out


def _record(comments: list[dict[str, Any]], posts: list[dict[str, Any]]) -> CreatorRecord:
    return CreatorRecord.model_validate(
        {
            "creator_id": "c1",
            "platform": "rednote",
            "profile": {"followers": 52000, "following": 300, "posts": 120},
            "posts": posts,
            "comments": comments,
        }
    )


def _analyse(
    comments: list[dict[str, Any]], posts: list[dict[str, Any]], ctx: FeatureContext
) -> tuple[dict[str, float], set[str]]:
    row = extract_features(_record(comments, posts), ctx)
    codes = {reason.code for reason in build_reasons(row, {}, Verdict.SUSPICIOUS)}
    return row.values, codes


def test_a_lure_campaign_gets_comment_spam_with_its_lure_types(ctx: FeatureContext) -> None:
    posts = _posts()
    rng = np.random.default_rng(5)
    comments = _audience(posts, rng, GENUINE_ZH, 8) + lure_campaign_comments(
        posts, rng, style=TEST_STYLE
    )
    values, codes = _analyse(comments, posts, ctx)
    assert "COMMENT_SPAM" in codes
    assert values["spam_campaign_share"] > 0.2
    row = extract_features(_record(comments, posts), ctx)
    evidence = row.blocks["comments"].evidence
    assert evidence["n_campaign_accounts"] >= 3
    assert set(evidence["lure_types"]) - {"unspecified"}


def test_a_genuine_chinese_audience_has_no_spam_campaign(ctx: FeatureContext) -> None:
    posts = _posts()
    comments = _audience(posts, np.random.default_rng(6), GENUINE_ZH, 12)
    values, codes = _analyse(comments, posts, ctx)
    assert values["spam_campaign_share"] == 0.0
    assert values["spam_comment_share"] < 0.02
    assert not codes & {"COMMENT_SPAM", "MUTUAL_BOOST_GROUP", "COMMENTS_TEMPLATED"}


def test_a_mutual_boost_group_is_told_apart_from_a_loyal_community(
    ctx: FeatureContext, substantive_zh: tuple[str, ...]
) -> None:
    posts = _posts()
    rng = np.random.default_rng(7)
    genuine = _audience(posts, rng, GENUINE_ZH, 6)
    boost = genuine + mutual_boost_comments(posts, rng, n_members=15)
    loyal_names = [f"regular{i}" for i in range(12)]
    loyal = genuine + _regulars(posts, rng, loyal_names, substantive_zh)
    boost_values, boost_codes = _analyse(boost, posts, ctx)
    loyal_values, loyal_codes = _analyse(loyal, posts, ctx)
    assert "MUTUAL_BOOST_GROUP" in boost_codes and "LOYAL_COMMUNITY" not in boost_codes
    assert "LOYAL_COMMUNITY" in loyal_codes and "MUTUAL_BOOST_GROUP" not in loyal_codes
    # both have regulars; only the group trades cues and @-replies
    assert boost_values["recurring_commenter_share"] > 0.2
    assert loyal_values["recurring_commenter_share"] > 0.2
    assert boost_values["mutual_boost_cue_share"] > 0.1 > loyal_values["mutual_boost_cue_share"]
    assert (
        boost_values["commenter_cross_mention_share"]
        > 0.05
        > loyal_values["commenter_cross_mention_share"]
    )


def test_a_creators_friends_are_not_a_mutual_boost_group(ctx: FeatureContext) -> None:
    posts = _posts()
    rng = np.random.default_rng(8)
    comments = _audience(posts, rng, GENUINE_ZH, 8) + _regulars(
        posts, rng, ["xiaomei", "ajie", "laozhang"], FRIENDS_ZH
    )
    values, codes = _analyse(comments, posts, ctx)
    assert "MUTUAL_BOOST_GROUP" not in codes
    assert values["mutual_boost_cue_share"] == 0.0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_template_written_praise_is_more_alike_than_genuine_comments(
    ctx: FeatureContext, lang: str, substantive_zh: tuple[str, ...]
) -> None:
    posts = _posts()
    rng = np.random.default_rng(9)
    genuine = _audience(posts, rng, GENUINE_ZH + substantive_zh, 10)
    templated = genuine + machine_praise_comments(posts, rng, lang=lang)
    genuine_values, genuine_codes = _analyse(genuine, posts, ctx)
    templated_values, templated_codes = _analyse(templated, posts, ctx)
    assert templated_values["template_similarity_share"] > 0.15
    assert genuine_values["template_similarity_share"] < 0.05
    assert "COMMENTS_TEMPLATED" in templated_codes
    assert "COMMENTS_TEMPLATED" not in genuine_codes


def test_simulated_sections_are_valid_and_deterministic() -> None:
    posts = _posts(4)
    for make in (lure_campaign_comments, mutual_boost_comments, machine_praise_comments):
        first = make(posts, np.random.default_rng(1))
        again = make(posts, np.random.default_rng(1))
        assert first == again and first
        _record(first, posts)  # every comment passes the contract's validation
