"""The report in a real headless browser (review s47, items 4 and 6); skipped, as
``test_report_browser.py`` is, only when chromium is absent.

* A batch of more than 60 charts draws each when it scrolls into view; printing it (or saving
  it as PDF) left every chart not scrolled to blank. Now every chart is drawn before printing.
* The fake-follower bar was red whatever the scorer said, also for an authentic creator whose
  audience looked genuine (AUDIENCE_LOOKS_GENUINE); it is red only when the audience reason
  is a red flag.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import numpy as np

from fraud.report.page import render_report
from fraud.schema import CreatorRecord
from tests import test_report_browser as _browser
from tests.conftest import distinct_comments_sample, load_sample
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


# --------------------------------------------------------------------------- item 6


_FAKE_BAR = """() => [...document.querySelectorAll('canvas.chart')]
  .filter(c => c.dataset.chart.endsWith('-chart-fake_share'))
  .map(c => { const chart = Chart.getChart(c); const set = chart.data.datasets[0];
              return [c.dataset.chart, set.backgroundColor[0]]; })"""
_RED = "#c0392b"
_AUDIENCE_CODES = ("FAKE_FOLLOWERS", "AUDIENCE_LOOKS_GENUINE")


def _genuine_audience(scorer: Any) -> CreatorRecord:
    """The genuine KOC with a follower sample of its 100 most real-looking accounts, twice:
    the scorer says AUDIENCE_LOOKS_GENUINE."""
    raw = distinct_comments_sample("genuine_koc_rednote")
    record = CreatorRecord.model_validate(raw)
    assert record.follower_sample and record.as_of
    model = scorer.extractor.follower_model
    fake = np.asarray(model.predict_proba(record.follower_sample, as_of=record.as_of.date()))
    real = [raw["follower_sample"][i] for i in np.argsort(fake, kind="stable")[:100]]
    raw["creator_id"] = "rednote:genuine_audience"
    raw["follower_sample"] = real * 2
    return CreatorRecord.model_validate(raw)


def test_fake_follower_bar_is_red_only_when_the_audience_is_a_red_flag(
    browser_context: Any, scorer: Any, tmp_path: Path
) -> None:
    records = [
        CreatorRecord.model_validate(distinct_comments_sample("genuine_koc_rednote")),
        _genuine_audience(scorer),
        CreatorRecord.model_validate(load_sample("bought_followers_weibo")),
    ]
    results = scorer.score_many(records)
    audience = [
        {(r.code, str(r.severity)) for r in result.reasons if r.code in _AUDIENCE_CODES}
        for result in results
    ]
    # authentic, with a low FAKE_FOLLOWERS (not a red flag: NO_RED_FLAGS); authentic with
    # AUDIENCE_LOOKS_GENUINE; likely fraudulent with a medium FAKE_FOLLOWERS
    assert [str(result.verdict) for result in results[:2]] == ["authentic", "authentic"]
    assert audience == [
        {("FAKE_FOLLOWERS", "low")},
        {("AUDIENCE_LOOKS_GENUINE", "info")},
        {("FAKE_FOLLOWERS", "medium")},
    ]
    html = render_report(scorer, list(enumerate(records, 1)))
    visit = _Visit(browser_context, _write(tmp_path, "bars.html", html))
    colours = {key: colour.lower() for key, colour in visit.page.evaluate(_FAKE_BAR)}
    assert colours["creator-3-chart-fake_share"] == _RED
    assert colours["creator-1-chart-fake_share"] != _RED
    assert colours["creator-2-chart-fake_share"] != _RED
    assert visit.console == []
