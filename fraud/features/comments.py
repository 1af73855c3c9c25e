"""Comments: low-effort share against the norm, duplicates, pods, bursts, creator replies.

Each comment is classified by :class:`fraud.comment_quality.CommentClassifier`. On top of
that, the structure of the comment stream tells a pod from a loyal community (and copies, exact or
reworded, from genuine repetition): a pod is the
same few accounts commenting on most posts within the first hour with generic praise; a
loyal community is regulars writing varied, substantive comments at varied times.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from functools import lru_cache

import numpy as np

from fraud.comment_quality import LOW_EFFORT, CommentCategory, normalise_comment
from fraud.features.base import NAN, FeatureBlock, FeatureContext
from fraud.features.near_duplicates import near_duplicate_mask
from fraud.norms import size_tier
from fraud.schema import CreatorRecord

__all__ = ["NAMES", "extract"]

CHECK = "comments"
NAMES = (
    "low_effort_comment_share",
    "low_effort_comment_vs_norm",
    "generic_comment_share",
    "emoji_only_comment_share",
    "mention_only_comment_share",
    "spam_comment_share",
    "duplicate_comment_share",
    "comment_text_diversity",
    "recurring_commenter_share",
    "pod_comment_share",
    "recurring_substantive_share",
    "top_commenter_share",
    "early_comment_share",
    "creator_reply_rate",
    "digit_heavy_commenter_share",
    "comment_length_median",
)
MIN_COMMENTS = 10
MIN_POSTS_FOR_REGULARS = 4
REGULAR_POST_SHARE = 0.5  # a regular comments on at least half the posts in the sample
EARLY_MINUTES = 60.0
MIN_DUPLICATE_CHARS = 4  # "好" twice is not a copy-paste campaign
_DIGIT_HEAVY = re.compile(r"\d{4,}")
# Comments repeat (across posts, creators and bot campaigns): normalise each text once.
_normalise = lru_cache(maxsize=1 << 16)(normalise_comment)


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Comment features of one creator; skipped with fewer than 10 audience comments."""
    audience = [c for c in record.comments if not c.from_creator]
    n_replies = len(record.comments) - len(audience)
    if len(audience) < MIN_COMMENTS or ctx.comment_classifier is None:
        note = (
            "no comment classifier loaded"
            if ctx.comment_classifier is None
            else f"{len(audience)} audience comments given; the comment checks need {MIN_COMMENTS}"
        )
        return FeatureBlock.skipped(CHECK, NAMES, note)
    n = len(audience)
    categories = ctx.comment_classifier.classify([c.text for c in audience])
    counts = Counter(categories)
    low_effort = np.array([category in LOW_EFFORT for category in categories])
    values = dict.fromkeys(NAMES, NAN)
    low_share = float(low_effort.mean())
    norm = ctx.norms.audience_for(size_tier(record.profile.followers))
    values["low_effort_comment_share"] = low_share
    values["low_effort_comment_vs_norm"] = low_share - norm.low_effort_comment_share
    values["generic_comment_share"] = counts[CommentCategory.GENERIC] / n
    values["emoji_only_comment_share"] = counts[CommentCategory.EMOJI_ONLY] / n
    values["mention_only_comment_share"] = counts[CommentCategory.MENTION_ONLY] / n
    values["spam_comment_share"] = counts[CommentCategory.SPAM] / n

    normalised = [_normalise(c.text) for c in audience]
    # A comment without an author counts as its own account.
    author_keys = [c.author or f"#{i}" for i, c in enumerate(audience)]
    authors_by_text: dict[str, set[str]] = defaultdict(set)
    for text, author in zip(normalised, author_keys, strict=True):
        if len(text) >= MIN_DUPLICATE_CHARS:
            authors_by_text[text].add(author)
    copied = {text for text, authors in authors_by_text.items() if len(authors) >= 2}
    exact = np.array([text in copied for text in normalised])
    # Reworded copies too: MinHash near-duplicates from other accounts.
    near = near_duplicate_mask(normalised, author_keys)
    repeated = exact | near
    n_duplicates = int(repeated.sum())
    values["duplicate_comment_share"] = n_duplicates / n
    values["comment_text_diversity"] = len(set(normalised)) / n
    values["comment_length_median"] = math.log1p(float(np.median([len(c.text) for c in audience])))

    authors = [c.author for c in audience]
    named = [a for a in authors if a]
    if named:
        author_counts = Counter(named)
        top = sum(count for _, count in author_counts.most_common(5))
        values["top_commenter_share"] = top / len(named)
        distinct = list(author_counts)
        values["digit_heavy_commenter_share"] = sum(
            1 for a in distinct if _DIGIT_HEAVY.search(a)
        ) / len(distinct)

    posted_at = {p.post_id: p.posted_at for p in record.posts if p.post_id is not None}
    delays = np.full(n, np.nan)
    for index, comment in enumerate(audience):
        start = posted_at.get(comment.post_id) if comment.post_id else None
        if start is not None and comment.posted_at is not None:
            delays[index] = (comment.posted_at - start).total_seconds() / 60.0
    known_delay = ~np.isnan(delays)
    early = np.zeros(n, dtype=bool)
    if known_delay.sum() >= MIN_COMMENTS:
        early[known_delay] = (delays[known_delay] >= 0) & (delays[known_delay] <= EARLY_MINUTES)
        values["early_comment_share"] = float(early[known_delay].mean())

    posts_by_author: dict[str, set[str]] = defaultdict(set)
    for comment in audience:
        if comment.author and comment.post_id:
            posts_by_author[comment.author].add(comment.post_id)
    n_posts = len({c.post_id for c in audience if c.post_id})
    n_regulars = 0
    if n_posts >= MIN_POSTS_FOR_REGULARS:
        needed = max(3, math.ceil(REGULAR_POST_SHARE * n_posts))
        regulars = {a for a, posts in posts_by_author.items() if len(posts) >= needed}
        n_regulars = len(regulars)
        from_regular = np.array([c.author in regulars for c in audience])
        values["recurring_commenter_share"] = float(from_regular.mean())
        values["pod_comment_share"] = float((from_regular & early & low_effort).mean())
        if from_regular.any():
            substantive = np.array([cat is CommentCategory.SUBSTANTIVE for cat in categories])
            values["recurring_substantive_share"] = float(substantive[from_regular].mean())
    values["creator_reply_rate"] = n_replies / n

    evidence = {
        "n_comments": n,
        "n_low_effort": int(low_effort.sum()),
        "low_effort_share": round(low_share, 3),
        "norm_low_effort_share": norm.low_effort_comment_share,
        "n_duplicate_comments": n_duplicates,
        "n_near_duplicate_comments": int((near & ~exact).sum()),
        "n_posts_with_comments": n_posts,
        "n_regular_commenters": n_regulars,
        "n_creator_replies": n_replies,
        "category_counts": {str(k): v for k, v in counts.items()},
        "examples_low_effort": [c.text for c, lo in zip(audience, low_effort, strict=True) if lo][
            :3
        ],
    }
    return FeatureBlock(CHECK, values, evidence)
