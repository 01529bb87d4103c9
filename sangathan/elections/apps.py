from django.apps import AppConfig


class ElectionsConfig(AppConfig):
    name = "sangathan.elections"
    label = "elections"
