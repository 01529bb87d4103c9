"""General rules of the event scalars, round 2 (village, block and district reports; bylines): each on
invented report openings. The places, bodies and people are made up for these tests (the town and
district names are real places only so that the gazetteer knows them) and are taken from no report."""
from __future__ import annotations

import pytest

from sangathan.press.extract import rules_extract

BODY = ("जिला किसान संघ की मासिक बैठक रविवार को गांधी भवन में आयोजित की गई। बैठक की अध्यक्षता "
        "रामेश्वर प्रसाद ने की। बैठक में किसानों की समस्याओं पर चर्चा की गई और कई प्रस्ताव पारित किए गए।")


def _reporters(rec):
    return sorted(p["name"] for p in rec["people"] if "reporter" in p.get("roles", []))


# ------------------------------------------------------------------------------------ dateline

@pytest.mark.parametrize("text, place", [
    # the town, then its district, before the delimiter: the dateline is written whole
    ("रामगढ़ताल गोरखपुर। " + BODY, "रामगढ़ताल गोरखपुर"),
    ("बेलहरा- बाराबंकी : " + BODY, "बेलहरा- बाराबंकी"),
    # a low quote typed for the comma between the outlet and the place
    ("जनमत मीडिया\u201a सतना (मध्यप्रदेश)\n" + BODY, "सतना"),
    # a mark before the place; a state so marked is the dateline when nothing else is
    ("@ उत्तराखंड\n" + BODY, "उत्तराखंड"),
    # a Latin site dateline with a date after the outlet word, and an upper-case one
    ("Bhopal News, 12 Mar 2022: " + BODY, "Bhopal"),
    ("RAIPUR : " + BODY, "RAIPUR"),
    # the desk, a slash, the place
    ("नगर संवाददाता/इंदौर। " + BODY, "इंदौर"),
])
def test_dateline_shapes_round2(text, place):
    assert rules_extract(text)["dateline"] == place


def test_a_reporter_and_a_place_alone_on_a_line():
    rec = rules_extract("किसान संघ की बैठक संपन्न\n\nरमेश कुमार, इंदौर\n\n" + BODY)
    assert rec["dateline"] == "इंदौर"
    assert _reporters(rec) == ["रमेश कुमार"]


@pytest.mark.parametrize("text, name", [
    # the reporter, a slash, the outlet
    ("रमेश कुमार शर्मा / नगर समाचार टीवी\nसतना : " + BODY, "रमेश कुमार शर्मा"),
    # "(संवाददाता X की रिपोर्ट)" after the dateline
    ("सतना : (संवाददाता रमेश कुमार शर्मा की रिपोर्ट)\n" + BODY, "रमेश कुमार शर्मा"),
    # "place / reporter |"
    ("सतना / रमेश कुमार |  " + BODY, "रमेश कुमार"),
    # "रिपोर्ट X, ब्यूरो place"
    ("किसानों की बैठक संपन्न\nरिपोर्ट रमेश कुमार, ब्यूरो सतना\nसतना। " + BODY, "रमेश कुमार"),
])
def test_byline_shapes_round2(text, name):
    assert _reporters(rules_extract(text)) == [name]


# ------------------------------------------------------------------------------------ venue

@pytest.mark.parametrize("text, venue", [
    # a district named as such before the genitive is outside the venue
    ("सतना। गोरखपुर जिले के रामनगर स्थित सामुदायिक भवन में किसान संघ की बैठक हुई।", "रामनगर स्थित सामुदायिक भवन"),
    ("सतना। गोरखपुर जिले के रामनगर डाक बंगले पर किसान संघ की बैठक हुई।", "रामनगर डाक बंगले"),
    # "Y के X स्थित …": what comes before the plain "X स्थित" is outside; "… पर स्थित" keeps it
    ("सतना। बड़ागांव प्रखंड के रामनगर स्थित विवाह भवन में किसान संघ की बैठक हुई।", "रामनगर स्थित विवाह भवन"),
    ("सतना। शहर के स्टेशन मार्ग पर स्थित अग्रवाल धर्मशाला में किसान संघ की बैठक हुई।",
     "शहर के स्टेशन मार्ग पर स्थित अग्रवाल धर्मशाला"),
    # another town after the comma stays; the dateline's town is dropped
    ("सतना। किसान संघ की बैठक गांव रामपुर खुर्द, रीवा में संपन्न हुई।", "गांव रामपुर खुर्द, रीवा"),
    ("सतना। किसान संघ की बैठक राजीव भवन, सतना में संपन्न हुई।", "राजीव भवन"),
    # the length of the event ("एक दिवसीय") is not part of the place
    ("सतना। किसान संघ ने एक दिवसीय तहसील कार्यालय पर धरना दिया।", "तहसील कार्यालय"),
    # a party's office with its level word; an election office; a common noun naming an office
    ("सतना। भारतीय जनता पार्टी जिला कार्यालय अटल भवन में महिला मोर्चा की बैठक हुई।",
     "भारतीय जनता पार्टी जिला कार्यालय अटल भवन"),
    ("सतना। लोकसभा चुनाव कार्यालय में किसान संघ की बैठक हुई।", "लोकसभा चुनाव कार्यालय"),
    ("सतना। किसान संघ की बैठक सोमवार को जन स्वास्थ्य विभाग कार्यालय में हुई।", "जन स्वास्थ्य विभाग कार्यालय"),
    # a protest outside an office; new heads: a school of learning, a rest house, a party plot
    ("सतना। किसान संघ का तहसील कार्यालय के बाहर शुक्रवार को धरना दिया गया।", "तहसील कार्यालय के बाहर"),
    ("सतना। रामपुर ब्लॉक अंतर्गत आदर्श विद्यापीठ रामपुर में किसान संघ की बैठक संपन्न हुई।", "आदर्श विद्यापीठ रामपुर"),
    ("सतना। किसान संघ का होली मिलन समारोह नगर के श्याम पार्टी प्लॉट में किया गया।", "नगर के श्याम पार्टी प्लॉट"),
])
def test_venue_phrases_round2(text, venue):
    assert rules_extract(text)["venue"] == venue


def test_the_building_named_in_the_next_sentence_inside_the_locality():
    rec = rules_extract("सतना। किसान संघ की बैठक गांव रामपुर में हुई। गांव रामपुर में सरपंच मोहन लाल के आवास "
                        "पर आयोजित बैठक में चर्चा हुई।")
    assert rec["venue"] == "गांव रामपुर में सरपंच मोहन लाल के आवास"
