"""The tree browser and the unit forms: every change goes through an org action and is audited."""

from __future__ import annotations

from django.urls import reverse

from sangathan.core.models import AuditEvent
from sangathan.org.models import Level, Unit


def test_the_unit_page_shows_breadcrumb_children_bearers_people_and_activities(client_for, durg_manager, durg):
    html = client_for(durg_manager).get(reverse("unit", args=[durg.pk])).content.decode()
    assert "दुर्ग ग्रामीण" in html  # a child (assembly constituency)
    assert "विनय महोबिया" in html and "दुर्ग जिला सह संयोजक आईटी सेल" in html  # office-bearer with title
    assert "आईटी सेल" in html  # grouped by wing
    assert "प्रमोद सिंह" in html  # an in-charge pointing at the unit from दुर्ग संभाग
    assert "बूथ सशक्तिकरण पर आईटी सेल की वर्चुअल बैठक" in html
    crumbs = html.split('class="crumbs"')[1].split("</nav>")[0]
    assert "दुर्ग संभाग" not in crumbs and "छत्तीसगढ़" not in crumbs  # ancestors outside the grant are hidden


def test_the_breadcrumb_lists_the_ancestors_the_user_may_see(client_for, state_viewer, durg):
    html = client_for(state_viewer).get(reverse("unit", args=[durg.pk])).content.decode()
    crumbs = html.split('class="crumbs"')[1].split("</nav>")[0]
    assert "छत्तीसगढ़" in crumbs and "दुर्ग संभाग" in crumbs and "भारत" not in crumbs


def test_children_are_listed_with_their_counts(client_for, admin, unit):
    ac = unit("दुर्ग ग्रामीण")
    html = client_for(admin).get(reverse("unit", args=[ac.pk])).content.decode()
    assert "उतई मंडल" in html and "पाटन मंडल" in html
    row = html.split("उतई मंडल")[1].split("</tr>")[0]
    assert '<td class="num">2</td>' in row  # two shakti kendras under the mandal


def test_a_viewer_sees_no_edit_buttons(client_for, state_viewer, durg):
    html = client_for(state_viewer).get(reverse("unit", args=[durg.pk])).content.decode()
    assert reverse("unit_edit", args=[durg.pk]) not in html


def test_a_manager_creates_a_sub_unit_through_the_action(client_for, durg_manager, durg):
    assembly = Level.objects.get(key="assembly")
    response = client_for(durg_manager).post(reverse("unit_create", args=[durg.pk]), {
        "level": assembly.pk, "name_hi": "नई विधानसभा", "name_en": "New AC", "code": "999"})
    child = Unit.objects.get(name_hi="नई विधानसभा")
    assert response.status_code == 302 and response["Location"] == reverse("unit", args=[child.pk])
    assert child.parent == durg and child.path.startswith(durg.path)
    assert AuditEvent.objects.filter(action="unit.create", object_id=str(child.pk), actor=durg_manager).exists()


def test_the_level_list_of_a_new_sub_unit_offers_only_lower_levels(client_for, durg_manager, durg):
    html = client_for(durg_manager).get(reverse("unit_create", args=[durg.pk])).content.decode()
    assert "विधानसभा" in html and ">प्रदेश<" not in html


def test_a_manager_renames_a_unit_and_the_change_is_audited(client_for, durg_manager, durg):
    response = client_for(durg_manager).post(reverse("unit_edit", args=[durg.pk]), {
        "name_hi": "दुर्ग ज़िला", "name_en": "Durg District", "code": "D7", "version": durg.version})
    assert response.status_code == 302
    durg.refresh_from_db()
    assert durg.name_hi == "दुर्ग ज़िला" and durg.code == "D7"
    event = AuditEvent.objects.filter(action="unit.update", object_id=str(durg.pk)).latest("id")
    assert event.before["name_hi"] == "दुर्ग जिला" and event.after["name_hi"] == "दुर्ग ज़िला"


def test_a_stale_unit_edit_shows_a_conflict_and_overwrites_nothing(client_for, durg_manager, durg):
    c = client_for(durg_manager)
    c.post(reverse("unit_edit", args=[durg.pk]), {"name_hi": "पहला बदलाव", "version": durg.version})
    response = c.post(reverse("unit_edit", args=[durg.pk]), {"name_hi": "दूसरा बदलाव", "version": durg.version})
    assert response.status_code == 200
    assert "किसी और ने यह रिकॉर्ड बदल दिया" in response.content.decode()
    durg.refresh_from_db()
    assert durg.name_hi == "पहला बदलाव"


def test_moving_a_subtree_from_the_ui_rewrites_every_path_below(client_for, admin, unit):
    ac, new_parent = unit("दुर्ग ग्रामीण"), unit("बालोद जिला")
    booths_before = Unit.objects.filter(path__startswith=ac.path).count()
    response = client_for(admin).post(reverse("unit_move", args=[ac.pk]), {"new_parent": new_parent.pk,
                                                                            "version": ac.version})
    assert response.status_code == 302
    ac.refresh_from_db()
    assert ac.parent == new_parent and ac.path.startswith(new_parent.path)
    assert Unit.objects.filter(path__startswith=ac.path).count() == booths_before
    booth = Unit.objects.get(name_hi="बूथ क्रमांक 1")
    assert booth.path.startswith(new_parent.path) and booth.depth == ac.depth + 3
    assert AuditEvent.objects.filter(action="unit.move", object_id=str(ac.pk)).exists()


def test_a_manager_cannot_move_a_unit_outside_their_scope(client_for, durg_manager, unit):
    ac, balod = unit("दुर्ग ग्रामीण"), unit("बालोद जिला")
    response = client_for(durg_manager).post(reverse("unit_move", args=[ac.pk]), {"new_parent": balod.pk})
    assert response.status_code == 200 and "new_parent" in response.context["form"].errors
    ac.refresh_from_db()
    assert ac.parent.name_hi == "दुर्ग जिला"


GOOD_CSV = ("level,name_hi,name_en,code,parent_code\n"
            "mandal,नया मंडल,New Mandal,NM1,64\n"
            "shakti-kendra,नया शक्ति केंद्र,,NSK1,NM1\n")
BAD_CSV = ("level,name_hi,name_en,code,parent_code\n"
           "mandal,अच्छा मंडल,,GM1,64\n"
           "galaxy,बुरा स्तर,,X1,64\n"
           "mandal,,,X2,64\n"
           "mandal,बाहर का मंडल,,X3,9999\n")


def test_a_csv_import_creates_units_and_audits_them(client_for, durg_manager, durg):
    response = client_for(durg_manager).post(reverse("unit_import", args=[durg.pk]), {"text": GOOD_CSV})
    assert response.status_code == 200
    assert "2 इकाइयाँ आयात हुईं" in response.content.decode()
    sk = Unit.objects.get(name_hi="नया शक्ति केंद्र")
    assert sk.parent.name_hi == "नया मंडल" and sk.parent.parent.code == "64"
    assert AuditEvent.objects.filter(action="unit.import", object_id=str(sk.pk)).exists()


def test_a_csv_import_with_bad_rows_shows_every_error_and_writes_nothing(client_for, durg_manager, durg):
    before = Unit.objects.count()
    response = client_for(durg_manager).post(reverse("unit_import", args=[durg.pk]), {"text": BAD_CSV})
    html = response.content.decode()
    errors = html.split('id="import-errors"')[1].split("</table>")[0]
    assert "3 त्रुटियाँ" in html
    for line, field in (("3", "level"), ("4", "name_hi"), ("5", "parent_code")):
        assert f'<td class="num">{line}</td><td>{field}</td>' in errors
    assert "अज्ञात स्तर" in errors and "9999" in errors
    assert Unit.objects.count() == before and not Unit.objects.filter(name_hi="अच्छा मंडल").exists()


def test_a_csv_file_upload_works_like_pasted_text(client_for, durg_manager, durg):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("units.csv", ("\ufeff" + GOOD_CSV).encode("utf-8"), content_type="text/csv")
    response = client_for(durg_manager).post(reverse("unit_import", args=[durg.pk]), {"file": upload})
    assert response.status_code == 200 and Unit.objects.filter(name_hi="नया मंडल").exists()
