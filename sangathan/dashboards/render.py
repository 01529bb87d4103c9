"""The dashboard's tables and chart specs as HTML built in Python, the same markup the templates
made: a national page has ~40 sub-units and a completion matrix, and the template engine spent
several times the data layer's time on its loops, includes and per-row `{% url %}` tags."""

from __future__ import annotations

import json
from functools import cache
from html import escape as _escape_text

from django.urls import get_script_prefix, reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from sangathan.dashboards.tables import Table



def _cells(values, memo: dict) -> str:
    """Cells as `<td class="num">`, each escaped as Django's `escape` does (`html.escape(str(v))`)
    but without its lazy-string wrapper, and each distinct value once per table (`memo`): a national
    page has ~3,700 cells, mostly repeated counts and percentages."""
    out = []
    for v in values:
        key = (type(v), v)  # 1, 1.0 and True are equal keys but print differently
        got = memo.get(key)
        if got is None:
            got = memo[key] = f'<td class="num">{_cell(v)}</td>'
        out.append(got)
    return "".join(out)


def _cell(v) -> str:
    return "" if v is None else _escape_text(str(v))


@cache
def _url_format(prefix: str, name: str, arity: int) -> str:
    """`reverse(name, args)` as a `str.format` pattern of `arity` fields, reversed once per script
    prefix: a page links each of its tables three times."""
    marks = [f"{987654320 + i}" for i in range(arity)]  # digits pass both int and str converters
    url = reverse(name, args=marks)
    for i, m in enumerate(marks):
        url = url.replace(m, "{%d}" % i)
    return url


def url(name: str, *args) -> str:
    return _url_format(get_script_prefix(), name, len(args)).format(*args)


def table_html(t: Table, unit_pk: int) -> SafeString:
    """`dashboards/_table.html`, rendered in one pass (drill-down and programme links included)."""
    csv = url("dashboards:export", unit_pk, t.key, "csv")
    xlsx = url("dashboards:export", unit_pk, t.key, "xlsx")
    out = [f'<section class="card" id="table-{escape(t.key)}">\n  <h2>{escape(t.title)}\n    <small>'
           f'<a href="{csv}">CSV</a> · <a href="{xlsx}">XLSX</a></small></h2>\n']
    if not t.rows:
        out.append(f'  <p class="muted empty-state">{escape(_("Nothing to show."))}</p>\n</section>')
        return mark_safe("".join(out))
    if t.key == "programmes":
        link = _url_format(get_script_prefix(), "programmes:detail", 1).replace("{0}", "{}") + f"?unit={unit_pk}"
    elif t.links:
        link = _url_format(get_script_prefix(), "dashboards:unit", 1).replace("{0}", "{}")
    else:
        link = None
    out.append('  <div class="scroll"><table class="grid">\n    <thead><tr>')
    out.extend(f"<th>{escape(h)}</th>" for h in t.headers)
    out.append("</tr></thead>\n    <tbody>")
    links = t.links or []
    memo: dict = {}
    for i, row in enumerate(t.rows):
        first = _cell(row[0]) if row else ""
        if link and i < len(links) and links[i] is not None:
            first = f'<a href="{link.format(int(links[i]))}">{first}</a>'
        out.append(f"<tr><td>{first}</td>{_cells(row[1:], memo)}</tr>")
    out.append("</tbody>\n  </table></div>\n</section>")
    return mark_safe("".join(out))


def chart_script(spec: dict, element_id: str) -> SafeString:
    """What `{{ spec|json_script:id }}` gives, without the template round trip."""
    # the escapes of `json_script`; three replace() calls, not str.translate(), which walks a
    # Devanagari text character by character in Python's slow path (30 times slower here)
    body = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    body = body.replace(">", "\\u003E").replace("<", "\\u003C").replace("&", "\\u0026")
    return mark_safe(f'<script id="{escape(element_id)}" type="application/json">{body}</script>')
