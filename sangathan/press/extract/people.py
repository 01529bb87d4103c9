"""Find person mentions with their posts, and merge repeated mentions into people.

A name is a run of words that are not in any lexicon (post words, places, organisations,
stopwords), accepted only in a person context: after a post or honorific, before ने/द्वारा/जी or a
post, inside a list of names, or when the lexicon of common given names / surnames knows a word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from . import lexicon as L
from .lexicon import Token, tokenize
from .normalise import fold, key, text_cache
from .units import Unit, build_units, tag_tokens

_NAME_LEX = L.GIVEN | L.SURNAMES
_oid = id
_MIDDLE = {key(w) for w in "कुमार लाल चंद चन्द चंद्र चन्द्र नाथ प्रकाश प्रसाद राम सिंह जी".split()}
_FINAL_MIDDLE = {key(w) for w in "सिंह".split()}  # "बलविंदर सिंह कुलदीप राणा": closes a name
_ELECT = {key(w) for w in "चुना चुने चुनी चुनकर मनोनीत नियुक्त निर्वाचित बनाया बनाए बनाये घोषित नामित".split()}
_KIN_BODY = {key(w) for w in "समाज बिरादरी".split()}
_PRONOUNS = {key(w) for w in "उन्होंने उन्होने इन्होंने इन्होने उनका उनकी उनके".split()}
_QUANTIFIERS = {key(w) for w in "सभी समस्त सारे अन्य कई तमाम प्रत्येक हर".split()}
_QUOTE_START = re.compile(r"(?:कहाँ|कहां|कहा)\s*(?:है|था|कि\s*है)?\s*(?:कि|की)?\s*[,:]?\s*")
_ASSURE = {key(w) for w in "आश्वासन आश्वस्त".split()}
_SPOKE = {key(w) for w in "बोले बोलीं".split()}
_KAHNA = re.compile(r"कहना\s+(?:है|था)\s+(?:कि|की)\s*")


@dataclass
class Entity:
    """Something that can hold a role: a named mention, a post-only reference or a pronoun."""
    kind: str  # "name" | "post" | "pronoun"
    sent: int
    unit: int
    text: str
    posts: list[str] = field(default_factory=list)
    strong: bool = False
    in_quote: bool = False
    affiliation: str | None = None
    person: "Person | None" = None
    ref_role: str | None = None  # "मुख्य अतिथि ने कहा": points at whoever holds this role


@dataclass
class Sentence:
    idx: int
    start: int
    text: str
    toks: list[Token]
    units: list[Unit]
    quote_unit: int | None = None  # units from here on are reported speech
    quote_text: str | None = None
    soft_quote: bool = False  # "X ने बताया कि …": reported facts; names in it keep their parts
    entities: dict[int, Entity] = field(default_factory=dict)

    def quoted(self, i: int) -> bool:
        return self.quote_unit is not None and not self.soft_quote and i >= self.quote_unit


@dataclass
class Person:
    name: str
    mentions: list[Entity] = field(default_factory=list)
    posts: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)
    affiliation: str | None = None
    first: int = 0

    def add_post(self, post: str) -> None:
        """Add a post unless the person already has it in other words ("सांसद" after
        "लोकसभा सांसद", "जिला भाजपा अध्यक्ष" after "दुर्ग जिलाध्यक्ष")."""
        f = fold(post)
        if not f:
            return
        new = post_tokens(f)
        for i, p in enumerate(self.posts):
            old = post_tokens(p)
            if new <= old or old <= new or _same_office(new, old):
                if old < new and not _same_office(new, old):
                    self.posts[i] = f
                return
        self.posts.append(f)

    def add_role(self, role: str) -> None:
        if role not in self.roles:
            self.roles.append(role)


def _same_office(a: set[str], b: set[str]) -> bool:
    """Same head word and same unit level: one office written twice."""
    ha, hb = a & L.POST_HEAD_WORDS, b & L.POST_HEAD_WORDS
    la, lb = a & L.LEVEL_WORDS, b & L.LEVEL_WORDS
    return bool(ha) and ha == hb and la == lb and not ({"सह", "उप", "पूर्व"} & (a ^ b))


# --------------------------------------------------------------------------------------- sentence

def make_sentence(idx: int, text: str, start: int) -> Sentence:
    toks = tokenize(text, start)
    units = build_units(toks, tag_tokens(toks))
    s = Sentence(idx, start, text, toks, units)
    _mark_quote(s)
    return s


def _mark_quote(s: Sentence) -> None:
    """Find "… ने कहा कि <quote>" and remember where the reported speech starts."""
    for ui, u in enumerate(s.units):
        if u.kind == "CUE" and u.value[0] == "speaker" and len(u.words) == 2 and key(u.words[0]) == "बताया":
            rest = s.text[s.toks[u.t1 - 1].end - s.start:].strip().lstrip(",:").strip()
            before = s.units[ui - 1] if ui >= 1 else None
            said = before is not None and (before.kind == "AGENT" or key(before.words[0]) in _PRONOUNS)
            if said and len(rest.split()) >= 3:  # "X ने बताया कि <speech>"
                s.quote_unit = ui + 1
                s.quote_text = rest
                s.soft_quote = True
                return
            continue
        if u.kind == "CUE" and u.value[0] == "speaker" and key(u.words[-1]) in ("कहा", "कहां"):
            rel = s.toks[u.t1 - 1].end - s.start
            m = _QUOTE_START.match(s.text, rel - len(u.words[-1]))
            if not m:
                continue
            rest = s.text[m.end():].strip()
            # a bare "ने कहा" must be followed by speech, not by the end of the clause
            said_ki = re.search(r"(?:कि|की)\s*[,:]?\s*$", s.text[rel - len(u.words[-1]):m.end()])
            if not rest or (not said_ki and (rest[0] in "।.,|" or len(rest.split()) < 3)):
                continue
            s.quote_unit = ui + 1
            s.quote_text = rest
            return
        if u.kind == "CUE" and u.value[0] == "speaker" and (key(u.words[0]) in _ASSURE or key(u.words[-1]) in _SPOKE) \
                and ui + 1 < len(s.units) and key(s.units[ui + 1].words[0]) == "कि":
            # "X ने आश्वासन दिलाया कि <speech>", "X बोले कि <speech>"
            rest = s.text[s.toks[s.units[ui + 1].t1 - 1].end - s.start:].strip().lstrip(",:").strip()
            if len(rest.split()) >= 3:
                s.quote_unit = ui + 1
                s.quote_text = rest
                return
        if u.kind == "STOP" and key(u.words[0]) == "कहना":
            rel = s.toks[u.t0].start - s.start
            m = _KAHNA.match(s.text, rel)
            if m and s.text[m.end():].strip():
                s.quote_unit = ui + 1
                s.quote_text = s.text[m.end():].strip()
                return


# --------------------------------------------------------------------------------------- mentions

def _split_run(words: list[str]) -> list[list[int]]:
    """Split a run of name words that holds several names ("अमला देवी निर्मला देवी")."""
    keys = [key(w) for w in words]
    parts: list[list[int]] = [[]]
    for i, k in enumerate(keys):
        cur = parts[-1]
        if cur and len(cur) >= 2 and k in L.GIVEN and k not in _MIDDLE and keys[i - 1] not in L.GIVEN and \
                (keys[i - 1] not in _MIDDLE or keys[i - 1] in _FINAL_MIDDLE) and len(keys) - i >= 2:
            parts.append([])
        parts[-1].append(i)
        left = len(keys) - i - 1
        if k in L.FEMALE_FINALS and len(parts[-1]) >= 2 and left >= 1 and \
                (left >= 2 or keys[i + 1] in L.GIVEN):  # "कमला देवी कच्छवाह" is one name
            parts.append([])
    parts = [p for p in parts if p]
    out: list[list[int]] = []
    for p in parts:
        if len(p) == 4 and keys[p[1]] in L.SURNAMES and keys[p[1]] not in _MIDDLE and \
                keys[p[2]] not in _MIDDLE and keys[p[0]] not in L.SURNAMES:
            out.extend([p[:2], p[2:]])  # "लखन सोरेन बबलू हेम्ब्रम": two names without a comma
        elif len(p) > 4:  # still too long: cut after surnames
            cur: list[int] = []
            for i in p:
                cur.append(i)
                if keys[i] in L.SURNAMES and keys[i] not in _MIDDLE and len(cur) >= 2:
                    out.append(cur)
                    cur = []
            if cur:
                out.append(cur)
        else:
            out.append(p)
    return out


_TRAILING_TITLES = {key(w) for w in "साहब साहेब".split()}
_JI_TITLES = {key(w) for w in "महाराज महाराजा साहब साहेब स्वामी".split()}


def _strip_name(words: list[str]) -> list[str]:
    """Drop honorific words left inside a run, a trailing जी, and a जी of respect between a given
    name and the surname ("अशोक जी तिवारी" = अशोक तिवारी; "लाल जी मिश्रा", "X जी महाराज" keep it)."""
    while words and (key(words[-1]) == "जी" or (key(words[-1]) in _TRAILING_TITLES and len(words) >= 2)):
        words = words[:-1]  # "शर्मा जी", "शिंदे साहेब"
    while words and key(words[0]) in L.HONORIFICS and not L.HONORIFICS[key(words[0])]:
        words = words[1:]
    # "रामलालजी गुप्ता": the जी of respect glued to a given name
    if len(words) >= 2 and key(words[0]).endswith("जी") and key(words[0]) not in _NAME_LEX and \
            len(key(words[0])) >= 7 and key(words[0])[:-2] in L.GIVEN:
        words = [words[0][:-2]] + words[1:]
    # "राम सिंह राम सिंह चौहान": a name typed twice over
    for n in (1, 2):
        if len(words) >= 2 * n + 1 and [key(w) for w in words[:n]] == [key(w) for w in words[n:2 * n]] and \
                not any(key(w) in L.INITIALS or "." in w for w in words[:n]):
            words = words[n:]
            break
    # "करतार सिंह एमए", "रामवीर सिंह यादव एमएस": a degree in spelled initials after a full name
    if len(words) >= 3 and _spelled_initials(key(words[-1])):
        words = words[:-1]
    if len(words) >= 3:
        keys = [key(w) for w in words]
        if "जी" in keys[1:-1]:
            words = [w for x, w in enumerate(words)
                     if not (0 < x < len(words) - 1 and keys[x] == "जी" and keys[x - 1] not in _MIDDLE and
                             keys[x - 1] not in L.INITIALS and keys[x + 1] not in _JI_TITLES)]
    return words


@text_cache(4096)
def _spelled_initials(k: str) -> bool:
    """A word made of two or more spelled initials ("एमए" = एम + ए, "पीपी", "एमएससी")."""
    if len(k) < 3 or not k.startswith(tuple(L.INITIALS)):
        return False
    ok = [True] + [False] * len(k)
    n = [0] * (len(k) + 1)
    for x in range(1, len(k) + 1):
        for y in range(max(0, x - 6), x):
            if ok[y] and k[y:x] in L.INITIALS:
                ok[x], n[x] = True, max(n[x], n[y] + 1)
    return ok[len(k)] and n[len(k)] >= 2


_QUOTED_WORD = re.compile(r"\s*(['‘’])\s*(\S+?)\s*(['‘’])")


def _join_words(words: list[str]) -> str:
    s = " ".join(words).replace(" .", ".")
    if "'" not in s and "‘" not in s and "’" not in s:
        return s
    return _QUOTED_WORD.sub(r" '\2'", s).replace("‘", "'").replace("’", "'")


_SINGLE_OK_NEXT = {"COMMA", "JOIN", "JI", "AGENT", "CUE", "PUNCT", "END", "HON", "POST", "NAME"}
_TAIL_WORDS = {key(w) for w in "आदि सहित समेत भी".split()}
_LOCATIVE = {key(w) for w in "में मे मेंं स्थित".split()}
# "होली मिलन", "वसंत उत्सव", "जैन मिलन": a gathering or the body named after one, never a person
_GATHERING_FINALS = {key(w) for w in "मिलन उत्सव महोत्सव".split()}
_ORGANISING = {key(w) for w in "कार्यक्रम आयोजन अभियान समिति सम्मेलन संगोष्ठी गोष्ठी कार्यशाला शिविर समारोह".split()}


def find_entities(s: Sentence, text_end: int, truncated: bool, known: set[str] | None = None) -> None:
    """Fill ``s.entities`` with named mentions, post-only references and pronouns."""
    units = s.units
    n = len(units)

    def kind(i: int) -> str:
        return units[i].kind if 0 <= i < n else "END"

    def first_key(i: int) -> str:
        return key(units[i].words[0]) if 0 <= i < n and units[i].words else ""

    def is_open(i: int) -> bool:
        return 0 <= i < n and units[i].kind == "PUNCT" and units[i].words[0] == "("

    def bracket_post_before(i: int) -> int | None:
        """Index of the POST in "POST (…) NAME" for the name at unit i."""
        if i >= 2 and units[i - 1].kind == "PUNCT" and units[i - 1].words[0] == ")":
            for j in range(i - 2, max(-1, i - 6), -1):
                if is_open(j):
                    return j - 1 if j >= 1 and units[j - 1].kind == "POST" and units[j - 1].has_head else None
        return None

    cands: dict[int, dict] = {}
    for i, u in enumerate(units):
        if u.kind != "NAME":
            continue
        words = list(u.words)
        pen: list[str] = []
        if len(words) >= 3 and words[-1] in ("'", "’") and words[-3] in ("'", "‘"):
            pen, words = words[-3:], words[:-3]
        elif len(words) >= 4 and words[-1] == ")" and words[-3] == "(":
            pen, words = ["(" + words[-2] + ")"], words[:-3]  # a nickname: "राकेश (बबली)"
        elif len(words) >= 5 and words[-2] == ")" and words[-4] == "(":
            # "दीपक (बाला) तावड़े": a nickname between the given name and the surname
            words = words[:-4] + ["(" + words[-3] + ")", words[-1]]
        if truncated and s.toks[u.t1 - 1].end >= text_end and not pen:
            # the page cut this word: a first name with a cut surname stays ("कमलेश कोर"), a lone
            # fragment or one after a complete name goes ("… चंचला देवी सवित")
            # (a cut word that is a whole given name stays: "…, केशव"; so does a fragment after a
            # word that is a given name as well as a surname: "दिवाकर वै")
            before = key(words[-2]) if len(words) >= 2 else ""
            whole = key(words[-1]) in L.GIVEN and len(key(words[-1])) >= 3
            if not whole and (not before or before in L.FEMALE_FINALS or
                              (before in L.SURNAMES and before not in _MIDDLE and
                               (before not in L.GIVEN or len(words) > 2))):
                words = words[:-1]
        alias = [x for x, w in enumerate(words) if key(w) in ("उर्फ", "उर्फ़")]
        if alias and alias[0] >= 1:  # "अजीत यादव उर्फ गुड्डू": the name before the alias
            words = words[:alias[0]]
        if not words:
            continue
        prev, nxt = kind(i - 1), kind(i + 1)
        generic_post = prev == "POST" and kind(i - 2) == "STOP" and first_key(i - 2) in _QUANTIFIERS
        left_strong = prev == "HON" or (prev == "POST" and units[i - 1].has_head and not generic_post) or \
            (prev == "JI" and kind(i - 2) == "POST") or bracket_post_before(i) is not None
        right = nxt in ("JI", "AGENT") or (nxt == "POST" and units[i + 1].has_head) or \
            (nxt == "GEN" and ((kind(i + 2) == "CUE" and units[i + 2].value[1] != "verb") or
                               first_key(i + 2) == "कहना")) or \
            (is_open(i + 1) and kind(i + 2) == "POST" and units[i + 2].has_head and
             kind(i + 3) == "PUNCT" and units[i + 3].words[0] == ")") or \
            (nxt == "STOP" and first_key(i + 1) == "को" and _elected_post(units, i + 2) is not None)
        tail_ctx = nxt == "STOP" and first_key(i + 1) in _TAIL_WORDS
        left_cue = prev == "CUE" and units[i - 1].value[1] == "noun"
        # "युवा मोर्चा के विक्की बाथम", "भाजपा के रमेश शर्मा": a member named by his body
        affil = prev == "GEN" and kind(i - 2) == "POST" and not units[i - 2].has_head and \
            nxt in ("COMMA", "JOIN", "AGENT", "JI", "CUE", "PUNCT", "END") and len(words) >= 2
        # places and bodies, not people: "… स्थित ताऊ देवीलाल सदन में", "आटो चालक संघ", "X में"
        not_person = (nxt == "STOP" and first_key(i + 1) in _LOCATIVE) or \
            (prev == "STOP" and first_key(i - 1) == "स्थित") or \
            (nxt == "POST" and not units[i + 1].has_head and key(units[i + 1].words[0]) in L.ORG_SUFFIXES) or \
            (nxt == "STOP" and first_key(i + 1) in L.VENUE_HEADS) or \
            (nxt == "STOP" and (first_key(i + 1) in _KIN_BODY or L.EVENTS.match([first_key(i + 1)], 0))) or \
            any(L.EVENTS.match([key(w)], 0) for w in words) or key(words[-1]) in _GATHERING_FINALS or \
            (nxt == "GEN" and 0 <= i + 2 < n and bool(L.EVENTS.match([first_key(i + 2)], 0))) or \
            (nxt == "GEN" and _post_then_name(units, i + 2) and not any(key(w) in L.GIVEN for w in words))
        # ("सैल्यूट तिरंगा के संस्थापक एवं राष्ट्रीय अध्यक्ष राजेश झा": the body of the next person's post)
        # "… के लक्ष्मीगंज मंडल की बैठक": a unit of the body holds the event, not a person
        # "शिवसेना (उद्धव बालासाहेब ठाकरे)": a faction in brackets after a body's name
        if is_open(i - 1) and i >= 2 and kind(i - 2) == "POST" and not units[i - 2].has_head and \
                kind(i + 1) == "PUNCT" and units[i + 1].words[0] == ")":
            continue
        if not_person and not left_strong:
            org_next = nxt == "POST" and not units[i + 1].has_head and key(units[i + 1].words[0]) in L.ORG_SUFFIXES
            pieces = _split_run(words) if org_next and len(words) >= 4 else []
            if len(pieces) < 2:
                continue
            # "सीएल साहू पेंशनधारी कल्याण संघ": a name, then the body it comes from
            words = [words[x] for p in pieces[:-1] for x in p]
            nxt = "POST"
        pre_extra: list[str] = []
        # "ब्लॉक अध्यक्ष जुन्नारदेव घनश्याम तिवारी": an unknown word before a known given name
        # right after the post of a local unit is the unit's place ("प्रदेश प्रभारी अनुग्रह नारायण
        # सिंह", "अल्पसंख्यक अध्यक्ष सहीम अहमद खान": the first name)
        if left_strong and prev == "POST" and len(words) >= 3 and key(words[1]) in L.GIVEN and \
                any(key(w) in _LOCAL_UNITS for w in units[i - 1].words) and \
                key(words[1]) not in _MIDDLE and key(words[0]) not in _NAME_LEX and key(words[-1]) in L.SURNAMES and \
                not words[0].endswith(".") and key(words[0]) not in L.INITIALS:
            pre_extra, words = words[:1], words[1:]
        pieces = _split_run(words) if len(words) >= 3 else [list(range(len(words)))]
        runon = False
        if (tail_ctx or len(pieces) >= 2) and len(pieces[-1]) == 3:
            # "…, विनय गुप्ता फूलचंद्र आदि ने": in a list, a word after a complete name opens the next one
            lk = [key(words[x]) for x in pieces[-1]]
            if lk[1] in L.SURNAMES and lk[1] not in _MIDDLE and lk[0] not in L.SURNAMES and \
                    lk[2] not in _NAME_LEX - L.GIVEN and lk[2] not in _MIDDLE and len(words[pieces[-1][2]]) >= 3:
                pieces = pieces[:-1] + [pieces[-1][:2], pieces[-1][2:]]
                runon = True
        cands[i] = dict(words=words, pen=pen, pieces=pieces, left_strong=left_strong, right=right,
                        tail=tail_ctx, left_cue=left_cue or affil, pre_extra=pre_extra, nxt=nxt, runon=runon)

    def ok(i: int, c: dict, accepted: set[int], use_list: bool) -> list[bool]:
        res = []
        list_ctx = False
        if use_list:
            list_ctx = (c["nxt"] in ("COMMA", "JOIN") and (i + 2 in accepted or
                                                          (kind(i + 2) == "POST" and units[i + 2].has_head) or
                                                          kind(i + 2) == "HON")) or \
                (kind(i - 1) in ("COMMA", "JOIN") and (i - 2 in accepted or kind(i - 2) == "JI"))
        parts = c.get("parts")
        if parts is None:  # the words of each piece do not change between the passes
            parts = c["parts"] = []
            for piece in c["pieces"]:
                pw = _strip_name([c["words"][x] for x in piece])
                keys = [key(w) for w in pw]
                lex = bool(pw) and (keys[0] in L.GIVEN or keys[-1] in L.SURNAMES or any(k in _NAME_LEX for k in keys))
                parts.append((pw, keys, lex))
        for pw, keys, lex in parts:
            if not pw:
                res.append(False)
                continue
            ctx = c["left_strong"] or c["right"] or list_ctx or c["tail"] or c["left_cue"] or len(c["pieces"]) > 1
            if len(pw) == 1:
                in_list = use_list and kind(i - 1) in ("COMMA", "JOIN") and i - 2 in accepted and \
                    (c["nxt"] in ("COMMA", "JOIN") or c["tail"] or c["right"])
                # … or before an accepted name of a list that runs on to an "आदि/सहित" tail
                in_list = in_list or (use_list and c["nxt"] == "COMMA" and i + 2 in accepted and
                                      len(pw[0]) >= 4 and _list_tail(units, i + 2))
                good = (c["left_strong"] and (c["nxt"] in _SINGLE_OK_NEXT or c["tail"])) or c["runon"] or \
                    (lex and ctx) or (len(c["pieces"]) > 1 and lex) or in_list or \
                    (bool(known) and keys[0] in known and (c["right"] or c["left_strong"]))
                if len(pw[0]) < 3 and not c["left_strong"]:
                    good = False
            elif len(pw) <= 5:
                good = ctx or lex
            else:
                good = False
            res.append(good)
        return res

    accepted: set[int] = set()
    for use_list in (False, True, True, True, True):
        grew = False
        for i, c in cands.items():
            if i not in accepted and any(ok(i, c, accepted, use_list)):
                accepted.add(i)
                grew = True
        if use_list and not grew:
            break

    tails = _post_tails(units, accepted)
    accepted -= tails
    for i in sorted(accepted):
        c = cands[i]
        flags = ok(i, c, accepted, True)
        pieces = c["pieces"]
        for pi, piece in enumerate(pieces):
            if not flags[pi]:
                continue
            pw = _strip_name([c["words"][x] for x in piece])
            if pi == len(pieces) - 1 and c["pen"]:
                pw = pw + c["pen"]
            name = _join_words(pw)
            ent = Entity("name", s.idx, i, name, strong=c["left_strong"],
                         in_quote=s.quoted(i))
            if pi == 0:
                ent.posts = _posts_before(units, i, s, accepted)
                if c["pre_extra"] and ent.posts:
                    ent.posts[-1] = fold(ent.posts[-1] + " " + " ".join(c["pre_extra"]))
                _place_into_name(ent, units, i, s)
            if pi == len(pieces) - 1:
                after = _posts_after(units, i, s)
                if i + 2 in tails and units[i + 1].kind == "POST":
                    # "गणेश चंदेल प्रांत अध्यक्ष ग्राम पटेल संघ, …": the post runs to the comma
                    k = i + 1
                    while k + 1 < n and units[k + 1].kind in ("POST", "NAME", "STOP") and \
                            not (units[k + 1].kind == "STOP" and key(units[k + 1].words[0]) in _TAIL_WORDS):
                        k += 1
                    after = [fold(s.text[s.toks[units[i + 1].t0].start - s.start: s.toks[units[k].t1 - 1].end - s.start])]
                if after:
                    ent.posts.extend(after)
                elif not ent.posts:
                    ent.posts.extend(_appositive_posts(units, i, s))
            s.entities[i + pi / 100] = ent
    # post-only references ("जिला अध्यक्ष ने कहा") and pronouns ("उन्होंने कहा")
    for i, u in enumerate(units):
        if u.kind == "POST" and u.has_head and kind(i - 1) not in ("NAME", "HON") and \
                kind(i + 1) not in ("NAME", "HON") and not (kind(i + 1) == "JI" and kind(i + 2) == "NAME"):
            j = i + 1 + (kind(i + 1) == "JI")
            if kind(j) == "AGENT" or (kind(j) == "GEN" and kind(j + 1) in ("CUE", "STOP") and
                                      any(units[x].kind == "CUE" for x in range(j + 1, min(n, j + 3)))):
                s.entities[i] = Entity("post", s.idx, i, _text(s, u), posts=[_text(s, u)],
                                       in_quote=s.quoted(i))
        elif u.kind == "CUE" and u.value[1] == "noun" and u.value[0] in _REF_ROLES and \
                kind(i - 1) not in ("NAME", "HON", "GEN", "POST") and \
                (kind(i + 1) == "AGENT" or (kind(i + 1) == "JI" and kind(i + 2) == "AGENT")):
            s.entities[i] = Entity("post", s.idx, i, _text(s, u), ref_role=u.value[0],
                                   in_quote=s.quoted(i))
        elif u.kind == "STOP" and key(u.words[0]) in _PRONOUNS:
            s.entities[i] = Entity("pronoun", s.idx, i, u.words[0],
                                   in_quote=s.quoted(i))
    _distribute_posts(s)


_REF_ROLES = {"chief_guest", "key_speaker", "special_guest"}


def _post_then_name(units: list[Unit], j: int) -> bool:
    """Unit j opens posts (joined by एवं/सह) that a name or an honorific follows."""
    if not (j < len(units) and units[j].kind == "POST" and units[j].has_head):
        return False
    while j < len(units) and (units[j].kind == "POST" or (units[j].kind == "JOIN" and j + 1 < len(units) and
                                                          units[j + 1].kind == "POST")):
        j += 1
    return j < len(units) and units[j].kind in ("NAME", "HON")


def _post_tails(units: list[Unit], accepted: set[int]) -> set[int]:
    """Name-like words inside the post of a comma-list item that begins with its name:
    "…, गणेश चंदेल प्रांत अध्यक्ष ग्राम पटेल संघ, …" is one person (the post and its body
    follow the name), while "जिला अध्यक्ष A प्रदेश सचिव B" (posts before names) is two."""
    out: set[int] = set()
    n = len(units)
    for i in sorted(accepted):
        if i < 1 or units[i - 1].kind != "POST":
            continue
        j = i - 1
        while j >= 0 and units[j].kind not in ("COMMA",):
            if units[j].kind in ("JOIN", "AGENT", "CUE", "GEN", "JI") or \
                    (units[j].kind == "PUNCT" and units[j].words[0] in "।|()"):
                break
            j -= 1
        else:
            first = j + 1
            while first < i - 1 and units[first].kind in ("HON", "STOP") and first not in accepted:
                first += 1  # "बैठक में A प्रांत अध्यक्ष …": the item's name after the opening words
            nxt = units[i + 1].kind if i + 1 < n else "END"
            in_list = j >= 0 or any(u.kind == "COMMA" for u in units[i + 1:])
            if first in accepted and first < i - 1 and first not in out and in_list and \
                    nxt not in ("JI", "AGENT", "HON", "JOIN"):
                out.add(i)
    return out


def _list_tail(units: list[Unit], i: int) -> bool:
    """The comma list that goes on from unit i ends in "आदि / सहित / समेत" or a presence verb."""
    for u in units[i:]:
        if u.kind in ("NAME", "COMMA", "JOIN", "JI", "HON") or (u.kind == "POST" and u.has_head):
            continue
        return (u.kind == "STOP" and key(u.words[0]) in _TAIL_WORDS) or \
            (u.kind == "CUE" and u.value[0] in ("attendee", "speaker"))
    return False


def _elected_post(units: list[Unit], j: int) -> int | None:
    """"X को जिला अध्यक्ष चुना गया": index of the post unit at j when an election verb follows."""
    if not (0 <= j < len(units) and units[j].kind == "POST" and units[j].has_head):
        return None
    for k in range(j + 1, min(len(units), j + 4)):
        u = units[k]
        if u.kind in ("JOIN", "COMMA") or (u.words and key(u.words[0]) in _ELECT):
            return j
        if u.kind not in ("STOP",):
            return None
    return None


def _place_into_name(ent: Entity, units: list[Unit], i: int, s: Sentence) -> None:
    """"विभाग प्रमुख अजमेर सिंह": a place word closing the post is the first name when the
    run that follows is a lone surname."""
    if i < 1 or units[i - 1].kind != "POST" or not ent.posts:
        return
    words = ent.text.split()
    last = units[i - 1].words[-1]
    # a lone surname, or a run that cannot begin a name ("अध्यक्ष आनंद कुमार पाठक": "कुमार …")
    lone = len(words) == 1 and key(ent.text) in L.SURNAMES
    headless = len(words) >= 2 and key(words[0]) in _MIDDLE and key(words[0]) != "जी"
    if (lone or headless) and L.PLACE_KIND.get(key(last)) and len(units[i - 1].words) >= 2:
        ent.text = f"{last} {ent.text}"
        post = ent.posts[-1]
        if post.endswith(last):
            ent.posts[-1] = post[: -len(last)].strip()


def _text(s: Sentence, u: Unit) -> str:
    return fold(s.text[s.toks[u.t0].start - s.start: s.toks[u.t1 - 1].end - s.start])


_BODY_NOUNS = {key(w) for w in L._MISC.get("body", ())}


def _body_material(u: Unit, x: int, accepted: set[int]) -> bool:
    """Unit u (at x) can be a word of the body, government or place a post belongs to."""
    if u.kind == "POST":
        return not u.has_head
    if u.kind == "NAME":
        return x not in accepted
    if u.kind == "STOP":
        k = key(u.words[0])
        return k in _BODY_NOUNS or k in L.ORG_SUFFIXES or k.isdigit()
    return False


def _body_start(units: list[Unit], j: int, accepted: set[int]) -> int:
    """Start of the post at unit j read with the body it belongs to: "तिलैया नगर पर्षद के उपाध्यक्ष",
    "पार्टी के जिलाध्यक्ष", "बिहार सरकार के ऊर्जा मंत्री", "लोजपा (आर) जिलाध्यक्ष", "सर्व समाज महासंघ
    का पश्चिम उत्तर प्रदेश का अध्यक्ष". Words before a genitive (or a bracketed gloss) that are no
    accepted name, no verb and no function word; j itself when there are none."""
    start = j
    x = j - 1
    # "छत्तीसगढ़ शासन के गृह व लोकनिर्माण मंत्री", "पंजाब के बागवानी, … एवं रक्षा सेवाएं भलाई मंत्री": the
    # departments of a minister, listed between the genitive and the head
    y = x
    while y >= 1 and ((units[y].kind == "NAME" and y not in accepted and
                       not any(key(w) in _NAME_LEX for w in units[y].words)) or
                      (units[y].kind in ("JOIN", "COMMA") and units[y + 1].kind == "NAME")):
        y -= 1
    if y < x - 1 and units[y].kind == "GEN" and units[y + 1].kind == "NAME" and units[x].kind == "NAME" and \
            any(units[z].kind in ("JOIN", "COMMA") for z in range(y + 1, x)):
        start = y + 1
        x = y
    while x >= 0:
        gen = units[x].kind == "GEN"
        k = x - 1 if gen else x
        bracket = False
        if k >= 1 and units[k].kind == "PUNCT" and units[k].words[0] == ")":
            o = k - 1
            while o > k - 5 and o >= 0 and not (units[o].kind == "PUNCT" and units[o].words[0] == "("):
                o -= 1
            if o < 1 or units[o].words[0] != "(" or o == k - 1 or \
                    not all(units[y].kind in ("POST", "NAME", "STOP") and y not in accepted for y in range(o + 1, k)):
                break
            k = o - 1
            bracket = True
        if not gen and not bracket:
            # "महिला कांग्रेस की कार्यवाही अध्यक्ष": an unknown word between a body and the head;
            # "बचाओ आंदोलन | मंच के संयोजक": the body named before a post that holds its genitive
            if not (start == j and units[x].kind == "NAME" and x not in accepted and x >= 1 and
                    (units[x - 1].kind == "GEN" or (units[x - 1].kind == "POST" and not units[x - 1].has_head))) and \
                    not (start == j and units[j].kind == "POST" and _body_material(units[x], x, accepted) and
                         any(key(w) in L.GENITIVE for w in units[j].words[1:-1])):
                break
        n = 0
        while k >= 0 and _body_material(units[k], k, accepted):
            n += 1
            k -= 1
        if not n:
            break
        # a joined pair of bodies: "आबकारी एवं कराधान के प्रधान"
        if k >= 1 and units[k].kind == "JOIN" and units[k - 1].kind != "STOP" and \
                _body_material(units[k - 1], k - 1, accepted):
            k -= 1
            while k >= 0 and _body_material(units[k], k, accepted):
                k -= 1
        start = k + 1
        x = k
    return start


_POST_NOUN = {"पद"}
_LOCAL_UNITS = {key(w) for w in "ब्लाक ब्लॉक प्रखंड प्रखण्ड तहसील विकासखंड विकासखण्ड खंड खण्ड वार्ड ग्राम विधायक सांसद पार्षद".split()}
_RANK_WORDS = {"जनरल"}  # a rank between a post and the name ("प्रदेश अध्यक्ष जनरल X"); an adjective elsewhere
_CHARGE = {key(w) for w in "लिए लिये दायित्व जिम्मेदारी जिम्मेवारी".split()}
_SESSION = {key(w) for w in "सभापति अध्यक्ष सभाध्यक्ष संचालक उद्घोषक".split()}


def _office_frame(units: list[Unit], j: int) -> int:
    """"उपाध्यक्ष पद पर X", "सचिव के पद पर X", "सदस्य के रूप में X": the index of the office before the
    frame that ends at unit j (j itself when there is none)."""
    if j >= 2 and units[j].kind == "STOP" and key(units[j].words[0]) in ("पर", "हेतु") and \
            units[j - 1].kind == "STOP" and key(units[j - 1].words[0]) in _POST_NOUN:
        k = j - 2
        if k >= 1 and units[k].kind == "GEN" and units[k - 1].kind == "POST" and units[k - 1].has_head:
            k -= 1
        return k
    if j >= 3 and units[j].kind == "STOP" and key(units[j].words[0]) in ("में", "मे") and \
            units[j - 1].kind == "STOP" and key(units[j - 1].words[0]) == "रूप" and units[j - 2].kind == "GEN" and \
            units[j - 3].kind == "POST" and units[j - 3].has_head and key(units[j - 3].words[-1]) not in _SESSION:
        return j - 3  # (not "सभापति के रूप में": a part in the programme, not an office)
    if j >= 3 and units[j].kind == "STOP" and key(units[j].words[0]) in _CHARGE and \
            units[j - 1].kind == "GEN" and units[j - 2].kind == "STOP" and key(units[j - 2].words[0]) in _POST_NOUN:
        return j - 3  # "उपाध्यक्ष पद के लिए X", "उपाध्यक्ष पद का दायित्व X, Y को"
    return j


def _posts_before(units: list[Unit], i: int, s: Sentence, accepted: set[int] = frozenset()) -> list[str]:
    out: list[str] = []
    j = i - 1
    while j >= 0 and (units[j].kind == "HON" or (units[j].kind == "STOP" and key(units[j].words[0]) in _RANK_WORDS)):
        j -= 1
    # "अध्यक्ष पद पर X", "महामंत्री पद के लिए X": the office the name was elected to
    j = _office_frame(units, j)
    if j >= 2 and units[j].kind == "PUNCT" and units[j].words[0] == ")":
        # "संभागीय सचिव (सागर संभाग) विनोद चौबे": the bracket qualifies the post
        for k in range(j - 1, max(-1, j - 5), -1):
            if units[k].kind == "PUNCT" and units[k].words[0] == "(":
                if k >= 1 and units[k - 1].kind == "POST" and units[k - 1].has_head:
                    u0 = units[k - 1]
                    out.append(fold(s.text[s.toks[u0.t0].start - s.start: s.toks[units[j].t1 - 1].end - s.start]))
                    return out
                break
    if j >= 0 and units[j].kind == "POST" and units[j].has_head:
        text = _text(s, units[j])
        b = _body_start(units, j, accepted)
        # "कार्यक्रम के जिला संयोजक", "वाकपीठ संगोष्ठी के अध्यक्ष": the body a post belongs to
        if b == j and j >= 2 and units[j - 1].kind == "GEN" and units[j - 2].kind == "STOP" and \
                key(units[j - 2].words[0]) in _ORGANISING:
            b = j - 2
            if b >= 1 and units[b - 1].kind == "NAME" and len(units[b - 1].words) == 1:
                b -= 1
        if b < j:
            text = _span(s, units[b], units[j])
        # "… संघ की राष्ट्रीय एवं प्रदेश अध्यक्ष X": two levels of one post, joined before its head
        if b >= 2 and units[b - 1].kind == "JOIN" and units[b - 2].kind == "POST" \
                and key(units[b - 2].words[-1]) in L.POST_MODS and not L.POST_HEADS.match([key(units[b - 2].words[-1])], 0):
            text = _span(s, units[b - 2], units[j])
            out.insert(0, text)
            return out
        out.insert(0, text)
        # "अध्यक्ष पद के लिए पंचायत के सरपंच X को": the office given and the post already held
        if b >= 1 and _office_frame(units, b - 1) != b - 1:
            f = _office_frame(units, b - 1)
            if units[f].kind == "POST" and units[f].has_head:
                out.insert(0, _span(s, units[_body_start(units, f, accepted)], units[f]))
                return out
        # "AICC के ऑब्जर्वर एवं पूर्व सांसद X": two posts joined in front of one name
        if b >= 2 and units[b - 1].kind == "JOIN" and units[b - 2].kind == "POST" and \
                units[b - 2].has_head and (b < 3 or units[b - 3].kind != "JI") and \
                (b < 3 or units[b - 3].kind != "NAME" or (b - 3 not in accepted and bool(accepted))):
            b2 = _body_start(units, b - 2, accepted)
            out.insert(0, _span(s, units[b2], units[b - 2]))
    return out


def _span(s: Sentence, a: Unit, b: Unit) -> str:
    return fold(s.text[s.toks[a.t0].start - s.start: s.toks[b.t1 - 1].end - s.start])


def _posts_after(units: list[Unit], i: int, s: Sentence) -> list[str]:
    """The posts written after the name at unit i: one (``_post_after``), or two joined in a bracket
    ("पवन अग्रवाल (राष्ट्रीय मंत्री एवं प्रदेश प्रभारी)")."""
    j = i + 1 + (i + 1 < len(units) and units[i + 1].kind == "JI")
    if j + 4 < len(units) and units[j].kind == "PUNCT" and units[j].words[0] == "(" and \
            units[j + 1].kind == "POST" and units[j + 1].has_head and units[j + 2].kind == "JOIN" and \
            units[j + 3].kind == "POST" and units[j + 3].has_head and units[j + 4].words[0] == ")":
        return [_text(s, units[j + 1]), _text(s, units[j + 3])]
    after = _post_after(units, i, s)
    return [after] if after else []


def _post_after(units: list[Unit], i: int, s: Sentence) -> str | None:
    j = i + 1
    if j < len(units) and units[j].kind == "JI":
        j += 1
    if j + 2 < len(units) and units[j].kind == "PUNCT" and units[j].words[0] == "(" and \
            units[j + 1].kind == "POST" and units[j + 1].has_head and units[j + 2].words[0] == ")":
        return _text(s, units[j + 1])  # "जितेंद्र निषाद (महानगर अध्यक्ष)"
    if j + 3 < len(units) and units[j].kind == "PUNCT" and units[j].words[0] == "(" and \
            units[j + 1].kind == "POST" and units[j + 1].has_head and units[j + 2].kind == "COMMA":
        # "हरविंदर कौर बेदी (प्रोफेसर, दिल्ली विश्वविद्यालय)": post and its institution
        for k in range(j + 3, min(len(units), j + 9)):
            if units[k].kind == "PUNCT" and units[k].words[0] == ")":
                return fold(s.text[s.toks[units[j + 1].t0].start - s.start: s.toks[units[k - 1].t1 - 1].end - s.start])
            if units[k].kind in ("CUE", "AGENT", "HON") or (units[k].kind == "PUNCT" and units[k].words[0] in "।|("):
                break
    if j + 1 < len(units) and units[j].kind == "STOP" and key(units[j].words[0]) == "को" and \
            _elected_post(units, j + 1) is not None:
        return _text(s, units[j + 1])  # "X को जिला अध्यक्ष चुना गया"
    if j + 1 < len(units) and units[j].kind == "AGENT" and key(units[j].words[0]) == "ने" and \
            units[j + 1].kind == "POST" and units[j + 1].has_head and \
            (j + 2 >= len(units) or units[j + 2].kind != "NAME") and _oath_follows(units, j + 2):
        return _text(s, units[j + 1])  # "X ने अध्यक्ष पद की शपथ ली"
    if j + 1 < len(units) and units[j].kind == "PUNCT" and units[j].words[0] in ("-", "–", ":") and \
            units[j + 1].kind == "POST" and units[j + 1].has_head:
        j += 1  # "बेचू गिरी- प्रधान, …": a committee list written name - post
    if j < len(units) and units[j].kind == "POST" and units[j].has_head:
        after = units[j + 1].kind if j + 1 < len(units) else "END"
        if after not in ("NAME", "HON"):
            return _text(s, units[j])
    return None


def _appositive_posts(units: list[Unit], i: int, s: Sentence) -> list[str]:
    """"राकेश साहू, प्रांताध्यक्ष एवं संयोजक … संघ ने बताया": posts set off by a comma after the
    name, when no other name follows them (else they introduce the next person of a list)."""
    j = i + 1
    if not (j + 1 < len(units) and units[j].kind == "COMMA" and units[j + 1].kind == "POST" and units[j + 1].has_head):
        return []
    out, k = [], j + 1
    while k < len(units) and units[k].kind == "POST" and units[k].has_head:
        out.append(_text(s, units[k]))
        if k + 2 < len(units) and (units[k + 1].kind == "JOIN" or units[k + 1].words == ["/"]) and \
                units[k + 2].kind == "POST":
            k += 2  # "संरक्षक एवं संयोजक", "संरक्षक / संयोजक"
        else:
            k += 1
            break
    # the body the post belongs to, up to the agent ("… तृतीय वर्ग शासकीय कर्मचारी संघ ने")
    e = k
    while e < len(units) and e - k < 8 and (units[e].kind in ("NAME", "STOP") or
                                            (units[e].kind == "POST" and not units[e].has_head)) and \
            not any(key(w) in _NAME_LEX for w in units[e].words):
        e += 1
    if e > k and e < len(units) and units[e].kind == "AGENT":
        out[-1] = fold(out[-1] + " " + s.text[s.toks[units[k].t0].start - s.start: s.toks[units[e - 1].t1 - 1].end - s.start])
        k = e
    nxt = units[k].kind if k < len(units) else "END"
    if nxt == "COMMA" and k + 1 < len(units):
        # "नीलिमा गर्ग, मुख्य महाप्रबन्धक, उत्तराखण्ड जल संस्थान एवं …", "X, संयोजक … संघ, Y, …": a
        # list item written name, post (, body) — the next item opens with a name or a part
        e = k + 1
        while e < len(units) and e - k <= 6 and ((units[e].kind == "POST" and not units[e].has_head) or (
                units[e].kind == "NAME" and not any(key(w) in _NAME_LEX for w in units[e].words))):
            e += 1
        if e > k + 1 and e < len(units) and units[e].kind in ("JOIN", "COMMA", "PUNCT", "AGENT"):
            out[-1] = fold(out[-1] + ", " + _span(s, units[k + 1], units[e - 1]))
            k = e
            nxt = units[k].kind
        if nxt in ("COMMA", "JOIN") and k + 1 < len(units) and units[k + 1].kind in ("NAME", "HON", "CUE"):
            return out
    return out if nxt in ("AGENT", "PUNCT", "END", "CUE") else []


_OATH = {key(w) for w in "शपथ पदभार कार्यभार".split()}


def _oath_follows(units: list[Unit], j: int) -> bool:
    """An oath / taking-charge noun closes the clause that starts at unit j."""
    for u in units[j:j + 12]:
        if u.kind == "PUNCT" and u.words[0] in "।|":
            return False
        if u.words and key(u.words[0]) in _OATH:
            return True
    return False


def _bracket_qualifier(units: list[Unit], i: int) -> bool:
    """The name at unit i is followed by "(place)" — a bracket without a post head in it."""
    if not (i + 2 < len(units) and units[i + 1].kind == "PUNCT" and units[i + 1].words[0] == "("):
        return False
    for u in units[i + 2:i + 6]:
        if u.kind == "PUNCT" and u.words[0] == ")":
            return True
        if (u.kind == "POST" and u.has_head) or u.kind in ("CUE", "AGENT"):
            return False
    return False


def _closes_bracket(between: list[Unit]) -> bool:
    """Units between two list names start with "( … )" (the previous name's qualifier)."""
    ws = [u.words[0] if u.words else "" for u in between]
    return bool(ws) and ws[0] == "(" and ")" in ws and ws.index(")") <= 5


_MEMBERS = {key(w) for w in "सदस्य सदस्यगण सदस्या मेंबर मेम्बर".split()}
_FRAME_WORDS = {key(w) for w in "पद पर हेतु के लिए रूप में मे".split()}
_ONE_HOLDER_OFFICES = {key(w) for w in "महासचिव महामंत्री सचिव मंत्री सेक्रेटरी".split()}
_DEPUTY = {key(w) for w in "सह उप संयुक्त सहायक".split()}
_FORMER = {key(w) for w in "पूर्व भूतपूर्व".split()}


def _distribute_posts(s: Sentence) -> None:
    """A post several people can hold, in front of a list, applies to the bare names after it
    ("जिला सह संयोजक विनय महोबिया, गोविंदा सोनी"), until a name with a post of its own."""
    carry: str | None = None
    carry_place = False
    prev_pos: float | None = None
    list_has_posts = False  # an earlier name of the same list carries its own post
    given: list[tuple[str, list[Entity]]] = []  # each carried post and the names it went to
    shared: set[int] = set()  # carried posts of a committee list (each office has its holders)
    committee = False
    for pos in sorted(s.entities):
        e = s.entities[pos]
        if e.kind != "name":
            carry, prev_pos, list_has_posts, committee = None, None, False, False
            continue
        i = int(pos)
        between: list[Unit] = []
        if prev_pos is not None and int(prev_pos) != i:
            between = s.units[int(prev_pos) + 1:i]
            gap = between
            if carry_place and _closes_bracket(between):
                gap = between[[u.words[0] for u in between].index(")") + 1:]
            if not gap or any(u.kind not in ("COMMA", "JOIN", "JI", "HON") for u in gap) or \
                    all(u.kind == "HON" for u in gap):
                carry = None
            if not between or any(u.kind not in ("COMMA", "JOIN", "JI", "POST", "HON", "PUNCT") and
                                  not (committee and u.kind == "STOP" and key(u.words[0]) in _FRAME_WORDS)
                                  for u in between):
                list_has_posts = committee = False
        if e.posts:
            h = i - 1
            while h >= 0 and s.units[h].kind == "HON":
                h -= 1
            framed = h >= 0 and _office_frame(s.units, h) != h
            src = s.units[_office_frame(s.units, h)] if framed else (s.units[i - 1] if i >= 1 else None)
            own_before = src is not None and src.kind == "POST"
            # "उपाध्यक्ष पद पर A, B, C", "सदस्य A, B, C": an office given to a list of names, and
            # the offices after it in the same committee list
            member = own_before and src.has_head and key(src.words[-1]) in _MEMBERS
            committee = committee or (own_before and framed)
            # "पूर्व अध्यक्ष A, B, C": a former office has as many holders as the list names
            many = own_before and (src.multi or any(key(w) in _FORMER for w in src.words) or committee or member)
            ok = own_before and many and _post_after(s.units, i, s) is None
            # "जिला संयोजक A (पश्चिमी दिल्ली), B (करोल बाग)": each name qualified by its own unit
            by_place = own_before and src.has_head and _bracket_qualifier(s.units, i)
            carry = e.posts[0] if ok or by_place else None
            carry_place = by_place and not ok
            if carry and not carry_place:
                given.append((carry, []))
            carry_head = not list_has_posts or committee or member
            list_has_posts = True
            if (committee or member) and carry and not carry_place:
                shared.add(len(given) - 1)
        elif carry and carry_place and _bracket_qualifier(s.units, i):
            e.posts = [carry]
        elif carry and not carry_place and (carry_head or (between and all(u.kind == "JOIN" for u in between))):
            e.posts = [carry]
            if given and given[-1][0] == carry:
                given[-1][1].append(e)
        else:
            carry = None
        prev_pos = pos
    _share_elected_post(s)
    # an officer of a body (महासचिव, महामंत्री, सचिव, मंत्री) is shared by a pair ("मंडल महामंत्री
    # X व Y") but not by a whole list ("महासचिव A, B, C तथा D ने भी संबोधित किया": A's post)
    for gi, (post, names) in enumerate(given):
        toks = [key(w) for w in post.replace("-", " ").split()]
        if gi not in shared and len(names) >= 2 and toks and toks[-1] in _ONE_HOLDER_OFFICES and not (set(toks) & (_DEPUTY | _FORMER)):
            for x in names:
                x.posts = []


def _share_elected_post(s: Sentence) -> None:
    """"A, B व C को उपाध्यक्ष चुना गया", "A एवं B उपाध्यक्ष बनाए गए": an office given after a list
    of names (by an election verb) goes to every bare name of the list, back to the previous post."""
    units = s.units
    for pos in sorted(s.entities):
        e = s.entities[pos]
        i = int(pos)
        if e.kind != "name" or pos != i or not e.posts:
            continue
        j = i + 1
        ko = j < len(units) and units[j].kind == "STOP" and key(units[j].words[0]) == "को"
        j += ko
        if not (j < len(units) and units[j].kind == "POST" and units[j].has_head and _elected_post(units, j) is not None):
            continue
        # without "को" the verb itself must follow the post ("… उपाध्यक्ष बनाए गए"), not a comma, unless
        # the list gives offices with "को" ("A को अध्यक्ष, B, C उपाध्यक्ष, D को सचिव …")
        ko_list = any(units[a].kind == "NAME" and units[a + 1].kind == "STOP" and key(units[a + 1].words[0]) == "को"
                      and units[a + 2].kind == "POST" and units[a + 2].has_head for a in range(0, i - 2))
        if not ko and not ko_list and not any(u.words and key(u.words[0]) in _ELECT for u in units[j + 1:j + 3]):
            continue
        post = _text(s, units[j])
        if post not in e.posts:
            continue
        k = i - 1
        while k >= 0 and units[k].kind == "HON":
            k -= 1
        while k >= 1 and units[k].kind in ("COMMA", "JOIN"):
            k -= 1
            while k >= 0 and units[k].kind == "HON":
                k -= 1
            if k < 0 or units[k].kind != "NAME":
                break
            prev = [x for p, x in s.entities.items() if int(p) == k and x.kind == "name"]
            if not prev or any(x.posts for x in prev):
                break
            for x in prev:
                x.posts = [post]
            k -= 1


# --------------------------------------------------------------------------------------- merging

def _similar(a: list[str], b: list[str]) -> bool:
    """Same person written two ways: equal token count and every token close."""
    if len(a) != len(b):
        return False
    return all(x == y or fuzz.ratio(x, y) >= 80 for x, y in zip(a, b)) and \
        fuzz.ratio(a[0], b[0]) >= 85


def _covers(long: list[str], short: list[str]) -> bool:
    """``short`` names the same person as ``long`` (subset, prefix, glued or surname only)."""
    if not short or len(short) >= len(long) and "".join(short) != "".join(long):
        return "".join(short) == "".join(long)
    if "".join(short) == "".join(long):
        return True
    if len(short) == 1:
        glued = "".join(long[:2])
        return short[0] == glued or short[0] == "".join(long)
    it = iter(long)
    if all(any(w == x for x in it) for w in short) and short[0] == long[0]:
        return True
    return False


_PEN_NAME = re.compile(r"\s*'[^']*'\s*$")


@text_cache(4096)
def _core(name: str) -> tuple[str, ...]:
    """Tokens of a name without a quoted pen-name ("देवेंद्र सिंह तोमर 'बंटी'" -> … तोमर)."""
    return (_tokens(_PEN_NAME.sub("", name)) if "'" in name else ()) or _tokens(name)


@text_cache(4096)
def _tokens(name: str) -> tuple[str, ...]:
    return tuple(key(w) for w in name.replace("'", " ").split() if key(w) not in ("जी",))


def merge(entities: list[Entity]) -> list[Person]:
    """Cluster named mentions into people; the fullest spelling becomes the name."""
    people: list[Person] = []
    named = [e for e in entities if e.kind == "name"]
    # longest names first so that short forms attach to them
    for e in sorted(named, key=lambda e: (-len(_tokens(e.text)), e.sent, e.unit)):
        toks = _tokens(e.text)
        target = None
        for p in people:
            pt = _tokens(p.name)
            if toks == pt or _similar(toks, pt) or _covers(pt, toks):
                target = p
                break
        if target is None and len(toks) == 1:
            cands = [p for p in people if _core(p.name)[-1] == toks[0] and len(_core(p.name)) > 1]
            if len(cands) > 1 and e.posts:
                # "जिलाध्यक्ष कुशवाहा": among namesakes, the one who holds that post
                mine = set().union(*(post_tokens(x) for x in e.posts))
                heads = mine & L.POST_HEAD_WORDS
                fit = {_oid(p): max([len(mine & post_tokens(x)) for x in p.posts
                                     if heads and heads <= post_tokens(x)] + [0]) for p in cands}
                best = max(fit.values())
                held = [p for p in cands if fit[_oid(p)] == best]
                if best and len(held) == 1:
                    cands = held
            if not cands and toks[0] not in _MIDDLE:  # first name only: "धर्मपाल ने कहा"
                cands = [p for p in people if _tokens(p.name)[0] == toks[0] and len(_tokens(p.name)) > 1]
                cands = cands if len(cands) == 1 else []
            if cands:
                # surname only: the person last mentioned before this mention
                before = [p for p in cands if p.first <= e.sent]
                target = (before or cands)[-1] if len(cands) == 1 or before else None
        if target is None:
            target = Person(e.text, first=e.sent)
            people.append(target)
        elif fold(e.text) != target.name and fold(e.text) not in target.variants:
            target.variants.append(fold(e.text))
        target.mentions.append(e)
        target.first = min(target.first, e.sent)
        e.person = target
        for post in e.posts:
            target.add_post(post)
        if e.affiliation and not target.affiliation:
            target.affiliation = e.affiliation
    # keep the name that appeared first among equally long spellings
    # ("हेमसिंह शेखावत" and a later "हेम सिंह शेखावत" are as long: the first spelling is the name)
    for p in people:
        firsts = sorted(p.mentions, key=lambda m: (m.sent, m.unit))
        longest = max(len(_tokens(m.text)) for m in p.mentions)
        full = {"".join(_tokens(m.text)) for m in p.mentions if len(_tokens(m.text)) == longest}
        for m in firsts:
            if len(_tokens(m.text)) == longest or "".join(_tokens(m.text)) in full:
                if fold(m.text) != p.name:
                    p.variants = [v for v in p.variants if v != fold(m.text)]
                    if p.name not in p.variants:
                        p.variants.append(p.name)
                    p.name = fold(m.text)
                break
    people.sort(key=lambda p: min((m.sent, m.unit) for m in p.mentions))
    return people


@text_cache(4096)
def post_tokens(post: str) -> frozenset[str]:
    """Tokens of a post for matching a post-only reference ("जिलाध्यक्ष" = "जिला अध्यक्ष")."""
    out: set[str] = set()
    for w in post.replace("-", " ").split():
        k = key(w)
        if k.endswith("ाध्यक्ष"):  # जिलाध्यक्ष, प्रदेशाध्यक्ष, उपाध्यक्ष
            stem = k[: -len("ाध्यक्ष")]
            out.update({"जिला" if stem == "जिल" else stem, "अध्यक्ष"})
            continue
        if k in L.STOP and k not in L.POST_MODS and k not in L.POST_HEAD_WORDS:
            continue
        out.add(k)
    out.discard("के")
    out.discard("की")
    out.discard("का")
    return frozenset(out)
