from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sangathan.accounts"
    label = "accounts"

    def ready(self) -> None:
        from sangathan.accounts import checks  # noqa: F401 - registers the deployment checks
