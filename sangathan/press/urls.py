from django.urls import path

from sangathan.press import views

urlpatterns = [
    path("news/", views.newsroom, name="newsroom"),
    path("news/feed.rss", views.LatestNotes(), name="news_rss"),
    path("news/feed.atom", views.LatestNotesAtom(), name="news_atom"),
    path("news/<str:slug>/", views.note_page, name="press_note"),
    path("press/extract/", views.extract_view, name="press_extract"),
    path("press/model/", views.model_view, name="press_model"),
    path("press/moderation/", views.moderation, name="moderation"),
    path("press/comments/<int:pk>/moderate/", views.moderate, name="moderate"),
    path("activities/<int:pk>/press/", views.compose_view, name="press_compose"),
]
