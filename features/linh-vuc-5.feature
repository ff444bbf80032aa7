# language: vi
# Lĩnh vực V — CẢI CÁCH CÔNG VỤ
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực V — Cải cách công vụ
  Chấm điểm 6 tiêu chí của lĩnh vực V (TCTP 5.1.1, TCTP 5.1.2, TCTP 5.1.3, TCTP 5.5.1, TCTP 5.5.2, TC 5.6)
  theo chỉ tiêu của kế hoạch: đạt chỉ tiêu, không đạt chỉ tiêu, đúng ngưỡng, thiếu minh chứng và không áp
  dụng (khi có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 5.1.1 — Ban hành văn bản để hoàn thiện quy định về vị trí việc làm của cơ quan, tổ chức thuộc phạm
  #   vi quản lý
  # Chỉ tiêu kế hoạch (nguyên văn): “Ban hành đầy đủ, kịp thời”
  # Cách đọc: chỉ số = 1 khi “Ban hành đầy đủ, kịp thời văn bản về vị trí việc làm” là có, 0 khi là không;
  #   đạt chỉ tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 5.1.1 — Ban hành văn bản để hoàn thiện quy định về vị trí việc làm của cơ quan, tổ chức thuộc phạm vi quản lý

    Khung kịch bản: TCTP 5.1.1 — “Ban hành đầy đủ, kịp thời văn bản về vị trí việc làm” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Ban hành đầy đủ, kịp thời văn bản về vị trí việc làm" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.1.1" là 1
      Và tiêu chí "TCTP 5.1.1" được 1 điểm
      Và tiêu chí "TCTP 5.1.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 5.1.1 — “Ban hành đầy đủ, kịp thời văn bản về vị trí việc làm” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "job_positions.regulations_issued" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.1.1" là không
      Và tiêu chí "TCTP 5.1.1" được 0 điểm
      Và tiêu chí "TCTP 5.1.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 5.1.1"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 5.1.1 — chưa khai “Ban hành đầy đủ, kịp thời văn bản về vị trí việc làm”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 5.1.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 5.1.2 — Tỷ lệ cơ quan, tổ chức hành chính của tỉnh bố trí công chức theo đúng vị trí việc làm được
  #   phê duyệt
  # Chỉ tiêu kế hoạch (nguyên văn): “100% bố trí công chức theo vị trí việc làm và tiêu chuẩn ngạch công
  #   chức tương ứng với bản mô tả công việc, khung năng lực của từng vị trí”
  # Cách đọc: chỉ số = Số công chức bố trí đúng vị trí việc làm / Số công chức × 100 (%); đạt chỉ tiêu khi
  #   chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 5.1.2 — Tỷ lệ cơ quan, tổ chức hành chính của tỉnh bố trí công chức theo đúng vị trí việc làm được phê duyệt

    Kịch bản: TCTP 5.1.2 — đúng ngưỡng chỉ tiêu 100% (38/38): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                      | giá trị |
        | Số công chức                             | 38      |
        | Số công chức bố trí đúng vị trí việc làm | 38      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.1.2" là 100%
      Và tiêu chí "TCTP 5.1.2" được 1 điểm
      Và tiêu chí "TCTP 5.1.2" đạt điểm tối đa
      Và tiêu chí "TCTP 5.1.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 5.1.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                      | giá trị  |
        | Số công chức                             | <mẫu số> |
        | Số công chức bố trí đúng vị trí việc làm | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.1.2" là <chỉ số>
      Và tiêu chí "TCTP 5.1.2" được <điểm> điểm
      Và tiêu chí "TCTP 5.1.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 5.1.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 38     | 37    | 97,37% | 0,5  | ngay dưới 100%                   |
        | 40     | 38    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 38     | 36    | 94,74% | 0    | ngay dưới 95%                    |

    Kịch bản: TCTP 5.1.2 — chưa khai “Số công chức bố trí đúng vị trí việc làm”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "civil_servants.total" là 38
      Khi chấm điểm
      Thì tiêu chí "TCTP 5.1.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Mẫu số “Số công chức” không thể bằng 0 ở một cơ quan: coi là số liệu thiếu
    #   (rules/par-so-nganh-2022.yaml: zero_denominator: missing_evidence).

    Kịch bản: TCTP 5.1.2 — Số công chức bằng 0: số liệu không hợp lý, thiếu minh chứng
      Cho minh chứng "Số công chức" là 0
      Và minh chứng "Số công chức bố trí đúng vị trí việc làm" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 5.1.2" thiếu minh chứng
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 0

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 5.1.3 — Tỷ lệ đơn vị sự nghiệp thuộc tỉnh bố trí viên chức theo đúng vị trí việc làm được phê duyệt
  # Chỉ tiêu kế hoạch (nguyên văn): “Hoàn thiện việc xây dựng bản mô tả công việc và khung năng lực cho từng
  #   vị trí việc làm theo danh mục đã được phê duyệt; Bố trí viên chức đúng theo vị trí việc làm và tiêu
  #   chuẩn chức danh nghề nghiệp tương ứng với từng vị trí.”
  # Cách đọc: chỉ số = Số viên chức bố trí đúng vị trí việc làm / Số viên chức của đơn vị sự nghiệp × 100
  #   (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 5.1.3 — Tỷ lệ đơn vị sự nghiệp thuộc tỉnh bố trí viên chức theo đúng vị trí việc làm được phê duyệt

    Kịch bản: TCTP 5.1.3 — đúng ngưỡng chỉ tiêu 100% (24/24): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                      | giá trị |
        | Số viên chức của đơn vị sự nghiệp        | 24      |
        | Số viên chức bố trí đúng vị trí việc làm | 24      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.1.3" là 100%
      Và tiêu chí "TCTP 5.1.3" được 1 điểm
      Và tiêu chí "TCTP 5.1.3" đạt điểm tối đa
      Và tiêu chí "TCTP 5.1.3" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 5.1.3 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                      | giá trị  |
        | Số viên chức của đơn vị sự nghiệp        | <mẫu số> |
        | Số viên chức bố trí đúng vị trí việc làm | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.1.3" là <chỉ số>
      Và tiêu chí "TCTP 5.1.3" được <điểm> điểm
      Và tiêu chí "TCTP 5.1.3" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 5.1.3"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 24     | 22    | 91,67% | 0    | dưới 95%                         |

    Kịch bản: TCTP 5.1.3 — chưa khai “Số viên chức bố trí đúng vị trí việc làm”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "public_employees.total" là 24
      Khi chấm điểm
      Thì tiêu chí "TCTP 5.1.3" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số viên chức của đơn vị sự nghiệp” bằng 0 (rules/par-so-nganh-2022.yaml); bộ
    #   tiêu chí tính đủ điểm tối đa (not_applicable_default: full_points).

    Kịch bản: TCTP 5.1.3 — Số viên chức của đơn vị sự nghiệp bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số viên chức của đơn vị sự nghiệp" là 0
      Và minh chứng "Số viên chức bố trí đúng vị trí việc làm" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 5.1.3" không áp dụng
      Và tiêu chí "TCTP 5.1.3" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 5.5.1 — Thực hiện trình tự, thủ tục đánh giá, phân loại công chức, viên chức theo quy định
  # Chỉ tiêu kế hoạch (nguyên văn): “Thực hiện đánh giá, phân loại công chức, viên chức theo đúng quy định
  #   tại Nghị định 90/2020/NĐ-CP của Chính phủ và hướng dẫn của Bộ Nội vụ”
  # Cách đọc: chỉ số = 1 khi “Đánh giá, phân loại CCVC đúng trình tự, thủ tục” là có, 0 khi là không; đạt
  #   chỉ tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 5.5.1 — Thực hiện trình tự, thủ tục đánh giá, phân loại công chức, viên chức theo quy định

    Khung kịch bản: TCTP 5.5.1 — “Đánh giá, phân loại CCVC đúng trình tự, thủ tục” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Đánh giá, phân loại CCVC đúng trình tự, thủ tục" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.5.1" là 1
      Và tiêu chí "TCTP 5.5.1" được 1 điểm
      Và tiêu chí "TCTP 5.5.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 5.5.1 — “Đánh giá, phân loại CCVC đúng trình tự, thủ tục” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "staff_assessment.compliant" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.5.1" là không
      Và tiêu chí "TCTP 5.5.1" được 0 điểm
      Và tiêu chí "TCTP 5.5.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 5.5.1"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 5.5.1 — chưa khai “Đánh giá, phân loại CCVC đúng trình tự, thủ tục”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 5.5.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 5.5.2 — Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức
  # Chỉ tiêu kế hoạch (nguyên văn): “Không có cán bộ, công chức, viên chức bị kỷ luật”
  # Mục tiêu chi tiết (nguyên văn): “Không có công chức, viên chức bị kỷ luật.”
  # Cách đọc: chỉ số = Số cán bộ, công chức, viên chức bị kỷ luật; đạt chỉ tiêu khi bằng 0.
  # Thang điểm (tạm thời, tối đa 1 điểm): không có vi phạm (0) → 1 điểm; có từ 1 vi phạm → 0 điểm.
  Quy tắc: TCTP 5.5.2 — Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức

    Khung kịch bản: TCTP 5.5.2 — <ghi chú> (<giá trị>): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Số cán bộ, công chức, viên chức bị kỷ luật" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.5.2" là <giá trị>
      Và tiêu chí "TCTP 5.5.2" đạt điểm tối đa
      Và tiêu chí "TCTP 5.5.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị | ghi chú                 |
        | 0       | không có trường hợp nào |

    Khung kịch bản: TCTP 5.5.2 — <ghi chú> (<giá trị>): không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "staff.disciplined" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 5.5.2" là <giá trị>
      Và tiêu chí "TCTP 5.5.2" được <điểm> điểm
      Và tiêu chí "TCTP 5.5.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 5.5.2"

      Dữ liệu:
        | giá trị | điểm | ghi chú            |
        | 1       | 0    | chỉ một trường hợp |
        | 3       | 0    | nhiều trường hợp   |

    Kịch bản: TCTP 5.5.2 — chưa khai “Số cán bộ, công chức, viên chức bị kỷ luật”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 5.5.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TC 5.6 — Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức
  # Chỉ tiêu kế hoạch (nguyên văn): “Hoàn thành 100% kế hoạch”
  # Cách đọc: chỉ số = Số lượt đào tạo, bồi dưỡng CCVC đã hoàn thành / Số lượt đào tạo, bồi dưỡng CCVC theo
  #   kế hoạch × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TC 5.6 — Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức

    Kịch bản: TC 5.6 — đúng ngưỡng chỉ tiêu 100% (40/40): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                           | giá trị |
        | Số lượt đào tạo, bồi dưỡng CCVC theo kế hoạch | 40      |
        | Số lượt đào tạo, bồi dưỡng CCVC đã hoàn thành | 40      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 5.6" là 100%
      Và tiêu chí "TC 5.6" được 1 điểm
      Và tiêu chí "TC 5.6" đạt điểm tối đa
      Và tiêu chí "TC 5.6" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TC 5.6 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                           | giá trị  |
        | Số lượt đào tạo, bồi dưỡng CCVC theo kế hoạch | <mẫu số> |
        | Số lượt đào tạo, bồi dưỡng CCVC đã hoàn thành | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 5.6" là <chỉ số>
      Và tiêu chí "TC 5.6" được <điểm> điểm
      Và tiêu chí "TC 5.6" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 5.6"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 40     | 38    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 40     | 37    | 92,5%  | 0    | dưới 95%                         |

    Kịch bản: TC 5.6 — chưa khai “Số lượt đào tạo, bồi dưỡng CCVC đã hoàn thành”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "training.planned" là 40
      Khi chấm điểm
      Thì tiêu chí "TC 5.6" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số lượt đào tạo, bồi dưỡng CCVC theo kế hoạch” bằng 0

    # Mẫu số “Số lượt đào tạo, bồi dưỡng CCVC theo kế hoạch” bằng 0: không có kế hoạch thì chưa hoàn thành gì — chỉ số 0
    #   (rules/par-so-nganh-2022.yaml: zero_denominator: zero).

    Kịch bản: TC 5.6 — Số lượt đào tạo, bồi dưỡng CCVC theo kế hoạch bằng 0: chỉ số 0, không có điểm
      Cho minh chứng "Số lượt đào tạo, bồi dưỡng CCVC theo kế hoạch" là 0
      Và minh chứng "Số lượt đào tạo, bồi dưỡng CCVC đã hoàn thành" là 0
      Khi chấm điểm
      Thì tiêu chí "TC 5.6" được 0 điểm
      Và chỉ số của tiêu chí "TC 5.6" là 0
      Và tiêu chí "TC 5.6" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 5.6"
      Và tổng điểm tự đánh giá là 0
