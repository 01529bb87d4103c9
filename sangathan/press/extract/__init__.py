"""Rule-based extractor for Hindi press reports of organisational events.

``extract(text)`` turns one report into the record described in the press SCHEMA.md:
event scalars, the people named with their posts and roles, and their reported speech.
Pure Python; all word lists are data files in ``lexicon/``.
"""
from __future__ import annotations

import builtins
import re

from . import lexicon as L
from . import quotes as Q
from . import roles as R
from . import scalars as S
from .normalise import clean_cached, fix_devanagari, key, sentence_spans
from .people import Entity, Person, Sentence, find_entities, make_sentence, merge, post_tokens

__all__ = ["extract", "rules_extract"]

_DEV = re.compile("[\u0900-\u097f]")
_CONTINUATION = {key(w) for w in "के की का ने में से को द्वारा पर एवं तथा और".split()}
_SAID_FORMULA = {key(w) for w in "उद्गार उद्धगार उदगार विचार बातें बाते बात शब्द".split()}
_THESE = {key(w) for w in "उक्त उपरोक्त यह ये".split()}
_SAID_VERBS = {key(w) for w in "कही कहीं कहे कहें कहा व्यक्त रखे रखें".split()}
_LEADING_PLACE = re.compile(r"^\s*\([^()]{2,30}\)\s*[-–—:]+\s*")  # "(नगर)- …": a dateline before the speech


def _speech_before(sentences: list[Sentence], s: Sentence, doc: str):
    """"<speech>। उक्त उद्गार X ने … व्यक्त किए": (X, the speech) when ``s`` opens with the formula
    and the sentences before it in the paragraph (or the one before it) are the speech."""
    ks = [key(w) for u in s.units if u.kind != "PUNCT" for w in u.words]
    # "उक्त उद्गार X ने व्यक्त किए", "उपरोक्त शब्द X ने … कहें", "X ने यह बातें कहीं"
    if not any(a in _THESE and b in _SAID_FORMULA for a, b in zip(ks, ks[1:])) or \
            not any(k in _SAID_VERBS for k in ks):
        return None
    agent = next((i for i, u in enumerate(s.units) if u.kind == "AGENT"), None)
    group = R.subject_group(s, agent) if agent is not None else []
    if not group or group[-1].person is None:
        return None
    k = sentences.index(s)
    parts: list[str] = []
    for prev in reversed(sentences[max(0, k - 4):k]):
        if prev.quote_unit is not None or any(not e.in_quote for e in prev.entities.values()):
            break
        if re.search(r"\s--\s", prev.text):
            break  # a syndication dateline ("नगर, मार्च 7 -- नगर।")
        if len(prev.text.split()) >= 3:
            parts.insert(0, Q.clean_quote(_LEADING_PLACE.sub("", prev.text)))
        if "\n" in doc[max(0, prev.start - 2):prev.start]:
            break  # the paragraph starts here
    text = "। ".join(p for p in parts if p)
    return (group[-1], text) if text else None


def _names_a_body(name: str, doc: str) -> bool:
    """Every time the report writes ``name`` a body word follows it ("… ब्राह्मण समाज", "… साहू संघ")."""
    found = False
    for m in re.finditer(re.escape(name), doc):
        nxt = doc[m.end():m.end() + 30].split()
        if not nxt or key(nxt[0].strip("।,.:;()")) not in L.ORG_SUFFIXES:
            return False
        found = True
    return found


_PASSIVE = {key(w) for w in "गया गई गए गये जाता जाती जाते जाना".split()}
_SUBHEAD_WORDS = 16  # a body line this short without a sentence mark can be a sub-headline
_QUOTE_MAX = 600  # characters of one speech across its sentences
_STATEMENT_WORDS = {key(w) for w in "बयान ब्यान विज्ञप्ति प्रेसविज्ञप्ति".split()}
_ROLE_POSTS = {  # a post-only reference can also name a part in the programme
    "presided": {"अध्यक्ष", "सभा", "सभाध्यक्ष", "अध्यक्षता"},
    "chief_guest": {"मुख्य", "अतिथि"},
    "key_speaker": {"मुख्य", "वक्ता"},
    "special_guest": {"विशिष्ट", "अतिथि"},
}
_GUESTS = {key(w) for w in "अतिथियों अथितियों अतिथिगण अतिथिगणों".split()}  # the guests, all of them
_GUEST_ROLES = {"chief_guest", "special_guest", "key_speaker"}
_RANKS = {key(w) for w in "उप सह पूर्व कार्यकारी कार्यवाहक संयुक्त".split()}
_LEVELS = {key(w) for w in "राष्ट्रीय प्रदेश राज्य संभाग जिला नगर शहर महानगर विधानसभा प्रखंड ब्लॉक तहसील मंडल मण्डल "
                          "पंचायत ग्राम वार्ड बूथ".split()}
_oid = builtins.id
MAX_CHARS = 200_000  # reports are a few KB; longer input is page debris and is cut here


def _body_lines(cleaned: str) -> list[str]:
    """Non-empty lines without page noise, duplicated headlines and excerpt paragraphs."""
    lines = [ln.strip() for ln in cleaned.split("\n") if ln.strip()]
    lines = [ln for ln in lines if _DEV.search(ln) or re.match(r"^(?:By|by|BY)\s*:?\s", ln)]
    out: list[str] = []
    seen: set[str] = set()
    for i, ln in enumerate(lines):
        if ln in seen:
            continue
        if i < 8:  # headlines and excerpts repeated by the body sit at the top of the page
            probe = re.sub(r"\s*(\[…\]|\[\.\.\.\]|…|\.\.\.+)\s*$", "", ln).strip()
            if probe and len(probe) >= 30 and any(probe in later for later in lines[i + 1:i + 12]):
                continue
        seen.add(ln)
        out.append(ln)
    # a line that starts with a postposition continues the previous one
    merged: list[str] = []
    for ln in out:
        first = ln.split()[0] if ln.split() else ""
        if merged and key(first) in _CONTINUATION and not merged[-1].endswith(("।", ".", "?", "!")):
            merged[-1] = merged[-1] + " " + ln
        else:
            merged.append(ln)
    return merged


def _resolve_post(e: Entity, people: list[Person], roles_of: dict[int, set[str]]) -> Person | None:
    """The person whose post (or programme part) best matches a post-only reference."""
    q = post_tokens(e.text)
    heads = {w for w in q if w in L.POST_HEAD_WORDS}
    surface = {key(w) for w in e.text.split()}
    best, best_score = None, 0.0
    here = (e.sent, e.unit)
    # a holder named before the reference comes first ("… प्रधान महासचिव X मौजूद थे। प्रधान
    # महासचिव ने कहा"); one named only later is taken when nobody earlier fits
    earlier = [p for p in people if any(m.kind == "name" and (m.sent, m.unit) < here for m in p.mentions)]
    if earlier and len(earlier) < len(people):
        found = _resolve_post(e, earlier, roles_of)
        if found is not None:
            return found
    for p in people:
        if all(m.kind != "name" for m in p.mentions):
            continue
        cands = [(post_tokens(x), surface <= {key(w) for w in x.split()}) for x in p.posts]
        for role in roles_of.get(_oid(p), ()):
            if role in _ROLE_POSTS:
                cands.append((_ROLE_POSTS[role], False))
        for pt, same_words in cands:
            if heads and not (heads & pt):
                continue
            if (pt - q) & _RANKS:  # "प्रदेश अध्यक्ष" is not the "प्रदेश उपाध्यक्ष"
                continue
            if q & _LEVELS and pt & _LEVELS and not q & pt & _LEVELS:
                continue  # "बूथ प्रभारी" is not the "पंचायत प्रभारी"
            # "जिलाध्यक्ष ने कहा": the post written with the same words ("झामुमो जिलाध्यक्ष")
            # beats one that only shares its parts ("जिला परिषद अध्यक्ष")
            score = len(q & pt) + 0.01 * len(q & pt) / max(1, len(pt)) + 0.5 * same_words
            if score > best_score:
                best, best_score = p, score
    return best if best_score >= 1 else None


def extract(text: str, *, id: str | None = None, url: str | None = None, model=None) -> dict:
    """Extract a SCHEMA.md record from the text of one Hindi press report.

    The rules read the report; the learned labeller (``model``: a ``Labeller``; None = the model
    shipped in the package; False = rules only) then decides who is named and in which part.
    Raises ValueError for empty input. Non-Hindi text yields a record without people.
    """
    rec = rules_extract(text, id=id, url=url)
    if model is None:
        from sangathan.press.learn import shipped_labeller

        model = shipped_labeller()
    if model:
        rec = model.apply(text, rec)
    return _raw_spelling(rec, text)


_ZERO_AS_DOT = re.compile(r"[0\u0966]")


def _raw_spelling(rec: dict, text: str) -> dict:
    """Names read with "एस. डी." where the report writes the dot as a zero ("एस० डी०", "एस0 डी0")
    are given back in the report's own spelling."""
    dotted = [p for p in rec.get("people") or [] if "." in (p.get("name") or "")]
    if not dotted or not _ZERO_AS_DOT.search(text):
        return rec
    raw = " ".join(fix_devanagari(text[:MAX_CHARS]).split())
    renamed: dict[str, str] = {}
    for p in dotted:
        name = p["name"]
        if name not in raw:
            m = re.search(re.escape(name).replace(r"\.", "[.0\u0966]"), raw)
            if m:
                renamed[name] = p["name"] = m.group()
    if renamed:
        for q in rec.get("quotes") or []:
            q["speaker"] = renamed.get(q.get("speaker"), q.get("speaker"))
    return rec


def rules_extract(text: str, *, id: str | None = None, url: str | None = None) -> dict:
    """The rule extractor alone (the learned labeller's input)."""
    if not isinstance(text, str):
        raise ValueError("report text must be a string")
    if not text.strip():
        raise ValueError("report text is empty")
    cleaned = clean_cached(text[:MAX_CHARS])
    lines = _body_lines(cleaned)
    dl, dl_line = S.dateline(lines)
    bylines = S.bylines(lines, dl_line)
    latin = S.latin_byline(cleaned)
    if latin:
        bylines.append((latin, None, "reporter"))
    title_lines = lines[:dl_line] if dl_line else []
    body_lines = [ln for ln in (lines[dl_line:] if dl_line is not None else lines)
                  if not re.match(r"^(?:By|by|BY)\s*:?\s", ln)]
    if dl_line is None and len(lines) > 1 and not lines[0].endswith(("।", ".")) and len(lines[0].split()) <= 14:
        title_lines, body_lines = lines[:1], [ln for ln in lines[1:] if not re.match(r"^(?:By|by|BY)\s*:?\s", ln)]
    shown_titles = [ln for ln in title_lines if not re.match(r"^(?:By|by|BY)\s*:?\s", ln)
                    and not S.REPORT_LINE.search(ln)]
    doc = "\n".join(shown_titles + body_lines)
    title_len = len("\n".join(shown_titles)) if shown_titles else 0
    truncated = bool(doc) and not doc.rstrip().endswith(("।", ".", "?", "!", "|", "”", '"'))

    sentences: list[Sentence] = []
    for idx, (a, b) in enumerate(sentence_spans(doc)):
        s = make_sentence(idx, doc[a:b], a)
        find_entities(s, len(doc.rstrip()), truncated)
        sentences.append(s)
    # second look: a lone surname or first name of someone already named ("लांबा ने कहा")
    known = _known_name_words(sentences)
    if known:
        for s in sentences:
            named = {int(p) for p, e in s.entities.items() if e.kind == "name"}
            if any(u.kind == "NAME" and len(u.words) == 1 and key(u.words[0]) in known and i not in named
                   for i, u in enumerate(s.units)):
                s.entities = {}
                find_entities(s, len(doc.rstrip()), truncated, known)
    n_title = sum(1 for s in sentences if s.start < title_len)
    _mark_speech_continuation(sentences, doc)

    # entities -> people
    entities: list[Entity] = []
    for s in sentences:
        seen = set()
        for pos in sorted(s.entities):
            e = s.entities[pos]
            if _oid(e) not in seen:
                seen.add(_oid(e))
                entities.append(e)
    extra: list[tuple[Entity, str | None]] = []
    for name, post, role in bylines:
        e = Entity("name", -1, 0, name, posts=[post] if post else [], strong=True)
        entities.append(e)
        extra.append((e, role))
    headline_quotes: list[tuple[Entity, str]] = []
    # headlines, and sub-headlines standing as lines of their own in the body (no sentence mark)
    heads = [(ln, True) for ln in title_lines[:3]]
    last = len(body_lines) - 1 if truncated else len(body_lines)
    heads += [(ln, False) for i, ln in enumerate(body_lines[1:last], 1) if not re.search(r"[।|]|\.\s", ln) and
              len(ln.split()) <= _SUBHEAD_WORDS and re.search(r"[।|.!?]\s*$", body_lines[i - 1])]
    for ln, top in heads:
        hq = Q.headline_quote(ln, comma=top)
        if hq and not any(re.sub("(?:ें|ों)$", "", key(w)) in L.NEWS_WORDS for w in re.split(r"[\s,:\-–—]+", ln) if w):
            # (not "… -आंचलिक ख़बरें-<reporter>": an outlet's byline)
            qs = make_sentence(-1, hq[1], 0)
            names = [u for u in qs.units[:2] if u.kind == "NAME"]
            if names:
                e = Entity("name", -1, 0, " ".join(names[0].words))
                entities.append(e)
                headline_quotes.append((e, hq[0]))
            elif qs.units and qs.units[0].kind == "POST" and qs.units[0].has_head and len(qs.units) == 1:
                # "… का प्रतीक है - जिला न्यायाधीश": the holder of the post, found among the people
                headline_quotes.append((Entity("post", -1, 0, hq[1].strip(), posts=[hq[1].strip()]), hq[0]))
    people = merge(entities)
    # a headline name that matches nobody in the body is not trusted
    for e, _ in headline_quotes:
        if e.kind == "name" and e.person is not None and len(e.person.mentions) == 1:
            people.remove(e.person)
            e.person = None
    # quoted-only people need a strong cue (post or honorific) to be kept
    people = [p for p in people if not all(m.in_quote and not m.strong for m in p.mentions if m.kind == "name")]
    kept = {_oid(p) for p in people}
    for e in entities:
        if e.person is not None and _oid(e.person) not in kept:
            e.person = None

    # roles per sentence; post-only references and pronouns resolved in reading order
    pairs: list[tuple[Entity, str]] = []
    sent_roles: dict[int, list[tuple[Entity, str]]] = {}
    held: set[int] = set()  # people whose portrait is garlanded: no part, only mentioned
    for s in sentences:
        honoured = R.portrait_owners(s)
        held |= {_oid(e.person) for e in honoured if e.person is not None}
        for e, role in R.assign(s):
            if role == "speaker" and _is_statement(s, e) or any(e is h for h in honoured):
                continue
            pairs.append((e, role))
            sent_roles.setdefault(s.idx, []).append((e, role))
    roles_of: dict[int, set[str]] = {}

    def note(e: Entity, role: str) -> None:
        if e.person is not None:
            roles_of.setdefault(_oid(e.person), set()).add(role)

    # (a page that ends in "…" was cut too: "इस दौरान A, B, C आदि…")
    pairs += _cut_attendance(sentences, truncated or doc.rstrip().endswith(("...", "…")))
    # a line that says who wrote the report, anywhere ("X की रिपोर्ट" closes some reports)
    pairs += [(e, "reporter") for e in (R.reporter_line(s) for s in sentences) if e is not None]
    pairs += [(e, "reporter") for e in (R.byline(s) for s in sentences[:4]) if e is not None]
    pairs += [(e, "reporter") for e in (R.lead_byline(s) for s in sentences[:2]) if e is not None]
    for e, role in pairs:
        if e.kind == "name":
            note(e, role)
    last_subject: Person | None = None
    quotes: list[dict] = []
    open_quote: list[dict] = []  # the speech the next continuation sentence belongs to (each speaker's)
    for s in sentences:
        if s.quote_unit == 0 and s.quote_text is None and open_quote:
            # "X ने कहा कि A। इसलिए B।": the sentences after it in the paragraph are the same speech
            more = Q.clean_quote(s.text)
            for q in open_quote:
                if more and len(q["text"]) + len(more) <= _QUOTE_MAX:
                    q["text"] = q["text"] + "। " + more
            continue
        open_quote = []
        for pos in sorted(s.entities):
            e = s.entities[pos]
            if e.kind == "post" and e.person is None and e.ref_role:
                holders = [p for p in people if e.ref_role in roles_of.get(_oid(p), ())]
                e.person = holders[0] if len(holders) == 1 else None
            elif e.kind == "post" and e.person is None:
                e.person = _resolve_post(e, people, roles_of)
            elif e.kind == "pronoun" and e.person is None:
                e.person = last_subject
        has_subject = False
        for a in (i for i, u in enumerate(s.units) if u.kind == "AGENT"):
            if s.quote_unit is not None and a >= s.quote_unit:
                break
            group = R.subject_group(s, a)
            if group and group[-1].person is not None:
                last_subject = group[-1].person
                has_subject = True
            elif group and group[-1].kind == "post":
                # "मुख्य अतिथि ने … कहा। कहा कि …": a subject nobody could be matched to is still the
                # one who goes on speaking, not the person named before it
                last_subject = None
                has_subject = True
        if not has_subject:
            # "बतौर मुख्य अतिथि X मौजूद रहे। उन्होंने कहा …": the one person given a part in a
            # sentence without a ने-subject is who a following pronoun points at
            given = {_oid(e.person): e.person for e, role in sent_roles.get(s.idx, ())
                     if e.kind == "name" and e.person is not None and not e.in_quote and role != "organiser"}
            if len(given) == 1:
                last_subject = next(iter(given.values()))
        said_before = _speech_before(sentences, s, doc) if not s.quote_text else None
        if said_before:
            sp, text_q = said_before
            quotes.append({"speaker": sp.person.name, "text": text_q})
            roles_of.setdefault(_oid(sp.person), set()).add("speaker")
        if s.quote_text:
            said = [sp for sp in Q.speakers_of(s) if sp.person is not None]
            for sp in said:
                # a run-on speech without a full stop goes on at "… उन्होंने कहा कि …": two quotes
                for text_q in Q.run_on(Q.clean_quote(s.quote_text)):
                    # (a speech the page cut after one word, "ने कहा कि संग…", says nothing)
                    if text_q and not s.soft_quote and len(text_q.split()) >= 2:
                        quotes.append({"speaker": sp.person.name, "text": text_q})
                if quotes and quotes[-1]["speaker"] == sp.person.name and not s.soft_quote:
                    open_quote.append(quotes[-1])
                if not _is_statement(s, sp) and not s.soft_quote:
                    # "X का कहना था कि …": X spoke at the event ("X ने बताया कि": a source)
                    roles_of.setdefault(_oid(sp.person), set()).add("speaker")
            if not said and last_subject is not None and not s.soft_quote and \
                    not any(not e.in_quote for e in s.entities.values()) and \
                    not any(u.kind == "AGENT" for u in s.units[:s.quote_unit]) and \
                    key((s.quote_text.split() or [""])[0]) not in _PASSIVE:
                # "… X ने कार्यकर्ताओं को … बताया। कहा कि …", "… की ओर इशारा करते हुए कहा कि …": a
                # "कहा कि" without a subject goes on with the last one (not the passive "कहा गया कि")
                text_q = Q.clean_quote(s.quote_text)
                if len(text_q.split()) >= 2:
                    quotes.append({"speaker": last_subject.name, "text": text_q})
                    open_quote.append(quotes[-1])
                roles_of.setdefault(_oid(last_subject), set()).add("speaker")
            if said:
                last_subject = said[-1].person
    guests = [p for p in people if roles_of.get(_oid(p), set()) & _GUEST_ROLES]
    for e, role in pairs:
        if e.kind == "post" and role == "speaker" and {key(w) for w in e.text.split()} & _GUESTS and guests:
            for p in guests:  # "सभी अतिथियों ने … की बात कही": every guest spoke, not the last one named
                roles_of.setdefault(_oid(p), set()).add(role)
        elif e.kind != "name":
            note(e, role)
    for e, role in extra:
        if role:
            note(e, role)
    for e, qtext in reversed(headline_quotes):
        if e.kind == "post":
            e.person = _resolve_post(e, people, roles_of)
        if e.person is not None:
            quotes.insert(0, {"speaker": e.person.name, "text": qtext})
            roles_of.setdefault(_oid(e.person), set()).add("speaker")  # the headline reports what they said

    out_people = []
    for p in people:
        rs = roles_of.get(_oid(p), set())
        if len(rs) > 1:
            rs = rs - {"attendee"}
        order = ["reporter", "organiser", "presided", "chief_guest", "key_speaker", "special_guest",
                 "moderator", "vote_of_thanks", "welcome", "speaker", "attendee"]
        if key(p.name.split()[-1]) in L.VERB_FORMS or all(key(w) in L.TITLE_WORDS for w in p.name.split()):
            continue  # "… रसीद उपलब्ध कराई": a clause read as a name; "एमजेएफ लायन": titles
        rec: dict = {"name": p.name, "posts": list(p.posts), "roles": [r for r in order if r in rs]}
        if p.variants:
            rec["variants"] = list(p.variants)
        if p.affiliation:
            rec["affiliation"] = p.affiliation
        if not rs and _oid(p) in held:
            rec["mentioned_only"] = True  # a portrait garlanded (SCHEMA.md): the labeller adds no part
        if not rs and _names_a_body(p.name, doc):
            continue  # "श्री मैथिल ब्राह्मण समाज संस्था": the words of a body's name, not a person
        if not rs and all(m.in_quote for m in p.mentions):
            # only mentioned (a leader named inside a speech): SCHEMA.md lets an extractor leave
            # them out, and their posts as written in a speech are not the record's business
            continue
        out_people.append(rec)
    n_head = sum(1 for e, _ in headline_quotes if e.person is not None)
    quotes = quotes[:n_head] + _dedupe_quotes(quotes[n_head:])  # a headline may restate a speech

    body_sents = [s.text for s in sentences[n_title:]] or [s.text for s in sentences]
    ev_idx, _ = S.first_event(body_sents)
    ev_sent = body_sents[ev_idx] if ev_idx is not None else (body_sents[0] if body_sents else "")
    near = " ".join(body_sents[ev_idx: ev_idx + 3]) if ev_idx is not None else ev_sent
    body_text = "\n".join(body_lines)
    org = S.event_organisation(body_text, body_sents, ev_idx, "\n".join(title_lines), doc)
    venue = S.event_venue(body_sents, ev_idx, org, dl)
    kind = S.event_type(body_sents, title_lines, org)
    later = body_sents[ev_idx + 1: ev_idx + 4] if ev_idx is not None else []
    rec = {
        "id": id,
        "event_type": kind,
        "mode": S.mode(ev_sent, " ".join(title_lines), venue, S.has_place_locative(ev_sent, (dl or "",)),
                       later, dl, kind, body_text),
        "organisation": org,
        "wing": S.wing(ev_sent),
        "level": S.level(ev_sent, org) or S.level_stariya(near) or S.level_more(ev_sent, org),
        "dateline": dl,
        "venue": venue,
        "date": S.date(" ".join(body_sents[:4])),
        "people": out_people,
        "quotes": quotes,
    }
    if url:
        rec["source_url"] = url
    return rec


_NOT_NAME_WORD = {key(w) for w in "कुमार लाल चंद चन्द चंद्र चन्द्र नाथ प्रकाश प्रसाद राम सिंह देवी".split()}


def _known_name_words(sentences: list[Sentence]) -> set[str]:
    """First and last words of the multi-word names found so far (for later short mentions)."""
    out: set[str] = set()
    for s in sentences:
        for e in s.entities.values():
            if e.kind == "name":
                ws = [key(w) for w in e.text.replace("'", " ").split()]
                if len(ws) >= 2:
                    out.update(w for w in (ws[0], ws[-1]) if len(w) >= 3 and w not in _NOT_NAME_WORD
                               and w not in L.STOP and w not in L.POST_MODS)
    return out


_PRESENCE_OPENERS = re.compile(r"^\s*(?:बैठक|कार्यक्रम|समारोह|सम्मेलन|इस अवसर पर|इस मौके पर|मौके पर|इस दौरान|इसमें|जिसमें)\s*(?:में)?")
# narrative sentences of the report open like this; they end a speech that ran on


_OPEN_END = re.compile(r"[\u0900-\u0963\u0966-\u097f\w]$")


def _mark_speech_continuation(sentences: list[Sentence], doc: str) -> None:
    """Sentences after "X ने कहा कि …" in the same paragraph are still X's speech.

    The speech ends at a sentence that names a new actor (a role cue, or a named subject of
    ने/द्वारा) or at the paragraph break.
    """
    in_speech = False
    for prev, s in zip([None] + sentences[:-1], sentences):
        if prev is not None and "\n" in doc[prev.start:s.start] and not _OPEN_END.search(prev.text.rstrip()):
            in_speech = False  # a new paragraph (a line that ends on a word is a hard-wrapped sentence)
        new_actor = bool(_PRESENCE_OPENERS.match(s.text)) or \
            any(u.kind == "CUE" and u.value[0] != "speaker" for u in s.units) or any(
            u.kind == "AGENT" and any(e.kind == "name" for p, e in s.entities.items() if p < i)
            for i, u in enumerate(s.units))
        if in_speech and not new_actor and s.quote_unit is None:
            for e in s.entities.values():
                e.in_quote = True
            s.quote_unit = 0
        elif s.quote_unit is not None or new_actor:
            in_speech = s.quote_unit is not None and not s.soft_quote
        if s.quote_unit is not None and s.quote_text is not None and not s.soft_quote:
            in_speech = True





_FRAME_NOUNS = {key(w) for w in "मौके अवसर".split()}
_ELECTION = {key(w) for w in "चुना चुने चुनी चुनकर चयन चयनित चुनाव मनोनीत नियुक्त निर्वाचित नवनिर्वाचित बनाया बनाए "
                             "बनाये सर्वसम्मति पदाधिकारियों".split()}


def _cut_attendance(sentences: list[Sentence], truncated: bool) -> list[tuple[Entity, str]]:
    """"बैठक में X, Y, Z …" cut by the page before "उपस्थित रहे": they are still attendees."""
    if not truncated or not sentences:
        return []
    s = sentences[-1]
    # "X ने बताया कि बैठक में A, B, C …": the list is the reported part of the sentence
    first = s.quote_unit if s.soft_quote and s.quote_text else 0
    text = s.quote_text if first else s.text
    marks = [i for i, u in enumerate(s.units) if i >= first and u.kind in ("CUE", "AGENT")]
    if marks and s.units[marks[-1]].kind == "CUE" and marks[-1] + 1 < len(s.units) and \
            key(s.units[marks[-1] + 1].words[0]) in ("में", "मे") and \
            len([e for p, e in s.entities.items() if e.kind == "name" and p > marks[-1] + 1]) >= 2:
        # "X के नेतृत्व में / Y के संचालन में A, B, C …": the list after the frame is of those present
        first, text = marks[-1] + 2, "इस दौरान"
        marks = []
    elif marks:
        # "… ने सदस्यता ली मौके पर A, B, C …": a presence frame after the last act opens the cut list
        frame = next((i for i in range(len(s.units) - 2, marks[-1], -1)
                      if key(s.units[i].words[0]) in _FRAME_NOUNS and key(s.units[i + 1].words[0]) == "पर"), None)
        if frame is not None and len([p for p, e in s.entities.items() if e.kind == "name" and p > frame]) >= 2:
            first, text = frame + 2, "इस दौरान"
            marks = []
    if (s.quote_unit is not None and not first) or marks:
        return []
    if R.made_it_succeed(s, len(s.units)):
        return []  # "रैली को सफल बनाने में A, B, C …": the list is of its organisers (see roles)
    names = [e for p, e in s.entities.items() if e.kind == "name" and p >= first]
    k = R.event_object(s) if not first else None
    if k is not None:
        # "कार्यक्रम को A, B, C …": the object of an address cut before "ने संबोधित किया"
        return [(e, "speaker") for e in R.object_list(s, k, len(s.units))]
    # or a bare list of names ("संघ के पूर्व अध्यक्ष A, B, C, D …") that the cut left without its verb
    if not _PRESENCE_OPENERS.match(text) and not (len(names) >= 3 and text.count(",") >= 2):
        return []
    # "अध्यक्ष पद पर A, उपाध्यक्ष पद पर B …", "… सदस्य बनाये गए": a list of the elected, not of those present
    keys = [key(w) for u in s.units[first:] for w in u.words]
    if any(k in _ELECTION for k in keys) or any(a == "पद" and b in ("पर", "हेतु") for a, b in zip(keys, keys[1:])):
        return []
    # "A को अध्यक्ष, B को सचिव, C …": each name given a post
    if any(s.units[i].kind == "NAME" and key(s.units[i + 1].words[0]) == "को" and s.units[i + 2].kind == "POST"
           for i in range(first, len(s.units) - 2)):
        return []
    return [(e, "attendee") for e in names]


def _is_statement(s: Sentence, e: Entity) -> bool:
    """"X ने बयान जारी करते हुए कहा": a press statement, not a speech at the event."""
    return any(key(w) in _STATEMENT_WORDS for u in s.units[: s.quote_unit or len(s.units)] for w in u.words)


def _dedupe_quotes(quotes: list[dict]) -> list[dict]:
    out: list[dict] = []
    for q in quotes:
        toks = set(q["text"].split())
        dup = False
        for o in out:
            if o["speaker"] == q["speaker"]:
                ot = set(o["text"].split())
                if len(toks & ot) >= 0.8 * min(len(toks), len(ot)):
                    if len(q["text"]) > len(o["text"]):
                        o["text"] = q["text"]
                    dup = True
                    break
        if not dup:
            out.append(q)
    return out
