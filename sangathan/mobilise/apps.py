from django.apps import AppConfig


class MobiliseConfig(AppConfig):
    name = "sangathan.mobilise"
    label = "mobilise"

    def ready(self) -> None:
        from sangathan.mobilise import signals  # noqa: F401
