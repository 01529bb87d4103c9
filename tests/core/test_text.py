import pytest

from sangathan.core.text import clean_name, name_key, nfc


def test_nfc_composes_and_drops_invisible_characters():
    decomposed = "क\u093c"  # क + nukta, composed is क़
    assert nfc(" विनय\u200b  " + decomposed) == "विनय क़"


def test_broken_anusvara_before_vowel_sign_is_repaired():
    assert nfc("कंुवर") == "कुंवर"


@pytest.mark.parametrize("raw,clean", [
    ("श्री सुनील पिल्लई", "सुनील पिल्लई"),
    ("श्रीमती रीना नैय्यर", "रीना नैय्यर"),
    ("डॉ. रमन सिंह जी", "रमन सिंह"),
    ("Shri Vijay Baghel ji", "Vijay Baghel"),
    ("श्रीकुमार वर्मा", "श्रीकुमार वर्मा"),
])
def test_honorifics_are_not_part_of_names(raw, clean):
    assert clean_name(raw) == clean


@pytest.mark.parametrize("a,b", [
    ("विनय महोबिया", "Vinay Mahobia"),
    ("विनय महोबिया", "vinay mahobiya"),
    ("जितेंद्र सिंह राजपूत", "Jitendra Singh Rajput"),
    ("शैलेश दीक्षित", "Shailesh Dixit"),
    ("हरीश कटझरे", "Harish Katjhare"),
])
def test_the_same_name_in_both_scripts_has_one_key(a, b):
    assert name_key(a) == name_key(b)


def test_different_names_have_different_keys():
    assert name_key("विनय महोबिया") != name_key("विजय बघेल")


def test_slugs_keep_devanagari_words_whole():
    from sangathan.core.text import slug

    assert slug("आईटी सेल की दुर्ग संभाग स्तरीय बैठक") == "आईटी-सेल-की-दुर्ग-संभाग-स्तरीय-बैठक"
    assert slug("IT Cell: Durg, 2024!") == "it-cell-durg-2024"
    assert slug("॥ — ॥") == ""
