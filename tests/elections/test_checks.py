"""Data-quality checks find the faults known in the real UP 2014 data (README §3) and in small examples."""
from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from sangathan.elections.checks import check_ac_results, check_all, check_booths, check_published
from sangathan.elections.readers import (ERROR, INFO, Finding, load_ac_to_pc, load_candidate_list,
                                         load_electoral_roll, read_ac_results, read_eci_candidate_totals,
                                         read_gj_form20, read_up_form20_dir)
from sangathan.elections.readers.types import BOOTH_SCHEMA, CANDIDATE_SCHEMA, VOTE_SCHEMA

DATA = Path(__file__).resolve().parents[1] / "shared/data/elections"
UP, PUB = DATA / "up_ls2014", DATA / "published_totals"
TRUNCATED = {37, 102, 145, 166, 175, 188, 196, 200, 207, 210, 248}   # crosscheck_ac_electors_booths_vs_roll2014
MANY_ZERO = {305, 221, 176, 304, 219, 338, 340}


@pytest.fixture(scope="module")
def up() -> tuple:
    cl = load_candidate_list(UP / "susewind_Candidates.csv", UP / "susewind_Political_parties.csv", "S24")
    a2p = load_ac_to_pc(UP / "ac_to_pc_up.csv")
    res = read_up_form20_dir(UP / "form20_raw", ac_to_pc=a2p, candidate_list=cl)
    roll = load_electoral_roll(PUB / "electoral_rolls_2014_ac_level_datameet.csv", "Uttar Pradesh")
    pub = read_eci_candidate_totals(PUB / "ge2014_eci-candidate-wise.csv", "S24")
    findings = check_all(res.booths, res.votes, res.candidates, roll=roll, candidate_list=cl, published=pub,
                         ac_to_pc=a2p)
    return res, findings


def acs(findings: list[Finding], kind: str) -> set[int]:
    return {f.ac for f in findings if f.kind == kind}


def test_up_whole_state_parsed(up: tuple) -> None:
    res, _ = up
    assert (res.booths.height, res.booths["ac_no"].n_unique()) == (138_771, 403)
    # the only parse errors are cut-off last rows: 10 of the 11 truncated ACs (AC 196 ends on a
    # row boundary, only the roll check finds it) and AC 24/181, which lose just that one row
    assert {e.ac for e in res.errors} == (TRUNCATED - {196}) | {24, 181}
    assert all(e.kind == "bad_row" and "empty cell" in e.detail for e in res.errors)


def test_up_truncated_acs_found(up: tuple) -> None:
    _, f = up
    assert acs(f, "truncated_ac") == TRUNCATED


def test_up_ac_with_zero_votes_everywhere(up: tuple) -> None:
    _, f = up
    assert acs(f, "ac_all_zero") == {170}  # Sarojini Nagar: 436 booth rows, all 0
    assert not [x for x in f if x.kind == "zero_votes" and x.ac == 170]  # one finding, not 436


def test_up_acs_with_many_zero_vote_booths(up: tuple) -> None:
    _, f = up
    assert MANY_ZERO <= acs(f, "ac_many_zero_booths")
    itwa = next(x for x in f if x.kind == "ac_many_zero_booths" and x.ac == 305)
    assert itwa.detail.startswith("175 of 331")
    zero = [x for x in f if x.kind == "zero_votes" and x.ac == 305]
    assert len(zero) == 175 and all(x.part and x.line for x in zero)


def test_up_pc_gaps_postal_vs_incomplete(up: tuple) -> None:
    _, f = up
    postal = {x.pc for x in f if x.kind == "pc_gap_postal"}
    gaps = {x.pc for x in f if x.kind == "pc_gap"}
    assert {1, 2, 48, 77} <= postal and all(x.severity == INFO for x in f if x.kind == "pc_gap_postal")
    # PCs with a truncated/zero AC (README §3.3), plus Amethi (1.58 %) and Hamirpur (booths > ECI)
    assert gaps == {7, 22, 29, 33, 34, 35, 37, 38, 39, 41, 42, 44, 45, 47, 60}
    sarojini = next(x for x in f if x.kind == "pc_gap" and x.pc == 34)
    assert "+270,885" in sarojini.detail


def test_up_no_spurious_row_faults(up: tuple) -> None:
    _, f = up
    assert not acs(f, "votes_gt_voters") and not acs(f, "voters_gt_electors")
    assert not acs(f, "duplicate_row") and not acs(f, "duplicate_part_no")


def test_gj_duplicate_part_number_found() -> None:
    r = read_gj_form20(DATA / "gj_ls2014/form20_raw/AC001.csv")
    (d,) = [x for x in check_booths(r.booths, r.votes) if x.kind.startswith("duplicate")]
    assert (d.kind, d.ac, d.part) == ("duplicate_part_no", 1, "232")


# ---------- small hand-made frames ----------

def frames(rows: list[tuple]) -> tuple[pl.DataFrame, pl.DataFrame]:
    """rows: (part, electors, voters, {candidate: votes}); one line per row."""
    b = pl.DataFrame([("S99", 1, p, None, e, v, 0, "t.csv", i + 3) for i, (p, e, v, _) in enumerate(rows)],
                     schema=BOOTH_SCHEMA, orient="row")
    v = pl.DataFrame([(1, p, k, n, i + 3) for i, (p, _, _, d) in enumerate(rows) for k, n in d.items()],
                     schema=VOTE_SCHEMA, orient="row")
    return b, v


def test_row_level_checks() -> None:
    b, v = frames([("1", 100, 50, {"A": 30, "B": 20}),
                   ("2", 100, 50, {"A": 30, "B": 25}),      # votes > voters
                   ("3", 100, 120, {"A": 60, "B": 60}),     # voters > electors
                   ("4", 100, 0, {"A": 0, "B": 0}),         # zero votes
                   ("5", 100, 40, {"A": 20, "B": 20}),
                   ("5", 100, 40, {"A": 20, "B": 20}),      # same part, same votes: duplicated row
                   ("6", 100, 40, {"A": 20, "B": 20}),
                   ("6", 100, 45, {"A": 25, "B": 20})])     # same part, other votes: auxiliary booth?
    f = {(x.kind, x.part) for x in check_booths(b, v)}
    assert f == {("votes_gt_voters", "2"), ("voters_gt_electors", "3"), ("zero_votes", "4"),
                 ("duplicate_row", "5"), ("duplicate_part_no", "6")}


def test_published_gap_classification() -> None:
    b, v = frames([("1", 1000, 900, {"K1": 500, "K2": 400})])
    cands = pl.DataFrame([("S99", 1, 1, 1, "RAM", "K1", "RAM", None, "P", 100.0),
                          ("S99", 1, 1, 2, "SHYAM", "K2", "SHYAM", None, "Q", 100.0)],
                         schema=CANDIDATE_SCHEMA, orient="row")
    a2p = pl.DataFrame({"ac_no": [1], "pc_no": [1]}, schema={"ac_no": pl.Int32, "pc_no": pl.Int32})

    def pub(ram: int, shyam: int) -> pl.DataFrame:
        return pl.DataFrame({"area_no": [1, 1], "candidate": ["RAM", "SHYAM"], "party": ["P", "Q"],
                             "total": [ram, shyam]}, schema_overrides={"area_no": pl.Int32})

    (f,) = check_published(v, cands, pub(505, 402), a2p)           # +7 votes: postal ballots
    assert (f.kind, f.severity) == ("pc_gap_postal", INFO) and "postal" in f.detail
    kinds = [x.kind for x in check_published(v, cands, pub(700, 400), a2p)]   # +200: rows missing
    assert kinds == ["pc_gap"]
    kinds = [x.kind for x in check_published(v, cands, pub(100, 400), a2p)]   # booth sums far above
    assert kinds == ["pc_gap"]


def test_exact_evm_check_against_cg_results() -> None:
    res = read_ac_results(DATA / "cg_ae2023/cg_ae2023_ac_candidate_results_eci.csv").filter(pl.col("area_no") == 1)
    names = res["candidate"].to_list()
    evm = res["evm_votes"].to_list()
    # two invented booths that split every candidate's EVM votes exactly; then break one number
    rows = [(p, None, None, {n: (e // 2 if p == "1" else e - e // 2) for n, e in zip(names, evm)}) for p in ("1", "2")]
    b, v = frames(rows)
    cands = pl.DataFrame([("S26", None, 1, i + 1, n, n, n, None, None, 100.0) for i, n in enumerate(names)],
                         schema=CANDIDATE_SCHEMA, orient="row")
    assert check_ac_results(v, cands, res) == []
    v2 = v.with_columns(pl.when(pl.int_range(pl.len()) == 0).then(pl.col("votes") + 1).otherwise(pl.col("votes")))
    (f,) = check_ac_results(v2, cands, res)
    assert (f.kind, f.severity, f.ac) == ("ac_evm_mismatch", ERROR, 1) and names[0] in f.detail
