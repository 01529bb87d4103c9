"""Election fixtures: paths to the shared real data, and small hand-built Form 20 files."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.core.management import call_command

DATA = Path(__file__).resolve().parents[1] / "shared/data/elections"
UP, GJ, PUB = DATA / "up_ls2014", DATA / "gj_ls2014", DATA / "published_totals"

HEAD1 = '"Polling Station",,"Total No of Electors",,,,"Voters Turnout",,,,,,"Candidate ID and Name",,,,\n'
HEAD2 = ('"Part No","Part Name",Male,Female,Other,"Total No. of electors",Male,Female,Other,Total,'
         '"No of voters identifying using EPIC","Tendered Voter","1 - RAM KUMAR","2 - SHYAM LAL","3 - GOPAL DAS",'
         '"4 - None of the Above","Total Votes Secured"\n')


def form20(path: Path, rows: list[tuple[str, int, int, int, int, int]]) -> Path:
    """A UP-style Form 20 file: rows of (part, electors, ram, shyam, gopal, nota)."""
    lines = [HEAD1, HEAD2]
    for part, electors, *votes in rows:
        total = sum(votes)
        lines.append(f'{part},"Booth {part}",{electors // 2},{electors - electors // 2},0,{electors},'
                     f'{total // 2},{total - total // 2},0,{total},{total},0,{",".join(map(str, votes))},{total}\n')
    path.write_text("".join(lines), encoding="utf-8")
    return path


def party_list(tmp: Path) -> tuple[Path, Path]:
    """An ECI-style candidate and party list for the hand-built files (state S26 = Chhattisgarh, PC 7)."""
    c = tmp / "cands.csv"
    c.write_text('"Cand_Code","Cand_Name","Party_code"\n"S26PC07CA01","RAM KUMAR","N0002"\n'
                 '"S26PC07CA02","SHYAM LAL","N0005"\n"S26PC07CA03","GOPAL DAS","N1001"\n'
                 '"S26PC07CA04","None of the Above","N0000"\n', encoding="utf-8")
    p = tmp / "parties.csv"
    p.write_text('"Party_Code","Party_name"\n"N0002","Bharatiya Janata Party"\n"N0005","Indian National Congress"\n'
                 '"N1001","Independent"\n"N0000","None of the above"\n', encoding="utf-8")
    m = tmp / "actopc.csv"
    m.write_text("state_code,state_name,pc_no,pc_name,pc_reserved,ac_no,ac_name,ac_reserved\n"
                 "S26,Chhattisgarh,7,Durg,,63,Durg Gramin,\nS26,Chhattisgarh,7,Durg,,59,Sanjari Balod,\n",
                 encoding="utf-8")
    return c, p, m


# Durg Gramin (AC 63): parts 1-12 exist as demo booth units; 13-14 do not.
AC63 = [("1", 1000, 600, 300, 50, 50), ("2", 1000, 450, 400, 100, 50), ("3", 1000, 400, 480, 70, 50),
        ("4", 1000, 200, 700, 50, 50), ("5", 800, 300, 300, 100, 0), ("6", 800, 0, 0, 0, 0)]
AC63 += [(str(p), 900, 350, 300, 50, 20) for p in range(7, 15)]
# Sanjari Balod (AC 59, in बालोद जिला): no booth units in the demo.
AC59 = [("1", 700, 100, 500, 50, 10), ("2", 700, 300, 200, 50, 10), ("3", 700, 250, 260, 40, 10)]


@pytest.fixture
def cg_files(tmp_path: Path) -> dict[str, Path]:
    d = tmp_path / "cg"
    d.mkdir()
    form20(d / "AC063.csv", AC63)
    form20(d / "AC059.csv", AC59)
    c, p, m = party_list(tmp_path)
    return {"dir": d, "candidates": c, "parties": p, "ac_to_pc": m}


@pytest.fixture
def cg_election(db, cg_files):
    """The hand-built Chhattisgarh election, imported by admin, booth units created where missing."""
    from sangathan.elections.models import Election

    call_command("elections", "import", "--election", "CG LS 2024", str(cg_files["dir"]), "--state", "CG",
                 "--candidates", str(cg_files["candidates"]), "--parties", str(cg_files["parties"]),
                 "--ac-to-pc", str(cg_files["ac_to_pc"]), "--create-booths", "--no-progress", "--as", "admin")
    return Election.objects.get(name="CG LS 2024")
