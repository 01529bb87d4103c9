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
    rec = extract(text, url=url or None)
    visible = Person.objects.visible_to(user, "view")
    people = []
    for p in rec.get("people", []):
        cands = search_people(visible, p["name"], limit=3)
        best = cands[0] if cands and cands[0].match_score >= AUTO_MATCH else None
        people.append(DraftPerson(p["name"], list(p.get("posts", [])), list(p.get("roles", [])), cands,
                                  best.pk if best else None, bool(p.get("mentioned_only"))))
    return {"record": rec, "people": people, "text": text, "url": url or ""}


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
        if post.get(f"p{i}-skip"):
            continue
        name = nfc(post.get(f"p{i}-name", ""))
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
