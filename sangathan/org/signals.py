"""Tree changes other apps keep derived data in step with (rollup tables of booths, programmes...).

Sent by the org actions inside their transaction, so a receiver's writes commit or roll back with
the change. Bulk paths that create many units send `units_created` once.
"""

from django.dispatch import Signal

units_created = Signal()  # units: list[Unit]
unit_moved = Signal()  # unit: Unit (already moved), old_parent_path: str, new_parent_path: str, depth_delta: int
unit_deleted = Signal()  # unit: Unit (row already gone), parent_path: str
