"""Tag tokens with the genre's word classes and group them into units.

A sentence becomes a flat list of units: NAME runs, POST blocks (post head plus its unit words),
role CUEs, case markers (ने/द्वारा, का/की/के), joins (एवं/तथा/और, comma) and filler. The grammar in
``people`` and ``roles`` works on this list; it never looks at raw characters again.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA

from . import lexicon as L
from .lexicon import Token

# tag names
PUNCT, NUM, HON, HEAD, MOD, PLACE, ORG, WING, CUE, STOP, NAME, JI, GEN, AGENT, JOIN, LATIN = (
    "PUNCT", "NUM", "HON", "HEAD", "MOD", "PLACE", "ORG", "WING", "CUE", "STOP", "NAME", "JI",
    "GEN", "AGENT", "JOIN", "LATIN")
POST_MATERIAL = {HEAD, MOD, PLACE, ORG, WING}
_NAME_LEX = L.GIVEN | L.SURNAMES
_PLURAL_ENDINGS = ("ों", "ओं", "यों", "ियों")
_SURNAME_LIKE_HON = {"पंडित", "कुमारी", "स्वामी", "सरदार", "महंत"}
_ALIAS = {"उर्फ", "उर्फ़"}
_OFFICERS = {L.key(w) for w in "अध्यक्ष उपाध्यक्ष कार्याध्यक्ष सचिव महासचिव सहसचिव मंत्री महामंत्री संयोजक "
                                 "कोषाध्यक्ष प्रभारी संरक्षक प्रवक्ता प्रधान".split()}
_POST_SURNAMES = {"प्रधान"}  # an office word that is also a common surname
_NAME_PREFIXES = {"मो", "मोह", "मु", "md", "mo"}  # abbreviations of मोहम्मद


@dataclass(slots=True)
class Tag:
    tag: str
    i: int  # first token index
    n: int  # number of tokens
    value: object = None


# passive and tense auxiliaries: after "… आयोजन किया" / "बैठक ली" they still close the clause
_AUXILIARIES = {L.key(w) for w in "गया गई गए गये गयी जा जाती जाता जाएगी जाएगा जाएंगे था थी थे है हैं".split()}
# the first words of the phrase tables: a word that starts no phrase needs no look-up
_CUE_FIRST, _HEAD_FIRST, _WING_FIRST, _ORG_FIRST, _PLACE_FIRST = (
    t.firsts for t in (L.ROLE_CUES, L.POST_HEADS, L.WINGS, L.ORGS, L.PLACES))
_INITIALS = L.INITIALS


@lru_cache(maxsize=65536)
def _plain(k: str) -> bool:
    """A word that is no initial, starts no phrase of the tables, is no post head (whole or
    compound), no honorific, case marker or join: ``tag_tokens`` only asks whether it is a post
    modifier, Latin, a stopword or a name."""
    return not (k in _INITIALS or k in _CUE_FIRST or k in _HEAD_FIRST or k in _WING_FIRST or k in _ORG_FIRST
                or k in _PLACE_FIRST or (k.endswith(("ाध्यक्ष", "ाध्यक्षा", "अध्यक्ष")) and len(k) > 8)
                or (k not in L.STOP and k not in _NAME_LEX and compound_head(k) is not None)
                or k in _NAME_PREFIXES or k in L.HONORIFICS or k == "जी" or k in L.AGENT or k in L.GENITIVE
                or k in L.JOINS)


# one-word role cues long enough that one slip of the keyboard cannot make another word of them
_LONG_CUES = {ks[0]: value for text, value in L.ROLE_CUE_ROWS
              if len(ks := [t.key for t in L.tokenize(text) if t.word]) == 1 and len(ks[0]) >= 7}


@lru_cache(maxsize=65536)
def _misspelt_cue(k: str) -> tuple[str, str] | None:
    """The role cue a long word misspells by one letter left out, added, changed or two swapped
    ("अध्क्षता", "उपस्तिथ", "तत्वधान"); a letter left out or added must leave the cue's ending, so
    that another word of the same stem ("निर्देश" beside "निर्देशन") is not taken for it. A word
    any lexicon knows is never a misspelling."""
    if len(k) < 6 or k in _NAME_LEX or k in L.STOP or k in L.POST_MODS:
        return None
    for cue, value in _LONG_CUES.items():
        if (len(k) == len(cue) or k[-2:] == cue[-2:]) and abs(len(k) - len(cue)) <= 1 and \
                OSA.distance(k, cue, score_cutoff=1) <= 1:
            return value
    return None


def tag_tokens(toks: list[Token]) -> list[Tag]:
    """Assign one tag per token (multi-token phrases get one tag spanning them)."""
    keys = [t.key for t in toks]
    tags: list[Tag] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not t.word:
            tags.append(Tag(PUNCT, i, 1, t.text))
            i += 1
            continue
        if t.text.isdigit() or t.key.isdigit():
            tags.append(Tag(NUM, i, 1))
            i += 1
            continue
        k = t.key
        if _plain(k):  # none of the tests below up to the places applies to this word
            cue = _misspelt_cue(k)
            tags.append(Tag(CUE, i, 1, cue) if cue else _word_tag(toks, keys, i))
            i += 1
            continue
        n_init = (_initials_chain(toks, i) or _spaced_initials(toks, i)) if k in _INITIALS else 0
        if n_init:
            tags.append(Tag(NAME, i, n_init))  # "आर.के.", "एस. एन.", "के. वी.": initials of a name
            i += n_init
            continue
        m = L.ROLE_CUES.match(keys, i) if k in _CUE_FIRST else None
        if m:
            n, (role, kind) = m
            phrase_last = keys[i + n - 1]
            # "बैठक की" / "बैठक ली" close a clause; "बैठक की अध्यक्षता" is not a cue; a passive or tense
            # auxiliary after it still closes one ("X द्वारा बैठक का आयोजन किया गया")
            if not (phrase_last in ("की", "ली", "किया") and i + n < len(toks) and toks[i + n].word
                    and keys[i + n] not in L.JOINS and keys[i + n] not in _AUXILIARIES):
                tags.append(Tag(CUE, i, n, (role, kind)))
                i += n
                continue
        m = L.POST_HEADS.match(keys, i) if k in _HEAD_FIRST else None
        if m:
            tags.append(Tag(HEAD, i, m[0], m[1]))
            i += m[0]
            continue
        # प्रांताध्यक्ष: unit + अध्यक्ष as one word; "नगरअध्यक्ष", "जिसमेंअध्यक्ष": a space lost before it
        if k.endswith(("ाध्यक्ष", "ाध्यक्षा", "अध्यक्ष")) and len(k) > 8:
            tags.append(Tag(HEAD, i, 1, False))
            i += 1
            continue
        comp = compound_head(k) if k not in L.STOP and k not in _NAME_LEX else None
        if comp is not None:
            tags.append(Tag(HEAD, i, 1, comp))
            i += 1
            continue
        if k in _NAME_PREFIXES and i + 2 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end \
                and toks[i + 2].word:
            tags.append(Tag(NAME, i, 2))  # "मो. इरफान": मोहम्मद abbreviated, part of the name
            i += 2
            continue
        m = L.WINGS.match(keys, i) if k in _WING_FIRST else None
        if m:
            tags.append(Tag(WING, i, m[0], m[1]))
            i += m[0]
            continue
        m = L.ORGS.match(keys, i) if k in _ORG_FIRST else None
        if m and not (m[0] == 1 and k in L.STOP and k not in L.POST_MODS):
            tags.append(Tag(ORG, i, m[0], m[1]))
            i += m[0]
            continue
        if k in L.HONORIFICS:
            needs_dot = L.HONORIFICS[k]
            has_dot = i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end
            if has_dot or not needs_dot:
                tags.append(Tag(HON, i, 2 if has_dot else 1))
                i += 2 if has_dot else 1
                continue
        if k == "जी":
            tags.append(Tag(JI, i, 1))
        elif k in L.AGENT:
            tags.append(Tag(AGENT, i, 1, k))
        elif k in L.GENITIVE:
            tags.append(Tag(GEN, i, 1, k))
        elif k in L.JOINS:
            tags.append(Tag(JOIN, i, 1, k))
        else:
            m = L.PLACES.match(keys, i) if k in _PLACE_FIRST else None
            if m and not (m[0] == 1 and k in L.STOP and k not in L.POST_MODS):
                tags.append(Tag(PLACE, i, m[0]))
                i += m[0]
                continue
            tags.append(_word_tag(toks, keys, i))
        i += 1
    return tags


_PLACE_ENDINGS = ("पुर", "पुरा", "गढ़", "गढ", "नगर", "बाद", "गंज", "गांव", "गाँव", "खेड़ा", "खेडा", "वाड़ा", "वाडा",
                  "कोट", "नेर", "घाट", "पेट", "गुड़ी", "ग्राम")

# words of a virtual meeting ("वर्चुअल", "वीडियो कॉन्फ्रेंसिंग"): never a word of a name
_MODE_WORDS = set(L.VIRTUAL.firsts) | {L.key(w) for w in "वर्चुअली वीडियो कांफ्रेंसिंग कॉन्फ्रेंसिंग कान्फ्रेंसिंग".split()}

_DIRECTIONS = {L.key(w) for w in "नॉर्थ नार्थ साउथ ईस्ट वेस्ट सेंट्रल".split()}
_CURRENT = {"वर्तमान"}
_LOCAL_UNITS = {L.key(w) for w in "ब्लाक ब्लॉक प्रखंड प्रखण्ड तहसील विकासखंड विकासखण्ड".split()}


def _word_tag(toks: list[Token], keys: list[str], i: int) -> Tag:
    """A single word none of the phrase tables claims: a post modifier, Latin, a stopword or a name."""
    t, k = toks[i], keys[i]
    if k in L.POST_MODS:
        return Tag(MOD, i, 1)
    if k in _CURRENT and i + 1 < len(toks) and toks[i + 1].word and (
            keys[i + 1] in L.POST_MODS or L.POST_HEADS.match(keys, i + 1) or compound_head(keys[i + 1])):
        return Tag(MOD, i, 1)  # "वर्तमान अध्यक्ष": the post now held ("वर्तमान में" is no post)
    if k in _DIRECTIONS and i + 1 < len(toks) and toks[i + 1].word and (
            keys[i + 1] in L.POST_MODS or L.POST_HEADS.match(keys, i + 1)):
        return Tag(MOD, i, 1)  # "नॉर्थ जोन संयोजक": a zone of the body, part of the post
    if t.text.isascii():
        return Tag(MOD if (t.text.isupper() and len(t.text) >= 2) else LATIN, i, 1)
    if (k in L.STOP or k in _MODE_WORDS or k.endswith(_PLURAL_ENDINGS)) and not (
            k in L.GIVEN and i + 1 < len(toks) and toks[i + 1].word and keys[i + 1] in L.SURNAMES):
        return Tag(STOP, i, 1)  # "सरस्वती वंदना" is a word, "सरस्वती साहू" a name
    return Tag(NAME, i, 1)


_RANK_PREFIXES = ("उप", "सह", "महा", "कुल", "प्रति", "पूर्व", "संयुक्त")
_HEAD_FINALS = ("मंत्री", "प्रभारी", "प्रमुख", "सचिव", "संयोजक", "अधिकारी", "अधीक्षक", "प्रधान", "प्रवक्ता",
                "निदेशक", "आयुक्त", "संरक्षक")


@lru_cache(maxsize=65536)
def compound_head(k: str) -> bool | None:
    """A post head written as one word from known parts, or None.

    "उपमुखिया", "सहसचिव" (rank prefix + head), "संगठनमंत्री", "थानाप्रभारी" (unit + head),
    "संयोजिका", "शिक्षिका" (feminine -इका of a head in -अक). The value tells whether several
    people can hold it, as the ``*`` of posts.txt does.
    """
    if len(k) < 4:
        return None
    for pre in _RANK_PREFIXES:
        if k.startswith(pre) and len(k) - len(pre) >= 3:
            m = L.POST_HEADS.match([k[len(pre):]], 0)
            if m:
                return bool(m[1]) or pre in ("उप", "सह")
    if k.endswith("िका"):
        m = L.POST_HEADS.match([k[:-3] + "क"], 0)
        if m:
            return bool(m[1])
    for fin in _HEAD_FINALS:
        if k.endswith(fin) and len(k) - len(fin) >= 3:
            return fin in ("मंत्री", "सचिव", "संयोजक", "प्रवक्ता", "संरक्षक")
    return None


def _glued_words(toks: list[Token], t0: int, t1: int) -> list[str]:
    """Words of a name run; a dot and what touches it stay with the word ("आर.के.", "मो.")."""
    words: list[str] = []
    for x in range(t0, t1):
        t = toks[x]
        glue = words and x > t0 and toks[x - 1].end == t.start and (t.text == "." or toks[x - 1].text == ".")
        if glue:
            words[-1] += t.text
        else:
            words.append(t.text)
    return words


def _spaced_initials(toks: list[Token], i: int) -> int:
    """"…, के पी मौर्य, ओ पी सिंह": two initials without dots, then a surname, as an item of a
    list (after a comma, "व/और" or at the start); 2 or 0."""
    if i + 2 >= len(toks) or not (toks[i + 1].word and toks[i + 1].key in L.INITIALS and toks[i + 2].word):
        return 0
    if toks[i + 2].key not in L.SURNAMES or toks[i + 2].key in L.INITIALS:
        return 0
    if i > 0 and toks[i - 1].text not in (",", "(") and toks[i - 1].key not in L.JOINS and \
            toks[i - 1].key not in L.HONORIFICS:
        return 0
    return 2


def _initials_chain(toks: list[Token], i: int) -> int:
    """Number of tokens of a run of dotted initials starting at i ("आर.के.", "एम. ए."), or 0.

    A single initial counts only when it is not also an honorific abbreviation ("ई." = इंजीनियर)
    and a name word follows; the run must be followed by a word.
    """
    j, count = i, 0
    while j + 1 < len(toks) and toks[j].word and toks[j].key in L.INITIALS and toks[j + 1].text == "." and \
            toks[j + 1].start == toks[j].end:
        j += 2
        count += 1
    if count == 0 or j >= len(toks) or not toks[j].word:
        return 0
    nk = toks[j].key
    if count == 1:
        if toks[i].key in L.HONORIFICS or nk in L.STOP or nk in L.GENITIVE or nk in L.AGENT or \
                nk in L.JOINS or L.POST_HEADS.match([nk], 0):
            return 0
    return j - i


_ELECTED = {"मनोनीत", "निर्वाचित", "नियुक्त", "चुने", "चुना", "चुनी", "घोषित", "नामित"}


_CELL_WORDS = {L.key(w) for w in "प्रकोष्ठ प्रकोष्ट सेल विंग".split()}  # "महादलित प्रकोष्ठ जिलाध्यक्ष": a cell's name


def _org_words(tags: list[Tag], keys: list[str], j: int) -> int:
    """Number of tags from j to read as an organisation's name, or 0: up to three single NAME
    words that run into an organisation word ("साहू संघ", "ऑफिसर्स कॉन्फेडरेशन के"), or an
    organisation word the lexicons did not tag ("महासंगठन के").

    The run must not stand where a person stands (after an honorific or a post head), and the
    organisation word must be followed by a post of that body or a genitive and a post.
    """
    if j > 0 and tags[j - 1].tag in (HON, HEAD):
        return 0
    x = j
    while x < len(tags) and x - j < 4:
        tg = tags[x]
        if tg.n == 1 and (keys[tg.i] in L.ORG_SUFFIXES or keys[tg.i] in _CELL_WORDS) and tg.tag in (NAME, MOD, ORG, WING):
            break
        if tg.tag != NAME or tg.n != 1 or x - j == 3:
            return 0
        x += 1
    else:
        return 0
    after = tags[x + 1] if x + 1 < len(tags) else None
    if after is None:
        return 0
    if after.tag == HEAD or (after.tag == GEN and x + 2 < len(tags) and tags[x + 2].tag in POST_MATERIAL):
        return x - j + (tags[x].tag == NAME)
    return 0


@dataclass
class Unit:
    kind: str  # NAME POST HON CUE AGENT GEN JOIN COMMA JI STOP PUNCT QUOTE
    t0: int  # token span [t0, t1)
    t1: int
    value: object = None
    has_head: bool = False
    multi: bool = False
    words: list[str] = field(default_factory=list)


_UNIT_KIND = {HON: "HON", CUE: "CUE", AGENT: "AGENT", GEN: "GEN", JOIN: "JOIN", JI: "JI",
              STOP: "STOP", NUM: "STOP", LATIN: "STOP"}


def build_units(toks: list[Token], tags: list[Tag]) -> list[Unit]:
    """Group tags into units: name runs, post blocks, markers."""
    keys = [t.key for t in toks]
    units: list[Unit] = []
    j = 0
    while j < len(tags):
        tg = tags[j]
        nxt1 = tags[j + 1] if j + 1 < len(tags) else None
        nxt2 = tags[j + 2] if j + 2 < len(tags) else None
        if tg.tag == NAME and tg.n == 1 and nxt1 is not None and nxt2 is not None and \
                nxt1.tag == STOP and keys[nxt1.i] == "से" and nxt2.tag == HEAD and \
                (j == 0 or tags[j - 1].tag != NAME):
            tg = Tag(PLACE, tg.i, 1)  # "डबवाली से विधायक": the place an MLA is from
            tags[j] = tg
        if tg.tag == NAME and tg.n == 1 and nxt1 is not None and nxt2 is not None and \
                nxt1.tag == MOD and keys[nxt1.i] in _LOCAL_UNITS and nxt2.tag == HEAD and \
                keys[tg.i] not in _NAME_LEX and (j == 0 or tags[j - 1].tag != NAME):
            tg = Tag(PLACE, tg.i, 1)  # "नेवादा ब्लाक अध्यक्ष": the block's name, part of the post
            tags[j] = tg
        if tg.tag == HEAD and tg.n == 1 and nxt1 is not None and nxt1.tag == NAME and nxt1.n == 1 and \
                keys[nxt1.i] in L.SURNAMES and j > 0 and tags[j - 1].tag == PUNCT and tags[j - 1].value == "," and \
                (nxt2 is None or (nxt2.tag == PUNCT and nxt2.value == ",") or nxt2.tag == JOIN):
            tg = Tag(NAME, tg.i, 1)  # "…, दरोगा सिंह, …": an office word as the given name of a list item
            tags[j] = tg
        n_org = _org_words(tags, keys, j) if tg.tag == NAME else 0
        if n_org:
            # "जिला साहू संघ की अध्यक्ष", "बैंक ऑफिसर्स कॉन्फेडरेशन के सचिव": name-like words in
            # front of an organisation word belong to the body's name, not to a person
            for x in range(j, j + n_org):
                tags[x] = Tag(ORG, tags[x].i, tags[x].n)
            tg = tags[j]
        if tg.tag == NAME:
            # a name run: NAME tokens, inner initials "आर के सोनी", inner "जी" ("लाल जी मिश्रा"),
            # a surname that doubles as a post word ("श्रीकुमार सरकार"), a quoted pen-name.
            k = j + 1
            while k < len(tags):
                nt = tags[k]
                prev_key = keys[tags[k - 1].i + tags[k - 1].n - 1]
                nxt = tags[k + 1] if k + 1 < len(tags) else None
                if nt.tag == NAME:
                    k += 1
                    continue
                # "प्रो. फरहत जहां का कहना": a name ending in जहां (a stopword elsewhere) after a title
                if nt.tag == STOP and keys[nt.i] == "जहां" and k == j + 1 and j > 0 and \
                        tags[j - 1].tag in (HON, HEAD, CUE) and (nxt is None or nxt.tag in (GEN, AGENT, JI, JOIN)):
                    k += 1
                    continue
                # "अजीत यादव उर्फ गुड्डू": the alias stays inside the run (cut off when named)
                if nt.tag == STOP and keys[nt.i] in _ALIAS and nxt is not None and nxt.tag == NAME:
                    k += 1
                    continue
                # an honorific word closing a name is a surname ("रंजीत पंडित", "अमीषा कुमारी")
                if nt.tag == HON and nt.n == 1 and (nxt is None or nxt.tag not in (NAME, HON)) and \
                        not L.HONORIFICS[keys[nt.i]] and keys[nt.i] in _SURNAME_LIKE_HON:
                    k += 1
                    continue
                if nt.tag in (JI, GEN) and nt.n == 1 and nxt is not None and nxt.tag == NAME and \
                        (nt.tag == JI or prev_key in L.INITIALS):
                    k += 1
                    continue
                if nt.n == 1 and nt.tag in (MOD, PLACE, HEAD, STOP) and keys[nt.i] in _NAME_LEX and \
                        (nxt is None or nxt.tag not in POST_MATERIAL):
                    k += 1
                    continue
                # "पूर्व विधायक अर्जुन पलिया, …", "जिला अध्यक्ष दिनेश खेड़ा ने": a village or town as the
                # surname of a lone given name after a post or title (not "… जयपुर में / से")
                if nt.tag == PLACE and nt.n == 1 and k == j + 1 and j > 0 and tags[j - 1].tag in (HEAD, HON) and \
                        prev_key in L.GIVEN and prev_key not in L.SURNAMES and \
                        (nxt is None or nxt.tag in (AGENT, JOIN) or (nxt.tag == PUNCT and nxt.value in (",", "।", "|"))):
                    k += 1
                    continue
                # "गुलवीर प्रधान", "रघुनाथ प्रधान": an office word that is also a common surname, right
                # after a given name without one (a post after a name is written with its unit)
                if nt.n == 1 and nt.tag == HEAD and keys[nt.i] in _POST_SURNAMES and k - j <= 2 and \
                        prev_key in L.GIVEN and prev_key not in L.SURNAMES and (nxt is None or nxt.tag not in POST_MATERIAL):
                    k += 1
                    continue
                break
            t0, t1 = tags[j].i, tags[k - 1].i + tags[k - 1].n
            # pen-name in single quotes right after the name: राजवीर सिंह 'मंत्र'
            if t1 + 2 < len(toks) and toks[t1].text in ("'", "‘") and toks[t1 + 2].text in ("'", "’") \
                    and toks[t1 + 1].word:
                t1 += 3
                while k < len(tags) and tags[k].i < t1:
                    k += 1
            # a nickname in brackets right after the name: "राकेश (बबली)" (a place or post there is not)
            elif t1 + 2 < len(toks) and toks[t1].text == "(" and toks[t1 + 2].text == ")" and k + 2 < len(tags) \
                    and tags[k + 1].tag == NAME and tags[k + 1].n == 1 and toks[t1 + 1].word and \
                    not toks[t1 + 1].text.isascii() and not keys[t1 + 1].endswith(_PLACE_ENDINGS) and \
                    keys[t1 + 1] not in L.SURNAMES:
                t1 += 3
                k += 3
                # "दीपक (बाला) तावड़े": the surname after the nickname
                if k < len(tags) and tags[k].tag == NAME and tags[k].n == 1 and keys[tags[k].i] in L.SURNAMES and \
                        (k + 1 >= len(tags) or tags[k + 1].tag != NAME):
                    t1 = tags[k].i + 1
                    k += 1
            words = _glued_words(toks, t0, t1)
            units.append(Unit("NAME", t0, t1, words=words))
            j = k
            continue
        if tg.tag == MOD and tg.n == 1 and keys[tg.i] == "सह" and units and units[-1].kind == "POST" and \
                units[-1].has_head and units[-1].t1 == tg.i and j > 0 and tags[j - 1].tag == HEAD:
            units.append(Unit("JOIN", tg.i, tg.i + 1, value="सह", words=[toks[tg.i].text]))
            j += 1
            continue
        if tg.tag in POST_MATERIAL:
            k = j
            has_head = False
            multi = False
            last_material = j
            while k < len(tags):
                nt = tags[k]
                # "अध्यक्ष वैशाली भार्गव", "जिलामंत्री अवध नारायण पाण्डेय": a place that is also a
                # given name, right after the post's head and before a name, opens the name
                if nt.tag in (PLACE, MOD) and nt.n == 1 and has_head and tags[k - 1].tag == HEAD and \
                        keys[nt.i] in L.GIVEN and k + 1 < len(tags) and tags[k + 1].tag == NAME and \
                        toks[nt.i].end < toks[tags[k + 1].i].start:
                    tags[k] = Tag(NAME, nt.i, 1)
                    break
                if nt.tag == NAME and _org_words(tags, keys, k):
                    for x in range(k, k + _org_words(tags, keys, k)):
                        tags[x] = Tag(ORG, tags[x].i, tags[x].n)
                    nt = tags[k]
                # "पंचायत के मुखिया सह राजद प्रखंड अध्यक्ष": "cum" after a head joins two posts
                if k > j and nt.tag == MOD and nt.n == 1 and keys[nt.i] == "सह" and tags[k - 1].tag == HEAD and \
                        k + 1 < len(tags) and tags[k + 1].tag in POST_MATERIAL:
                    break
                if nt.tag in POST_MATERIAL:
                    if nt.tag == HEAD:
                        has_head = True
                        multi = bool(nt.value) or (k > 0 and keys[tags[k - 1].i] in ("सह", "उप"))
                    last_material = k
                    k += 1
                    continue
                nxt = tags[k + 1] if k + 1 < len(tags) else None
                # connectors inside a post phrase: "मेरठ महानगर के जिला अध्यक्ष", "सह- प्रभारी",
                # "डबवाली से विधायक"; a lone unknown word between two post words ("चेयरमैन मार्केटिंग बोर्ड")
                if nxt is not None and nxt.tag in POST_MATERIAL and (
                        (nt.tag == GEN) or (nt.tag == PUNCT and nt.value in ("-", "–")) or
                        (nt.tag == STOP and keys[nt.i] == "से" and nxt.tag == HEAD) or
                        (nt.tag == NAME and last_material == k - 1 and tags[last_material].tag != HEAD
                         and keys[nt.i] not in _NAME_LEX and nxt.tag in (MOD, ORG, HEAD)
                         and keys[nxt.i] not in _NAME_LEX) or
                        # "मुख्य विकास अधिकारी", "नगर विकास मंत्री": a given name that is also a
                        # common noun, between a modifier and the head, is the department's
                        (nt.tag == NAME and nt.n == 1 and last_material == k - 1 and tags[last_material].tag == MOD
                         and keys[tags[last_material].i] not in _ELECTED and keys[nt.i] in L.GIVEN
                         and keys[nt.i] not in L.SURNAMES and nxt.tag == HEAD and nxt.n == 1
                         and keys[nxt.i] not in _NAME_LEX)):
                    k += 1
                    continue
                break
            # "महानगर अध्यक्ष मनोनीत किया गया": the election word after the head is the verb's
            while last_material > j and has_head and tags[last_material].tag == MOD and \
                    keys[tags[last_material].i] in _ELECTED and \
                    any(tags[x].tag == HEAD for x in range(j, last_material)):
                last_material -= 1
            k = last_material + 1
            t0, t1 = tags[j].i, tags[k - 1].i + tags[k - 1].n
            if keys[t1 - 1] in L.ORG_SUFFIXES and tags[k - 1].tag != HEAD and \
                    not (tags[j].tag == HEAD and keys[tags[j].i] in _OFFICERS):
                # "भारतीय पत्रकार संघ" names a body, not a post ("संयोजक राज्य निगम कर्मचारी संघ",
                # "महामंत्री संगठन": an officer of the body named after him)
                has_head = False
            units.append(Unit("POST", t0, t1, has_head=has_head, multi=multi,
                              words=[toks[x].text for x in range(t0, t1)]))
            j = k
            continue
        kind = _UNIT_KIND.get(tg.tag, "PUNCT")
        if tg.tag == PUNCT and tg.value in (",", "/", "&"):
            kind = "COMMA"
        units.append(Unit(kind, tg.i, tg.i + tg.n, value=tg.value,
                          words=[toks[x].text for x in range(tg.i, tg.i + tg.n)]))
        j += 1
    if len(units) >= 3:
        _body_before_post(units, keys)
    return units


def _body_before_post(units: list[Unit], keys: list[str]) -> None:
    """"कृषि पर्यवेक्षक संघ के जिला अध्यक्ष अनिल …", "लोक निर्माण मंत्री विक्रम …": words no name
    lexicon knows, right before a post that a name follows, are the body or department of that
    post, not a person of their own (after a post head a name stands: "अध्यक्ष रामू सचिव श्यामू"; joined to
    a name, a list item: "… लक्ष्मी जाट एवं सारिका बाफना जिला अध्यक्ष पद्मा …")."""
    x = 0
    while x + 2 < len(units):
        u, post, after = units[x], units[x + 1], units[x + 2]
        # (or before a second post of the same name: "भलुई पंचायत के मुखिया सह राजद प्रखंड अध्यक्ष X")
        joined = after.kind == "JOIN" and x + 3 < len(units) and units[x + 3].kind == "POST" and \
            units[x + 3].has_head and not post.words[0].isascii() and keys[post.t0] not in _NAME_LEX and \
            not L.POST_HEADS.match(keys, post.t0)
        if u.kind == "NAME" and post.kind == "POST" and post.has_head and (after.kind in ("NAME", "HON") or joined) and \
                len(u.words) <= 3 and (x == 0 or not (units[x - 1].kind in ("HON", "JI") or
                                                     (units[x - 1].kind == "JOIN" and x >= 2 and units[x - 2].kind == "NAME") or
                                                     (units[x - 1].kind == "POST" and units[x - 1].has_head))) and \
                not any(keys[t] in _NAME_LEX or keys[t] in L.INITIALS or keys[t].isascii()
                        for t in range(u.t0, u.t1)):
            units[x: x + 2] = [Unit("POST", u.t0, post.t1, has_head=True, multi=post.multi, words=u.words + post.words)]
        x += 1
