"""Election pages: public results, scoped unit analysis (out of scope → 404), exports, upload with progress."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from sangathan.elections import jobs
from sangathan.elections.models import Election, ImportJob
from sangathan.org.models import Unit
from tests.elections.conftest import AC63, form20


def test_the_election_page_shows_the_data_quality_report_first(cg_election, client_for, state_viewer):
    body = client_for(state_viewer).get(f"/elections/{cg_election.pk}/").content.decode()
    assert body.index("zero_votes") < body.index("/seat/7/")  # AC 63 part 6 has no votes


def test_seat_analysis_has_categories_charts_and_turnout(cg_election, client_for, outsider):
    """Election results are public: even a user scoped elsewhere sees seat-level numbers."""
    r = client_for(outsider).get(f"/elections/{cg_election.pk}/seat/7/", {"party": "Bharatiya Janata Party"})
    assert r.status_code == 200
    body = r.content.decode()
    assert "plotly/plotly.min.js" in body and 'data-figure="fig-category"' in body
    assert "Booth categories" in body and "Turnout distribution" in body


def test_a_district_manager_sees_only_their_booths(cg_election, client_for, durg_manager, unit):
    c = client_for(durg_manager)
    r = c.get(f"/elections/{cg_election.pk}/unit/{unit('दुर्ग जिला').pk}/", {"table": "booths", "format": "csv"})
    assert r.status_code == 200
    lines = r.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + len(AC63) and all(line.split(",")[1] == "63" for line in lines[1:])
    assert c.get(f"/elections/{cg_election.pk}/unit/{unit('बालोद जिला').pk}/").status_code == 404


def test_other_units_are_404(cg_election, client_for, balod_reporter, unit):
    c = client_for(balod_reporter)
    assert c.get(f"/elections/{cg_election.pk}/unit/{unit('दुर्ग जिला').pk}/").status_code == 404
    booth = Unit.objects.get(level__key="booth", code="63-1")
    assert c.get(f"/elections/{cg_election.pk}/unit/{booth.pk}/").status_code == 404
    r = c.get(f"/elections/{cg_election.pk}/unit/{unit('बालोद जिला').pk}/")
    assert r.status_code == 200 and "Committee vs no committee" in r.content.decode()


def test_tables_export_as_xlsx(cg_election, client_for, durg_manager, unit, monkeypatch):
    from sangathan.elections import committees

    monkeypatch.setattr(committees, "committee_status_by_booth", lambda ids: {i: "none" for i in ids})
    r = client_for(durg_manager).get(f"/elections/{cg_election.pk}/unit/{unit('दुर्ग ग्रामीण').pk}/",
                                     {"party": "BJP", "table": "weak_without_committee", "format": "xlsx"})
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.openxml")
    rows = list(load_workbook(io.BytesIO(r.content)).active.values)
    assert rows[0][:3] == ("booth_id", "ac_no", "part_no") and {row[2] for row in rows[1:]} == {"3", "4"}


def test_swing_against_another_election(cg_election, cg_files, client_for, state_viewer, tmp_path):
    from django.core.management import call_command

    d = tmp_path / "old"
    d.mkdir()
    form20(d / "AC063.csv", [(p, e, max(r - 50, 0), s + 50 * (r > 0), g, n) for p, e, r, s, g, n in AC63])
    call_command("elections", "import", "--election", "CG LS 2019", str(d), "--state", "CG", "--candidates",
                 str(cg_files["candidates"]), "--parties", str(cg_files["parties"]), "--ac-to-pc", str(cg_files["ac_to_pc"]),
                 "--no-progress", "--as", "admin")
    old = Election.objects.get(name="CG LS 2019")
    r = client_for(state_viewer).get(f"/elections/{cg_election.pk}/ac/63/",
                                     {"party": "BJP", "compare": old.pk, "table": "swing", "format": "csv"})
    rows = r.content.decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + len(AC63)
    assert rows[1].split(",")[:2] == ["63", "1"] and float(rows[1].split(",")[-1]) == pytest.approx(5.0)


@pytest.fixture
def inline_jobs(monkeypatch, settings, tmp_path):
    monkeypatch.setattr(jobs, "INLINE", True)
    settings.VAR_DIR = tmp_path


def test_upload_runs_the_import_and_the_page_polls_progress(inline_jobs, client_for, state_admin, unit, cg_files):
    c = client_for(state_admin)
    files = [open(cg_files["dir"] / n, "rb") for n in ("AC063.csv", "AC059.csv")]
    r = c.post("/elections/import/", {"election": "CG web", "kind": "LS", "year": 2024, "state": unit("छत्तीसगढ़").pk,
                                      "files": files, "candidates": open(cg_files["candidates"], "rb"),
                                      "parties": open(cg_files["parties"], "rb")})
    assert r.status_code == 302, r.content.decode()[-2000:]
    job = ImportJob.objects.get(election_name="CG web")
    assert job.status == "done" and job.result["booths"] == 17
    page = c.get(r["Location"]).content.decode()
    assert "htmx-2.min.js" in page and f'href="/elections/{job.election_id}/"' in page
    poll = c.get(f"/elections/jobs/{job.pk}/progress/", headers={"HX-Request": "true"})
    assert poll["HX-Redirect"] == f"/elections/{job.election_id}/"


def test_a_failed_upload_lists_every_error(inline_jobs, client_for, admin, tmp_path):
    bad = tmp_path / "AC063.csv"
    form20(bad, AC63)
    bad.write_text(bad.read_text().replace(",600,300,", ",6x0,300,").replace(",450,400,", ",450,4y0,"))
    r = client_for(admin).post("/elections/import/", {"election": "bad", "kind": "LS", "year": 2024,
                                                     "files": [open(bad, "rb")]})
    job = ImportJob.objects.get(election_name="bad")
    assert job.status == "failed" and [e["line"] for e in job.errors] == [3, 4]
    body = client_for(admin).get(r["Location"]).content.decode()
    assert "6x0" in body and "4y0" in body and "data/AC063.csv" in body and not Election.objects.filter(name="bad").exists()


def test_users_without_a_state_cannot_upload_and_jobs_are_private(client_for, durg_manager, state_admin):
    assert client_for(durg_manager).get("/elections/import/").status_code == 404
    job = ImportJob.objects.create(election_name="x", created_by=state_admin)
    assert client_for(durg_manager).get(f"/elections/jobs/{job.pk}/").status_code == 404
