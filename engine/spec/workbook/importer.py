"""Import a catalog workbook into a data directory (`cchc catalog import … --out DIR`).

The workbook is validated exactly like shipped data: its documents are written to a temporary
data directory and loaded through the same loaders (`Library`), and whatever they refuse is moved
back onto the sheet, row and column it came from, together with the workbook's own checks — all
at once. Only when nothing is wrong are the files written, from the validated models, in a stable
order: two imports of the same workbook give the same bytes.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from engine.core.problems import InputError, Problem, Reason
from engine.spec import resources
from engine.spec.bundle import Library
from engine.spec.workbook import checks, partial
from engine.spec.workbook import layout as L
from engine.spec.workbook.read import Draft, Place, read_workbook
from engine.spec.workbook.yaml_out import yaml_text

_ID = re.compile(r"^[\w][\w.-]*$")
_MASK = os.umask(0o022)
os.umask(_MASK)
_MODE = 0o666 & ~_MASK  # what a plain `open` would give: data files are shared, not private
FACTS_KEYS = ("facts", "constraints")  # written to facts.yaml beside catalog.yaml
COMMENT = "Sinh bởi cchc catalog import: sửa trong sổ Excel rồi nhập lại, hoặc sửa trực tiếp tệp này."


@dataclass(frozen=True)
class Imported:
    catalog: str
    plan: str | None
    files: tuple[Path, ...]
    warnings: tuple[Problem, ...]


def files_of(docs: dict[L.Doc, dict[str, Any]], catalog_id: str, plan_id: str | None) -> dict[str, str]:
    """Relative path → YAML text of each file the documents make up, in the `--data` layout."""
    catalog = docs["catalog"]
    main = {k: v for k, v in catalog.items() if k not in FACTS_KEYS}
    extra = {k: v for k, v in catalog.items() if k in FACTS_KEYS}
    out = {
        f"criteria/{catalog_id}/catalog.yaml": yaml_text(main, COMMENT),
        f"criteria/{catalog_id}/facts.yaml": yaml_text(extra or {"facts": {}}, COMMENT),
        f"rules/{catalog_id}.yaml": yaml_text(docs["rules"], COMMENT),
    }
    if plan_id is not None and "plan" in docs:
        out[f"criteria/plans/{plan_id}.yaml"] = yaml_text(docs["plan"], COMMENT)
    return out


def _write_tree(root: Path, files: dict[str, str]) -> list[Path]:
    written = []
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
                os.fchmod(handle.fileno(), _MODE)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(path)
    return written


def _ident(draft: Draft, doc: L.Doc, problems: list[Problem]) -> str | None:
    value = draft.docs.get(doc, {}).get("id")
    if isinstance(value, str) and _ID.match(value):
        return value
    sheet, row, column = draft.locate(doc, "id") or (L.HEAD, None, None)
    reason = (
        f"thiếu mã {L.DOC_VI[doc]}"
        if value is None
        else f"mã '{value}' không dùng được làm tên thư mục/tệp (chỉ chữ, số, '-', '_', '.')"
    )
    code = Reason.MISSING_FIELD if value is None else Reason.INVALID_VALUE
    problems.append(Problem(code=code, file=draft.name, sheet=sheet, row=row, column=column, reason=reason))
    return None


class _Relocator:
    """Problems the loaders found in the temporary files, moved onto the workbook's cells."""

    def __init__(self, draft: Draft, root: Path, catalog_id: str, plan_id: str | None) -> None:
        self.draft = draft
        base = str(root)
        self.docs: dict[str, L.Doc] = {
            f"{base}/criteria/{catalog_id}/catalog.yaml": "catalog",
            f"{base}/criteria/{catalog_id}/facts.yaml": "catalog",
            f"{base}/rules/{catalog_id}.yaml": "rules",
        }
        if plan_id is not None:
            self.docs[f"{base}/criteria/plans/{plan_id}.yaml"] = "plan"
        self.base = base

    def __call__(self, p: Problem) -> Problem:
        doc = self.docs.get(p.file)
        where = p.where
        if doc is None and p.code == Reason.UNKNOWN_CATALOG and "plan" in self.draft.docs:
            doc, where = "plan", "catalog"
        if doc is None:
            return p.model_copy(update={"file": p.file.replace(self.base + "/", "")})
        place: Place = self.draft.locate(doc, where) or (L.HEAD, None, None)
        named = re.search(r"'([^']+)'", p.reason)
        if named and place[2] in (None, L.SHEET_KEYS.get(place[0])):
            place = self.draft.holding(doc, where, named.group(1)) or place
        if named and place[1] is None:  # e.g. a criterion without an indicator: the criterion's own row
            place = self.draft.holding(None, ":criteria.", named.group(1)) or place
        sheet, row, column = place
        reason = (
            p.reason
            if p.code != Reason.ID_MISMATCH
            else f"{p.reason.split(' khác ')[0]} khác tên thư mục/tệp"
        )
        return Problem(code=p.code, file=self.draft.name, sheet=sheet, row=row, column=column, reason=reason)


def _load(root: Path, catalog_id: str, plan_id: str | None, data: Sequence[str | Path]) -> list[BaseModel]:
    """The declarations under `root`, loaded as `--data root` would load them (InputError if refused)."""
    library = Library(resources.search_path([str(root), *data], env=""))  # CCHC_DATA may hold the old copy
    problems: list[Problem] = []
    models: list[BaseModel] = []
    try:
        catalog, _ = library.catalog(catalog_id)
        models.append(catalog)
    except InputError as exc:
        problems += exc.problems
    else:
        try:
            models.append(library.rulebook(catalog)[0])
        except InputError as exc:
            problems += exc.problems
    if plan_id is not None:
        try:
            models.append(library.plan(plan_id)[0])
        except InputError as exc:
            problems += exc.problems
    if not problems and plan_id is not None:
        try:
            library.bundle(catalog_id, plan_id)
        except InputError as exc:
            problems += exc.problems
    if problems:
        raise InputError(problems)
    return models


def _dump(model: BaseModel) -> Any:
    """What the file needs to say: defaults left out, and the empty keys some models still dump
    (a form's unused `value: null`, a linear scale's `bands: []`) dropped when the model reads
    the same without them."""
    data = model.model_dump(mode="python", by_alias=True, exclude_defaults=True)
    lean = _without_empty(data)
    try:
        same = type(model).model_validate(lean) == model
    except ValueError:
        same = False
    return lean if same else data


def _without_empty(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_empty(v) for k, v in data.items() if v is not None and v != [] and v != {}}
    if isinstance(data, list):
        return [_without_empty(v) for v in data]
    return data


def import_workbook(
    path: Path,
    out: Path,
    name: str | None = None,
    data: Sequence[str | Path] = (),
    computed: Collection[str] = (),
) -> Imported:
    """Validate the workbook and write its data directory files under `out`; InputError, nothing written.

    `computed`: facts an evidence source computes by itself (not warned about when nothing reads them)."""
    name = name or str(path)
    # The directory being written may be on the search path with last year's copy: not a conflict.
    data = [d for d in data if not (out.exists() and Path(d).exists() and Path(d).resolve() == out.resolve())]
    draft = read_workbook(path, name)
    problems = list(draft.problems)
    for doc in L.DOC_MODELS:
        draft.places.setdefault(f"{doc}:", (L.HEAD, None, None))
    if out.exists() and not out.is_dir():
        problems.append(
            Problem(code=Reason.OUTPUT, file=str(out), reason="--out phải là thư mục dữ liệu, không phải tệp")
        )
    catalog_id = _ident(draft, "catalog", problems)
    plan_id = _ident(draft, "plan", problems) if "plan" in draft.docs else None
    found, covered = checks.check(draft)
    problems += found
    warnings = checks.unread_facts(draft, computed)
    docs = dict(draft.docs)
    docs.setdefault("catalog", {})
    docs["rules"] = {**docs.get("rules", {}), "catalog": catalog_id or "_"}  # a missing id is reported once
    models: list[BaseModel] = []
    with tempfile.TemporaryDirectory(prefix="cchc-import-") as tmp:
        root = Path(tmp) / "draft"
        cid = catalog_id or "_"
        _write_tree(root, files_of(docs, cid, plan_id))
        try:
            models = _load(root, cid, plan_id, data)
        except InputError as exc:
            relocate = _Relocator(draft, root, cid, plan_id)
            names = {doc: file for file, doc in reversed(relocate.docs.items())}
            found_later = partial.problems(docs, names)  # what a broken part would hide until next time
            moved = list(dict.fromkeys(relocate(p) for p in [*exc.problems, *found_later]))
            # A cell already refused (not a number, not a choice) is not reported again as missing.
            refused = {(p.sheet, p.row, p.column) for p in problems} | {
                (p.sheet, p.row, None) for p in problems
            }
            problems += [
                p
                for p in moved
                if (p.sheet, p.row, p.column) not in covered | refused
                and not (catalog_id is None and p.code == Reason.ID_MISMATCH)
            ]
        if problems:
            raise InputError(problems)
        assert catalog_id is not None
        final: dict[L.Doc, dict[str, Any]] = {"catalog": _dump(models[0]), "rules": _dump(models[1])}
        if plan_id is not None:
            final["plan"] = _dump(models[2])
        files = files_of(final, catalog_id, plan_id)
        check_root = Path(tmp) / "final"
        _write_tree(check_root, files)
        _load(check_root, catalog_id, plan_id, data)  # what is written loads, or this is a bug
    written = _write_tree(out, files)
    return Imported(catalog_id, plan_id, tuple(written), tuple(warnings))
