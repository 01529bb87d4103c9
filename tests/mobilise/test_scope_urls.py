"""Every mobilisation URL that takes an id hides out-of-scope objects: the outsider (viewer of बस्तर
संभाग only) gets a 404 for an invitation, batch or activity of दुर्ग जिला; an anonymous visitor is sent
to log in (web) or gets a 401 (API). A new URL with an id and no case here fails the first test.
(tests/test_scoping_meta.py does the same for the whole project; docs/mobilise.md lists its cases.)"""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from sangathan.accounts.models import ApiToken

pytestmark = pytest.mark.django_db

WEB = {
    "mobilise:manage": "activity", "mobilise:send": "activity", "mobilise:record": "activity",
    "mobilise:outbox": "activity", "mobilise:checkin": "activity", "mobilise:sheet": "activity",
    "mobilise:batch": "batch", "mobilise:revoke": "invitation", "mobilise:checkin_mark": "invitation",
}
API = {  # operation -> (path, methods, object)
    "invitations_preview": ("/api/activities/{}/invitations/preview", ["POST"], "activity"),
    "invite": ("/api/activities/{}/invitations", ["POST"], "activity"),
    "invitations": ("/api/activities/{}/invitations", ["GET"], "activity"),
    "checkin": ("/api/invitations/{}/checkin", ["POST"], "invitation"),
    "send_notices": ("/api/activities/{}/notices", ["POST"], "activity"),
    "batch": ("/api/notice-batches/{}", ["GET"], "batch"),
}


@pytest.fixture
def durg_objects(durg_manager, future_activity, unit):
    from sangathan.mobilise.actions import InviteByTree, QueueNotices
    from sangathan.mobilise.models import Invitation
    from sangathan.mobilise.selection import Selection

    act = future_activity(unit_name="दुर्ग जिला")
    InviteByTree(durg_manager, activity=act, selection=Selection(root=unit("दुर्ग जिला"))).run()
    batch = QueueNotices(durg_manager, activity=act).run()
    return {"activity": act, "batch": batch, "invitation": Invitation.objects.filter(activity=act).first()}


def test_every_mobilise_url_with_an_id_has_a_case():
    from sangathan.mobilise.api import router
    from sangathan.mobilise.urls import urlpatterns

    with_ids = {f"mobilise:{p.name}" for p in urlpatterns if "<int:" in str(p.pattern)}
    assert with_ids == set(WEB)
    ops = {op.view_func.__name__ for view in router.path_operations.values() for op in view.operations}
    assert ops == set(API)


@pytest.mark.parametrize("name", sorted(WEB))
def test_the_outsider_gets_404_and_an_anonymous_visitor_logs_in(client_for, client, outsider, durg_objects, name):
    url = reverse(name, args=[durg_objects[WEB[name]].pk])
    assert client.get(url).status_code in (302, 405)
    assert client.post(url)["Location"].startswith(reverse("login"))
    c = client_for(outsider)
    assert c.get(url).status_code in (404, 405)
    assert c.post(url).status_code == 404


@pytest.mark.parametrize("name", sorted(API))
def test_the_outsider_gets_404_from_the_api(outsider, durg_objects, name):
    path, methods, obj = API[name]
    url = path.format(durg_objects[obj].pk)
    c = Client(headers={"Authorization": f"Bearer {ApiToken.issue(outsider)}"})
    for m in methods:
        got = c.generic(m, url, data=json.dumps({}), content_type="application/json")
        assert got.status_code == 404, (name, m, got.content[:200])
        assert Client().generic(m, url, data="{}", content_type="application/json").status_code == 401


def test_the_district_manager_works_on_their_own_meeting(client_for, durg_manager, durg_objects):
    c = client_for(durg_manager)
    assert c.get(reverse("mobilise:manage", args=[durg_objects["activity"].pk])).status_code == 200
    assert c.get(reverse("mobilise:checkin", args=[durg_objects["activity"].pk])).status_code == 200
    assert c.get(reverse("mobilise:batch", args=[durg_objects["batch"].pk])).json()["state"] == "done"
