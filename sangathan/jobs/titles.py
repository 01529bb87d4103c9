"""Titles of the jobs other apps queue, here so that their translations live in this app's catalogue."""

from django.utils.translation import gettext_lazy as _

ELECTION_IMPORT = _("Import election results: %(name)s")
PEOPLE_IMPORT = _("Import people: %(file)s")
UNITS_IMPORT = _("Import units: %(file)s")
