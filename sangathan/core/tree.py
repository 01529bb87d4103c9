"""Materialised paths: each unit's path is its ancestors' ids, 8 digits a step.

Digits only, so byte order and every database collation agree, and a subtree is one indexed
range scan `path >= p AND path < successor(p)` on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from django.db.models import Q

STEP = 8


def step(pk: int) -> str:
    if pk >= 10**STEP:
        raise ValueError(f"unit id {pk} does not fit a path step of {STEP} digits")
    return f"{pk:0{STEP}d}"


def successor(path: str) -> str:
    """The smallest path after every path in the subtree of `path`."""
    head, last = path[:-STEP], int(path[-STEP:])
    return head + f"{last + 1:0{STEP}d}"


def subtree_q(field: str, path: str) -> Q:
    return Q(**{f"{field}__gte": path, f"{field}__lt": successor(path)})


def ancestor_ids(path: str) -> list[int]:
    return [int(path[i : i + STEP]) for i in range(0, len(path), STEP)]


def move_rollup_rows(model, key: str, cols, unit, old_parent_path: str | None, new_parent_path: str) -> None:
    """A subtree moved: the sums its top unit's rollup rows hold (per `key`, e.g. one programme) leave
    the old ancestors' rows and join the new ones' (created where missing)."""
    from django.db.models import F

    old_ids = ancestor_ids(old_parent_path) if old_parent_path else []
    new_ids = ancestor_ids(new_parent_path)
    for row in model.objects.filter(unit=unit).values(key, *cols):
        model.objects.filter(**{key: row[key]}, unit_id__in=old_ids).update(**{c: F(c) - row[c] for c in cols})
        model.objects.bulk_create([model(unit_id=i, **{key: row[key]}) for i in new_ids], ignore_conflicts=True)
        model.objects.filter(**{key: row[key]}, unit_id__in=new_ids).update(**{c: F(c) + row[c] for c in cols})


def minimal_paths(paths: list[str]) -> list[str]:
    """Drop paths already covered by another path in the list."""
    out: list[str] = []
    for p in sorted(set(paths)):
        if not out or not p.startswith(out[-1]):
            out.append(p)
    return out


def recopy_unit_paths(model, moved_unit, unit_field: str = "unit", path_field: str = "unit_path") -> int:
    """Rows that keep a copy of their unit's path (for one-range scoping) take the new paths of a
    moved subtree along: one UPDATE, inside the move's transaction. Returns the rows updated."""
    from django.db.models import OuterRef, Subquery

    from sangathan.org.models import Unit

    moved = Unit.objects.filter(subtree_q("path", moved_unit.path))
    return model._base_manager.filter(**{f"{unit_field}__in": moved.values("pk")}).update(
        **{path_field: Subquery(Unit.objects.filter(pk=OuterRef(f"{unit_field}_id")).values("path")[:1])})

