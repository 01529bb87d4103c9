from django.apps import AppConfig


class DashboardsConfig(AppConfig):
    name = "sangathan.dashboards"
    label = "dashboards"

    def ready(self) -> None:
        from sangathan.dashboards import signals  # noqa: F401
