"""Single-valued fields: dateline, byline, event type, mode, organisation, wing, level, venue, date.

Each looks at a small, predictable place of the report (the opening line, the sentence that first
names the event) rather than the whole text, because later sentences talk about other events
("वर्चुअल माध्यम से संगठनात्मक बैठक" inside a speech must not make the meeting virtual).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as L
from .lexicon import tokenize
from .normalise import fold, key

_DEV_WORD = r"[\u0900-\u0963\u0966-\u096f\u0971-\u097f]+"
_DATELINE = re.compile(
    rf"^\s*(?P<place>{_DEV_WORD}(?:\s*/\s*{_DEV_WORD})?)\s*(?P<delim>,|।|:|\||-+|—|–|\(|/|\.(?=\s)|[”“\"]|(?=\d)|$|)")
_DATELINE2 = re.compile(
    rf"^\s*(?P<place>{_DEV_WORD}\s+{_DEV_WORD})\s*(?P<delim>,|।|:|\||-+|—|–|\(|/|(?=\d)|$)")
_PLACE_ADJ = {key(w) for w in "नई नया पूर्वी पश्चिमी उत्तरी दक्षिणी पूर्व पश्चिम उत्तर दक्षिण ग्रेटर नवी बाहरी".split()}
_BRACKET = re.compile(r"\(([^()]{2,60})\)")
_SLASH_NAME = re.compile(rf"^\s*{_DEV_WORD}(?:\s+{_DEV_WORD})?\s*/\s*(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}})\s*(?::-|:|-|\n|$|।|\|)")
_BY = re.compile(r"^\s*(?:By|by|BY)\s*:?\s+(?P<name>[A-Za-z][A-Za-z.]*(?:\s+[A-Za-z][A-Za-z.]*){0,3}|"
                 rf"{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}})\s*$")
_REPORT = re.compile(rf"(?:(?:रिपोर्ट|रिपोर्टर|संवाददाता|लेखक)\s*[:\-–/]+\s*|^\s*(?:रिपोर्ट|रिपोर्टर)\s+(?=[^,]+,\s*(?:ब्यूरो|संवाददाता)))"
                     rf"(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}})")
# "रायगढ़ से संवाददाता अमित कुमार गुप्ता की रिपोर्ट", "रिपोर्टर राजेश सिंह की रिपोर्ट"
REPORT_LINE = re.compile(rf"(?:संवाददाता|रिपोर्टर|प्रतिनिधि)\s+(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}}?)\s+की\s+(?:रिपोर्ट|खबर)\s*$")
# "कौशांबी। यूपी क्राइम रिर्पोटर कृष्ण जीत यादव": the reporter after the dateline, his post first
_REPORTER_TAIL = re.compile(rf"(?:^|[।:|\-–]\s*)(?P<post>(?:{_DEV_WORD}\s+){{0,2}}(?:रिपोर्टर|रिर्पोटर|रिपोटर|संवाददाता))"
                            rf"\s+(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{1,3}})\s*$")
# "(उमेश चंद यादव की रिपोर्ट)": a byline in brackets
_OWN_REPORT = re.compile(r"\s+(?:की|का)\s+(?:रिपोर्ट|खबर|प्रस्तुति)$")
_NAME_PLACE_DATE = re.compile(rf"^\s*(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{1,2}})\s+(?P<place>{_DEV_WORD})\s*,?\s+"
                              rf"\d{{1,2}}\s+{_DEV_WORD}\s*,?\s+\d{{4}}\s*$")
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})")
_WORD_DATE = re.compile(rf"(\d{{1,2}})\s+({_DEV_WORD})\s*,?\s*(\d{{4}})")


_CITY_KINDS = {"district", "division", "state"}


def _is_place(word: str) -> bool:
    toks = [t.key for t in tokenize(word) if t.word]
    return bool(toks) and L.PLACES.match(toks, 0) is not None


def _plain_word(w: str) -> bool:
    k = key(w)
    return not (k in L.STOP or k in L.POST_MODS or L.POST_HEADS.match([k], 0) or
                L.ROLE_CUES.match([k], 0) or L.ORGS.match([k], 0) or k in L.NEWS_WORDS)


_SHORT_TAG = re.compile(rf"^\s*(?P<pre>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,2}})\s*(?P<sep>/|—|–|-+)\s*"
                        rf"(?P<place>{_DEV_WORD}(?:\s+{_DEV_WORD})?)\s*$")
_BODY_OPEN = re.compile(rf"^\s*(?P<place>{_DEV_WORD}(?:\s+{_DEV_WORD})?)\s*(?:।|,|:|-+|—|–)\s*\S")


def dateline(lines: list[str]) -> tuple[str | None, int | None]:
    """Place the report opens with, and the index of the line that carries it.

    The first place of the opening lines ("रायपुर।", "नई दिल्ली, 5 मई"), except that a headline
    that opens with a place ("सुल्तानपुर : भाजपा की बैठक संपन्न") gives way to the body line
    under it, and a short tag line ("विजन लाइव/दनकौर", "धु्रव नारंग — रूपनगर") gives its place
    when no line opens with one. Only the lines above the first body paragraph are read (a lone
    word at the foot of a short report is no dateline).
    """
    # "श्रीनारद मीडिया‚ सीवान": a low quote typed for a comma; "@ छत्तीसगढ़", "** भोपाल": a mark before the place
    lines = [_LEAD_MARK.sub("", ln.replace("\u201a", ",")) for ln in lines]
    place, li = _dateline_first(lines[:_head_end(lines)])
    if li is not None and _title_like(lines[li]):
        for lj in range(li + 1, min(len(lines), li + 4)):
            m = _BODY_OPEN.match(lines[lj])
            if m and len(lines[lj].split()) >= 12:
                cand = m.group("place").strip()
                words = cand.split()
                if _plain_word(words[0]) and (len(words) == 1 or _is_place(cand)) and \
                        (not _is_place(place) or len(lines[li].split()) >= 5):
                    return cand, lj
                break
    if li is not None:
        return place, li
    for lj, line in enumerate(lines[:6]):
        m = _SHORT_TAG.match(line)
        if not m:
            continue
        pre, cand = m.group("pre"), m.group("place").strip()
        pre_keys = {key(w) for w in pre.split()}
        if _is_place(cand) or (m.group("sep") == "/" and pre_keys & (_OUTLET | L.NEWS_WORDS)):
            return cand, lj
    for lj, line in enumerate(lines[:3]):
        m = _DESK_PLACE.match(line)  # "संवाददाता : गोड्डा, झारखंड": the desk line names the place
        if m and _is_place(m.group("place")):
            return m.group("place"), lj
    for lj, line in enumerate(lines[:6]):
        m = _FROM_REPORT.match(line)  # "शेखपुरा से सुनील कुमार की रिपोर्ट"
        if m and _plain_word(m.group("place")):
            return m.group("place"), lj
    return _glued_dateline(lines)


# "शेखपुरा से सुनील कुमार की रिपोर्ट": the reporter's line names the place he writes from
_FROM_REPORT = re.compile(rf"^\s*(?P<place>{_DEV_WORD})\s+से\s+(?:{_DEV_WORD}\s+){{1,4}}की\s+(?:रिपोर्ट|खबर)\s*$")


_LEAD_MARK = re.compile(r"^[@*#]+\s*(?=[\u0900-\u097f])")
# "लालगंज आज़मगढ़ ।", "करमा- सोनभद्र :": the town, then its district, before the delimiter
_TOWN_DISTRICT = re.compile(rf"^\s*(?P<a>{_DEV_WORD})(?P<sep>\s*[-–]\s*|\s+)(?P<b>{_DEV_WORD})\s*(?:।|,|:|ः|\||-+\s|—|–|\(|(?=\d))")


def _town_district(line: str) -> str | None:
    m = _TOWN_DISTRICT.match(line)
    if not m:
        return None
    a, b = m.group("a"), m.group("b")
    if L.PLACE_KIND.get(key(b)) != "district" or key(a) == key(b) or not _plain_word(a) or \
            L.PLACE_KIND.get(key(a)) == "state" or key(a) in L.LEVEL_WORDS or key(a) in _AREA or key(a) in L.MONTHS:
        return None
    return line[m.start("a"):m.end("b")].strip()


def _head_end(lines: list[str]) -> int:
    """The lines that can hold the dateline: never more than six, and none below the first
    paragraph of the story (a long line of several sentences)."""
    for li, line in enumerate(lines[:6]):
        if len(line.split()) >= 25 and line.count("।") + line.count(". ") >= 2:
            return li + 1
    return min(6, len(lines))


_DESK_PLACE = re.compile(rf"^\s*(?:संवाददाता|रिपोर्टर|प्रतिनिधि|ब्यूरो|ब्यूरो रिपोर्ट)\s*[:\-–]+\s*"
                         rf"(?P<place>{_DEV_WORD}(?:\s+{_DEV_WORD})?)\s*(?:,\s*{_DEV_WORD}(?:\s+{_DEV_WORD})?)?\s*$")
_FIRST_DANDA = re.compile(rf"^(?P<head>[^।|]{{8,160}}?\s)(?P<tok>{_DEV_WORD})\s*।")


def _glued_dateline(lines: list[str]) -> tuple[str | None, int | None]:
    """"… कार्यकर्ता सम्मेलनशिवपुरी। जब …": the page lost the break between the headline and the
    dateline, so the place is glued to the headline's last word. Both halves must be words of the
    report (the headline's word is written apart elsewhere) and the tail a known place."""
    words = None
    for lj, line in enumerate(lines[:2]):
        m = _FIRST_DANDA.match(line)
        if not m:
            continue
        tok = m.group("tok")
        if words is None:
            words = {key(w) for ln in lines for w in re.findall(_DEV_WORD, ln)}
        for k in range(2, len(tok) - 2):
            head, tail = tok[:k], tok[k:]
            if "\u0905" <= tail[0] <= "\u0939" and key(head) in words and _is_place(tail):
                return tail, lj
        return None, None
    return None, None


def _title_like(line: str) -> bool:
    """A headline: short, and not a sentence of the body."""
    return len(line.split()) <= 12 and not line.rstrip().endswith(("।", ".", "?", "!"))


# "Dhanbad News : …", "Chhapra Desk – …", "Ghaziabad , Umesh Kumar : …", "Nagda(mpnews24)। …": a
# dateline in Latin script before a story in Devanagari
_LATIN_DL = re.compile(r"^\s*(?P<place>[A-Z][a-z]{2,}(?:\s+(?!Desk|News)[A-Z][a-z]{2,})?|[A-Z]{4,})\s*"
                       r"(?:(?:Desk|News|DESK|NEWS)\s*(?:[:\-–—|]|,\s*\d)|,|\(|।|:|\s[-–—]\s)")
# "(होशियारपुर)- …": the dateline in brackets; "(प्रमोद कुमार)दुद्धी/…": the reporter in brackets first
_LEAD_BRACKET = re.compile(r"^\s*\((?P<inner>[^()]{2,40})\)\s*")
# "बंगाल मिरर, पांडेश्वर: …", "डिजिटल डेस्क, वर्धा । …", "मदन सुमित्रा सिंघल, शिलचर। …": the outlet, the
# desk or the reporter, then the place
_PRE_PLACE = re.compile(rf"^\s*(?P<pre>{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}})(?:\s*,\s*|\s+)"
                        rf"(?P<place>{_DEV_WORD}(?:\s+{_DEV_WORD})?)\s*(?:।|:|ः|\(|,|-+|—|–|\.(?=\s))")
# "विनय महाजन। नूरपुर": the reporter, a danda, the place alone
_NAME_THEN_PLACE = re.compile(rf"^\s*(?P<pre>{_DEV_WORD}(?:\s+{_DEV_WORD}){{1,3}})\s*।\s*(?P<place>{_DEV_WORD})\s*$")
# "प्रदीप गुप्ता/ नर्मदापुरम/ …": reporter / place / story
_NAME_SLASH_PLACE = re.compile(rf"^\s*(?P<pre>{_DEV_WORD}(?:\s+{_DEV_WORD}){{1,2}})\s*/\s*(?P<place>{_DEV_WORD})\s*/")
# "लालगंज ,आजमगढ़। …": two places, the town and its district
_TWO_PLACES = re.compile(rf"^\s*(?P<both>(?P<a>{_DEV_WORD})\s*,\s*(?P<b>{_DEV_WORD}))\s*(?:।|:|-+|—|–)")
_DESK_WORDS = {key(w) for w in "डेस्क ब्यूरो मिरर".split()}
_DESK_SLASH = re.compile(rf"^\s*(?:{_DEV_WORD}\s+){{0,2}}(?:संवाददाता|प्रतिनिधि|ब्यूरो|डेस्क)\s*/\s*"
                         rf"(?P<place>{_DEV_WORD})\s*(?:।|:|,|-|$)")
_NAME_COMMA_PLACE = re.compile(rf"^\s*(?P<pre>{_DEV_WORD}(?:\s+{_DEV_WORD}){{1,2}})\s*,\s*(?P<place>{_DEV_WORD})\s*$")
# "सुमित कुमार पाठक / न्यूज 11 भारत": the reporter, then the outlet
_NAME_SLASH_OUTLET = re.compile(rf"^\s*(?P<name>{_DEV_WORD}(?:\s+{_DEV_WORD}){{1,3}})\s*/\s*(?P<outlet>[^/]{{3,40}})$")


def _names_reporter(words: list[str]) -> bool:
    return any(key(w) in L.GIVEN for w in words) and any(key(w) in L.SURNAMES or key(w) in L.GIVEN for w in words[1:])


def _outlet_like(words: list[str]) -> bool:
    """An outlet's or a desk's name: a news word of its own or at the end of a word ("जेटीन्यूज")."""
    for w in words:
        k = key(w)
        if k in _DESK_WORDS or k in _OUTLET or k in L.NEWS_WORDS or \
                any(k.endswith(n) and len(k) > len(n) + 1 for n in L.NEWS_WORDS):
            return True
    return False


def _special_dateline(line: str) -> str | None:
    """The shapes of opening lines that give their place without opening with it."""
    m = _LATIN_DL.match(line)
    if m and re.search(_DEV_WORD, line):
        rest = line[m.end():]
        b = re.match(rf"\s*(?:{_DEV_WORD}\s+){{0,2}}\(\s*(?P<p>{_DEV_WORD})\s*\)\s*[:।\-]", rest)
        return b.group("p") if b else m.group("place")  # "Chamba News : डलहौज़ी हलचल (डलहौज़ी):"
    m = _LEAD_BRACKET.match(line)
    if m:
        inner = m.group("inner").strip()
        after = line[m.end():]
        if re.fullmatch(_DEV_WORD, inner) and re.match(r"\s*(?:[-–—:,।]|$)", after) and _plain_word(inner):
            return inner
    m = _NAME_THEN_PLACE.match(line)
    if m and not _is_place(m.group("pre").split()[0]) and _plain_word(m.group("place")) and \
            (any(key(w) in L.GIVEN or key(w) in L.SURNAMES for w in m.group("pre").split()) or
             _is_place(m.group("place"))):
        return m.group("place")
    m = _NAME_SLASH_PLACE.match(line)
    if m and _is_place(m.group("place")) and _names_reporter(m.group("pre").split()):
        return m.group("place")
    m = _DESK_SLASH.match(line)
    if m and _is_place(m.group("place")):
        return m.group("place")  # "प्रहरी संवाददाता/मुंबई।": the desk, then the place
    m = _NAME_COMMA_PLACE.match(line)
    if m and _names_reporter(m.group("pre").split()) and _is_place(m.group("place")):
        return m.group("place")  # "सतीश जैन, इंदौर" alone on its line: the reporter and the place
    m = _TWO_PLACES.match(line)
    if m and _is_place(m.group("a")) and _is_place(m.group("b")) and \
            L.PLACE_KIND.get(key(m.group("b"))) != "state":
        return " ".join(m.group("both").split(" "))
    m = _PRE_PLACE.match(line)
    if m:
        pre, place = m.group("pre").split(), m.group("place")
        if "," not in line[m.end("pre"):m.start("place")] and key(pre[-1]) not in _DESK_WORDS:
            return None
        state_outlet = len(pre) >= 2 and L.PLACE_KIND.get(key(pre[0])) == "state" and not _is_place(pre[1])
        if _is_place(pre[0]) and not state_outlet or key(pre[0]) in L.STOP and not _outlet_like(pre) or \
                any(key(w) in L.MONTHS for w in pre):
            return None
        if len(place.split()) == 2 and not _is_place(place):
            place = place.split()[0]
        if not _plain_word(place.split()[0]) or key(place.split()[0]) in L.MONTHS:
            return None
        if _is_place(place) or _outlet_like(pre) or _names_reporter(pre) or state_outlet:
            return place
    return None


def _dateline_first(lines: list[str]) -> tuple[str | None, int | None]:
    state_alone = None  # "राजस्थान" alone on a line: a section of the site, unless nothing else is found
    for li, line in enumerate(lines[:6]):
        if not re.search(_DEV_WORD, line):
            continue
        special = _special_dateline(line)
        if special:
            return special, li
        lead = _LEAD_BRACKET.match(line)
        if lead and len(lead.group("inner").split()) <= 4:
            line = line[lead.end():]  # "(प्रमोद कुमार)दुद्धी/…": the reporter's name first
        m = _DATELINE.match(line)
        if not m:
            continue
        both = _town_district(line)
        if both:
            return both, li
        m2 = _DATELINE2.match(line)
        if m2 and (_is_place(m2.group("place")) and
                   L.PLACES.match([t.key for t in tokenize(m2.group("place")) if t.word], 0)[0] == 2 or
                   key(m2.group("place").split()[0]) in _PLACE_ADJ):
            m = m2  # "नई दिल्ली", "पूर्वी चंपारण", "श्री गंगानगर": two-word places
        place = m.group("place").strip()
        delim = m.group("delim")
        if place.endswith("\u0903") and len(place) > 2:
            place, delim = place[:-1], ":"  # "रांचीः": the visarga typed for a colon
        first = re.split(r"\s*/\s*", place)[0]
        rest = line[m.end("place"):].split()
        words = line.split()
        if not _plain_word(first) or key(first) in L.HONORIFICS or delim == "." and len(first) <= 2:
            continue  # "डॉ. राकेश …", "उ. प्र. …": a title or an abbreviation
        if L.PLACE_KIND.get(key(first)) == "state" and "/" not in place and \
                (not rest or key(rest[0].strip("।,:")) in L.BYLINE_WORDS | L.NEWS_WORDS):
            if not rest and state_alone is None:
                state_alone = (place, li)
            continue  # "राजस्थान" alone, "छत्तीसगढ़ रिपोर्टर": a section or an outlet
        if "/" in place:
            tail = re.match(rf"\s+({_DEV_WORD})", line[m.end("place"):])
            two = place.split("/")[-1].strip() + " " + tail.group(1) if tail else ""
            if tail and _is_place(two) and L.PLACES.match([t.key for t in tokenize(two) if t.word], 0)[0] == 2:
                return place + " " + tail.group(1), li  # "विदिशा/मध्य प्रदेश"
            last = place.split("/")[-1].strip()
            if not _is_place(first) and _is_place(last) and _outlet_like([first]):
                return last, li  # "जेटीन्यूज/मधुबनी": outlet/place
            if not _is_place(last) and len(words) >= 12 and _plain_word(first) and not _outlet_like([first]):
                return first, li  # "दुद्धी/साहू समाज कल्याण समिति के …": the slash joins the place to the story
        if "/" in place and not _is_place(place.split("/")[-1].strip()) and _is_place(first):
            return first, li  # "शिमला/विवेकानंद वशिष्ठ :-": place / reporter
        if delim.startswith("-") and m.start("delim") == m.end("place") and m.end() < len(line) and \
                re.match(_DEV_WORD, line[m.end():]):
            continue  # "मोदी-योगी की …": a hyphenated compound of a headline, not "place - story"
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
            if len(words) >= 12 and not _title_like(line) and L.PLACE_KIND.get(key(first)) != "state" and \
                    nxt not in L.STOP and nxt not in L.GENITIVE and not nxt.startswith(","):
                return first, li  # "उज्जैन शिवसेना प्रादेशिक बैठक …": the story follows its place unpunctuated
            continue
        if rest and key(rest[0].strip("।,:")) in L.NEWS_WORDS and delim not in (",", ":", "|"):
            continue
        if "/" in place and not _is_place(place.split("/")[-1].strip()):
            return first, li
        return place, li
    return state_alone or (None, None)


_UNIT_OF_BODY = {key(w) for w in "प्रकोष्ठ प्रकोष्ट सेल विभाग इकाई शाखा".split()}  # "… प्रकोष्ठ (आईक्यूएसी)"
# "… news report by Chandra Mohan Shukla", "Reported by: X": a byline in Latin script at the end
_LATIN_BY = re.compile(r"\b(?:[Rr]eport(?:ed)?|REPORT(?:ED)?)\s+(?:[Bb]y|BY)\s*:?\s*"
                       r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3})\s*$")


def latin_byline(cleaned: str) -> str | None:
    """The name of a Latin "… report by X" line among the last lines of the report, or of a
    blog's author line over a bare "By -" (the template writes the name first)."""
    lines = [ln for ln in cleaned.split("\n") if ln.strip()]
    for line in lines[-2:]:
        m = _LATIN_BY.search(line.strip())
        if m:
            return m.group("name")
    for prev, line in zip(lines[:8], lines[1:9]):
        if (_BARE_BY.match(line) or _STAMP.search(line)) and _LATIN_NAME.fullmatch(prev.strip()):
            return prev.strip()  # (or over the page's time stamp: "Rajesh Sharma" / "2 Dec 2021 7:44 pm")
    for line in lines[:8]:
        m = _LATIN_PLACE_NAME.match(line) or _LATIN_NAME_POST.match(line)
        if m:
            return m.group("name")
    return None


# "• Thu, 2 Dec 2021 7:44 pm IST", "2 Aug 2022 2:09 PM GMT": a page's time stamp under the author's name
_STAMP = re.compile(r"^\W*(?:[A-Z][a-z]{2},?\s+)?\d{1,2}\s+[A-Z][a-z]{2,8},?\s+\d{4}\s+\d{1,2}:\d{2}")
# "Ghaziabad , Umesh Kumar : …": place, reporter, colon; "- Lalu Yadav, Reporter …": name, post
_LATIN_PLACE_NAME = re.compile(r"^\s*[A-Z][a-z]{2,}\s*,\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s*:")
_LATIN_NAME_POST = re.compile(r"^\W*(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s*,\s*(?:Reporter|Correspondent|REPORTER)\b")


_BARE_BY = re.compile(r"^\s*(?:By|by|BY)\s*[-:–]?\s*$")
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3}")


def bylines(lines: list[str], dl_line: int | None) -> list[tuple[str, str | None, str | None]]:
    """(name, post, role) triples from the byline area: "By X", "(X)", "/X :-", "(सम्पादक-X)"."""
    out: list[tuple[str, str | None, str | None]] = []
    area = lines[: (dl_line + 1) if dl_line is not None else 3]
    for li, line in enumerate(area):
        m = _BY.match(line)
        if m:
            out.append((m.group("name").strip(), None, "reporter"))
            continue
        if dl_line is not None and li < dl_line:
            m = _NAME_PLACE_DATE.match(line)
            if m and _is_place(m.group("place")):
                name = _clean_name(m.group("name"))  # "भुवन वर्मा बिलासपुर 17 जुलाई 2022"
                if name and len(name.split()) >= 2:
                    out.append((name, None, "reporter"))
                    continue
            m = _NAME_SLASH_OUTLET.match(line)
            if m and _outlet_like(m.group("outlet").split()) and _names_reporter(m.group("name").split()):
                name = _clean_name(m.group("name"))
                if name:
                    out.append((name, None, "reporter"))
                    continue
            words = line.split()
            if 2 <= len(words) <= 3 and li > 0 and re.fullmatch(rf"{_DEV_WORD}(?:\s+{_DEV_WORD}){{1,2}}", line.strip()) \
                    and any(key(w) in L.GIVEN or key(w) in L.SURNAMES for w in words) \
                    and not any(L.EVENTS.match([key(w)], 0) for w in words):
                name = _clean_name(line)  # a name alone on a line between the headline and the dateline
                if name and len(name.split()) == len(words):
                    out.append((name, None, "reporter"))
                    continue
        m = _REPORT.search(line) or REPORT_LINE.search(line)
        if m and li <= (dl_line or 0):
            name = _clean_name(m.group("name"))
            if name:
                out.append((name, None, "reporter"))
        elif li == dl_line:
            m = _REPORTER_TAIL.search(line) or _NAME_COMMA_PLACE.match(line)
            name = _clean_name(m.group("name") if "name" in m.re.groupindex else m.group("pre")) if m else None
            if name and "pre" in m.re.groupindex and not (_names_reporter(name.split()) and
                                                         _is_place(m.group("place"))):
                name = None
            if name:
                out.append((name, m.group("post").strip() if "post" in m.re.groupindex else None, "reporter"))
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
            # a bracket inside the story ("… कम्युनिटी हॉल (फ़ैमिली पार्क) में", "142 (बांधखार)") is no byline
            # unless it holds a known name: a byline's bracket sits at the head of its line
            if bm.start() > 40 and not any(key(w) in L.GIVEN or key(w) in L.SURNAMES for w in inner.split()):
                continue
            before = line[:bm.start()].split()
            if before and (key(before[-1]) in L.ORG_SUFFIXES or L.ORGS.match([key(before[-1])], 0) or
                           key(before[-1]) in _UNIT_OF_BODY or key(before[-1]) in _ORG_TAIL or
                           key(before[-1]) in _HEADS):
                continue  # "बीजू जनता दल (बीजद)": the body's short name; "… हॉल (…)": a place's gloss
            inner = _OWN_REPORT.sub("", inner)
            if _OWN_REPORT.search(bm.group(1).strip()):
                inner = re.sub(r"^(?:संवाददाता|रिपोर्टर|प्रतिनिधि)\s+", "", inner)  # "(संवाददाता X की रिपोर्ट)"
            words_in = inner.split()
            if len(words_in) >= 2 and key(words_in[-1]) in L.AGENCY_WORDS:
                continue  # "(नईदुनिया प्रतिनिधि)": a desk tag
            name = _clean_name(inner)
            if name:
                out.append((name, None, "reporter"))
        if li == dl_line:
            m = _NAME_SLASH_PLACE.match(line)  # "प्रदीप गुप्ता/ नर्मदापुरम/ …": reporter / place / story
            if m and _is_place(m.group("place")) and _names_reporter(m.group("pre").split()):
                name = _clean_name(m.group("pre"))
                if name:
                    out.append((name, None, "reporter"))
            m = _SHORT_TAG.match(line)
            outlet = bool(m and {key(w) for w in m.group("pre").split()} & (_OUTLET | L.NEWS_WORDS))
            if m and m.group("sep") != "/" and _is_place(m.group("place").strip()) and not outlet:
                name = _clean_name(m.group("pre"))  # "धु्रव नारंग — रूपनगर": reporter — place
                if name and len(name.split()) >= 2:
                    out.append((name, None, "reporter"))
            m = None if outlet else _SLASH_NAME.match(line)  # "विजन लाइव/दनकौर": outlet/place
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

_FOR = {("के", "लिए"), ("के", "लिये"), ("की", "तैयारी"), ("की", "तैयारियों"), ("की", "सफलता"), ("को", "सफल")}
_FOR_ONE = {key(w) for w in "हेतु".split()}  # "रैली हेतु बैठक", "रैली को सफल बनाने के लिए बैठक"


def _event_at(keys: list[str], i: int):
    """The event phrase at i, unless it is another event the reported one was for ("… महारैली के
    लिए बैठक", "सम्मेलन की तैयारी को लेकर बैठक")."""
    m = L.EVENTS.match(keys, i)
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


def organisation(text: str, doc: str | None = None) -> str | None:
    """The body that held the event, as written: the first body named in ``text``, unless a
    later one in the same stretch is marked as the host ("X के तत्वावधान में", "X की ओर से",
    "X द्वारा आयोजित", "X की बैठक") and the first is not."""
    it = _iter_org_candidates(text, doc)
    first = next(it, None)
    institution = None
    while first is not None and (first.institution or first.venue):
        # "शहर के एलबीएस पीजी कॉलेज में संगोष्ठी": a college is the body only when no other is named
        institution = institution or first
        first = next(it, None)
    if first is None:
        return institution.text if institution else None
    if institution is not None and institution.known and institution.venue and first.sent > institution.sent + 1:
        return institution.text  # "भाजपा जिला कार्यालय में … बैठक", no other body near it: the party whose office it is
    if first.host:
        return first.text
    window = [first]
    for c in it:  # the first body's sentence and the next one
        if c.sent > first.sent + 1:
            break
        if not c.institution and not c.venue:
            window.append(c)
    _mark_parents(text, window)
    cands = window
    hosts = [c for c in window if c.host and not c.affil]
    if hosts:
        h = hosts[0]
        k = cands.index(h)
        if k > 0 and cands[k - 1].parent_of_next:
            return cands[k - 1].text  # "X (आसू) की कामरूप जिला समिति का अधिवेशन": the body, not its unit
        return _fuller(window, h)
    plain = [c for c in window if not c.affil]
    return _fuller(window, plain[0]) if plain else first.text


_ABBREV_BEFORE = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\)))(?:[\u0900-\u0963]{1,3}\.\s*)+$")


def event_organisation(body_text: str, sents: list[str], ev_idx: int | None, title_text: str,
                       doc: str) -> str | None:
    """The body that held the reported event: from its sentence on (from the sentence before when
    the event's opens with "इस अवसर पर"), else anywhere in the body, else in the title; a short
    name of a body named in full before it ("तृणमूल" after "तृणमूल कांग्रेस") is given in full."""
    ev_sent = sents[ev_idx] if ev_idx is not None else (sents[0] if sents else "")
    if ev_idx is not None and ev_idx > 0 and _ANAPHORIC.match(ev_sent):
        ev_sent = sents[ev_idx - 1]
    ev_pos = body_text.find(ev_sent.strip()[:40]) if ev_sent else 0
    m = _ABBREV_BEFORE.search(body_text, 0, max(0, ev_pos))
    if m and ev_pos > 0:
        ev_pos = m.start()  # "उ. प्र. पुस्तकालय संघ": the sentence was cut after a dotted letter
    org = organisation(body_text[max(0, ev_pos):], doc) or organisation(body_text, doc) or \
        organisation(title_text, doc) or _party_of_members(doc)
    if org and ev_pos > 0 and org in body_text[:ev_pos]:
        for c in _iter_org_candidates(body_text[:ev_pos], doc):
            if c.text.endswith(" " + org):
                return c.text  # "प्रांतीय नगर उद्योग व्यापार मंडल …", later "व्यापार मंडल की बैठक"
    if org:
        keys = [t.key for t in tokenize(org) if t.word]
        at = doc.find(org)
        for phrase, _ in L.ORGS._get(keys[0], ()) if len(keys) == 1 else ():
            if len(phrase) > 1 and phrase[-1] not in ("कमेटी", "कमिटी"):
                full = " ".join(phrase)
                folded = _fold_doc(doc)
                k = folded.find(full)
                if 0 <= k and (at < 0 or k <= at):
                    return folded[k:k + len(full)]
    return org


_MEMBER_ENDINGS = ("ियों", "ियो", "ी", "ाइयों", "ाई", "ाईयों")


def _party_of_members(doc: str) -> str | None:
    """"वरिष्ठ कांग्रेसियों", "भाजपाइयों": with no body named, the party named through its members."""
    for t in tokenize(doc):
        if not t.word or len(t.key) < 5:
            continue
        for end in _MEMBER_ENDINGS:
            if t.key.endswith(end):
                stem = t.key[:-len(end)]
                m = L.ORGS.match([stem], 0)
                if m and m[0] == 1 and len(stem) >= 3:
                    return t.text[:len(t.text) - len(end)]
    return None


def _fuller(window: list[OrgCandidate], chosen: OrgCandidate) -> str:
    """"झारखंड प्रोफेशनल कांग्रेस के प्रदेश अध्यक्ष … प्रोफेशनल कांग्रेस की बैठक": the same body,
    named in full earlier."""
    for c in window:
        if c is chosen:
            break
        if c.text.endswith(" " + chosen.text):
            return c.text
    return chosen.text


@dataclass(slots=True)
class OrgCandidate:
    start: int          # token span [start, end) in the text
    end: int
    text: str
    sent: int           # sentence number of the text the candidate is in
    known: bool         # a body of the lexicon (भाजपा, कांग्रेस …) rather than "… संघ"
    host: bool          # marked as the body that held the event
    affil: bool         # "X के अध्यक्ष": someone's post, not the host
    parent_of_next: bool = False  # "X की <next body>": the next body is a unit of this one
    institution: bool = False     # a college or university: the body only when no other is named
    venue: bool = False           # "प्रेस क्लब में बैठक": the place of the event, not its host


_ORDINALS = {key(w) for w in "प्रथम द्वितीय तृतीय चतुर्थ पंचम जन लोक सेवा सर्व भारतीय".split()}
# (ordinals and words common inside a body's name that the stopword list holds)
_ORG_BREAK = {key(w) for w in "बल्कि लेकिन किंतु किन्तु परंतु परन्तु तथा एवं और व या सहित साथ "
              "जुड़े जुड़ी जुड़ा संबंधित सम्बन्धित संबद्ध सम्बद्ध तत्पश्चात पश्चात मैं नवगठित नवनिर्वाचित".split()}
# common nouns of the stopword list that are often words of a body's name ("बिहार राज्य आशा कार्यकर्ता संघ")
_ORG_INNER = {key(w) for w in "कार्यकर्ता राज्य जनता व्यापार व्यापारी कर्मचारी किसान मजदूर होटल स्वयं".split()}
# "X से संबंधित Y", "X से जुड़े Y": X is Y's parent body; "Y संबंधित X": the same, written after
_AFFILIATED = {key(w) for w in "संबंधित सम्बन्धित संबद्ध सम्बद्ध जुड़े जुड़ी जुड़ा".split()}


def _verbal(k: str) -> bool:
    """A verb form or a plural: never a word of a body's name ("निर्भीक होकर समाज", "पार्टियां समाज")."""
    return k.endswith(("ियां", "ियाँ", "ियों", "ाओं", "ाएं", "ोकर", "करके", "लेकर", "देकर", "जाकर", "मिलकर",
                       "रहकर", "बनकर")) or k.endswith("ाकर") and k not in _NAME_LIKE_ORG


# "X का 65वां स्थापना दिवस समारोह", "X का वार्षिकोत्सव": the body's own function (words that
# are no event type of their own)
_HOST_EVENT_WORDS = {key(w) for w in "आयोजन समारोह स्थापना वार्षिकोत्सव महोत्सव".split()}


def _host_after(keys: list[str], j: int, reach: int = 6) -> bool:
    """Words after a body's name that make it the host ("के तत्वावधान", "की बैठक", "ने … आयोजित")."""
    if j >= len(keys):
        return False
    if _HOST.match(keys, j):
        return True
    if keys[j] == "ने":
        return any(L.EVENTS.match(keys, x) or keys[x] in ("आयोजित", "आयोजन", "बुलाया", "बुलाई")
                   for x in range(j + 1, min(len(keys), j + 10)))
    if keys[j] in L.GENITIVE:
        for x in range(j + 1, min(len(keys), j + reach)):
            if keys[x] in ("।", "|"):
                return False
            if L.EVENTS.match(keys, x) or keys[x] in _HOST_EVENT_WORDS:
                return True
            if L.POST_HEADS.match(keys, x) or L.ROLE_CUES.match(keys, x) or keys[x] in ("में", "ने", "को"):
                return False
    return False


def _affil_after(keys: list[str], j: int) -> bool:
    """"कांग्रेस कमेटी के अध्यक्ष", "भाजपा जिलाध्यक्ष": the body is part of someone's post.

    A host marker is never a post ("X के तत्वावधान": the organiser's cue, not a post of X)."""
    if j < len(keys) and _HOST.match(keys, j):
        return False
    if j < len(keys) and L.POST_HEADS.match(keys, j):
        return True
    x = j
    while x < min(len(keys), j + 3) and (keys[x] in L.LEVEL_WORDS or keys[x] in _LEVEL_EXTRA):
        x += 1  # "राजद प्रखंड अध्यक्ष", "भाजपा जिला महामंत्री"
    if x > j and x < len(keys) and L.POST_HEADS.match(keys, x):
        return True
    if j + 1 < len(keys) and keys[j] in L.GENITIVE:
        for x in range(j + 1, min(len(keys), j + 4)):
            if L.POST_HEADS.match(keys, x) or L.ROLE_CUES.match(keys, x):
                return True
            if keys[x] not in L.POST_MODS and not L.PLACES.match(keys, x):
                return False
    return False


def _plain_ext(toks: list, keys: list[str], x: int) -> bool:
    k = keys[x]
    return toks[x].word and not k.isdigit() and k not in L.STOP and k not in L.GENITIVE and \
        not L.POST_HEADS.match(keys, x) and not L.ROLE_CUES.match(keys, x) and not L.EVENTS.match(keys, x) \
        and k not in L.POST_MODS and k not in _ORG_BREAK and not L.WINGS.match(keys, x) and \
        not any(k.endswith(sfx) for sfx in ("दल", "मोर्चा", "प्रकोष्ठ", "सेल"))


def org_candidates(text: str, doc: str | None = None) -> list[OrgCandidate]:
    """Every body named in ``text``, in order, with what the words around it say.

    ``doc``: the whole report (title included), where repeated names are counted."""
    out = list(_iter_org_candidates(text, doc))
    _mark_parents(text, out)
    return out


class _NewlineBefore:
    """nl[x]: a line break between token x-1 and token x (computed when asked)."""
    __slots__ = ("text", "toks")

    def __init__(self, text: str, toks: list) -> None:
        self.text, self.toks = text, toks

    def __getitem__(self, x: int) -> bool:
        return x > 0 and "\n" in self.text[self.toks[x - 1].end:self.toks[x].start]


_WING_FIRST, _ORG_FIRST = L.WINGS.firsts, L.ORGS.firsts  # words that can start a wing or a body's name
# words before a known body that belong to its name ("छत्तीसगढ़ प्रदेश कांग्रेस", "बिहार राज्य किसान सभा")
_KNOWN_PREFIX = {key(w) for w in "प्रदेश जिला शहर नगर राज्य स्टेट".split()}
_GROUPS = {key(w) for w in "समूह".split()}
_UNIT_COMMITTEES = {key(w) for w in "कमेटी कमिटी समिति".split()}
_SMALL_UNITS = {key(w) for w in "पंचायत वार्ड बूथ".split()}
_STATE_BODY = {key(w) for w in "राज्य स्टेट".split()}
_OF = {key(w) for w in "ऑफ आफ ऑफ़ आफ़".split()}
_AND = {key(w) for w in "एंड एण्ड एन्ड".split()}
_GROUP_WORDS = {key(w) for w in "स्व सहायता सहकारिता".split()}


def _dash_join(toks: list, x: int) -> bool:
    """"लक्ष्मी–गणेश": token x is a dash that joins the words on its sides without spaces."""
    return 0 < x < len(toks) - 1 and toks[x].text in ("-", "–") and toks[x - 1].word and toks[x + 1].word and \
        toks[x - 1].end == toks[x].start and toks[x].end == toks[x + 1].start


def _iter_org_candidates(text: str, doc: str | None = None):
    toks = tokenize(text)
    keys = [t.key for t in toks]
    folded = _Folded(doc if doc is not None else text)
    # a name does not run across a line break ("न्यूज टुडे/खुर्जा" above "किसान यूनियन की बैठक")
    nl_before = _NewlineBefore(text, toks)
    spans: list[tuple[int, int, bool]] = []
    institutions: set[int] = set()  # start tokens of college and university names
    emitted = 0
    sent, sent_pos = 0, 0

    def pending():
        """The spans found since the last call, as candidates, each with its sentence number."""
        nonlocal emitted, sent, sent_pos
        while emitted < len(spans):
            start, end, known = spans[emitted]
            emitted += 1
            while sent_pos < start:
                t = toks[sent_pos]
                if t.text in ("।", "|", "?", "!") or t.text == "." and not t.word:
                    sent += 1
                sent_pos += 1
            if not known and keys[end - 1] in _UNIT_COMMITTEES and (end - start == 2 or end - start == 3 and (
                    _level_word(keys[start + 1]) or keys[start + 1] in _UNIT_WORDS or keys[start + 1] in _SMALL_UNITS)) \
                    and not L.ORGS.match(keys, start) and keys[start] not in L.ORG_SUFFIXES and \
                    not _host_after(keys, end):
                continue  # "बलकुदरा पंचायत कमेटी", "कोर कमेटी": a unit or a committee, no body named
            c = _candidate(text, toks, keys, folded, start, end, known, sent)
            c.institution = start in institutions
            yield c

    i = 0
    n = len(keys)
    while i < n:
        if emitted < len(spans):  # (a new generator a word costs more than the scan)
            yield from pending()
        w = L.WINGS.match(keys, i) if keys[i] in _WING_FIRST else None
        m = L.ORGS.match(keys, i) if keys[i] in _ORG_FIRST else None
        if m and (not w or m[0] >= w[0]):
            j = i + m[0]
            # "छत्तीसगढ़ प्रदेश कांग्रेस कमेटी": a state/level prefix and a committee suffix belong to it
            start = i
            while start > 0 and (L.PLACES.match(keys, start - 1) or keys[start - 1] in _KNOWN_PREFIX):
                start -= 1
                if L.PLACES.match(keys, start) is None and keys[start] not in _KNOWN_PREFIX:
                    break
            if j < n and keys[j] in ("कमेटी", "कमिटी"):
                j += 1
            elif i > 0 and _plain_ext(toks, keys, i - 1) and not L.PLACES.match(keys, i - 1) and \
                    keys[i - 1] not in L.LEVEL_WORDS and keys[i - 1] not in _KNOWN_PREFIX and \
                    not nl_before[i] and folded.raw.count(text[toks[i - 1].start:toks[j - 1].end]) >= 2:
                # "प्रोफेशनल कांग्रेस", written so more than once: a named body of the party,
                # with its state in front ("झारखंड प्रोफेशनल कांग्रेस")
                start = i - 1
                if start > 0 and L.PLACES.match(keys, start - 1) and toks[start - 1].word and not nl_before[start]:
                    start -= 1
            elif not (start < i and keys[i - 1] in _STATE_BODY):
                start = i  # (but "बिहार राज्य किसान सभा": a state's body keeps the state)
            if start > 0 and keys[start - 1] == "अखिल":
                start -= 1
            elif start > 1 and keys[start - 2] == "अखिल" and keys[start - 1] in _NATIONAL:
                start -= 2  # "अखिल भारतीय किसान सभा"
            spans.append((start, j, True))
            i = j
            continue
        if w:
            # "युवा कांग्रेस की बैठक": the wing's party is the body
            for x in range(i + 1, i + w[0]):
                mo = L.ORGS.match(keys, x) if keys[x] in _ORG_FIRST else None
                if mo and x + mo[0] == i + w[0] and (not spans or x >= spans[-1][1]):
                    spans.append((x, x + mo[0], True))
                    break
            i += w[0]
            continue
        after = _after_gloss(toks, keys, i + 1)  # "सम्मेलन (पूप्रमास) की …", "सम्मेलन सिलचर के पदाधिकारी"
        host_tail = keys[i] in _ORG_TAIL and i + 1 < n and (_HOST.match(keys, after) or _post_after(keys, after) or
                                                            after > i + 1 and _event_after(keys, after))
        # "भारतीय संगठित पार्टी", "अखिल भारतीय … सम्मेलन": a common body word after a national
        # name is the body's own name
        national = (keys[i] in _WEAK_SUFFIX or keys[i] in _ORG_TAIL) and _national_before(toks, keys, i)
        # "लोक इंसाफ पार्टी की बैठक": a common body word after two plain words, then the host mark
        of_name = i + 2 < n and keys[i + 1] in ("ऑफ", "आफ", "ऑफ़")  # "पीपल्स पार्टी ऑफ इंडिया"
        weak_host = keys[i] in _WEAK_SUFFIX and i > 1 - of_name and (of_name or _host_after(keys, i + 1)) and \
            all(toks[x].word and (keys[x] not in L.STOP or keys[x] in _ORDINALS) and not _verbal(keys[x]) and
                not L.POST_HEADS.match(keys, x) and not L.PLACES.match(keys, x) and keys[x] not in L.GENITIVE
                for x in ((i - 1,) if of_name else (i - 2, i - 1)))
        mandal = keys[i] in _MANDAL and i > 0 and keys[i - 1] in _MANDAL_OF  # "व्यापार मंडल"
        if keys[i] in L.ORG_SUFFIXES and keys[i] not in _WEAK_SUFFIX or keys[i] in _BODY_HEAD or keys[i] in _INSTITUTION \
                or host_tail or national or weak_host or mandal or keys[i] == "सभा" and i > 0 and \
                _plain_ext(toks, keys, i - 1) and _repeats(folded, text, toks, i - 1, i + 1) >= 2:
            # "छत्तीसगढ़ तृतीय वर्ग शासकीय कर्मचारी संघ": up to six plain words in front of the suffix
            start = i
            while start > 0 and i - start < 6 and toks[start - 1].word and not nl_before[start] and \
                    (keys[start - 1] not in L.STOP or keys[start - 1] in L.POST_MODS or keys[start - 1] in _ORDINALS
                     or keys[start - 1] in _ORG_INNER or start == i and L.POST_HEADS.match(keys, start - 1)) \
                    and not keys[start - 1].endswith(("स्तरीय", "सदस्यीय", "सदस्यीए", "दिवसीय")) \
                    and keys[start - 1] not in _ORG_BREAK and not _verbal(keys[start - 1]) \
                    and not (L.POST_HEADS.match(keys, start - 1) and keys[start - 1] not in L.POST_MODS and
                             (start < i or keys[i] in _ORG_CLASS)) \
                    and not (keys[start - 1] in _ORG_CLASS and start - 1 != i) \
                    and not keys[start - 1].endswith(_WING_ENDS) \
                    and not keys[start - 1].isdigit() and keys[start - 1] not in L.GENITIVE \
                    and (not L.PLACES.match(keys, start - 1) or L.PLACE_KIND.get(keys[start - 1]) == "state"
                         or start - 1 == 0 or not toks[start - 2].word or nl_before[start - 1]) \
                    and not (start - 2 >= 0 and keys[start - 2] in L.GENITIVE and keys[start - 1] in L.POST_MODS):
                start -= 1
                if start > 1 and _dash_join(toks, start - 1) and not nl_before[start - 1] and \
                        keys[start - 2] not in L.STOP and keys[start - 2] not in L.GENITIVE:
                    start -= 2  # "मजदूर-किसान संघ": two words joined by a dash
            # "पंजाब स्टेट … एसोसिएशन": the state in front of a long name belongs to it
            if start > 0 and start < i and L.PLACE_KIND.get(keys[start - 1]) == "state" and toks[start - 1].word and \
                    not nl_before[start] and (start < 2 or not toks[start - 2].word or keys[start - 2] in L.STOP):
                start -= 1
            # "उत्तर प्रदेशीय प्राथमिक शिक्षक संघ": a direction word in front of प्रदेश…
            if start > 0 and keys[start].startswith("प्रदेश") and keys[start - 1] in _PLACE_ADJ:
                start -= 1
            # "अनुमंडल माध्यमिक शिक्षक संघ": the unit of the body, not its name
            while start < i - 1 and keys[start] in _UNIT_WORDS:
                start += 1
            # "सेवानिवृत्त कर्मचारी एवं पेंशनर्स एसोसिएशन" opening a clause: a join inside the name
            if start > 1 and start < i and keys[start - 1] in _NAME_JOINS and toks[start - 2].word:
                s2 = start - 1
                while s2 > 0 and start - s2 <= 4 and toks[s2 - 1].word and not nl_before[s2] and \
                        (keys[s2 - 1] not in L.STOP or keys[s2 - 1] in _ORDINALS or keys[s2 - 1] in _NATIONAL or
                         keys[s2 - 1] in _ORG_INNER) and keys[s2 - 1] not in L.GENITIVE and \
                        not L.ORGS.match(keys, s2 - 1) and keys[s2 - 1] not in L.ORG_SUFFIXES and \
                        not L.POST_HEADS.match(keys, s2 - 1) and not _verbal(keys[s2 - 1]) and not keys[s2 - 1].isdigit():
                    s2 -= 1
                if s2 < start - 1 and (s2 == 0 or not toks[s2 - 1].word or nl_before[s2]):
                    start = s2
            # "उ. प्र. पुस्तकालय संघ": a state written as dotted letters
            while start > 1 and toks[start - 1].text == "." and toks[start - 2].word and len(toks[start - 2].text) <= 3 \
                    and not nl_before[start - 1]:
                start -= 2
            lone_class = keys[i] in _ORG_CLASS and i - start == 1 and not _host_after(keys, i + 1) and \
                keys[i - 1] not in _NAME_LIKE_ORG  # "तत्पश्चात संस्था", "प्रतिष्ठित संस्था": no name
            # "स्वयं सहायता समूह": a group of common words only is a kind of body, not a named one
            lone_class = lone_class or keys[i] in _GROUPS and all(
                keys[x] in L.STOP or keys[x] in L.POST_MODS or keys[x] in _ORG_INNER or keys[x] in _GROUP_WORDS
                or not toks[x].word for x in range(start, i))
            if start < i and not lone_class and (mandal or not (i - start == 1 and keys[start] in L.POST_MODS and
                                                              keys[start] not in _STATE_LIKE and
                                                              not L.PLACES.match(keys, start))):
                if start > 0 and keys[start - 1] == "अखिल":
                    start -= 1
                end = i + 1
                if end + 1 < n and keys[end] in ("ऑफ", "आफ", "ऑफ़") and toks[end + 1].word:
                    end += 2  # "पीपल्स पार्टी ऑफ इंडिया", "फोरम ऑफ ट्रेड यूनियन"
                    if end < n and toks[end].word and keys[end] in L.ORG_SUFFIXES:
                        end += 1
                # "माली सैनी समाज विकास समिति": a second body word closes the name
                for x in range(i + 1, min(n, i + 4)):
                    if not toks[x].word or keys[x] in L.STOP or keys[x] in L.GENITIVE:
                        break
                    if keys[x] in L.ORG_SUFFIXES:
                        end = x + 1
                        if keys[i] in _ORG_CLASS and x > i + 1:
                            start = i + 1  # "साहित्यिक संस्था रस वर्षा संस्थान": the class noun describes it
                        break
                if not spans or start >= spans[-1][1]:  # else "राजद प्रखंड कमिटी": a unit of a body found
                    spans.append((start, end, False))
                    if keys[i] in _INSTITUTION:
                        institutions.add(start)
                if keys[i] not in _ORG_CLASS:
                    i = end
                    continue
        if keys[i] in _ORG_CLASS and i + 2 < n and not (i > 0 and L.POST_HEADS.match(keys, i - 1)):
            # "सामाजिक कल्याण संस्था बिश्वास ने …", "संस्था हस्ताक्षर की मासिक गोष्ठी": the class noun,
            # then the body's own name
            for width in (1, 2, 3):
                e = i + 1 + width
                if e < n and all(toks[x].word and (_plain_ext(toks, keys, x) or keys[x] in _NATIONAL or
                                                   x > i + 1 and L.POST_HEADS.match(keys, x)) and
                                 not L.PLACES.match(keys, x) and not keys[x].endswith("ों")
                                 and keys[x] not in L.ORG_SUFFIXES for x in range(i + 1, e)) \
                        and (keys[e] == "ने" or _HOST.match(keys, e) or _host_after(keys, e, 8)) \
                        and not all(keys[x] in _NAME_LIKE_ORG for x in range(i + 1, e)):
                    if spans and spans[-1][1] == i + 1:
                        spans.pop()  # "साहित्यिक संस्था काव्यकृति की …": the class noun is no name
                    spans.append((i + 1, e, False))
                    break
        i += 1
    yield from pending()


def _candidate(text: str, toks: list, keys: list[str], folded: _Folded, start: int, end: int, known: bool,
               sent: int) -> OrgCandidate:
    n = len(keys)
    # "रोटरी क्लब आफ X", "चेम्बर आफ कॉमर्स एण्ड इण्डस्ट्रीज": an English "of" name runs on
    if end + 1 < n and keys[end] in _OF and toks[end + 1].word:
        end += 2
        if end + 1 < n and keys[end - 1] in _AND and toks[end].word:
            end += 1
    if end + 1 < n and keys[end] in _AND and keys[end - 2] in _OF and toks[end + 1].word:
        end += 2
    # "भारतीय किसान यूनियन अम्बावता", "रोटरी क्लब रोपड़ सेंट्रल": a branch or faction name the
    # report repeats belongs to the body
    for width in (3, 2, 1):
        e = end + width
        if e <= n and all(_plain_ext(toks, keys, x) and L.PLACE_KIND.get(keys[x]) != "state" and
                          (L.PLACES.match(keys, x) or (1,))[0] <= e - x for x in range(end, e)) and \
                not (e < n and keys[e].endswith(_WING_ENDS)) and _repeats(folded, text, toks, start, e) >= 2:
            end = e
            break
    # "… संघ हरियाणा की बैठक", "लायन्स क्लब उदयपुर द्वारा": the body's place, before the host word
    # (not when the name already has its place: "उत्तर प्रदेशीय … संघ बहराइच" is its district unit)
    if end < n and keys[end - 1] in _PLACE_TAILED and toks[end].word and not any(
            L.PLACES.match(keys, x) or keys[x] in _NATIONAL or keys[x].endswith("प्रदेशीय") for x in range(start, end)):
        m = L.PLACES.match(keys, end)
        if m and end + m[0] < n and (_host_after(keys, end + m[0]) or keys[end - 1] in _ORG_TAIL and
                                     _post_after(keys, end + m[0])):
            end += m[0]  # (and "मारवाड़ी सम्मेलन सिलचर के पदाधिकारी")
    # "लायंस क्लब मंडल तीन सौ इक्कीस बी वन का", "रोटरी क्लब मेवाड़ ने", "लायंस क्लब विदिशा के अध्यक्ष": a
    # club's name runs to its case mark
    if keys[end - 1] in _CLUBS:
        x = end
        while x < n and x - end < 7 and toks[x].word and keys[x] not in L.GENITIVE and keys[x] not in L.AGENT and \
                (keys[x] not in L.STOP or keys[x] in _NUMERALS or keys[x] in L.LEVEL_WORDS) and \
                not L.POST_HEADS.match(keys, x) and not L.EVENTS.match(keys, x) and not _verbal(keys[x]):
            x += 1
        if end < x < n and (keys[x] in L.GENITIVE or keys[x] in L.AGENT):
            end = x
    # "आर्य समाज नया आर्य नगर द्वारा": the body's locality before the host mark
    elif keys[end - 1] in _PLACE_TAILED:
        for width in (3, 2):
            e = end + width
            if e < n and keys[e - 1] in _LOCALITY_NAMES and all(toks[x].word for x in range(end, e)) and \
                    _host_after(keys, e):
                end = e
                break
    # "भारतीय किसान यूनियन टिकैत की मासिक पंचायत": a faction's name before the host mark
    if known and end + 1 < n and toks[end].word and keys[end] not in L.STOP and keys[end] not in L.GENITIVE and \
            not L.POST_HEADS.match(keys, end) and not L.PLACES.match(keys, end) and not _verbal(keys[end]) and \
            keys[end] not in L.LEVEL_WORDS and keys[end] not in L.POST_MODS and not keys[end].endswith("ों") and \
            not L.ORGS.match(keys, end) and not L.WINGS.match(keys, end) and keys[end + 1] in L.GENITIVE and \
            _host_after(keys, end + 1):
        end += 1
    # "अपना दल एस": the faction's letter
    if known and end + 1 < n and keys[end] in _FACTION and toks[end].word and toks[end + 1].word and \
            keys[end + 1] not in _FACTION and keys[end + 1] not in L.GIVEN and keys[end + 1] not in L.SURNAMES:
        end += 1
    surface = _qualified(text, toks, keys, start, end)
    c = OrgCandidate(start, end, surface, sent, known, _host_after(keys, end), _affil_after(keys, end))
    j = _after_gloss(toks, keys, end)
    if j < n and (keys[j] in _LOCATIVE or keys[j] == "पर" and j + 1 < n and keys[j + 1] in _COMPLETE or
                  keys[j] in _HEADS and keys[j] not in L.ORG_SUFFIXES):
        c.venue, c.host = True, False  # "प्रेस क्लब हरिद्वार में …", "तृणमूल भवन में": the place, not the host
    if end + 1 < n and keys[end] == "से" and keys[end + 1] in _AFFILIATED:
        c.affil, c.host = True, False  # "X से संबंधित Y की बैठक": X is Y's parent
    if start > 0 and keys[start - 1] in _AFFILIATED and (start < 2 or keys[start - 2] != "से"):
        c.affil, c.host = True, False  # "Y सम्बन्धित X का सम्मेलन": the same
    if end < n and keys[end] in _AFFILIATED and (start < 1 or keys[start - 1] != "से"):
        c.host = True  # "Y सम्बन्धित X": Y held it
    return c


def _mark_parents(text: str, out: list[OrgCandidate]) -> None:
    """"X (आसू) की <next body>": the next body is a unit of X."""
    toks = tokenize(text)
    keys = [t.key for t in toks]
    for a, b in zip(out, out[1:]):
        gap = range(a.end, b.start)
        words = [keys[x] for x in gap if toks[x].word]
        brackets = [x for x in gap if toks[x].text in "()"]
        if words and words[-1] in L.GENITIVE and (len(words) == 1 or len(brackets) == 2 and len(words) <= 3):
            a.parent_of_next = True


class _Folded:
    """The folded report, made when first needed (most candidates need no count)."""
    __slots__ = ("raw", "_text")

    def __init__(self, raw: str) -> None:
        self.raw, self._text = raw, None

    def count(self, s: str) -> int:
        if self._text is None:
            self._text = _fold_doc(self.raw)
        return self._text.count(s)


@lru_cache(maxsize=8)
def _fold_doc(text: str) -> str:
    """fold() of a whole report, kept for the few calls that count names in the same report."""
    return fold(text)


def _repeats(folded: _Folded, text: str, toks: list, a: int, b: int) -> int:
    return folded.count(fold(text[toks[a].start:toks[b - 1].end]))


_STATE_LIKE = {key(w) for w in "अखिल भारतीय राष्ट्रीय".split()}
# body words whose name may end with the body's place ("क्लब उदयपुर"); not a party's ("भाजपा बलिया")
_PLACE_TAILED = {key(w) for w in "संघ महासंघ सभा महासभा समिति परिषद मंच क्लब संगठन एसोसिएशन यूनियन ट्रस्ट "
                 "फाउंडेशन समाज संस्था संस्थान सम्मेलन फेडरेशन सोसायटी सोसाइटी मंडल मण्डल".split()}


def _qualified(text: str, toks: list, keys: list[str], start: int, end: int) -> str:
    """The name from token start to end, with a faction in brackets ("(एकता उगराहां)")."""
    if end < len(toks) and toks[end].text == "(":
        close = next((x for x in range(end + 1, min(len(toks), end + 8)) if toks[x].text == ")"), None)
        inner = [t for t in toks[end + 1:close]] if close is not None else []
        if close is not None and (sum(1 for t in inner if t.word) >= 2 or
                                  len(inner) == 1 and (inner[0].key in _FACTION or  # "(एस)"
                                                       inner[0].key in L.GIVEN)):  # "लोजपा (रामविलास)"
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


_LEVEL_EXTRA = {key(w) for w in "ब्लाक अनुमंडल अनुमण्डल अनुमंडलीय प्रमंडल प्रमंडलीय".split()}
_COMMITTEES = {key(w) for w in "कमेटी कमिटी समिति परिषद शाखा कार्यकारिणी कार्यकारणी कार्यसमिति".split()}
_UNIT_NOUN = {key(w) for w in "इकाई ईकाई".split()}


def _level_word(k: str) -> bool:
    return k in L.LEVEL_WORDS or k in _LEVEL_EXTRA


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


def _cues() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for row in L._lines("venue_cues.tsv"):
        kind, _, words = row.partition("\t")
        out.setdefault(kind, []).append(tuple(key(w) for w in words.split()))
    return out


_CUES = _cues()
_HEADS = L.VENUE_HEADS | {p[-1] for p in _CUES.get("head", ())}
_RESIDENCE = {p[-1] for p in _CUES.get("residence", ())}
_SPATIAL = {p[0] for p in _CUES.get("spatial", ())}
_AREA = {p[0] for p in _CUES.get("area", ())}
_COMPLETE = {p[0] for p in _CUES.get("complete", ())}
_HOST = L._table([(" ".join(p), True) for p in _CUES.get("host", ())])
_ORG_CLASS = {p[0] for p in _CUES.get("org_class", ())}
_OUTLET = {p[0] for p in _CUES.get("outlet", ())}
_NOT_PLACE = {p[0] for p in _CUES.get("not_place", ())}
_VIRTUAL = L._table([(" ".join(p), True) for p in _CUES.get("virtual", ())])
_ORG_TAIL = {p[0] for p in _CUES.get("org_tail", ())}
_BODY_HEAD = {p[0] for p in _CUES.get("body", ())}
_INSTITUTION = {p[0] for p in _CUES.get("institution", ())}
_UNIT_WORDS = {p[0] for p in _CUES.get("unit", ())}
_WEAK_SUFFIX = {key(w) for w in "दल सभा मोर्चा सेना परिवार मंच पार्टी संगठन".split()}
_NATIONAL = {key(w) for w in "अखिल भारतीय राष्ट्रीय".split()}
_FACTION = {key(w) for w in "ए बी सी डी एफ जी एच जे एल एम एन आर एस टी यू वी".split()}


_MANDAL = {key(w) for w in "मंडल मण्डल".split()}
_NAME_JOINS = {key(w) for w in "एवं एवम एवम् व".split()}
_NUMERALS = {key(w) for w in "एक दो तीन चार पांच पाँच छह सात आठ नौ दस सौ हजार".split()}
_LOCALITY_NAMES = {key(w) for w in "नगर विहार कॉलोनी कालोनी पुरम".split()}
_WING_ENDS = ("सेल", "प्रकोष्ठ", "प्रकोष्ट", "मोर्चा", "विंग")
_MANDAL_OF = {key(w) for w in "व्यापार प्रतिनिधि".split()}
_NAME_LIKE_ORG = L.GIVEN | L.SURNAMES
_CLUBS = {key(w) for w in "क्लब क्लब्स".split()}


def _event_after(keys: list[str], j: int) -> bool:
    """"की प्रांतीय कार्यकारिणी की षष्टम बैठक": a genitive, then an event word in the same clause."""
    if j >= len(keys) or keys[j] not in L.GENITIVE:
        return False
    for x in range(j + 1, min(len(keys), j + 7)):
        if keys[x] in ("।", "|", "ने", "में", "को") or not keys[x]:
            return False
        if L.EVENTS.match(keys, x):
            return True
    return False


def _after_gloss(toks: list, keys: list[str], j: int) -> int:
    """The token after "(short name)" and a place that follow a body's name, else j."""
    n = len(keys)
    if j < n and toks[j].text == "(":
        close = next((x for x in range(j + 1, min(n, j + 5)) if toks[x].text == ")"), None)
        if close is not None:
            j = close + 1
    if j < n and toks[j].word and L.PLACES.match(keys, j):
        j += L.PLACES.match(keys, j)[0]
    return j


def _post_after(keys: list[str], j: int) -> bool:
    """"… की राष्ट्रीय अध्यक्षा": a genitive, then a post (not a role) of the body."""
    if j + 1 >= len(keys) or keys[j] not in L.GENITIVE:
        return False
    for x in range(j + 1, min(len(keys), j + 4)):
        if L.POST_HEADS.match(keys, x):
            return True
        if keys[x] not in L.POST_MODS and not L.PLACES.match(keys, x):
            return False
    return False


def _national_before(toks: list, keys: list[str], i: int) -> bool:
    """Two or more plain words before the body word, opening with अखिल / भारतीय / राष्ट्रीय."""
    for width in (2, 3, 4):
        a = i - width
        if a < 0:
            return False
        if not all(toks[x].word and keys[x] not in L.GENITIVE and keys[x] not in _ORG_BREAK and
                   not keys[x].isdigit() and (keys[x] not in L.STOP or keys[x] in _ORDINALS)
                   for x in range(a, i)):
            return False
        if keys[a] in _NATIONAL and (a == 0 or keys[a - 1] not in _NATIONAL):
            return True
    return False
_LOCATIVE = {"में", "मे", "मेंं", "मेें"}
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
        nxt = keys[i + 1] if i + 1 < n else ""
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
        # "अशोकनगर स्थित विज्ञान समिति में": a place said to be "स्थित" somewhere is a venue
        for x in range(j, max(-1, j - 6), -1):
            if keys[x] == "स्थित":
                has_head = True
                break
            if not toks[x].word or keys[x] in L.GENITIVE and keys[x] != "के" or keys[x] in _LOCATIVE:
                break
        while j >= 0:
            kj = keys[j]
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
                prev = keys[j - 1] if j > 0 else ""
                bare_area = prev in _AREA and (j < 2 or not toks[j - 2].word or keys[j - 2] in L.STOP)
                # a city before the venue is outside it ("लखनऊ के क्लार्क अवध"); a locality is part of it
                # ("नगड़ी के … बैंक्वेट हॉल")
                bare_place = L.PLACE_KIND.get(keys[j - 1]) in _CITY_KINDS and \
                    (j < 2 or not toks[j - 2].word or keys[j - 2] in L.STOP or keys[j - 2] in _AREA)
                if j == 0 or not toks[j - 1].word or kj == "के" and (bare_place or _located_after(keys, j, i) or
                                                                    _district_of(toks, keys, j)):
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
                    j > 0 and L.EVENTS.match(keys, j - 1) and L.EVENTS.match(keys, j - 1)[0] == 2 or \
                    kj in _WEEKDAYS or kj.isdigit() or kj.endswith("दिवसीय") or \
                    kj.endswith(("होकर", "जाकर", "लेकर", "देकर", "चकर", "लकर")) or \
                    kj.endswith("ाकर") and kj not in _NAME_LIKE or \
                    (kj in L.STOP and kj not in _HEADS and kj not in L.POST_MODS and kj not in _NAME_LIKE and
                     kj not in ("के", "स्थित", "स्थानीय") and not L.PLACES.match(keys, j)):
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
        if loc_at is not None and loc_at - a > 2:
            a = loc_at + 1  # a long run before the locative is not a locality
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
        nxt = keys[i + 1] if i + 1 < len(keys) else ""
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
_ANAPHORIC = re.compile(r"^\s*(?:इस|इसी)\s+(?:अवसर|मौके|दौरान|क्रम|कार्यक्रम|आयोजन)")


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
            nxt = keys[i + 1] if i + 1 < n else ""
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
