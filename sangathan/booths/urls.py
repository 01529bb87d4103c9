from django.urls import path

from sangathan.booths import views

app_name = "booths"
urlpatterns = [
    path("<int:pk>/", views.committee, name="committee"),
    path("<int:pk>/pages/", views.set_pages, name="pages"),
    path("<int:pk>/meeting/", views.meeting, name="meeting"),
    path("seats/<int:seat_pk>/<str:op>/", views.seat_action, name="seat"),
    path("unit/<int:pk>/counts/", views.status_counts, name="counts"),
]
