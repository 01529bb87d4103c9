"""Attach booth rows to the organisation's booth units, optionally creating the missing units.

Convention (see the demo): an assembly unit has level `assembly` and code = AC number ("63"); a
booth unit has level `booth` and code "<ac>-<part>" ("63-12"); both sit somewhere below the state
unit (code "CG", "UP"…). Matching is by (state, AC number, part number), never by name; a row of
AC-level results (part number "AC") matches the AC unit.
"""

from __future__ import annotations

import polars as pl
from django.db import connection
from django.utils import timezone

from sangathan.core import audit
from sangathan.core.text import name_key
from sangathan.core.tree import step, subtree_q
from sangathan.elections.readers.published import AC_PART
from sangathan.elections.store import allocate_ids, write_frame
from sangathan.org.models import Level, Unit
from sangathan.org.signals import units_created

UNIT_SCHEMA = {"ac_no": pl.Int32, "part_no": pl.String, "unit_id": pl.Int64, "unit_path": pl.String}


def state_unit(code: str | None) -> Unit | None:
    if not code:
        return None
    return Unit.objects.filter(level__key="state", code__iexact=code).select_related("level").first()


def _under(state: Unit, level: str):
    return Unit.objects.filter(subtree_q("path", state.path), level__key=level)


def ac_units(state: Unit) -> dict[int, tuple[int, str, int]]:
    """AC number → (id, path, depth) of the assembly units below the state."""
    return {int(c): (i, p, d) for c, i, p, d in _under(state, "assembly").values_list("code", "id", "path", "depth")
            if c.isdigit()}


def booth_units(state: Unit) -> pl.DataFrame:
    """(ac_no, part_no) → booth unit id and path, for every booth unit below the state."""
    rows = []
    for code, pk, path in _under(state, "booth").values_list("code", "id", "path"):
        ac, _, part = code.partition("-")
        if ac.isdigit() and part:
            rows.append((int(ac), part.strip(), pk, path))
    return pl.DataFrame(rows, schema=UNIT_SCHEMA, orient="row")


def _new_units(parents: list[tuple[int, str, int]], level: Level, codes: list[str], names_hi: list[str],
               names_en: list[str]) -> pl.DataFrame:
    """Rows for the unit table with ids and paths computed (bulk path: no per-row save)."""
    ids = allocate_ids(Unit, len(codes))
    now = timezone.now()
    now = now.isoformat() if connection.vendor == "postgresql" else now.replace(tzinfo=None).isoformat(sep=" ")
    return pl.DataFrame({
        "id": ids, "parent_id": [p[0] for p in parents], "level_id": [level.pk] * len(ids), "code": codes,
        "path": [p[1] + step(i) for p, i in zip(parents, ids)], "depth": [p[2] + 1 for p in parents],
        "name_hi": names_hi, "name_en": names_en, "name_key": [name_key(n) for n in names_hi],
        "version": [1] * len(ids), "created_at": [now] * len(ids), "updated_at": [now] * len(ids),
    }, schema_overrides={"id": pl.Int64, "parent_id": pl.Int64})


def create_missing(state: Unit, booths: pl.DataFrame, ac_names: dict[int, str]) -> dict[str, int]:
    """Create AC units (under the state) and booth units (under their AC) that do not exist yet."""
    levels = {lv.key: lv for lv in Level.objects.filter(key__in=["assembly", "booth"])}
    acs = ac_units(state)
    want_acs = sorted(set(booths["ac_no"].to_list()) - set(acs))
    new_acs = _new_units([(state.pk, state.path, state.depth)] * len(want_acs), levels["assembly"],
                         [str(a) for a in want_acs], [f"विधानसभा {a}" for a in want_acs],
                         [ac_names.get(a, f"AC {a}") for a in want_acs])
    write_frame(Unit, new_acs)
    acs.update({int(r["code"]): (r["id"], r["path"], r["depth"]) for r in new_acs.iter_rows(named=True)})
    have = booth_units(state).select("ac_no", "part_no")
    missing = (booths.filter(pl.col("part_no") != AC_PART)  # an AC-level row needs the AC unit only
               .select("ac_no", "part_no", "part_name").unique(["ac_no", "part_no"], keep="first")
               .join(have, on=["ac_no", "part_no"], how="anti").sort("ac_no", "part_no"))
    rows = missing.iter_rows()
    parents, codes, hi, en = [], [], [], []
    for ac, part, pname in rows:
        parents.append(acs[ac])
        codes.append(f"{ac}-{part}")
        hi.append(f"बूथ क्रमांक {part}")
        en.append(f"Booth {part}" + (f" {pname}" if pname else ""))
    new_booths = _new_units(parents, levels["booth"], codes, hi, [e[:200] for e in en])
    write_frame(Unit, new_booths)
    units_created.send(Unit, units=[Unit(id=r["id"], path=r["path"], level_id=r["level_id"])
                                    for frame in (new_acs, new_booths) for r in frame.iter_rows(named=True)])
    counts = {"ac_units_created": new_acs.height, "booth_units_created": new_booths.height}
    if new_acs.height or new_booths.height:
        ids = new_acs["id"].to_list() + new_booths["id"].to_list()
        audit.record("election.create_booths", [("create", Unit, f"{min(ids)}..{max(ids)}", None,
                                                 {**counts, "state": state.code, "under": state.pk})])
    return counts


def link(state: Unit | None, booths: pl.DataFrame) -> pl.DataFrame:
    """`booths` with unit_id and unit_path (null/'' where no unit matches).

    A booth row joins its booth unit; an AC-level row (part `AC_PART`) joins the AC's unit.
    """
    if state is None:
        units = pl.DataFrame(schema=UNIT_SCHEMA)
    else:
        acs = pl.DataFrame([(ac, AC_PART, pk, path) for ac, (pk, path, _d) in ac_units(state).items()],
                           schema=UNIT_SCHEMA, orient="row")
        units = pl.concat([booth_units(state), acs])
    out = booths.join(units.unique(["ac_no", "part_no"]), on=["ac_no", "part_no"], how="left")
    return out.with_columns(pl.col("unit_path").fill_null(""))
