"""Token sequences, features and labels for the learned part of the press extractor.

A report is cut into sentences (the extractor's own clean-up and sentence rules) and words. Each
word gets features from general Hindi knowledge only: the word and its endings, the lexicons
(posts, honorifics, role cues, places, stopwords, common given names and surnames), the cue words
of the sentence and where they stand, and what the rule extractor said about the word. The label of
a word says whether it is part of a person's name and which part that mention gives the person in
the programme (``B-presided``, ``I-presided``, ``B-none`` …) — or ``O``.

Gold records and rule records are aligned to the words the same way (``mentions``), so the rule's
would-be label is a feature and the model learns where the rules go wrong.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from sangathan.press.extract import lexicon as L
from sangathan.press.extract.normalise import clean_cached, fix_devanagari, key, sentence_spans

import os

USE_RULES = os.environ.get("PRESS_CRF_NO_RULES") != "1"
ROLES = ("reporter", "organiser", "presided", "chief_guest", "key_speaker", "special_guest",
         "moderator", "vote_of_thanks", "welcome", "speaker", "attendee")
# cue words of the genre that the role table does not carry (general Hindi, not from any report)
_EXTRA_CUES = {
    "attendee": "रहे रहीं थे थीं हुए हुईं लिया प्रमुख आदि सहित उपस्थिति",
    "organiser": "आयोजन आयोजक आयोजित तत्वावधान तत्वाधान अगुवाई नेतृत्व",
    "welcome": "स्वागत अभिनंदन",
    "vote_of_thanks": "आभार धन्यवाद",
    "reporter": "संवाददाता रिपोर्टर संवाद सूत्र",
}
EXTRA_CUES = {key(w): r for r, ws in _EXTRA_CUES.items() for w in ws.split()}
_NOT_ALONE = {key(w) for w in "कुमार लाल चंद चन्द चंद्र चन्द्र नाथ प्रकाश प्रसाद राम सिंह देवी जी".split()}


@dataclass(slots=True)
class Word:
    text: str
    key: str
    start: int  # offset in the cleaned text
    end: int


@dataclass
class Doc:
    text: str  # the cleaned report
    sents: list[list[Word]] = field(default_factory=list)
    _cues: list[list[tuple[int, str]]] | None = None

    def cues(self) -> list[list[tuple[int, str]]]:
        """The role cues of each sentence (computed once: labels and features both read them)."""
        if self._cues is None:
            self._cues = [cues(ws) for ws in self.sents]
        return self._cues


def make_doc(raw: str) -> Doc:
    """Clean a report and cut it into sentences of words (punctuation kept as words)."""
    text = clean_cached(raw)
    doc = Doc(text)
    for a, b in sentence_spans(text):
        ws = L.tokenize(text[a:b], a)  # lexicon Tokens: the fields of a Word (text, key, start, end)
        if ws:
            doc.sents.append(ws)
    return doc


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> tuple[str, ...]:
    return tuple(t.key for t in L.tokenize(fix_devanagari(name)) if t.word)


def mentions(doc: Doc, people: list[dict]) -> list[tuple[int, int, int, int]]:
    """Where each person is named: (sentence, first word, end word, person index).

    Full names and listed variants first (longest first); then a lone first or last word that
    belongs to one person only ("यादव ने कहा").
    """
    seqs: list[tuple[tuple[str, ...], int]] = []
    alone: dict[str, set[int]] = {}
    for pi, p in enumerate(people):
        if p.get("mentioned_only"):
            continue
        for n in [p.get("name") or ""] + list(p.get("variants") or []):
            ks = _name_keys(n)
            if ks:
                seqs.append((ks, pi))
                if len(ks) >= 2:
                    for w in (ks[0], ks[-1]):
                        if len(w) >= 3 and w not in _NOT_ALONE and w not in L.STOP:
                            alone.setdefault(w, set()).add(pi)
    seqs.sort(key=lambda s: -len(s[0]))
    firsts = {ks[0] for ks, _ in seqs}
    out = []
    for si, ws in enumerate(doc.sents):
        keys = [w.key for w in ws]
        taken = [False] * len(ws)
        starts = [i for i, k in enumerate(keys) if k in firsts]
        for ks, pi in seqs if starts else ():
            n = len(ks)
            for i in starts:
                if keys[i] == ks[0] and not any(taken[i:i + n]) and tuple(keys[i:i + n]) == ks:
                    out.append((si, i, i + n, pi))
                    for j in range(i, i + n):
                        taken[j] = True
        for i, k in enumerate(keys):
            owners = alone.get(k)
            if owners and len(owners) == 1 and not taken[i]:
                out.append((si, i, i + 1, next(iter(owners))))
                taken[i] = True
    out.sort()
    return out


def cues(ws: list[Word]) -> list[tuple[int, str]]:
    """(word index, role) for each role cue in a sentence."""
    keys = [w.key for w in ws]
    out = []
    i = 0
    firsts = L.ROLE_CUES.firsts
    while i < len(keys):
        m = L.ROLE_CUES.match(keys, i) if keys[i] in firsts else None
        if m:
            out.append((i, m[1][0]))
            i += m[0]
            continue
        if keys[i] in EXTRA_CUES:
            out.append((i, EXTRA_CUES[keys[i]]))
        i += 1
    return out


def labels(doc: Doc, people: list[dict], ms: list[tuple[int, int, int, int]] | None = None) -> list[list[str]]:
    """Word labels for a record: each mention of a person carries one of the person's roles.

    A role goes to the mention nearest a cue of that role; a role with no cue near any mention
    goes to the first mention still without one; the other mentions are ``none``.
    """
    out = [["O"] * len(ws) for ws in doc.sents]
    ms = mentions(doc, people) if ms is None else ms
    sent_cues = doc.cues()
    by_person: dict[int, list[int]] = {}
    for mi, (si, a, b, pi) in enumerate(ms):
        by_person.setdefault(pi, []).append(mi)
    role_of = ["none"] * len(ms)
    for pi, mis in by_person.items():
        roles = [r for r in people[pi].get("roles") or [] if r in ROLES]
        for r in roles:
            best, best_d = None, 10 ** 6
            for mi in mis:
                si, a, b, _ = ms[mi]
                for c, cr in sent_cues[si]:
                    if cr == r:
                        d = a - c if c < a else c - b + 1
                        if d < best_d and role_of[mi] == "none":
                            best, best_d = mi, d
            if best is None:
                best = next((mi for mi in mis if role_of[mi] == "none"), None)
            if best is not None:
                role_of[best] = r
    for mi, (si, a, b, _) in enumerate(ms):
        out[si][a] = "B-" + role_of[mi]
        for j in range(a + 1, b):
            out[si][j] = "I-" + role_of[mi]
    return out


@lru_cache(maxsize=65536)
def _lex(k: str) -> tuple[str, ...]:
    f = []
    if k in L.HONORIFICS:
        f.append("hon")
    if k in L.POST_HEAD_WORDS:
        f.append("post")
    if k in L.POST_MODS:
        f.append("pmod")
    if k in L.LEVEL_WORDS:
        f.append("lvl")
    if k in L.STOP:
        f.append("stop")
    if k in L.GIVEN:
        f.append("given")
    if k in L.SURNAMES:
        f.append("sur")
    if k in L.PLACE_KIND:
        f.append("place")
    if k in L.ORG_SUFFIXES:
        f.append("orgsuf")
    if k in L.AGENT:
        f.append("agent")
    if k in L.GENITIVE:
        f.append("gen")
    if k in L.JOINS:
        f.append("join")
    return tuple(f)


@lru_cache(maxsize=65536)
def _shape(t: str) -> str:
    if not t[0].isalnum() and not ("\u0900" <= t[0] <= "\u097f"):
        return "P" + t[0]
    if t.isdigit() or all("\u0966" <= c <= "\u096f" for c in t):
        return "D"
    if t.isascii():
        return "L"
    return "H"


@lru_cache(maxsize=65536)
def _own(k: str, t: str) -> tuple[str, ...]:
    """The word's own features (cached: the vocabulary of the genre is small)."""
    return ("b", "w=" + k, "s2=" + k[-2:], "s3=" + k[-3:], "p2=" + k[:2], "sh=" + _shape(t),
            "len=%d" % min(len(k), 8)) + tuple("x=" + x for x in _lex(k))


@lru_cache(maxsize=262144)
def _near(d: int, k: str, t: str) -> tuple[str, ...]:
    """Features of the word at offset d from the current one."""
    out = ["x%+d=%s" % (d, x) for x in _lex(k)]
    if d == -1:
        out.append("sh%+d=%s" % (d, _shape(t)))
    if abs(d) <= 2:
        out.append("w%+d=%s" % (d, k))
    return tuple(out)


@lru_cache(maxsize=4096)
def _cue_feats(side: str, bucket: str, r: str) -> tuple[str, str]:
    return ("c%s=%s" % (side, r), "c%s%s=%s" % (side, bucket, r))


@lru_cache(maxsize=256)
def _rule_feats(r: str) -> tuple[str, ...]:
    return ("r=" + r,) + (("rr=" + r[2:],) if r != "O" else ())


@lru_cache(maxsize=256)
def _rule_near(d: int, r1: str) -> str:
    return "r%+d=%s" % (d, r1)


@lru_cache(maxsize=262144)
def _pair(a: str, b: str) -> str:
    return "w-1+1=%s|%s" % (a, b)


def _encoded(fn):
    """The same feature function with UTF-8 bytes for strings (what the CRF tagger reads: bytes
    spare it one encoding per feature and tagging)."""

    @lru_cache(maxsize=262144)
    def wrapped(*args):
        v = fn(*args)
        return v.encode() if isinstance(v, str) else tuple(x.encode() for x in v)

    return wrapped


_STR = (_own, _near, _cue_feats, _rule_feats, _rule_near, _pair, str)
_BYTES = tuple(_encoded(f) for f in _STR[:-1]) + (str.encode,)
_EDGES = {False: (("BOS", "w-1=<>"), ("EOS", "w+1=<>")),
          True: ((b"BOS", b"w-1=<>"), (b"EOS", b"w+1=<>"))}
_OFFSETS = (-3, -2, -1, 1, 2, 3)


_NAME_HINTS = frozenset(L.GIVEN | L.SURNAMES | set(L.HONORIFICS))


def may_name(ws: list[Word]) -> bool:
    """A sentence with a known given name, surname or honorific (else the rules' mentions
    decide whether the labeller reads it: in the shipped set no sentence without either holds
    a name)."""
    return any(w.key in _NAME_HINTS for w in ws)


def _line_shape(doc: Doc, si: int, ws: list[Word]) -> list[str]:
    """Where the sentence stands and what it looks like: a byline is a short line near the top,
    often with a place, a date or a dash ("संजय शर्मा", "X — रूपनगर", "X बिलासपुर 17 जुलाई")."""
    words = sum(1 for w in ws if w.text[0].isalnum() or "\u0900" <= w.text[0] <= "\u097f")
    out = ["nw=%d" % min(words, 7) if words <= 6 else "nw=long"]
    if si <= 3:
        out.append("top=%d" % si)
    if any(w.key in L.MONTHS or w.text.isdigit() for w in ws):
        out.append("date")
    if any(w.text in "—–-" for w in ws):
        out.append("dash")
    end = ws[-1].end
    if end >= len(doc.text) or doc.text[end:end + 1] == "\n" or not ws[-1].text in "।|.?!":
        out.append("eol")  # ends at a line break, not at a sentence mark
    return out


def _sentence_features(doc: Doc, si: int, ws, all_cues, last: int) -> list[str]:
    """What every word of sentence `si` shares: the role cues in it and in its neighbours, whether
    it is the first sentence, and the shape of its line."""
    shared = ["cs=" + r for r in sorted({r for _, r in all_cues[si]})]
    shared += ["nc=" + r for r in sorted({r for _, r in all_cues[si + 1]})] if si < last else []
    shared += ["pc=" + r for r in sorted({r for _, r in all_cues[si - 1]})] if si > 0 else []
    if si == 0:
        shared.append("sent0")
    return shared + _line_shape(doc, si, ws)


def features(doc: Doc, rule_labels: list[list[str]] | None = None,
             as_bytes: bool = False, only: set[int] | None = None) -> list[list[list] | None]:
    """Feature strings for each word of each sentence (``as_bytes``: the same, UTF-8 encoded).

    ``only``: build the features of these sentences only (the others are None).
    """
    own, near, cue_feats, rule_feats, rule_near, pair, enc = _BYTES if as_bytes else _STR
    bos, eos = _EDGES[as_bytes]
    out: list[list[list] | None] = []
    all_cues = doc.cues()
    last = len(doc.sents) - 1
    for si, ws in enumerate(doc.sents):
        if only is not None and si not in only:
            out.append(None)
            continue
        n = len(ws)
        kt = [(w.key, w.text) for w in ws]
        cs = all_cues[si]
        shared = _sentence_features(doc, si, ws, all_cues, last)
        if as_bytes:
            shared = [enc(x) for x in shared]
        rl = rule_labels[si] if rule_labels and USE_RULES else None
        feats = []
        for i in range(n):
            f = list(own(*kt[i]))
            f += rule_feats(rl[i] if rl else "O")
            for d in _OFFSETS:
                j = i + d
                if 0 <= j < n:
                    f += near(d, *kt[j])
            if i == 0:
                f += bos
            if i == n - 1:
                f += eos
            if 0 < i < n - 1:
                f.append(pair(kt[i - 1][0], kt[i + 1][0]))
            for c, r in cs:
                if c < i:
                    dist = i - c
                    f += cue_feats("L", "1" if dist <= 2 else "2" if dist <= 6 else "3", r)
                else:
                    dist = c - i
                    f += cue_feats("R", "1" if dist <= 2 else "2" if dist <= 6 else "3", r)
            f += shared
            feats.append(f)
        out.append(feats)
    return out


class ModelFeatures:
    """The bytes features of ``features`` cut to the attributes a trained model knows.

    crfsuite's tagger skips every attribute that is not in the model's attribute dictionary
    (those with no weight), so leaving them out changes no score, label or marginal, while
    the tagger no longer copies and looks up a fifth of the strings; the order of the kept
    attributes is the same (the sums of the weights are the same sums). The pieces of a word
    are cached per model (``known``: the model's attributes, UTF-8).
    """

    def __init__(self, known: frozenset[bytes]) -> None:
        self.known = known
        own, near, cue_feats, rule_feats, _rule_near, pair, enc = _BYTES

        def keep(fn):
            @lru_cache(maxsize=262144)
            def wrapped(*args):
                v = fn(*args)
                return tuple(x for x in ((v,) if isinstance(v, bytes) else v) if x in known)

            return wrapped

        self._own, self._near, self._cue, self._rule, self._pair = (
            keep(own), keep(near), keep(cue_feats), keep(rule_feats), keep(pair))
        self._enc = keep(enc)
        kept_own, kept_near = self._own, self._near

        @lru_cache(maxsize=262144)
        def word(k: str, t: str) -> tuple[tuple[bytes, ...], ...]:
            # a word's own features and its features as seen from each offset (one look-up a word)
            return (kept_own(k, t),) + tuple(kept_near(d, k, t) for d in _OFFSETS)

        self._word = word
        self._bos = tuple(x for x in _EDGES[True][0] if x in known)
        self._eos = tuple(x for x in _EDGES[True][1] if x in known)

    def __call__(self, doc: Doc, rule_labels: list[list[str]] | None = None,
                 only: set[int] | None = None) -> list[list[list[bytes]] | None]:
        """``[[x for x in f if x in known] for f in s]`` of ``features(doc, rule_labels,
        as_bytes=True, only=only)``, sentence by sentence (None: not asked for)."""
        word, cue_feats, rule_feats, pair, enc = self._word, self._cue, self._rule, self._pair, self._enc
        bos, eos = self._bos, self._eos
        out: list[list[list[bytes]] | None] = []
        all_cues = doc.cues()
        last = len(doc.sents) - 1
        rule_on = bool(rule_labels) and USE_RULES
        for si, ws in enumerate(doc.sents):
            if only is not None and si not in only:
                out.append(None)
                continue
            n = len(ws)
            keys = [w.key for w in ws]
            texts = [w.text for w in ws]
            cs = all_cues[si]
            shared = _sentence_features(doc, si, ws, all_cues, last)
            sh: list[bytes] = []
            for x in shared:
                sh += enc(x)
            rl = rule_labels[si] if rule_on else None
            # the near features of each word as seen from each offset, computed once per sentence
            pieces = list(map(word, keys, texts))
            owns = [p[0] for p in pieces]
            nm3, nm2, nm1, np1, np2, np3 = ([p[x] for p in pieces] for x in range(1, 7))
            rules = [rule_feats(r) for r in rl] if rl else [rule_feats("O")] * n
            pairs = [()] + list(map(pair, keys[:-2], keys[2:])) + [()] if n > 1 else [()]
            # the cue features of each word: a cue gives the same pair of features to the words
            # in each distance bucket on either side
            cue_of: list[list[bytes]] = [[] for _ in range(n)]
            for c, r in cs:
                # words right of the cue (distance 1-2, 3-6, more), the cue and the words left of it
                for a, b, side, bucket in ((0, c - 6, "R", "3"), (c - 6, c - 2, "R", "2"), (c - 2, c + 1, "R", "1"),
                                           (c + 1, c + 3, "L", "1"), (c + 3, c + 7, "L", "2"), (c + 7, n, "L", "3")):
                    a, b = max(a, 0), min(b, n)
                    if a < b:
                        fs = cue_feats(side, bucket, r)
                        for i in range(a, b):
                            cue_of[i] += fs
            e = ()
            feats = []
            for i in range(n):
                feats.append([*owns[i], *rules[i],
                              *(nm3[i - 3] if i >= 3 else e), *(nm2[i - 2] if i >= 2 else e),
                              *(nm1[i - 1] if i >= 1 else e), *(np1[i + 1] if i + 1 < n else e),
                              *(np2[i + 2] if i + 2 < n else e), *(np3[i + 3] if i + 3 < n else e),
                              *(bos if i == 0 else e), *(eos if i == n - 1 else e), *pairs[i],
                              *cue_of[i], *sh])
            out.append(feats)
        return out
