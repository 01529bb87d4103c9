from django.apps import AppConfig


class ProgrammesConfig(AppConfig):
    name = "sangathan.programmes"
    label = "programmes"

    def ready(self) -> None:
        from sangathan.programmes import signals  # noqa: F401
