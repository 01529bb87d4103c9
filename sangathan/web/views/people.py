"""People: cross-script search, a person's page, and forms for people and their posts."""

from __future__ import annotations

import datetime

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from sangathan.activities.models import Participation
from sangathan.core.masking import contact
from sangathan.core.scoping import can, get_visible, require
from sangathan.org.models import Unit
from sangathan.people.actions import (
    Appoint,
    CreatePerson,
    UpdateAppointment,
    UpdatePerson,
)
from sangathan.people.models import Appointment, Person
from sangathan.people.search import search_people
from sangathan.web.forms import AppointForm, EndTermForm, PersonForm, SearchForm
from sangathan.web.views.activities import role_pairs
from sangathan.web.views.base import CappedPaginator, render, run_action


def _person(request: HttpRequest, pk: int, action: str = "view") -> Person:
    person = get_visible(Person.objects.select_related("home_unit__level"), request.user, "view", pk=pk)
    if action != "view":
        require(request.user, action, person.home_unit.path)
    return person


@login_required
def people_search(request: HttpRequest) -> HttpResponse:
    """"विनय महोबिया", "Vinay Mahobia" and "vinay mahobiya" find the same person."""
    form = SearchForm(request.GET or None)
    scoped = Person.objects.visible_to(request.user).select_related("home_unit")
    q = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = search_people(scoped, q, limit=50) if q else None
    page = None if q else _people_page(request, scoped)
    return render(request, "web/people.html", {"form": form, "q": q, "results": results, "page": page,
                                               "may_create": bool(Unit.objects.visible_to(request.user, "manage")[:1])})


LIST_SORTED_UP_TO = 5_000


def _people_page(request: HttpRequest, scoped):
    """Everyone in scope, by name, when that is a list one can read (up to LIST_SORTED_UP_TO
    people); beyond that, unit by unit in tree order and by name within each unit (search finds
    anyone). Sorting a state's 300,000 names for page 1 took seconds and the exact total needed a
    count of all of them; this order is the unit path index walked with each unit's people read off
    the (home unit, name) index, so a page costs the same in a district and in the whole country."""
    pager = CappedPaginator(scoped, 50, cap=LIST_SORTED_UP_TO)  # counted once; the order follows the count
    pager.object_list = scoped.order_by(*(("home_unit__path",) if pager.capped else ()), "name_hi", "pk")
    return pager.get_page(request.GET.get("page"))


@login_required
def people_lookup(request: HttpRequest) -> HttpResponse:
    """Suggestions for the person picker in activity forms (htmx partial), scoped like search."""
    q = request.GET.get("q", "").strip()
    scoped = Person.objects.visible_to(request.user).select_related("home_unit")
    results = search_people(scoped, q, limit=8) if len(q) >= 2 else []
    return render(request, "web/_person_suggest.html", {"results": results, "q": q})


@login_required
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = request.user
    person = _person(request, pk)
    posts = list(Appointment.objects.visible_to(user).filter(person=person)
                 .select_related("post", "unit", "wing", "charge_unit").order_by("-start", "-id"))
    today = datetime.date.today()
    taken_part = list(Participation.objects.visible_to(user).filter(person=person)
                      .select_related("activity__unit").order_by("-activity__starts_at", "-activity_id")[:50])
    for p in taken_part:
        p.role_labels = [label for _r, label in role_pairs(p.roles)]
    for a in posts:
        a.is_current = (a.start is None or a.start <= today) and (a.end is None or a.end >= today)
        a.may_manage = can(user, "manage", a.unit.path)
    return render(request, "web/person.html", {
        "person": person, "contact": contact(user, person), "posts": posts, "taken_part": taken_part,
        "may_manage": can(user, "manage", person.home_unit.path),
        "home_visible": can(user, "view", person.home_unit.path),
    })


@login_required
def person_create(request: HttpRequest) -> HttpResponse:
    initial = {"home_unit": request.GET.get("unit")}
    form = PersonForm(request.POST or None, user=request.user, initial=initial)
    if not form.fields["home_unit"].queryset.exists():  # type: ignore[attr-defined]
        raise PermissionDenied  # the user manages no unit at all
    if request.method == "POST" and form.is_valid():
        ok, person = run_action(form, lambda: CreatePerson(request.user, fields=form.fields_for_action()))
        if ok:
            return redirect("person", pk=person.pk)
    return render(request, "web/person_form.html", {"form": form, "title": _("New person")})


@login_required
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = _person(request, pk, "manage")
    initial = {k: getattr(person, k) for k in ("name_hi", "name_en", "phone", "email")}
    initial |= {"home_unit": person.home_unit_id, "version": person.version}
    form = PersonForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        ok, _p = run_action(form, lambda: UpdatePerson(request.user, person=person, fields=form.fields_for_action(),
                                                       version=form.cleaned_data["version"]))
        if ok:
            return redirect("person", pk=person.pk)
    return render(request, "web/person_form.html", {"form": form, "person": person, "title": _("Edit person")})


@login_required
def person_appoint(request: HttpRequest, pk: int) -> HttpResponse:
    person = _person(request, pk)
    form = AppointForm(request.POST or None, user=request.user,
                       initial={"unit": person.home_unit_id, "start": datetime.date.today()})
    if not form.fields["unit"].queryset.exists():  # type: ignore[attr-defined]
        require(request.user, "manage", person.home_unit.path)
    if request.method == "POST" and form.is_valid():
        ok, _a = run_action(form, lambda: Appoint(request.user, person=person, fields=form.cleaned_data))
        if ok:
            return redirect("person", pk=person.pk)
    return render(request, "web/appoint_form.html", {"form": form, "person": person})


@login_required
def appointment_end(request: HttpRequest, pk: int) -> HttpResponse:
    appt = get_object_or_404(Appointment.objects.visible_to(request.user).select_related("person", "post", "unit"), pk=pk)
    require(request.user, "manage", appt.unit.path)
    form = EndTermForm(request.POST or None, initial={"end": datetime.date.today(), "version": appt.version})
    if request.method == "POST" and form.is_valid():
        ok, _a = run_action(form, lambda: UpdateAppointment(request.user, appointment=appt,
                                                            fields={"end": form.cleaned_data["end"]},
                                                            version=form.cleaned_data["version"]))
        if ok:
            return redirect("person", pk=appt.person_id)
    return render(request, "web/appointment_end.html", {"form": form, "appt": appt})
