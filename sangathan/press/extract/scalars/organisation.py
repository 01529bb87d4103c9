"""The body that held the event: candidate names in reading order, the host among them, a name given in full."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lexicon as L
from ..lexicon import tokenize
from ..normalise import fold, key
from .common import (
    _ANAPHORIC, _BODY_HEAD, _COMPLETE, _HEADS, _HOST, _INSTITUTION, _LEVEL_EXTRA, _LOCATIVE, _MANDAL,
    _ORG_CLASS, _ORG_FIRST, _ORG_TAIL, _PLACE_ADJ, _UNIT_WORDS, _WING_FIRST, _host_after, _level_word,
)


_WEAK_SUFFIX = {key(w) for w in "दल सभा मोर्चा सेना परिवार मंच पार्टी संगठन".split()}
_NATIONAL = {key(w) for w in "अखिल भारतीय राष्ट्रीय".split()}
_FACTION = {key(w) for w in "ए बी सी डी एफ जी एच जे एल एम एन आर एस टी यू वी".split()}
_NAME_JOINS = {key(w) for w in "एवं एवम एवम् व".split()}
_NUMERALS = {key(w) for w in "एक दो तीन चार पांच पाँच छह सात आठ नौ दस सौ हजार".split()}
_LOCALITY_NAMES = {key(w) for w in "नगर विहार कॉलोनी कालोनी पुरम".split()}
_WING_ENDS = ("सेल", "प्रकोष्ठ", "प्रकोष्ट", "मोर्चा", "विंग")
_MANDAL_OF = {key(w) for w in "व्यापार प्रतिनिधि".split()}
_NAME_LIKE_ORG = L.GIVEN | L.SURNAMES
_CLUBS = {key(w) for w in "क्लब क्लब्स".split()}
_TRADE = {key(w) for w in "ट्रेड ट्रेडर्स".split()}
_CASE_BEFORE = {key(w) for w in "में को से पर ने".split()}

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
        first_joint = _first_of_joint(text, cands, k)
        if first_joint is not None:
            return first_joint.text  # "A, B एवं C की संयुक्त बैठक": the first body named holds it
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


def _first_of_joint(text: str, cands: list[OrgCandidate], k: int) -> OrgCandidate | None:
    """"A, B एवं C की संयुक्त बैठक": the host mark after the last of bodies joined by commas and
    conjunctions is every one's; the first named is the organisation (None when C stands alone)."""
    toks = tokenize(text)
    first = None
    while k > 0:
        a, b = cands[k - 1], cands[k]
        gap = [toks[x] for x in range(a.end, b.start)]
        if not gap or len(gap) > 2 or not all(t.key in L.JOINS or t.text == "," for t in gap) or a.affil:
            break
        first, k = a, k - 1
    return first


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
              "जुड़े जुड़ी जुड़ा संबंधित सम्बन्धित संबद्ध सम्बद्ध तत्पश्चात पश्चात मैं नवगठित नवनिर्वाचित "
              "नवनियुक्त नियुक्त निर्वाचित मनोनीत".split()}  # (and "नव नियुक्त": newly appointed, not a name)
# common nouns of the stopword list that are often words of a body's name ("बिहार राज्य आशा कार्यकर्ता संघ")
_ORG_INNER = {key(w) for w in "कार्यकर्ता राज्य जनता व्यापार व्यापारी कर्मचारी किसान मजदूर होटल स्वयं ग्रुप".split()}
# "X से संबंधित Y", "X से जुड़े Y": X is Y's parent body; "Y संबंधित X": the same, written after
_AFFILIATED = {key(w) for w in "संबंधित सम्बन्धित संबद्ध सम्बद्ध जुड़े जुड़ी जुड़ा".split()}


def _verbal(k: str) -> bool:
    """A verb form or a plural: never a word of a body's name ("निर्भीक होकर समाज", "पार्टियां समाज")."""
    return k.endswith(("ियां", "ियाँ", "ियों", "ाओं", "ाएं", "ोकर", "करके", "लेकर", "देकर", "जाकर", "मिलकर",
                       "रहकर", "बनकर")) or k.endswith("ाकर") and k not in _NAME_LIKE_ORG


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


# words before a known body that belong to its name ("छत्तीसगढ़ प्रदेश कांग्रेस", "बिहार राज्य किसान सभा")
_KNOWN_PREFIX = {key(w) for w in "प्रदेश जिला शहर नगर राज्य स्टेट".split()}
_GROUPS = {key(w) for w in "समूह".split()}
_UNIT_COMMITTEES = {key(w) for w in "कमेटी कमिटी समिति".split()}
_SMALL_UNITS = {key(w) for w in "पंचायत वार्ड बूथ".split()}
_STATE_BODY = {key(w) for w in "राज्य स्टेट".split()}
_OF = {key(w) for w in "ऑफ आफ ऑफ़ आफ़ आॅफ".split()}  # (आॅफ: आ with a candra typed for ऑ)
_AND = {key(w) for w in "एंड एण्ड एन्ड".split()}
_GROUP_WORDS = {key(w) for w in "स्व सहायता सहकारिता".split()}


def _match_dashed(toks: list, keys: list[str], i: int) -> tuple[int, object] | None:
    """A known body's name written with a dash joining two of its words ("भारत स्काउट-गाइड"):
    (tokens spanned, value) when the name matches with the dashes read as spaces."""
    if not any(_dash_join(toks, x) for x in range(i + 1, min(len(toks) - 1, i + 6))):
        return None
    kept, at = [], []
    for x in range(i, min(len(toks), i + 10)):
        if _dash_join(toks, x):
            continue
        kept.append(keys[x])
        at.append(x)
    m = L.ORGS.match(kept, 0)
    if m and m[0] > 1 and any(_dash_join(toks, x) for x in range(i + 1, at[m[0] - 1])):
        return at[m[0] - 1] + 1 - i, m[1]
    return None


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
        if keys[i] in _ORG_FIRST and (m is None or m[0] == 1):
            m = _match_dashed(toks, keys, i) or m  # "भारत स्काउट-गाइड": a known name with a dash for a space
        if m and i + m[0] + 1 < n and L.POST_HEADS.match(keys, i + m[0]) and \
                keys[i + m[0] + L.POST_HEADS.match(keys, i + m[0])[0]] in L.ORG_SUFFIXES:
            m = None  # "पैक्स अध्यक्ष संघ": an association of the body's office holders
        elif m and i + m[0] + 1 < n and keys[i + m[0]] in _TRADE and keys[i + m[0] + 1] in L.ORG_SUFFIXES:
            m = None  # "… कांग्रेस ट्रेड यूनियन": a union named after a party is not the party
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
                         or start - 1 == 0 or not toks[start - 2].word or nl_before[start - 1]
                         or keys[start - 2] in _CASE_BEFORE) \
                    and not (start < i and L.PLACE_KIND.get(keys[start]) == "state" and  # a town before a
                             # state is the dateline or the event's place: a name puts its state first
                             L.PLACES.match(keys, start - 1) and L.PLACE_KIND.get(keys[start - 1]) != "state") \
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
            of_named = start == i and i + 2 < n and keys[i + 1] in _OF and toks[i + 2].word and \
                keys[i] not in _ORG_CLASS and toks[i + 1].word  # "चैंबर ऑफ कॉमर्स की बैठक": the English "of" name alone
            if (start < i or of_named) and not lone_class and (mandal or not (i - start == 1 and keys[start] in L.POST_MODS and
                                                              keys[start] not in _STATE_LIKE and
                                                              not L.PLACES.match(keys, start))):
                if start > 0 and keys[start - 1] == "अखिल":
                    start -= 1
                end = i + 1
                if end + 1 < n and keys[end] in ("ऑफ", "आफ", "ऑफ़") and toks[end + 1].word:
                    end += 2  # "पीपल्स पार्टी ऑफ इंडिया", "फोरम ऑफ ट्रेड यूनियन"
                    end = _of_run(toks, keys, end)
                # "माली सैनी समाज विकास समिति": a second body word closes the name
                for x in range(i + 1, min(n, i + 4)):
                    if not toks[x].word or keys[x] in L.STOP or keys[x] in L.GENITIVE:
                        break
                    if keys[x] in _UNIT_COMMITTEES and x > i + 1 and all(
                            _level_word(keys[y]) or keys[y] in _UNIT_WORDS for y in range(i + 1, x)):
                        break  # "शिक्षक संघ प्रखंड कमेटी": the body's block unit, not a longer name
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


_REGISTERED = {key(w) for w in "पंजीयन पंजीकरण पंजीकृत रजिस्ट्रेशन रजि".split()}
_NUMBER_WORDS = {key(w) for w in "क्रमांक नंबर नम्बर संख्या सं नं".split()}


def _after_registration(toks: list, keys: list[str], j: int) -> int:
    """"… एसोसिएशन छत्तीसगढ़ पंजीयन क्रमांक 18 44 की बैठक": the token after a registration number
    that follows a body's name (else j)."""
    n = len(keys)
    if j + 2 < n and keys[j] in _REGISTERED and keys[j + 1] in _NUMBER_WORDS:
        x = j + 2
        while x < n and (keys[x].isdigit() or toks[x].text in ("/", "-", ".")):
            x += 1
        if x > j + 2:
            return x
    return j


def _after_bracket(toks: list, j: int) -> int:
    """"… संघ हरियाणा (भारतीय मजदूर संघ से संबद्ध) की बैठक": the token after a bracket at j (else j)."""
    if j < len(toks) and toks[j].text == "(":
        for x in range(j + 1, min(len(toks), j + 12)):
            if toks[x].text == ")":
                return x + 1
            if toks[x].text in ("।", "|", "("):
                break
    return j


def _of_run(toks: list, keys: list[str], end: int) -> int:
    """After "X ऑफ Y": "फ़ेडरेशन ऑफ़ मिनिस्ट्रीयल सर्विसेज एसोसिएशन", "फोरम ऑफ ट्रेड यूनियन": the "of" part
    runs to its own body word (up to two more words)."""
    for x in range(end, min(len(keys), end + 3)):
        if not toks[x].word or keys[x] in L.GENITIVE or keys[x] in L.AGENT or keys[x] in _LOCATIVE or \
                keys[x] in _CASE_MARKS or keys[x] in _ORG_BREAK or _verbal(keys[x]):
            break
        if keys[x] in L.ORG_SUFFIXES:
            return x + 1
    return end


_CASE_MARKS = {key(w) for w in "को से पर तक".split()}


def _candidate(text: str, toks: list, keys: list[str], folded: _Folded, start: int, end: int, known: bool,
               sent: int) -> OrgCandidate:
    n = len(keys)
    # "रोटरी क्लब आफ X", "चेम्बर आफ कॉमर्स एण्ड इण्डस्ट्रीज": an English "of" name runs on
    if end + 1 < n and keys[end] in _OF and toks[end + 1].word:
        end += 2
        if end + 1 < n and keys[end - 1] in _AND and toks[end].word:
            end += 1
        end = _of_run(toks, keys, end)
    if end + 1 < n and keys[end] in _AND and keys[end - 2] in _OF and toks[end + 1].word:
        end += 2
    # "भारतीय किसान यूनियन अम्बावता", "रोटरी क्लब रोपड़ सेंट्रल": a branch or faction name the
    # report repeats belongs to the body
    for width in (3, 2, 1):
        e = end + width
        if e <= n and all(_plain_ext(toks, keys, x) and L.PLACE_KIND.get(keys[x]) != "state" and
                          not keys[x].endswith("ों") and
                          (L.PLACES.match(keys, x) or (1,))[0] <= e - x for x in range(end, e)) and \
                not (e < n and keys[e].endswith(_WING_ENDS)) and _repeats(folded, text, toks, start, e) >= 2:
            end = e
            break
    # "… संघ हरियाणा की बैठक", "लायन्स क्लब उदयपुर द्वारा": the body's place, before the host word
    # (not when the name already has its place: "उत्तर प्रदेशीय … संघ बहराइच" is its district unit)
    if end < n and keys[end - 1] in _PLACE_TAILED and toks[end].word and not any(
            L.PLACES.match(keys, x) or keys[x] in _NATIONAL or keys[x].endswith("प्रदेशीय") for x in range(start, end)):
        m = L.PLACES.match(keys, end)
        if m and end + m[0] < n and (_host_after(keys, _after_bracket(toks, _after_registration(toks, keys, end + m[0]))) or
                                     keys[end - 1] in _ORG_TAIL and
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
    if j < n and keys[j] in _LOCATIVE and not known and (keys[end - 1] in L.ORG_SUFFIXES or keys[end - 1] in _MANDAL) and \
            keys[end - 1] not in _HEADS and keys[end - 1] not in _CLUBS and keys[end - 1] not in _INSTITUTION and \
            any(L.EVENTS.match(keys, x) for x in range(j + 1, min(n, j + 3))):
        c.host = True  # "… उद्योग व्यापार मण्डल में शपथग्रहण समारोह हुआ": the body in which it was held
    elif j < n and (keys[j] in _LOCATIVE or keys[j] == "पर" and j + 1 < n and keys[j + 1] in _COMPLETE or
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
        if close is not None and (2 <= sum(1 for t in inner if t.word) <= 3 and not any(t.key.isdigit() for t in inner) or
                                  len(inner) == 1 and (inner[0].key in _FACTION or  # "(एस)"
                                                       inner[0].key in L.GIVEN)):  # "लोजपा (रामविलास)"
            return fold(text[toks[start].start:toks[close].end])
    return fold(text[toks[start].start:toks[end - 1].end])


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
