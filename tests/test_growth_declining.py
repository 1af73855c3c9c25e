"""A creator who was losing followers before a jump (review s47): the loss after it is read
beyond that decline, and a normal day that loses followers is said so."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fraud.schema import CreatorRecord
from tests.growth_paths import growth_both_paths
from tests.test_growth_glitches import _creator


def _declining(purge: int) -> CreatorRecord:
    def change(history: list[dict[str, Any]]) -> None:
        start = date(2026, 10, 2)
        for i, snapshot in enumerate(history):  # -30 a day, +3,000 on day 30
            snapshot["date"] = (start + timedelta(days=i)).isoformat()
            snapshot["followers"] = 60000 - 30 * i + (3000 if i >= 30 else 0)
            if i >= 40:
                snapshot["followers"] -= purge

    creator = _creator("weibo:declining", change)
    creator["profile"]["followers"] = creator["follower_history"][-1]["followers"]
    return CreatorRecord.model_validate(creator)


def test_a_steady_decline_after_a_jump_is_not_a_purge(scorer: Any) -> None:
    block = growth_both_paths(_declining(0))
    assert block.evidence.n_spike_episodes == 1
    assert block.values["follower_drop_after_spike"] == 0.0  # was 0.29: 29 days of -30
    reasons = {r.code: r for r in scorer.score(_declining(0)).reasons}
    assert "FOLLOWER_DROP_AFTER_SPIKE" not in reasons
    spike = reasons["FOLLOWER_SPIKE"].message
    assert "on an account that loses 30 followers on a normal day" in spike
    assert "gains under one follower" not in spike


def test_a_purge_beyond_the_decline_is_still_seen(scorer: Any) -> None:
    block = growth_both_paths(_declining(1500))
    assert block.evidence.drop_after_spike_followers == 1500
    reasons = {r.code: r for r in scorer.score(_declining(1500)).reasons}
    message = reasons["FOLLOWER_DROP_AFTER_SPIKE"].message
    # the share is of what the jump added beyond a normal day, said with it (review s47)
    excess = block.evidence.spike_excess_followers
    assert message.startswith(
        f"Lost 1,500 followers ({round(100 * 1500 / excess)}% of the jump's {excess:,} beyond a"
        " normal day's change) within 60 days after it,"
    )
    assert "beyond the 30 a day the account was losing before" in message
