"""Home: where the user has grants, and what happened recently in their scope."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse

from sangathan.accounts.models import Grant, Role
from sangathan.activities.models import Activity
from sangathan.org.models import Unit
from sangathan.web.views.base import render


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = request.user
    if user.is_superuser:
        roots = [(u, Role.ADMIN.label) for u in Unit.objects.filter(parent=None).select_related("level")]
    else:
        grants = Grant.objects.filter(user=user).select_related("unit__level").order_by("unit__path", "-role")
        roots = [(g.unit, g.get_role_display()) for g in grants]
    recent = Activity.objects.visible_to(user).select_related("unit", "wing")[:10]
    return render(request, "web/home.html", {"roots": roots, "recent": recent})
