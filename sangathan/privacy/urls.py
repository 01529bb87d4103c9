from django.urls import path

from sangathan.privacy import views

urlpatterns = [
    path("", views.index, name="privacy"),
    path("me/export.json", views.export_mine, name="privacy_export_mine"),
    path("people/<int:pk>/", views.person, name="privacy_person"),
    path("people/<int:pk>/consent/", views.consent, name="privacy_consent"),
    path("people/<int:pk>/erase/", views.erase, name="privacy_erase"),
    path("people/<int:pk>/export.json", views.export, name="privacy_export"),
]
