"""Sessions signed in through Django's ModelBackend now name its subclass
`sangathan.accounts.backends.UserBackend` (the same passwords and checks; the user read by one fixed
statement). Django signs out a session whose backend is no longer configured, so the sessions open
at the upgrade are rewritten to name the new backend: nobody is signed out by it."""

from importlib import import_module

from django.conf import settings
from django.db import migrations
from django.utils import timezone

OLD = "django.contrib.auth.backends.ModelBackend"
NEW = "sangathan.accounts.backends.UserBackend"
KEY = "_auth_user_backend"  # django.contrib.auth.BACKEND_SESSION_KEY


def _rename(apps, frm: str, to: str) -> None:
    Session = apps.get_model("sessions", "Session")
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    for key, data in Session.objects.filter(expire_date__gt=timezone.now()).values_list("session_key", "session_data").iterator():
        decoded = store.decode(data)
        if decoded.get(KEY) == frm:
            decoded[KEY] = to
            Session.objects.filter(session_key=key).update(session_data=store.encode(decoded))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("sessions", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(lambda apps, schema: _rename(apps, OLD, NEW),
                             lambda apps, schema: _rename(apps, NEW, OLD)),
    ]
