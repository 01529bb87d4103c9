"""API: elections, their data-quality findings, and summaries (mount with `api.add_router("", router)`).

Election results are public to any token holder; the unit summary is scoped (out of scope → 404).
"""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import get_object_or_404
from ninja import Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate

from sangathan.elections import summary
from sangathan.elections.models import Election

router = Router(tags=["elections"])


class ElectionOut(Schema):
    id: int
    name: str
    kind: str
    year: int
    state: str


class FindingOut(Schema):
    kind: str
    severity: str
    ac: int | None
    part: str | None
    pc: int | None
    detail: str
    file: str | None
    line: int | None


@router.get("/elections", response=list[ElectionOut])
@paginate
def list_elections(request):
    return Election.objects.all()


@router.get("/elections/{election_id}", response=ElectionOut)
def get_election(request, election_id: int):
    return get_object_or_404(Election, pk=election_id)


@router.get("/elections/{election_id}/findings", response=list[FindingOut])
@paginate
def list_findings(request, election_id: int, kind: str | None = None, severity: str | None = None):
    qs = get_object_or_404(Election, pk=election_id).findings.all()
    if kind:
        qs = qs.filter(kind=kind)
    if severity:
        qs = qs.filter(severity=severity)
    return [f.as_dict() for f in qs]


@router.get("/elections/{election_id}/summary", response=list[dict])
def get_summary(request, election_id: int, by: str = "seat", unit: str | None = None, level: str | None = None):
    """One row per area and candidate: votes, share, booths, electors, voters, turnout."""
    election = get_object_or_404(Election, pk=election_id)
    if by not in ("booth", "ac", "seat", "unit"):
        raise Http404
    try:
        return summary.summary_table(election, by, user=request.auth, unit_ref=unit, level=level).to_dicts()
    except ValueError as e:
        raise HttpError(422, str(e)) from None
