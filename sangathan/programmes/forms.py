"""Programme forms; choices list only levels below the issuer and activities in the target's subtree."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sangathan.activities.models import Activity
from sangathan.core.tree import subtree_q
from sangathan.org.models import Level, Unit
from sangathan.programmes.models import Status


class IssueForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=300)
    description = forms.CharField(label=_("Description"), widget=forms.Textarea, required=False)
    target_level = forms.ModelChoiceField(queryset=Level.objects.none(), label=_("Send to every"))
    due = forms.DateField(label=_("Due by"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, issuer: Unit, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["target_level"].queryset = Level.objects.filter(depth__gt=issuer.level.depth)


class ReportForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=[c for c in Status.choices if c[0] != Status.PENDING])
    activity = forms.ModelChoiceField(queryset=Activity.objects.none(), required=False, label=_("Activity that did it"))
    note = forms.CharField(label=_("Note"), max_length=300, required=False)
    seen = forms.CharField(required=False, widget=forms.HiddenInput)  # the report the user saw

    def __init__(self, *args, user, unit: Unit, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # The 200 latest as choices. Not a sliced queryset: the field validates a POST with
        # `queryset.get(pk=...)`, which a slice refuses, so every chosen activity was "invalid".
        scoped = Activity.objects.visible_to(user, "view").filter(subtree_q("unit_path", unit.path))
        latest = list(scoped.order_by("-starts_at", "-id").values_list("pk", flat=True)[:200])
        self.fields["activity"].queryset = scoped.filter(pk__in=latest).order_by("-starts_at", "-id")
