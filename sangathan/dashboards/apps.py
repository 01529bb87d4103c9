from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "sangathan.dashboards"
    label = "dashboards"
