"""The booth committee page and its forms; every write is a booths action."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from sangathan.booths import state
from sangathan.booths.actions import (
    AddMember,
    RecordMeeting,
    RemoveMember,
    SetVoterListPages,
    VerifySeat,
)
from sangathan.booths.forms import MemberForm, PagesForm
from sangathan.booths.models import BoothCommittee, CommitteeMember
from sangathan.core.scoping import can, get_visible, require
from sangathan.org.models import Unit
from sangathan.web.views.base import run_action


def _booth(request: HttpRequest, pk: int) -> Unit:
    return get_visible(Unit.objects.select_related("level", "parent"), request.user, "view", pk=pk)


def _report(request: HttpRequest, exc: ValidationError) -> None:
    """An action's refusal as a message on the committee page (never a 500)."""
    messages.error(request, "; ".join(m for ms in getattr(exc, "message_dict", {"": exc.messages}).values()
                                      for m in ms))


def _form_errors(request: HttpRequest, form) -> None:
    messages.error(request, "; ".join(m for ms in form.errors.values() for m in ms))


@login_required
def committee(request: HttpRequest, pk: int) -> HttpResponse:
    booth = _booth(request, pk)
    if not state.is_booth(booth):
        return redirect("dashboards:unit", pk=booth.pk)
    may_manage = can(request.user, "manage", booth.path)
    member_form = MemberForm(request.POST or None, user=request.user, booth=booth)
    if request.method == "POST":
        require(request.user, "manage", booth.path)
        ok, _ = run_action(member_form, lambda: AddMember(
            request.user, booth=booth, person=member_form.cleaned_data["person"],
            role=member_form.cleaned_data["role"], page=member_form.cleaned_data.get("page"))) \
            if member_form.is_valid() else (False, None)
        if ok:
            return redirect("booths:committee", pk=booth.pk)
    c = BoothCommittee.objects.filter(unit=booth).first()
    seats = CommitteeMember.objects.visible_to(request.user).filter(committee__unit=booth).select_related(
        "person", "role", "verified_by")
    return render(request, "booths/committee.html", {
        "booth": booth, "c": c, "seats": seats, "may_manage": may_manage, "member_form": member_form,
        # a grant on the booth alone must not show the name of the unit above it
        "parent_visible": booth.parent is not None and can(request.user, "view", booth.parent.path),
        "pages_form": PagesForm(initial={"voter_list_pages": c.voter_list_pages if c else 0}),
        "active": c is not None and c.active_until is not None and c.active_until >= state.today()})


@login_required
@require_POST
def set_pages(request: HttpRequest, pk: int) -> HttpResponse:
    booth = _booth(request, pk)
    form = PagesForm(request.POST)
    if form.is_valid():
        run_action(form, lambda: SetVoterListPages(request.user, booth=booth,
                                                   pages=form.cleaned_data["voter_list_pages"]))
    if form.errors:  # bad input or the action's refusal: say so instead of redirecting silently
        _form_errors(request, form)
    return redirect("booths:committee", pk=booth.pk)


@login_required
@require_POST
def seat_action(request: HttpRequest, seat_pk: int, op: str) -> HttpResponse:
    seat = get_object_or_404(CommitteeMember.objects.visible_to(request.user).select_related("committee__unit"),
                             pk=seat_pk)
    require(request.user, "manage", seat.committee.unit.path)
    if op not in ("verify", "remove"):
        raise Http404
    try:
        if op == "verify":
            VerifySeat(request.user, seat=seat, verified=request.POST.get("verified", "1") == "1").run()
        else:
            RemoveMember(request.user, seat=seat).run()
    except ValidationError as exc:
        _report(request, exc)
    return redirect("booths:committee", pk=seat.committee.unit_id)


@login_required
@require_POST
def meeting(request: HttpRequest, pk: int) -> HttpResponse:
    booth = _booth(request, pk)
    require(request.user, "manage", booth.path)
    try:
        RecordMeeting(request.user, booth=booth).run()
    except ValidationError as exc:  # e.g. the unit is not a booth
        _report(request, exc)
        return redirect("booths:committee", pk=booth.pk) if state.is_booth(booth) else \
            redirect("dashboards:unit", pk=booth.pk)
    return redirect("booths:committee", pk=booth.pk)


@login_required
def status_counts(request: HttpRequest, pk: int) -> HttpResponse:
    """A fragment any unit page can include (e.g. by htmx): its booths' status counts."""
    unit = get_visible(Unit.objects.all(), request.user, "view", pk=pk)
    return render(request, "booths/_status_counts.html", {"unit": unit, "counts": state.status_counts(unit)})
