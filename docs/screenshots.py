"""Regenerate docs/report.png and docs/report-creator.png from the example creators' report.

    make report && .venv/bin/python docs/screenshots.py out/report.html

Uses Debian's chromium through Playwright (as the browser tests do).
"""

from __future__ import annotations

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
DOCS = Path(__file__).parent


def main(report: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1180, "height": 1280})
        page.goto(Path(report).resolve().as_uri())
        page.screenshot(path=DOCS / "report.png")
        page.evaluate("document.querySelector('#creator-2').scrollIntoView()")
        page.screenshot(path=DOCS / "report-creator.png")
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1])
