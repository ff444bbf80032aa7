"""Dates as Vietnamese users write and read them: dd/mm/yyyy (ISO yyyy-mm-dd also read)."""

from __future__ import annotations

import datetime as dt

_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")


def vi_date(day: dt.date) -> str:
    """15/03/2024: the form on every screen and message."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def parse_vi_date(text: str) -> dt.date:
    """dd/mm/yyyy or yyyy-mm-dd → a date; ValueError with a Vietnamese message otherwise."""
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"ngày '{text}' không hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd)")
