"""Single-valued fields: dateline, byline, event type, mode, organisation, wing, level, venue, date.

Each looks at a small, predictable place of the report (the opening line, the sentence that first
names the event) rather than the whole text, because later sentences talk about other events
("वर्चुअल माध्यम से संगठनात्मक बैठक" inside a speech must not make the meeting virtual).
"""
from __future__ import annotations

import re

from . import lexicon as L
from .lexicon import tokenize
from .normalise import fold, key

_DEV_WORD = r"[\u0900-\u0963\u0966-\u096f\u0971-\u097f]+"
_DATELINE = re.compile(
    rf"^\s*(?P<place>{_DEV_WORD}(?:\s*/\s*{_DEV_WORD})?)\s*(?P<delim>,|।|:|\||-+|—|–|\(|/|\.(?=\s)|(?=\d)|$|)")
_DATELINE2 = re.compile(
    rf"^\s*(?P<place>{_DEV_WORD}\s+{_DEV_WORD})\s*(?P<delim>,|।|:|\||-+|—|–|\(|/|(?=\d)|$)")
_PLACE_ADJ = {key(w) for w in "नई नया पूर्वी पश्चिमी उत्तरी दक्षिणी पूर्व पश्चिम उत्तर दक्षिण ग्रेटर नवी".split()}
_BRACKET = re.compile(r"\(([^()]{2,60})\)")
_SLASH_NAME = re.compile(rf"^\s*{_DEV_WORD}(?:\s+{_DEV_WORD})?\s*/\s*(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}})\s*(?::-|:|-|\n|$|।)")
_BY = re.compile(r"^\s*(?:By|by|BY)\s*:?\s+(?P<name>[A-Za-z][A-Za-z.]*(?:\s+[A-Za-z][A-Za-z.]*){0,3}|"
                 rf"{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}})\s*$")
_REPORT = re.compile(rf"(?:रिपोर्ट|रिपोर्टर|संवाददाता|लेखक)\s*[:\-–/]+\s*(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}})")
# "रायगढ़ से संवाददाता अमित कुमार गुप्ता की रिपोर्ट", "रिपोर्टर राजेश सिंह की रिपोर्ट"
REPORT_LINE = re.compile(rf"(?:संवाददाता|रिपोर्टर|प्रतिनिधि)\s+(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}}?)\s+की\s+(?:रिपोर्ट|खबर)\s*$")
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")
_WORD_DATE = re.compile(rf"(\d{{1,2}})\s+({_DEV_WORD})\s*,?\s*(\d{{4}})")


def _is_place(word: str) -> bool:
    toks = [t.key for t in tokenize(word) if t.word]
    return bool(toks) and L.PLACES.match(toks, 0) is not None


def _plain_word(w: str) -> bool:
    k = key(w)
    return not (k in L.STOP or k in L.POST_MODS or L.POST_HEADS.match([k], 0) or
                L.ROLE_CUES.match([k], 0) or L.ORGS.match([k], 0) or k in L.NEWS_WORDS)


def dateline(lines: list[str]) -> tuple[str | None, int | None]:
    """Place the report opens with, and the index of the line that carries it."""
    for li, line in enumerate(lines[:6]):
        if not re.search(_DEV_WORD, line):
            continue
        m = _DATELINE.match(line)
        if not m:
            continue
        m2 = _DATELINE2.match(line)
        if m2 and (_is_place(m2.group("place")) and
                   L.PLACES.match([t.key for t in tokenize(m2.group("place")) if t.word], 0)[0] == 2 or
                   key(m2.group("place").split()[0]) in _PLACE_ADJ):
            m = m2  # "नई दिल्ली", "पूर्वी चंपारण", "श्री गंगानगर": two-word places
        place = m.group("place").strip()
        first = re.split(r"\s*/\s*", place)[0]
        rest = line[m.end("place"):].split()
        words = line.split()
        if not _plain_word(first):
            continue
        if "/" in place and not _is_place(place.split("/")[-1].strip()) and _is_place(first):
            return first, li  # "शिमला/विवेकानंद वशिष्ठ :-": place / reporter
        delim = m.group("delim")
        if delim == "" and m.end() < len(line):
            delim = "digit" if line[m.end()].isdigit() else " "
        nxt = key(rest[0]) if rest else ""
        if delim == "digit":
            return place, li
        if delim in ("", " "):
            if len(words) <= 2 and delim == "":
                return place, li
            if not _is_place(first):
                continue
            if nxt in L.BYLINE_WORDS or nxt in L.AGENCY_WORDS:
                return first, li
            if rest and nxt in L.NEWS_WORDS:
                continue  # "बक्सर खबर": the outlet's name
            if any(key(w) in L.NEWS_WORDS for w in rest[:4]):
                return first, li
            if re.match(r"\s*\d", line[m.end("place"):]):
                return place, li
            continue
        if rest and key(rest[0].strip("।,:")) in L.NEWS_WORDS and delim not in (",", ":", "|"):
            continue
        if "/" in place and not _is_place(place.split("/")[-1].strip()):
            return first, li
        return place, li
    return None, None


def bylines(lines: list[str], dl_line: int | None) -> list[tuple[str, str | None, str | None]]:
    """(name, post, role) triples from the byline area: "By X", "(X)", "/X :-", "(सम्पादक-X)"."""
    out: list[tuple[str, str | None, str | None]] = []
    area = lines[: (dl_line + 1) if dl_line is not None else 3]
    for li, line in enumerate(area):
        m = _BY.match(line)
        if m:
            out.append((m.group("name").strip(), None, "reporter"))
            continue
        m = _REPORT.search(line) or REPORT_LINE.search(line)
        if m and li <= (dl_line or 0):
            name = _clean_name(m.group("name"))
            if name:
                out.append((name, None, "reporter"))
        for bm in _BRACKET.finditer(line):
            inner = bm.group(1).strip()
            parts = re.split(r"\s*[-–:]\s*", inner, maxsplit=1)
            if len(parts) == 2 and L.POST_HEADS.match([key(parts[0])], 0):
                name = _clean_name(parts[1])
                if name:
                    out.append((name, parts[0], None))
                continue
            if bm.start() > 160:
                continue
            before = line[:bm.start()].split()
            if before and (key(before[-1]) in L.ORG_SUFFIXES or L.ORGS.match([key(before[-1])], 0)):
                continue  # "बीजू जनता दल (बीजद)": the body's short name
            words_in = inner.split()
            if len(words_in) >= 2 and key(words_in[-1]) in L.AGENCY_WORDS:
                continue  # "(नईदुनिया प्रतिनिधि)": a desk tag
            name = _clean_name(inner)
            if name:
                out.append((name, None, "reporter"))
        if li == dl_line:
            m = _SLASH_NAME.match(line)
            if m and not _is_place(m.group("name").split()[0]):
                name = _clean_name(m.group("name"))
                if name:
                    out.append((name, None, "reporter"))
    return out


def _clean_name(text: str) -> str | None:
    words = [w for w in re.split(r"\s+", text.strip()) if w]
    while words and (_is_place(words[-1]) or key(words[-1]) in L.AGENCY_WORDS):
        words = words[:-1]
    while words and key(words[0]) in L.HONORIFICS:
        words = words[1:]
    if not words or len(words) > 4:
        return None
    for w in words:
        k = key(w)
        if not re.fullmatch(_DEV_WORD, w) or k in L.AGENCY_WORDS or k in L.NEWS_WORDS or \
                (k in L.STOP and k not in L.INITIALS) or L.POST_HEADS.match([k], 0) or \
                (k in L.POST_MODS and k not in L.SURNAMES) or L.ORGS.match([k], 0):
            return None
    if len(words) == 1 and len(words[0]) < 3:
        return None
    return " ".join(words)


# ------------------------------------------------------------------------------- event sentence

def first_event(sentences: list[str]) -> tuple[int | None, str]:
    """Index of the first body sentence that names the event, and its event type."""
    for si, sent in enumerate(sentences):
        keys = [t.key for t in tokenize(sent)]
        for i in range(len(keys)):
            m = L.EVENTS.match(keys, i)
            if m:
                return si, str(m[1])
    return None, "other"


def event_type(sentences: list[str], title_lines: list[str]) -> str:
    for line in title_lines + sentences:
        keys = [t.key for t in tokenize(line)]
        found = None
        for i in range(len(keys)):
            m = L.EVENTS.match(keys, i)
            if m:
                found = str(m[1])
                break
        if found:
            return found
    return "other"


def mode(event_sentence: str | None, title: str, venue: str | None, has_place: bool) -> str:
    """virtual when the event sentence or title says so; in person when it has a place."""
    for text in (title, event_sentence or ""):
        keys = [t.key for t in tokenize(text)]
        if any(L.VIRTUAL.match(keys, i) for i in range(len(keys))):
            return "virtual"
    if venue or has_place:
        return "in_person"
    return "unknown"


def organisation(text: str) -> str | None:
    """First organisation named in the body, as written."""
    toks = tokenize(text)
    keys = [t.key for t in toks]
    i = 0
    while i < len(keys):
        w = L.WINGS.match(keys, i)
        m = L.ORGS.match(keys, i)
        if m and (not w or m[0] >= w[0]):
            j = i + m[0]
            # "छत्तीसगढ़ प्रदेश कांग्रेस कमेटी": a state/level prefix and a committee suffix belong to it
            start = i
            while start > 0 and (L.PLACES.match(keys, start - 1) or keys[start - 1] in ("प्रदेश", "जिला", "शहर", "नगर")):
                start -= 1
                if L.PLACES.match(keys, start) is None and keys[start] not in ("प्रदेश", "जिला", "शहर", "नगर"):
                    break
            if j < len(keys) and keys[j] in ("कमेटी", "कमिटी"):
                j += 1
            else:
                start = i
            if start > 0 and keys[start - 1] == "अखिल":
                start -= 1
            return _qualified(text, toks, keys, start, j)
        if w:
            i += w[0]
            continue
        if keys[i] in L.ORG_SUFFIXES and keys[i] not in ("दल", "सभा", "मोर्चा", "सेना", "परिवार", "मंच", "पार्टी", "संगठन"):
            # "भारतीय पत्रकार संघ": up to three plain words in front of the suffix
            start = i
            while start > 0 and i - start < 3 and toks[start - 1].word and \
                    (keys[start - 1] not in L.STOP or keys[start - 1] in L.POST_MODS) \
                    and not keys[start - 1].isdigit() and keys[start - 1] not in L.GENITIVE \
                    and (not L.PLACES.match(keys, start - 1) or L.PLACE_KIND.get(keys[start - 1]) == "state") \
                    and not (start - 2 >= 0 and keys[start - 2] in L.GENITIVE and keys[start - 1] in L.POST_MODS):
                start -= 1
            if start < i and not (i - start == 1 and keys[start] in L.POST_MODS and keys[start] not in _STATE_LIKE
                                  and not L.PLACES.match(keys, start)):
                if start > 0 and keys[start - 1] == "अखिल":
                    start -= 1
                end = i + 1
                # "माली सैनी समाज विकास समिति": a second body word closes the name
                for x in range(i + 1, min(len(keys), i + 4)):
                    if not toks[x].word or keys[x] in L.STOP or keys[x] in L.GENITIVE:
                        break
                    if keys[x] in L.ORG_SUFFIXES:
                        end = x + 1
                        break
                return _qualified(text, toks, keys, start, end)
        i += 1
    return None


_STATE_LIKE = {key(w) for w in "अखिल भारतीय राष्ट्रीय".split()}


def _qualified(text: str, toks: list, keys: list[str], start: int, end: int) -> str:
    """The name from token start to end, with a faction in brackets ("(एकता उगराहां)")."""
    if end < len(toks) and toks[end].text == "(":
        close = next((x for x in range(end + 1, min(len(toks), end + 8)) if toks[x].text == ")"), None)
        if close is not None and sum(1 for t in toks[end + 1:close] if t.word) >= 2:
            return fold(text[toks[start].start:toks[close].end])
    return fold(text[toks[start].start:toks[end - 1].end])


def wing(sentence: str) -> str | None:
    """A wing named in the event sentence and not as part of someone's post."""
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    for i in range(len(keys)):
        m = L.WINGS.match(keys, i)
        if m:
            j = i + m[0]
            if j < len(keys) and L.POST_HEADS.match(keys, j) and j + 1 < len(keys) and \
                    keys[j + 1] not in L.GENITIVE and not any(L.EVENTS.match(keys, x) for x in range(j, min(len(keys), j + 3))):
                # "सेवा दल अध्यक्ष X": still the wing when the event is the wing's own
                pass
            return fold(sentence[toks[i].start:toks[j - 1].end])
    return None


def level_stariya(text: str) -> str | None:
    """"संभाग स्तरीय", "जिला स्तरीय": the level as the report writes it."""
    toks = tokenize(text)
    keys = [t.key for t in toks]
    for i, k in enumerate(keys):
        if k == "स्तरीय" and i > 0 and keys[i - 1] in L.LEVEL_WORDS:
            return fold(text[toks[i - 1].start:toks[i].end])
    return None


def level(sentence: str) -> str | None:
    """"X स्तरीय" in the event sentence, or a unit word right before the event word ("जिला बैठक")."""
    found = level_stariya(sentence)
    if found:
        return found
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    for i in range(len(keys)):
        if L.EVENTS.match(keys, i):
            for j in range(i - 1, max(-1, i - 5), -1):
                if keys[j] in L.LEVEL_WORDS:
                    return toks[j].text
                if keys[j].endswith("ों") or L.POST_HEADS.match(keys, j) or not toks[j].word:
                    break
            return None
    return None


def has_place_locative(sentence: str, places: tuple[str, ...] = ()) -> bool:
    """"जगाधरी में": the event happened somewhere physical (a known place or the dateline)."""
    extra = {key(p) for p in places if p}
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    return any(keys[i] in ("में", "मे", "मेंं") and (L.PLACES.match(keys, i - 1) or keys[i - 1] in extra)
               for i in range(1, len(keys)))


def venue(sentence: str, strict: bool = False) -> str | None:
    """The "… में" place phrase of the event sentence, as written.

    ``strict`` (used for the sentence after the event sentence) wants "… में आयोजित".
    """
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    best = None
    for i, k in enumerate(keys):
        if k not in ("में", "मे", "मेंं", "पर"):
            continue
        on = k == "पर"  # "पार्टी कार्यालय पर हुई": only with a venue head right before it
        # left edge: walk back over the phrase until a boundary word
        j = i - 1
        has_head = False
        while j >= 0:
            kj = keys[j]
            if not toks[j].word and toks[j].text not in (",",):
                break
            if kj in L.VENUE_HEADS:
                has_head = True
            if kj in L.ORG_SUFFIXES or L.ORGS.match(keys, j):
                j -= 1  # "पार्टी कार्यालय", "भाजपा कार्यालय"
                continue
            if kj in ("को", "ने", "द्वारा", "की", "का", "में", "मे", "से", "पर", "आज", "बैठक", "सम्मेलन",
                      "कार्यक्रम", "आयोजन", "स्थल", "बीच", "अवसर") or kj in L.MONTHS or \
                    (L.EVENTS.match(keys, j) is not None) or kj.endswith("वार") or \
                    (kj in L.STOP and kj not in L.VENUE_HEADS and kj not in L.POST_MODS and
                     kj not in ("के", "स्थित", "स्थानीय") and not L.PLACES.match(keys, j)):
                break
            if kj == "के" and j > 0 and L.PLACES.match(keys, j - 1):
                break
            j -= 1
        span = toks[j + 1:i]
        while span and (not span[0].word or span[0].key in ("के", "स्थित")):
            span = span[1:]
        while span and not span[-1].word:
            span = span[:-1]
        if not span:
            continue
        text = fold(sentence[span[0].start:span[-1].end])
        # "राजीव भवन, रायपुर": the town after a comma is not part of the venue
        if "," in text and has_head:
            head, _, tail = text.rpartition(",")
            if _is_place(tail.strip()) and any(key(w) in L.VENUE_HEADS for w in head.split()):
                text = head.strip()
        if on and not (i >= 1 and keys[i - 1] in L.VENUE_HEADS):
            continue
        if strict and not (has_head or (i + 1 < len(keys) and keys[i + 1] in ("आयोजित", "संपन्न", "सम्पन्न"))):
            continue
        near_event = any(L.EVENTS.match(keys, x) or keys[x] in ("आयोजित", "संपन्न", "सम्पन्न", "हुई", "हुआ", "आहुत")
                         for x in range(max(0, j - 3), min(len(keys), i + 6)))
        n_words = sum(1 for t in span if t.word)
        if has_head or (near_event and n_words <= 3 and not all(
                L.PLACES.match(keys, x) for x in range(j + 1, i) if toks[x].word) and
                not all(L.PLACES.match([t.key], 0) for t in span)):
            score = (has_head, near_event)
            if best is None or score > best[0]:
                best = (score, text)
        elif near_event and n_words == 1 and not _is_place(span[0].text) and best is None:
            best = ((False, False), text)
    return best[1] if best else None


def date(text: str) -> str | None:
    """ISO date when the report gives day, month and year."""
    m = _NUMERIC_DATE.search(text)
    if m:
        d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    for m in _WORD_DATE.finditer(text):
        mo = L.MONTHS.get(key(m.group(2)))
        if mo:
            return f"{int(m.group(3)):04d}-{mo:02d}-{int(m.group(1)):02d}"
    return None
