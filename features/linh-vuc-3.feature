# language: vi
# Lĩnh vực III — CẢI CÁCH THỦ TỤC HÀNH CHÍNH
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực III — Cải cách thủ tục hành chính
  Chấm điểm 12 tiêu chí của lĩnh vực III (TCTP 3.1.1, TCTP 3.1.2, TCTP 3.2.1, TCTP 3.2.3, TCTP 3.2.4, TCTP
  3.2.5, TCTP 3.2.6, TCTP 3.3.1, TCTP 3.4.1, TCTP 3.4.4, TCTP 3.5.1, TCTP 3.5.2) theo chỉ tiêu của kế
  hoạch: đạt chỉ tiêu, không đạt chỉ tiêu, đúng ngưỡng, thiếu minh chứng và không áp dụng (khi có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.1.1 — Thực hiện quy định về ban hành TTHC theo thẩm quyền
  # Chỉ tiêu kế hoạch (nguyên văn): “Không ban hành các quy định TTHC (nội dung TTHC, thành phần hồ sơ, mẫu
  #   đơn, mẫu tờ khai, điều kiện thực hiện TTHC...) trái với thẩm quyền được giao”
  # Cách đọc: chỉ số = Số quy định TTHC ban hành trái thẩm quyền; đạt chỉ tiêu khi bằng 0.
  # Thang điểm (tạm thời, tối đa 1 điểm): không có vi phạm (0) → 1 điểm; có từ 1 vi phạm → 0 điểm.
  Quy tắc: TCTP 3.1.1 — Thực hiện quy định về ban hành TTHC theo thẩm quyền

    Khung kịch bản: TCTP 3.1.1 — <ghi chú> (<giá trị>): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Số quy định TTHC ban hành trái thẩm quyền" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.1.1" là <giá trị>
      Và tiêu chí "TCTP 3.1.1" đạt điểm tối đa
      Và tiêu chí "TCTP 3.1.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị | ghi chú                 |
        | 0       | không có trường hợp nào |

    Khung kịch bản: TCTP 3.1.1 — <ghi chú> (<giá trị>): không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "procedures.issued_beyond_authority" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.1.1" là <giá trị>
      Và tiêu chí "TCTP 3.1.1" được <điểm> điểm
      Và tiêu chí "TCTP 3.1.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.1.1"

      Dữ liệu:
        | giá trị | điểm | ghi chú            |
        | 1       | 0    | chỉ một trường hợp |
        | 3       | 0    | nhiều trường hợp   |

    Kịch bản: TCTP 3.1.1 — chưa khai “Số quy định TTHC ban hành trái thẩm quyền”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.1.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.1.2 — Xử lý các vấn đề phát hiện qua rà soát TTHC
  # Chỉ tiêu kế hoạch (nguyên văn): “100% vấn đề phát hiện qua rà soát TTHC được xử lý hoặc kiến nghị xử lý”
  # Cách đọc: chỉ số = Số vấn đề rà soát TTHC đã xử lý hoặc kiến nghị xử lý / Số vấn đề phát hiện qua rà
  #   soát TTHC × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.1.2 — Xử lý các vấn đề phát hiện qua rà soát TTHC

    Kịch bản: TCTP 3.1.2 — đúng ngưỡng chỉ tiêu 100% (3/3): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                  | giá trị |
        | Số vấn đề phát hiện qua rà soát TTHC                 | 3       |
        | Số vấn đề rà soát TTHC đã xử lý hoặc kiến nghị xử lý | 3       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.1.2" là 100%
      Và tiêu chí "TCTP 3.1.2" được 1 điểm
      Và tiêu chí "TCTP 3.1.2" đạt điểm tối đa
      Và tiêu chí "TCTP 3.1.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.1.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                  | giá trị  |
        | Số vấn đề phát hiện qua rà soát TTHC                 | <mẫu số> |
        | Số vấn đề rà soát TTHC đã xử lý hoặc kiến nghị xử lý | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.1.2" là <chỉ số>
      Và tiêu chí "TCTP 3.1.2" được <điểm> điểm
      Và tiêu chí "TCTP 3.1.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.1.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 30     | 29    | 96,67% | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 3      | 2     | 66,67% | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.1.2 — chưa khai “Số vấn đề rà soát TTHC đã xử lý hoặc kiến nghị xử lý”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedure_review.issues_found" là 3
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.1.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số vấn đề phát hiện qua rà soát TTHC” bằng 0 (rules/par-so-nganh-2022.yaml);
    #   bộ tiêu chí tính đủ điểm tối đa (not_applicable_default: full_points).

    Kịch bản: TCTP 3.1.2 — Số vấn đề phát hiện qua rà soát TTHC bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số vấn đề phát hiện qua rà soát TTHC" là 0
      Và minh chứng "Số vấn đề rà soát TTHC đã xử lý hoặc kiến nghị xử lý" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.1.2" không áp dụng
      Và tiêu chí "TCTP 3.1.2" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.2.1 — Công bố TTHC và danh mục TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa
  #   bàn tỉnh
  # Chỉ tiêu kế hoạch (nguyên văn): “100% số TTHC thuộc thẩm quyền giải quyết của Ban Quản lý được sửa đổi,
  #   bổ sung, bãi bỏ hoặc mới ban hành trong năm được công bố kịp thời và đã công bố TTHC hoặc nhóm TTHC
  #   liên thông theo quy định của bộ, ngành Trung ương”
  # Cách đọc: chỉ số = Số TTHC thay đổi trong năm được công bố kịp thời / Số TTHC sửa đổi, bổ sung, bãi bỏ
  #   hoặc mới ban hành trong năm × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.2.1 — Công bố TTHC và danh mục TTHC thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh

    Kịch bản: TCTP 3.2.1 — đúng ngưỡng chỉ tiêu 100% (8/8): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                          | giá trị |
        | Số TTHC sửa đổi, bổ sung, bãi bỏ hoặc mới ban hành trong năm | 8       |
        | Số TTHC thay đổi trong năm được công bố kịp thời             | 8       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.1" là 100%
      Và tiêu chí "TCTP 3.2.1" được 1 điểm
      Và tiêu chí "TCTP 3.2.1" đạt điểm tối đa
      Và tiêu chí "TCTP 3.2.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.2.1 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                          | giá trị  |
        | Số TTHC sửa đổi, bổ sung, bãi bỏ hoặc mới ban hành trong năm | <mẫu số> |
        | Số TTHC thay đổi trong năm được công bố kịp thời             | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.1" là <chỉ số>
      Và tiêu chí "TCTP 3.2.1" được <điểm> điểm
      Và tiêu chí "TCTP 3.2.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.2.1"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 50     | 49    | 98%    | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 8      | 7     | 87,5%  | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.2.1 — chưa khai “Số TTHC thay đổi trong năm được công bố kịp thời”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedures.changed" là 8
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số TTHC sửa đổi, bổ sung, bãi bỏ hoặc mới ban hành trong năm” bằng 0
    #   (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm tối đa (not_applicable_default:
    #   full_points).

    Kịch bản: TCTP 3.2.1 — Số TTHC sửa đổi, bổ sung, bãi bỏ hoặc mới ban hành trong năm bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số TTHC sửa đổi, bổ sung, bãi bỏ hoặc mới ban hành trong năm" là 0
      Và minh chứng "Số TTHC thay đổi trong năm được công bố kịp thời" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.1" không áp dụng
      Và tiêu chí "TCTP 3.2.1" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.2.3 — Công bố quy trình nội bộ giải quyết TTHC
  # Chỉ tiêu kế hoạch (nguyên văn): “100% số TTHC thuộc thẩm quyền giải quyết của Ban Quản lý được công bố
  #   quy trình nội bộ”
  # Cách đọc: chỉ số = Số TTHC đã công bố quy trình nội bộ / Số TTHC thuộc thẩm quyền giải quyết × 100 (%);
  #   đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.2.3 — Công bố quy trình nội bộ giải quyết TTHC

    Kịch bản: TCTP 3.2.3 — đúng ngưỡng chỉ tiêu 100% (52/52): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                 | giá trị |
        | Số TTHC thuộc thẩm quyền giải quyết | 52      |
        | Số TTHC đã công bố quy trình nội bộ | 52      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.3" là 100%
      Và tiêu chí "TCTP 3.2.3" được 1 điểm
      Và tiêu chí "TCTP 3.2.3" đạt điểm tối đa
      Và tiêu chí "TCTP 3.2.3" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.2.3 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                 | giá trị  |
        | Số TTHC thuộc thẩm quyền giải quyết | <mẫu số> |
        | Số TTHC đã công bố quy trình nội bộ | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.3" là <chỉ số>
      Và tiêu chí "TCTP 3.2.3" được <điểm> điểm
      Và tiêu chí "TCTP 3.2.3" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.2.3"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 52     | 51    | 98,08% | 0,5  | ngay dưới 100%                   |
        | 60     | 57    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 52     | 49    | 94,23% | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.2.3 — chưa khai “Số TTHC đã công bố quy trình nội bộ”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedures.total" là 52
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.3" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số TTHC thuộc thẩm quyền giải quyết” bằng 0 (rules/par-so-nganh-2022.yaml);
    #   bộ tiêu chí tính đủ điểm tối đa (not_applicable_default: full_points). Cùng mẫu số bằng 0 nên TCTP
    #   3.2.4, TCTP 3.2.5, TCTP 3.3.1 cũng không áp dụng: tổng điểm là 4.

    Kịch bản: TCTP 3.2.3 — Số TTHC thuộc thẩm quyền giải quyết bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số TTHC thuộc thẩm quyền giải quyết" là 0
      Và minh chứng "Số TTHC đã công bố quy trình nội bộ" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.3" không áp dụng
      Và tiêu chí "TCTP 3.2.4" không áp dụng
      Và tiêu chí "TCTP 3.2.5" không áp dụng
      Và tiêu chí "TCTP 3.3.1" không áp dụng
      Và tiêu chí "TCTP 3.2.3" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 4

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.2.4 — Tỷ lệ CQCM cấp tỉnh và ĐVHC cấp huyện, cấp xã công khai TTHC đầy đủ, đúng quy định tại nơi
  #   tiếp nhận, giải quyết TTHC
  # Chỉ tiêu kế hoạch (nguyên văn): “100% công khai TTHC đầy đủ, đúng quy định tại Trung tâm hành chính
  #   công, Bộ phận tiếp nhận và trả kết quả”
  # Cách đọc: chỉ số = Số TTHC công khai đầy đủ tại nơi tiếp nhận / Số TTHC thuộc thẩm quyền giải quyết ×
  #   100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.2.4 — Tỷ lệ CQCM cấp tỉnh và ĐVHC cấp huyện, cấp xã công khai TTHC đầy đủ, đúng quy định tại nơi tiếp nhận, giải quyết TTHC

    Kịch bản: TCTP 3.2.4 — đúng ngưỡng chỉ tiêu 100% (52/52): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                        | giá trị |
        | Số TTHC thuộc thẩm quyền giải quyết        | 52      |
        | Số TTHC công khai đầy đủ tại nơi tiếp nhận | 52      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.4" là 100%
      Và tiêu chí "TCTP 3.2.4" được 1 điểm
      Và tiêu chí "TCTP 3.2.4" đạt điểm tối đa
      Và tiêu chí "TCTP 3.2.4" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.2.4 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                        | giá trị  |
        | Số TTHC thuộc thẩm quyền giải quyết        | <mẫu số> |
        | Số TTHC công khai đầy đủ tại nơi tiếp nhận | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.4" là <chỉ số>
      Và tiêu chí "TCTP 3.2.4" được <điểm> điểm
      Và tiêu chí "TCTP 3.2.4" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.2.4"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 52     | 50    | 96,15% | 0,5  | ngay dưới 100%                   |
        | 40     | 38    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 52     | 48    | 92,31% | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.2.4 — chưa khai “Số TTHC công khai đầy đủ tại nơi tiếp nhận”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedures.total" là 52
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.4" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số TTHC thuộc thẩm quyền giải quyết” bằng 0 (rules/par-so-nganh-2022.yaml);
    #   bộ tiêu chí tính đủ điểm tối đa (not_applicable_default: full_points). Cùng mẫu số bằng 0 nên TCTP
    #   3.2.3, TCTP 3.2.5, TCTP 3.3.1 cũng không áp dụng: tổng điểm là 4.

    Kịch bản: TCTP 3.2.4 — Số TTHC thuộc thẩm quyền giải quyết bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số TTHC thuộc thẩm quyền giải quyết" là 0
      Và minh chứng "Số TTHC công khai đầy đủ tại nơi tiếp nhận" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.4" không áp dụng
      Và tiêu chí "TCTP 3.2.3" không áp dụng
      Và tiêu chí "TCTP 3.2.5" không áp dụng
      Và tiêu chí "TCTP 3.3.1" không áp dụng
      Và tiêu chí "TCTP 3.2.4" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 4

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.2.5 — Công khai TTHC trên Cổng thông tin điện tử (TTĐT) của tỉnh và Trang TTĐT của các cơ quan,
  #   đơn vị
  # Chỉ tiêu kế hoạch (nguyên văn): “100% số TTHC thuộc thẩm quyền giải quyết được công khai trên Cổng TTĐT
  #   của tỉnh, Cổng dịch vụ công của tỉnh; trên Trang TTĐT của Ban Quản lý”
  # Mục tiêu chi tiết (nguyên văn): “100% số TTHC thuộc thẩm quyền giải quyết của Ban Quản lý được công khai
  #   trên Trang TTĐT của Ban, Cổng TTĐT của tỉnh, Cổng dịch vụ công của tỉnh.”
  # Cách đọc: chỉ số = Số TTHC công khai trên Cổng TTĐT, Cổng DVC của tỉnh và Trang TTĐT / Số TTHC thuộc
  #   thẩm quyền giải quyết × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.2.5 — Công khai TTHC trên Cổng thông tin điện tử (TTĐT) của tỉnh và Trang TTĐT của các cơ quan, đơn vị

    Kịch bản: TCTP 3.2.5 — đúng ngưỡng chỉ tiêu 100% (52/52): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                               | giá trị |
        | Số TTHC thuộc thẩm quyền giải quyết                               | 52      |
        | Số TTHC công khai trên Cổng TTĐT, Cổng DVC của tỉnh và Trang TTĐT | 52      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.5" là 100%
      Và tiêu chí "TCTP 3.2.5" được 1 điểm
      Và tiêu chí "TCTP 3.2.5" đạt điểm tối đa
      Và tiêu chí "TCTP 3.2.5" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.2.5 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                               | giá trị  |
        | Số TTHC thuộc thẩm quyền giải quyết                               | <mẫu số> |
        | Số TTHC công khai trên Cổng TTĐT, Cổng DVC của tỉnh và Trang TTĐT | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.5" là <chỉ số>
      Và tiêu chí "TCTP 3.2.5" được <điểm> điểm
      Và tiêu chí "TCTP 3.2.5" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.2.5"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 52     | 51    | 98,08% | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 52     | 45    | 86,54% | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.2.5 — chưa khai “Số TTHC công khai trên Cổng TTĐT, Cổng DVC của tỉnh và Trang TTĐT”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedures.total" là 52
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.5" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số TTHC thuộc thẩm quyền giải quyết” bằng 0 (rules/par-so-nganh-2022.yaml);
    #   bộ tiêu chí tính đủ điểm tối đa (not_applicable_default: full_points). Cùng mẫu số bằng 0 nên TCTP
    #   3.2.3, TCTP 3.2.4, TCTP 3.3.1 cũng không áp dụng: tổng điểm là 4.

    Kịch bản: TCTP 3.2.5 — Số TTHC thuộc thẩm quyền giải quyết bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số TTHC thuộc thẩm quyền giải quyết" là 0
      Và minh chứng "Số TTHC công khai trên Cổng TTĐT, Cổng DVC của tỉnh và Trang TTĐT" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.5" không áp dụng
      Và tiêu chí "TCTP 3.2.3" không áp dụng
      Và tiêu chí "TCTP 3.2.4" không áp dụng
      Và tiêu chí "TCTP 3.3.1" không áp dụng
      Và tiêu chí "TCTP 3.2.5" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 4

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.2.6 — Công khai tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng TTĐT hoặc Cổng dịch vụ công của
  #   tỉnh
  # Chỉ tiêu kế hoạch (nguyên văn): “100% công khai đầy đủ tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng
  #   TTĐT và Cổng dịch vụ công của tỉnh”
  # Cách đọc: chỉ số = Số hồ sơ được công khai tiến độ, kết quả trên Cổng / Số hồ sơ tiếp nhận trong năm ×
  #   100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.2.6 — Công khai tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng TTĐT hoặc Cổng dịch vụ công của tỉnh

    Kịch bản: TCTP 3.2.6 — đúng ngưỡng chỉ tiêu 100% (1260/1260): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                | giá trị |
        | Số hồ sơ tiếp nhận trong năm                       | 1260    |
        | Số hồ sơ được công khai tiến độ, kết quả trên Cổng | 1260    |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.6" là 100%
      Và tiêu chí "TCTP 3.2.6" được 1 điểm
      Và tiêu chí "TCTP 3.2.6" đạt điểm tối đa
      Và tiêu chí "TCTP 3.2.6" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.2.6 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                | giá trị  |
        | Số hồ sơ tiếp nhận trong năm                       | <mẫu số> |
        | Số hồ sơ được công khai tiến độ, kết quả trên Cổng | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.2.6" là <chỉ số>
      Và tiêu chí "TCTP 3.2.6" được <điểm> điểm
      Và tiêu chí "TCTP 3.2.6" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.2.6"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 1260   | 1250  | 99,21% | 0,5  | ngay dưới 100%                   |
        | 1260   | 1197  | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 1260   | 1196  | 94,92% | 0    | ngay dưới 95%                    |

    Kịch bản: TCTP 3.2.6 — chưa khai “Số hồ sơ được công khai tiến độ, kết quả trên Cổng”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "dossiers.received" là 1260
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.6" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số hồ sơ tiếp nhận trong năm” bằng 0 (rules/par-so-nganh-2022.yaml); bộ tiêu
    #   chí tính đủ điểm tối đa (not_applicable_default: full_points).

    Kịch bản: TCTP 3.2.6 — Số hồ sơ tiếp nhận trong năm bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số hồ sơ tiếp nhận trong năm" là 0
      Và minh chứng "Số hồ sơ được công khai tiến độ, kết quả trên Cổng" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.2.6" không áp dụng
      Và tiêu chí "TCTP 3.2.6" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.3.1 — Tỷ lệ TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa
  # Chỉ tiêu kế hoạch (nguyên văn): “100% số TTHC thuộc thẩm quyền giải quyết được tiếp nhận và trả kết quả
  #   tại Trung tâm Hành chính công.”
  # Cách đọc: chỉ số = Số TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa / Số TTHC thuộc thẩm quyền giải
  #   quyết × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.3.1 — Tỷ lệ TTHC thực hiện việc tiếp nhận, trả kết quả tại Bộ phận Một cửa

    Kịch bản: TCTP 3.3.1 — đúng ngưỡng chỉ tiêu 100% (52/52): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                | giá trị |
        | Số TTHC thuộc thẩm quyền giải quyết                | 52      |
        | Số TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa | 52      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.3.1" là 100%
      Và tiêu chí "TCTP 3.3.1" được 1 điểm
      Và tiêu chí "TCTP 3.3.1" đạt điểm tối đa
      Và tiêu chí "TCTP 3.3.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.3.1 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                | giá trị  |
        | Số TTHC thuộc thẩm quyền giải quyết                | <mẫu số> |
        | Số TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.3.1" là <chỉ số>
      Và tiêu chí "TCTP 3.3.1" được <điểm> điểm
      Và tiêu chí "TCTP 3.3.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.3.1"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 52     | 51    | 98,08% | 0,5  | ngay dưới 100%                   |
        | 80     | 76    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 52     | 40    | 76,92% | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.3.1 — chưa khai “Số TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "procedures.total" là 52
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.3.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số TTHC thuộc thẩm quyền giải quyết” bằng 0 (rules/par-so-nganh-2022.yaml);
    #   bộ tiêu chí tính đủ điểm tối đa (not_applicable_default: full_points). Cùng mẫu số bằng 0 nên TCTP
    #   3.2.3, TCTP 3.2.4, TCTP 3.2.5 cũng không áp dụng: tổng điểm là 4.

    Kịch bản: TCTP 3.3.1 — Số TTHC thuộc thẩm quyền giải quyết bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số TTHC thuộc thẩm quyền giải quyết" là 0
      Và minh chứng "Số TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.3.1" không áp dụng
      Và tiêu chí "TCTP 3.2.3" không áp dụng
      Và tiêu chí "TCTP 3.2.4" không áp dụng
      Và tiêu chí "TCTP 3.2.5" không áp dụng
      Và tiêu chí "TCTP 3.3.1" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 4

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.4.1 — Tỷ lệ hồ sơ TTHC do CQCM cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn
  # Chỉ tiêu kế hoạch (nguyên văn): “Giải quyết đúng hạn 100%”
  # Cách đọc: chỉ số = Số hồ sơ giải quyết đúng hạn (gồm trước hạn) / Số hồ sơ đã giải quyết × 100 (%); đạt
  #   chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.4.1 — Tỷ lệ hồ sơ TTHC do CQCM cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn

    Kịch bản: TCTP 3.4.1 — đúng ngưỡng chỉ tiêu 100% (1230/1230): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                          | giá trị |
        | Số hồ sơ đã giải quyết                       | 1230    |
        | Số hồ sơ giải quyết đúng hạn (gồm trước hạn) | 1230    |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.1" là 100%
      Và tiêu chí "TCTP 3.4.1" được 1 điểm
      Và tiêu chí "TCTP 3.4.1" đạt điểm tối đa
      Và tiêu chí "TCTP 3.4.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.4.1 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                          | giá trị  |
        | Số hồ sơ đã giải quyết                       | <mẫu số> |
        | Số hồ sơ giải quyết đúng hạn (gồm trước hạn) | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.1" là <chỉ số>
      Và tiêu chí "TCTP 3.4.1" được <điểm> điểm
      Và tiêu chí "TCTP 3.4.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.4.1"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 1200   | 1187  | 98,92% | 0,5  | ngay dưới 100%                   |
        | 1200   | 1140  | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 1200   | 1139  | 94,92% | 0    | ngay dưới 95%                    |

    Kịch bản: TCTP 3.4.1 — chưa khai “Số hồ sơ giải quyết đúng hạn (gồm trước hạn)”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "dossiers.resolved" là 1230
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.4.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số hồ sơ đã giải quyết” bằng 0 (rules/par-so-nganh-2022.yaml); bộ tiêu chí
    #   tính đủ điểm tối đa (not_applicable_default: full_points).

    Kịch bản: TCTP 3.4.1 — Số hồ sơ đã giải quyết bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số hồ sơ đã giải quyết" là 0
      Và minh chứng "Số hồ sơ giải quyết đúng hạn (gồm trước hạn)" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.4.1" không áp dụng
      Và tiêu chí "TCTP 3.4.1" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    # Tỷ lệ khai trực tiếp: khi không có số đếm, công cụ dùng “Tỷ lệ hồ sơ giải quyết đúng hạn (khai
    #   trực tiếp)” (báo cáo ghi rõ là tỷ lệ khai trực tiếp); khi có cả số đếm thì tính từ số đếm, và
    #   hai con số phải khớp nhau (lệch không quá 0,05 điểm %).
    Khung kịch bản: TCTP 3.4.1 — chỉ khai tỷ lệ đúng hạn <tỷ lệ>: được <điểm> điểm
      Cho minh chứng "Tỷ lệ hồ sơ giải quyết đúng hạn (khai trực tiếp)" là <tỷ lệ>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.1" là <tỷ lệ>
      Và tiêu chí "TCTP 3.4.1" được <điểm> điểm
      Và tiêu chí "TCTP 3.4.1" <kết quả> chỉ tiêu kế hoạch

      Dữ liệu:
        | tỷ lệ  | điểm | kết quả   |
        | 100%   | 1    | đạt       |
        | 98,92% | 0,5  | không đạt |
        | 95%    | 0,5  | không đạt |
        | 94,9%  | 0    | không đạt |

    # Khi có cả số đếm và tỷ lệ khai trực tiếp khớp nhau, chỉ số tính từ số đếm; tỷ lệ khai trực tiếp
    #   chỉ được dùng khi không có số đếm.
    Kịch bản: TCTP 3.4.1 — có cả số đếm và tỷ lệ khai trực tiếp khớp nhau: chỉ số tính từ số đếm
      Cho minh chứng:
        | mục                                              | giá trị |
        | Số hồ sơ đã giải quyết                           | 1200    |
        | Số hồ sơ giải quyết đúng hạn (gồm trước hạn)     | 1187    |
        | Tỷ lệ hồ sơ giải quyết đúng hạn (khai trực tiếp) | 98,92%  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.1" là 98,9167%
      Và tiêu chí "TCTP 3.4.1" được 0,5 điểm

    Kịch bản: TCTP 3.4.1 — tỷ lệ khai trực tiếp không khớp số đếm: minh chứng bị từ chối
      Cho minh chứng:
        | mục                                              | giá trị |
        | Số hồ sơ đã giải quyết                           | 1200    |
        | Số hồ sơ giải quyết đúng hạn (gồm trước hạn)     | 1187    |
        | Tỷ lệ hồ sơ giải quyết đúng hạn (khai trực tiếp) | 100%    |
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "khác tỷ lệ tính từ số đếm"

    Kịch bản: TCTP 3.4.1 — số hồ sơ đúng hạn cộng trễ hạn vượt số đã giải quyết: minh chứng bị từ chối
      Cho minh chứng:
        | mục                                          | giá trị |
        | Số hồ sơ đã giải quyết                       | 1230    |
        | Số hồ sơ giải quyết đúng hạn (gồm trước hạn) | 1220    |
        | Số hồ sơ giải quyết trễ hạn                  | 13      |
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "không thể vượt số hồ sơ đã giải quyết"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.4.4 — Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC
  # Chỉ tiêu kế hoạch (nguyên văn): “Thực hiện đầy đủ, đúng quy định”
  # Cách đọc: chỉ số = Số hồ sơ trễ hạn đã có thư xin lỗi / Số hồ sơ giải quyết trễ hạn × 100 (%); đạt chỉ
  #   tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.4.4 — Thực hiện việc xin lỗi người dân, tổ chức khi để xảy ra trễ hẹn trong giải quyết hồ sơ TTHC

    Kịch bản: TCTP 3.4.4 — đúng ngưỡng chỉ tiêu 100% (13/13): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                | giá trị |
        | Số hồ sơ giải quyết trễ hạn        | 13      |
        | Số hồ sơ trễ hạn đã có thư xin lỗi | 13      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.4" là 100%
      Và tiêu chí "TCTP 3.4.4" được 1 điểm
      Và tiêu chí "TCTP 3.4.4" đạt điểm tối đa
      Và tiêu chí "TCTP 3.4.4" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.4.4 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                | giá trị  |
        | Số hồ sơ giải quyết trễ hạn        | <mẫu số> |
        | Số hồ sơ trễ hạn đã có thư xin lỗi | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.4" là <chỉ số>
      Và tiêu chí "TCTP 3.4.4" được <điểm> điểm
      Và tiêu chí "TCTP 3.4.4" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.4.4"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 13     | 9     | 69,23% | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.4.4 — chưa khai “Số hồ sơ trễ hạn đã có thư xin lỗi”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "dossiers.resolved_late" là 13
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.4.4" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi không có hồ sơ trễ hạn (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm tối
    #   đa (not_applicable_default: full_points).

    Kịch bản: TCTP 3.4.4 — Số hồ sơ giải quyết trễ hạn bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số hồ sơ giải quyết trễ hạn" là 0
      Và minh chứng "Số hồ sơ trễ hạn đã có thư xin lỗi" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.4.4" không áp dụng
      Và tiêu chí "TCTP 3.4.4" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.5.1 — Xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải
  #   quyết của tỉnh
  # Chỉ tiêu kế hoạch (nguyên văn): “100% PAKN của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết
  #   của ban Quản lý được trả lời”
  # Cách đọc: chỉ số = Số phản ánh, kiến nghị về TTHC đã trả lời / Số phản ánh, kiến nghị về TTHC đã tiếp
  #   nhận × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.5.1 — Xử lý phản ánh, kiến nghị (PAKN) của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của tỉnh

    Kịch bản: TCTP 3.5.1 — đúng ngưỡng chỉ tiêu 100% (5/5): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                         | giá trị |
        | Số phản ánh, kiến nghị về TTHC đã tiếp nhận | 5       |
        | Số phản ánh, kiến nghị về TTHC đã trả lời   | 5       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.5.1" là 100%
      Và tiêu chí "TCTP 3.5.1" được 1 điểm
      Và tiêu chí "TCTP 3.5.1" đạt điểm tối đa
      Và tiêu chí "TCTP 3.5.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.5.1 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                         | giá trị  |
        | Số phản ánh, kiến nghị về TTHC đã tiếp nhận | <mẫu số> |
        | Số phản ánh, kiến nghị về TTHC đã trả lời   | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.5.1" là <chỉ số>
      Và tiêu chí "TCTP 3.5.1" được <điểm> điểm
      Và tiêu chí "TCTP 3.5.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.5.1"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 5      | 4     | 80%    | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.5.1 — chưa khai “Số phản ánh, kiến nghị về TTHC đã trả lời”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "feedback.received" là 5
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.5.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi không có phản ánh, kiến nghị (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ
    #   điểm tối đa (not_applicable_default: full_points). Cùng mẫu số bằng 0 nên TCTP 3.5.2 cũng không áp
    #   dụng: tổng điểm là 2.

    Kịch bản: TCTP 3.5.1 — Số phản ánh, kiến nghị về TTHC đã tiếp nhận bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số phản ánh, kiến nghị về TTHC đã tiếp nhận" là 0
      Và minh chứng "Số phản ánh, kiến nghị về TTHC đã trả lời" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.5.1" không áp dụng
      Và tiêu chí "TCTP 3.5.2" không áp dụng
      Và tiêu chí "TCTP 3.5.1" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 2

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 3.5.2 — Công khai kết quả trả lời PAKN của cá nhân, tổ chức đối với quy định TTHC thuộc thẩm quyền
  #   của tỉnh
  # Chỉ tiêu kế hoạch (nguyên văn): “100% số PAKN đã xử lý, trả lời được công khai theo quy định”
  # Cách đọc: chỉ số = Số kết quả trả lời PAKN được công khai / Số phản ánh, kiến nghị về TTHC đã trả lời ×
  #   100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 3.5.2 — Công khai kết quả trả lời PAKN của cá nhân, tổ chức đối với quy định TTHC thuộc thẩm quyền của tỉnh

    Kịch bản: TCTP 3.5.2 — đúng ngưỡng chỉ tiêu 100% (5/5): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                       | giá trị |
        | Số phản ánh, kiến nghị về TTHC đã trả lời | 5       |
        | Số kết quả trả lời PAKN được công khai    | 5       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.5.2" là 100%
      Và tiêu chí "TCTP 3.5.2" được 1 điểm
      Và tiêu chí "TCTP 3.5.2" đạt điểm tối đa
      Và tiêu chí "TCTP 3.5.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 3.5.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                       | giá trị  |
        | Số phản ánh, kiến nghị về TTHC đã trả lời | <mẫu số> |
        | Số kết quả trả lời PAKN được công khai    | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.5.2" là <chỉ số>
      Và tiêu chí "TCTP 3.5.2" được <điểm> điểm
      Và tiêu chí "TCTP 3.5.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.5.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 5      | 4     | 80%    | 0    | dưới 95%                         |

    Kịch bản: TCTP 3.5.2 — chưa khai “Số kết quả trả lời PAKN được công khai”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "feedback.answered" là 5
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.5.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi không có PAKN đã trả lời (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm
    #   tối đa (not_applicable_default: full_points).

    Kịch bản: TCTP 3.5.2 — Số phản ánh, kiến nghị về TTHC đã trả lời bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số phản ánh, kiến nghị về TTHC đã trả lời" là 0
      Và minh chứng "Số kết quả trả lời PAKN được công khai" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.5.2" không áp dụng
      Và tiêu chí "TCTP 3.5.2" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1
