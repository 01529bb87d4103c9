"""Train the model shipped in the package from the shipped training set.

Usage: python bench/press_train_shipped.py
Writes sangathan/press/learn/shipped.crfsuite (deterministic: same data, same file).
"""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sangathan.press.learn import SHIPPED, shipped_examples  # noqa: E402
from sangathan.press.learn.model import train  # noqa: E402


def main() -> int:
    t0 = time.perf_counter()
    model = train(shipped_examples())
    SHIPPED.write_bytes(model)
    print(f"{SHIPPED.name}: {len(model) / 1024:.0f} KB, sha256 {hashlib.sha256(model).hexdigest()[:16]}, "
          f"trained in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
