"""People and posts: name boundaries, titles, lists (invented sentences, no report's words)."""
from sangathan.press.extract import rules_extract


def _roles(rec: dict) -> dict[str, list[str]]:
    return {p["name"]: p["roles"] for p in rec["people"]}


def _posts(rec: dict) -> dict[str, list[str]]:
    return {p["name"]: p["posts"] for p in rec["people"]}


def test_a_name_cut_by_the_page_keeps_its_cut_surname():
    text = "कानपुर। संघ की बैठक हुई। बैठक में अरुण मिश्रा, कमला देवी, रोहित शुक्"
    names = set(_roles(rules_extract(text)))
    assert "रोहित शुक्" in names
    # a lone fragment after a complete name is dropped
    text = "कानपुर। संघ की बैठक हुई। बैठक में सुधा देवी विमला देवी कम"
    names = set(_roles(rules_extract(text)))
    assert "विमला देवी" in names and not any("कम" in n.split() for n in names)


def test_titles_before_a_name_are_dropped():
    text = ("भोपाल। क्लब की बैठक हुई। बैठक में लायन दीपक वर्मा, पीएमजेएफ लायन सुनीता जोशी, कॉ रमेश यादव, "
            "कॉम. अनिल तिवारी, मान्यवर सुरेश बाबू और जत्थेदार स. गुरमेल सिंह उपस्थित रहे।")
    names = set(_roles(rules_extract(text)))
    assert {"दीपक वर्मा", "सुनीता जोशी", "रमेश यादव", "अनिल तिवारी", "सुरेश बाबू", "गुरमेल सिंह"} <= names


def test_office_and_profession_words_are_posts_not_names():
    text = ("इंदौर। समाज का सम्मेलन हुआ। सेवानिवृत्त बीडीओ मोहन लाल वर्मा ने कहा कि समाज एक है। "
            "एडवोकेट किशन गोयल ने भी विचार रखे। कार्यक्रम में नितिन अग्रवाल सीए ने आभार जताया।")
    posts = _posts(rules_extract(text))
    assert "बीडीओ" in " ".join(posts["मोहन लाल वर्मा"])
    assert posts["किशन गोयल"] == ["एडवोकेट"]
    assert "नितिन अग्रवाल" in posts


def test_inner_ji_between_given_name_and_surname_is_dropped():
    text = "रायपुर। संघ की बैठक हुई। बैठक को प्रदेश अध्यक्ष सुरेश जी पांडे ने संबोधित किया।"
    assert "सुरेश पांडे" in _roles(rules_extract(text))
    # "X जी महाराज" keeps it (a title follows), as does "लाल जी" (a middle name)
    text = "रायपुर। संघ की बैठक हुई। बैठक को स्वामी ज्ञानानंद जी महाराज ने संबोधित किया।"
    assert "ज्ञानानंद जी महाराज" in _roles(rules_extract(text))


def test_run_on_list_word_after_a_complete_name_before_a_tail():
    text = "गया। समिति की बैठक हुई। बैठक में अमित वर्मा, मोहन शर्मा रामकिशोर आदि ने भाग लिया।"
    names = set(_roles(rules_extract(text)))
    assert {"मोहन शर्मा", "रामकिशोर"} <= names


def test_post_glued_to_the_word_before_it():
    text = "अलवर। पार्टी की बैठक हुई। बैठक में नगरअध्यक्ष कमल सैनी ने विचार रखे।"
    posts = _posts(rules_extract(text))
    assert "कमल सैनी" in posts and posts["कमल सैनी"]


def test_committee_lists_give_each_post_to_its_names():
    text = ("शिमला। यूनियन का सम्मेलन हुआ। सम्मेलन में रमेश ठाकुर को अध्यक्ष, अजय वर्मा, नरेश चौहान को "
            "उपाध्यक्ष, मोहन नेगी को सचिव चुना गया।")
    posts = _posts(rules_extract(text))
    assert posts["अजय वर्मा"] == ["उपाध्यक्ष"] and posts["नरेश चौहान"] == ["उपाध्यक्ष"]
    assert posts["रमेश ठाकुर"] == ["अध्यक्ष"] and posts["मोहन नेगी"] == ["सचिव"]
    text = "रायपुर। संघ की बैठक हुई। बैठक में डॉ. अमर सिंह एवं डॉ. कविता राव उपाध्यक्ष बनाए गए।"
    posts = _posts(rules_extract(text))
    assert posts["अमर सिंह"] == ["उपाध्यक्ष"] and posts["कविता राव"] == ["उपाध्यक्ष"]


def test_post_named_by_pad_par_and_by_a_dash():
    text = ("लखनऊ। शाखा का चुनाव हुआ। चुनाव में अध्यक्ष पद पर सुरेश चंद्र तिवारी, मंत्री पद पर राकेश मिश्र "
            "निर्वाचित हुए।")
    posts = _posts(rules_extract(text))
    assert posts["सुरेश चंद्र तिवारी"] == ["अध्यक्ष"] and posts["राकेश मिश्र"] == ["मंत्री"]
    text = "फरीदाबाद। यूनियन का सम्मेलन हुआ। नई टीम में रामदेव यादव- प्रधान, किशन लाल- महासचिव चुने गए।"
    posts = _posts(rules_extract(text))
    assert posts["रामदेव यादव"] == ["प्रधान"] and posts["किशन लाल"] == ["महासचिव"]


def test_a_shared_post_carries_across_titles_in_the_list():
    text = "मुंबई। संस्था की काव्य गोष्ठी हुई। गोष्ठी में कवि अमित जोशी, डॉ. रीना पांडे, सुनील वर्मा आदि ने काव्य पाठ किया।"
    posts = _posts(rules_extract(text))
    assert posts["रीना पांडे"] == ["कवि"] and posts["सुनील वर्मा"] == ["कवि"]


def test_a_nickname_in_brackets_stays_with_the_name_a_place_does_not():
    text = "हमीरपुर। मोर्चा की बैठक हुई। बैठक की अध्यक्षता जिला अध्यक्ष सुरेंद्र (पप्पू) ने की।"
    assert "सुरेंद्र (पप्पू)" in _roles(rules_extract(text))
    text = "हमीरपुर। मोर्चा की बैठक हुई। बैठक में जिला संयोजक अमित ठाकुर (रामपुर), विजय राणा (सुजानपुर) उपस्थित रहे।"
    names = set(_roles(rules_extract(text)))
    assert "अमित ठाकुर" in names and not any("(" in n for n in names)


def test_zone_and_club_office_words_are_post_words_not_names():
    text = ("दिल्ली। पार्टी की बैठक हुई। बैठक में साउथ जोन संयोजक मीना रावत और इमीडिएट पास्ट रीजन चेयरपर्सन "
            "अनुज गोयल ने विचार रखे।")
    rec = rules_extract(text)
    names = set(_roles(rec))
    assert {"मीना रावत", "अनुज गोयल"} <= names
    assert not any(w in n for n in names for w in ("साउथ", "जोन", "पास्ट", "रीजन"))


def test_a_word_of_the_meeting_mode_is_not_part_of_a_name():
    text = "जयपुर। संगठन की बैठक हुई। बैठक में संभाग प्रभारी रमेश चौधरी वर्चुअल जुड़े।"
    assert "रमेश चौधरी" in _roles(rules_extract(text))


def test_a_gathering_is_not_a_person():
    text = "आगरा। समाज का होली मिलन समारोह हुआ। होली मिलन में अध्यक्ष दिनेश गर्ग ने सबका स्वागत किया।"
    names = set(_roles(rules_extract(text)))
    assert "दिनेश गर्ग" in names and not any("मिलन" in n for n in names)


def test_unknown_words_before_a_post_and_its_holder_are_the_body_not_a_person():
    text = "जयपुर। संघ का धरना हुआ। धरने को पशुधन सहायक संघ के जिला अध्यक्ष महेश कुमार ने संबोधित किया।"
    rec = rules_extract(text)
    posts = _posts(rec)
    assert list(posts) == ["महेश कुमार"]
    assert posts["महेश कुमार"] == ["पशुधन सहायक संघ के जिला अध्यक्ष"]
    # a name joined to the one before it stays a person ("… एवं सारिका बाफना जिला अध्यक्ष पद्मा …")
    text = "इंदौर। बैठक हुई। बैठक में प्रदेश सचिव मधु जाट एवं कविता बाफना जिला अध्यक्ष पद्मा निनामा उपस्थित रहीं।"
    assert "कविता बाफना" in _roles(rules_extract(text))


def test_a_post_keeps_the_body_it_belongs_to_before_a_genitive():
    text = ("देहरादून। मंच की बैठक हुई। बैठक में बचाओ आंदोलन मंच के संयोजक रमेश पांडेय, पार्टी के जिलाध्यक्ष "
            "सुनील वर्मा और प्रदेश सरकार के वन मंत्री अजय रावत उपस्थित रहे।")
    posts = _posts(rules_extract(text))
    assert posts["रमेश पांडेय"] == ["बचाओ आंदोलन मंच के संयोजक"]
    assert posts["सुनील वर्मा"] == ["पार्टी के जिलाध्यक्ष"]
    assert posts["अजय रावत"] == ["प्रदेश सरकार के वन मंत्री"]
    # a bracketed gloss of the body's name stays with it
    posts = _posts(rules_extract("पटना। बैठक में लोजपा (आर) जिलाध्यक्ष विनोद पासवान मौजूद रहे।"))
    assert posts["विनोद पासवान"] == ["लोजपा (आर) जिलाध्यक्ष"]


def test_two_posts_joined_by_cum_and_a_glued_relative_pronoun():
    text = ("गया। बैठक की अध्यक्षता खिजरसराय पंचायत के मुखिया सह जदयू प्रखंड अध्यक्ष मनोज सिंह ने की। "
            "इसमें सचिव अरुण कुमार भी मौजूद थे।")
    posts = _posts(rules_extract(text))
    assert posts["मनोज सिंह"] == ["खिजरसराय पंचायत के मुखिया", "जदयू प्रखंड अध्यक्ष"]
    assert posts["अरुण कुमार"] == ["सचिव"]
    posts = _posts(rules_extract("पटना। संघ की बैठक हुई जिसमेंअध्यक्ष राकेश सिंह ने संबोधित किया।"))
    assert posts["राकेश सिंह"] == ["अध्यक्ष"]


def test_committee_lists_give_each_office_to_its_names():
    text = ("भागलपुर। संघ की बैठक में नई समिति बनी। उपाध्यक्ष पद पर मनोज कुमार, अरुण यादव तथा विनोद साह, "
            "सचिव के पद पर दीपक राय, संजय मंडल और कोषाध्यक्ष पद पर रवि शंकर चुने गए।")
    posts = _posts(rules_extract(text))
    assert posts["विनोद साह"] == ["उपाध्यक्ष"] and posts["संजय मंडल"] == ["सचिव"]
    assert posts["रवि शंकर"] == ["कोषाध्यक्ष"]
    # members listed after the officers of a group
    text = ("बक्सर। समूह की बैठक हुई। अध्यक्ष सुनीता देवी, सचिव ममता देवी, तथा सदस्य रीना देवी, पूजा कुमारी, "
            "गीता देवी उपस्थित रहीं।")
    posts = _posts(rules_extract(text))
    assert posts["ममता देवी"] == ["सचिव"] and posts["गीता देवी"] == ["सदस्य"]
    # an office given to someone who holds another one, and an office handed to a list
    text = ("बक्सर। संघ की बैठक हुई। अध्यक्ष पद के लिए ग्राम पंचायत के सरपंच मनोज राय को चुना गया। "
            "कोषाध्यक्ष पद का दायित्व अरुण सिंह, विकास पांडेय को सौंपा गया।")
    posts = _posts(rules_extract(text))
    assert posts["मनोज राय"] == ["अध्यक्ष", "ग्राम पंचायत के सरपंच"]
    assert posts["विकास पांडेय"] == ["कोषाध्यक्ष"]
    # a secretary of a body before a list of those present is his post alone
    posts = _posts(rules_extract("बक्सर। बैठक में प्रदेश सचिव मनोज राय, अरुण सिंह, विकास पांडेय उपस्थित रहे।"))
    assert posts["अरुण सिंह"] == []


def test_ranks_titles_and_degrees_around_a_name():
    text = ("देहरादून। संगठन की बैठक हुई। बैठक में संगठन के जिला अध्यक्ष जनरल मोहन सिंह नेगी, सुबेदार हरीश रावत "
            "और रोटेरियन अमित गोयल मौजूद रहे। अध्यक्षता करण सिंह एमए ने की। पाटिल साहब ने आभार जताया।")
    posts = _posts(rules_extract(text))
    assert set(posts) == {"मोहन सिंह नेगी", "हरीश रावत", "अमित गोयल", "करण सिंह", "पाटिल"}
    assert posts["मोहन सिंह नेगी"] == ["संगठन के जिला अध्यक्ष"]
    # "जनरल" before a common noun is an adjective, no title
    names = set(_posts(rules_extract("पटना। संघ की बैठक हुई। छात्रों को जनरल प्रमोशन दिया जाए।")))
    assert not names


def test_an_office_word_after_a_given_name_is_a_surname():
    text = "करनाल। सभा की बैठक हुई। बैठक में सुनील प्रधान, अजय वर्मा, विनोद सारण उपस्थित रहे।"
    posts = _posts(rules_extract(text))
    assert posts == {"सुनील प्रधान": [], "अजय वर्मा": [], "विनोद सारण": []}


def test_volunteers_members_and_experts_are_posts():
    text = "पटना। बैठक में स्वयंसेवक राहुल कुमार, पर्यावरणविद् अनिल जोशी और वार्ड मेम्बर सुरेश यादव उपस्थित रहे।"
    posts = _posts(rules_extract(text))
    assert posts == {"राहुल कुमार": ["स्वयंसेवक"], "अनिल जोशी": ["पर्यावरणविद्"], "सुरेश यादव": ["वार्ड मेम्बर"]}


def test_rites_performances_and_protests_are_not_people():
    text = ("आगरा। समिति की बैठक हुई। अतिथियों ने पुष्प अर्पित किए, बच्चों ने स्वागत गीत प्रस्तुत किया और झंडा "
            "फहराया गया। सरकार के खिलाफ अनिश्चित कालीन हड़ताल का ऐलान हुआ।")
    assert rules_extract(text)["people"] == []


def test_one_person_spelled_twice_and_typed_twice():
    text = ("आगरा। संघ की बैठक महासचिव कमलनाथजी वर्मा ने ली। अध्यक्षता प्रदेश अध्यक्ष रघुवीर सिंह रघुवीर सिंह "
            "तोमर ने की। बैठक में सुरेशचंद यादव मौजूद रहे। सुरेश चंद यादव ने आभार जताया।")
    people = {p["name"]: p.get("variants") for p in rules_extract(text)["people"]}
    assert set(people) == {"कमलनाथ वर्मा", "रघुवीर सिंह तोमर", "सुरेशचंद यादव"}
    assert people["सुरेशचंद यादव"] == ["सुरेश चंद यादव"]  # the first spelling names him


def test_a_body_named_before_a_post_is_not_a_person():
    text = ("कोटा। मंच की बैठक हुई। संचालन हरित धरा के संस्थापक एवं राष्ट्रीय अध्यक्ष राकेश झा ने किया। "
            "मुख्य अतिथि डा विमला शर्मा रहीं।")
    posts = _posts(rules_extract(text))
    assert set(posts) == {"राकेश झा", "विमला शर्मा"}
    assert posts["राकेश झा"] == ["हरित धरा के संस्थापक", "राष्ट्रीय अध्यक्ष"]


def test_a_department_between_a_modifier_and_the_head_stays_in_the_post():
    text = "रांची। बैठक में मुख्य विकास अधिकारी अमित सिन्हा और नगर विकास मंत्री सुनील महतो ने संबोधित किया।"
    posts = _posts(rules_extract(text))
    assert posts == {"अमित सिन्हा": ["मुख्य विकास अधिकारी"], "सुनील महतो": ["नगर विकास मंत्री"]}


def test_list_items_written_name_comma_post_comma_body():
    text = ("देहरादून। अधिवेशन में मुख्य अतिथि सरिता नेगी, मुख्य अभियंता, जल संस्थान एवं विशिष्ट अतिथि मोहन बिष्ट, "
            "संयोजक राज्य वन कर्मचारी संघ, दीपक रावत, महामंत्री संगठन उपस्थित रहे।")
    posts = _posts(rules_extract(text))
    assert posts == {"सरिता नेगी": ["मुख्य अभियंता, जल संस्थान"],
                     "मोहन बिष्ट": ["संयोजक राज्य वन कर्मचारी संघ"], "दीपक रावत": ["महामंत्री संगठन"]}


def test_a_local_place_after_a_post_but_a_first_name_after_a_state_post():
    text = ("शिमला। बैठक में ब्लॉक अध्यक्ष कुठाड़ राकेश ठाकुर और प्रदेश प्रभारी अनुग्रह नारायण सिंह उपस्थित रहे। "
            "प्रांतीय सदस्य अखिल वर्मा ने आभार जताया।")
    posts = _posts(rules_extract(text))
    assert posts == {"राकेश ठाकुर": ["ब्लॉक अध्यक्ष कुठाड़"], "अनुग्रह नारायण सिंह": ["प्रदेश प्रभारी"],
                     "अखिल वर्मा": ["प्रांतीय सदस्य"]}


def test_a_village_as_the_surname_of_a_given_name_after_a_post():
    text = "रोहतक। बैठक में पूर्व विधायक सतीश कलानौर, जिला अध्यक्ष दिनेश सांपला ने विचार रखे।"
    posts = _posts(rules_extract(text))
    assert posts == {"सतीश कलानौर": ["पूर्व विधायक"], "दिनेश सांपला": ["जिला अध्यक्ष"]}


def test_a_whole_given_name_cut_by_the_page_stays():
    names = set(_roles(rules_extract("कानपुर। संघ की बैठक हुई। बैठक में अरुण मिश्रा, कमला देवी, रमेश यादव, केशव")))
    assert "केशव" in names
    names = set(_roles(rules_extract("कानपुर। संघ की बैठक हुई। विशिष्ट अतिथि दिवाकर वै")))
    assert names == {"दिवाकर वै"}


def test_posts_and_nicknames_in_brackets():
    text = ("नागपुर। संघ की बैठक हुई।\nबैठक में मुख्य अतिथि अमित शाहू (प्रदेश मंत्री एवं जिला प्रभारी), जिला अध्यक्ष "
            "सुनील (बबलू) तावड़े और राकेश जैन (राष्ट्रीय सदस्य, अखिल भारतीय वैश्य महासंघ) उपस्थित रहे।")
    posts = _posts(rules_extract(text))
    assert posts["अमित शाहू"] == ["प्रदेश मंत्री", "जिला प्रभारी"]
    assert posts["सुनील (बबलू) तावड़े"] == ["जिला अध्यक्ष"]
    assert posts["राकेश जैन"] == ["राष्ट्रीय सदस्य, अखिल भारतीय वैश्य महासंघ"]


def test_an_office_word_as_the_given_name_of_a_list_item():
    text = "बस्तर। समाज की बैठक हुई। बैठक में रमेश नेताम, दरोगा सिंह, सुखलाल मरकाम, मुकेश कश्यप उपस्थित रहे।"
    posts = _posts(rules_extract(text))
    assert posts == {"रमेश नेताम": [], "दरोगा सिंह": [], "सुखलाल मरकाम": [], "मुकेश कश्यप": []}


def test_the_departments_and_the_centre_of_a_minister_stay_in_the_post():
    text = ("रायपुर। समाज का सम्मेलन हुआ। मुख्य अतिथि राज्य शासन के गृह व लोकनिर्माण मंत्री हरिहर साहू और पूर्व केंद्र "
            "मंत्री अमर सिंह नेताम रहे।")
    posts = _posts(rules_extract(text))
    assert posts["हरिहर साहू"] == ["राज्य शासन के गृह व लोकनिर्माण मंत्री"]
    assert posts["अमर सिंह नेताम"] == ["पूर्व केंद्र मंत्री"]


def test_offices_given_with_ko_share_a_post_written_after_a_list():
    text = ("मऊ। समिति का गठन हुआ। सर्वसम्मति से रामेश्वर यादव को अध्यक्ष, सुनील राय, मीना देवी उपाध्यक्ष, "
            "अजय सिंह को सचिव बनाया गया।")
    posts = _posts(rules_extract(text))
    assert posts["रामेश्वर यादव"] == ["अध्यक्ष"] and posts["अजय सिंह"] == ["सचिव"]
    assert posts["सुनील राय"] == ["उपाध्यक्ष"] and posts["मीना देवी"] == ["उपाध्यक्ष"]
