from django.apps import AppConfig


class BoothsConfig(AppConfig):
    name = "sangathan.booths"
    label = "booths"

    def ready(self) -> None:
        from sangathan.booths import signals  # noqa: F401
