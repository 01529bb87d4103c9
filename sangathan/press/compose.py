"""Compose a press note from a press record (SCHEMA.md), in the order the genre uses.

dateline -> what met where (organisation, wing, level, venue) -> chief guest -> key speaker ->
special guests -> presiding -> what each speaker said -> welcome -> moderator -> vote of thanks
-> those present, grouped by unit.

Hindi is the default; ``lang="en"`` writes English role words and keeps names as given.
Pure functions, no Django.
"""
from __future__ import annotations

import datetime as _dt
import unicodedata

from sangathan.press.extract import lexicon as _L

__all__ = ["compose", "headline"]

# event type -> (Hindi noun, grammatical gender, English noun)
_EVENT = {
    "meeting": ("बैठक", "f", "meeting"),
    "workshop": ("कार्यशाला", "f", "workshop"),
    "rally": ("रैली", "f", "rally"),
    "conference": ("सम्मेलन", "m", "conference"),
    "felicitation": ("सम्मान समारोह", "m", "felicitation ceremony"),
    "other": ("कार्यक्रम", "m", "programme"),
}
_MONTHS_HI = ["जनवरी", "फरवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर",
              "अक्टूबर", "नवंबर", "दिसंबर"]
_LEVEL_EN = {"प्रदेश": "state", "राज्य": "state", "राष्ट्रीय": "national", "जिला": "district", "ज़िला": "district",
             "संभाग": "division", "मंडल": "mandal", "ब्लॉक": "block", "प्रखंड": "block", "नगर": "city",
             "महानगर": "metropolitan", "विधानसभा": "assembly-segment", "लोकसभा": "parliamentary-constituency",
             "बूथ": "booth", "सेक्टर": "sector", "तहसील": "tehsil", "क्षेत्रीय": "regional"}
_ROLE_EN = {
    "chief_guest": ("chief guest", "chief guests"),
    "key_speaker": ("key speaker", "key speakers"),
    "special_guest": ("special guest", "special guests"),
}


def _n(text: object) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text)).split()) if text else ""


def _join(items: list[str], lang: str) -> str:
    """"A", "A एवं B", "A, B एवं C" (English: "A and B", "A, B and C")."""
    items = [i for i in items if i]
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    conj = " एवं " if lang == "hi" else " and "
    return ", ".join(items[:-1]) + conj + items[-1]


def _with_posts(person: dict, lang: str) -> str:
    """"दुर्ग जिलाध्यक्ष जितेंद्र वर्मा"; English: "Jitendra Verma (post)"."""
    name = _n(person.get("name"))
    posts = [_n(p) for p in person.get("posts") or [] if _n(p)]
    if not posts:
        return name
    if lang == "hi":
        return f"{_join(posts, lang)} {name}"
    return f"{name} ({', '.join(posts)})"


def _first_post(person: dict, lang: str) -> str:
    posts = [_n(p) for p in person.get("posts") or [] if _n(p)]
    name = _n(person.get("name"))
    if not posts:
        return name
    return f"{posts[0]} {name}" if lang == "hi" else f"{name} ({posts[0]})"


def _multi_holder(post: str) -> bool:
    """Posts several people hold (सह संयोजक, सदस्य): one post may stand before a list."""
    toks = [t.key for t in _L.tokenize(post) if t.word]
    return bool(toks) and (toks[-1] in _L.MULTI_HOLDER_HEADS or "सह" in toks)


def _people_with(record: dict, role: str) -> list[dict]:
    return [p for p in record.get("people") or [] if role in (p.get("roles") or []) and not p.get("mentioned_only")]


def _hi_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        d = _dt.date.fromisoformat(str(iso))
    except ValueError:
        return ""
    return f"{d.day} {_MONTHS_HI[d.month - 1]} {d.year}"


def _en_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        d = _dt.date.fromisoformat(str(iso))
    except ValueError:
        return ""
    return d.strftime("%d %B %Y").lstrip("0")


def _attendance_groups(record: dict, lang: str) -> list[str]:
    """Attendees as list items: posts shared by several holders stand once in front of them;
    people of one affiliation follow "<unit> से"; units without names come last."""
    attendees = [p for p in _people_with(record, "attendee")]
    items: list[str] = []
    i = 0
    while i < len(attendees):
        p = attendees[i]
        posts = [_n(x) for x in p.get("posts") or []]
        aff = _n(p.get("affiliation"))
        if posts and len(posts) == 1 and _multi_holder(posts[0]):
            group = [p]
            while i + len(group) < len(attendees) and [_n(x) for x in attendees[i + len(group)].get("posts") or []] == posts:
                group.append(attendees[i + len(group)])
            names = [_n(g["name"]) for g in group]
            if lang == "hi":
                items.append(f"{posts[0]} {names[0]}")
                items.extend(names[1:])
            else:
                items.append(f"{', '.join(names)} ({posts[0]})")
            i += len(group)
            continue
        if aff and not posts:
            group = [p]
            while i + len(group) < len(attendees) and _n(attendees[i + len(group)].get("affiliation")) == aff \
                    and not attendees[i + len(group)].get("posts"):
                group.append(attendees[i + len(group)])
            names = [_n(g["name"]) for g in group]
            if lang == "hi":
                items.append(f"{aff} से {names[0]}")
                items.extend(names[1:])
            else:
                items.append(f"{', '.join(names)} (from {aff})")
            i += len(group)
            continue
        items.append(_with_posts(p, lang))
        i += 1
    # units represented without names: "बेमेतरा, कवर्धा जिला संयोजक सह संयोजक"
    by_note: dict[str, list[str]] = {}
    for u in record.get("attending_units") or []:
        by_note.setdefault(_n(u.get("note")), []).append(_n(u.get("unit")))
    for note, units in by_note.items():
        if lang == "hi":
            items.append(f"{', '.join(units)} {note}".strip())
        else:
            items.append(f"{note} of {', '.join(units)}".strip() if note else ", ".join(units))
    return items


def _speeches(r: dict, lang: str, said, addressed) -> list[str]:
    """One paragraph per quote, then one naming the speakers who were not quoted."""
    paras, quoted = [], set()
    people_by_name = {_n(p.get("name")): p for p in r.get("people") or []}
    for q in r.get("quotes") or []:
        sp = people_by_name.get(_n(q.get("speaker")), {"name": q.get("speaker"), "posts": []})
        text = _n(q.get("text")).rstrip("।.")
        if text:
            paras.append(said(_first_post(sp, lang), text))
            quoted.add(_n(sp.get("name")))
    silent = [p for p in _people_with(r, "speaker") if _n(p.get("name")) not in quoted]
    if silent:
        paras.append(addressed(_join([_first_post(p, lang) for p in silent], lang)))
    return paras


def localise(record: dict, lang: str) -> dict:
    """Use the English names a record carries (`name_en`, `organisation_en`, ...) for an English note.

    Posts stay as introduced: they are quoted from the meeting, not translated.
    """
    if lang != "en":
        return record
    r = dict(record)
    for key in ("organisation", "wing", "title", "venue", "dateline"):
        if record.get(f"{key}_en"):
            r[key] = record[f"{key}_en"]
    names = {p["name"]: p.get("name_en") or p["name"] for p in record.get("people", [])}
    r["people"] = [p | {"name": names[p["name"]]} for p in record.get("people", [])]
    r["quotes"] = [q | {"speaker": names.get(q["speaker"], q["speaker"])} for q in record.get("quotes", [])]
    r["attending_units"] = [a | {"unit": a.get("unit_en") or a["unit"]} for a in record.get("attending_units", [])]
    return r


def compose(record: dict, lang: str = "hi") -> str:
    """Render a press note (plain text, paragraphs separated by blank lines)."""
    if lang not in ("hi", "en"):
        raise ValueError(f"unsupported language: {lang!r} (use 'hi' or 'en')")
    return _compose_hi(record) if lang == "hi" else _compose_en(localise(record, lang))


def _compose_hi(r: dict) -> str:
    noun, gender, _ = _EVENT.get(r.get("event_type") or "other", _EVENT["other"])
    poss = "की" if gender == "f" else "का"
    done = "संपन्न हुई" if gender == "f" else "संपन्न हुआ"
    paras: list[str] = []
    reporters = _people_with(r, "reporter")
    if reporters:
        name = _n(reporters[0]["name"])
        paras.append(f"By {name}" if name.isascii() else f"रिपोर्ट: {name}")
    subject = " ".join(x for x in (_n(r.get("organisation")), _n(r.get("wing"))) if x)
    level = _n(r.get("level"))
    virtual = r.get("mode") == "virtual"
    what = " ".join(x for x in (level, "वर्चुअल" if virtual else "", noun) if x)
    opening = f"{subject} {poss} {what}" if subject else what[0:1].upper() + what[1:]
    when = _hi_date(r.get("date"))
    where = f"{_n(r.get('venue'))} में" if r.get("venue") else ("ऑनलाइन माध्यम से" if virtual else "")
    first = " ".join(x for x in (opening, f"{when} को" if when else "", where, done) if x) + "।"
    dateline = _n(r.get("dateline"))
    lead = f"{dateline}। {first}" if dateline else first
    organisers = _people_with(r, "organiser")
    if organisers:
        lead += f" {noun} का आयोजन {_join([_first_post(p, 'hi') for p in organisers], 'hi')} के नेतृत्व में किया गया।"
    chiefs = _people_with(r, "chief_guest")
    if len(chiefs) == 1:
        lead += f" जिसमें मुख्य अतिथि {_with_posts(chiefs[0], 'hi')} थे।"
    elif chiefs:
        lead += f" मुख्य अतिथि के रूप में {_join([_with_posts(p, 'hi') for p in chiefs], 'hi')} उपस्थित रहे।"
    paras.append(lead)

    guests: list[str] = []
    keys = _people_with(r, "key_speaker")
    if len(keys) == 1:
        guests.append(f"मुख्य वक्ता {_with_posts(keys[0], 'hi')} थे।")
    elif keys:
        guests.append(f"मुख्य वक्ताओं में {_join([_with_posts(p, 'hi') for p in keys], 'hi')} थे।")
    specials = _people_with(r, "special_guest")
    if len(specials) == 1:
        guests.append(f"विशिष्ट अतिथि {_with_posts(specials[0], 'hi')} थे।")
    elif specials:
        guests.append(f"विशिष्ट अतिथियों में {_join([_with_posts(p, 'hi') for p in specials], 'hi')} थे।")
    presided = _people_with(r, "presided")
    if len(presided) == 1:
        guests.append(f"{noun} की अध्यक्षता {_with_posts(presided[0], 'hi')} ने की।")
    elif presided:
        guests.append(f"{noun} की अध्यक्षता {_join([_with_posts(p, 'hi') for p in presided], 'hi')} ने संयुक्त रूप से की।")
    if guests:
        paras.append(" ".join(guests))

    paras += _speeches(r, "hi", lambda who, text: f"{who} ने कहा कि {text}।",
                       lambda whom: f"{noun} को {whom} ने संबोधित किया।")

    closing: list[str] = []
    welcome = _people_with(r, "welcome")
    if welcome:
        closing.append(f"स्वागत भाषण {_join([_first_post(p, 'hi') for p in welcome], 'hi')} ने दिया।")
    mods = _people_with(r, "moderator")
    if mods:
        closing.append(f"मंच संचालन {_join([_first_post(p, 'hi') for p in mods], 'hi')} ने किया।")
    thanks = _people_with(r, "vote_of_thanks")
    if thanks:
        closing.append(f"आभार {_join([_first_post(p, 'hi') for p in thanks], 'hi')} ने व्यक्त किया।")
    if closing:
        paras.append(" ".join(closing))
    present = _attendance_groups(r, "hi")
    if present:
        paras.append(f"{noun} में {', '.join(present)} उपस्थित रहे।")
    return "\n\n".join(paras) + "\n"


def _compose_en(r: dict) -> str:
    _, _, noun = _EVENT.get(r.get("event_type") or "other", _EVENT["other"])
    paras: list[str] = []
    reporters = _people_with(r, "reporter")
    if reporters:
        paras.append(f"By {_n(reporters[0]['name'])}")
    level = _level_en(r.get("level"))
    virtual = r.get("mode") == "virtual"
    what = " ".join(x for x in ("virtual" if virtual else "", level, noun) if x)
    of = ", ".join(x for x in (_n(r.get("organisation")), _n(r.get("wing"))) if x)
    art = "An" if what[:1].lower() in "aeiou" else "A"
    s = f"{art} {what}" + (f" of {of}" if of else "")
    when = _en_date(r.get("date"))
    if r.get("venue"):
        s += f" was held at {_n(r['venue'])}"
    elif virtual:
        s += " was held online"
    else:
        s += " was held"
    s += f" on {when}." if when else "."
    dateline = _n(r.get("dateline"))
    lead = f"{dateline}: {s}" if dateline else s
    organisers = _people_with(r, "organiser")
    if organisers:
        lead += f" It was organised under the leadership of {_join([_first_post(p, 'en') for p in organisers], 'en')}."
    chiefs = _people_with(r, "chief_guest")
    if chiefs:
        word = _ROLE_EN["chief_guest"][len(chiefs) > 1]
        verb = "was" if len(chiefs) == 1 else "were"
        lead += f" {_join([_with_posts(p, 'en') for p in chiefs], 'en')} {verb} the {word}."
    paras.append(lead)
    guests: list[str] = []
    for role in ("key_speaker", "special_guest"):
        ps = _people_with(r, role)
        if len(ps) == 1:
            guests.append(f"The {_ROLE_EN[role][0]} was {_with_posts(ps[0], 'en')}.")
        elif ps:
            guests.append(f"The {_ROLE_EN[role][1]} were {_join([_with_posts(p, 'en') for p in ps], 'en')}.")
    presided = _people_with(r, "presided")
    if presided:
        guests.append(f"The {noun} was presided over by {_join([_with_posts(p, 'en') for p in presided], 'en')}.")
    if guests:
        paras.append(" ".join(guests))
    paras += _speeches(r, "en", lambda who, text: f"{who} said: “{text}.”",
                       lambda whom: f"The {noun} was also addressed by {whom}.")
    closing: list[str] = []
    for role, phrase in (("welcome", "The welcome address was given by"), ("moderator", "The proceedings were conducted by"),
                         ("vote_of_thanks", "The vote of thanks was proposed by")):
        ps = _people_with(r, role)
        if ps:
            closing.append(f"{phrase} {_join([_first_post(p, 'en') for p in ps], 'en')}.")
    if closing:
        paras.append(" ".join(closing))
    present = _attendance_groups(r, "en")
    if present:
        paras.append(f"Those present included {_join(present, 'en')}.")
    return "\n\n".join(paras) + "\n"


def _level_en(level: object) -> str:
    """"संभाग स्तरीय" -> "division-level"; unknown unit words stay as written."""
    words = [w for w in _n(level).split() if w != "स्तरीय"]
    if not words:
        return ""
    return " ".join(_LEVEL_EN.get(w, w) for w in words) + "-level"


def headline(record: dict, lang: str = "hi") -> str:
    """A short headline: the given ``title``, else "<organisation> की <level> <event> संपन्न"."""
    record = localise(record, lang)
    if record.get("title"):
        return _n(record["title"])
    noun, gender, en_noun = _EVENT.get(record.get("event_type") or "other", _EVENT["other"])
    subject = " ".join(x for x in (_n(record.get("organisation")), _n(record.get("wing"))) if x)
    level = _n(record.get("level"))
    chiefs = _people_with(record, "chief_guest")
    if lang == "en":
        what = " ".join(x for x in (_level_en(level), en_noun) if x)
        head = f"{subject} holds {what}" if subject else f"{what[:1].upper()}{what[1:]} held"
        if record.get("dateline"):
            head += f" in {_n(record['dateline'])}"
        if chiefs:
            head += f"; {_n(chiefs[0]['name'])} chief guest"
        return head
    poss = "की" if gender == "f" else "का"
    done = "संपन्न"
    what = " ".join(x for x in (level, noun) if x)
    head = f"{subject} {poss} {what} {done}" if subject else f"{what} {done}"
    if chiefs:
        head += f", मुख्य अतिथि {_n(chiefs[0]['name'])} रहे"
    return head
