"""Forms of the web UI. Every choice of a unit or person comes from a scoped queryset, so a
picker never suggests (and a POST never accepts) what the user may not see.

Units are chosen with the unit picker (`web/unitpick.py`), never a `<select>`: a state has
~175,000 booths. Only small fixed lists (levels, wings, posts, kinds) stay selects."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from sangathan.activities.models import Activity, Kind, Mode, ParticipantRole
from sangathan.core.tree import subtree_q
from sangathan.org.models import Level, Unit, Wing
from sangathan.people.models import Person, PostType
from sangathan.web.unitpick import UnitPickField

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class NamedChoiceField(forms.ModelChoiceField):
    """Levels, wings and posts show their name in the active language."""

    def label_from_instance(self, obj: Any) -> str:
        return obj.name


def units(user: Any, action: str) -> QuerySet[Unit]:
    return Unit.objects.visible_to(user, action).select_related("level").order_by("path")


def move_parents(user: Any, unit: Unit) -> QuerySet[Unit]:
    """Where `unit` may move: units the user manages, above its level, outside its own subtree."""
    return units(user, "manage").exclude(subtree_q("path", unit.path)).filter(level__depth__lt=unit.level.depth)


class VersionedForm(forms.Form):
    """Carries the version the editor read, so a stale save becomes a Conflict, not an overwrite."""

    version = forms.IntegerField(widget=forms.HiddenInput, required=False)


# -- units -------------------------------------------------------------------------------------
class UnitCreateForm(forms.Form):
    level = NamedChoiceField(queryset=Level.objects.none(), label=_("level"))
    name_hi = forms.CharField(label=_("Hindi name"), max_length=200)
    name_en = forms.CharField(label=_("English name"), max_length=200, required=False)
    code = forms.CharField(label=_("code"), max_length=32, required=False)

    def __init__(self, *args: Any, parent: Unit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        deeper = Level.objects.filter(depth__gt=parent.level.depth)
        self.fields["level"].queryset = deeper  # type: ignore[attr-defined]
        self.fields["level"].initial = deeper.first()


class UnitEditForm(VersionedForm):
    name_hi = forms.CharField(label=_("Hindi name"), max_length=200)
    name_en = forms.CharField(label=_("English name"), max_length=200, required=False)
    code = forms.CharField(label=_("code"), max_length=32, required=False)


class UnitMoveForm(VersionedForm):
    new_parent = UnitPickField(action="manage", label=_("new parent unit"))

    def __init__(self, *args: Any, user: Any, unit: Unit, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["new_parent"].setup(user, move_parents(user, unit), move=unit.pk)  # type: ignore[attr-defined]


class UnitImportForm(forms.Form):
    file = forms.FileField(label=_("CSV file"), required=False)
    text = forms.CharField(label=_("or paste CSV text"), required=False,
                           widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        upload = data.get("file")
        if upload:
            try:
                data["csv"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from None
        else:
            data["csv"] = data.get("text") or ""
        if not data["csv"].strip():
            raise forms.ValidationError(_("Choose a CSV file or paste its text."))
        return data


# -- people ------------------------------------------------------------------------------------
class PersonForm(VersionedForm):
    name_hi = forms.CharField(label=_("Hindi name"), max_length=200, required=False)
    name_en = forms.CharField(label=_("English name"), max_length=200, required=False)
    phone = forms.CharField(label=_("phone"), max_length=20, required=False)
    email = forms.EmailField(label=_("e-mail"), required=False)
    home_unit = UnitPickField(action="manage", label=_("home unit"))

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["home_unit"].setup(user, units(user, "manage"))  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not (data.get("name_hi") or data.get("name_en")):
            raise forms.ValidationError(_("Give the name in Hindi or in English."))
        return data

    def fields_for_action(self) -> dict[str, Any]:
        return {k: self.cleaned_data[k] for k in ("name_hi", "name_en", "phone", "email", "home_unit")}


class AppointForm(forms.Form):
    post = NamedChoiceField(queryset=PostType.objects.all(), label=_("post"))
    unit = UnitPickField(action="manage", label=_("unit"))
    wing = NamedChoiceField(queryset=Wing.objects.all(), label=_("wing"), required=False)
    charge_unit = UnitPickField(action="view", label=_("in charge of"), required=False)
    title = forms.CharField(label=_("title as written"), max_length=200, required=False)
    start = forms.DateField(label=_("from"), required=False, widget=DATE)
    end = forms.DateField(label=_("until"), required=False, widget=DATE)

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].setup(user, units(user, "manage"))  # type: ignore[attr-defined]
        self.fields["charge_unit"].setup(user, units(user, "view"))  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] < data["start"]:
            self.add_error("end", _("The end date is before the start date."))
        return data


class EndTermForm(VersionedForm):
    end = forms.DateField(label=_("until"), widget=DATE)


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False)


# -- activities --------------------------------------------------------------------------------
class ActivityForm(VersionedForm):
    kind = forms.ChoiceField(label=_("kind"), choices=Kind.choices)
    title = forms.CharField(label=_("title"), max_length=300)
    unit = UnitPickField(action="report", label=_("organising unit"))
    wing = NamedChoiceField(queryset=Wing.objects.all(), label=_("wing"), required=False)
    level_label = forms.CharField(label=_("level as written"), max_length=100, required=False)
    venue = forms.CharField(label=_("venue"), max_length=300, required=False)
    dateline = forms.CharField(label=_("dateline"), max_length=100, required=False)
    starts_at = forms.DateTimeField(label=_("starts at"), required=False, widget=DATETIME,
                                    input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"])
    mode = forms.ChoiceField(label=_("mode"), choices=Mode.choices)
    join_link = forms.URLField(label=_("join link"), required=False, assume_scheme="https")
    description = forms.CharField(label=_("description"), required=False, widget=forms.Textarea(attrs={"rows": 4}))
    byline = forms.CharField(label=_("report by"), max_length=200, required=False)

    FIELDS = ("kind", "title", "unit", "wing", "level_label", "venue", "dateline", "starts_at", "mode",
              "join_link", "description", "byline")

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["unit"].setup(user, units(user, "report"))  # type: ignore[attr-defined]

    @classmethod
    def initial_for(cls, activity: Activity) -> dict[str, Any]:
        data = {k: getattr(activity, k) for k in cls.FIELDS}
        data["version"] = activity.version
        return data

    def fields_for_action(self) -> dict[str, Any]:
        return {k: self.cleaned_data[k] for k in self.FIELDS}


class PersonPickForm(forms.Form):
    """A row naming a person: chosen from the scoped search (person id) or typed (a new name)."""

    person = forms.ModelChoiceField(queryset=Person.objects.none(), required=False, widget=forms.HiddenInput)
    name = forms.CharField(label=_("Name"), max_length=200, required=False)

    def __init__(self, *args: Any, user: Any = None, keep: tuple[int, ...] = (), **kwargs: Any) -> None:
        """`keep`: people already on the activity, accepted here so the action can decide on them."""
        super().__init__(*args, **kwargs)
        people = Person.objects.visible_to(user, "view")
        if keep:
            people = people | Person.objects.filter(pk__in=keep)
        self.fields["person"].queryset = people  # type: ignore[attr-defined]
        self.fields["person"].error_messages["invalid_choice"] = _("No such person in your scope.")


class ParticipantForm(PersonPickForm):
    roles = forms.MultipleChoiceField(label=_("roles"), choices=ParticipantRole.choices, required=False,
                                      widget=forms.CheckboxSelectMultiple)
    posts = forms.CharField(label=_("posts as introduced (separate with ;)"), max_length=500, required=False)
    affiliation = forms.CharField(label=_("from (unit or wing, as written)"), max_length=200, required=False)
    mentioned_only = forms.BooleanField(label=_("only mentioned, took no part"), required=False)


class SpeechForm(PersonPickForm):
    text = forms.CharField(label=_("what they said"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class AttendanceForm(forms.Form):
    unit = UnitPickField(action="view", label=_("unit"), required=False)
    note = forms.CharField(label=_("note"), max_length=200, required=False)

    def __init__(self, *args: Any, user: Any = None, keep: tuple[int, ...] = (), **kwargs: Any) -> None:
        """`keep`: units already attending, kept even when outside the editor's scope."""
        super().__init__(*args, **kwargs)
        qs = units(user, "view")
        if keep:
            qs = qs | Unit.objects.filter(pk__in=keep)
        self.fields["unit"].setup(user, qs)  # type: ignore[attr-defined]


ParticipantFormSet = forms.formset_factory(ParticipantForm, extra=3, can_delete=True)
SpeechFormSet = forms.formset_factory(SpeechForm, extra=2, can_delete=True)
AttendanceFormSet = forms.formset_factory(AttendanceForm, extra=2, can_delete=True)


class ActivityFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("kind"), required=False, choices=[("", "—"), *Kind.choices])
    unit = UnitPickField(action="view", label=_("unit and below"), required=False)
    date_from = forms.DateField(label=_("from"), required=False, widget=DATE)
    date_to = forms.DateField(label=_("until"), required=False, widget=DATE)

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A picker too: a district's or a single booth's activities are both worth filtering for.
        self.fields["unit"].setup(user, units(user, "view"))  # type: ignore[attr-defined]
