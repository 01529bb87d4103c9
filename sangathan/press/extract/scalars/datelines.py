"""Datelines, bylines and the date: what the report's opening lines say about where it comes from and who wrote it."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..lexicon import tokenize
from ..normalise import key
from .common import _AREA, _HEADS, _ORG_TAIL, _OUTLET, _PLACE_ADJ, _is_place


_DEV_WORD = r"[\u0900-\u0963\u0966-\u096f\u0971-\u097f]+"


def _plain_word(w: str) -> bool:
    k = key(w)
    return not (k in L.STOP or k in L.POST_MODS or L.POST_HEADS.match([k], 0) or
                L.ROLE_CUES.match([k], 0) or L.ORGS.match([k], 0) or k in L.NEWS_WORDS)


_DATELINE = re.compile(
    rf"^\s*(?P<place>{_DEV_WORD}(?:\s*/\s*{_DEV_WORD})?)\s*(?P<delim>,|।|:|\||-+|—|–|\(|/|\.(?=\s)|[”“\"]|(?=\d)|$|)")
_DATELINE2 = re.compile(
    rf"^\s*(?P<place>{_DEV_WORD}\s+{_DEV_WORD})\s*(?P<delim>,|।|:|\||-+|—|–|\(|/|(?=\d)|$)")

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
    if li is not None and re.fullmatch(r"[A-Za-z ]+", place):
        # "Ayodhya News: <headline>" then "अयोध्या। <story>": the site's Latin label gives way to the
        # report's own dateline in Devanagari on a line below it
        for lj in range(li + 1, min(len(lines), li + 5)):
            m = _DATELINE.match(lines[lj])
            if m and m.group("delim") in ("।", ",", ":") and _is_place(m.group("place").strip()):
                return m.group("place").strip(), lj
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
    for lj in range(1, min(len(lines) - 1, 8)):
        # a summary paragraph, then "X की रिपोर्ट", then "आजमगढ़। …": the byline's place line is the dateline
        if _REPORT_OF.match(lines[lj]):
            m = _DATELINE.match(lines[lj + 1])
            if m and m.group("delim") in ("।", ",", ":") and _is_place(m.group("place").strip()):
                return m.group("place").strip(), lj + 1
    return _glued_dateline(lines)


_REPORT_OF = re.compile(rf"^\s*{_DEV_WORD}(?:\s+{_DEV_WORD}){{0,3}}\s+की\s+(?:रिपोर्ट|खबर)\s*$")


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
                       r"(?:(?:Desk|News|DESK|NEWS|news)\s*(?:[:\-–—|]|,\s*\d)|,|\(|।|:|\s[-–—]\s)")
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
                         rf"(?P<place>{_DEV_WORD})\s*(?:।|:|,|-|@|$)")
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
