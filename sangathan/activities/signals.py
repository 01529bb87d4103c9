"""An activity's organising unit, kind or date changed (edits use a versioned queryset update)."""

from django.dispatch import Signal

activity_edited = Signal()  # before: Activity (a copy as it was), after: Activity
