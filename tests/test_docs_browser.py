"""``/docs`` rendered by a real headless browser with no network beyond the service itself.

The service runs for real (uvicorn on a loopback port); chromium (driven by Playwright, see
``tests/test_report_browser.py``) may reach that port only: any other request is refused and
recorded. Swagger UI must draw the API's title and its operations from the vendored assets.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.test_report_browser import CHROMIUM, CHROMIUM_ARGS, pytestmark  # noqa: F401


@pytest.fixture(scope="module")
def service_url(scorer: Any) -> Iterator[str]:
    import uvicorn

    from service.main import create_app

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(scorer_factory=lambda: scorer)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "the service did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_docs_render_offline(service_url: str, tmp_path: Any) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency")
    outside: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
        )
        try:

            def only_the_service(route: Any) -> None:
                if route.request.url.startswith(service_url):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            context.route("**/*", only_the_service)
            page = context.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.add_init_script(_RECORD_VIOLATIONS)
            answer = page.goto(f"{service_url}/docs")
            page.wait_for_selector(".swagger-ui .info .title", timeout=20_000)
            page.wait_for_selector(".opblock", timeout=20_000)
            title = page.inner_text(".swagger-ui .info .title")
            operations = page.locator(".opblock-summary-path").all_inner_texts()
            # what a user does there: the API key dialog, and a request tried out
            page.click("button.authorize")
            page.wait_for_selector(".auth-container input", timeout=5_000)
            page.click("button.btn-done")
            page.click("[id$=get_model_v1_model_get] .opblock-summary")
            page.click("button.try-out__btn")
            page.click("button.execute")
            page.wait_for_selector(
                ".live-responses-table tbody .response-col_status", timeout=10_000
            )
            tried = page.inner_text(".live-responses-table tbody .response-col_status")
            violations = page.evaluate("window.policyViolations")
        finally:
            context.close()
    assert (
        answer is not None
        and "script-src 'self' 'sha256-" in answer.headers["content-security-policy"]
    )
    assert "Creator fraud detector" in title
    assert "/v1/score" in operations and "/v1/report" in operations
    assert "200" in tried
    assert violations == []
    assert outside == []
    assert errors == []


# Every Content-Security-Policy violation on the page, as the browser reports it.
_RECORD_VIOLATIONS = """
window.policyViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.policyViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""
