"""Where the shipped catalogs, plans and rules live: inside the wheel, or the source tree.

An installed wheel carries `criteria/` and `rules/` as `engine/_data/…` (hatchling
force-include); an editable install or a checkout reads them from the repository root.
Never the working directory.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files
from pathlib import Path


@cache
def data_root() -> Path:
    packaged = Path(str(files("engine"))) / "_data"
    if (packaged / "criteria").is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2]
    if (source_tree / "criteria").is_dir():
        return source_tree
    raise FileNotFoundError("không tìm thấy thư mục dữ liệu criteria/ và rules/ của cchc-engine")


def criteria_dir() -> Path:
    return data_root() / "criteria"


def rules_dir() -> Path:
    return data_root() / "rules"


def catalog_ids() -> list[str]:
    return sorted(p.name for p in criteria_dir().iterdir() if (p / "catalog.yaml").is_file())


def plan_ids() -> list[str]:
    return sorted(p.stem for p in (criteria_dir() / "plans").glob("*.yaml"))
