"""Two costs of openpyxl's read-only mode that a large export need not pay; same values read.

- Opening a workbook, openpyxl looks in each sheet for its declared size (`<dimension>`). When
  a sheet has none — openpyxl's own write-only mode, and other streaming writers, leave it
  out — it parses the whole sheet to find that out, as it waits for the end of `<sheetData>`
  (100 000 dossiers: 1,9 s of 8,5 s). The size is before `<sheetData>` when there is one, so
  it is read up to there (and cchc resets the size it reads anyway: `xlsx_read.sheet_rows`).
- A text written in its cell (`t="inlineStr"`, again what streaming writers do), and each
  text of the shared table other writers (Excel) use, goes through openpyxl's descriptor
  machinery (`Text.from_tree`) just to be joined back into a string: its plain text, then the
  text of each formatted run, as `Text.content` does.

`install` sets both on openpyxl's classes once, before a workbook is read; each stays as
openpyxl has it when this openpyxl no longer has what it replaces.
"""

from __future__ import annotations

import threading
from typing import Any

REPLACED: dict[str, Any] = {}  # what openpyxl had, by name (tests compare with it)
_installing = threading.Lock()  # a province's units read their workbooks on several threads
_installed: list[bool] = []


def install() -> None:
    with _installing:
        if not _installed:
            _replace()
            _installed.append(True)


def _replace() -> None:
    from openpyxl.worksheet import _read_only, _reader

    if hasattr(_read_only.ReadOnlyWorksheet, "_get_size") and hasattr(_reader, "DATA_TAG"):
        REPLACED["_get_size"] = _read_only.ReadOnlyWorksheet._get_size
        _read_only.ReadOnlyWorksheet._get_size = _size_from_head
    if hasattr(_reader, "Text") and hasattr(_reader.Text, "from_tree"):
        REPLACED["Text"] = _reader.Text
        _reader.Text = InlineText
    from openpyxl.reader import strings

    if hasattr(strings, "Text") and hasattr(strings.Text, "from_tree"):
        strings.Text = InlineText


def _size_from_head(sheet: Any) -> None:
    """openpyxl's `ReadOnlyWorksheet._get_size`, stopping where `<sheetData>` begins."""
    from openpyxl.worksheet._reader import DATA_TAG, DIMENSION_TAG
    from openpyxl.worksheet.dimensions import SheetDimension
    from openpyxl.xml.functions import iterparse

    src = sheet._get_source()
    try:
        for _event, element in iterparse(src, events=("start",)):
            if element.tag == DIMENSION_TAG:
                dimensions = SheetDimension.from_tree(element).boundaries
                if dimensions is not None:
                    sheet._min_column, sheet._min_row, sheet._max_column, sheet._max_row = dimensions
                return
            if element.tag == DATA_TAG:
                return
    finally:
        src.close()


PLAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}t"


def _local(tag: Any) -> str:
    return str(tag).rpartition("}")[2]


class InlineText:
    """What openpyxl's readers ask of `Text` for a cell's inline string or a shared string:
    `from_tree(is or si).content`."""

    def __init__(self, content: str) -> None:
        self.content = content

    @classmethod
    def from_tree(cls, node: Any) -> InlineText:
        if len(node) == 1 and node[0].tag == PLAIN:  # what writers write: <is><t>…</t></is>
            return cls(node[0].text or "")
        plain: str | None = None
        runs: list[str] = []
        for child in node:
            name = _local(child.tag)
            if name == "t":
                plain = child.text  # the last <t> wins, as openpyxl sets it
            elif name == "r":
                text: str | None = None
                for part in child:
                    if _local(part.tag) == "t":
                        text = part.text
                if text is not None:
                    runs.append(text)
        return cls("".join(([plain] if plain is not None else []) + runs))
