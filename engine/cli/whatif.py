"""`--set FACT=VALUE` (repeatable) on `cchc score` and `cchc explain`: a what-if run (*mô phỏng*)."""

from __future__ import annotations

import argparse

from evidence.overrides import Assignment, AssignmentError, parse_assignment


def _assignment(text: str) -> Assignment:
    try:
        return parse_assignment(text)
    except AssignmentError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_set_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--set",
        dest="set",
        action="append",
        default=[],
        type=_assignment,
        metavar="MINH_CHỨNG=GIÁ_TRỊ",
        help="mô phỏng: thay giá trị một minh chứng sau khi nạp (kể cả minh chứng tính từ tệp trích xuất "
        'hồ sơ), ví dụ --set dossiers.resolved_on_time=1230 hoặc --set "sipas.access=88,5"; lặp lại được; '
        "previous.<minh chứng> cho năm trước; báo cáo ghi rõ các giá trị đã thay (overrides)",
    )
