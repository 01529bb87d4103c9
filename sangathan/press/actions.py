"""Publishing press notes and taking public comments through the audited action layer."""

from __future__ import annotations

import datetime
import hashlib
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.activities.export import record, with_related
from sangathan.activities.models import Activity
from sangathan.core import audit
from sangathan.core.text import slug
from sangathan.core.actions import Action, Conflict, save_versioned
from sangathan.core.text import nfc
from sangathan.press.models import Comment, PressNote

COMMENTS_PER_IP = 5
COMMENT_WINDOW = datetime.timedelta(minutes=10)
NAME_MAX, BODY_MIN, BODY_MAX = 100, 2, 3000


def compose_note(activity: Activity, lang: str) -> dict:
    """Headline and body for an activity, from the press composer."""
    from sangathan.press.compose import compose, headline

    rec = record(with_related(Activity.objects.filter(pk=activity.pk)).get())
    body = compose(rec, lang)
    if rec.get("people") and body.startswith("By "):  # the page shows the byline above the text
        body = body.split("\n\n", 1)[-1]
    return {"headline": headline(rec, lang), "body": body}


def _slug(headline: str) -> str:
    base = slug(headline) or "report"
    return f"{base}-{uuid.uuid4().hex[:6]}"


class PublishNote(Action):
    """Publish a press note for an activity (composed text, edited by the reporter)."""

    name = "pressnote.publish"

    def check(self) -> None:
        self.require("report", self.params["activity"].unit.path)

    def execute(self) -> PressNote:
        activity: Activity = self.params["activity"]
        headline, body = nfc(self.params.get("headline", "")), (self.params.get("body") or "").strip()
        if not headline:
            raise ValidationError({"headline": _("a published note needs a headline")})
        if not body:
            raise ValidationError({"body": _("a published note needs a body")})
        note = PressNote.objects.create(
            activity=activity, lang=self.params.get("lang", "hi"), headline=headline, body=body,
            byline=nfc(self.params.get("byline", activity.byline)), dateline=activity.dateline,
            slug=_slug(headline), status=PressNote.Status.PUBLISHED, published_at=timezone.now())
        self.log("create", note)
        return note


class WithdrawNote(Action):
    name = "pressnote.withdraw"

    def check(self) -> None:
        self.require("report", self.params["note"].activity.unit.path)

    def execute(self) -> PressNote:
        note: PressNote = self.params["note"]
        before = save_versioned(note, self.params.get("version"), {"status": PressNote.Status.WITHDRAWN})
        self.log("update", note, before)
        return note


def ip_hash(ip: str) -> str:
    """Rate limits need to recognise an address, not to keep it."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{ip}".encode()).hexdigest()


class SubmitComment(Action):
    """A member of the public comments; the comment waits for moderation."""

    name = "comment.submit"
    source_default = "public"

    def check(self) -> None:
        p = self.params
        errors = {}
        name, body, email = nfc(p.get("name", "")), (p.get("body") or "").strip(), (p.get("email") or "").strip()
        if not name:
            errors["name"] = _("please give your name")
        elif len(name) > NAME_MAX:
            errors["name"] = _("a name can be at most %(limit)s characters") % {"limit": NAME_MAX}
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = _("please give a valid e-mail address (it is never shown)")
        if len(body) < BODY_MIN:
            errors["body"] = _("the comment is empty")
        elif len(body) > BODY_MAX:
            errors["body"] = _("a comment can be at most %(limit)s characters (this one has %(n)s)") % {
                "limit": BODY_MAX, "n": len(body)}
        if errors:
            raise ValidationError(errors)
        since = timezone.now() - COMMENT_WINDOW
        if Comment.objects.filter(ip_hash=p["ip_hash"], created_at__gte=since).count() >= COMMENTS_PER_IP:
            raise ValidationError({"__all__": _("too many comments from your network just now; please try again later")})

    def execute(self) -> Comment:
        p = self.params
        c = Comment.objects.create(note=p["note"], name=nfc(p["name"]), email=p["email"].strip(),
                                   body=p["body"].strip(), ip_hash=p["ip_hash"])
        after = audit.snapshot(c) | {"email": "(withheld)"}
        audit.record(self.name, [("create", Comment, c.pk, None, after)])
        return c


class ModerateComment(Action):
    name = "comment.moderate"

    def check(self) -> None:
        self.require("report", self.params["comment"].note.activity.unit.path)
        if self.params["decision"] not in (Comment.Status.APPROVED, Comment.Status.REJECTED):
            raise ValidationError({"decision": _("approve or reject")})

    def execute(self) -> Comment:
        c: Comment = self.params["comment"]
        before = {"status": c.status}
        now = timezone.now()
        done = Comment.objects.filter(pk=c.pk, status=c.status).update(
            status=self.params["decision"], moderated_by=self.actor, moderated_at=now)
        if done != 1:
            raise Conflict(_("someone else moderated this comment first; reload to see their decision"))
        c.status, c.moderated_by, c.moderated_at = self.params["decision"], self.actor, now
        audit.record(self.name, [("update", Comment, c.pk, before, {"status": c.status})])
        return c


# --------------------------------------------------------------------------- learning from reviews

RECORD_FIELDS = ("event_type", "mode", "organisation", "wing", "level", "dateline", "venue", "date")
ROLE_NAMES = ("reporter", "organiser", "presided", "chief_guest", "key_speaker", "special_guest",
              "moderator", "vote_of_thanks", "welcome", "speaker", "attendee")


def clean_record(record) -> dict:
    """A reviewed record in the SCHEMA.md shape, or a ValidationError naming the field and reason."""
    if not isinstance(record, dict):
        raise ValidationError({"record": _("the reviewed record must be an object")})
    people = record.get("people") or []
    if not isinstance(people, list):
        raise ValidationError({"record.people": _("people must be a list")})
    out_people = []
    for i, p in enumerate(people):
        name = nfc((p or {}).get("name", "")) if isinstance(p, dict) else ""
        if not name:
            raise ValidationError({f"record.people[{i}].name": _("person %(n)s has no name") % {"n": i + 1}})
        roles = p.get("roles") or []
        bad = [r for r in roles if r not in ROLE_NAMES]
        if bad:
            raise ValidationError({f"record.people[{i}].roles": _("unknown role '%(role)s'") % {"role": bad[0]}})
        item = {"name": name, "posts": [nfc(x) for x in p.get("posts") or [] if nfc(x)], "roles": list(roles)}
        if p.get("mentioned_only"):
            item["mentioned_only"] = True
        out_people.append(item)
    quotes = [{"speaker": nfc(q.get("speaker", "")), "text": (q.get("text") or "").strip()}
              for q in record.get("quotes") or [] if isinstance(q, dict) and q.get("text")]
    rec = {f: (record.get(f) or None) for f in RECORD_FIELDS}
    return rec | {"people": out_people, "quotes": quotes}


class KeepTrainingExample(Action):
    """Keep a pasted report and the record its reviewer saved as a training example of the unit."""

    name = "press.example.keep"

    def check(self) -> None:
        self.require("report", self.params["unit"].path)
        if not (self.params.get("text") or "").strip():
            raise ValidationError({"text": _("a training example needs the text of the report")})

    def execute(self):
        from sangathan.press.models import TrainingExample

        ex = TrainingExample.objects.create(
            unit=self.params["unit"], activity=self.params.get("activity"), text=self.params["text"].strip(),
            record=clean_record(self.params.get("record")), created_by=self.actor)
        self.log("create", ex)
        return ex


class SaveExtractorModel(Action):
    """Store a retrained labeller; make it the one in use when it is not worse than the current one."""

    name = "press.model.save"
    source_default = "cli"

    def check(self) -> None:
        from sangathan.org.models import Unit

        roots = Unit.objects.filter(parent__isnull=True).order_by("path")
        if not roots.exists():
            raise ValidationError({"unit": _("the organisation has no units yet")})
        for root in roots:  # the model serves the whole organisation: admins of all of it only
            self.require("admin", root.path)

    def execute(self):
        from sangathan.press.models import ExtractorModel

        o = self.params["outcome"]
        activate = o.not_worse
        if activate:
            for old in ExtractorModel.objects.filter(active=True):
                ExtractorModel.objects.filter(pk=old.pk).update(active=False)
                audit.log(self.name, "update", old, before={"active": True}, after={"active": False})
        m = ExtractorModel.objects.create(
            model=o.model, active=activate, examples=o.examples, last_example_id=o.last_example_id,
            scores=o.scores(),
            created_by=self.actor)
        # the model itself is bytes: the log names its size and digest, not its content
        after = {k: v for k, v in audit.snapshot(m).items() if k != "model"}
        audit.log(self.name, "create", m, after=after | {"model_bytes": len(o.model),
                                                          "model_sha256": hashlib.sha256(o.model).hexdigest()})
        return m
