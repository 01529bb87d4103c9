from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "sangathan.activities"
    label = "activities"

    def ready(self) -> None:
        from sangathan.activities import signals  # noqa: F401
