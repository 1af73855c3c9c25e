"""Regenerate docs/report.png, docs/report-creator.png (and docs/report-zh.png).

    make report && make report REPORT_LANG=zh OUT=out/zh
    .venv/bin/python docs/screenshots.py out/report.html out/zh/report.html

Uses Debian's chromium through Playwright (as the browser tests do); the Chinese screenshot
needs a CJK font (apt-get install fonts-wqy-microhei; without one its Chinese is drawn as boxes).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
DOCS = Path(__file__).parent


def main(report: str, report_zh: str | None = None) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1180, "height": 1280})
        page.goto(Path(report).resolve().as_uri())
        page.screenshot(path=DOCS / "report.png")
        page.evaluate("document.querySelector('#creator-2').scrollIntoView()")
        page.screenshot(path=DOCS / "report-creator.png")
        if report_zh:
            page.goto(Path(report_zh).resolve().as_uri())
            page.screenshot(path=DOCS / "report-zh.png", clip={"x": 0, "y": 0, "width": 1180, "height": 760})
        browser.close()


if __name__ == "__main__":
    main(*sys.argv[1:3])
