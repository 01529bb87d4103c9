from django.apps import AppConfig


class OrgConfig(AppConfig):
    name = "sangathan.org"
    label = "org"
