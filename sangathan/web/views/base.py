"""Helpers every page uses: permission checks like the action layer's, running an action from a form.

Views stay thin: they read through `visible_to`, and every write is an action, so the web behaves
like the API and the CLI and everything is audited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render as django_render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from sangathan.accounts.models import Role
from sangathan.core.actions import Conflict
from sangathan.core.scoping import grants


def run_action(form: forms.BaseForm, make: Callable[[], Any]) -> tuple[bool, Any]:
    """Run the action `make()` builds; on failure put its reason on the form instead of a 500.

    A Conflict (someone saved first) and a ValidationError become form errors; 404 and 403
    propagate, since they mean the user should not be here at all.
    """
    try:
        return True, make().run()
    except Conflict:
        form.add_error(None, _("Someone else changed this record after you opened it. Nothing was saved: "
                               "reload the page to see their change, then apply yours again."))
    except ValidationError as exc:
        add_errors(form, exc)
    return False, None


def add_errors(form: forms.BaseForm, exc: ValidationError) -> None:
    """Attach an action's ValidationError to matching form fields, the rest to the whole form."""
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            target = field if field in form.fields else None
            for message in errors:
                form.add_error(target, message)
    else:
        for message in exc.messages:
            form.add_error(None, message)


def paginate(request: HttpRequest, items: Any, per_page: int = 50, cap: int | None = None) -> Page:
    """The requested page of `items`; with `cap`, counted only up to cap + 1 (`CappedPaginator`)."""
    pager = Paginator(items, per_page) if cap is None else CappedPaginator(items, per_page, cap)
    return pager.get_page(request.GET.get("page"))


class CappedPaginator(Paginator):
    """A paginator that counts at most `cap` + 1 rows: past a few thousand the exact total is not
    worth a scan of millions (a national viewer's people list counted 10 M rows on every page).
    `capped` says the list goes on beyond the last counted page."""

    def __init__(self, items: Any, per_page: int, cap: int) -> None:
        super().__init__(items, per_page)
        self.cap = cap

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[: self.cap + 1].count()

    @property
    def capped(self) -> bool:
        return self.count > self.cap


def is_audit_admin(user: Any) -> bool:
    """Superusers and holders of an admin grant may read the audit log."""
    if not user.is_authenticated:
        return False
    return bool(user.is_superuser or any(role == Role.ADMIN for role, _path in grants(user)))


def render(request: HttpRequest, template: str, context: dict[str, Any]) -> HttpResponse:
    """Django's render plus what the header needs on every page."""
    return django_render(request, template, {**context, "is_audit_admin": is_audit_admin(request.user)})


def start_at_top_unit(request: HttpRequest, title: str) -> HttpResponse | None:
    """A list page opened without `?unit=`: go to the user's one top unit, or let them choose one.

    Returns None when the request names its unit, so the page goes on as usual."""
    if request.GET.get("unit"):
        return None
    from django.shortcuts import redirect

    from sangathan.core.scoping import top_units

    units = list(top_units(request.user))
    if len(units) == 1:
        return redirect(f"{request.path}?unit={units[0].pk}")
    return django_render(request, "choose_unit.html", {"units": units, "title": title})


def unit_from_query(request: HttpRequest):
    """The unit a page is about (`?unit=<id>`), through the scoping layer: 404 when out of scope or malformed."""
    from django.http import Http404

    from sangathan.core.scoping import get_visible_unit

    try:
        pk = int(request.GET.get("unit") or 0)
    except ValueError:
        raise Http404 from None
    return get_visible_unit(request.user, pk)
