"""Every link a persona meets on the home page (the navigation included) leads somewhere: no 404, no 500.

The links are read from the rendered page, so a link added to the navigation later is followed too.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model

PERSONAS = ["admin", "state_admin", "durg_manager", "balod_reporter", "state_viewer", "outsider", "nobody"]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: set[str] = set()

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.startswith("/") and not href.startswith("//"):
            self.hrefs.add(href.split("#")[0])


def links_on(html: str) -> set[str]:
    parser = _Links()
    parser.feed(html)
    return parser.hrefs


def follow_all(client, start: str) -> dict[str, int]:
    page = client.get(start)
    assert page.status_code == 200, (start, page.status_code)
    hrefs = links_on(page.content.decode())
    assert hrefs, f"no links on {start}"
    return {href: client.get(href, follow=True).status_code for href in sorted(hrefs)}


@pytest.mark.parametrize("username", PERSONAS)
def test_every_link_on_the_home_page_works_for(username, client, db):
    client.force_login(get_user_model().objects.get(username=username))
    statuses = follow_all(client, "/")
    broken = {href: status for href, status in statuses.items() if status == 404 or status >= 500}
    assert not broken, f"{username}: {broken}"
    # the navigation is part of what was followed
    assert {"/people/", "/activities/", "/programmes/"} <= set(statuses)


def test_every_link_a_visitor_sees_works(client, db):
    statuses = follow_all(client, "/login/")
    broken = {href: status for href, status in statuses.items() if status >= 400}
    assert not broken, broken


def test_programmes_without_a_unit_start_at_the_users_top_unit(client_for, durg_manager, unit):
    response = client_for(durg_manager).get("/programmes/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"?unit={unit('दुर्ग जिला').pk}")


def test_programmes_without_a_unit_ask_a_user_with_several_tops(client_for, db, unit):
    from sangathan.accounts.actions import CreateUser, GrantRole

    admin = get_user_model().objects.get(username="admin")
    user = CreateUser(admin, source="cli", username="two_districts", password="demo-pass-123").run()
    for name in ("दुर्ग जिला", "बालोद जिला"):
        GrantRole(admin, source="cli", user=user, role="viewer", unit=unit(name)).run()
    page = client_for(user).get("/programmes/").content.decode()
    assert f"?unit={unit('दुर्ग जिला').pk}" in page and f"?unit={unit('बालोद जिला').pk}" in page
