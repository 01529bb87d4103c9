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


# ------------------------------------------------------------------------------------ organisation

@pytest.mark.parametrize("text, org", [
    # associations of office holders: the post word before the body word is its name
    ("सतना। रामपुर में ग्राम पंचायत सदस्य महासंघ की बैठक हुई।", "ग्राम पंचायत सदस्य महासंघ"),
    ("सतना। प्रखंड के नवनिर्वाचित प्रधानों की बैठक हुई। बैठक में सर्वसम्मति से प्रधान संघ की प्रखंड कमेटी का गठन किया गया।",
     "प्रधान संघ"),
    # a joined level word is not part of the name
    ("सतना। प्रखंड के सभी सरपंचों ने बैठक कर प्रखंडस्तरीय सरपंच संघ का गठन किया।", "सरपंच संघ"),
    # a self-help group with its own name (two words joined by a dash); a group of common words is no body
    ("सतना। गौरी–शंकर आजीविका महिला स्वयं सहायता समूह की बैठक रामपुर में संपन्न हुई।",
     "गौरी–शंकर आजीविका महिला स्वयं सहायता समूह"),
    # "X के आह्वान पर": the body that called the meeting
    ("सतना। भारतीय मछुआरा महासभा के आह्वान पर प्रखंड कमेटी की बैठक गांव में हुई।", "भारतीय मछुआरा महासभा"),
    # a state's body keeps the state; a long name keeps the state in front of it
    ("सतना। मध्य प्रदेश राज्य किसान सभा के आह्वान पर किसानों ने धरना दिया।", "मध्य प्रदेश राज्य किसान सभा"),
    ("सतना। राजस्थान स्टेट रिटायर्ड टीचर्स एंड स्टाफ वेलफेयर एसोसिएशन की मासिक बैठक हुई।",
     "राजस्थान स्टेट रिटायर्ड टीचर्स एंड स्टाफ वेलफेयर एसोसिएशन"),
    # an English "of" name runs on, with its "and"
    ("सतना। रोटरी क्लब ऑफ सतना द्वारा एक होटल में बैठक की गई।", "रोटरी क्लब ऑफ सतना"),
    ("सतना। विंध्य चेम्बर आफ कॉमर्स एण्ड इण्डस्ट्रीज के द्वारा आज बैठक ली गई।",
     "विंध्य चेम्बर आफ कॉमर्स एण्ड इण्डस्ट्रीज"),
    # the party whose office is the venue, when no other body is named near the event
    ("सतना। स्थानीय समाजवादी पार्टी कार्यालय पर मासिक बैठक का आयोजन किया गया। बैठक में सभी बूथ अध्यक्ष मौजूद रहे। "
     "विधायक ने कहा कि सपा कार्यकर्ता गांव गांव जाएं।", "समाजवादी पार्टी"),
    # a party named only through its members; a unit named by its place and a core committee are no bodies
    ("सतना। रामपुर पंचायत कमेटी के गठन को लेकर बैठक की गई। अध्यक्ष ने अपनी कोर कमेटी सभी वरिष्ठ कांग्रेसियों से "
     "बनाने को कहा।", "कांग्रेस"),
])
def test_organisation_round2(text, org):
    assert rules_extract(text)["organisation"] == org


def test_a_post_with_its_level_word_after_a_party_is_no_host():
    rec = rules_extract("सतना। रामपुर पंचायत में सभी मुखिया की बैठक हुई। बैठक की अध्यक्षता राजद प्रखंड अध्यक्ष मोहन लाल "
                        "ने की। बैठक में मुखिया संघ की प्रखंड कमेटी का गठन किया गया।")
    assert rec["organisation"] == "मुखिया संघ"


# ------------------------------------------------------------------------------------ level

@pytest.mark.parametrize("text, level", [
    # a level written joined to स्तरीय, as written
    ("सतना। किसान संघ की जिलास्तरीय बैठक रविवार को गांधी भवन में हुई।", "जिलास्तरीय"),
    # the district in the oblique case before the event or the unit: the level "जिला"
    ("सतना। अखिल भारतीय बुनकर महासभा रीवा जिले की बैठक रविवार को गांधी भवन में हुई।", "जिला"),
    ("सतना। किसान संघ की रीवा ज़िले की संगठनात्मक बैठक संपन्न हुई।", "ज़िला"),
    ("सतना। आज भी रीवा जिले की इकाई ने तहसील कार्यालय के सामने धरना दिया।", "जिला"),
    # the unit word after the party, before the event
    ("सतना। भाजपा उत्तर मंडल महिला मोर्चा की कार्यसमिति की बैठक पटेल भवन में हुई।", "मंडल"),
])
def test_level_round2(text, level):
    assert rules_extract(text)["level"] == level


def test_pradesh_inside_a_state_name_is_no_level():
    rec = rules_extract("सतना। हिमांचल प्रदेश युवा कांग्रेस की एक महत्वपूर्ण बैठक विश्राम गृह में आयोजित की गई।")
    assert rec["level"] is None


# ------------------------------------------------------------------------------------ event type

@pytest.mark.parametrize("text, kind", [
    # the event a meeting was held for is not the meeting's type
    ("सतना। आगामी किसान रैली को सफल बनाने के लिए किसान संघ के पदाधिकारियों ने बैठक की।", "meeting"),
    ("सतना। अगले माह होने वाली किसान रैली हेतु किसान संघ की महत्वपूर्ण बैठक हुई।", "meeting"),
    # forming an executive, a gathering arranged by a body
    ("सतना। आज गांधी भवन में किसान संघ की कार्यकारिणी का गठन किया गया।", "meeting"),
    ("सतना। गांधी भवन में किसान संघ की ओर से एक सभा का आयोजन किया गया।", "meeting"),
])
def test_event_type_round2(text, kind):
    assert rules_extract(text)["event_type"] == kind


def test_a_bracket_inside_the_story_is_no_byline():
    rec = rules_extract("सतना। किसान संघ का पहला सम्मेलन रामपुर के कम्युनिटी हॉल (नेहरू पार्क) में सम्पन्न हुआ। "
                        "सम्मेलन में बूथ क्रमांक 14, 15 (रामनगर) के सदस्य उपस्थित रहे।")
    names = {p["name"] for p in rec["people"]}
    assert "नेहरू पार्क" not in names and "रामनगर" not in names
    assert _reporters(rec) == []


@pytest.mark.parametrize("text, name", [
    # a Latin author line over the page's time stamp
    ("Mohan Verma\n• Mon, 3 Jan 2022 6:15 pm IST\n\nसतना। " + BODY, "Mohan Verma"),
    # "Place , Reporter : …" and "- Name, Reporter …" in Latin script
    ("Satna , Mohan Verma : " + BODY, "Mohan Verma"),
    ("किसानों की बैठक\n- Mohan Verma, Reporter Madhya Pradesh\n- Jan 3, 2022\nसतना। " + BODY, "Mohan Verma"),
    # reporter / place / story
    ("रमेश कुमार शर्मा/ सतना/ " + BODY, "रमेश कुमार शर्मा"),
])
def test_latin_and_slash_bylines(text, name):
    assert name in _reporters(rules_extract(text))
