from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "sangathan.accounts"
    label = "accounts"
