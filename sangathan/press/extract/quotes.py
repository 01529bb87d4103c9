"""Reported speech: "X ने कहा कि <quote>" and headlines of the form "<quote> : X"."""
from __future__ import annotations

import re

from .normalise import fold, key
from .people import Entity, Sentence
from .roles import _backward, pronoun_subject, subject_group

_HEADLINE = re.compile(r"^(?P<quote>[^:：]{12,}?)\s*[:：]\s*(?P<rest>\S.*)$")
_TRAIL = "।|.,;:-–— "
# "उन्होंने अपने संबोधन / उद्बोधन में कहा कि": the speech noun stands between pronoun and verb
_SPEECH_NOUNS = {key(w) for w in "संबोधन सम्बोधन उद्बोधन उदबोधन उध्बोधन भाषण वक्तव्य अपने अपनी".split()}


_RUN_ON = re.compile(r"\s(?:उन्होंने|उन्होने|इन्होंने|इन्होने)\s+(?:आगे\s+|यह\s+भी\s+|साथ\s+ही\s+)?कहा\s*(?:कि|की)?\s*[,:]?\s+")


def run_on(text: str) -> list[str]:
    """The speeches of one unpunctuated run: "A … उन्होंने कहा कि B" is A and B."""
    return [clean_quote(p) for p in _RUN_ON.split(text)] if _RUN_ON.search(text) else [text]


def clean_quote(text: str) -> str:
    return fold(text).strip(_TRAIL).strip("\"'“”‘’ ").strip(_TRAIL)


def speaker_of(s: Sentence) -> Entity | None:
    """The entity that says the reported speech of sentence ``s``."""
    group = speakers_of(s)
    return group[-1] if group else None


def _joint(s: Sentence, group: list[Entity]) -> list[Entity]:
    """"X व Y ने कहा कि", "A, B, C समेत का कहना है कि": a subject of several people says the speech
    together. Not a list whose items carry parts ("मुख्य अतिथि A, विशिष्ट अतिथि B, जिला अध्यक्ष C
    ने कहा": the nearest, C, speaks), nor people who are not named."""
    if len(group) < 2:
        return group
    units = s.units
    first = min(p for p, e in s.entities.items() if e is group[0])
    j = int(first) - 1
    while j >= 0 and units[j].kind in ("POST", "HON"):
        j -= 1
    if j >= 0 and units[j].kind == "CUE":
        return group[-1:]
    if any(e.kind != "name" for e in group):
        return group[-1:]
    # each member set off from the next by a comma or a join ("डॉ. A B": one person)
    pos = [int(min(p for p, x in s.entities.items() if x is e)) for e in group]
    for x, y in zip(pos, pos[1:]):
        if not any(units[k].kind in ("COMMA", "JOIN") for k in range(x + 1, y)):
            return group[-1:]
    return group


def speakers_of(s: Sentence) -> list[Entity]:
    """The entities that say the reported speech of sentence ``s`` (one, or a joint subject)."""
    if s.quote_unit is None:
        return []
    c = s.quote_unit - 1
    agents = [i for i in range(c) if s.units[i].kind == "AGENT"]
    if agents:
        group = subject_group(s, agents[-1])
        if group:
            return _joint(s, group)
    # "उन्होंने कहा कि", "उनका कहना है कि", "सभा अध्यक्ष का कहना है"
    j = c - 1
    while j >= 0 and (s.units[j].kind in ("GEN", "STOP") or key(s.units[j].words[0]) in _SPEECH_NOUNS) and \
            key(s.units[j].words[0]) not in ("उन्होंने", "उन्होने", "इन्होंने", "उनका", "उनकी", "उनके"):
        j -= 1
    group = _backward(s, j + 1) if j >= 0 else []
    if group:
        return _joint(s, group)
    # "उन्होंने … की अपील की और कहा कि": the pronoun is the subject across the clause
    pro = pronoun_subject(s, s.quote_unit)
    return [pro] if pro is not None else []


# "<quote> - <name>", "<quote>-<name>", "<quote>, <name>": the name (or post) closes the line
_HEADLINE_TAIL = re.compile(r"^(?P<quote>.{12,}?)\s*(?:[-–—]|,)\s*(?P<rest>[^-–—,:：।|.!?]{2,60}?)\s*$")
_TAIL_WORDS = 4


def headline_quote(line: str, comma: bool = True) -> tuple[str, str] | None:
    """("<quote>", "<name words>") for a headline "<quote> : <name> …" or a line that ends in
    "- <name>" / ", <name>", else None."""
    m = _HEADLINE.match(line.strip())
    if m and len(m.group("quote").split()) >= 3:
        return clean_quote(m.group("quote")), m.group("rest")
    t = line.strip().strip("-–—*• ").strip()
    m = _HEADLINE_TAIL.match(t)
    if m and not comma and t[m.end("quote"):m.start("rest")].strip() == ",":
        return None  # in the body, "…, <name>" ends a list of names
    if not m or len(m.group("quote").split()) < 3 or len(m.group("rest").split()) > _TAIL_WORDS:
        return None
    return clean_quote(m.group("quote")), m.group("rest")
