"""The plain script `cchc score` is measured against: no validation, no rules, no report.

pyarrow reads the export with the three date columns parsed at read time (timestamp
parsers), then pandas computes late flags (calendar dates) and groups by official,
department and procedure. `--categories` reads the text columns dictionary-encoded and
groups categoricals instead of strings; the benchmark runs both and compares `cchc score`
with the faster one.

    python benchmarks/plain_groupby.py EXPORT.csv [--categories]
"""

from __future__ import annotations

import sys

import pyarrow as pa
import pyarrow.csv as pv

DATES = ["Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả"]
TEXT = ["Mã thủ tục", "Phòng ban", "Cán bộ xử lý", "Kênh nộp", "Đã xin lỗi"]
PARSERS = ["%d/%m/%Y %H:%M", "%d/%m/%Y", pv.ISO8601]


def main(path: str, categories: bool) -> None:
    types = {c: pa.timestamp("s") for c in DATES}
    if categories:
        types.update({c: pa.dictionary(pa.int32(), pa.string()) for c in TEXT})
    table = pv.read_csv(
        path, convert_options=pv.ConvertOptions(column_types=types, timestamp_parsers=PARSERS)
    )
    df = table.to_pandas()
    result = df["Ngày có kết quả"].dt.floor("D")
    df["resolved"] = result.notna()
    df["late"] = result > df["Ngày hẹn trả"].dt.floor("D")
    df["online"] = df["Kênh nộp"] == "Trực tuyến"
    groups = [
        df.groupby(key, observed=True)[["resolved", "late", "online"]].sum()
        for key in ("Cán bộ xử lý", "Phòng ban", "Mã thủ tục")
    ]
    print(sum(len(g) for g in groups), int(df["late"].sum()))


if __name__ == "__main__":
    main(sys.argv[1], "--categories" in sys.argv[2:])
