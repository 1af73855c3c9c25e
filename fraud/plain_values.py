"""Feature values said in plain units, for reasons that name features (``MODEL_SIGNAL``).

Many features are transformed for the model (natural or base-10 logs of ratios, ``log1p``
of counts, differences from a norm, z-scores); printed as they are ("shares_per_like =
-4.91") they are not true of the input. :func:`plain_value` turns each back into the
quantity it measures (0.0074 shares per like) and :func:`plain_text` says it in words;
every feature of :data:`fraud.features.FEATURE_NAMES` has an entry (a test holds it).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from fraud.features.growth import SPIKE_GROWTH_SHARE_CAP
from fraud.wording import counted

__all__ = ["PLAIN", "plain_text", "plain_value"]


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%" if abs(share) >= 0.1 else f"{100 * share:.1f}%"


def _num(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def _exp(value: float) -> float:
    return math.exp(value)


def _ten(value: float) -> float:
    return 10.0**value


def _same(value: float) -> float:
    return value


def _count(value: float) -> float:
    """A count from its ``log10(1 + n)``."""
    return 10.0**value - 1.0


# name -> (the plain quantity from the feature value, how to say it)
_Entry = tuple[Callable[[float], float], Callable[[float], str]]


def _share(label: str) -> _Entry:
    return _same, lambda x: f"{label}: {_pct(x)}"


def _times(label: str) -> _Entry:
    """A natural log of a ratio: said as the ratio."""
    return _exp, lambda x: f"{label} {_num(x)}x"


def _points_over(label: str, baseline: str) -> _Entry:
    """A share minus another (``baseline``): said as percentage points."""
    return _same, lambda x: f"{label} {counted(100 * x, 'point', spec='+.0f')} over {baseline}"


def _over_norm(label: str) -> _Entry:
    """A share minus the norm for the size: said as percentage points."""
    return _points_over(label, "the norm for the size")


def _spike_growth_share(x: float) -> str:
    """The spikes' excess over the net follower growth: capped at 2 (said so), over 1 when
    followers fell outside the spikes."""
    label = "share of the net follower growth made in spikes"
    if x >= SPIKE_GROWTH_SHARE_CAP:
        return f"{label}: {_pct(SPIKE_GROWTH_SHARE_CAP)} or more (followers fell outside them)"
    if x > 1:
        return f"{label}: {_pct(x)} (followers fell outside them)"
    return f"{label}: {_pct(x)}"


PLAIN: dict[str, _Entry] = {
    # growth
    "follower_history_days": (
        _same,
        lambda x: f"{counted(x, 'day', spec='.0f')} of follower history",
    ),
    "follower_growth_30d": (_same, lambda x: f"followers grew {_pct(x)} in the last 30 days"),
    "follower_spike_z": (
        math.expm1,
        lambda x: f"largest daily follower gain {_num(x)} robust deviations above the usual",
    ),
    "follower_spike_share": _share("largest daily gain over the usual, in followers before it"),
    "follower_spike_ratio": _times("largest daily follower gain against a normal day:"),
    "n_follower_spike_days": (
        _same,
        lambda x: f"{counted(x, 'day', spec='.0f')} of follower spikes",
    ),
    "n_follower_spike_episodes": (
        _same,
        lambda x: f"{counted(x, 'separate follower spike', spec='.0f')}",
    ),
    "follower_spike_growth_share": (_same, _spike_growth_share),
    "follower_spike_tail_ratio": _share("gains in the 3 days after the spike's peak, of the peak"),
    "follower_drop_after_spike": _share("followers lost within 60 days after the spike, of it"),
    "follower_max_drop_share": _share("largest fall in followers within a week"),
    "follower_elevated_window_ratio": _times("fastest two weeks of follower growth, pace:"),
    "follower_steady_window_ratio": _times(
        "fastest two weeks of follower growth day after day, median day's pace:"
    ),
    "following_jump_share": _share("largest move of the following count, of the count"),
    "following_churn_30d": _share("following count churned per 30 days, of the count"),
    "following_repeat_share": _share(
        "following count's second-largest up-and-back move, of the count"
    ),
    "spike_engagement_lift": _times("best post around the follower spike, against the median:"),
    "spike_er_change": _times("engagement rate after the spike against before it:"),
    "engagement_follower_elasticity": (
        _same,
        lambda x: f"engagement grew {x:.2f}x as fast as followers (log terms; 1 = in step)",
    ),
    # engagement
    "engagement_rate_median": (_same, lambda x: f"median engagement rate {100 * x:.2f}%"),
    "engagement_rate_vs_norm": _times("median engagement rate against the norm:"),
    "engagement_rate_z": (
        _same,
        lambda x: f"median engagement rate {x:+.1f} standard deviations from the norm, in logs",
    ),
    # the two sides of engagement_rate_z (0 on the other side: said so, not "0.0 over")
    "engagement_under_norm_z": (
        _same,
        lambda x: (
            f"median engagement rate {-x:.1f} standard deviations under the norm, in logs"
            if x < 0
            else "median engagement rate not under the norm"
        ),
    ),
    "engagement_over_norm_z": (
        _same,
        lambda x: (
            f"median engagement rate {x:.1f} standard deviations over the norm, in logs"
            if x > 0
            else "median engagement rate not over the norm"
        ),
    ),
    "interactions_log10": (_count, lambda x: f"{counted(x, 'interaction', spec=',.0f')} a post"),
    "likes_per_comment_vs_norm": _times("likes per comment against the norm:"),
    "views_per_like_vs_norm": _times("views per like against the norm:"),
    "shares_per_like": (_exp, lambda x: f"about {counted(_num(x), 'share')} per like"),
    "engagement_volatility": (
        _exp,
        lambda x: f"engagement varies about {x:.1f}x from post to post (one standard deviation)",
    ),
    "engagement_trend_90d": (
        _exp,
        lambda x: f"engagement rate trend: {_num(x)}x over 90 days",
    ),
    "likes_outlier_post_share": _share("posts whose likes jump while comments stay flat"),
    "comment_share_of_engagement": _share("comments, of all interactions"),
    "likes_comments_decoupling": (
        lambda v: 1.0 - v,
        lambda x: f"likes and comments across posts correlate at {x:.2f}",
    ),
    "likes_per_comment_spread": (
        _exp,
        lambda x: f"likes per comment differs {_num(x)}x between the quartiles of posts",
    ),
    "views_per_like_spread": (
        _exp,
        lambda x: f"views per like differs {_num(x)}x between the quartiles of posts",
    ),
    "views_likes_decoupling": (
        lambda v: 1.0 - v,
        lambda x: f"views and likes across posts correlate at {x:.2f}",
    ),
    # comments
    "low_effort_comment_share": _share("low-effort comments"),
    "low_effort_comment_vs_norm": _over_norm("low-effort comments"),
    "generic_comment_share": _share("generic comments"),
    "emoji_only_comment_share": _share("emoji-only comments"),
    "mention_only_comment_share": _share("bare-mention comments"),
    "spam_comment_share": _share("spam comments"),
    "duplicate_comment_share": _share("comments repeating another's text"),
    "comment_text_diversity": _share("distinct comment texts"),
    "recurring_commenter_share": _share("comments from regulars across posts"),
    "pod_comment_share": _share("early generic comments from regulars (pod)"),
    "regular_low_effort_share": _share("low-effort comments from regulars, at any delay"),
    "regular_delay_spread": (
        math.expm1,
        lambda x: (
            f"a regular's delay after posting varies by {counted(x, 'minute', spec='.0f')} (median)"
        ),
    ),
    "recurring_substantive_share": _share("substantive comments among the regulars'"),
    "top_commenter_share": _share("comments from the 5 most active commenters"),
    "early_comment_share": _share("comments within an hour of posting"),
    "early_low_effort_excess": _points_over("low-effort comments within the hour", "the others"),
    "creator_reply_rate": _share("creator replies, per audience comment"),
    "digit_heavy_commenter_share": _share("commenters with digit-heavy names"),
    "comment_length_median": (
        math.expm1,
        lambda x: f"median comment {counted(x, 'character', spec='.0f')}",
    ),
    "spam_campaign_share": _share("comments of one lure campaign across accounts"),
    "mutual_boost_cue_share": _share("comments asking for follows or likes back"),
    "commenter_cross_mention_share": _share("comments @-replying to other commenters"),
    "template_similarity_share": _share("comments following one template"),
    "emoji_copy_share": _share("comments pasting one emoji string across many accounts"),
    # audience
    "fake_follower_share": _share("average fake probability of the sampled followers"),
    "fake_follower_vs_norm": _over_norm("average fake probability"),
    "likely_fake_follower_share": _share("sampled followers scoring fake"),
    "mass_follower_share": _share("sampled followers following over 1,500 accounts"),
    "empty_account_share": _share("sampled followers with empty accounts"),
    "young_account_share": _share("sampled followers with new accounts"),
    "digit_heavy_username_share": _share("sampled followers with digit-heavy names"),
    "follower_model_knows_platform": (
        _same,
        lambda x: (
            "follower model trained on this platform's accounts"
            if x
            else "follower model never trained on this platform's accounts"
        ),
    ),
    # profile
    "followers_log10": (_count, lambda x: counted(x, "follower", spec=",.0f")),
    "size_tier_index": (_same, lambda x: f"size tier {x:.0f} (0 = nano)"),
    "following_per_follower": (
        _ten,
        lambda x: f"follows {counted(_num(x), 'account')} per follower",
    ),
    "following_log10": (_count, lambda x: f"follows {counted(x, 'account', spec=',.0f')}"),
    "followers_per_post": (_ten, lambda x: f"{counted(_num(x), 'follower')} per post"),
    "posts_per_week": (_same, lambda x: f"{counted(_num(x), 'post')} a week"),
    "account_age_days": (_same, lambda x: f"account {counted(x, 'day', spec=',.0f')} old"),
    "verified": (_same, lambda x: "verified" if x >= 0.5 else "not verified"),
}


def plain_value(name: str, value: float) -> float:
    """The quantity feature ``name`` measures, from its (transformed) value."""
    entry = PLAIN.get(name)
    return entry[0](value) if entry is not None else value


def plain_text(name: str, value: float) -> str:
    """Feature ``name``'s value said in plain units, with the feature's name."""
    entry = PLAIN.get(name)
    if entry is None:
        return f"{name} = {value:.3g}"
    return f"{entry[1](entry[0](value))} ({name})"
