"""Reading YAML/JSON data files: NFC text, duplicate keys refused, lines remembered.

PyYAML silently keeps the last of two duplicate keys and forgets positions; users need
both reported, so the node tree is walked here and each path keeps its line number.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from engine.core.problems import InputError, Problem, Reason

Path_ = tuple[str | int, ...]
# libyaml's parser when PyYAML has it (20× faster on the catalog); same nodes, same marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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

    def walk(self, node: yaml.Node, path: Path_) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = self._scalar.construct_object(key_node)
                key = str(key)
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
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, (*path, i)) for i, item in enumerate(node.value)]
        return self._scalar.construct_object(node)


def parse_text(text: str, name: str) -> DataFile:
    """Parse YAML (JSON is YAML) after NFC normalisation; raise InputError on any fault."""
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        detail = getattr(exc, "problem", None) or str(exc)
        raise InputError(
            [Problem(code=Reason.SYNTAX, file=name, line=line, reason=f"YAML/JSON không hợp lệ: {detail}")]
        ) from exc
    if node is None:
        raise InputError([Problem(code=Reason.EMPTY_FILE, file=name, reason="tệp rỗng")])
    walker = _Walker(name)
    try:
        data = walker.walk(node, ())
    except yaml.YAMLError as exc:
        raise InputError(
            [Problem(code=Reason.SYNTAX, file=name, reason=f"YAML không hợp lệ: {exc}")]
        ) from exc
    if walker.problems:
        raise InputError(walker.problems)
    return DataFile(name=name, data=data, lines=walker.lines)


def read_bytes(path: Path, name: str) -> bytes:
    """A file's bytes, or InputError naming `name` and why it could not be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(
            [Problem(code=Reason.FILE_NOT_FOUND, file=name, reason="không tìm thấy tệp")]
        ) from exc
    except OSError as exc:
        raise InputError(
            [Problem(code=Reason.FILE_UNREADABLE, file=name, reason=f"không đọc được tệp: {exc}")]
        ) from exc


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
