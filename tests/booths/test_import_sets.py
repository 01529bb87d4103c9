"""The set-based import paths: natural keys against existing rows, in-file duplicates, sparse headers,
and booth states and rollups that still equal a recount."""

from __future__ import annotations

import pytest
from django.utils import translation

from sangathan.booths import rebuild
from sangathan.booths.models import BoothCommittee, CommitteeMember
from sangathan.people.models import Appointment, Person
from sangathan.synth.importer import DryRun, ImportFailed, ImportPeople

HEADER = "home_unit_code,name_hi,name_en,phone,email,post,unit_code,wing,page,start\n"
ROW = "63-1,{name},Someone,+91 80000000{n:02d},,{post},63-1,,{page},\n"


@pytest.fixture
def write(tmp_path):
    def make(text: str, name: str = "people.csv"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return make


def _rows(*specs) -> str:
    return HEADER + "".join(ROW.format(name=name, n=n, post=post, page=page) for name, n, post, page in specs)


def test_a_grown_file_adds_only_its_new_rows_and_in_file_duplicates_count_once(admin, write):
    first = _rows(("अमित साहू", 1, "सदस्य", ""), ("अमित साहू", 1, "सदस्य", ""), ("विजय साहू", 2, "president", ""))
    got = ImportPeople(admin, path=write(first), progress=False).run()
    assert (got["people"], got["seats"], got["appointments"]) == (2, 1, 1)
    grown = first + ROW.format(name="अमित साहू", n=1, post="पन्ना प्रमुख", page=1) \
        + ROW.format(name="नीलम साहू", n=3, post="सदस्य", page="")
    got = ImportPeople(admin, path=write(grown), progress=False).run()
    assert (got["people"], got["seats"], got["appointments"]) == (1, 2, 0)
    assert Person.objects.filter(phone="+91 8000000001").count() == 1
    assert CommitteeMember.objects.filter(person__phone="+91 8000000001").count() == 2
    assert rebuild.verify() == []


def test_the_booth_state_and_rollups_follow_the_new_seats(admin, write):
    booth = BoothCommittee.objects.filter(unit__code="63-1").values_list("members", flat=True).first() or 0
    ImportPeople(admin, path=write(_rows(*((f"नया सदस्य {c}", 10 + i, "सदस्य", "") for i, c in
                                              enumerate("कखगघ")))), progress=False).run()
    assert BoothCommittee.objects.get(unit__code="63-1").members == booth + 4
    assert rebuild.verify() == []


def test_a_booth_the_rollups_have_no_row_for_gets_one_with_the_imports_seats(admin, write):
    """Rollup rows are normally made when a booth is created; a booth made by a path that skipped
    that still gets a row carrying what the import added, and its ancestors move as well."""
    from sangathan.booths.models import BoothRollup
    from sangathan.org.models import Unit

    booth = Unit.objects.get(code="63-1")
    BoothRollup.objects.filter(unit=booth).delete()
    parent_before = BoothRollup.objects.get(unit_id=booth.parent_id).members
    before = BoothCommittee.objects.filter(unit=booth).values_list("members", flat=True).first() or 0
    ImportPeople(admin, path=write(_rows(("नया सदस्य क", 31, "सदस्य", ""), ("नया सदस्य ख", 32, "सदस्य", ""))),
                 progress=False).run()
    assert BoothCommittee.objects.get(unit=booth).members == before + 2
    assert BoothRollup.objects.get(unit=booth).members == 2
    assert BoothRollup.objects.get(unit_id=booth.parent_id).members == parent_before + 2


def test_a_header_with_only_the_required_columns_imports(admin, write):
    got = ImportPeople(admin, path=write("name_hi,home_unit_code\nसुनीता पटेल,63-2\n"), progress=False).run()
    assert got["people"] == 1 and Person.objects.get(name_hi="सुनीता पटेल").phone == ""


def test_a_dry_run_counts_what_a_real_run_creates(admin, write):
    path = write(_rows(("रवि यादव", 40, "सदस्य", ""), ("रेखा यादव", 41, "president", "")))
    with pytest.raises(DryRun) as dry:
        ImportPeople(admin, path=path, dry_run=True, progress=False).run()
    assert not Appointment.objects.filter(person__phone="+91 8000000041").exists()
    assert ImportPeople(admin, path=path, progress=False).run() == dry.value.result


def test_an_empty_file_and_a_missing_column_are_errors(admin, write):
    with translation.override("en"), pytest.raises(ImportFailed, match="no data rows"):
        ImportPeople(admin, path=write(HEADER), progress=False).run()
    with translation.override("en"), pytest.raises(ImportFailed, match="column is missing"):
        ImportPeople(admin, path=write("name_hi\nकोई\n"), progress=False).run()


def test_a_reference_gone_before_commit_fails_the_whole_import(admin, write, monkeypatch):
    """On PostgreSQL the new rows' references are proved by one set query per table (not a trigger
    per row); a unit missing by then fails the import and nothing is written."""
    from django.db import connection

    from sangathan.synth import stage

    if connection.vendor != "postgresql":
        pytest.skip("the set-based reference check replaces PostgreSQL's per-row foreign-key triggers")
    real = stage._references
    monkeypatch.setattr(stage, "_references", lambda: [*real(), (stage.U, "id", "SELECT -1 AS ref")])
    people = Person.objects.count()
    with pytest.raises(ImportFailed, match="deleted meanwhile"):
        ImportPeople(admin, path=write(_rows(("अमित साहू", 1, "सदस्य", ""))), progress=False).run()
    assert Person.objects.count() == people


def test_a_page_beyond_the_booths_voter_list_names_its_line_and_nothing_is_written(admin, write):
    from sangathan.booths.actions import SetVoterListPages
    from sangathan.org.models import Unit

    SetVoterListPages(admin, booth=Unit.objects.get(code="63-1"), pages=5).run()
    people = Person.objects.count()
    text = _rows(("पेज ठीक", 60, "पन्ना प्रमुख", 5), ("पेज बाहर", 61, "पन्ना प्रमुख", 9))
    with translation.override("en"), pytest.raises(ImportFailed) as failed:
        ImportPeople(admin, path=write(text), progress=False).run()
    assert [(e.line, e.column) for e in failed.value.errors] == [(3, "page")]
    assert "page 9 is beyond the booth's 5 voter-list pages" in str(failed.value.errors[0])
    assert Person.objects.count() == people
