"""The activity list reads newest first the same way whether it is long or short."""

import datetime

from django.utils import timezone

from sangathan.activities.models import Activity, ActivityQuerySet


def test_a_short_list_comes_in_the_same_order_as_a_long_one(admin, unit, api_as):
    """A district's list is sorted (ordered_for on PostgreSQL), the nation's read off the index:
    the same order, undated activities where the database's own newest-first puts them, ties by id."""
    durg = unit("दुर्ग जिला")
    base = timezone.now().replace(microsecond=0)
    made = [Activity.objects.create(title=f"बैठक {k}", unit=durg,
                                    starts_at=None if k == 2 else base + datetime.timedelta(days=400 + k % 3))
            for k in range(6)]
    qs = Activity.objects.filter(pk__in=[a.pk for a in made])
    by_default = list(qs.values_list("pk", flat=True))
    assert list(qs.ordered_for(ActivityQuerySet.SORT_BELOW).values_list("pk", flat=True)) == by_default
    assert list(qs.ordered_for(len(made)).values_list("pk", flat=True)) == by_default
    r = api_as(admin).get(f"/api/activities?unit_id={durg.pk}&limit=500")
    assert r.status_code == 200 and r.json()["count"] == len(r.json()["items"]) >= len(made)
    assert [i["id"] for i in r.json()["items"] if i["id"] in by_default] == by_default
