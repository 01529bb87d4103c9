"""Plotly figures as JSON for the analysis pages (plotly.js is served from our static dir, offline)."""

from __future__ import annotations

import json

import plotly.graph_objects as go
import polars as pl

LAYOUT = {"margin": {"l": 40, "r": 10, "t": 40, "b": 40}, "height": 300,
          "font": {"family": "Noto Sans Devanagari, system-ui, sans-serif"}}
COLOURS = {"A": "#166534", "B": "#65a30d", "C": "#d97706", "D": "#b91c1c"}


def _fig(fig: go.Figure, title: str) -> dict:
    fig.update_layout(title=title, **LAYOUT)
    return json.loads(fig.to_json())


def category_share(mix: pl.DataFrame, party: str) -> dict | None:
    """Mean vote share of `party` and booth count per category."""
    if mix.height == 0:
        return None
    cats = mix["category"].to_list()
    fig = go.Figure(go.Bar(x=cats, y=mix["mean_share"].to_list(), text=[f"{n} booths" for n in mix["booths"]],
                           marker_color=[COLOURS.get(c, "#64748b") for c in cats]))
    return _fig(fig, f"{party}: vote share by booth category")


def turnout_hist(table: pl.DataFrame) -> dict | None:
    t = table.filter(pl.col("turnout").is_not_null() & (pl.col("total_votes") > 0))["turnout"].to_list()
    if not t:
        return None
    return _fig(go.Figure(go.Histogram(x=t, nbinsx=30, marker_color="#0b5cad")), "Turnout distribution (% of electors)")


def swing_hist(swing: pl.DataFrame, party: str) -> dict | None:
    if swing.height == 0:
        return None
    fig = go.Figure(go.Histogram(x=swing["swing_pts"].to_list(), nbinsx=30, marker_color="#c2410c"))
    return _fig(fig, f"{party}: swing per booth (points)")


def committee_compare(cmp: pl.DataFrame) -> dict | None:
    if cmp.height == 0:
        return None
    groups = cmp["group"].to_list()
    traces = [go.Bar(name="turnout %", x=groups, y=cmp["mean_turnout"].to_list())]
    if "mean_party_share" in cmp.columns:
        traces.append(go.Bar(name="party share %", x=groups, y=cmp["mean_party_share"].to_list()))
    fig = go.Figure(traces)
    fig.update_layout(barmode="group")
    return _fig(fig, "Booths with and without a committee")
