"""The YAML parser's complaint in Vietnamese: users read "thiếu dấu ',' hoặc ']'", never
"did not find expected ',' or ']'".

libyaml (the C parser we load with) and PyYAML word the same fault differently; each entry
below matches both wordings. A fault we have no sentence for still says where it is and that
the syntax is wrong, in Vietnamese: the English text never reaches the user.
"""

from __future__ import annotations

import re

import yaml

# (pattern in the parser's problem and context, Vietnamese reason). First match wins.
_REASONS: tuple[tuple[str, str], ...] = (
    (r"',' or '\]'", "thiếu dấu ',' hoặc ']' trong danh sách [...]{opened}"),
    (r"',' or '\}'", "thiếu dấu ',' hoặc '}}' trong nhóm {{...}}{opened}"),
    (
        r"mapping values are not allowed",
        "dấu ':' không được đặt ở đây: thụt lề sai, hoặc một giá trị có ': ' cần đặt trong ngoặc kép",
    ),
    (r"tab character", "có ký tự tab: YAML chỉ nhận dấu cách để thụt lề"),
    (r"cannot start any token", "ký tự {char} không được mở đầu một giá trị: đặt giá trị trong ngoặc kép"),
    (r"unexpected end of stream", "thiếu dấu ngoặc đóng chuỗi{opened}"),
    (
        r"unknown escape character",
        "ký tự thoát {char} không hợp lệ trong chuỗi ngoặc kép (viết “\\\\” cho “\\”)",
    ),
    (r"hex(a)?decimal", "mã thoát \\x, \\u hoặc \\U thiếu chữ số thập lục phân"),
    (r"single document|another document", "tệp có nhiều tài liệu YAML (ngăn bởi “---”): chỉ nhận một"),
    (r"document start", "có nội dung thừa sau dữ liệu: thụt lề sai hoặc thiếu dấu ':' sau khoá"),
    (r"'-' indicator|block collection", "danh sách (các dòng “- ”) bị xen một dòng không bắt đầu bằng “- ”"),
    (r"expected key|block end|block mapping", "thụt lề không khớp với các khoá phía trên"),
    (r"expected ':'", "thiếu dấu ':' sau khoá"),
    (r"undefined alias", "bí danh YAML (*tên) chưa được khai báo bằng &tên"),
    (r"duplicate anchor", "neo YAML (&tên) được khai báo hai lần"),
    (r"directive", "chỉ thị % không hợp lệ hoặc lặp lại"),
    (r"'>'", "thẻ YAML “!<…>” thiếu dấu '>'"),
    (r"alphabetic or numeric", "tên của neo hoặc bí danh YAML (&tên, *tên) thiếu hoặc có ký tự không hợp lệ"),
    (r"node content", "thiếu giá trị"),
    (r"comment or (a )?line break", "có nội dung thừa sau giá trị (trước dấu # cần một dấu cách)"),
)


def _char(text: str, mark: yaml.Mark | None) -> str:
    """The character at the mark, quoted for a reader ("“@”", "tab")."""
    if mark is None:
        return ""
    lines = text.split("\n")
    if mark.line >= len(lines) or mark.column >= len(lines[mark.line]):
        return ""
    ch = lines[mark.line][mark.column]
    if ch == "\\" and mark.column + 1 < len(lines[mark.line]):
        ch += lines[mark.line][mark.column + 1]
    return "tab" if ch == "\t" else f"“{ch}”"


def yaml_reason(exc: yaml.YAMLError, text: str) -> str:
    """What is wrong, in Vietnamese, for the parser error `exc` raised on `text`."""
    if isinstance(exc, yaml.reader.ReaderError):
        code = exc.character if isinstance(exc.character, int) else ord(exc.character or "\0")
        return f"có ký tự điều khiển không được phép (mã #x{code:04X})"
    said = f"{getattr(exc, 'problem', None) or exc} | {getattr(exc, 'context', None) or ''}"
    mark = getattr(exc, "problem_mark", None)
    start = getattr(exc, "context_mark", None)
    opened = ""
    if start is not None and mark is not None and start.line != mark.line:
        opened = f" (mở ở dòng {start.line + 1})"
    char = _char(text, mark)
    if char == "tab" and "cannot start any token" in said:
        said = "tab character"
    for pattern, reason in _REASONS:
        if re.search(pattern, said):
            return reason.format(opened=opened, char=char or "này")
    return "sai cú pháp"
