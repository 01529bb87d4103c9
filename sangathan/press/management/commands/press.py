"""`sangathan press train` and `sangathan press model`: the learned part of the extractor."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from sangathan.core.cli_support import add_actor_argument, resolve_actor


class Command(BaseCommand):
    help = ("Retrain the press extractor's labeller from the shipped training set plus the reviewed "
            "examples (train), or show the model in use and its scores (model).")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="sub", required=True)
        t = sub.add_parser("train", help="retrain; the new model is used only when it is not worse")
        t.add_argument("--folds", type=int, default=5, help="folds of the cross-validation (default 5)")
        t.add_argument("--training-dir", type=Path, default=None,
                       help="a raw/ + gold/ folder to use instead of the shipped training set")
        add_actor_argument(t)
        m = sub.add_parser("model", help="the model in use and its cross-validated scores")
        add_actor_argument(m)

    def handle(self, *args, sub, actor=None, **o):
        from sangathan.press.models import ExtractorModel

        user = resolve_actor(actor)
        if sub == "model":
            m = ExtractorModel.objects.filter(active=True).first()
            if m is None:
                self.stdout.write("in use: the model shipped with Sangathan (no retrained model yet)")
                return
            self.stdout.write(f"in use: model {m.pk}, trained {m.created_at:%Y-%m-%d %H:%M} on the shipped set "
                              f"plus {m.examples} reviewed examples")
            for k in ("rules", "before", "after"):
                self.stdout.write(f"  {k}: {m.scores.get(k)}")
            return
        from sangathan.press.actions import SaveExtractorModel
        from sangathan.press.learn import retrain

        folds = o["folds"]
        if folds < 2:
            raise CommandError("--folds: at least 2 folds are needed for a cross-validation")
        if o["training_dir"] is not None and not (o["training_dir"] / "gold").is_dir():
            raise CommandError(f"--training-dir: {o['training_dir']} has no gold/ folder")
        try:
            outcome = retrain.run(user, folds=folds, training_dir=o["training_dir"])
        except ValueError as e:
            raise CommandError(str(e)) from None
        self.stdout.write(f"{folds}-fold cross-validation over {outcome.before.summary()['n']} reports "
                          f"({outcome.examples} reviewed):\n")
        self.stdout.write(outcome.report())
        saved = SaveExtractorModel(user, outcome=outcome).run()
        if saved.active:
            self.stdout.write(f"\nmodel {saved.pk} is now in use (mean F1 {outcome.before.mean():.3f} -> "
                              f"{outcome.after.mean():.3f})")
        else:
            self.stdout.write(f"\nmodel {saved.pk} kept but NOT in use: it is worse than the model in use "
                              f"(mean F1 {outcome.before.mean():.3f} -> {outcome.after.mean():.3f})")
