"""Hold a signed-in user who must give a second factor until they have (see twofactor.py)."""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from sangathan.accounts import twofactor

# Pages a half-signed-in user may still open: the two-factor pages, logging out, the language switch,
# static files and the public newsroom.
OPEN_PREFIXES = ("/static/", "/i18n/", "/news/")


class TwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and not user.is_verified() and self._asked(request):
            if not self._open(request):
                return self._hold(request)
        return self.get_response(request)

    @staticmethod
    def _asked(request) -> bool:
        """Is this session's user asked for a code? Decided once a session, not on every request."""
        answer = request.session.get(twofactor.SESSION_KEY)
        if answer is None:
            answer = "yes" if twofactor.needs_code(request.user) else "no"
            request.session[twofactor.SESSION_KEY] = answer
        return answer == "yes"

    @staticmethod
    def _open(request) -> bool:
        path = request.path
        if path in (reverse("login"), reverse("logout"), reverse("two_factor_verify"), reverse("two_factor_setup")):
            return True
        if path.startswith("/api/") and request.headers.get("Authorization", "").startswith("Bearer "):
            return True  # token calls are authenticated by the token, not by this session
        return path.startswith(OPEN_PREFIXES)

    @staticmethod
    def _hold(request):
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": "two-factor verification needed"}, status=401)
        target = "two_factor_verify" if twofactor.enrolled(request.user) else "two_factor_setup"
        return redirect(reverse(target) + "?" + urlencode({"next": request.get_full_path()}))
