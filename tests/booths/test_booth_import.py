"""Bulk import of people, posts and committee seats: all errors or all rows, and idempotent."""

from __future__ import annotations

import hashlib

import pytest
from django.utils import translation
from openpyxl import Workbook

from sangathan.booths import rebuild
from sangathan.booths.models import CommitteeMember
from sangathan.core.models import AuditEvent
from sangathan.people.models import Appointment, Person
from sangathan.synth.importer import DryRun, ImportFailed, ImportPeople

HEADER = "home_unit_code,name_hi,name_en,phone,email,post,unit_code,wing,page,start\n"
GOOD = HEADER + (
    "63-1,रमेश साहू,Ramesh Sahu,+91 9000000001,,president,63-1,,,2024-01-01\n"
    "63-1,सुरेश साहू,Suresh Sahu,+91 9000000002,,पन्ना प्रमुख,63-1,,2,\n"
    "63-1,सुरेश साहू,Suresh Sahu,+91 9000000002,,सदस्य,63-1,,,\n"
    "63-2,श्रीमती गीता वर्मा,Geeta Verma,+91 9000000003,geeta@example.org,,,,,\n")
BAD = HEADER + (
    "63-1,रमेश साहू,Ramesh Sahu,12ab,,president,63-1,,,2024-13-01\n"
    "63-1,ठीक पंक्ति,Fine Row,+91 9000000009,,,,,,\n"
    "XX-9,,Nobody,,bad,sarpanch,,,,\n"
    "63-1,सुरेश,Suresh,,,पन्ना प्रमुख,63,,,\n")


@pytest.fixture
def write(tmp_path):
    def make(text: str, name: str = "people.csv"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path
    return make


def _counts():
    return Person.objects.count(), Appointment.objects.count(), CommitteeMember.objects.count()


def test_a_file_with_bad_rows_writes_nothing_and_lists_every_error(admin, write):
    before = _counts()
    with translation.override("en"), pytest.raises(ImportFailed) as exc:
        ImportPeople(admin, path=write(BAD), progress=False).run()
    got = {(e.line, e.column) for e in exc.value.errors}
    assert got == {(2, "phone"), (2, "start"), (4, "email"), (4, "home_unit_code"), (4, "name_hi"), (4, "post"),
                   (4, "unit_code"), (5, "page"), (5, "unit_code")}
    assert "no unit has code 'XX-9'" in str(exc.value) and "is not a booth" in str(exc.value)
    assert _counts() == before


def test_the_same_file_twice_changes_nothing_the_second_time(admin, write):
    path = write(GOOD)
    before = _counts()
    first = ImportPeople(admin, path=path, progress=False).run()
    assert (first["people"], first["appointments"], first["seats"]) == (3, 1, 2)
    assert _counts() == (before[0] + 3, before[1] + 1, before[2] + 2)
    events = AuditEvent.objects.count()
    second = ImportPeople(admin, path=path, progress=False).run()
    assert (second["people"], second["appointments"], second["seats"]) == (0, 0, 0)
    assert _counts() == (before[0] + 3, before[1] + 1, before[2] + 2) and AuditEvent.objects.count() == events
    assert Person.objects.get(phone="+91 9000000003").name_hi == "गीता वर्मा"  # honorific stripped
    assert rebuild.verify() == []


def test_bulk_writes_leave_one_summary_event_per_table_with_the_sha256(admin, write):
    path = write(GOOD)
    ImportPeople(admin, path=path, progress=False).run()
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    events = AuditEvent.objects.filter(action="people.import", after__sha256=digest)
    assert {e.model for e in events} == {"people.person", "people.appointment", "booths.committeemember"}
    assert {e.after["created"] for e in events} == {3, 1, 2}


def test_a_dry_run_counts_and_writes_nothing(admin, write):
    before = _counts()
    with pytest.raises(DryRun) as dry:
        ImportPeople(admin, path=write(GOOD), dry_run=True, progress=False).run()
    assert dry.value.result["people"] == 3 and _counts() == before


def test_xlsx_files_import_the_same_way(admin, tmp_path):
    wb = Workbook()
    for line in GOOD.strip().split("\n"):
        wb.active.append(line.split(","))
    path = tmp_path / "people.xlsx"
    wb.save(path)
    assert ImportPeople(admin, path=path, progress=False).run()["people"] == 3


def test_units_outside_the_importers_scope_are_errors(balod_reporter, durg_manager, write):
    with translation.override("en"), pytest.raises(ImportFailed) as exc:
        ImportPeople(durg_manager, path=write(HEADER + "CG,किसी का नाम,,,,,,,,\n"), progress=False).run()
    assert [(e.line, e.column) for e in exc.value.errors] == [(2, "home_unit_code"), (2, "unit_code")]
    assert "outside your scope" in str(exc.value)
    with pytest.raises(ImportFailed):
        ImportPeople(balod_reporter, path=write(GOOD), progress=False).run()
