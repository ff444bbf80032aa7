"""Declarations written as YAML the way people read them, the same bytes every time.

Keys in the models' declaration order (collections in the workbook's row order), Vietnamese text
verbatim (UTF-8, NFC, never escaped), whole numbers without ".0", multi-line text as a block,
no line folding, so a diff of two imports shows only what was edited.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import yaml


class _Dumper(yaml.SafeDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # list items indented under their key


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    value = unicodedata.normalize("NFC", value)
    style = "|" if "\n" in value and value == value.strip(" ") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _float(dumper: yaml.SafeDumper, value: float) -> yaml.Node:
    if value.is_integer():
        return dumper.represent_int(int(value))
    return dumper.represent_float(value)


_Dumper.add_representer(str, _str)
_Dumper.add_representer(float, _float)


def yaml_text(data: Any, comment: str = "") -> str:
    head = "".join(f"# {line}\n" for line in comment.splitlines())
    body = yaml.dump(
        data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1_000_000, default_flow_style=False
    )
    return head + body
