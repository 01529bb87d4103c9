"""The scoped unit picker: search a user's units by name, alias or code, and a form field using it.

A state holds ~175,000 booths, so no form lists units in a `<select>`. The field renders a text
input (suggestions from `units/lookup/`, app.js) and a hidden input carrying the chosen unit's id.
Without JavaScript the typed text is sent instead and resolved here: a code or an exact name that
names one unit in scope is taken; otherwise the form shows the candidates as radio buttons.

Search uses only indexed prefix scans on large scopes: `name_key` (cross-script, see
`core/text.py`) and `code`. On SQLite a prefix is also written as a range (`>= p AND < p+U+10FFFF`),
since its LIKE is case-insensitive and so never uses the (binary) index; PostgreSQL's LIKE 'p%'
uses the `varchar_pattern_ops` index Django creates. Numbers in names ("बूथ क्रमांक 12") have no
key (keys are letters only), so number words filter the rows the key prefix found. Small scopes
(a district manager's few thousand units) are instead walked through the path index.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.db import connections
from django.db.models import Q, QuerySet, Value
from django.db.models.functions import StrIndex
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from sangathan.core.scoping import ALL, can, scope_paths
from sangathan.core.text import name_key, nfc
from sangathan.org.models import Unit, UnitAlias

LIMIT = 20  # suggestions shown
CAP = 60  # rows read per indexed scan, ranked in Python
SMALL_SCOPE = 5000  # up to this many units, walk the scope's path range instead of the name index
COLS = ("pk", "depth", "path", "name_key", "name_hi", "name_en", "code")
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_TO_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
_SQLITE_TOP = "\U0010ffff"


def _prefix(field: str, prefix: str, indexed: bool, vendor: str) -> Q:
    q = Q(**{f"{field}__startswith": prefix})
    if indexed and vendor == "sqlite":
        q &= Q(**{f"{field}__gte": prefix, f"{field}__lt": prefix + _SQLITE_TOP})
    return q


def _word_q(key: str) -> Q:
    """A key word anywhere in the name key, as the start of a word."""
    return Q(name_key__startswith=key) | Q(name_key__contains=" " + key)


def _whole_q(col: str, number: str) -> Q:
    """A number as a whole word of a column ("12" finds बूथ क्रमांक 12, not 120), in either digits."""
    q = Q()
    for n in dict.fromkeys((number, number.translate(_TO_DEVANAGARI))):
        q |= (Q(**{col: n}) | Q(**{f"{col}__startswith": n + " "}) | Q(**{f"{col}__endswith": " " + n})
              | Q(**{f"{col}__contains": f" {n} "}))
    return q


def _contained(col: str, words: tuple[str, ...]) -> QuerySet[Unit]:
    """Ids of units whose `col` contains one of `words` (case-sensitive). SQLite answers this from
    the (parent, name_hi) index alone; instr/strpos is far cheaper than LIKE on Devanagari."""
    qs = Unit.objects.order_by()
    found = Q()
    for i, w in enumerate(dict.fromkeys(words)):
        qs = qs.alias(**{f"at{i}": StrIndex(col, Value(w))})
        found |= Q(**{f"at{i}__gt": 0})
    return qs.filter(found).values("pk")


def _literal_q(word: str, many: bool) -> Q:
    """A word with digits: a whole number, or a code-like word (SY01-015) inside a name or a code.

    `many`: the rows to filter are too many to read one by one (175,000 booths all keyed
    "बूथ क्रमांक"), so the word is first looked for in the Hindi names alone by a subquery that
    SQLite answers from an index without reading the table, and rows are then taken by id.
    """
    if word.isdigit():
        if many:
            spaced = (" " + word, " " + word.translate(_TO_DEVANAGARI))
            return Q(pk__in=_contained("name_hi", spaced)) & _whole_q("name_hi", word)
        return _whole_q("name_hi", word) | _whole_q("name_en", word) | Q(code__iexact=word)
    if many:
        return Q(pk__in=_contained("name_hi", (word, word.upper())))
    return Q(name_hi__icontains=word) | Q(name_en__icontains=word) | Q(code__istartswith=word)


def small_scope(qs: QuerySet[Unit], limit: int = SMALL_SCOPE) -> bool:
    """True when the queryset holds at most `limit` units (read through an index, bounded)."""
    return len(qs.order_by().values_list("pk", flat=True)[: limit + 1]) <= limit


def split_query(query: str) -> tuple[str, list[str], list[str]]:
    """(normalised text, key words, words with digits)."""
    text = nfc(query).translate(_DEVANAGARI_DIGITS)
    words = text.split()
    literals = [w for w in words if any(ch.isdigit() for ch in w)]
    keys = name_key(" ".join(w for w in words if w not in literals)).split()
    return text, keys, literals


def _candidates(qs: QuerySet[Unit], query: str, user: Any = None) -> tuple[dict[int, tuple], bool, str, str]:
    """Rows (pk -> COLS) matching `query` in the scoped queryset, whether a scan was cut short,
    the normalised text and its key."""
    text, keys, literals = split_query(query)
    rows: dict[int, tuple] = {}
    if not text:
        return rows, False, text, ""
    vendor = connections[qs.db].vendor
    superuser = user is not None and scope_paths(user, "view") is ALL
    indexed = superuser or not small_scope(qs)  # else the scope's path range drives every scan
    base = qs.order_by()
    plain = [w for w in text.split() if w not in literals]
    cut = False

    def take(q: Q) -> None:
        nonlocal cut
        found = list(base.filter(q).values_list(*COLS)[:CAP])
        cut = cut or len(found) >= CAP
        for row in found:
            rows.setdefault(row[0], row)

    def literals_q(many: bool) -> Q:
        q = Q()
        for word in literals:
            q &= _literal_q(word, many)
        return q

    if len(text.split()) == 1:  # a code, as typed or in capitals
        for variant in dict.fromkeys((text, text.upper())):
            take(_prefix("code", variant, indexed, vendor))
    if keys:
        # Each key word in turn leads an indexed prefix scan; the other words must start a word of
        # the key or appear in the English name (a translation: Durg Rural = दुर्ग ग्रामीण).
        english = Q()
        for w in plain:
            english &= Q(name_en__icontains=w)
        for i, lead in enumerate(keys):
            if len(rows) >= LIMIT:
                break
            lead_q = _prefix("name_key", lead, indexed, vendor)
            others = Q()
            for other in keys[:i] + keys[i + 1:]:
                others &= _word_q(other)
            # Judge "many" on the index range itself: a filtered count could read all of it.
            many = bool(literals) and indexed and not small_scope(Unit.objects.filter(lead_q), SMALL_SCOPE // 2)
            take(lead_q & ((others | english) if others else Q()) & literals_q(many))
        alias_units = list(UnitAlias.objects.filter(_prefix("name_key", " ".join(keys), True, vendor))
                           .values_list("unit_id", flat=True)[:CAP])
        if alias_units:
            take(Q(pk__in=alias_units) & literals_q(False))
        if not rows:  # no name starts so: the words anywhere (a scan, stopped at CAP rows found)
            anywhere = Q()
            for k, w in zip(keys, plain):
                anywhere &= Q(name_key__contains=k) | Q(name_en__icontains=w)
            take(anywhere & literals_q(False))
    elif literals and not any(r[6] and r[6].casefold() == text.casefold() for r in rows.values()):
        take(literals_q(indexed))  # only numbers or codes, and no code is exactly that: in names too
    return rows, cut, text, " ".join(keys)


def _rank(row: tuple, text: str, key: str) -> tuple:
    _pk, depth, path, row_key, name_hi, name_en, code = row
    folded = text.casefold()
    if code and code.casefold() == folded:
        tier = 0
    elif folded in (name_hi.casefold(), (name_en or "").casefold()):
        tier = 1
    elif key and row_key == key:
        tier = 2
    elif key and row_key.startswith(key):
        tier = 3
    else:
        tier = 4
    return (tier, depth, path)


def _load(pks: list[int], user: Any) -> list[Unit]:
    by_pk = Unit.objects.select_related("level", "parent").in_bulk(pks)
    found = [by_pk[pk] for pk in pks if pk in by_pk]
    for unit in found:
        unit.hint = hint(unit, user)
    return found


def hint(unit: Unit, user: Any) -> str:
    """What tells namesakes apart: the level and, when the user may see it, the parent's name."""
    parts = [str(unit.level.name)]
    parent = unit.parent
    if parent is not None and (user is None or can(user, "view", parent.path)):
        parts.append(str(parent.name))
    return " · ".join(parts)


def search_units(qs: QuerySet[Unit], query: str, user: Any = None, limit: int = LIMIT) -> tuple[list[Unit], bool]:
    """Units of the scoped queryset `qs` matching `query` (name in either script, alias, code),
    best first: exact code, exact name, same key, key prefix; higher levels before lower. Returns
    (units with `.hint`, whether more matched than are shown)."""
    rows, cut, text, key = _candidates(qs, query, user)
    ranked = sorted(rows.values(), key=lambda r: _rank(r, text, key))
    more = cut or len(ranked) > limit
    return _load([r[0] for r in ranked[:limit]], user), more


def resolve_unit(qs: QuerySet[Unit], query: str, user: Any = None) -> tuple[Unit | None, list[Unit], bool]:
    """A typed code or exact name: (the unit if exactly one matches exactly, candidates, more)."""
    rows, cut, text, key = _candidates(qs, query, user)
    ranked = sorted(rows.values(), key=lambda r: _rank(r, text, key))
    exact = [r for r in ranked if _rank(r, text, key)[0] <= 1]
    best_tier = _rank(exact[0], text, key)[0] if exact else None
    exact = [r for r in exact if _rank(r, text, key)[0] == best_tier]  # a code beats a namesake
    if len(exact) == 1 and not (best_tier == 1 and cut):
        return _load([exact[0][0]], user)[0], [], False
    shown = exact or ranked
    return None, _load([r[0] for r in shown[:LIMIT]], user), cut or len(shown) > LIMIT


# -- the form field ----------------------------------------------------------------------------
class UnitPicker(forms.Widget):
    """Hidden input (the unit id, `name`) + text input (`name_q`) + candidate radios (`name_pick`)."""

    template_name = "web/_unit_pick.html"

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs)
        self.queryset: QuerySet[Unit] | None = None
        self.user: Any = None
        self.lookup = ""
        self.candidates: list[Unit] = []
        self.more = False

    def value_from_datadict(self, data: Any, files: Any, name: str) -> tuple[str, str | None, str]:
        return (data.get(name) or "", data.get(name + "_q"), data.get(name + "_pick") or "")

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return not any(k in data for k in (name, name + "_q", name + "_pick"))

    def id_for_label(self, id_: str) -> str:
        return id_

    def chosen(self, value: Any) -> tuple[Unit | None, str | None]:
        """The unit the value names (only if in the field's queryset) and the text typed, if any."""
        text = None
        if isinstance(value, (tuple, list)):
            pk, text, pick = (list(value) + ["", None, ""])[:3]
            pk = pick or pk
        else:
            pk = value.pk if isinstance(value, Unit) else value
        unit = None
        if pk not in (None, "") and str(pk).isdigit() and self.queryset is not None:
            unit = self.queryset.filter(pk=int(pk)).select_related("level", "parent").first()
            if unit is not None:
                unit.hint = hint(unit, self.user)
        return unit, text

    def get_context(self, name: str, value: Any, attrs: dict | None) -> dict[str, Any]:
        unit, text = self.chosen(value)
        if text is not None and unit is not None and not names(unit, text):
            unit = None  # typed over the chosen unit: the text is what counts
        if self.candidates:
            unit = None
        attrs = self.build_attrs(self.attrs, attrs)
        return {"name": name, "id": attrs.get("id") or f"id_{name}", "unit": unit,
                "text": text if text is not None else (unit.name if unit else ""),
                "lookup": self.lookup, "candidates": self.candidates, "more": self.more,
                "required": self.is_required}

    def render(self, name: str, value: Any, attrs: dict | None = None, renderer: Any = None) -> str:
        from django.utils.safestring import mark_safe

        return mark_safe(render_to_string(self.template_name, self.get_context(name, value, attrs)))


def names(unit: Unit, text: str) -> bool:
    """Whether `text` is this unit's name (either script) or code, i.e. not typed over."""
    folded = nfc(text).casefold()
    return folded in {s.casefold() for s in (unit.name_hi, unit.name_en, unit.code) if s}


class UnitPickField(forms.Field):
    """A unit from a scoped queryset, picked by id (JS) or typed as a code or exact name."""

    widget = UnitPicker
    default_error_messages = {  # noqa: RUF012 (Django merges this class attribute, never mutates it)
        "invalid_choice": _("No such unit in your scope."),
        "ambiguous": _("Several units match “%(text)s”: choose one below."),
        "no_match": _("No unit in your scope matches “%(text)s”."),
        "unconfirmed": _("Choose the unit below to confirm it."),
    }

    def __init__(self, *, action: str = "view", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.action = action
        self._queryset: QuerySet[Unit] = Unit.objects.none()
        self.user: Any = None

    def setup(self, user: Any, queryset: QuerySet[Unit], **params: Any) -> None:
        """Bind the field to the user's scope; `params` go to the lookup URL (e.g. move=<id>)."""
        from urllib.parse import urlencode

        from django.urls import reverse

        self.user = user
        self.queryset = queryset
        self.widget.user = user
        self.widget.lookup = reverse("unit_lookup") + "?" + urlencode({"action": self.action, **params})

    @property
    def queryset(self) -> QuerySet[Unit]:
        return self._queryset

    @queryset.setter
    def queryset(self, qs: QuerySet[Unit]) -> None:
        self._queryset = qs
        self.widget.queryset = qs

    def __deepcopy__(self, memo: dict) -> UnitPickField:
        result = super().__deepcopy__(memo)
        result._queryset = self._queryset
        result.widget.queryset = self._queryset
        result.widget.candidates = []
        return result

    def has_changed(self, initial: Any, data: Any) -> bool:
        pk, text, pick = (list(data) + ["", None, ""])[:3] if isinstance(data, (tuple, list)) else (data, None, "")
        initial_pk = initial.pk if isinstance(initial, Unit) else initial
        return bool(pick) or str(pk or "") != str(initial_pk or "") or bool((text or "").strip() and not pk)

    def _get(self, pk: Any) -> Unit:
        if not str(pk).strip().isdigit():
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        unit = self.queryset.filter(pk=int(str(pk).strip())).first()
        if unit is None:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return unit

    def clean(self, value: Any) -> Unit | None:
        self.widget.candidates, self.widget.more = [], False
        if isinstance(value, (tuple, list)):
            pk, text, pick = (list(value) + ["", None, ""])[:3]
        else:
            pk, text, pick = value, None, ""
        text = (text or "").strip()
        if pick:
            return self._get(pick)
        if pk not in (None, ""):
            unit = self._get(pk)
            if not text or names(unit, text):
                return unit
        if not text:
            if self.required:
                raise forms.ValidationError(self.error_messages["required"], code="required")
            return None
        unit, candidates, more = resolve_unit(self.queryset, text, self.user)
        if unit is not None:
            return unit
        if not candidates:
            raise forms.ValidationError(self.error_messages["no_match"], code="no_match", params={"text": text})
        self.widget.candidates, self.widget.more = candidates, more
        if len(candidates) == 1:
            raise forms.ValidationError(self.error_messages["unconfirmed"], code="unconfirmed")
        raise forms.ValidationError(self.error_messages["ambiguous"], code="ambiguous", params={"text": text})

    def prepare_value(self, value: Any) -> Any:
        return value.pk if isinstance(value, Unit) else value

