"""Readers on real data (UP/Gujarat LS 2014) and on small hand-made files for edge cases."""
from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from sangathan.elections.names import RefCandidate, match_candidates, normalise_name
from sangathan.elections.readers import (ERROR, ParseError, load_ac_to_pc, load_candidate_list, read_ac_results,
                                         read_eci_candidate_totals, read_gj_form20, read_long_booth_file,
                                         read_up_form20)

DATA = Path(__file__).resolve().parents[1] / "shared/data/elections"
UP, GJ, PUB = DATA / "up_ls2014", DATA / "gj_ls2014", DATA / "published_totals"


@pytest.fixture(scope="module")
def up_list() -> pl.DataFrame:
    return load_candidate_list(UP / "susewind_Candidates.csv", UP / "susewind_Political_parties.csv", "S24")


@pytest.fixture(scope="module")
def gj_list() -> pl.DataFrame:
    return load_candidate_list(UP / "susewind_Candidates.csv", UP / "susewind_Political_parties.csv", "S06")


@pytest.fixture(scope="module")
def up_pc() -> dict[int, int]:
    m = load_ac_to_pc(UP / "ac_to_pc_up.csv")
    return dict(zip(m["ac_no"], m["pc_no"]))


def read_pc(pc: int, up_pc: dict[int, int], up_list: pl.DataFrame) -> list:
    return [read_up_form20(UP / f"form20_raw/AC{ac:03d}.csv", ac_no=ac, pc_no=pc, candidate_list=up_list)
            for ac, p in sorted(up_pc.items()) if p == pc]


# ---------- UP ----------

@pytest.mark.parametrize("ac", [1, 81, 170, 387])
def test_up_ac_sums_equal_sum_of_booth_rows(ac: int, up_pc: dict[int, int], up_list: pl.DataFrame) -> None:
    r = read_up_form20(UP / f"form20_raw/AC{ac:03d}.csv", pc_no=up_pc[ac], candidate_list=up_list)
    assert not r.errors
    derived = pl.read_csv(UP / "derived_ac_candidate_sums_from_booths.csv").filter(pl.col("ac_no") == ac)
    ours = r.votes.group_by("candidate_key").agg(pl.col("votes").sum()).join(
        r.candidates.select("candidate_key", "serial_in_file"), on="candidate_key")
    expect = dict(zip(derived["cand_serial"], derived["votes_sum_of_booths"]))
    assert dict(zip(ours["serial_in_file"], ours["votes"])) == expect
    assert r.booths.height == derived["n_booths"][0]
    # every booth row: candidates + NOTA add up to "Total Votes Secured" (else a finding)
    assert not [f for f in r.findings if f.kind == "row_total_mismatch"]


@pytest.mark.parametrize("pc", [1, 48, 77])  # Saharanpur, Banda, Varanasi (42 candidates)
def test_up_pc_totals_within_postal_gap_of_eci(pc: int, up_pc: dict[int, int], up_list: pl.DataFrame) -> None:
    booth = sum(int(r.votes["votes"].sum()) for r in read_pc(pc, up_pc, up_list))
    eci = read_eci_candidate_totals(PUB / "ge2014_eci-candidate-wise.csv", "S24").filter(pl.col("area_no") == pc)
    published = int(eci["total"].sum())
    assert 0 <= published - booth <= 0.015 * published


def test_up_candidates_matched_by_name_with_duplicate_hema_malini(up_pc: dict[int, int], up_list: pl.DataFrame) -> None:
    parts = read_pc(17, up_pc, up_list)  # Mathura: two HEMA MALINI (BJP CA01, independent CA05)
    cands = parts[0].candidates
    hema = cands.filter(pl.col("name") == "HEMA MALINI").sort("serial_in_file")
    assert hema["serial_in_file"].to_list() == [4, 20]
    assert hema["candidate_key"].to_list() == ["S24PC17CA01", "S24PC17CA05"]
    assert hema["party"].to_list() == ["Bharatiya Janata Party", "Independent"]
    votes = pl.concat([p.votes for p in parts]).group_by("candidate_key").agg(pl.col("votes").sum())
    total = dict(zip(votes["candidate_key"], votes["votes"]))
    assert 0 <= 574_633 - total["S24PC17CA01"] <= 0.015 * 574_633  # ECI: BJP Hema Malini
    assert 0 <= 10_158 - total["S24PC17CA05"] <= 300                # ECI: independent Hema Malini
    nota = cands.filter(pl.col("name") == "None of the Above")
    assert nota["candidate_key"].to_list() == ["S24PC17CA14"]  # NOTA is a candidate of its own


def test_up_alias_matched_by_elimination_is_reported(up_list: pl.DataFrame) -> None:
    r = read_up_form20(UP / "form20_raw/AC162.csv", pc_no=33, candidate_list=up_list)
    row = r.candidates.filter(pl.col("serial_in_file") == 4)
    assert row["candidate_key"][0] == "S24PC33CA01"  # SAKSHI Maharaj = SWAMI SACHCHIDANAND HARI SAKSHI
    assert [f.kind for f in r.findings] == ["candidate_matched_by_elimination"]


def test_up_truncated_last_row_is_named_by_file_and_line() -> None:
    r = read_up_form20(UP / "form20_raw/AC200.csv", pc_no=41)
    (err,) = r.errors
    assert (err.file, err.line, err.part, err.kind) == ("form20_raw/AC200.csv", 170, "168", "bad_row")
    assert "empty cell" in err.detail
    assert r.booths.height == 168  # the row is kept (nulls), its missing votes are not invented
    with pytest.raises(ParseError, match="AC200.csv:170"):
        r.raise_on_errors()


HEAD1 = '"Polling Station",,"Total No of Electors",,,,"Voters Turnout",,,,,,"Candidate ID and Name",,,\n'
HEAD2 = ('"Part No","Part Name",Male,Female,Other,"Total No. of electors",Male,Female,Other,Total,'
         '"No of voters identifying using EPIC","Tendered Voter","1 - RAM","2 - SHYAM","3 - None of the Above",'
         '"Total Votes Secured"\n')


def test_up_corrupted_rows_all_reported_not_only_first(tmp_path: Path) -> None:
    f = tmp_path / "AC009.csv"
    f.write_text(HEAD1 + HEAD2 + '1,"A",10,10,0,20,5,5,0,10,10,0,6,3,1,10\n'
                 '2,"B",10,10,0,20,5,5,0,10,10,0,1Page6,3,1,10\n'
                 '3,"C",10,10,0,20,5,5,0,10,10,0,2,x,1,10\n'
                 '4,"D",10,10,0,20,5,5,0,10,10,0,5,4,1,10\n')
    r = read_up_form20(f)
    assert [(e.line, e.part) for e in r.errors] == [(4, "2"), (5, "3")]
    assert "'1 - RAM'='1Page6'" in r.errors[0].detail
    assert r.booths["part_no"].to_list() == ["1", "2", "3", "4"]
    assert r.votes.filter(pl.col("part_no") == "4")["votes"].sum() == 10


def test_up_columns_found_by_header_not_position(tmp_path: Path) -> None:
    """Same data, columns shuffled: identical booths and votes."""
    a, b = tmp_path / "AC001.csv", tmp_path / "AC002.csv"
    a.write_text(HEAD1 + HEAD2 + '7,"X",10,12,0,22,5,6,0,11,11,1,6,4,1,11\n')
    b.write_text('"Voters Turnout",,,,"Total No of Electors",,,,,,,,,,,\n'
                 '"3 - None of the Above","Total Votes Secured",Male,Total,Female,Other,"Total No. of electors",Male,'
                 'Female,Other,"2 - SHYAM","Tendered Voter","Part Name","1 - RAM","Part No",'
                 '"No of voters identifying using EPIC"\n'
                 '1,11,5,11,6,0,22,10,12,0,4,1,"X",6,7,11\n')
    ra, rb = read_up_form20(a), read_up_form20(b)
    assert not ra.findings and not rb.findings
    cols = ["part_no", "part_name", "electors", "voters", "tendered"]
    assert ra.booths.select(cols).to_dicts() == rb.booths.select(cols).to_dicts()
    key = lambda df: sorted((r["candidate_key"][-3:], r["votes"]) for r in df.iter_rows(named=True))  # noqa: E731
    assert key(ra.votes) == key(rb.votes) == [("F01", 6), ("F02", 4), ("OTA", 1)]


# ---------- Gujarat converted-PDF files ----------

def test_gj_page_totals_skipped_and_each_equals_its_page(gj_list: pl.DataFrame) -> None:
    r = read_gj_form20(GJ / "form20_raw/AC001.csv", pc_no=1, candidate_list=gj_list)
    pt = r.page_totals.filter(pl.col("kind") == "page_total")
    assert pt.height == 47 and pt["matches"].all()
    assert (pt["printed"] == pt["sum_of_rows"]).all()
    assert r.page_totals.filter(pl.col("kind") == "ac_total")["matches"].to_list() == [True]
    # 329 rows, 328 numbers: "232" printed twice (both rows needed for the printed total), no page totals
    assert (r.booths.height, r.booths["part_no"].n_unique()) == (329, 328)
    nota = r.candidates.filter(pl.col("name") == "None of the Above")["candidate_key"][0]
    assert r.votes.filter(pl.col("candidate_key") != nota)["votes"].sum() == 141_276  # printed valid votes
    assert r.votes.filter(pl.col("candidate_key") == nota)["votes"].sum() == 2_712


@pytest.mark.parametrize("ac,pc,valid", [(10, 2, 126_415), (173, 26, 121_560)])
def test_gj_other_layouts_match_printed_totals(ac: int, pc: int, valid: int, gj_list: pl.DataFrame) -> None:
    r = read_gj_form20(GJ / f"form20_raw/AC{ac:03d}.csv", pc_no=pc, candidate_list=gj_list)
    assert r.page_totals.filter(pl.col("kind") == "ac_total")["matches"].to_list() == [True]
    assert r.candidates["candidate_key"].str.contains("CA").all()  # AC010: merged header names split by the list
    nota = r.candidates.filter(pl.col("name") == "None of the Above")["candidate_key"][0]
    assert r.votes.filter(pl.col("candidate_key") != nota)["votes"].sum() == valid


def test_gj_unlabelled_page_totals_not_counted_as_booths() -> None:
    r = read_gj_form20(GJ / "form20_raw/AC002.csv", pc_no=1)  # datameet counted these: AC002 doubled
    kinds = [f.kind for f in r.findings]
    assert kinds.count("unlabelled_page_total") == 19
    assert r.page_totals["matches"].all()
    assert r.votes["votes"].sum() < 261_708 / 2 + 5_000


def test_gj_page_total_mismatch_is_a_finding() -> None:
    r = read_gj_form20(GJ / "form20_raw/AC006.csv", pc_no=1)
    (f,) = [f for f in r.findings if f.kind == "page_total_mismatch"]
    assert f.line == 130 and "printed 2370, rows 2140" in f.detail  # booth 106 is missing from the file


def test_gj_empty_file_gives_finding_not_crash() -> None:
    r = read_gj_form20(GJ / "form20_raw/AC066.csv")
    assert [(f.kind, f.severity) for f in r.findings] == [("empty_file", ERROR)]
    assert r.booths.height == 0 and r.votes.height == 0


def test_gj_corrupted_cell_named_by_line() -> None:
    r = read_gj_form20(GJ / "form20_raw/AC181.csv", pc_no=26)
    (e,) = r.errors
    assert (e.file, e.line, e.part) == ("form20_raw/AC181.csv", 264, "262") and "'1 Page 6'" in e.detail


def test_gj_long_file_garbage_cells_named_by_line(gj_list: pl.DataFrame) -> None:
    r = read_long_booth_file(GJ / "gujarat_ls2014_booth_long_datameet.csv", candidate_list=gj_list)
    assert sorted((e.line, e.ac) for e in r.errors) == [(338086, 57), (523735, 181), (526285, 182)]
    assert r.booths.height == 40_994
    assert not [f for f in r.findings if f.kind == "candidate_unmatched"]


# ---------- published results ----------

def test_cg_ac_results_evm_plus_postal() -> None:
    findings: list = []
    df = read_ac_results(DATA / "cg_ae2023/cg_ae2023_ac_candidate_results_eci.csv", findings)
    assert not findings
    assert (df["total"].sum(), df["evm_votes"].sum()) == (15_634_933, 15_540_804)
    winners = df.sort("total", descending=True).group_by("area_no").first()["party"].value_counts()
    assert dict(zip(winners["party"], winners["count"]))["Bharatiya Janata Party"] == 54


# ---------- names ----------

def test_name_matching_duplicates_split_words_and_brackets() -> None:
    refs = [RefCandidate("CA01", "HEMA MALINI", "BJP", 1), RefCandidate("CA02", "PARESH RAWAL", "BJP", 2),
            RefCandidate("CA05", "HEMA MALINI", "Independent", 5, independent=True),
            RefCandidate("CA07", "AHIR VIKRAMBHAI ARJANBHAI MADAM", "INC", 7),
            RefCandidate("CA09", "None of the Above", None, 9)]
    names = ["Hema Malini", "PARESH RAVAL (BHARTIYA JANATA PARTY)", "AHIR VIKR AMB HAI", "NOTA", "HEMA  MALINI"]
    got = [m.ref.key if m.ref else None for m in match_candidates(names, refs)]
    assert got == ["CA01", "CA02", "CA07", "CA09", "CA05"]
    # with a party in the file, the party decides between equal names, not the order
    got = match_candidates(["HEMA MALINI", "HEMA MALINI"], refs[:1] + refs[2:3], ["Independent", "BJP"])
    assert [m.ref.key for m in got] == ["CA05", "CA01"]
    assert normalise_name("Dr.  K.C. Patel") == "K C PATEL"


def test_name_matching_rejects_strangers() -> None:
    (m,) = match_candidates(["RAMESH KUMAR"], [RefCandidate("A", "SURESH PATEL"), RefCandidate("B", "ANIL")])
    assert m.ref is None and m.score < 75
