"""Activity -> the press-record schema of SCHEMA.md (also the input of the press composer)."""

from __future__ import annotations

from django.db.models import Prefetch
from django.utils import timezone

from sangathan.activities.models import Activity, Kind, Participation
from sangathan.org.models import Organisation

EVENT_TYPE = {Kind.VIRTUAL_MEETING: "meeting"}


def with_related(qs):
    """Prefetch what `record()` reads, so exporting many activities costs a fixed number of queries."""
    return qs.select_related("wing", "unit").prefetch_related(
        Prefetch("participations", queryset=Participation.objects.select_related("person")),
        "speeches__person", "attendance__unit",
    )


def record(activity: Activity, organisation: Organisation | None = None) -> dict:
    org = organisation or Organisation.objects.first()
    people = []
    for p in activity.participations.all():
        item = {"name": p.person.name_hi, "posts": list(p.posts), "roles": list(p.roles)}
        if p.person.name_en:
            item["name_en"] = p.person.name_en
        if p.mentioned_only:
            item["mentioned_only"] = True
        if p.affiliation:
            item["affiliation"] = p.affiliation
        people.append(item)
    date = timezone.localtime(activity.starts_at).date().isoformat() if activity.starts_at else None
    return {
        "id": activity.pk,
        "event_type": EVENT_TYPE.get(activity.kind, activity.kind),
        "mode": activity.mode,
        "organisation": org.name_hi if org else None,
        "wing": activity.wing.name_hi if activity.wing else None,
        "level": activity.level_label or None,
        "dateline": activity.dateline or None,
        "venue": activity.venue or None,
        "date": date,
        "title": activity.title,
        "people": people,
        "quotes": [{"speaker": s.person.name_hi, "text": s.text} for s in activity.speeches.all()],
        "attending_units": [{"unit": a.unit.name_hi, "unit_en": a.unit.name_en, "note": a.note}
                            for a in activity.attendance.all()],
        "organisation_en": org.name_en if org else None,
        "wing_en": activity.wing.name_en if activity.wing else None,
        "source_url": activity.source_url or None,
    }
