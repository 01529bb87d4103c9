"""The demo's election: Chhattisgarh's 2023 assembly results, imported like any results file.

The file ships in `data/` (source and licence in data/README.md). It is AC-level (no public Form 20
for CG 2023), so each AC becomes one result row joined to the demo's AC unit of the same number.
"""

from __future__ import annotations

from importlib.resources import as_file, files
from pathlib import Path

from sangathan.elections.importer import ImportElection
from sangathan.elections.sources import Inputs

DATA = files("sangathan.demo") / "data"
ELECTION = "छत्तीसगढ़ विधानसभा 2023"
RESULTS = "cg_ae2023_ac_candidate_results_eci.csv"


def import_election(admin) -> dict:
    with as_file(DATA / RESULTS) as path:
        return ImportElection(admin, source="demo", election=ELECTION, kind="AE", year=2023,
                              inputs=Inputs(paths=[Path(path)], state="CG")).run()
