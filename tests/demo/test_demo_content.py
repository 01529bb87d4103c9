"""The demo shows every capability on first start (issue 12): real election figures, a newsroom,
activities of every kind, programmes part done. The demo is the session's fixture (tests/conftest.py)."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from sangathan.demo.activities import UPCOMING_DIVISION_MEETING
from sangathan.demo.elections import ELECTION


@pytest.fixture
def election(db):
    from sangathan.elections.models import Election

    return Election.objects.get(name=ELECTION)


def test_the_cg_2023_results_are_imported_and_every_ac_joins_its_unit(election):
    from sangathan.elections.models import BoothResult, BoothVote, Candidate, Finding

    rows = BoothResult.objects.filter(election=election)
    assert (election.kind, election.year, election.state) == ("AE", 2023, "CG")
    assert rows.count() == 90 and set(rows.values_list("part_no", flat=True)) == {"AC"}
    assert not rows.filter(unit__isnull=True).exists()
    assert all(r.unit.level.key == "assembly" and r.unit.code == str(r.ac_no) for r in rows.select_related("unit__level"))
    # EVM votes of the published file (README of the shipped data): 15,540,804 in 1,271 candidate rows
    assert sum(BoothVote.objects.filter(booth__election=election).values_list("votes", flat=True)) == 15_540_804
    assert Candidate.objects.filter(election=election).count() == 1271
    assert not Finding.objects.filter(election=election).exists()


def test_the_winners_match_the_declared_result(election):
    import polars as pl

    from sangathan.elections import data, summary

    f = summary.frames(election, data.booths_qs(election))
    won = summary.booth_table(f, "BJP").group_by("winner").len()
    assert dict(zip(won["winner"], won["len"])) == {"BJP": 54, "INC": 35, "GGP": 1}
    durg_gramin = summary.booth_table(f, "BJP").filter(pl.col("ac_no") == 63)
    assert durg_gramin["winner"][0] == "BJP" and durg_gramin["category"][0] == "A"


def test_a_district_page_shows_categories_and_the_committee_comparison(client_for, durg_manager, election, unit):
    r = client_for(durg_manager).get(reverse("elections:unit", args=[election.pk, unit("दुर्ग जिला").pk]))
    tables = {t["name"]: t for t in r.context["tables"]}
    assert r.status_code == 200 and r.context["n_booths"] == 6  # the district's six ACs
    assert {row[0] for row in tables["categories"]["rows"]} == {"A", "C", "D"}
    groups = {row[0]: row[1] for row in tables["committees"]["rows"]}
    assert groups == {"committee": 1, "no committee": 5}  # दुर्ग ग्रामीण has the demo's booth committees


def test_an_ac_takes_the_committee_status_most_of_its_booths_have(unit):
    from sangathan.booths.services import committee_status_by_booth

    ac, other = unit("दुर्ग ग्रामीण"), unit("पाटन")
    status = committee_status_by_booth([ac.pk, other.pk, unit("बूथ क्रमांक 1").pk, unit("बूथ क्रमांक 11").pk])
    assert status[ac.pk] == "formed" and other.pk not in status
    assert status[unit("बूथ क्रमांक 1").pk] == "active" and unit("बूथ क्रमांक 11").pk not in status


def test_activities_have_every_kind_distinct_titles_and_dates_past_and_upcoming(db):
    from sangathan.activities.models import Activity, Kind

    acts = list(Activity.objects.all())
    assert {a.kind for a in acts} == set(Kind.values)
    assert len({a.title for a in acts}) == len(acts)
    now = timezone.now()
    dated = [a.starts_at for a in acts if a.starts_at]
    assert min(dated) < now - datetime.timedelta(days=80) and max(dated) <= now + datetime.timedelta(days=30)
    assert sum(d > now for d in dated) >= 3
    meeting = Activity.objects.get(title=UPCOMING_DIVISION_MEETING)
    assert meeting.unit.level.key == "division" and meeting.starts_at > now


def test_the_newsroom_has_three_notes_with_approved_comments(client, seed_activity):
    from sangathan.press.models import PressNote

    notes = PressNote.objects.filter(status="published")
    assert notes.count() >= 3 and notes.filter(activity=seed_activity).exists()
    page = client.get(reverse("newsroom")).content.decode()
    for note in notes:
        assert note.headline in page
        assert note.comments.filter(status="approved").exists()
    seed_note = notes.get(activity=seed_activity)
    html = client.get(reverse("press_note", args=[seed_note.slug])).content.decode()
    assert "सरिता देवांगन" in html and "बूथ स्तर तक आईटी सेल" in html


def test_programmes_are_partly_done(db):
    from sangathan.programmes.models import Programme

    for p in Programme.objects.all():
        statuses = set(p.targets.values_list("status", flat=True))
        assert "done" in statuses and "pending" in statuses, p.title


def test_importing_ac_level_results_again_creates_no_units_and_replaces_the_rows(admin, election):
    from importlib.resources import as_file

    from sangathan.demo.elections import DATA, RESULTS
    from sangathan.elections.importer import ImportElection
    from sangathan.elections.models import BoothResult
    from sangathan.elections.sources import Inputs
    from sangathan.org.models import Unit

    units = Unit.objects.count()
    with as_file(DATA / RESULTS) as path:
        res = ImportElection(admin, election=ELECTION, inputs=Inputs(paths=[path], state="CG"), create_booths=True,
                             replace=True).run()
    assert (res["booths"], res["booths_linked"], res["ac_units_created"], res["booth_units_created"]) == (90, 90, 0, 0)
    assert Unit.objects.count() == units and BoothResult.objects.filter(election=election).count() == 90
