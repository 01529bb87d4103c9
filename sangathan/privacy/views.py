"""Personal data for admins: consent, own-data export, erasure, and the log of all of them."""

from __future__ import annotations

import json

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from sangathan.core.scoping import can, get_visible
from sangathan.people.models import Person
from sangathan.privacy.actions import ErasePerson, ExportPersonData, RecordConsent, describe_rules, may_export
from sangathan.privacy.forms import ConsentForm, EraseForm
from sangathan.privacy.models import Consent, current_consent
from sangathan.web.views.audit import events_visible
from sangathan.web.views.base import is_audit_admin, paginate, render, run_action


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """Every consent, export, erasure and retention run the admin may see, newest first."""
    if not is_audit_admin(request.user):
        raise PermissionDenied
    events = events_visible(request.user).filter(action__startswith="privacy.").order_by("-id")
    consents = Consent.objects.visible_to(request.user)
    return render(request, "privacy/index.html", {
        # rows due are counted over the whole organisation: shown to superusers, who apply the rules
        "page": paginate(request, events, 50), "show_due": request.user.is_superuser,
        "rules": describe_rules(count_due=request.user.is_superuser),
        "given": consents.filter(given=True).values("person").distinct().count(),
        "withdrawn": consents.filter(given=False).values("person").distinct().count(),
    })


def _person(request: HttpRequest, pk: int) -> Person:
    """The user's own person record, or one they may manage; otherwise 404/403 like everywhere."""
    own = Person.objects.select_related("home_unit", "user").filter(pk=pk, user=request.user).first()
    if own is not None:
        return own
    person = get_visible(Person.objects.select_related("home_unit", "user"), request.user, "view", pk=pk)
    if not can(request.user, "manage", person.home_unit.path):
        raise PermissionDenied
    return person


@login_required
def person(request: HttpRequest, pk: int) -> HttpResponse:
    p = _person(request, pk)
    manage = can(request.user, "manage", p.home_unit.path)
    return render(request, "privacy/person.html", {
        "person": p, "consents": Consent.objects.filter(person=p), "current": current_consent(p),
        "may_manage": manage, "may_erase": can(request.user, "admin", p.home_unit.path),
        "consent_form": ConsentForm(initial={"given": "1", "source": "form"}), "erase_form": EraseForm(),
    })


@login_required
@require_POST
def consent(request: HttpRequest, pk: int) -> HttpResponse:
    p = _person(request, pk)
    form = ConsentForm(request.POST)
    if form.is_valid():
        ok, _c = run_action(form, lambda: RecordConsent(request.user, person=p, given=form.cleaned_data["given"],
                                                        consent_source=form.cleaned_data["source"],
                                                        on=form.cleaned_data["on"]))
        if ok:
            return redirect("privacy_person", p.pk)
    return render(request, "privacy/person.html", {
        "person": p, "consents": Consent.objects.filter(person=p), "current": current_consent(p),
        "may_manage": True, "may_erase": can(request.user, "admin", p.home_unit.path),
        "consent_form": form, "erase_form": EraseForm()})


@login_required
@require_POST
def erase(request: HttpRequest, pk: int) -> HttpResponse:
    p = _person(request, pk)
    form = EraseForm(request.POST)
    if form.is_valid():
        ok, _e = run_action(form, lambda: ErasePerson(request.user, person=p, reason=form.cleaned_data["reason"]))
        if ok:
            return redirect("privacy_person", p.pk)
    return render(request, "privacy/person.html", {
        "person": p, "consents": Consent.objects.filter(person=p), "current": current_consent(p),
        "may_manage": can(request.user, "manage", p.home_unit.path), "may_erase": True,
        "consent_form": ConsentForm(), "erase_form": form})


def _json_download(data: dict, name: str) -> HttpResponse:
    resp = HttpResponse(json.dumps(data, ensure_ascii=False, indent=2, default=str),
                        content_type="application/json; charset=utf-8")
    resp["Content-Disposition"] = f'attachment; filename="{name}"'
    resp["Cache-Control"] = "no-store"
    return resp


@login_required
def export(request: HttpRequest, pk: int) -> HttpResponse:
    p = _person(request, pk)
    if not may_export(request.user, p):
        raise Http404
    return _json_download(ExportPersonData(request.user, person=p).run(), f"person-{p.pk}.json")


@login_required
def export_mine(request: HttpRequest) -> HttpResponse:
    p = Person.objects.select_related("home_unit", "user").filter(user=request.user).first()
    if p is None:
        raise Http404
    return _json_download(ExportPersonData(request.user, person=p).run(), f"person-{p.pk}.json")
