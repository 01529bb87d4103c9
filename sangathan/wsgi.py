import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
application = get_wsgi_application()

# The ~150,000 objects of start-up (modules, URL patterns, templates, translations) live as long as the
# process: moved out of the collector's sight, a full collection no longer walks them (a 70 ms pause
# every few hundred requests), and gunicorn's forked workers keep sharing their memory pages.
gc.collect()
gc.freeze()
