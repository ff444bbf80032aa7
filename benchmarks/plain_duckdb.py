"""The plain DuckDB query `cchc score` is measured against: no validation, no rules, no report.

What someone would write by hand to count the same export: DuckDB reads the CSV (dates as
text, parsed with the export's two formats), computes late flags on calendar dates and groups
by official, department and procedure. Whole process, as `cchc score` is measured.

    python benchmarks/plain_duckdb.py EXPORT.csv
"""

from __future__ import annotations

import sys

import duckdb


def main(path: str) -> None:
    quoted = path.replace("'", "''")
    query = f"""
    SELECT "Cán bộ xử lý", "Phòng ban", "Mã thủ tục",
        count(*) AS received,
        count("Ngày có kết quả") AS resolved,
        count_if(CAST(strptime("Ngày có kết quả", '%d/%m/%Y %H:%M') AS DATE)
            > CAST(strptime("Ngày hẹn trả", '%d/%m/%Y') AS DATE)) AS late,
        count_if("Kênh nộp" = 'Trực tuyến') AS online
    FROM read_csv('{quoted}', header = true, delim = ',',
        types = {{'Ngày tiếp nhận': 'VARCHAR', 'Ngày hẹn trả': 'VARCHAR', 'Ngày có kết quả': 'VARCHAR'}})
    GROUP BY ALL
    """
    groups = duckdb.connect().execute(query).fetchall()
    print(len(groups), sum(g[5] for g in groups))


if __name__ == "__main__":
    main(sys.argv[1])
