"""API: people and their appointments (posts held in units and wings)."""


import datetime

from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from sangathan.core.masking import contact
from sangathan.core.scoping import get_visible
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit, Wing
from sangathan.people.actions import Appoint, CreatePerson, UpdateAppointment, UpdatePerson
from sangathan.people.models import Appointment, Person, PostType
from sangathan.people.search import search_people

router = Router(tags=["people"])


class PersonOut(Schema):
    id: int
    name_hi: str
    name_en: str
    phone: str
    email: str
    home_unit_id: int
    version: int
    match_score: float | None = None


class PersonIn(Schema):
    name_hi: str
    name_en: str = ""
    phone: str = ""
    email: str = ""
    home_unit_id: int


class PersonPatch(Schema):
    version: int
    name_hi: str | None = None
    name_en: str | None = None
    phone: str | None = None
    email: str | None = None
    home_unit_id: int | None = None


class AppointmentOut(Schema):
    id: int
    person_id: int
    post: str
    post_hi: str
    unit_id: int
    wing: str | None
    charge_unit_id: int | None
    title: str
    start: datetime.date | None
    end: datetime.date | None
    version: int

    @staticmethod
    def resolve_post(obj):
        return obj.post.key

    @staticmethod
    def resolve_post_hi(obj):
        return obj.post.name_hi

    @staticmethod
    def resolve_wing(obj):
        return obj.wing.key if obj.wing else None


class AppointmentIn(Schema):
    person_id: int
    post: str
    unit_id: int
    wing: str | None = None
    charge_unit_id: int | None = None
    title: str = ""
    start: datetime.date | None = None
    end: datetime.date | None = None


class AppointmentPatch(Schema):
    version: int
    title: str | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None


def _out(request, p: Person) -> dict:
    c = contact(request.auth, p)
    return {"id": p.pk, "name_hi": p.name_hi, "name_en": p.name_en, "phone": c["phone"], "email": c["email"],
            "home_unit_id": p.home_unit_id, "version": p.version, "match_score": getattr(p, "match_score", None)}


def _people(request, action="view"):
    return Person.objects.visible_to(request.auth, action).select_related("home_unit")


def _unit(request, pk: int, action="view") -> Unit:
    return get_visible(Unit.objects.all(), request.auth, action="view", pk=pk)


@router.get("/people", response=list[PersonOut])
@paginate
def list_people(request, q: str | None = None, unit_id: int | None = None):
    qs = _people(request)
    if unit_id is not None:
        qs = qs.filter(subtree_q("home_unit__path", _unit(request, unit_id).path))
    people = search_people(qs, q, limit=100) if q else qs
    return [_out(request, p) for p in people]


@router.get("/people/{person_id}", response=PersonOut)
def get_person(request, person_id: int):
    return _out(request, get_visible(_people(request), request.auth, pk=person_id))


@router.post("/people", response={201: PersonOut})
def create_person(request, data: PersonIn):
    fields = data.dict(exclude={"home_unit_id"}) | {"home_unit": _unit(request, data.home_unit_id)}
    person = CreatePerson(request.auth, source="api", fields=fields).run()
    return Status(201, _out(request, person))


@router.patch("/people/{person_id}", response=PersonOut)
def update_person(request, person_id: int, data: PersonPatch):
    person = get_visible(_people(request), request.auth, pk=person_id)
    fields = data.dict(exclude_unset=True, exclude={"version", "home_unit_id"})
    if data.home_unit_id is not None:
        fields["home_unit"] = _unit(request, data.home_unit_id)
    person = UpdatePerson(request.auth, source="api", person=person, fields=fields, version=data.version).run()
    return _out(request, person)


def _appointments(request):
    return Appointment.objects.visible_to(request.auth, "view").select_related("post", "wing")


@router.get("/appointments", response=list[AppointmentOut])
@paginate
def list_appointments(request, person_id: int | None = None, unit_id: int | None = None, current: bool = False):
    qs = _appointments(request)
    # Like the other list filters: an id outside the caller's scope (or no such id at all, however
    # large) is a 404, looked up through the scoping layer rather than compared raw to a column.
    if person_id is not None:
        qs = qs.filter(person=get_visible(_people(request), request.auth, pk=person_id))
    if unit_id is not None:
        qs = qs.filter(unit=_unit(request, unit_id))
    return qs.current() if current else qs


@router.post("/appointments", response={201: AppointmentOut})
def create_appointment(request, data: AppointmentIn):
    person = get_visible(_people(request), request.auth, pk=data.person_id)
    fields = {
        "post": get_object_or_404(PostType, key=data.post),
        "unit": _unit(request, data.unit_id),
        "wing": get_object_or_404(Wing, key=data.wing) if data.wing else None,
        "charge_unit": _unit(request, data.charge_unit_id) if data.charge_unit_id else None,
        "title": data.title, "start": data.start, "end": data.end,
    }
    return Status(201, Appoint(request.auth, source="api", person=person, fields=fields).run())


@router.patch("/appointments/{appointment_id}", response=AppointmentOut)
def update_appointment(request, appointment_id: int, data: AppointmentPatch):
    appt = get_visible(_appointments(request), request.auth, pk=appointment_id)
    fields = data.dict(exclude_unset=True, exclude={"version"})
    return UpdateAppointment(request.auth, source="api", appointment=appt, fields=fields, version=data.version).run()
