"""The audit log for admins: events about objects in their subtree, newest first, and a chain check."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, Q, QuerySet
from django.db.models.functions import Cast
from django.http import HttpRequest, HttpResponse

from sangathan.accounts.models import Grant
from sangathan.activities.models import Activity, Attendance, Participation, Speech
from sangathan.core import audit
from sangathan.core.models import AuditEvent
from sangathan.org.models import Unit
from sangathan.people.models import Appointment, Person
from sangathan.privacy.models import Consent
from sangathan.web.views.base import is_audit_admin, paginate, render

# Consent: the privacy page and /api/privacy/events list consents recorded by others in the subtree
SCOPED_MODELS = (Unit, Person, Appointment, Activity, Participation, Speech, Attendance, Consent)


def events_visible(user: Any) -> QuerySet[AuditEvent]:
    """All events for a superuser; for an admin, events about objects that still exist in their
    subtree and their own actions (a deleted object has no unit left to scope it by)."""
    if user.is_superuser:
        return AuditEvent.objects.all()
    q = Q(actor=user)
    for model in SCOPED_MODELS:
        ids = model.objects.visible_to(user, "admin").annotate(sid=Cast("pk", CharField())).values("sid")
        q |= Q(model=model._meta.label_lower, object_id__in=ids)
    grants = Grant.objects.filter(unit__in=Unit.objects.visible_to(user, "admin")).annotate(
        sid=Cast("pk", CharField())).values("sid")
    q |= Q(model=Grant._meta.label_lower, object_id__in=grants)
    return AuditEvent.objects.filter(q)


@login_required
def audit_log(request: HttpRequest) -> HttpResponse:
    user = request.user
    if not is_audit_admin(user):
        raise PermissionDenied
    events = events_visible(user).select_related("actor").order_by("-id")
    verified = audit.verify() if request.GET.get("verify") else None
    return render(request, "web/audit.html", {"page": paginate(request, events, 50), "verified": verified})
