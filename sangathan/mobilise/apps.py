from django.apps import AppConfig


class MobiliseConfig(AppConfig):
    name = "sangathan.mobilise"
    label = "mobilise"
