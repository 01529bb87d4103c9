"""Press-note composer: round trip through the extractor, Hindi number agreement, English."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from sangathan.press.compose import compose, headline
from sangathan.press.extract import extract
from sangathan.press.extract.score import score_article

DATA = Path(__file__).resolve().parents[2] / "sangathan/press/training"  # the shipped copy


def _seed() -> dict:
    path = DATA / "gold" / "seed.json"
    if not path.exists():
        pytest.skip(f"gold data not found at {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def _person(name: str, posts: list[str], roles: list[str]) -> dict:
    return {"name": name, "posts": posts, "roles": roles}


BASE = {"id": "t", "event_type": "meeting", "mode": "in_person", "organisation": "भारतीय मजदूर संघ",
        "wing": None, "level": "जिला", "dateline": "शिवपुरी", "venue": "स्थानीय छावनी विद्यालय",
        "date": None, "quotes": []}


def test_round_trip_seed_people_roles_posts_are_exact():
    gold = _seed()
    text = compose(gold, "hi")
    score = score_article(extract(text), gold)
    assert score.people.f1 == 1.0
    assert score.roles.f1 == 1.0
    assert score.posts.f1 == 1.0


def test_round_trip_keeps_quotes_and_scalars():
    gold = _seed()
    rec = extract(compose(gold))
    score = score_article(rec, gold)
    assert score.quotes.f1 == 1.0
    for field in ("dateline", "organisation", "wing", "venue", "event_type", "level"):
        assert score.scalars[field], field


def test_one_special_guest_is_singular():
    rec = dict(BASE, people=[_person("उमेश शर्मा", ["प्रदेश कोषाध्यक्ष"], ["special_guest"])])
    text = compose(rec)
    assert "विशिष्ट अतिथि प्रदेश कोषाध्यक्ष उमेश शर्मा थे।" in text
    assert "अतिथियों" not in text


def test_three_special_guests_are_plural():
    rec = dict(BASE, people=[
        _person("उमेश शर्मा", ["प्रदेश कोषाध्यक्ष"], ["special_guest"]),
        _person("अजमेर सिंह", ["विभाग प्रमुख"], ["special_guest"]),
        _person("गोपाल गौर", [], ["special_guest"]),
    ])
    text = compose(rec)
    assert "विशिष्ट अतिथियों में प्रदेश कोषाध्यक्ष उमेश शर्मा, विभाग प्रमुख अजमेर सिंह एवं गोपाल गौर थे।" in text
    back = extract(text)
    assert {p["name"] for p in back["people"] if "special_guest" in p["roles"]} == {
        "उमेश शर्मा", "अजमेर सिंह", "गोपाल गौर"}


def test_gender_of_event_noun():
    assert "की जिला बैठक" in compose(BASE) and "संपन्न हुई" in compose(BASE)
    conf = compose(dict(BASE, event_type="conference"))
    assert "का जिला सम्मेलन" in conf and "संपन्न हुआ" in conf


def test_attending_units_grouped_by_note():
    rec = dict(BASE, people=[], attending_units=[
        {"unit": "बेमेतरा", "note": "जिला संयोजक सह संयोजक"},
        {"unit": "कवर्धा", "note": "जिला संयोजक सह संयोजक"}])
    assert "बेमेतरा, कवर्धा जिला संयोजक सह संयोजक उपस्थित रहे" in compose(rec)


def test_english_uses_english_role_words_and_keeps_names():
    gold = _seed()
    text = compose(gold, "en")
    assert "chief guest" in text and "special guests were" in text
    assert "विजय बघेल" in text
    assert "division-level meeting" in text


def test_headline_and_date():
    rec = dict(BASE, date="2025-09-09", people=[_person("कुलदीप गुर्जर", [], ["chief_guest"])])
    assert "9 सितंबर 2025 को" in compose(rec)
    assert headline(rec) == "भारतीय मजदूर संघ की जिला बैठक संपन्न, मुख्य अतिथि कुलदीप गुर्जर रहे"
    assert headline(rec, "en").startswith("भारतीय मजदूर संघ holds district-level meeting in शिवपुरी")
    assert headline(dict(rec, title="शीर्षक")) == "शीर्षक"


def test_unknown_language_rejected():
    with pytest.raises(ValueError):
        compose(BASE, "fr")
