from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "sangathan.privacy"
    label = "privacy"
    verbose_name = "personal data"
