from django.urls import path

from sangathan.activities.api import router as activities
from sangathan.api.base import api
from sangathan.org.api import router as units
from sangathan.dashboards.api import router as dashboards
from sangathan.elections.api import router as elections
from sangathan.jobs.api import router as jobs
from sangathan.people.api import router as people
from sangathan.press.api import router as press
from sangathan.rallies.api import router as rallies

api.add_router("", units)
api.add_router("", people)
api.add_router("", activities)
api.add_router("", press)
api.add_router("", elections)
api.add_router("", dashboards)
api.add_router("", rallies)
api.add_router("", jobs)
api.add_router("", "sangathan.mobilise.api.router")
api.add_router("", "sangathan.privacy.api.router")

urlpatterns = [path("", api.urls)]
