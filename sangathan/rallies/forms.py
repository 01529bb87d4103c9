"""Rally forms; the level choices list only levels below the organiser."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sangathan.org.models import Level, Unit
from sangathan.rallies.models import MAX_PEOPLE, MAX_VEHICLES


class OrganiseForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    held_on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    place = forms.CharField(label=_("Place"), max_length=300, required=False)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea, required=False)
    target_level = forms.ModelChoiceField(queryset=Level.objects.none(), label=_("Targets for every"))
    people_target = forms.IntegerField(label=_("People from each"), min_value=0, max_value=MAX_PEOPLE)
    vehicles_target = forms.IntegerField(label=_("Vehicles (buses) from each"), min_value=0,
                                         max_value=MAX_VEHICLES, initial=0)

    def __init__(self, *args, organiser: Unit, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target_level"].queryset = Level.objects.filter(depth__gt=organiser.level.depth)


class TargetForm(forms.Form):
    people_target = forms.IntegerField(label=_("People (target)"), min_value=0, max_value=MAX_PEOPLE)
    vehicles_target = forms.IntegerField(label=_("Vehicles (target)"), min_value=0, max_value=MAX_VEHICLES)


class ReportForm(forms.Form):
    people = forms.IntegerField(label=_("People brought"), min_value=0, max_value=MAX_PEOPLE)
    vehicles = forms.IntegerField(label=_("Vehicles brought"), min_value=0, max_value=MAX_VEHICLES, required=False)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)
    seen = forms.CharField(required=False, widget=forms.HiddenInput)  # the report the user saw
