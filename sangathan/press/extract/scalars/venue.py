"""Where the event was held: the phrase before a locative, walked leftwards, in the sentence that names the event."""

from __future__ import annotations

from .. import lexicon as L
from ..lexicon import tokenize
from ..normalise import fold, key
from .common import (
    _ANAPHORIC, _AREA, _COMPLETE, _HEADS, _LOCATIVE, _NOT_PLACE, _ORG_FIRST, _RESIDENCE, _SPATIAL, _UNIT_WORDS,
    _body_panchayat, _is_place,
)


_CITY_KINDS = {"district", "division", "state"}

_VENUE_STOP = {key(w) for w in "को ने द्वारा की का में मे से पर आज बैठक सम्मेलन कार्यक्रम आयोजन बीच अवसर "
               "अंतर्गत अन्तर्गत गठन उद्घाटन लोकार्पण".split()}
_ROOMS = {key(w) for w in "हॉल हाल कक्ष रूम".split()}  # "मीटिंग हॉल", "सभा कक्ष": a room named by its use
# "सेक्टर 6", "वार्ड नंबर 1", "सैक्टर-23": a number that belongs to the name of the place
_NUMBERED = {key(w) for w in "सेक्टर सैक्टर वार्ड नंबर नम्बर नं क्रमांक प्लॉट प्लाट फेज".split()}
# "… में होने वाली रैली", "… में आयोजित होने वाले सम्मेलन": a future event, not the one reported
_FUTURE = {key(w) for w in "वाली वाले वाला बाली बाले".split()}
_PAST = {key(w) for w in "था थी थे".split()}
_ARTICLE = {key(w) for w in "एक".split()}
_BUILDING_NAMERS = {key(w) for w in "जनता सेवा जन लोक समाज किसान".split()}  # common nouns that name a building
_WEEKDAYS = {key(w) for w in "सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार वीरवार शुक्रवार शनिवार रविवार इतवार".split()}
_NAME_LIKE = L.GIVEN | L.SURNAMES


_DONE_AUX = {key(w) for w in "गई गयी गए गये".split()}
_HERE = {key(w) for w in "यहां यहाँ".split()}


def _next_verb(keys: list[str], i: int) -> str:
    """The word after the locative at i; "… में की गई (बैठक)": the light verb "की गई" says the event
    was done there, as "आयोजित" does."""
    nxt = keys[i + 1] if i + 1 < len(keys) else ""
    if nxt == "की" and i + 2 < len(keys) and keys[i + 2] in _DONE_AUX:
        return "किया"
    return nxt


def _abbrev_letter(t) -> bool:
    return t.word and len(t.text) <= 3 and not t.text.isdigit()


def _venue_spans(toks: list, keys: list[str], org_keys: tuple[str, ...] = ()) -> list[tuple[tuple, int, int, int, int]]:
    """Candidate venue phrases: (score, first token, last token, postposition index, town), town 1 for a
    town alone held to be the event's place ("सम्मेलन सतना में संपन्न"), 2 for a town alone before
    the event ("उदयपुर में … की बैठक"), 0 for any other phrase."""
    out = []
    n = len(keys)
    known_ends: dict[int, int] = {}  # tokens where a named body of the lexicon ends -> its first token
    for x in range(n):
        m = L.ORGS.match(keys, x) if keys[x] in _ORG_FIRST else None
        if m:
            known_ends[x + m[0] - 1] = x
    for i, k in enumerate(keys):
        nxt = _next_verb(keys, i)
        if k in _LOCATIVE:
            pass
        elif k == "मैं" and nxt in _COMPLETE:
            pass  # "सभागृह दुर्ग मैं संपन्न हुआ": a misspelt में
        elif k.startswith(("पहुंच", "पहुँच")) and any(
                keys[x] in ("जहां", "जहाँ") and any(L.EVENTS.match(keys, y) or keys[y] == "सभा"
                                              for y in range(x + 1, min(n, x + 5)))
                for x in range(i + 1, min(n, i + 4))):
            pass  # "मार्च … समाहरणालय पहुंचा, जहां सभा आयोजित की गई": the rally's end is the meeting's place
        elif k in _SPATIAL and i > 1 and keys[i - 1] == "के" and keys[i - 2] in _HEADS and any(
                L.EVENTS.match(keys, x) or keys[x] in _COMPLETE for x in range(i + 1, min(n, i + 7))):
            pass  # "तहसील कार्यालय के सामने (शुक्रवार को) धरना दिया": the spatial phrase is the place
        elif k in _SPATIAL and i > 1 and keys[i - 1] == "के" and nxt in _COMPLETE and \
                any(keys[x] in _HEADS for x in range(max(0, i - 7), i - 1)):
            pass  # "… सदन … अस्पताल के सामने संपन्न हुआ": a landmark named after the building
        elif k != "पर":
            continue
        if i > 0 and keys[i - 1] in _NOT_PLACE and k not in _SPATIAL:
            continue  # "देरी के विरोध में", "इस बारे में": not a place
        if _not_this_event(keys, i):
            continue  # "… में होने वाली रैली", "… में किया गया था": another event than the one reported
        on = k == "पर" or k.startswith(("पहुंच", "पहुँच")) or k in _SPATIAL  # "पार्टी कार्यालय पर हुई": with a head
        j = i - 1 if k not in _SPATIAL else i - 2
        has_head = residence = False
        loc_at = None
        # "यहां रूपनगर के … भवन में": after "यहां" (the town of the dateline) the phrase up to the
        # locative is the place as written, a locality's genitive and any plain word included
        here = next((x for x in range(j, max(-1, j - 8), -1) if keys[x] in _HERE), None)
        if here is not None and not all(toks[x].word for x in range(here + 1, j + 1)):
            here = None
        # "अशोकनगर स्थित विज्ञान समिति में": a place said to be "स्थित" somewhere is a venue
        for x in range(j, max(-1, j - 6), -1):
            if keys[x] == "स्थित":
                has_head = True
                break
            if not toks[x].word or keys[x] in L.GENITIVE and keys[x] != "के" or keys[x] in _LOCATIVE:
                break
        while j >= 0:
            kj = keys[j]
            if here is not None and j <= here:
                break
            if toks[j].text == ")":
                opened = next((x for x in range(j - 1, max(-1, j - 5), -1) if toks[x].text == "("), None)
                if opened is not None and opened > 0 and toks[opened - 1].word and \
                        all(toks[x].word for x in range(opened + 1, j)):
                    has_head = has_head or any(keys[x] in _HEADS for x in range(opened + 1, j))
                    j = opened - 1  # "दहिसर (पूर्व )", "प्रेस क्लब (निकट रोडवेज) अयोध्या": a gloss inside the name
                    continue
            if kj.isdigit() and j > 0 and (keys[j - 1] in _NUMBERED or
                                           j > 1 and toks[j - 1].text == "-" and keys[j - 2] in _NUMBERED):
                j -= 1 if keys[j - 1] in _NUMBERED else 2  # "सेक्टर 6", "सैक्टर-23"
                continue
            if kj in ("में", "पर", "मे") and j + 1 < i and keys[j + 1] == "स्थित" and j > 0 and toks[j - 1].word:
                j -= 1  # "पडाव मोहल्ले में स्थित साहू धर्मशाला": the place of the building is part of it
                continue
            if j in known_ends and known_ends[j] < j and j + 1 <= i and (keys[j + 1] in _HEADS or
                                                                       toks[j + 1].text == "," or
                                                                       keys[j + 1] in L.LEVEL_WORDS and
                                                                       j + 2 < i and keys[j + 2] in _HEADS):
                j = known_ends[j]  # "भारतीय जनता पार्टी, दिल्ली प्रदेश कार्यालय": the party's office
                if j > 0 and keys[j - 1] in L.GENITIVE:
                    break
                j -= 1
                continue
            if j == i - 1 and (kj in L.LEVEL_WORDS or kj in _UNIT_WORDS) and j > 0 and toks[j - 1].word and \
                    keys[j - 1] not in L.STOP and keys[j - 1] not in L.GENITIVE and not keys[j - 1].isdigit():
                j -= 1  # "घाटकुसुंभा मंडल में", "रामपुर ब्लॉक में": a named unit
                continue
            if (kj in _BUILDING_NAMERS or kj in _NOT_PLACE) and j + 1 < i and keys[j + 1] in _HEADS:
                j -= 1  # "जनता मैदान", "सेवा सदन", "चुनाव कार्यालय"
                continue
            if kj in _BUILDING_NAMERS and has_head and j + 2 < i and toks[j + 1].word and keys[j + 1] not in L.STOP:
                j -= 1  # "जन स्वास्थ्य विभाग कार्यालय"
                continue
            if kj in _ARTICLE and j + 1 < i and toks[j + 1].word:
                j -= 1  # "एक लान में", "खजूरी के एक विद्यालय प्रांगण में"
                continue
            if (L.EVENTS.match(keys, j) or kj == "सभा") and j + 1 < i and keys[j + 1] in _ROOMS:
                has_head = True  # "गल्ला मंडी के मीटिंग हॉल": an event word naming a hall
                j -= 1
                continue
            if (kj in L.LEVEL_WORDS or kj in _AREA) and j + 1 < i and keys[j + 1] in _HEADS and j > 0 and \
                    toks[j - 1].word and keys[j - 1] not in L.GENITIVE and not L.PLACES.match(keys, j - 1) and \
                    keys[j - 1] not in L.STOP:
                j -= 1  # "ऐतिहासिक जिला स्कूल", "लोक निर्माण … जिला मुख्यालय": a unit word inside the name
                continue
            if toks[j].text == "." and has_head and 0 < j and _abbrev_letter(toks[j - 1]) and \
                    j + 1 < i and (_abbrev_letter(toks[j + 1]) or j >= 2 and toks[j - 2].text == "."):
                j -= 1  # "के.वी.ई. पावर हाउस": an abbreviation inside the name
                continue
            if toks[j].text == "-" and 0 < j and j + 1 < i and toks[j - 1].word and toks[j + 1].word and \
                    toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start:
                j -= 1  # "स्टा-ए कार्यालय": a hyphen inside a word of the name
                continue
            if not toks[j].word and toks[j].text not in (",",):
                break
            if kj.isdigit() and has_head and j >= 2 and keys[j - 1] == "के" and keys[j - 2] in _AREA:
                j -= 1  # "शहर के 220 … पावर हाउस": a number in the name
                continue
            if kj in _HEADS:
                has_head = True
                residence = residence or kj in _RESIDENCE
            if (kj in L.ORG_SUFFIXES or j in known_ends) and kj not in _HEADS:
                j -= 1  # "पार्टी कार्यालय", "भाजपा कार्यालय"
                continue
            if kj == "स्थल" or (j + 1 < i and keys[j + 1] == "स्थल" and L.EVENTS.match(keys, j)):
                if kj != "स्थल":  # "धरना स्थल", "कार्यक्रम स्थल": the event word names the place
                    j -= 1
                    break
                has_head = True
                j -= 1
                continue
            if kj in L.GENITIVE and has_head:
                # a city before the venue is outside it ("लखनऊ के क्लार्क अवध"); a locality is part of it
                # ("नगड़ी के … बैंक्वेट हॉल")
                bare_place = L.PLACE_KIND.get(keys[j - 1]) in _CITY_KINDS and \
                    (j < 2 or not toks[j - 2].word or keys[j - 2] in L.STOP or keys[j - 2] in _AREA)
                if j == 0 or not toks[j - 1].word or kj == "के" and here is None and (
                        bare_place or _located_after(keys, j, i) or _district_of(toks, keys, j)):
                    break  # "लखनऊ के …", "नगर के छत्रीबाड़ी स्थित …", "X जिले के …": the town is outside the venue
                if j - 1 in known_ends or (org_keys and tuple(keys[max(0, j - len(org_keys)):j]) == org_keys):
                    break  # "भारतीय किसान यूनियन के कैंप कार्यालय": the body's office, not the body
                if kj == "के":
                    j -= 1
                    continue
                # "राजाराम की मूर्ति के पीछे …": a genitive inside a spatial phrase
                if j + 3 < i and keys[j + 2] == "के" and keys[j + 3] in _SPATIAL:
                    j -= 1
                    continue
                break
            if kj in _SPATIAL and j > 0 and keys[j - 1] == "के" and has_head:
                j -= 1
                continue
            if kj in _LOCATIVE and residence and loc_at is None:
                loc_at = j  # "माधवनगर में X के निवास पर": the locality is part of the venue
                j -= 1
                continue
            if residence and (L.POST_HEADS.match(keys, j) or kj in ("उर्फ",)):
                j -= 1  # "भाजपा नेता X के निवास"
                continue
            if kj in _VENUE_STOP or kj in _NOT_PLACE or kj in L.MONTHS or L.EVENTS.match(keys, j) is not None or \
                    _body_panchayat(keys, j) or \
                    j > 0 and L.EVENTS.match(keys, j - 1) and L.EVENTS.match(keys, j - 1)[0] == 2 or \
                    kj in _WEEKDAYS or kj.isdigit() or kj.endswith("दिवसीय") or \
                    kj.endswith(("होकर", "जाकर", "लेकर", "देकर", "चकर", "लकर")) or \
                    kj.endswith("ाकर") and kj not in _NAME_LIKE or \
                    (kj in L.STOP and kj not in _HEADS and kj not in L.POST_MODS and kj not in _NAME_LIKE and
                     kj not in ("के", "स्थित", "स्थानीय") and not L.PLACES.match(keys, j) and
                     not (here is not None and has_head and kj not in L.GENITIVE)):
                break
            if kj == "के" and not has_head and j > 0 and keys[j - 1] in _AREA and \
                    (j < 2 or not toks[j - 2].word or keys[j - 2] in L.STOP):
                break  # "जिला के रामगढ़ मंडल में": the district is outside
            if kj == "के" and j > 0 and L.PLACE_KIND.get(keys[j - 1]) in _CITY_KINDS and \
                    (j < 2 or not toks[j - 2].word or keys[j - 2] in L.STOP or keys[j - 2] in _AREA):
                break  # "लखनऊ के क्लार्क अवध": the city is outside (not "सितारगंज गल्ला मंडी के मीटिंग हॉल",
                # nor a locality's "नगड़ी के … हॉल")
            if kj == "के" and (_located_after(keys, j, i) or _district_of(toks, keys, j)):
                break  # "X जिले के …", "शहर के Y स्थित …": outside the venue
            j -= 1
        a = j + 1
        if loc_at is not None and loc_at - a > 2 and not any(keys[x] in _LOCALITY for x in range(a, loc_at)):
            a = loc_at + 1  # a long run before the locative is not a locality (unless it names one:
            # "मुद्गल कॉलोनी नियर में X के निवास पर")
        while a < i and (not toks[a].word or keys[a] in ("के", "स्थित") or keys[a] in _ARTICLE and a + 1 < i and
                         not toks[a + 1].word):
            a += 1
        if a < i and toks[a].text.endswith("\u0903") and a + 1 < i and toks[a + 1].word:
            a += 1  # "रांचीः पिठोरिया …": the dateline with a visarga for a colon
        for x in range(a, i):
            if toks[x].text == "(":
                break
            if toks[x].text == ")":
                a = x + 1  # the phrase began inside a bracket: it starts after it
                break
        b = i if k in _SPATIAL else i - 1
        while b >= a and not toks[b].word and not (toks[b].text == ")" and any(toks[x].text == "(" for x in range(a, b))):
            b -= 1
        if b < a:
            continue
        if keys[a] == "स्थल" and b > a:
            a += 1  # "आयोजन स्थल रा बा उ मा वि": the word "venue" labels the place that follows
        if a == b and keys[a] in _AREA:
            continue  # "जिले में": the district, not a venue
        n_words = sum(1 for t in toks[a:b + 1] if t.word)
        if on and k == "पर" and not has_head and keys[b] not in _HEADS and 2 <= n_words <= 3 and \
                (nxt in _COMPLETE or nxt == "आयोजन") and not all(L.PLACES.match(keys, x) for x in range(a, b + 1)) \
                and keys[a] not in L.STOP:
            out.append(((False, True), a, b, i, 0))  # "साधना शिखर राजसमन्द पर आयोजित हुआ"
            continue
        if on and k not in _SPATIAL and not (keys[b] in _HEADS or (has_head and (nxt in _COMPLETE or i + 1 < n and
                                                                                 L.EVENTS.match(keys, i + 1)))):
            continue
        if on and k != "पर":
            if has_head or i >= 2 and keys[i - 2] in _HEADS:
                out.append(((True, True), a, b, i, 0))
            continue
        near_event = any(L.EVENTS.match(keys, x) or keys[x] in _COMPLETE
                         for x in range(max(0, a - 3), min(n, i + 6)))
        all_places = all(L.PLACES.match(keys, x) for x in range(a, b + 1) if toks[x].word)
        if has_head or (near_event and n_words <= 3 and not all_places):
            out.append(((has_head, near_event), a, b, i, 0))
        elif near_event and n_words == 1 and not _is_place(toks[a].text):
            out.append(((False, False), a, b, i, 0))
        elif all_places and n_words <= 2 and L.PLACE_KIND.get(keys[a]) != "state":
            held = a > 0 and L.EVENTS.match(keys, a - 1) or nxt in _COMPLETE
            out.append(((False, False), a, b, i, 1 if held else 2))  # "सम्मेलन सतना में संपन्न हुआ": the town alone
    return out


_DISTRICT_WORDS = {key(w) for w in "जिले जिला ज़िले ज़िला जनपद".split()}


def _located_after(keys: list[str], j: int, i: int) -> bool:
    """"नगर के छत्रीबाड़ी स्थित भवन": after the genitive at j the place is located by a plain "X स्थित"
    (not "… में स्थित", not "… के पास स्थित"), so what comes before the genitive is outside it."""
    for x in range(j + 1, i):
        if keys[x] in _SPATIAL or keys[x] in L.GENITIVE:
            return False
        if keys[x] == "स्थित":
            return keys[x - 1] not in _LOCATIVE and keys[x - 1] != "पर"
    return False


def _district_of(toks: list, keys: list[str], j: int) -> bool:
    """"बलिया जिले के …": a district named as such before the genitive at j is outside the venue."""
    return j >= 2 and keys[j - 1] in _DISTRICT_WORDS and toks[j - 2].word and keys[j - 2] not in L.STOP


def _not_this_event(keys: list[str], i: int) -> bool:
    """After the locative at i: "होने वाली" (a coming event), "… किया गया था" (a past one), or the
    event "… के लिए"/"की तैयारी" (what the reported meeting prepared)."""
    n = len(keys)
    for x in range(i + 1, min(n, i + 4)):
        if keys[x] in _FUTURE and keys[x - 1] in ("होने", "होनी"):
            return True
        if keys[x] in ("।", "|"):
            break
    for x in range(i + 1, min(n, i + 6)):
        if keys[x] in _PAST and keys[x - 1] in L.VERB_FORMS:
            return True
        if keys[x] in ("।", "|", ","):
            break
    for x in range(i + 1, min(n, i + 5)):
        if L.EVENTS.match(keys, x):
            y = x + L.EVENTS.match(keys, x)[0]
            return y + 1 < n and (keys[y] == "के" and keys[y + 1] in ("लिए", "लिये") or
                                  keys[y] == "की" and keys[y + 1] == "तैयारी")
    # "पटना में आहूत … घेराव कार्यक्रम की तैयारी पर चर्चा": the place of what the meeting prepared for
    for x in range(i + 1, min(n - 1, i + 10)):
        if keys[x] in ("।", "|", ","):
            break
        if keys[x] == "की" and keys[x + 1] in ("तैयारी", "तैयारियों") and keys[x - 1] in _GENERIC_EVENT:
            return True
    return False


_CONSTITUENCY = {key(w) for w in "विधानसभा लोकसभा".split()}


def venue(sentence: str, strict: bool = False, org: str | None = None, dateline: str | None = None) -> str | None:
    """The "… में/पर" place phrase of the event sentence, as written.

    ``strict`` (used for other sentences than the event sentence) wants a venue head or
    "… में आयोजित/हुई". ``org``: the body that held the event ("X के कार्यालय": the office is the venue).
    A town alone is the venue when the event is said to be held in it, or (not ``strict``) when it
    is not the place the report is filed from (``dateline``: "जगाधरी, 22 दिसंबर … जगाधरी में …").
    """
    toks = tokenize(sentence)
    keys = [t.key for t in toks]
    org_keys = tuple(t.key for t in tokenize(org) if t.word) if org else ()
    dl_key = key(dateline.split("/")[0].split(",")[0].strip()) if dateline else None
    best = None
    for score, a, b, i, town in _venue_spans(toks, keys, org_keys):
        nxt = _next_verb(keys, i)
        if town == 2 and (strict or keys[a] == dl_key or a + 1 <= b and keys[b] == dl_key):
            continue  # the town the report is filed from, written again
        if strict and not (score[0] or nxt in _COMPLETE or town == 1):
            continue
        if strict and a == b and keys[a] in _LOCALITY:
            continue  # "पंचायत में …" in another sentence: a bare locality word is no venue
        if keys[b] in _CONSTITUENCY and not score[0]:
            continue  # "कोलारस विधानसभा में … सम्मेलन": the constituency, not the place of the hall
        text = fold(sentence[toks[a].start:toks[b].end])
        # "राजीव भवन, रायपुर": the town after a comma is not part of the venue
        # (only the dateline's town: another town after the comma says where the place is)
        if "," in text and score[0] and not any(t.word for t in toks[:a]):
            town, _, rest = text.partition(",")
            if _is_place(town.strip()) and any(key(w) in _HEADS for w in rest.split()):
                text = rest.strip()  # "भागलपुर, आईएमए भवन के सभागार में …": the dateline opens the sentence
        if "," in text and score[0]:
            head, _, tail = text.rpartition(",")
            if _is_place(tail.strip()) and any(key(w) in _HEADS for w in head.split()) and \
                    (dl_key is None or key(tail.strip()) == dl_key):
                text = head.strip()
        if best is None or score > best[0] or (a <= best[3] < i and score[0]) or \
                (score[0] and best[3] + 1 == a and keys[best[4]] in _LOCALITY and keys[b] not in _LOCALITY):
            # a later phrase that holds the earlier one ("संतनगर पंचायत में X के आवास पर") wins, and so
            # does a building right after its locality ("सागर नगर में … स्कूल में")
            best = (score, text, a, i, b)
    return best[1] if best else None


_LOCALITY = {key(w) for w in "नगर ग्राम गांव गाँव कस्बा कस्बे बस्ती कालोनी कॉलोनी मोहल्ला मोहल्ले मौहल्ला "
             "क्षेत्र बाजार रोड मार्ग चौक पंचायत शहर".split()}


def event_venue(sents: list[str], ev_idx: int | None, org: str | None = None,
                dateline: str | None = None) -> str | None:
    """The venue of the reported event: in its sentence (or a fuller naming of the same place in the
    next ones), in the sentence before when the event's opens with "इस अवसर पर", in the next
    sentence, or in a later sentence about the event."""
    ev_sent = sents[ev_idx] if ev_idx is not None else (sents[0] if sents else "")
    found = venue(ev_sent, org=org, dateline=dateline)
    if found and ev_idx is not None:
        for other in sents[ev_idx + 1: ev_idx + 3]:
            fuller = venue(other, strict=True, org=org)  # "जिला स्कूल के प्रांगण" in a headline, in full below
            if fuller and len(fuller) > len(found) and (fuller.endswith(" " + found) or
                                                        fuller.startswith(found + " में ")):
                return fuller  # (or the building in that locality: "गांव X में Y के आवास")
        if _town_alone(found):
            # "अयोध्या में … की मासिक पंचायत" (a lede or a summary), then "… मासिक पंचायत तिकोनिया पार्क
            # में लगाई गई": the town gives way to the building where the same event was held
            words = _event_words(ev_sent)
            for other in sents[ev_idx + 1: ev_idx + 7]:
                if not words & _event_words(other):
                    continue
                place = venue(other, strict=True, org=org)
                if place and not _is_place(place) and any(key(w) in _HEADS for w in place.split()):
                    return place
        return found
    if ev_idx is not None and ev_idx > 0 and _ANAPHORIC.match(ev_sent):
        found = venue(sents[ev_idx - 1], org=org, dateline=dateline)
        if found:
            return found
    if ev_idx is not None and ev_idx + 1 < len(sents):
        found = venue(sents[ev_idx + 1], strict=True, org=org)
    if found is None and ev_idx is None:
        found = next(filter(None, (venue(x, strict=True, org=org) for x in sents[:3])), None)
    if found is None:
        found = venue_anywhere(sents if ev_idx is None else sents[ev_idx:], org, dateline)
    return found


_GENERIC_EVENT = {key(w) for w in "कार्यक्रम आयोजन समारोह सभा".split()}


def _town_alone(text: str) -> bool:
    ks = [t.key for t in tokenize(text) if t.word]
    return 0 < len(ks) <= 2 and all(L.PLACES.match(ks, x) for x in range(len(ks)))


def _event_words(sentence: str) -> set[str]:
    keys = [t.key for t in tokenize(sentence)]
    out = set()
    for x in range(len(keys)):
        m = L.EVENTS.match(keys, x)
        if m:
            out.add(" ".join(keys[x:x + m[0]]))
    return out


def venue_anywhere(sentences: list[str], org: str | None = None, dateline: str | None = None) -> str | None:
    """"बैठक सिविक सेंटर में हुई", "… विकास भवन सभागार में आयोजित अधिवेशन में …": a later sentence
    about the event that gives its place."""
    dl_key = key(dateline.split("/")[0].split(",")[0].strip()) if dateline else None
    for sent in sentences:
        if "में" not in sent and "पर" not in sent and "पहुं" not in sent and "पहुँ" not in sent:
            continue
        toks = tokenize(sent)
        keys = [t.key for t in toks]
        n = len(keys)
        opens = bool(keys) and bool(L.EVENTS.match(keys, 0) or keys[0] in ("कार्यक्रम", "आयोजन", "सभा"))
        for score, a, b, i, town in _venue_spans(toks, keys, ()):
            nxt = _next_verb(keys, i)
            if town and (town == 2 and keys[a] == dl_key):
                continue
            good = score[0] or town
            if not good:
                continue
            if opens and nxt in _COMPLETE or keys[i].startswith(("पहुंच", "पहुँच")) or \
                    nxt == "आयोजित" and any(L.EVENTS.match(keys, x) or keys[x] in _GENERIC_EVENT
                                          for x in range(i + 2, min(n, i + 5))) or \
                    score[0] and nxt in _COMPLETE and any(L.EVENTS.match(keys, x) for x in range(max(0, a - 8), a)) or \
                    town and any(L.EVENTS.match(keys, x) for x in range(i + 1, min(n, i + 5))):
                return fold(sent[toks[a].start:toks[b].end])
    return None
