"""A real browser (Debian's chromium) at phone width: an invitee answers through their personal link,
and an organiser checks people in from the searchable list (the page's own script, no reload)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sangathan.demo.loader import DEMO_PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
SHOTS = "/tmp/sangathan-browser"
PHONE = {"width": 390, "height": 844}


@pytest.fixture
def urls(live_server, demo_loaded):
    from sangathan.activities.models import Activity
    from sangathan.mobilise import tokens
    from sangathan.mobilise.demo import TITLE
    from sangathan.mobilise.models import Invitation

    act = Activity.objects.get(title=TITLE)
    ajay = Invitation.objects.select_related("activity").get(activity=act, person__name_hi="अजय वर्मा")
    return {"rsvp": live_server.url + reverse("mobilise:invitation", args=[tokens.make(ajay)]),
            "checkin": live_server.url + reverse("mobilise:checkin", args=[act.pk]),
            "login": live_server.url + reverse("login"), "activity": act.pk}


@pytest.mark.browser
def test_an_invitee_answers_on_a_phone_and_the_organiser_checks_people_in_by_the_list(urls):
    import os

    from playwright.sync_api import sync_playwright

    os.makedirs(SHOTS, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            invitee = browser.new_page(viewport=PHONE, locale="hi-IN")
            invitee.goto(urls["rsvp"])
            assert invitee.locator("h1").inner_text() == "आईटी सेल दुर्ग संभाग के जिला संयोजकों की बैठक"
            invitee.check('input[name="rsvp"][value="yes"]')
            invitee.fill('input[name="reason"]', "रायपुर से सीधे पहुँचूँगा")
            invitee.click("[data-rsvp-submit]")
            invitee.wait_for_selector("[data-saved]")
            assert invitee.locator("[data-current-rsvp]").get_attribute("data-current-rsvp") == "yes"
            invitee.wait_for_function("() => { const i = document.querySelector('figure.qr img');"
                                      " return i.complete && i.naturalWidth > 0; }")
            assert invitee.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            invitee.screenshot(path=f"{SHOTS}/mobilise-rsvp-390.png", full_page=True)

            organiser = browser.new_page(viewport=PHONE, locale="hi-IN")
            organiser.goto(urls["login"])
            organiser.fill("#id_username", "state_admin")
            organiser.fill("#id_password", DEMO_PASSWORD)
            organiser.click("button.primary")
            organiser.wait_for_url("**/")
            organiser.goto(urls["checkin"])
            before = int(organiser.locator("[data-attended-count]").inner_text())
            organiser.fill("[data-checkin-search]", "लता")
            organiser.press("[data-checkin-search]", "Enter")
            organiser.wait_for_url("**q=*")
            rows = organiser.locator("[data-checkin-list] > li")
            assert rows.count() == 1 and "लता निषाद" in rows.first.inner_text()
            rows.first.locator("[data-mark]").click()
            rows.first.locator("[data-attended]").wait_for()
            assert int(organiser.locator("[data-attended-count]").inner_text()) == before + 1
            assert organiser.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
            organiser.screenshot(path=f"{SHOTS}/mobilise-checkin-390.png", full_page=True)
            organiser.reload()
            assert organiser.locator("[data-checkin-list] > li[data-present]").count() == 1
        finally:
            browser.close()

    from sangathan.core.models import AuditEvent
    from sangathan.mobilise.models import Invitation

    ajay = Invitation.objects.get(activity_id=urls["activity"], person__name_hi="अजय वर्मा")
    assert (ajay.rsvp, ajay.rsvp_reason) == ("yes", "रायपुर से सीधे पहुँचूँगा")
    lata = Invitation.objects.get(activity_id=urls["activity"], person__name_hi="लता निषाद")
    assert lata.attended_via == "list"
    assert AuditEvent.objects.filter(action="mobilise.check_in", object_id=str(lata.pk)).count() == 1
