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
