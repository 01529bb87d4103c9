"""Test support shared by tests/booths, tests/programmes and tests/dashboards."""

from __future__ import annotations

from sangathan.booths.models import BoothCommittee


def brute_force_booths(root_path: str, day) -> dict[str, int]:
    """Count a subtree's booths by evaluating every committee from its seats (no rollups)."""
    from sangathan.booths.rules import load_rules
    from sangathan.booths.state import booth_level, facts, last_meeting
    from sangathan.booths.rules import evaluate
    from sangathan.core.tree import subtree_q
    from sangathan.org.models import Unit

    rules = load_rules()
    out = dict.fromkeys(("booths", "committees", "formed", "verified", "active", "members"), 0)
    for booth in Unit.objects.filter(subtree_q("path", root_path), level=booth_level()):
        out["booths"] += 1
        c = BoothCommittee.objects.filter(unit=booth).first()
        if c is None:
            continue
        f = facts(c)
        f.last_meeting = last_meeting(booth)
        s = evaluate(rules, f)
        out["committees"] += int(f.seats > 0)
        out["formed"] += int(s.formed)
        out["verified"] += int(s.verified)
        out["active"] += int(s.active_on(day))
        out["members"] += f.members
    return out


