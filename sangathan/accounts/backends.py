"""Authentication backends: django-axes' lockout check in front of Django's ModelBackend."""

from __future__ import annotations

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend):
    """Refuse a locked-out username+IP before any password is checked.

    Scripts that call `authenticate()` without a request (there is no IP to key a lockout on) go
    straight to the next backend instead of failing as django-axes would.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
