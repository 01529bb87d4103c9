from django.urls import path

from sangathan.programmes import views

app_name = "programmes"
urlpatterns = [
    path("", views.programme_list, name="list"),
    path("new/", views.programme_new, name="new"),
    path("<int:pk>/", views.programme_detail, name="detail"),
    path("targets/<int:pk>/report/", views.target_report, name="report"),
]
