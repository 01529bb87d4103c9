"""Paste a report -> a reviewed draft -> an activity: matching extracted people to known people."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils.translation import gettext as _

from sangathan.activities.models import Kind, Mode, ParticipantRole
from sangathan.core.text import nfc
from sangathan.people.models import Person
from sangathan.people.search import search_people

AUTO_MATCH = 90  # a candidate this close is pre-selected; the reviewer can always change it
MAX_TEXT = 200_000


@dataclass
class DraftPerson:
    name: str
    posts: list[str]
    roles: list[str]
    candidates: list = field(default_factory=list)
    match: int | None = None
    mentioned_only: bool = False


def extract_draft(text: str, url: str | None, user) -> dict:
    """Run the extractor and attach scoped match candidates to each person."""
    from sangathan.press.extract import extract

    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("paste the text of a report")})
    if len(text) > MAX_TEXT:
        raise ValidationError({"text": _("the text is too long (%(n)s characters; at most %(limit)s)")
                                       % {"n": f"{len(text):,}", "limit": f"{MAX_TEXT:,}"}})
    from sangathan.press.learn import active_labeller

    rec = extract(text, url=url or None, model=active_labeller() or False)
    visible = Person.objects.visible_to(user, "view")
    people = []
    for p in rec.get("people", []):
        cands = search_people(visible, p["name"], limit=3)
        best = cands[0] if cands and cands[0].match_score >= AUTO_MATCH else None
        people.append(DraftPerson(p["name"], list(p.get("posts", [])), list(p.get("roles", [])), cands,
                                  best.pk if best else None, bool(p.get("mentioned_only"))))
    return {"record": rec, "people": people, "text": text, "url": url or "", "blank_rows": range(len(people), len(people) + BLANK_ROWS),
            "highlight": highlight(text, rec), "rows": len(people) + BLANK_ROWS}


BLANK_ROWS = 3  # empty rows on the review form for people the extractor missed


def highlight(text: str, rec: dict) -> list[dict]:
    """The pasted text cut into pieces, each name and post marked with the person it went to.

    The review screen shows where each person came from; a click on a mark jumps to the person's
    row, and selected text can be added as a missed person (static/press/review.js).
    """
    marks: list[tuple[int, int, str, int, str]] = []
    for i, p in enumerate(rec.get("people", [])):
        for kind, phrases in (("name", [p["name"]] + list(p.get("variants") or [])), ("post", p.get("posts") or [])):
            for phrase in phrases:
                start = 0
                while phrase and (at := text.find(phrase, start)) >= 0:
                    marks.append((at, at + len(phrase), kind, i, ", ".join(p.get("roles") or [])))
                    start = at + len(phrase)
    marks.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    pieces, pos = [], 0
    for a, b, kind, i, roles in marks:
        if a < pos:
            continue  # overlaps a longer mark already placed
        if a > pos:
            pieces.append({"text": text[pos:a]})
        pieces.append({"text": text[a:b], "kind": kind, "person": i, "roles": roles})
        pos = b
    if pos < len(text):
        pieces.append({"text": text[pos:]})
    return pieces


def reviewed_record(post: QueryDict) -> dict:
    """The record the reviewer saved, with names as written in the report (a training example)."""
    people = []
    for i in range(_count(post, "people")):
        name = nfc(post.get(f"p{i}-name", ""))
        if post.get(f"p{i}-skip") or not name:
            continue
        people.append({"name": name, "posts": [nfc(x) for x in post.get(f"p{i}-posts", "").split(";") if nfc(x)],
                       "roles": [r for r in post.getlist(f"p{i}-roles") if r in set(ParticipantRole.values)],
                       **({"mentioned_only": True} if post.get(f"p{i}-mentioned") else {})})
    quotes = []
    for j in range(_count(post, "quotes")):
        speaker, text = nfc(post.get(f"q{j}-speaker", "")), nfc(post.get(f"q{j}-text", ""))
        if text and speaker:
            quotes.append({"speaker": speaker, "text": text})
    return {"event_type": post.get("kind") or None, "mode": post.get("mode") or None,
            "organisation": nfc(post.get("organisation", "")) or None, "wing": nfc(post.get("wing", "")) or None,
            "level": nfc(post.get("level", "")) or None, "dateline": nfc(post.get("dateline", "")) or None,
            "venue": nfc(post.get("venue", "")) or None, "date": None, "people": people, "quotes": quotes}


MAX_ROWS = 500  # people or quotes on one review form; a report never has that many


def _count(post: QueryDict, key: str) -> int:
    """A row count the review form posts back: a small whole number, else a clear error (not a 500)."""
    raw = (post.get(key, "0") or "0").strip()
    if not (raw.isascii() and raw.isdigit()) or int(raw) > MAX_ROWS:
        raise ValidationError({key: _("'%(value)s' is not a number of rows from 0 to %(limit)s") % {"value": raw[:20], "limit": MAX_ROWS}})
    return int(raw)


def activity_params(post: QueryDict, user, unit) -> dict:
    """Turn the review form into CreateActivity parameters; people ids must be in the user's scope."""
    visible = Person.objects.visible_to(user, "view")
    roles_ok = set(ParticipantRole.values)
    participants, index_by_name = [], {}
    n = _count(post, "people")
    for i in range(n):
        name = nfc(post.get(f"p{i}-name", ""))
        if post.get(f"p{i}-skip") or (post.get(f"p{i}-blank") and not name):
            continue  # left out, or an empty row for a missed person that stayed empty
        match = post.get(f"p{i}-match", "new")
        roles = [r for r in post.getlist(f"p{i}-roles") if r in roles_ok]
        posts = [nfc(x) for x in post.get(f"p{i}-posts", "").split(";") if nfc(x)]
        if match != "new":
            person = visible.filter(pk=int(match)).first() if match.isascii() and match.isdigit() else None
            if person is None:
                raise ValidationError({f"p{i}-match": _("person %(n)s (%(name)s): choose someone you can see, or 'new'")
                                                  % {"n": i + 1, "name": name}})
            entry = {"person": person}
        else:
            if not name:
                raise ValidationError({f"p{i}-name": _("person %(n)s has no name") % {"n": i + 1}})
            entry = {"person": None, "new": {"name_hi": name}}
        index_by_name[name] = len(participants)
        participants.append(entry | {"roles": roles, "posts": posts,
                                     "mentioned_only": bool(post.get(f"p{i}-mentioned")) and not roles})
    speeches = []
    for j in range(_count(post, "quotes")):
        speaker, text = nfc(post.get(f"q{j}-speaker", "")), nfc(post.get(f"q{j}-text", ""))
        if text and speaker in index_by_name:
            speeches.append({"participant": index_by_name[speaker], "text": text})
    kind = post.get("kind") if post.get("kind") in Kind.values else Kind.MEETING
    mode = post.get("mode") if post.get("mode") in Mode.values else Mode.UNKNOWN
    fields = {"kind": kind, "mode": mode, "unit": unit, "title": nfc(post.get("title", "")),
              "venue": nfc(post.get("venue", "")), "dateline": nfc(post.get("dateline", "")),
              "level_label": nfc(post.get("level", "")), "source_text": post.get("text", ""),
              "source_url": post.get("url", "")}
    return {"fields": fields, "participants": participants, "speeches": speeches}
