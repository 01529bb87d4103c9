from django.urls import include, path

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("sangathan.api.urls")),
    path("booths/", include("sangathan.booths.urls")),
    path("programmes/", include("sangathan.programmes.urls")),
    path("dashboards/", include("sangathan.dashboards.urls")),
    path("elections/", include("sangathan.elections.urls")),
    path("jobs/", include("sangathan.jobs.urls")),
    path("rallies/", include("sangathan.rallies.urls")),
    path("privacy/", include("sangathan.privacy.urls")),
    path("", include("sangathan.accounts.urls")),
    path("mobilise/", include("sangathan.mobilise.urls")),
    path("", include("sangathan.press.urls")),
    path("", include("sangathan.web.urls")),
]

# a database fault while a middleware loads the session or the user: 503/507, not 500 (core/faults.py)
handler500 = "sangathan.core.faults.server_error"
