"""Unit CSV imports: over-long values and unreadable CSV are row errors, not database failures."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from sangathan.core.models import AuditEvent
from sangathan.org.imports import ImportFailed, ImportUnits
from sangathan.org.models import Unit


def test_over_long_names_codes_and_aliases_are_reported_per_row(durg_manager):
    before = (Unit.objects.count(), AuditEvent.objects.count())
    text = ("level,name_hi,name_en,parent_code,code,aliases\n"
            f"mandal,{'क' * 201},,64,,\n"
            f"mandal,ठीक मंडल,{'x' * 201},64,,\n"
            f"mandal,कोड मंडल,,64,{'9' * 33},\n"
            f"mandal,उपनाम मंडल,,64,,{'उ' * 201}\n")
    with pytest.raises(ImportFailed) as err:
        ImportUnits(durg_manager, text=text).run()
    assert {(e.line, e.field) for e in err.value.errors} == {(2, "name_hi"), (3, "name_en"), (4, "code"),
                                                              (5, "aliases")}
    assert (Unit.objects.count(), AuditEvent.objects.count()) == before


def test_a_field_too_large_for_the_csv_reader_is_a_row_error(durg_manager):
    text = "level,name_hi,parent_code\n" + 'mandal,"' + "क" * 200_000 + '",64\n'
    with translation.override("en"), pytest.raises(ImportFailed) as err:
        ImportUnits(durg_manager, text=text).run()
    assert "not readable as CSV" in str(err.value)


def test_the_web_import_shows_the_errors_instead_of_failing(client_for, durg_manager, unit):
    durg = unit("दुर्ग जिला")
    before = Unit.objects.count()
    text = "level,name_hi,parent_code\n" + 'mandal,"' + "क" * 200_000 + '",64\n'
    response = client_for(durg_manager).post(reverse("unit_import", args=[durg.pk]), {"text": text})
    assert response.status_code == 200
    assert "CSV के रूप में पढ़ी नहीं जा सकी" in response.content.decode()
    assert Unit.objects.count() == before
