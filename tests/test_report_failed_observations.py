"""The report draws the follower history the scorer read (review s20 r5 item 2).

rv20e mid0.jsonl: a steady creator with one scrape at 0 on 2026-11-11. The scorer drops that
day (a DATA_QUALITY reason names it, no FOLLOWER_SPIKE); the page drew the raw history and
marked "+52,100 followers" on 2026-11-12 as an unexplained jump.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from tests.test_growth_failed_once import judged  # noqa: F401 (a fixture)
from tests.test_growth_glitches import _creator, _set


def _growth_chart(html: str) -> dict[str, Any]:
    """The growth chart's embedded data (the one JSON object with follower dates)."""
    for blob in re.findall(r"<script[^>]*>(.*?)</script>", html, re.S):
        try:
            payload = json.loads(blob)
        except ValueError:
            continue
        found = _find(payload)
        if found is not None:
            return found
    raise AssertionError("no growth chart data on the page")


def _find(value: Any) -> dict[str, Any] | None:
    if isinstance(value, dict):
        if "spikes" in value and "followers" in value and "dates" in value:
            return value
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _find(item)
            if found is not None:
                return found
    return None


def test_a_dropped_scrape_at_0_is_neither_drawn_nor_marked_as_a_jump(scorer: Any) -> None:
    record = CreatorRecord.model_validate(_creator("weibo:mid0", _set(40, 0)))
    result = scorer.score(record)
    codes = {r.code for r in result.reasons}
    assert "DATA_QUALITY" in codes and "FOLLOWER_SPIKE" not in codes
    html = render_report(scorer, [(1, record)], lang="en")
    assert "No jump detected." in html and "1 jump detected." not in html
    chart = _growth_chart(html)
    assert chart["spikes"] == []
    assert "2026-11-11" not in chart["dates"] and 0 not in chart["followers"]
    assert len(chart["dates"]) == 59


def test_a_real_jump_is_still_marked(scorer: Any) -> None:
    def bought(history: list[dict[str, Any]]) -> None:
        for snapshot in history[40:]:
            snapshot["followers"] += 20000

    record = CreatorRecord.model_validate(_creator("weibo:bought", bought))
    html = render_report(scorer, [(1, record)], lang="en")
    (spike,) = _growth_chart(html)["spikes"]
    assert spike["date"] == "2026-11-11" and not spike["explained"]


def test_a_report_judges_each_history_once(scorer: Any, judged: Counter[int]) -> None:  # noqa: F811
    # closing48: the page judged a history's failed observations again (and drew its rows
    # from a second feature extraction, which judged them a third time); it now draws from
    # the rows the scores came from, with their judgement
    records = [
        CreatorRecord.model_validate(_creator(f"weibo:mid{n}", _set(40 + n, 0))) for n in range(3)
    ]
    html = render_report(scorer, list(enumerate(records, 1)), lang="en")
    assert html.count("No jump detected.") == 3
    assert sorted(judged[id(record.follower_history)] for record in records) == [1, 1, 1]
