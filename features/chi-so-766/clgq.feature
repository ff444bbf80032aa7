# language: vi
Tính năng: Chỉ số 766 — nhóm Dịch vụ công trực tuyến (CLGQ, 12 điểm)
  CLGQ 1 = 12 × tỷ lệ / 100. Cổng DVCQG chưa công bố cách tính tỷ lệ này: đơn vị khai thẳng tỷ lệ
  Cổng hiện (0–100, chấp nhận dấu phẩy và dấu %).

  Bối cảnh:
    Cho thư mục dữ liệu "../data/chi-so-766"
    Và bộ tiêu chí "chi-so-766" và kế hoạch "chi-so-766-minh-hoa-2025"
    Và tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"

  Khung kịch bản: Điểm CLGQ 1 theo tỷ lệ Cổng hiện
    Cho minh chứng "online_service.rate" là <tỷ lệ>
    Khi chấm điểm
    Thì tiêu chí "CLGQ 1" được <điểm> điểm
    Và điểm lĩnh vực "CLGQ" là <điểm>

    Dữ liệu:
      | tỷ lệ  | điểm  |
      | 100    | 12,00 |
      | 87,53% | 10,50 |
      | 87,55  | 10,51 |
      | 0      | 0,00  |

  Kịch bản: Điểm còn có thể đạt ở CLGQ 1 là mức tỷ lệ cần có
    # 12 × 99,96 / 100 = 11,9952 → 12,00
    Cho minh chứng "online_service.rate" là 87,53
    Khi chấm điểm
    Thì tiêu chí "CLGQ 1" còn có thể đạt: "cần tăng tỷ lệ lên 99,96% (thêm 12,43 điểm %) để được thêm 1,50 điểm"

  Kịch bản: Tỷ lệ CLGQ 1 ngoài 0–100 bị từ chối
    Cho minh chứng "online_service.rate" là 120
    Khi chấm điểm
    Thì minh chứng bị từ chối với lỗi chứa "online_service.rate"

  Kịch bản: Chưa khai tỷ lệ CLGQ 1 thì thiếu minh chứng
    Cho minh chứng "online_service.rate" là bỏ trống
    Khi chấm điểm
    Thì tiêu chí "CLGQ 1" thiếu minh chứng
