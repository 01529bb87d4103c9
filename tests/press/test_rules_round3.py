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


# ------------------------------------------------------------------------------------ organisation

@pytest.mark.parametrize("text, org", [
    # the common misspelling "तत्वाधान" marks the host as "तत्वावधान" does
    ("पटना। ग्राम विकास सेवा समिति के तत्वाधान में आज किसान महा सभा का आयोजन किया गया।" + TAIL,
     "ग्राम विकास सेवा समिति"),
    # an English "of" name alone, with no word before it
    ("सीवान। होटल सागर में चैंबर ऑफ कॉमर्स की कार्यकारिणी की बैठक हुई।" + TAIL, "चैंबर ऑफ कॉमर्स"),
    # the "of" part runs to its own body word; आ with a candra for ऑ
    ("देहरादून। उत्तराखंड फेडरेशन ऑफ टीचर्स वेलफेयर एसोसिएशन का अधिवेशन संपन्न हुआ।" + TAIL,
     "उत्तराखंड फेडरेशन ऑफ टीचर्स वेलफेयर एसोसिएशन"),
    ("कटक। कटक चैम्बर आॅफ कॉमर्स की बैठक हुई।" + TAIL, "कटक चैम्बर आॅफ कॉमर्स"),
    # "X मण्डल में समारोह हुआ": the body the ceremony was held in is its host, not its venue
    ("कानपुर में रविवार को गोविंद नगर उद्योग व्यापार मण्डल में शपथग्रहण समारोह हुआ।" + TAIL,
     "गोविंद नगर उद्योग व्यापार मण्डल"),
    # "नव नियुक्त" (newly appointed) is not a word of the body's name
    ("रायगढ़। जिला न्यायालय में नव नियुक्त ग्राम रक्षा समिति का शपथ ग्रहण समारोह आयोजित हुआ।" + TAIL,
     "ग्राम रक्षा समिति"),
    # the body's block committee is its unit, not a longer name
    ("दरभंगा। बिहार राज्य शिक्षक संघ प्रखंड कमेटी की बैठक सोमवार को हुई।" + TAIL, "बिहार राज्य शिक्षक संघ"),
    # the state after the name, then a registration number, then the meeting
    ("रायपुर। सेवानिवृत्त कर्मचारी एसोसिएशन छत्तीसगढ़ पंजीयन क्रमांक 12 07 की मासिक बैठक हुई।" + TAIL,
     "सेवानिवृत्त कर्मचारी एसोसिएशन छत्तीसगढ़"),
    # "देरशाम" (late evening) opens a sentence: not a word of the name
    ("देरशाम बिहार शिक्षक समाज की बैठक गांधी भवन में हुई।" + TAIL, "बिहार शिक्षक समाज"),
])
def test_organisation_round3(text, org):
    assert rules_extract(text)["organisation"] == org


# ------------------------------------------------------------------------------------ roles

OPEN = "सीतापुर। जिला शिक्षक संघ की बैठक गांधी भवन में हुई। बैठक की अध्यक्षता रामेश्वर प्रसाद ने की। "


def test_those_who_made_the_event_a_success_organised_it():
    rec = rules_extract(OPEN + "कार्यक्रम को सफल बनाने में संयोजक सुरेश वर्मा, अजय सिंह और कमला देवी का विशेष "
                               "योगदान रहा।")
    roles = _roles(rec)
    assert all("organiser" in roles[n] for n in ("सुरेश वर्मा", "अजय सिंह", "कमला देवी"))


def test_a_list_of_organisers_cut_by_the_page_is_not_of_speakers():
    rec = rules_extract(OPEN + "रैली को सफल बनाने में सुरेश वर्मा, अजय सिंह, कमला देवी, रा…")
    roles = _roles(rec)
    assert roles["अजय सिंह"] == ["organiser"] and roles["कमला देवी"] == ["organiser"]


def test_the_owner_of_the_house_is_not_the_organiser():
    rec = rules_extract("शिवपुरी। ब्राह्मण सभा की मासिक बैठक नेहरू कॉलोनी में रामकिशोर शर्मा के निवास पर आयोजित हुई।"
                        " बैठक की अध्यक्षता रामेश्वर प्रसाद ने की।")
    assert "organiser" not in _roles(rec).get("रामकिशोर शर्मा", [])


def test_arrived_as_a_guest_is_present():
    rec = rules_extract(OPEN + "बैठक में आमंत्रित सदस्य के रूप में पहुंचे समाजसेवी सुरेश वर्मा का परिचय कराया गया।")
    assert _roles(rec)["सुरेश वर्मा"] == ["attendee"]


def test_who_greets_the_chief_guest_is_not_the_chief_guest():
    rec = rules_extract("सीतापुर। जिला शिक्षक संघ की बैठक गांधी भवन में हुई। बैठक की अध्यक्षता कर रहे सुरेश वर्मा ने "
                        "मुख्य अतिथि का अभिवादन करते हुए सबको संबोधित करने के लिए आमंत्रित किया।")
    assert "chief_guest" not in _roles(rec).get("सुरेश वर्मा", [])


def test_supporting_a_proposal_is_speaking_and_sammananiya_is_an_honorific():
    rec = rules_extract(OPEN + "इस प्रस्ताव का सम्माननीय श्री अजय सिंह और कमला देवी ने समर्थन किया और बताया कि "
                               "इससे संगठन मजबूत होगा।")
    roles = _roles(rec)
    assert "speaker" in roles["अजय सिंह"] and "speaker" in roles["कमला देवी"]
