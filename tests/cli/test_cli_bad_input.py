"""CLI commands answer bad input with a CommandError (a message and exit status), not a traceback,
and do not reveal units outside the acting user's scope."""

from __future__ import annotations

import pytest
from django.core.management import CommandError, call_command

from sangathan.accounts.models import Grant
from sangathan.org.models import Unit


def test_importing_a_file_that_is_not_utf8_is_a_clear_error(db, tmp_path):
    bad = tmp_path / "units.csv"
    bad.write_bytes("level,name_hi,parent_code\nmandal,ठीक,63\n".encode("utf-16"))
    before = Unit.objects.count()
    with pytest.raises(CommandError, match="not UTF-8"):
        call_command("import_data", "units", str(bad))
    with pytest.raises(CommandError):
        call_command("import_data", "units", str(tmp_path))  # a directory
    assert Unit.objects.count() == before


def test_grant_does_not_confirm_a_unit_outside_the_granting_admin_scope(db, durg_manager, unit):
    from django.contrib.auth import get_user_model

    from sangathan.accounts.actions import CreateUser, GrantRole

    admin = get_user_model().objects.get(username="admin")
    durg_admin = CreateUser(admin, source="cli", username="durg_admin", password="a-long-password").run()
    GrantRole(admin, source="cli", user=durg_admin, role="admin", unit=unit("दुर्ग जिला")).run()
    # बालोद जिला exists, but not for this admin: the same answer as a name that exists nowhere
    for ref in ("बालोद जिला", str(unit("बालोद जिला").pk), "कोई नहीं"):
        with pytest.raises(CommandError, match="in your scope"):
            call_command("grant", "durg_manager", "viewer", ref, "--as", "durg_admin")
    with pytest.raises(CommandError):
        call_command("grant", "durg_manager", "viewer", "²", "--as", "durg_admin")
    assert not Grant.objects.filter(user=durg_manager, unit=unit("बालोद जिला")).exists()
