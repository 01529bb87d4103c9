"""General rules of round 4 (organisation names, attendee lists): each on a report opening written
for this file. The bodies and people are made up; towns are real places only so that the gazetteer
knows them. No sentence is taken from a news report."""
from __future__ import annotations

import pytest

from sangathan.press.extract import rules_extract
from sangathan.press.extract.normalise import sentence_spans

TAIL = " बैठक की अध्यक्षता रामेश्वर प्रसाद ने की। बैठक में सदस्यों की समस्याओं पर चर्चा की गई।"


def _roles(rec):
    return {p["name"]: p.get("roles", []) for p in rec["people"]}


# ----------------------------------------------------------------------------- organisation

@pytest.mark.parametrize("text, org", [
    # a common noun of the stopword list inside a name ("… सोशल ग्रुप फेडरेशन")
    ("इंदौर। नगर सोशल ग्रुप फेडरेशन का वार्षिक सम्मेलन रविवार को हुआ।" + TAIL, "नगर सोशल ग्रुप फेडरेशन"),
    # English plurals written in Devanagari end a name as their singulars do
    ("भोपाल। संयुक्त फोरम ऑफ पेंशनर्स एसोसिएशन्स की बैठक सोमवार को हुई।" + TAIL,
     "संयुक्त फोरम ऑफ पेंशनर्स एसोसिएशन्स"),
    ("धनबाद। कोयला श्रमिक यूनियन्स की संयुक्त बैठक सोमवार को हुई।" + TAIL, "कोयला श्रमिक यूनियन्स"),
    # the anusvara typed after the wrong letter: "सघं" for "संघ"
    ("गया। जिला शिक्षक सघं की बैठक रविवार को हुई।" + TAIL, "जिला शिक्षक सघं"),
    # a known body's name with a dash for a space
    ("रायपुर। जिले में भारत स्काउट-गाइड की बैठक हुई।" + TAIL, "भारत स्काउट-गाइड"),
    # co-operative societies named by their kind
    ("सीवान। पंचायत के पैक्स की आम सभा मंगलवार को हुई।" + TAIL, "पैक्स"),
    # an association of a body's office holders is not the body
    ("सीवान। जिला पैक्स अध्यक्ष संघ की बैठक मंगलवार को हुई।" + TAIL, "जिला पैक्स अध्यक्ष संघ"),
    # a union named after a party is not the party
    ("आगरा। अखिल भारतीय सफाई कर्मचारी कांग्रेस ट्रेड यूनियन की बैठक हुई।" + TAIL,
     "अखिल भारतीय सफाई कर्मचारी कांग्रेस ट्रेड यूनियन"),
])
def test_body_words_and_name_shapes(text, org):
    assert rules_extract(text)["organisation"] == org


def test_town_before_a_state_is_not_part_of_the_name():
    # a dateline town run into the first line: a body's name puts its state first
    text = "देहरादून उत्तराखंड शिक्षक फेडरेशन का जिला अधिवेशन आयोजित किया गया।" + TAIL
    assert rules_extract(text)["organisation"] == "उत्तराखंड शिक्षक फेडरेशन"


def test_town_after_a_case_mark_opens_the_name():
    text = "पटना। शहर के गांधी मैदान में पटना रिक्शा चालक संघ के द्वारा आम सभा की गई।" + TAIL
    assert rules_extract(text)["organisation"] == "पटना रिक्शा चालक संघ"


def test_place_of_the_body_before_a_bracket_and_the_host_mark():
    text = ("पानीपत। बिजली कर्मचारी संघ हरियाणा (भारतीय मजदूर संघ से संबद्ध) की बैठक सोमवार को हुई।"
            + TAIL)
    assert rules_extract(text)["organisation"] == "बिजली कर्मचारी संघ हरियाणा"


def test_joint_meeting_gives_the_first_body_named():
    text = ("कानपुर। पेंशनर एसोसिएशन, अभिभावक कल्याण समिति एवं पूर्व छात्र परिषद की संयुक्त बैठक आज विद्यालय में हुई।"
            + TAIL)
    assert rules_extract(text)["organisation"] == "पेंशनर एसोसिएशन"


# --------------------------------------------------------------------------------- attendees

def test_muslim_titles_are_honorifics():
    text = ("रांची। कमेटी की बैठक हुई। बैठक में मुफ्ती अब्दुल करीम, कारी नसीम अहमद और हाफिज जमील अख्तर "
            "मौजूद रहे।")
    roles = _roles(rules_extract(text))
    assert {"अब्दुल करीम", "नसीम अहमद", "जमील अख्तर"} <= set(roles)
    assert all(roles[n] == ["attendee"] for n in ("अब्दुल करीम", "नसीम अहमद", "जमील अख्तर"))


def test_attendee_list_broken_across_lines():
    # a list that a presence cue opens goes on over line breaks while the lines are short items
    text = ("लखनऊ। समिति की बैठक हुई। बैठक में मुख्य रूप से उपस्थित रहे रमेश कुमार, सुरेश यादव\n"
            "महेश सिंह, राकेश गुप्ता\nदिनेश वर्मा")
    roles = _roles(rules_extract(text))
    for n in ("रमेश कुमार", "सुरेश यादव", "महेश सिंह", "राकेश गुप्ता", "दिनेश वर्मा"):
        assert roles.get(n) == ["attendee"], (n, roles)


def test_a_headline_with_commas_is_not_a_list():
    text = "मंत्री, सांसद पहुंचे\nनई दिल्ली, 5 मई। संघ की बैठक हुई।"
    starts = [text[a:b].strip() for a, b in sentence_spans(text)]
    assert starts[0] == "मंत्री, सांसद पहुंचे"


# ----------------------------------------------------------------------------- organiser in the passive

@pytest.mark.parametrize("text", [
    # "X द्वारा <event> का आयोजन किया गया": the agent of a passive "organised" is the organiser
    "उज्जैन। युवा मोर्चा के जिलाध्यक्ष कमल किशोर द्वारा कार्यकर्ताओं की बैठक का आयोजन किया गया। "
    "बैठक में अनिल सोनी उपस्थित रहे।",
    "उज्जैन। जिलाध्यक्ष कमल किशोर द्वारा मंडल पदाधिकारियों की बैठक ली गई। बैठक में अनिल सोनी उपस्थित रहे।",
])
def test_the_agent_of_a_passive_organising_verb_is_the_organiser(text):
    roles = _roles(rules_extract(text))
    assert roles["कमल किशोर"] == ["organiser"]
    assert roles["अनिल सोनी"] == ["attendee"]


def test_a_passive_organising_verb_without_an_agent_names_nobody():
    roles = _roles(rules_extract("उज्जैन। कार्यकर्ताओं की बैठक का आयोजन किया गया। बैठक में कमल किशोर और अनिल सोनी "
                                 "उपस्थित रहे।"))
    assert roles == {"कमल किशोर": ["attendee"], "अनिल सोनी": ["attendee"]}


# ----------------------------------------------------------------------------- speakers

def test_x_bole_ki_is_speech_and_its_quote():
    rec = rules_extract("उज्जैन। मंडल की बैठक रविवार को हुई। इस दौरान जिलाध्यक्ष कमल किशोर बोले कि संगठन मजबूत है "
                        "और हम हर बूथ जीतेंगे।")
    assert _roles(rec)["कमल किशोर"] == ["speaker"]
    assert rec["quotes"] == [{"speaker": "कमल किशोर", "text": "संगठन मजबूत है और हम हर बूथ जीतेंगे"}]


def test_a_list_of_speakers_closed_by_a_presence_verb_are_speakers():
    roles = _roles(rules_extract("उज्जैन। मंडल की बैठक रविवार को हुई। वक्ताओं में कमल किशोर, अनिल सोनी और राजेश "
                                 "मालवीय शामिल रहे। बैठक में गोपाल वर्मा भी मौजूद थे।"))
    assert roles == {"कमल किशोर": ["speaker"], "अनिल सोनी": ["speaker"], "राजेश मालवीय": ["speaker"],
                     "गोपाल वर्मा": ["attendee"]}
