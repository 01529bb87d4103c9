from django.apps import AppConfig


class ProgrammesConfig(AppConfig):
    name = "sangathan.programmes"
    label = "programmes"
