"""Importing real Form 20 files (a handful of ACs) and hand-built ones into the database."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from django.core.management import CommandError, call_command
from django.db.models import Sum
from django.utils import translation

from sangathan.core.models import AuditEvent
from sangathan.elections.models import BoothResult, BoothVote, Candidate, Election, Finding
from sangathan.elections.sources import Inputs, parse
from sangathan.org.models import Unit
from tests.elections.conftest import AC59, AC63, GJ, PUB, UP, form20

BANDA = [233, 234, 235, 236, 237]  # PC 48


def run_import(name: str, *paths: Path, **opts: str) -> None:
    args = ["elections", "import", "--election", name, *map(str, paths), "--no-progress", "--as", "admin"]
    for k, v in opts.items():
        args += [f"--{k.replace('_', '-')}"] + ([] if v is True else [str(v)])
    call_command(*args)


def votes_by(election: Election, *fields: str) -> dict:
    qs = BoothVote.objects.filter(booth__election=election).values(*fields).annotate(n=Sum("votes"))
    return {tuple(r[f] for f in fields): r["n"] for r in qs}


def test_up_acs_sum_to_their_booth_rows_and_the_seat_to_the_published_total(db):
    run_import("UP LS 2014", *[UP / f"form20_raw/AC{a:03d}.csv" for a in BANDA],
               candidates=UP / "susewind_Candidates.csv", parties=UP / "susewind_Political_parties.csv",
               ac_to_pc=UP / "ac_to_pc_up.csv", published=PUB / "ge2014_eci-candidate-wise.csv", state="UP")
    e = Election.objects.get(name="UP LS 2014")
    assert (e.kind, e.year) == ("LS", 2014)
    derived = pl.read_csv(UP / "derived_ac_candidate_sums_from_booths.csv").filter(pl.col("ac_no").is_in(BANDA))
    ours = votes_by(e, "booth__ac_no", "candidate__serial")
    assert ours == {(r["ac_no"], r["cand_serial"]): r["votes_sum_of_booths"] for r in derived.iter_rows(named=True)}
    for ac in BANDA:
        n = derived.filter(pl.col("ac_no") == ac)["n_booths"][0]
        assert BoothResult.objects.filter(election=e, ac_no=ac).count() == n
    # each booth's total equals the sum of its vote rows
    assert BoothResult.objects.filter(election=e).aggregate(t=Sum("total_votes"))["t"] == sum(ours.values())
    seat = sum(ours.values())
    published = e.published.filter(level="pc", area_no=48).aggregate(t=Sum("total"))["t"]
    assert 0 <= published - seat <= 0.015 * published
    assert set(BoothResult.objects.filter(election=e).values_list("pc_no", flat=True)) == {48}
    assert Finding.objects.filter(election=e, kind__startswith="pc_gap").exists()
    event = AuditEvent.objects.filter(action="election.import").latest("id")
    assert event.after["booths"] == BoothResult.objects.filter(election=e).count()
    assert len(event.after["files"]) == 6 and all(len(h) == 64 for h in event.after["files"].values())


def test_gujarat_page_totals_are_skipped_and_each_equals_its_page(db):
    files = [GJ / f"form20_raw/AC{a:03d}.csv" for a in (1, 10, 173)]
    inputs = Inputs(paths=files, state="GJ", candidates=UP / "susewind_Candidates.csv",
                    parties=UP / "susewind_Political_parties.csv",
                    ac_to_pc=PUB / "delimitation2008_ac_pc_all_india_datameet.csv")
    parsed = parse(inputs)
    pages = parsed.booths.page_totals
    assert pages.height > 10 and pages["matches"].all()
    run_import("GJ LS 2014", *files, state="GJ", candidates=UP / "susewind_Candidates.csv",
               parties=UP / "susewind_Political_parties.csv",
               ac_to_pc=PUB / "delimitation2008_ac_pc_all_india_datameet.csv")
    e = Election.objects.get(name="GJ LS 2014")
    assert not BoothResult.objects.filter(election=e, part_no__iregex=r"total").exists()
    printed = pl.read_csv(GJ / "crosscheck_3ac_booth_sums_vs_printed_form20_totals.csv")
    ours = votes_by(e, "booth__ac_no")
    for ac in (1, 10, 173):
        p = printed.filter(pl.col("ac_no") == ac)
        want = p.filter(pl.col("column").is_in(["TOTAL_VALID", "NOTA"]))["printed_total_votes_recorded_at_polling_stations"].sum()
        assert ours[(ac,)] == want
        parts = BoothResult.objects.filter(election=e, ac_no=ac).values("part_no").distinct().count()
        assert parts == p["n_booth_rows"][0]  # AC 1 prints "232" twice: 329 rows, 328 numbers
    assert not Finding.objects.filter(election=e, kind__endswith="total_mismatch").exists()


def test_a_corrupted_row_imports_nothing_and_names_the_row(db, tmp_path):
    good = form20(tmp_path / "AC063.csv", AC63)
    bad = form20(tmp_path / "AC059.csv", AC59)
    lines = bad.read_text().splitlines(keepends=True)
    lines[3] = lines[3].replace(",300,200,", ",3O0,200,")  # part 2: a letter O for a zero
    bad.write_text("".join(lines))
    before = (Election.objects.count(), BoothResult.objects.count(), AuditEvent.objects.count())
    with pytest.raises(CommandError) as exc:
        run_import("broken", good, bad, state="CG")
    assert "AC059.csv:4" in str(exc.value) and "'3O0'" in str(exc.value) and "nothing was imported" in str(exc.value)
    assert (Election.objects.count(), BoothResult.objects.count(), AuditEvent.objects.count()) == before


def test_an_ac_is_not_imported_twice_without_replace(cg_election, cg_files):
    n = BoothResult.objects.filter(election=cg_election).count()
    with translation.override("en"), pytest.raises(CommandError, match="AC 59 is already imported"):
        run_import("CG LS 2024", cg_files["dir"] / "AC059.csv", state="CG")
    run_import("CG LS 2024", cg_files["dir"] / "AC059.csv", state="CG", replace=True)
    assert BoothResult.objects.filter(election=cg_election).count() == n


def test_booths_attach_to_units_and_missing_ones_are_created_and_audited(cg_election, unit):
    rows = BoothResult.objects.filter(election=cg_election)
    assert rows.count() == len(AC63) + len(AC59) and not rows.filter(unit__isnull=True).exists()
    demo_booth = rows.get(ac_no=63, part_no="5")
    assert demo_booth.unit.name_hi == "बूथ क्रमांक 5" and demo_booth.unit_path == demo_booth.unit.path
    balod_ac = Unit.objects.get(level__key="assembly", code="59")
    created = Unit.objects.filter(parent=balod_ac, level__key="booth")
    assert created.count() == 3 and all(u.path.startswith(balod_ac.path) for u in created)
    assert balod_ac.path.startswith(unit("बालोद जिला").path)
    new63 = Unit.objects.get(level__key="booth", code="63-13")
    assert new63.parent == Unit.objects.get(level__key="assembly", code="63")
    ev = AuditEvent.objects.filter(action="election.create_booths").latest("id")
    assert ev.after["booth_units_created"] == 5 and ev.after["ac_units_created"] == 0
    cands = dict(Candidate.objects.filter(election=cg_election).values_list("name", "party__name"))
    assert cands["RAM KUMAR"] == "Bharatiya Janata Party"
