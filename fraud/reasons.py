"""Turn feature evidence and per-feature model contributions into ranked, worded reasons.

Each :class:`ReasonRule` looks at one pattern (a follower spike with no engagement, a pod…).
When its pattern is present it speaks, with the evidence behind it; how severe it is comes
from what the model made of the same features (the sum of their LightGBM contributions,
``pred_contrib``, in log-odds; :mod:`fraud.contributions` looks them up), capped by how far
the pattern is past genuine creators (:data:`SEVERITY_CUTOFFS`). Reasons are ranked by that
weight. Checks that could not run are always reported as ``info`` reasons.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from fraud.features import FeatureRow
from fraud.features.audience import (
    INFLUENCER_FOLLOWERS,
    KNOWS_PLATFORM,
    MASS_FOLLOWING,
    SUSPICIOUS_PROBABILITY,
)
from fraud.features.comments import (
    EMOJI_COPY_MIN_ACCOUNTS,
    EMOJI_COPY_MIN_EMOJI,
    EMOJI_COPY_MIN_KINDS,
    EMOJI_COPY_MIN_RUN,
    MIN_CAMPAIGN_ACCOUNTS,
)
from fraud.features.engagement import LIKES_JUMP_X, EngagementEvidence
from fraud.features.growth import (
    AFTER_SPIKE_DAYS,
    REPEAT_MIN_ACCOUNTS,
    SPIKE_EXPLAINED_LIFT,
    GrowthEvidence,
)
from fraud.features.profile import ProfileEvidence
from fraud.model import (
    BEHAVIOURAL_CHECKS,
    PATTERN_CHECKS,
    PATTERN_NEEDS,
    PATTERNS_NOT_LEARNED,
    RED_FLAG_SEVERITIES,
    is_red_flag,
    missing_data_hint,
    patterns_not_checked,
)
from fraud.plain_values import plain_text, plain_value
from fraud.schema import (
    PLATFORM_NAMES,
    CreatorRecord,
    Reason,
    Severity,
    Verdict,
    dedupe_comments,
)
from fraud.wording import counted, one_or_many

__all__ = [
    "REASON_CODES",
    "RED_FLAG_SEVERITIES",
    "ReasonRule",
    "build_reasons",
    "dated_after_as_of",
    "engagement_doubt",
    "fraud_signals",
    "has_red_flag",
    "is_red_flag",
    "listed",
    "red_flag_from_values",
    "signal_severities",
]

Values = Mapping[str, float]
Evidence = Mapping[str, Any]


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%" if share >= 0.1 else f"{100 * share:.1f}%"


def _rate(share: float) -> str:
    return f"{100 * share:.2f}%"


def _small_rate(share: float) -> str:
    """A rate as a percentage with two decimals, or two significant figures when smaller
    (0.0072%, 0.060%, 1.20%), so that a rate far under 0.01% does not read as 0.00%."""
    percent = 100 * share
    if not percent > 0:
        return "0%"
    return f"{percent:.{max(2, 1 - math.floor(math.log10(percent)))}f}%"


def _day(iso: str | None) -> str:
    if iso is None:
        return "an unrecorded day"
    day = date.fromisoformat(iso)
    return f"{day.day} {day.strftime('%b %Y')}"


def _ok(value: float) -> bool:
    return not math.isnan(value)


def _gt(values: Values, name: str, limit: float) -> bool:
    value = values.get(name, math.nan)
    return _ok(value) and value > limit


def _ge(values: Values, name: str, limit: float) -> bool:
    value = values.get(name, math.nan)
    return _ok(value) and value >= limit


def _lure_detail(e: Evidence) -> str:
    lures = e.get("lure_types") or {}
    named = [(kind.replace("_", " "), n) for kind, n in lures.items() if kind != "unspecified"]
    # Every lure counted: the kinds past the fourth and the unnamed ones as "other".
    other = sum(n for _, n in named[4:]) + int(lures.get("unspecified", 0))
    parts = [f"{kind} {n}" for kind, n in named[:4]] + ([f"other {other}"] if other else [])
    detail = f" (lures: {', '.join(parts)})" if named else ""
    if e.get("n_campaign_comments"):
        detail += (
            f"; {e['n_campaign_comments']} {one_or_many(e['n_campaign_comments'], 'repeats', 'repeat')}"
            f" a lure that {MIN_CAMPAIGN_ACCOUNTS} or more accounts paste"
            f" ({counted(e.get('n_campaign_accounts', 0), 'account')} in all): "
            "lure campaigns"
        )
    return detail


def _boost_group_shown(v: Values, n: int, replying: int) -> bool:
    """Whether the ``n`` accounts asking for follows or likes back are shown to trade with
    each other: ``replying`` of them @-reply to other commenters, in a section where such
    replies are common, not two strangers' asks. Regulars across posts alone are not: they
    may be a loyal community beside strangers who ask (the share counts every commenter, not
    the askers)."""
    if n < BOOST_GROUP_MIN_ACCOUNTS:  # no asker, or one: a group only in the replies alone
        return _regulars_reply_to_each_other(v)
    return (
        n >= BOOST_GROUP_MIN_ACCOUNTS
        and replying >= BOOST_GROUP_MIN_ACCOUNTS
        and _gt(v, "commenter_cross_mention_share", BOOST_CROSS_MENTION_SHARE)
    )


def _regulars_reply_to_each_other(v: Values) -> bool:
    """Commenters @-reply to each other and come back across posts: a group trading
    engagement without asking for it in words (MUTUAL_BOOST_GROUP fires on it alone)."""
    return _gt(v, "commenter_cross_mention_share", BOOST_CROSS_MENTION_SHARE) and _gt(
        v, "recurring_commenter_share", BOOST_RECURRING_SHARE
    )


def _mutual_boost_message(v: Values, e: Evidence) -> str:
    n = int(e.get("n_mutual_boost_askers", 0) or 0)
    replying = int(e.get("n_mutual_boost_askers_replying", 0) or 0)
    said = (
        f"{counted(n, 'account')} {one_or_many(n, 'asks', 'ask')} for follows or likes back in "
        f"{_pct(_value(v, 'mutual_boost_cue_share'))} of comments (cues such as 互关, 求回关 or "
        "“follow back”)"
        if n
        else "No comment asks for follows or likes back"
    )
    cross = _value(v, "commenter_cross_mention_share")
    if _ok(cross):
        said += f"; {_pct(cross)} of comments @-reply to other commenters"
    if _boost_group_shown(v, n, replying):
        if n < BOOST_GROUP_MIN_ACCOUNTS:  # the trading is read from the replies alone
            return said + (
                ", and they come back across posts: commenters who @-reply to each other post"
                " after post, as a mutual-boost group does (or a circle of friends: "
                + ("no comment asks for anything)" if n == 0 else "one account alone asks)")
            )
        return said + (
            f", and {replying} of the askers are among them: a mutual-boost group, not a loyal"
            " community"
        )
    if n == 1:
        return said + (
            ": one account asking is no group (trading follows takes "
            f"{BOOST_GROUP_MIN_ACCOUNTS} or more accounts), so no group is shown and this is at"
            " most a low-severity fact; the asking itself is how follow-for-follow trading"
            " recruits"
        )
    if n and _gt(v, "commenter_cross_mention_share", BOOST_CROSS_MENTION_SHARE):
        return said + (
            f", but {'none' if replying == 0 else replying} of the askers "
            f"{one_or_many(replying, 'does', 'do')}: no sign that they trade with each other, "
            "so no group is shown"
        )
    return said + (
        ": no sign that they trade with each other (few @-replies among commenters), so no "
        "group is shown; the asking itself is how follow-for-follow trading recruits"
    )


# A pod: regulars' generic comments within the first hour, or at any delay when each regular
# keeps to their own time after every post (a group chat's call, a shift). Only the first is
# a red flag: habitual fans who check in (打卡, 来了, 沙发) at about the same time after each
# post look like the second, so it is said as a low-severity fact and the creator model does
# not learn from its features (learned, they made a reviewer's genuine creators with three to
# twenty such fans likely_fraudulent). The first-hour check has the same weakness for fans who
# come as soon as they are notified.
POD_EARLY_SHARE = 0.08  # regulars' generic comments in the first hour, of all comments
POD_EARLY_SHARE_HIGH = 0.1
POD_REGULAR_LOW_SHARE = 0.12  # regulars' low-effort comments at any delay, of all comments
POD_DELAY_SPREAD_MINUTES = 40.0


def _early_pod(v: Values) -> bool:
    return _gt(v, "pod_comment_share", POD_EARLY_SHARE)


def _late_pod(v: Values) -> bool:
    return _gt(v, "regular_low_effort_share", POD_REGULAR_LOW_SHARE) and _lt(
        v, "regular_delay_spread", math.log1p(POD_DELAY_SPREAD_MINUTES)
    )


# COMMENT_BURST: most comments within the first hour, or the low-effort ones far more often
# than the others (early_low_effort_excess; genuine creators: 90th percentile 0.07-0.11 on
# our simulator and all six outside generators). The share alone is a fact about the
# audience and the scrape (the model weighs only the excess).
BURST_EARLY_SHARE = 0.5
BURST_LOW_EFFORT_EXCESS = 0.3


def _burst_message(v: Values, e: Evidence) -> str:
    timed, n = e.get("n_comments_timed"), e.get("n_comments")
    of = (  # the share is of the comments whose delay after their post is known
        f"of the {counted(timed, 'comment')} whose time after their post is known ({n} in all)"
        if isinstance(timed, int) and isinstance(n, int) and timed < n
        else "of comments"
    )
    said = f"{_pct(v['early_comment_share'])} {of} arrive within an hour of posting"
    excess = _value(v, "early_low_effort_excess")
    if _ok(excess):
        said += (
            f"; low-effort comments come within the hour"
            f" {counted(100 * abs(excess), 'point', spec='.0f')} "
            + ("more" if excess >= 0 else "less")
            + " often than the others"
        )
    return said


def _pod_message(v: Values, e: Evidence) -> str:
    said = (
        f"{counted(e['n_regular_commenters'], 'account')}"
        f" {one_or_many(e['n_regular_commenters'], 'comments', 'comment')} on at least half of"
        f" {counted(e['n_posts_with_comments'], 'post')}"
    )
    if _early_pod(v):
        # (the share is of every comment: it does not say on how many posts they came early)
        said += (
            f"; their generic praise within the first hour of a post is "
            f"{_pct(v['pod_comment_share'])} of all comments"
        )
    if _late_pod(v):
        minutes = math.expm1(v["regular_delay_spread"])
        said += (
            ("; they post" if _early_pod(v) else " with")
            + f" low-effort comments ({_pct(v['regular_low_effort_share'])} of comments, "
            "at any delay), each at nearly the same time after each post they comment on (the "
            "typical one of "
            f"{counted(e.get('n_regulars_timed', 0), 'timed regular')} comes within"
            f" {counted(minutes, 'minute', spec='.0f')} "
            "of their usual delay)"
        )
    if not _early_pod(v):
        return said + (
            ": the pattern of an engagement pod, or of habitual fans checking in (the timing "
            "alone cannot tell them apart)"
        )
    return said + ": the pattern of an engagement pod"


def _lt(values: Values, name: str, limit: float) -> bool:
    value = values.get(name, math.nan)
    return _ok(value) and value < limit


# Below this many followers, following more accounts than follow you is ordinary.
FOLLOWING_RATIO_MIN_FOLLOWERS = 1000


@dataclass(frozen=True, slots=True)
class ReasonRule:
    """One worded pattern: when ``applies``, ``message`` says it with ``evidence_keys``.

    ``applies`` reads the feature values only (the evidence is for the message), so the
    verdict rule can be replayed on a table of feature values (training, evaluation).
    """

    code: str
    check: str
    features: tuple[str, ...]
    applies: Callable[[Values, Any], bool]
    message: Callable[[Values, Any], str]  # typed per family: GrowthEvidence, ...
    evidence_keys: tuple[str, ...]
    supports_fraud: bool = True
    # How far past the genuine range the pattern is (larger: further), and the values from
    # which it may be medium / high severity (:data:`SEVERITY_CUTOFFS`). ``None``: the
    # pattern alone never fires on genuine creators, so the model's weight decides.
    strength: Callable[[Values], float] | None = None
    # The reason's evidence when it is not simply ``evidence_keys`` of the check's evidence
    # (a figure read from the feature values, or a figure shown only when it fired): the
    # evidence shows the figures the message speaks of, and no others.
    shown: Callable[[Values, Any], dict[str, Any]] | None = None


# Thresholds the rules apply, named once so messages say the same numbers.
LOW_ENGAGEMENT_Z = -1.2816  # the 10th percentile of genuine creators (normal quantile)
LOW_ENGAGEMENT_PERCENTILE = 10
HIGH_ENGAGEMENT_PERCENTILE = 90
# z of the log engagement rate far past the 90th percentile (1.28): 1 genuine creator in
# 30,000 by the norm's spread; in our simulated creators (wider than the norms) about 5%.
FAR_ABOVE_ENGAGEMENT_Z = 4.0
RATIO_OFF_X = 3.0  # likes:comments or views:likes this many times off the norm
RATIO_MIN_INTERACTIONS = 20  # the median post's likes + comments below this: no ratio to read
LIKES_OUTLIER_SHARE = 0.2
# Views per like differing this much between the quartiles of posts: views bought for some
# posts, not others. Past the 99.5th percentile of genuine creators on every generator measured
# (2.5x in our simulator, 1.7-2.2x on the six training generators, 1.6-2.6x on the outside
# generators).
VIEWS_SPREAD_X = 3.0
DRIP_PACE_X = 4.0
DROP_AFTER_SPIKE_SHARE = 0.1
# Engagement per post grew less than this power of the followers (1: in step), or the
# engagement rate fell by more than this in log terms across a jump.
NOT_GROWING_ELASTICITY = 0.35
FOLLOWING_JUMP_SHARE = 0.3
FOLLOWING_CHURN = 1.0
# The following count went up and back (or down and back) by this share of it twice or more:
# churn that repeats, not one clean-up or one batch of follows.
FOLLOWING_REPEAT_SHARE = 0.05
MASS_FOLLOWER_SHARE = 0.3
BOOST_GROUP_MIN_ACCOUNTS = 2  # accounts trading engagement: from two, a group...
BOOST_CROSS_MENTION_SHARE = 0.1  # ...when this share of comments @-reply to other commenters
BOOST_RECURRING_SHARE = 0.2  # ...or this share of comments comes from regulars
COMMENTS_BEFORE_POST_SHARE = 0.1  # more comments than this dated before their post: a note
MIN_TIMED_COMMENTS = 10

# Severity cut-offs: the strength from which a present pattern may be medium / high (it is
# never more severe than the model's weight says either). Chosen on the genuine creators of
# our simulator's calibration split (`make reason-rates` measures them; the outside
# generators only check): about the 97.5th / 99.5th percentile of the strength over genuine
# creators, rounded outwards, so that a medium reason fires on at most ~5% of genuine
# creators in any data regime (2-3% in most) and a high one on ~1%. Genuine simulated
# creators spread wider than the real norms (fraud/data/NORMS.md) on engagement, and the
# follower model calls ~44% of a genuine simulated audience fake against the 8-22% norm
# (real audiences run 10-30%, HypeAuditor sees 50%+ low-quality followers in micro
# creators: S29), so the cut-offs sit well past the norms there.
SPIKE_MEDIUM_SHARE = 0.25  # a follower spike that brought a quarter of the audience
SPIKE_HIGH_SHARE = 0.4
DRIP_MEDIUM_X = 30.0  # two weeks at 30x the usual pace
DRIP_HIGH_X = 100.0
# ENGAGEMENT_NOT_GROWING's severity reads the engagement rate across a follower jump only:
# down 0.7 / 2.0 in log terms. Its other figure, engagement per post against the followers
# from the first to the last third of the posts (the elasticity), is reported but stays low: a
# median over a third of the posts moves so much from post to post that it told genuine from
# fraud creators in no source (elasticity at most -0.7: our calibration split 2.0% of genuine
# creators against 4.0% of fraud ones, everything given; outside generators 3-7% against
# 4-9%, `cn`, `global` and `subtle` about equal), while the rate across a jump does (1.3%
# against 16.1% on our calibration split).
NOT_GROWING_MEDIUM = 0.7
NOT_GROWING_HIGH = 2.0
LOW_ENGAGEMENT_MEDIUM_Z = -4.0  # z of the log engagement rate against the norm
LOW_ENGAGEMENT_HIGH_Z = -5.0
RATIO_MEDIUM_X = 7.0  # likes:comments this many times off the norm, either way
RATIO_HIGH_X = 10.0
LOW_EFFORT_MEDIUM = 0.5  # share of low-effort comments this far over the norm for the size
LOW_EFFORT_HIGH = 0.6
DUPLICATED_MEDIUM = 0.9  # genuine simulated sections repeat a lot: 2.5% repeat 90%+
DUPLICATED_HIGH = 0.95
# Spam (COMMENT_SPAM): spam and scam bots comment under posts that reach people, whoever wrote
# them (real finance and news accounts carry 3-71% scam comments: training/ASSUMPTIONS.md,
# section 14), so a share that genuine sections reach is at most low: 97.5th / 99.5th
# percentile over our simulator's genuine creators 0.196 / 0.256 (data 581b83cf, calibration
# split, posts and comments only); lure-campaign fraud runs 0.23-0.42 (5th percentile, median).
SPAM_MEDIUM_SHARE = 0.2
SPAM_HIGH_SHARE = 0.3
# Emoji copies (COMMENTS_EMOJI_COPIED): the share of audience comments that are one emoji
# string pasted by many accounts (fraud.features.comments), reported from 5% as a fact: fans
# copying one comment down a thread (a birthday cake, a fandom's emoji) look the same, and no
# real fan section measures it. They count as copies in duplicate_comment_share, which the
# model weighs as it weighs text copies (COMMENTS_DUPLICATED).
EMOJI_COPY_SHARE = 0.05
EMOJI_COPY_SHOWN = 30  # emoji of the copied string shown in the message
FAKE_MEDIUM_OVER_NORM = 0.55  # share of sampled followers that look fake, over the norm
FAKE_HIGH_OVER_NORM = 0.62
# The following count's second-largest up-and-back move (of 20+ accounts), of the count: no
# genuine creator of our simulator or the outside generators passes 0.03 (max 0.024); churn
# fraud does, 12-17% of all fraud from 0.1. A single move (a clean-up) is 0, so it stays low.
FOLLOWING_REPEAT_MEDIUM = 0.1
FOLLOWING_REPEAT_HIGH = 0.3
SEVERITY_CUTOFFS: dict[str, tuple[float, float]] = {
    "FOLLOWER_SPIKE": (SPIKE_MEDIUM_SHARE, SPIKE_HIGH_SHARE),
    "FOLLOWER_DRIP": (math.log(DRIP_MEDIUM_X), math.log(DRIP_HIGH_X)),
    # One move of the following count (a clean-up, a batch of follows) stays low.
    "FOLLOWING_CHURN": (FOLLOWING_REPEAT_MEDIUM, FOLLOWING_REPEAT_HIGH),
    "ENGAGEMENT_NOT_GROWING": (NOT_GROWING_MEDIUM, NOT_GROWING_HIGH),
    "ENGAGEMENT_LOW_FOR_SIZE": (-LOW_ENGAGEMENT_MEDIUM_Z, -LOW_ENGAGEMENT_HIGH_Z),
    "LIKES_COMMENTS_IMBALANCE": (math.log(RATIO_MEDIUM_X), math.log(RATIO_HIGH_X)),
    "COMMENTS_LOW_EFFORT": (LOW_EFFORT_MEDIUM, LOW_EFFORT_HIGH),
    "COMMENTS_DUPLICATED": (DUPLICATED_MEDIUM, DUPLICATED_HIGH),
    "COMMENT_SPAM": (SPAM_MEDIUM_SHARE, SPAM_HIGH_SHARE),
    "FAKE_FOLLOWERS": (FAKE_MEDIUM_OVER_NORM, FAKE_HIGH_OVER_NORM),
    # A pod seen only at steady later delays (pod_comment_share not past POD_EARLY_SHARE) stays
    # low: habitual fans checking in at about the same time after each post look the same
    # (and the model does not learn from that pattern's features); a first-hour pod may be
    # medium just past the first-hour cut and high from 10% of comments.
    "COMMENT_POD": (math.nextafter(POD_EARLY_SHARE, 1.0), POD_EARLY_SHARE_HIGH),
}
# A follower sample whose fake share, even at the low end of its 95% interval, is this far
# over the norm for the size is at least medium whatever weight the model gives it (the model
# learns little from the sample: README, Known limits). No genuine creator of our simulator
# (the 4,522 genuine ones with a sample, data a3091a5a), `blind` or `holdout` comes near it:
# their point estimates reach 0.71, 0.35 and 0.69 over the norm (`final` 0.48, reported only),
# and an interval's low end is below its point estimate; fraud creators reach 0.78 (0.08% of
# ours past 0.75).
FAKE_FLOOR_OVER_NORM = 0.75


def _fake_followers_floor(values: Values, evidence: Evidence | None) -> bool:
    """Whether the sampled followers are past any genuine audience (:data:`FAKE_FLOOR_OVER_NORM`):
    the 95% interval's low end over the norm; from feature values alone (a replay), the point
    estimate, which is never below it (so a replay counts at least the creators it floors)."""
    if evidence:
        ci, norm = evidence.get("fake_follower_ci95"), evidence.get("norm_fake_follower_share")
        if ci is not None and norm is not None:
            return bool(float(ci[0]) - float(norm) >= FAKE_FLOOR_OVER_NORM)
    return _gt(values, "fake_follower_vs_norm", math.nextafter(FAKE_FLOOR_OVER_NORM, 0.0))


# Patterns whose strength alone makes them at least medium (a red flag), past the model's weight.
SEVERITY_FLOORS: dict[str, Callable[[Values, Evidence | None], bool]] = {
    "FAKE_FOLLOWERS": _fake_followers_floor,
}


def _spike_engagement_hidden(values: Values, evidence: Evidence | None) -> bool:
    """Whether the likes of the posts around the largest follower spike are hidden: whether
    engagement rose with it (a viral post) or not (a purchase) cannot be told. From evidence
    only (hidden counts come from importers; a replay from feature values, as training and
    evaluation do on simulated creators, never meets them)."""
    return bool(evidence and evidence.get("n_hidden_likes_near_spike"))


def _follower_model_unchecked(values: Values, evidence: Evidence | None) -> bool:
    """Whether the follower model never learned from labelled accounts of the creator's
    platform (``follower_model_knows_platform`` 0; unknown, NaN, is not capped). Its fake
    probabilities there are a lead, not proof: on the creators of the `cn` generator (Douyin,
    RedNote, Kuaishou, Bilibili, WeChat Channels), genuine audiences scored past the norm
    often enough to make FAKE_FOLLOWERS a red flag beside genuine creators
    (reports/creator-candidates.md, session 31)."""
    return _value(values, KNOWS_PLATFORM) == 0.0


def _one_booster(values: Values, evidence: Evidence | None) -> bool:
    """Whether a single commenter asks for follows or likes back (互关, 求回关, "follow back")
    and no group shows in the replies (:func:`_boost_group_shown`): one account asking under
    a creator's posts is no mutual-boost group, whatever weight the model gives the cue share
    (review s53: one asker could make MUTUAL_BOOST_GROUP high). From evidence only: the
    askers are counted there, not in the feature values (a replay from feature values, as
    training and evaluation do, is not capped)."""
    if not evidence:
        return False
    n = int(evidence.get("n_mutual_boost_askers", 0) or 0)
    replying = int(evidence.get("n_mutual_boost_askers_replying", 0) or 0)
    return n == 1 and not _boost_group_shown(values, n, replying)


# Patterns the data at hand cannot tell from an organic event or cannot measure well enough:
# at most low, whatever weight the model gives them (unless a floor above holds).
SEVERITY_CAPS: dict[str, Callable[[Values, Evidence | None], bool]] = {
    "FOLLOWER_SPIKE": _spike_engagement_hidden,
    "FAKE_FOLLOWERS": _follower_model_unchecked,
    "MUTUAL_BOOST_GROUP": _one_booster,
}


def _value(values: Values, name: str) -> float:
    return float(values.get(name, math.nan))


def _not_growing_strength(v: Values) -> float:
    """How far the engagement rate fell across a follower jump (NaN: no jump measured; the
    elasticity alone keeps the pattern low, see :data:`NOT_GROWING_MEDIUM`)."""
    return -_value(v, "spike_er_change")


def _spike_unexplained(v: Values, e: Evidence) -> bool:
    return _gt(v, "n_follower_spike_episodes", 0) and not _gt(
        v, "spike_engagement_lift", math.log(SPIKE_EXPLAINED_LIFT)
    )


def _spike_message(v: Values, e: GrowthEvidence) -> str:
    lift = e.spike_engagement_x_median
    tail = (
        f"with engagement only {lift}x the median post around it"
        if lift is not None and lift >= 1.3
        else "with no rise in likes or comments"
        if lift is not None
        else "and the posts around it have no like count (hidden, or not in the export)"
        if e.n_hidden_likes_near_spike
        else "and no posts around it to explain it"
    )
    # A normal day of under one follower has no multiple worth saying (+1,000 is not "1000x").
    normal_day = e.normal_day_followers or 0
    normal = (
        f"{e.spike_x_normal:g}x a normal day"
        if normal_day >= 1
        else f"on an account that loses {counted(-normal_day, 'follower', spec=',')} on a normal day"
        if normal_day < 0
        else "on an account that gains under one follower on a normal day"
    )
    grew = e.spike_growth_share
    if grew is None:  # evidence from before the whole gain was recorded
        grew = e.spike_share_of_followers or 0.0
    grown = f"the follower count grew {_pct(grew)} in {_episode_days(e)}"
    if e.spike_gap_start is not None and e.spike_gap_end is not None:
        # no count on the peak day: what was seen, the two counts and the growth between them
        apart = (date.fromisoformat(e.spike_gap_end) - date.fromisoformat(e.spike_gap_start)).days
        share = e.spike_gap_growth_share
        grown = (
            f"the follower count grew {_pct(share)} in those {counted(apart, 'day')}"
            if share is not None
            else f"{counted(apart, 'day')} apart"
        )
        return (
            f"{_spike_gain(e)}, with no count taken in between ({grown}: about "
            f"{e.spike_followers:,} a day, {normal}), {tail}"
        )
    return f"{_spike_gain(e)}, {normal} ({grown}), {tail}"


def _spike_gain(e: GrowthEvidence) -> str:
    """The spike's gain as seen: on its peak day, or between the two snapshots around it
    when no count was taken on that day (``GrowthEvidence.spike_gap_start``)."""
    if e.spike_gap_start is not None:
        return (
            f"+{counted(e.spike_gap_followers or 0, 'follower', spec=',')} between"
            f" {_day(e.spike_gap_start)} "
            f"and {_day(e.spike_gap_end)}"
        )
    return f"+{counted(e.spike_followers or 0, 'follower', spec=',')} on {_day(e.spike_date)}"


def _episode_days(e: GrowthEvidence) -> str:
    if e.spike_start is None or e.spike_end is None:
        return "a few days"
    days = (date.fromisoformat(e.spike_end) - date.fromisoformat(e.spike_start)).days + 1
    return "one day" if days == 1 else counted(days, "day")


def _staircase_message(v: Values, e: GrowthEvidence) -> str:
    return (
        f"{e.n_spike_episodes} separate step-ups in followers within"
        f" {counted(e.n_history_days, 'day')}, "
        "the pattern of repeated purchases"
    )


def _drip_message(v: Values, e: GrowthEvidence) -> str:
    return (
        f"For two weeks followers grew at {math.exp(v['follower_steady_window_ratio']):.0f}x "
        "the usual pace day after day (the median day of the two weeks) without engagement "
        "growing with them"
    )


def _drop_message(v: Values, e: GrowthEvidence) -> str:
    return (
        f"Lost {counted(e.drop_after_spike_followers or 0, 'follower', spec=',')} "
        f"({_pct(v['follower_drop_after_spike'])} of the jump"
        + (
            f"'s {e.spike_excess_followers:,} beyond a normal day's change"
            if e.spike_excess_followers is not None
            else ""
        )
        + f") within {AFTER_SPIKE_DAYS} days "
        + (
            f"after it, beyond the {-(e.normal_day_followers or 0):,} a day the account was"
            " losing before: "
            if (e.normal_day_followers or 0) < 0
            else "after it: "
        )
        + "platforms purge bought accounts"
    )


def _churn_message(v: Values, e: GrowthEvidence) -> str:
    when = (
        f" between {_day(e.following_jump_since)} and {_day(e.following_jump_date)} (no count"
        " taken in between)"
        if e.following_jump_since and e.following_jump_date
        else f" on {_day(e.following_jump_date)}"
        if e.following_jump_date
        else ""
    )
    moved = f"The following count moved by {e.following_jump or 0:+,}{when}"
    if _following_repeats(v):
        return (
            f"{moved} and churns repeatedly (up and back by {_pct(v['following_repeat_share'])} "
            "of the count or more, at least twice): follow/unfollow automation"
        )
    return (
        f"{moved} and did not go up and back down repeatedly (by {REPEAT_MIN_ACCOUNTS} accounts "
        f"and {_pct(FOLLOWING_REPEAT_SHARE)} of the count or more, twice): a batch of follows, "
        "a clean-up or small day-to-day changes, not follow/unfollow churn"
    )


def _following_repeats(v: Values) -> bool:
    return _gt(v, "following_repeat_share", FOLLOWING_REPEAT_SHARE)


def _not_growing_by_elasticity(v: Values) -> bool:
    return _lt(v, "engagement_follower_elasticity", NOT_GROWING_ELASTICITY)


def _not_growing_across_jump(v: Values, e: GrowthEvidence) -> bool:
    return (
        _lt(v, "spike_er_change", -NOT_GROWING_ELASTICITY)
        and e.er_before_spike is not None
        and e.er_after_spike is not None
    )


def _not_growing_evidence(v: Values, e: GrowthEvidence) -> dict[str, Any]:
    """ENGAGEMENT_NOT_GROWING's evidence: the figures its message says, those that fired
    (:func:`_not_growing_message`). The engagement rate across a jump measured but not
    fallen is not shown beside the elasticity that fired: it once was, a rate that rose
    under a message about engagement per post against the followers (session 56)."""
    shown: dict[str, Any] = {}
    if _not_growing_by_elasticity(v):
        elasticity = _value(v, "engagement_follower_elasticity")
        shown["engagement_follower_elasticity"] = round(elasticity, 3)
        shown["engagement_x_per_follower_doubling"] = round(2.0**elasticity, 3)
    if _not_growing_across_jump(v, e):
        shown["er_before_spike"] = e.er_before_spike
        shown["er_after_spike"] = e.er_after_spike
    return shown


def _not_growing_message(v: Values, e: GrowthEvidence) -> str:
    """The figure that fired: the elasticity over the posts, the rate across a jump, or both
    (the reason's evidence, :func:`_not_growing_evidence`, shows the same figures)."""
    parts = []
    elasticity = _value(v, "engagement_follower_elasticity")
    if _not_growing_by_elasticity(v):
        per_doubling = 2.0**elasticity
        parts.append(
            "from the first to the last third of the posts, engagement per post "
            + (
                "stayed flat while the followers grew"
                if -0.01 <= elasticity <= 0.01
                else "stayed about flat while the followers grew"
                if f"{per_doubling:.2g}" == "1"  # not "grew only 1x for each doubling"
                else f"grew only {per_doubling:.2g}x for each doubling of the followers"
                if elasticity > 0
                else f"fell to {per_doubling:.2g}x for each doubling of the followers"
            )
            + " (it doubles too when both grow together)"
        )
    if _not_growing_across_jump(v, e):
        parts.append(
            f"the engagement rate fell from {_small_rate(e.er_before_spike or 0.0)} before the"
            f" jump to {_small_rate(e.er_after_spike or 0.0)} after"
        )
    return "Engagement per post did not grow with the followers" + (
        ": " + "; ".join(parts) if parts else ""
    )


def _spike_explained_message(v: Values, e: GrowthEvidence) -> str:
    # What it speaks to, and what not (the model, for its part, bounds how far the follower
    # history may lower a creator's score: fraud.model.EvidenceFloor).
    return (
        f"{_spike_gain(e)} came with a post at "
        f"{e.spike_engagement_x_median:g}x the median engagement: consistent with a "
        "genuine viral post. That speaks against bought followers in the jump; it does not "
        "show that likes or comments were not bought"
    )


def _audience_text(e: Evidence) -> str:
    low, high = e["fake_follower_ci95"]
    return (
        f"Average fake probability of {counted(e['n_sampled'], 'sampled follower')}: "
        f"{_pct(e['fake_follower_share'])} (95% CI {100 * low:.0f}-{100 * high:.0f}%); "
        "genuine accounts of this size: about "
        f"{_pct(e['norm_fake_follower_share'])}. At that average about "
        f"{e['authentic_followers_estimate']:,} of the followers would be genuine (an index of "
        "follower quality, not a count of bought followers)" + _audience_types_text(e)
    )


def _audience_message(v: Values, e: Evidence) -> str:
    """FAKE_FOLLOWERS: the share, and where the follower model never saw the platform, what
    that leaves it (:data:`SEVERITY_CAPS`, unless the floor holds)."""
    if not _follower_model_unchecked(v, e):
        return _audience_text(e)
    consequence = (
        "but this share is past any genuine audience"
        if _fake_followers_floor(v, e)
        else "so this share alone is not a red flag"
    )
    return _audience_text(e) + _unchecked_platform_text(e) + ", " + consequence


def _genuine_audience_message(v: Values, e: Evidence) -> str:
    """AUDIENCE_LOOKS_GENUINE: the share, no proof where the follower model never saw the
    platform."""
    if not _follower_model_unchecked(v, e):
        return _audience_text(e)
    return (
        _audience_text(e)
        + _unchecked_platform_text(e)
        + ", so this share is no proof of a genuine audience either"
    )


def _unchecked_platform_text(e: Evidence) -> str:
    names = [PLATFORM_NAMES.get(p, p) for p in e.get("follower_model_platforms", ())]
    learned = listed(names)
    return ". The follower model has no labelled accounts from this platform" + (
        f" (it learned from {learned} accounts)" if learned else ""
    )


def _audience_types_text(e: Evidence) -> str:
    if "audience_real_share" not in e:
        return ""
    # Each follower is of one type, the first that fits in this order (audience_types), so
    # a mass follower here is one that is not suspicious (MASS_FOLLOWERS counts them all).
    text = (
        ". Audience types (each follower counted once, in the first that fits): "
        f"{_pct(e['audience_suspicious_share'])} suspicious (fake probability "
        f"{_pct(SUSPICIOUS_PROBABILITY)} or more), "
        f"{_pct(e['audience_mass_follower_share'])} other mass followers (following over "
        f"{MASS_FOLLOWING:,}), "
        f"{_pct(e['audience_influencer_share'])} other influencers (over "
        f"{INFLUENCER_FOLLOWERS:,} followers), {_pct(e['audience_real_share'])} real (the rest)"
    )
    if "active_follower_share" in e:
        low, high = e["active_follower_ci95"]
        text += (
            f"; {_pct(e['active_follower_share'])} active in the last 90 days "
            f"(95% CI {100 * low:.0f}-{100 * high:.0f}%, of {e['n_active_known']} with a known "
            "last post)"
        )
    return text


def _engagement_low_message(v: Values, e: EngagementEvidence) -> str:
    return (
        f"Median engagement rate {_rate(e.engagement_rate_median)} per post against "
        f"{_rate(e.norm_engagement_rate)} typical for {e.size_tier} creators on this "
        f"platform (below the {LOW_ENGAGEMENT_PERCENTILE}th percentile of genuine creators, "
        f"{_rate(e.norm_p10)}): many followers never interact"
    )


def _engagement_normal_message(v: Values, e: EngagementEvidence) -> str:
    return (
        f"Median engagement rate {_rate(e.engagement_rate_median)} per post; typical for "
        f"{e.size_tier} creators on this platform: {_rate(e.norm_engagement_rate)}"
    )


def _engagement_high_message(v: Values, e: EngagementEvidence) -> str:
    return (
        f"Median engagement rate {_rate(e.engagement_rate_median)} per post, far above the "
        f"{_rate(e.norm_engagement_rate)} typical for {e.size_tier} creators on this platform "
        f"({e.engagement_rate_median / e.norm_p90:.0f}x the {HIGH_ENGAGEMENT_PERCENTILE}th "
        f"percentile of genuine creators, {_rate(e.norm_p90)}): reach far beyond the followers (viral posts), a follower count "
        "that is out of date, or bought likes; not counted in the creator's favour"
    )


def _ratio_readable(v: Values, e: Any = None) -> bool:
    """Whether posts carry enough likes and comments for their ratio to say anything: the
    posts' likes + comments, per post, reach :data:`RATIO_MIN_INTERACTIONS`.

    Read from the evidence's median post (``median_post_interactions``, over the posts whose
    likes and comments are both known: one viral post does not make flops readable); from
    its totals in evidence recorded before it had one; from feature values alone (a
    replay of the rules on a table, ``e`` without totals) from ``interactions_log10``, the
    median post's engagement (which counts shares, saves, danmaku and coins too), or, in rows
    without it, its engagement rate times the followers (unknown: assumed to reach it). The
    rate times today's follower count overstated a post's interactions where the followers
    grew after it (a replay of the scorer's insufficient_data as `suspicious`, session 54).
    """
    median_post = getattr(e, "median_post_interactions", None)
    if median_post is not None:
        return bool(median_post >= RATIO_MIN_INTERACTIONS)
    likes = getattr(e, "likes_total", None)
    comments = getattr(e, "comments_total", None)
    n_posts = getattr(e, "n_ratio_posts", None) or getattr(e, "n_posts", None)
    if likes is not None and comments is not None and n_posts:
        return (likes + comments) / n_posts >= RATIO_MIN_INTERACTIONS
    interactions_log10 = _value(v, "interactions_log10")
    if _ok(interactions_log10):
        return 10.0**interactions_log10 - 1.0 >= RATIO_MIN_INTERACTIONS
    rate, followers_log10 = _value(v, "engagement_rate_median"), _value(v, "followers_log10")
    if not _ok(rate) or not _ok(followers_log10):
        return True
    return rate * (10.0**followers_log10 - 1.0) >= RATIO_MIN_INTERACTIONS


def _views_readable(v: Values, e: Any = None) -> bool:
    """Whether the posts with a view count carry enough likes for views per like to say
    anything: their median post has :data:`RATIO_MIN_INTERACTIONS` likes (unknown: assumed)."""
    likes = getattr(e, "median_viewed_post_likes", None)
    return likes is None or bool(likes >= RATIO_MIN_INTERACTIONS)


def _comments_back_the_ratio(v: Values, e: Any = None) -> bool:
    """Whether the comments themselves show the "unusually many comments" a low likes per
    comment says: some post has a comment, and the posts with comments are, by their own
    median, on that side of the norm (a flop with 1 like and none reads as 2 likes per
    comment, +1-smoothed; that is not many comments). Unknown: assumed."""
    if getattr(e, "comments_total", None) == 0:
        return False
    own = getattr(e, "median_likes_per_comment", None)
    norm = getattr(e, "norm_likes_per_comment", None)
    return own is None or norm is None or bool(own < norm)


def _likes_comments_imbalanced(v: Values, e: Any) -> bool:
    """LIKES_COMMENTS_IMBALANCE: likes per comment :data:`RATIO_OFF_X` off the norm either
    way, on posts whose ratio is readable; the many-comments side only where the comments
    show it (:func:`_comments_back_the_ratio`)."""
    if not _ratio_readable(v, e):
        return False
    if _gt(v, "likes_per_comment_vs_norm", math.log(RATIO_OFF_X)):
        return True
    return _lt(v, "likes_per_comment_vs_norm", -math.log(RATIO_OFF_X)) and (
        _comments_back_the_ratio(v, e)
    )


def _likes_comments_message(v: Values, e: EngagementEvidence) -> str:
    """The median post's likes per comment, not the totals' ratio, which one viral post can
    turn the other way: unsmoothed, over the posts with a comment (``median_likes_per_comment``;
    the decision reads the +1-smoothed median of every post, ``likes_per_comment``), with the
    posts without a comment counted; posts without a single comment are said so."""
    if e.likes_total is not None and e.comments_total == 0:
        lead = f"{counted(e.likes_total, 'like', spec=',')} and no comments on the posts"
    else:
        shown = e.median_likes_per_comment
        value = shown if shown is not None else e.likes_per_comment
        ratio = f"{value:,.1f}".removesuffix(".0")
        lead = f"The median post has {counted(ratio, 'like')} per comment"
        n, commented = e.n_ratio_posts, e.n_commented_posts
        if n is not None and commented is not None and commented < n:
            uncommented = n - commented
            many_likes = v["likes_per_comment_vs_norm"] > 0
            norm = e.norm_likes_per_comment
            if value is not None and norm is not None and (value > norm) != many_likes:
                # The posts without a comment decided it: the commented ones point the other way.
                other = (
                    f"the other post has {counted(ratio, 'like')} per comment"
                    if commented == 1
                    else f"the median of the other {commented} is {counted(ratio, 'like')} per"
                    " comment"
                )
                lead = (
                    f"{uncommented} of {counted(n, 'post')}"
                    f" {one_or_many(uncommented, 'has', 'have')} likes and no comments ({other})"
                )
            else:
                lead = (
                    f"{lead} (of the {counted(commented, 'post')} with comments; {uncommented} "
                    f"{one_or_many(uncommented, 'post has', 'posts have')} none)"
                )
        if n is not None and e.n_posts > n:
            unknown = e.n_posts - n
            lead += f"; {counted(unknown, 'post')} without a comment count left out"
    return (
        f"{lead}; genuine creators get about "
        f"{counted(format(e.norm_likes_per_comment, 'g'), 'like')} per comment: "
        + (
            "likes may be bought"
            if v["likes_per_comment_vs_norm"] > 0
            else "unusually many comments, as bought comments or a pod produce"
        )
    )


def _views_likes_message(v: Values, e: EngagementEvidence) -> str:
    return (
        f"Only {counted(format(e.views_per_like, 'g'), 'view')} per like against about "
        f"{e.norm_views_per_like:g} usually: likes outpace the people who watched"
    )


def _views_spread_message(v: Values, e: EngagementEvidence) -> str:
    return (
        f"Views per like differ {math.exp(v['views_per_like_spread']):.1f}x between the "
        f"quartiles of posts (genuine creators: under {VIEWS_SPREAD_X:g}x): views bought for some "
        "posts lift their views and not their likes"
    )


def _likes_outlier_message(v: Values, e: EngagementEvidence) -> str:
    return (
        f"On {_pct(v['likes_outlier_post_share'])} of posts likes jump {LIKES_JUMP_X:g}x above "
        "normal while comments stay flat"
    )


def _following_ratio_message(v: Values, e: ProfileEvidence) -> str:
    return (
        f"Follows {counted(e.following or 0, 'account', spec=',')} with"
        f" {counted(e.followers, 'follower', spec=',')}: "
        "follow-for-follow growth"
    )


def _mass_followers_message(v: Values, e: Evidence) -> str:
    return (
        f"{_pct(v['mass_follower_share'])} of sampled followers follow over {MASS_FOLLOWING:,} "
        "accounts and see little of any one feed"
    )


def _emoji_copy_message(v: Values, e: Evidence) -> str:
    n_strings = e["n_emoji_copy_strings"]
    strings = "one emoji string" if n_strings == 1 else f"{n_strings} emoji strings"
    shown = e["emoji_copy_string"]
    if len(shown) > EMOJI_COPY_SHOWN:
        shown = shown[:EMOJI_COPY_SHOWN] + "…"
    return (
        f"{e['n_emoji_copy_comments']} of {counted(e['n_comments'], 'comment')} "
        f"({_pct(v['emoji_copy_share'])}) are {strings} pasted by "
        f"{EMOJI_COPY_MIN_ACCOUNTS} accounts or more (“{shown}” from "
        f"{counted(e['n_emoji_copy_accounts'], 'account')}): bought comment packages look like this, and"
        " so do fans copying one comment down a thread; they count as copied comments. Fans'"
        f" own short emoji are not counted: only strings of {EMOJI_COPY_MIN_EMOJI} emoji or"
        f" more of {EMOJI_COPY_MIN_KINDS} kinds or more, or one emoji {EMOJI_COPY_MIN_RUN}"
        " times or more" + _unnamed_note(e)
    )


def _unnamed_note(e: Evidence) -> str:
    """What the accounts counted stand on when comments name no author."""
    n = int(e.get("n_comments_without_author", 0) or 0)
    if not n:
        return ""
    return (
        f" ({counted(n, 'comment')} of the section {one_or_many(n, 'names', 'name')} no author:"
        " each"
        " is counted as an account of its own, so the accounts may be fewer)"
    )


#: characters of an example comment a message quotes (a longer one is cut, and says so: "…")
EXAMPLE_SHOWN = 30


def _quoted(text: str, limit: int = EXAMPLE_SHOWN) -> str:
    """``text`` in quotes, cut to ``limit`` characters with "…" where it goes on."""
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


def _low_effort_message(v: Values, e: Evidence) -> str:
    examples = ", ".join(map(_quoted, e.get("examples_low_effort", [])[:2]))
    return (
        f"{_pct(e['low_effort_share'])} of {counted(e['n_comments'], 'comment')} are generic,"
        " emoji-only "
        f"or bare mentions (typical at this size: {_pct(e['norm_low_effort_share'])})"
        + (f", e.g. {examples}" if examples else "")
    )


_AUDIENCE_TYPE_KEYS = (
    "audience_real_share",
    "audience_suspicious_share",
    "audience_mass_follower_share",
    "audience_influencer_share",
    "active_follower_share",
    "active_follower_ci95",
    "n_active_known",
)

RULES: tuple[ReasonRule, ...] = (
    ReasonRule(
        "FOLLOWER_SPIKE",
        "growth",
        (
            "follower_spike_z",
            "follower_spike_share",
            "follower_spike_ratio",
            "follower_spike_growth_share",
            "spike_engagement_lift",
            "follower_spike_tail_ratio",
        ),
        _spike_unexplained,
        _spike_message,
        (
            "spike_date",
            "spike_followers",
            "spike_gap_start",
            "spike_gap_end",
            "spike_gap_followers",
            "spike_gap_growth_share",
            "spike_x_normal",
            "spike_share_of_followers",
            "spike_growth_share",
            "spike_engagement_x_median",
            "normal_day_followers",
        ),
        strength=lambda v: _value(v, "follower_spike_share"),
    ),
    ReasonRule(
        "FOLLOWER_STAIRCASE",
        "growth",
        ("n_follower_spike_episodes", "n_follower_spike_days"),
        lambda v, e: _gt(v, "n_follower_spike_episodes", 1.5) and _spike_unexplained(v, e),
        _staircase_message,
        ("n_spike_episodes", "n_history_days"),
    ),
    ReasonRule(
        "FOLLOWER_DRIP",
        "growth",
        (
            "follower_elevated_window_ratio",
            "follower_steady_window_ratio",
            "engagement_follower_elasticity",
        ),
        lambda v, e: (
            _gt(v, "follower_steady_window_ratio", math.log(DRIP_PACE_X))
            and not _gt(v, "engagement_follower_elasticity", 0.5)
            and not _gt(v, "spike_engagement_lift", math.log(SPIKE_EXPLAINED_LIFT))
        ),
        _drip_message,
        (),
        strength=lambda v: _value(v, "follower_steady_window_ratio"),
    ),
    ReasonRule(
        "FOLLOWER_DROP_AFTER_SPIKE",
        "growth",
        ("follower_drop_after_spike", "follower_max_drop_share"),
        lambda v, e: _gt(v, "follower_drop_after_spike", DROP_AFTER_SPIKE_SHARE),
        _drop_message,
        ("drop_after_spike_followers", "spike_excess_followers", "spike_date"),
    ),
    ReasonRule(
        "FOLLOWING_CHURN",
        "growth",
        ("following_jump_share", "following_churn_30d", "following_repeat_share"),
        lambda v, e: (
            _gt(v, "following_jump_share", FOLLOWING_JUMP_SHARE)
            or _gt(v, "following_churn_30d", FOLLOWING_CHURN)
        ),
        _churn_message,
        ("following_jump", "following_jump_date", "following_jump_since"),
        strength=lambda v: _value(v, "following_repeat_share"),
    ),
    ReasonRule(
        "ENGAGEMENT_NOT_GROWING",
        "growth",
        ("engagement_follower_elasticity", "spike_er_change"),
        lambda v, e: (
            _lt(v, "engagement_follower_elasticity", NOT_GROWING_ELASTICITY)
            or _lt(v, "spike_er_change", -NOT_GROWING_ELASTICITY)
        ),
        _not_growing_message,
        ("er_before_spike", "er_after_spike"),
        strength=_not_growing_strength,
        shown=_not_growing_evidence,
    ),
    ReasonRule(
        "ENGAGEMENT_LOW_FOR_SIZE",
        "engagement",
        # the model learns the side under the norm (older models: the rate and its z)
        (
            "engagement_rate_vs_norm",
            "engagement_rate_z",
            "engagement_under_norm_z",
            "engagement_rate_median",
        ),
        lambda v, e: _lt(v, "engagement_rate_z", LOW_ENGAGEMENT_Z),
        _engagement_low_message,
        ("engagement_rate_median", "norm_engagement_rate", "norm_p10", "size_tier"),
        strength=lambda v: -_value(v, "engagement_rate_z"),
    ),
    ReasonRule(
        "LIKES_COMMENTS_IMBALANCE",
        "engagement",
        ("likes_per_comment_vs_norm", "comment_share_of_engagement"),
        _likes_comments_imbalanced,
        _likes_comments_message,
        (
            "median_likes_per_comment",
            "norm_likes_per_comment",
            "likes_total",
            "comments_total",
            "n_commented_posts",
        ),
        strength=lambda v: abs(_value(v, "likes_per_comment_vs_norm")),
    ),
    ReasonRule(
        "VIEWS_LIKES_IMBALANCE",
        "engagement",
        ("views_per_like_vs_norm",),
        lambda v, e: (
            _lt(v, "views_per_like_vs_norm", -math.log(RATIO_OFF_X)) and _views_readable(v, e)
        ),
        _views_likes_message,
        ("views_per_like", "norm_views_per_like"),
    ),
    ReasonRule(
        "VIEWS_SPREAD",
        "engagement",
        ("views_per_like_spread", "views_likes_decoupling"),
        lambda v, e: _gt(v, "views_per_like_spread", math.log(VIEWS_SPREAD_X)),
        _views_spread_message,
        ("views_per_like", "norm_views_per_like"),
    ),
    ReasonRule(
        "LIKES_OUTLIER_POSTS",
        "engagement",
        ("likes_outlier_post_share",),
        # against the median post: one with next to no likes or comments makes any post a jump
        lambda v, e: (
            _gt(v, "likes_outlier_post_share", LIKES_OUTLIER_SHARE) and _ratio_readable(v, e)
        ),
        _likes_outlier_message,
        (),
    ),
    ReasonRule(
        "COMMENTS_LOW_EFFORT",
        "comments",
        (
            "low_effort_comment_share",
            "low_effort_comment_vs_norm",
            "generic_comment_share",
            "emoji_only_comment_share",
            "mention_only_comment_share",
        ),
        lambda v, e: _gt(v, "low_effort_comment_vs_norm", 0.15),
        _low_effort_message,
        ("low_effort_share", "norm_low_effort_share", "n_comments", "examples_low_effort"),
        strength=lambda v: _value(v, "low_effort_comment_vs_norm"),
    ),
    ReasonRule(
        "COMMENTS_DUPLICATED",
        "comments",
        ("duplicate_comment_share", "comment_text_diversity"),
        lambda v, e: _gt(v, "duplicate_comment_share", 0.08),
        lambda v, e: (
            f"{e['n_duplicate_comments']} of {counted(e['n_comments'], 'comment')}"
            f" {one_or_many(e['n_duplicate_comments'], 'repeats', 'repeat')} the same text, or"
            f" nearly ({e['n_near_duplicate_comments']} reworded), from different accounts"
            + _unnamed_note(e)
        ),
        ("n_duplicate_comments", "n_near_duplicate_comments", "n_comments"),
        strength=lambda v: _value(v, "duplicate_comment_share"),
    ),
    ReasonRule(
        "COMMENTS_EMOJI_COPIED",
        "comments",
        ("emoji_copy_share",),
        lambda v, e: _ge(v, "emoji_copy_share", EMOJI_COPY_SHARE),
        _emoji_copy_message,
        (
            "emoji_copy_string",
            "n_emoji_copy_accounts",
            "n_emoji_copy_string_comments",
            "n_emoji_copy_comments",
            "n_emoji_copy_strings",
            "n_comments",
        ),
    ),
    ReasonRule(
        "COMMENT_POD",
        "comments",
        (
            "pod_comment_share",
            "regular_low_effort_share",
            "regular_delay_spread",
            "recurring_commenter_share",
            "early_low_effort_excess",
            "top_commenter_share",
        ),
        lambda v, e: _early_pod(v) or _late_pod(v),
        _pod_message,
        (
            "n_regular_commenters",
            "n_posts_with_comments",
            "regular_delay_spread_minutes",
            "n_regulars_timed",
        ),
        strength=lambda v: _value(v, "pod_comment_share"),
    ),
    ReasonRule(
        "COMMENT_BURST",
        "comments",
        ("early_comment_share", "early_low_effort_excess"),
        lambda v, e: (
            _gt(v, "early_comment_share", BURST_EARLY_SHARE)
            or _gt(v, "early_low_effort_excess", BURST_LOW_EFFORT_EXCESS)
        ),
        _burst_message,
        ("n_comments_timed", "n_comments"),
    ),
    ReasonRule(
        "COMMENT_SPAM",
        "comments",
        ("spam_comment_share", "digit_heavy_commenter_share", "spam_campaign_share"),
        lambda v, e: _gt(v, "spam_comment_share", 0.05),
        lambda v, e: (
            f"{_pct(v['spam_comment_share'])} of comments are spam or self-promotion"
            + _lure_detail(e)
            + (
                "; spam bots comment under posts that reach people whoever wrote them, and "
                "genuine sections carry this much too, so it does not show that the creator "
                "paid for it (it does inflate the comment count)"
                if _value(v, "spam_comment_share") < SPAM_MEDIUM_SHARE
                else ""
            )
        ),
        ("lure_types", "n_campaign_comments", "n_campaign_accounts", "examples_spam"),
        strength=lambda v: _value(v, "spam_comment_share"),
    ),
    ReasonRule(
        "MUTUAL_BOOST_GROUP",
        "comments",
        ("mutual_boost_cue_share", "commenter_cross_mention_share", "recurring_commenter_share"),
        lambda v, e: _gt(v, "mutual_boost_cue_share", 0.05) or _regulars_reply_to_each_other(v),
        _mutual_boost_message,
        (
            "n_mutual_boost_askers",
            "n_mutual_boost_askers_replying",
            "n_mutual_boost_accounts",
            "n_regular_commenters",
        ),
    ),
    ReasonRule(
        "COMMENTS_TEMPLATED",
        "comments",
        ("template_similarity_share",),
        lambda v, e: _gt(v, "template_similarity_share", 0.2),
        lambda v, e: (
            f"{_pct(v['template_similarity_share'])} of comments follow one template with "
            "varied fillers across accounts (not copies, but too alike to be independent): "
            "generated or machine-written comments, or an organised fan base posting one slogan"
        ),
        ("n_template_similar_comments", "n_comments"),
    ),
    ReasonRule(
        "FAKE_FOLLOWERS",
        "audience",
        (
            "fake_follower_share",
            "fake_follower_vs_norm",
            "likely_fake_follower_share",
            "empty_account_share",
            "young_account_share",
            "digit_heavy_username_share",
        ),
        lambda v, e: _gt(v, "fake_follower_vs_norm", 0.08),
        _audience_message,
        (
            "fake_follower_share",
            "fake_follower_ci95",
            "n_sampled",
            "norm_fake_follower_share",
            "authentic_followers_estimate",
            "follower_model_platforms",
            *_AUDIENCE_TYPE_KEYS,
        ),
        strength=lambda v: _value(v, "fake_follower_vs_norm"),
    ),
    ReasonRule(
        "MASS_FOLLOWERS",
        "audience",
        ("mass_follower_share",),
        lambda v, e: _gt(v, "mass_follower_share", MASS_FOLLOWER_SHARE),
        _mass_followers_message,
        ("mass_follower_share", "reachable_share"),
    ),
    ReasonRule(
        "FOLLOWING_RATIO_HIGH",
        "profile",
        # Weighed by the ratio where a model learns it (until session 52). Not by the
        # following count the model learns since: its weight says how the model reads the
        # number followed, not the ratio this reason tells of, and it made the reason medium
        # on 0.3-1.0% of three outside generators' genuine creators (a reviewer's replay), so
        # the reason is a low-severity fact and the count's weight shows as MODEL_SIGNAL.
        ("following_per_follower",),
        lambda v, e: (
            _gt(v, "following_per_follower", 0.0)
            and not _lt(v, "followers_log10", math.log10(FOLLOWING_RATIO_MIN_FOLLOWERS))
        ),
        _following_ratio_message,
        ("followers", "following"),
    ),
    # Signs of authenticity: said as info so a user sees what counted in the creator's favour.
    ReasonRule(
        "FOLLOWER_SPIKE_EXPLAINED",
        "growth",
        ("spike_engagement_lift",),
        lambda v, e: (
            _gt(v, "n_follower_spike_episodes", 0)
            and _gt(v, "spike_engagement_lift", math.log(SPIKE_EXPLAINED_LIFT))
        ),
        _spike_explained_message,
        (
            "spike_date",
            "spike_followers",
            "spike_gap_start",
            "spike_gap_end",
            "spike_gap_followers",
            "spike_engagement_x_median",
        ),
        supports_fraud=False,
    ),
    ReasonRule(
        "AUDIENCE_LOOKS_GENUINE",
        "audience",
        ("fake_follower_share", "fake_follower_vs_norm"),
        lambda v, e: (
            _ok(v.get("fake_follower_vs_norm", math.nan))
            and not _gt(v, "fake_follower_vs_norm", 0.08)
        ),
        _genuine_audience_message,
        (
            "fake_follower_share",
            "fake_follower_ci95",
            "n_sampled",
            "norm_fake_follower_share",
            "authentic_followers_estimate",
            *_AUDIENCE_TYPE_KEYS,
        ),
        supports_fraud=False,
    ),
    ReasonRule(
        "ENGAGEMENT_NORMAL",
        "engagement",
        ("engagement_rate_z", "engagement_under_norm_z", "engagement_over_norm_z"),
        lambda v, e: (
            _ok(v.get("engagement_rate_z", math.nan))
            and not _lt(v, "engagement_rate_z", LOW_ENGAGEMENT_Z)
            and not _gt(v, "engagement_rate_z", FAR_ABOVE_ENGAGEMENT_Z)
        ),
        _engagement_normal_message,
        ("engagement_rate_median", "norm_engagement_rate", "size_tier"),
        supports_fraud=False,
    ),
    ReasonRule(
        "ENGAGEMENT_ABOVE_NORM",
        "engagement",
        ("engagement_rate_z", "engagement_over_norm_z"),
        lambda v, e: _gt(v, "engagement_rate_z", FAR_ABOVE_ENGAGEMENT_Z),
        _engagement_high_message,
        ("engagement_rate_median", "norm_engagement_rate", "norm_p90", "size_tier"),
        supports_fraud=False,
    ),
    ReasonRule(
        "CREATOR_REPLIES",
        "comments",
        ("creator_reply_rate",),
        lambda v, e: _gt(v, "creator_reply_rate", 0.04),
        lambda v, e: (
            # n_creator_replies counts every comment of the creator's own, top-level or not
            f"The creator wrote {counted(e['n_creator_replies'], 'comment')} of their own "
            f"beside {counted(e['n_comments'], 'audience comment')}"
        ),
        ("n_creator_replies",),
        supports_fraud=False,
    ),
    ReasonRule(
        "LOYAL_COMMUNITY",
        "comments",
        ("recurring_substantive_share", "recurring_commenter_share"),
        lambda v, e: (
            _gt(v, "recurring_commenter_share", 0.1)
            and _gt(v, "recurring_substantive_share", 0.6)
            and not _gt(v, "mutual_boost_cue_share", 0.05)
            and not _gt(v, "template_similarity_share", 0.2)
        ),
        lambda v, e: (
            f"{counted(e['n_regular_commenters'], 'regular')}"
            f" {one_or_many(e['n_regular_commenters'], 'comments', 'comment')} across posts with"
            " varied, substantive comments: a loyal community"
        ),
        ("n_regular_commenters",),
        supports_fraud=False,
    ),
)

_NOT_CHECKED = {
    "growth": ("GROWTH_NOT_CHECKED", "No follower-growth check"),
    "engagement": ("ENGAGEMENT_NOT_CHECKED", "No engagement check"),
    "comments": ("COMMENTS_NOT_CHECKED", "No comment check"),
    "audience": ("AUDIENCE_NOT_CHECKED", "No follower-sample check"),
}
REASON_CODES: tuple[str, ...] = (
    *(rule.code for rule in RULES),
    *(code for code, _ in _NOT_CHECKED.values()),
    "INSUFFICIENT_DATA",
    "PATTERNS_NOT_CHECKED",
    "NO_RED_FLAGS",
    "MODEL_SIGNAL",
    "DATA_QUALITY",
)


# A fraud pattern whose features raised the score by less than this (log-odds) is low severity.
MIN_WEIGHT = 0.05


def _severity(weight: float) -> Severity:
    if weight >= 0.8:
        return Severity.HIGH
    if weight >= 0.3:
        return Severity.MEDIUM
    return Severity.LOW


def _evidence(rule: ReasonRule, values: Values, evidence: Any, weight: float) -> dict[str, Any]:
    """A reason's evidence: its rule's figures (:attr:`ReasonRule.shown`, else its
    ``evidence_keys`` of the check's evidence) and the model's weight."""
    if rule.shown is not None:
        picked = rule.shown(values, evidence)
    else:
        keys = rule.evidence_keys
        picked = {k: evidence.get(k) for k in keys if evidence.get(k) is not None}
    picked["model_contribution"] = round(weight, 3)
    return picked


def _weighed(
    rule: ReasonRule,
    values: Values,
    contributions: Mapping[str, float],
    evidence: Evidence | None = None,
) -> tuple[float, Severity]:
    """A present pattern's model weight (log-odds) and its severity."""
    learned = [name for name in rule.features if name in contributions]
    weight = sum(contributions[name] for name in learned)
    # The pattern is there: it is reported, as a low-severity fact when the model does not
    # learn from its features or found it no sign of fraud in this creator; and no more
    # severe than its strength is past the genuine range (:data:`SEVERITY_CUTOFFS`) ...
    if not learned or weight <= MIN_WEIGHT:
        severity = Severity.LOW
    else:
        severity = min(_severity(weight), _value_severity(rule, values), key=_RANK.__getitem__)
    # ... and never more than low when the data cannot tell it from an organic event or
    # cannot measure it well enough (:data:`SEVERITY_CAPS`) ...
    cap = SEVERITY_CAPS.get(rule.code)
    if cap is not None and cap(values, evidence):
        severity = Severity.LOW
    # ... unless its strength alone is past any genuine creator (:data:`SEVERITY_FLOORS`).
    floor = SEVERITY_FLOORS.get(rule.code)
    if floor is not None and severity is Severity.LOW and floor(values, evidence):
        severity = Severity.MEDIUM
    return weight, severity


_RANK = {Severity.LOW: 0, Severity.MEDIUM: 1, Severity.HIGH: 2}


def _value_severity(rule: ReasonRule, values: Values) -> Severity:
    """The most severe a present pattern may be, from how far past genuine creators it is."""
    if rule.strength is None:
        return Severity.HIGH
    medium, high = SEVERITY_CUTOFFS[rule.code]
    strength = rule.strength(values)
    if strength >= high:
        return Severity.HIGH
    if strength >= medium:
        return Severity.MEDIUM
    return Severity.LOW  # also when it cannot be measured (NaN)


def signal_severities(
    values: Values, contributions: Mapping[str, float], ran: Collection[str]
) -> list[tuple[str, float, Severity]]:
    """``(code, weight, severity)`` of every fraud pattern present, from feature values alone.

    The same rules and severities as :func:`fraud_signals`, without the messages, so the
    verdict rule can be replayed on a table of feature values (training, evaluation).
    """
    return [
        (rule.code, *_weighed(rule, values, contributions))
        for rule in RULES
        if rule.supports_fraud and rule.check in ran and rule.applies(values, {})
    ]


def fraud_signals(
    row: FeatureRow, contributions: Mapping[str, float]
) -> list[tuple[float, Reason]]:
    """The fraud patterns present in ``row``, each with its model weight, strongest first."""
    values = row.values
    flagged: list[tuple[float, Reason]] = []
    for rule in RULES:
        if not rule.supports_fraud:
            continue
        block = row.blocks.get(rule.check)
        if block is None or not block.ran or not rule.applies(values, block.evidence):
            continue
        weight, severity = _weighed(rule, values, contributions, block.evidence)
        reason = Reason(
            code=rule.code,
            severity=severity,
            message=rule.message(values, block.evidence),
            evidence=_evidence(rule, values, block.evidence, weight),
        )
        flagged.append((weight, reason))
    flagged.sort(key=lambda item: -item[0])
    return flagged


def has_red_flag(signals: list[tuple[float, Reason]]) -> bool:
    """Whether any fraud reason is a red flag: such a creator is never ``authentic``."""
    return is_red_flag(r.severity for _, r in signals)


def red_flag_from_values(
    values: Values, contributions: Mapping[str, float], ran: Collection[str]
) -> bool:
    """:func:`has_red_flag` from feature values alone: the same rules, without the messages."""
    return is_red_flag(severity for _, _, severity in signal_severities(values, contributions, ran))


def engagement_doubt(values: Values, ran: Collection[str]) -> bool:
    """Whether the engagement rate is so far below the norm for the creator's size that
    ``authentic`` cannot be said without a follower sample (:func:`fraud.model.verdict_for`'s
    ``doubt``): ENGAGEMENT_LOW_FOR_SIZE past its medium cut (:data:`LOW_ENGAGEMENT_MEDIUM_Z`,
    about 16 times under the typical rate), with no audience check run.

    Most followers then never interact: bought followers do that, and so do followers won in
    giveaways and shout-outs or an audience gone quiet. The generators we learn from make the
    second kind and hardly the first (2.4% of our simulator's genuine creators are that far
    down, as many as its fraud ones; up to 5% of an outside generator's genuine creators
    against at most 2.5% of its fraud ones), so the model, free, learned such a rate as a sign
    of a genuine creator: given a hundred times the followers, the same posts scored more
    authentic (session 51: the RedNote example with 3.2 million followers and its 320 likes a
    post was ``authentic``, 83.5). Since session 52 the model may only count a rate under the
    norm against the creator, but gives it little weight either way, so a quiet audience on an
    otherwise genuine-looking creator can still come out ``authentic``. Which kind it is, only
    the followers can show, so the answer says so instead."""
    # (an engagement check that did not run leaves the z NaN, which compares false)
    return "audience" not in ran and _value(values, "engagement_rate_z") <= LOW_ENGAGEMENT_MEDIUM_Z


def build_reasons(
    row: FeatureRow,
    contributions: Mapping[str, float],
    verdict: Verdict,
    signals: list[tuple[float, Reason]] | None = None,
    *,
    leaning: bool = False,
    held_back: bool = False,
    notes: Sequence[Reason] = (),
    unchecked: list[str] | None = None,
) -> list[Reason]:
    """Ranked reasons for one creator: fraud signals by weight, then context, then skipped checks.

    ``signals`` are :func:`fraud_signals` of the same row when the caller has them already.
    ``leaning``: an ``insufficient_data`` answer whose probability is past the suspicious cut
    (:func:`fraud.model.leans_to_fraud`): the model's strongest signals are listed, at low
    severity, and the first reason says that no pattern backs them. ``held_back``: an
    ``insufficient_data`` answer that would have been ``authentic`` but for
    :func:`engagement_doubt`: the first reason says so. ``notes``: more
    ``DATA_QUALITY`` notes about the record (:func:`dated_after_as_of`), beside the row's own.
    ``unchecked``: :func:`fraud.model.patterns_not_checked` of the row, when the caller has it
    (the scorer reports it in the metrics too).
    """
    values = row.values
    flagged = fraud_signals(row, contributions) if signals is None else signals
    context: list[Reason] = []
    for rule in RULES:
        block = row.blocks.get(rule.check)
        if rule.supports_fraud or block is None or not block.ran:
            continue
        if not rule.applies(values, block.evidence):
            continue
        learned = [name for name in rule.features if name in contributions]
        weight = sum(contributions[name] for name in learned)
        context.append(
            Reason(
                code=rule.code,
                severity=Severity.INFO,
                message=rule.message(values, block.evidence),
                evidence=_evidence(rule, values, block.evidence, weight),
            )
        )
    # Patterns the model did not hold against this creator come after the context (a red
    # flag by its strength alone, :data:`SEVERITY_FLOORS`, stays in front).
    first = [(w, r) for w, r in flagged if w > MIN_WEIGHT or r.severity in RED_FLAG_SEVERITIES]
    reasons = [reason for _, reason in first]
    unweighed = [reason for weight, reason in flagged if (weight, reason) not in first]
    # Present patterns past the genuine range that the model weighed too little to be red
    # flags: no answer may say that nothing is past what genuine creators show.
    beyond = _past_genuine_range(values, flagged)
    if verdict in (Verdict.SUSPICIOUS, Verdict.LIKELY_FRAUDULENT) and not has_red_flag(flagged):
        reasons.insert(0, _model_signal(values, contributions))
    elif leaning and verdict is Verdict.INSUFFICIENT_DATA:
        reasons.insert(0, _model_signal(values, contributions, Severity.LOW))
    if verdict is Verdict.AUTHENTIC and not has_red_flag(flagged) and not beyond:
        context.insert(
            0,
            Reason(
                code="NO_RED_FLAGS",
                severity=Severity.INFO,
                message="No strong sign of bought followers, likes or comments in the checks that ran",
            ),
        )
    reasons += data_quality_reasons(row)
    reasons += notes
    reasons += context
    reasons += unweighed
    for check, (code, label) in _NOT_CHECKED.items():
        block = row.blocks.get(check)
        if block is not None and not block.ran:
            reasons.append(
                Reason(
                    code=code,
                    severity=Severity.INFO,
                    message=f"{label}: {block.note}",
                    evidence={"check": check},
                )
            )
    ran = {check for check, block in row.blocks.items() if block.ran}
    # A pattern is checked when a feature that shows it was measured, not merely when its
    # check ran: a history without following counts is no churn check.
    if unchecked is None:
        unchecked = patterns_not_checked(ran, values)
    if unchecked:
        said = [
            f"{p} (needs {PATTERN_NEEDS[p]})" if ran & set(PATTERN_CHECKS[p]) else p
            for p in unchecked
            if p not in PATTERNS_NOT_LEARNED
        ]
        unlearned = [f"{p} ({PATTERNS_NOT_LEARNED[p]})" for p in PATTERNS_NOT_LEARNED]
        parts = ["Could not be checked with the data given: " + ", ".join(said)] if said else []
        if unlearned:
            parts.append("Not checked by this model whatever the data: " + ", ".join(unlearned))
        reasons.append(
            Reason(
                code="PATTERNS_NOT_CHECKED",
                severity=Severity.INFO,
                message=". ".join(parts),
                evidence={"patterns": unchecked},
            )
        )
    if verdict is Verdict.INSUFFICIENT_DATA:
        skipped = {
            check: block.note
            for check, block in row.blocks.items()
            if check in BEHAVIOURAL_CHECKS and not block.ran and block.note
        }
        hint = missing_data_hint(ran, values, skipped=skipped, more=_more_data(row))
        behavioural = ran & set(BEHAVIOURAL_CHECKS)
        message = (
            "Too little data to judge: none of the growth, engagement, comment or "
            "audience checks could run. Send a follower history (8+ snapshots over "
            "14+ days), 3+ posts, 10+ comments or 10+ sampled followers"
            if not behavioural
            else "The data given cannot decide this creator: " + hint
        )
        if held_back:
            message = _held_back_message(row) + _capitalised(hint)
        elif behavioural and leaning:
            backing = (
                f"{listed(beyond)} {one_or_many(len(beyond), 'is', 'are')} past what genuine "
                "creators show, though the model gives "
                f"{one_or_many(len(beyond), 'it', 'them')} too little weight here to make a red flag"
                if beyond
                else "no fraud pattern is past what genuine creators show"
            )
            message = (
                f"The model leans towards fraud, but {backing}; in our tests about half of "
                "such creators were genuine, too many to call this one suspicious. "
                + _capitalised(hint)
            )
        reasons.insert(
            0,
            Reason(
                code="INSUFFICIENT_DATA",
                severity=Severity.INFO,
                message=message,
                evidence={"checks_run": sorted(behavioural)},
            ),
        )
    return reasons


def _held_back_message(row: FeatureRow) -> str:
    """Why an answer the model would call ``authentic`` is not (:func:`engagement_doubt`)."""
    evidence = row.blocks["engagement"].evidence
    # the feature value, not the evidence's (rounded to 5 decimals: 0.0000072 read 0.00001)
    rate = _value(row.values, "engagement_rate_median")
    norm = evidence.get("norm_engagement_rate")
    under = f"{norm / rate:,.0f} times under" if rate > 0 and norm else "far under"
    return (
        f"Not called authentic: the median engagement rate, {_small_rate(rate)} a post, is "
        f"{under} the {_rate(norm or 0.0)} typical for {evidence.get('size_tier')} creators on "
        "this platform, so most followers never interact. Bought followers do that, and so do "
        "followers won in giveaways or shout-outs and an audience gone quiet; posts and "
        "comments cannot tell which, a follower sample can. "
    )


def _more_data(row: FeatureRow) -> list[str]:
    """With every behavioural check run, what more of the same data could narrow an undecided
    answer, from the sizes the checks read (their evidence)."""
    blocks = row.blocks
    if not all(blocks.get(c) is not None and blocks[c].ran for c in BEHAVIOURAL_CHECKS):
        return []
    sizes = (
        ("growth", "n_history_days", "a follower history longer than its {n}", "day"),
        ("audience", "n_sampled", "a follower sample larger than its {n}", "follower"),
        ("comments", "n_comments", "more than its {n}", "audience comment"),
        ("engagement", "n_posts", "more than its {n}", "post"),
    )
    more = []
    for check, key, text, noun in sizes:
        n = blocks[check].evidence.get(key)
        if isinstance(n, int | float) and not isinstance(n, bool):
            more.append(text.format(n=counted(int(n), noun, spec=",")))
    return more


def _past_genuine_range(values: Values, flagged: list[tuple[float, Reason]]) -> list[str]:
    """The codes of present fraud patterns whose strength alone is past the genuine range
    (medium or high by :data:`SEVERITY_CUTOFFS`) though their severity is not a red flag."""
    rules = {rule.code: rule for rule in RULES}
    return [
        reason.code
        for _, reason in flagged
        if reason.severity not in RED_FLAG_SEVERITIES
        and rules[reason.code].strength is not None
        and _value_severity(rules[reason.code], values) in RED_FLAG_SEVERITIES
    ]


def listed(words: Sequence[str]) -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"`` (``""`` for none): a list in a sentence."""
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


# Evidence a data-quality note carries, by check.
_DATA_NOTE_EVIDENCE: dict[str, tuple[str, ...]] = {
    "growth": ("failed_snapshot_dates", "failed_following_dates", "follower_count_unit")
}


def data_quality_reasons(row: FeatureRow) -> list[Reason]:
    """``DATA_QUALITY`` notes: what a check that ran found wrong with the data it read (a
    ran block's ``note``, e.g. failed observations dropped from the follower history)."""
    notes = []
    for check, block in row.blocks.items():
        if not block.ran or not block.note:
            continue
        evidence: dict[str, Any] = {"check": check}
        for key in _DATA_NOTE_EVIDENCE.get(check, ()):
            value = block.evidence.get(key)
            if value is not None:
                evidence[key] = value
        notes.append(
            Reason(
                code="DATA_QUALITY",
                severity=Severity.INFO,
                message=_capitalised(block.note),
                evidence=evidence,
            )
        )
    comments = row.blocks.get("comments")
    if comments is not None and comments.ran:
        note = _comments_before_post(comments.evidence)
        if note is not None:
            notes.append(note)
    return notes


#: How far after the record's ``as_of`` data may be dated before a note says the dates are
#: wrong: a day covers time zones and a crawl that ran past midnight.
AFTER_AS_OF_GRACE = timedelta(days=1)


def dated_after_as_of(record: CreatorRecord) -> Reason | None:
    """A ``DATA_QUALITY`` note when posts, comments or follower counts are dated more than
    :data:`AFTER_AS_OF_GRACE` after the record's ``as_of`` (when the data was collected, so
    nothing can be later; a record without ``as_of`` takes its latest date and never gets it).
    The checks read dates against ``as_of``: the age of accounts and posts, the recent window
    of the follower history."""
    as_of = record.as_of
    if as_of is None:
        return None
    day_of = as_of.astimezone(UTC).date()
    try:  # compared with one bound each, not a difference per item
        limit, day_limit = as_of + AFTER_AS_OF_GRACE, day_of + AFTER_AS_OF_GRACE
    except OverflowError:  # as_of on the last day of year 9999: no UTC time is later
        return None
    posts = [p.posted_at for p in record.posts if p.posted_at > limit]
    late = [c for c in record.comments if c.posted_at is not None and c.posted_at > limit]
    # a comment given twice counted once, as the checks count it (its copies are late too)
    comments = [c.posted_at for c in dedupe_comments(late)]
    history = [s.date for s in record.follower_history if s.date > day_limit]
    if not (posts or comments or history):
        return None
    latest = max(
        [*posts, *comments, *(datetime(d.year, d.month, d.day, tzinfo=UTC) for d in history)]
    )
    counts = [(len(posts), "post"), (len(comments), "comment"), (len(history), "follower count")]
    what = ", ".join(counted(n, name) for n, name in counts if n)
    day = as_of.astimezone(UTC).date().isoformat()
    return Reason(
        code="DATA_QUALITY",
        severity=Severity.INFO,
        message=(
            f"{what} dated after the record's as_of ({day}), the latest on "
            f"{latest.date().isoformat()}: as_of should be when the data was collected. The "
            "checks read the ages of accounts and posts and the recent follower history against "
            "it, so their answers may be off; send the collection time as as_of"
        ),
        evidence={
            "check": "dates",
            "as_of": day,
            "latest": latest.date().isoformat(),
            "n_posts_after_as_of": len(posts),
            "n_comments_after_as_of": len(comments),
            "n_snapshots_after_as_of": len(history),
        },
    )


def _comments_before_post(e: Evidence) -> Reason | None:
    """A note when many comments are dated before their post: the times are wrong."""
    timed, early = e.get("n_comments_timed") or 0, e.get("n_comments_before_post") or 0
    if timed < MIN_TIMED_COMMENTS or early <= COMMENTS_BEFORE_POST_SHARE * timed:
        return None
    return Reason(
        code="DATA_QUALITY",
        severity=Severity.INFO,
        message=(
            f"{early} of {timed} timed comments ({_pct(early / timed)}) are dated before their "
            "post: the post or comment times are likely wrong (times without a time zone are "
            "read as UTC, so a China wall-clock time reads 8 hours later than it was; or a "
            "wrong post time). The pod and burst checks time comments from the post and cannot be "
            "trusted here; send times with their offset (+08:00)"
        ),
        evidence={
            "check": "comments",
            "n_comments_timed": timed,
            "n_comments_before_post": early,
        },
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _model_signal(
    values: Values, contributions: Mapping[str, float], severity: Severity = Severity.MEDIUM
) -> Reason:
    # Only measured values: a missing one (NaN) is no signal to show a reader.
    top = sorted(
        (
            (name, weight)
            for name, weight in contributions.items()
            if _ok(values.get(name, math.nan))
        ),
        key=lambda item: -item[1],
    )[:3]
    shown = [name for name, weight in top if weight > 0]
    parts = [plain_text(name, values[name]) for name in shown]
    lead = (
        "The model's strongest signals, though no single pattern stands out: "
        if severity is not Severity.LOW
        else "The model leans towards fraud on these, though no single pattern stands out: "
    )
    return Reason(
        code="MODEL_SIGNAL",
        severity=severity,
        message=lead + ("; ".join(parts) or "no measured value stands out"),
        # The model's weights (log-odds) under their own key, the values in plain units
        # beside them: a weight is no measurement of the creator.
        evidence={
            "contributions": {name: round(weight, 3) for name, weight in top},
            "values": {name: _rounded(plain_value(name, values[name])) for name in shown},
        },
    )


def _rounded(value: float) -> float:
    """Four significant digits, and no float noise below a millionth."""
    return float(f"{round(value, 6):.4g}")
