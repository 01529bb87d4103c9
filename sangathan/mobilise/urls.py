from django.urls import path

from sangathan.mobilise import views

app_name = "mobilise"
urlpatterns = [
    path("", views.upcoming, name="upcoming"),
    path("activities/<int:pk>/", views.manage, name="manage"),
    path("activities/<int:pk>/send/", views.send, name="send"),
    path("activities/<int:pk>/record/", views.record, name="record"),
    path("activities/<int:pk>/outbox/", views.outbox, name="outbox"),
    path("activities/<int:pk>/checkin/", views.checkin, name="checkin"),
    path("activities/<int:pk>/sheet.pdf", views.attendance_sheet, name="sheet"),
    path("batches/<int:pk>/", views.batch_progress, name="batch"),
    path("invitations/<int:pk>/revoke/", views.revoke, name="revoke"),
    path("invitations/<int:pk>/checkin/", views.checkin_mark, name="checkin_mark"),
    path("scan/<str:token>/", views.scan, name="scan"),
    path("i/<str:token>/", views.invitation, name="invitation"),
    path("i/<str:token>/join/", views.join, name="join"),
    path("i/<str:token>/qr.svg", views.qr, name="qr"),
    path("i/<str:token>/stop/", views.opt_out, name="opt_out"),
    path("calendar/", views.calendar_page, name="calendar"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
