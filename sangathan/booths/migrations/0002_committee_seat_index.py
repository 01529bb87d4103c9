"""Drop the committee index of seats: the unique (committee, person, role, page) index leads with
the committee and serves every lookup it did, and each seat written kept both up to date.

Only the index goes (the foreign key stays as it is: Django's AlterField would drop and re-add the
constraint, checking 15 M seats again on a national database)."""

import django.db.models.deletion
from django.db import migrations, models

INDEX = "booths_committeemember_committee_id_0731ff7d"


class Migration(migrations.Migration):

    dependencies = [
        ('booths', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(
                f"DROP INDEX IF EXISTS {INDEX}",
                f"CREATE INDEX {INDEX} ON booths_committeemember (committee_id)")],
            state_operations=[migrations.AlterField(
                model_name='committeemember',
                name='committee',
                field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE,
                                        related_name='seats_set', to='booths.boothcommittee'),
            )],
        ),
    ]
