# language: vi
# Lĩnh vực IV — CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực IV — Cải cách tổ chức bộ máy hành chính
  Chấm điểm 3 tiêu chí của lĩnh vực IV (TCTP 4.1.1, TCTP 4.1.2, TCTP 4.3.1) theo chỉ tiêu của kế hoạch:
  đạt chỉ tiêu, không đạt chỉ tiêu, đúng ngưỡng, thiếu minh chứng và không áp dụng (khi có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 4.1.1 — Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các CQCM cấp tỉnh, các phòng
  #   chuyên môn cấp huyện
  # Chỉ tiêu kế hoạch (nguyên văn): “Thực hiện đúng quy định”
  # Cách đọc: chỉ số = 1 khi “Sắp xếp tổ chức bộ máy, kiện toàn chức năng, nhiệm vụ đúng quy định” là có, 0
  #   khi là không; đạt chỉ tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị
  #   “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 4.1.1 — Sắp xếp tổ chức bộ máy và kiện toàn chức năng, nhiệm vụ của các CQCM cấp tỉnh, các phòng chuyên môn cấp huyện

    Khung kịch bản: TCTP 4.1.1 — “Sắp xếp tổ chức bộ máy, kiện toàn chức năng, nhiệm vụ đúng quy định” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Sắp xếp tổ chức bộ máy, kiện toàn chức năng, nhiệm vụ đúng quy định" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 4.1.1" là 1
      Và tiêu chí "TCTP 4.1.1" được 1 điểm
      Và tiêu chí "TCTP 4.1.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 4.1.1 — “Sắp xếp tổ chức bộ máy, kiện toàn chức năng, nhiệm vụ đúng quy định” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "organization.restructured_per_regulation" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 4.1.1" là không
      Và tiêu chí "TCTP 4.1.1" được 0 điểm
      Và tiêu chí "TCTP 4.1.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 4.1.1"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 4.1.1 — chưa khai “Sắp xếp tổ chức bộ máy, kiện toàn chức năng, nhiệm vụ đúng quy định”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 4.1.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 4.1.2 — Thực hiện quy định về cơ cấu số lượng lãnh đạo tại các cơ quan hành chính
  # Chỉ tiêu kế hoạch (nguyên văn): “100% số phòng thuộc Ban Quản lý thực hiện đúng quy định về số lượng cấp
  #   phó và có cơ cấu hợp lý giữa số lượng công chức giữ chức vụ lãnh đạo và công chức không giữ chức vụ
  #   lãnh đạo”
  # Cách đọc: chỉ số = Số phòng thực hiện đúng quy định về số lượng cấp phó, cơ cấu lãnh đạo / Số phòng
  #   thuộc Ban × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 4.1.2 — Thực hiện quy định về cơ cấu số lượng lãnh đạo tại các cơ quan hành chính

    Kịch bản: TCTP 4.1.2 — đúng ngưỡng chỉ tiêu 100% (5/5): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                                   | giá trị |
        | Số phòng thuộc Ban                                                    | 5       |
        | Số phòng thực hiện đúng quy định về số lượng cấp phó, cơ cấu lãnh đạo | 5       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 4.1.2" là 100%
      Và tiêu chí "TCTP 4.1.2" được 1 điểm
      Và tiêu chí "TCTP 4.1.2" đạt điểm tối đa
      Và tiêu chí "TCTP 4.1.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 4.1.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                                   | giá trị  |
        | Số phòng thuộc Ban                                                    | <mẫu số> |
        | Số phòng thực hiện đúng quy định về số lượng cấp phó, cơ cấu lãnh đạo | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 4.1.2" là <chỉ số>
      Và tiêu chí "TCTP 4.1.2" được <điểm> điểm
      Và tiêu chí "TCTP 4.1.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 4.1.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 5      | 4     | 80%    | 0    | dưới 95%                         |

    Kịch bản: TCTP 4.1.2 — chưa khai “Số phòng thực hiện đúng quy định về số lượng cấp phó, cơ cấu lãnh đạo”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "departments.total" là 5
      Khi chấm điểm
      Thì tiêu chí "TCTP 4.1.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Mẫu số “Số phòng thuộc Ban” không thể bằng 0 ở một cơ quan: coi là số liệu thiếu
    #   (rules/par-so-nganh-2022.yaml: zero_denominator: missing_evidence).

    Kịch bản: TCTP 4.1.2 — Số phòng thuộc Ban bằng 0: số liệu không hợp lý, thiếu minh chứng
      Cho minh chứng "Số phòng thuộc Ban" là 0
      Và minh chứng "Số phòng thực hiện đúng quy định về số lượng cấp phó, cơ cấu lãnh đạo" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 4.1.2" thiếu minh chứng
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 0

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 4.3.1 — Thực hiện các quy định về phân cấp quản lý do Chính phủ và các bộ, ngành ban hành
  # Chỉ tiêu kế hoạch (nguyên văn): “Thực hiện các nhiệm vụ theo đúng quy định tại Nghị quyết số 99/NQ-CP
  #   ngày 24/6/2020 của Chính phủ và các quy định khác của Chính phủ, các bộ, ngành về đẩy mạnh phân cấp
  #   quản lý nhà nước theo ngành, lĩnh vực.”
  # Cách đọc: chỉ số = 1 khi “Thực hiện đúng các quy định về phân cấp quản lý” là có, 0 khi là không; đạt
  #   chỉ tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 4.3.1 — Thực hiện các quy định về phân cấp quản lý do Chính phủ và các bộ, ngành ban hành

    Khung kịch bản: TCTP 4.3.1 — “Thực hiện đúng các quy định về phân cấp quản lý” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Thực hiện đúng các quy định về phân cấp quản lý" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 4.3.1" là 1
      Và tiêu chí "TCTP 4.3.1" được 1 điểm
      Và tiêu chí "TCTP 4.3.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 4.3.1 — “Thực hiện đúng các quy định về phân cấp quản lý” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "decentralization.compliant" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 4.3.1" là không
      Và tiêu chí "TCTP 4.3.1" được 0 điểm
      Và tiêu chí "TCTP 4.3.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 4.3.1"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 4.3.1 — chưa khai “Thực hiện đúng các quy định về phân cấp quản lý”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 4.3.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.
