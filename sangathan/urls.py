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
