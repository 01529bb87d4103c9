from django.apps import AppConfig


class ElectionsConfig(AppConfig):
    name = "sangathan.elections"
    label = "elections"

    def ready(self) -> None:
        from sangathan.elections import signals  # noqa: F401
