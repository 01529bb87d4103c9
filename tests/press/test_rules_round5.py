"""General rules of 8 December (second session): a role cue misspelt by one letter, people honoured
by a garlanded portrait, and the labeller not reading a cue into a name. Each on a sentence written
for this file; the people are made up. No sentence is taken from a news report."""
from __future__ import annotations

import pytest

from sangathan.press.extract import extract


def _roles(rec):
    return {p["name"]: p.get("roles", []) for p in rec["people"]}


@pytest.mark.parametrize("text, name, role", [
    # a letter left out of अध्यक्षता, a letter left out of तत्वाधान, two letters swapped in उपस्थित
    ("सीवान। किसान सभा की बैठक प्रखंड सचिव रमाकांत पासवान के अध्क्षता में हुई।", "रमाकांत पासवान", "presided"),
    ("सीवान। बैठक में जिला अध्यक्ष सुरेश महतो उपस्तिथ रहे। सदस्यों ने चर्चा की।", "सुरेश महतो", "attendee"),
])
def test_a_role_cue_misspelt_by_one_letter_still_gives_the_part(text, name, role):
    assert role in _roles(extract(text))[name]


def test_a_word_of_the_same_stem_is_no_misspelt_cue():
    # "निर्देश" (an instruction) is one letter from "निर्देशन" (under the direction of) but is not it
    rec = extract("सीवान। जिला अध्यक्ष गोपाल राय के निर्देश पर बैठक हुई। अध्यक्षता मोहन साव ने की।")
    assert _roles(rec).get("गोपाल राय", []) == []
    assert _roles(rec)["मोहन साव"] == ["presided"]


@pytest.mark.parametrize("text", [
    # the portrait list after an opening cue, and after a guest list with a comma
    "बैठक का शुभारंभ पंडित रामधन शास्त्री व डॉ. केशव लाल वर्मा के चित्र पर माल्यार्पण कर किया गया।",
    "बैठक में मुख्य अतिथि सुरेंद्र कुमार यादव रहे, रामधन शास्त्री और केशव लाल वर्मा के चित्र पर माल्यार्पण कर "
    "बैठक शुरू हुई।",
])
def test_people_whose_portrait_is_garlanded_take_no_part(text):
    rec = extract(text)
    for name in ("रामधन शास्त्री", "केशव लाल वर्मा"):
        person = next(p for p in rec["people"] if p["name"] == name)
        assert person["roles"] == [] and person.get("mentioned_only") is True, person


def test_who_garlands_the_portrait_was_present():
    rec = extract("जिला अध्यक्ष हरिओम पाल ने रामधन शास्त्री के चित्र पर माल्यार्पण किया। बैठक में बिंदु देवी उपस्थित रहीं।")
    assert _roles(rec)["हरिओम पाल"] == ["attendee"]
    assert _roles(rec)["रामधन शास्त्री"] == []


def test_the_labeller_does_not_read_a_presence_verb_into_a_name():
    rec = extract("बैठक में मुख्य अतिथि जिला प्रभारी सुरेंद्र यादव व विशिष्ट अतिथि जिलाध्यक्ष कमलेश मौजूद रहे। "
                  "संचालन रमेश चंद्र ने किया।")
    names = [p["name"] for p in rec["people"]]
    assert "कमलेश" in names and not any("मौजूद" in n for n in names), names


@pytest.mark.parametrize("closing", ["सभी अतिथियों ने संगठन की मजबूती पर जोर देने की बात कही।",
                                     "अतिथियों ने कार्यकर्ताओं को संबोधित किया।"])
def test_the_guests_as_a_group_spoke_each_of_them(closing):
    rec = extract("पटना। बैठक में मुख्य अतिथि विधायक रामप्रवेश राय थे। विशिष्ट अतिथि के रूप में सुनील कुमार और "
                  "मीरा देवी मौजूद रहे। संचालन अशोक साव ने किया। " + closing)
    roles = _roles(rec)
    for name in ("रामप्रवेश राय", "सुनील कुमार", "मीरा देवी"):
        assert "speaker" in roles[name], roles
    assert roles["अशोक साव"] == ["moderator"]  # not a guest


def test_welcoming_the_guests_makes_no_guest_a_speaker():
    rec = extract("पटना। बैठक में मुख्य अतिथि विधायक रामप्रवेश राय थे। सचिव सुनील कुमार ने सभी अतिथियों का स्वागत किया।")
    assert _roles(rec)["रामप्रवेश राय"] == ["chief_guest"]
