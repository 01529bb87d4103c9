from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "sangathan.activities"
    label = "activities"
