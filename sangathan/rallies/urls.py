from django.urls import path

from sangathan.rallies import views

app_name = "rallies"
urlpatterns = [
    path("", views.rally_list, name="list"),
    path("new/", views.rally_new, name="new"),
    path("<int:pk>/", views.rally_detail, name="detail"),
    path("targets/<int:pk>/report/", views.target_report, name="report"),
    path("targets/<int:pk>/edit/", views.target_edit, name="target"),
]
