"""Booth categories, winners and committee join on the hand-built Durg Gramin example (via the database)."""

from __future__ import annotations

import polars as pl

from sangathan.elections import committees, data, summary


def booths(election, **filters):
    f = summary.frames(election, data.booths_qs(election, **filters))
    return summary.booth_table(f, "BJP", strong=10.0, close=10.0)


def test_categories_winner_and_margin_per_booth(cg_election):
    t = booths(cg_election, ac=63).filter(pl.col("part_no").is_in(["1", "2", "3", "4", "5", "6"])).sort("part_no")
    # 1: BJP 60/INC 30 → A; 2: 45/40 → B; 3: 40/48 → C; 4: 20/70 → D; 5: tie 37.5/37.5 → B; 6: no votes
    assert t["category"].to_list() == ["A", "B", "C", "D", "B", None]
    assert t["winner"].to_list()[:4] == ["BJP", "BJP", "INC", "INC"] and t["margin"].to_list()[:4] == [300, 50, 80, 500]
    assert t["turnout"].to_list()[:2] == [100.0, 100.0] and t["lead_pts"][0] == 30.0


def test_thresholds_are_configurable(cg_election):
    f = summary.frames(cg_election, data.booths_qs(cg_election, ac=63))
    t = summary.booth_table(f, "BJP", strong=40.0, close=5.0).filter(pl.col("part_no").is_in(["1", "3"])).sort("part_no")
    assert t["category"].to_list() == ["B", "D"]


def test_weak_booths_without_committee_fall_back_to_none(cg_election, monkeypatch):
    t = booths(cg_election, ac=63)
    # the demo's booth committees, as the booths app reports them (sangathan/booths/services.py)
    assert set(committees.with_committees(t)["committee"]) == {"none", "formed", "active"}
    active = {t.filter(pl.col("part_no") == "3")["unit_id"][0]: "active"}
    monkeypatch.setattr(committees, "committee_status_by_booth",
                        lambda ids: {i: active.get(i, "none") for i in ids})
    weak = committees.weak_without_committee(t)
    assert weak["part_no"].to_list() == ["4"]
    cmp = committees.compare(t)
    assert dict(zip(cmp["group"], cmp["booths"])) == {"committee": 1, "no committee": 12}


def test_strongest_and_weakest(cg_election):
    strong, weak = summary.strongest_weakest(booths(cg_election, ac=63), n=1)
    assert (strong["part_no"][0], weak["part_no"][0]) == ("1", "4")
