"""Report files on disk: every `--out` checked before anything is written, then written whole.

A report is an attachment to an official submission: a half-written file, a report written
over the evidence it was computed from, or a file made private (0600) behind the user's back
are all worse than an error. Every writer goes through here.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from engine.core.os_reasons import os_reason
from engine.core.problems import InputError, Problem, Reason


def _problem(name: str, reason: str) -> Problem:
    return Problem(code=Reason.OUTPUT, file=name or "--out", reason=reason)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def _place_problem(name: str, path: Path) -> str | None:
    """Why a report cannot be written at this path, or None."""
    if not name.strip():
        return "tên tệp báo cáo để trống"
    if name.endswith(("/", os.sep)) or path.is_dir():
        return "là một thư mục, không phải tệp: thêm tên tệp báo cáo"
    if path.exists() and not path.is_file():
        return "không phải tệp thường (không ghi đè)"
    parent = path.parent
    probe = parent
    while not probe.exists():
        if probe.parent == probe:
            break
        probe = probe.parent
    if probe.exists() and not probe.is_dir():
        return f"“{probe}” là một tệp, không phải thư mục: không thể tạo tệp bên trong"
    if path.exists() and not os.access(path, os.W_OK):
        return "tệp đã có và không có quyền ghi"
    try:  # the one sure test, for root too: create (and remove) a file where the report will go
        fd, tmp = tempfile.mkstemp(dir=probe, prefix=".cchc-", suffix=".tmp")
    except OSError as exc:
        return f"không ghi được vào thư mục “{probe}”: {os_reason(exc, writing=True)}"
    os.close(fd)
    os.unlink(tmp)
    return None


def check_outputs(outputs: Sequence[str], inputs: Sequence[Path]) -> list[Path]:
    """Every problem with the `--out` paths at once (InputError); their paths when all are fine."""
    problems: list[Problem] = []
    paths: list[Path] = []
    for name in outputs:
        path = Path(name)
        reason = _place_problem(name, path)
        if reason is None:
            same = next((i for i in inputs if _same_file(path, i)), None)
            if same is not None:
                reason = f"trùng tệp đầu vào “{same}”: báo cáo không được ghi đè lên minh chứng"
            elif any(_same_file(path, p) for p in paths):
                reason = "được nêu hai lần trong --out"
        if reason is not None:
            problems.append(_problem(name, reason))
        paths.append(path)
    if problems:
        raise InputError(problems)
    return paths


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes) -> None:
    """Write the whole file or nothing: temporary file beside it, fsync, rename, fsync the folder.

    A new file gets the mode the umask gives (0644 under 022); a file written over keeps its mode.
    A refusal of the system (disk full, read-only…) is an InputError naming the file, in Vietnamese.
    """
    try:
        _write(path, data)
    except OSError as exc:
        raise InputError(
            [_problem(str(path), f"không ghi được tệp: {os_reason(exc, writing=True)}")]
        ) from exc


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fchmod(f.fileno(), mode)
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)
