from django.urls import path

from sangathan.dashboards import views

app_name = "dashboards"
urlpatterns = [
    path("", views.home, name="home"),
    path("unit/<int:pk>/", views.unit_dashboard, name="unit"),
    path("unit/<int:pk>/export/<str:table>.<str:fmt>", views.unit_export, name="export"),
]
