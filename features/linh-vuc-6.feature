# language: vi
# Lĩnh vực VI — CẢI CÁCH TÀI CHÍNH CÔNG
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực VI — Cải cách tài chính công
  Chấm điểm 4 tiêu chí của lĩnh vực VI (TCTP 6.1.2, TCTP 6.2.2, TCTP 6.2.4, TCTP 6.3.3) theo chỉ tiêu của
  kế hoạch: đạt chỉ tiêu, không đạt chỉ tiêu, đúng ngưỡng, thiếu minh chứng và không áp dụng (khi có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 6.1.2 — Thực hiện quy định về việc sử dụng kinh phí nguồn từ ngân sách nhà nước
  # Chỉ tiêu kế hoạch (nguyên văn): “Không có sai phạm”
  # Mục tiêu chi tiết (nguyên văn): “Thực hiện đúng quy định, không để xảy ra sai phạm.”
  # Cách đọc: chỉ số = Số sai phạm trong sử dụng kinh phí ngân sách nhà nước; đạt chỉ tiêu khi bằng 0.
  # Thang điểm (tạm thời, tối đa 1 điểm): không có vi phạm (0) → 1 điểm; có từ 1 vi phạm → 0 điểm.
  Quy tắc: TCTP 6.1.2 — Thực hiện quy định về việc sử dụng kinh phí nguồn từ ngân sách nhà nước

    Khung kịch bản: TCTP 6.1.2 — <ghi chú> (<giá trị>): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Số sai phạm trong sử dụng kinh phí ngân sách nhà nước" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.1.2" là <giá trị>
      Và tiêu chí "TCTP 6.1.2" đạt điểm tối đa
      Và tiêu chí "TCTP 6.1.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị | ghi chú                 |
        | 0       | không có trường hợp nào |

    Khung kịch bản: TCTP 6.1.2 — <ghi chú> (<giá trị>): không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "budget.violations" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.1.2" là <giá trị>
      Và tiêu chí "TCTP 6.1.2" được <điểm> điểm
      Và tiêu chí "TCTP 6.1.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 6.1.2"

      Dữ liệu:
        | giá trị | điểm | ghi chú            |
        | 1       | 0    | chỉ một trường hợp |
        | 3       | 0    | nhiều trường hợp   |

    Kịch bản: TCTP 6.1.2 — chưa khai “Số sai phạm trong sử dụng kinh phí ngân sách nhà nước”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 6.1.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 6.2.2 — Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị thuộc phạm vi quản
  #   lý
  # Chỉ tiêu kế hoạch (nguyên văn): “Ban hành quy chế quản lý đúng quy định.”
  # Cách đọc: chỉ số = 1 khi “Ban hành quy chế quản lý, sử dụng tài sản công đúng quy định” là có, 0 khi là
  #   không; đạt chỉ tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 6.2.2 — Ban hành quy chế quản lý, sử dụng tài sản công của các cơ quan, đơn vị thuộc phạm vi quản lý

    Khung kịch bản: TCTP 6.2.2 — “Ban hành quy chế quản lý, sử dụng tài sản công đúng quy định” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Ban hành quy chế quản lý, sử dụng tài sản công đúng quy định" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.2.2" là 1
      Và tiêu chí "TCTP 6.2.2" được 1 điểm
      Và tiêu chí "TCTP 6.2.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 6.2.2 — “Ban hành quy chế quản lý, sử dụng tài sản công đúng quy định” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "public_assets.regulation_issued" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.2.2" là không
      Và tiêu chí "TCTP 6.2.2" được 0 điểm
      Và tiêu chí "TCTP 6.2.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 6.2.2"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 6.2.2 — chưa khai “Ban hành quy chế quản lý, sử dụng tài sản công đúng quy định”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 6.2.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 6.2.4 — Kiểm tra việc thực hiện các quy định về quản lý tài sản công
  # Chỉ tiêu kế hoạch (nguyên văn): “Có kiểm tra theo quy định tại Luật Quản lý, sử dụng tài sản công và các
  #   văn bản hướng dẫn thi hành.”
  # Cách đọc: chỉ số = 1 khi “Có kiểm tra việc thực hiện quy định về quản lý tài sản công” là có, 0 khi là
  #   không; đạt chỉ tiêu khi chỉ số = 1. Chỉ có hai mức nên ngưỡng của chỉ tiêu chính là giá trị “có”.
  # Thang điểm (tạm thời, tối đa 1 điểm): đã thực hiện → 1 điểm; chưa thực hiện → 0 điểm.
  Quy tắc: TCTP 6.2.4 — Kiểm tra việc thực hiện các quy định về quản lý tài sản công

    Khung kịch bản: TCTP 6.2.4 — “Có kiểm tra việc thực hiện quy định về quản lý tài sản công” là <giá trị>: chỉ số 1, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Có kiểm tra việc thực hiện quy định về quản lý tài sản công" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.2.4" là 1
      Và tiêu chí "TCTP 6.2.4" được 1 điểm
      Và tiêu chí "TCTP 6.2.4" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị |
        | có      |
        | đã      |
        | true    |

    Khung kịch bản: TCTP 6.2.4 — “Có kiểm tra việc thực hiện quy định về quản lý tài sản công” là <giá trị>: chỉ số 0, không đạt chỉ tiêu, 0 điểm
      Cho minh chứng "public_assets.inspected" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.2.4" là không
      Và tiêu chí "TCTP 6.2.4" được 0 điểm
      Và tiêu chí "TCTP 6.2.4" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 6.2.4"

      Dữ liệu:
        | giá trị |
        | không   |
        | chưa    |
        | false   |

    Kịch bản: TCTP 6.2.4 — chưa khai “Có kiểm tra việc thực hiện quy định về quản lý tài sản công”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 6.2.4" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 6.3.3 — Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các
  #   đơn vị sự nghiệp công lập
  # Chỉ tiêu kế hoạch (nguyên văn): “Không có sai phạm”
  # Mục tiêu chi tiết (nguyên văn): “Thực hiện đúng quy định, không để xảy ra sai phạm.”
  # Cách đọc: chỉ số = Số sai phạm tài chính tại đơn vị sự nghiệp công lập; đạt chỉ tiêu khi bằng 0.
  # Thang điểm (tạm thời, tối đa 1 điểm): không có vi phạm (0) → 1 điểm; có từ 1 vi phạm → 0 điểm.
  Quy tắc: TCTP 6.3.3 — Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị sự nghiệp công lập

    Khung kịch bản: TCTP 6.3.3 — <ghi chú> (<giá trị>): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Số sai phạm tài chính tại đơn vị sự nghiệp công lập" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.3.3" là <giá trị>
      Và tiêu chí "TCTP 6.3.3" đạt điểm tối đa
      Và tiêu chí "TCTP 6.3.3" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | giá trị | ghi chú                 |
        | 0       | không có trường hợp nào |

    Khung kịch bản: TCTP 6.3.3 — <ghi chú> (<giá trị>): không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "public_service_units.financial_violations" là <giá trị>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 6.3.3" là <giá trị>
      Và tiêu chí "TCTP 6.3.3" được <điểm> điểm
      Và tiêu chí "TCTP 6.3.3" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 6.3.3"

      Dữ liệu:
        | giá trị | điểm | ghi chú            |
        | 1       | 0    | chỉ một trường hợp |
        | 3       | 0    | nhiều trường hợp   |

    Kịch bản: TCTP 6.3.3 — chưa khai “Số sai phạm tài chính tại đơn vị sự nghiệp công lập”: thiếu minh chứng, chưa có điểm
      Khi chấm điểm
      Thì tiêu chí "TCTP 6.3.3" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.
