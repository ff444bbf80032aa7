"""Generate a realistic synthetic one-stop-shop dossier export and its procedure list (seeded).

The shape follows what provincial dossier systems export for an Economic Zone Management
Board (BQL KKT): one row per dossier, Vietnamese headers, dates as `dd/mm/yyyy HH:MM`
(due dates as `dd/mm/yyyy`), a procedure list with its online level. Volumes are skewed
(a few procedures carry most dossiers), most dossiers are resolved early, a few officials
are often late, most late dossiers have an apology letter, and dossiers received late in
December are still pending when the export is taken in January.

    python benchmarks/generate_export.py --rows 1000000 --seed 7 --out benchmarks/out/1m

writes `hoso.csv` and `thutuc.csv` (and `.xlsx` with `--xlsx`). The same seed and
arguments always give the same bytes.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from evidence import columns

DOSSIER_COLUMNS = list(columns.DOSSIER_COLUMNS.values())  # the default export format
PROCEDURE_COLUMNS = list(columns.PROCEDURE_COLUMNS.values())

DEPARTMENTS = [
    "Phòng Quản lý Đầu tư",
    "Phòng Quản lý Doanh nghiệp",
    "Phòng Quy hoạch và Xây dựng",
    "Phòng Tài nguyên và Môi trường",
    "Văn phòng",
]
# (procedure name, department index, working days allowed)
PROCEDURES = [
    ("Cấp Giấy chứng nhận đăng ký đầu tư", 0, 15),
    ("Điều chỉnh Giấy chứng nhận đăng ký đầu tư", 0, 10),
    ("Cấp lại Giấy chứng nhận đăng ký đầu tư", 0, 5),
    ("Hiệu đính Giấy chứng nhận đăng ký đầu tư", 0, 3),
    ("Chấp thuận chủ trương đầu tư", 0, 20),
    ("Điều chỉnh chủ trương đầu tư", 0, 15),
    ("Chuyển nhượng dự án đầu tư", 0, 15),
    ("Giãn tiến độ đầu tư", 0, 10),
    ("Tạm ngừng hoạt động dự án đầu tư", 0, 3),
    ("Chấm dứt hoạt động dự án đầu tư", 0, 10),
    ("Thành lập văn phòng điều hành BCC", 0, 15),
    ("Cung cấp thông tin dự án đầu tư", 0, 5),
    ("Cấp giấy phép lao động cho người nước ngoài", 1, 5),
    ("Cấp lại giấy phép lao động", 1, 3),
    ("Gia hạn giấy phép lao động", 1, 5),
    ("Xác nhận không thuộc diện cấp giấy phép lao động", 1, 5),
    ("Chấp thuận nhu cầu sử dụng lao động nước ngoài", 1, 10),
    ("Đăng ký nội quy lao động", 1, 7),
    ("Gửi thỏa ước lao động tập thể", 1, 5),
    ("Báo cáo tình hình sử dụng lao động", 1, 5),
    ("Cấp Giấy chứng nhận xuất xứ hàng hóa", 1, 3),
    ("Cấp giấy phép kinh doanh cho tổ chức có vốn nước ngoài", 1, 15),
    ("Cấp giấy phép lập cơ sở bán lẻ", 1, 15),
    ("Xác nhận ưu đãi dự án đầu tư", 1, 10),
    ("Cấp giấy phép xây dựng mới", 2, 20),
    ("Cấp giấy phép sửa chữa, cải tạo công trình", 2, 20),
    ("Điều chỉnh giấy phép xây dựng", 2, 15),
    ("Gia hạn giấy phép xây dựng", 2, 5),
    ("Cấp lại giấy phép xây dựng", 2, 5),
    ("Cấp giấy phép di dời công trình", 2, 20),
    ("Thẩm định báo cáo nghiên cứu khả thi", 2, 20),
    ("Thẩm định thiết kế triển khai sau thiết kế cơ sở", 2, 20),
    ("Thẩm định nhiệm vụ quy hoạch chi tiết", 2, 15),
    ("Thẩm định đồ án quy hoạch chi tiết", 2, 20),
    ("Điều chỉnh quy hoạch chi tiết", 2, 20),
    ("Cấp giấy phép quy hoạch", 2, 15),
    ("Cung cấp thông tin quy hoạch", 2, 5),
    ("Thỏa thuận quy hoạch tổng mặt bằng", 2, 10),
    ("Thẩm định báo cáo đánh giá tác động môi trường", 3, 20),
    ("Cấp giấy phép môi trường", 3, 20),
    ("Điều chỉnh giấy phép môi trường", 3, 15),
    ("Đăng ký môi trường", 3, 5),
    ("Xác nhận hoàn thành công trình bảo vệ môi trường", 3, 15),
    ("Giao đất, cho thuê đất", 3, 20),
    ("Điều chỉnh quyết định giao đất, cho thuê đất", 3, 15),
    ("Gia hạn thời hạn thuê đất", 3, 10),
    ("Thu hồi đất do nhà đầu tư tự nguyện trả lại", 3, 15),
    ("Cấp phép khai thác nước dưới đất", 3, 20),
    ("Tiếp nhận hồ sơ đề nghị hỗ trợ doanh nghiệp", 4, 5),
    ("Giải quyết phản ánh về thủ tục đầu tư", 4, 10),
    ("Cấp bản sao kết quả giải quyết", 4, 3),
    ("Xác nhận văn bản đã cấp", 4, 3),
]
SURNAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Rơ Châm",
    "Ksor",
    "Siu",
    "Đinh",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Đức", "Hoài", "Kim", "Xuân"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dung",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiếu",
    "Hoa",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phong",
    "Phúc",
    "Quang",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thắng",
    "Trang",
    "Trung",
    "Tuấn",
    "Vân",
    "Việt",
    "Yến",
    "H'Lan",
    "Thủy",
    "Lộc",
]

LEVELS = ["Toàn trình", "Một phần", "Không"]
# Share of dossiers by channel (online, in person, post) for each online level.
CHANNEL_MIX = {0: (0.62, 0.33, 0.05), 1: (0.30, 0.64, 0.06), 2: (0.0, 0.9, 0.1)}
CHANNELS = np.array(["Trực tuyến", "Trực tiếp", "Bưu chính"], dtype=object)


def _officials(rng: np.random.Generator, n: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < n:
        name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def procedures(rng: np.random.Generator, online_levels: tuple[float, float, float]) -> pd.DataFrame:
    codes = rng.choice(np.arange(1_000, 13_000), size=len(PROCEDURES), replace=False)
    levels = rng.choice(3, size=len(PROCEDURES), p=online_levels)
    return pd.DataFrame(
        {
            "Mã thủ tục": [f"1.{c:06d}" for c in codes],
            "Tên thủ tục": [p[0] for p in PROCEDURES],
            "Mức độ DVCTT": [LEVELS[x] for x in levels],
            "_department": [p[1] for p in PROCEDURES],
            "_days": [p[2] for p in PROCEDURES],
            "_level": levels,
        }
    )


def _fmt(days: np.ndarray, minutes: np.ndarray | None) -> np.ndarray:
    """datetime64[D] (+ minutes) → 'dd/mm/yyyy[ HH:MM]' strings (pyarrow, vectorised)."""
    stamp = days.astype("datetime64[s]")
    if minutes is None:
        text = pc.strftime(pa.array(stamp), format="%d/%m/%Y")
    else:
        stamp = stamp + (minutes * 60).astype("timedelta64[s]")
        text = pc.strftime(pa.array(stamp), format="%d/%m/%Y %H:%M")
    return np.asarray(text.to_numpy(zero_copy_only=False), dtype=object)


def generate(
    rows: int,
    seed: int,
    year: int,
    officials: int | None = None,
    online_levels: tuple[float, float, float] = (0.55, 0.41, 0.04),
    late_officials: float = 0.12,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(dossier export, procedure list) as string tables with the default Vietnamese headers."""
    rng = np.random.default_rng(seed)
    procs = procedures(rng, online_levels)
    n_off = officials or max(10, min(400, rows // 2500))
    names = _officials(rng, n_off)
    # Every department has at least one official; the rest follow the departments' volumes.
    off_dept = np.concatenate(
        [
            np.arange(len(DEPARTMENTS)),
            rng.choice(len(DEPARTMENTS), n_off - len(DEPARTMENTS), p=[0.3, 0.25, 0.2, 0.15, 0.1]),
        ]
    )
    # Lateness per official: most are rarely late, a few often are.
    late_p = rng.beta(1.2, 80, n_off)
    often = rng.random(n_off) < late_officials
    late_p[often] = rng.uniform(0.06, 0.2, often.sum())

    popularity = 1 / np.arange(1, len(procs) + 1) ** 1.15
    popularity = rng.permutation(popularity)
    p = rng.choice(len(procs), size=rows, p=popularity / popularity.sum())
    dept = procs["_department"].to_numpy()[p]
    official = np.empty(rows, dtype=np.int64)
    for d in range(len(DEPARTMENTS)):
        staff = np.flatnonzero(off_dept == d)
        mask = dept == d
        weights = rng.uniform(0.5, 1.5, len(staff))
        official[mask] = staff[rng.choice(len(staff), size=mask.sum(), p=weights / weights.sum())]

    level = procs["_level"].to_numpy()[p]
    u = rng.random(rows)
    channel = np.full(rows, 1)
    for lv, (online, in_person, _post) in CHANNEL_MIX.items():
        m = level == lv
        channel[m & (u < online)] = 0
        channel[m & (u >= online + in_person)] = 2

    # Reception: working days from 1 December of the previous year (carried-over dossiers).
    start = np.datetime64(f"{year - 1}-12-01")
    end = np.datetime64(f"{year}-12-31")
    workdays = np.arange(start, end + 1, dtype="datetime64[D]")
    workdays = workdays[np.is_busday(workdays)]
    previous = workdays < np.datetime64(f"{year}-01-01")
    weights = np.where(previous, 0.25, 1.0)
    received = workdays[rng.choice(len(workdays), size=rows, p=weights / weights.sum())]
    recv_min = rng.integers(7 * 60 + 30, 16 * 60 + 30, rows)

    allowed = procs["_days"].to_numpy()[p]
    due = np.busday_offset(received, allowed, roll="forward")

    r = rng.random(rows)
    lp = late_p[official]
    late = r < lp
    on_due = (~late) & (r < lp + 0.25)
    early = ~(late | on_due)
    taken = np.where(early, np.floor(rng.uniform(0.15, 0.95, rows) * allowed).astype(np.int64), 0)
    result = np.where(early, np.busday_offset(received, taken, roll="forward"), due)
    delay = rng.integers(1, 12, rows)
    result = np.where(late, np.busday_offset(due, delay, roll="forward"), result)
    res_min = rng.integers(7 * 60 + 30, 17 * 60, rows)
    same_day = result == received
    res_min = np.where(same_day, np.maximum(res_min, recv_min + 30), res_min)

    # The export is taken on 10 January of the next year: later results are still pending.
    exported = np.datetime64(f"{year + 1}-01-10")
    pending = result > exported
    # A few dossiers stall: still pending long after their due date.
    stalled = rng.random(rows) < 0.002
    pending |= stalled & (received > np.datetime64(f"{year}-10-01"))

    a = rng.random(rows)
    apology = np.where(late & (a < 0.78), "Có", np.where(late & (a < 0.9), "Không", ""))
    apology = np.where(~late & (a < 0.15), "Không", apology).astype(object)

    # Codes as the system numbers them: reception day + sequence within the day, so an export
    # listed in reception order is also in code order.
    order = np.lexsort((recv_min, received))
    day = received[order]
    first = np.r_[True, day[1:] != day[:-1]]
    position = np.arange(rows)
    seq = np.empty(rows, dtype=np.int64)
    seq[order] = position - np.maximum.accumulate(np.where(first, position, 0)) + 1
    width = max(4, len(str(int(seq.max())))) if rows else 4
    yymmdd = pc.strftime(pa.array(received.astype("datetime64[s]")), format="%y%m%d")
    code = pc.binary_join_element_wise("H21", yymmdd, pa.array(np.char.mod(f"%0{width}d", seq)), "-")

    result_text = _fmt(result, res_min)
    result_text[pending] = ""
    dossiers = pd.DataFrame(
        {
            "Mã hồ sơ": np.asarray(code.to_numpy(zero_copy_only=False), dtype=object),
            "Mã thủ tục": procs["Mã thủ tục"].to_numpy()[p],
            "Tên thủ tục": procs["Tên thủ tục"].to_numpy()[p],
            "Phòng ban": np.asarray(DEPARTMENTS, dtype=object)[dept],
            "Cán bộ xử lý": np.asarray(names, dtype=object)[official],
            "Kênh nộp": CHANNELS[channel],
            "Ngày tiếp nhận": _fmt(received, recv_min),
            "Ngày hẹn trả": _fmt(due, None),
            "Ngày có kết quả": result_text,
            "Đã xin lỗi": apology,
        }
    ).iloc[order]
    return dossiers.reset_index(drop=True), procs[PROCEDURE_COLUMNS]


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """UTF-8 with BOM (as spreadsheet tools export), quoting only where needed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\n")


def repeat_parts(path: Path, parts: int) -> None:
    """Make the export `parts` times longer without holding it: the dossiers written again,
    each copy with codes of its own (`H21P0001-…`: 'P' sorts after '-', so the file stays in
    code order). Sizes no generator run fits in memory (100M rows, ≈ 18 GB) this way."""
    with path.open("rb") as f:
        f.readline()  # the header
        body = f.read()
    with path.open("ab") as out:
        for part in range(1, parts):
            prefix = f"H21P{part:04d}-".encode()
            out.write(prefix + body[4:].replace(b"\nH21-", b"\n" + prefix))


def write_xlsx(frame: pd.DataFrame, path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet1")
    ws.append(list(frame.columns))
    for row in frame.itertuples(index=False):
        ws.append([None if v == "" else v for v in row])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description="Sinh tệp trích xuất hồ sơ TTHC giả lập (có seed).")
    p.add_argument("--rows", type=int, default=1_000_000)
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--year", type=int, default=2022)
    p.add_argument("--officials", type=int, help="số cán bộ xử lý (mặc định theo số dòng)")
    p.add_argument("--out", type=Path, required=True, help="thư mục ghi hoso.csv, thutuc.csv")
    p.add_argument("--prefix", default="", help="tiền tố tên tệp, ví dụ 'gia-lai-bqlkkt-2022-'")
    p.add_argument("--xlsx", action="store_true", help="ghi thêm hoso.xlsx, thutuc.xlsx")
    p.add_argument(
        "--parts", type=int, default=1, help="lặp lại --parts lần, mã hồ sơ khác nhau (tệp rất lớn)"
    )
    p.add_argument("--parquet", action="store_true", help="ghi thêm hoso.parquet")
    args = p.parse_args(argv)
    dossiers, procs = generate(args.rows, args.seed, args.year, officials=args.officials)
    write_csv(dossiers, args.out / f"{args.prefix}hoso.csv")
    write_csv(procs, args.out / f"{args.prefix}thutuc.csv")
    if args.parquet:
        import pyarrow.parquet as pq

        pq.write_table(
            pa.Table.from_pandas(dossiers, preserve_index=False), args.out / f"{args.prefix}hoso.parquet"
        )
    if args.xlsx:
        write_xlsx(dossiers, args.out / f"{args.prefix}hoso.xlsx")
        write_xlsx(procs, args.out / f"{args.prefix}thutuc.xlsx")
    written = len(dossiers)
    del dossiers
    if args.parts > 1:
        repeat_parts(args.out / f"{args.prefix}hoso.csv", args.parts)
    print(f"{written * args.parts} hồ sơ, {len(procs)} thủ tục → {args.out}")


if __name__ == "__main__":
    main()
