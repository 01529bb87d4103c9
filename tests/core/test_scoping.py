from sangathan.activities.models import Activity
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit
from sangathan.people.models import Person


def test_a_grant_covers_the_whole_subtree_and_nothing_else(durg_manager, unit):
    durg = unit("दुर्ग जिला")
    visible = set(Unit.objects.visible_to(durg_manager).values_list("pk", flat=True))
    subtree = set(Unit.objects.filter(subtree_q("path", durg.path)).values_list("pk", flat=True))
    assert visible == subtree
    assert unit("दुर्ग ग्रामीण").pk in visible  # an assembly constituency below the district
    assert unit("बालोद जिला").pk not in visible  # a sibling district
    assert unit("दुर्ग संभाग").pk not in visible  # its own parent


def test_outsider_sees_none_of_durg(outsider, unit):
    assert not Person.objects.visible_to(outsider).filter(home_unit=unit("दुर्ग जिला")).exists()
    assert Unit.objects.visible_to(outsider).filter(name_hi="बस्तर जिला").exists()


def test_a_user_without_grants_sees_nothing(nobody):
    assert Unit.objects.visible_to(nobody).count() == 0
    assert Activity.objects.visible_to(nobody).count() == 0


def test_viewer_roles_do_not_reach_write_actions(state_viewer, balod_reporter, unit):
    assert Unit.objects.visible_to(state_viewer, "view").filter(pk=unit("दुर्ग जिला").pk).exists()
    assert not Unit.objects.visible_to(state_viewer, "manage").exists()
    assert Unit.objects.visible_to(balod_reporter, "report").filter(pk=unit("बालोद जिला").pk).exists()
    assert not Unit.objects.visible_to(balod_reporter, "manage").exists()


def test_superuser_sees_everything(admin):
    assert Unit.objects.visible_to(admin).count() == Unit.objects.count()
