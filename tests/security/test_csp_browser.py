"""Under the real Content-Security-Policy, Debian's Chromium draws the plotly charts, runs htmx and
the site's scripts, and reports no violation on the main pages.

Pages and their assets are fetched with Django's test client (in the test's transaction) and served
to the browser with every response header, the policy included, as in the dashboard browser test.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ORIGIN = "http://sangathan.test"
ASSET = re.compile(r'(?:src|href)="(/static/[^"]+)"')


class Site:
    """Answers the browser's requests from Django's test client, headers and all."""

    def __init__(self, client):
        self.client = client
        self.responses: dict[str, tuple[int, bytes, dict]] = {}

    def fetch(self, path: str) -> None:
        r = self.client.get(path)
        body = b"".join(r.streaming_content) if r.streaming else r.content
        self.responses[path] = (r.status_code, body, {k: v for k, v in r.items()})
        if "html" in r.get("Content-Type", ""):
            for asset in ASSET.findall(body.decode()):
                if asset not in self.responses:
                    self.fetch(asset)

    def answer(self, route):
        path = unquote(route.request.url.removeprefix(ORIGIN))
        if path not in self.responses:
            return route.fulfill(status=404, body=b"")
        status, body, headers = self.responses[path]
        route.fulfill(status=status, body=body, headers=headers)


# Every violation, with the element that caused it. One is expected and harmless: plotly.js adds a
# <style> per chart for its toolbar's colours (the defaults in web/plotly.css apply instead).
WATCH = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (e) {
  var id = e.target && e.target.id || "";
  if (/^plotly\\.js-style-modebar-/.test(id)) return;
  window.__csp.push([location.pathname, e.violatedDirective, e.blockedURI, id, e.sample].join(" | "));
}, true);
"""


@pytest.mark.browser
def test_the_main_pages_run_under_the_policy_without_violations(admin, durg_manager, client_for, unit, seed_activity):
    from playwright.sync_api import sync_playwright

    from sangathan.press.actions import PublishNote

    note = PublishNote(admin, activity=seed_activity, lang="hi", headline="बैठक", body="बैठक हुई").run()
    site = Site(client_for(durg_manager))
    dashboard = f"/dashboards/unit/{unit('दुर्ग ग्रामीण').pk}/"
    pages = [dashboard, f"/units/{unit('दुर्ग जिला').pk}/", f"/news/{note.slug}/", "/api/docs", "/people/",
             "/account/two-factor/"]
    for path in pages:
        site.fetch(path)
        assert site.responses[path][0] == 200, path
        assert "Content-Security-Policy" in site.responses[path][2], path
    site.fetch("/api/openapi.json")  # the docs page loads the schema

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.add_init_script(WATCH)
            page.route("**/*", site.answer)

            page.goto(ORIGIN + dashboard)
            page.wait_for_selector("#chart-booths svg.main-svg", timeout=20000)
            assert page.locator("#chart-booths .bars path").count() > 0
            assert page.evaluate("typeof htmx") == "object"
            assert page.evaluate("htmx.config.includeIndicatorStyles") is False

            violations = page.evaluate("window.__csp")
            for path in pages[1:]:
                page.goto(ORIGIN + path)
                page.wait_for_load_state("load")
                if path == "/api/docs":
                    page.wait_for_selector(".swagger-ui .opblock", timeout=20000)
                violations += page.evaluate("window.__csp")
            assert not violations, violations
        finally:
            browser.close()
