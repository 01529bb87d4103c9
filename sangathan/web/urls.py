"""URL map of the web UI (the root urls.py mounts it at /)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from sangathan.web.views import activities, audit, home, people, units

urlpatterns = [
    path("", home.home, name="home"),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("units/", units.unit_list, name="units"),
    path("units/lookup/", units.unit_lookup, name="unit_lookup"),
    path("units/<int:pk>/", units.unit_detail, name="unit"),
    path("units/<int:pk>/new/", units.unit_create, name="unit_create"),
    path("units/<int:pk>/edit/", units.unit_edit, name="unit_edit"),
    path("units/<int:pk>/move/", units.unit_move, name="unit_move"),
    path("units/<int:pk>/import/", units.unit_import, name="unit_import"),
    path("people/", people.people_search, name="people"),
    path("people/lookup/", people.people_lookup, name="people_lookup"),
    path("people/new/", people.person_create, name="person_create"),
    path("people/<int:pk>/", people.person_detail, name="person"),
    path("people/<int:pk>/edit/", people.person_edit, name="person_edit"),
    path("people/<int:pk>/appoint/", people.person_appoint, name="person_appoint"),
    path("appointments/<int:pk>/end/", people.appointment_end, name="appointment_end"),
    path("activities/", activities.activity_list, name="activities"),
    path("activities/new/", activities.activity_create, name="activity_create"),
    path("activities/<int:pk>/", activities.activity_detail, name="activity"),
    path("activities/<int:pk>/edit/", activities.activity_edit, name="activity_edit"),
    path("activities/<int:pk>/delete/", activities.activity_delete, name="activity_delete"),
    path("audit/", audit.audit_log, name="audit"),
]
