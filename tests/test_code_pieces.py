"""No repeated dossier code, proven from the pieces DuckDB reads (evidence/code_pieces.py)."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from engine.core.problems import InputError, Reason
from evidence import dossier_scan as scan
from evidence.code_pieces import CodePieces
from evidence.load import load_evidence
from tests.conftest import small_rows, write_evidence
from tests.test_typed_dates import _setup


def watched(*pieces: list[str | None]) -> CodePieces:
    seen = CodePieces()
    for piece in pieces:
        assert seen.watch(pa.array(piece, pa.string())).to_pylist() == piece  # the codes go back as they came
    return seen


def test_increasing_pieces_with_ranges_apart_prove_the_codes_distinct() -> None:
    assert watched(["A1", "A2"], ["B1", "B2", "B3"]).distinct(5)
    assert watched(["B1", "B2", "B3"], ["A1", "A2"]).distinct(5)  # whatever order the threads called in
    assert watched(["A1", None, "A3"], [None]).distinct(4)  # a missing code is another problem


def test_no_proof_when_a_piece_does_not_increase_or_ranges_overlap() -> None:
    assert not watched(["A1", "A1"]).distinct(2)  # the same code on the next row
    assert not watched(["A2", "A1"]).distinct(2)
    assert not watched(["A1", "A5"], ["A3", "A4"]).distinct(4)  # A3 could be in the first piece
    assert not watched(["A1", "A3"], ["A3", "A4"]).distinct(4)
    assert not watched(["A1", "A2"]).distinct(3)  # a row the function did not see


def test_a_failure_while_watching_only_loses_the_proof() -> None:
    seen = CodePieces()
    assert seen.watch("không phải mảng Arrow") == "không phải mảng Arrow"
    assert not seen.distinct(0)
    seen.clear()
    assert seen.distinct(0)


codes = st.lists(st.sampled_from(["A", "B", "C", "D", "E", "F", "G", "H"]) | st.none(), max_size=30)


@given(codes, st.lists(st.integers(1, 30), max_size=10), st.randoms())
def test_the_proof_never_holds_for_codes_that_repeat(
    all_codes: list[str | None], cuts: list[int], rnd: random.Random
) -> None:
    """Sound however the rows are cut into pieces and whatever order the pieces come in."""
    bounds = sorted({0, len(all_codes), *(c for c in cuts if c < len(all_codes))})
    pieces = [all_codes[a:b] for a, b in itertools.pairwise(bounds)]
    rnd.shuffle(pieces)
    given_codes = [c for c in all_codes if c is not None]
    if watched(*pieces).distinct(len(all_codes)):
        assert len(set(given_codes)) == len(given_codes)


@given(st.sets(st.text(min_size=1, max_size=6), max_size=40), st.lists(st.integers(1, 40), max_size=8))
def test_the_proof_holds_for_distinct_codes_in_increasing_order(distinct: set[str], cuts: list[int]) -> None:
    """Python sorts text as Arrow compares it (UTF-8 bytes, code points)."""
    ordered: list[str | None] = list(sorted(distinct))
    bounds = sorted({0, len(ordered), *(c for c in cuts if c < len(ordered))})
    assert watched(*[ordered[a:b] for a, b in itertools.pairwise(bounds)]).distinct(len(ordered))


def many_rows(n: int) -> list[list[str]]:
    """`n` dossiers like the hand-counted ones, codes in increasing order: many pieces to DuckDB."""
    base = small_rows()
    rows = []
    for i in range(n):
        row = list(base[i % len(base)])
        row[0] = f"HS{i:07d}"
        rows.append(row)
    return rows


@pytest.fixture(autouse=True)
def watched_from_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    """The codes watched in the counting's pass, however small the file (`WATCHED_FROM`)."""
    monkeypatch.setattr(scan, "WATCHED_FROM", 0)


def groups(con: object) -> list[tuple[object, ...]]:
    import duckdb

    assert isinstance(con, duckdb.DuckDBPyConnection)
    found = sorted(con.execute("SELECT * FROM groups").fetchall(), key=repr)
    con.close()
    return found


def test_an_export_in_code_order_is_proven_without_hashing_on_every_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_evidence(tmp_path, many_rows(30_000)).parent / "hoso.csv"
    layout, d = _setup(path)
    con, counts = scan.fast_count(path, layout, d)
    assert counts.totals["rows"] == 30_000 and counts.totals["unordered_codes"] == 0
    watched = groups(con)
    monkeypatch.setattr(scan, "WATCHED_FROM", 1 << 62)
    for beside_from in (0, 1 << 62):  # the check beside the counting, or after it
        monkeypatch.setattr(scan, "BESIDE_FROM", beside_from)
        con, other = scan.fast_count(path, layout, d)
        assert groups(con) == watched and other.totals == counts.totals  # the same counts every way


def test_an_export_out_of_code_order_is_left_to_hashing(tmp_path: Path) -> None:
    rows = many_rows(30_000)
    random.Random(1).shuffle(rows)
    path = write_evidence(tmp_path, rows).parent / "hoso.csv"
    layout, d = _setup(path)
    con, counts = scan.fast_count(path, layout, d)
    con.close()
    assert counts.totals["unordered_codes"] == 1
    assert (
        load_evidence(path.parent / "minh-chung.yaml").facts["dossiers.received"] > 0
    )  # counted all the same


@pytest.mark.parametrize("far", [2, 29_000])
def test_a_code_repeated_in_a_large_export_in_code_order_is_found(tmp_path: Path, far: int) -> None:
    rows = many_rows(30_000)
    rows[far][0] = rows[far - 1][0] if far == 2 else rows[10][0]
    evidence = write_evidence(tmp_path, rows)
    with pytest.raises(InputError) as caught:
        load_evidence(evidence)
    assert [(p.row, p.code) for p in caught.value.problems] == [(far + 2, Reason.DUPLICATE_ROW)]
