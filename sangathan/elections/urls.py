"""Election pages, mounted at /elections/ by the root urls."""

from django.urls import path

from sangathan.elections.views import pages, upload

app_name = "elections"

urlpatterns = [
    path("", pages.election_list, name="list"),
    path("import/", upload.upload, name="upload"),
    path("jobs/<int:pk>/", upload.job_page, name="job"),
    path("jobs/<int:pk>/progress/", upload.job_progress, name="job_progress"),
    path("<int:pk>/", pages.election_detail, name="detail"),
    path("<int:pk>/seat/<int:no>/", pages.seat_analysis, name="seat"),
    path("<int:pk>/ac/<int:no>/", pages.ac_analysis, name="ac"),
    path("<int:pk>/unit/<int:unit_id>/", pages.unit_analysis, name="unit"),
]
