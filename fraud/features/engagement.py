"""Engagement: rate per post against the platform x tier norm, and the ratios bought likes break.

The engagement rate of a post is its interactions (counted per platform, see
:func:`fraud.features.base.post_engagement`) over the followers at the time of the post
(read off the follower history when it covers the post, else today's count).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from fraud.features.base import NAN, FamilyEvidence, FeatureBlock, FeatureContext, post_engagement
from fraud.norms import size_tier
from fraud.schema import CreatorRecord

__all__ = ["NAMES", "EngagementEvidence", "extract", "followers_at"]

CHECK = "engagement"
NAMES = (
    "engagement_rate_median",
    "engagement_rate_vs_norm",
    "engagement_rate_z",
    "likes_per_comment_vs_norm",
    "views_per_like_vs_norm",
    "shares_per_like",
    "engagement_volatility",
    "engagement_trend_90d",
    "likes_outlier_post_share",
    "comment_share_of_engagement",
    "likes_comments_decoupling",
    "likes_per_comment_spread",
)
MIN_POSTS = 3
LIKES_JUMP_X = 4.0  # a post whose likes jump this much more than its comments is an outlier


@dataclass(slots=True)
class EngagementEvidence(FamilyEvidence):
    """What the engagement reasons say: the rates and ratios against the platform x tier norm."""

    n_posts: int
    engagement_rate_median: float
    norm_engagement_rate: float
    norm_p10: float
    norm_p90: float
    size_tier: str
    likes_per_comment: float
    norm_likes_per_comment: float | None
    views_per_like: float | None
    norm_views_per_like: float | None


def followers_at(record: CreatorRecord, post_days: np.ndarray) -> np.ndarray:
    """Followers on each day (ordinals, may be fractional): read off the history where it
    covers the day, else today's (at least 1, so rates can divide by it)."""
    current = float(max(record.profile.followers, 1))
    history = record.follower_history
    if len(history) < 2:
        return np.full(len(post_days), current)
    ordinals = np.array([s.date.toordinal() for s in history], dtype=float)
    followers = np.array([s.followers for s in history], dtype=float)
    at = np.interp(post_days, ordinals, followers)
    covered = (post_days >= ordinals[0]) & (post_days <= ordinals[-1])
    return np.where(covered, np.maximum(at, 1.0), current)


def _median_log_ratio(numerator: np.ndarray, denominator: np.ndarray) -> float:
    return float(np.median(np.log((numerator + 1.0) / (denominator + 1.0))))


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Engagement features of one creator; skipped with fewer than 3 posts."""
    posts = record.posts
    if len(posts) < MIN_POSTS:
        return FeatureBlock.skipped(
            CHECK, NAMES, f"{len(posts)} posts given; the engagement checks need {MIN_POSTS}"
        )
    tier = size_tier(record.profile.followers)
    norm = ctx.norms.engagement_for(record.platform, tier)
    post_days = np.array([p.posted_at.timestamp() / 86400.0 + 719163.0 for p in posts])
    engagement = np.array([post_engagement(p, record.platform) for p in posts], dtype=float)
    likes = np.array([p.likes for p in posts], dtype=float)
    comments = np.array([p.comments for p in posts], dtype=float)
    rate = engagement / followers_at(record, post_days)
    values = dict.fromkeys(NAMES, NAN)

    rate_median = float(np.median(rate))
    values["engagement_rate_median"] = rate_median
    vs_norm = math.log(max(rate_median, 1e-6) / norm.er_median)
    values["engagement_rate_vs_norm"] = vs_norm
    values["engagement_rate_z"] = vs_norm / norm.log_sigma
    likes_per_comment = _median_log_ratio(likes, comments)
    if norm.likes_per_comment:
        values["likes_per_comment_vs_norm"] = likes_per_comment - math.log(norm.likes_per_comment)
    views = np.array([p.views if p.views is not None else -1 for p in posts], dtype=float)
    has_views = views >= 0
    views_per_like = NAN
    if has_views.sum() >= MIN_POSTS:
        views_per_like = _median_log_ratio(views[has_views], likes[has_views])
        if norm.views_per_like:
            values["views_per_like_vs_norm"] = views_per_like - math.log(norm.views_per_like)
    shares = np.array([p.shares if p.shares is not None else -1 for p in posts], dtype=float)
    if (shares >= 0).sum() >= MIN_POSTS:
        values["shares_per_like"] = _median_log_ratio(shares[shares >= 0], likes[shares >= 0])
    log_engagement = np.log1p(engagement)
    values["engagement_volatility"] = float(np.std(log_engagement))
    span = float(post_days.max() - post_days.min())
    if span >= 21:
        slope = float(np.polyfit(post_days - post_days.min(), np.log(rate + 1e-6), 1)[0])
        values["engagement_trend_90d"] = slope * 90.0
    # Posts whose likes jump far above the creator's normal while comments do not.
    like_jump = np.log1p(likes) - np.median(np.log1p(likes))
    comment_jump = np.log1p(comments) - np.median(np.log1p(comments))
    values["likes_outlier_post_share"] = float(
        np.mean(like_jump - comment_jump > math.log(LIKES_JUMP_X))
    )
    values["comment_share_of_engagement"] = float(comments.sum() / max(engagement.sum(), 1.0))
    # Across posts, genuine likes and comments rise and fall together (a good post gets both);
    # likes bought for some posts break the link and spread the likes:comments ratio.
    log_likes, log_comments = np.log1p(likes), np.log1p(comments)
    if len(posts) >= 5 and log_likes.std() > 0 and log_comments.std() > 0:
        values["likes_comments_decoupling"] = 1.0 - float(
            np.corrcoef(log_likes, log_comments)[0, 1]
        )
    log_ratio = log_likes - log_comments
    if len(posts) >= 5:
        q75, q25 = np.percentile(log_ratio, [75, 25])
        values["likes_per_comment_spread"] = float(q75 - q25)

    evidence = EngagementEvidence(
        n_posts=len(posts),
        engagement_rate_median=round(rate_median, 5),
        norm_engagement_rate=norm.er_median,
        norm_p10=norm.er_p10,
        norm_p90=norm.er_p90,
        size_tier=tier,
        likes_per_comment=round(math.exp(likes_per_comment), 1),
        norm_likes_per_comment=norm.likes_per_comment,
        views_per_like=None if math.isnan(views_per_like) else round(math.exp(views_per_like), 1),
        norm_views_per_like=norm.views_per_like,
    )
    return FeatureBlock(CHECK, values, evidence)
