"""Hindi text tools: NFC normalisation, honorifics, cross-script name keys.

Devanagari is stored in NFC with stray zero-width characters removed. People are found across
scripts through a phonetic *name key*: Devanagari is transliterated to Latin and both scripts are
then folded by the same rules (aspirates, long vowels, schwas), so "विनय महोबिया",
"Vinay Mahobia" and "vinay mahobiya" share one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from indic_transliteration import sanscript

# ZWSP, word joiner, BOM and soft hyphen never carry meaning in names; ZWJ/ZWNJ can (half forms).
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"\s+")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
NUKTA = "\u093c"


def nfc(text: str | None) -> str:
    """Return text in NFC with invisible characters removed and whitespace folded."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    # Broken sequences common in Hindi web text: anusvara typed before the vowel sign.
    text = text.replace("\u0902\u0941", "\u0941\u0902").replace("\u0902\u0942", "\u0942\u0902")
    text = text.replace("\u093e\u0945", "\u0949")  # ा + ॅ  -> ॉ  (गाॅंधी -> गॉंधी)
    return _SPACES.sub(" ", text).strip()


def has_devanagari(text: str) -> bool:
    return bool(_DEVANAGARI.search(text or ""))


HONORIFICS = (
    "श्रीमती", "सुश्री", "श्री", "डॉ.", "डॉ", "डा.", "मा.", "आ.", "माननीय", "आदरणीय",
    "shrimati", "smt.", "smt", "shri", "sri", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
)
_HONORIFIC_RE = re.compile(
    r"^(?:(?:" + "|".join(re.escape(h) for h in HONORIFICS) + r")(?:\s+|(?<=\.)))+",
    re.IGNORECASE,
)
_TRAILING_JI = re.compile(r"\s+(?:जी|ji)$", re.IGNORECASE)


def clean_name(name: str) -> str:
    """Strip honorifics and a trailing जी; "श्रीकुमार" keeps its श्री because no space follows."""
    name = nfc(name)
    name = _HONORIFIC_RE.sub("", name)
    return _TRAILING_JI.sub("", name).strip(" ,.")


# Latin folding rules, applied in order to both scripts after transliteration.
_FOLDS = [
    (re.compile(r"ng(?![aeiou])"), "n"),  # Singh ~ सिंह
    (re.compile(r"x"), "ks"),
    (re.compile(r"q"), "k"),
    (re.compile(r"z"), "j"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"f"), "p"),
    (re.compile(r"([bcdgjklmnprstv])h"), r"\1"),  # aspirates and sh/ch -> plain consonant
    (re.compile(r"ee|ii|ie"), "i"),
    (re.compile(r"oo|uu"), "u"),
    (re.compile(r"au|ou"), "o"),
    (re.compile(r"iy(?=[aeiou]|$)"), "i"),  # mahobiya ~ mahobia
    (re.compile(r"[ae]"), ""),  # schwas and their Latin spellings are unreliable: drop them
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"[^a-z]"), ""),
]


def _latin(token: str) -> str:
    if has_devanagari(token):
        token = unicodedata.normalize("NFD", token).replace(NUKTA, "")
        token = unicodedata.normalize("NFC", token)
        hk = sanscript.transliterate(token, sanscript.DEVANAGARI, sanscript.HK)
        # HK capitals: z/S = sh sounds, M = anusvara, H = visarga, R = vocalic r, ~ = chandrabindu
        hk = hk.replace("z", "sh").replace("S", "sh").replace("M", "n").replace("H", "")
        hk = hk.replace("R", "ri").replace("~", "")
        return hk.lower()
    return unicodedata.normalize("NFKD", token).encode("ascii", "ignore").decode().lower()


@lru_cache(maxsize=200_000)
def token_key(token: str) -> str:
    """Phonetic key of one word, the same for its Devanagari and Latin spellings."""
    key = _latin(token)
    for pattern, repl in _FOLDS:
        key = pattern.sub(repl, key)
    return key


def name_key(name: str) -> str:
    """Space-separated token keys of a cleaned name (order kept)."""
    words = re.split(r"[\s\-–,.]+", clean_name(name))
    return " ".join(k for k in (token_key(w) for w in words if w) if k)


def to_latin(text: str) -> str:
    """Readable Latin form of a Devanagari name (for display and fuzzy ranking)."""
    return " ".join(_latin(w) for w in nfc(text).split())


def slug(text: str, limit: int = 60) -> str:
    """A URL slug that keeps Devanagari whole: letters with their vowel signs and viramas, and digits.

    Django's `slugify` drops combining marks, so "दुर्ग" would become "दरग"."""
    keep = "".join(c if unicodedata.category(c)[0] in "LMN" else " " for c in nfc(text).lower())
    words = [w for w in keep.split() if unicodedata.category(w[0])[0] != "M"]
    return "-".join(words)[:limit].strip("-")
