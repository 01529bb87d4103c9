"""The printable attendance sheet (PDF): invitees grouped by unit with a signature column.

WeasyPrint lays out Devanagari through Pango and HarfBuzz, so conjuncts and matras are shaped
correctly; the font is the Noto Sans Devanagari shipped with Sangathan, not whatever the server has.
"""

from __future__ import annotations

from itertools import groupby
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

FONTS = Path(settings.BASE_DIR) / "static" / "fonts"


def render_html(activity, invitations) -> str:
    rows = list(invitations.select_related("person", "unit").order_by("unit__path", "person__name_hi"))
    groups = [(unit, list(items)) for unit, items in groupby(rows, key=lambda i: i.unit)]
    return render_to_string("mobilise/sheet.html", {
        "a": activity, "groups": groups, "total": len(rows), "fonts": FONTS.as_uri(),
        "printed": timezone.localtime()})


class SheetUnavailable(Exception):
    """WeasyPrint cannot load Debian's Pango on this server."""


def render_pdf(activity, invitations, **options) -> bytes:
    try:
        from weasyprint import HTML
    except OSError as exc:  # the Python package is there, the system's Pango library is not
        raise SheetUnavailable(str(exc)) from exc

    return HTML(string=render_html(activity, invitations), base_url=str(FONTS)).write_pdf(**options)
