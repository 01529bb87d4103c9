"""The one access-scoping layer: every query of organisation data goes through `visible_to`.

A grant (user, role, unit) covers the unit's subtree. A queryset model names the path of the
unit that scopes it (`scope_path = "unit__path"`); `visible_to(user, action)` keeps the rows under
a unit where the user holds at least the role the action needs. Out of scope is a 404.
"""

from __future__ import annotations

from functools import cache, reduce
from operator import or_

from django.core.exceptions import PermissionDenied
from django.db import connection, models
from django.db.models import Q
from django.http import Http404

from sangathan.accounts.models import ACTION_ROLE, Grant, Role
from sangathan.core import rows
from sangathan.core.tree import minimal_paths, subtree_q

ALL = object()  # sentinel: the user sees everything (superuser)


def scope_paths(user, action: str = "view"):
    """Paths of the subtrees where `user` may do `action`, or ALL, cached per user object."""
    if user is None or not user.is_authenticated or not user.is_active:
        return []
    if user.is_superuser:
        return ALL
    cache = user.__dict__.setdefault("_sangathan_scope", {})
    if action not in cache:
        need = ACTION_ROLE[action]
        cache[action] = minimal_paths([p for r, p in grants(user) if r >= need])
    return cache[action]


def grants(user) -> list[tuple[int, str]]:
    """(role, unit path) of every grant the user holds: one query per user object (a request), which
    every scope, role and menu question of that request then reads."""
    cache = user.__dict__.get("_sangathan_grants")
    if cache is None:
        # Every signed-in request asks this once: one fixed statement, not an ORM query built anew each
        # time (0.42 -> 0.13 ms here; the same rows as Grant.objects.filter(user=user).values_list(...))
        with connection.cursor() as cur:
            cur.execute(_grants_sql(), [user.pk])
            cache = user.__dict__["_sangathan_grants"] = [(role, path) for role, path in cur.fetchall()]
    return cache


@cache
def _grants_sql() -> str:
    unit = Grant._meta.get_field("unit").related_model._meta.db_table
    return f"SELECT g.role, u.path FROM {Grant._meta.db_table} g JOIN {unit} u ON u.id = g.unit_id WHERE g.user_id = %s"


def best_role(user, path: str) -> int:
    """The highest role the user holds on the unit with this path (0 for none)."""
    if user is None or not user.is_authenticated:
        return 0
    if user.is_superuser:
        return Role.ADMIN
    return max((r for r, p in grants(user) if path.startswith(p)), default=0)


def can(user, action: str, path: str) -> bool:
    return best_role(user, path) >= ACTION_ROLE[action]


def require(user, action: str, path: str, message: str = "") -> None:
    """Out of scope entirely is a 404; in view scope but below the needed role is a 403."""
    if can(user, action, path):
        return
    if can(user, "view", path):
        raise PermissionDenied(message)
    raise Http404


def top_units(user):
    """The roots of the subtrees the user may view, in tree order: where a page without a unit starts."""
    from sangathan.org.models import Unit

    paths = scope_paths(user, "view")
    units = Unit.objects.filter(depth=0) if paths is ALL else Unit.objects.filter(path__in=paths)
    return units.select_related("level").order_by("path")


def clear_cache(user) -> None:
    user.__dict__.pop("_sangathan_scope", None)
    user.__dict__.pop("_sangathan_grants", None)


class ScopedQuerySet(models.QuerySet):
    def scope_q(self, user, action: str = "view") -> Q | None:
        """The filter for this model, None meaning everything."""
        paths = scope_paths(user, action)
        if paths is ALL:
            return None
        if not paths:
            return Q(pk__in=[])
        field = self.model.scope_path
        return reduce(or_, (subtree_q(field, p) for p in paths))

    def visible_to(self, user, action: str = "view") -> "ScopedQuerySet":
        q = self.scope_q(user, action)
        return self if q is None else self.filter(q)


class ScopedManager(models.Manager.from_queryset(ScopedQuerySet)):  # type: ignore[misc]
    pass


def get_visible(queryset: ScopedQuerySet, user, action: str = "view", **lookup):
    """Fetch one object the user may act on, or 404 (never reveal that it exists)."""
    try:
        return queryset.visible_to(user, action).get(**lookup)
    except queryset.model.DoesNotExist:
        raise Http404 from None


def get_visible_unit(user, pk, action: str = "view"):
    """`get_visible(Unit.objects.select_related("level"), user, action, pk=pk)` as one fixed statement.

    Every unit page starts with this lookup; the ORM compiled it anew each time (0.7 ms a page here
    against 0.2 ms for the statement). The scope rule is the same: the unit's path must lie in a
    subtree of `scope_paths(user, action)`, else 404."""
    from sangathan.org.models import Level, Unit

    paths = scope_paths(user, action)
    try:
        pk = int(pk)
    except (TypeError, ValueError):
        raise Http404 from None
    if not paths:
        raise Http404
    row = rows.fetch_one(_unit_sql(), [pk])
    if row is None:
        raise Http404
    unit = rows.instance(Unit, row[: rows.width(Unit)])
    if paths is not ALL and not any(unit.path.startswith(p) for p in paths):
        raise Http404
    Unit.level.field.set_cached_value(unit, rows.instance(Level, row[rows.width(Unit):]))
    return unit


@cache
def _unit_sql() -> str:
    from sangathan.org.models import Level, Unit

    return (f"SELECT {rows.columns(Unit, 'u')}, {rows.columns(Level, 'l')} FROM {Unit._meta.db_table} u "
            f"JOIN {Level._meta.db_table} l ON l.id = u.level_id WHERE u.id = %s")
