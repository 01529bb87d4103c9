"""An activity's organising unit, kind or date changed (edits use a versioned queryset update);
and a moved subtree takes its activities' scoping paths along."""

from django.dispatch import Signal, receiver

from sangathan.org.signals import unit_moved

activity_edited = Signal()  # before: Activity (a copy as it was), after: Activity


@receiver(unit_moved)
def subtree_moved(sender, unit, **kwargs) -> None:
    """Re-copy `unit_path` for every activity organised in the moved subtree."""
    from sangathan.activities.models import Activity
    from sangathan.core.tree import recopy_unit_paths

    recopy_unit_paths(Activity, unit)
