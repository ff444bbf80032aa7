# language: vi
# Chấm cả một tệp minh chứng ví dụ với số liệu hồ sơ khai tay (data/gia-lai-so-lieu-khai-tay.yaml —
# số liệu minh hoạ, không phải số liệu thật) và thử “nếu … thì …” bằng cách thay một vài minh chứng.
# (Ví dụ kèm theo evidence/examples/gia-lai-bqlkkt-2022.yaml lấy số hồ sơ từ tệp trích xuất:
# xem ho_so_tthc.feature.)
#
# Tổng điểm của tệp ví dụ, tính tay theo thang điểm (mỗi tiêu chí tối đa 1 điểm):
#   I    5      = TC 1.1 (22/24 = 91,7% → 0) + TC 1.2, TCTP 1.3.1, 1.3.2 (100% → 1 mỗi tiêu chí)
#                 + TC 1.4 (2/3 hình thức → 0,5) + TC 1.5 (2 sáng kiến → 0,5)
#                 + TC 1.6 (không được giao nhiệm vụ → không áp dụng, tính đủ 1)
#   II   2      = TCTP 2.1.1 (đủ 3 hoạt động) + TCTP 2.1.2 (2/2)
#   III  10,5   = 10 tiêu chí đạt 100% hoặc không vi phạm + TCTP 3.4.1 (1217/1230 = 98,9% → 0,5)
#                 + TCTP 3.4.4 (9/13 = 69,2% → 0)
#   IV   3      = cả 3 tiêu chí đạt
#   V    5      = TCTP 5.1.3 (22/24 = 91,7% → 0), 5 tiêu chí còn lại đạt
#   VI   4      = không có sai phạm, đã ban hành quy chế, có kiểm tra
#   VII  5,5    = TCTP 7.1.3 (2105/2150 = 97,9% → 0,5) + TCTP 7.1.4 (1) + TCTP 7.2.1 (21/50 = 42% → 0,5)
#                 + TCTP 7.2.2 (540/1180 = 45,8% → 0,5) + KH 1.7 (1) + TCTP 7.4.1, 7.4.2 (1 + 1)
#   VIII 4,396  = SIPAS 0,865 + 0,851 + 0,88 + 0,8 + TC 8.2 (vốn tăng 14,2% → 1)
#   Tổng 39,396
Tính năng: Chấm cả tệp minh chứng ví dụ của Ban Quản lý Khu kinh tế tỉnh Gia Lai
  Tệp minh chứng là nền; các bước “Cho minh chứng” viết trong kịch bản luôn thay giá trị của tệp
  (viết “bỏ trống” để coi như tệp không có minh chứng đó).

  Bối cảnh:
    Cho tệp minh chứng "data/gia-lai-so-lieu-khai-tay.yaml"

  Kịch bản: Tệp ví dụ được 39,396 điểm, 12 tiêu chí chưa đạt chỉ tiêu kế hoạch
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là 39,396
    Và tiêu chí "TC 1.6" không áp dụng
    Và tiêu chí "TCTP 3.4.1" được 0,5 điểm
    Và chỉ số của tiêu chí "TCTP 3.4.1" là 98,94%
    Và tiêu chí "TCTP 8.1.1" đạt chỉ tiêu kế hoạch
    Và chỉ số của tiêu chí "TC 8.2" là 14,23%
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.1"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.4"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.5"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.4.1"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 3.4.4"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 5.1.3"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.1.3"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.2.1"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 7.2.2"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 8.1.2"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 8.1.4"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TCTP 8.1.5"

  Kịch bản: Nếu giải quyết đúng hạn cả 1230 hồ sơ: TCTP 3.4.1 thêm 0,5 điểm, TCTP 3.4.4 không còn áp dụng
    # Không còn hồ sơ trễ hạn nên cũng không còn thư xin lỗi: 0,5 + 1 điểm, tổng 40,896.
    Cho minh chứng:
      | mục                                          | giá trị |
      | Số hồ sơ giải quyết đúng hạn (gồm trước hạn) | 1230    |
      | Số hồ sơ giải quyết trễ hạn                  | 0       |
      | Số hồ sơ trễ hạn đã có thư xin lỗi           | 0       |
    Khi chấm điểm
    Thì tiêu chí "TCTP 3.4.1" đạt chỉ tiêu kế hoạch
    Và tiêu chí "TCTP 3.4.4" không áp dụng
    Và tổng điểm tự đánh giá là 40,896

  Kịch bản: Nếu được giao 2 nhiệm vụ mà chỉ hoàn thành đúng hạn 1: TC 1.6 mất 1 điểm
    Cho minh chứng "government_tasks.assigned" là 2
    Và minh chứng "government_tasks.completed_on_time" là 1
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TC 1.6" là 50%
    Và tiêu chí "TC 1.6" được 0 điểm
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "TC 1.6"
    Và tổng điểm tự đánh giá là 38,396

  Kịch bản: Bỏ trống một minh chứng của tệp: tiêu chí thiếu minh chứng, không được tính điểm
    Cho minh chứng "Số báo cáo CCHC gửi đầy đủ, đúng hạn" là bỏ trống
    Khi chấm điểm
    Thì tiêu chí "TC 1.2" thiếu minh chứng
    Và tổng điểm tự đánh giá là 38,396

  Kịch bản: Năm trong kịch bản khác năm của kế hoạch: minh chứng bị từ chối
    Cho đơn vị "Ban Quản lý Khu kinh tế tỉnh Gia Lai" năm 2023
    Khi chấm điểm
    Thì minh chứng bị từ chối với lỗi chứa "năm 2023 không khớp năm của kế hoạch"
