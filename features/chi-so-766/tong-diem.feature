# language: vi
Tính năng: Chỉ số 766 — tổng điểm, xếp loại và chỉ tiêu điểm của kế hoạch
  Tổng = tổng điểm 6 nhóm (100 điểm). Xếp loại theo tổng (tạm thời, theo nhãn quan sát được trên Cổng):
  “Khá” từ 70, “Trung bình” từ 50, “Yếu/Kém” dưới 50; chỉ có khi không còn tiêu chí thiếu minh chứng.
  Kế hoạch minh hoạ: tổng ≥ 80, nhóm TDGQ ≥ 19.

  Bối cảnh:
    Cho thư mục dữ liệu "../data/chi-so-766"
    Và bộ tiêu chí "chi-so-766" và kế hoạch "chi-so-766-minh-hoa-2025"

  Kịch bản: Số liệu như Cổng hiện của một đơn vị minh hoạ cho đúng từng nhóm và tổng
    # Tính tay: tests/test_chi_so_766.py; 17,01 + 19,17 + 10,50 + 16,19 + 3,21 + 16,53 = 82,61
    Cho tệp minh chứng "../../evidence/examples/chi-so-766-xa-minh-hoa-2025.yaml"
    Khi chấm điểm
    Thì điểm lĩnh vực "CKMB" là 17,01
    Và điểm lĩnh vực "TDGQ" là 19,17
    Và điểm lĩnh vực "CLGQ" là 10,50
    Và điểm lĩnh vực "MDSH" là 16,19
    Và điểm lĩnh vực "TTTT" là 3,21
    Và điểm lĩnh vực "MDHL" là 16,53
    Và tổng điểm tự đánh giá là 82,61
    Và xếp loại tổng điểm là "Khá"
    Và chỉ tiêu điểm "tổng điểm" đạt
    Và chỉ tiêu điểm "TDGQ" đạt
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TTTT 1"

  Kịch bản: Tổng dưới 80 thì chỉ tiêu tổng điểm chưa đạt, còn thiếu đúng số điểm
    # TTTT 1: 3/400 = 0,75% → 0,04 (thay 0,58); TTTT 3: 3/40 = 7,5% → 0,1875 → 0,19 (thay 2,00);
    # tổng 82,61 − 0,54 − 1,81 = 80,26; TDGQ 1: 1300/1440 → 18,06 (thay 19,17): 79,15
    Cho tệp minh chứng "../../evidence/examples/chi-so-766-xa-minh-hoa-2025.yaml"
    Và minh chứng "Số hồ sơ có thu phí, lệ phí được thanh toán trực tuyến" là 3
    Và minh chứng "Số TTHC có thu phí, lệ phí có phát sinh hồ sơ" là 3
    Và minh chứng "Số hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn" là 1300
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là 79,15
    Và xếp loại tổng điểm là "Khá"
    Và chỉ tiêu điểm "tổng điểm" không đạt, cần thêm 0,85 điểm
    Và chỉ tiêu điểm "TDGQ" không đạt, cần thêm 0,94 điểm

  Khung kịch bản: Xếp loại theo tổng điểm ở đúng ngưỡng
    # Nền 0/0: 14 điểm; + TDGQ 20 + CLGQ 12 + CKMB 18 = 64; + MDSH 1 = 6 × n/1440:
    # 1440 → 6,00 (70); 1439 → 5,9958 → 6,00 (70); 1438 → 5,9917 → 5,99 (69,99)
    Cho tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"
    Và minh chứng:
      | mục                                                                  | giá trị  |
      | Số hồ sơ tiếp nhận                                                   | 1440     |
      | Số hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn | 1440     |
      | online_service.rate                                                  | 100      |
      | Số TTHC phải công bố trong kỳ                                        | 50       |
      | Số TTHC công bố đúng hạn                                             | 50       |
      | Số TTHC phải cập nhật, công khai trong kỳ                            | 40       |
      | Số TTHC cập nhật, công khai đúng hạn                                 | 40       |
      | Số TTHC đã công khai                                                 | 120      |
      | Số TTHC công khai đầy đủ nội dung                                    | 120      |
      | Số hồ sơ phải đồng bộ lên Cổng DVCQG                                 | 1200     |
      | Số hồ sơ đã đồng bộ lên Cổng DVCQG                                   | 1200     |
      | Số hồ sơ có cấp kết quả giải quyết TTHC điện tử                      | <hồ sơ>  |
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là <tổng>
    Và xếp loại tổng điểm là "<xếp loại>"

    Dữ liệu:
      | hồ sơ | tổng  | xếp loại   |
      | 1440  | 70,00 | Khá        |
      | 1439  | 70,00 | Khá        |
      | 1438  | 69,99 | Trung bình |

  Kịch bản: Kỳ không có gì để đánh giá: 0/0 ở mọi tiêu chí
    # chỉ MDSH 7, MDHL 2, MDHL 3 đủ điểm khi 0/0: 2 + 6 + 6 = 14
    Cho tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là 14
    Và xếp loại tổng điểm là "Yếu/Kém"
    Và chỉ tiêu điểm "tổng điểm" không đạt, cần thêm 66 điểm

  Kịch bản: Tổng từ 50 đến dưới 70 là Trung bình
    # 14 + TDGQ 20 + CLGQ 12 × 50% = 6 + MDSH 1 6 (hồ sơ 1440/1440) + MDSH 2 4 = 50
    Cho tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"
    Và minh chứng:
      | mục                                                                  | giá trị |
      | Số hồ sơ tiếp nhận                                                   | 1440    |
      | Số hồ sơ giải quyết đúng hạn, trước hạn và đang giải quyết trong hạn | 1440    |
      | online_service.rate                                                  | 50      |
      | Số hồ sơ có cấp kết quả giải quyết TTHC điện tử                      | 1440    |
      | Số hồ sơ TTHC thực hiện số hóa hồ sơ                                 | 1440    |
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là 50
    Và xếp loại tổng điểm là "Trung bình"
