# language: vi
# Bộ tiêu chí (phương pháp) và kế hoạch sửa trong Excel: xuất, sửa một ô, nhập vào thư mục dữ
# liệu, chấm điểm với thư mục đó (như `cchc score --data`). Xem docs/bo-tieu-chi-excel.md.
Tính năng: Cập nhật bộ tiêu chí năm mới trong Excel
  Sở Nội vụ ban hành bảng điểm mới: tổ CCHC gõ điểm tối đa và thang điểm vào sổ bộ tiêu chí,
  nhập lại và chấm điểm ngay; sổ có lỗi bị từ chối kèm trang, dòng, cột và không ghi gì.

  Bối cảnh:
    Cho sổ bộ tiêu chí xuất từ bộ tiêu chí "par-so-nganh-2022" và kế hoạch "gia-lai-bqlkkt-2022"

  Kịch bản: Nhập lại sổ không sửa gì thì chấm như dữ liệu kèm công cụ
    Cho minh chứng "dossiers.resolved" là 1200
    Và minh chứng "dossiers.resolved_on_time" là 1140
    Khi nhập sổ bộ tiêu chí vào thư mục dữ liệu
    Và chấm điểm
    Thì chỉ số của tiêu chí "TCTP 3.4.1" là 95%
    Và tiêu chí "TCTP 3.4.1" được 0,5 điểm

  Kịch bản: Điểm tối đa mới viết với dấu phẩy thập phân được dùng ngay
    Cho trong sổ, ô "Điểm tối đa" của "TCTP 3.4.1" ở trang "Tiêu chí" ghi 2,5
    Và minh chứng "dossiers.resolved" là 1200
    Và minh chứng "dossiers.resolved_on_time" là 1140
    Khi nhập sổ bộ tiêu chí vào thư mục dữ liệu
    Và chấm điểm
    Thì tiêu chí "TCTP 3.4.1" được 1,25 điểm
    Và so với bộ tiêu chí "par-so-nganh-2022" có thay đổi "TCTP 3.4.1: điểm tối đa 1 → 2,5"

  Kịch bản: Mức mới của thang điểm đổi điểm của mọi tiêu chí dùng thang đó
    Cho trong sổ, ô "Mức: từ (≥)" của "ty_le_100_95" ở trang "Thang điểm" ghi 99
    Và minh chứng "dossiers.resolved" là 1200
    Và minh chứng "dossiers.resolved_on_time" là 1194
    Khi nhập sổ bộ tiêu chí vào thư mục dữ liệu
    Và chấm điểm
    Thì chỉ số của tiêu chí "TCTP 3.4.1" là 99,5%
    Và tiêu chí "TCTP 3.4.1" đạt điểm tối đa

  Kịch bản: Tiêu chí cha không có thì sổ bị từ chối
    Cho trong sổ, ô "Tiêu chí cha" của "TCTP 3.4.1" ở trang "Tiêu chí" ghi TC 9.9
    Khi nhập sổ bộ tiêu chí vào thư mục dữ liệu
    Thì sổ bị từ chối ở trang "Tiêu chí", cột "Tiêu chí cha"

  Kịch bản: Các mức chồng lên nhau thì sổ bị từ chối
    Cho trong sổ, ô "Mức: từ (≥)" của "ty_le_100_95" ở trang "Thang điểm" ghi 90
    Khi nhập sổ bộ tiêu chí vào thư mục dữ liệu
    Thì sổ bị từ chối ở trang "Thang điểm", cột "Mức: từ (≥)"

  Kịch bản: Điểm tối đa không phải số thì sổ bị từ chối
    Cho trong sổ, ô "Điểm tối đa" của "TCTP 3.4.1" ở trang "Tiêu chí" ghi hai điểm
    Khi nhập sổ bộ tiêu chí vào thư mục dữ liệu
    Thì sổ bị từ chối ở trang "Tiêu chí", cột "Điểm tối đa"
