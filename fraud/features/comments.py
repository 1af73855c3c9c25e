"""Comments: low-effort share against the norm, duplicates, pods, bursts, creator replies,
lure campaigns, mutual-boost groups and template-written praise.

Each comment is classified by :class:`fraud.comment_quality.CommentClassifier`. On top of
that, the structure of the comment stream tells a pod from a loyal community (and copies, exact or
reworded, from genuine repetition): a pod is the
same few accounts commenting on most posts with generic praise, within the first hour
(``pod_comment_share``) or later, each member at about the same delay after every post (a group
chat's call, a shift): ``regular_low_effort_share`` counts the regulars' low-effort comments
whatever their delay and ``regular_delay_spread`` is how far a regular's delays wander from post
to post (log1p of the median, over regulars, of the median absolute deviation in minutes); a
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

Emoji-only comments fold to a character or two (``😍😍😍🔥🔥🔥`` normalises to ``😍🔥``), under
:data:`MIN_DUPLICATE_CHARS`, so their normal forms never count as copies. A bought comment
package is very often one emoji string pasted by many accounts, while fans post short emoji
(``❤️``, ``😍😍😍``, ``👍``) all the time: ``emoji_copy_share`` counts, from the raw text, the
emoji-only comments whose emoji (punctuation, spaces, invisible characters and skin tones
aside, runs cut at :data:`EMOJI_COPY_MIN_RUN`) are one mixed string (:data:`EMOJI_COPY_MIN_EMOJI`
emoji or more, of :data:`EMOJI_COPY_MIN_KINDS` kinds or more) or a run no fan types
(:data:`EMOJI_COPY_MIN_RUN` or more), posted by :data:`EMOJI_COPY_MIN_ACCOUNTS` accounts or more.
These are copies, so ``duplicate_comment_share`` counts them too (otherwise pasted emoji would
dilute it: more comments, none a copy). The creator model learns from the duplicate share, not
from ``emoji_copy_share`` itself (the reason ``COMMENTS_EMOJI_COPIED`` reports that).
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from itertools import chain, compress, filterfalse, repeat
from operator import attrgetter, is_not, itemgetter
from typing import Any, cast

import numpy as np

from fraud import derived
from fraud.audience import is_platform_id, platform_id_mask
from fraud.comment_quality import (
    LOW_EFFORT,
    CommentCategory,
    emoji_analysis,
    normalise_comment,
    prepare_many,
    prepare_text,
)
from fraud.features.base import (
    NAN,
    FeatureBlock,
    FeatureContext,
    Segments,
    median_rows,
    shared_stop,
    text_slices,
)
from fraud.features.near_duplicates import (
    core_text,
    core_texts,
    distinct_per_key,
    first_index_ids,
    grouped_near_and_similar_masks,
    near_and_similar_masks,
    near_duplicate_mask,
)
from fraud.lures import LureType, lure_skeleton, lure_sound, lure_sounds
from fraud.norms import AudienceNorm, size_tier
from fraud.schema import CreatorRecord
from fraud.stopping import check_stop
from fraud.text_patterns import names_matching, sorted_distinct, sorted_runs
from fraud.wording import counted

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
    "regular_low_effort_share",
    "regular_delay_spread",
    "recurring_substantive_share",
    "top_commenter_share",
    "early_comment_share",
    "early_low_effort_excess",
    "creator_reply_rate",
    "digit_heavy_commenter_share",
    "comment_length_median",
    "spam_campaign_share",
    "mutual_boost_cue_share",
    "commenter_cross_mention_share",
    "template_similarity_share",
    "emoji_copy_share",
)
MIN_COMMENTS = 10
# The digit-heavy share of commenters' names needs this many names chosen by their owners: over
# fewer it is noise (an export naming its accounts by ids leaves a handful of names, or one id
# read as a name, and a share of 1.0).
MIN_NAMED_COMMENTERS = 10
MIN_POSTS_FOR_REGULARS = 4
REGULAR_POST_SHARE = 0.5  # a regular comments on at least half the posts in the sample
EARLY_MINUTES = 60.0
# early_low_effort_excess compares the first hour's share of the low-effort comments with the
# others' (substantive and spam), each group timed on this many comments or more.
MIN_TIMED_PER_GROUP = 5
MIN_TIMED_PER_REGULAR = 3  # a regular's delay spread needs three timed comments or more
MIN_DUPLICATE_CHARS = 4  # "好" twice is not a copy-paste campaign
MIN_CAMPAIGN_ACCOUNTS = 3  # one lure from three accounts or more is a campaign
# An emoji string counts as a bought copy (emoji_copy_share) when it is mixed (three emoji or
# more, of two kinds or more) or one emoji eight times or more, posted verbatim by ten accounts
# or more. Measured (README, Known limits): under 558 real Instagram posts of 37 accounts (4,972
# comments, the shared datasets' instagram-scam-comments) fans repeat runs of one emoji
# (😂😂😂 from 22 comments on one account, 😂😂😂😂 from 11, ❤️x5 from 5, 🔥x7 from 2) but no
# mixed string came from more than 2 comments; of the genuine creators of our simulator (whose
# small per-creator text pools repeat mixed strings more than real fans do), in 0.29% such
# copies from ten accounts or more make up 5% of the comments or more (the reason's mark).
EMOJI_COPY_MIN_EMOJI = 3
EMOJI_COPY_MIN_KINDS = 2
EMOJI_COPY_MIN_RUN = 8
EMOJI_COPY_MIN_ACCOUNTS = 10
_DIGIT_HEAVY = re.compile(r"\d{4,}")
_MENTION = re.compile(r"@([\w.\-]+)")
_MAX_CACHED_TEXT = 300  # longer texts are normalised every time: the cache stays small in bytes
_normalise_cached = lru_cache(maxsize=1 << 15)(normalise_comment)
_FROM_CREATOR = attrgetter("from_creator")
_TEXT = attrgetter("text")
_AUTHOR = attrgetter("author")
_POST_ID = attrgetter("post_id")
_COMMENT_TIME = attrgetter("posted_at")
_FIRST = itemgetter(0)
_SECOND = itemgetter(1)


def _normalise(text: str) -> str:
    """Comments repeat (across posts, creators and bot campaigns): normalise short texts once."""
    return _normalise_cached(text) if len(text) <= _MAX_CACHED_TEXT else normalise_comment(text)


def _lure_key(text: str) -> str:
    """What a lure says, whatever its disguise: the sound of its skeleton without digits and
    (in Chinese text) Latin letters, so that 资源看我签名 8841 and 滋愿 看我签眀～qx agree."""
    return core_text(lure_sound(lure_skeleton(prepare_text(text))).replace(" ", ""))


# Emoji strings: what a character is to an emoji seen on screen.
_EMOJI_MODIFIERS = frozenset(
    {0xFE0E, 0xFE0F, 0x20E3, *range(0x1F3FB, 0x1F400), *range(0xE0020, 0xE0080)}
)  # variation selectors, the keycap, skin tones, flag tags: part of the emoji before them
_REGIONAL_INDICATORS = range(0x1F1E6, 0x1F200)  # two make one flag
_JOINER = 0x200D  # zero-width joiner: joins nothing here (pasted emoji cannot be glued)
_STICKER_CODE = re.compile(r"\[\w{1,12}\]")  # [赞], [doge]: a platform's sticker
# Characters an emoji-only comment may carry besides its emoji: punctuation, spaces,
# invisible and control characters (a zero-width joiner too), symbols that are not emoji.
_SKIPPED_CATEGORIES = frozenset("PZCS")


@lru_cache(maxsize=1)
def _emoji_points() -> frozenset[int]:
    return derived.load(emoji_analysis())


def emoji_kinds(text: str) -> tuple[str, ...] | None:
    """The emoji of an emoji-only ``text`` in order, each by its kind (modifiers dropped, so
    👍🏻 and 👍🏽 are one kind; a flag is one; a sticker code such as ``[赞]`` is one, stickers
    first), or None when ``text`` holds letters, digits or combining marks, or no emoji.
    Punctuation, spaces, invisible characters and symbols that are not emoji are skipped, and
    a zero-width joiner joins nothing: ``😍😍😍🔥🔥🔥!`` or ``😍\u200d😍`` cannot hide a
    pasted string (a family emoji reads as its people)."""
    points = _emoji_points()
    units: list[str] = _STICKER_CODE.findall(text)
    rest = _STICKER_CODE.sub(" ", text) if units else text
    flag_open = False
    for char in rest:
        point = ord(char)
        if point in _EMOJI_MODIFIERS or point == _JOINER:  # not a kind of its own
            flag_open = False
        elif point in points:
            if flag_open and point in _REGIONAL_INDICATORS:
                units[-1] += char
                flag_open = False
            else:
                units.append(char)
                flag_open = point in _REGIONAL_INDICATORS
        elif unicodedata.category(char)[0] in _SKIPPED_CATEGORIES:
            flag_open = False
        else:
            return None
    return tuple(units) if units else None


def emoji_copy_key(text: str) -> tuple[str, ...] | None:
    """What an emoji-only ``text`` counts as when many accounts post it: its emoji kinds with
    runs cut at :data:`EMOJI_COPY_MIN_RUN` (🔥 twenty times and thirty times are one
    package), when they read as a pasted package: a mixed string (:data:`EMOJI_COPY_MIN_EMOJI`
    emoji or more, of :data:`EMOJI_COPY_MIN_KINDS` kinds or more) or a run of
    :data:`EMOJI_COPY_MIN_RUN` or more. None otherwise: fans' own ``❤️``, ``😍😍😍`` or
    ``👍👍👍👍`` are not."""
    if len(text) <= _MAX_CACHED_TEXT:  # emoji strings repeat: short ones are read once
        return _emoji_copy_key_cached(text)
    return _emoji_copy_key(text)


def counts_as_emoji_copy(text: str) -> bool:
    """Whether :func:`emoji_copy_key` reads ``text`` as (part of) a pasted package."""
    return emoji_copy_key(text) is not None


def _emoji_copy_key(text: str) -> tuple[str, ...] | None:
    kinds = emoji_kinds(text)
    if kinds is None:
        return None
    capped = [
        unit
        for unit, run in zip(kinds, _run_positions(kinds), strict=True)
        if run < EMOJI_COPY_MIN_RUN
    ]
    if len(capped) >= EMOJI_COPY_MIN_RUN or (
        len(capped) >= EMOJI_COPY_MIN_EMOJI and len(set(capped)) >= EMOJI_COPY_MIN_KINDS
    ):
        return tuple(capped)
    return None


def _run_positions(units: Sequence[str]) -> list[int]:
    """Each unit's position in its run of equal units (0 for the first)."""
    out: list[int] = []
    for i, unit in enumerate(units):
        out.append(out[-1] + 1 if i and unit == units[i - 1] else 0)
    return out


_emoji_copy_key_cached = lru_cache(maxsize=1 << 12)(_emoji_copy_key)


def _by_count(names: Iterable[str] | Counter[str]) -> dict[str, int]:
    """How often each name comes (or a Counter of them), most often first, ties by name: the
    same order whatever the order of the comments (a scraper's order is not the creator's),
    where ``Counter.most_common`` breaks ties by first sight."""
    counts = names if isinstance(names, Counter) else Counter(names)
    return dict(sorted(counts.items(), key=_most_first))


def _most_first(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def _examples(texts: Iterable[str], k: int = 3) -> list[str]:
    """The ``k`` texts posted most often, ties by text (the first ``k`` of :func:`_by_count`,
    without sorting the others), blank ones left out: a sticker or picture comment comes in an
    export as an empty text, and a reason quoting “” shows nothing (QA, s51)."""
    counts = Counter(texts)
    for blank in [text for text in counts if not text.strip()]:
        del counts[blank]
    return [text for text, _ in heapq.nsmallest(k, counts.items(), key=_most_first)]


def _emoji_copies(
    texts: Sequence[str],
    accounts: Sequence[str],
    packages: Sequence[tuple[str, ...] | None] | None = None,
) -> tuple[list[int], dict[str, Any]]:
    """Of the emoji-only comments ``texts`` (from ``accounts``) of one creator: the positions
    of those that are copies of one package (:func:`emoji_copy_key`) posted by
    :data:`EMOJI_COPY_MIN_ACCOUNTS` accounts or more, and the evidence (the most copied
    package as most often posted, spaces removed; its accounts and comments; how many such).
    ``packages``: the texts' :func:`emoji_copy_key`, when the caller has them."""
    by_key: dict[tuple[str, ...], set[str]] = defaultdict(set)
    n_of: Counter[tuple[str, ...]] = Counter()
    if packages is None:
        packages = list(map(emoji_copy_key, texts))
    for account, key in zip(accounts, packages, strict=True):
        if key is not None:
            by_key[key].add(account)
            n_of[key] += 1
    copied = {key for key, found in by_key.items() if len(found) >= EMOJI_COPY_MIN_ACCOUNTS}
    at = [i for i, key in enumerate(packages) if key in copied]
    evidence: dict[str, Any] = {
        "n_emoji_copy_comments": len(at),
        "n_emoji_copy_strings": len(copied),
    }
    if copied:
        top = max(copied, key=lambda key: (len(by_key[key]), n_of[key], key))
        # its spellings (spaces removed), the most posted first (ties by spelling)
        spellings = Counter(
            "".join(text.split()) for text, key in zip(texts, packages, strict=True) if key == top
        )
        evidence["emoji_copy_string"] = next(iter(_by_count(spellings)))
        evidence["n_emoji_copy_accounts"] = len(by_key[top])
        evidence["n_emoji_copy_string_comments"] = n_of[top]
    return at, evidence


def extract(record: CreatorRecord, ctx: FeatureContext) -> FeatureBlock:
    """Comment features of one creator; skipped with fewer than 10 audience comments."""
    return _extract(record, ctx, None)


#: (category, lure type) and normal form of every audience comment, computed beforehand
_Classified = tuple[list[tuple[CommentCategory, str | None]], list[str]]


def _decides_and_normalises(classifier: Any) -> bool:
    """Whether ``classifier`` gives each text's decision with its lure type and its normal
    form (what :func:`_extract_chunk` reads)."""
    return hasattr(classifier, "classify_and_normalise") or (
        hasattr(classifier, "classify_with_lures") and hasattr(classifier, "normalise")
    )


def _classify_and_normalise(
    classifier: Any, texts: list[str], stop: Callable[[], bool] | None = None
) -> _Classified:
    """The decisions and normal forms of ``texts``: from one call where the classifier has
    it (:meth:`fraud.comment_quality.CommentClassifier.classify_and_normalise`, which never
    depends on what its cache still holds, and checks ``stop`` between its slices), else
    from the two calls of an older interface."""
    if hasattr(classifier, "classify_and_normalise"):
        found: _Classified = (
            classifier.classify_and_normalise(texts)
            if stop is None
            else classifier.classify_and_normalise(texts, stop=stop)
        )
        return found
    return classifier.classify_with_lures(texts), classifier.normalise(texts)


def _audience(record: CreatorRecord, ctx: FeatureContext) -> list[Any] | None:
    """The audience comments of a record whose comment checks run, else None."""
    audience = list(filterfalse(_FROM_CREATOR, record.comments))  # not c.from_creator
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
    audiences: dict[int, tuple[list[Any], list[str]]] = {}
    groups: dict[int, list[tuple[int, list[str]]]] = {}
    classifiers: dict[int, Any] = {}
    for index, (record, ctx) in enumerate(zip(records, contexts, strict=True)):
        audience = _audience(record, ctx)
        classifier = ctx.comment_classifier
        if audience is None or not _decides_and_normalises(classifier):
            continue
        classifiers[id(classifier)] = classifier
        texts = list(map(_TEXT, audience))
        audiences[index] = (audience, texts)
        groups.setdefault(id(classifier), []).append((index, texts))
    for key, members in groups.items():
        classifier = classifiers[key]
        texts = [text for _, part in members for text in part]
        stop = shared_stop([contexts[index] for index, _ in members])
        decisions, normalised = _classify_and_normalise(classifier, texts, stop)
        start = 0
        for index, part in members:
            end = start + len(part)
            classified[index] = (decisions[start:end], normalised[start:end])
            start = end
    blocks: list[FeatureBlock | None] = [None] * len(records)
    chosen = [
        index
        for index, found in enumerate(classified)
        if found is not None and _plain_categories(found[0])
    ]
    if chosen:
        chunk = _extract_chunk(
            [records[i] for i in chosen],
            [contexts[i] for i in chosen],
            [classified[i] for i in chosen],  # type: ignore[misc]
            [audiences[i] for i in chosen],
        )
        for index, block in zip(chosen, chunk, strict=True):
            blocks[index] = block
    return [
        block if block is not None else _extract(record, ctx, found)
        for block, record, ctx, found in zip(blocks, records, contexts, classified, strict=True)
    ]


def _category_values(
    values: dict[str, float],
    counted: Counter[CommentCategory],
    n: int,
    low_share: float,
    norm: AudienceNorm,
) -> None:
    """The shares of each comment category among ``n`` audience comments, and the low-effort
    share against the size tier's ``norm`` (both paths)."""
    values["low_effort_comment_share"] = low_share
    values["low_effort_comment_vs_norm"] = low_share - norm.low_effort_comment_share
    values["generic_comment_share"] = counted[CommentCategory.GENERIC] / n
    values["emoji_only_comment_share"] = counted[CommentCategory.EMOJI_ONLY] / n
    values["mention_only_comment_share"] = counted[CommentCategory.MENTION_ONLY] / n
    values["spam_comment_share"] = counted[CommentCategory.SPAM] / n


def _extract(
    record: CreatorRecord, ctx: FeatureContext, classified: _Classified | None
) -> FeatureBlock:
    audience = [c for c in record.comments if not c.from_creator]
    n_replies = len(record.comments) - len(audience)
    if len(audience) < MIN_COMMENTS or ctx.comment_classifier is None:
        note = (
            "no comment classifier loaded"
            if ctx.comment_classifier is None
            else f"{counted(len(audience), 'audience comment')} given; the comment checks need"
            f" {MIN_COMMENTS}"
        )
        return FeatureBlock.skipped(CHECK, NAMES, note)
    n = len(audience)
    classifier = ctx.comment_classifier
    if classified is None and _decides_and_normalises(classifier):
        classified = _classify_and_normalise(classifier, [c.text for c in audience], ctx.stop)
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
    _category_values(values, counts, n, low_share, norm)

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
    # One emoji string from many accounts (raw text: the normal form folds the runs) is a
    # copy too, though its normal form is too short to count above.
    emoji_at = [
        i for i, category in enumerate(categories) if category == CommentCategory.EMOJI_ONLY
    ]
    emoji_copied, emoji_evidence = _emoji_copies(
        [audience[i].text for i in emoji_at], [author_keys[i] for i in emoji_at]
    )
    emoji_copy = np.zeros(n, dtype=bool)
    emoji_copy[[emoji_at[j] for j in emoji_copied]] = True
    values["emoji_copy_share"] = len(emoji_copied) / n
    repeated = exact | near | emoji_copy
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
        # Over the names commenters chose: a platform id (an export's numeric uid or hash)
        # is no name, and would count as digit-heavy (fraud.audience.is_platform_id).
        chosen = [a for a in author_counts if not is_platform_id(a)]
        if len(chosen) >= MIN_NAMED_COMMENTERS:
            values["digit_heavy_commenter_share"] = sum(
                1 for a in chosen if _DIGIT_HEAVY.search(a)
            ) / len(chosen)

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
        # first-comer comments are left out of both sides (early by what they say)
        judged = ~np.fromiter(map(FIRST_COMER_FORMS.__contains__, normalised), bool, n)
        values["early_low_effort_excess"] = _early_excess(
            int((early & low_effort & judged).sum()),
            int((known_delay & low_effort & judged).sum()),
            int((early & judged).sum()),
            int((known_delay & judged).sum()),
        )

    posts_by_author: dict[str, set[str]] = defaultdict(set)
    for comment in audience:
        if comment.author and comment.post_id:
            posts_by_author[comment.author].add(comment.post_id)
    n_posts = len({c.post_id for c in audience if c.post_id})
    n_regulars = 0
    spread_evidence = _spread_evidence(NAN, 0)
    if n_posts >= MIN_POSTS_FOR_REGULARS:
        needed = max(3, math.ceil(REGULAR_POST_SHARE * n_posts))
        regulars = {a for a, posts in posts_by_author.items() if len(posts) >= needed}
        n_regulars = len(regulars)
        from_regular = np.array([c.author in regulars for c in audience])
        values["recurring_commenter_share"] = float(from_regular.mean())
        values["pod_comment_share"] = float((from_regular & early & low_effort).mean())
        values["regular_low_effort_share"] = float((from_regular & low_effort).mean())
        spread_of = from_regular & known_delay
        if known_delay.sum() >= MIN_COMMENTS:
            spread_of[known_delay] &= delays[known_delay] >= 0
        else:
            spread_of[:] = False
        at = np.flatnonzero(spread_of)
        account_of = {a: i for i, a in enumerate(sorted(regulars))}
        keys = np.array([account_of[author_keys[i]] for i in at.tolist()], dtype=np.int64)
        spreads, timed_regulars = _delay_spreads(
            keys, np.zeros(len(at), dtype=np.int64), delays[at], 1
        )
        values["regular_delay_spread"] = spreads[0]
        spread_evidence = _spread_evidence(spreads[0], timed_regulars[0])
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
        # the handles of this section's commenters but the writer (without copying the
        # section's commenters for each comment: quadratic in the comments)
        handles &= commenters
        handles.discard(author.lower())
        if handles:
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
        **spread_evidence,
        "n_creator_replies": n_replies,
        "category_counts": {str(k): v for k, v in counts.items()},
        "lure_types": _by_count(str(t) for t in lure_types if t is not None),
        "n_campaign_comments": int(campaign.sum()),
        "n_campaign_accounts": len({author_keys[i] for i in np.flatnonzero(campaign).tolist()}),
        "examples_spam": _examples(c.text for c, s in zip(audience, is_spam, strict=True) if s),
        "n_mutual_boost_accounts": len(boost_accounts | mentioning),
        "n_mutual_boost_askers": len(boost_accounts),
        "n_mutual_boost_askers_replying": len(boost_accounts & mentioning),
        "n_template_similar_comments": int(similar.sum()),
        "examples_low_effort": _examples(
            c.text for c, lo in zip(audience, low_effort, strict=True) if lo
        ),
        **emoji_evidence,
        # comments timed against their post, and those dated before it (a data-quality note)
        "n_comments_timed": int(known_delay.sum()),
        "n_comments_without_author": sum(1 for c in audience if not c.author),
        "n_comments_before_post": int((delays[known_delay] < 0).sum()),
    }
    return FeatureBlock(CHECK, values, evidence)


# --------------------------------------------------------------------------- a whole chunk

_CATEGORY_CODE = {category: code for code, category in enumerate(CommentCategory)}
_LOW_EFFORT_CODES = np.array([category in LOW_EFFORT for category in CommentCategory], dtype=bool)
_SPAM_CODE = _CATEGORY_CODE[CommentCategory.SPAM]
_SUBSTANTIVE_CODE = _CATEGORY_CODE[CommentCategory.SUBSTANTIVE]
_EMOJI_ONLY_CODE = _CATEGORY_CODE[CommentCategory.EMOJI_ONLY]
_EXACT_SECONDS = float(2**31)  # below it, a timestamp's float holds its microseconds exactly


#: Normal forms (:func:`fraud.comment_quality.normalise_comment`) of first-comer comments:
#: early by what they say (前排, 沙发, 第一, "first"), so that they are left out of both sides
#: of ``early_low_effort_excess``. Review s47: 15% of a genuine Bilibili section in its first
#: minutes with 前排 / 沙发 / 打卡 turned 10 of 13 `authentic` creators `suspicious`.
FIRST_COMER_FORMS = frozenset(
    {
        "第一", "第1", "沙发", "抢沙发", "前排", "前排围观", "板凳", "打卡", "来了", "来啦", "首评",
        "第一个", "第一条", "第一名", "前排打卡", "打卡打卡", "来了来了", "我来了", "火速赶来",
        "first", "1st", "firstcomment", "early", "imearly", "hereearly", "firstone",
    }
)  # fmt: skip


def _early_excess(early_low: int, n_low: int, early_all: int, n_all: int) -> float:
    """The share of timed low-effort comments that came within :data:`EARLY_MINUTES` of
    their post, less the same share of the other timed comments (NaN when either group has
    fewer than :data:`MIN_TIMED_PER_GROUP`).

    How fast an audience comments depends on the platform, the scrape and the creator's
    habits, not only on fraud: where a whole genuine audience comments within the hour, both
    shares are high and the excess is about 0. Bought and pod comments are early *and*
    low-effort beside the creator's real ones; that difference is what this measures."""
    n_other = n_all - n_low
    if n_low < MIN_TIMED_PER_GROUP or n_other < MIN_TIMED_PER_GROUP:
        return NAN
    return early_low / n_low - (early_all - early_low) / n_other


def _plain_categories(decisions: Sequence[tuple[Any, Any]]) -> bool:
    """Whether every category is a :class:`CommentCategory` member (what the chunk path
    counts by code); anything else takes the per-creator path."""
    return set(map(type, map(_FIRST, decisions))) <= {CommentCategory}


def _microseconds(stamps: Sequence[datetime]) -> np.ndarray | None:
    """Each UTC datetime as integer microseconds since the epoch, or None when a timestamp's
    float might not hold them exactly (2038 and later)."""
    seconds = np.fromiter(map(datetime.timestamp, stamps), dtype=np.float64, count=len(stamps))
    if len(seconds) and np.abs(seconds).max() >= _EXACT_SECONDS:
        return None
    return np.rint(seconds * 1e6).astype(np.int64)


def _delay_minutes(
    records: Sequence[CreatorRecord],
    segment: np.ndarray,
    comment_posts: list[Any],
    comment_times: list[datetime | None],
) -> np.ndarray:
    """Minutes from each comment's post to the comment (NaN when either is unknown), as the
    per-creator path computes them: ``(comment - post).total_seconds() / 60``, the post
    found by id among its creator's posts (the last post of an id wins, as in a dict)."""
    n = len(comment_posts)
    delays = np.full(n, np.nan)
    posts = list(chain.from_iterable(record.posts for record in records))
    counts = np.fromiter((len(record.posts) for record in records), np.int64, len(records))
    post_ids = list(map(_POST_ID, posts))
    named = np.fromiter(map(is_not, post_ids, repeat(None)), dtype=bool, count=len(posts))
    owners = np.repeat(np.arange(len(records), dtype=np.int64), counts)[named]
    post_times: list[datetime] = list(compress(map(_COMMENT_TIME, posts), named))
    post_ids = list(compress(post_ids, named))
    asked = np.flatnonzero(
        np.fromiter(map(bool, comment_posts), dtype=bool, count=n)
        & np.fromiter(map(is_not, comment_times, repeat(None)), dtype=bool, count=n)
    )
    if not len(asked) or not post_ids:
        return delays
    ids = first_index_ids(post_ids + comment_posts)
    width = len(ids)
    post_key = owners * width + ids[: len(post_ids)]
    comment_key = segment[asked] * width + ids[len(post_ids) :][asked]
    found_keys, last = np.unique(post_key[::-1], return_index=True)
    last = len(post_ids) - 1 - last  # the last post of each (creator, id)
    place = np.minimum(np.searchsorted(found_keys, comment_key), len(found_keys) - 1)
    hit = found_keys[place] == comment_key
    asked, post_of = asked[hit], last[place[hit]]
    if not len(asked):
        return delays
    mine = cast(list[datetime], list(map(comment_times.__getitem__, asked.tolist())))
    all_post_us, comment_us = _microseconds(post_times), _microseconds(mine)
    if all_post_us is None or comment_us is None:  # far dates: datetime arithmetic, one by one
        starts = [post_times[j] for j in post_of.tolist()]
        delays[asked] = [(c - p).total_seconds() / 60.0 for c, p in zip(mine, starts, strict=True)]
    else:
        delays[asked] = (comment_us - all_post_us[post_of]) / 1e6 / 60.0
    return delays


def _lure_keys(texts: Sequence[str]) -> list[str]:
    """``[_lure_key(t) for t in texts]``, the preparation, the sounds and the cores a chunk at
    a time."""
    sounds = lure_sounds([lure_skeleton(prepared) for prepared in prepare_many(texts)])
    return core_texts([sound.replace(" ", "") for sound in sounds])


def _per_segment(segment: np.ndarray, keep: np.ndarray, k: int) -> list[int]:
    """How many kept items each of ``k`` segments holds."""
    return np.bincount(segment[keep], minlength=k).tolist()


def _extract_chunk(
    records: Sequence[CreatorRecord],
    contexts: Sequence[FeatureContext],
    classified: Sequence[_Classified],
    audiences: Sequence[tuple[list[Any], list[str]]] | None = None,
) -> list[FeatureBlock]:
    """:func:`_extract` of records whose comment checks run (10 audience comments or more,
    classified beforehand), computed over the chunk's concatenated comments: counts per
    creator by ``bincount``, exact copies, near duplicates and template similarity for all
    creators in one pass (:func:`grouped_near_and_similar_masks`, which also finds the
    reworded lures among each creator's spam: one call per chunk, whose fixed cost a creator
    scored alone pays once). Equal, block for block, to the per-creator path (tests hold
    them equal on real corpora)."""
    k = len(records)
    halt = shared_stop(contexts)  # the scoring's stop check, before each step and slice
    check_stop(halt)
    if audiences is None:
        listed = [list(filterfalse(_FROM_CREATOR, record.comments)) for record in records]
        audiences = [(audience, list(map(_TEXT, audience))) for audience in listed]
    lengths = np.fromiter(map(len, map(_FIRST, audiences)), dtype=np.int64, count=k)
    starts = np.cumsum(lengths) - lengths
    segment = np.repeat(np.arange(k, dtype=np.int64), lengths)
    comments = list(chain.from_iterable(map(_FIRST, audiences)))
    m = len(comments)
    texts = list(chain.from_iterable(map(_SECOND, audiences)))
    decisions = list(chain.from_iterable(found[0] for found in classified))
    categories = list(map(_FIRST, decisions))
    lure_types = list(map(_SECOND, decisions))
    normalised = list(chain.from_iterable(found[1] for found in classified))
    code = np.fromiter(map(_CATEGORY_CODE.__getitem__, categories), dtype=np.int64, count=m)
    low_effort = _LOW_EFFORT_CODES[code]
    is_spam = code == _SPAM_CODE
    substantive = code == _SUBSTANTIVE_CODE

    # Accounts: the author, or "#<index among the creator's audience>" without one.
    authors = list(map(_AUTHOR, comments))
    author_keys = list(authors)
    named = np.fromiter(map(bool, authors), dtype=bool, count=m)
    for i in np.flatnonzero(~named).tolist():
        author_keys[i] = f"#{i - int(starts[segment[i]])}"
    account = first_index_ids(author_keys)
    n_unnamed = np.bincount(segment[~named], minlength=k).tolist()

    # Exact copies: one normal form (4 characters or more) from two accounts or more.
    text_id = first_index_ids(normalised)
    long_enough = np.fromiter(map(len, normalised), dtype=np.int64, count=m) >= MIN_DUPLICATE_CHARS
    exact = np.zeros(m, dtype=bool)
    copies = np.flatnonzero(long_enough)
    if len(copies):
        exact[copies] = (
            distinct_per_key(segment[copies] * m + text_id[copies], account[copies]) >= 2
        )
    n_distinct_texts = np.bincount(
        sorted_distinct(segment * m + text_id) // m, minlength=k
    ).tolist()
    check_stop(halt)
    # Lure campaigns: one lure (type and key) from three accounts or more, then reworded lures
    # (near duplicates among a creator's spam outside those campaigns: found in the same
    # pass as the near duplicates of all its comments, as groups of their own).
    campaign = np.zeros(m, dtype=bool)
    spam_at = np.flatnonzero(is_spam).tolist()
    spam_texts = [texts[i] for i in spam_at]
    spam_keys: list[str] = []
    for part in text_slices(spam_texts):
        check_stop(halt)
        spam_keys += _lure_keys(spam_texts[part.start : part.stop])
    lure_of = {
        i: (owner, str(lure_types[i]), key)
        for i, owner, key in zip(spam_at, segment[spam_at].tolist(), spam_keys, strict=True)
    }
    authors_by_lure: dict[tuple[int, str, str], set[str]] = defaultdict(set)
    for i, key in lure_of.items():
        authors_by_lure[key].add(author_keys[i])
    for i, key in lure_of.items():
        if len(authors_by_lure[key]) >= MIN_CAMPAIGN_ACCOUNTS:
            campaign[i] = True
    check_stop(halt)
    rest = np.flatnonzero(is_spam & ~campaign)
    rest = rest if len(rest) >= MIN_CAMPAIGN_ACCOUNTS else rest[:0]
    rest_list = rest.tolist()
    near_all, loose_all = grouped_near_and_similar_masks(
        normalised + [normalised[i] for i in rest_list],
        author_keys + [author_keys[i] for i in rest_list],
        np.concatenate((segment, k + segment[rest])),
        text_ids=np.concatenate((text_id, text_id[rest])),
        account_ids=np.concatenate((account, account[rest])),
        stop=halt,
    )
    near, similar_all = near_all[:m], loose_all[:m]
    if len(rest):
        marked = rest[near_all[m:]]
        n_near_accounts = np.zeros(k, dtype=np.int64)
        if len(marked):
            owners = segment[marked]
            per_owner = distinct_per_key(owners, account[marked])
            n_near_accounts[owners] = per_owner
        campaign[marked[n_near_accounts[segment[marked]] >= MIN_CAMPAIGN_ACCOUNTS]] = True
    check_stop(halt)
    with_lure = [i for i, lure in enumerate(lure_types) if lure is not None]
    boost_cue = np.zeros(m, dtype=bool)
    boost_cue[[i for i in with_lure if lure_types[i] == LureType.FOLLOW_EXCHANGE]] = True

    # Emoji strings pasted by many accounts, per creator (see _extract): copies too. Only the
    # texts that read as a package can be (most are a fan's own emoji, which count nowhere).
    emoji_only = np.flatnonzero(code == _EMOJI_ONLY_CODE).tolist()
    emoji_texts = [texts[i] for i in emoji_only]
    emoji_keys: list[tuple[str, ...] | None] = []
    for part in text_slices(emoji_texts):
        check_stop(halt)
        emoji_keys += map(emoji_copy_key, emoji_texts[part.start : part.stop])
    package_of = {i: key for i, key in zip(emoji_only, emoji_keys, strict=True) if key is not None}
    packaged_at = list(package_of)
    emoji_copy = np.zeros(m, dtype=bool)
    emoji_evidence: list[dict[str, Any]] = []
    for start, n in zip(starts.tolist(), lengths.tolist(), strict=True):
        emoji_at = _within(packaged_at, start, start + n)
        emoji_copied, evidence = _emoji_copies(
            [texts[i] for i in emoji_at],
            [author_keys[i] for i in emoji_at],
            [package_of[i] for i in emoji_at],
        )
        emoji_copy[[emoji_at[j] for j in emoji_copied]] = True
        emoji_evidence.append(evidence)
    check_stop(halt)
    repeated = exact | near | emoji_copy
    similar = similar_all & ~exact
    length_median = (
        Segments(lengths)
        .apply(np.fromiter(map(len, texts), dtype=np.int64, count=m), _median_rows)
        .tolist()
    )

    # Regulars: accounts commenting on at least half the posts (three or more).
    post_keys = list(map(_POST_ID, comments))
    has_post = np.fromiter(map(bool, post_keys), dtype=bool, count=m)
    post_id = first_index_ids(post_keys)
    with_post = np.flatnonzero(has_post)
    n_posts = np.bincount(
        sorted_distinct(segment[with_post] * m + post_id[with_post]) // m, minlength=k
    )
    needed = np.maximum(3, np.ceil(REGULAR_POST_SHARE * n_posts)).astype(np.int64)
    by_author = segment * m + account  # named comments only below: the account is the author
    posting = np.flatnonzero(named & has_post)
    from_regular = np.zeros(m, dtype=bool)
    n_regulars = np.zeros(k, dtype=np.int64)
    if len(posting):
        n_posts_of = distinct_per_key(by_author[posting], post_id[posting])
        regular = n_posts_of >= needed[segment[posting]]
        regular_keys = sorted_distinct(by_author[posting][regular])
        n_regulars = np.bincount(regular_keys // m, minlength=k)
        if len(regular_keys):  # np.isin(by_author, regular_keys): a binary search, keys sorted
            place = np.minimum(np.searchsorted(regular_keys, by_author), len(regular_keys) - 1)
            from_regular = named & (regular_keys[place] == by_author)
    checks_regulars = n_posts >= MIN_POSTS_FOR_REGULARS
    from_regular &= checks_regulars[segment]

    check_stop(halt)
    judged = ~np.fromiter(map(FIRST_COMER_FORMS.__contains__, normalised), bool, m)
    delays = _delay_minutes(records, segment, post_keys, list(map(_COMMENT_TIME, comments)))
    known_delay = ~np.isnan(delays)
    n_known = np.bincount(segment[known_delay], minlength=k)
    before_post = known_delay.copy()
    before_post[known_delay] = delays[known_delay] < 0
    n_before_post = np.bincount(segment[before_post], minlength=k).tolist()
    timed = n_known[segment] >= MIN_COMMENTS
    with np.errstate(invalid="ignore"):
        early = timed & known_delay & (delays >= 0) & (delays <= EARLY_MINUTES)
        spread_at = np.flatnonzero(from_regular & timed & known_delay & (delays >= 0))
    spreads, timed_regulars = _delay_spreads(
        by_author[spread_at], segment[spread_at], delays[spread_at], k
    )

    check_stop(halt)
    # Top commenters and digit-heavy names, over the named comments.
    named_at = np.flatnonzero(named)
    found_keys, per_key = np.unique(by_author[named_at], return_counts=True)
    key_segment = found_keys // m
    ranked = np.lexsort((-per_key, key_segment))
    key_starts = np.searchsorted(key_segment[ranked], np.arange(k))
    rank = np.arange(len(ranked)) - key_starts[key_segment[ranked]]
    top = (
        np.bincount(key_segment[ranked][rank < 5], weights=per_key[ranked][rank < 5], minlength=k)
        .astype(np.int64)
        .tolist()
    )
    found_names = list(map(author_keys.__getitem__, (found_keys % m).tolist()))
    chosen = ~platform_id_mask(found_names)  # ids are no names (see extract)
    n_accounts = np.bincount(key_segment[chosen], minlength=k).tolist()
    heavy = _digit_heavy_names(found_names) & chosen
    n_heavy = np.bincount(key_segment[heavy], minlength=k).tolist()
    n_named = _per_segment(segment, named, k)

    counts = {
        "low": _per_segment(segment, low_effort, k),
        "repeated": _per_segment(segment, repeated, k),
        "emoji_copy": _per_segment(segment, emoji_copy, k),
        "near_only": _per_segment(segment, near & ~exact, k),
        "campaign": _per_segment(segment, campaign, k),
        "boost": _per_segment(segment, boost_cue, k),
        "similar": _per_segment(segment, similar, k),
        "regular": _per_segment(segment, from_regular, k),
        "pod": _per_segment(segment, from_regular & early & low_effort, k),
        "regular_low": _per_segment(segment, from_regular & low_effort, k),
        "regular_substantive": _per_segment(segment, from_regular & substantive, k),
        "early": _per_segment(segment, early, k),
        "early_judged": _per_segment(segment, early & judged, k),
        "early_low": _per_segment(segment, early & low_effort & judged, k),
        "timed_low": _per_segment(segment, timed & known_delay & low_effort & judged, k),
        "timed_judged": _per_segment(segment, known_delay & judged, k),
    }
    check_stop(halt)
    n_known_list = n_known.tolist()
    n_posts_list, n_regulars_list = n_posts.tolist(), n_regulars.tolist()
    mentions = [i for i, text in enumerate(texts) if "@" in text]
    n_cross = [0] * k
    mentioning: list[set[str]] = [set() for _ in range(k)]
    commenters: dict[int, set[str]] = {}
    segments_list = segment.tolist()
    for part in text_slices([texts[i] for i in mentions]):
        check_stop(halt)
        for i in mentions[part.start : part.stop]:
            owner = segments_list[i]
            if owner not in commenters:
                start = int(starts[owner])
                commenters[owner] = set(
                    map(str.lower, filter(None, authors[start : start + int(lengths[owner])]))
                )
            handles = {h.lower().rstrip(".") for h in _MENTION.findall(texts[i])}
            # the handles of this section's commenters but the writer (without copying it)
            handles &= commenters[owner]
            handles.discard(author_keys[i].lower())
            if handles:
                n_cross[owner] += 1
                mentioning[owner].add(author_keys[i])
    check_stop(halt)
    low_at = np.flatnonzero(low_effort).tolist()
    campaign_at = np.flatnonzero(campaign).tolist()
    boost_at = np.flatnonzero(boost_cue).tolist()

    blocks = []
    for c, (record, ctx) in enumerate(zip(records, contexts, strict=True)):
        check_stop(halt)
        n = int(lengths[c])
        start = int(starts[c])
        n_replies = len(record.comments) - n
        counted = Counter(categories[start : start + n])
        values = dict.fromkeys(NAMES, NAN)
        low_share = counts["low"][c] / n
        norm = ctx.norms.audience_for(size_tier(record.profile.followers))
        _category_values(values, counted, n, low_share, norm)
        n_duplicates = counts["repeated"][c]
        values["duplicate_comment_share"] = n_duplicates / n
        values["comment_text_diversity"] = n_distinct_texts[c] / n
        values["comment_length_median"] = math.log1p(float(length_median[c]))
        values["spam_campaign_share"] = counts["campaign"][c] / n
        values["mutual_boost_cue_share"] = counts["boost"][c] / n
        values["template_similarity_share"] = counts["similar"][c] / n
        values["emoji_copy_share"] = counts["emoji_copy"][c] / n
        if n_named[c]:
            values["top_commenter_share"] = top[c] / n_named[c]
        if n_accounts[c] >= MIN_NAMED_COMMENTERS:
            values["digit_heavy_commenter_share"] = n_heavy[c] / n_accounts[c]
        if n_known_list[c] >= MIN_COMMENTS:
            values["early_comment_share"] = counts["early"][c] / n_known_list[c]
            values["early_low_effort_excess"] = _early_excess(
                counts["early_low"][c],
                counts["timed_low"][c],
                counts["early_judged"][c],
                counts["timed_judged"][c],
            )
        n_regular_accounts = 0
        if n_posts_list[c] >= MIN_POSTS_FOR_REGULARS:
            n_regular_accounts = n_regulars_list[c]
            values["recurring_commenter_share"] = counts["regular"][c] / n
            values["pod_comment_share"] = counts["pod"][c] / n
            values["regular_low_effort_share"] = counts["regular_low"][c] / n
            values["regular_delay_spread"] = spreads[c]
            spread_evidence = _spread_evidence(spreads[c], timed_regulars[c])
            if counts["regular"][c]:
                values["recurring_substantive_share"] = (
                    counts["regular_substantive"][c] / counts["regular"][c]
                )
        else:
            spread_evidence = _spread_evidence(NAN, 0)
        values["creator_reply_rate"] = n_replies / n
        values["commenter_cross_mention_share"] = n_cross[c] / n
        stop = start + n
        boost_accounts = {author_keys[i] for i in _within(boost_at, start, stop)}
        evidence = {
            "n_comments": n,
            "n_low_effort": counts["low"][c],
            "low_effort_share": round(low_share, 3),
            "norm_low_effort_share": norm.low_effort_comment_share,
            "n_duplicate_comments": n_duplicates,
            "n_near_duplicate_comments": counts["near_only"][c],
            "n_posts_with_comments": n_posts_list[c],
            "n_regular_commenters": n_regular_accounts,
            **spread_evidence,
            "n_creator_replies": n_replies,
            "category_counts": {str(key): value for key, value in counted.items()},
            "lure_types": _by_count(
                map(str, map(lure_types.__getitem__, _within(with_lure, start, stop)))
            ),
            "n_campaign_comments": counts["campaign"][c],
            "n_campaign_accounts": len({author_keys[i] for i in _within(campaign_at, start, stop)}),
            "examples_spam": _examples(texts[i] for i in _within(spam_at, start, stop)),
            "n_mutual_boost_accounts": len(boost_accounts | mentioning[c]),
            "n_mutual_boost_askers": len(boost_accounts),
            "n_mutual_boost_askers_replying": len(boost_accounts & mentioning[c]),
            "n_template_similar_comments": counts["similar"][c],
            "examples_low_effort": _examples(texts[i] for i in _within(low_at, start, stop)),
            **emoji_evidence[c],
            "n_comments_timed": n_known_list[c],
            "n_comments_before_post": n_before_post[c],
            "n_comments_without_author": n_unnamed[c],
        }
        blocks.append(FeatureBlock(CHECK, values, evidence))
    return blocks


def _delay_spreads(
    keys: np.ndarray, owners: np.ndarray, delays: np.ndarray, k: int
) -> tuple[list[float], list[int]]:
    """Per creator (``owners`` in ``range(k)``): ``log1p`` of the median, over its regulars
    with :data:`MIN_TIMED_PER_REGULAR` timed comments or more, of how far a regular's delays
    stray from their own median (median absolute deviation, minutes: a pod member who once
    comes by a day late keeps their usual time), NaN without such a regular; and how many
    regulars that is. ``keys`` names each comment's account (one account never spans two
    creators); the result does not depend on the order of the comments.

    The medians of all regulars at once (:class:`Segments`, :func:`median_rows`: the values
    of ``np.median``); :func:`_delay_spreads_reference` takes them regular by regular."""
    spreads, n_timed = [NAN] * k, [0] * k
    if not len(keys):
        return spreads, n_timed
    order = np.argsort(keys, kind="stable")
    keys, owners, delays = keys[order], owners[order], delays[order]
    first, per_key = sorted_runs(keys)
    timed = per_key >= MIN_TIMED_PER_REGULAR
    if not timed.any():
        return spreads, n_timed
    lengths = per_key[timed]
    mine = delays[np.repeat(timed, per_key)]  # the timed regulars' delays, regular by regular
    regulars = Segments(lengths)
    centre = regulars.apply(mine, median_rows)
    deviation = regulars.apply(np.abs(mine - np.repeat(centre, lengths)), median_rows)
    owner = owners[first[timed]]
    by_owner = np.argsort(owner, kind="stable")
    found = np.bincount(owner, minlength=k)
    present = np.flatnonzero(found)
    medians = Segments(found[present]).apply(deviation[by_owner], median_rows).tolist()
    for c, median, n in zip(present.tolist(), medians, found[present].tolist(), strict=True):
        spreads[c] = math.log1p(median)
        n_timed[c] = n
    return spreads, n_timed


def _delay_spreads_reference(
    keys: np.ndarray, owners: np.ndarray, delays: np.ndarray, k: int
) -> tuple[list[float], list[int]]:
    """:func:`_delay_spreads` regular by regular, with ``np.median`` (the reference)."""
    spreads, n_timed = [NAN] * k, [0] * k
    if not len(keys):
        return spreads, n_timed
    order = np.lexsort((delays, keys))
    keys, owners, delays = keys[order], owners[order], delays[order]
    _, first, per_key = np.unique(keys, return_index=True, return_counts=True)
    by_owner: dict[int, list[float]] = defaultdict(list)
    for at, size in zip(
        first[per_key >= MIN_TIMED_PER_REGULAR].tolist(),
        per_key[per_key >= MIN_TIMED_PER_REGULAR].tolist(),
        strict=True,
    ):
        mine = delays[at : at + size]
        by_owner[int(owners[at])].append(float(np.median(np.abs(mine - np.median(mine)))))
    for owner, found in by_owner.items():
        spreads[owner] = math.log1p(float(np.median(found)))
        n_timed[owner] = len(found)
    return spreads, n_timed


def _digit_heavy_names(names: list[str]) -> np.ndarray:
    """For each name, whether it holds a run of four digits or more (:data:`_DIGIT_HEAVY`)."""
    return names_matching(_DIGIT_HEAVY, names)


def _spread_evidence(spread: float, n_timed: int) -> dict[str, Any]:
    """The evidence of the regulars' delay spread: the median spread in minutes (None when
    not measured) and how many regulars it is the median of."""
    minutes = None if math.isnan(spread) else round(math.expm1(spread), 1)
    return {"regular_delay_spread_minutes": minutes, "n_regulars_timed": n_timed}


def _within(ascending: list[int], start: int, stop: int) -> list[int]:
    """The items of an ascending list in ``[start, stop)``."""
    return ascending[bisect_left(ascending, start) : bisect_left(ascending, stop)]


def _median_rows(matrix: np.ndarray) -> np.ndarray:
    return median_rows(matrix)  # np.median(matrix, axis=1), the same values
