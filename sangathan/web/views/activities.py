"""Activities: the list with filters, one activity's page, and the create/edit/delete forms."""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from sangathan.activities.actions import CreateActivity, DeleteActivity, UpdateActivity
from sangathan.activities.models import Activity, ParticipantRole
from sangathan.core.scoping import can, get_visible, require
from sangathan.core.text import has_devanagari, name_key
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit
from sangathan.people.models import Person
from sangathan.web.forms import (
    ActivityFilterForm,
    ActivityForm,
    AttendanceFormSet,
    ParticipantFormSet,
    SpeechFormSet,
)
from sangathan.web.views.base import paginate, render, run_action

ROLE_ORDER = list(ParticipantRole.values)  # the genre's order: chief guest first, reporter last


def _activity(request: HttpRequest, pk: int, action: str = "view") -> Activity:
    activity = get_visible(Activity.objects.select_related("unit__level", "wing"), request.user, "view", pk=pk)
    if action != "view":
        require(request.user, action, activity.unit.path)
    return activity


LIST_COUNTED_UP_TO = 10_000  # a national viewer's list counted all 1.4 M activities on every page


@login_required
def activity_list(request: HttpRequest) -> HttpResponse:
    user = request.user
    form = ActivityFilterForm(request.GET or None, user=user)
    qs = Activity.objects.visible_to(user).select_related("unit", "wing")
    if form.is_valid():
        d = form.cleaned_data
        if d["kind"]:
            qs = qs.filter(kind=d["kind"])
        if d["unit"]:
            qs = qs.filter(subtree_q("unit_path", d["unit"].path))
        if d["date_from"]:
            qs = qs.filter(starts_at__date__gte=d["date_from"])
        if d["date_to"]:
            qs = qs.filter(starts_at__date__lte=d["date_to"])
    return render(request, "web/activities.html", {
        "form": form, "page": paginate(request, qs, 30, cap=LIST_COUNTED_UP_TO),
        "may_report": Unit.objects.visible_to(user, "report").exists(),
    })


def role_pairs(roles: list[str]) -> list[tuple[str, str]]:
    """Stored role values with their labels in the active language (मुख्य अतिथि / chief guest)."""
    labels = dict(ParticipantRole.choices)
    return [(r, str(labels.get(r, r))) for r in roles]


def participant_groups(user: Any, activity: Activity) -> list[tuple[str, str, list]]:
    """(role, label, participations) grouped by each person's first role in the genre's order."""
    parts = list(activity.participations.select_related("person"))
    visible = set(Person.objects.visible_to(user).filter(pk__in=[p.person_id for p in parts])
                  .values_list("pk", flat=True))
    groups: OrderedDict[str, list] = OrderedDict((r, []) for r in [*ROLE_ORDER, ""])
    for p in parts:
        p.person_visible = p.person_id in visible
        p.role_pairs = role_pairs(p.roles)
        primary = min(p.roles, key=lambda r: ROLE_ORDER.index(r) if r in ROLE_ORDER else 99, default="")
        groups[primary if primary in groups else ""].append(p)
    labels = dict(ParticipantRole.choices)
    return [(r, str(labels.get(r, "")), v) for r, v in groups.items() if v]


@login_required
def activity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    activity = _activity(request, pk)
    speeches = list(activity.speeches.select_related("person"))
    attendance = list(activity.attendance.select_related("unit"))
    for a in attendance:
        a.unit_visible = can(user, "view", a.unit.path)
    return render(request, "web/activity.html", {
        "activity": activity, "groups": participant_groups(user, activity), "speeches": speeches,
        "attendance": attendance, "may_report": can(user, "report", activity.unit.path),
    })


# -- the form ----------------------------------------------------------------------------------
def _split_posts(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"[;\n]", text or "") if p.strip()]


def _initial_nested(activity: Activity | None) -> tuple[list, list, list]:
    if activity is None:
        return [], [], []
    parts = [{"person": p.person_id, "name": p.person.name, "roles": p.roles, "posts": "; ".join(p.posts),
              "affiliation": p.affiliation, "mentioned_only": p.mentioned_only}
             for p in activity.participations.select_related("person")]
    speeches = [{"person": s.person_id, "name": s.person.name, "text": s.text}
                for s in activity.speeches.select_related("person")]
    attendance = [{"unit": a.unit_id, "note": a.note} for a in activity.attendance.all()]
    return parts, speeches, attendance


def _rows(formset: forms.BaseFormSet) -> list[forms.Form]:
    """The filled-in rows of a formset, skipping blank and removed ones."""
    deleted = set(id(f) for f in formset.deleted_forms) if formset.can_delete else set()
    filled = ("person", "name", "text", "unit")
    return [f for f in formset.forms
            if id(f) not in deleted and any(getattr(f, "cleaned_data", {}).get(k) for k in filled)]


def _nested(pset: forms.BaseFormSet, sset: forms.BaseFormSet, aset: forms.BaseFormSet) -> tuple[list, list, list]:
    """Turn the formsets into the action's participants/speeches/attendance.

    A speaker may be a participant typed as a new name in the same form: such a speech names the
    participant's position, and the action links it to the person it creates.
    """
    participants, keys = [], {}  # name key -> position of the participant
    for f in _rows(pset):
        d = f.cleaned_data
        entry: dict[str, Any] = {"roles": d["roles"], "posts": _split_posts(d["posts"]),
                                 "affiliation": d["affiliation"], "mentioned_only": d["mentioned_only"]}
        if d["person"] is not None:
            entry["person"] = d["person"]
            for n in filter(None, (d["person"].name_hi, d["person"].name_en)):
                keys.setdefault(name_key(n), len(participants))
        else:
            name = d["name"].strip()
            entry["new"] = {"name_hi": name, "name_en": "" if has_devanagari(name) else name}
            keys.setdefault(name_key(name), len(participants))
        participants.append(entry)
    speeches: list[dict[str, Any]] = []
    for f in _rows(sset):
        d = f.cleaned_data
        key = name_key(d["name"] or "")
        if d["person"] is None and key not in keys:
            f.add_error("name", _("Choose the speaker from the suggestions or name one of the participants."))
            continue
        if not (d["text"] or "").strip():
            f.add_error("text", _("Write what they said."))
            continue
        if d["person"] is not None:
            speeches.append({"person": d["person"], "text": d["text"]})
        else:
            speeches.append({"participant": keys[key], "text": d["text"]})
    attendance = [{"unit": f.cleaned_data["unit"], "note": f.cleaned_data["note"]}
                  for f in _rows(aset) if f.cleaned_data.get("unit")]
    return participants, speeches, attendance


def _activity_form(request: HttpRequest, activity: Activity | None) -> HttpResponse:
    user = request.user
    data = request.POST if request.method == "POST" else None
    if activity is None:
        initial = {"unit": request.GET.get("unit"), "kind": "meeting", "mode": "in_person"}
    else:
        initial = ActivityForm.initial_for(activity)
    parts, speeches, attendance = _initial_nested(activity)
    form = ActivityForm(data, user=user, initial=initial)
    if not form.fields["unit"].queryset.exists():  # type: ignore[attr-defined]
        raise PermissionDenied  # the user may record activities nowhere
    keep = tuple({row["person"] for row in parts + speeches})
    pset = ParticipantFormSet(data, prefix="p", initial=parts, form_kwargs={"user": user, "keep": keep})
    sset = SpeechFormSet(data, prefix="s", initial=speeches, form_kwargs={"user": user, "keep": keep})
    aset = AttendanceFormSet(data, prefix="a", initial=attendance,
                             form_kwargs={"user": user, "keep": tuple(row["unit"] for row in attendance)})
    if data is not None and all([form.is_valid(), pset.is_valid(), sset.is_valid(), aset.is_valid()]):
        participants, speech_rows, attending = _nested(pset, sset, aset)
        if not any(f.errors for f in sset.forms):
            nested = {"participants": participants, "speeches": speech_rows, "attendance": attending}
            if activity is None:
                ok, saved = run_action(form, lambda: CreateActivity(user, fields=form.fields_for_action(), **nested))
            else:
                ok, saved = run_action(form, lambda: UpdateActivity(
                    user, activity=activity, fields=form.fields_for_action(),
                    version=form.cleaned_data["version"], **nested))
            if ok:
                return redirect("activity", pk=saved.pk)
    return render(request, "web/activity_form.html", {
        "form": form, "pset": pset, "sset": sset, "aset": aset, "activity": activity,
        "title": _("Edit activity") if activity else _("New activity"),
    })


@login_required
def activity_create(request: HttpRequest) -> HttpResponse:
    return _activity_form(request, None)


@login_required
def activity_edit(request: HttpRequest, pk: int) -> HttpResponse:
    return _activity_form(request, _activity(request, pk, "report"))


@login_required
def activity_delete(request: HttpRequest, pk: int) -> HttpResponse:
    activity = _activity(request, pk, "report")
    form = forms.Form(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        version = request.POST.get("version")
        ok, _r = run_action(form, lambda: DeleteActivity(request.user, activity=activity,
                                                         version=int(version) if version and version.isdigit() else None))
        if ok:
            return redirect("activities")
    return render(request, "web/activity_delete.html", {"activity": activity, "form": form})
