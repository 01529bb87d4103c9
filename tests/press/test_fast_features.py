"""The tagger's bytes features are the training features, UTF-8 encoded (speed must not change output)."""
from sangathan.press.extract import lexicon as L
from sangathan.press.extract import rules_extract
from sangathan.press.learn import shipped_examples
from sangathan.press.learn.features import features, make_doc
from sangathan.press.learn.model import _rule_labels


def test_bytes_features_are_encoded_str_features():
    for text, _ in shipped_examples()[:8]:
        doc = make_doc(text)
        for rl in (_rule_labels(doc, rules_extract(text)), None):
            assert features(doc, rl, as_bytes=True) == [[[x.encode() for x in f] for f in s] for s in features(doc, rl)]


def test_token_word_flag_matches_word_regex():
    text = "डॉ. राम-कुमार ने कहा, \"x's A'b 9'x\" ़ ँ ॰ ॥ २०२६ 12:30 — ‍ ok."
    toks = L.tokenize(text)
    assert [t.text for t in toks] == L.TOKEN_RE.findall(text)
    assert all(t.word == bool(L.WORD_RE.fullmatch(t.text)) for t in toks)
    assert L.tokenize(text) is not L.tokenize(text)  # a fresh list each call
