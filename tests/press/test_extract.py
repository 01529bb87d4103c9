"""Press-report extractor: dev-set targets and the behaviours a user would notice."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from sangathan.press.extract import extract
from sangathan.press.extract.normalise import fix_devanagari
from sangathan.press.extract.score import aggregate, score_article

# the copy of the real reports shipped in the package (never ../shared: a clean clone has none)
DATA = Path(__file__).resolve().parents[2] / "sangathan/press/training"


def _people(rec: dict) -> dict[str, dict]:
    return {p["name"]: p for p in rec["people"]}


@pytest.fixture(scope="module")
def shipped_scores():
    scores = []
    for gp in sorted((DATA / "gold").glob("*.json")):
        raw = json.loads((DATA / "raw" / gp.name).read_text(encoding="utf-8"))
        gold = json.loads(gp.read_text(encoding="utf-8"))
        scores.append(score_article(extract(raw["text"], id=raw["id"], url=raw.get("url")), gold))
    assert len(scores) == 41
    return aggregate(scores)


# A regression floor on the shipped set, which the shipped model was trained on: these are fit
# scores, not evidence of generalisation (that is the cross-validation of bench/press_eval.py).
# The rules alone score people 0.94 / roles 0.91 / posts 0.91 here: the people floor fails if the
# shipped model is lost; the others guard the rules too.
@pytest.mark.parametrize("field,floor", [("people", 0.97), ("roles", 0.925), ("posts", 0.92), ("quotes", 0.88)])
def test_shipped_set_does_not_regress(shipped_scores, field, floor):
    assert shipped_scores[field].f1 >= floor, f"{field} F1 {shipped_scores[field].f1:.3f} < {floor}"


def test_output_keys_follow_schema():
    rec = extract("भोपाल। भाजपा की जिला बैठक पार्टी कार्यालय में संपन्न हुई। अध्यक्षता जिलाध्यक्ष रमेश शर्मा ने की।",
                  id="x", url="http://example.org/a")
    for k in ("id", "event_type", "mode", "organisation", "wing", "level", "dateline", "venue", "date",
              "people", "quotes"):
        assert k in rec
    assert rec["id"] == "x" and rec["source_url"] == "http://example.org/a"
    assert rec["dateline"] == "भोपाल" and rec["event_type"] == "meeting"
    assert _people(rec)["रमेश शर्मा"]["roles"] == ["presided"]


def test_honorifics_stripped_but_shri_inside_a_name_kept():
    text = ("बैठक में मुख्य अतिथि के रूप में श्री राकेश गुप्ता जी, डॉ. सुनीता वर्मा, मा. अनिल यादव "
            "और जिला अध्यक्ष श्रीकुमार सरकार उपस्थित रहे।")
    people = _people(extract(text))
    assert {"राकेश गुप्ता", "सुनीता वर्मा", "अनिल यादव", "श्रीकुमार सरकार"} <= set(people)
    assert people["श्रीकुमार सरकार"]["posts"] == ["जिला अध्यक्ष"]
    assert all(p["roles"] == ["chief_guest"] for p in people.values())


def test_post_in_front_of_a_list_is_distributed():
    text = "बैठक में जिला सह संयोजक आईटी सेल विनय कुमार, गोविंद सोनी, अमित पाठक उपस्थित रहे।"
    people = _people(extract(text))
    for name in ("विनय कुमार", "गोविंद सोनी", "अमित पाठक"):
        assert people[name]["posts"] == ["जिला सह संयोजक आईटी सेल"], name
        assert people[name]["roles"] == ["attendee"]


def test_unique_post_is_not_distributed():
    text = "इस मौके पर मंडल अध्यक्ष राजेश पांडेय, मोहन लाल प्रजापति आदि मौजूद रहे।"
    people = _people(extract(text))
    assert people["राजेश पांडेय"]["posts"] == ["मंडल अध्यक्ष"]
    assert people["मोहन लाल प्रजापति"]["posts"] == []


def test_two_roles_in_one_sentence():
    text = "बैठक की अध्यक्षता राष्ट्रीय महामंत्री हरीश मिश्र तथा संचालन जिला अध्यक्ष भूपेंद्र पाण्डेय ने किया।"
    people = _people(extract(text))
    assert people["हरीश मिश्र"]["roles"] == ["presided"]
    assert people["भूपेंद्र पाण्डेय"]["roles"] == ["moderator"]


def test_quote_and_role_pointing_at_a_post_and_surname_mentions():
    text = ("कार्यक्रम की अध्यक्षता जिला अध्यक्ष सुरेश कुमार यादव ने की। जिला अध्यक्ष ने कहा कि संगठन को बूथ स्तर "
            "तक मजबूत करना है। यादव ने कहा कि सभी कार्यकर्ता एकजुट रहें।")
    rec = extract(text)
    assert [p["name"] for p in rec["people"]] == ["सुरेश कुमार यादव"]
    assert set(rec["people"][0]["roles"]) == {"presided", "speaker"}
    assert [q["speaker"] for q in rec["quotes"]] == ["सुरेश कुमार यादव"] * 2
    assert rec["quotes"][0]["text"] == "संगठन को बूथ स्तर तक मजबूत करना है"


def test_broken_unicode_is_repaired_and_nfc():
    assert fix_devanagari("कंुवर") == "कुंवर"
    assert fix_devanagari("गाॅंधी") == "गांधी"
    assert fix_devanagari("डाॅक्टर") == "डॉक्टर"
    decomposed = unicodedata.normalize("NFD", "ज़िला अध्यक्ष कंुवर सिंह ने कहा कि हम जीतेंगे।")
    rec = extract(decomposed)
    assert "कुंवर सिंह" in _people(rec)
    for p in rec["people"]:
        assert unicodedata.is_normalized("NFC", p["name"])


def test_byline_and_virtual_mode():
    rec = extract("By Asha\n\nरायपुर। महिला मोर्चा की प्रदेश स्तरीय वर्चुअल बैठक संपन्न हुई।")
    assert _people(rec)["Asha"]["roles"] == ["reporter"]
    assert rec["mode"] == "virtual" and rec["level"] == "प्रदेश स्तरीय" and rec["wing"] == "महिला मोर्चा"


def test_empty_text_raises_clear_error():
    with pytest.raises(ValueError, match="empty"):
        extract("   \n ")
    with pytest.raises(ValueError):
        extract(None)  # type: ignore[arg-type]


def test_non_hindi_text_gives_empty_people_record():
    rec = extract("The district committee met on Monday and discussed the budget.")
    assert rec["people"] == [] and rec["quotes"] == []
    assert rec["event_type"] == "other"


def test_five_megabytes_do_not_hang():
    path = DATA / "raw" / "seed.json"
    base = json.loads(path.read_text(encoding="utf-8"))["text"] if path.exists() else "बैठक में राम शर्मा उपस्थित रहे। "
    words = base.split()
    big = " ".join(words[(i * 7) % len(words)] for i in range(900_000))[:5_000_000]
    rec = extract(big)
    assert isinstance(rec["people"], list)


def test_bracketed_posts_and_post_reference_ranks():
    text = ("बैठक की अध्यक्षता प्रदेश अध्यक्ष रमेश वर्मा ने की। बैठक में प्रदेश उपाध्यक्ष अजय सिंह, "
            "महेश गुप्ता (जिला सचिव) और संभागीय सचिव (उत्तर संभाग) दिनेश चौबे उपस्थित रहे। "
            "प्रदेश अध्यक्ष ने कहा कि सदस्यता अभियान तेज होगा।")
    rec = extract(text)
    people = _people(rec)
    assert people["महेश गुप्ता"]["posts"] == ["जिला सचिव"]
    assert people["दिनेश चौबे"]["posts"] == ["संभागीय सचिव (उत्तर संभाग)"]
    assert [q["speaker"] for q in rec["quotes"]] == ["रमेश वर्मा"]


def test_batana_kahna_and_role_reference_quotes():
    text = ("मुख्य अतिथि पूर्व मंत्री सुरेश पटेल रहे। अध्यक्षता जिलाध्यक्ष कमला मेहरा ने की। "
            "मुख्य अतिथि ने कहा कि किसानों की आय दोगुनी करनी है। मेहरा का कहना था कि हर गांव में शिविर लगेगा। "
            "कमला मेहरा ने बताया कि अगली बैठक मार्च में होगी।")
    rec = extract(text)
    # "X ने बताया कि": the source of the report, no quote (the real reports' gold, dev and new)
    assert [q["speaker"] for q in rec["quotes"]] == ["सुरेश पटेल", "कमला मेहरा"]
    assert not any(q["text"].startswith("अगली बैठक") for q in rec["quotes"])
    assert "speaker" in _people(rec)["कमला मेहरा"]["roles"]


def test_inline_read_also_link_does_not_cut_the_story():
    text = ("धनबाद। यूनियन की बैठक में अध्यक्षता जिला अध्यक्ष रामेश्वर महतो ने की।\nयह भी पढ़ें: शहर में जाम\n"
            "बैठक में उपाध्यक्ष शंकर प्रसाद, कोषाध्यक्ष बबलू दास आदि उपस्थित थे।")
    assert {"शंकर प्रसाद", "बबलू दास"} <= set(_people(extract(text)))


def test_dotted_initials_stay_one_name():
    text = ("सम्मेलन के मुख्य अतिथि डॉ. आर.के. सिंह थे। अध्यक्षता राष्ट्रीय अध्यक्ष एस. एन. मिश्रा ने की। "
            "मिश्रा ने कहा कि पेंशन समय पर मिलनी चाहिए।")
    rec = extract(text)
    people = _people(rec)
    assert set(people) == {"आर.के. सिंह", "एस. एन. मिश्रा"}
    assert people["एस. एन. मिश्रा"]["roles"] == ["presided", "speaker"]
    assert [q["speaker"] for q in rec["quotes"]] == ["एस. एन. मिश्रा"]


def test_pronoun_after_a_role_sentence_points_at_the_role_holder():
    text = ("बैठक की अध्यक्षता जिलाध्यक्ष रमेश वर्मा ने की। बतौर मुख्य अतिथि जिला परिषद अध्यक्ष ममता राय "
            "मौजूद रहीं। उन्होंने कहा कि पंचायतों को राशि समय पर मिलनी चाहिए।")
    rec = extract(text)
    people = _people(rec)
    assert people["ममता राय"]["roles"] == ["chief_guest", "speaker"]
    assert people["रमेश वर्मा"]["roles"] == ["presided"]
    assert [q["speaker"] for q in rec["quotes"]] == ["ममता राय"]


def test_compound_and_general_office_titles():
    text = ("बैठक में उपमुखिया मोहम्मद आलम, कुलसचिव यशपाल क्षीरसागर, महिला सेवादल की प्रदेश संयोजिका निशा दवे "
            "और वार्ड सदस्य रीना कुमारी उपस्थित रहे।")
    people = _people(extract(text))
    assert people["मोहम्मद आलम"]["posts"] == ["उपमुखिया"]
    assert people["यशपाल क्षीरसागर"]["posts"] == ["कुलसचिव"]
    assert people["रीना कुमारी"]["posts"] == ["वार्ड सदस्य"]
    assert "निशा दवे" in people and "संयोजिका" in people["निशा दवे"]["posts"][0]


def test_two_word_dateline_and_prefixed_organisation():
    rec = extract("नई दिल्ली, 5 फरवरी। अखिल भारतीय रेलवे पेंशनर्स महासंघ का राष्ट्रीय सम्मेलन शनिवार को हुआ। "
                  "अध्यक्षता राष्ट्रीय अध्यक्ष सुरेश मिश्रा ने की।")
    assert rec["dateline"] == "नई दिल्ली"
    assert rec["organisation"] == "अखिल भारतीय रेलवे पेंशनर्स महासंघ"


def test_alias_after_urf_is_not_a_second_person():
    text = "कार्यक्रम को लोहिया वाहिनी के जिलाध्यक्ष अजीत यादव उर्फ गुड्डू, सुशील पासवान ने भी संबोधित किया।"
    people = _people(extract(text))
    assert "अजीत यादव" in people and "गुड्डू" not in people
    assert people["अजीत यादव"]["roles"] == ["speaker"]


def test_surname_mention_goes_to_the_namesake_holding_the_post():
    text = ("सागर. समाज की बैठक हुई। अध्यक्षता समाज के जिलाध्यक्ष मनोहर लाल कुशवाहा ने की। मुख्य अतिथि पूर्व पार्षद "
            "कमला कुशवाहा थीं। जिलाध्यक्ष कुशवाहा ने कहा कि इस वर्ष सम्मेलन में 51 जोड़ों का विवाह होगा।")
    rec = extract(text)
    assert rec["quotes"][0]["speaker"] == "मनोहर लाल कुशवाहा"
    assert _people(rec)["कमला कुशवाहा"]["posts"] == ["पूर्व पार्षद"]


def test_post_distributed_over_names_qualified_by_their_units():
    text = "बैठक में जिला संयोजक अमनदीप सिंह (पश्चिमी दिल्ली), राजेश अरोड़ा (करोल बाग), विपिन मित्तल आदि मौजूद रहे।"
    people = _people(extract(text))
    assert people["राजेश अरोड़ा"]["posts"] == ["जिला संयोजक"]
    assert people["विपिन मित्तल"]["posts"] == []


def test_felicitated_people_attend_and_portraits_do_not():
    text = ("कार्यक्रम की शुरुआत डॉ. भीमराव आंबेडकर के चित्र पर माल्यार्पण कर की गई। इस अवसर पर समाज के वरिष्ठजनों "
            "टी.आर. कृष्णन, मैरी थॉमस और अनिल कुमार पिल्लई को शॉल-श्रीफल से सम्मानित किया गया।")
    people = _people(extract(text))
    for name in ("टी.आर. कृष्णन", "मैरी थॉमस", "अनिल कुमार पिल्लई"):
        assert people[name]["roles"] == ["attendee"], name
    assert people.get("भीमराव आंबेडकर", {}).get("roles", []) == []


def test_oath_gives_the_post():
    text = "देहरादून। समारोह में अंजलि बिष्ट ने अध्यक्ष और हरीश चंद्र जोशी ने सचिव पद की शपथ ली।"
    people = _people(extract(text))
    assert people["अंजलि बिष्ट"]["posts"] == ["अध्यक्ष"]
    assert people["हरीश चंद्र जोशी"]["posts"] == ["सचिव"]


def test_speech_noun_between_pronoun_and_verb():
    text = ("आगरा। मुख्य अतिथि मंडल कोऑर्डिनेटर सूरज सिंह जाटव रहे। उन्होंने अपने संबोधन में कहा कि संगठन को "
            "हर बूथ तक मजबूत करना है।")
    rec = extract(text)
    assert rec["quotes"] and rec["quotes"][0]["speaker"] == "सूरज सिंह जाटव"


def test_post_keeps_the_body_it_belongs_to():
    text = ("बैठक की अध्यक्षता जिला कुर्मी संघ की अध्यक्ष श्रीमती सविता वर्मा ने की। मुख्य अतिथि "
            "प्रांतीय कर्मचारी महासंगठन के चेयरमैन रमेश तिवारी थे।")
    people = _people(extract(text))
    assert people["सविता वर्मा"]["posts"] == ["जिला कुर्मी संघ की अध्यक्ष"]
    assert people["रमेश तिवारी"]["posts"] == ["प्रांतीय कर्मचारी महासंगठन के चेयरमैन"]


def test_officer_post_is_not_spread_over_a_whole_list():
    text = "सभा को महासचिव अरुण कुमार, विनोद सिंह, राजेश यादव तथा मनोज साहू ने भी संबोधित किया।"
    people = _people(extract(text))
    assert people["अरुण कुमार"]["posts"] == ["महासचिव"]
    assert all(people[n]["posts"] == [] for n in ("विनोद सिंह", "राजेश यादव", "मनोज साहू"))


def test_post_only_reference_prefers_the_holder_named_before():
    text = ("बैठक में मुख्य अतिथि के तौर पर संघ के प्रदेश प्रधान महासचिव अनिल सिंह मौजूद थे। प्रधान "
            "महासचिव ने कहा कि संगठन को बूथ स्तर तक मजबूत करना होगा। संचालन प्रधान महासचिव राकेश कुमार ने किया।")
    rec = extract(text)
    assert rec["quotes"][0]["speaker"] == "अनिल सिंह"
    assert "speaker" in _people(rec)["अनिल सिंह"]["roles"]


def test_kumari_stays_in_the_name_and_arrival_verb_does_not():
    text = ("कार्यक्रम की अगुवाई प्रकोष्ठ की जिलाध्यक्ष कुमारी सुनैना ने की। मुख्य अतिथि के रूप में "
            "प्रदेश अध्यक्ष हरपाल सिंह ढांडा पहुंचे।")
    people = _people(extract(text))
    assert "कुमारी सुनैना" in people and "हरपाल सिंह ढांडा" in people


def test_leader_only_mentioned_in_a_speech_is_left_out():
    text = ("भोपाल। भाजपा की बैठक हुई। जिलाध्यक्ष रमेश शर्मा ने कहा कि प्रधानमंत्री नरेंद्र मोदी के "
            "नेतृत्व में देश आगे बढ़ रहा है।")
    assert "नरेंद्र मोदी" not in _people(extract(text))


REAL = Path(__file__).resolve().parents[2] / "bench/press_real"


@pytest.fixture(scope="module")
def real_scores():
    scores = []
    for gp in sorted(REAL.glob("set*/gold/*.json")):
        raw = json.loads((gp.parent.parent / "raw" / gp.name).read_text(encoding="utf-8"))
        scores.append(score_article(extract(raw["text"], id=raw["id"]), json.loads(gp.read_text(encoding="utf-8"))))
    assert len(scores) == 200
    return aggregate(scores)


# The 200 real reports of bench/press_real, annotated blind and never used to write a rule (but set 21):
# the extractor as shipped scores people 0.908 / roles 0.730 / posts 0.791 / quotes 0.773 on them. A change
# that loses on text nobody tuned on fails here even when the development reports still pass.
@pytest.mark.parametrize("field,floor", [("people", 0.90), ("roles", 0.72), ("posts", 0.78), ("quotes", 0.76)])
def test_real_report_sets_do_not_regress(real_scores, field, floor):
    assert real_scores[field].f1 >= floor, f"{field} F1 {real_scores[field].f1:.3f} < {floor}"
