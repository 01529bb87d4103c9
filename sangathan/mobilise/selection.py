"""Who is called: invitees chosen by the unit tree (subtree, levels, wings, posts) plus named people.

Everything is read through the scoping layer: an appointment the organiser may not see, or a person
outside their view scope, is never an invitee. The preview is a handful of aggregate queries, so a
whole state's list is counted without loading it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q

from sangathan.core.scoping import ALL, scope_paths
from sangathan.core.tree import subtree_q
from sangathan.mobilise.models import OptOut
from sangathan.org.models import Level, Unit, Wing
from sangathan.people.models import Appointment, Person, PostType

LIST_LIMIT = 10_000  # above this the preview shows counts only


@dataclass
class Selection:
    root: Unit | None = None
    levels: list[Level] = field(default_factory=list)  # empty: every level in the subtree
    wings: list[Wing] = field(default_factory=list)    # empty: every wing
    posts: list[PostType] = field(default_factory=list)  # empty: every post (all office-bearers)
    people: list[Person] = field(default_factory=list)   # named people, whatever their post

    def describe(self) -> dict:
        return {"root": self.root.pk if self.root else None, "levels": [x.pk for x in self.levels],
                "wings": [x.pk for x in self.wings], "posts": [x.pk for x in self.posts],
                "people": [x.pk for x in self.people]}


def appointments(user, sel: Selection, people_scoped: bool = True):
    """Current appointments matching the selection that the user may see, held by people they may see."""
    if sel.root is None:
        return Appointment.objects.none()
    qs = Appointment.objects.visible_to(user, "view").current().filter(subtree_q("unit__path", sel.root.path))
    if sel.levels:
        qs = qs.filter(unit__level__in=sel.levels)
    if sel.wings:
        qs = qs.filter(wing__in=sel.wings)
    if sel.posts:
        qs = qs.filter(post__in=sel.posts)
    paths = scope_paths(user, "view")
    if paths is not ALL and people_scoped:
        qs = qs.filter(person__in=Person.objects.visible_to(user, "view").values("pk"))
    return qs


def named_people(user, sel: Selection):
    return Person.objects.visible_to(user, "view").filter(pk__in=[p.pk for p in sel.people])


def invitees(user, sel: Selection) -> list[tuple[int, int, str]]:
    """(person id, unit id, invited-as label), one per person: their highest-ranking matching post."""
    out: dict[int, tuple[int, int, str]] = {}
    rows = (appointments(user, sel).order_by("person_id", "post__rank", "unit__path")
            .values_list("person_id", "unit_id", "title", "post__name_hi", "unit__name_hi", "wing__name_hi"))
    for pid, uid, title, post, unit, wing in rows.iterator(chunk_size=5000):
        if pid not in out:
            label = title or " ".join(x for x in (wing if wing else "", unit, post) if x)
            out[pid] = (pid, uid, label[:300])
    for pid, uid in named_people(user, sel).values_list("pk", "home_unit_id"):
        out.setdefault(pid, (pid, uid, ""))
    return list(out.values())


def preview(user, sel: Selection, activity=None) -> dict:
    """Counts (and, for a small list, the names) of who would be invited, without writing anything."""
    appts = appointments(user, sel)
    # the people are scoped by the outer visible_to: the subquery need not scope them a second time
    ids = Q(pk__in=appointments(user, sel, people_scoped=False).values("person_id"))
    if sel.people:  # an OR with an empty list would keep the database from a plain semi-join
        ids |= Q(pk__in=[p.pk for p in sel.people])
    people = Person.objects.visible_to(user, "view").filter(ids)
    c = people.aggregate(
        total=Count("pk"),
        with_email=Count("pk", filter=~Q(email="")),
        phone_only=Count("pk", filter=Q(email="") & ~Q(phone="")),
        by_hand=Count("pk", filter=Q(email="", phone="")),
    )
    # from the (small) opt-out table's side: a LEFT JOIN of every invitee to it costs a second pass
    c["opted_out"] = OptOut.objects.filter(person__in=people.values("pk")).count()
    if activity is not None:
        c["already"] = people.filter(invitations__activity=activity).count()
    by_level = list(appts.values("unit__level__depth", "unit__level__name_hi", "unit__level__name_en")
                    .annotate(people=Count("person", distinct=True), units=Count("unit", distinct=True))
                    .order_by("unit__level__depth"))
    listed = []
    if c["total"] <= LIST_LIMIT:
        labels = {pid: (uid, label) for pid, uid, label in invitees(user, sel)}
        units = dict(Unit.objects.filter(pk__in={u for u, _ in labels.values()}).values_list("pk", "name_hi"))
        for p in people.order_by("home_unit__path", "name_hi").only("pk", "name_hi", "name_en", "phone", "email"):
            uid, label = labels.get(p.pk, (None, ""))
            listed.append({"person": p, "unit": units.get(uid, ""), "label": label,
                           "by_hand": not p.email and not p.phone})
    c["email"] = c.pop("with_email")  # not an alias named like a field: later filters would read the alias
    return {**c, "by_level": by_level, "listed": listed, "list_limit": LIST_LIMIT,
            "counts_only": c["total"] > LIST_LIMIT}
