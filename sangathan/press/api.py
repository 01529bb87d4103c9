"""API: read a Hindi report into a draft with scoped person matches; compose a press note."""

from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status

from sangathan.activities.models import Activity
from sangathan.core.scoping import get_visible
from sangathan.press.actions import compose_note
from sangathan.press.review import extract_draft

router = Router(tags=["press"])


class ExtractIn(Schema):
    text: str
    url: str | None = None


@router.post("/press/extract", response=dict)
def extract_report(request, data: ExtractIn):
    """The draft record plus, for each person, up to three known people (in your scope) with scores.

    Save the reviewed draft with `POST /api/activities` (keep `source_text` and `source_url`).
    """
    draft = extract_draft(data.text, data.url, request.auth)
    rec = draft["record"]
    for person, d in zip(rec["people"], draft["people"]):
        person["candidates"] = [{"id": c.pk, "name_hi": c.name_hi, "name_en": c.name_en, "score": c.match_score}
                                for c in d.candidates]
        person["suggested_id"] = d.match
    return rec


class ReviewedIn(Schema):
    text: str
    unit_id: int
    record: dict
    activity_id: int | None = None


@router.post("/press/examples", response={201: dict})
def keep_reviewed_report(request, data: ReviewedIn):
    """Keep a report and its reviewed record (names as written in the text) as a training example.

    Call it after saving the activity with `POST /api/activities`; `sangathan press train` learns from it.
    """
    from sangathan.org.models import Unit
    from sangathan.press.actions import KeepTrainingExample

    unit = get_visible(Unit.objects.all(), request.auth, pk=data.unit_id)  # the action needs "report": 403 below
    activity = get_visible(Activity.objects.all(), request.auth, pk=data.activity_id) if data.activity_id else None
    ex = KeepTrainingExample(request.auth, source="api", unit=unit, activity=activity, text=data.text,
                             record=data.record).run()
    return Status(201, {"id": ex.pk, "people": len(ex.record["people"])})


@router.get("/activities/{activity_id}/press-note", response=dict)
def press_note(request, activity_id: int, lang: str = "hi"):
    activity = get_visible(Activity.objects.all(), request.auth, pk=activity_id)
    if lang not in ("hi", "en"):
        get_object_or_404(Activity, pk=-1)
    return compose_note(activity, lang)
