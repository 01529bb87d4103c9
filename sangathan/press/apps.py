from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "sangathan.press"
    label = "press"
