"""The Vietnamese words the catalog workbook shows for fixed-choice values (`full_points` → “Đủ điểm”).

A cell and its drop-down show the word; reading takes the word (any case) or the key itself, so a
workbook written before the words, or typed by someone who knows the YAML, still imports the same.
Words are looked up by the field's name, since one key means different things in two fields
(`percent`: a fact's type, or the unit of a change). A choice with no word here shows as its key.
No word holds a comma: Excel's drop-down list is comma-separated.
"""

from __future__ import annotations

import unicodedata

_NOT_APPLICABLE = {"full_points": "Đủ điểm", "exclude": "Không tính vào điểm tối đa"}
_ROUNDING = {
    "half_up_2": "Làm tròn 2 chữ số (nửa lên)",
    "js_tofixed_2": "Làm tròn như Cổng DVCQG (toFixed(2) của JavaScript)",
}
_UNIT = {"pp": "Điểm phần trăm", "percent": "Phần trăm tương đối"}

WORDS: dict[str, dict[str, str]] = {
    "not_applicable": _NOT_APPLICABLE,
    "not_applicable_default": _NOT_APPLICABLE,
    "kind": {"bands": "Theo mức", "linear": "Tuyến tính"},
    "unit": _UNIT,
    "zero_denominator": {
        "not_applicable": "Không áp dụng",
        "missing_evidence": "Thiếu minh chứng",
        "zero": "Chỉ số bằng 0",
        "full": "Tính là 100%",
    },
    "type": {"count": "Số đếm", "percent": "Tỷ lệ (%)", "boolean": "Có/không", "number": "Số"},
    # catalog/rounding/criterion, …/indicator and …/fields/<mã lĩnh vực>
    "criterion": _ROUNDING,
    "indicator": _ROUNDING,
    "fields": _ROUNDING,
}


def word(field: str, key: str) -> str:
    """What a cell of `field` shows for `key`."""
    return WORDS.get(field, {}).get(key, key)


def words(field: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word(field, k) for k in keys)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()


def key_of(field: str, text: str) -> str:
    """The key a cell of `field` means: the word's key, or the text itself (a key, or not a choice)."""
    wanted = _fold(text)
    for key, shown in WORDS.get(field, {}).items():
        if _fold(shown) == wanted:
            return key
    return text.strip()
