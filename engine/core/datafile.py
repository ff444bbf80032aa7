"""Reading YAML/JSON data files: NFC text, duplicate keys refused, lines remembered.

PyYAML silently keeps the last of two duplicate keys and forgets positions; users need
both reported, so the node tree is walked here and each path keeps its line number.

The files people write by hand (evidence, catalog, plan, mapping) are read bounded: only a
regular file, at most `MAX_BYTES`; the walk refuses a self-referencing alias, more than
`MAX_DEPTH` levels and more than `MAX_NODES` values after alias expansion, so a
"billion laughs" file is refused in milliseconds instead of filling the memory. Tags other
than YAML's standard ones (`!!python/object`…) and impossible dates (2022-02-30) are refused
with their line.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.core.os_reasons import os_reason
from engine.core.problems import InputError, Problem, Reason
from engine.core.yaml_reasons import yaml_reason

Path_ = tuple[str | int, ...]
# libyaml's parser when PyYAML has it (20× faster on the catalog); same nodes, same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 200_000
_STANDARD = "tag:yaml.org,2002:"
_TAGS = {_STANDARD + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")}


def _grouped(n: int) -> str:
    return f"{n:_}".replace("_", ".")


class _Refused(Exception):
    """A node the walk will not build: the problem is attached."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.reason)
        self.problem = problem


@dataclass
class DataFile:
    """A parsed data file with the line of every key path (1-based)."""

    name: str
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        """The line of the path, or of its nearest ancestor that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


class _Walker:
    def __init__(self, name: str) -> None:
        self.name = name
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self._scalar = yaml.SafeLoader("")
        self._nodes = 0
        self._open: set[int] = set()  # collections on the current path: an alias back to one is a loop

    def _refuse(self, node: yaml.Node, path: Path_, code: Reason, reason: str) -> _Refused:
        where = ".".join(str(p) for p in path)
        return _Refused(
            Problem(code=code, file=self.name, where=where, line=node.start_mark.line + 1, reason=reason)
        )

    def _value(self, node: yaml.Node, path: Path_) -> Any:
        """A scalar's value; a refused one is noted (every problem at once) and read as blank."""
        if node.tag not in _TAGS:
            tag = node.tag.replace(_STANDARD, "!!")
            reason = f"thẻ YAML “{tag}” không được hỗ trợ (chỉ nhận dữ liệu thường: chữ, số, ngày, danh sách)"
            self.problems.append(self._refuse(node, path, Reason.UNSUPPORTED_TAG, reason).problem)
            return None
        try:
            return self._scalar.construct_object(node)
        except (ValueError, OverflowError, yaml.YAMLError):
            raw = str(getattr(node, "value", ""))
            if node.tag == _STANDARD + "timestamp":
                code, reason = Reason.NOT_A_DATE, f"ngày “{raw}” không có thật"
            else:
                code, reason = Reason.INVALID_VALUE, f"giá trị “{raw}” không đọc được"
            self.problems.append(self._refuse(node, path, code, reason).problem)
            return None

    def walk(self, node: yaml.Node, path: Path_) -> Any:
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise self._refuse(
                node,
                path,
                Reason.TOO_LARGE,
                f"tệp có hơn {_grouped(MAX_NODES)} giá trị (kể cả bí danh YAML được mở rộng): "
                "vượt quá giới hạn",
            )
        if len(path) > MAX_DEPTH:
            raise self._refuse(
                node, path[:MAX_DEPTH], Reason.TOO_LARGE, f"lồng quá {MAX_DEPTH} cấp: vượt quá giới hạn"
            )
        self.lines.setdefault(path, node.start_mark.line + 1)
        if not isinstance(node, yaml.MappingNode | yaml.SequenceNode):
            return self._value(node, path)
        if node.tag not in _TAGS:
            return self._value(node, path)  # a tagged collection (!!python/object:…): refused
        if id(node) in self._open:
            raise self._refuse(node, path, Reason.SYNTAX, "bí danh YAML tự tham chiếu (vòng lặp vô hạn)")
        self._open.add(id(node))
        try:
            return self._collection(node, path)
        finally:
            self._open.discard(id(node))

    def _collection(self, node: yaml.MappingNode | yaml.SequenceNode, path: Path_) -> Any:
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise self._refuse(
                        key_node, path, Reason.SYNTAX, "khoá phải là một giá trị đơn (chữ hoặc số)"
                    )
                key = str(self._value(key_node, path))
                child = (*path, key)
                if key in out:
                    self.problems.append(
                        Problem(
                            code=Reason.DUPLICATE_KEY,
                            file=self.name,
                            where=".".join(str(p) for p in child),
                            line=key_node.start_mark.line + 1,
                            reason=f"khoá '{key}' bị khai báo hai lần (duplicate key)",
                        )
                    )
                    continue
                self.lines[child] = key_node.start_mark.line + 1
                out[key] = self.walk(value_node, child)
            return out
        return [self.walk(item, (*path, i)) for i, item in enumerate(node.value)]


def parse_text(text: str, name: str) -> DataFile:
    """Parse YAML (JSON is YAML) after NFC normalisation; raise InputError on any fault."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, char = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
        if isinstance(exc, yaml.reader.ReaderError):
            line = text.count("\n", 0, exc.position) + 1
            char = exc.position - text.rfind("\n", 0, exc.position)
        reason = f"YAML/JSON không hợp lệ: {yaml_reason(exc, text)}"
        raise InputError(
            [Problem(code=Reason.SYNTAX, file=name, line=line, char=char, reason=reason)]
        ) from exc
    if node is None:
        raise InputError([Problem(code=Reason.EMPTY_FILE, file=name, reason="tệp rỗng")])
    walker = _Walker(name)
    try:
        data = walker.walk(node, ())
    except _Refused as exc:
        raise InputError([*walker.problems, exc.problem]) from exc
    if walker.problems:
        raise InputError(walker.problems)
    return DataFile(name=name, data=data, lines=walker.lines)


def _megabytes(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB"


def regular_file(path: Path, name: str) -> os.stat_result:
    """The file's status if it is a regular file; otherwise InputError saying what it is instead."""

    def refuse(code: Reason, reason: str) -> InputError:
        return InputError([Problem(code=code, file=name, reason=reason)])

    try:
        info = path.stat()
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise refuse(
                Reason.FILE_NOT_FOUND, "liên kết tượng trưng (symlink) trỏ tới tệp không có"
            ) from exc
        raise refuse(Reason.FILE_NOT_FOUND, "không tìm thấy tệp") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise refuse(
                Reason.NOT_REGULAR_FILE, "liên kết tượng trưng (symlink) lặp vòng, không phải tệp thường"
            ) from exc
        raise refuse(Reason.FILE_UNREADABLE, f"không đọc được tệp: {os_reason(exc, writing=False)}") from exc
    if stat.S_ISDIR(info.st_mode):
        raise refuse(Reason.NOT_REGULAR_FILE, "là thư mục, không phải tệp thường")
    if not stat.S_ISREG(info.st_mode):
        kind = "thiết bị" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "tệp đặc biệt"
        if stat.S_ISFIFO(info.st_mode):
            kind = "pipe (FIFO)"
        elif stat.S_ISSOCK(info.st_mode):
            kind = "socket"
        raise refuse(Reason.NOT_REGULAR_FILE, f"là {kind}, không phải tệp thường")
    return info


def read_bytes(path: Path, name: str, *, bounded: bool = True) -> bytes:
    """A regular file's bytes (at most `MAX_BYTES` when `bounded`: a file written by hand),
    or InputError naming `name` and why not."""
    limit = MAX_BYTES if bounded else None
    info = regular_file(path, name)
    too_large = InputError(
        [
            Problem(
                code=Reason.TOO_LARGE,
                file=name,
                reason=f"tệp lớn hơn giới hạn {_megabytes(limit or 0)} của tệp khai tay: vượt quá giới hạn",
            )
        ]
    )
    if limit is not None and info.st_size > limit:
        raise too_large
    try:
        with path.open("rb") as f:
            data = f.read() if limit is None else f.read(limit + 1)
    except OSError as exc:
        raise InputError(
            [
                Problem(
                    code=Reason.FILE_UNREADABLE,
                    file=name,
                    reason=f"không đọc được tệp: {os_reason(exc, writing=False)}",
                )
            ]
        ) from exc
    if limit is not None and len(data) > limit:
        raise too_large
    return data


def read_file(path: Path, display: str | None = None) -> DataFile:
    name = display or str(path)
    raw = read_bytes(path, name)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            [Problem(code=Reason.NOT_UTF8, file=name, reason=f"tệp không phải UTF-8 (byte {exc.start})")]
        ) from exc
    return parse_text(text, name)
