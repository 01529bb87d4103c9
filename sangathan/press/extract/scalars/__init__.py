"""Single-valued fields: dateline, byline, event type, mode, organisation, wing, level, venue, date.

Each looks at a small, predictable place of the report (the opening line, the sentence that first
names the event) rather than the whole text, because later sentences talk about other events
("वर्चुअल माध्यम से संगठनात्मक बैठक" inside a speech must not make the meeting virtual).

- `datelines`: the dateline, the bylines (Devanagari and Latin) and the date;
- `events`: the sentence that first names the event, its type, mode, wing and level;
- `organisation`: the body that held it;
- `venue`: where it was held;
- `common`: the word patterns, places and venue-cue word sets the others share.
"""
from __future__ import annotations

from .datelines import REPORT_LINE, bylines, date, dateline, latin_byline
from .events import event_type, first_event, has_place_locative, level, level_more, level_stariya, mode, wing
from .organisation import _fold_doc, event_organisation, org_candidates, organisation
from .venue import event_venue, venue, venue_anywhere

__all__ = ["REPORT_LINE", "bylines", "date", "dateline", "event_organisation", "event_type", "event_venue",
           "first_event", "has_place_locative", "latin_byline", "level", "level_more", "level_stariya", "mode",
           "org_candidates", "organisation", "venue", "venue_anywhere", "wing", "_fold_doc"]
