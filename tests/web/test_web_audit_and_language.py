"""The audit log page, the language switch, the home page and the login page."""

from __future__ import annotations

from django.urls import reverse

from sangathan.core.models import AuditEvent


def test_the_audit_log_lists_events_newest_first_and_verifies_the_chain(client_for, admin):
    c = client_for(admin)
    response = c.get(reverse("audit"))
    ids = [e.id for e in response.context["page"]]
    assert ids == sorted(ids, reverse=True) and ids[0] == AuditEvent.objects.latest("id").id
    assert len(ids) == 50 and response.context["page"].has_next()
    verified = c.get(reverse("audit"), {"verify": "1"})
    assert "शृंखला सत्यापित" in verified.content.decode()
    assert verified.context["verified"].ok


def test_a_broken_chain_is_reported(client_for, admin):
    AuditEvent.objects.filter(pk=AuditEvent.objects.order_by("id")[5].pk).update(actor_label="mallory")
    response = client_for(admin).get(reverse("audit"), {"verify": "1"})
    assert "शृंखला टूटी है" in response.content.decode() and not response.context["verified"].ok


def test_an_admin_of_a_subtree_sees_only_events_in_it(client_for, state_admin):
    page = client_for(state_admin).get(reverse("audit")).context["page"]
    models = {e.model for e in page.paginator.object_list}
    assert "auth.user" not in models  # users are not in any unit's subtree
    india = [e for e in page.paginator.object_list
             if e.model == "org.unit" and e.after and e.after.get("name_hi") == "भारत"]
    assert not india  # the national unit is above the state admin's grant


def test_the_page_is_in_hindi_by_default(client_for, durg_manager):
    html = client_for(durg_manager).get(reverse("home")).content.decode()
    assert '<html lang="hi">' in html and "गतिविधियाँ" in html and "आपकी इकाइयाँ" in html


def test_the_language_switch_renders_english_labels_and_english_names(client_for, state_viewer, seed_activity):
    c = client_for(state_viewer)
    response = c.post(reverse("set_language"), {"language": "en", "next": reverse("activity", args=[seed_activity.pk])})
    assert response.status_code == 302
    html = c.get(reverse("activity", args=[seed_activity.pk])).content.decode()
    assert '<html lang="en">' in html and "Participants" in html and "chief guest" in html
    assert "Vijay Baghel" in html and "Durg Division" in html  # names in English, Hindi as fallback
    c.post(reverse("set_language"), {"language": "hi", "next": "/"})
    html = c.get(reverse("activity", args=[seed_activity.pk])).content.decode()
    assert "मुख्य अतिथि" in html and "विजय बघेल" in html and "सहभागी" in html


def test_the_header_has_a_visible_language_switch_and_the_bundled_font(client_for, durg_manager):
    html = client_for(durg_manager).get(reverse("home")).content.decode()
    assert 'name="language" value="hi"' in html and 'name="language" value="en"' in html
    assert "fonts/noto-sans-devanagari-devanagari-400-normal.woff2" in html
    assert "cdn" not in html.lower()


def test_the_home_page_lists_granted_units_and_recent_activities(client_for, durg_manager, durg):
    html = client_for(durg_manager).get(reverse("home")).content.decode()
    assert reverse("unit", args=[durg.pk]) in html and "प्रबंधक" in html
    assert "बूथ सशक्तिकरण पर आईटी सेल की वर्चुअल बैठक" in html and "प्रशिक्षण कार्यशाला" not in html


def test_logging_in_with_the_form_leads_home(client, db):
    response = client.post(reverse("login"), {"username": "durg_manager", "password": "demo-pass-123"})
    assert response.status_code == 302 and response["Location"] == reverse("home")
    client.logout()
    bad = client.post(reverse("login"), {"username": "durg_manager", "password": "wrong"})
    assert "उपयोगकर्ता नाम या पासवर्ड गलत है" in bad.content.decode()


def test_logging_out_needs_a_post_and_returns_to_login(client_for, durg_manager):
    c = client_for(durg_manager)
    response = c.post(reverse("logout"))
    assert response.status_code == 302 and response["Location"] == reverse("login")
    assert c.get(reverse("home")).status_code == 302
