from django.apps import AppConfig


class RalliesConfig(AppConfig):
    name = "sangathan.rallies"
    label = "rallies"

    def ready(self) -> None:
        from sangathan.rallies import signals  # noqa: F401
