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
