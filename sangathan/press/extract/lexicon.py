"""Word lists of the genre, loaded once at import.

All lists live as plain data files in ``lexicon/`` so that a reviewer can extend them without
touching code. Entries are tokenised with the same tokenizer as the reports and stored under
``normalise.key`` so that spelling variants (nukta, candrabindu) hit the same entry.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .normalise import key

_DIR = Path(__file__).resolve().parent / "lexicon"

# A word: Devanagari letters/signs/digits, or Latin letters/digits. Everything else is punctuation.
WORD_RE = re.compile(r"[\u0900-\u0963\u0966-\u096f\u0971-\u097f]+|[A-Za-z0-9]+(?:'[a-z]+)?")
TOKEN_RE = re.compile(WORD_RE.pattern + r"|\S")


@dataclass(slots=True)
class Token:
    text: str
    key: str
    start: int
    end: int
    word: bool


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split text into word and single-character punctuation tokens with character offsets.

    The rules read the same sentence several times (scalars, people): the tokens of the last
    texts are kept (a new list each call; the tokens themselves are never changed by a reader).
    """
    return list(_tokenize(text, offset))


_TOKEN_INFO: dict[str, tuple[str, bool]] = {}  # token text -> (key, is a word)
_findall = TOKEN_RE.findall


@lru_cache(maxsize=4096)
def _tokenize(text: str, offset: int) -> tuple[Token, ...]:
    # No token holds a space, so the tokens of a text are those of its space-separated chunks
    # (a word and the punctuation glued to it), and the chunks of the genre are a small
    # vocabulary: each is read once (_chunk) and kept with its tokens' offsets inside it.
    out = []
    append = out.append
    chunks = _CHUNKS
    pos = offset
    for c in text.split(" "):
        if c:
            parts = chunks.get(c)
            if parts is None:
                parts = _chunk(c)
            for t, k, a, b, w in parts:
                append(Token(t, k, pos + a, pos + b, w))
        pos += len(c) + 1
    return tuple(out)


_CHUNKS: dict[str, tuple[tuple[str, str, int, int, bool], ...]] = {}


def _chunk(c: str) -> tuple[tuple[str, str, int, int, bool], ...]:
    """(text, key, start, end, is a word) of each token of a text without spaces."""
    out = []
    info = _TOKEN_INFO
    find = c.find
    pos = 0
    for t in _findall(c):
        a = find(t, pos)
        pos = a + len(t)
        i = info.get(t)
        if i is None:
            if len(info) > 200_000:
                info.clear()
            i = info[t] = (key(t) if t != "." else ".", WORD_RE.fullmatch(t) is not None)
        out.append((t, i[0], a, pos, i[1]))
    if len(_CHUNKS) > 200_000:
        _CHUNKS.clear()
    parts = _CHUNKS[c] = tuple(out)
    return parts


def _lines(name: str) -> list[str]:
    rows = []
    for line in (_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line)
    return rows


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(text))


class PhraseTable:
    """Longest-match lookup of multi-token phrases keyed by their first token."""

    def __init__(self) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], object]]] = {}
        self._get = self._by_first.get
        self.firsts = self._by_first.keys()  # a live view: ``k in table.firsts``

    def add(self, phrase: tuple[str, ...], value: object) -> None:
        if not phrase:
            return
        bucket = self._by_first.setdefault(phrase[0], [])
        if all(p != phrase for p, _ in bucket):
            bucket.append((phrase, value))
            bucket.sort(key=lambda pv: -len(pv[0]))

    def match(self, keys: list[str], i: int) -> tuple[int, object] | None:
        """Return (length, value) of the longest phrase starting at keys[i]."""
        for phrase, value in self._get(keys[i], ()):
            n = len(phrase)
            if tuple(keys[i:i + n]) == phrase:
                return n, value
        return None

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return any(p == phrase for p, _ in self._by_first.get(phrase[0], ())) if phrase else False


def _table(rows: list[tuple[str, object]]) -> PhraseTable:
    t = PhraseTable()
    for text, value in rows:
        t.add(_phrase(text), value)
    return t


# --- honorifics: key -> needs a following dot ------------------------------------------------
HONORIFICS: dict[str, bool] = {}
for _h in _lines("honorifics.txt"):
    HONORIFICS.setdefault(key(_h), _h.endswith(".") and len(key(_h)) <= 3)

# --- posts --------------------------------------------------------------------------------
POST_HEADS = _table([(p.rstrip("*"), p.endswith("*")) for p in _lines("posts.txt")])
POST_HEAD_WORDS = {key(w) for p in _lines("posts.txt") for w in p.rstrip("*").replace("-", " ").split()
                   if len(p.split()) == 1}
MULTI_HOLDER_HEADS = {_phrase(p.rstrip("*"))[-1] for p in _lines("posts.txt") if p.endswith("*")}
POST_MODS = {key(w) for w in _lines("post_modifiers.txt")}

# --- roles ---------------------------------------------------------------------------------
ROLE_CUE_ROWS = [(r.split("\t")[0], (r.split("\t")[1], r.split("\t")[2])) for r in _lines("roles.tsv")]
ROLE_CUES = _table(ROLE_CUE_ROWS)

# --- organisations and wings ----------------------------------------------------------------
ORGS = _table([(o, o) for o in _lines("organisations.txt")])
ORG_SUFFIXES = {key(w) for w in _lines("org_suffixes.txt")}
WINGS = _table([(w, w) for w in _lines("wings.txt")])

# --- general vocabulary ----------------------------------------------------------------------
STOP = {key(w) for w in _lines("stopwords.txt")}
GIVEN = {key(w) for w in _lines("given_names.txt")}
SURNAMES = {key(w) for w in _lines("surnames.txt")}

# --- gazetteer -----------------------------------------------------------------------------
PLACES = PhraseTable()
PLACE_KIND: dict[str, str] = {}
for _row in _lines("gazetteer.tsv"):
    _name, _kind, _state, _canon = (_row.split("\t") + ["", "", ""])[:4]
    PLACES.add(_phrase(_name), _kind)
    PLACE_KIND.setdefault(key(_name), _kind)

# --- events and misc -----------------------------------------------------------------------
EVENTS = _table([(r.split("\t")[0], r.split("\t")[1]) for r in _lines("events.tsv")])
_MISC: dict[str, list[str]] = {}
for _row in _lines("misc.tsv"):
    _k, _w = _row.split("\t")
    _MISC.setdefault(_k, []).append(_w)
VIRTUAL = _table([(w, True) for w in _MISC["virtual"]])
NEWS_WORDS = {key(w) for w in _MISC["news"]}
AGENCY_WORDS = {key(w) for w in _MISC["agency"]}
BYLINE_WORDS = {key(w) for w in _MISC["reporter"]}
VENUE_HEADS = {key(w) for w in _MISC["venue"]}
LEVEL_WORDS = {key(w) for w in _MISC["level"]}
FEMALE_FINALS = {key(w) for w in _MISC["female"]}

MONTHS = {
    key(w): i for i, ws in enumerate([
        "जनवरी", "फरवरी फ़रवरी", "मार्च", "अप्रैल अप्रेल", "मई", "जून", "जुलाई", "अगस्त",
        "सितंबर सितम्बर", "अक्टूबर अक्तूबर", "नवंबर नवम्बर", "दिसंबर दिसम्बर"], start=1)
    for w in ws.split()
}

# Case markers and joins used by the grammar.
GENITIVE = {"का", "की", "के"}
AGENT = {"ने", "नें", "द्वारा"}
JOINS = {"एवं", "एवम्", "एवम", "एंव", "तथा", "और", "व", "वं", "वा", "संग", "&"}  # (वा: "व" misspelt)
INITIALS = {key(w) for w in "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड".split()}

# verb forms that close a clause ("… उपलब्ध कराई", "प्रकाश डालते"): never the last word of a name
VERB_FORMS = {key(w) for w in "कराई कराया कराए कराये करवाई करवाया किया किए किये की दी दिया दिए दिये गई गया गए "
                              "गये हुए हुई हुआ रहे रही रहा डालते डाला डाली करते करके करती लिया लिए लेते देते".split()}

# titles of service clubs and fellowships written before a name ("एमजेएफ लायन X"): never a name alone
TITLE_WORDS = {key(w) for w in "लायन लॉयन लायंस लायन्स ला रोटेरियन रोटे एमजेएफ एमजेएफ़ पीएमजेएफ पीएमजेएफ़ जेएमजेएफ".split()}
