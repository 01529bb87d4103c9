"""The event itself: which sentence first names it, its type, whether it was virtual, its wing and level."""

from __future__ import annotations

from .. import lexicon as L
from ..lexicon import tokenize
from ..normalise import fold, key
from .common import _AREA, _body_panchayat, _COMPLETE, _HEADS, _HOST, _LOCATIVE, _MANDAL, _ORG_FIRST, _VIRTUAL, _host_after, _level_word


_FOR = {("के", "लिए"), ("के", "लिये"), ("की", "तैयारी"), ("की", "तैयारियों"), ("की", "सफलता"), ("को", "सफल")}
_FOR_ONE = {key(w) for w in "हेतु".split()}  # "रैली हेतु बैठक", "रैली को सफल बनाने के लिए बैठक"


def _event_at(keys: list[str], i: int):
    """The event phrase at i, unless it is another event the reported one was for ("… महारैली के
    लिए बैठक", "सम्मेलन की तैयारी को लेकर बैठक")."""
    m = L.EVENTS.match(keys, i)
    if m is None and _body_panchayat(keys, i):
        m = (1, "meeting")
    if m and i + m[0] + 1 < len(keys) and ((keys[i + m[0]], keys[i + m[0] + 1]) in _FOR or
                                           keys[i + m[0]] in _FOR_ONE):
        return None
    return m


def first_event(sentences: list[str]) -> tuple[int | None, str]:
    """Index of the first body sentence that names the event, and its event type."""
    for si, sent in enumerate(sentences):
        keys = [t.key for t in tokenize(sent)]
        for i in range(len(keys)):
            m = _event_at(keys, i)
            if m:
                return si, str(m[1])
    return None, "other"


def _mask(text: str, org: str | None) -> str:
    """The text with the body's own name blanked ("मारवाड़ी सम्मेलन" is not a conference)."""
    if not org or len(org) < 3:
        return text
    return text.replace(org, " " * len(org))


def event_type(sentences: list[str], title_lines: list[str], org: str | None = None) -> str:
    for line in title_lines + sentences:
        line = _mask(line, org)
        keys = [t.key for t in tokenize(line)]
        found = None
        for i in range(len(keys)):
            m = _event_at(keys, i)
            if m:
                found = str(m[1])
                break
        if found:
            return found
    return "other"


def _is_virtual(keys: list[str]) -> bool:
    for i in range(len(keys)):
        if L.VIRTUAL.match(keys, i) or _VIRTUAL.match(keys, i):
            return True
        # "वीडियो कोनफ़्रेंसिंग": any spelling of video conference
        if keys[i] in _VIDEO and i + 1 < len(keys) and ("फ्रें" in keys[i + 1] or "फ्रे" in keys[i + 1]):
            return True
    return False


_VIDEO = {key(w) for w in "वीडियो विडियो वीडियों विडियों".split()}
_SAID = {key(w) for w in "कहा कहना कहते बताया".split()}
_PRESENT = {key(w) for w in "उपस्थित मौजूद शामिल".split()}


def mode(event_sentence: str | None, title: str, venue: str | None, has_place: bool,
         later: list[str] = (), dateline: str | None = None, kind: str | None = None, doc: str = "") -> str:
    """virtual when the event sentence or title says so, or a sentence after it about the event
    ("यह बैठक वीडियो कांफ्रेंसिंग के द्वारा हुई"); in person when it has a place; an ordinary
    event (a meeting, a rally …) reported from a place or with people present is in person too."""
    tkeys = [t.key for t in tokenize(title)]
    if _is_virtual(tkeys) and any(L.EVENTS.match(tkeys, x) or tkeys[x] in ("आयोजन", "आयोजित")
                                  for x in range(len(tkeys))):
        return "virtual"  # (not "आनलाइन शापिंग" in a headline about something else)
    if _is_virtual([t.key for t in tokenize(event_sentence or "")]):
        return "virtual"
    for text in later:
        keys = [t.key for t in tokenize(text)]
        if any(k in _SAID for k in keys) or "ने" in keys or not any(k in _COMPLETE for k in keys) or \
                not any(L.EVENTS.match(keys, x) for x in range(len(keys))):
            continue  # a speech, or no word about the event being held
        if _is_virtual(keys):
            return "virtual"
    if venue or has_place:
        return "in_person"
    if kind and kind != "other" and (dateline or any(k in _PRESENT for k in (t.key for t in tokenize(doc)))):
        return "in_person"
    if dateline and any(k in _COMPLETE for k in (t.key for t in tokenize(event_sentence or ""))):
        return "in_person"  # "उमरिया। … शपथग्रहण समारोह … आयोजित हुआ": a ceremony held where it is reported from
    return "unknown"


def wing(sentence: str) -> str | None:
    """A wing named in the event sentence and not as part of someone's post."""
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    for i in range(len(keys)):
        m = L.WINGS.match(keys, i)
        if m:
            j = i + m[0]
            b = i - 1
            if b >= 0 and L.ORGS.match(keys, b) and L.ORGS.match(keys, b)[0] == 1:
                b -= 1  # "… सदस्य भाजपा महिला मोर्चा"
            if b >= 0 and toks[b].word and L.POST_HEADS.match(keys, b):
                continue  # the wing of someone's post written after the post, not the event's
            if j < len(keys) and L.POST_HEADS.match(keys, j) and j + 1 < len(keys) and \
                    keys[j + 1] not in L.GENITIVE and not any(L.EVENTS.match(keys, x) for x in range(j, min(len(keys), j + 3))):
                # "सेवा दल अध्यक्ष X": still the wing when the event is the wing's own
                pass
            return fold(sentence[toks[i].start:toks[j - 1].end])
    # "माइनॉरिटी सेल की ओर से", "पंचायती राज प्रकोष्ठ की बैठक": a cell of the lexicon's shape
    for i, k in enumerate(keys):
        if k in _CELL_WORDS and i > 0 and (_HOST.match(keys, i + 1) or _host_after(keys, i + 1)):
            a = i
            while a > 0 and i - a < 3 and toks[a - 1].word and keys[a - 1] not in L.STOP and \
                    keys[a - 1] not in L.GENITIVE and not L.ORGS.match(keys, a - 1) and \
                    not L.PLACES.match(keys, a - 1) and not L.POST_HEADS.match(keys, a - 1) and \
                    keys[a - 1] not in L.POST_MODS and not keys[a - 1].isdigit():
                a -= 1
            if a < i and not (a > 0 and L.POST_HEADS.match(keys, a - 1)):
                return fold(sentence[toks[a].start:toks[i].end])
    return None


_CELL_WORDS = {key(w) for w in "सेल प्रकोष्ठ प्रकोष्ट".split()}


def level_stariya(text: str) -> str | None:
    """"संभाग स्तरीय", "जिला स्तरीय": the level as the report writes it."""
    toks = tokenize(text)
    keys = [t.key for t in toks]
    for i, k in enumerate(keys):
        if k == "स्तरीय" and i > 0 and keys[i - 1] in L.LEVEL_WORDS and _stariya_of_event(toks, keys, i + 1):
            return fold(text[toks[i - 1].start:toks[i].end])
        if len(k) > 6 and k.endswith("स्तरीय") and _level_word(k[:-6]) and _stariya_of_event(toks, keys, i + 1):
            return toks[i].text  # "प्रखंडस्तरीय", "जिलास्तरीय": written joined
    return None


def _stariya_of_event(toks: list, keys: list[str], j: int) -> bool:
    """"जिला स्तरीय बैठक", "प्रदेश स्तरीय पदाधिकारी …": the level of the event or of those who met,
    not of a topic ("बूथ स्तरीय बात पर चर्चा")."""
    for x in range(j, min(len(keys), j + 4)):
        if not toks[x].word or keys[x] in ("पर", "की", "का", "के"):
            return False
        if L.EVENTS.match(keys, x) or L.POST_HEADS.match(keys, x):
            return True
    return False


_COMMITTEES = {key(w) for w in "कमेटी कमिटी समिति परिषद शाखा कार्यकारिणी कार्यकारणी कार्यसमिति".split()}
_UNIT_NOUN = {key(w) for w in "इकाई ईकाई".split()}


def level_more(sentence: str, org: str | None = None) -> str | None:
    """Other wordings of the level in the event sentence: "जिला इकाई द्वारा", the unit word before
    the body ("अनुमंडल … शिक्षक संघ"), "X की ब्लाक … की बैठक", "… विधानसभा की … समीक्षा बैठक"."""
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    n = len(keys)
    for i in range(n - 1):
        if _level_word(keys[i]) and keys[i + 1] in _UNIT_NOUN:
            return toks[i].text
        if keys[i] in _DISTRICT_OBLIQUE and i + 2 < n and keys[i + 1] in L.GENITIVE and keys[i + 2] in _UNIT_NOUN:
            return toks[i].text[:-1] + "ा"  # "गाजियाबाद जिले की इकाई ने …"
        # "दरभंगा जिला परिषद का … सम्मेलन", "जिला शाखा की एक बैठक": a unit's committee holding the event
        if _level_word(keys[i]) and keys[i + 1] in _COMMITTEES and i + 2 < n and keys[i + 2] in L.GENITIVE and \
                (i == 0 or not L.POST_HEADS.match(keys, i - 1)) and \
                any(_event_at(keys, x) for x in range(i + 3, min(n, i + 9))):
            return toks[i].text
    if org:
        org_keys = [t.key for t in tokenize(org) if t.word]
        m = len(org_keys)
        for i in range(1, n - m + 1):
            if keys[i:i + m] == org_keys and _level_word(keys[i - 1]) and toks[i - 1].word:
                return toks[i - 1].text
    for i in range(n - 1):
        g = i + 1
        if i > 0 and keys[i - 1] in L.GENITIVE and i + 2 < n and keys[i + 2] in L.GENITIVE and toks[i + 1].word \
                and keys[i + 1] not in L.STOP and not L.POST_HEADS.match(keys, i + 1):
            g = i + 2  # "संघ की ब्लाक रामपुर की बैठक": the unit's place between
        if _level_word(keys[i]) and keys[g] in L.GENITIVE and (i == 0 or not L.POST_HEADS.match(keys, i - 1)):
            for x in range(g + 1, min(n, g + 8)):
                if not toks[x].word or keys[x] in ("ने", "में", "को", "से") or L.POST_HEADS.match(keys, x):
                    break
                if L.EVENTS.match(keys, x):
                    return toks[i].text
    return None


def level(sentence: str, org: str | None = None) -> str | None:
    """"X स्तरीय" in the event sentence, or a unit word right before the event word ("जिला बैठक")."""
    found = level_stariya(sentence)
    if found:
        return found
    toks = tokenize(_mask(sentence, org))
    keys = [t.key for t in toks]
    for i in range(len(keys)):
        if _event_at(keys, i):
            for j in range(i - 1, max(-1, i - 7), -1):
                if keys[j] in L.LEVEL_WORDS and not _state_name_part(toks, keys, j) and \
                        not (j + 1 < i and keys[j + 1] in _HEADS):  # ("तहसील कार्यालय पर धरना": a place)
                    return toks[j].text
                if keys[j] in _DISTRICT_OBLIQUE and j + 1 < i and keys[j + 1] in L.GENITIVE:
                    return toks[j].text[:-1] + "ा"  # "रायसेन जिले की बैठक": the district level, as "जिला"
                if keys[j].endswith("ों") or L.POST_HEADS.match(keys, j) or not toks[j].word or \
                        keys[j] in ("ने", "में", "को", "से") or j < i - 4 and keys[j + 1] not in L.GENITIVE and \
                        keys[j + 1] not in _COMMITTEES:
                    break  # ("संघ जिला सागर की कार्यकारिणी की बैठक": the committee's genitive may come between)
            break
    # "जिला कांग्रेस कार्यालय में … बैठक", "जिला भाजपा की बैठक": a unit word before a named body
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    # "भाजपा मंडल संडी युवा मोर्चा का … बैठक", "भाजपा दक्षिण मंडल … की बैठक": the unit word after the body
    for i in range(len(keys) - 2):
        m = L.ORGS.match(keys, i) if keys[i] in _ORG_FIRST else None
        if not m:
            continue
        for j in (i + m[0], i + m[0] + 1):
            if j + 1 < len(keys) and keys[j] in _MANDAL and toks[j - 1].word and \
                    not L.POST_HEADS.match(keys, j) and not L.POST_HEADS.match(keys, j + 1) and \
                    keys[j + 1] not in _LOCATIVE and keys[j + 1] != "पर" and \
                    any(_event_at(keys, x) for x in range(j + 1, min(len(keys), j + 9))):
                return toks[j].text
        break
    for i in range(len(keys) - 1):
        if keys[i] in L.LEVEL_WORDS and L.ORGS.match(keys, i + 1):
            j = i + 1 + L.ORGS.match(keys, i + 1)[0]
            if j < len(keys) and (keys[j] in L.GENITIVE or keys[j] in _HEADS) and \
                    any(L.EVENTS.match(keys, x) for x in range(j, min(len(keys), j + 8))):
                return toks[i].text
    return None


_DISTRICT_OBLIQUE = {key(w) for w in "जिले ज़िले".split()}


def _state_name_part(toks: list, keys: list[str], j: int) -> bool:
    """"हिमांचल प्रदेश युवा कांग्रेस": प्रदेश after a word that is no body, level or function word
    is part of a state's name (misspelt or not), not the level."""
    if keys[j] != "प्रदेश" or j == 0 or not toks[j - 1].word:
        return False
    p = keys[j - 1]
    return not (p in L.STOP or p in L.GENITIVE or L.ORGS.match(keys, j - 1) or _level_word(p) or
                L.POST_HEADS.match(keys, j - 1) or p in L.POST_MODS) or L.PLACE_KIND.get(p) == "state"


def has_place_locative(sentence: str, places: tuple[str, ...] = ()) -> bool:
    """"जगाधरी में": the event happened somewhere physical (a known place or the dateline)."""
    extra = {key(p) for p in places if p}
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    return any(keys[i] in ("में", "मे", "मेंं") and (L.PLACES.match(keys, i - 1) or keys[i - 1] in extra or
                                                     keys[i - 1] in _AREA)
               for i in range(1, len(keys)))
