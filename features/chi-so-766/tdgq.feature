# language: vi
Tính năng: Chỉ số 766 — nhóm Tiến độ giải quyết (TDGQ, 20 điểm)
  TDGQ 1 = 20 × hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn / hồ sơ tiếp nhận,
  làm tròn 2 chữ số; không có hồ sơ (0/0): 0 điểm. Kế hoạch minh hoạ đặt chỉ tiêu tỷ lệ TDGQ 1 ≥ 98%
  và chỉ tiêu điểm nhóm TDGQ ≥ 19.

  Bối cảnh:
    Cho thư mục dữ liệu "../data/chi-so-766"
    Và bộ tiêu chí "chi-so-766" và kế hoạch "chi-so-766-minh-hoa-2025"
    Và tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"
    Và minh chứng "Số hồ sơ tiếp nhận" là 1440

  Kịch bản: Mọi hồ sơ đúng hạn thì đủ 20 điểm
    Cho minh chứng "Số hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn" là 1440
    Khi chấm điểm
    Thì tiêu chí "TDGQ 1" đạt điểm tối đa
    Và tiêu chí "TDGQ 1" đạt chỉ tiêu kế hoạch
    Và chỉ tiêu điểm "TDGQ" đạt

  Kịch bản: Tiến độ từng phần: chưa đạt chỉ tiêu tỷ lệ nhưng đạt chỉ tiêu điểm
    # 20 × 1380/1440 = 19,1666… → 19,17 ≥ 19; tỷ lệ 95,83% < 98%: cần 1412 hồ sơ (thêm 32)
    Cho minh chứng "Số hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn" là 1380
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TDGQ 1" là 95,83%
    Và tiêu chí "TDGQ 1" được 19,17 điểm
    Và tiêu chí "TDGQ 1" không đạt chỉ tiêu kế hoạch
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TDGQ 1"
    Và chỉ tiêu điểm "TDGQ" đạt
    Và tiêu chí "TDGQ 1" còn có thể đạt: "cần thêm 60 hồ sơ đúng hạn để được thêm 0,83 điểm"

  Khung kịch bản: Chỉ tiêu điểm TDGQ ≥ 19 tính trên điểm đã làm tròn
    # 19 điểm cần 20 × p ≥ 18,995 (làm tròn lên 19,00), tức từ 1368/1440 hồ sơ
    Cho minh chứng "Số hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn" là <đúng hạn>
    Khi chấm điểm
    Thì tiêu chí "TDGQ 1" được <điểm> điểm
    Và điểm lĩnh vực "TDGQ" là <điểm>
    Và chỉ tiêu điểm "TDGQ" <kết quả>

    Dữ liệu:
      | đúng hạn | điểm  | kết quả                          |
      | 1368     | 19,00 | đạt                              |
      | 1367     | 18,99 | không đạt, cần thêm 0,01 điểm    |
      | 1360     | 18,89 | không đạt, cần thêm 0,11 điểm    |

  Kịch bản: Không tiếp nhận hồ sơ nào (0/0) thì TDGQ 1 được 0 điểm
    Cho minh chứng "Số hồ sơ tiếp nhận" là 0
    Khi chấm điểm
    Thì tiêu chí "TDGQ 1" được 0 điểm
    Và chỉ tiêu điểm "TDGQ" không đạt, cần thêm 19 điểm

  Kịch bản: Thiếu số hồ sơ đúng hạn thì TDGQ 1 thiếu minh chứng
    Cho minh chứng "Số hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn" là bỏ trống
    Khi chấm điểm
    Thì tiêu chí "TDGQ 1" thiếu minh chứng
