"""Where the seed documents are: `CCHC_SEEDS`, else `shared/seeds` beside the repository.

Tests that compare data with the seeds skip, saying why, when neither exists (a user's clone).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def seeds_dir() -> Path:
    given = os.environ.get("CCHC_SEEDS")
    return Path(given) if given else ROOT.parent / "shared" / "seeds"


def seed_text(prefix: str) -> str:
    """The text of the seed whose file name starts with `prefix` (e.g. "001")."""
    (path,) = sorted(seeds_dir().glob(f"{prefix}_*.txt"))
    return path.read_text(encoding="utf-8")


needs_seeds = pytest.mark.skipif(
    not seeds_dir().is_dir(),
    reason="không tìm thấy tài liệu nguồn (đặt CCHC_SEEDS hoặc để shared/seeds cạnh thư mục dự án)",
)
