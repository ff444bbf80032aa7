"""A table read row by row (a large XLSX export) shows how far the reading is, on a terminal only."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from engine.cli.score import reading_shown
from evidence import export_rows
from evidence.export_rows import PROGRESS_EVERY, csv_rows, watch_rows
from tests.conftest import HEADER, small_rows, write_csv


def test_watchers_hear_every_so_many_rows_until_stopped(tmp_path: Path) -> None:
    row = small_rows()[0]
    export = write_csv(tmp_path / "hoso.csv", HEADER, [row] * (2 * PROGRESS_EVERY + 10))
    heard: list[tuple[str, int]] = []
    stop = watch_rows(lambda file, n: heard.append((file, n)))
    try:
        assert sum(1 for _ in csv_rows(export, "hoso.csv").data([0])) == 2 * PROGRESS_EVERY + 10
    finally:
        stop()
    assert heard == [("hoso.csv", PROGRESS_EVERY), ("hoso.csv", 2 * PROGRESS_EVERY)]
    list(csv_rows(export, "hoso.csv").data([0]))
    assert len(heard) == 2 and not export_rows._watchers


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_reading_line_is_shown_on_a_terminal_then_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = Terminal()
    monkeypatch.setattr("sys.stderr", screen)
    with reading_shown(True):
        for watcher in export_rows._watchers:
            watcher("/tmp/x/hoso.xlsx", 120_000)
    assert screen.getvalue() == "\rĐang đọc hoso.xlsx: dòng 120.000…\r\033[K"
    assert not export_rows._watchers


@pytest.mark.parametrize(("wanted", "stream"), [(False, Terminal()), (True, io.StringIO())])
def test_nothing_is_shown_when_quiet_or_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch, wanted: bool, stream: io.StringIO
) -> None:
    monkeypatch.setattr("sys.stderr", stream)
    with reading_shown(wanted):
        assert not export_rows._watchers
    assert stream.getvalue() == ""
