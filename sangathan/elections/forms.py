"""Forms of the election pages: the upload (many files at once) and the analysis options."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sangathan.elections.models import Election
from sangathan.org.models import Unit


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> list:
        single = super().clean
        if isinstance(data, (list, tuple)):
            return [single(d, initial) for d in data]
        return [single(data, initial)] if data else []


class UploadForm(forms.Form):
    election = forms.CharField(label=_("Election name"), max_length=100, help_text=_("e.g. UP LS 2014"))
    kind = forms.ChoiceField(label=_("Kind"), choices=Election.Kind.choices)
    year = forms.IntegerField(label=_("Year"), min_value=1951, max_value=2100)
    state = forms.ModelChoiceField(label=_("State unit"), queryset=Unit.objects.none(), required=False,
                                   help_text=_("booths are attached to this state's booth units"))
    files = MultipleFileField(label=_("Form 20 files (CSV, one per AC, or a long file)"))
    candidates = forms.FileField(label=_("Candidate list (ECI)"), required=False)
    parties = forms.FileField(label=_("Party list"), required=False)
    ac_to_pc = forms.FileField(label=_("AC → PC map"), required=False)
    published = forms.FileField(label=_("Published results"), required=False)
    roll = forms.FileField(label=_("Electoral roll (AC level)"), required=False)
    create_booths = forms.BooleanField(label=_("Create missing AC and booth units"), required=False)
    replace = forms.BooleanField(label=_("Replace ACs already imported"), required=False)
    keep_bad_rows = forms.BooleanField(label=_("Keep rows with unreadable cells (as warnings)"), required=False)

    def __init__(self, *args: Any, user: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["state"].queryset = Unit.objects.visible_to(user, "manage").filter(level__key="state")
        self.user = user

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("state") and not getattr(self.user, "is_superuser", False):
            self.add_error("state", _("choose the state unit the results belong to"))
        return data


class AnalysisForm(forms.Form):
    party = forms.CharField(label=_("Party"), required=False)
    strong = forms.FloatField(label=_("A above (lead, points)"), required=False, initial=10.0, min_value=0)
    close = forms.FloatField(label=_("C within (deficit, points)"), required=False, initial=10.0, min_value=0)
    compare = forms.ModelChoiceField(label=_("Swing against"), queryset=Election.objects.all(), required=False)
