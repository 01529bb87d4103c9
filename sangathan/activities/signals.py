"""An activity's organising unit, kind or date changed (edits use a versioned queryset update);
and a moved subtree takes its activities' scoping paths along."""

from django.dispatch import Signal, receiver

from sangathan.org.signals import unit_moved

activity_edited = Signal()  # before: Activity (a copy as it was), after: Activity


@receiver(unit_moved)
def subtree_moved(sender, unit, **kwargs) -> None:
    """Re-copy `unit_path` for every activity organised in the moved subtree: one UPDATE, set from
    the units' new paths (inside the move's transaction, so it commits or rolls back with it)."""
    from django.db.models import OuterRef, Subquery

    from sangathan.activities.models import Activity
    from sangathan.core.tree import subtree_q
    from sangathan.org.models import Unit

    moved = Unit.objects.filter(subtree_q("path", unit.path))
    Activity.objects.filter(unit__in=moved.values("pk")).update(
        unit_path=Subquery(Unit.objects.filter(pk=OuterRef("unit_id")).values("path")[:1]))
