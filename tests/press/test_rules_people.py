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
