from django.apps import AppConfig


class BoothsConfig(AppConfig):
    name = "sangathan.booths"
    label = "booths"
