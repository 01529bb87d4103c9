"""A database that is down or out of disk gets a clear 503/507 answer, not a bare 500."""

import pytest
from django.db import OperationalError

from sangathan.core import faults


@pytest.mark.parametrize("exc, status", [(OperationalError("connection refused"), 503),
                                         (OperationalError("database or disk is full"), 507),
                                         (OperationalError('could not extend file "base/1/2": No space left on device'), 507),
                                         (ValueError("x"), None)])
def test_database_faults_are_classified(exc, status):
    assert faults.classify(exc) == status


def test_the_api_and_the_web_answer_503_with_retry_after(client_for, admin, monkeypatch):
    from sangathan.dashboards import queries

    def down(*a, **k):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(queries, "build", down)
    c = client_for(admin)
    from sangathan.org.models import Unit

    root = Unit.objects.filter(depth=0).first()
    r = c.get(f"/dashboards/unit/{root.pk}/")
    assert r.status_code == 503 and r["Retry-After"] == "5" and "डेटाबेस" in r.content.decode()
    r = c.get(f"/api/dashboards/units/{root.pk}", HTTP_AUTHORIZATION="Bearer x")
    assert r.status_code in (401, 503)


def test_a_database_fault_while_the_session_loads_is_a_503_not_a_500(client_for, admin, monkeypatch):
    from django.contrib.sessions.backends.db import SessionStore

    c = client_for(admin)
    c.raise_request_exception = False  # answer as the server would, not re-raise as the test client does

    def down(self, *a, **k):
        raise OperationalError("terminating connection due to administrator command")

    monkeypatch.setattr(SessionStore, "load", down)
    r = c.get("/people/")
    assert r.status_code == 503 and r["Retry-After"] == "5" and "डेटाबेस" in r.content.decode()
    r = c.get("/api/units/1", HTTP_AUTHORIZATION="Bearer x")
    assert r.status_code in (401, 503)


def test_other_errors_in_a_middleware_stay_a_500(client_for, admin, monkeypatch):
    from django.contrib.sessions.backends.db import SessionStore

    c = client_for(admin)
    c.raise_request_exception = False

    def broken(self, *a, **k):
        raise ValueError("a bug")

    monkeypatch.setattr(SessionStore, "load", broken)
    assert c.get("/people/").status_code == 500
