"""ENGAGEMENT_NOT_GROWING: its evidence shows the figures its message says, and no others.

Found in session 56: fired on the elasticity (engagement per post against the followers,
first to last third of the posts), the message said "grew only 1.2x for each doubling of
the followers" while the evidence showed only the engagement rate across a follower jump
(er_before_spike / er_after_spike), which had not fallen past the cut, or had risen: 19 of
97 such reasons on 400 simulated creators, and the 5 samples' one. Rates under 0.1% were
said to two decimals ("0.04% ... 0.03%") beside evidence of 0.00038 and 0.00026.
"""

from __future__ import annotations

import math
from typing import Any

from fraud.reasons import build_reasons
from fraud.schema import Reason, Verdict

from .test_reasons import _row

CODE = "ENGAGEMENT_NOT_GROWING"


def _reason(values: dict[str, float], **evidence: Any) -> Reason:
    row = _row(values)
    for key, value in evidence.items():
        setattr(row.blocks["growth"].evidence, key, value)
    (reason,) = [r for r in build_reasons(row, {}, Verdict.SUSPICIOUS) if r.code == CODE]
    assert reason.evidence is not None
    return reason


def _figures(reason: Reason) -> set[str]:
    assert reason.evidence is not None
    return set(reason.evidence) - {"model_contribution"}


def test_fired_on_the_elasticity_it_shows_the_elasticity_not_a_jump_it_does_not_speak_of() -> None:
    # the rate across the jump was measured and rose (1.68% -> 1.93%): not what fired
    reason = _reason(
        {"engagement_follower_elasticity": 0.3, "spike_er_change": math.log(0.0193 / 0.0168)},
        er_before_spike=0.0168,
        er_after_spike=0.0193,
    )
    assert _figures(reason) == {
        "engagement_follower_elasticity",
        "engagement_x_per_follower_doubling",
    }
    assert reason.evidence is not None
    assert reason.evidence["engagement_follower_elasticity"] == 0.3
    per_doubling = reason.evidence["engagement_x_per_follower_doubling"]
    assert per_doubling == round(2**0.3, 3)
    assert f"grew only {per_doubling:.2g}x for each doubling of the followers" in reason.message
    assert "1.68%" not in reason.message and "1.93%" not in reason.message


def test_fired_on_the_jump_it_shows_the_rates_it_says() -> None:
    reason = _reason(
        {"spike_er_change": math.log(0.012 / 0.031)},
        er_before_spike=0.031,
        er_after_spike=0.012,
    )
    assert _figures(reason) == {"er_before_spike", "er_after_spike"}
    assert "fell from 3.10% before the jump to 1.20% after" in reason.message
    assert "doubling" not in reason.message


def test_fired_on_both_it_shows_and_says_both() -> None:
    reason = _reason(
        {"engagement_follower_elasticity": -0.5, "spike_er_change": math.log(0.012 / 0.031)},
        er_before_spike=0.031,
        er_after_spike=0.012,
    )
    assert _figures(reason) == {
        "engagement_follower_elasticity",
        "engagement_x_per_follower_doubling",
        "er_before_spike",
        "er_after_spike",
    }
    assert reason.evidence is not None
    per_doubling = reason.evidence["engagement_x_per_follower_doubling"]
    assert f"fell to {per_doubling:.2g}x for each doubling" in reason.message
    assert "fell from 3.10% before the jump to 1.20% after" in reason.message


def test_a_small_rate_is_said_to_the_figures_the_evidence_holds() -> None:
    reason = _reason(
        {"spike_er_change": math.log(0.00026 / 0.00038)},
        er_before_spike=0.00038,
        er_after_spike=0.00026,
    )
    assert reason.evidence is not None
    assert reason.evidence["er_before_spike"] == 0.00038
    assert "fell from 0.038% before the jump to 0.026% after" in reason.message, reason.message
