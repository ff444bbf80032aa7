"""The fixed Vietnamese step phrases of the BDD scenarios (câu bước), defined once.

Each phrase is written with `{name}` slots: a quoted slot `"{code}"` takes any text without
quotes, a bare slot `{points}` one word (`{value}`: the rest of the line). The same template
gives the step parser, the list shown when a step is not understood, and the README's list.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

from pytest_bdd import parsers

StepType = Literal["given", "when", "then"]
KEYWORD: dict[StepType, str] = {"given": "Cho", "when": "Khi", "then": "Thì"}

# How each slot is shown to the reform team (features/README.md uses the same words).
SLOT_WORDS = {
    "catalog": "mã bộ tiêu chí",
    "plan": "mã kế hoạch",
    "unit": "tên đơn vị",
    "year": "năm",
    "fact": "minh chứng",
    "value": "giá trị",
    "path": "đường dẫn tệp",
    "code": "mã tiêu chí",
    "points": "điểm",
    "text": "đoạn văn bản",
    "rank": "hạng",
    "simulated": "giá trị mô phỏng",
    "original": "giá trị trong minh chứng",
    "sheet": "trang tính",
    "column": "cột",
    "folder": "đường dẫn thư mục",
    "field": "mã lĩnh vực",
    "label": "xếp loại",
    "scope": "mã lĩnh vực hoặc tổng điểm",
}

_SLOT = re.compile(r'"\{(\w+)\}"|\{(\w+)\}')
# A bare slot is one word ("0,5", "98,92%", "2022"), so "được chấm 1 điểm" is not read as
# "được <điểm> điểm"; a fact's value may be several words ("bỏ trống").
_BARE = {"value": ".+"}
_WORD = r"\S+"


@dataclass(frozen=True)
class Phrase:
    type: StepType
    template: str

    @property
    def shown(self) -> str:
        """The phrase as the team reads it: `Thì tiêu chí "<mã tiêu chí>" được <điểm> điểm`."""
        text = _SLOT.sub(
            lambda m: f'"<{SLOT_WORDS[m[1]]}>"' if m[1] else f"<{SLOT_WORDS[m[2]]}>", self.template
        )
        return f"{KEYWORD[self.type]} {text}"

    def parser(self) -> parsers.re:
        pattern, pos = "", 0
        for m in _SLOT.finditer(self.template):
            pattern += re.escape(self.template[pos : m.start()])
            pattern += f'"(?P<{m[1]}>[^"]+)"' if m[1] else f"(?P<{m[2]}>{_BARE.get(m[2], _WORD)})"
            pos = m.end()
        return parsers.re(pattern + re.escape(self.template[pos:]))


PHRASES: list[Phrase] = []


def phrase(type_: StepType, template: str) -> Phrase:
    """Declare a phrase (the step definitions call this, so the list cannot drift)."""
    p = Phrase(type_, template)
    PHRASES.append(p)
    return p


_QUOTED = re.compile(r'"[^"]*"')
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?%?")


def _shape(text: str) -> str:
    """Text with the variable parts blanked, so only the fixed words are compared."""
    return _NUMBER.sub("…", _QUOTED.sub('"…"', text)).casefold()


def closest(text: str, n: int = 3) -> list[Phrase]:
    """The known phrases nearest to a step text the team wrote (without its keyword)."""
    shaped = {_shape(_SLOT.sub(lambda m: '"…"' if m[1] else "…", p.template)): p for p in PHRASES}
    hits = difflib.get_close_matches(_shape(text), list(shaped), n=n, cutoff=0.5)
    return [shaped[h] for h in hits]
