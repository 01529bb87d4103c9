"""Text clean-up for Hindi news reports.

Scraped reports carry broken Devanagari (anusvara typed before the vowel sign, ``ा`` + candra
``ॅ`` instead of ``ॉ``), zero-width characters, markdown debris and site boilerplate. Everything
downstream assumes NFC text with single spaces, so it all happens here, once.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACE_CLASS = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# the runs of spaces that are not already one plain space: folding them all to " " gives the same
# text with far fewer replacements
_SPACES_TO_FOLD = re.compile(_SPACE_CLASS.replace("[ ", "[") + _SPACE_CLASS + "*| " + _SPACE_CLASS + "+")
# anusvara / candrabindu typed before a dependent vowel sign: "कंुवर" -> "कुंवर"
_NASAL_BEFORE_MATRA = re.compile("([\u0901\u0902])([\u093e-\u094c])")
_MARKDOWN = re.compile(r"!\[[^\]]*\]\([^)]*\)|\*{1,3}|_{2,}|#{2,}")
_MANY_NEWLINES = re.compile(r"\n\s*\n\s*(\n\s*)+")

# Lines from which on the page is boilerplate (comments, related stories, share buttons).
_TAIL_MARKERS = re.compile(
    r"^\s*(Related Posts|Related Post|Share on|Share this|Leave a Reply|No comments|Post a Comment|"
    r"You may also like|Also Read|संबंधित खबरें|सम्बंधित खबरें|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें|"
    r"अन्य खबरें|शेयर करें|Tags\s*:)",
    re.IGNORECASE | re.MULTILINE,
)
# "यह भी पढ़ें: <headline>" links are also dropped into the middle of a story; the story goes on.
_READ_ALSO = re.compile(r"^[ \t]*(?:Also Read|यह भी पढ़ें|ये भी पढ़ें|इसे भी पढ़ें)[^\n]*$", re.IGNORECASE | re.MULTILINE)
# photo captions: "फोटो: …", "… (फोटो: जागरण)", "Photo: …", "चित्र परिचय: …"
_CAPTION = re.compile(r"^.*(?:^\s*(?:फोटो|फ़ोटो|चित्र परिचय|चित्र|Photo|PHOTO|तस्वीर)\s*[-:–]|"
                      r"\(\s*(?:फोटो|फ़ोटो|Photo|तस्वीर)\s*[-:–][^)]*\)\s*$).*$", re.MULTILINE)
# every caption match holds one of these words (checked first: the pattern is slow to scan)
_CAPTION_WORDS = ("फोटो", "फ़ोटो", "चित्र", "Photo", "PHOTO", "तस्वीर")
# "डा0", "प्रो0", "मो0": a zero used as the abbreviation dot (common in Uttar Pradesh)
_ZERO_DOT = re.compile(r"(?<![\u0900-\u097f])([\u0900-\u097f]{1,4})0(?=[\s,.]|$)")
# the same with the Devanagari digit zero: "डा० परमहंस", "एस० डी० मिश्र" (letters only before it)
_DEV_ZERO_DOT = re.compile(r"(?<![\u0900-\u097f])([\u0900-\u0963\u0971-\u097f]{1,4})\u0966(?=[\s,.]|$)")
# "जिसमेंअध्यक्ष", "इसमेंसांसद": a space lost after a relative or demonstrative "in which / in this"
_GLUED_IN = re.compile(r"(?<![\u0900-\u097f])((?:जिस|इस|उस|जिन|इन|उन)में)(?=[\u0905-\u0939])")
# "बहराइच l फखरपुर …": a Latin l or I standing alone between Hindi words is a danda typed on a Latin keyboard
_LATIN_DANDA = re.compile(r"(?<=[\u0900-\u097f])[ \t]+[lI](?=[ \t]+[\u0900-\u097f]|[ \t]*$)", re.M)
_STORY_LINE = re.compile(r"[\u0900-\u097f]+(?:\s+\S+){7,}.*[।.]\s*$")


def fix_devanagari(text: str) -> str:
    """Repair the common broken sequences and return NFC text."""
    text = unicodedata.normalize("NFC", text)
    text = _ZERO_WIDTH.sub("", text)
    text = text.replace("\u0970", ".")  # abbreviation sign "डॉ॰" -> "डॉ."
    text = text.replace("\u0965", "\u0964")  # double danda -> danda
    text = _LATIN_DANDA.sub("\u0964", text)
    text = _NASAL_BEFORE_MATRA.sub(r"\2\1", text)
    text = text.replace("\u093e\u0945\u0902", "\u093e\u0902")  # "गाॅंधी" -> "गांधी"
    text = text.replace("\u093e\u0945", "\u0949").replace("\u0945\u093e", "\u0949")  # "डाॅ" -> "डॉ"
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """Normalise a whole report: repair Unicode, drop markdown and page tails, fold spaces."""
    text = fix_devanagari(text).replace("\r\n", "\n").replace("\r", "\n")
    if "0" in text:
        text = _ZERO_DOT.sub(r"\1.", text)
    if "\u0966" in text:
        text = _DEV_ZERO_DOT.sub(r"\1.", text)
    if any(w in text for w in _CAPTION_WORDS):
        text = _CAPTION.sub("", text)
    text = _drop_inline_links(text)
    if "में" in text:
        text = _GLUED_IN.sub(r"\1 ", text)
    m = _TAIL_MARKERS.search(text)
    if m and m.start() > len(text) // 4:
        text = text[: m.start()]
    if "*" in text or "__" in text or "##" in text or "![" in text:  # what _MARKDOWN needs
        text = _MARKDOWN.sub(" ", text)
    text = _SPACES_TO_FOLD.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _MANY_NEWLINES.sub("\n\n", text)
    return text.strip()


TEXT_CACHES: list = []  # caches keyed on texts of one report (its sentences, names, posts)


def text_cache(maxsize: int):
    """``lru_cache`` for a function of a report's own strings: the readers of one report share
    the work. Listed in TEXT_CACHES so that a benchmark of new reports can empty them."""

    def wrap(fn):
        cached = lru_cache(maxsize=maxsize)(fn)
        TEXT_CACHES.append(cached)
        return cached

    return wrap


@lru_cache(maxsize=4)
def clean_cached(text: str) -> str:
    """``clean`` of the last few texts: the rules and the labeller read the same report."""
    return clean(text)


def _drop_inline_links(text: str) -> str:
    """Remove "यह भी पढ़ें: …" link lines that sit inside the story (real sentences follow them).

    A link at the end of the story, followed only by headlines, is left for the tail cut.
    """
    while True:
        for m in _READ_ALSO.finditer(text):
            rest = text[m.end():]
            line_end = m.end()
            if not re.search(r"[:\-–]\s*\S", m.group()):  # bare marker: the headline is on the next line
                nl = rest.find("\n", 1)
                line_end = m.end() + (nl if nl >= 0 else len(rest))
                rest = text[line_end:]
            if any(_STORY_LINE.match(ln.strip()) for ln in rest.split("\n")):
                text = text[:m.start()] + text[line_end:]
                break
        else:
            return text


def fold(text: str) -> str:
    """NFC + whitespace folding: the comparison form of names and phrases."""
    return " ".join(unicodedata.normalize("NFC", text).split())


@lru_cache(maxsize=262144)
def key(word: str) -> str:
    """Lookup key of a word: nukta dropped, candrabindu as anusvara, trailing dots gone.

    "ज़िला" and "जिला", "राँची" and "रांची" must hit the same lexicon entry.
    """
    word = unicodedata.normalize("NFD", word).replace("\u093c", "").replace("\u0901", "\u0902")
    word = _NASAL_CONJUNCT.sub("\u0902", word)
    return unicodedata.normalize("NFC", word).strip(".").lower()


# a nasal consonant with virama before a consonant of its own class is written either way:
# "हिन्दी" / "हिंदी", "मून्दड़ा" / "मूंदड़ा", "सम्बोधित" / "संबोधित" (the anusvara form is the key)
_NASAL_CONJUNCT = re.compile("ङ्(?=[कखगघ])|ञ्(?=[चछजझ])|ण्(?=[टठडढ])|न्(?=[तथदध])|म्(?=[पफबभ])")


MAX_SENTENCE = 1500  # characters; real sentences of the genre are far shorter
_HARD_END = re.compile(r"[।?!|\n]+")
# a full stop after a word of three letters or more, or after a short verb or auxiliary that
# closes Hindi clauses ("… नहीं रह गया है. बैठक में …"); "डॉ." and "मो." stay abbreviations
_SHORT_FINALS = "है|हैं|था|थे|थी|थीं|हो|गई|गए|गये|गयी|की|दी|ली|दिया|रहे|रही|हुई|हुए|हुआ|रहा"
_DOT_END = re.compile(r"(?<=[\u0900-\u097f\w]{3})\.+(?=\s|$)|\.+(?=\s*\n)|"
                      r"(?:(?<=\s)|^)(?:" + _SHORT_FINALS + r")\.+(?=\s|$)")


_SPLICE = re.compile(r",(?=\s*(?:(?:बैठक|कार्यक्रम|सभा|समारोह|सम्मेलन|गोष्ठी|मीटिंग)\s+(?:में|को)\s|"
                     r"उन्होंने\s|उन्होने\s|इन्होंने\s))")
_WRAP_MIN, _WRAP_MAX = 45, 160  # characters: a hard-wrapped column, wider than a byline
_OPEN_END = re.compile(r"[\u0900-\u0963\u0970-\u097f,A-Za-z]$")


def _soft_wraps(text: str) -> set[int]:
    """Offsets of line breaks inside a sentence of a hard-wrapped column ("… वीरेंद्र\nचौधरी, …").

    A break is soft when the line before it is long and ends inside a sentence (a letter or a
    comma, no sentence mark), the next line goes on with a letter, and a neighbouring line is
    of the same kind (a wrapped paragraph has several; a long headline stands alone).
    """
    if "\n" not in text:
        return set()
    lines = text.split("\n")
    offs, o = [], 0
    for ln in lines:
        offs.append(o)
        o += len(ln) + 1
    if len(re.findall(r"[।|]|\.(?=\s)", text)) < 2:
        return set()  # a text without sentence marks ends its sentences with line breaks
    cand = [_WRAP_MIN <= len(ln) <= _WRAP_MAX and bool(_OPEN_END.search(ln.rstrip())) for ln in lines]

    def column(i: int, j: int) -> bool:  # two lines of one column: both open, about as wide
        return 0 <= j < len(lines) and cand[j] and abs(len(lines[i]) - len(lines[j])) <= 0.25 * len(lines[i])

    out = set()
    for i in range(len(lines) - 1):
        nxt = lines[i + 1].lstrip()
        if cand[i] and nxt and ("\u0900" <= nxt[0] <= "\u097f") and (column(i, i - 1) or column(i, i + 1)):
            out.add(offs[i] + len(lines[i]))
    return out


_LIST_CUE = re.compile(r"(?:उपस्थित|मौजूद|शामिल|सहित|मुख्य रूप से|प्रमुख रूप से|मुख्य रुप से|प्रमुख रुप से)"
                       r"(?:\s+(?:रहे|रहीं|थे|थीं|हुए|हुईं|रहे\s+थे))?\s*:?\s*[\u0900-\u097f][^।|?!:]*,[^।|?!]*$")
_LIST_LINE = re.compile(r"^[\u0900-\u097f][^।|?!:]*$")


def _short_items(line: str) -> bool:
    """A line of a name list: Devanagari, no sentence mark, items of at most five words."""
    return bool(_LIST_LINE.match(line)) and all(len(x.split()) <= 5 for x in line.split(",") if x.strip())


def _list_wraps(text: str) -> set[int]:
    """Offsets of line breaks inside a list of names that a presence cue opens ("… उपस्थित रहे A, B\nC,
    D\nE"): the list goes on while each next line is short items joined by commas, without a
    sentence mark, and the line before it ends open (a letter or a comma)."""
    if "\n" not in text or "," not in text:
        return set()
    lines = text.split("\n")
    out, o, open_list = set(), 0, False
    for i, ln in enumerate(lines):
        end = o + len(ln)
        o = end + 1
        body = ln.strip()
        if open_list:
            open_list = _short_items(body)
            if not open_list:
                continue
        elif not _LIST_CUE.search(body):
            continue
        nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
        if nxt and _OPEN_END.search(body) and _short_items(nxt) and ("," in nxt or len(nxt.split()) <= 5):
            out.add(end)
            open_list = True
        else:
            open_list = False
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences.

    Danda, "?", "!", "|" and line breaks always end a sentence. A full stop ends one only when
    the report does not use the danda (some sites write Hindi with "."), because elsewhere dots
    belong to abbreviations such as "डॉ." or "यू.काँ.".
    """
    soft = _soft_wraps(text) | _list_wraps(text)
    ends = [m.end() for m in _HARD_END.finditer(text) if not (m.end() - 1 in soft and m.group() == "\n")]
    if text.count("\u0964") < 2:
        ends += [m.end() for m in _DOT_END.finditer(text)]
    # a comma splice: ", बैठक में …", ", उन्होंने कहा …" open a new sentence of the report
    ends += [m.end() for m in _SPLICE.finditer(text)]
    ends = sorted(set(ends + [len(text)]))
    spans, start = [], 0
    for e in ends:
        while e - start > MAX_SENTENCE:  # unpunctuated debris: cut at a space
            cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
            cut = cut if cut > start else start + MAX_SENTENCE
            spans.append((start, cut))
            start = cut
        if text[start:e].strip():
            spans.append((start, e))
        start = e
    return spans
