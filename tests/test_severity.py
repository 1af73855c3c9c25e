"""Reason severities: cut by how far past genuine creators a pattern is, and the strict verdict rule."""

from __future__ import annotations

import math

import pytest

from fraud.model import RED_FLAG_SEVERITIES, Thresholds, is_red_flag, verdict_for
from fraud.reasons import RULES, SEVERITY_CUTOFFS, build_reasons, fraud_signals
from fraud.schema import Severity, Verdict

from .test_reasons import _FAMILIES, FRAUD_CASES, _row

# For each rule with severity cut-offs: the feature that carries its strength and its sign
# (strength = sign * value; FOLLOWER_DRIP's strength is a log pace, like its feature).
_STRENGTH_FEATURE: dict[str, tuple[str, float]] = {
    "FOLLOWER_SPIKE": ("follower_spike_share", 1.0),
    "FOLLOWER_DRIP": ("follower_steady_window_ratio", 1.0),
    "FOLLOWING_CHURN": ("following_repeat_share", 1.0),
    "ENGAGEMENT_NOT_GROWING": ("spike_er_change", -1.0),
    "ENGAGEMENT_LOW_FOR_SIZE": ("engagement_rate_z", -1.0),
    "LIKES_COMMENTS_IMBALANCE": ("likes_per_comment_vs_norm", 1.0),
    "COMMENTS_LOW_EFFORT": ("low_effort_comment_vs_norm", 1.0),
    "COMMENTS_DUPLICATED": ("duplicate_comment_share", 1.0),
    "FAKE_FOLLOWERS": ("fake_follower_vs_norm", 1.0),
    "COMMENT_SPAM": ("spam_comment_share", 1.0),
    "COMMENT_POD": ("pod_comment_share", 1.0),  # under the first-hour cut: a later pod, low
}
_RULES = {rule.code: rule for rule in RULES}


def test_every_cut_rule_has_a_strength_and_every_strength_its_cut_offs() -> None:
    with_strength = {rule.code for rule in RULES if rule.strength is not None}
    assert with_strength == set(SEVERITY_CUTOFFS) == set(_STRENGTH_FEATURE)
    for medium, high in SEVERITY_CUTOFFS.values():
        assert medium < high


def _severity(code: str, strength: float, weight: float = 0.9) -> Severity:
    name, sign = _STRENGTH_FEATURE[code]
    values = {**FRAUD_CASES[code], name: sign * strength}
    contributions = {_RULES[code].features[0]: weight}  # the pattern's whole model weight
    return next(r.severity for _, r in fraud_signals(_row(values), contributions) if r.code == code)


@pytest.mark.parametrize("code", list(SEVERITY_CUTOFFS))
def test_severity_follows_the_cut_offs(code: str) -> None:
    medium, high = SEVERITY_CUTOFFS[code]
    below = medium - 0.01 * (high - medium)
    assert _severity(code, below) is Severity.LOW  # present, within the genuine range
    assert _severity(code, medium) is Severity.MEDIUM
    assert _severity(code, (medium + high) / 2) is Severity.MEDIUM
    assert _severity(code, high) is Severity.HIGH
    # The model's weight still caps it: far past the genuine range, but weighed lightly.
    assert _severity(code, high, weight=0.4) is Severity.MEDIUM
    assert _severity(code, high, weight=0.01) is Severity.LOW


def test_an_unmeasurable_strength_is_low() -> None:
    values = {**FRAUD_CASES["FOLLOWER_SPIKE"], "follower_spike_share": math.nan}
    contributions = dict.fromkeys(_RULES["FOLLOWER_SPIKE"].features, 0.9)
    [(_, reason)] = [
        s for s in fraud_signals(_row(values), contributions) if s[1].code == "FOLLOWER_SPIKE"
    ]
    assert reason.severity is Severity.LOW


def test_medium_and_high_are_red_flags_low_is_not() -> None:
    assert {Severity.MEDIUM, Severity.HIGH} == RED_FLAG_SEVERITIES
    assert is_red_flag([Severity.LOW, Severity.MEDIUM])
    assert not is_red_flag([Severity.LOW, Severity.INFO])
    assert not is_red_flag([])


@pytest.mark.parametrize("p", [0.05, 0.25])  # authentic, and the undecided band
def test_a_red_flag_makes_suspicious_whatever_the_probability(p: float) -> None:
    thresholds = Thresholds(suspicious=0.4, likely_fraudulent=0.8, authentic_below=0.2)
    assert verdict_for(p, thresholds, True, red_flag=True) is Verdict.SUSPICIOUS
    assert verdict_for(p, thresholds, True, red_flag=False) is not Verdict.SUSPICIOUS
    assert verdict_for(0.9, thresholds, True, red_flag=True) is Verdict.LIKELY_FRAUDULENT
    assert verdict_for(p, thresholds, False, red_flag=True) is Verdict.INSUFFICIENT_DATA


def test_a_medium_reason_is_never_softened_beside_authentic() -> None:
    # build_reasons reports severities as they are (verdict_for keeps them from authentic).
    code = "COMMENTS_LOW_EFFORT"
    medium, _ = SEVERITY_CUTOFFS[code]
    values = {"low_effort_comment_vs_norm": medium}
    contributions = dict.fromkeys(_RULES[code].features, 0.9)
    row = _row(values, tuple(_FAMILIES))
    signals = fraud_signals(row, contributions)
    severities = [r.severity for _, r in signals]
    assert severities == [Severity.MEDIUM]
    verdict = verdict_for(0.05, Thresholds(0.4, 0.8), True, red_flag=is_red_flag(severities))
    assert verdict is Verdict.SUSPICIOUS
    reasons = build_reasons(row, contributions, verdict, signals)
    reason = next(r for r in reasons if r.code == code)
    assert reason.severity is Severity.MEDIUM and "outweighed" not in reason.message
    assert "NO_RED_FLAGS" not in {r.code for r in reasons}


def test_engagement_not_growing_is_a_red_flag_across_a_jump_only() -> None:
    """The drop of the engagement rate across a follower jump sets the severity; engagement per
    post that did not keep up with the followers over the posts is reported, low."""
    code = "ENGAGEMENT_NOT_GROWING"
    medium, high = SEVERITY_CUTOFFS[code]
    contributions = {"engagement_follower_elasticity": 0.9, "spike_er_change": 0.9}

    def severity(values: dict[str, float]) -> Severity:
        signals = fraud_signals(_row(values), contributions)
        return next(r.severity for _, r in signals if r.code == code)

    assert severity({"spike_er_change": -high}) is Severity.HIGH  # no elasticity measured
    assert severity({"engagement_follower_elasticity": 0.0, "spike_er_change": -medium}) is (
        Severity.MEDIUM
    )
    assert severity({"engagement_follower_elasticity": -high, "spike_er_change": -0.4}) is (
        Severity.LOW
    )
    assert severity({"engagement_follower_elasticity": -3.0}) is Severity.LOW
