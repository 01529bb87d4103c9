"""Scale presets and the configuration a synthetic organisation needs (levels, posts, roles, rules)."""

from __future__ import annotations

from dataclasses import dataclass

from sangathan.booths.defaults import ensure_defaults
from sangathan.dashboards.models import PostRequirement
from sangathan.demo.loader import LEVELS, POSTS
from sangathan.org.models import Level, Wing
from sangathan.people.models import PostType


@dataclass(frozen=True)
class Scale:
    name: str
    states: int
    districts: int
    acs: int
    booths: int
    mandals_per_ac: tuple[int, int] = (6, 10)
    booths_per_sk: int = 5


SCALES = {
    "tiny": Scale("tiny", 1, 2, 3, 90, (2, 3), 5),
    "district": Scale("district", 1, 1, 7, 1_750),
    "state": Scale("state", 1, 75, 403, 175_000),
    "national": Scale("national", 36, 780, 4_123, 1_050_000),
}

REQUIREMENTS = [("state", "president", 1), ("district", "president", 1), ("district", "general-secretary", 3),
                ("assembly", "president", 1), ("mandal", "president", 1), ("mandal", "general-secretary", 2),
                ("shakti-kendra", "convener", 1)]


def spread(total: int, parts: int, rng, jitter: float = 0.3) -> list[int]:
    """`total` split into `parts` positive, uneven, deterministic shares."""
    weights = [1 + rng.uniform(-jitter, jitter) for _ in range(parts)]
    s = sum(weights)
    shares = [max(1, int(total * w / s)) for w in weights]
    shares[-1] += total - sum(shares)
    return shares


def ensure_config() -> dict:
    """Levels, post types, the main wing, committee roles and rules, post requirements."""
    levels = {}
    for depth, (key, hi, en) in enumerate(LEVELS):
        lv = Level.objects.filter(key=key).first() or Level.objects.create(depth=depth, key=key, name_hi=hi, name_en=en)
        levels[key] = lv
    posts = {}
    for key, hi, en, incharge, rank in POSTS:
        posts[key], _ = PostType.objects.get_or_create(key=key, defaults={"name_hi": hi, "name_en": en,
                                                                          "is_incharge": incharge, "rank": rank})
    wing, _ = Wing.objects.get_or_create(key="main", defaults={"name_hi": "मूल संगठन", "name_en": "Main organisation"})
    roles = ensure_defaults()
    for level, post, count in REQUIREMENTS:
        PostRequirement.objects.get_or_create(level=levels[level], post=posts[post], defaults={"count": count})
    return {"levels": levels, "posts": posts, "wing": wing, "roles": roles}
