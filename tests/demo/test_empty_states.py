"""The empty-state convention the navigation browser test relies on: a "nothing here" message
carries the class `empty-state`. A user without grants sees them; a demo user does not."""

from __future__ import annotations

from django.urls import reverse


def test_a_user_without_grants_sees_marked_empty_states(client_for, nobody):
    c = client_for(nobody)
    for name in ("home", "people", "activities"):
        assert 'class="muted empty-state"' in c.get(reverse(name)).content.decode(), name


def test_the_navigation_hides_what_a_viewer_cannot_do(client_for, state_viewer, balod_reporter):
    viewer = client_for(state_viewer).get(reverse("home")).content.decode()
    assert reverse("moderation") not in viewer and reverse("press_extract") not in viewer
    reporter = client_for(balod_reporter).get(reverse("home")).content.decode()
    assert reverse("moderation") in reporter and reverse("press_extract") in reporter


def test_the_programmes_link_opens_the_users_own_unit(client_for, durg_manager, unit):
    r = client_for(durg_manager).get(reverse("programmes:list"))
    assert r.status_code == 302 and r.url.endswith(f"?unit={unit('दुर्ग जिला').pk}")
