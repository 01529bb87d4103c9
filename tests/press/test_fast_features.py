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


def test_model_features_are_the_known_part_of_the_bytes_features():
    """The tagger reads only the attributes its model knows, in the same order (same scores)."""
    from sangathan.press.learn import shipped_labeller

    lab = shipped_labeller()
    known = lab.features.known
    assert 0 < len(known) == len(lab.tagger.info().attributes)
    for text, _ in shipped_examples():
        doc = make_doc(text)
        for rl in (_rule_labels(doc, rules_extract(text)), None):
            full = features(doc, rl, as_bytes=True)
            only = set(range(0, len(doc.sents), 2))
            assert lab.features(doc, rl) == [[[x for x in f if x in known] for f in s] for s in full]
            assert lab.features(doc, rl, only=only) == [
                [[x for x in f if x in known] for f in s] if si in only else None for si, s in enumerate(full)]


def test_model_features_tag_as_all_features():
    from sangathan.press.learn import shipped_labeller

    tagger = shipped_labeller().tagger
    lab = shipped_labeller()
    for text, _ in shipped_examples()[:10]:
        doc = make_doc(text)
        rl = _rule_labels(doc, rules_extract(text))
        for short, full in zip(lab.features(doc, rl), features(doc, rl, as_bytes=True)):
            y = tagger.tag(full)
            m = [tagger.marginal(lab_, i) for i, lab_ in enumerate(y)]
            assert tagger.tag(short) == y
            assert [tagger.marginal(lab_, i) for i, lab_ in enumerate(y)] == m


def test_tokens_are_the_regex_tokens_with_their_offsets():
    """Tokens read chunk by chunk (between spaces) are the tokens of the whole text."""
    from sangathan.press.extract.normalise import key

    texts = [t for t, _ in shipped_examples()[:10]]
    texts += ["  दो  स्पेस\tटैब\nनई पंक्ति , (कोष्ठक)राम-श्याम..  ", "x's  A'b'c  9'x", " ", "", "।।"]
    for text in texts:
        for offset in (0, 17):
            want = [(m.group(), m.start() + offset, m.end() + offset) for m in L.TOKEN_RE.finditer(text)]
            got = L.tokenize(text, offset)
            assert [(t.text, t.start, t.end) for t in got] == want
            assert all(t.key == (key(t.text) if t.text != "." else ".") for t in got)
            assert all(t.word == bool(L.WORD_RE.fullmatch(t.text)) for t in got)
