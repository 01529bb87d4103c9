"""Train and apply the sequence labeller (a linear-chain CRF, python-crfsuite).

``train(examples)`` takes (raw text, gold record) pairs and returns the model as bytes;
``Labeller(model_bytes).apply(text, rule_record)`` returns the rule record with people and roles
as the model reads them. Training is deterministic (L-BFGS from zero weights, fixed order).
"""
from __future__ import annotations

import os
from functools import lru_cache
import tempfile
from collections.abc import Iterable

import pycrfsuite

from sangathan.press.extract import lexicon as L
from sangathan.press.extract.normalise import fold, key

from .features import ROLES, Doc, ModelFeatures, Word, features, labels, make_doc, may_name, mentions

DOUBT = 0.0  # drop a rule role the model gives less than this probability (0: never; 0.1 measured worse)
RENAME_GLUED = True
ADD_ROLES = "empty"  # the model's roles go to new people and to rule people without a part ("all": everyone)
CONFIDENT = float(os.environ.get("PRESS_CONFIDENT", "0.7"))  # ... to the latter only at this marginal probability
VETO = 0.1  # a rule person the model labels no name at, believing a name there less than this, is dropped
NAME = "<name>"
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
ORDER = {r: i for i, r in enumerate(ROLES)}


@lru_cache(maxsize=512)
def _rule_record(text: str) -> dict:
    from sangathan.press.extract import rules_extract

    return rules_extract(text)


def _rule_labels(doc: Doc, rule: dict, ms=None) -> list[list[str]]:
    return labels(doc, rule.get("people") or [], ms)


def train(examples: Iterable[tuple[str, dict]], params: dict | None = None) -> bytes:
    """Train on (raw text, gold record) pairs; the rule extractor's reading is a feature."""
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS | (params or {}))
    n = 0
    for text, gold in examples:
        doc = make_doc(text)
        y_all = labels(doc, gold.get("people") or [])
        # each sentence twice: with the rules' reading and without it, so that the model also
        # learns to find what the rules miss instead of only copying them
        for feats in (features(doc, _rule_labels(doc, _rule_record(text))), features(doc, None)):
            for x, y in zip(feats, y_all):
                trainer.append(x, y)
                n += 1
    if not n:
        raise ValueError("no training examples")
    fd, path = tempfile.mkstemp(suffix=".crfsuite")
    os.close(fd)
    try:
        trainer.train(path)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        os.unlink(path)


def _model_features(tagger: pycrfsuite.Tagger):
    """The tagger's feature builder: only the model's attributes when its dictionary reads back
    whole (the dump lists as many as the header counts), else all of them."""
    try:
        info = tagger.info()
        known = frozenset(a.encode() for a in info.attributes)
        whole = len(known) == int(info.header.get("num_attrs", -1))
    except (ValueError, KeyError, UnicodeError, OSError):
        whole = False
    if not whole:
        return lambda doc, rule_labels=None, only=None: features(doc, rule_labels, as_bytes=True, only=only)
    return ModelFeatures(known)


class Labeller:
    """A loaded model; ``apply`` turns a rule record into the model's record."""

    def __init__(self, model: bytes) -> None:
        self.model = model  # the tagger reads this buffer: keep it alive
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open_inmemory(model)
        self.labels = set(self.tagger.labels())
        self.features = _model_features(self.tagger)

    def spans(self, doc: Doc, rule: dict, ms=None) -> tuple[list[tuple[int, int, int, str]], dict[tuple[int, str], float]]:
        """Labelled name spans, and for each (rule person, rule role) how much the model believes
        the role: the highest probability of the role's label at any mention of the person."""
        rule_people = rule.get("people") or []
        ms = mentions(doc, rule_people) if ms is None else ms
        by_sent: dict[int, list[tuple[int, int]]] = {}
        for si, a, _, pi in ms:
            by_sent.setdefault(si, []).append((a, pi))
        # only sentences that can hold a name are tagged: a rule mention, or a known given name,
        # surname or honorific (the rest are speech and narrative; see features.may_name)
        only = {si for si, ws in enumerate(doc.sents) if si in by_sent or may_name(ws)}
        # bytes of the attributes the model knows: what the tagger reads, without the copies and
        # look-ups of the rest (same scores; see ModelFeatures)
        feats = self.features(doc, _rule_labels(doc, rule, ms), only=only)
        known = self.labels
        out, support = [], {}
        for si, x in enumerate(feats):
            if x is None:
                continue
            y = self.tagger.tag(x)
            for a, pi in by_sent.get(si, ()):
                name = 1.0 - self.tagger.marginal("O", a)  # belief that a name starts here
                if name > support.get((pi, NAME), -1.0):
                    support[(pi, NAME)] = name
                if DOUBT <= 0:
                    continue
                for r in rule_people[pi].get("roles") or ():
                    lab = "B-" + r
                    p = self.tagger.marginal(lab, a) if lab in known else 0.0
                    if p > support.get((pi, r), -1.0):
                        support[(pi, r)] = p
            i = 0
            while i < len(y):
                if y[i] != "O":
                    role = y[i][2:]
                    j = i + 1
                    while j < len(y) and y[j] == "I-" + role:
                        j += 1
                    conf = self.tagger.marginal(y[i], i) if role != "none" else 0.0
                    out.append((si, i, j, role, conf))
                    i = j
                else:
                    i += 1
        return out, support

    def apply(self, text: str, rule: dict) -> dict:
        doc = make_doc(text)
        ms = mentions(doc, rule.get("people") or [])  # where the rules' people are named
        spans, support = self.spans(doc, rule, ms)
        return combine(doc, rule, spans, support=support, rule_mentions=ms)


def _name_like(k: str) -> bool:
    """A word that can begin a name (a known given name, surname or initial): never cut off."""
    return k in L.GIVEN or k in L.SURNAMES or k in L.INITIALS or len(k) <= 2


_ALIAS = {key(w) for w in "उर्फ उर्फ़".split()}
_TOLD = {key(w) for w in "बताया बतलाया".split()}
_SPOKE = {key(w) for w in "कहा कहां कहाँ संबोधित सम्बोधित".split()}


def _reports_only(ws: list[Word], b: int) -> bool:
    """The name ending at word b is the subject of "ने … बताया" (within five words) and of no
    speech verb in that clause."""
    if b >= len(ws) or ws[b].key != "ने":
        return False
    after = [w.key for w in ws[b + 1:b + 7]]
    told = next((i for i, k in enumerate(after) if k in _TOLD), None)
    return told is not None and not any(k in _SPOKE for k in after[:told])


def _not_a_name(ks: tuple[str, ...]) -> bool:
    """A span the labeller read as a new person that is a clause ("प्रकाश डालते", "… उपलब्ध कराई"):
    it holds a role cue of the rules or ends with a verb form."""
    if ks[-1] in L.VERB_FORMS or all(k in L.TITLE_WORDS for k in ks):
        return True
    for j in range(len(ks)):
        m = L.ROLE_CUES.match(list(ks), j)
        if m and j + m[0] <= len(ks):
            return True
    return False


def _surface(ws: list[Word], a: int, b: int, text: str) -> str:
    while a < b and (ws[a].key in L.HONORIFICS or not L.WORD_RE.fullmatch(ws[a].text)):
        a += 1
    while b > a and (ws[b - 1].key in {"जी"} or not L.WORD_RE.fullmatch(ws[b - 1].text)):
        b -= 1
    return fold(text[ws[a].start:ws[b - 1].end]) if a < b else ""


def combine(doc: Doc, rule: dict, spans: list[tuple[int, int, int, str]], union: bool = True,
            keep_rule_people: bool = True, support: dict[tuple[int, str], float] | None = None,
            doubt: float = DOUBT, rule_mentions=None, veto: float = VETO) -> dict:
    """The rule record with the people and roles of the labelled spans added.

    A span names a rule person when its words are that person's name, a variant, the lone
    first/last word of exactly one of them, or part of a name the rules read there; otherwise it
    is a new person (a lone word of a new full name joins it). A person's roles are the rules'
    plus the model's (``union``); rule people no span names are kept (``keep_rule_people``).
    Posts and quotes stay the rules'. (Measured in bench/press_eval.py: replacing the rules'
    roles and people with the model's alone scores lower in cross-validation.)
    """
    rule_people = [dict(p) for p in rule.get("people") or []]
    keys = []
    for p in rule_people:
        ks = [tuple(key(w) for w in n.split()) for n in [p["name"]] + list(p.get("variants") or [])]
        keys.append(ks)
    people: list[dict] = []
    index: dict[int, int] = {}  # rule person -> output index
    new_keys: list[tuple[str, ...]] = []
    new_index: list[int] = []
    roles: list[set[str]] = []
    model_roles: list[set[str]] = []  # the model's roles of each output person

    def find(ks: tuple[str, ...]) -> int | None:
        for i, variants in enumerate(keys):
            if ks in variants:
                return i
        if len(ks) == 1:
            hits = {i for i, variants in enumerate(keys) for v in variants if len(v) >= 2 and ks[0] in (v[0], v[-1])}
            if len(hits) == 1:
                return hits.pop()
        hits = {i for i, variants in enumerate(keys) for v in variants
                if len(v) >= 2 and len(ks) > len(v) and any(ks[j:j + len(v)] == v for j in range(len(ks)))}
        return hits.pop() if len(hits) == 1 else None

    at: dict[tuple[int, int], int] = {}  # (sentence, word) -> rule person named there
    for si, a, b, pi in mentions(doc, rule_people) if rule_mentions is None else rule_mentions:
        for j in range(a, b):
            at[(si, j)] = pi
    for si, a, b, role, *conf in spans:
        ws = doc.sents[si]
        name = _surface(ws, a, b, doc.text)
        if not name:
            continue
        ks = tuple(key(w) for w in name.split())
        ri = find(ks)
        if ri is None and a >= 2 and ws[a - 1].key in _ALIAS and (si, a - 2) in at:
            ri = at[(si, a - 2)]  # "साकेत कुमार उर्फ टूटू शर्मा": the alias of the name before it
            alias = rule_people[ri].get("variants") or []
            if name not in alias and name != rule_people[ri]["name"]:
                rule_people[ri] = rule_people[ri] | {"variants": list(alias) + [name]}
                keys[ri] = keys[ri] + [ks]
        if ri is None:  # part of a name the rules read whole
            inside = {at[(si, j)] for j in range(a, b) if (si, j) in at}
            ri = inside.pop() if len(inside) == 1 else None
            rname = tuple(key(w) for w in rule_people[ri]["name"].split()) if ri is not None else ()
            if RENAME_GLUED and ri is not None and ri not in index and len(ks) >= 2 and len(ks) < len(rname) \
                    and rname[-len(ks):] == ks and not any(_name_like(w) for w in rname[:-len(ks)]):
                # the rules glued a word in front of the name ("मेजबानी रमेश यादव"): the model's reading
                rule_people[ri] = rule_people[ri] | {"name": name}
                keys[ri] = [ks] + keys[ri]
        if ri is not None:
            rname = tuple(key(w) for w in rule_people[ri]["name"].split())
            if len(ks) > len(rname) and ri not in index and not _not_a_name(ks):
                # the model reads more of the name (but not a cue it ran into: "नन्दलाल मौजूद रहे")
                rule_people[ri] = rule_people[ri] | {"name": name}
                keys[ri] = [ks] + keys[ri]
            if ri not in index:
                index[ri] = len(people)
                people.append(rule_people[ri])
                roles.append({r for r in rule_people[ri].get("roles") or []
                              if support is None or support.get((ri, r), 1.0) >= doubt} if union else set())
                model_roles.append(set())
            oi = index[ri]
        else:
            oi = None
            for nk, ni in zip(new_keys, new_index):
                if ks == nk or (len(ks) == 1 and len(nk) >= 2 and ks[0] in (nk[0], nk[-1])):
                    oi = ni
                    break
            if oi is None:
                if len(ks) == 1 and ks[0] in L.STOP or _not_a_name(ks):
                    continue
                oi = len(people)
                people.append({"name": name, "posts": [], "roles": []})
                roles.append(set())
                model_roles.append(set())
                new_keys.append(ks)
                new_index.append(oi)
        if role == "speaker" and oi not in new_index and _reports_only(ws, b):
            continue  # "X ने जानकारी देते हुए बताया कि …": the report's source, not a speech
        if role != "none" and (not conf or conf[0] >= CONFIDENT or oi in new_index):
            model_roles[oi].add(role)
    for oi, mr in enumerate(model_roles):
        # the model's roles go to the people it found and the rules did not, and to rule people
        # the rules gave no part when the model is sure (marginal >= CONFIDENT: a reviewed habit
        # such as "X ने मेजबानी की" is learned); a part the rules read from a cue stays the
        # rules' (measured in the cross-validation: adding the model's roles there, or its
        # unsure roles anywhere, adds more wrong roles than right ones)
        if (ADD_ROLES == "all" or not roles[oi] or oi in new_index) and not people[oi].get("mentioned_only"):
            roles[oi] |= mr
    # a lone word read before the full name ("बलराम … बलराम चौधरी") joins the full name
    full = [tuple(key(w) for w in p["name"].split()) for p in people]
    drop: set[int] = set()
    for i, ks in enumerate(full):
        if len(ks) == 1:
            hits = [j for j, o in enumerate(full) if len(o) >= 2 and ks[0] in (o[0], o[-1])]
            if len(hits) == 1:
                roles[hits[0]] |= roles[i]
                drop.add(i)
    if keep_rule_people:
        for ri, p in enumerate(rule_people):
            if ri not in index and (support is None or support.get((ri, NAME), 1.0) >= veto
                                    or "reporter" in (p.get("roles") or ())):  # bylines: the rules' own
                index[ri] = len(people)
                people.append(p)
                roles.append({r for r in p.get("roles") or []
                              if support is None or support.get((ri, r), 1.0) >= doubt})
    out_people = []
    for i, (p, rs) in enumerate(zip(people, roles)):
        if i in drop:
            continue
        if len(rs) > 1:
            rs = rs - {"attendee"}
        p["roles"] = sorted(rs, key=ORDER.__getitem__)
        out_people.append(p)
    rec = dict(rule)
    rec["people"] = out_people
    renamed = {old["name"]: new["name"] for old, new in zip(rule.get("people") or [], rule_people)}
    known = {p["name"] for p in out_people}
    rec["quotes"] = [q | {"speaker": renamed.get(q.get("speaker"), q.get("speaker"))}
                     for q in rule.get("quotes") or [] if renamed.get(q.get("speaker"), q.get("speaker")) in known]
    return rec
