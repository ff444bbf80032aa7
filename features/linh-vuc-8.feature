# language: vi
# Lĩnh vực VIII — TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN, TỔ CHỨC VÀ CÁC CHỈ TIÊU PHÁT TRIỂN KT-XH CỦA TỈNH
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực VIII — Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT-XH của tỉnh
  Chấm điểm 5 tiêu chí của lĩnh vực VIII (TCTP 8.1.1, TCTP 8.1.2, TCTP 8.1.4, TCTP 8.1.5, TC 8.2) theo chỉ
  tiêu của kế hoạch: đạt chỉ tiêu, không đạt chỉ tiêu, đúng ngưỡng, thiếu minh chứng và không áp dụng (khi
  có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 8.1.1 — Chỉ số hài lòng về tiếp cận dịch vụ thuộc Chỉ số SIPAS
  # Chỉ tiêu kế hoạch (nguyên văn): “Tăng ít nhất 02% so với năm 2021”
  # Cách đọc: chỉ số = Chỉ số hài lòng về tiếp cận dịch vụ (SIPAS) (%); đạt chỉ tiêu khi cao hơn năm trước
  #   ít nhất 2 điểm phần trăm (năm nay ≥ năm trước + 2). “Tăng 02%” được hiểu là tăng 2 điểm phần trăm so
  #   với năm 2021.
  # Thang điểm (tạm thời, tối đa 1 điểm): điểm tỷ lệ thuận với tỷ lệ hài lòng: 0% → 0 điểm, 100% → 1 điểm.
  Quy tắc: TCTP 8.1.1 — Chỉ số hài lòng về tiếp cận dịch vụ thuộc Chỉ số SIPAS

    Khung kịch bản: TCTP 8.1.1 — <ghi chú>: <năm nay>% so với <năm trước>% năm trước, đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "Chỉ số hài lòng về tiếp cận dịch vụ (SIPAS)" là <năm nay>
      Và minh chứng năm trước "Chỉ số hài lòng về tiếp cận dịch vụ (SIPAS)" là <năm trước>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 8.1.1" là <năm nay>%
      Và tiêu chí "TCTP 8.1.1" được <điểm> điểm
      Và tiêu chí "TCTP 8.1.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | năm nay | năm trước | điểm  | ghi chú              |
        | 86,5    | 83,9      | 0,865 | vượt chỉ tiêu        |
        | 85,9    | 83,9      | 0,859 | đúng ngưỡng chỉ tiêu |

    Kịch bản: TCTP 8.1.1 — 85,8% so với 83,9% năm trước (ngưỡng 85,9%): không đạt chỉ tiêu, được 0,858 điểm
      Cho minh chứng "sipas.access" là 85,8
      Và minh chứng năm trước "sipas.access" là 83,9
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.1" được 0,858 điểm
      Và tiêu chí "TCTP 8.1.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 8.1.1"

    Kịch bản: TCTP 8.1.1 — chưa có số liệu năm trước: vẫn được 0,865 điểm, chỉ tiêu chưa so sánh được nên không có cảnh báo
      Cho minh chứng "sipas.access" là 86,5%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.1" được 0,865 điểm
      Và không có cảnh báo chưa đạt chỉ tiêu

    Kịch bản: TCTP 8.1.1 — hài lòng 100%: được trọn 1 điểm
      Cho minh chứng "sipas.access" là 100%
      Và minh chứng năm trước "sipas.access" là 90%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.1" đạt điểm tối đa
      Và tiêu chí "TCTP 8.1.1" đạt chỉ tiêu kế hoạch

    Kịch bản: TCTP 8.1.1 — chỉ có số liệu năm trước: thiếu minh chứng, chưa có điểm
      Cho minh chứng năm trước "sipas.access" là 83,9
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 8.1.2 — Chỉ số hài lòng về tổ chức giải quyết TTHC thuộc Chỉ số SIPAS
  # Chỉ tiêu kế hoạch (nguyên văn): “Tăng ít nhất 02% so với năm 2021”
  # Cách đọc: chỉ số = Chỉ số hài lòng về tổ chức giải quyết TTHC (SIPAS) (%); đạt chỉ tiêu khi cao hơn năm
  #   trước ít nhất 2 điểm phần trăm (năm nay ≥ năm trước + 2). “Tăng 02%” được hiểu là tăng 2 điểm phần
  #   trăm so với năm 2021.
  # Thang điểm (tạm thời, tối đa 1 điểm): điểm tỷ lệ thuận với tỷ lệ hài lòng: 0% → 0 điểm, 100% → 1 điểm.
  Quy tắc: TCTP 8.1.2 — Chỉ số hài lòng về tổ chức giải quyết TTHC thuộc Chỉ số SIPAS

    Khung kịch bản: TCTP 8.1.2 — <ghi chú>: <năm nay>% so với <năm trước>% năm trước, đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "Chỉ số hài lòng về tổ chức giải quyết TTHC (SIPAS)" là <năm nay>
      Và minh chứng năm trước "Chỉ số hài lòng về tổ chức giải quyết TTHC (SIPAS)" là <năm trước>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 8.1.2" là <năm nay>%
      Và tiêu chí "TCTP 8.1.2" được <điểm> điểm
      Và tiêu chí "TCTP 8.1.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | năm nay | năm trước | điểm  | ghi chú              |
        | 88,1    | 84        | 0,881 | vượt chỉ tiêu        |
        | 86      | 84        | 0,86  | đúng ngưỡng chỉ tiêu |

    Kịch bản: TCTP 8.1.2 — 85,1% so với 84% năm trước (ngưỡng 86%): không đạt chỉ tiêu, được 0,851 điểm
      Cho minh chứng "sipas.procedure_handling" là 85,1
      Và minh chứng năm trước "sipas.procedure_handling" là 84
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.2" được 0,851 điểm
      Và tiêu chí "TCTP 8.1.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 8.1.2"

    Kịch bản: TCTP 8.1.2 — chưa có số liệu năm trước: vẫn được 0,881 điểm, chỉ tiêu chưa so sánh được nên không có cảnh báo
      Cho minh chứng "sipas.procedure_handling" là 88,1%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.2" được 0,881 điểm
      Và không có cảnh báo chưa đạt chỉ tiêu

    Kịch bản: TCTP 8.1.2 — hài lòng 100%: được trọn 1 điểm
      Cho minh chứng "sipas.procedure_handling" là 100%
      Và minh chứng năm trước "sipas.procedure_handling" là 90%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.2" đạt điểm tối đa
      Và tiêu chí "TCTP 8.1.2" đạt chỉ tiêu kế hoạch

    Kịch bản: TCTP 8.1.2 — chỉ có số liệu năm trước: thiếu minh chứng, chưa có điểm
      Cho minh chứng năm trước "sipas.procedure_handling" là 84
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 8.1.4 — Chỉ số hài lòng về kết quả giải quyết TTHC thuộc Chỉ số SIPAS
  # Chỉ tiêu kế hoạch (nguyên văn): “Giữ vững hoặc nâng cao tỷ lệ hài lòng so với năm 2021”
  # Mục tiêu chi tiết (nguyên văn): “Nâng cao tỷ lệ hài lòng so với năm 2021.”
  # Cách đọc: chỉ số = Chỉ số hài lòng về kết quả giải quyết TTHC (SIPAS) (%); đạt chỉ tiêu khi không thấp
  #   hơn năm trước (năm nay ≥ năm trước + 0). “Giữ vững hoặc nâng cao” được hiểu là tỷ lệ hài lòng năm 2022
  #   không thấp hơn năm 2021 (mục II.1.10 đặt mức cao hơn: “Nâng cao tỷ lệ hài lòng so với năm 2021”).
  # Thang điểm (tạm thời, tối đa 1 điểm): điểm tỷ lệ thuận với tỷ lệ hài lòng: 0% → 0 điểm, 100% → 1 điểm.
  Quy tắc: TCTP 8.1.4 — Chỉ số hài lòng về kết quả giải quyết TTHC thuộc Chỉ số SIPAS

    Khung kịch bản: TCTP 8.1.4 — <ghi chú>: <năm nay>% so với <năm trước>% năm trước, đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "Chỉ số hài lòng về kết quả giải quyết TTHC (SIPAS)" là <năm nay>
      Và minh chứng năm trước "Chỉ số hài lòng về kết quả giải quyết TTHC (SIPAS)" là <năm trước>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 8.1.4" là <năm nay>%
      Và tiêu chí "TCTP 8.1.4" được <điểm> điểm
      Và tiêu chí "TCTP 8.1.4" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | năm nay | năm trước | điểm  | ghi chú              |
        | 90      | 88,4      | 0,9   | vượt chỉ tiêu        |
        | 88,4    | 88,4      | 0,884 | đúng ngưỡng chỉ tiêu |

    Kịch bản: TCTP 8.1.4 — 88% so với 88,4% năm trước (ngưỡng 88,4%): không đạt chỉ tiêu, được 0,88 điểm
      Cho minh chứng "sipas.results" là 88
      Và minh chứng năm trước "sipas.results" là 88,4
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.4" được 0,88 điểm
      Và tiêu chí "TCTP 8.1.4" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 8.1.4"

    Kịch bản: TCTP 8.1.4 — chưa có số liệu năm trước: vẫn được 0,9 điểm, chỉ tiêu chưa so sánh được nên không có cảnh báo
      Cho minh chứng "sipas.results" là 90%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.4" được 0,9 điểm
      Và không có cảnh báo chưa đạt chỉ tiêu

    Kịch bản: TCTP 8.1.4 — hài lòng 100%: được trọn 1 điểm
      Cho minh chứng "sipas.results" là 100%
      Và minh chứng năm trước "sipas.results" là 90%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.4" đạt điểm tối đa
      Và tiêu chí "TCTP 8.1.4" đạt chỉ tiêu kế hoạch

    Kịch bản: TCTP 8.1.4 — chỉ có số liệu năm trước: thiếu minh chứng, chưa có điểm
      Cho minh chứng năm trước "sipas.results" là 88,4
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.4" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 8.1.5 — Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC thuộc Chỉ
  #   số SIPAS
  # Chỉ tiêu kế hoạch (nguyên văn): “Tăng ít nhất 10% so với năm 2021”
  # Cách đọc: chỉ số = Chỉ số hài lòng về tiếp nhận, xử lý PAKN (SIPAS) (%); đạt chỉ tiêu khi cao hơn năm
  #   trước ít nhất 10 điểm phần trăm (năm nay ≥ năm trước + 10). “Tăng 10%” được hiểu là tăng 10 điểm phần
  #   trăm so với năm 2021.
  # Thang điểm (tạm thời, tối đa 1 điểm): điểm tỷ lệ thuận với tỷ lệ hài lòng: 0% → 0 điểm, 100% → 1 điểm.
  Quy tắc: TCTP 8.1.5 — Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC thuộc Chỉ số SIPAS

    Khung kịch bản: TCTP 8.1.5 — <ghi chú>: <năm nay>% so với <năm trước>% năm trước, đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "Chỉ số hài lòng về tiếp nhận, xử lý PAKN (SIPAS)" là <năm nay>
      Và minh chứng năm trước "Chỉ số hài lòng về tiếp nhận, xử lý PAKN (SIPAS)" là <năm trước>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 8.1.5" là <năm nay>%
      Và tiêu chí "TCTP 8.1.5" được <điểm> điểm
      Và tiêu chí "TCTP 8.1.5" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | năm nay | năm trước | điểm | ghi chú              |
        | 85      | 72        | 0,85 | vượt chỉ tiêu        |
        | 82      | 72        | 0,82 | đúng ngưỡng chỉ tiêu |

    Kịch bản: TCTP 8.1.5 — 80% so với 72% năm trước (ngưỡng 82%): không đạt chỉ tiêu, được 0,8 điểm
      Cho minh chứng "sipas.feedback_handling" là 80
      Và minh chứng năm trước "sipas.feedback_handling" là 72
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.5" được 0,8 điểm
      Và tiêu chí "TCTP 8.1.5" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 8.1.5"

    Kịch bản: TCTP 8.1.5 — chưa có số liệu năm trước: vẫn được 0,85 điểm, chỉ tiêu chưa so sánh được nên không có cảnh báo
      Cho minh chứng "sipas.feedback_handling" là 85%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.5" được 0,85 điểm
      Và không có cảnh báo chưa đạt chỉ tiêu

    Kịch bản: TCTP 8.1.5 — hài lòng 100%: được trọn 1 điểm
      Cho minh chứng "sipas.feedback_handling" là 100%
      Và minh chứng năm trước "sipas.feedback_handling" là 90%
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.5" đạt điểm tối đa
      Và tiêu chí "TCTP 8.1.5" đạt chỉ tiêu kế hoạch

    Kịch bản: TCTP 8.1.5 — chỉ có số liệu năm trước: thiếu minh chứng, chưa có điểm
      Cho minh chứng năm trước "sipas.feedback_handling" là 72
      Khi chấm điểm
      Thì tiêu chí "TCTP 8.1.5" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TC 8.2 — Mức độ thu hút đầu tư
  # Chỉ tiêu kế hoạch (nguyên văn): “Cao hơn so với năm trước liền kề”
  # Mục tiêu chi tiết (nguyên văn): “Năm 2022 cao hơn năm 2021.”
  # Cách đọc: chỉ số = mức thay đổi (%) của “Vốn đầu tư đăng ký mới và tăng thêm trong năm” so với năm trước
  #   = (năm nay − năm trước) / năm trước × 100; đạt chỉ tiêu khi lớn hơn 0 (cao hơn năm trước).
  # Thang điểm (tạm thời, tối đa 1 điểm): cao hơn năm trước → 1 điểm; bằng năm trước → 0,5 điểm; thấp hơn →
  #   0 điểm.
  Quy tắc: TC 8.2 — Mức độ thu hút đầu tư

    Khung kịch bản: TC 8.2 — <ghi chú>: <năm nay> so với <năm trước> tỷ đồng, đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng "Vốn đầu tư đăng ký mới và tăng thêm trong năm" là <năm nay>
      Và minh chứng năm trước "Vốn đầu tư đăng ký mới và tăng thêm trong năm" là <năm trước>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 8.2" là <chỉ số>
      Và tiêu chí "TC 8.2" đạt điểm tối đa
      Và tiêu chí "TC 8.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

      Dữ liệu:
        | năm nay | năm trước | chỉ số | ghi chú        |
        | 1850,5  | 1620      | 14,23% | cao hơn nhiều  |
        | 1620,1  | 1620      | 0,01%  | cao hơn rất ít |

    Khung kịch bản: TC 8.2 — <ghi chú>: không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng "investment.registered_capital" là <năm nay>
      Và minh chứng năm trước "investment.registered_capital" là <năm trước>
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TC 8.2" là <chỉ số>
      Và tiêu chí "TC 8.2" được <điểm> điểm
      Và tiêu chí "TC 8.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 8.2"

      Dữ liệu:
        | năm nay | năm trước | chỉ số | điểm | ghi chú                                      |
        | 1620    | 1620      | 0%     | 0,5  | bằng năm trước — đúng ngưỡng, chưa “cao hơn” |
        | 1500    | 1620      | -7,41% | 0    | thấp hơn năm trước                           |

    Kịch bản: TC 8.2 — chưa có số liệu năm trước: thiếu minh chứng, chưa có điểm
      Cho minh chứng "investment.registered_capital" là 1850,5
      Khi chấm điểm
      Thì tiêu chí "TC 8.2" thiếu minh chứng

    Kịch bản: TC 8.2 — chỉ có số liệu năm trước: thiếu minh chứng, chưa có điểm
      Cho minh chứng năm trước "investment.registered_capital" là 1620
      Khi chấm điểm
      Thì tiêu chí "TC 8.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.
