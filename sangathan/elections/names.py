"""Match candidate names from a results file to an official candidate list.

Why by name: Form 20 header serials do not always equal the ECI serial (README §2.1),
and PDF conversion splits words ("Mansukhbh ai"). Identical names in one PC exist
(two HEMA MALINI in Mathura): those are paired by ballot order, where party
candidates precede independents in both lists, or by party when the file has one.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

_HONORIFICS = {"DR", "PT", "SHRI", "SMT", "KU", "KUMARI", "MR", "MRS", "MS", "ADV", "ADVOCATE",
               "COM", "PROF", "ER", "ENG", "URF", "ALIAS"}
_NOTA = {"NONE OF THE ABOVE", "NOTA"}
INDEPENDENT_CODES = {"N1001"}  # Susewind party code for "Independent"


def normalise_name(name: str, drop_brackets: bool = False) -> str:
    """Upper-case key: no punctuation, honorifics or repeated spaces; NOTA spelled one way.

    ``drop_brackets`` removes "(BJP)", "(MASTER)"-style additions the PDFs carry.
    """
    s = unicodedata.normalize("NFKC", name or "").replace("\xa0", " ").replace("\xad", "")
    if drop_brackets:
        s = re.sub(r"\([^)]*\)?", " ", s)
    s = re.sub(r"[^\w\s]", " ", s.upper())
    words = [w for w in s.split() if w not in _HONORIFICS]
    key = " ".join(words)
    return "NONE OF THE ABOVE" if key in _NOTA or re.fullmatch(r"NONE OF THE ABOVE.*", key) else key


def is_nota(name: str) -> bool:
    return normalise_name(name) in _NOTA


def name_score(a: str, b: str, **_: object) -> float:
    """0..100 similarity of two *normalised* names, robust to split words and order."""
    if a == b:
        return 100.0
    ga, gb = a.replace(" ", ""), b.replace(" ", "")
    glued = fuzz.ratio(ga, gb)
    # PDF cells cut names short ("AHIR VIKR AMB HAI"): a long enough prefix still counts
    prefix = 0.9 * fuzz.partial_ratio(ga, gb) if min(len(ga), len(gb)) >= 8 else 0.0
    return max(fuzz.token_sort_ratio(a, b), glued, 0.95 * fuzz.token_set_ratio(a, b), prefix)


@dataclass(frozen=True, slots=True)
class RefCandidate:
    """One entry of the official list for one constituency."""

    key: str
    name: str
    party: str | None = None
    serial: int = 0
    independent: bool = False


@dataclass(frozen=True, slots=True)
class NameMatch:
    file_index: int          # position in the list passed in (0-based)
    file_name: str
    ref: RefCandidate | None  # None: no acceptable match
    score: float
    by_elimination: bool = False  # the only name left on both sides; check it by hand


def match_candidates(file_names: list[str], refs: list[RefCandidate],
                     file_parties: list[str | None] | None = None,
                     threshold: float = 75.0) -> list[NameMatch]:
    """Assign each file name to at most one reference candidate (one-to-one).

    Exact (normalised) names are paired first, in ballot order; the rest greedily
    by best fuzzy score. A party given for a file column decides between equal names.
    """
    fn = [normalise_name(n) for n in file_names]
    rn = [normalise_name(r.name) for r in refs]
    fb = [normalise_name(n, True) for n in file_names]
    rb = [normalise_name(r.name, True) for r in refs]

    def score(i: int, j: int) -> float:
        return max(name_score(fn[i], rn[j]), name_score(fb[i], rb[j]) if fb[i] and rb[j] else 0.0)

    parties = file_parties or [None] * len(file_names)
    result: dict[int, NameMatch] = {}
    used: set[int] = set()

    def party_ok(i: int, j: int) -> bool:
        p, q = parties[i], refs[j].party
        return p is None or q is None or fuzz.token_set_ratio(normalise_name(p), normalise_name(q)) >= 90

    # 1. exact names, grouped; within a group prefer same party, then ballot order
    for name in dict.fromkeys(fn):
        files = [i for i, n in enumerate(fn) if n == name]
        cands = sorted((j for j, n in enumerate(rn) if n == name),
                       key=lambda j: (refs[j].independent, refs[j].serial))
        for i in files:
            pick = next((j for j in cands if j not in used and party_ok(i, j)), None)
            if pick is not None:
                used.add(pick)
                result[i] = NameMatch(i, file_names[i], refs[pick], 100.0)
    # 2. fuzzy for the rest, best pairs first
    rest_f = [i for i in range(len(fn)) if i not in result]
    rest_r = [j for j in range(len(rn)) if j not in used]
    if rest_f and rest_r:
        pairs = sorted(((score(i, j), a, b) for a, i in enumerate(rest_f)
                        for b, j in enumerate(rest_r)),
                       key=lambda t: (-t[0], abs(rest_f[t[1]] - refs[rest_r[t[2]]].serial)))
        for sc, a, b in pairs:
            i, j = rest_f[a], rest_r[b]
            if sc < threshold or i in result or j in used:
                continue
            used.add(j)
            result[i] = NameMatch(i, file_names[i], refs[j], round(sc, 1))
    left_f = [i for i in range(len(fn)) if i not in result]
    left_r = [j for j in range(len(rn)) if j not in used]
    if len(left_f) == 1 and len(left_r) == 1:  # e.g. "SAKSHI MAHARAJ" = "SWAMI SACHCHIDANAND HARI SAKSHI"
        i, j = left_f[0], left_r[0]
        result[i] = NameMatch(i, file_names[i], refs[j], round(score(i, j), 1), True)
    for i in range(len(fn)):
        if i not in result:
            best = max((score(i, j) for j in range(len(rn))), default=0.0)
            result[i] = NameMatch(i, file_names[i], None, round(best, 1))
    return [result[i] for i in range(len(fn))]
