"""Mobilisation pages. Organiser pages read through `visible_to` (out of scope is a 404) and write
through actions; the invitee's pages need no login: the signed personal link is the key."""

from __future__ import annotations

import io
import json

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from sangathan.activities.models import Activity
from sangathan.core.scoping import can, get_visible, require
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit
from sangathan.mobilise import calendar, notices, sheet, tokens
from sangathan.mobilise.actions import (
    CheckIn,
    InviteByTree,
    LinkActor,
    OptOutOfNotices,
    QueueNotices,
    RecordAttendance,
    Respond,
    RevokeInvitation,
    checkin_search,
)
from sangathan.mobilise.forms import RsvpForm, SelectionForm
from sangathan.mobilise.models import Invitation, NoticeBatch, OutboxMessage, Rsvp, Via
from sangathan.mobilise.selection import preview
from sangathan.web.views.base import add_errors, paginate
from sangathan.web.views.base import render as page


def render(request: HttpRequest, template: str, context: dict, status: int = 200) -> HttpResponse:
    resp = page(request, template, context)
    resp.status_code = status
    return resp


def _activity(request: HttpRequest, pk: int, action: str = "view") -> Activity:
    act = get_visible(Activity.objects.select_related("unit", "wing"), request.user, "view", pk=pk)
    require(request.user, action, act.unit.path)
    return act


def _counts(act: Activity) -> dict:
    return Invitation.objects.filter(activity=act, revoked=False).aggregate(
        invited=Count("pk"), sent=Count("pk", filter=Q(sent_at__isnull=False)),
        yes=Count("pk", filter=Q(rsvp=Rsvp.YES)), no=Count("pk", filter=Q(rsvp=Rsvp.NO)),
        maybe=Count("pk", filter=Q(rsvp=Rsvp.MAYBE)), attended=Count("pk", filter=Q(attended_at__isnull=False)),
        by_hand=Count("pk", filter=Q(person__email="", person__phone="")))


@login_required
def upcoming(request: HttpRequest) -> HttpResponse:
    """Activities from today on that the user may see: where invitations start."""
    acts = (Activity.objects.visible_to(request.user, "view").filter(starts_at__gte=timezone.now())
            .select_related("unit").annotate(n=Count("invitations", filter=Q(invitations__revoked=False)))
            .order_by("starts_at")[:200])
    return render(request, "mobilise/upcoming.html", {"activities": acts})


@login_required
def manage(request: HttpRequest, pk: int) -> HttpResponse:
    """One activity's mobilisation: choose invitees by the tree (preview, then save), send, follow."""
    act = _activity(request, pk, "report" if request.method == "POST" else "view")
    may = can(request.user, "report", act.unit.path)
    data = request.POST if request.method == "POST" else (request.GET if "preview" in request.GET else None)
    form = SelectionForm(data, user=request.user)  # a search of the invitees is not a selection
    pv = None
    if (request.method == "POST" or "preview" in request.GET) and may and form.is_valid():
        if request.method == "POST":
            try:
                r = InviteByTree(request.user, activity=act, selection=form.selection()).run()
                return redirect(reverse("mobilise:manage", args=[act.pk]) + f"?invited={r['invited']}")
            except ValidationError as exc:
                add_errors(form, exc)
        else:
            pv = preview(request.user, form.selection(), act)
    invs = checkin_search(Invitation.objects.visible_to(request.user).filter(activity=act)
                          .select_related("person", "unit"), request.GET.get("q", ""))
    page = paginate(request, invs.order_by("revoked", "unit__path", "person__name_hi"), 100)
    base = request.build_absolute_uri("/").rstrip("/")
    for inv in page:
        inv.url = notices.personal_url(inv, base)
        inv.whatsapp = notices.whatsapp_link(inv, inv.url)
        inv.text = notices.short_text(inv, inv.url)
        inv.by_hand = not inv.person.email and not inv.person.phone
    return render(request, "mobilise/manage.html", {
        "a": act, "form": form, "preview": pv, "may": may, "page": page, "c": _counts(act),
        "batch": NoticeBatch.objects.filter(activity=act).first(), "q": request.GET.get("q", ""),
        "invited_now": request.GET.get("invited"), "upcoming": act.starts_at and act.starts_at > timezone.now()})


@login_required
@require_POST
def send(request: HttpRequest, pk: int) -> HttpResponse:
    act = _activity(request, pk, "report")
    try:
        QueueNotices(request.user, activity=act, base_url=request.build_absolute_uri("/").rstrip("/"),
                     only_unsent=request.POST.get("all") != "1").run()
    except ValidationError as exc:
        return render(request, "mobilise/problem.html", {"a": act, "messages_": exc.messages}, status=400)
    return redirect("mobilise:manage", pk=act.pk)


@login_required
def batch_progress(request: HttpRequest, pk: int) -> HttpResponse:
    b = get_visible(NoticeBatch.objects.all(), request.user, "view", pk=pk)
    data = {k: getattr(b, k) for k in ("state", "total", "done", "emailed", "texted", "by_hand", "opted_out", "failed")}
    return JsonResponse({**data, "pct": b.pct})


@login_required
@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    inv = get_visible(Invitation.objects.select_related("activity__unit"), request.user, "view", pk=pk)
    RevokeInvitation(request.user, invitation=inv).run()
    return redirect("mobilise:manage", pk=inv.activity_id)


@login_required
@require_POST
def record(request: HttpRequest, pk: int) -> HttpResponse:
    act = _activity(request, pk, "report")
    RecordAttendance(request.user, activity=act).run()
    return redirect("activity", pk=act.pk)


@login_required
def outbox(request: HttpRequest, pk: int) -> HttpResponse:
    act = _activity(request, pk)
    msgs = OutboxMessage.objects.visible_to(request.user).filter(invitation__activity=act).select_related(
        "invitation__person").order_by("-id")
    return render(request, "mobilise/outbox.html", {"a": act, "page": paginate(request, msgs, 100)})


# -- check-in ---------------------------------------------------------------------------------------
@login_required
def checkin(request: HttpRequest, pk: int) -> HttpResponse:
    """The organiser's phone: a searchable list; each button marks one invitee (a retry marks nothing more)."""
    act = _activity(request, pk, "report")
    q = request.GET.get("q", "")
    invs = checkin_search(Invitation.objects.filter(activity=act, revoked=False).select_related("person", "unit"), q)
    page = paginate(request, invs.order_by("attended_at", "person__name_hi"), 50)
    return render(request, "mobilise/checkin.html", {"a": act, "page": page, "q": q, "c": _counts(act)})


@login_required
@require_POST
def checkin_mark(request: HttpRequest, pk: int) -> HttpResponse:
    inv = get_visible(Invitation.objects.select_related("activity__unit", "person", "unit"), request.user, "view", pk=pk)
    via = request.POST.get("via", Via.LIST)
    try:
        marked = CheckIn(request.user, invitation=inv, via=via).run()
    except ValidationError as exc:
        return JsonResponse({"ok": False, "error": " ".join(exc.messages)}, status=400)
    if request.headers.get("Accept", "").startswith("application/json"):
        return JsonResponse({"ok": True, "marked": marked, "attended_at": inv.attended_at.isoformat(),
                             "name": inv.person.name})
    return redirect(reverse("mobilise:checkin", args=[inv.activity_id]) + "?q=" + request.POST.get("q", ""))


@login_required
def scan(request: HttpRequest, token: str) -> HttpResponse:
    """What an invitee's QR code opens on the organiser's phone: confirm and mark them present."""
    inv, why = tokens.resolve(token)
    if inv is None:
        return render(request, "mobilise/link_refused.html", {"why": why}, status=410 if why != "forged" else 404)
    inv = get_visible(Invitation.objects.select_related("activity__unit", "person", "unit"), request.user, "view",
                      pk=inv.pk)
    require(request.user, "report", inv.activity.unit.path)
    marked = None
    if request.method == "POST":
        marked = CheckIn(request.user, invitation=inv, via=Via.QR).run()
    return render(request, "mobilise/scan.html", {"inv": inv, "marked": marked, "token": token})


@login_required
def attendance_sheet(request: HttpRequest, pk: int) -> HttpResponse:
    """The whole list, or one unit's subtree (`?unit=<id>`): a big rally prints a sheet per unit."""
    act = _activity(request, pk)
    invs = Invitation.objects.visible_to(request.user).filter(activity=act, revoked=False)
    if request.GET.get("unit"):
        try:
            part = get_visible(Unit.objects.all(), request.user, "view", pk=int(request.GET["unit"]))
        except ValueError:
            raise Http404 from None
        invs = invs.filter(subtree_q("unit__path", part.path))
    try:
        pdf = sheet.render_pdf(act, invs)
    except sheet.SheetUnavailable:
        return render(request, "mobilise/sheet_unavailable.html", {"a": act}, status=503)
    resp = HttpResponse(pdf, content_type="application/pdf")
    resp["Content-Disposition"] = f'inline; filename="attendance-{act.pk}.pdf"'
    return resp


# -- the invitee's own pages (no login) --------------------------------------------------------------
def _by_token(request: HttpRequest, token: str):
    inv, why = tokens.resolve(token)
    if inv is None:
        return None, render(request, "mobilise/link_refused.html", {"why": why}, status=404 if why == "forged" else 410)
    return inv, None


def invitation(request: HttpRequest, token: str) -> HttpResponse:
    inv, refused = _by_token(request, token)
    if refused:
        return refused
    form = RsvpForm(request.POST or None, initial={"rsvp": inv.rsvp if inv.rsvp != Rsvp.PENDING else None,
                                                   "reason": inv.rsvp_reason})
    saved = False
    if request.method == "POST" and form.is_valid():
        try:
            inv = Respond(LinkActor(inv), invitation=inv, **form.cleaned_data).run()
            saved = True
        except ValidationError as exc:
            add_errors(form, exc)
    return render(request, "mobilise/invitation.html", {
        "inv": inv, "a": inv.activity, "form": form, "saved": saved, "token": token,
        "opted_out": hasattr(inv.person, "notice_opt_out"),
        "virtual": bool(inv.activity.join_link), "expires": tokens.expires_at(inv)})


def join(request: HttpRequest, token: str) -> HttpResponse:
    """A virtual meeting's personal join link: record who joined and when, then go to the meeting."""
    inv, refused = _by_token(request, token)
    if refused:
        return refused
    if not inv.activity.join_link:
        raise Http404
    CheckIn(LinkActor(inv), source="link", invitation=inv, via=Via.VIRTUAL).run()
    return redirect(inv.activity.join_link)


def qr(request: HttpRequest, token: str) -> HttpResponse:
    """The invitation's QR code (SVG): it opens the organiser's check-in of this invitee."""
    inv, refused = _by_token(request, token)
    if refused:
        return refused
    import segno

    url = request.build_absolute_uri(reverse("mobilise:scan", args=[token]))
    buf = io.BytesIO()
    segno.make(url, error="m").save(buf, kind="svg", scale=6, border=2, xmldecl=False, title="QR")
    resp = HttpResponse(buf.getvalue(), content_type="image/svg+xml")
    resp["Cache-Control"] = "private, max-age=3600"
    return resp


@require_POST
def opt_out(request: HttpRequest, token: str) -> HttpResponse:
    inv, refused = _by_token(request, token)
    if refused:
        return refused
    OptOutOfNotices(LinkActor(inv), person=inv.person).run()
    return redirect("mobilise:invitation", token=token)


# -- calendar -------------------------------------------------------------------------------------------
@login_required
def calendar_page(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        calendar.new_token(request.user)
        return redirect("mobilise:calendar")
    feed = calendar.feed_for(request.user)
    url = request.build_absolute_uri(reverse("mobilise:calendar_feed", args=[feed.token]))
    return render(request, "mobilise/calendar.html", {"url": url})


def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    user = calendar.user_for(token)
    if user is None:
        raise Http404
    resp = HttpResponse(calendar.ics(user, request.build_absolute_uri("/").rstrip("/")),
                        content_type="text/calendar; charset=utf-8")
    resp["Content-Disposition"] = 'inline; filename="sangathan.ics"'
    return resp


def _json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False)
