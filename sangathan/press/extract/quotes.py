"""Reported speech: "X ने कहा कि <quote>" and headlines of the form "<quote> : X"."""
from __future__ import annotations

import re

from .normalise import fold, key
from .people import Entity, Sentence
from .roles import _backward, subject_group

_HEADLINE = re.compile(r"^(?P<quote>[^:：]{12,}?)\s*[:：]\s*(?P<rest>\S.*)$")
_TRAIL = "।|.,;:-–— "
# "उन्होंने अपने संबोधन / उद्बोधन में कहा कि": the speech noun stands between pronoun and verb
_SPEECH_NOUNS = {key(w) for w in "संबोधन सम्बोधन उद्बोधन उदबोधन उध्बोधन भाषण वक्तव्य अपने अपनी".split()}


def clean_quote(text: str) -> str:
    return fold(text).strip(_TRAIL).strip("\"'“”‘’ ").strip(_TRAIL)


def speaker_of(s: Sentence) -> Entity | None:
    """The entity that says the reported speech of sentence ``s``."""
    if s.quote_unit is None:
        return None
    c = s.quote_unit - 1
    agents = [i for i in range(c) if s.units[i].kind == "AGENT"]
    if agents:
        group = subject_group(s, agents[-1])
        if group:
            return group[-1]
    # "उन्होंने कहा कि", "उनका कहना है कि", "सभा अध्यक्ष का कहना है"
    j = c - 1
    while j >= 0 and (s.units[j].kind in ("GEN", "STOP") or key(s.units[j].words[0]) in _SPEECH_NOUNS) and \
            key(s.units[j].words[0]) not in ("उन्होंने", "उन्होने", "इन्होंने", "उनका", "उनकी", "उनके"):
        j -= 1
    group = _backward(s, j + 1) if j >= 0 else []
    return group[-1] if group else None


def headline_quote(line: str) -> tuple[str, str] | None:
    """("<quote>", "<name words>") for a headline "<quote> : <name> …", else None."""
    m = _HEADLINE.match(line.strip())
    if not m or len(m.group("quote").split()) < 3:
        return None
    return clean_quote(m.group("quote")), m.group("rest")
