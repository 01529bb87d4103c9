"""General rules of the event scalars (dateline, venue, organisation, wing, level), each on invented
report openings: the places, bodies and people below are made up for these tests and are taken from
no report."""
from __future__ import annotations

import pytest

from sangathan.press.extract import rules_extract

BODY = ("जिला किसान संघ की मासिक बैठक रविवार को गांधी भवन में आयोजित की गई। बैठक की अध्यक्षता "
        "रामेश्वर प्रसाद ने की। बैठक में किसानों की समस्याओं पर चर्चा की गई और कई प्रस्ताव पारित किए गए।")


# ------------------------------------------------------------------------------------ dateline

@pytest.mark.parametrize("text, place", [
    # a Latin-script dateline in front of a Devanagari story: "X News :", "X Desk –", "X , reporter :", "X(site)।"
    ("Guna News : " + BODY, "Guna"),
    ("Rewa Desk – " + BODY, "Rewa"),
    ("Sehore , Mohan Lal : " + BODY, "Sehore"),
    ("Katni(citynews)। " + BODY, "Katni"),
    # a Latin section label with the Devanagari place in brackets after the outlet
    ("Sidhi News : सीधी संदेश (सीधी): " + BODY, "सीधी"),
    # the dateline in brackets
    ("(टीकमगढ़)- " + BODY, "टीकमगढ़"),
    # the reporter in brackets, then "place/" glued to the story
    ("(सुरेश कुमार)पन्ना/" + BODY, "पन्ना"),
    # the outlet or the desk or the reporter, a comma, then the place
    ("नगर दर्पण, छिंदवाड़ा: " + BODY, "छिंदवाड़ा"),
    ("समाचार डेस्क, भोपाल । " + BODY, "भोपाल"),
    ("मालवा मिरर, रतलाम: " + BODY, "रतलाम"),
    ("जेटीन्यूज/कटनी\n" + BODY, "कटनी"),
    # reporter / place / story
    ("सुनील यादव/ सीहोर/ " + BODY, "सीहोर"),
    # the visarga typed for a colon
    ("रीवाः " + BODY, "रीवा"),
    # a state alone on a line is the site's section; a state before "रिपोर्टर" is an outlet
    ("मध्यप्रदेश\n\nकिसानों ने रखी मांगें\n\nगुना, " + BODY, "गुना"),
    ("मध्यप्रदेश रिपोर्टर\nभिंड (मप्र) 5 मई 2024 । " + BODY, "भिंड"),
    # the place followed by the story without punctuation, on a long body line
    ("इंदौर व्यापारी संघ की मासिक बैठक रविवार को गांधी भवन में आयोजित की गई। बैठक की अध्यक्षता रामेश्वर "
     "प्रसाद ने की।", "इंदौर"),
    # an adjective of a place
    ("बाहरी दिल्ली : " + BODY, "बाहरी दिल्ली"),
    # the reporter's line "X से Y की रिपोर्ट"
    ("किसानों की बैठक\n\nमुरैना से राकेश शर्मा की रिपोर्ट\n\n" + BODY, "मुरैना"),
    # a place and its state after a slash; a closing quote mark as the delimiter
    ("गुना/मध्य प्रदेश। " + BODY, "गुना/मध्य प्रदेश"),
    ("सतना”" + BODY, "सतना"),
    # the reporter, a danda, the place on a short line
    ("मोहन लाल। रामनगर\n" + BODY, "रामनगर"),
])
def test_dateline_shapes(text, place):
    assert rules_extract(text)["dateline"] == place


@pytest.mark.parametrize("text", [
    # a title before a name is no place; nor an abbreviation of a state
    "किसानों की बैठक\nडॉ. रमेश ने कहा कि किसानों को उनका हक मिलना चाहिए। " + BODY,
    "म. प्र. किसान संघ की बैठक\n" + BODY,
    # a lone word at the foot of the story
    BODY + " " + BODY + "\nअस्वीकरण",
])
def test_no_dateline(text):
    assert rules_extract(text)["dateline"] is None


# ------------------------------------------------------------------------------------ venue

@pytest.mark.parametrize("text, venue", [
    # an event word naming a room ("मीटिंग हॉल"), with the market it is in
    ("कटनी। व्यापारी संघ की बैठक कृषि उपज मंडी के मीटिंग हॉल में हुई। बैठक में कई लोग उपस्थित रहे।",
     "कृषि उपज मंडी के मीटिंग हॉल"),
    # "X विधानसभा के अंतर्गत": the constituency is outside the venue
    ("सीधी। रामपुर विधानसभा के अंतर्गत बस स्टैंड के पास शांति मैरिज हॉल में किसान संघ की बैठक हुई।",
     "बस स्टैंड के पास शांति मैरिज हॉल"),
    # a gloss in brackets inside the name
    ("रीवा। साहित्य परिषद की मासिक गोष्ठी संस्था कार्यालय शांति नगर (पूर्व) में संपन्न हुई।",
     "संस्था कार्यालय शांति नगर (पूर्व)"),
    # a sector's number
    ("भोपाल। कर्मचारी संघ की बैठक सामुदायिक भवन सेक्टर 4 में हुई। बैठक में अध्यक्ष ने विचार रखे।",
     "सामुदायिक भवन सेक्टर 4"),
    # "… मोहल्ले में स्थित …": the locality of the building belongs to the venue
    ("गुना। साहू समाज की बैठक रामपुर कस्बे के बाजार मोहल्ले में स्थित समाज धर्मशाला में हुई।",
     "रामपुर कस्बे के बाजार मोहल्ले में स्थित समाज धर्मशाला"),
    # "X स्थित Y": a venue though Y is no known building word
    ("उदयपुर। लायंस क्लब ने शिवाजी नगर स्थित विज्ञान समिति में अपना स्थापना दिवस समारोह मनाया।",
     "शिवाजी नगर स्थित विज्ञान समिति"),
    # a party's office named after the party
    ("लखनऊ। समाजवादी पार्टी, लखनऊ कार्यालय में आज कार्यकर्ताओं की बैठक आयोजित हुई।",
     "समाजवादी पार्टी, लखनऊ कार्यालय"),
    # a town alone, when the event is said to be held in it
    ("रीवा। इस वर्ष संघ का प्रांतीय सम्मेलन सतना में संपन्न हुआ। सम्मेलन में कई प्रस्ताव पारित हुए।", "सतना"),
    # "… पर आयोजित" of a place without a building word
    ("केकड़ी। आचार्य परिषद का अधिवेशन रविवार को गिरि शिखर पहाड़ी पर आयोजित हुआ।", "गिरि शिखर पहाड़ी"),
    # a verb in -आकर closes the phrase
    ("रीवा। किसान संघ की बैठक में अतिथि को शॉल ओढ़ाकर तहसील कार्यालय में सम्मानित किया गया।", "तहसील कार्यालय"),
    # the visarga of the dateline is not part of the venue
    ("सीधीः रामपुर श्रमिक स्कूल परिसर में आयोजित कार्यकर्ता सम्मेलन में अतिथि उपस्थित रहे।", "रामपुर श्रमिक स्कूल परिसर"),
    # the article "एक" stays with the venue
    ("देवास। किसान संघ की जिला बैठक एक लान में हुई। बैठक में अध्यक्ष ने विचार रखे।", "एक लान"),
])
def test_venue_phrases(text, venue):
    assert rules_extract(text)["venue"] == venue


@pytest.mark.parametrize("text", [
    # a coming event's place
    "सागर। 20 मार्च को जिला मुख्यालय में होने वाली रैली की तैयारी को लेकर किसान संघ की बैठक हुई।",
    # a past event's place
    "सागर। संघ का पिछला अधिवेशन इंदौर में किया गया था। इस वर्ष अधिवेशन वीडियो कॉन्फ्रेंस से हुआ।",
    # the place of the event the meeting prepared
    "सागर। 12 जनवरी को राजधानी भोपाल में आयोजित महारैली के लिए संघ की बैठक शुक्रवार को हुई।",
    # an atmosphere is no place
    "उमरिया। संघ का शपथ ग्रहण समारोह गरिमामय माहौल में आयोजित हुआ।",
])
def test_no_venue(text):
    assert rules_extract(text)["venue"] is None


@pytest.mark.parametrize("text, venue", [
    # the event sentence opens with "इस अवसर पर": the place is in the sentence before
    ("रीवा। किसान संघ ने अपना स्थापना दिवस शिव मंदिर में मनाया। इस अवसर पर एक गोष्ठी का आयोजन किया गया।",
     "शिव मंदिर"),
    # a headline names the place short, the story in full
    ("जिला स्कूल के प्रांगण में शिक्षक संघ का सम्मेलन\nरविवार को स्थानीय पुराने जिला स्कूल के प्रांगण में "
     "शिक्षक संघ का जिला सम्मेलन आयोजित किया गया। सम्मेलन में कई शिक्षक उपस्थित रहे।",
     "स्थानीय पुराने जिला स्कूल के प्रांगण"),
    # a town alone before the event, other than the town the report is filed from
    ("बुधवार को सतना में कर्मचारी संघ की ओर से कार्यकर्ताओं की बैठक आयोजित की गई। बैठक में कई लोग उपस्थित रहे।",
     "सतना"),
    # a later sentence: "X में आयोजित अधिवेशन में"
    ("गुना, मई 5 -- पेंशनर्स संघ के अधिवेशन में समस्याओं पर मंथन किया गया। अधिकारियों ने आश्वासन दिया। "
     "विकास भवन सभागार में आयोजित अधिवेशन में पेंशनर्स ने अपनी समस्याएं रखीं।", "विकास भवन सभागार"),
    # a later sentence: "… की बैठक X में हुई"
    ("किसान संघ की बैठक को संबोधित करते जिलाध्यक्ष।\nगुना, 12 मार्च। किसान संघ की बैठक पुराने बस स्टैंड "
     "स्थित संघ कार्यालय में हुई। बैठक में चुनाव पर चर्चा की गई।", "पुराने बस स्टैंड स्थित संघ कार्यालय"),
    # a named unit ("X मंडल में")
    ("शेखपुरा। शनिवार को जिला के रामगढ़ मंडल में आयोजित भाजपा के प्रशिक्षण शिविर को नेताओं ने संबोधित किया।",
     "रामगढ़ मंडल"),
    # a common noun naming a ground
    ("ताजपुर। जनता मैदान में आशा संघ की बैठक प्रखंड अध्यक्ष की अध्यक्षता में हुई।", "जनता मैदान"),
    # a building right after its locality
    ("सागर। सागर नगर में गांधी हायर सेकेंडरी स्कूल में शिक्षक संघ की बैठक संपन्न हुई।", "गांधी हायर सेकेंडरी स्कूल"),
])
def test_venue_from_the_right_sentence(text, venue):
    assert rules_extract(text)["venue"] == venue


def test_the_town_of_the_dateline_alone_is_no_venue():
    text = "जगाधरी, 22 दिसंबर (हप्र)\nजगाधरी में रविवार को पार्टी के नेता ने कार्यकर्ताओं के साथ अहम बैठक की।"
    assert rules_extract(text)["venue"] is None


# ------------------------------------------------------------------------------------ organisation

@pytest.mark.parametrize("text, org", [
    # a wing's party is the body
    ("रीवा। युवा कांग्रेस का एकदिवसीय कार्यकर्ता सम्मेलन टाउन हॉल में हुआ।", "कांग्रेस"),
    # "अखिल भारतीय" in front of a known body
    ("चूरू। अखिल भारतीय किसान सभा तहसील कमेटी की बैठक स्थानीय छात्रावास में हुई।", "अखिल भारतीय किसान सभा"),
    # common nouns inside a body's name
    ("ताजपुर। बिहार राज्य आशा कार्यकर्ता संघ की बैठक प्रखंड अध्यक्ष की अध्यक्षता में हुई।",
     "बिहार राज्य आशा कार्यकर्ता संघ"),
    # a traders' body
    ("सतना। संयुक्त व्यापार मंडल ने अपना स्थापना दिवस समारोह धूमधाम से मनाया।", "संयुक्त व्यापार मंडल"),
    # a national name before "सम्मेलन" with its district after
    ("सागर। अखिल भारतीय वैश्य सम्मेलन जिला सागर की कार्यकारिणी की बैठक धर्मशाला में हुई।", "अखिल भारतीय वैश्य सम्मेलन"),
    # a class noun, then the body's own name, then its event
    ("जबलपुर। साहित्यिक संस्था काव्यधारा की मासिक काव्य गोष्ठी शांति भवन में आयोजित की गई।", "काव्यधारा"),
    # "X से संबंधित Y की बैठक": Y held it; "Y सम्बन्धित X का सम्मेलन": Y held it
    ("हिसार। किसान महासंघ से संबंधित सेवानिवृत्त कर्मचारी संगठन की बैठक संघ कार्यालय में हुई।",
     "सेवानिवृत्त कर्मचारी संगठन"),
    ("शिमला। रिक्शा चालक यूनियन सम्बन्धित सीटू का दसवां सम्मेलन भवन में सम्पन्न हुआ।", "रिक्शा चालक यूनियन"),
    # a club that is the place of the event is not its host
    ("सतना। आज प्रेस क्लब सतना में किराना व्यापारी संघ ने नए पदाधिकारियों की घोषणा की।", "किराना व्यापारी संघ"),
    # a common body word after two plain words, marked as the host
    ("लुधियाना। लोक जागृति पार्टी की बैठक पार्टी कार्यालय में हुई।", "लोक जागृति पार्टी"),
    ("लुधियाना। डेमोक्रेटिक पार्टी ऑफ इंडिया की अहम बैठक मोती नगर में हुई।", "डेमोक्रेटिक पार्टी ऑफ इंडिया"),
    # a state written as dotted letters
    ("लखनऊ। म. प्र. पुस्तकालय संघ की आम सभा सभागार में सम्पन्न हुई।", "म. प्र. पुस्तकालय संघ"),
    # a short name of a body named in full before
    ("आसनसोल। तृणमूल कांग्रेस ने हिन्दी सेल का गठन किया है। कोलकाता में तृणमूल सुप्रीमो ने हिन्दी सेल की "
     "बैठक को संबोधित किया।", "तृणमूल कांग्रेस"),
    # the event sentence opens with "इस अवसर पर": the body is in the sentence before
    ("सिकंदराराऊ। अखिल भारतीय विद्यार्थी परिषद ने स्थापना दिवस मनाया। इस अवसर पर गोष्ठी का आयोजन किया गया। "
     "मुख्य वक्ता सरस्वती इंटर कॉलेज के प्रधानाचार्य थे।", "अखिल भारतीय विद्यार्थी परिषद"),
])
def test_organisation_shapes(text, org):
    assert rules_extract(text)["organisation"] == org


def test_a_class_noun_without_a_name_is_no_body():
    text = "सतना। बैठक में विचार रखे गए। तत्पश्चात संस्था के सदस्यों ने एक दूसरे को बधाई दी।"
    assert rules_extract(text)["organisation"] is None


@pytest.mark.parametrize("text, org", [
    # a club's name runs to its case mark (its district number, its town)
    ("लखनऊ। लायंस क्लब मंडल तीन सौ बाईस ए का अधिष्ठापन समारोह होटल में सम्पन्न हुआ।", "लायंस क्लब मंडल तीन सौ बाईस ए"),
    ("उदयपुर। रोटरी क्लब अरावली ने अपना स्थापना दिवस समारोह मनाया।", "रोटरी क्लब अरावली"),
    # a faction's name after a known body, before its event
    ("हापुड़। भारतीय किसान यूनियन अराजनैतिक की मासिक बैठक गांव में हुई।", "भारतीय किसान यूनियन अराजनैतिक"),
    # a body's locality before the host mark
    ("गाजियाबाद। आर्य समाज राज नगर द्वारा वार्षिक बैठक का आयोजन किया गया।", "आर्य समाज राज नगर"),
    # a join inside a name that opens the clause
    ("आगरा, मई 5 -- सेवानिवृत्त बैंककर्मी एवं पेंशनर्स एसोसिएशन के अधिवेशन में समस्याओं पर मंथन किया गया।",
     "सेवानिवृत्त बैंककर्मी एवं पेंशनर्स एसोसिएशन"),
    # a body word marked as host through its short name in brackets
    ("गुवाहाटी। पूर्वोत्तर प्रदेशीय जैन सम्मेलन (पूप्रजैस) की प्रांतीय कार्यकारिणी की बैठक रविवार को हुई।",
     "पूर्वोत्तर प्रदेशीय जैन सम्मेलन"),
])
def test_organisation_names_with_what_follows(text, org):
    assert rules_extract(text)["organisation"] == org


@pytest.mark.parametrize("text, wing", [
    ("आसनसोल। तृणमूल कांग्रेस के प्रवासी सेल की बैठक पार्टी कार्यालय में हुई।", "प्रवासी सेल"),
    ("भागलपुर। लोजपा के पंचायती राज प्रकोष्ठ की समीक्षा बैठक पार्टी कार्यालय में हुई।", "पंचायती राज प्रकोष्ठ"),
])
def test_a_cell_named_before_its_event_is_the_wing(text, wing):
    assert rules_extract(text)["wing"] == wing


# ------------------------------------------------------------------------------------ level and mode

@pytest.mark.parametrize("text, level", [
    # the unit word of the body, with its committee's genitive before the event
    ("सागर। शिक्षक संघ जिला सागर की कार्यकारिणी की बैठक धर्मशाला में सम्पन्न हुई।", "जिला"),
    # a unit's committee holding the event
    ("दरभंगा। किसान सभा दरभंगा जिला परिषद का तीन दिवसीय सम्मेलन शुरू हुआ।", "जिला"),
    # the event the meeting prepared for does not hide the meeting's own level
    ("गंगानगर। 12 जनवरी को जयपुर में आयोजित महारैली के लिए महासंघ की जिला शाखा की एक बैठक हुई।", "जिला"),
])
def test_level_of_the_event(text, level):
    assert rules_extract(text)["level"] == level


@pytest.mark.parametrize("text, mode", [
    # an online word in a headline about something else
    ("आनलाइन खरीदारी से छोटे दुकानदार परेशान\nसतना। व्यापारी संघ ने धर्मशाला में अपना स्थापना दिवस मनाया। "
     "संघ के अध्यक्ष ने सबका आभार माना।", "in_person"),
    # one speaker joining by video call does not make the meeting virtual
    ("ताजपुर। मैदान में आशा संघ की बैठक प्रखंड अध्यक्ष की अध्यक्षता में हुई। बैठक को प्रदेश प्रभारी ने "
     "वीडियो कॉल के माध्यम से संबोधित किया।", "in_person"),
    # "आन लाइन" spelt apart
    ("जावरा। साहित्य समिति की काव्य गोष्ठी का आयोजन आन लाइन किया गया।", "virtual"),
])
def test_mode_of_the_event(text, mode):
    assert rules_extract(text)["mode"] == mode


@pytest.mark.parametrize("text, org", [
    # a hotel workers' union: the venue noun inside a body's name
    ("शिमला। प्रदेश होटल कामगार यूनियन का सम्मेलन किसान भवन में सम्पन्न हुआ।", "प्रदेश होटल कामगार यूनियन"),
    # a traders' body on the line under the reporter's
    ("रिपोर्ट/- रमेश कुमार समाचार पत्र\nव्यापार मण्डल के पदाधिकारियों ने मंदिर प्रांगण में बैठक की।", "व्यापार मण्डल"),
    # "नवगठित" describes the body, it is not its name
    ("रांची। नवगठित झारखंड सर्व समाज के अध्यक्ष चुने गए। गठन भवन में हुई बैठक में किया गया।",
     "झारखंड सर्व समाज"),
])
def test_more_organisation_words(text, org):
    assert rules_extract(text)["organisation"] == org


def test_a_poetry_meet_is_of_type_other():
    assert rules_extract("मुंबई। साहित्य मंच की मासिक काव्य गोष्ठी संस्था कार्यालय में सम्पन्न हुई।")["event_type"] == "other"
