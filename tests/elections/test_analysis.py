"""Analytics on a hand-built example (numbers chosen so every result is checkable by hand)."""
from __future__ import annotations

import polars as pl
import pytest

from sangathan.elections.analysis import booth_category, booth_summary, swing, vote_shares


def votes(rows: list[tuple[int, str, str, int]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"ac_no": pl.Int32, "part_no": pl.String, "party": pl.String, "votes": pl.Int64},
                        orient="row")


# booth 1: BJP 60, INC 30, BSP 10 → BJP +30 pts (A for BJP)
# booth 2: BJP 45, INC 40, BSP 15 → BJP +5 (B)
# booth 3: BJP 40, INC 48, BSP 12 → BJP −8 (C)
# booth 4: BJP 20, INC 70, BSP 10 → BJP −50 (D)
# booth 5: no votes at all
E2019 = votes([(1, "1", "BJP", 60), (1, "1", "INC", 30), (1, "1", "BSP", 10),
               (1, "2", "BJP", 45), (1, "2", "INC", 40), (1, "2", "BSP", 15),
               (1, "3", "BJP", 40), (1, "3", "INC", 48), (1, "3", "BSP", 12),
               (1, "4", "BJP", 20), (1, "4", "INC", 70), (1, "4", "BSP", 10),
               (1, "5", "BJP", 0), (1, "5", "INC", 0)])
BOOTHS = pl.DataFrame({"ac_no": [1, 1, 1, 1, 1], "part_no": ["1", "2", "3", "4", "5"],
                       "electors": [200, 125, 100, 400, 50]}, schema_overrides={"ac_no": pl.Int32})


def test_vote_shares_sum_to_100_per_booth() -> None:
    s = vote_shares(E2019).filter(pl.col("part_no") != "5")
    assert s.group_by("part_no").agg(pl.col("share").sum())["share"].to_list() == pytest.approx([100.0] * 4)
    assert s.filter((pl.col("part_no") == "3") & (pl.col("party") == "INC"))["share"][0] == pytest.approx(48.0)


def test_summary_winner_margin_turnout() -> None:
    s = {r["part_no"]: r for r in booth_summary(E2019, BOOTHS).iter_rows(named=True)}
    assert (s["1"]["winner"], s["1"]["runner_up"], s["1"]["margin"]) == ("BJP", "INC", 30)
    assert s["3"]["winner"] == "INC" and s["3"]["margin_pts"] == pytest.approx(8.0)
    assert s["1"]["turnout"] == pytest.approx(50.0) and s["2"]["turnout"] == pytest.approx(80.0)
    assert s["5"]["winner"] is None and s["5"]["total_votes"] == 0 and s["5"]["turnout"] == 0.0


def test_booth_category_default_thresholds() -> None:
    c = booth_category(E2019, "BJP").filter(pl.col("part_no") != "5")
    assert c["category"].to_list() == ["A", "B", "C", "D"]
    assert c["lead_pts"].to_list() == pytest.approx([30.0, 5.0, -8.0, -50.0])


def test_booth_category_thresholds_are_parameters() -> None:
    c = booth_category(E2019, "BJP", strong_win=4.0, close_loss=5.0).filter(pl.col("part_no") != "5")
    assert c["category"].to_list() == ["A", "A", "D", "D"]


def test_party_absent_in_booth_counts_as_zero() -> None:
    c = booth_category(votes([(2, "9", "INC", 10), (2, "9", "BSP", 5)]), "BJP")
    assert c["party_share"][0] == 0.0 and c["category"][0] == "D"


def test_swing_only_matching_booths() -> None:
    e2024 = votes([(1, "1", "BJP", 50), (1, "1", "INC", 50),   # 60 → 50: −10
                   (1, "2", "BJP", 55), (1, "2", "INC", 45),   # 45 → 55: +10
                   (1, "7", "BJP", 90), (1, "7", "INC", 10)])  # new booth: not in result
    s = swing(E2019, e2024, "BJP")
    assert s["part_no"].to_list() == ["1", "2"]
    assert s["swing_pts"].to_list() == pytest.approx([-10.0, 10.0])
