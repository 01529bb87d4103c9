"""The tree browser: a unit's page and the forms that change the tree (all through org actions)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.shortcuts import render as django_render
from django.utils.translation import gettext as _

from sangathan.accounts.models import ACTION_ROLE
from sangathan.activities.models import Activity
from sangathan.core.scoping import can, get_visible, require
from sangathan.core.tree import subtree_q
from sangathan.org.actions import CreateUnit, MoveUnit, UpdateUnit
from sangathan.org.imports import ImportFailed, ImportUnits
from sangathan.org.models import Unit
from sangathan.people.models import Appointment, Person
from sangathan.web.forms import (
    UnitCreateForm,
    UnitEditForm,
    UnitImportForm,
    UnitMoveForm,
    move_parents,
    units,
)
from sangathan.web.unitpick import search_units
from sangathan.web.views.base import paginate, render, run_action


def _unit(request: HttpRequest, pk: int, action: str = "view") -> Unit:
    """The unit if the user may see it (else 404); 403 when seen but `action` is not allowed."""
    unit = get_visible(Unit.objects.select_related("level", "parent"), request.user, "view", pk=pk)
    if action != "view":
        require(request.user, action, unit.path)
    return unit


def office_bearers(user: Any, unit: Unit) -> OrderedDict[Any, list]:
    """Current office-bearers of the unit and in-charges pointing at it, grouped by wing."""
    appts = (Appointment.objects.visible_to(user).current().filter(Q(unit=unit) | Q(charge_unit=unit))
             .select_related("person", "post", "wing", "unit", "charge_unit")
             .order_by("wing__order", "wing_id", "post__rank", "start"))
    visible_people = set(Person.objects.visible_to(user).filter(
        pk__in=[a.person_id for a in appts]).values_list("pk", flat=True))
    groups: OrderedDict[Any, list] = OrderedDict()
    for a in appts:
        a.person_visible = a.person_id in visible_people
        groups.setdefault(a.wing, []).append(a)
    return groups


@login_required
def unit_list(request: HttpRequest) -> HttpResponse:
    """Top of the tree as far as this user can see: the units they hold grants on."""
    return redirect("home")


@login_required
def unit_lookup(request: HttpRequest) -> HttpResponse:
    """Suggestions for the unit picker: units in the user's scope for `action` matching `q` by name
    (either script), alias or code, with level and parent to tell namesakes apart.

    `move=<id>` narrows to where that unit may move (as the move form does); a unit the user may
    not manage gives no suggestions, the same as one that does not exist.
    """
    user = request.user
    q = request.GET.get("q", "").strip()[:100]
    action = request.GET.get("action", "view")
    if action not in ACTION_ROLE:
        action = "view"
    qs = units(user, action)
    move = request.GET.get("move", "")
    if move:
        moving = (Unit.objects.visible_to(user, "manage").select_related("level").filter(pk=int(move)).first()
                  if move.isdigit() else None)
        qs = move_parents(user, moving) if moving is not None else Unit.objects.none()
    results, more = search_units(qs, q, user) if len(q) >= 2 or q.isdigit() else ([], False)
    # A partial: Django's render, without the page header's context.
    return django_render(request, "web/_unit_suggest.html", {"results": results, "more": more, "q": q})


@login_required
def unit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    unit = _unit(request, pk)
    crumbs = [a for a in unit.ancestors() if can(user, "view", a.path)]
    children = paginate(request, Unit.objects.visible_to(user).filter(parent=unit).select_related("level")
                        .annotate(n_children=Count("children", distinct=True), n_people=Count("people", distinct=True))
                        .order_by("path"),
                        100)
    people = Person.objects.visible_to(user).filter(home_unit=unit)[:50]
    recent = (Activity.objects.visible_to(user).filter(subtree_q("unit_path", unit.path))
              .select_related("unit", "wing")[:10])
    return render(request, "web/unit.html", {
        "unit": unit, "crumbs": crumbs, "children": children, "people": people, "recent": recent,
        "bearers": office_bearers(user, unit), "may_manage": can(user, "manage", unit.path),
        "may_report": can(user, "report", unit.path),
    })


@login_required
def unit_create(request: HttpRequest, pk: int) -> HttpResponse:
    parent = _unit(request, pk, "manage")
    form = UnitCreateForm(request.POST or None, parent=parent)
    if request.method == "POST" and form.is_valid():
        ok, child = run_action(form, lambda: CreateUnit(request.user, parent=parent, **form.cleaned_data))
        if ok:
            return redirect("unit", pk=child.pk)
    return render(request, "web/unit_form.html", {"unit": parent, "form": form, "title": _("New sub-unit")})


@login_required
def unit_edit(request: HttpRequest, pk: int) -> HttpResponse:
    unit = _unit(request, pk, "manage")
    initial = {"name_hi": unit.name_hi, "name_en": unit.name_en, "code": unit.code, "version": unit.version}
    form = UnitEditForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        fields = {k: d[k] for k in ("name_hi", "name_en", "code")}
        ok, _unit_obj = run_action(form, lambda: UpdateUnit(request.user, unit=unit, fields=fields,
                                                             version=d["version"]))
        if ok:
            return redirect("unit", pk=unit.pk)
    return render(request, "web/unit_form.html", {"unit": unit, "form": form, "title": _("Edit unit")})


@login_required
def unit_move(request: HttpRequest, pk: int) -> HttpResponse:
    unit = _unit(request, pk, "manage")
    form = UnitMoveForm(request.POST or None, user=request.user, unit=unit,
                        initial={"new_parent": unit.parent_id, "version": unit.version})
    if request.method == "POST" and form.is_valid():
        ok, _moved = run_action(form, lambda: MoveUnit(request.user, unit=unit, version=form.cleaned_data["version"],
                                                       new_parent=form.cleaned_data["new_parent"]))
        if ok:
            return redirect("unit", pk=unit.pk)
    return render(request, "web/unit_move.html", {"unit": unit, "form": form})


@login_required
def unit_import(request: HttpRequest, pk: int) -> HttpResponse:
    unit = _unit(request, pk, "manage")
    form = UnitImportForm(request.POST or None, request.FILES or None)
    errors: list = []
    created: list[Unit] = []
    if request.method == "POST" and form.is_valid():
        try:
            text = form.cleaned_data["csv"]
            _ok, result = run_action(form, lambda: ImportUnits(request.user, source="web", text=text))
            created = result or []
        except ImportFailed as exc:
            errors = exc.errors
    return render(request, "web/unit_import.html", {"unit": unit, "form": form, "errors": errors,
                                                    "created": created})
