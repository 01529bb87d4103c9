"""The dashboards API router (mounted by sangathan/api/urls.py): scoped reads, audited reports."""

from __future__ import annotations

import pytest

from sangathan.accounts.models import ApiToken
from sangathan.programmes.models import ProgrammeTarget


@pytest.fixture
def api_as(client):
    def make(user):
        from django.test import Client

        return Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})
    return make


def test_the_dashboard_reads_in_scope_and_404s_out_of_scope(durg_manager, balod_reporter, api_as, unit):
    pk = unit("दुर्ग जिला").pk
    body = api_as(durg_manager).get(f"/api/dashboards/units/{pk}").json()
    assert body["booths"]["booths"] == 12 and len(body["children"]) >= 1
    assert api_as(balod_reporter).get(f"/api/dashboards/units/{pk}").status_code == 404


def test_a_report_through_the_api_moves_the_target(durg_manager, api_as, unit):
    target = ProgrammeTarget.objects.filter(unit__path__startswith=unit("दुर्ग जिला").path).first()
    r = api_as(durg_manager).post(f"/api/programme-targets/{target.pk}/report", {"status": "done"},
                                  content_type="application/json")
    assert r.status_code == 200 and r.json()["status"] == "done"
