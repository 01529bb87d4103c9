"""API: the unit tree."""


from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.pagination import paginate

from sangathan.core.scoping import get_visible
from sangathan.core.text import name_key
from sangathan.org.actions import CreateUnit, DeleteUnit, MoveUnit, UpdateUnit
from sangathan.org.models import Level, Unit

router = Router(tags=["units"])


class UnitOut(Schema):
    id: int
    parent_id: int | None
    level: str
    name_hi: str
    name_en: str
    code: str
    depth: int
    version: int

    @staticmethod
    def resolve_level(obj: Unit) -> str:
        return obj.level.key


class UnitIn(Schema):
    parent_id: int
    level: str
    name_hi: str
    name_en: str = ""
    code: str = ""
    aliases: list[str] = []


class UnitPatch(Schema):
    version: int
    name_hi: str | None = None
    name_en: str | None = None
    code: str | None = None


class MoveIn(Schema):
    new_parent_id: int
    version: int | None = None  # the unit's version as read; a move after someone else's edit is a 409


def _scoped(request, action: str = "view"):
    return Unit.objects.visible_to(request.auth, action).select_related("level")


@router.get("/units", response=list[UnitOut])
@paginate
def list_units(request, parent_id: int | None = None, level: str | None = None, q: str | None = None):
    qs = _scoped(request)
    if parent_id is not None:
        qs = qs.filter(parent=get_visible(qs, request.auth, pk=parent_id))
    if level:
        qs = qs.filter(level__key=level)
    if q:
        qs = qs.filter(name_key__contains=name_key(q))
    return qs


@router.get("/units/{unit_id}", response=UnitOut)
def get_unit(request, unit_id: int):
    return get_visible(_scoped(request), request.auth, pk=unit_id)


@router.post("/units", response={201: UnitOut})
def create_unit(request, data: UnitIn):
    parent = get_visible(_scoped(request), request.auth, pk=data.parent_id)
    level = get_object_or_404(Level, key=data.level)
    unit = CreateUnit(request.auth, source="api", parent=parent, level=level, name_hi=data.name_hi,
                      name_en=data.name_en, code=data.code, aliases=data.aliases).run()
    return Status(201, unit)


@router.patch("/units/{unit_id}", response=UnitOut)
def update_unit(request, unit_id: int, data: UnitPatch):
    unit = get_visible(_scoped(request), request.auth, pk=unit_id)
    fields = data.dict(exclude_unset=True, exclude={"version"})
    return UpdateUnit(request.auth, source="api", unit=unit, fields=fields, version=data.version).run()


@router.post("/units/{unit_id}/move", response=UnitOut)
def move_unit(request, unit_id: int, data: MoveIn):
    unit = get_visible(_scoped(request), request.auth, pk=unit_id)
    new_parent = get_visible(_scoped(request), request.auth, pk=data.new_parent_id)
    return MoveUnit(request.auth, source="api", unit=unit, new_parent=new_parent, version=data.version).run()


@router.delete("/units/{unit_id}", response={204: None})
def delete_unit(request, unit_id: int):
    unit = get_visible(_scoped(request), request.auth, pk=unit_id)
    DeleteUnit(request.auth, source="api", unit=unit).run()
    return Status(204, None)
