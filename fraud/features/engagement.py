"""Engagement: rate per post against the platform x tier norm, and the ratios bought likes break.

The engagement rate of a post is its interactions (counted per platform, see
:func:`fraud.features.base.post_engagement`) over the followers at the time of the post
(read off the follower history when it covers the post, else today's count).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from operator import attrgetter
from typing import Any

import numpy as np
from numpy.exceptions import RankWarning

from fraud.features.base import (
    _ENGAGEMENT_FIELDS,
    NAN,
    FamilyEvidence,
    FeatureBlock,
    FeatureContext,
    Segments,
    median_rows,
    percentile_rows,
    post_engagement,
    segment_starts,
    std_rows,
)
from fraud.features.growth import FailedObservations, observed_history
from fraud.norms import EngagementNorm, size_tier
from fraud.schema import CreatorRecord
from fraud.wording import counted, one_or_many

__all__ = ["NAMES", "EngagementEvidence", "extract", "extract_many", "followers_at"]

CHECK = "engagement"
NAMES = (
    "engagement_rate_median",
    "engagement_rate_vs_norm",
    "engagement_rate_z",
    "engagement_under_norm_z",
    "engagement_over_norm_z",
    "interactions_log10",
    "likes_per_comment_vs_norm",
    "views_per_like_vs_norm",
    "shares_per_like",
    "engagement_volatility",
    "engagement_trend_90d",
    "likes_outlier_post_share",
    "comment_share_of_engagement",
    "likes_comments_decoupling",
    "likes_per_comment_spread",
    "views_per_like_spread",
    "views_likes_decoupling",
)
MIN_POSTS = 3
# Likes against comments and views against likes across posts (the spreads, the decoupling)
# are read from this many posts with both counts.
MIN_SHAPE_POSTS = 5
LIKES_JUMP_X = 4.0  # a post whose likes jump this much more than its comments is an outlier
# A spread of log counts below this is rounding on posts all alike (np.std of a constant
# array can be ~1e-15, whose correlation is noise): no correlation is read from it.
FLAT_STD = 1e-9


@dataclass(slots=True)
class EngagementEvidence(FamilyEvidence):
    """What the engagement reasons say: the rates and ratios against the platform x tier norm."""

    n_posts: int
    engagement_rate_median: float
    norm_engagement_rate: float
    norm_p10: float
    norm_p90: float
    size_tier: str
    likes_per_comment: float | None  # None: no 3 posts with both counts known
    norm_likes_per_comment: float | None
    views_per_like: float | None
    norm_views_per_like: float | None
    likes_total: int | None = None  # over the posts: the likes-per-comment a reason prints
    comments_total: int | None = None
    # The posts those totals are over: those with both counts known (n_posts, the posts with
    # a like count, when every comment count is known).
    n_ratio_posts: int | None = None
    # The median of likes / comments over those of them with a comment, unsmoothed (what a
    # reason prints; the model reads the +1-smoothed median), and how many they are.
    median_likes_per_comment: float | None = None
    n_commented_posts: int | None = None
    # The median post's likes + comments over those posts (whether their ratio says
    # anything), and the median likes of the posts whose views are read (the same for views).
    median_post_interactions: float | None = None
    median_viewed_post_likes: float | None = None


def followers_at(
    record: CreatorRecord, post_days: np.ndarray, failed: FailedObservations | None = None
) -> np.ndarray:
    """Followers on each day (ordinals, may be fractional): read off the history where it
    covers the day, else today's (at least 1, so rates can divide by it). The history's
    failed observations are left out, as the growth check leaves them out
    (:func:`fraud.features.growth.observed_history`; ``failed``: they, when already judged)."""
    current = float(max(record.profile.followers, 1))
    history = observed_history(record, failed)
    if len(history) < 2:
        return np.full(len(post_days), current)
    ordinals = np.array([s.date.toordinal() for s in history], dtype=float)
    followers = np.array([s.followers for s in history], dtype=float)
    at = np.interp(post_days, ordinals, followers)
    covered = (post_days >= ordinals[0]) & (post_days <= ordinals[-1])
    return np.where(covered, np.maximum(at, 1.0), current)


_SNAPSHOT_DATE = attrgetter("date")
_SNAPSHOT_FOLLOWERS = attrgetter("followers")


def _followers_at_columns(
    record: CreatorRecord, post_days: np.ndarray, failed: FailedObservations | None
) -> np.ndarray:
    """:func:`followers_at`, reading the history with C-level attribute maps."""
    current = float(max(record.profile.followers, 1))
    history = observed_history(record, failed)
    if len(history) < 2:
        return np.full(len(post_days), current)
    ordinals = np.fromiter(
        map(date.toordinal, map(_SNAPSHOT_DATE, history)), np.float64, len(history)
    )
    followers = np.array(list(map(_SNAPSHOT_FOLLOWERS, history)), dtype=float)
    at = np.interp(post_days, ordinals, followers)
    covered = (post_days >= ordinals[0]) & (post_days <= ordinals[-1])
    return np.where(covered, np.maximum(at, 1.0), current)


def _median_log_ratio(numerator: np.ndarray, denominator: np.ndarray) -> float:
    return float(np.median(np.log((numerator + 1.0) / (denominator + 1.0))))


def _unknown_counts(posts: Sequence[Any]) -> bool:
    """Whether any post says its like or comment count is unknown (``likes_unknown``,
    ``comments_unknown``: hidden likes, a Kuaishou export without comment counts)."""
    return any(p.likes_unknown or p.comments_unknown for p in posts)


def _too_few_posts(posts: Sequence[Any]) -> str | None:
    """Why the engagement checks cannot run on ``posts``, or None: they need
    :data:`MIN_POSTS` posts whose likes are known."""
    hidden = sum(1 for p in posts if p.likes_unknown)
    if len(posts) - hidden >= MIN_POSTS:
        return None
    if not hidden:
        return f"{counted(len(posts), 'post')} given; the engagement checks need {MIN_POSTS}"
    return (
        f"{counted(len(posts), 'post')} given, {hidden} of them without a like count (hidden, or"
        " not in the"
        f" export); the engagement"
        f" checks need {MIN_POSTS} with a like count"
    )


def _rate_against_norm(values: dict[str, float], z: float) -> None:
    """``engagement_rate_z`` and its two sides, under the norm (``min(z, 0)``) and over it
    (``max(z, 0)``). The creator model learns the sides: under the norm only ever against the
    creator (too little engagement for the followers is how bought followers show), over it
    either way (bought likes lift it; so does a small, close audience)."""
    values["engagement_rate_z"] = z
    values["engagement_under_norm_z"] = min(z, 0.0)
    values["engagement_over_norm_z"] = max(z, 0.0)


def _size_shown(median_interactions: float) -> float:
    """``interactions_log10``: log10(1 + the median post's interactions), the creator's size as
    its audience shows it. The creator model learns size from it, not from the follower count:
    bought followers do not move it, so a bigger claim with the same posts moves only the rate
    against the norm, which may only raise the fraud probability (training/train.py)."""
    return math.log10(median_interactions + 1.0)


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Engagement features of one creator; skipped with fewer than 3 posts with a like count.

    A post whose like count is unknown (``likes_unknown``) is left out of every check; one
    whose comment count is unknown (``comments_unknown``) is left out of the checks that read
    likes against comments (likes per comment, like outliers, comment share, decoupling),
    which need 3 (the spread and decoupling 5) posts with both counts. Its comments that the
    record does hold count towards its engagement (a lower bound)."""
    posts = record.posts
    skip = _too_few_posts(posts)
    if skip is not None:
        return FeatureBlock.skipped(CHECK, NAMES, skip)
    if _unknown_counts(posts):
        posts = [p for p in posts if not p.likes_unknown]
    tier = size_tier(record.profile.followers)
    norm = ctx.norms.engagement_for(record.platform, tier)
    post_days = np.array([p.posted_at.timestamp() / 86400.0 + 719163.0 for p in posts])
    engagement = np.array([post_engagement(p, record.platform) for p in posts], dtype=float)
    likes = np.array([p.likes for p in posts], dtype=float)
    comments = np.array([p.comments for p in posts], dtype=float)
    rate = engagement / followers_at(record, post_days, ctx.failed_observations)
    values = dict.fromkeys(NAMES, NAN)

    rate_median = float(np.median(rate))
    values["engagement_rate_median"] = rate_median
    vs_norm = math.log(max(rate_median, 1e-6) / norm.er_median)
    values["engagement_rate_vs_norm"] = vs_norm
    _rate_against_norm(values, vs_norm / norm.log_sigma)
    values["interactions_log10"] = _size_shown(float(np.median(engagement)))
    views = np.array([p.views if p.views is not None else -1 for p in posts], dtype=float)
    has_views = _views_read(views, likes)
    views_per_like = NAN
    viewed_likes = None
    if has_views.sum() >= MIN_POSTS:
        views_per_like = _median_log_ratio(views[has_views], likes[has_views])
        viewed_likes = float(np.median(likes[has_views]))
        if norm.views_per_like:
            values["views_per_like_vs_norm"] = views_per_like - math.log(norm.views_per_like)
    if has_views.sum() >= MIN_SHAPE_POSTS:
        # Views bought for some posts (a package per video) lift their views and not their
        # likes: views per like spread between posts, and views stop rising with likes.
        values["views_per_like_spread"], values["views_likes_decoupling"] = _spread_and_decoupling(
            np.log1p(views[has_views]), np.log1p(likes[has_views])
        )
    shares = np.array([p.shares if p.shares is not None else -1 for p in posts], dtype=float)
    if (shares >= 0).sum() >= MIN_POSTS:
        values["shares_per_like"] = _median_log_ratio(shares[shares >= 0], likes[shares >= 0])
    log_engagement = np.log1p(engagement)
    values["engagement_volatility"] = float(np.std(log_engagement))
    span = float(post_days.max() - post_days.min())
    if span >= 21:
        slope = float(np.polyfit(post_days - post_days.min(), np.log(rate + 1e-6), 1)[0])
        values["engagement_trend_90d"] = slope * 90.0
    counted = np.array([not p.comments_unknown for p in posts], dtype=bool)
    if not counted.all():  # only the posts with a comment count read likes against comments
        likes, comments, engagement = likes[counted], comments[counted], engagement[counted]
    likes_per_comment = NAN
    totals: tuple[int | None, int | None] = (None, None)
    if len(likes) >= MIN_POSTS:
        likes_per_comment = _median_log_ratio(likes, comments)
        if norm.likes_per_comment:
            values["likes_per_comment_vs_norm"] = likes_per_comment - math.log(
                norm.likes_per_comment
            )
        # Posts whose likes jump far above the creator's normal while comments do not.
        like_jump = np.log1p(likes) - np.median(np.log1p(likes))
        comment_jump = np.log1p(comments) - np.median(np.log1p(comments))
        values["likes_outlier_post_share"] = float(
            np.mean(like_jump - comment_jump > math.log(LIKES_JUMP_X))
        )
        values["comment_share_of_engagement"] = float(comments.sum() / max(engagement.sum(), 1.0))
        totals = _total(likes.sum()), _total(comments.sum())
    # Across posts, genuine likes and comments rise and fall together (a good post gets both);
    # likes bought for some posts break the link and spread the likes:comments ratio.
    if len(likes) >= MIN_SHAPE_POSTS:
        values["likes_per_comment_spread"], values["likes_comments_decoupling"] = (
            _spread_and_decoupling(np.log1p(likes), np.log1p(comments))
        )

    evidence = _evidence(len(posts), rate_median, likes_per_comment, views_per_like, norm, tier)
    evidence.likes_total, evidence.comments_total = totals
    evidence.n_ratio_posts = len(likes) if len(likes) >= MIN_POSTS else None
    evidence.median_viewed_post_likes = viewed_likes
    if len(likes) >= MIN_POSTS:
        _set_commented_ratio(evidence, likes, comments, float(np.median(likes + comments)))
    return FeatureBlock(CHECK, values, evidence, note=_no_ratio_note(len(posts), len(likes)))


def _no_ratio_note(n_posts: int, n_counted: int) -> str | None:
    """The ran block's note when likes could not be read against comments: too few of the
    ``n_posts`` posts have a comment count (``n_counted``; the others ``comments_unknown``)."""
    if n_counted >= MIN_POSTS:
        return None
    if not n_counted:
        return "likes against comments not checked: the export has no comment counts"
    return (
        f"likes against comments not checked: {n_counted} of the {counted(n_posts, 'post')}"
        f" {one_or_many(n_counted, 'has', 'have')} a"
        f" comment count (the export has none for the others); the check needs {MIN_POSTS}"
    )


def _views_read(views: np.ndarray, likes: np.ndarray) -> np.ndarray:
    """The posts whose view count is read (``views``: -1 where not given): given, and not 0
    beside likes (nobody likes a post no one saw: a 0 there is a count the export lacked)."""
    return (views > 0) | ((views == 0) & (likes == 0))


def _set_commented_ratio(
    evidence: EngagementEvidence,
    likes: np.ndarray,
    comments: np.ndarray,
    median_interactions: float,
    median_ratio: float | None = None,
) -> None:
    """``evidence``'s unsmoothed median likes per comment over the posts with a comment, and
    the median post's likes + comments (``median_interactions``); ``median_ratio``: that
    median likes per comment, when the chunk path has it already."""
    evidence.median_post_interactions = median_interactions
    commented = comments > 0
    evidence.n_commented_posts = int(commented.sum())
    if evidence.n_commented_posts:
        ratio = (
            float(np.median(likes[commented] / comments[commented]))
            if median_ratio is None
            else median_ratio
        )
        evidence.median_likes_per_comment = round(ratio, 1) if math.isfinite(ratio) else None


def _total(value: float) -> int | None:
    """A count summed over the posts, as evidence; None past a 64-bit integer (counts near
    the schema's limit add up to more than JSON writers hold: such a total says nothing)."""
    total = int(value)
    return total if total < 2**63 else None


def _evidence(
    n_posts: int,
    rate_median: float,
    log_likes_per_comment: float,
    log_views_per_like: float,
    norm: EngagementNorm,
    tier: str,
) -> EngagementEvidence:
    """The engagement block's evidence, the same for the per-creator and chunk paths."""
    return EngagementEvidence(
        n_posts=n_posts,
        engagement_rate_median=round(rate_median, 5),
        norm_engagement_rate=norm.er_median,
        norm_p10=norm.er_p10,
        norm_p90=norm.er_p90,
        size_tier=tier,
        likes_per_comment=(
            None if math.isnan(log_likes_per_comment) else round(math.exp(log_likes_per_comment), 1)
        ),
        norm_likes_per_comment=norm.likes_per_comment,
        views_per_like=(
            None if math.isnan(log_views_per_like) else round(math.exp(log_views_per_like), 1)
        ),
        norm_views_per_like=norm.views_per_like,
    )


_COUNTS = attrgetter("likes", "comments", "views", "shares")
_ENGAGEMENT_GETTERS = {
    platform: attrgetter(*fields) for platform, fields in _ENGAGEMENT_FIELDS.items()
}
_POSTED_AT = attrgetter("posted_at")
_LOG_LIKES_JUMP = math.log(LIKES_JUMP_X)


def _median_rows(matrix: np.ndarray) -> np.ndarray:
    return median_rows(matrix)  # np.median(matrix, axis=1), the same values


def _std_rows(matrix: np.ndarray) -> np.ndarray:
    return std_rows(matrix)  # np.std(matrix, axis=1), the same values


def _sum_rows(matrix: np.ndarray) -> np.ndarray:
    return matrix.sum(axis=1)


def _quartile_rows(matrix: np.ndarray) -> np.ndarray:
    return percentile_rows(matrix, (75, 25))  # np.percentile(matrix, [75, 25], axis=1).T


def _subset_median_log_ratio(
    numerator: np.ndarray, denominator: np.ndarray, keep: np.ndarray, segments: Segments
) -> tuple[np.ndarray, Segments]:
    """Per segment: the median log ratio over the kept items, and the kept items' segments
    (their ``lengths``: how many were kept)."""
    kept = segments.subset(keep)
    ratios = np.log((numerator[keep] + 1.0) / (denominator[keep] + 1.0))
    return kept.median(ratios, _median_rows), kept


def _spread_and_decoupling(log_a: np.ndarray, log_b: np.ndarray) -> tuple[float, float]:
    """Of two log counts over the same :data:`MIN_SHAPE_POSTS` or more posts: the spread of
    their ratio (its 75th less its 25th percentile) and their decoupling (1 - their
    correlation; NaN where either is flat, whose correlation is noise)."""
    q75, q25 = np.percentile(log_a - log_b, [75, 25])
    decoupling = NAN
    if log_a.std() > FLAT_STD and log_b.std() > FLAT_STD:
        decoupling = 1.0 - float(np.corrcoef(log_a, log_b)[0, 1])
    return float(q75 - q25), decoupling


def _quartile_spread(values: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Per segment of ``values`` (``lengths``: the segments' sizes), the 75th less the 25th
    percentile, as ``np.percentile`` gives them, where the segment has :data:`MIN_SHAPE_POSTS`
    items or more; NaN elsewhere."""
    spread = np.full(len(lengths), NAN)
    shaped = lengths >= MIN_SHAPE_POSTS
    if shaped.any():
        keep = np.repeat(shaped, lengths)
        quartiles = Segments(lengths[shaped]).apply(values[keep], _quartile_rows)
        spread[shaped] = quartiles[:, 0] - quartiles[:, 1]
    return spread


_EPS = float(np.finfo(np.float64).eps)


def _slope(x: np.ndarray, y: np.ndarray) -> float:
    """``np.polyfit(x, y, 1)[0]`` of 1-d float arrays: numpy's own operations in numpy's
    order (Vandermonde columns scaled to unit norm, LAPACK least squares, scale undone),
    without its argument checks; equal bit for bit (a test holds it)."""
    lhs = np.empty((len(x), 2), dtype=np.float64)
    lhs[:, 0] = x
    lhs[:, 1] = 1.0
    scale = np.sqrt((lhs * lhs).sum(axis=0))
    lhs /= scale
    coefficients, _, rank, _ = np.linalg.lstsq(lhs, y, len(x) * _EPS)
    if rank != 2:
        warnings.warn("Polyfit may be poorly conditioned", RankWarning, stacklevel=2)
    return float(coefficients[0] / scale[0])


def _correlation(x: np.ndarray, y: np.ndarray) -> float:
    """``np.corrcoef(x, y)[0, 1]`` of two 1-d float arrays of one length (2 or more):
    numpy's own operations in numpy's order without its argument handling; equal bit for
    bit (a test holds it)."""
    both = np.array((x, y), dtype=np.float64)
    both -= (np.add.reduce(both, axis=1) / both.shape[1])[:, None]
    c = np.dot(both, both.T)
    c *= np.true_divide(1, both.shape[1] - 1)
    stddev = np.sqrt(np.diag(c))
    c /= stddev[:, None]
    c /= stddev[None, :]
    np.clip(c, -1, 1, out=c)
    return float(c[0, 1])


def extract_many(
    records: Sequence[CreatorRecord], contexts: Sequence[FeatureContext]
) -> list[FeatureBlock]:
    """:func:`extract` for a chunk: the per-post arrays of all creators concatenated, and the
    medians, spreads and sums taken per creator by :class:`Segments` (equal values)."""
    blocks: list[FeatureBlock | None] = [None] * len(records)
    todo = []
    for index, record in enumerate(records):
        if len(record.posts) < MIN_POSTS:
            # The note extract gives (it says how many of the posts have their likes hidden).
            blocks[index] = FeatureBlock.skipped(
                CHECK, NAMES, _too_few_posts(record.posts) or "too few posts"
            )
        elif _unknown_counts(record.posts):  # rare (hidden likes, Kuaishou imports): one by one
            blocks[index] = extract(record, contexts[index])
        else:
            todo.append(index)
    if not todo:
        return blocks  # type: ignore[return-value]
    chosen = [records[i] for i in todo]
    segments = Segments([len(r.posts) for r in chosen])
    lengths, starts = segments.lengths, segments.starts
    posts = [post for record in chosen for post in record.posts]
    post_days = (
        np.fromiter(map(datetime.timestamp, map(_POSTED_AT, posts)), np.float64, len(posts))
        / 86400.0
        + 719163.0
    )
    # Interactions summed as Python integers, as post_engagement sums them (exact at any size).
    engagement = np.array(
        [
            sum(filter(None, getter(post)))
            for record in chosen
            for getter in (_ENGAGEMENT_GETTERS[record.platform],)
            for post in record.posts
        ],
        dtype=float,
    )
    counts = np.array(list(map(_COUNTS, posts)), dtype=object)
    likes = counts[:, 0].astype(float)
    comments = counts[:, 1].astype(float)
    has_views = counts[:, 2] != None  # noqa: E711 (elementwise)
    has_shares = counts[:, 3] != None  # noqa: E711 (elementwise)
    counts[~has_views, 2] = -1
    counts[~has_shares, 3] = -1
    views = counts[:, 2].astype(float)  # -1: not given (only the given ones are read)
    has_views = _views_read(views, likes)
    shares = counts[:, 3].astype(float)
    followers = np.empty(len(posts))
    for index, start, length in zip(todo, starts.tolist(), lengths.tolist(), strict=True):
        followers[start : start + length] = _followers_at_columns(
            records[index], post_days[start : start + length], contexts[index].failed_observations
        )
    rate = engagement / followers

    log_likes, log_comments = np.log1p(likes), np.log1p(comments)
    # the medians over all of each creator's posts (one call for all six: one creator alone)
    (
        rate_median,
        engagement_median,
        likes_per_comment,
        interactions,
        log_likes_median,
        log_comments_median,
    ) = segments.median_each(
        (
            rate,
            engagement,
            np.log((likes + 1.0) / (comments + 1.0)),
            likes + comments,
            log_likes,
            log_comments,
        ),
        _median_rows,
    )
    views_per_like, viewed = _subset_median_log_ratio(views, likes, has_views, segments)
    n_views = viewed.lengths
    viewed_likes = viewed.median(likes[has_views], _median_rows)
    shares_per_like, shared = _subset_median_log_ratio(shares, likes, has_shares, segments)
    n_shares = shared.lengths
    day_max = np.maximum.reduceat(post_days, starts)
    day_min = np.minimum.reduceat(post_days, starts)
    like_jump = log_likes - np.repeat(log_likes_median, lengths)
    comment_jump = log_comments - np.repeat(log_comments_median, lengths)
    outliers = np.add.reduceat(
        (like_jump - comment_jump > _LOG_LIKES_JUMP).astype(np.int64), starts
    )
    comment_sum, like_sum, engagement_sum = segments.apply_each(
        (comments, likes, engagement), _sum_rows
    )
    volatility, likes_std, comments_std = segments.apply_each(
        (np.log1p(engagement), log_likes, log_comments), _std_rows
    )
    log_ratio = log_likes - log_comments
    like_spread = _quartile_spread(log_ratio, lengths)
    # Views against likes over each creator's posts with a view count (as extract reads them).
    log_views = np.log1p(views[has_views])
    log_liked = log_likes[has_views]
    view_starts = segment_starts(n_views)
    view_spread = _quartile_spread(log_views - log_liked, n_views)
    views_std, liked_std = viewed.apply_each((log_views, log_liked), _std_rows)
    commented = comments > 0
    commented_ratio = segments.subset(commented).median(
        likes[commented] / comments[commented], _median_rows
    )

    for k, (index, record) in enumerate(zip(todo, chosen, strict=True)):
        start, n = int(starts[k]), int(lengths[k])
        tier = size_tier(record.profile.followers)
        norm = contexts[index].norms.engagement_for(record.platform, tier)
        values = dict.fromkeys(NAMES, NAN)
        median = float(rate_median[k])
        values["engagement_rate_median"] = median
        vs_norm = math.log(max(median, 1e-6) / norm.er_median)
        values["engagement_rate_vs_norm"] = vs_norm
        _rate_against_norm(values, vs_norm / norm.log_sigma)
        values["interactions_log10"] = _size_shown(float(engagement_median[k]))
        lpc = float(likes_per_comment[k])
        if norm.likes_per_comment:
            values["likes_per_comment_vs_norm"] = lpc - math.log(norm.likes_per_comment)
        vpl = NAN
        if n_views[k] >= MIN_POSTS:
            vpl = float(views_per_like[k])
            if norm.views_per_like:
                values["views_per_like_vs_norm"] = vpl - math.log(norm.views_per_like)
        if n_views[k] >= MIN_SHAPE_POSTS:
            values["views_per_like_spread"] = float(view_spread[k])
            if views_std[k] > FLAT_STD and liked_std[k] > FLAT_STD:
                first, count = int(view_starts[k]), int(n_views[k])
                values["views_likes_decoupling"] = 1.0 - _correlation(
                    log_views[first : first + count], log_liked[first : first + count]
                )
        if n_shares[k] >= MIN_POSTS:
            values["shares_per_like"] = float(shares_per_like[k])
        values["engagement_volatility"] = float(volatility[k])
        span = float(day_max[k] - day_min[k])
        if span >= 21:
            days = post_days[start : start + n]
            slope = _slope(days - days.min(), np.log(rate[start : start + n] + 1e-6))
            values["engagement_trend_90d"] = slope * 90.0
        values["likes_outlier_post_share"] = float(outliers[k] / n)
        values["comment_share_of_engagement"] = float(
            comment_sum[k] / max(float(engagement_sum[k]), 1.0)
        )
        if n >= MIN_SHAPE_POSTS and likes_std[k] > FLAT_STD and comments_std[k] > FLAT_STD:
            values["likes_comments_decoupling"] = 1.0 - _correlation(
                log_likes[start : start + n], log_comments[start : start + n]
            )
        if n >= MIN_SHAPE_POSTS:
            values["likes_per_comment_spread"] = float(like_spread[k])
        evidence = _evidence(n, median, lpc, vpl, norm, tier)
        evidence.likes_total, evidence.comments_total = _total(like_sum[k]), _total(comment_sum[k])
        evidence.n_ratio_posts = n
        if n_views[k] >= MIN_POSTS:
            evidence.median_viewed_post_likes = float(viewed_likes[k])
        _set_commented_ratio(
            evidence,
            likes[start : start + n],
            comments[start : start + n],
            float(interactions[k]),
            float(commented_ratio[k]),
        )
        blocks[index] = FeatureBlock(CHECK, values, evidence)
    return blocks  # type: ignore[return-value]
