"""Every demo user, in a real browser (Debian's chromium), finds content behind every link of the
navigation: no page shows an empty state.

The links are read from the page itself, so pages others add to the navigation later are covered
without touching this test. Convention: a template's "nothing here" message carries the CSS class
`empty-state` (besides its styling class); this test fails on any such element of a navigation page.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from sangathan.demo.loader import DEMO_PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
DEMO_USERS = ("admin", "durg_manager", "balod_reporter", "state_viewer")  # the README's demo logins


@pytest.fixture
def urls(live_server, demo_loaded):
    return {"base": live_server.url, "login": live_server.url + reverse("login")}


def _nav_links(page) -> list[str]:
    hrefs = page.eval_on_selector_all("nav.main a[href]", "links => links.map(a => a.href)")
    return list(dict.fromkeys(hrefs))


@pytest.mark.browser
def test_every_navigation_page_has_content_for_every_demo_user(urls):
    from playwright.sync_api import sync_playwright

    problems, visited = [], {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for username in DEMO_USERS:
                page = browser.new_context(viewport={"width": 1100, "height": 900}, locale="hi-IN").new_page()
                page.goto(urls["login"])
                page.fill("#id_username", username)
                page.fill("#id_password", DEMO_PASSWORD)
                page.click("button.primary")
                page.wait_for_url(urls["base"] + "/")
                links = _nav_links(page)
                visited[username] = links
                for href in links:
                    response = page.goto(href)
                    where = f"{username} {href} → {page.url}"
                    if response is None or response.status != 200:
                        problems.append(f"{where}: HTTP {response.status if response else '?'}")
                        continue
                    empty = page.locator(".empty-state")
                    if empty.count():
                        problems.append(f"{where}: empty state {empty.all_inner_texts()}")
                    main = page.locator("main")
                    items = main.locator("a, tr, li, article, form").count()
                    if items == 0 or len(main.inner_text().strip()) < 40:
                        problems.append(f"{where}: no content")
                page.context.close()
        finally:
            browser.close()
    assert not problems, "\n".join(problems)
    for username, links in visited.items():  # the navigation was really read, for every user
        assert len(links) >= 6, (username, links)
    assert any("/elections/" in h for h in visited["state_viewer"]) and any("/news/" in h for h in visited["admin"])
