"""The database unreachable or its disk full: a clear answer (503 / 507, Hindi and English, JSON
for the API) with Retry-After, instead of a bare 500. Nothing is half-written: the request's
transaction rolled back. The broken connection is closed here, so the next request reconnects by
itself once the database is back."""

from __future__ import annotations

import sys

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.views import defaults

FULL = ("disk is full", "no space left", "could not extend file", "disk full")

MESSAGES = {
    503: ("डेटाबेस अभी उपलब्ध नहीं है। आपका बदलाव सहेजा नहीं गया; कुछ क्षण बाद फिर से प्रयास करें।",
          "The database is not available just now. Your change was not saved; try again in a few seconds."),
    507: ("डेटाबेस की डिस्क भरी हुई है। आपका बदलाव सहेजा नहीं गया; व्यवस्थापक को सूचित करें।",
          "The database's disk is full. Your change was not saved; tell the administrator."),
}


def classify(exc: BaseException) -> int | None:
    """507 for a full disk, 503 for a database that is down or restarting, None for anything else."""
    text = str(exc).lower()
    if isinstance(exc, DatabaseError) and any(s in text for s in FULL):
        return 507
    if isinstance(exc, (OperationalError, InterfaceError)):
        return 503
    return None


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except DatabaseError as exc:  # raised outside a view and not turned into a response below it
            response = answer(request, exc)
            if response is None:
                raise
            return response

    def process_exception(self, request, exc):
        return answer(request, exc)


def answer(request, exc: BaseException) -> HttpResponse | None:
    """The 503/507 answer to a database fault (its broken connections closed), or None for anything else."""
    status = classify(exc)
    if status is None:
        return None
    for conn in connections.all(initialized_only=True):
        if conn.in_atomic_block:
            continue  # the transaction's owner rolls it back; closing here would break it
        conn.close_if_unusable_or_obsolete()
        if status == 503:
            conn.close()  # the next request opens a fresh connection
    hi, en = MESSAGES[status]
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": en, "detail_hi": hi, "retry": True}, status=status)
    else:
        response = HttpResponse(
            f'<!doctype html><html lang="hi"><head><meta charset="utf-8"><title>{status} · संगठन</title></head>'
            f'<body><h1>{status}</h1><p lang="hi">{hi}</p><p lang="en">{en}</p></body></html>',
            status=status, content_type="text/html; charset=utf-8")
    response["Retry-After"] = "5"
    return response


def server_error(request):
    """Django's 500 handler, except for a database fault raised inside a middleware (loading the
    session or the user while the database restarts): each middleware turns an exception into a
    response where it is raised, so it would never reach DatabaseUnavailableMiddleware as one."""
    exc = sys.exc_info()[1]
    response = answer(request, exc) if exc is not None else None
    return response if response is not None else defaults.server_error(request)
