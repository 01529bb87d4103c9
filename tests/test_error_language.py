"""Refusals speak the user's language: Hindi by default, English for an English user.

Actions mark their messages with gettext, so the same refusal reads "खाली है" on a Hindi page and
"is empty" on an English one (or from an API client asking for English). The catalogue check at
the end keeps every Hindi entry translated with the same placeholders as its English original.
"""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import translation

from sangathan.accounts.models import ApiToken
from sangathan.core.models import AuditEvent
from sangathan.org.actions import DeleteUnit
from sangathan.org.imports import ImportFailed, ImportUnits
from sangathan.org.models import Unit

BAD_CSV = ("level,name_hi,name_en,code,parent_code\n"
           "galaxy,बुरा स्तर,,X1,64\n"
           "mandal,,,X2,64\n"
           "mandal,बाहर का मंडल,,X3,9999\n")
LOCALE = Path(__file__).resolve().parents[1] / "sangathan" / "locale"


def _import_errors(html: str) -> str:
    return unescape(html.split('id="import-errors"')[1].split("</table>")[0])


# -- web pages --------------------------------------------------------------------------------

def test_a_unit_import_with_bad_rows_explains_them_in_hindi(client_for, durg_manager, unit):
    durg = unit("दुर्ग जिला")
    before = Unit.objects.count()
    html = client_for(durg_manager).post(reverse("unit_import", args=[durg.pk]), {"text": BAD_CSV}).content.decode()
    errors = _import_errors(html)
    assert "अज्ञात स्तर 'galaxy'" in errors and "खाली है" in errors
    assert "आपके दायरे में '9999' नाम की कोई इकाई नहीं है" in errors
    assert "unknown level" not in errors and "is empty" not in errors
    assert '<td class="num">4</td><td>parent_code</td>' in errors  # the file's column names stay as they are
    assert Unit.objects.count() == before


def test_the_same_import_explains_them_in_english_to_an_english_user(client_for, durg_manager, unit):
    durg = unit("दुर्ग जिला")
    c = client_for(durg_manager)
    html = c.post(reverse("unit_import", args=[durg.pk]), {"text": BAD_CSV}, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    errors = _import_errors(html)
    assert "unknown level 'galaxy'" in errors and "is empty" in errors and "no unit '9999' in your scope" in errors
    assert "खाली है" not in errors


@pytest.fixture
def note(durg_manager):
    from sangathan.activities.models import Activity
    from sangathan.press.actions import PublishNote

    meeting = Activity.objects.get(kind="virtual_meeting")
    return PublishNote(durg_manager, activity=meeting, headline="दुर्ग आईटी सेल की बैठक",
                       body="दुर्ग।\nबैठक हुई।").run()


@pytest.mark.parametrize("lang,expected,absent", [
    ("hi", ["कृपया अपना नाम दें", "टिप्पणी खाली है"], "please give your name"),
    ("en", ["please give your name", "the comment is empty"], "कृपया अपना नाम दें"),
])
def test_a_comment_form_error_is_in_the_readers_language(client, note, lang, expected, absent):
    from sangathan.press.models import Comment

    r = client.post(reverse("press_note", args=[note.slug]), {"name": "", "email": "a@example.org", "body": ""},
                    HTTP_ACCEPT_LANGUAGE=lang, REMOTE_ADDR="10.0.0.9")
    html = r.content.decode()
    assert r.status_code == 400 and all(m in html for m in expected) and absent not in html
    assert Comment.objects.filter(note=note).count() == 0


# -- the API ----------------------------------------------------------------------------------

@pytest.fixture
def api(durg_manager):
    return Client(headers={"Authorization": f"Bearer {ApiToken.issue(durg_manager)}"},
                  raise_request_exception=False)


def test_an_api_422_is_in_english_when_the_client_asks_for_english(api, unit):
    before = (Unit.objects.count(), AuditEvent.objects.count())
    body = {"parent_id": unit("दुर्ग जिला").pk, "level": "mandal", "name_hi": "क" * 201}
    r = api.post("/api/units", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 422
    assert r.json()["errors"]["name_hi"] == ["at most 200 characters (this one has 201)"]
    r = api.post("/api/units", body, content_type="application/json")  # no preference: the default, Hindi
    assert r.status_code == 422
    assert r.json()["errors"]["name_hi"] == ["अधिकतम 200 अक्षर (इसमें 201 हैं)"]
    assert (Unit.objects.count(), AuditEvent.objects.count()) == before


# -- actions called directly: whatever language is active ------------------------------------

def test_an_action_refusal_follows_the_active_language(admin, unit):
    durg = unit("दुर्ग जिला")
    with pytest.raises(ValidationError) as hi:
        DeleteUnit(admin, unit=durg).run()
    assert hi.value.messages == ["उप-इकाइयों वाली इकाई हटाई नहीं जा सकती; पहले उन्हें स्थानांतरित करें या हटाएँ"]
    with translation.override("en"), pytest.raises(ValidationError) as en:
        DeleteUnit(admin, unit=durg).run()
    assert en.value.messages == ["a unit with sub-units cannot be deleted; move or delete them first"]


def test_interpolated_values_land_in_the_translated_sentence(durg_manager):
    text = "level,name_hi,code,parent_code\nmandal,एक,D1,64\nmandal,दो,D1,64\n"
    with pytest.raises(ImportFailed) as hi:
        ImportUnits(durg_manager, text=text).run()
    assert [(e.line, e.column, e.reason) for e in hi.value.errors] == [(3, "code", "पंक्ति 2 का दोहराव")]
    with translation.override("en"), pytest.raises(ImportFailed) as en:
        ImportUnits(durg_manager, text=text).run()
    assert str(en.value.errors[0]) == "line 3, code: duplicate of line 2"


# -- the catalogue ----------------------------------------------------------------------------

def _entries(po: Path):
    """(flags, msgid, msgid_plural, [msgstr...]) of each live entry of a .po file."""
    for block in po.read_text(encoding="utf-8").split("\n\n"):
        lines = [ln for ln in block.strip().splitlines() if not ln.startswith("#~")]
        if not any(ln.startswith("msgid") for ln in lines):
            continue
        flags = " ".join(ln for ln in lines if ln.startswith("#,"))
        parts: dict[str, str] = {}
        key = None
        for ln in lines:
            if ln.startswith("#"):
                continue
            m = re.match(r'^(msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$', ln)
            if m:
                key = m.group(1)
                parts[key] = ""
                ln = m.group(2)
            parts[key] += eval(ln)  # a C-quoted string
        if parts["msgid"]:
            yield flags, parts["msgid"], parts.get("msgid_plural", ""), [v for k, v in parts.items()
                                                                        if k.startswith("msgstr")]


def test_every_hindi_message_is_translated_with_the_same_placeholders():
    named = re.compile(r"%\((\w+)\)[sd]")
    problems = []
    for flags, msgid, plural, msgstrs in _entries(LOCALE / "hi" / "LC_MESSAGES" / "django.po"):
        if "fuzzy" in flags or not all(msgstrs):
            problems.append(f"untranslated: {msgid!r}")
            continue
        wanted = set(named.findall(msgid + plural))
        for s in msgstrs:
            if set(named.findall(s)) - wanted or (not plural and set(named.findall(s)) != wanted):
                problems.append(f"placeholders differ: {msgid!r} -> {s!r}")
    assert problems == []
