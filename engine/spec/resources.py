"""Where catalogs, plans and rules live: the user's data directories first, then the shipped data.

The shipped data is inside the wheel (`engine/_data/…`, hatchling force-include) or, for an
editable install or a checkout, the repository root — never the working directory. A user's
directory (`--data DIR`, `CCHC_DATA`) is laid out the same way: `criteria/<catalog id>/catalog.yaml`
(+ `facts.yaml`), `criteria/plans/<plan id>.yaml`, `rules/<catalog id>.yaml`,
`criteria/policies/<policy id>.yaml` (the people rules a plan adopts; they were once a catalog's
`ratings.yaml`, which nothing reads any more).
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Literal

from engine.core.problems import InputError, Problem, Reason

SHIPPED = "shipped"
ENV = "CCHC_DATA"
Kind = Literal["catalog", "plan", "rules", "policy"]
_CATALOG_PARTS = ("catalog.yaml", "facts.yaml")  # what engine.spec.catalog.load_catalog reads
_KIND_VI = {
    "catalog": "bộ tiêu chí",
    "plan": "kế hoạch",
    "rules": "quy tắc của bộ tiêu chí",
    "policy": "chính sách",
}
_UNKNOWN = {
    "catalog": Reason.UNKNOWN_CATALOG,
    "plan": Reason.UNKNOWN_PLAN,
    "rules": Reason.UNKNOWN_RULES,
    "policy": Reason.INVALID,
}
_FOLDER = {"plan": "criteria/plans", "rules": "rules", "policy": "criteria/policies"}


@cache
def data_root() -> Path:
    packaged = Path(str(files("engine"))) / "_data"
    if (packaged / "criteria").is_dir():
        return packaged
    source_tree = Path(__file__).resolve().parents[2]
    if (source_tree / "criteria").is_dir():
        return source_tree
    raise FileNotFoundError("không tìm thấy thư mục dữ liệu criteria/ và rules/ của cchc-engine")


@dataclass(frozen=True)
class DataDir:
    root: Path
    source: str  # SHIPPED, or the directory as the user wrote it
    via: str = ""  # how it was given: "--data", CCHC_DATA (for messages saying where we looked)

    @property
    def shipped(self) -> bool:
        return self.source == SHIPPED


@dataclass(frozen=True)
class Found:
    """One declaration located: its file (or catalog folder), the files it reads, where it came from."""

    kind: Kind
    id: str
    path: Path
    name: str  # how problems cite it: relative for shipped data, the full path for a user's
    source: str

    @property
    def files(self) -> tuple[Path, ...]:
        if self.kind != "catalog":
            return (self.path,)
        return tuple(self.path / p for p in _CATALOG_PARTS if (self.path / p).is_file())

    def content(self) -> tuple[tuple[str, bytes], ...]:
        return tuple((f.name, f.read_bytes()) for f in self.files)


def search_path(data: Sequence[str | Path] = (), env: str | None = None) -> tuple[DataDir, ...]:
    """`--data` directories in the order given, then `CCHC_DATA` entries, then the shipped data."""
    env = os.environ.get(ENV, "") if env is None else env
    given = [str(d) for d in data] + [p for p in env.split(":") if p]
    problems = [
        Problem(code=Reason.FILE_NOT_FOUND, file=d, reason="thư mục dữ liệu không có hoặc không phải thư mục")
        for d in given
        if not Path(d).is_dir()
    ]
    if problems:
        raise InputError(problems)
    vias = ["--data"] * len(data) + [ENV] * (len(given) - len(data))
    return (
        *(DataDir(Path(d), d, via) for d, via in zip(given, vias, strict=True)),
        DataDir(data_root(), SHIPPED),
    )


def _relative(kind: Kind, ident: str) -> str:
    return f"criteria/{ident}" if kind == "catalog" else f"{_FOLDER[kind]}/{ident}.yaml"


def find_in(kind: Kind, ident: str, d: DataDir) -> Found | None:
    rel = _relative(kind, ident)
    path = d.root / rel
    present = (path / "catalog.yaml").is_file() if kind == "catalog" else path.is_file()
    if not present:
        return None
    return Found(kind, ident, path, rel if d.shipped else str(Path(d.source) / rel), d.source)


def locate(kind: Kind, ident: str, dirs: Sequence[DataDir]) -> Found:
    """The first directory holding `ident`; two user directories disagreeing about it is an error."""
    hits = [f for d in dirs if (f := find_in(kind, ident, d)) is not None]
    if not hits:
        raise InputError([_not_found(kind, ident, dirs)])
    first, users = hits[0], [h for h in hits if h.source != SHIPPED]
    problems = [
        Problem(
            code=Reason.DATA_CONFLICT,
            file=other.name,
            reason=f"{_KIND_VI[kind]} '{ident}' khác nội dung với {first.name}: "
            "hai thư mục dữ liệu không được khai cùng một mã với nội dung khác nhau",
        )
        for other in users[1:]
        if other.path.resolve() != first.path.resolve() and other.content() != first.content()
    ]
    if problems:
        raise InputError(problems)
    return first


def _not_found(kind: Kind, ident: str, dirs: Sequence[DataDir]) -> Problem:
    """Named by the id the user gave, with where it was looked for and the ids closest to it."""
    known = ids(kind, dirs)
    file = _relative(kind, ident) + ("/catalog.yaml" if kind == "catalog" else "")
    where = "; ".join(
        "dữ liệu kèm công cụ" if d.shipped else f"{d.via} {d.source}" if d.via else d.source for d in dirs
    )
    close = difflib.get_close_matches(ident, known, n=3, cutoff=0.6)
    guess = f"; có phải ý bạn là {', '.join(repr(c) for c in close)}?" if close else ""
    return Problem(
        code=_UNKNOWN[kind],
        file=ident,
        reason=f"không có {_KIND_VI[kind]} '{ident}' (đã tìm {file} trong: {where}){guess} "
        f"(hiện có: {', '.join(known) or 'không có'})",
    )


def ids(kind: Kind, dirs: Sequence[DataDir]) -> list[str]:
    """Every id of this kind across the directories (sorted, each once)."""
    found: set[str] = set()
    for d in dirs:
        if kind == "catalog":
            folder = d.root / "criteria"
            if folder.is_dir():
                found |= {p.name for p in folder.iterdir() if (p / "catalog.yaml").is_file()}
        else:
            found |= {p.stem for p in (d.root / _FOLDER[kind]).glob("*.yaml")}
    return sorted(found)


def criteria_dir() -> Path:
    return data_root() / "criteria"


def rules_dir() -> Path:
    return data_root() / "rules"


def catalog_ids() -> list[str]:
    """The shipped catalogs."""
    return ids("catalog", [DataDir(data_root(), SHIPPED)])


def plan_ids() -> list[str]:
    """The shipped plans."""
    return ids("plan", [DataDir(data_root(), SHIPPED)])
