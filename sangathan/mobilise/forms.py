"""Mobilisation forms: the tree selection (scoped unit picker, levels, wings, posts, named people) and RSVP."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sangathan.core.text import nfc
from sangathan.mobilise.models import Rsvp
from sangathan.mobilise.selection import Selection
from sangathan.org.models import Level, Wing
from sangathan.people.models import Person, PostType
from sangathan.web.forms import units
from sangathan.web.unitpick import UnitPickField


class SelectionForm(forms.Form):
    root = UnitPickField(action="view", label=_("call people from this unit and below"), required=False)
    levels = forms.ModelMultipleChoiceField(Level.objects.all(), required=False, widget=forms.CheckboxSelectMultiple,
                                            label=_("at these levels (none ticked: every level)"))
    wings = forms.ModelMultipleChoiceField(Wing.objects.all(), required=False, widget=forms.CheckboxSelectMultiple,
                                           label=_("of these wings (none ticked: every wing)"))
    posts = forms.ModelMultipleChoiceField(PostType.objects.all(), required=False, widget=forms.CheckboxSelectMultiple,
                                           label=_("holding these posts (none ticked: every office-bearer)"))
    people = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False,
                             label=_("and these people (one a line: a name or a phone number)"))

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["root"].setup(user, units(user, "view"))  # type: ignore[attr-defined]

    def clean_people(self) -> list[Person]:
        out, errors = [], []
        visible = Person.objects.visible_to(self.user, "view")
        for n, line in enumerate((self.cleaned_data.get("people") or "").splitlines(), start=1):
            text = nfc(line).strip()
            if not text:
                continue
            digits = "".join(c for c in text if c.isdigit())
            q = Q(name_hi=text) | Q(name_en__iexact=text)
            if len(digits) >= 8:
                q |= Q(phone__endswith=digits[-10:])
            found = list(visible.filter(q)[:2])
            if len(found) != 1:
                errors.append(_("line %(n)s “%(text)s”: %(why)s") % {
                    "n": n, "text": text[:60],
                    "why": _("no such person in your scope") if not found else _("several people match; give a phone number")})
            else:
                out.append(found[0])
        if errors:
            raise forms.ValidationError(errors)
        return out

    def clean(self) -> dict:
        data = super().clean()
        if not self.errors and not data.get("root") and not data.get("people"):
            raise forms.ValidationError(_("Choose a unit to call people from, or name people."))
        return data

    def selection(self) -> Selection:
        d = self.cleaned_data
        return Selection(root=d.get("root"), levels=list(d.get("levels") or []), wings=list(d.get("wings") or []),
                         posts=list(d.get("posts") or []), people=d.get("people") or [])


class RsvpForm(forms.Form):
    rsvp = forms.ChoiceField(label=_("Will you come?"), widget=forms.RadioSelect,
                             choices=[(Rsvp.YES, _("Yes, I will come")), (Rsvp.NO, _("No, I cannot come")),
                                      (Rsvp.MAYBE, _("Maybe"))])
    reason = forms.CharField(label=_("Reason or note (optional)"), max_length=300, required=False)
