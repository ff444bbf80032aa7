# language: vi
# Cả tỉnh trong một lần chấm (cchc score THƯ_MỤC --out tong-hop.xlsx): mỗi đơn vị được chấm như khi
# chấm riêng, rồi xếp hạng theo tỷ lệ tổng điểm trên điểm tối đa (bằng nhau thì cùng hạng); và mô phỏng
# “nếu … thì …” (cchc score … --set MINH_CHỨNG=GIÁ_TRỊ) mà không sửa tệp minh chứng: giá trị mô phỏng
# được kiểm tra như mọi minh chứng và báo cáo ghi rõ giá trị nào đã thay, thay cho giá trị nào.
#
# Nền: tệp data/gia-lai-so-lieu-khai-tay.yaml (số liệu minh hoạ): 39,396/46 điểm, 2 sáng kiến (TC 1.5:
# 0,5 điểm; từ 3 sáng kiến: 1 điểm; không có: 0), TCTP 3.4.1 1217/1230 hồ sơ đúng hạn (98,94%: 0,5 điểm),
# 13 hồ sơ trễ hạn, 9 thư xin lỗi.
Tính năng: Xếp hạng các đơn vị và mô phỏng “nếu … thì …”

  Bối cảnh:
    Cho tệp minh chứng "data/gia-lai-so-lieu-khai-tay.yaml"

  Kịch bản: Đơn vị nhiều sáng kiến hơn xếp trên; bằng điểm thì cùng hạng
    Cho đơn vị "Sở Nội vụ" có minh chứng "initiatives.count" là 3
    Và đơn vị "Sở Tư pháp" có minh chứng "Số sáng kiến, giải pháp mới trong CCHC" là 1
    Và đơn vị "Sở Xây dựng" có minh chứng "initiatives.count" là 2
    Và đơn vị "Sở Y tế" có minh chứng "initiatives.count" là 0
    Khi chấm điểm tất cả các đơn vị
    Thì đơn vị "Sở Nội vụ" xếp hạng 1
    Và đơn vị "Sở Tư pháp" xếp hạng 2
    Và đơn vị "Sở Xây dựng" xếp hạng 2
    Và đơn vị "Sở Y tế" xếp hạng 4
    Và tổng điểm của đơn vị "Sở Nội vụ" là 39,896
    Và tổng điểm của đơn vị "Sở Y tế" là 38,896

  Kịch bản: Mô phỏng thêm 13 hồ sơ đúng hạn: TCTP 3.4.1 đạt chỉ tiêu
    Cho mô phỏng minh chứng "dossiers.resolved_on_time" là 1230
    Và mô phỏng minh chứng "Số hồ sơ giải quyết trễ hạn" là 0
    Và mô phỏng minh chứng "dossiers.late_apologized" là 0
    Khi chấm điểm
    Thì chỉ số của tiêu chí "TCTP 3.4.1" là 100%
    Và tiêu chí "TCTP 3.4.1" được 1 điểm
    Và tiêu chí "TCTP 3.4.1" đạt chỉ tiêu kế hoạch
    Và báo cáo ghi minh chứng "dossiers.resolved_on_time" được mô phỏng là 1230 thay cho 1217
    Và báo cáo ghi minh chứng "dossiers.resolved_late" được mô phỏng là 0 thay cho 13
    Và tổng điểm tự đánh giá là 40,896

  Kịch bản: Giá trị mô phỏng viết bằng dấu phẩy thập phân
    Cho mô phỏng minh chứng "sipas.access" là 90,5
    Khi chấm điểm
    Thì báo cáo ghi minh chứng "sipas.access" được mô phỏng là 90,5 thay cho 86,5
    Và tiêu chí "TCTP 8.1.1" đạt chỉ tiêu kế hoạch

  Kịch bản: Mô phỏng cùng một giá trị cho mọi đơn vị khi xếp hạng
    Cho đơn vị "Sở Nội vụ" có minh chứng "initiatives.count" là 3
    Và đơn vị "Sở Y tế" có minh chứng "initiatives.count" là 0
    Và mô phỏng minh chứng "initiatives.count" là 3
    Khi chấm điểm tất cả các đơn vị
    Thì đơn vị "Sở Nội vụ" xếp hạng 1
    Và đơn vị "Sở Y tế" xếp hạng 1
    Và tổng điểm của đơn vị "Sở Y tế" là 39,896

  Kịch bản: Mô phỏng một minh chứng không có trong bộ tiêu chí bị từ chối, kèm gợi ý
    Cho mô phỏng minh chứng "dossier.resolved_ontime" là 1230
    Khi chấm điểm
    Thì minh chứng bị từ chối với lỗi chứa "có phải ý bạn là 'dossiers.resolved_on_time'"

  Kịch bản: Mô phỏng trái ràng buộc giữa các minh chứng bị từ chối
    # 1230 đúng hạn + 13 trễ hạn vượt 1230 hồ sơ đã giải quyết: phải mô phỏng cả số trễ hạn
    Cho mô phỏng minh chứng "dossiers.resolved_on_time" là 1230
    Khi chấm điểm
    Thì minh chứng bị từ chối với lỗi chứa "không thể vượt số hồ sơ đã giải quyết"
