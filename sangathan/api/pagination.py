"""List paging for the API: limit and offset bounded, so a huge number is a 422, not a database error."""

from __future__ import annotations

from django.conf import settings
from ninja import Field, Schema
from ninja.pagination import LimitOffsetPagination

MAX_OFFSET = 2**31  # far past any real list; SQLite and PostgreSQL both take it as an integer


class Pagination(LimitOffsetPagination):
    class Input(Schema):
        limit: int = Field(settings.NINJA_PAGINATION_PER_PAGE, ge=1, le=settings.NINJA_PAGINATION_MAX_LIMIT)
        offset: int = Field(0, ge=0, le=MAX_OFFSET)

    def paginate_queryset(self, queryset, pagination: Input, request, **params):
        """Count first, then let a queryset that knows a faster way for a list that long read the page
        (`ordered_for(count)`, e.g. activities sort a district's rows instead of walking the nation)."""
        count = self._items_count(queryset)
        if hasattr(queryset, "ordered_for"):
            queryset = queryset.ordered_for(count)
        limit = min(pagination.limit, self.max_limit)
        return {self.items_attribute: queryset[pagination.offset:pagination.offset + limit], "count": count}
