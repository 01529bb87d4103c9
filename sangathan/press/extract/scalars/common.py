"""Shared pieces of the event-scalar rules: word patterns, places, the venue cue lexicon and its word sets."""

from __future__ import annotations

import re

from .. import lexicon as L
from ..lexicon import tokenize
from ..normalise import key


_PLACE_ADJ = {key(w) for w in "नई नया पूर्वी पश्चिमी उत्तरी दक्षिणी पूर्व पश्चिम उत्तर दक्षिण ग्रेटर नवी बाहरी".split()}


def _is_place(word: str) -> bool:
    toks = [t.key for t in tokenize(word) if t.word]
    return bool(toks) and L.PLACES.match(toks, 0) is not None


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


_WING_FIRST, _ORG_FIRST = L.WINGS.firsts, L.ORGS.firsts  # words that can start a wing or a body's name


_LEVEL_EXTRA = {key(w) for w in "ब्लाक अनुमंडल अनुमण्डल अनुमंडलीय प्रमंडल प्रमंडलीय".split()}


def _level_word(k: str) -> bool:
    return k in L.LEVEL_WORDS or k in _LEVEL_EXTRA


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


_MANDAL = {key(w) for w in "मंडल मण्डल".split()}


_LOCATIVE = {"में", "मे", "मेंं", "मेें"}


_ANAPHORIC = re.compile(r"^\s*(?:इस|इसी)\s+(?:अवसर|मौके|दौरान|क्रम|कार्यक्रम|आयोजन)")


def _body_panchayat(keys: list[str], i: int) -> bool:
    """"किसान यूनियन की पंचायत": a body's panchayat is its meeting (not a village council)."""
    return keys[i] == "पंचायत" and i >= 2 and keys[i - 1] == "की" and keys[i - 2] in L.ORG_SUFFIXES
