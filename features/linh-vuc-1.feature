# language: vi
# Lĩnh vực I — CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH CCHC
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực I — Công tác chỉ đạo điều hành CCHC
  Chấm điểm 7 tiêu chí của lĩnh vực I (TC 1.1, TC 1.2, TCTP 1.3.1, TCTP 1.3.2, TC 1.4, TC 1.5, TC 1.6)
  theo chỉ tiêu của kế hoạch: đạt chỉ tiêu, không đạt chỉ tiêu, đúng ngưỡng, thiếu minh chứng và không áp
  dụng (khi có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TC 1.1 — Thực hiện kế hoạch CCHC
  # Chỉ tiêu kế hoạch (nguyên văn): “Hoàn thành 100% kế hoạch”
  # Cách đọc: chỉ số = Số nhiệm vụ kế hoạch CCHC đã hoàn thành / Số nhiệm vụ trong kế hoạch CCHC năm × 100
  #   (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TC 1.1 — Thực hiện kế hoạch CCHC

    Kịch bản: TC 1.1 — đúng ngưỡng chỉ tiêu 100% (24/24): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                     | giá trị |
        | Số nhiệm vụ trong kế hoạch CCHC năm     | 24      |
        | Số nhiệm vụ kế hoạch CCHC đã hoàn thành | 24      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.1" là 100%
      Và tiêu chí "TC 1.1" được 1 điểm
      Và tiêu chí "TC 1.1" đạt điểm tối đa
      Và tiêu chí "TC 1.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TC 1.1 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                     | giá trị  |
        | Số nhiệm vụ trong kế hoạch CCHC năm     | <mẫu số> |
        | Số nhiệm vụ kế hoạch CCHC đã hoàn thành | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.1" là <chỉ số>
      Và tiêu chí "TC 1.1" được <điểm> điểm
      Và tiêu chí "TC 1.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.1"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 24     | 22    | 91,67% | 0    | dưới 95%                         |

    Kịch bản: TC 1.1 — chưa khai “Số nhiệm vụ kế hoạch CCHC đã hoàn thành”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "plan_tasks.total" là 24
      Khi chấm điểm
      Thì tiêu chí "TC 1.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Mẫu số “Số nhiệm vụ trong kế hoạch CCHC năm” bằng 0: không có kế hoạch thì chưa hoàn thành gì — chỉ số 0
    #   (rules/par-so-nganh-2022.yaml: zero_denominator: zero).

    Kịch bản: TC 1.1 — Số nhiệm vụ trong kế hoạch CCHC năm bằng 0: chỉ số 0, không có điểm
      Cho minh chứng "Số nhiệm vụ trong kế hoạch CCHC năm" là 0
      Và minh chứng "Số nhiệm vụ kế hoạch CCHC đã hoàn thành" là 0
      Khi chấm điểm
      Thì tiêu chí "TC 1.1" được 0 điểm
      Và chỉ số của tiêu chí "TC 1.1" là 0
      Và tiêu chí "TC 1.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.1"
      Và tổng điểm tự đánh giá là 0

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TC 1.2 — Thực hiện chế độ báo cáo CCHC định kỳ
  # Chỉ tiêu kế hoạch (nguyên văn): “Đầy đủ số lượng, nội dung và gửi đúng thời gian theo quy định.”
  # Cách đọc: chỉ số = Số báo cáo CCHC gửi đầy đủ, đúng hạn / Số báo cáo CCHC định kỳ phải gửi × 100 (%);
  #   đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TC 1.2 — Thực hiện chế độ báo cáo CCHC định kỳ

    Kịch bản: TC 1.2 — đúng ngưỡng chỉ tiêu 100% (6/6): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                  | giá trị |
        | Số báo cáo CCHC định kỳ phải gửi     | 6       |
        | Số báo cáo CCHC gửi đầy đủ, đúng hạn | 6       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.2" là 100%
      Và tiêu chí "TC 1.2" được 1 điểm
      Và tiêu chí "TC 1.2" đạt điểm tối đa
      Và tiêu chí "TC 1.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TC 1.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                  | giá trị  |
        | Số báo cáo CCHC định kỳ phải gửi     | <mẫu số> |
        | Số báo cáo CCHC gửi đầy đủ, đúng hạn | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.2" là <chỉ số>
      Và tiêu chí "TC 1.2" được <điểm> điểm
      Và tiêu chí "TC 1.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 24     | 23    | 95,83% | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 12     | 11    | 91,67% | 0    | dưới 95%                         |

    Kịch bản: TC 1.2 — chưa khai “Số báo cáo CCHC gửi đầy đủ, đúng hạn”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "reports.required" là 6
      Khi chấm điểm
      Thì tiêu chí "TC 1.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Mẫu số “Số báo cáo CCHC định kỳ phải gửi” không thể bằng 0 ở một cơ quan: coi là số liệu thiếu
    #   (rules/par-so-nganh-2022.yaml: zero_denominator: missing_evidence).

    Kịch bản: TC 1.2 — Số báo cáo CCHC định kỳ phải gửi bằng 0: số liệu không hợp lý, thiếu minh chứng
      Cho minh chứng "Số báo cáo CCHC định kỳ phải gửi" là 0
      Và minh chứng "Số báo cáo CCHC gửi đầy đủ, đúng hạn" là 0
      Khi chấm điểm
      Thì tiêu chí "TC 1.2" thiếu minh chứng
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 0

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 1.3.1 — Tỷ lệ cơ quan chuyên môn (CQCM) cấp tỉnh và đơn vị hành chính (ĐVHC) cấp huyện được kiểm
  #   tra trong năm
  # Chỉ tiêu kế hoạch (nguyên văn): “Tự kiểm tra nội bộ đối với các phòng, đơn vị trực thuộc Ban Quản lý.”
  # Cách đọc: chỉ số = Số phòng, đơn vị được kiểm tra CCHC trong năm / Số phòng, đơn vị trực thuộc × 100
  #   (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 1.3.1 — Tỷ lệ cơ quan chuyên môn (CQCM) cấp tỉnh và đơn vị hành chính (ĐVHC) cấp huyện được kiểm tra trong năm

    Kịch bản: TCTP 1.3.1 — đúng ngưỡng chỉ tiêu 100% (6/6): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                           | giá trị |
        | Số phòng, đơn vị trực thuộc                   | 6       |
        | Số phòng, đơn vị được kiểm tra CCHC trong năm | 6       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 1.3.1" là 100%
      Và tiêu chí "TCTP 1.3.1" được 1 điểm
      Và tiêu chí "TCTP 1.3.1" đạt điểm tối đa
      Và tiêu chí "TCTP 1.3.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 1.3.1 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                           | giá trị  |
        | Số phòng, đơn vị trực thuộc                   | <mẫu số> |
        | Số phòng, đơn vị được kiểm tra CCHC trong năm | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 1.3.1" là <chỉ số>
      Và tiêu chí "TCTP 1.3.1" được <điểm> điểm
      Và tiêu chí "TCTP 1.3.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 1.3.1"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 6      | 5     | 83,33% | 0    | dưới 95%                         |

    Kịch bản: TCTP 1.3.1 — chưa khai “Số phòng, đơn vị được kiểm tra CCHC trong năm”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "inspection.units_total" là 6
      Khi chấm điểm
      Thì tiêu chí "TCTP 1.3.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số phòng, đơn vị trực thuộc” bằng 0 (rules/par-so-nganh-2022.yaml); bộ tiêu
    #   chí tính đủ điểm tối đa (not_applicable_default: full_points).

    Kịch bản: TCTP 1.3.1 — Số phòng, đơn vị trực thuộc bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số phòng, đơn vị trực thuộc" là 0
      Và minh chứng "Số phòng, đơn vị được kiểm tra CCHC trong năm" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 1.3.1" không áp dụng
      Và tiêu chí "TCTP 1.3.1" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 1.3.2 — Xử lý các vấn đề phát hiện qua kiểm tra
  # Chỉ tiêu kế hoạch (nguyên văn): “100% vấn đề phát hiện qua kiểm tra hoàn thành xử lý”
  # Cách đọc: chỉ số = Số vấn đề phát hiện qua kiểm tra đã xử lý xong / Số vấn đề phát hiện qua kiểm tra ×
  #   100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 1.3.2 — Xử lý các vấn đề phát hiện qua kiểm tra

    Kịch bản: TCTP 1.3.2 — đúng ngưỡng chỉ tiêu 100% (4/4): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                            | giá trị |
        | Số vấn đề phát hiện qua kiểm tra               | 4       |
        | Số vấn đề phát hiện qua kiểm tra đã xử lý xong | 4       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 1.3.2" là 100%
      Và tiêu chí "TCTP 1.3.2" được 1 điểm
      Và tiêu chí "TCTP 1.3.2" đạt điểm tối đa
      Và tiêu chí "TCTP 1.3.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 1.3.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                            | giá trị  |
        | Số vấn đề phát hiện qua kiểm tra               | <mẫu số> |
        | Số vấn đề phát hiện qua kiểm tra đã xử lý xong | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 1.3.2" là <chỉ số>
      Và tiêu chí "TCTP 1.3.2" được <điểm> điểm
      Và tiêu chí "TCTP 1.3.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 1.3.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 25     | 24    | 96%    | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 4      | 3     | 75%    | 0    | dưới 95%                         |

    Kịch bản: TCTP 1.3.2 — chưa khai “Số vấn đề phát hiện qua kiểm tra đã xử lý xong”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "inspection.issues_found" là 4
      Khi chấm điểm
      Thì tiêu chí "TCTP 1.3.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số vấn đề phát hiện qua kiểm tra” bằng 0 (rules/par-so-nganh-2022.yaml); bộ
    #   tiêu chí tính đủ điểm tối đa (not_applicable_default: full_points).

    Kịch bản: TCTP 1.3.2 — Số vấn đề phát hiện qua kiểm tra bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số vấn đề phát hiện qua kiểm tra" là 0
      Và minh chứng "Số vấn đề phát hiện qua kiểm tra đã xử lý xong" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 1.3.2" không áp dụng
      Và tiêu chí "TCTP 1.3.2" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TC 1.4 — Công tác tuyên truyền CCHC
  # Chỉ tiêu kế hoạch (nguyên văn): “- Tuyên truyền CCHC cả 3 hình thức sau: (1) Tổ chức các hội nghị, lồng
  #   ghép tuyên truyền CCHC; (2) Đăng tải thông tin CCHC trên website của BQLKKT; (3) Tuyên truyền CCHC
  #   trên Đài PT-TH của tỉnh. - Ngoài các hình thức trên, nếu tuyên truyền CCHC bằng ít nhất một trong số
  #   các hình thức khác, như: tham gia các cuộc thi tìm hiểu về CCHC do tỉnh tổ chức; tọa đàm về CCHC.”
  # Cách đọc: chỉ số = tỷ lệ (%) số nội dung đã thực hiện trong 3 nội dung bắt buộc: (1) Tuyên truyền CCHC
  #   qua hội nghị, lồng ghép; (2) Đăng tải thông tin CCHC trên website của BQLKKT; (3) Tuyên truyền CCHC
  #   trên Đài PT-TH của tỉnh; đạt chỉ tiêu khi đủ cả 3 (100%). Với 3 nội dung, chỉ số chỉ có thể là 0%,
  #   33,33%, 66,67% hoặc 100%, nên ngưỡng 50% của mức nửa điểm không thể đạt đúng.
  # Thang điểm (tạm thời, tối đa 1 điểm): đủ 100% nội dung → 1 điểm; từ 50% → 0,5 điểm; dưới 50% → 0 điểm.
  Quy tắc: TC 1.4 — Công tác tuyên truyền CCHC

    Kịch bản: TC 1.4 — thực hiện đủ cả 3 nội dung: đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                             | giá trị |
        | Tuyên truyền CCHC qua hội nghị, lồng ghép       | có      |
        | Đăng tải thông tin CCHC trên website của BQLKKT | có      |
        | Tuyên truyền CCHC trên Đài PT-TH của tỉnh       | có      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.4" là 100%
      Và tiêu chí "TC 1.4" đạt điểm tối đa
      Và tiêu chí "TC 1.4" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

    Khung kịch bản: TC 1.4 — <ghi chú>: chỉ số <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                             | giá trị |
        | Tuyên truyền CCHC qua hội nghị, lồng ghép       | <một>   |
        | Đăng tải thông tin CCHC trên website của BQLKKT | <hai>   |
        | Tuyên truyền CCHC trên Đài PT-TH của tỉnh       | <ba>    |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.4" là <chỉ số>
      Và tiêu chí "TC 1.4" được <điểm> điểm
      Và tiêu chí "TC 1.4" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.4"

      Dữ liệu:
        | một   | hai   | ba    | chỉ số | điểm | ghi chú                     |
        | có    | có    | không | 66,67% | 0,5  | thiếu 1 nội dung            |
        | không | có    | không | 33,33% | 0    | thiếu 2 nội dung            |
        | không | không | không | 0%     | 0    | chưa thực hiện nội dung nào |

    Kịch bản: TC 1.4 — chưa khai “Tuyên truyền CCHC trên Đài PT-TH của tỉnh”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "propaganda.conferences" là có
      Và minh chứng "propaganda.website" là có
      Khi chấm điểm
      Thì tiêu chí "TC 1.4" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TC 1.5 — Sáng kiến hoặc giải pháp mới trong cải cách hành chính
  # Chỉ tiêu kế hoạch (nguyên văn): “Có từ 03 sáng kiến hoặc giải pháp mới trở lên (Hàng năm, cơ quan triển
  #   khai tối thiểu 01 sáng kiến, giải pháp mới trong CCHC và báo cáo Sở Nội vụ để tổng hợp, gửi Bộ Nội vụ
  #   thẩm định)”
  # Cách đọc: chỉ số = Số sáng kiến, giải pháp mới trong CCHC; đạt chỉ tiêu khi từ 3 trở lên.
  # Thang điểm (tạm thời, tối đa 1 điểm): từ 3 sáng kiến → 1 điểm; 1 đến 2 → 0,5 điểm; không có → 0 điểm.
  Quy tắc: TC 1.5 — Sáng kiến hoặc giải pháp mới trong cải cách hành chính

    Khung kịch bản: TC 1.5 — <ghi chú> (<giá trị>): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Số sáng kiến, giải pháp mới trong CCHC" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.5" là <giá trị>
      Và tiêu chí "TC 1.5" đạt điểm tối đa
      Và tiêu chí "TC 1.5" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị | ghi chú              |
        | 3       | đúng ngưỡng chỉ tiêu |
        | 5       | vượt chỉ tiêu        |

    Khung kịch bản: TC 1.5 — <ghi chú> (<giá trị>): không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "initiatives.count" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.5" là <giá trị>
      Và tiêu chí "TC 1.5" được <điểm> điểm
      Và tiêu chí "TC 1.5" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.5"

      Dữ liệu:
        | giá trị | điểm | ghi chú                           |
        | 2       | 0,5  | thiếu 1 sáng kiến                 |
        | 1       | 0,5  | đúng ngưỡng dưới của mức nửa điểm |
        | 0       | 0    | không có sáng kiến                |

    Kịch bản: TC 1.5 — chưa khai “Số sáng kiến, giải pháp mới trong CCHC”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TC 1.5" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TC 1.6 — Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao
  # Chỉ tiêu kế hoạch (nguyên văn): “Thực hiện đầy đủ và đúng thời gian quy định (nếu có)”
  # Cách đọc: chỉ số = Số nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành đầy đủ, đúng hạn / Số nhiệm vụ được
  #   Chính phủ, Thủ tướng Chính phủ giao × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TC 1.6 — Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao

    Kịch bản: TC 1.6 — đúng ngưỡng chỉ tiêu 100% (3/3): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                               | giá trị |
        | Số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao              | 3       |
        | Số nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành đầy đủ, đúng hạn | 3       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.6" là 100%
      Và tiêu chí "TC 1.6" được 1 điểm
      Và tiêu chí "TC 1.6" đạt điểm tối đa
      Và tiêu chí "TC 1.6" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TC 1.6 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                               | giá trị  |
        | Số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao              | <mẫu số> |
        | Số nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành đầy đủ, đúng hạn | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 1.6" là <chỉ số>
      Và tiêu chí "TC 1.6" được <điểm> điểm
      Và tiêu chí "TC 1.6" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.6"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 50     | 49    | 98%    | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 3      | 2     | 66,67% | 0    | dưới 95%                         |

    Kịch bản: TC 1.6 — chưa khai “Số nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành đầy đủ, đúng hạn”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "government_tasks.assigned" là 3
      Khi chấm điểm
      Thì tiêu chí "TC 1.6" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao” bằng 0
    #   (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm tối đa (not_applicable_default:
    #   full_points).

    Kịch bản: TC 1.6 — Số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao" là 0
      Và minh chứng "Số nhiệm vụ Chính phủ, Thủ tướng giao hoàn thành đầy đủ, đúng hạn" là 0
      Khi chấm điểm
      Thì tiêu chí "TC 1.6" không áp dụng
      Và tiêu chí "TC 1.6" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1
