"""Comments: low-effort share against the norm, duplicates, pods, bursts, creator replies,
lure campaigns, mutual-boost groups and template-written praise.

Each comment is classified by :class:`fraud.comment_quality.CommentClassifier`. On top of
that, the structure of the comment stream tells a pod from a loyal community (and copies, exact or
reworded, from genuine repetition): a pod is the
same few accounts commenting on most posts within the first hour with generic praise; a
loyal community is regulars writing varied, substantive comments at varied times.

Three patterns of Chinese comment sections (issue 9) have their own features:

* a **lure campaign**: the same lure (看我签名, a contact handle...) pasted by many accounts with
  changed characters or random suffixes: ``spam_campaign_share`` counts spam comments whose lure
  (type and sound, digits and Latin noise dropped) is shared by three accounts or more;
* a **mutual-boost group** (互赞 / 互关 / 求回关): creators boosting each other, the same accounts
  across posts, with boost cues and @-replies to each other: ``mutual_boost_cue_share`` and
  ``commenter_cross_mention_share`` (comments that @-mention another commenter of this section);
  a loyal community has regulars too, but neither cues nor a web of mentions, and a creator's
  own friends are a handful of accounts the creator answers;
* **template-written praise** (machine-written or generated from one template with varied
  fillers: compliment + detail + question): ``template_similarity_share``, comments loosely
  similar (MinHash, Jaccard about 0.35+) to those of two other accounts or more, beyond exact
  copies (reworded near duplicates are part of the pattern).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from fraud.comment_quality import LOW_EFFORT, CommentCategory, normalise_comment, prepare_text
from fraud.features.base import NAN, FeatureBlock, FeatureContext
from fraud.features.near_duplicates import core_text, near_and_similar_masks, near_duplicate_mask
from fraud.lures import LureType, lure_skeleton, lure_sound
from fraud.norms import size_tier
from fraud.schema import CreatorRecord

__all__ = ["NAMES", "extract", "extract_many"]

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
    "spam_campaign_share",
    "mutual_boost_cue_share",
    "commenter_cross_mention_share",
    "template_similarity_share",
)
MIN_COMMENTS = 10
MIN_POSTS_FOR_REGULARS = 4
REGULAR_POST_SHARE = 0.5  # a regular comments on at least half the posts in the sample
EARLY_MINUTES = 60.0
MIN_DUPLICATE_CHARS = 4  # "好" twice is not a copy-paste campaign
MIN_CAMPAIGN_ACCOUNTS = 3  # one lure from three accounts or more is a campaign
_DIGIT_HEAVY = re.compile(r"\d{4,}")
_MENTION = re.compile(r"@([\w.\-]+)")
_MAX_CACHED_TEXT = 300  # longer texts are normalised every time: the cache stays small in bytes
_normalise_cached = lru_cache(maxsize=1 << 15)(normalise_comment)


def _normalise(text: str) -> str:
    """Comments repeat (across posts, creators and bot campaigns): normalise short texts once."""
    return _normalise_cached(text) if len(text) <= _MAX_CACHED_TEXT else normalise_comment(text)


def _lure_key(text: str) -> str:
    """What a lure says, whatever its disguise: the sound of its skeleton without digits and
    (in Chinese text) Latin letters, so that 资源看我签名 8841 and 滋愿 看我签眀～qx agree."""
    return core_text(lure_sound(lure_skeleton(prepare_text(text))).replace(" ", ""))


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Comment features of one creator; skipped with fewer than 10 audience comments."""
    return _extract(record, ctx, None)


#: (category, lure type) and normal form of every audience comment, computed beforehand
_Classified = tuple[list[tuple[CommentCategory, str | None]], list[str]]


def _audience(record: CreatorRecord, ctx: FeatureContext) -> list[Any] | None:
    """The audience comments of a record whose comment checks run, else None."""
    audience = [c for c in record.comments if not c.from_creator]
    if len(audience) < MIN_COMMENTS or ctx.comment_classifier is None:
        return None
    return audience


def extract_many(
    records: Sequence[CreatorRecord], contexts: Sequence[FeatureContext]
) -> list[FeatureBlock]:
    """``[extract(r, c) for r, c in zip(records, contexts)]``, with the comments of all records
    classified and normalised in one call per classifier (one chunk: every distinct text once,
    the rules and the model over the whole chunk)."""
    if len(records) != len(contexts):
        raise ValueError("one context per record")
    classified: list[_Classified | None] = [None] * len(records)
    groups: dict[int, list[tuple[int, list[str]]]] = {}
    classifiers: dict[int, Any] = {}
    for index, (record, ctx) in enumerate(zip(records, contexts, strict=True)):
        audience = _audience(record, ctx)
        classifier = ctx.comment_classifier
        if audience is None or not (
            hasattr(classifier, "classify_with_lures") and hasattr(classifier, "normalise")
        ):
            continue
        classifiers[id(classifier)] = classifier
        groups.setdefault(id(classifier), []).append((index, [c.text for c in audience]))
    for key, members in groups.items():
        classifier = classifiers[key]
        texts = [text for _, part in members for text in part]
        decisions = classifier.classify_with_lures(texts)
        normalised = classifier.normalise(texts)
        start = 0
        for index, part in members:
            end = start + len(part)
            classified[index] = (decisions[start:end], normalised[start:end])
            start = end
    return [
        _extract(record, ctx, found)
        for record, ctx, found in zip(records, contexts, classified, strict=True)
    ]


def _extract(
    record: CreatorRecord, ctx: FeatureContext, classified: _Classified | None
) -> FeatureBlock:
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
    classifier = ctx.comment_classifier
    if classified is not None:
        categories = [category for category, _ in classified[0]]
        lure_types = [lure for _, lure in classified[0]]
    elif hasattr(classifier, "classify_with_lures"):
        decisions = classifier.classify_with_lures([c.text for c in audience])
        categories = [category for category, _ in decisions]
        lure_types = [lure for _, lure in decisions]
    else:  # a classifier without lure types (older interface)
        categories = classifier.classify([c.text for c in audience])
        lure_types = [None] * n
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

    if classified is not None:
        normalised = classified[1]
    elif hasattr(classifier, "normalise"):  # the classifier kept each text's normal form
        normalised = classifier.normalise([c.text for c in audience])
    else:
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
    # (with the template-similarity mask below: each text signed once for both)
    near, similar_all = near_and_similar_masks(normalised, author_keys)
    repeated = exact | near
    n_duplicates = int(repeated.sum())
    values["duplicate_comment_share"] = n_duplicates / n
    values["comment_text_diversity"] = len(set(normalised)) / n
    values["comment_length_median"] = math.log1p(float(np.median([len(c.text) for c in audience])))

    # Lure campaigns: one lure, many accounts, changed characters or suffixes.
    is_spam = np.array([category is CommentCategory.SPAM for category in categories])
    campaign = np.zeros(n, dtype=bool)
    authors_by_lure: dict[tuple[str, str], set[str]] = defaultdict(set)
    lure_keys: list[tuple[str, str] | None] = [None] * n
    for index in np.flatnonzero(is_spam).tolist():
        key = (str(lure_types[index]), _lure_key(audience[index].text))
        lure_keys[index] = key
        authors_by_lure[key].add(author_keys[index])
    for index, found in enumerate(lure_keys):
        if found is not None and len(authors_by_lure[found]) >= MIN_CAMPAIGN_ACCOUNTS:
            campaign[index] = True
    spam_indices = np.flatnonzero(is_spam & ~campaign)
    if len(spam_indices) >= MIN_CAMPAIGN_ACCOUNTS:  # reworded lures: near duplicates among spam
        spam_near = near_duplicate_mask(
            [normalised[i] for i in spam_indices], [author_keys[i] for i in spam_indices]
        )
        near_authors = {author_keys[i] for i in spam_indices[spam_near]}
        if len(near_authors) >= MIN_CAMPAIGN_ACCOUNTS:
            campaign[spam_indices[spam_near]] = True
    values["spam_campaign_share"] = float(campaign.mean())
    boost_cue = np.array([lure == LureType.FOLLOW_EXCHANGE for lure in lure_types])
    values["mutual_boost_cue_share"] = float(boost_cue.mean())

    # Template-written praise: loose similarity across accounts; exact copies are counted by
    # duplicate_comment_share, reworded ones (near duplicates) are part of the template pattern.
    similar = similar_all & ~exact
    values["template_similarity_share"] = float(similar.mean())

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

    # Commenters replying to each other: @-mentions of another account of this section.
    commenters = {a.lower() for a in named}
    mentioning: set[str] = set()
    n_cross = 0
    for comment, author in zip(audience, author_keys, strict=True):
        if "@" not in comment.text:
            continue
        handles = {h.lower().rstrip(".") for h in _MENTION.findall(comment.text)}
        if handles & (commenters - {author.lower()}):
            n_cross += 1
            mentioning.add(author)
    values["commenter_cross_mention_share"] = n_cross / n
    boost_accounts = {author_keys[i] for i in np.flatnonzero(boost_cue).tolist()}

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
        "lure_types": dict(Counter(str(t) for t in lure_types if t is not None).most_common()),
        "n_campaign_comments": int(campaign.sum()),
        "n_campaign_accounts": len({author_keys[i] for i in np.flatnonzero(campaign).tolist()}),
        "examples_spam": [c.text for c, s in zip(audience, is_spam, strict=True) if s][:3],
        "n_mutual_boost_accounts": len(boost_accounts | mentioning),
        "n_template_similar_comments": int(similar.sum()),
        "examples_low_effort": [c.text for c, lo in zip(audience, low_effort, strict=True) if lo][
            :3
        ],
    }
    return FeatureBlock(CHECK, values, evidence)
