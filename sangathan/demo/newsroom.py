"""The demo's public newsroom: three published press notes with approved readers' comments.

Notes are composed by the press composer from the activities themselves (what a reporter would
start from), published by a user allowed to report on the organising unit, and commented on and
moderated through the same actions the public page and the moderation queue use.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model

from sangathan.activities.models import Activity
from sangathan.press.actions import ModerateComment, PublishNote, SubmitComment, compose_note, ip_hash

# activity title, headline, publisher (username), comments [(name, email, body, approved)]
NOTES = [
    ("आईटी सेल की दुर्ग संभाग स्तरीय बैठक", "आईटी सेल की दुर्ग संभाग स्तरीय बैठक संपन्न, सांसद विजय बघेल रहे मुख्य अतिथि",
     "admin",
     [("सरिता देवांगन", "sarita@example.org", "बूथ स्तर तक आईटी सेल का विस्तार जरूरी है। बधाई।", True),
      ("मनोज साहू", "manoj@example.org", "अगली बैठक की सूचना पहले से दें तो और कार्यकर्ता आ सकेंगे।", True)]),
    ("बालोद जिला आईटी सेल प्रशिक्षण कार्यशाला", "बालोद में आईटी सेल की प्रशिक्षण कार्यशाला, डाटा एनालिसिस पर जोर",
     "balod_reporter",
     [("कुसुम ठाकुर", "kusum@example.org", "कार्यशाला बहुत उपयोगी रही, धन्यवाद।", True),
      ("रवि यादव", "ravi@example.org", "क्या अगली कार्यशाला गुरुर में भी होगी?", False)]),
    ("दुर्ग में किसान मोर्चा की ट्रैक्टर रैली", "दुर्ग में किसान मोर्चा की ट्रैक्टर रैली, धान खरीदी पर उठी आवाज",
     "durg_manager",
     [("हेमंत वर्मा", "hemant@example.org", "किसानों की बात उठाने के लिए धन्यवाद।", True),
      ("लता सिन्हा", "lata@example.org", "रैली का रास्ता पहले बता देते तो जाम नहीं लगता।", False)]),
]


def publish_notes() -> None:
    """Publish the notes; approve the comments marked so and leave the others in the moderation queue."""
    users = {u.username: u for u in get_user_model().objects.filter(username__in={n[2] for n in NOTES})}
    n = 0
    for title, headline, who, comments in NOTES:
        activity = Activity.objects.get(title=title)
        body = compose_note(activity, "hi")["body"]
        note = PublishNote(users[who], source="demo", activity=activity, headline=headline, body=body).run()
        for name, email, text, approved in comments:
            n += 1  # one made-up address per reader, so the per-address comment limit is not hit
            c = SubmitComment("public", source="demo", note=note, name=name, email=email, body=text,
                              ip_hash=ip_hash(f"demo-reader-{n}")).run()
            if approved:
                ModerateComment(users[who], source="demo", comment=c, decision="approved").run()
