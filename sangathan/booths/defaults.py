"""Default committee roles and strength rules: data an organisation edits afterwards, not code."""

from __future__ import annotations

from sangathan.booths.models import CommitteeRole, RuleKey, StrengthRule

ROLES = [  # key, hi, en, rank, per_page
    ("president", "अध्यक्ष", "President", 10, False),
    ("general-secretary", "महामंत्री", "General secretary", 20, False),
    ("bla", "बूथ लेवल एजेंट", "Booth level agent", 30, False),
    ("whatsapp", "व्हाट्सएप प्रमुख", "WhatsApp in-charge", 40, False),
    ("member", "सदस्य", "Member", 60, False),
    ("panna", "पन्ना प्रमुख", "Page in-charge", 50, True),
]


def ensure_defaults() -> dict[str, CommitteeRole]:
    """Create the default roles and rules if the organisation has none yet."""
    roles = {}
    for key, hi, en, rank, per_page in ROLES:
        roles[key], _ = CommitteeRole.objects.get_or_create(
            key=key, defaults={"name_hi": hi, "name_en": en, "rank": rank, "per_page": per_page})
    if not StrengthRule.objects.exists():
        formed = StrengthRule.objects.create(key=RuleKey.FORMED, name_hi="गठित", name_en="Formed", min_members=12)
        formed.required_roles.set([roles["president"]])
        StrengthRule.objects.create(key=RuleKey.ACTIVE, name_hi="सक्रिय", name_en="Active", requires=formed,
                                    meeting_within_days=30, all_pages_covered=True)
    return roles
