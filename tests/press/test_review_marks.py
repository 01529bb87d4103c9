"""The review screen shows where each name came from; press pages carry no inline script."""

import re
from pathlib import Path

from django.urls import reverse

TEXT = "रायपुर। युवा मोर्चा की बैठक हुई। बैठक की अध्यक्षता मंडल अध्यक्ष रामलाल यादव ने की।"


def test_names_and_posts_are_marked_in_the_pasted_text(client_for, state_admin):
    page = client_for(state_admin).post(reverse("press_extract"), {"text": TEXT, "step": "extract"})
    body = page.content.decode()
    draft = page.context["draft"]
    i = [p.name for p in draft["people"]].index("रामलाल यादव")
    assert f'<mark class="src-name" data-person="{i}" title="presided">रामलाल यादव</mark>' in body
    assert f'<mark class="src-post" data-person="{i}"' in body
    assert f'id="person-{i}"' in body and 'name="p%d-blank"' % len(draft["people"]) in body


def test_a_missed_person_added_in_an_empty_row_is_saved_and_empty_rows_are_ignored(client_for, state_admin, unit):
    from sangathan.activities.models import Activity
    from sangathan.press.models import TrainingExample

    c = client_for(state_admin)
    draft = c.post(reverse("press_extract"), {"text": TEXT, "step": "extract"}).context["draft"]
    post = {"step": "save", "text": TEXT, "url": "", "title": "मोर्चा बैठक", "unit": unit("रायपुर जिला").pk,
            "kind": "meeting", "mode": "in_person", "people": draft["rows"], "quotes": 0}
    for i in range(draft["rows"]):
        post |= {f"p{i}-name": "", f"p{i}-match": "new", f"p{i}-blank": "1"}
    post |= {"p0-name": "रामलाल यादव", "p0-roles": ["presided"], "p0-posts": "मंडल अध्यक्ष",
             f"p{draft['rows'] - 1}-name": "सीमा साहू", f"p{draft['rows'] - 1}-roles": ["attendee"]}
    assert c.post(reverse("press_extract"), post).status_code == 302
    a = Activity.objects.get(title="मोर्चा बैठक")
    assert sorted(p.person.name_hi for p in a.participations.select_related("person")) == ["रामलाल यादव", "सीमा साहू"]
    ex = TrainingExample.objects.get(activity=a)
    assert ex.text == TEXT and [p["name"] for p in ex.record["people"]] == ["रामलाल यादव", "सीमा साहू"]


def test_press_templates_have_no_inline_script_or_event_handlers():
    root = Path(__file__).resolve().parents[2] / "sangathan/press/templates"
    for path in root.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path.name
        assert not re.search(r"\son[a-z]+\s*=", html), path.name
