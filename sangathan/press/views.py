"""Press pages: the public newsroom (no login), composing/publishing, moderation, paste-and-review."""

from __future__ import annotations

from urllib.parse import quote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sangathan.activities.actions import CreateActivity
from sangathan.activities.models import Activity, Kind, Mode, ParticipantRole
from sangathan.core.actions import Conflict
from sangathan.core.scoping import get_visible, require
from sangathan.org.models import Unit
from sangathan.press.actions import (
    KeepTrainingExample,
    ModerateComment,
    PublishNote,
    SubmitComment,
    compose_note,
    ip_hash,
)
from sangathan.press.models import Comment, PressNote
from sangathan.press.review import activity_params, extract_draft, reviewed_record

PER_PAGE = 10


def _published():
    return PressNote.objects.filter(status=PressNote.Status.PUBLISHED).select_related("activity")


def newsroom(request):
    page = Paginator(_published(), PER_PAGE).get_page(request.GET.get("page"))
    return render(request, "press/newsroom.html", {"page": page})


def share_links(url: str, title: str) -> list[tuple[str, str]]:
    """Plain share links: no third-party scripts are loaded."""
    u, t = quote(url, safe=""), quote(title, safe="")
    return [("WhatsApp", f"https://wa.me/?text={t}%20{u}"),
            ("X", f"https://twitter.com/intent/tweet?url={u}&text={t}"),
            ("Facebook", f"https://www.facebook.com/sharer/sharer.php?u={u}"),
            (_("E-mail"), f"mailto:?subject={t}&body={u}")]


def note_page(request, slug):
    note = get_object_or_404(_published(), slug=slug)
    errors, form = {}, {}
    if request.method == "POST":
        form = {k: request.POST.get(k, "") for k in ("name", "email", "body")}
        if request.POST.get("website"):  # honeypot: people never see this field, bots fill it
            messages.success(request, _("Thank you. Your comment will appear after moderation."))
            return redirect(request.path)
        ip = request.META.get("REMOTE_ADDR", "")
        try:
            SubmitComment("public", note=note, ip_hash=ip_hash(ip), **form).run()
        except ValidationError as e:
            errors = e.message_dict
        else:
            messages.success(request, _("Thank you. Your comment will appear after moderation."))
            return redirect(request.path + "#comments")
    url = request.build_absolute_uri()
    comments = note.comments.filter(status=Comment.Status.APPROVED)
    return render(request, "press/note.html", {
        "note": note, "paragraphs": [p for p in note.body.split("\n") if p.strip()], "comments": comments,
        "share": share_links(url, note.headline), "url": url, "errors": errors, "form": form,
        "general_errors": errors.get("__all__", []),
    }, status=400 if errors else 200)


class LatestNotes(Feed):
    title = "Sangathan"
    description = "Published reports"

    def link(self):
        return reverse("newsroom")

    def items(self):
        return _published()[:30]

    def item_title(self, item):
        return item.headline

    def item_description(self, item):
        return item.body[:500]

    def item_link(self, item):
        return reverse("press_note", args=[item.slug])

    def item_pubdate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return item.byline or None


class LatestNotesAtom(LatestNotes):
    feed_type = Atom1Feed
    subtitle = LatestNotes.description


@login_required
def compose_view(request, pk):
    """Compose a press note for an activity; the reporter may edit it before publishing."""
    activity = get_visible(Activity.objects.select_related("unit"), request.user, "view", pk=pk)
    require(request.user, "report", activity.unit.path)  # seen but not a reporter here: 403, not 404
    lang = request.POST.get("lang") or request.GET.get("lang") or "hi"
    lang = lang if lang in ("hi", "en") else "hi"
    composed = compose_note(activity, lang)
    errors = {}
    if request.method == "POST":
        try:
            note = PublishNote(request.user, activity=activity, lang=lang, headline=request.POST.get("headline", ""),
                               body=request.POST.get("body", "")).run()
        except ValidationError as e:
            errors = e.message_dict
            composed = {"headline": request.POST.get("headline", ""), "body": request.POST.get("body", "")}
        else:
            messages.success(request, _("Published."))
            return redirect("press_note", slug=note.slug)
    notes = activity.press_notes.all()
    return render(request, "press/compose.html", {"activity": activity, "lang": lang, "composed": composed,
                                                  "errors": errors, "notes": notes})


@login_required
def moderation(request):
    pending = Comment.objects.visible_to(request.user, "report").filter(status=Comment.Status.PENDING) \
        .select_related("note")
    return render(request, "press/moderation.html", {"pending": pending[:200]})


@login_required
@require_POST
def moderate(request, pk):
    comment = get_visible(Comment.objects.select_related("note__activity__unit"), request.user, "view", pk=pk)
    require(request.user, "report", comment.note.activity.unit.path)
    decision = {"approve": Comment.Status.APPROVED, "reject": Comment.Status.REJECTED}.get(request.POST.get("decision"))
    try:
        ModerateComment(request.user, comment=comment, decision=decision).run()
    except (ValidationError, Conflict) as e:
        messages.error(request, "; ".join(getattr(e, "messages", [str(e)])))
    return redirect("moderation")


@login_required
def extract_view(request):
    """Paste a Hindi report, review the draft (people matched or proposed), save an activity."""
    units = Unit.objects.visible_to(request.user, "report").select_related("level").order_by("depth", "name_hi")
    ctx = {"units": units[:500], "roles": ParticipantRole.choices, "kinds": Kind.choices, "modes": Mode.choices}
    if request.method == "POST" and request.POST.get("step") == "save":
        unit_id = (request.POST.get("unit") or "").strip()
        if not (unit_id.isascii() and unit_id.isdigit()):
            raise Http404  # no unit, or not an id: like any unit outside the user's scope
        unit = get_visible(Unit.objects.all(), request.user, "report", pk=int(unit_id))
        try:
            params = activity_params(request.POST, request.user, unit)
            if not params["fields"]["title"]:
                raise ValidationError({"title": _("give the activity a title")})
            with transaction.atomic():  # the activity and its training example, or neither
                activity = CreateActivity(request.user, **params).run()
                KeepTrainingExample(request.user, unit=unit, activity=activity, text=request.POST.get("text", ""),
                                    record=reviewed_record(request.POST)).run()
        except ValidationError as e:
            messages.error(request, "; ".join(f"{v[0]}" for v in e.message_dict.values()))
        else:
            messages.success(request, _("Activity saved from the report."))
            return redirect("activity", pk=activity.pk)
    if request.method == "POST":
        try:
            ctx["draft"] = extract_draft(request.POST.get("text", ""), request.POST.get("url", ""), request.user)
        except ValidationError as e:
            ctx["errors"] = e.message_dict
        ctx["text"], ctx["url"] = request.POST.get("text", ""), request.POST.get("url", "")
    return render(request, "press/extract.html", ctx)


@login_required
def model_view(request):
    """The extractor's model in use and its scores (admins of the whole organisation only)."""
    from sangathan.org.models import Unit
    from sangathan.press.models import ExtractorModel, TrainingExample

    roots = list(Unit.objects.filter(parent__isnull=True))
    if not roots:
        raise Http404
    for root in roots:
        require(request.user, "admin", root.path)
    if request.method == "POST":
        from sangathan.press.tasks import retrain_extractor

        retrain_extractor.enqueue(request.user.pk)
        messages.success(request, _("Retraining started; the new model is used only if it is not worse."))
        return redirect("press_model")
    models_ = ExtractorModel.objects.defer("model")[:10]
    active = next((m for m in models_ if m.active), None)
    return render(request, "press/model.html", {
        "active": active, "models": models_, "fields": ["people", "roles", "posts", "quotes", "mean"],
        "examples": TrainingExample.objects.visible_to(request.user, "view").count()})
