from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "sangathan.jobs"
    label = "jobs"
