"""Roles and quotes: general Hindi patterns of the genre (invented sentences, no report's words)."""
from sangathan.press.extract import rules_extract


def _roles(rec: dict) -> dict[str, list[str]]:
    return {p["name"]: p["roles"] for p in rec["people"]}


def test_ne_subject_with_a_speech_predicate_without_a_cue_is_a_speaker():
    rec = rules_extract("सीतापुर। किसान संघ की मासिक बैठक हुई। बैठक में जिला मंत्री रमेश तिवारी ने गांवों में "
                        "सिंचाई की कमी पर बल दिया। कोषाध्यक्ष अनिल वर्मा ने युवाओं के काम की सराहना की।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["speaker"]
    assert roles["अनिल वर्मा"] == ["speaker"]


def test_ne_subject_of_a_ritual_or_an_honour_or_a_light_verb_is_no_speaker():
    rec = rules_extract("सीतापुर। किसान संघ का सम्मेलन हुआ। अध्यक्ष रमेश तिवारी ने सभी अतिथियों को शॉल "
                        "ओढ़ाकर सम्मानित किया। सरस्वती वंदना सुनीता वर्मा ने प्रस्तुत की। कार्यक्रम की "
                        "अध्यक्षता अनिल वर्मा ने सुंदर ढंग से की। महामंत्री दिनेश यादव ने बताया कि अगली बैठक "
                        "मई में होगी।")
    roles = _roles(rec)
    assert "speaker" not in roles.get("रमेश तिवारी", [])
    assert "speaker" not in roles.get("सुनीता वर्मा", [])
    assert roles["अनिल वर्मा"] == ["presided"]
    assert roles["दिनेश यादव"] == []


def test_ne_subject_cut_by_the_page_or_inside_speech_is_no_speaker():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। मुख्य अतिथि रमेश तिवारी ने कहा कि संघ मजबूत है। "
                        "हमारे पूर्व अध्यक्ष मोहन लाल शुक्ला ने किसानों के लिए लंबा संघर्ष किया है। "
                        "अंत में सचिव अनिल वर्मा ने स")
    roles = _roles(rec)
    assert "speaker" not in roles.get("मोहन लाल शुक्ला", [])
    assert "speaker" not in roles.get("अनिल वर्मा", [])


def test_event_object_before_a_list_of_speakers():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। सभा को संघ के संरक्षक रमेश तिवारी, गांव के मुखिया अनिल "
                        "वर्मा, दिनेश यादव आदि ने संबोधित किया।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["speaker"]
    assert roles["अनिल वर्मा"] == ["speaker"]
    assert roles["दिनेश यादव"] == ["speaker"]


def test_event_object_list_cut_by_the_page_is_a_list_of_speakers():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। कार्यक्रम को जिला मंत्री रमेश तिवारी, पूर्व प्रधान अनिल "
                        "वर्मा, सचिव दिनेश यादव, सुरेश")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["speaker"]
    assert roles["दिनेश यादव"] == ["speaker"]


def test_guest_title_is_not_shared_by_the_list_after_besides():
    rec = rules_extract("सीतापुर। किसान संघ का सम्मेलन हुआ। सम्मेलन को मुख्य अतिथि विधायक रमेश तिवारी के अलावा "
                        "अनिल वर्मा, दिनेश यादव ने संबोधित किया।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["chief_guest", "speaker"]
    assert roles["अनिल वर्मा"] == ["speaker"]
    assert roles["दिनेश यादव"] == ["speaker"]


def _quotes(rec: dict) -> list[tuple[str, str]]:
    return [(q["speaker"], q["text"]) for q in rec["quotes"]]


def test_joint_subject_says_the_quote_together_but_a_list_of_parts_does_not():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। जिला मंत्री रमेश तिवारी व कोषाध्यक्ष अनिल वर्मा ने "
                        "कहा कि धान की खरीद जल्द शुरू हो।")
    speakers = [sp for sp, _ in _quotes(rec)]
    assert speakers == ["रमेश तिवारी", "अनिल वर्मा"]
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। मुख्य अतिथि रमेश तिवारी, जिला मंत्री अनिल वर्मा ने "
                        "कहा कि धान की खरीद जल्द शुरू हो।")
    assert [sp for sp, _ in _quotes(rec)] == ["अनिल वर्मा"]


def test_speech_cut_after_one_word_is_no_quote_but_a_speaker():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। जिला मंत्री रमेश तिवारी ने कहा कि किसा")
    assert _quotes(rec) == []
    assert _roles(rec)["रमेश तिवारी"] == ["speaker"]


def test_speech_runs_on_across_a_hard_wrapped_line():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। जिला मंत्री रमेश तिवारी ने कहा कि इस साल\n"
                        "धान की खरीद समय पर होनी चाहिए।\nबैठक में अनिल वर्मा मौजूद रहे।")
    (sp, text), = _quotes(rec)
    assert sp == "रमेश तिवारी" and "खरीद समय पर" in text and "मौजूद" not in text


def test_ergative_pronoun_is_the_subject_of_a_later_said():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। बैठक की अध्यक्षता रमेश तिवारी ने की। उन्होंने "
                        "किसानों से एकजुटता की अपील की और संगठन पर जोर देते हुए कहा कि हर गांव में समिति बने।")
    assert _roles(rec)["रमेश तिवारी"] == ["presided", "speaker"]
    assert _quotes(rec) == [("रमेश तिवारी", "हर गांव में समिति बने")]


def test_headline_quote_closed_by_a_dash_and_a_name_and_a_subheadline_in_the_body():
    text = ("गांव गांव तक संगठन को मजबूत करना लक्ष्य - रमेश तिवारी\n"
            "सीतापुर। किसान संघ की बैठक हुई। बैठक में जिला मंत्री रमेश तिवारी मौजूद रहे।\n"
            "हर किसान की आवाज उठाएंगे-अनिल वर्मा\n"
            "कोषाध्यक्ष अनिल वर्मा ने कहा कि धान की खरीद जल्द शुरू हो।")
    rec = rules_extract(text)
    quotes = _quotes(rec)
    assert ("रमेश तिवारी", "गांव गांव तक संगठन को मजबूत करना लक्ष्य") in quotes
    assert ("अनिल वर्मा", "हर किसान की आवाज उठाएंगे") in quotes
    assert "speaker" in _roles(rec)["रमेश तिवारी"]


def test_a_body_line_ending_in_a_comma_and_a_name_is_a_list_not_a_headline():
    text = ("सीतापुर। किसान संघ की बैठक हुई।\nबैठक में जिला मंत्री रमेश तिवारी, सुरेश पाल, दिनेश यादव, अनिल वर्मा\n"
            "आदि उपस्थित रहे।")
    assert _quotes(rules_extract(text)) == []


def test_elected_lists_and_inclusion_are_not_attendance():
    rec = rules_extract("सीतापुर। किसान संघ की आम सभा हुई। बैठक में अध्यक्ष पद पर रमेश तिवारी, उपाध्यक्ष पद पर "
                        "अनिल वर्मा, सचिव पद पर दिनेश यादव, कोषाध्यक्ष पद पर सुरेश")
    assert all(r == [] for r in _roles(rec).values())
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। नई टीम में रमेश तिवारी और अनिल वर्मा भी शामिल किए "
                        "जाएंगे। सचिव दिनेश यादव ने नए सदस्यों को संघ में शामिल किया।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == [] and roles["अनिल वर्मा"] == []
    assert roles["दिनेश यादव"] == ["attendee"]


def test_the_present_as_an_object_do_not_make_the_subject_an_attendee():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। सचिव रमेश तिवारी ने उपस्थित सदस्यों को नई योजना की "
                        "जानकारी दी।")
    assert _roles(rec)["रमेश तिवारी"] == ["speaker"]  # told the meeting, not present as an attendee


def test_a_relative_clause_of_presence_does_not_take_the_speakers_before_it():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक में जिला मंत्री रमेश तिवारी जी एवं कोषाध्यक्ष अनिल वर्मा जी ने "
                        "धान की खरीद पर विस्तार से चर्चा हुई, जिसमें संघ के सभी सदस्य उपस्थित रहे।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["speaker"] and roles["अनिल वर्मा"] == ["speaker"]


def test_telling_the_meeting_is_a_speech_telling_the_paper_is_a_source():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। सचिव रमेश तिवारी ने कार्यकर्ताओं को संगठन के नियम "
                        "विस्तार से बताया। कहा कि हर गांव में समिति बनेगी। यह जानकारी प्रवक्ता अनिल वर्मा ने दी।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["speaker"]
    assert roles["अनिल वर्मा"] == []
    assert _quotes(rec) == [("रमेश तिवारी", "हर गांव में समिति बनेगी")]


def test_guests_as_a_group_noun_are_the_object_of_a_welcome():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। सभी अतिथि गणों का जिला अध्यक्ष रमेश तिवारी द्वारा "
                        "माला पहनाकर स्वागत किया गया।")
    assert _roles(rec)["रमेश तिवारी"] == ["welcome"]


def test_reporter_lines_with_a_title_or_a_report_tail():
    for text, name in [
        ("किसान संघ की बैठक में धान पर चर्चा\nपत्रकार रमेश तिवारी\nसीतापुर। किसान संघ की बैठक हुई।", "रमेश तिवारी"),
        ("किसान संघ की बैठक में धान पर चर्चा\nरमेश तिवारी (पत्रकार)\nसीतापुर। किसान संघ की बैठक हुई।", "रमेश तिवारी"),
        ("सीतापुर। किसान संघ की बैठक हुई। बैठक में अनिल वर्मा मौजूद रहे।\n(रमेश तिवारी की रिपोर्ट)", "रमेश तिवारी"),
        ("रमेश तिवारी, बिसवां।\nकिसान संघ की बैठक हुई। बैठक में अनिल वर्मा मौजूद रहे।", "रमेश तिवारी"),
    ]:
        assert _roles(rules_extract(text)).get(name) == ["reporter"], text


def test_ritual_oath_recital_and_invitation_put_the_subject_at_the_event():
    rec = rules_extract("सीतापुर। किसान संघ का सम्मेलन हुआ। वरिष्ठ सदस्य रमेश तिवारी ने मां सरस्वती की वन्दना कर "
                        "सम्मेलन को गति दी। नए अध्यक्ष अनिल वर्मा ने पद की शपथ ली। सचिव दिनेश यादव ने पर्यवेक्षक "
                        "को चुनाव कराने के लिए आमंत्रित किया।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["attendee"]
    assert roles["अनिल वर्मा"] == ["attendee"]
    assert roles["दिनेश यादव"] == ["attendee"]


def test_seated_on_the_dais_and_by_the_hands_of_are_presence():
    rec = rules_extract("सीतापुर। किसान संघ का सम्मेलन अध्यक्ष रमेश तिवारी के कर कमलों से झंडा फहराकर शुरू हुआ। "
                        "बैठक में उपाध्यक्ष अनिल वर्मा एवं सचिव दिनेश यादव मंचासीन थे। मंचासीन अतिथियों द्वारा "
                        "माल्यार्पण किया गया।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["attendee"]
    assert roles["अनिल वर्मा"] == ["attendee"] and roles["दिनेश यादव"] == ["attendee"]


def test_a_subject_with_bracketed_posts_keeps_its_earlier_names():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। बैठक में रमेश तिवारी (प्रदेश सदस्य, किसान संघ) तथा "
                        "अनिल वर्मा (जिला सदस्य, सीतापुर) ने विशेष तौर पर शिरकत की।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["attendee"]


def test_a_cut_list_after_a_frame_or_in_this_is_attendance():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। इसमें सांसद रमेश तिवारी और अनिल वर्मा, विधायक दिनेश यादव "
                        "और सु")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["attendee"] and roles["दिनेश यादव"] == ["attendee"]
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। बैठक में अध्यक्ष रमेश तिवारी के नेतृत्व में सचिव अनिल "
                        "वर्मा, दिनेश यादव, सुरेश पाल, मोहन")
    roles = _roles(rec)
    assert roles["अनिल वर्मा"] == ["attendee"] and roles["सुरेश पाल"] == ["attendee"]


def test_a_paper_presented_to_the_meeting_is_a_speech():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। वार्षिक प्रतिवेदन सचिव अनिल वर्मा ने प्रस्तुत किया।")
    assert _roles(rec)["अनिल वर्मा"] == ["speaker"]


def test_a_group_tail_in_the_plural_of_o_keeps_the_named_subjects():
    rec = rules_extract("सीतापुर। प्रदेश अध्यक्ष रमेश तिवारी और जिला मंत्री अनिल वर्मा सहित कई वरिष्ठ नेताओं ने "
                        "कार्यकर्ताओं को संबोधित किया।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["speaker"] and roles["अनिल वर्मा"] == ["speaker"]


def test_a_speech_before_its_formula_these_words_said_x():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई।\nगांव गांव में संगठन को मजबूत करना होगा। जिला मंत्री रमेश "
                        "तिवारी ने यह बातें कहीं।")
    assert ("रमेश तिवारी", "गांव गांव में संगठन को मजबूत करना होगा") in _quotes(rec)


def test_a_run_on_speech_is_cut_at_the_next_he_said():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। जिला मंत्री रमेश तिवारी ने कहा कि धान की खरीद समय पर "
                        "हो उन्होंने कहा कि हर गांव में समिति बने।")
    assert _quotes(rec) == [("रमेश तिवारी", "धान की खरीद समय पर हो"), ("रमेश तिवारी", "हर गांव में समिति बने")]


def test_said_without_a_subject_goes_on_with_the_last_one_but_not_the_passive():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। मुख्य अतिथि रमेश तिवारी ने कार्यकर्ताओं की सराहना की। "
                        "आगामी चुनाव की ओर इशारा करते हुए कहा कि सबको सजग रहना होगा। बैठक में कहा गया कि अगली "
                        "बैठक मई में होगी।")
    assert _quotes(rec) == [("रमेश तिवारी", "सबको सजग रहना होगा")]


def test_thanks_towards_people_go_to_the_thanking_subject():
    rec = rules_extract("सीतापुर। किसान संघ का सम्मेलन हुआ। अध्यक्ष रमेश तिवारी ने सम्मेलन की सफलता के लिए बताया "
                        "कि सब ठीक रहा। उन्होंने सचिव अनिल वर्मा, दिनेश यादव के प्रति आभार व्यक्त किया।")
    roles = _roles(rec)
    assert roles["अनिल वर्मा"] == [] and roles["दिनेश यादव"] == []


def test_welcome_of_a_guest_written_without_ka():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। जिला अध्यक्ष रमेश तिवारी एवं सचिव अनिल वर्मा ने प्रदेश "
                        "अध्यक्ष दिनेश यादव स्वागत किया। जिलाध्यक्ष सुरेश पाल कि अध्यक्षता में बैठक चली।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["welcome"] and roles["अनिल वर्मा"] == ["welcome"]
    assert roles["दिनेश यादव"] == ["attendee"]
    assert roles["सुरेश पाल"] == ["presided"]


def test_a_subject_list_keeps_names_whose_posts_name_their_body():
    rec = rules_extract("सीतापुर। किसान संघ की बैठक हुई। बैठक में जिला मंत्री रमेश तिवारी, कृषि विभाग के निदेशक "
                        "अनिल वर्मा और कृषि कॉलेज के डॉ. दिनेश यादव ने भी विचार व्यक्त किए।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["speaker"] and roles["अनिल वर्मा"] == ["speaker"]
    assert roles["दिनेश यादव"] == ["speaker"]


def test_organised_by_a_body_or_a_party_convener_is_not_a_persons_organising():
    rec = rules_extract("सीतापुर। किसान संघ के जिला मंत्री रमेश तिवारी\nकिसान संघ द्वारा आयोजित बैठक में धान पर "
                        "चर्चा हुई। पार्टी के संयोजक अनिल वर्मा की अध्यक्षता में बैठक हुई। जिलाध्यक्ष दिनेश यादव "
                        "द्वारा आयोजित सम्मेलन में सुरेश पाल ने विचार रखे।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == []
    assert roles["अनिल वर्मा"] == ["presided"]
    assert roles["दिनेश यादव"] == ["organiser"]


def test_a_guest_title_before_a_cut_name_does_not_reach_back():
    rec = rules_extract("सीतापुर। किसान संघ की गोष्ठी हुई। कार्यक्रम के मुख्यातिथि डॉ. रमेश तिवारी व विशिष्ट अतिथि "
                        "अनिल वै")
    assert _roles(rec)["रमेश तिवारी"] == ["chief_guest"]


def test_misspelt_guest_and_dais_words_and_other_guests():
    rec = rules_extract("सीतापुर। किसान संघ का सम्मेलन हुआ। इस अवसर पर मुख्य अथिति विधायक रमेश तिवारी समेत अन्य "
                        "अथितियों ने अपने विचार रखे। मंच पर सचिव अनिल वर्मा को सम्मान मंचासिन करवाया।")
    roles = _roles(rec)
    assert roles["रमेश तिवारी"] == ["chief_guest", "speaker"]
    assert roles["अनिल वर्मा"] == ["attendee"]


def test_list_closed_by_a_group_tail_and_a_bare_copula():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। बैठक में मनोहर तिवारी, कमला देवी, सुरेश पाल आदि थे।")
    assert _roles(rec) == {"मनोहर तिवारी": ["attendee"], "कमला देवी": ["attendee"], "सुरेश पाल": ["attendee"]}
    rec = rules_extract("कानपुर। संघ की बैठक हुई। जिला मंत्री मनोहर तिवारी, कमला देवी सहित कई पदाधिकारी थे।")
    assert _roles(rec) == {"मनोहर तिवारी": ["attendee"], "कमला देवी": ["attendee"]}


def test_a_list_cut_by_an_ellipsis_names_those_present():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। अध्यक्ष रमेश यादव ने बताया कि मेला लगेगा। इस दौरान मनोहर तिवारी, "
                        "कमला देवी, सुरेश पाल, दीपक वर्मा आदि...")
    roles = _roles(rec)
    assert all(roles[n] == ["attendee"] for n in ("मनोहर तिवारी", "कमला देवी", "सुरेश पाल", "दीपक वर्मा"))


def test_a_cut_list_of_the_elected_is_not_of_those_present():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। इस दौरान नई समिति बनी जिसमें मनोहर तिवारी को अध्यक्ष, कमला देवी "
                        "को मंत्री, सुरेश पाल, दीपक वर्मा, अजय सि")
    assert not any(_roles(rec).values())
    rec = rules_extract("कानपुर। संघ की बैठक हुई। इसके बाद सचिव पद के लिए कमला देवी का चयन हुआ, साथ ही कोषाध्यक्ष "
                        "मनोहर तिवारी, सुरेश पाल, दीपक वर्मा, अजय सि")
    assert not any(_roles(rec).values())


def test_the_guest_part_does_not_pass_a_with_phrase():
    rec = rules_extract("कानपुर। संघ का सम्मेलन हुआ। दीप प्रज्वलन मुख्य अतिथि मनोहर तिवारी के साथ ही संघ के "
                        "पदाधिकारियों कमला देवी, सुरेश पाल आदि ने किया।")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["chief_guest"]
    assert "chief_guest" not in roles["कमला देवी"] and "chief_guest" not in roles["सुरेश पाल"]


def test_hosted_by_names_the_guests():
    rec = rules_extract("कानपुर। संघ की बैठक मनोहर तिवारी की अध्यक्षता एवं कमला देवी, सुरेश पाल के आतिथ्य में "
                        "सभागार में संपन्न हुई।")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["presided"]
    assert roles["कमला देवी"] == ["special_guest"] and roles["सुरेश पाल"] == ["special_guest"]


def test_names_before_batour_and_a_guest_title_hold_it():
    rec = rules_extract("कानपुर। संघ का होली मिलन हुआ। समारोह में लखनऊ से मनोहर तिवारी, सुरेश पाल बतौर मुख्य "
                        "अतिथि उपस्थित रहे।")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["chief_guest"] and roles["सुरेश पाल"] == ["chief_guest"]


def test_a_subject_list_closed_by_ityadi_speaks():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। बैठक में जिला मंत्री मनोहर तिवारी, कमला देवी, सुरेश पाल इत्यादि ने "
                        "संगठन के कामों पर संबोधन दिया।")
    roles = _roles(rec)
    assert all(roles[n] == ["speaker"] for n in ("मनोहर तिवारी", "कमला देवी", "सुरेश पाल"))


def test_present_members_as_a_later_subject_do_not_make_the_earlier_agent_an_attendee():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। बैठक में कोषाध्यक्ष कमला देवी द्वारा वार्षिक लेखा प्रस्तुत किया "
                        "गया, जिसे उपस्थित सदस्यों ने एक मत से पारित किया।")
    assert _roles(rec).get("कमला देवी") != ["attendee"]


def test_a_part_done_by_the_subject_does_not_pass_to_names_after_its_verb():
    rec = rules_extract("कानपुर। संघ का मिलन समारोह हुआ। अध्यक्ष मनोहर तिवारी ने सभी का स्वागत किया तथा पिछले "
                        "वर्ष सुरेश पाल के सहयोग से हुए कामों की जानकारी दी।")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["welcome"]
    assert "welcome" not in roles.get("सुरेश पाल", [])


def test_a_presidium_formed_of_listed_names_presides():
    rec = rules_extract("कानपुर। संघ का जिला सम्मेलन हुआ। मनोहर तिवारी, कमला देवी और सुरेश पाल को लेकर अध्यक्ष मंडल "
                        "का गठन किया गया। कमला देवी ने सम्मेलन का उद्घाटन किया।")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["presided"] and roles["सुरेश पाल"] == ["presided"]
    assert "presided" in roles["कमला देवी"]


def test_opening_a_session_or_celebrating_is_no_speech():
    rec = rules_extract("कानपुर। संघ की वार्षिक सभा हुई। पिछले वर्ष के प्रधान मनोहर तिवारी ने सभा प्रारंभ की। "
                        "चुनाव अधिकारी सुरेश पाल ने मतदान की प्रक्रिया शुरू की। संघ ने स्थापना दिवस भी मनाया।")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["attendee"] and roles["सुरेश पाल"] == ["attendee"]


def test_byline_shapes_with_slashes_outlets_and_a_report_word():
    rec = rules_extract("मनोहर तिवारी / न्यूज 24 इंडिया\nकानपुर : संघ की बैठक कमला देवी की अध्यक्षता में हुई।")
    assert _roles(rec)["मनोहर तिवारी"] == ["reporter"]
    rec = rules_extract("संघ की बैठक संपन्न\nकानपुर / मनोहर तिवारी |\nकानपुर में संघ की बैठक कमला देवी की "
                        "अध्यक्षता में हुई।")
    assert _roles(rec)["मनोहर तिवारी"] == ["reporter"]
    rec = rules_extract("संघ की बैठक संपन्न\nरिपोर्ट मनोहर तिवारी, ब्यूरो कानपुर\nकानपुर। संघ की बैठक कमला देवी "
                        "की अध्यक्षता में हुई।")
    assert _roles(rec)["मनोहर तिवारी"] == ["reporter"]
    rec = rules_extract("मनोहर तिवारी/ कानपुर/ जिला कार्यालय में संघ की बैठक कमला देवी की अध्यक्षता में हुई।")
    assert _roles(rec)["मनोहर तिवारी"] == ["reporter"]


def test_a_bare_said_after_an_unmatched_title_subject_is_not_given_to_an_earlier_person():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। अध्यक्षता प्रदेश अध्यक्ष मनोहर तिवारी कर रहे थे। मुख्य अतिथि ने "
                        "संगठन को मजबूत बनाने की बात कही। कहा कि सभी कार्यकर्ता गांवों में जाएंगे।")
    assert not any(q["speaker"] == "मनोहर तिवारी" for q in rec["quotes"])


def test_a_title_of_another_level_is_not_the_same_post():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। बैठक में पंचायत प्रभारी मनोहर तिवारी, सुरेश पाल उपस्थित रहे। "
                        "बूथ प्रभारी ने कहा कि हर कार्यकर्ता अपने बूथ को मजबूत करे।")
    assert not any(q["speaker"] == "मनोहर तिवारी" for q in rec["quotes"])


def test_a_cut_list_after_a_presence_frame_later_in_the_sentence():
    rec = rules_extract("कानपुर। संघ की बैठक हुई। बैठक में बीस युवाओं ने सदस्यता ली मौके पर मनोहर तिवारी, कमला देवी, "
                        "सुरेश पाल, दीपक वर्")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["attendee"] and roles["सुरेश पाल"] == ["attendee"]


def test_a_rite_fronted_before_its_doers_puts_them_at_the_event():
    rec = rules_extract("कानपुर। संघ का सम्मेलन हुआ। दीप प्रज्वलन मुख्य अतिथि मनोहर तिवारी के साथ ही संघ के "
                        "पदाधिकारियों कमला देवी, सुरेश पाल आदि ने किया।")
    roles = _roles(rec)
    assert roles["मनोहर तिवारी"] == ["chief_guest"]
    assert roles["कमला देवी"] == ["attendee"] and roles["सुरेश पाल"] == ["attendee"]


def test_poets_reading_their_work_at_a_goshthi_are_present_not_speakers():
    rec = rules_extract("भोपाल। साहित्य परिषद की मासिक काव्य गोष्ठी रविवार को हुई। अध्यक्षता वरिष्ठ कवि रमेश शर्मा ने "
                        "की। गोष्ठी में सुनील वर्मा ने अपनी रचना सुनाई। राजेश पाल ने ग़ज़ल पढ़ी। संचालन दीपक जैन ने किया।")
    roles = _roles(rec)
    assert roles["सुनील वर्मा"] == ["attendee"] and roles["राजेश पाल"] == ["attendee"]
    assert roles["रमेश शर्मा"] == ["presided"] and roles["दीपक जैन"] == ["moderator"]
