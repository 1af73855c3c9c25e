"""The report rendered by a real headless browser (Debian's chromium, driven by Playwright).

Checks what a person would see: the page is not blank, every chart the page has data for is
drawn (a Chart.js instance with painted pixels), the console logs no error, nothing is
requested from the network, no injected script runs, and the overview sorts. Playwright
never downloads a browser here: it drives ``/usr/bin/chromium`` (installed by ``.ci/run``).
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fraud.report.page import render_report
from fraud.schema import CreatorRecord, Verdict
from tests.conftest import load_sample

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install -y chromium; .ci/run installs it)",
)
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SAMPLES = [
    "genuine_koc_rednote",
    "bought_followers_weibo",
    "engagement_pod_instagram",
    "genuine_viral_douyin",
    "thin_data_tiktok",
]
# Per canvas: drawn by Chart.js, and how many of its pixels are painted (not transparent).
CHART_STATE = """() => [...document.querySelectorAll('canvas.chart')].map(canvas => {
  const chart = Chart.getChart(canvas);
  const { width, height } = canvas;
  // Read a copy, so that reading the page's canvas again never warns on the console.
  const copy = document.createElement('canvas');
  copy.width = width; copy.height = height;
  const context = copy.getContext('2d', { willReadFrequently: true });
  if (width && height) context.drawImage(canvas, 0, 0);
  const pixels = width && height ? context.getImageData(0, 0, width, height).data : [];
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
  return { id: canvas.dataset.chart, rendered: canvas.dataset.rendered, chart: !!chart,
           width, height, painted };
})"""


_RENDERED = "i => document.querySelectorAll('canvas.chart')[i].dataset.rendered === '1'"


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")
    profile = tmp_path_factory.mktemp("chromium-profile")  # a fresh --user-data-dir
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=CHROMIUM,
            args=CHROMIUM_ARGS,
            headless=True,
            viewport={"width": 1200, "height": 900},
        )
        try:
            yield context
        finally:
            context.close()


class _Visit:
    """One page load, with everything the page logged and requested."""

    def __init__(self, context: Any, path: Path) -> None:
        self.console: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page = context.new_page()
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda error: self.console.append(f"pageerror: {error}"))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", self._on_dialog)
        self.url = path.as_uri()
        self.page.goto(self.url, wait_until="load")

    def _on_console(self, message: Any) -> None:
        if message.type in ("error", "warning"):
            self.console.append(f"{message.type}: {message.text}")

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def charts(self) -> list[dict[str, Any]]:
        states: list[dict[str, Any]] = self.page.evaluate(CHART_STATE)
        return states


def _write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path


def _records(names: list[str]) -> list[tuple[int, CreatorRecord]]:
    return [(i, CreatorRecord.model_validate(load_sample(n))) for i, n in enumerate(names, 1)]


def test_sample_report_renders_every_chart_offline(
    browser_context: Any, scorer: Any, tmp_path: Path
) -> None:
    html = render_report(scorer, _records(SAMPLES))
    visit = _Visit(browser_context, _write(tmp_path, "samples.html", html))
    text = visit.page.inner_text("body")
    assert len(text) > 2000 and "weibo:bought_followers" in text
    charts = visit.charts()
    assert len(charts) == html.count('<canvas class="chart"') >= 20
    for chart in charts:
        assert chart["rendered"] == "1" and chart["chart"], chart["id"]
        assert chart["width"] > 200 and chart["height"] > 100, chart["id"]
        assert chart["painted"] > 0.02 * chart["width"] * chart["height"], chart["id"]
    assert visit.console == []
    assert visit.requests == [visit.url]  # the page itself, nothing else
    assert visit.dialogs == []


def test_overview_sorts_by_authenticity(browser_context: Any, scorer: Any, tmp_path: Path) -> None:
    records = _records(SAMPLES)
    html = render_report(scorer, records)
    # The order the column must give: rated creators by authenticity, the unrated
    # (insufficient_data) below every rating.
    results = scorer.score_many([record for _, record in records])
    rated = sorted(
        (r for r in results if r.verdict is not Verdict.INSUFFICIENT_DATA),
        key=lambda r: r.authenticity,
    )
    unrated = [r.creator_id for r in results if r.verdict is Verdict.INSUFFICIENT_DATA]
    assert len({r.authenticity for r in rated}) == len(rated) >= 3 and unrated
    visit = _Visit(browser_context, _write(tmp_path, "sort.html", html))
    page = visit.page

    def first_column() -> list[str]:
        cells: list[str] = page.eval_on_selector_all(
            "table.overview tbody tr td:first-child", "cells => cells.map(c => c.innerText)"
        )
        return cells

    before = first_column()
    page.click("table.overview th:nth-child(5)")  # authenticity, ascending
    ascending = first_column()
    page.click("table.overview th:nth-child(5)")
    descending = first_column()
    assert sorted(before) == sorted(ascending) and ascending != before
    assert ascending == unrated + [r.creator_id for r in rated]
    assert descending == [r.creator_id for r in reversed(rated)] + unrated
    assert visit.console == []


def test_hostile_input_runs_no_script_and_chinese_page_renders(
    browser_context: Any, scorer: Any, tmp_path: Path
) -> None:
    raw = load_sample("engagement_pod_instagram")
    raw["creator_id"] = "x</script><script>alert('id')</script><img src=x onerror=alert(2)>"
    for comment in raw["comments"][:60]:
        comment["text"] = "</script><script>alert(3)</script>\u2028<!--<img src=y onerror=alert(4)>"
    html = render_report(scorer, [(1, CreatorRecord.model_validate(raw))], lang="zh")
    visit = _Visit(browser_context, _write(tmp_path, "hostile.html", html))
    assert visit.dialogs == []
    assert visit.requests == [visit.url]  # the injected <img> was never built, so never fetched
    assert "alert('id')" in visit.page.inner_text("h2")  # shown as text
    charts = visit.charts()
    assert charts and all(chart["rendered"] == "1" for chart in charts)
    assert visit.console == []
    assert "很可能造假" in visit.page.inner_text("body")


def test_long_batch_draws_charts_as_they_scroll_into_view(
    browser_context: Any, scorer: Any, tmp_path: Path
) -> None:
    records = []
    for number in range(1, 10):  # 9 creators x 7 charts: past the eager-drawing limit (60)
        raw = load_sample("genuine_viral_douyin")
        raw["creator_id"] = f"douyin:copy_{number}"
        records.append((number, CreatorRecord.model_validate(raw)))
    html = render_report(scorer, records)
    visit = _Visit(browser_context, _write(tmp_path, "long.html", html))
    first = visit.charts()
    assert len(first) == 63
    assert sum(chart["rendered"] == "1" for chart in first) < 10  # not all drawn up front
    for index in range(len(first)):
        visit.page.evaluate(
            "i => document.querySelectorAll('canvas.chart')[i].scrollIntoView()", index
        )
        # Polled from here: the page's CSP forbids the eval that wait_for_function uses.
        deadline = time.monotonic() + 5
        while not visit.page.evaluate(_RENDERED, index):
            assert time.monotonic() < deadline, f"chart {index} was not drawn in view"
            time.sleep(0.02)
    assert all(chart["rendered"] == "1" and chart["painted"] > 0 for chart in visit.charts())
    assert visit.console == []
