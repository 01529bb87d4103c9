"""Consent to contact, recorded per person with its source and date, audited, scoped."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError
from django.http import Http404
from django.urls import reverse

from sangathan.core import audit
from sangathan.core.models import AuditEvent
from sangathan.people.models import Person
from sangathan.privacy.actions import RecordConsent
from sangathan.privacy.models import Consent, current_consent, may_contact


@pytest.fixture
def vinay(db):
    return Person.objects.get(name_hi="विनय महोबिया")


def test_consent_is_recorded_with_source_and_date_and_the_latest_wins(durg_manager, vinay):
    assert not may_contact(vinay)  # never asked: no consent
    RecordConsent(durg_manager, person=vinay, consent_source="form", on="2026-01-05").run()
    assert may_contact(vinay)
    RecordConsent(durg_manager, person=vinay, consent_source="verbal", on="2026-03-01", given=False).run()
    c = current_consent(vinay)
    assert not c.given and c.source == "verbal" and c.on == datetime.date(2026, 3, 1)
    events = AuditEvent.objects.filter(action="privacy.consent", model="privacy.consent")
    assert events.count() == 2 and events.last().after["given"] is False
    assert audit.verify().ok


def test_a_manager_outside_the_unit_cannot_record_consent(outsider, balod_reporter, vinay):
    with pytest.raises(Http404):
        RecordConsent(outsider, person=vinay, consent_source="form").run()
    with pytest.raises(Http404):  # Balod's reporter does not see Durg's people
        RecordConsent(balod_reporter, person=vinay, consent_source="form").run()
    assert not Consent.objects.exists()


@pytest.mark.parametrize("params, field", [({"consent_source": "telepathy"}, "source"),
                                            ({"consent_source": "form", "on": "2099-01-01"}, "on"),
                                            ({"consent_source": "form", "on": "kal"}, "on")])
def test_bad_consent_says_what_is_wrong_and_writes_nothing(durg_manager, vinay, params, field):
    before = AuditEvent.objects.count()
    with pytest.raises(ValidationError) as exc:
        RecordConsent(durg_manager, person=vinay, **params).run()
    assert field in exc.value.message_dict
    assert not Consent.objects.exists() and AuditEvent.objects.count() == before


def test_the_web_form_records_consent_and_the_privacy_page_shows_it(client_for, durg_manager, admin, vinay):
    c = client_for(durg_manager)
    r = c.post(reverse("privacy_consent", args=[vinay.pk]), {"given": "1", "source": "paper", "on": "2026-02-02"})
    assert r.status_code == 200 and "source" in r.context["consent_form"].errors  # not a choice
    r = c.post(reverse("privacy_consent", args=[vinay.pk]), {"given": "1", "source": "form", "on": "2026-02-02"})
    assert r.status_code == 302 and may_contact(vinay)
    page = c.get(reverse("privacy_person", args=[vinay.pk])).content.decode()
    assert "2026-02-02" in page
    index = client_for(admin).get(reverse("privacy")).content.decode()
    assert "privacy.consent" in index


def test_the_command_records_consent(vinay, admin):
    call_command("privacy", "consent", str(vinay.pk), "--source", "import", "--on", "2025-12-31")
    assert current_consent(vinay).source == "import"
    with pytest.raises(CommandError, match="no person"):
        call_command("privacy", "consent", "999999", "--source", "form")
