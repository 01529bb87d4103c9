"""The demo holds the seed meeting completely; its export matches the gold record."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.http import Http404
from django.utils import translation

from sangathan.activities.actions import CreateActivity, UpdateActivity
from sangathan.activities.export import record
from sangathan.core.models import AuditEvent
from sangathan.people.models import Person


@pytest.fixture
def gold(press_training):
    return json.loads((press_training / "gold/seed.json").read_text(encoding="utf-8"))


def people_of(rec):
    return {p["name"]: (sorted(p["posts"]), sorted(p["roles"]), bool(p.get("mentioned_only"))) for p in rec["people"]}


def test_the_seed_meeting_exports_exactly_the_gold_people_roles_posts_and_quotes(seed_activity, gold, capsys):
    call_command("export", "activity", str(seed_activity.pk), "--format", "json")
    rec = json.loads(capsys.readouterr().out)
    assert people_of(rec) == people_of(gold)
    assert rec["quotes"] == gold["quotes"]
    for key in ("event_type", "mode", "organisation", "wing", "level", "dateline", "venue", "date"):
        assert rec[key] == gold[key], key


def test_the_seed_meeting_knows_the_attending_districts(seed_activity):
    units = [a["unit"] for a in record(seed_activity)["attending_units"]]
    assert {"बेमेतरा जिला", "कबीरधाम जिला", "मोहला-मानपुर-अंबागढ़ चौकी जिला", "बालोद जिला"} <= set(units)


def test_export_activities_prints_one_record_per_line_with_an_id(db, capsys):
    call_command("export", "activities", "--format", "jsonl")
    lines = capsys.readouterr().out.strip().splitlines()
    from sangathan.activities.models import Activity

    ids = [json.loads(x)["id"] for x in lines]
    assert sorted(ids) == sorted(Activity.objects.values_list("pk", flat=True))


def test_export_is_scoped_to_the_acting_user(db, capsys):
    call_command("export", "activities", "--format", "jsonl", "--as", "balod_reporter")
    titles = [json.loads(x)["title"] for x in capsys.readouterr().out.strip().splitlines()]
    from sangathan.activities.models import Activity
    from sangathan.org.models import Unit

    balod = Unit.objects.get(name_hi="बालोद जिला")
    expected = set(Activity.objects.filter(unit__path__startswith=balod.path).values_list("title", flat=True))
    assert len(titles) == len(expected) and set(titles) == expected
    assert "बालोद जिला आईटी सेल प्रशिक्षण कार्यशाला" in titles and not any("दुर्ग" in t for t in titles)


def test_a_reporter_records_a_meeting_with_a_new_participant(balod_reporter, unit):
    before = AuditEvent.objects.count()
    a = CreateActivity(balod_reporter, fields={"title": "मंडल बैठक", "unit": unit("गुंडरदेही"), "kind": "meeting"},
                       participants=[{"new": {"name_hi": "श्री राम कुमार"}, "roles": ["presided"]}]).run()
    p = a.participations.get()
    assert p.person.name_hi == "राम कुमार" and p.person.home_unit == unit("गुंडरदेही")
    assert AuditEvent.objects.count() - before == 3  # activity, new person, participation
    assert len(set(AuditEvent.objects.all()[before:].values_list("action_id", flat=True))) == 1


def test_a_reporter_cannot_record_in_another_district(balod_reporter, unit):
    with pytest.raises(Http404):
        CreateActivity(balod_reporter, fields={"title": "x", "unit": unit("दुर्ग जिला")}).run()


def test_unknown_roles_are_refused_with_the_participant_named(admin, seed_activity):
    vijay = Person.objects.get(name_hi="विजय बघेल")
    with translation.override("en"), pytest.raises(ValidationError, match="participant 1"):
        UpdateActivity(admin, activity=seed_activity, participants=[{"person": vijay, "roles": ["king"]}]).run()
    with pytest.raises(ValidationError, match="प्रतिभागी 1: अज्ञात भूमिका king"):  # the default language, Hindi
        UpdateActivity(admin, activity=seed_activity, participants=[{"person": vijay, "roles": ["king"]}]).run()
    assert seed_activity.participations.count() == 18
