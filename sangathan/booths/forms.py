"""Booth committee forms: person choices are limited to people the user may see near the booth."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sangathan.booths.models import CommitteeRole
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit
from sangathan.people.models import Person


class MemberForm(forms.Form):
    person = forms.ModelChoiceField(queryset=Person.objects.none(), label=_("Person"))
    role = forms.ModelChoiceField(queryset=CommitteeRole.objects.all(), label=_("Committee role"))
    page = forms.IntegerField(label=_("Voter-list page"), required=False, min_value=1)

    def __init__(self, *args, user, booth: Unit, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        near = booth.parent or booth
        self.fields["person"].queryset = (Person.objects.visible_to(user, "view")
                                          .filter(subtree_q("home_unit__path", near.path)).order_by("name_hi"))


class PagesForm(forms.Form):
    voter_list_pages = forms.IntegerField(label=_("Voter-list pages"), min_value=0, max_value=500)
