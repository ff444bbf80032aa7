"""Report files (issue 13): a temporary file beside the report, fsync, rename, fsync the folder;
a failed write leaves the old report untouched; new files follow the umask, old ones keep their mode."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from engine.cli.main import main
from engine.core.problems import InputError
from engine.report.output import write_atomically

GIA_LAI = Path(__file__).resolve().parents[2] / "evidence" / "examples" / "gia-lai-bqlkkt-2022.yaml"


def test_write_is_temporary_file_fsync_rename_fsync_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append("fsync-dir" if stat.S_ISDIR(os.fstat(fd).st_mode) else "fsync-file")
        real_fsync(fd)

    def replace(src: str | Path, dst: str | Path) -> None:
        assert Path(src).parent == Path(dst).parent and Path(src).name.startswith(".r.json.")
        events.append("rename")
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_atomically(tmp_path / "r.json", b"{}")
    assert events == ["fsync-file", "rename", "fsync-dir"]
    assert (tmp_path / "r.json").read_bytes() == b"{}"


def test_a_failed_write_leaves_the_old_report_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"old")

    def broken(src: str | Path, dst: str | Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(InputError) as err:  # the file named, the reason in Vietnamese: no traceback
        write_atomically(path, b"new")
    assert err.value.problems[0].render() == f"{path}: không ghi được tệp: ổ đĩa đầy"
    assert path.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["r.json"]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_report_follows_the_umask(umask: int, mode: int, tmp_path: Path) -> None:
    old = os.umask(umask)
    try:
        write_atomically(tmp_path / "r.html", b"x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.html").stat().st_mode) == mode


def test_an_overwritten_report_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"x")
    path.chmod(0o644)
    write_atomically(path, b"y")
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_refused_before_scoring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["score", str(GIA_LAI), "--quiet", "--out", str(folder / "r.json")]) == 2
    finally:
        folder.chmod(0o755)
    assert "không ghi được" in capsys.readouterr().err and list(folder.iterdir()) == []
