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
STYLE = Path(__file__).parent / "pdf" / "sheet.css"  # a file, not an inline <style>: templates stay CSP-clean


def render_html(activity, invitations) -> str:
    rows = list(invitations.select_related("person", "unit").order_by("unit__path", "person__name_hi"))
    groups = [(unit, list(items)) for unit, items in groupby(rows, key=lambda i: i.unit)]
    return render_to_string("mobilise/sheet.html", {
        "a": activity, "groups": groups, "total": len(rows),
        "printed": timezone.localtime()})


class SheetUnavailable(Exception):
    """WeasyPrint cannot load Debian's Pango on this server."""


def render_pdf(activity, invitations, **options) -> bytes:
    try:
        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration
    except OSError as exc:  # the Python package is there, the system's Pango library is not
        raise SheetUnavailable(str(exc)) from exc

    fonts = FontConfiguration()  # the sheet's @font-face rules load the shipped fonts through it
    style = CSS(string=STYLE.read_text(encoding="utf-8"), base_url=FONTS.as_uri() + "/", font_config=fonts)
    return HTML(string=render_html(activity, invitations), base_url=str(FONTS)).write_pdf(
        stylesheets=[style], font_config=fonts, **options)
