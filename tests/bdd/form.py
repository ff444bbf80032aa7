"""The form of a .feature file as the reform team writes it, checked before anything runs.

Two mistakes a Gherkin parser handles badly for people who do not program:
- a file it cannot parse (no `# language: vi` line, a misspelt step keyword after the first
  step) stops the collection of *every* feature with an English trace, so one typo in a new
  file hides the results of all the others;
- a misspelt section keyword (`Kich bản:`) or a misspelt first step keyword is not an error at
  all for Gherkin: the line becomes free description text, and the scenario or step silently
  does not run, so the file looks green.

`problems()` names each such line in Vietnamese with the keyword that was probably meant;
tests/bdd/test_features.py only collects the files that parse, and
tests/bdd/test_feature_files.py fails for the others with these messages.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path

from gherkin.errors import CompositeParserException, ParserError, ParserException
from gherkin.parser import Parser

LANGUAGE_LINE = "# language: vi"
SECTION_KEYWORDS = (
    "Tính năng",
    "Bối cảnh",
    "Quy tắc",
    "Kịch bản",
    "Tình huống",
    "Khung kịch bản",
    "Khung tình huống",
    "Dữ liệu",
)
STEP_KEYWORDS = ("Cho", "Biết", "Khi", "Thì", "Và", "Nhưng")
GUIDE = "xem features/README.md, mục “Quy ước của tệp”"


def _plain(text: str) -> str:
    """Lower case without diacritics: what a keyword typed without its accents still matches."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()


def meant_keyword(line: str) -> str | None:
    """The keyword a line probably starts with, misspelt; None when it looks like plain prose."""
    text = line.strip()
    if not text[:1].isupper():  # keywords start with a capital; prose goes on in lower case
        return None
    head, colon, _ = text.partition(":")
    if colon and len(head) <= 20:
        if head in SECTION_KEYWORDS:
            return None
        plain = {_plain(k): k for k in SECTION_KEYWORDS}
        near = difflib.get_close_matches(_plain(head), list(plain), n=1, cutoff=0.8)
        if near:
            return f"{plain[near[0]]}:"
    first = text.split(" ", 1)[0]
    if first in STEP_KEYWORDS and '"' in text:
        return first
    if first not in STEP_KEYWORDS:
        for keyword in STEP_KEYWORDS:
            if _plain(first) == _plain(keyword):
                return keyword
    return None


def _parse_problems(shown: str, lines: list[str], error: ParserError) -> list[str]:
    errors: list[ParserException] = error.errors if isinstance(error, CompositeParserException) else []
    if isinstance(error, ParserException):
        errors = [error]
    found = []
    for err in errors:
        number = (err.location or {}).get("line") or 1
        text = lines[number - 1].strip() if 0 < number <= len(lines) else ""
        meant = meant_keyword(text)
        if meant:
            why = f"từ khoá viết sai; có phải ý bạn là “{meant}”?"
        else:
            why = (
                "dòng này không đúng chỗ: mỗi kịch bản bắt đầu bằng “Kịch bản:”, mỗi bước bằng "
                f"Cho, Khi, Thì, Và, Nhưng; chú thích bằng # ({GUIDE})"
            )
        found.append(f"{shown}, dòng {number}: “{text}”: {why}")
    return found


def _descriptions(document: Mapping[str, object]) -> Iterable[tuple[int, str]]:
    """(first line number, text) of every free-text description Gherkin accepted."""

    def walk(node: object) -> Iterable[tuple[int, str]]:
        if isinstance(node, dict):
            description = node.get("description")
            location = node.get("location")
            if isinstance(description, str) and description.strip() and isinstance(location, dict):
                yield int(location["line"]), description
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    yield from walk(document.get("feature") or {})


def _has_scenario(document: Mapping[str, object]) -> bool:
    def walk(node: object) -> bool:
        if isinstance(node, dict):
            return "scenario" in node or any(walk(v) for v in node.values())
        if isinstance(node, list):
            return any(walk(v) for v in node)
        return False

    return walk(document.get("feature") or {})


PLACEHOLDER = re.compile(r"<([^<>]+)>")


def _outline_problems(document: Mapping[str, object]) -> Iterable[tuple[int, str]]:
    """(line, message) for each `<name>` of a scenario outline that no `Dữ liệu:` column has.

    pytest-bdd leaves such a name as written, so the step reads the text `<tử so>` as a value.
    """

    def walk(node: object) -> Iterable[dict[str, object]]:
        if isinstance(node, dict):
            if node.get("examples") and "steps" in node:
                yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for outline in walk(document.get("feature") or {}):
        columns: set[str] = set()
        for table in outline["examples"]:  # type: ignore[attr-defined]
            header = table.get("tableHeader") or {}
            columns |= {cell["value"] for cell in header.get("cells", [])}
        texts: list[tuple[int, str]] = []
        for step in outline["steps"]:  # type: ignore[attr-defined]
            texts.append((step["location"]["line"], step["text"]))
            for row in (step.get("dataTable") or {}).get("rows", []):
                texts += [(cell["location"]["line"], cell["value"]) for cell in row["cells"]]
        for line, text in texts:
            for name in PLACEHOLDER.findall(text):
                if name not in columns:
                    near = difflib.get_close_matches(name, sorted(columns), n=1, cutoff=0.6)
                    hint = f"; có phải ý bạn là “<{near[0]}>”?" if near else ""
                    shown_columns = ", ".join(sorted(columns))
                    yield (
                        line,
                        f"“<{name}>” không phải một cột của bảng “Dữ liệu:” (các cột: {shown_columns}){hint}",
                    )


def problems(feature: Path, shown: str | None = None) -> list[str]:
    """Every mistake of form in one feature file, in Vietnamese, each on its line."""
    shown = shown or feature.name
    text = feature.read_text(encoding="utf-8").lstrip("\ufeff")
    lines = text.splitlines()
    first = next((line.strip() for line in lines if line.strip()), "")
    if first != LANGUAGE_LINE:
        return [
            f"{shown}, dòng 1: dòng đầu tiên phải là “{LANGUAGE_LINE}” (thiếu dòng này thì các từ khoá "
            "tiếng Việt như “Tính năng”, “Kịch bản”, “Cho” không được hiểu)"
        ]
    try:
        document = Parser().parse(text)
    except ParserError as error:
        return _parse_problems(shown, lines, error)
    found = []
    for start, description in _descriptions(document):
        for offset, line in enumerate(description.splitlines()):
            meant = meant_keyword(line)
            if meant:
                number = next(
                    (n for n in range(start, len(lines) + 1) if lines[n - 1].strip() == line.strip()),
                    start + offset,
                )
                if line.strip().split(" ", 1)[0] == meant:
                    why = "bước này không thuộc kịch bản nào (dòng “Kịch bản:” phía trên thiếu hoặc viết sai)"
                else:
                    why = f"có phải ý bạn là “{meant}”? Viết sai từ khoá thì dòng này bị coi là lời mô tả"
                found.append(f"{shown}, dòng {number}: “{line.strip()}”: {why} nên không được chạy")
    found += [f"{shown}, dòng {line}: {message}" for line, message in _outline_problems(document)]
    if not found and not _has_scenario(document):
        found.append(f"{shown}: tệp không có kịch bản nào (mỗi kịch bản bắt đầu bằng “Kịch bản:”)")
    return found


def parses(feature: Path) -> bool:
    """Whether pytest-bdd can read the file at all (files that cannot are reported, not run)."""
    try:
        Parser().parse(feature.read_text(encoding="utf-8").lstrip("\ufeff"))
    except (ParserError, UnicodeDecodeError):
        return False
    return True
