"""The learned part of the press extractor: a CRF over words, trained from gold records.

The model shipped in the package (``shipped.crfsuite``) is trained on the shipped training set
(``sangathan/press/training``); ``sangathan press train`` retrains it with an organisation's
reviewed examples. Loading needs no network and tagging is deterministic.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent / "shipped.crfsuite"
TRAINING = Path(__file__).resolve().parents[1] / "training"


@lru_cache(maxsize=1)
def shipped_labeller():
    """The labeller of the shipped model, or None when the file is missing."""
    from .model import Labeller

    if not SHIPPED.exists():
        return None
    return Labeller(SHIPPED.read_bytes())


def shipped_examples() -> list[tuple[str, dict]]:
    """(raw text, gold record) pairs of the shipped training set, in id order."""
    import json

    out = []
    for gp in sorted((TRAINING / "gold").glob("*.json")):
        raw = json.loads((TRAINING / "raw" / gp.name).read_text(encoding="utf-8"))
        out.append((raw["text"], json.loads(gp.read_text(encoding="utf-8"))))
    return out


_ACTIVE: dict[tuple, object] = {}


def active_labeller():
    """The labeller in use: the active retrained model, else the shipped one (None: rules only)."""
    from sangathan.press.models import ExtractorModel

    # keyed by id and creation time: an id can come back (SQLite reuses the highest rowid after a delete,
    # a flushed test database restarts its sequences), a model row's creation time does not
    row = ExtractorModel.objects.filter(active=True).values_list("id", "created_at").first()
    if row is None:
        return shipped_labeller()
    if row not in _ACTIVE:
        from .model import Labeller

        _ACTIVE.clear()
        _ACTIVE[row] = Labeller(bytes(ExtractorModel.objects.get(pk=row[0]).model))
    return _ACTIVE[row]
