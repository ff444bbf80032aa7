# language: vi
Tính năng: Chỉ số 766 — nhóm Thanh toán trực tuyến (TTTT, 10 điểm), tính như trang Cổng DVCQG
  TTTT 1 = 6 × p; TTTT 2, TTTT 3 = min(2; 2,5 × p). Cổng tính nhóm này từ ba tỷ lệ % đã làm tròn
  2 chữ số, mỗi số hạng w*r/100 bằng số thực của JavaScript rồi toFixed(2): làm tròn nửa lên trên
  giá trị nhị phân đúng của số, nên 0,585 (thực ra 0,58499…) thành 0,58 còn 0,625 thành 0,63.
  0/0: 0 điểm.

  Bối cảnh:
    Cho thư mục dữ liệu "../data/chi-so-766"
    Và bộ tiêu chí "chi-so-766" và kế hoạch "chi-so-766-minh-hoa-2025"
    Và tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"
    Và minh chứng "Số hồ sơ có thu phí, lệ phí" là 400
    Và minh chứng "Số TTHC có thu phí, lệ phí" là 40

  Kịch bản: Đủ 10 điểm Thanh toán trực tuyến, TTHC đủ điểm từ 80%
    Cho minh chứng "Số hồ sơ có thu phí, lệ phí được thanh toán trực tuyến" là 400
    Và minh chứng "Số TTHC có thu phí có phát sinh giao dịch thanh toán trực tuyến" là 32
    Và minh chứng "Số TTHC có thu phí, lệ phí có phát sinh hồ sơ" là 40
    Khi chấm điểm
    Thì tiêu chí "TTTT 1" đạt điểm tối đa
    Và tiêu chí "TTTT 2" đạt điểm tối đa
    Và tiêu chí "TTTT 3" đạt điểm tối đa
    Và điểm lĩnh vực "TTTT" là 10

  Kịch bản: Nhóm Thanh toán theo cách làm tròn của Cổng
    # 39/400 = 9,75% → 6 × 9,75 / 100 = 0,585 → 0,58 (làm tròn số đúng sẽ ra 0,59);
    # 10/40 = 25% → 0,625 → 0,63; 34/40 = 85% → 2,125, trần 2. Nhóm: 0,58 + 0,63 + 2 = 3,21
    Cho minh chứng "Số hồ sơ có thu phí, lệ phí được thanh toán trực tuyến" là 39
    Và minh chứng "Số TTHC có thu phí có phát sinh giao dịch thanh toán trực tuyến" là 10
    Và minh chứng "Số TTHC có thu phí, lệ phí có phát sinh hồ sơ" là 34
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TTTT 1" là 9,75%
    Và tiêu chí "TTTT 1" được 0,58 điểm
    Và tiêu chí "TTTT 2" được 0,63 điểm
    Và tiêu chí "TTTT 3" được 2,00 điểm
    Và điểm lĩnh vực "TTTT" là 3,21
    Và tiêu chí "TTTT 1" không đạt chỉ tiêu kế hoạch

  Khung kịch bản: Trần 2 điểm của TTTT 2 và TTTT 3 quanh 80%
    Cho minh chứng "Số TTHC có thu phí có phát sinh giao dịch thanh toán trực tuyến" là <TTHC>
    Khi chấm điểm
    Thì tiêu chí "TTTT 2" được <điểm> điểm

    Dữ liệu:
      | TTHC | điểm | ghi chú                                   |
      | 40   | 2,00 | 100%: 2,5 × 100/100 = 2,5, trần 2          |
      | 32   | 2,00 | 80%: đúng 2                               |
      | 31   | 1,94 | 77,5%: 1,9375 là số nhị phân đúng, lên 1,94 |
      | 1    | 0,06 | 2,5%: 0,0625 là số nhị phân đúng, lên 0,06  |

  Kịch bản: Tỷ lệ đã làm tròn 2 chữ số được dùng để tính điểm Thanh toán
    # 3/400 = 0,75% → 6 × 0,75 / 100 = 0,045, số thực 0,04499… → 0,04 (số đúng 0,045 sẽ lên 0,05)
    Cho minh chứng "Số hồ sơ có thu phí, lệ phí được thanh toán trực tuyến" là 3
    Khi chấm điểm
    Thì tiêu chí "TTTT 1" được 0,04 điểm
    Và tiêu chí "TTTT 1" còn có thể đạt: "cần thêm 397 hồ sơ thanh toán trực tuyến để được thêm 5,96 điểm"

  Kịch bản: Không có hồ sơ, TTHC thu phí (0/0) thì nhóm Thanh toán được 0 điểm
    Cho minh chứng "Số hồ sơ có thu phí, lệ phí" là 0
    Và minh chứng "Số TTHC có thu phí, lệ phí" là 0
    Khi chấm điểm
    Thì tiêu chí "TTTT 1" được 0 điểm
    Và tiêu chí "TTTT 2" được 0 điểm
    Và tiêu chí "TTTT 3" được 0 điểm
    Và điểm lĩnh vực "TTTT" là 0

  Kịch bản: Thiếu số TTHC có thu phí phát sinh hồ sơ thì TTTT 3 thiếu minh chứng
    Cho minh chứng "Số TTHC có thu phí, lệ phí có phát sinh hồ sơ" là bỏ trống
    Khi chấm điểm
    Thì tiêu chí "TTTT 3" thiếu minh chứng
