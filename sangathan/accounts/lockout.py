"""Login lockout rules on top of django-axes (settings: AXES_*, LOGIN_FAILURE_LIMIT, API_TOKEN_FAILURE_LIMIT).

- Web login: `LOGIN_FAILURE_LIMIT` wrong passwords for one username from one IP lock that pair for
  `AXES_COOLOFF_TIME`; a right password before then resets the count. Other users and other IPs
  are not affected, so one attacker cannot lock a whole office out.
- API: every request with a bearer token that matches no active token counts against the client IP
  (as the pseudo-username `TOKEN_USERNAME`); after `API_TOKEN_FAILURE_LIMIT` of them that IP gets
  429 for every bearer request until the cool-off ends. A valid token does not reset the count.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

TOKEN_USERNAME = "(api-token)"  # contains characters no real username may, so it never collides
TOKEN_CREDENTIALS = {"username": TOKEN_USERNAME}


def client_ip(request: HttpRequest) -> str | None:
    """The client's address: REMOTE_ADDR, or behind our own proxy the address it appended last."""
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR")


def failure_limit(request: HttpRequest, credentials: dict | None) -> int:
    if (credentials or {}).get("username") == TOKEN_USERNAME:
        return settings.API_TOKEN_FAILURE_LIMIT
    return settings.LOGIN_FAILURE_LIMIT


def cooloff_minutes() -> int:
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_response(request: HttpRequest, original_response: HttpResponse | None, credentials: dict | None):
    """429 for a locked user+IP: JSON on the API, the bilingual page on the web."""
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": "too many failed attempts; try again later"}, status=429)
    else:
        response = render(request, "registration/locked_out.html", {"minutes": cooloff_minutes()}, status=429)
    response["Retry-After"] = str(int(settings.AXES_COOLOFF_TIME.total_seconds()))
    return response
