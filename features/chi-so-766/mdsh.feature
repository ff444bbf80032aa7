# language: vi
Tính năng: Chỉ số 766 — nhóm Số hóa hồ sơ (MDSH, 22 điểm)
  MDSH 1 (6), MDSH 2 (4), MDSH 4 (4), MDSH 5 (2): điểm tối đa × tỷ lệ trên hồ sơ tiếp nhận; MDSH 3 (2):
  2 × min(1; p / 0,8), đủ điểm từ 80%; MDSH 6 (2): TTHC kết nối dữ liệu dân cư / TTHC thuộc thẩm quyền;
  MDSH 7 (2): bản sao điện tử / yêu cầu chứng thực. 0/0: 0 điểm, riêng MDSH 7 đủ 2 điểm.

  Bối cảnh:
    Cho thư mục dữ liệu "../data/chi-so-766"
    Và bộ tiêu chí "chi-so-766" và kế hoạch "chi-so-766-minh-hoa-2025"
    Và tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"
    Và minh chứng "Số hồ sơ tiếp nhận" là 1440

  Kịch bản: Đủ 22 điểm Số hóa hồ sơ, MDSH 3 đủ điểm ngay ở 80%
    Cho minh chứng:
      | mục                                                                  | giá trị |
      | Số hồ sơ có cấp kết quả giải quyết TTHC điện tử                      | 1440    |
      | Số hồ sơ TTHC thực hiện số hóa hồ sơ                                 | 1440    |
      | Số hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa            | 1152    |
      | Số hồ sơ được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng | 1440    |
      | Số hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư                   | 1440    |
      | Số TTHC thuộc thẩm quyền giải quyết                                  | 120     |
      | Số TTHC triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết TTHC | 120 |
      | Số yêu cầu chứng thực bản sao từ bản chính                           | 30      |
      | Số yêu cầu được cấp bản sao điện tử chứng thực từ bản chính          | 30      |
    Khi chấm điểm
    Thì chỉ số của tiêu chí "MDSH 3" là 80%
    Và tiêu chí "MDSH 3" đạt điểm tối đa
    Và tiêu chí "MDSH 3" còn có thể đạt: "đã đạt điểm tối đa"
    Và điểm lĩnh vực "MDSH" là 22

  Kịch bản: Số hóa từng phần
    # 6 × 1320/1440 = 5,50; 4 × 1000/1440 = 2,777… → 2,78; 2 × (1100/1440)/0,8 = 1,909… → 1,91;
    # 4 × 900/1440 = 2,50; 2 × 720/1440 = 1,00; 2 × 30/120 = 0,50; MDSH 7 0/0 → 2.
    # Nhóm: 5,50 + 2,78 + 1,91 + 2,50 + 1,00 + 0,50 + 2,00 = 16,19
    Cho minh chứng:
      | mục                                                                  | giá trị |
      | Số hồ sơ có cấp kết quả giải quyết TTHC điện tử                      | 1320    |
      | Số hồ sơ TTHC thực hiện số hóa hồ sơ                                 | 1000    |
      | Số hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa            | 1100    |
      | Số hồ sơ được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng | 900     |
      | Số hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư                   | 720     |
      | Số TTHC thuộc thẩm quyền giải quyết                                  | 120     |
      | Số TTHC triển khai kết nối, chia sẻ dữ liệu dân cư phục vụ giải quyết TTHC | 30 |
    Khi chấm điểm
    Thì tiêu chí "MDSH 1" được 5,50 điểm
    Và tiêu chí "MDSH 2" được 2,78 điểm
    Và tiêu chí "MDSH 3" được 1,91 điểm
    Và tiêu chí "MDSH 4" được 2,50 điểm
    Và tiêu chí "MDSH 5" được 1,00 điểm
    Và tiêu chí "MDSH 6" được 0,50 điểm
    Và tiêu chí "MDSH 7" đạt điểm tối đa
    Và điểm lĩnh vực "MDSH" là 16,19
    Và tiêu chí "MDSH 1" không đạt chỉ tiêu kế hoạch

  Khung kịch bản: MDSH 3 quanh ngưỡng 80%
    # 2 × (n/1440) / 0,8: 1151 → 1,99826 → 2,00 (dưới 80% vẫn hiện 2,00 vì làm tròn); 1149 → 1,99479 → 1,99
    Cho minh chứng "Số hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa" là <hồ sơ>
    Khi chấm điểm
    Thì chỉ số của tiêu chí "MDSH 3" là <tỷ lệ>
    Và tiêu chí "MDSH 3" được <điểm> điểm

    Dữ liệu:
      | hồ sơ | tỷ lệ  | điểm |
      | 1440  | 100%   | 2,00 |
      | 1152  | 80%    | 2,00 |
      | 1151  | 79,93% | 2,00 |
      | 1149  | 79,79% | 1,99 |
      | 576   | 40%    | 1,00 |

  Kịch bản: Câu điểm còn có thể đạt nêu số hồ sơ cần có kết quả điện tử
    # 720 hồ sơ, 660 có kết quả điện tử: 6 × 660/720 = 5,50; mỗi hồ sơ thêm 6/720 điểm
    Cho minh chứng "Số hồ sơ tiếp nhận" là 720
    Và minh chứng "Số hồ sơ có cấp kết quả giải quyết TTHC điện tử" là 660
    Khi chấm điểm
    Thì tiêu chí "MDSH 1" được 5,50 điểm
    Và tiêu chí "MDSH 1" còn có thể đạt: "cần thêm 60 hồ sơ có kết quả điện tử để được thêm 0,50 điểm"

  Kịch bản: Hai chính sách 0/0 trong nhóm Số hóa: hồ sơ thì 0 điểm, chứng thực thì đủ điểm
    Cho minh chứng "Số hồ sơ tiếp nhận" là 0
    Khi chấm điểm
    Thì tiêu chí "MDSH 1" được 0 điểm
    Và tiêu chí "MDSH 3" được 0 điểm
    Và tiêu chí "MDSH 7" đạt điểm tối đa
    Và điểm lĩnh vực "MDSH" là 2

  Kịch bản: Thiếu số yêu cầu chứng thực thì MDSH 7 thiếu minh chứng
    Cho minh chứng "Số yêu cầu chứng thực bản sao từ bản chính" là bỏ trống
    Khi chấm điểm
    Thì tiêu chí "MDSH 7" thiếu minh chứng
