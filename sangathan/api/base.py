"""The REST API: token (or session) auth, and errors mapped the same way for every endpoint."""

import datetime

from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import DatabaseError, transaction
from django.http import Http404
from django.utils import timezone
from ninja import NinjaAPI
from ninja.errors import Throttled
from ninja.security import HttpBearer, django_auth

from sangathan.accounts.lockout import TOKEN_CREDENTIALS
from sangathan.accounts.models import ApiToken
from sangathan.core.actions import Conflict


TOUCH_EVERY = datetime.timedelta(minutes=1)


def _touch(row: ApiToken) -> None:
    """Note when the token was last used, at most once a minute: a read is not a write per request,
    and a read still answers when the database cannot take writes (disk full)."""
    now = timezone.now()
    if row.last_used_at and now - row.last_used_at < TOUCH_EVERY:
        return
    try:
        with transaction.atomic():
            ApiToken.objects.filter(pk=row.pk).update(last_used_at=now)
    except DatabaseError:
        pass  # bookkeeping only


class TokenAuth(HttpBearer):
    """A bearer token; unknown tokens count against the client IP (see accounts/lockout.py)."""

    def authenticate(self, request, token: str):
        if not AxesProxyHandler.is_allowed(request, TOKEN_CREDENTIALS):
            raise Throttled(wait=None)
        row = ApiToken.objects.select_related("user").filter(digest=ApiToken.hash(token)).first()
        if row is None or not row.user.is_active:
            user_login_failed.send(sender=TokenAuth, credentials=dict(TOKEN_CREDENTIALS), request=request)
            return None
        _touch(row)
        request.user = row.user
        return row.user


api = NinjaAPI(
    title="Sangathan API",
    version="1",
    description="Units, people, posts and activities. Every list and object is scoped to the caller's grants; "
    "objects outside them answer 404. Authenticate with `Authorization: Bearer <token>` "
    "(`sangathan grant USER ROLE UNIT --token` issues one).",
    auth=[TokenAuth(), django_auth],
    urls_namespace="api",
)


def _messages(e: ValidationError) -> dict:
    if hasattr(e, "error_dict"):
        return {k: [m for err in v for m in err.messages] for k, v in e.error_dict.items()}
    return {"__all__": e.messages}


@api.exception_handler(ValidationError)
def on_validation(request, exc):
    return api.create_response(request, {"detail": "invalid input", "errors": _messages(exc)}, status=422)


@api.exception_handler(PermissionDenied)
def on_denied(request, exc):
    return api.create_response(request, {"detail": str(exc) or "not allowed"}, status=403)


@api.exception_handler(Http404)
def on_404(request, exc):
    return api.create_response(request, {"detail": "not found"}, status=404)


@api.exception_handler(Conflict)
def on_conflict(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=409)
