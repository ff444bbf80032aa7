"""The one digest recipe: sha256 of canonical JSON (sorted keys, UTF-8), so formatting never changes it."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def digest(data: Any) -> str:
    """`sha256:<hex>` of `data` (JSON-able) written canonically."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()
