"""The report in a real headless browser (review s47, item 4); skipped, as
``test_report_browser.py`` is, only when chromium is absent.

A batch of more than 60 charts draws each when it scrolls into view; printing it (or saving
it as PDF) left every chart not scrolled to blank. Now every chart is drawn before printing.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from tests import test_report_browser as _browser
from tests.conftest import load_sample
from tests.test_report_browser import _Visit, _write

# The same skip when chromium is absent, and the same browser (a module-scoped fixture).
pytestmark = _browser.pytestmark
browser_context = _browser.browser_context

_DRAWN = "() => [...document.querySelectorAll('canvas.chart')].map(c => c.dataset.rendered)"


def _long_batch(scorer: Any) -> str:
    records = []
    for number in range(1, 10):  # 9 creators x 7 charts: past the eager-drawing limit (60)
        raw = load_sample("genuine_viral_douyin")
        raw["creator_id"] = f"douyin:copy_{number}"
        records.append((number, CreatorRecord.model_validate(raw)))
    return render_report(scorer, records)


def _drawn(visit: _Visit) -> list[str | None]:
    states: list[str | None] = visit.page.evaluate(_DRAWN)
    return states


def test_printing_a_long_batch_draws_every_chart(
    browser_context: Any, scorer: Any, tmp_path: Path
) -> None:
    path = _write(tmp_path, "long.html", _long_batch(scorer))
    # Print preview (the print media query) and window.print() (beforeprint), each on a
    # fresh page with most charts not yet drawn.
    for how in ("media", "beforeprint"):
        visit = _Visit(browser_context, path)
        before = _drawn(visit)
        assert len(before) == 63 and before.count("1") < 10, how
        if how == "media":
            visit.page.emulate_media(media="print")
        else:
            visit.page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        # Polled from here: the page's CSP forbids the eval that wait_for_function uses.
        deadline = time.monotonic() + 5
        while _drawn(visit) != ["1"] * 63:
            assert time.monotonic() < deadline, f"{how}: {_drawn(visit)}"
            time.sleep(0.02)
        assert visit.console == [], how
        visit.page.close()
