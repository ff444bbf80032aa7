# language: vi
# Lĩnh vực VII — HIỆN ĐẠI HÓA HÀNH CHÍNH
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực VII — Hiện đại hóa hành chính
  Chấm điểm 7 tiêu chí của lĩnh vực VII (TCTP 7.1.3, TCTP 7.1.4, TCTP 7.2.1, TCTP 7.2.2, KH 1.7, TCTP
  7.4.1, TCTP 7.4.2) theo chỉ tiêu của kế hoạch: đạt chỉ tiêu, không đạt chỉ tiêu, đúng ngưỡng, thiếu minh
  chứng và không áp dụng (khi có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 7.1.3 — Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử
  # Chỉ tiêu kế hoạch (nguyên văn): “Hạn chế tối đa văn bản đi được gửi dưới dạng điện tử song song với bản
  #   giấy”
  # Cách đọc: chỉ số = Số văn bản đi gửi dưới dạng điện tử / Số văn bản đi (trừ văn bản pháp luật yêu cầu
  #   bản giấy) × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 7.1.3 — Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện tử

    Kịch bản: TCTP 7.1.3 — đúng ngưỡng chỉ tiêu 100% (2150/2150): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                    | giá trị |
        | Số văn bản đi (trừ văn bản pháp luật yêu cầu bản giấy) | 2150    |
        | Số văn bản đi gửi dưới dạng điện tử                    | 2150    |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.1.3" là 100%
      Và tiêu chí "TCTP 7.1.3" được 1 điểm
      Và tiêu chí "TCTP 7.1.3" đạt điểm tối đa
      Và tiêu chí "TCTP 7.1.3" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 7.1.3 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                    | giá trị  |
        | Số văn bản đi (trừ văn bản pháp luật yêu cầu bản giấy) | <mẫu số> |
        | Số văn bản đi gửi dưới dạng điện tử                    | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.1.3" là <chỉ số>
      Và tiêu chí "TCTP 7.1.3" được <điểm> điểm
      Và tiêu chí "TCTP 7.1.3" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.1.3"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 2150   | 2105  | 97,91% | 0,5  | ngay dưới 100%                   |
        | 2000   | 1900  | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 2150   | 2040  | 94,88% | 0    | ngay dưới 95%                    |

    Kịch bản: TCTP 7.1.3 — chưa khai “Số văn bản đi gửi dưới dạng điện tử”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "documents.sent" là 2150
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.1.3" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số văn bản đi (trừ văn bản pháp luật yêu cầu bản giấy)” bằng 0

    # Mẫu số “Số văn bản đi (trừ văn bản pháp luật yêu cầu bản giấy)” không thể bằng 0 ở một cơ quan: coi là số liệu thiếu
    #   (rules/par-so-nganh-2022.yaml: zero_denominator: missing_evidence).

    Kịch bản: TCTP 7.1.3 — Số văn bản đi (trừ văn bản pháp luật yêu cầu bản giấy) bằng 0: số liệu không hợp lý, thiếu minh chứng
      Cho minh chứng "Số văn bản đi (trừ văn bản pháp luật yêu cầu bản giấy)" là 0
      Và minh chứng "Số văn bản đi gửi dưới dạng điện tử" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.1.3" thiếu minh chứng
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 0

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 7.1.4 — Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng
  # Chỉ tiêu kế hoạch (nguyên văn): “Xử lý văn bản, hồ sơ công việc trên môi trường mạng đạt từ 100%”
  # Cách đọc: chỉ số = Số văn bản, hồ sơ công việc xử lý trên môi trường mạng / Số văn bản, hồ sơ công việc
  #   đã xử lý × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 7.1.4 — Tỷ lệ xử lý văn bản, hồ sơ công việc trên môi trường mạng

    Kịch bản: TCTP 7.1.4 — đúng ngưỡng chỉ tiêu 100% (3400/3400): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                    | giá trị |
        | Số văn bản, hồ sơ công việc đã xử lý                   | 3400    |
        | Số văn bản, hồ sơ công việc xử lý trên môi trường mạng | 3400    |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.1.4" là 100%
      Và tiêu chí "TCTP 7.1.4" được 1 điểm
      Và tiêu chí "TCTP 7.1.4" đạt điểm tối đa
      Và tiêu chí "TCTP 7.1.4" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 7.1.4 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                    | giá trị  |
        | Số văn bản, hồ sơ công việc đã xử lý                   | <mẫu số> |
        | Số văn bản, hồ sơ công việc xử lý trên môi trường mạng | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.1.4" là <chỉ số>
      Và tiêu chí "TCTP 7.1.4" được <điểm> điểm
      Và tiêu chí "TCTP 7.1.4" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.1.4"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 3400   | 3399  | 99,97% | 0,5  | ngay dưới 100%                   |
        | 3400   | 3230  | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 3400   | 3229  | 94,97% | 0    | ngay dưới 95%                    |

    Kịch bản: TCTP 7.1.4 — chưa khai “Số văn bản, hồ sơ công việc xử lý trên môi trường mạng”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "documents.processed" là 3400
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.1.4" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Mẫu số “Số văn bản, hồ sơ công việc đã xử lý” không thể bằng 0 ở một cơ quan: coi là số liệu thiếu
    #   (rules/par-so-nganh-2022.yaml: zero_denominator: missing_evidence).

    Kịch bản: TCTP 7.1.4 — Số văn bản, hồ sơ công việc đã xử lý bằng 0: số liệu không hợp lý, thiếu minh chứng
      Cho minh chứng "Số văn bản, hồ sơ công việc đã xử lý" là 0
      Và minh chứng "Số văn bản, hồ sơ công việc xử lý trên môi trường mạng" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.1.4" thiếu minh chứng
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 0

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 7.2.1 — Tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4 có phát sinh hồ sơ trong năm
  # Chỉ tiêu kế hoạch (nguyên văn): “Từ 50% trở lên”
  # Mục tiêu chi tiết (nguyên văn): “Từ 50% TTHC cung cấp trực tuyến mức độ 3 và 4 có phát sinh hồ sơ trực
  #   tuyến trong năm.”
  # Cách đọc: chỉ số = Số TTHC trực tuyến có phát sinh hồ sơ trực tuyến trong năm / Số TTHC cung cấp trực
  #   tuyến (toàn trình hoặc một phần) × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 50%.
  # Thang điểm (tạm thời, tối đa 1 điểm): từ 50% → 1 điểm; từ 30% đến dưới 50% → 0,5 điểm; dưới 30% → 0
  #   điểm.
  Quy tắc: TCTP 7.2.1 — Tỷ lệ TTHC cung cấp trực tuyến mức độ 3 và 4 có phát sinh hồ sơ trong năm

    Kịch bản: TCTP 7.2.1 — đúng ngưỡng chỉ tiêu 50% (25/50): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                        | giá trị |
        | Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)     | 50      |
        | Số TTHC trực tuyến có phát sinh hồ sơ trực tuyến trong năm | 25      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.2.1" là 50%
      Và tiêu chí "TCTP 7.2.1" được 1 điểm
      Và tiêu chí "TCTP 7.2.1" đạt điểm tối đa
      Và tiêu chí "TCTP 7.2.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Kịch bản: TCTP 7.2.1 — vượt chỉ tiêu (42/50 = 84%): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "procedures.online" là 50
      Và minh chứng "procedures.online_with_dossiers" là 42
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.2.1" là 84%
      Và tiêu chí "TCTP 7.2.1" đạt điểm tối đa
      Và tiêu chí "TCTP 7.2.1" đạt chỉ tiêu kế hoạch

    Khung kịch bản: TCTP 7.2.1 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                        | giá trị  |
        | Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)     | <mẫu số> |
        | Số TTHC trực tuyến có phát sinh hồ sơ trực tuyến trong năm | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.2.1" là <chỉ số>
      Và tiêu chí "TCTP 7.2.1" được <điểm> điểm
      Và tiêu chí "TCTP 7.2.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.2.1"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 50     | 24    | 48%    | 0,5  | ngay dưới 50%                    |
        | 50     | 15    | 30%    | 0,5  | đúng ngưỡng 30% của mức nửa điểm |
        | 50     | 14    | 28%    | 0    | dưới 30%                         |

    Kịch bản: TCTP 7.2.1 — chưa khai “Số TTHC trực tuyến có phát sinh hồ sơ trực tuyến trong năm”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedures.online" là 50
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.2.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)” bằng 0
    #   (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm tối đa (not_applicable_default:
    #   full_points). Cùng mẫu số bằng 0 nên KH 1.7 cũng không áp dụng: tổng điểm là 2.

    Kịch bản: TCTP 7.2.1 — Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần) bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)" là 0
      Và minh chứng "Số TTHC trực tuyến có phát sinh hồ sơ trực tuyến trong năm" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.2.1" không áp dụng
      Và tiêu chí "KH 1.7" không áp dụng
      Và tiêu chí "TCTP 7.2.1" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 2

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 7.2.2 — Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến mức độ 3 và 4
  # Chỉ tiêu kế hoạch (nguyên văn): “Từ 50% trở lên”
  # Cách đọc: chỉ số = Số hồ sơ tiếp nhận trực tuyến / Số hồ sơ của các TTHC có cung cấp trực tuyến × 100
  #   (%); đạt chỉ tiêu khi chỉ số ≥ 50%.
  # Thang điểm (tạm thời, tối đa 1 điểm): từ 50% → 1 điểm; từ 30% đến dưới 50% → 0,5 điểm; dưới 30% → 0
  #   điểm.
  Quy tắc: TCTP 7.2.2 — Tỷ lệ hồ sơ TTHC được giải quyết trực tuyến mức độ 3 và 4

    Kịch bản: TCTP 7.2.2 — đúng ngưỡng chỉ tiêu 50% (590/1180): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                          | giá trị |
        | Số hồ sơ của các TTHC có cung cấp trực tuyến | 1180    |
        | Số hồ sơ tiếp nhận trực tuyến                | 590     |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.2.2" là 50%
      Và tiêu chí "TCTP 7.2.2" được 1 điểm
      Và tiêu chí "TCTP 7.2.2" đạt điểm tối đa
      Và tiêu chí "TCTP 7.2.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Kịch bản: TCTP 7.2.2 — vượt chỉ tiêu (708/1180 = 60%): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "dossiers.received_for_online_procedures" là 1180
      Và minh chứng "dossiers.online" là 708
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.2.2" là 60%
      Và tiêu chí "TCTP 7.2.2" đạt điểm tối đa
      Và tiêu chí "TCTP 7.2.2" đạt chỉ tiêu kế hoạch

    Khung kịch bản: TCTP 7.2.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                          | giá trị  |
        | Số hồ sơ của các TTHC có cung cấp trực tuyến | <mẫu số> |
        | Số hồ sơ tiếp nhận trực tuyến                | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.2.2" là <chỉ số>
      Và tiêu chí "TCTP 7.2.2" được <điểm> điểm
      Và tiêu chí "TCTP 7.2.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.2.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 1180   | 540   | 45,76% | 0,5  | dưới 50%                         |
        | 1000   | 300   | 30%    | 0,5  | đúng ngưỡng 30% của mức nửa điểm |
        | 1000   | 299   | 29,9%  | 0    | ngay dưới 30%                    |

    Kịch bản: TCTP 7.2.2 — chưa khai “Số hồ sơ tiếp nhận trực tuyến”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "dossiers.received_for_online_procedures" là 1180
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.2.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số hồ sơ của các TTHC có cung cấp trực tuyến” bằng 0
    #   (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm tối đa (not_applicable_default:
    #   full_points).

    Kịch bản: TCTP 7.2.2 — Số hồ sơ của các TTHC có cung cấp trực tuyến bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số hồ sơ của các TTHC có cung cấp trực tuyến" là 0
      Và minh chứng "Số hồ sơ tiếp nhận trực tuyến" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.2.2" không áp dụng
      Và tiêu chí "TCTP 7.2.2" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # KH 1.7 — Tỷ lệ dịch vụ công trực tuyến mức độ 3 và 4 của tỉnh được tích hợp, cung cấp trên Cổng dịch vụ
  #   công (DVC) quốc gia
  # Chỉ tiêu kế hoạch (nguyên văn): “100% DVC đang cung cấp trực tuyến mức độ 3 và 4 thuộc thẩm quyền giải
  #   quyết của Ban Quản lý được tích hợp, cung cấp trên Cổng DVC quốc gia”
  # Cách đọc: chỉ số = Số DVC trực tuyến được tích hợp, cung cấp trên Cổng DVC quốc gia / Số TTHC cung cấp
  #   trực tuyến (toàn trình hoặc một phần) × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: KH 1.7 — Tỷ lệ dịch vụ công trực tuyến mức độ 3 và 4 của tỉnh được tích hợp, cung cấp trên Cổng dịch vụ công (DVC) quốc gia

    Kịch bản: KH 1.7 — đúng ngưỡng chỉ tiêu 100% (50/50): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                              | giá trị |
        | Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)           | 50      |
        | Số DVC trực tuyến được tích hợp, cung cấp trên Cổng DVC quốc gia | 50      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "KH 1.7" là 100%
      Và tiêu chí "KH 1.7" được 1 điểm
      Và tiêu chí "KH 1.7" đạt điểm tối đa
      Và tiêu chí "KH 1.7" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: KH 1.7 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                              | giá trị  |
        | Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)           | <mẫu số> |
        | Số DVC trực tuyến được tích hợp, cung cấp trên Cổng DVC quốc gia | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "KH 1.7" là <chỉ số>
      Và tiêu chí "KH 1.7" được <điểm> điểm
      Và tiêu chí "KH 1.7" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "KH 1.7"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 50     | 49    | 98%    | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 50     | 47    | 94%    | 0    | dưới 95%                         |

    Kịch bản: KH 1.7 — chưa khai “Số DVC trực tuyến được tích hợp, cung cấp trên Cổng DVC quốc gia”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedures.online" là 50
      Khi chấm điểm
      Thì tiêu chí "KH 1.7" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)” bằng 0
    #   (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm tối đa (not_applicable_default:
    #   full_points). Cùng mẫu số bằng 0 nên TCTP 7.2.1 cũng không áp dụng: tổng điểm là 2.

    Kịch bản: KH 1.7 — Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần) bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số TTHC cung cấp trực tuyến (toàn trình hoặc một phần)" là 0
      Và minh chứng "Số DVC trực tuyến được tích hợp, cung cấp trên Cổng DVC quốc gia" là 0
      Khi chấm điểm
      Thì tiêu chí "KH 1.7" không áp dụng
      Và tiêu chí "TCTP 7.2.1" không áp dụng
      Và tiêu chí "KH 1.7" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 2

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 7.4.1 — Tỷ lệ CQCM cấp tỉnh, ĐVHC cấp huyện công bố ISO 9001 đúng quy định
  # Chỉ tiêu kế hoạch (nguyên văn): “Công bố Hệ thống quản lý chất lượng ISO 9001-2015 đúng quy định”
  # Mục tiêu chi tiết (nguyên văn): “Công bố Hệ thống quản lý chất lượng (HTQLCL) và thực hiện đúng quy
  #   trình ISO 9001-2015.”
  # Cách đọc: chỉ số = 1 khi “Công bố Hệ thống quản lý chất lượng ISO 9001:2015 đúng quy định” là có, 0 khi
  #   là không; đạt chỉ tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 7.4.1 — Tỷ lệ CQCM cấp tỉnh, ĐVHC cấp huyện công bố ISO 9001 đúng quy định

    Khung kịch bản: TCTP 7.4.1 — “Công bố Hệ thống quản lý chất lượng ISO 9001:2015 đúng quy định” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Công bố Hệ thống quản lý chất lượng ISO 9001:2015 đúng quy định" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.4.1" là 1
      Và tiêu chí "TCTP 7.4.1" được 1 điểm
      Và tiêu chí "TCTP 7.4.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 7.4.1 — “Công bố Hệ thống quản lý chất lượng ISO 9001:2015 đúng quy định” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "iso.announced" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.4.1" là không
      Và tiêu chí "TCTP 7.4.1" được 0 điểm
      Và tiêu chí "TCTP 7.4.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.4.1"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 7.4.1 — chưa khai “Công bố Hệ thống quản lý chất lượng ISO 9001:2015 đúng quy định”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.4.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 7.4.2 — Tỷ lệ CQCM cấp tỉnh, ĐVHC cấp huyện thực hiện đúng việc duy trì, cải tiến ISO 9001 theo quy
  #   định
  # Chỉ tiêu kế hoạch (nguyên văn): “Thực hiện đúng quy trình ISO 9001-2015”
  # Mục tiêu chi tiết (nguyên văn): “Công bố Hệ thống quản lý chất lượng (HTQLCL) và thực hiện đúng quy
  #   trình ISO 9001-2015.”
  # Cách đọc: chỉ số = 1 khi “Duy trì, cải tiến ISO 9001:2015 đúng quy trình” là có, 0 khi là không; đạt chỉ
  #   tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 7.4.2 — Tỷ lệ CQCM cấp tỉnh, ĐVHC cấp huyện thực hiện đúng việc duy trì, cải tiến ISO 9001 theo quy định

    Khung kịch bản: TCTP 7.4.2 — “Duy trì, cải tiến ISO 9001:2015 đúng quy trình” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Duy trì, cải tiến ISO 9001:2015 đúng quy trình" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.4.2" là 1
      Và tiêu chí "TCTP 7.4.2" được 1 điểm
      Và tiêu chí "TCTP 7.4.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 7.4.2 — “Duy trì, cải tiến ISO 9001:2015 đúng quy trình” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "iso.maintained" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 7.4.2" là không
      Và tiêu chí "TCTP 7.4.2" được 0 điểm
      Và tiêu chí "TCTP 7.4.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.4.2"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 7.4.2 — chưa khai “Duy trì, cải tiến ISO 9001:2015 đúng quy trình”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 7.4.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.
