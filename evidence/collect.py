"""Which files of a run are units: evidence files given, and every evidence file in a directory given.

A province keeps one folder per campaign: the departments' evidence files beside their dossier
exports, procedure lists, column mappings and last run's reports. A directory contributes its
YAML, JSON and workbook files, not its subfolders unless `recursive`; a file that an evidence
file of the run names under `sources` is that unit's input, not a unit; hidden files, Excel's
lock files (`~$…`), the JSON reports and summaries cchc writes and workbooks without the evidence
sheet (report workbooks, dossier exports) are skipped.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.core.problems import Problem, Reason
from evidence.workbook.layout import FACTS
from evidence.workbook.reader import is_workbook

SUFFIXES = (".yaml", ".yml", ".json")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: a province's files are read twice


@dataclass
class Collected:
    """The units' evidence files in a stable order, and the paths given that are not usable."""

    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def is_evidence_name(path: Path) -> bool:
    name = path.name
    if name.startswith((".", "~$")):
        return False
    return path.suffix.lower() in SUFFIXES or is_workbook(path)


def _mapping(path: Path) -> dict[str, Any] | None:
    """The top mapping of a YAML/JSON file, or None when it cannot be read (the loader will say why)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        data = json.loads(text) if path.suffix.lower() == ".json" else yaml.load(text, Loader=_LOADER)
    except (OSError, ValueError, yaml.YAMLError):
        return None
    return data if isinstance(data, dict) else None


def _named_sources(data: dict[str, Any], base: Path) -> list[Path]:
    sources = data.get("sources")
    if not isinstance(sources, dict):
        return []
    out = []
    for key in ("dossiers", "procedures", "mapping"):
        value = sources.get(key)
        if isinstance(value, dict):
            value = value.get("file")
        if isinstance(value, str) and value.strip():
            out.append(base / value)
    return out


def _is_our_output(data: dict[str, Any]) -> bool:
    """A report, ranking summary or comparison that cchc wrote (they all name the engine)."""
    engine = data.get("engine")
    return "schema_version" in data and isinstance(engine, dict) and engine.get("name") == "cchc-engine"


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path


def _other_workbook(path: Path) -> bool:
    """A workbook found in a folder that is not an evidence workbook (a report written by cchc, a
    dossier export nobody names): it has no sheet “Minh chứng”. Read from the zip's directory only."""
    try:
        with zipfile.ZipFile(path) as z:
            book = z.read("xl/workbook.xml").decode("utf-8")
    except (OSError, KeyError, zipfile.BadZipFile, UnicodeDecodeError):
        return False  # not readable as a workbook: the reader will say why
    return f'name="{FACTS}"' not in book


def collect(paths: Sequence[Path], recursive: bool = False, skip: Iterable[Path] = ()) -> Collected:
    """The evidence files the paths stand for; `skip` are never taken as units (the run's outputs)."""
    out = Collected()
    skipped = {_resolved(p) for p in skip}
    found: list[tuple[Path, bool]] = []  # (file, named explicitly)
    for given in paths:
        if given.is_dir():
            pattern = "**/*" if recursive else "*"
            found += [
                (p, False)
                for p in sorted(given.glob(pattern))
                if p.is_file()
                and is_evidence_name(p)
                and not any(part.startswith(".") for part in p.relative_to(given).parts)
            ]
        elif given.exists():
            found.append((given, True))
        else:
            out.problems.append(
                Problem(code=Reason.FILE_NOT_FOUND, file=str(given), reason="không có tệp hoặc thư mục này")
            )
    named: set[Path] = set()
    for path, _ in found:
        data = _mapping(path) if path.suffix.lower() in SUFFIXES else None
        if data is not None:
            named.update(_resolved(p) for p in _named_sources(data, path.parent))
    seen: set[Path] = set()
    for path, explicit in found:
        real = _resolved(path)
        if real in seen or real in skipped:
            continue
        if not explicit and real in named:
            continue
        if not explicit and path.suffix.lower() == ".json":
            data = _mapping(path)
            if data is not None and _is_our_output(data):
                continue
        if not explicit and is_workbook(path) and _other_workbook(path):
            continue
        seen.add(real)
        out.files.append(path)
    return out
