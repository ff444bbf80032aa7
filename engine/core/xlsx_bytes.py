"""An openpyxl workbook as .xlsx bytes that depend only on its content.

openpyxl stamps the save time in docProps/core.xml and in every zip entry; the same inputs
must give the same file (a report is compared byte for byte), so both are fixed here.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC).replace(tzinfo=None)


def xlsx_bytes(book: Any) -> bytes:
    book.properties.created = EPOCH
    book.properties.modified = EPOCH
    book.properties.lastModifiedBy = None
    raw = io.BytesIO()
    book.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = _fixed_times(data)
            info = zipfile.ZipInfo(item.filename, date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, data)
    return out.getvalue()


def _fixed_times(core: bytes) -> bytes:
    import re

    stamp = b"2000-01-01T00:00:00Z"
    return re.sub(
        rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<2>", core
    )
