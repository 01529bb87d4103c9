from django.urls import path

from sangathan.accounts import views

urlpatterns = [
    path("login/verify/", views.verify, name="two_factor_verify"),
    path("account/two-factor/", views.setup, name="two_factor_setup"),
]
