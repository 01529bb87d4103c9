"""A moved subtree takes its booths' election results along (their copied `unit_path` scopes them)."""

from django.dispatch import receiver

from sangathan.org.signals import unit_moved


@receiver(unit_moved)
def subtree_moved(sender, unit, **kwargs) -> None:
    from sangathan.core.tree import recopy_unit_paths
    from sangathan.elections.models import BoothResult

    recopy_unit_paths(BoothResult, unit)
