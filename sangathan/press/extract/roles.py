"""Give roles to the entities of a sentence from the role cues around them.

Three grammatical shapes cover the genre:
- subject + ने/द्वारा + predicate ("X ने संबोधित किया", "X द्वारा स्वागत किया गया"),
- genitive ("X की अध्यक्षता में", "X के आह्वान पर"),
- a cue noun with its holders after or before it ("मुख्य अतिथि X थे", "अध्यक्षता X तथा संचालन Y ने
  किया", "X मुख्य अतिथि के तौर पर उपस्थित रहे").
"""
from __future__ import annotations

from . import lexicon as L
from .normalise import key
from .people import Entity, Sentence

_oid = id

_SUBJECT_FILLER = {key(w) for w in "आदि इत्यादि सहित समेत भी सभी अन्य कई अधिक ज्यादा लगभग करीब से".split()}
_BACKWARD_FILLER = {key(w) for w in "आदि सहित समेत भी बतौर".split()}


def _entities_at(s: Sentence, lo: float, hi: float) -> list[Entity]:
    """Entities with unit position in the open interval (lo, hi), outside reported speech."""
    out = []
    for pos in sorted(s.entities):
        if lo < pos < hi and not s.entities[pos].in_quote:
            e = s.entities[pos]
            if not out or out[-1] is not e:
                out.append(e)
    return out


def _possessor(units, i: int) -> bool:
    """The name at unit i is a possessor: "X का/की/के", "X जी के"."""
    j = i + 1
    if j < len(units) and units[j].kind == "JI":
        j += 1
    return j < len(units) and units[j].kind == "GEN"


def _at(s: Sentence, i: int) -> list[Entity]:
    return _entities_at(s, i - 0.001, i + 0.5)


_GROUP_TAIL = {key(w) for w in "सहित समेत आदि इत्यादि".split()}
_TAIL_SPAN = 5  # "… सहित दर्जनों कार्यकर्ता ने": at most this many units of a group noun phrase


def _past_group_tail(s: Sentence, j: int) -> int:
    """"A, B सहित दर्जनों कार्यकर्ता ने / उपस्थित थे": the index of the tail word (सहित, आदि)
    when the units from it to ``j`` are a generic group ("दर्जनों कार्यकर्ता", "अन्य लोग") with
    no entity and no clause mark in it; else ``j`` unchanged."""
    for k in range(j, max(-1, j - _TAIL_SPAN), -1):
        u = s.units[k]
        if _at(s, k) or u.kind in ("CUE", "AGENT", "POST") or (u.kind == "PUNCT" and u.words[0] in "।|"):
            return j
        if u.kind == "STOP" and key(u.words[0]) in _GROUP_TAIL:
            return k if k < j else j
    return j


def _past_members_of(s: Sentence, j: int) -> int:
    """"A, B, C, … यूनियन के सदस्यों ने": the members of a body closing a list of names are not
    named; the index of the comma before that phrase (the list goes on before it), else ``j``."""
    units = s.units
    if not (j >= 2 and units[j].kind == "STOP" and key(units[j].words[0]).endswith(("ों", "ओं")) and
            units[j - 1].kind == "GEN" and units[j - 2].kind == "POST"):
        return j
    for k in range(j - 2, max(-1, j - 16), -1):
        u = units[k]
        if u.kind == "COMMA":
            return k if k > 0 else j
        if u.kind not in ("POST", "NAME", "JOIN", "STOP") and not (u.kind == "PUNCT" and u.words[0] == "-"):
            return j
    return j


def subject_group(s: Sentence, a: int) -> list[Entity]:
    """Entities forming the subject that ends right before the agent marker at unit ``a``."""
    units = s.units
    j = a - 1
    if j >= 0 and units[j].kind == "GEN" and key(units[a].words[0]) == "द्वारा":
        j -= 1  # "X के द्वारा"
    j = _past_group_tail(s, j)
    j = _past_members_of(s, j)
    group: list[Entity] = []
    while j >= 0:
        u = units[j]
        ents = _at(s, j)
        if u.kind == "PUNCT" and u.words[0] == ")" and not ents:
            # "X (केंद्रीय सदस्य, पार्टी का नाम) तथा Y (…) ने": a bracket qualifies the name before it
            k = next((k for k in range(j - 1, max(-1, j - 12), -1) if s.units[k].words[0] in "()"), None)
            if k is not None and s.units[k].words[0] == "(" and not _entities_at(s, k, j):
                j = k - 1
                continue
        if ents:
            group = ents + group
        elif u.kind in ("POST", "HON", "JI", "COMMA", "JOIN", "NAME") or (u.kind == "PUNCT" and u.words[0] in "()"):
            pass
        elif u.kind == "STOP" and (key(u.words[0]) in _SUBJECT_FILLER or key(u.words[0]).endswith(("ों", "ओं")) or
                                   key(u.words[0]).isdigit()):
            pass
        elif group and _inner_genitive(s, j):
            pass  # "…, सी फाउंडेशन के निदेशक A और कॉलेज के डॉ. B ने": the body of a listed name's post
        elif group and u.kind == "STOP" and 0 < j < len(units) - 1 and units[j + 1].kind == "POST" and \
                units[j - 1].kind in ("JOIN", "COMMA"):
            pass  # "…, A और हम जिलाध्यक्ष B ने": a party's short name before the post
        else:
            break
        j -= 1
    return group


def _inner_genitive(s: Sentence, j: int) -> bool:
    """The genitive at unit j joins a body (not a person) to the post or title of the name after it."""
    units = s.units
    return units[j].kind == "GEN" and j + 1 < len(units) and units[j + 1].kind in ("POST", "HON") and \
        j >= 1 and units[j - 1].kind in ("POST", "NAME") and not _at(s, j - 1)


_EVENT_OBJECT = {key(w) for w in "बैठक कार्यक्रम समारोह सम्मेलन महासम्मेलन सभा मीटिंग गोष्ठी संगोष्ठी अधिवेशन शिविर "
                                  "कार्यशाला रैली वेबिनार".split()}
_DEMONSTRATIVE = {key(w) for w in "इस उक्त आज".split()}


def event_object(s: Sentence) -> int | None:
    """"(इस) बैठक को A, B, C … ने संबोधित किया": the index of the "को" after the event noun that
    opens the sentence (the object of the address, the speakers follow it), else None."""
    units = s.units
    j = 0
    while j < len(units) and j < 2 and units[j].kind == "STOP" and key(units[j].words[0]) in _DEMONSTRATIVE:
        j += 1
    if j + 1 < len(units) and len(units[j].words) == 1 and key(units[j].words[0]) in _EVENT_OBJECT and \
            units[j + 1].kind == "STOP" and key(units[j + 1].words[0]) == "को":
        return j + 1
    return None


_ERGATIVE_PRONOUNS = {key(w) for w in "उन्होंने उन्होने इन्होंने इन्होने".split()}


def pronoun_subject(s: Sentence, c: int) -> Entity | None:
    """"उन्होंने … पर जोर दिया / कहा": the ergative pronoun before unit c when no agent and no other
    person stands between them."""
    for pos in sorted(s.entities, reverse=True):
        if pos >= c:
            continue
        e = s.entities[pos]
        if e.kind == "pronoun" and key(e.text) in _ERGATIVE_PRONOUNS and not e.in_quote:
            if any(s.units[x].kind == "AGENT" for x in range(int(pos) + 1, c)):
                return None
            return e
        if not e.in_quote and not _possessor(s.units, int(pos)):
            return None
    return None


_TITLE_ROLES = {"chief_guest", "special_guest", "key_speaker", "speaker"}


def _plain_object_clause(s: Sentence, k: int, a: int) -> bool:
    """Between the event's "को" and the agent only names, posts and guest titles (no act of another
    part, no second clause)."""
    return not any((u.kind == "CUE" and u.value[0] not in _TITLE_ROLES) or
                   (u.kind == "PUNCT" and u.words[0] in "।|") for u in s.units[k + 1:a])


def object_list(s: Sentence, k: int, a: int) -> list[Entity]:
    """The people named between the event's "को" (unit k) and the agent or cut (unit a); a possessor
    ("X के पुत्र") is not one of them, "X के अलावा A, B ने" names X too."""
    out = []
    for e in _entities_at(s, k, a):
        pos = next(p for p, x in s.entities.items() if x is e)
        nxt = int(pos) + 1
        if _possessor(s.units, int(pos)) and not (
                nxt + 1 < len(s.units) and key(s.units[nxt + 1].words[0]) in ("अलावा", "अतिरिक्त")):
            continue
        out.append(e)
    return out


def _backward(s: Sentence, c: int) -> list[Entity]:
    group: list[Entity] = []
    j = _past_group_tail(s, c - 1)
    while j >= 0:
        u = s.units[j]
        ents = _at(s, j)
        if ents:
            group = ents + group
        elif u.kind in ("POST", "HON", "JI", "COMMA", "JOIN", "NAME") or (u.kind == "PUNCT" and u.words[0] in "()"):
            pass
        elif u.kind == "GEN" and group and j + 1 < len(s.units) and s.units[j + 1].kind == "POST" and \
                j >= 1 and s.units[j - 1].kind in ("POST", "NAME") and not _at(s, j - 1):
            pass  # "… मेरठ बार के सह सचिव X": the genitive inside the post of a listed name
        elif u.kind == "STOP" and key(u.words[0]) in _BACKWARD_FILLER:
            pass
        else:
            break
        j -= 1
    return group


_INCLUDED = {key(w) for w in "शामिल सम्मिलित".split()}
_MADE = {key(w) for w in "किया किए किये की कर करके करने करा कराया कराए".split()}
_BESIDES = {key(w) for w in "अलावा अतिरिक्त सहित समेत साथ".split()}
_CLAUSE_BREAK = {key(w) for w in "जिसमें जिसमे जिनमें जहां जहाँ जिसकी जिसके जबकि".split()}
_RITUAL = {key(w) for w in "माल्यार्पण प्रज्वलन प्रज्वलित वंदना शुभारंभ उद्घाटन".split()}
_INVOKE = {key(w) for w in "आह्वान आवाहन आव्हान".split()}
_TAKING = {key(w) for w in "लेकर मिलाकर".split()}


def _attendance_group(s: Sentence, c: int, lo: int) -> list[Entity]:
    """People listed as present before "उपस्थित रहे": back to the previous cue or clause break.

    A person named only as a possessor ("X के आवास पर") is not in the list.
    """
    start = lo
    for j in range(_past_group_tail(s, c - 1), lo, -1):
        u = s.units[j]
        if (u.kind == "STOP" and key(u.words[0]) in _CLAUSE_BREAK) or (u.kind == "PUNCT" and u.words[0] in "।|"):
            start = j
            break
    out = []
    for e in _entities_at(s, start, c):
        pos = next(p for p, x in s.entities.items() if x is e)
        nxt = int(pos) + 1
        if nxt < len(s.units) and s.units[nxt].kind == "GEN" and \
                not (nxt + 1 < len(s.units) and s.units[nxt + 1].kind == "CUE"):
            continue
        out.append(e)
    return out


_ACTS = {"vote_of_thanks", "welcome", "moderator", "presided"}
_TOWARDS = {key(w) for w in "प्रति".split()}


def _genitive_owner(s: Sentence, c: int) -> list[Entity] | None:
    """For a cue preceded by "X का/की/के (adjective)", the entities X; else None."""
    j = c - 1
    skipped = 0
    while j >= 0 and s.units[j].kind == "STOP" and skipped < 2 and key(s.units[j].words[0]) != "कि":
        if key(s.units[j].words[0]) in _TOWARDS:
            return None  # "X के प्रति आभार": X is thanked, not thanking
        if key(s.units[j].words[0]) in _PREMISES:
            return None  # "X के निवास पर आयोजित": X owns the place, the act is not X's
        j -= 1
        skipped += 1
    # ("X कि अध्यक्षता में": की written as कि)
    if j < 1 or not (s.units[j].kind == "GEN" or key(s.units[j].words[0]) == "कि"):
        return None
    k = j - 1
    if s.units[k].kind == "JI":
        k -= 1
    if k >= 0 and s.units[k].kind == "POST" and not _at(s, k):
        k -= 1
    if k < 0 or not _at(s, k):
        return []
    return _backward(s, k + 1)


_PREMISES = {key(w) for w in "निवास आवास घर मकान कोठी प्रतिष्ठान फार्म हाउस कार्यालय दफ्तर".split()}


def _present_object(units, c: int) -> bool:
    """"उपस्थित सदस्यों को / से", "मंचासीन अतिथियों द्वारा": the presence word describes the plural
    noun after it, the object or the unnamed subject of another act."""
    if c + 1 < len(units) and units[c + 1].kind == "CUE" and units[c + 1].value[1] == "noun" and \
            key(units[c + 1].words[-1]).endswith(("ों", "ओं")):
        return True
    return c + 2 < len(units) and units[c + 1].kind == "STOP" and \
        key(units[c + 1].words[0])[-2:] in ("ों", "ओं") and key(units[c + 2].words[0]) in ("को", "से", "ने", "नें", "द्वारा")


def assign(s: Sentence) -> list[tuple[Entity, str]]:
    """Return (entity, role) pairs for one sentence."""
    units = s.units
    limit = s.quote_unit if s.quote_unit is not None and not s.soft_quote else len(units)
    cues = [i for i in range(limit) if units[i].kind == "CUE"]
    agents = [i for i in range(limit) if units[i].kind == "AGENT"]
    out: list[tuple[Entity, str]] = []
    boundaries = sorted(set(cues + agents))

    def next_boundary(c: int) -> int:
        return min([b for b in boundaries if b > c] + [limit])

    def prev_boundary(c: int) -> int:
        return max([b for b in boundaries if b < c] + [-1])

    def agent_subject(c: int, objects_ok: bool = False) -> list[Entity]:
        """Subject of the ने/द्वारा clause whose predicate holds the cue at unit c.

        Walks back over agents whose subject is not a person ("सरकार द्वारा किए गए … चर्चा की");
        a genitive object between agent and cue ("X द्वारा मुख्य अतिथि का अभिनंदन") is fine.
        """
        for a in reversed([a for a in agents if a < c]):
            if any(key(w) == "कि" or key(w) in _CLAUSE_BREAK for k in range(a + 1, c) for w in units[k].words):
                return []  # "X ने बताया कि … आयोजित किया गया", "X ने … चर्चा की, जिसमें … उपस्थित रहे":
                # X is not the subject of the कि / relative clause
            between = [pos for pos in s.entities if a < pos < c and not s.entities[pos].in_quote]
            if any(not _possessor(units, int(pos)) for pos in between) and not \
                    (objects_ok and not any(units[k].kind in ("CUE", "AGENT") for k in range(a + 1, c))):
                return []  # (but "A ने B स्वागत किया": B, without का, is still the object)
            if _body_agent(s, a):
                continue  # "… पार्टी द्वारा आयोजित": a body, not the person named before it
            group = subject_group(s, a)
            if group:
                return group
        return []

    rituals = [c for c in cues if key(units[c].words[-1]) in _RITUAL]
    for c in cues:
        role, kind = units[c].value
        if role == "speaker" and key(units[c].words[0]) in _INVOKE and any(r < c for r in rituals):
            continue  # "सरस्वती वंदना करके माँ शारदे का आवाहन": a ritual, not a speech
        if role == "speaker" and key(units[c].words[0]) == "बताया":
            continue  # "X ने बताया कि …": X informed the paper (a source), not a speech at the event
        if role == "attendee" and key(units[c].words[-1]) in _INCLUDED and c + 1 < len(units) and \
                key(units[c + 1].words[0]) in _MADE and not any(a < c and key(units[a].words[0]) == "ने" for a in agents):
            continue  # "टीम में शामिल किए जाएंगे": included (appointed), not present ("X ने … शामिल किया": X was)
        if role == "attendee" and _present_object(units, c):
            continue  # "X ने उपस्थित सदस्यों को …": the present are the object, X is the subject of another act
        if role == "organiser" and key(units[c].words[-1]) == "आयोजित" and _attributive(s, c, agents):
            # "X ने … सभागार में आयोजित सम्मेलन में विचार व्यक्त किए": the event's participle; but
            # "जिलाध्यक्ष X द्वारा आयोजित बैठक": the participle's own agent, named right before it
            out.extend((e, role) for e in _participle_agent(s, c, agents))
            continue
        if kind == "gen":
            owner = _genitive_owner(s, c)
            if not owner:
                # "रैली का नेतृत्व X व Y ने किया": the holders follow and are the agent
                nb = next_boundary(c)
                if nb < limit and units[nb].kind == "AGENT":
                    owner = _entities_at(s, c, nb)
        if kind == "gen":
            for e in owner or []:
                out.append((e, role))
            continue
        owner = _genitive_owner(s, c)
        if owner and key(units[c].words[-1]) in _RITUAL_HONOUR:
            out.extend((e, role) for e in agent_subject(c))  # "A ने X के चित्र पर …": A did it
            continue
        if owner:
            if role in ("welcome", "chief_guest", "special_guest"):
                if role == "welcome":  # "X का स्वागत": X is welcomed (present), not welcoming
                    out.extend((e, "attendee") for e in owner)
                owner = None
            else:
                for e in owner:
                    out.append((e, role))
                continue
        if kind == "noun" and _guests_as_object(s, c):
            continue  # "X ने सभी अतिथियों का स्वागत किया": the guests are the object, X is no guest
        if kind == "noun" and c >= 1 and key(units[c - 1].words[0]) in _OTHERS:
            continue  # "मुख्य अतिथि X समेत अन्य अतिथियों ने": the others are not named
        if kind == "noun":
            nb = next_boundary(c)
            # "विशिष्ट अतिथि के तौर पर उपस्थित रहे X एवं Y ने …": look past the presence verb
            while nb < limit and nb - c <= 5 and units[nb].kind == "CUE" and units[nb].value[0] == "attendee":
                nb = next_boundary(nb)
            # "अध्यक्षता और संचालन X ने किया": two parts joined before one holder
            if nb == c + 2 and units[c + 1].kind == "JOIN" and units[nb].kind == "CUE" and units[nb].value[1] == "noun":
                nb = next_boundary(nb)
            # "X ने स्वागत की औपचारिकता पूरी की जबकि … Y ने …": the holder is not past a clause break
            brk = next((k for k in range(c + 1, nb) if units[k].kind == "STOP" and key(units[k].words[0]) in _CLAUSE_BREAK), None)
            if brk is not None:
                nb = brk
            # "मुख्य अतिथि X के अलावा A, B ने संबोधित किया": the part is X's alone
            brk = next((k for k in range(c + 1, nb) if units[k].kind == "STOP" and
                        key(units[k].words[0]) in _BESIDES and _entities_at(s, k, nb)), None)
            if brk is not None:
                nb = brk
            group = _entities_at(s, c, nb)
            if c + 1 < limit and key(units[c + 1].words[0]) in _MADE and any(a < c for a in agents):
                # "X ने सभी का स्वागत किया तथा …": the act is done, its holder is the subject before it
                group = []
            if not group and role == "welcome":
                group = agent_subject(c, objects_ok=True)
                if group:
                    a = max(x for x in agents if x < c)
                    out.extend((e, "attendee") for e in _entities_at(s, a, c))  # the welcomed were there
            # ("विशिष्ट अतिथि दिवाकर वै…": a holder the page cut is still after the cue, not before it)
            cut_holder = c + 1 < limit and units[c + 1].kind in ("NAME", "HON")
            if not group and c >= 3 and key(units[c - 2].words[0]) == "को" and key(units[c - 1].words[0]) in _TAKING:
                group = _backward(s, c - 2)  # "A, B और C को लेकर अध्यक्ष मंडल का गठन": its members
            group = group or agent_subject(c) or ([] if cut_holder else _backward(s, c))
            if not group and role in _ACTS:
                pro = pronoun_subject(s, c)  # "उन्होंने … के प्रति आभार व्यक्त किया"
                group = [pro] if pro is not None else []
        else:  # verb
            group = []
            if role == "attendee" and c + 1 < limit and (units[c + 1].kind in ("POST", "HON") or _at(s, c + 1)):
                # "सभागार में उपस्थित पूर्व अध्यक्ष A, B, C": the participle before its holders
                group = _entities_at(s, c, next_boundary(c))
            group = group or agent_subject(c)
            if role == "speaker" and group:
                k = event_object(s)
                a = max([x for x in agents if x < c], default=-1)
                if k is not None and k < a and _plain_object_clause(s, k, a):
                    group = object_list(s, k, a) or group
            if not group and role == "speaker":
                pro = pronoun_subject(s, c)
                group = [pro] if pro is not None else []
            if not group and role not in ("organiser",):
                group = _attendance_group(s, c, prev_boundary(c)) if role == "attendee" else _backward(s, c)
                if not group and role in ("attendee", "speaker") and \
                        not (role == "speaker" and s.quote_unit is not None and s.quote_unit <= c + 1):
                    # (the names after "… ने बताया कि" / "कहा कि" are in the reported speech)
                    nb = next_boundary(c)
                    group = _entities_at(s, c, nb)
        for e in group:
            out.append((e, role))
    out.extend(_honoured(s, limit, agents))
    out.extend(_copula_list(s, limit, boundaries))
    out.extend(_conveners(s, limit))
    out.extend(made_it_succeed(s, limit))
    out.extend(_plain_speakers(s, limit, agents, out))
    return out


def portrait_owners(s: Sentence) -> list[Entity]:
    """"X व Y के चित्र पर माल्यार्पण": X and Y are honoured, not present (a portrait, a statue).
    The extractor drops every part `assign` gives them in the sentence ("शुभारंभ X के चित्र पर
    माल्यार्पण कर", "मुख्य अतिथि A, X के चित्र पर …") and marks them as only mentioned."""
    units = s.units
    limit = s.quote_unit if s.quote_unit is not None and not s.soft_quote else len(units)
    return [e for c in range(limit) if units[c].kind == "CUE" and key(units[c].words[-1]) in _RITUAL_HONOUR
            for e in _genitive_owner(s, c) or []]


_SUCCEED = {key(w) for w in "सफल सफलतापूर्वक".split()}
_MAKING = {key(w) for w in "बनाने बनाकर".split()}
_CONTRIBUTION = {key(w) for w in "योगदान भूमिका सहयोग".split()}


def made_it_succeed(s: Sentence, limit: int) -> list[tuple[Entity, str]]:
    """"कार्यक्रम को सफल बनाने में A, B और C का विशेष योगदान रहा", "रैली को सफल बनाने में A, B …
    ने अहम भूमिका निभाई": those who made the event a success organised it."""
    words = [(k, key(w)) for k in range(limit) for w in s.units[k].words]
    at = next((x for x in range(len(words) - 2) if words[x][1] in _SUCCEED and words[x + 1][1] in _MAKING and
               words[x + 2][1] in _LOCATIVE_IN), None)
    if at is None:
        return []
    start = words[at + 2][0]
    # the contribution noun closes the list ("… का योगदान रहा"); a sentence the page cut ends with the list
    end = next((k for k, w in words[at + 3:] if w in _CONTRIBUTION), None)
    if end is None and any(w in _THANKS_WORDS for _, w in words[at + 3:]):
        return []  # "… सफल बनाने में सहभागिता के लिए सबका आभार": thanks, no names of organisers
    end = limit if end is None else end
    return [(e, "organiser") for e in _entities_at(s, start, end) if not e.in_quote]


_LOCATIVE_IN = {key(w) for w in "में मे".split()}
_THANKS_WORDS = {key(w) for w in "आभार धन्यवाद".split()}


# what a ने-subject does at the event that is not speaking to it: rituals (lamp, garland, flag,
# prayer), inaugurating, honouring, welcoming, giving things out, oaths, appointing and electing,
# handing over a memorandum, reciting or singing, inviting, and telling the paper (a source)
# (the acts of _PERFORMED put the subject at the event: an attendee, as the dev gold has inaugurators)
_PERFORMED = {key(w) for w in (
    "दीप दीपक प्रज्वलन प्रज्वलित प्रज्ज्वलित प्रज्ज्वलन माल्यार्पण पुष्प पुष्पांजलि श्रद्धांजलि श्रद्धासुमन अर्पित "
    "वंदना वन्दना पूजन पूजा ध्वजारोहण ध्वज झंडा झण्डा फहराया फहराकर फहरा तिरंगा फीता झंडोत्तोलन "
    "उद्घाटन शुभारंभ शुभारम्भ लोकार्पण अनावरण शपथ काव्य कविता कविताएं कविताएँ कविताओं गीत गीतों भजन गायन "
    "रचना रचनाएं रचनाएँ रचनाओं ग़ज़ल गजल ग़ज़लें गजलें दोहे दोहा मुक्तक छंद शायरी नज़्म लघुकथा "
    "सुनाई सुनाईं सुनाया सुनाए सुनाये सुनाकर नृत्य "
    "आमंत्रित न्योता प्रारंभ प्रारम्भ आरंभ आरम्भ शुरू शुरुआत").split()}
_NOT_SPEECH = _PERFORMED | {key(w) for w in (
    "सम्मानित सम्मान अभिनंदन अभिनन्दन स्वागत वितरण वितरित बांटे बांटी बांटा भेंट पहनाकर ओढ़ाकर "
    "नियुक्त मनोनीत निर्वाचित चुना चुने चुनी चयन चयनित गठन गठित घोषित "
    "ज्ञापन सौंपा सौंपी सौंपे दौरा निरीक्षण "
    "आयोजन आयोजित मनाई मनाया मनाए मनाये").split()}
# a light verb alone says nothing: the act is a noun before the subject ("वंदना X ने प्रस्तुत की",
# "यह जानकारी X ने दी")
_LIGHT = {key(w) for w in "दी दिया दिए दिये प्रस्तुत पूरी पूर्ण संपन्न सम्पन्न".split()}
# "X ने बताया (कि) …", "X ने यह जानकारी दी": the report's source; but "जानकारी देते हुए … अपील
# की" and "कार्यकर्ताओं को … की बारीकियाँ बताया" are said to the meeting
_SOURCE = {key(w) for w in "बताया बतलाया जानकारी सूचना".split()}
# the first person belongs to reported speech, not to the report's narration
_FIRST_PERSON = {key(w) for w in "हमारे हमारी हमारा हमें हमने मैं मेरे मेरी मेरा मुझे".split()}


_AUDIENCE = {key(w) for w in "सभी सबको उपस्थित मौजूद".split()}


def _audience(pred: list) -> bool:
    """"कार्यकर्ताओं को … बताया", "उपस्थित सदस्यों को … जानकारी दी": told the meeting (a speech),
    not the paper (a source)."""
    for u, v in zip(pred, pred[1:]):
        w = key(u.words[-1])
        if key(v.words[0]) == "को" and (w.endswith(("ों", "ओं")) or w in _AUDIENCE):
            return True
    return False


# papers laid before a meeting: presenting one addresses it ("आय-व्यय का ब्योरा X ने प्रस्तुत किया")
_DOCUMENTS = {key(w) for w in "प्रस्ताव प्रतिवेदन लेखा लेखाजोखा ब्योरा ब्यौरा व्योरा विवरण एजेंडा रिपोर्ट".split()}


def _clause_before(s: Sentence, a: int) -> list[str]:
    """Words of the clause before the subject of the agent at unit a (from the previous agent,
    cue or sentence mark)."""
    out: list[str] = []
    for u in reversed(s.units[:a]):
        if u.kind in ("AGENT", "CUE") or (u.kind == "PUNCT" and u.words[0] in "।|."):
            break
        out.extend(key(w) for w in u.words)
    return out


def _plain_speakers(s: Sentence, limit: int, agents: list[int],
                    given: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """"X ने संगठन की मजबूती पर बल दिया", "X ने कार्यकर्ताओं के काम की सराहना की": a ने-subject
    whose predicate holds no role cue and no act other than speech (:data:`_NOT_SPEECH`) addressed
    the event. The predicate must say something (not "अध्यक्षता X ने की", whose part is the noun
    before the subject), and a subject already given a part it performs (presided, moderator …)
    keeps only that part."""
    units = s.units
    out: list[tuple[Entity, str]] = []
    acted = {_oid(e) for e, role in given if role not in ("attendee", "chief_guest", "special_guest", "key_speaker")}
    subjects = [a for a in agents if key(units[a].words[0]) in ("ने", "नें")]
    subjects += [int(p) for p, e in s.entities.items() if e.kind == "pronoun" and p < limit and
                 key(e.text) in _ERGATIVE_PRONOUNS and not e.in_quote]
    for a in sorted(subjects):
        end = min([x for x in agents if x > a] + [limit])
        end = next((k for k in range(a + 1, end) if units[k].kind == "STOP" and
                    key(units[k].words[0]) in _CLAUSE_BREAK), end)  # "…, जिसमें सभी उपस्थित रहे"
        pred = units[a + 1:end]
        if any(u.kind == "CUE" and not (u.value[0] == "attendee" and _present_object(units, a + 1 + i))
               for i, u in enumerate(pred)):
            continue
        words = [key(w) for u in pred if u.kind != "PUNCT" for w in u.words]
        content = [w for w in words if w not in _FINITE and w not in _LIGHT]
        if not content and any(w in _DOCUMENTS for w in _clause_before(s, a)):
            content = ["प्रस्तुत"]  # "राजनीतिक प्रस्ताव X ने प्रस्तुत किया": presenting a paper to the meeting
        elif not content and any(key(w) in _PERFORMED for u in units[:a] for w in u.words):
            # "दीप प्रज्वलन मुख्य अतिथि X के साथ A, B आदि ने किया": the rite fronted before its doers
            content = words = ["प्रज्वलन"]
        if content and any(w in _PERFORMED for w in words) and not any(w in _NOT_SPEECH - _PERFORMED for w in words):
            role = "attendee"  # "X ने दीप प्रज्वलित कर …", "X ने शपथ दिलाई", "X ने … को आमंत्रित किया"
        elif not content or any(w in _NOT_SPEECH for w in words):
            continue
        else:
            role = "speaker"
        if (content[0] in _SOURCE or content[-1] in _SOURCE) and not _audience(pred):
            continue
        if end == len(units) and not any(w in _FINITE or w in _LIGHT for w in words) and \
                (s.text.rstrip().endswith(("...", "…")) or not (units[-1].kind == "PUNCT" and units[-1].words[0] in "।|.!")):
            continue  # the page cut the predicate ("X ने स…")
        if any(key(w) in _FIRST_PERSON for u in units[:a] for w in u.words):
            continue
        if units[a].kind != "AGENT":
            out.append((s.entities[a], role))
            continue
        group = subject_group(s, a)
        k = event_object(s)
        if k is not None and k < a and _plain_object_clause(s, k, a):
            group = object_list(s, k, a) or group
        if any(_oid(e) in acted for e in group):
            continue
        out.extend((e, role) for e in group)
    return out


_FINITE = {key(w) for w in "किया की किए किये करवाया करवाई कराया कराई करेंगे करेगा करेगी करती करते करता गया गई गए गये "
                           "हुआ हुई हुए जाएगा जाएगी होगा होगी है हैं था थी थे".split()}


def _attributive(s: Sentence, c: int, agents: list[int]) -> bool:
    """"आयोजित" before a noun, not a verb, with "X ने" as the clause's subject: it describes the
    event ("… में आयोजित सम्मेलन"), it is not what X did."""
    units = s.units
    if c + 1 >= len(units):
        return False
    nxt = units[c + 1]
    if nxt.kind == "PUNCT" or key(nxt.words[0]) in _FINITE:
        return False
    before = [a for a in agents if a < c]
    return bool(before) and (key(units[before[-1]].words[0]) == "ने" or any(key(units[a].words[0]) == "ने"
                                                                           for a in before))


def _body_agent(s: Sentence, a: int) -> bool:
    """The agent at unit a has a body for its subject: "… समाज पार्टी द्वारा", "संघ ने"."""
    units = s.units
    j = a - 1
    while j >= 0 and units[j].kind in ("JI", "GEN"):
        j -= 1
    return j >= 0 and units[j].kind == "POST" and not units[j].has_head and not _at(s, j)


def _participle_agent(s: Sentence, c: int, agents: list[int]) -> list[Entity]:
    """"X द्वारा आयोजित <event>": X when the द्वारा right before the participle has a person right
    before it (not a body: "… पार्टी द्वारा आयोजित")."""
    units = s.units
    before = [a for a in agents if a < c]
    if not before or key(units[before[-1]].words[0]) != "द्वारा" or c - before[-1] > 4:
        return []
    a = before[-1]
    j = a - 1
    while j >= 0 and units[j].kind in ("JI", "GEN"):
        j -= 1
    return subject_group(s, a) if j >= 0 and _at(s, j) else []


_OTHERS = {key(w) for w in "अन्य".split()}
_GROUP_NOUNS = {key(w) for w in "गण गणों".split()}
_AS = {key(w) for w in "रूप रुप तौर".split()}  # (रुप: the common misspelling)


def _guests_as_object(s: Sentence, c: int) -> bool:
    """A plural guest/speaker noun followed by का/की/के/को and no name ("अतिथियों का स्वागत",
    "वक्ताओं को धन्यवाद"): not "मुख्य अतिथि के रूप में"."""
    units = s.units
    last = key(units[c].words[-1])
    if c + 1 >= len(units):
        return False
    nxt = units[c + 1]
    if key(nxt.words[0]) in _GROUP_NOUNS and c + 2 < len(units):
        c, nxt, last = c + 1, units[c + 2], "ों"  # "अतिथि गणों का स्वागत"
    if not (last.endswith("ों") or last.endswith("ओं")):
        # "X ने मुख्य अतिथि का अभिवादन करते हुए …": one guest greeted, named elsewhere, is the object
        return nxt.kind == "GEN" and c + 2 < len(units) and key(units[c + 2].words[0]) in _GREET_ACTS
    if not (nxt.kind == "GEN" or key(nxt.words[0]) == "को"):
        return False
    after = units[c + 2] if c + 2 < len(units) else None
    return not (after is not None and (key(after.words[0]) in _AS or _at(s, c + 2)))


_GREET_ACTS = {key(w) for w in "अभिवादन स्वागत अभिनंदन अभिनन्दन सम्मान".split()}
_CONVENER = {key(w) for w in "संयोजक आयोजक सहसंयोजक".split()}
_CONVENER_OK = _CONVENER | {key(w) for w in "सह उप मुख्य कार्यक्रम आयोजन समारोह शिविर सम्मेलन के का की".split()}


def _conveners(s: Sentence, limit: int) -> list[tuple[Entity, str]]:
    """"संयोजक X", "कार्यक्रम के संयोजक X": the convener of the event organised it. A convener
    of a body or a unit ("जिला संयोजक", "आईटी सेल प्रदेश संयोजक") holds a post, not this part."""
    out = []
    for pos in sorted(s.entities):
        e = s.entities[pos]
        if e.kind != "name" or e.in_quote or pos >= limit:
            continue
        i = int(pos)
        if i >= 3 and s.units[i - 1].kind == "POST" and s.units[i - 2].kind == "GEN" and \
                not set(key(w) for w in s.units[i - 3].words) & _CONVENER_OK:
            continue  # "पार्टी के संयोजक X": the convener of a body, not of the event
        for post in e.posts:
            ws = [key(w) for w in post.replace("-", " ").split()]
            if ws and set(ws) & _CONVENER and set(ws) <= _CONVENER_OK:
                out.append((e, "organiser"))
                break
    return out


_COPULA = {key(w) for w in "थे थीं थी रहे रहीं".split()}
_LIST_END = {key(w) for w in "आदि इत्यादि".split()}


def _copula_list(s: Sentence, limit: int, boundaries: list[int]) -> list[tuple[Entity, str]]:
    """"बैठक में A, B, C आदि थे", "…, D सहित कई पदाधिकारी थे": a list of names closed by a group
    tail and a bare copula (no presence word) names those present."""
    units = s.units
    c = limit - 1
    while c >= 0 and units[c].kind == "PUNCT":
        c -= 1
    if c < 2 or units[c].kind != "STOP" or key(units[c].words[0]) not in _COPULA:
        return []
    tail = None
    for k in range(c - 1, max(-1, c - 5), -1):
        u = units[k]
        if _at(s, k) or u.kind not in ("STOP", "POST"):
            break
        if u.kind == "STOP" and key(u.words[0]) in _LIST_END | _GROUP_TAIL:
            tail = k
            break
    if tail is None or not _at(s, tail - 1):
        return []
    lo = max([b for b in boundaries if b < c] + [-1])
    return [(e, "attendee") for e in _attendance_group(s, tail + 1, lo)]


_HONOUR = {key(w) for w in "सम्मानित".split()}
_OBJECT = {key(w) for w in "को".split()}
_RITUAL_HONOUR = {key(w) for w in "माल्यार्पण पुष्पांजलि श्रद्धांजलि".split()}


def _honoured(s: Sentence, limit: int, agents: list[int]) -> list[tuple[Entity, str]]:
    """"X, Y और Z को शॉल देकर सम्मानित किया गया": the honoured were present (attendee)."""
    units = s.units
    out: list[tuple[Entity, str]] = []
    for c in range(limit):
        if not (units[c].kind == "STOP" and key(units[c].words[0]) in _HONOUR):
            continue
        for k in range(c - 1, max(-1, c - 8), -1):
            u = units[k]
            if u.kind in ("CUE", "AGENT") or (u.kind == "PUNCT" and u.words[0] in "।|"):
                break
            if u.kind == "STOP" and key(u.words[0]) in _OBJECT:
                out.extend((e, "attendee") for e in _backward(s, k))
                break
    return out


_BYLINE_MAX_WORDS = 7
_REPORTER_TITLES = {key(w) for w in "पत्रकार रिपोर्टर संवाददाता प्रतिनिधि चीफ".split()}
_REPORT = {key(w) for w in "रिपोर्ट रिर्पोट".split()}


def reporter_line(s: Sentence) -> Entity | None:
    """A line that names the report's writer: "पत्रकार X", "ब्यूरो चीफ X", "रिपोर्टर, X।",
    "X (पत्रकार)", "(शहर से) X की रिपोर्ट"."""
    units = [u for u in s.units if not (u.kind == "PUNCT" and u.words[0] in "()।|.:-–—")]
    names = [(p, e) for p, e in s.entities.items() if e.kind == "name"]
    if len(names) != 1 or s.quote_unit is not None or not units or len(units) > 6:
        return None
    pos, e = names[0]
    i = next(k for k, u in enumerate(units) if u is s.units[int(pos)])
    before, after = units[:i], units[i + 1:]
    titled = lambda us: bool(us) and all(u.kind in ("POST", "STOP", "COMMA", "HON") for u in us) and \
        any(key(u.words[-1]) in _REPORTER_TITLES for u in us)
    if not after and titled(before):
        return e  # "पत्रकार X", "ब्यूरो चीफ X", "रिपोर्टर, X"
    if not before and titled(after):
        return e  # "X (पत्रकार)"
    if len(after) == 2 and after[0].kind == "GEN" and key(after[1].words[0]) in _REPORT and \
            all(u.kind in ("POST", "STOP", "NAME") and not _at(s, s.units.index(u)) for u in before) and len(before) <= 2:
        return e  # "X की रिपोर्ट", "शेखपुरा से X की रिपोर्ट"
    return None


def byline(s: Sentence) -> Entity | None:
    """A line near the top that is only a name, with the place, the date or a dash of a byline
    ("संजय शर्मा", "धु्रव नारंग — रूपनगर", "भुवन वर्मा बिलासपुर 17 जुलाई 2022"): the reporter."""
    names = [e for e in s.entities.values() if e.kind == "name"]
    if len(names) != 1 or s.quote_unit is not None:
        return None
    words = [t for t in s.toks if t.word]
    if not words or len(words) > _BYLINE_MAX_WORDS:
        return None
    pos = next(p for p, e in s.entities.items() if e is names[0])
    rest = [u for i, u in enumerate(s.units) if i != int(pos)]
    before = s.units[:int(pos)]
    if before and not (len(before) == 1 and before[0].kind == "HON") and not (
            any(u.kind == "COMMA" and u.words[0] == "/" for u in before) or
            any(key(w) in L.BYLINE_WORDS for u in before for w in u.words)):
        return None  # the name opens the line (or follows "रिपोर्ट", or "नगर /")
    # "X, नगर।": the name and one word (a town the gazetteer does not know) make the whole line
    if [u.kind for u in rest] in (["COMMA", "NAME", "PUNCT"], ["COMMA", "NAME"]) and len(rest[1].words) == 1:
        return names[0]
    outlet = False
    for u in rest:
        if outlet or u.kind in ("PUNCT", "COMMA", "HON") or all(w.isdigit() for w in u.words):
            continue
        ks = [key(w) for w in u.words]
        if all(k in L.MONTHS or k.isdigit() or L.PLACE_KIND.get(k) or k in L.NEWS_WORDS or k in L.BYLINE_WORDS
               or k in _DESK for k in ks):
            outlet = any(k in L.NEWS_WORDS for k in ks)  # "X / न्यूज 11 भारत": the outlet's name follows
            continue
        return None
    return names[0]


_DESK = {key(w) for w in "ब्यूरो डेस्क".split()}


def lead_byline(s: Sentence) -> Entity | None:
    """"X/ नगर/ <the report>": a name and a town set off by slashes open the first line."""
    units = s.units
    if len(units) < 4 or not _at(s, 0) or _at(s, 0)[0].kind != "name":
        return None
    if not (units[1].kind == "COMMA" and units[1].words[0] == "/" and units[3].words[0] in ("/", ":", "-", "–")):
        return None
    if not all(L.PLACE_KIND.get(key(w)) for w in units[2].words):
        return None
    return _at(s, 0)[0]
