# language: vi
# Lĩnh vực II — CẢI CÁCH THỂ CHẾ
# Bộ tiêu chí par-so-nganh-2022 và Kế hoạch gia-lai-bqlkkt-2022 của Ban Quản lý Khu kinh tế tỉnh
# Gia Lai năm 2022. Mỗi tiêu chí tối đa 1 điểm; thang điểm hiện là TẠM THỜI (provisional), xem
# criteria/par-so-nganh-2022/catalog.yaml. Số liệu trong kịch bản là số giả định để thử quy tắc.
# Minh chứng không nêu trong kịch bản coi như chưa có: các tiêu chí khác đều “thiếu minh chứng”,
# nên tổng điểm tự đánh giá chỉ gồm tiêu chí đang thử.
Tính năng: Lĩnh vực II — Cải cách thể chế
  Chấm điểm 2 tiêu chí của lĩnh vực II (TCTP 2.1.1, TCTP 2.1.2) theo chỉ tiêu của kế hoạch: đạt chỉ tiêu,
  không đạt chỉ tiêu, đúng ngưỡng, thiếu minh chứng và không áp dụng (khi có thể).

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 2.1.1 — Thực hiện các hoạt động về theo dõi thi hành pháp luật (TĐTHPL)
  # Chỉ tiêu kế hoạch (nguyên văn): “Thực hiện đầy đủ 03 hoạt động theo dõi tình hình thi hành pháp luật
  #   theo đúng quy định tại Nghị định số 59/2012/NĐ-CP, Nghị định số 32/2020/NĐ-CP và các văn bản hướng dẫn
  #   thi hành, cụ thể như: + Thực hiện thu thập thông tin về tình hình thi hành pháp luật. + Thực hiện công
  #   tác kiểm tra tình hình thi hành pháp luật. + Thực hiện hoạt động điều tra, khảo sát tình hình thi hành
  #   pháp luật.”
  # Cách đọc: chỉ số = tỷ lệ (%) số nội dung đã thực hiện trong 3 nội dung bắt buộc: (1) Thu thập thông tin
  #   về tình hình thi hành pháp luật; (2) Kiểm tra tình hình thi hành pháp luật; (3) Điều tra, khảo sát
  #   tình hình thi hành pháp luật; đạt chỉ tiêu khi đủ cả 3 (100%). Với 3 nội dung, chỉ số chỉ có thể là
  #   0%, 33,33%, 66,67% hoặc 100%, nên ngưỡng 50% của mức nửa điểm không thể đạt đúng.
  # Thang điểm (tạm thời, tối đa 1 điểm): đủ 100% nội dung → 1 điểm; từ 50% → 0,5 điểm; dưới 50% → 0 điểm.
  Quy tắc: TCTP 2.1.1 — Thực hiện các hoạt động về theo dõi thi hành pháp luật (TĐTHPL)

    Kịch bản: TCTP 2.1.1 — thực hiện đủ cả 3 nội dung: đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                | giá trị |
        | Thu thập thông tin về tình hình thi hành pháp luật | có      |
        | Kiểm tra tình hình thi hành pháp luật              | có      |
        | Điều tra, khảo sát tình hình thi hành pháp luật    | có      |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 2.1.1" là 100%
      Và tiêu chí "TCTP 2.1.1" đạt điểm tối đa
      Và tiêu chí "TCTP 2.1.1" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu

    Khung kịch bản: TCTP 2.1.1 — <ghi chú>: chỉ số <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                | giá trị |
        | Thu thập thông tin về tình hình thi hành pháp luật | <một>   |
        | Kiểm tra tình hình thi hành pháp luật              | <hai>   |
        | Điều tra, khảo sát tình hình thi hành pháp luật    | <ba>    |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 2.1.1" là <chỉ số>
      Và tiêu chí "TCTP 2.1.1" được <điểm> điểm
      Và tiêu chí "TCTP 2.1.1" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 2.1.1"

      Dữ liệu:
        | một   | hai   | ba    | chỉ số | điểm | ghi chú                     |
        | có    | có    | không | 66,67% | 0,5  | thiếu 1 nội dung            |
        | không | có    | không | 33,33% | 0    | thiếu 2 nội dung            |
        | không | không | không | 0%     | 0    | chưa thực hiện nội dung nào |

    Kịch bản: TCTP 2.1.1 — chưa khai “Điều tra, khảo sát tình hình thi hành pháp luật”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "law_monitoring.information_collected" là có
      Và minh chứng "law_monitoring.inspection" là có
      Khi chấm điểm
      Thì tiêu chí "TCTP 2.1.1" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không có kịch bản “không áp dụng”: quy tắc của tiêu chí này không có điều kiện không áp dụng.

  # ────────────────────────────────────────────────────────────────────────────────────────────────
  # TCTP 2.1.2 — Xử lý kết quả theo dõi thi hành pháp luật
  # Chỉ tiêu kế hoạch (nguyên văn): “Ban hành đầy đủ văn bản xử lý hoặc kiến nghị xử lý kết quả TDTHPL theo
  #   thẩm quyền”
  # Cách đọc: chỉ số = Số vấn đề theo dõi thi hành pháp luật đã có văn bản xử lý, kiến nghị xử lý / Số vấn
  #   đề phát hiện qua theo dõi thi hành pháp luật × 100 (%); đạt chỉ tiêu khi chỉ số ≥ 100%.
  # Thang điểm (tạm thời, tối đa 1 điểm): đạt 100% → 1 điểm; từ 95% đến dưới 100% → 0,5 điểm; dưới 95% → 0
  #   điểm.
  Quy tắc: TCTP 2.1.2 — Xử lý kết quả theo dõi thi hành pháp luật

    Kịch bản: TCTP 2.1.2 — đúng ngưỡng chỉ tiêu 100% (2/2): đạt chỉ tiêu, được trọn 1 điểm
      Cho minh chứng:
        | mục                                                                        | giá trị |
        | Số vấn đề phát hiện qua theo dõi thi hành pháp luật                        | 2       |
        | Số vấn đề theo dõi thi hành pháp luật đã có văn bản xử lý, kiến nghị xử lý | 2       |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 2.1.2" là 100%
      Và tiêu chí "TCTP 2.1.2" được 1 điểm
      Và tiêu chí "TCTP 2.1.2" đạt điểm tối đa
      Và tiêu chí "TCTP 2.1.2" đạt chỉ tiêu kế hoạch
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1

    Khung kịch bản: TCTP 2.1.2 — <ghi chú>: <tử số>/<mẫu số> = <chỉ số>, không đạt chỉ tiêu, được <điểm> điểm
      Cho minh chứng:
        | mục                                                                        | giá trị  |
        | Số vấn đề phát hiện qua theo dõi thi hành pháp luật                        | <mẫu số> |
        | Số vấn đề theo dõi thi hành pháp luật đã có văn bản xử lý, kiến nghị xử lý | <tử số>  |
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 2.1.2" là <chỉ số>
      Và tiêu chí "TCTP 2.1.2" được <điểm> điểm
      Và tiêu chí "TCTP 2.1.2" không đạt chỉ tiêu kế hoạch
      Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 2.1.2"

      Dữ liệu:
        | mẫu số | tử số | chỉ số | điểm | ghi chú                          |
        | 40     | 39    | 97,5%  | 0,5  | ngay dưới 100%                   |
        | 20     | 19    | 95%    | 0,5  | đúng ngưỡng 95% của mức nửa điểm |
        | 2      | 1     | 50%    | 0    | dưới 95%                         |

    Kịch bản: TCTP 2.1.2 — chưa khai “Số vấn đề theo dõi thi hành pháp luật đã có văn bản xử lý, kiến nghị xử lý”: thiếu minh chứng, chưa có điểm
      Cho minh chứng "law_monitoring.issues_found" là 2
      Khi chấm điểm
      Thì tiêu chí "TCTP 2.1.2" thiếu minh chứng
      Và tổng điểm tự đánh giá là 0

    # Không áp dụng khi mẫu số “Số vấn đề phát hiện qua theo dõi thi hành pháp luật” bằng 0
    #   (rules/par-so-nganh-2022.yaml); bộ tiêu chí tính đủ điểm tối đa (not_applicable_default:
    #   full_points).

    Kịch bản: TCTP 2.1.2 — Số vấn đề phát hiện qua theo dõi thi hành pháp luật bằng 0: không áp dụng, tính đủ 1 điểm
      Cho minh chứng "Số vấn đề phát hiện qua theo dõi thi hành pháp luật" là 0
      Và minh chứng "Số vấn đề theo dõi thi hành pháp luật đã có văn bản xử lý, kiến nghị xử lý" là 0
      Khi chấm điểm
      Thì tiêu chí "TCTP 2.1.2" không áp dụng
      Và tiêu chí "TCTP 2.1.2" đạt điểm tối đa
      Và không có cảnh báo chưa đạt chỉ tiêu
      Và tổng điểm tự đánh giá là 1
