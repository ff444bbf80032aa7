# language: vi
# Cách viết minh chứng trong kịch bản và những minh chứng bị từ chối.
# Minh chứng được kiểm tra đúng như khi chấm bằng lệnh `cchc score`: cùng một bộ kiểm tra, cùng
# thông báo lỗi. Các tiêu chí dùng để minh hoạ lấy từ bộ tiêu chí par-so-nganh-2022.
Tính năng: Viết minh chứng trong kịch bản
  Minh chứng được gọi bằng mã (dossiers.resolved) hoặc bằng tên tiếng Việt trong từ điển minh
  chứng, không phân biệt chữ hoa, chữ thường; số viết với dấu phẩy thập phân. Minh chứng sai được
  từ chối ở bước “Khi chấm điểm”, kèm dòng của bước gây lỗi.

  Bối cảnh:
    Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  Quy tắc: Gọi minh chứng bằng mã hoặc bằng tên tiếng Việt

    Kịch bản: Tên tiếng Việt và mã, viết hoa hay thường đều được
      Cho minh chứng "SỐ HỒ SƠ ĐÃ GIẢI QUYẾT" là 1200
      Và minh chứng "Dossiers.Resolved_On_Time" là 1200
      Khi chấm điểm
      Thì tiêu chí "TCTP 3.4.1" đạt điểm tối đa

    Kịch bản: Bước viết sau thay giá trị của bước viết trước
      Cho minh chứng "dossiers.resolved" là 1200
      Và minh chứng "dossiers.resolved_on_time" là 1200
      Và minh chứng "Số hồ sơ giải quyết đúng hạn (gồm trước hạn)" là 1140
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.1" là 95%
      Và tiêu chí "TCTP 3.4.1" được 0,5 điểm

    Kịch bản: Có đơn vị và năm đánh giá
      Cho đơn vị "Ban Quản lý Khu kinh tế tỉnh Gia Lai" năm 2022
      Và minh chứng "initiatives.count" là 3
      Khi chấm điểm
      Thì tiêu chí "TC 1.5" đạt điểm tối đa

  Quy tắc: Giá trị được so ở đúng độ chính xác đã viết
    # 1187/1200 = 98,91666…%: làm tròn đến số chữ số thập phân đã viết rồi so;
    # tỷ lệ % so ở ít nhất 2 chữ số thập phân ("99%" không khớp 98,92%).

    Khung kịch bản: Chỉ số 1187/1200 viết là <viết>
      Cho minh chứng "dossiers.resolved" là 1200
      Và minh chứng "dossiers.resolved_on_time" là 1187
      Khi chấm điểm
      Thì chỉ số của tiêu chí "TCTP 3.4.1" là <viết>

      Dữ liệu:
        | viết     |
        | 98,92%   |
        | 98,917%  |
        | 98,9167% |
        | 98.92    |

  Quy tắc: Minh chứng sai bị từ chối, kèm lý do

    Kịch bản: Tên minh chứng gõ sai được gợi ý tên đúng
      Cho minh chứng "Số hồ sơ đã giả quyết" là 1200
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "có phải ý bạn là “Số hồ sơ đã giải quyết” (dossiers.resolved)"

    Kịch bản: Số đếm phải là số nguyên, không âm
      Cho minh chứng "dossiers.resolved" là 12,5
      Và minh chứng "initiatives.count" là -1
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "phải là số nguyên"
      Và minh chứng bị từ chối với lỗi chứa "số đếm không được âm"

    Kịch bản: Tỷ lệ phải trong khoảng 0–100%
      Cho minh chứng "Chỉ số hài lòng về tiếp cận dịch vụ (SIPAS)" là 100,5%
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "tỷ lệ phải trong khoảng 0–100"

    Kịch bản: Minh chứng có/không phải viết có hoặc không
      Cho minh chứng "iso.announced" là có lẽ
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "không phải giá trị có/không"

    Kịch bản: Vốn đầu tư không được âm
      Cho minh chứng "investment.registered_capital" là -5
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "nhỏ hơn mức tối thiểu"

    Kịch bản: Tử số lớn hơn mẫu số làm tỷ lệ vượt 100%
      Cho minh chứng "Số TTHC thuộc thẩm quyền giải quyết" là 52
      Và minh chứng "Số TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa" là 53
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "tỷ lệ của TCTP 3.3.1 sẽ vượt 100%"

    Kịch bản: Số PAKN đã trả lời không thể vượt số PAKN tiếp nhận
      Cho minh chứng "feedback.received" là 5
      Và minh chứng "feedback.answered" là 6
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "không thể vượt số PAKN tiếp nhận"

    Kịch bản: Năm đánh giá phải là năm của bộ tiêu chí và kế hoạch
      Cho đơn vị "Ban Quản lý Khu kinh tế tỉnh Gia Lai" năm 2021
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "năm 2021 không khớp năm của bộ tiêu chí"
      Và minh chứng bị từ chối với lỗi chứa "không khớp năm của kế hoạch"

    Kịch bản: Kế hoạch phải có trong thư mục criteria/plans
      Cho bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-2099"
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "không có kế hoạch 'gia-lai-2099'"

    Kịch bản: Bộ tiêu chí phải có trong thư mục criteria
      Cho bộ tiêu chí "par-so-nganh-2099" và kế hoạch "gia-lai-bqlkkt-2022"
      Khi chấm điểm
      Thì minh chứng bị từ chối với lỗi chứa "không có bộ tiêu chí 'par-so-nganh-2099'"
