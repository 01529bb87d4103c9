"""The synthetic organisation's bulk writers skip PostgreSQL's per-row foreign-key triggers and
prove every reference at once instead; a reference that points nowhere fails the whole run."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from sangathan.org.models import Unit
from sangathan.people.models import Person
from sangathan.synth import generate
from sangathan.synth.run import Synthesise
from sangathan.synth.writer import dangling_references, own_models


def test_a_synthesised_tree_has_no_dangling_reference(admin):
    Synthesise(admin, scale="tiny", seed=3, prefix="RF").run()
    assert Person.objects.filter(home_unit__code__startswith="RF").count() > 0
    assert dangling_references(own_models()) == []


def test_a_dangling_reference_fails_the_whole_synth(admin, monkeypatch):
    real = generate.Generator.run

    def write_then_break(self):
        written = real(self)
        with connection.cursor() as cur:  # a person whose home unit does not exist
            cur.execute(f"UPDATE {Person._meta.db_table} SET home_unit_id = -5 WHERE id = "
                        f"(SELECT MAX(id) FROM {Person._meta.db_table})")
        return written

    monkeypatch.setattr(generate.Generator, "run", write_then_break)
    units = Unit.objects.count()
    with pytest.raises(ValidationError, match="home_unit_id: 1 rows point at no"):
        Synthesise(admin, scale="tiny", seed=3, prefix="RG").run()
    assert Unit.objects.count() == units
    assert not Unit.objects.filter(code__startswith="RG").exists()
