# language: vi
Tính năng: Chỉ số 766 — nhóm Mức độ hài lòng (MDHL, 18 điểm)
  MDHL 1 = min(6; 6 × p / 0,9), đủ điểm từ 90% hồ sơ hài lòng; MDHL 2 = 6 × PAKN xử lý đúng hạn / PAKN
  tiếp nhận; MDHL 3 = 6 × PAKN hài lòng / PAKN tiếp nhận; MDHL 4, MDHL 5: chỉ hiện tỷ lệ, 0 điểm.
  0/0: MDHL 1 được 0 điểm; không có PAKN thì MDHL 2, MDHL 3 đủ điểm.

  Bối cảnh:
    Cho thư mục dữ liệu "../data/chi-so-766"
    Và bộ tiêu chí "chi-so-766" và kế hoạch "chi-so-766-minh-hoa-2025"
    Và tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"
    Và minh chứng "Số hồ sơ tiếp nhận" là 1440

  Kịch bản: Đủ 18 điểm Mức độ hài lòng từ 90% hồ sơ hài lòng
    Cho minh chứng:
      | mục                                                               | giá trị |
      | Số hồ sơ được đánh giá hài lòng trong tiếp nhận, giải quyết TTHC  | 1296    |
      | Số phản ánh, kiến nghị (PAKN) tiếp nhận                           | 25      |
      | Số PAKN xử lý đúng hạn                                            | 25      |
      | Số PAKN người gửi hài lòng với kết quả xử lý                      | 25      |
    Khi chấm điểm
    Thì chỉ số của tiêu chí "MDHL 1" là 90%
    Và tiêu chí "MDHL 1" đạt điểm tối đa
    Và tiêu chí "MDHL 1" đạt chỉ tiêu kế hoạch
    Và điểm lĩnh vực "MDHL" là 18

  Khung kịch bản: MDHL 1 quanh ngưỡng 90%
    # 6 × (n/1440) / 0,9: 1295 → 5,9954 → 6,00 (dưới 90% vẫn hiện 6,00 vì làm tròn, nhưng chưa đạt
    # chỉ tiêu 90% của kế hoạch); 1290 → 5,972 → 5,97; 1280 → 5,926 → 5,93
    Cho minh chứng "Số hồ sơ được đánh giá hài lòng trong tiếp nhận, giải quyết TTHC" là <hồ sơ>
    Khi chấm điểm
    Thì chỉ số của tiêu chí "MDHL 1" là <tỷ lệ>
    Và tiêu chí "MDHL 1" được <điểm> điểm
    Và tiêu chí "MDHL 1" <kết quả> chỉ tiêu kế hoạch

    Dữ liệu:
      | hồ sơ | tỷ lệ  | điểm | kết quả   |
      | 1440  | 100%   | 6,00 | đạt       |
      | 1296  | 90%    | 6,00 | đạt       |
      | 1295  | 89,93% | 6,00 | không đạt |
      | 1290  | 89,58% | 5,97 | không đạt |
      | 1280  | 88,89% | 5,93 | không đạt |

  Kịch bản: Hài lòng từng phần và hai tiêu chí chỉ theo dõi
    # 6 × 24/25 = 5,76; 6 × 20/25 = 4,80; PAKN về TTHC 5/25 = 20%, về CBCCVC 2/25 = 8%: 0 điểm
    Cho minh chứng:
      | mục                                                               | giá trị |
      | Số hồ sơ được đánh giá hài lòng trong tiếp nhận, giải quyết TTHC  | 1290    |
      | Số phản ánh, kiến nghị (PAKN) tiếp nhận                           | 25      |
      | Số PAKN xử lý đúng hạn                                            | 24      |
      | Số PAKN người gửi hài lòng với kết quả xử lý                      | 20      |
      | Số PAKN về quy định, TTHC                                         | 5       |
      | Số PAKN về hành vi của cán bộ, công chức, viên chức               | 2       |
    Khi chấm điểm
    Thì tiêu chí "MDHL 2" được 5,76 điểm
    Và tiêu chí "MDHL 3" được 4,80 điểm
    Và chỉ số của tiêu chí "MDHL 4" là 20%
    Và tiêu chí "MDHL 4" được 0 điểm
    Và chỉ số của tiêu chí "MDHL 5" là 8%
    Và tiêu chí "MDHL 5" được 0 điểm
    Và điểm lĩnh vực "MDHL" là 16,53
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "MDHL 1"

  Kịch bản: Không có PAKN (0/0) thì MDHL 2 và MDHL 3 đủ điểm
    Khi chấm điểm
    Thì tiêu chí "MDHL 2" đạt điểm tối đa
    Và tiêu chí "MDHL 3" đạt điểm tối đa
    Và tiêu chí "MDHL 4" được 0 điểm
    Và tiêu chí "MDHL 1" được 0 điểm
    Và điểm lĩnh vực "MDHL" là 12

  Kịch bản: Không tiếp nhận hồ sơ (0/0) thì MDHL 1 được 0 điểm
    Cho minh chứng "Số hồ sơ tiếp nhận" là 0
    Khi chấm điểm
    Thì tiêu chí "MDHL 1" được 0 điểm

  Kịch bản: Có PAKN mà thiếu số PAKN hài lòng thì MDHL 3 thiếu minh chứng
    # Không có PAKN nào thì số PAKN hài lòng chỉ có thể là 0: 0/0 đủ điểm dù ô này bỏ trống.
    Cho minh chứng "Số phản ánh, kiến nghị (PAKN) tiếp nhận" là 25
    Và minh chứng "Số PAKN người gửi hài lòng với kết quả xử lý" là bỏ trống
    Khi chấm điểm
    Thì tiêu chí "MDHL 3" thiếu minh chứng
