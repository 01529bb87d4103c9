"""Seats keep only the indexes something reads: every seat written updates each index of the table.

- the role index goes: six roles over 15 M seats, so no query would pick it, and the only reader is
  the PROTECT check when a committee role is deleted (an admin's rare act, which may scan);
- the verifier index becomes partial (only verified seats): almost every seat is unverified, so
  the full index was 15 M NULL entries. Deleting a user looks up `verified_by_id = X`, which the
  partial index serves.

As in 0002, only the indexes change (Django's AlterField would drop and re-add the foreign-key
constraints, checking 15 M seats again on a national database)."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

ROLE_INDEX = "booths_committeemember_role_id_5326bd89"
VERIFIER_INDEX = "booths_committeemember_verified_by_id_a27f3f1c"


class Migration(migrations.Migration):

    dependencies = [
        ('booths', '0002_committee_seat_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(f"DROP INDEX IF EXISTS {ROLE_INDEX}",
                                  f"CREATE INDEX {ROLE_INDEX} ON booths_committeemember (role_id)"),
                migrations.RunSQL(f"DROP INDEX IF EXISTS {VERIFIER_INDEX}",
                                  f"CREATE INDEX {VERIFIER_INDEX} ON booths_committeemember (verified_by_id)"),
            ],
            state_operations=[
                migrations.AlterField(
                    model_name='committeemember',
                    name='role',
                    field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT,
                                            related_name='+', to='booths.committeerole'),
                ),
                migrations.AlterField(
                    model_name='committeemember',
                    name='verified_by',
                    field=models.ForeignKey(blank=True, db_index=False, null=True,
                                            on_delete=django.db.models.deletion.SET_NULL, related_name='+',
                                            to=settings.AUTH_USER_MODEL),
                ),
            ],
        ),
        migrations.AddIndex(
            model_name='committeemember',
            index=models.Index(condition=models.Q(('verified_by__isnull', False)), fields=['verified_by'],
                               name='seat_verified_by'),
        ),
    ]
