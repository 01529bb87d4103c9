"""Background jobs of the press app (django-tasks, database backend; run at once in tests)."""

from __future__ import annotations

from django_tasks import task


@task()
def retrain_extractor(user_id: int) -> dict:
    """Retrain the labeller as `sangathan press train` does; return the scores and the decision."""
    from django.contrib.auth import get_user_model

    from sangathan.press.actions import SaveExtractorModel
    from sangathan.press.learn import retrain

    user = get_user_model().objects.get(pk=user_id)
    outcome = retrain.run(user)
    saved = SaveExtractorModel(user, source="web", outcome=outcome).run()
    return {"model": saved.pk, "active": saved.active, "scores": saved.scores}
