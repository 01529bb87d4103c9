"""Office-bearers of बालोद जिला, so a बालोद user sees people, posts and who led its activities.

The seed meeting's people all belong to दुर्ग and भिलाई; without these, बालोद's people list is empty.
Names use words no other demo person or test search uses. The district's IT-cell convener and
co-convener come with the mobilisation demo (sangathan/mobilise/demo.py).
"""

from __future__ import annotations

import datetime

from sangathan.org.models import Unit, Wing
from sangathan.people.actions import Appoint, CreatePerson
from sangathan.people.models import Person, PostType

# ref, name_hi, name_en, home unit, post, unit of the post, wing, title, start
OFFICE_BEARERS = [
    ("kaushik", "टीकाराम कौशिक", "Tikaram Kaushik", "बालोद जिला", "president", "बालोद जिला", "main",
     "बालोद जिला अध्यक्ष", "2024-02-10"),
    ("yamini", "यामिनी ठाकुर", "Yamini Thakur", "बालोद जिला", "president", "बालोद जिला", "mahila-morcha",
     "महिला मोर्चा जिला अध्यक्ष", "2024-03-01"),
    ("bhuneshwar", "भुनेश्वर पटेल", "Bhuneshwar Patel", "गुंडरदेही", "treasurer", "बालोद जिला", "main",
     "बालोद जिला कोषाध्यक्ष", "2024-04-15"),
    ("chhaganlal", "छगनलाल रात्रे", "Chhaganlal Ratre", "बालोद जिला", "general-secretary", "बालोद जिला", "main",
     "बालोद जिला महामंत्री", "2024-02-10"),
]


def create(admin, units: dict[str, Unit]) -> dict[str, Person]:
    wings = {w.key: w for w in Wing.objects.all()}
    posts = {p.key: p for p in PostType.objects.all()}
    people = {}
    for ref, hi, en, home, post, unit, wing, title, start in OFFICE_BEARERS:
        person = CreatePerson(admin, source="demo", fields={"name_hi": hi, "name_en": en, "home_unit": units[home]}).run()
        Appoint(admin, source="demo", person=person, fields={
            "post": posts[post], "unit": units[unit], "wing": wings[wing], "title": title,
            "start": datetime.date.fromisoformat(start)}).run()
        people[ref] = person
    return people
