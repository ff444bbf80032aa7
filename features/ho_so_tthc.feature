# language: vi
# Minh chứng về hồ sơ TTHC tính từ tệp trích xuất của hệ thống một cửa (issue 4).
# Các câu bước dùng thư viện bước chung của features/ (nhánh issue-3); đường dẫn tính từ
# thư mục features/. Số liệu đếm tay của 12 hồ sơ: xem features/data/README.md.
Tính năng: Chấm điểm từ tệp trích xuất hồ sơ TTHC
  Để không phải đếm hồ sơ bằng tay, văn phòng Ban chỉ cần trỏ tệp minh chứng tới tệp trích
  xuất hồ sơ và danh mục thủ tục; công cụ tự tính tỷ lệ đúng hạn, xin lỗi, trực tuyến.

  Kịch bản: Tệp trích xuất nhỏ, đếm tay được
    Cho tệp minh chứng "data/minh-chung-nho.yaml"
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TCTP 3.4.1" là 62,5
    Và tiêu chí "TCTP 3.4.1" được 0 điểm
    Và tiêu chí "TCTP 3.4.4" được 0 điểm
    Và chỉ số của tiêu chí "TCTP 7.2.1" là 75
    Và tiêu chí "TCTP 7.2.1" được 1 điểm
    Và tiêu chí "TCTP 7.2.2" được 1 điểm

  Kịch bản: Hồ sơ quá hạn đang giải quyết được tính là trễ hạn khi chọn tuỳ chọn
    Cho tệp minh chứng "data/minh-chung-nho-qua-han-tinh-tre.yaml"
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TCTP 3.4.1" là 50
    Và tiêu chí "TCTP 3.4.1" được 0 điểm

  Kịch bản: Ví dụ kèm theo lấy số hồ sơ từ tệp trích xuất 400 hồ sơ
    Cho tệp minh chứng "../evidence/examples/gia-lai-bqlkkt-2022.yaml"
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TCTP 3.2.6" là 100
    Và tiêu chí "TCTP 3.4.1" được 0,5 điểm
    Và chỉ số của tiêu chí "TCTP 3.4.4" là 70
    Và tiêu chí "TCTP 3.4.4" được 0 điểm
    Và chỉ số của tiêu chí "TCTP 7.2.1" là 74
    Và tiêu chí "TCTP 7.2.1" được 1 điểm
    Và tiêu chí "TCTP 7.2.2" được 0,5 điểm

  Kịch bản: Tệp trích xuất có tên báo cáo phía trên dòng tiêu đề, như hệ thống một cửa xuất ra
    Cho tệp minh chứng "data/minh-chung-nho-co-tieu-de.yaml"
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TCTP 3.4.1" là 62,5
    Và chỉ số của tiêu chí "TCTP 7.2.1" là 75
    Và báo cáo có cảnh báo chứa "Dòng tiêu đề của tệp hồ sơ là dòng 4"
