import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from sangathan.core.actions import Conflict
from sangathan.core.tree import subtree_q
from sangathan.org.actions import CreateUnit, MoveUnit, UpdateUnit
from sangathan.org.imports import ImportFailed, ImportUnits
from sangathan.org.models import Level, Unit


def subtree_names(u):
    return set(Unit.objects.filter(subtree_q("path", u.path)).values_list("name_hi", flat=True))


def test_moving_a_unit_carries_its_whole_subtree(state_admin, unit):
    ac = unit("दुर्ग ग्रामीण")
    names_before = subtree_names(ac)
    assert "बूथ क्रमांक 1" in names_before
    MoveUnit(state_admin, unit=ac, new_parent=unit("बालोद जिला")).run()
    ac.refresh_from_db()
    booth = unit("बूथ क्रमांक 1")
    assert ac.parent == unit("बालोद जिला")
    assert subtree_names(ac) == names_before
    assert booth.path.startswith(unit("बालोद जिला").path)
    assert booth.depth == 7
    assert not Unit.objects.filter(subtree_q("path", unit("दुर्ग जिला").path), name_hi="बूथ क्रमांक 1").exists()


def test_a_unit_cannot_move_under_its_own_descendant(admin, unit):
    with pytest.raises(ValidationError):
        MoveUnit(admin, unit=unit("दुर्ग जिला"), new_parent=unit("दुर्ग ग्रामीण")).run()


def test_a_manager_cannot_move_a_unit_out_of_their_scope(durg_manager, unit):
    with pytest.raises(Http404):
        MoveUnit(durg_manager, unit=unit("दुर्ग ग्रामीण"), new_parent=unit("बालोद जिला")).run()


def test_a_viewer_is_refused_a_rename(state_viewer, unit):
    with pytest.raises(PermissionDenied):
        UpdateUnit(state_viewer, unit=unit("दुर्ग जिला"), fields={"name_en": "X"}).run()


def test_a_stale_edit_is_refused_and_loses_nothing(durg_manager, unit):
    u = unit("दुर्ग जिला")
    stale = Unit.objects.get(pk=u.pk)
    UpdateUnit(durg_manager, unit=u, fields={"name_en": "Durg (first)"}, version=u.version).run()
    with pytest.raises(Conflict):
        UpdateUnit(durg_manager, unit=stale, fields={"name_en": "Durg (second)"}, version=stale.version).run()
    assert unit("दुर्ग जिला").name_en == "Durg (first)"


def test_levels_must_descend(admin, unit):
    with pytest.raises(ValidationError):
        CreateUnit(admin, parent=unit("दुर्ग ग्रामीण"), level=Level.objects.get(key="district"), name_hi="x").run()


def test_unit_csv_with_bad_rows_reports_every_row_and_writes_nothing(durg_manager):
    before = Unit.objects.count()
    text = ("level,name_hi,name_en,parent_code,code\n"
            "mandal,नया मंडल,New Mandal,64,\n"      # fine
            "booth,,,नया मंडल,64-900\n"             # no name
            "galaxy,तारा,,64,\n"                    # unknown level
            "mandal,बाहरी मंडल,,60,\n"               # AC 60 is not in दुर्ग जिला
            "booth,बूथ 901,,नया मंडल,64-901\n"
            "booth,बूथ 902,,नया मंडल,64-901\n")     # duplicate code
    with pytest.raises(ImportFailed) as err:
        ImportUnits(durg_manager, text=text).run()
    found = {(e.line, e.field) for e in err.value.errors}
    assert found == {(3, "name_hi"), (4, "level"), (5, "parent_code"), (7, "code")}
    assert "line 5, parent_code" in str(err.value)
    assert Unit.objects.count() == before


def test_a_good_unit_csv_imports_children_of_rows_in_the_same_file(durg_manager, unit):
    text = ("level,name_hi,name_en,parent_code,code,aliases\n"
            "mandal,नया मंडल,New Mandal,64,,नवीन मंडल\n"
            "booth,बूथ 901,,नया मंडल,64-901,\n")
    units = ImportUnits(durg_manager, text=text).run()
    assert [u.name_hi for u in units] == ["नया मंडल", "बूथ 901"]
    assert units[1].parent == units[0] and units[0].parent == unit("दुर्ग शहर")
    assert unit("नया मंडल").aliases.get().name == "नवीन मंडल"
