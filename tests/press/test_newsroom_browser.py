"""The newsroom in a real browser (Debian's chromium): publish a note, a reader comments, a
reporter of the organising unit approves it, and the comment appears on the public page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sangathan.demo.loader import DEMO_PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture
def urls(live_server, demo_loaded):
    """Resolve what the browser needs before it starts: no ORM calls while playwright runs."""
    from sangathan.activities.models import Activity

    meeting = Activity.objects.get(kind="virtual_meeting")
    return {"base": live_server.url, "login": live_server.url + reverse("login"),
            "compose": live_server.url + reverse("press_compose", args=[meeting.pk]),
            "moderation": live_server.url + reverse("moderation"), "news": live_server.url + reverse("newsroom")}


def log_in(page, urls, username):
    page.goto(urls["login"])
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("button.primary")
    page.wait_for_url(urls["base"] + "/")


@pytest.mark.browser
def test_a_comment_is_submitted_moderated_and_shown(urls):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            staff = browser.new_context(viewport={"width": 1100, "height": 900}, locale="hi-IN").new_page()
            log_in(staff, urls, "durg_manager")
            staff.goto(urls["compose"])
            staff.fill("input[name=headline]", "बूथ सशक्तिकरण पर वर्चुअल बैठक संपन्न")
            staff.click("form.card button[type=submit]")
            staff.wait_for_selector("article.press-note")
            note_url = staff.url

            reader = browser.new_context(viewport={"width": 390, "height": 844}, locale="hi-IN").new_page()
            reader.goto(urls["news"])
            reader.click("text=बूथ सशक्तिकरण पर वर्चुअल बैठक संपन्न")
            assert reader.url == note_url
            assert reader.locator(".share a[href^='https://wa.me/']").count() == 1
            reader.fill("input[name=name]", "सरिता")
            reader.fill("input[name=email]", "sarita@example.org")
            reader.fill("textarea[name=body]", "बहुत अच्छी पहल <b>बधाई</b>")
            reader.click(".comment-form button[type=submit]")
            reader.wait_for_load_state()
            assert "आपकी टिप्पणी अनुमोदन के बाद दिखेगी" in reader.content()
            assert reader.locator("li.comment").count() == 0  # held for moderation

            staff.goto(urls["moderation"])
            staff.locator("li.comment", has_text="बहुत अच्छी पहल").locator("button[value=approve]").click()
            staff.wait_for_load_state()

            reader.goto(note_url)
            comment = reader.locator("li.comment")
            assert comment.count() == 1 and "सरिता" in comment.inner_text()
            assert "<b>बधाई</b>" in comment.inner_text()  # shown as text, never as markup
            assert "sarita@example.org" not in reader.content()
            assert reader.evaluate("document.documentElement.scrollWidth") <= 390
        finally:
            browser.close()
