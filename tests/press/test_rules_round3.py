"""General rules of round 3 (venue, dateline, organisation and roles): each on a report opening written
for this file. The bodies and people are made up; towns are real places only so that the gazetteer
knows them. No sentence is taken from a news report."""
from __future__ import annotations

import pytest

from sangathan.press.extract import rules_extract
from sangathan.press.extract.normalise import fix_devanagari

TAIL = " बैठक की अध्यक्षता रामेश्वर प्रसाद ने की। बैठक में किसानों की समस्याओं पर चर्चा की गई।"


def _roles(rec):
    return {p["name"]: p.get("roles", []) for p in rec["people"]}


# ------------------------------------------------------------------------------------ venue

@pytest.mark.parametrize("text, place", [
    # "… में की गई": the light verb says the meeting was done there; a canteen is a venue head
    ("बोकारो। श्रमिक संघ की बैठक कारखाने के कैंटीन में की गई।" + TAIL, "कारखाने के कैंटीन"),
    # a platform (चबूतरा) with "पर … आयोजित"; a tin shed and an academy are places of meetings too
    ("बलिया। व्यापार मंडल का शपथग्रहण समारोह रविवार को कस्बा स्थित शिव मंदिर चबूतरा पर आयोजित किया गया।" + TAIL,
     "कस्बा स्थित शिव मंदिर चबूतरा"),
    ("अलीगढ़। किसान यूनियन की मासिक बैठक तहसील के टिनशेड में संपन्न हुई।" + TAIL, "तहसील के टिनशेड"),
    # after "यहां" the phrase up to the locative is the place as written, plain words included
    ("नैनीताल। शिक्षक संघ का अधिवेशन यहां राजकीय कला संगीत अकादमी में संपन्न हुआ।" + TAIL,
     "राजकीय कला संगीत अकादमी"),
    # a landmark after the building: "… के सामने संपन्न हुआ"
    ("सतना। समाज के होली मिलन एवं युवा सम्मेलन का कार्यक्रम गुप्ता सदन सिटी हॉस्पिटल के सामने संपन्न हुआ।" + TAIL,
     "गुप्ता सदन सिटी हॉस्पिटल के सामने"),
    # a hyphen inside a word of the name
    ("रायपुर। पेंशनर संघ की बैठक प्रदेश बी-ब्लॉक कार्यालय में आयोजित की गई।" + TAIL, "प्रदेश बी-ब्लॉक कार्यालय"),
    # a locality of three words with a locality noun, then a residence
    ("ग्वालियर। ब्राह्मण सभा की मासिक बैठक शांति कॉलोनी पार्क में पंडित रामकिशोर शर्मा के निवास पर आयोजित हुई।" + TAIL,
     "शांति कॉलोनी पार्क में पंडित रामकिशोर शर्मा के निवास"),
    # the dateline opening the sentence, then a comma: it is not part of the venue
    ("पटना, चिकित्सक संघ भवन के सभागार में नई कार्यकारिणी का पदभार ग्रहण समारोह आयोजित किया गया।" + TAIL,
     "चिकित्सक संघ भवन के सभागार"),
    # a comma-separated address after a venue head
    ("देहरादून: शिक्षक संघ का त्रैवार्षिक अधिवेशन हिमालय वेडिंग पॉइंट, रायवाला, ऋषिकेश में आयोजित किया गया।" + TAIL,
     "हिमालय वेडिंग पॉइंट, रायवाला, ऋषिकेश"),
])
def test_venue_round3(text, place):
    assert rules_extract(text)["venue"] == place


def test_the_place_of_what_the_meeting_prepared_for_is_not_its_venue():
    rec = rules_extract("दरभंगा। शिक्षक संघ प्रखंड इकाई की बैठक सोमवार को हुई। बैठक में दस मार्च को पटना में "
                        "आहूत विधानसभा घेराव कार्यक्रम की तैयारी पर चर्चा की गई।" + TAIL)
    assert rec["venue"] is None


def test_a_town_in_the_lede_gives_way_to_the_building_of_the_same_event():
    rec = rules_extract("गोंडा में किसान यूनियन की मासिक पंचायत हुई।\nरमेश वर्मा की रिपोर्ट\nगोंडा। किसान यूनियन "
                        "की मासिक पंचायत नेहरू पार्क में आज लगाई गई।" + TAIL)
    assert rec["venue"] == "नेहरू पार्क"


def test_a_latin_l_between_hindi_words_is_a_danda():
    assert fix_devanagari("गोंडा/बहराइच l ब्लॉक परिसर में") == "गोंडा/बहराइच। ब्लॉक परिसर में"
    assert fix_devanagari("जोर दिया गया l") == "जोर दिया गया।"
    assert fix_devanagari("I said l") == "I said l"  # Latin text is left as it is


def test_a_bodys_panchayat_is_its_meeting():
    rec = rules_extract("किसान यूनियन की पंचायत तहसील परिसर के टिनशेड में रामपाल की अध्यक्षता में संपन्न हुई। इस पंचायत "
                        "का संचालन मोहन सिंह ने किया जिसमें किसानों से दस अक्टूबर को लखनऊ के रमाबाई मैदान में होने वाली "
                        "महापंचायत में पहुंचने का आह्वान किया गया।")
    assert rec["venue"] == "तहसील परिसर के टिनशेड"
    assert rec["event_type"] == "meeting"


# ------------------------------------------------------------------------------------ dateline

@pytest.mark.parametrize("text, place", [
    # the site's Latin label gives way to the report's Devanagari dateline on a line below
    ("Gonda News: गोंडा में किसान संघ की बैठक\nगोंडा। जिला किसान संघ की बैठक गांधी भवन में हुई।" + TAIL, "गोंडा"),
    ("SATNA NEWS :समाज की बैठक संपन्न\nसतना। जिला किसान संघ की बैठक गांधी भवन में हुई।" + TAIL, "सतना"),
    # a Latin label alone, "news" in lower case
    ("Bhopal news: जिला किसान संघ की बैठक गांधी भवन में हुई।" + TAIL, "Bhopal"),
    # the desk, a slash, the place, then "@"
    ("नगर भास्कर डेस्क/इंदौर@ जिला किसान संघ की बैठक गांधी भवन में हुई।" + TAIL, "इंदौर"),
    # a summary paragraph, the byline "X की रिपोर्ट", then the place line
    ("गोंडा में जिला किसान संघ की बैठक संपन्न हुई। रामेश्वर प्रसाद को अध्यक्ष चुना गया। बैठक में कई किसान "
     "शामिल हुए और सबने संगठन को मजबूत करने का संकल्प लिया।\nसुरेश वर्मा की रिपोर्ट\nगोंडा। जिला किसान संघ की "
     "बैठक रविवार को गांधी भवन में हुई।" + TAIL, "गोंडा"),
])
def test_dateline_round3(text, place):
    assert rules_extract(text)["dateline"] == place
