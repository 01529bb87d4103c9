"""Paste a report, review the draft, save an activity with linked people."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from sangathan.activities.export import record
from sangathan.activities.models import Activity
from sangathan.press.compose import compose
from sangathan.press.extract import extract
from sangathan.press.extract.score import aggregate, score_article


TRAINING = Path(__file__).resolve().parents[2] / "sangathan/press/training"  # shipped, not ../shared


@pytest.fixture
def seed_text():
    return json.loads((TRAINING / "raw/seed.json").read_text(encoding="utf-8"))["text"]


def test_the_review_screen_matches_known_people_across_the_tree(client_for, state_admin, seed_text):
    page = client_for(state_admin).post(reverse("press_extract"), {"text": seed_text, "step": "extract"})
    body = page.content.decode()
    assert page.status_code == 200 and "विनय महोबिया" in body
    vinay = Activity.objects.get(title__startswith="आईटी सेल की दुर्ग").participations.get(
        person__name_hi="विनय महोबिया").person
    assert f'<option value="{vinay.pk}" selected>' in body


def test_saving_the_review_creates_the_activity_with_linked_and_new_people(client_for, state_admin, unit):
    c = client_for(state_admin)
    text = ("रायपुर। युवा मोर्चा की बैठक जिला कार्यालय में हुई। मुख्य अतिथि विजय बघेल थे। "
            "बैठक की अध्यक्षता मंडल अध्यक्ष रामलाल यादव ने की। विजय बघेल ने कहा कि संगठन मजबूत है।")
    page = c.post(reverse("press_extract"), {"text": text, "step": "extract"}).content.decode()
    assert "रामलाल यादव" in page
    draft = c.post(reverse("press_extract"), {"text": text, "step": "extract"}).context["draft"]
    post = {"step": "save", "text": text, "url": "https://news.example/1", "title": "युवा मोर्चा बैठक",
            "unit": unit("रायपुर जिला").pk, "kind": "meeting", "mode": "in_person",
            "people": len(draft["people"]), "quotes": len(draft["record"]["quotes"])}
    for i, p in enumerate(draft["people"]):
        post |= {f"p{i}-name": p.name, f"p{i}-match": p.match or "new", f"p{i}-posts": "; ".join(p.posts)}
        post[f"p{i}-roles"] = p.roles
    for j, q in enumerate(draft["record"]["quotes"]):
        post |= {f"q{j}-speaker": q["speaker"], f"q{j}-text": q["text"]}
    r = c.post(reverse("press_extract"), post)
    a = Activity.objects.get(title="युवा मोर्चा बैठक")
    assert r.status_code == 302 and a.source_url == "https://news.example/1" and a.source_text == text
    parts = {p.person.name_hi: p for p in a.participations.select_related("person")}
    assert parts["विजय बघेल"].person.participations.count() == 2  # linked to the existing person
    assert "chief_guest" in parts["विजय बघेल"].roles and "presided" in parts["रामलाल यादव"].roles
    assert a.speeches.get().person.name_hi == "विजय बघेल"


@pytest.mark.parametrize("text,message", [("", "रिपोर्ट का पाठ चिपकाएँ"), ("क" * 200_001, "पाठ बहुत लंबा है")])
def test_bad_reports_get_a_clear_error_not_a_500(client_for, state_admin, text, message):
    r = client_for(state_admin).post(reverse("press_extract"), {"text": text, "step": "extract"})
    assert r.status_code == 200 and message in r.content.decode()


def test_english_text_gives_an_empty_draft(client_for, state_admin):
    r = client_for(state_admin).post(reverse("press_extract"), {"text": "The weather was fine today.", "step": "extract"})
    assert r.status_code == 200 and r.context["draft"]["people"] == []


def test_composing_the_seed_meeting_and_extracting_it_gives_it_back(seed_activity):
    rec = record(seed_activity)
    again = extract(compose(rec, "hi"))
    for r in (rec, again):  # people only mentioned in a speech take no part; the schema lets them go
        r["people"] = [p for p in r["people"] if not p.get("mentioned_only")]
    totals = aggregate([score_article(again, rec)])
    assert totals["people"].f1 == 1.0
    assert totals["roles"].f1 == 1.0
    assert totals["posts"].f1 == 1.0


def test_the_cli_extracts_reports_as_jsonl():
    raw = sorted((TRAINING / "raw").glob("*.json"))[:3]
    exe = Path(sys.executable).with_name("sangathan")
    out = subprocess.run([str(exe), "extract", "--jsonl", *map(str, raw)], capture_output=True, text=True, check=True)
    recs = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(recs) == 3 and all(r["people"] for r in recs)
    keys = {"id", "event_type", "mode", "organisation", "wing", "level", "dateline", "venue", "date", "people", "quotes"}
    assert all(keys <= set(r) and all({"name", "posts", "roles"} <= set(p) for p in r["people"]) for r in recs)


def test_the_api_reads_a_report_with_scoped_matches(state_admin, seed_text):
    from django.test import Client

    from sangathan.accounts.models import ApiToken

    c = Client(headers={"Authorization": f"Bearer {ApiToken.issue(state_admin)}"})
    rec = c.post("/api/press/extract", {"text": seed_text}, content_type="application/json").json()
    vinay = next(p for p in rec["people"] if p["name"] == "विनय महोबिया")
    assert vinay["suggested_id"] == vinay["candidates"][0]["id"]
    assert c.post("/api/press/extract", {"text": ""}, content_type="application/json").status_code == 422


def test_the_api_composes_only_in_scope(balod_reporter, state_viewer, seed_activity):
    from django.test import Client

    from sangathan.accounts.models import ApiToken

    url = f"/api/activities/{seed_activity.pk}/press-note?lang=en"
    ok = Client(headers={"Authorization": f"Bearer {ApiToken.issue(state_viewer)}"}).get(url)
    assert ok.status_code == 200 and "Vijay Baghel" in ok.json()["body"] and "chief guest" in ok.json()["body"]
    out = Client(headers={"Authorization": f"Bearer {ApiToken.issue(balod_reporter)}"}).get(url)
    assert out.status_code == 404
