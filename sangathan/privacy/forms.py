from django import forms
from django.utils.translation import gettext_lazy as _

from sangathan.privacy.models import Consent


class ConsentForm(forms.Form):
    given = forms.TypedChoiceField(label=_("consent"), coerce=lambda v: v == "1",
                                   choices=[("1", _("given")), ("0", _("withdrawn"))])
    source = forms.ChoiceField(label=_("source"), choices=Consent.Source.choices)
    on = forms.DateField(label=_("date"), widget=forms.DateInput(attrs={"type": "date"}))


class EraseForm(forms.Form):
    confirm = forms.BooleanField(label=_("I understand: names and contact details are removed for good"))
    reason = forms.CharField(label=_("reason (no personal data)"), max_length=200, initial=_("on request"))
