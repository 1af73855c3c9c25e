"""One test per reason code, on hand-built feature rows: every reason can fire, and says its numbers."""

from __future__ import annotations

import math
from typing import Any

import pytest

from fraud.features import audience, comments, engagement, growth, profile
from fraud.features.audience import MASS_FOLLOWING
from fraud.features.base import FeatureBlock
from fraud.features.comments import (
    EMOJI_COPY_MIN_ACCOUNTS,
    EMOJI_COPY_MIN_EMOJI,
    EMOJI_COPY_MIN_KINDS,
    EMOJI_COPY_MIN_RUN,
)
from fraud.features.engagement import EngagementEvidence
from fraud.features.growth import AFTER_SPIKE_DAYS, GrowthEvidence
from fraud.features.profile import ProfileEvidence
from fraud.model import PATTERN_CHECKS, PATTERN_FEATURES, PATTERNS_NOT_LEARNED
from fraud.reasons import (
    EMOJI_COPY_SHARE,
    EMOJI_COPY_SHOWN,
    REASON_CODES,
    RULES,
    SPAM_HIGH_SHARE,
    SPAM_MEDIUM_SHARE,
    build_reasons,
    fraud_signals,
    red_flag_from_values,
)
from fraud.schema import Severity, Verdict

_FAMILIES = {m.CHECK: m for m in (growth, engagement, comments, audience, profile)}


def _evidence(check: str) -> Any:
    if check == "growth":
        return GrowthEvidence(
            n_history_days=120,
            following_jump_date="2026-03-02",
            following_jump=2400,
            spike_date="2026-03-01",
            spike_start="2026-03-01",
            spike_end="2026-03-02",
            spike_followers=12_812,
            spike_episode_followers=15_000,
            normal_day_followers=120,
            spike_x_normal=105.0,
            spike_share_of_followers=0.42,
            n_spike_episodes=3,
            drop_after_spike_followers=3_100,
            spike_engagement_x_median=1.1,
            n_posts_near_spike=2,
            er_before_spike=0.031,
            er_after_spike=0.012,
        )
    if check == "engagement":
        return EngagementEvidence(
            n_posts=20,
            engagement_rate_median=0.002,
            norm_engagement_rate=0.03,
            norm_p10=0.008,
            norm_p90=0.09,
            size_tier="micro",
            likes_per_comment=240.0,
            norm_likes_per_comment=30.0,
            views_per_like=2.0,
            norm_views_per_like=15.0,
        )
    if check == "profile":
        return ProfileEvidence(
            followers=20_000, following=45_000, size_tier="micro", posts_per_week=3.0
        )
    if check == "comments":
        return {
            "low_effort_share": 0.7,
            "norm_low_effort_share": 0.2,
            "n_comments": 385,
            "examples_low_effort": ["nice", "so good"],
            "n_duplicate_comments": 347,
            "n_near_duplicate_comments": 12,
            "n_regular_commenters": 14,
            "n_posts_with_comments": 20,
            "n_creator_replies": 31,
            "lure_types": {"homepage": 40},
            "n_campaign_comments": 60,
            "n_campaign_accounts": 22,
            "examples_spam": ["看我主页"],
            "n_mutual_boost_accounts": 12,
            "n_template_similar_comments": 80,
            "emoji_copy_string": "😍😍😍🔥🔥🔥",
            "n_emoji_copy_accounts": 77,
            "n_emoji_copy_string_comments": 77,
            "n_emoji_copy_comments": 77,
            "n_emoji_copy_strings": 1,
        }
    return {
        "fake_follower_share": 0.78,
        "fake_follower_ci95": [0.72, 0.83],
        "n_sampled": 200,
        "norm_fake_follower_share": 0.11,
        "authentic_followers_estimate": 26_434,
        "mass_follower_share": 0.45,
        "reachable_share": 0.4,
    }


def _row(values: dict[str, float], ran: tuple[str, ...] = tuple(_FAMILIES)) -> Any:
    from fraud.features import FeatureRow

    blocks = {}
    for check, module in _FAMILIES.items():
        if check in ran:
            block_values = dict.fromkeys(module.NAMES, math.nan)
            block_values.update({k: v for k, v in values.items() if k in block_values})
            blocks[check] = FeatureBlock(check, block_values, _evidence(check))
        else:
            blocks[check] = FeatureBlock.skipped(check, module.NAMES, f"no {check} data given")
    return FeatureRow(blocks)


# For each fraud reason: the feature values that show its pattern, past the high cut-off.
FRAUD_CASES: dict[str, dict[str, float]] = {
    "FOLLOWER_SPIKE": {
        "n_follower_spike_episodes": 1,
        "spike_engagement_lift": 0.0,
        "follower_spike_share": 0.42,
    },
    "FOLLOWER_STAIRCASE": {"n_follower_spike_episodes": 3, "spike_engagement_lift": 0.0},
    "FOLLOWER_DRIP": {
        "follower_steady_window_ratio": math.log(120),
        "follower_elevated_window_ratio": math.log(120),
    },
    "FOLLOWER_DROP_AFTER_SPIKE": {"follower_drop_after_spike": 0.3},
    "FOLLOWING_CHURN": {"following_churn_30d": 2.5, "following_repeat_share": 0.5},
    "ENGAGEMENT_NOT_GROWING": {"engagement_follower_elasticity": -2.5, "spike_er_change": -2.5},
    "ENGAGEMENT_LOW_FOR_SIZE": {"engagement_rate_z": -5.5},
    "LIKES_COMMENTS_IMBALANCE": {"likes_per_comment_vs_norm": math.log(12)},
    "VIEWS_LIKES_IMBALANCE": {"views_per_like_vs_norm": -math.log(7)},
    "LIKES_OUTLIER_POSTS": {"likes_outlier_post_share": 0.4},
    "VIEWS_SPREAD": {"views_per_like_spread": math.log(4.0), "views_likes_decoupling": 0.5},
    "COMMENTS_LOW_EFFORT": {"low_effort_comment_vs_norm": 0.6},
    "COMMENTS_DUPLICATED": {"duplicate_comment_share": 0.95},
    "COMMENT_POD": {
        "pod_comment_share": 0.3,
        "regular_low_effort_share": 0.35,
        "regular_delay_spread": math.log1p(9.0),
    },
    "COMMENT_BURST": {"early_comment_share": 0.8, "early_low_effort_excess": 0.4},
    "COMMENT_SPAM": {"spam_comment_share": 0.35},
    "MUTUAL_BOOST_GROUP": {"mutual_boost_cue_share": 0.3, "commenter_cross_mention_share": 0.2},
    "COMMENTS_TEMPLATED": {"template_similarity_share": 0.4},
    "COMMENTS_EMOJI_COPIED": {"emoji_copy_share": 0.3},
    "FAKE_FOLLOWERS": {"fake_follower_vs_norm": 0.67},
    "MASS_FOLLOWERS": {"mass_follower_share": 0.45},
    "FOLLOWING_RATIO_HIGH": {"following_per_follower": 0.35, "followers_log10": 4.3},
}
# And for each context reason (severity info).
CONTEXT_CASES: dict[str, dict[str, float]] = {
    "FOLLOWER_SPIKE_EXPLAINED": {"n_follower_spike_episodes": 1, "spike_engagement_lift": 2.5},
    "AUDIENCE_LOOKS_GENUINE": {"fake_follower_vs_norm": 0.0},
    "ENGAGEMENT_NORMAL": {"engagement_rate_z": 0.2},
    "ENGAGEMENT_ABOVE_NORM": {"engagement_rate_z": 6.0},
    "CREATOR_REPLIES": {"creator_reply_rate": 0.1},
    "LOYAL_COMMUNITY": {"recurring_commenter_share": 0.3, "recurring_substantive_share": 0.8},
}
_RULES = {rule.code: rule for rule in RULES}


def test_every_rule_has_a_case() -> None:
    assert set(FRAUD_CASES) | set(CONTEXT_CASES) == set(_RULES)


@pytest.mark.parametrize(("code", "values"), FRAUD_CASES.items())
def test_fraud_reason_fires_with_its_evidence_and_model_weight(
    code: str, values: dict[str, float]
) -> None:
    rule = _RULES[code]
    contributions = dict.fromkeys(rule.features, 0.9)
    reasons = build_reasons(_row(values), contributions, Verdict.SUSPICIOUS)
    reason = next(r for r in reasons if r.code == code)
    assert reason.severity is Severity.HIGH
    assert reason.message
    assert reason.evidence is not None and "model_contribution" in reason.evidence
    for key in rule.evidence_keys:
        evidence = _row(values).blocks[rule.check].evidence
        if evidence.get(key) is not None:
            assert key in reason.evidence
    # Not on a row without the pattern, nor when its check did not run.
    assert code not in {r.code for r in build_reasons(_row({}), contributions, Verdict.AUTHENTIC)}
    others = tuple(c for c in _FAMILIES if c != rule.check)
    assert code not in {
        r.code for r in build_reasons(_row(values, others), contributions, Verdict.AUTHENTIC)
    }


@pytest.mark.parametrize(
    ("code", "values"),
    FRAUD_CASES.items(),
)
def test_fraud_reason_the_model_does_not_weigh_is_a_low_severity_fact(
    code: str, values: dict[str, float]
) -> None:
    rule = _RULES[code]
    contributions = dict.fromkeys(rule.features, -0.4)
    signals = fraud_signals(_row(values), contributions)
    assert [r.severity for _, r in signals if r.code == code] == [Severity.LOW]
    assert not red_flag_from_values(_row(values).values, contributions, set(_FAMILIES))


@pytest.mark.parametrize(("code", "values"), CONTEXT_CASES.items())
def test_context_reason_fires_as_info(code: str, values: dict[str, float]) -> None:
    reasons = build_reasons(_row(values), {}, Verdict.AUTHENTIC)
    reason = next(r for r in reasons if r.code == code)
    assert reason.severity is Severity.INFO and reason.message


@pytest.mark.parametrize("share", [EMOJI_COPY_SHARE, 0.2, 0.5, 1.0])
@pytest.mark.parametrize("weight", [-0.4, 0.0, 0.9])
def test_emoji_copies_are_a_low_severity_fact_whatever_their_share(
    share: float, weight: float
) -> None:
    # Fans copying one comment down a thread look like a bought package, and the model
    # weighs the copies through duplicate_comment_share: the reason itself says, never flags.
    row = _row({"emoji_copy_share": share})
    contributions = {"duplicate_comment_share": weight}
    found = [r for _, r in fraud_signals(row, contributions) if r.code == "COMMENTS_EMOJI_COPIED"]
    assert [r.severity for r in found] == [Severity.LOW]
    assert not red_flag_from_values(row.values, contributions, set(_FAMILIES))
    below = _row({"emoji_copy_share": math.nextafter(EMOJI_COPY_SHARE, 0.0)})
    assert "COMMENTS_EMOJI_COPIED" not in {r.code for _, r in fraud_signals(below, {})}


def test_emoji_copy_message_takes_its_numbers_from_the_constants() -> None:
    reasons = build_reasons(_row({"emoji_copy_share": 0.3}), {}, Verdict.SUSPICIOUS)
    message = next(r.message for r in reasons if r.code == "COMMENTS_EMOJI_COPIED")
    assert message.startswith("77 of 385 comments (30%) are one emoji string")
    assert "they count as copied comments" in message
    assert f"by {EMOJI_COPY_MIN_ACCOUNTS} accounts or more" in message
    assert "“😍😍😍🔥🔥🔥” from 77 accounts" in message
    assert f"{EMOJI_COPY_MIN_EMOJI} emoji or more of {EMOJI_COPY_MIN_KINDS} kinds" in message
    assert f"one emoji {EMOJI_COPY_MIN_RUN} times or more" in message


def test_messages_take_their_numbers_from_the_constants() -> None:
    row = _row({**FRAUD_CASES["MASS_FOLLOWERS"], **FRAUD_CASES["FOLLOWER_DROP_AFTER_SPIKE"]})
    contributions = {"mass_follower_share": 0.5, "follower_drop_after_spike": 0.5}
    messages = {r.code: r.message for r in build_reasons(row, contributions, Verdict.SUSPICIOUS)}
    assert f"{MASS_FOLLOWING:,}" in messages["MASS_FOLLOWERS"]
    assert f"within {AFTER_SPIKE_DAYS} days" in messages["FOLLOWER_DROP_AFTER_SPIKE"]


@pytest.mark.parametrize("check", ["growth", "engagement", "comments", "audience"])
def test_not_checked_reason_names_the_missing_check(check: str) -> None:
    ran = tuple(c for c in _FAMILIES if c != check)
    reasons = build_reasons(_row({}, ran), {}, Verdict.AUTHENTIC)
    reason = next(r for r in reasons if r.code == f"{check.upper()}_NOT_CHECKED")
    assert reason.severity is Severity.INFO and f"no {check} data given" in reason.message


def test_patterns_not_checked_are_listed_when_blocks_are_missing() -> None:
    measured = {name: 0.0 for names in PATTERN_FEATURES.values() for name in names}
    row = _row(measured, ("engagement", "comments", "profile"))
    reasons = build_reasons(row, {}, Verdict.AUTHENTIC)
    reason = next(r for r in reasons if r.code == "PATTERNS_NOT_CHECKED")
    assert reason.evidence is not None
    assert "follow/unfollow churn" in reason.evidence["patterns"]
    assert "bought likes" not in reason.evidence["patterns"]
    # With every block and every pattern's data, only the patterns no check reads are left
    # (none since bought views are read): no PATTERNS_NOT_CHECKED then.
    full = build_reasons(_row(measured), {}, Verdict.AUTHENTIC)
    listed = [r.evidence for r in full if r.code == "PATTERNS_NOT_CHECKED"]
    assert listed == ([{"patterns": list(PATTERNS_NOT_LEARNED)}] if PATTERNS_NOT_LEARNED else [])
    assert set(PATTERN_CHECKS) >= set(reason.evidence["patterns"])


def test_insufficient_data_reason_names_the_data_that_would_decide() -> None:
    reasons = build_reasons(
        _row({}, ("engagement", "comments", "profile")), {}, Verdict.INSUFFICIENT_DATA
    )
    assert reasons[0].code == "INSUFFICIENT_DATA"
    # what the skipped checks lacked, in their own words (review s24 #9)
    assert (
        "bought followers cannot be checked (no growth data given; no audience data given)"
        in reasons[0].message
    )
    nothing = build_reasons(_row({}, ("profile",)), {}, Verdict.INSUFFICIENT_DATA)
    assert "none of the growth, engagement, comment or audience checks" in nothing[0].message


def test_no_red_flags_and_model_signal() -> None:
    clean = build_reasons(_row({}), {}, Verdict.AUTHENTIC)
    assert clean[0].code == "NO_RED_FLAGS"
    contributions = {"engagement_rate_z": 0.9, "generic_comment_share": 0.4}
    flagged = build_reasons(_row({"engagement_rate_z": 0.1}), contributions, Verdict.SUSPICIOUS)
    assert flagged[0].code == "MODEL_SIGNAL" and flagged[0].severity is Severity.MEDIUM


def test_a_lean_without_a_pattern_is_undecided_and_says_so() -> None:
    contributions = {"engagement_rate_z": 0.9, "creator_reply_rate": 1.2}
    row = _row({"engagement_rate_z": 0.1, "creator_reply_rate": float("nan")})
    reasons = build_reasons(row, contributions, Verdict.INSUFFICIENT_DATA, leaning=True)
    assert reasons[0].code == "INSUFFICIENT_DATA"
    assert reasons[0].message.startswith("The model leans towards fraud, but no fraud pattern")
    signal = next(r for r in reasons if r.code == "MODEL_SIGNAL")
    assert signal.severity is Severity.LOW
    # a missing value is no signal: creator_reply_rate (NaN) is not shown, though weighed most
    assert "+0.1 standard deviations from the norm" in signal.message
    assert "nan" not in signal.message
    assert signal.evidence is not None
    assert "creator_reply_rate" not in signal.evidence["contributions"]
    undecided = build_reasons(row, contributions, Verdict.INSUFFICIENT_DATA)
    assert "MODEL_SIGNAL" not in {r.code for r in undecided}
    assert undecided[0].message.startswith("The data given cannot decide")


def test_every_reason_code_is_covered_by_a_test_here() -> None:
    covered = (
        set(FRAUD_CASES)
        | set(CONTEXT_CASES)
        | {f"{c.upper()}_NOT_CHECKED" for c in ("growth", "engagement", "comments", "audience")}
        | {"PATTERNS_NOT_CHECKED", "INSUFFICIENT_DATA", "NO_RED_FLAGS", "MODEL_SIGNAL"}
        | {"DATA_QUALITY"}  # tests/test_growth_glitches.py
    )
    assert covered == set(REASON_CODES)


@pytest.mark.parametrize(
    "rule", [r for r in RULES if r.check in ("growth", "engagement", "profile")]
)
def test_typed_evidence_keys_are_fields_of_the_family_evidence(rule: Any) -> None:
    from dataclasses import fields

    names = {f.name for f in fields(_evidence(rule.check))}
    assert set(rule.evidence_keys) <= names


def test_emoji_copy_message_clips_a_long_string() -> None:
    row = _row({"emoji_copy_share": 0.3})
    row.blocks["comments"].evidence["emoji_copy_string"] = "😍🔥" * 2_000
    reasons = build_reasons(row, {}, Verdict.AUTHENTIC)
    message = next(r.message for r in reasons if r.code == "COMMENTS_EMOJI_COPIED")
    assert f"“{('😍🔥' * 2_000)[:EMOJI_COPY_SHOWN]}…”" in message
    assert len(message) < 600


def test_spam_that_genuine_sections_carry_too_says_it_shows_no_purchase() -> None:
    """Below the medium cut (tests/test_severity.py holds the severities to the cut-offs) the
    message says that spam bots come on their own; past it, it does not."""
    rule = _RULES["COMMENT_SPAM"]
    contributions = dict.fromkeys(rule.features, 0.9)
    for share, said in ((0.12, True), (SPAM_MEDIUM_SHARE, False), (SPAM_HIGH_SHARE, False)):
        reasons = build_reasons(
            _row({"spam_comment_share": share}), contributions, Verdict.SUSPICIOUS
        )
        reason = next(r for r in reasons if r.code == "COMMENT_SPAM")
        assert ("does not show that the creator paid for it" in reason.message) is said, share
