"""A real browser (Debian's chromium) draws the dashboard's plotly charts from the bundled plotly.js.

The page and its scripts are fetched through Django's test client first (inside the test's
transaction) and playwright's request routing serves those responses: no live server, so no
database flush for the tests that follow, and no ORM calls while playwright's loop runs.
"""

from __future__ import annotations

import re

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ORIGIN = "http://sangathan.test"


def _fetch(client, path: str) -> tuple[int, bytes, str]:
    r = client.get(path)
    body = b"".join(r.streaming_content) if r.streaming else r.content
    return r.status_code, body, r.get("Content-Type", "text/html")


@pytest.mark.browser
def test_the_dashboard_charts_render_as_svg(durg_manager, client_for, unit):
    from playwright.sync_api import sync_playwright

    client = client_for(durg_manager)
    page_path = f"/dashboards/unit/{unit('दुर्ग ग्रामीण').pk}/"
    responses = {page_path: _fetch(client, page_path)}
    assert responses[page_path][0] == 200
    for src in re.findall(r'<script src="([^"]+)"', responses[page_path][1].decode()):
        responses[src] = _fetch(client, src)

    def answer(route):
        path = route.request.url.removeprefix(ORIGIN)
        if path not in responses:
            return route.fulfill(status=404, body=b"")
        status, body, ctype = responses[path]
        route.fulfill(status=status, body=body, headers={"content-type": ctype})

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.route("**/*", answer)
            page.goto(ORIGIN + page_path)
            page.wait_for_selector("#chart-booths svg.main-svg", timeout=20000)
            assert page.locator("#chart-booths svg.main-svg").count() >= 1
            assert page.locator("#chart-booths .bars path").count() > 0
            assert page.locator("#chart-programmes svg.main-svg").count() >= 1
        finally:
            browser.close()
