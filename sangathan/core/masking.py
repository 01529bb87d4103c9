"""Contact details are shown in full only to managers of the person's home unit."""

from __future__ import annotations

from sangathan.core.scoping import can


def mask_phone(phone: str) -> str:
    digits = [c for c in phone if c.isdigit()]
    return "•" * max(len(digits) - 2, 0) + "".join(digits[-2:]) if digits else ""


def mask_email(email: str) -> str:
    if "@" not in email:
        return ""
    local, domain = email.split("@", 1)
    return local[:1] + "•••@" + domain


def contact(user, person) -> dict:
    """{'phone', 'email', 'masked'} as this user may see them."""
    if can(user, "manage", person.home_unit.path):
        return {"phone": person.phone, "email": person.email, "masked": False}
    return {"phone": mask_phone(person.phone), "email": mask_email(person.email), "masked": True}
