import pytest
from django.test import Client

from sangathan.accounts.models import ApiToken


@pytest.fixture
def api_as():
    """api_as(user) -> a client sending that user's bearer token."""

    def make(user):
        return Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})

    return make
