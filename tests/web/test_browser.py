"""One real browser (Debian's chromium, never a downloaded one): log in, switch to Hindi, read the
seed meeting at phone width, and check the Devanagari font really loaded.

The seed meeting is organised by दुर्ग संभाग, so a दुर्ग जिला manager cannot see it: a state
viewer reads it. The live server makes this test transactional, so its teardown flushes the database;
tests/web/conftest.py reloads the demo afterwards for the tests that follow.
"""

from __future__ import annotations

import pytest
from django.urls import reverse

from sangathan.demo.loader import DEMO_PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = "/tmp/sangathan-browser"


@pytest.fixture
def urls(live_server, demo_loaded):
    """Resolve what the browser needs before it starts: no ORM calls while playwright runs."""
    from sangathan.activities.models import Activity

    seed = Activity.objects.get(title="आईटी सेल की दुर्ग संभाग स्तरीय बैठक")
    durg_meeting = Activity.objects.get(title="बूथ सशक्तिकरण पर आईटी सेल की वर्चुअल बैठक")
    return {"seed": live_server.url + reverse("activity", args=[seed.pk]),
            "durg": live_server.url + reverse("activity", args=[durg_meeting.pk]),
            "login": live_server.url + reverse("login")}


@pytest.mark.browser
def test_a_viewer_switches_to_hindi_and_sees_the_chief_guest_on_a_phone(urls):
    import os

    from playwright.sync_api import sync_playwright

    os.makedirs(SHOTS, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            # An English-speaking browser: the page starts in English until the user switches.
            page = browser.new_page(viewport={"width": 390, "height": 844}, locale="en-US")
            page.goto(urls["login"])
            page.fill("#id_username", "state_viewer")
            page.fill("#id_password", DEMO_PASSWORD)
            page.click("button.primary")
            page.wait_for_url("**/")
            assert page.locator("html").get_attribute("lang") == "en"

            page.click('form.lang button[value="hi"]')
            page.wait_for_load_state()
            assert page.locator("html").get_attribute("lang") == "hi"

            page.goto(urls["seed"])
            chief = page.locator('[data-role="chief_guest"]')
            assert chief.locator("h3").inner_text() == "मुख्य अतिथि"
            assert "विजय बघेल" in chief.inner_text()
            assert "लोकसभा सांसद" in chief.inner_text()

            page.evaluate("document.fonts.ready")
            assert page.evaluate("document.fonts.check('16px \"Noto Sans Devanagari\"', 'विजय बघेल')")
            loaded = page.evaluate("[...document.fonts].filter(f => f.status === 'loaded')"
                                   ".map(f => f.family + ' ' + f.weight)")
            assert any("Noto Sans Devanagari" in f for f in loaded), loaded
            # Nothing spills sideways at phone width.
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            page.screenshot(path=f"{SHOTS}/seed-390.png")
            page.screenshot(path=f"{SHOTS}/seed-390-full.png", full_page=True)
            page.set_viewport_size({"width": 1280, "height": 900})
            page.screenshot(path=f"{SHOTS}/seed-1280.png")
        finally:
            browser.close()
