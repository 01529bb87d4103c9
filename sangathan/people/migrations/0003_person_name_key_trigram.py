"""A trigram index on people's name keys, for search at national scale (PostgreSQL only).

People search tests words of the name key with LIKE patterns on `' ' || name_key || ' '`
(sangathan.people.search.PaddedKey): '% <word> %' (a whole word), '% <word>%' (a word starts so),
'%<three letters>%' (a misspelt name). A btree serves none of them; a GIN index of trigrams
(pg_trgm) on that expression serves them all, so a search among ten million people reads the index
instead of the table. The key's statistics target is raised so the planner knows how common a name
is (a common surname is better found by reading a small subtree's people than by the index).
SQLite (one office's database) does without: the migration does nothing there.

pg_trgm is a trusted extension (PostgreSQL 13 and later): the owner of the database, or any role
with CREATE on it, may install it; on older servers a superuser must run `CREATE EXTENSION pg_trgm;`
in the database first. The index is built CONCURRENTLY, so an upgrade of a live database does not
block writes to people while it builds (about N minutes for ten million people; see docs/people.md).
"""

from django.db import migrations

INDEX = "person_name_key_trgm"


def forwards(apps, schema_editor):
    conn = schema_editor.connection
    if conn.vendor != "postgresql":
        return
    with conn.cursor() as cur:
        try:
            cur.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception as exc:
            raise RuntimeError(
                f"people search needs the PostgreSQL extension pg_trgm, and this database role could not "
                f"create it ({exc}). Ask a superuser to run `CREATE EXTENSION pg_trgm;` in database "
                f"{conn.settings_dict['NAME']!r} (Debian/Ubuntu ship it in postgresql-contrib), then run "
                f"migrate again.") from exc
        # a CONCURRENTLY build that was interrupted leaves an invalid index behind: drop it and build anew
        cur.execute("SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    "WHERE c.relname = %s AND NOT i.indisvalid", [INDEX])
        if cur.fetchone():
            cur.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")
        cur.execute(f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX} ON people_person "
                    "USING gin ((' ' || name_key || ' ') gin_trgm_ops)")
        cur.execute("ALTER TABLE people_person ALTER COLUMN name_key SET STATISTICS 1000")
        cur.execute(f"ALTER INDEX {INDEX} ALTER COLUMN 1 SET STATISTICS 1000")
        cur.execute("ANALYZE people_person")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX}")
        schema_editor.execute("ALTER TABLE people_person ALTER COLUMN name_key SET STATISTICS -1")


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY cannot run inside a transaction

    dependencies = [
        ("people", "0002_person_natural_key"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards, elidable=False),
    ]
