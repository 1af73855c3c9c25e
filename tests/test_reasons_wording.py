"""Reasons say only what their data supports, in plain units (review s20 r1, items 2-5, 8,
12, 13): each test builds the feature row the reviewer's input produced."""

from __future__ import annotations

from typing import Any

from fraud.reasons import build_reasons
from fraud.schema import Verdict
from tests.test_reasons import FRAUD_CASES, _row


def _messages(values: dict[str, float], contributions: dict[str, float]) -> dict[str, Any]:
    reasons = build_reasons(_row(values), contributions, Verdict.SUSPICIOUS)
    return {r.code: r for r in reasons}


def test_a_spike_says_how_much_the_follower_count_grew_not_a_share_of_the_audience() -> None:
    # weibo:bought_followers: +21,042 over 49,127 before the jump is growth of 42%, which
    # is 23% of today's audience: "42% of the audience" was wrong.
    spike = _messages(FRAUD_CASES["FOLLOWER_SPIKE"], {"follower_spike_share": 0.9})
    message = spike["FOLLOWER_SPIKE"].message
    assert "the follower count grew 42% in 2 days" in message
    assert "of the audience" not in message


def test_engagement_far_above_the_norm_is_not_called_normal() -> None:
    # hi.jsonl: "Median engagement rate 3001.10% per post; typical 4.00%" was ENGAGEMENT_NORMAL
    far = _messages({"engagement_rate_z": 6.0}, {})
    assert "ENGAGEMENT_NORMAL" not in far
    above = far["ENGAGEMENT_ABOVE_NORM"]
    assert above.severity.value == "info"
    assert "far above" in above.message and "90th percentile" in above.message
    assert "not counted in the creator's favour" in above.message
    for z in (0.5, 2.0):  # above the 90th percentile, as many genuine creators are
        normal = _messages({"engagement_rate_z": z}, {})
        assert "ENGAGEMENT_NORMAL" in normal and "ENGAGEMENT_ABOVE_NORM" not in normal
