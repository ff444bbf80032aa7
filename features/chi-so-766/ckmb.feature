# language: vi
Tính năng: Chỉ số 766 — nhóm Công khai, minh bạch (CKMB, 18 điểm)
  Mỗi tiêu chí: điểm = điểm tối đa × tỷ lệ, tỷ lệ tính từ số đếm chưa làm tròn, điểm làm tròn 2 chữ
  số (nửa lên); điểm nhóm = tổng điểm đã làm tròn. Mẫu số bằng 0 (0/0): 0 điểm.
  CKMB 1 (6 điểm): TTHC công bố đúng hạn / phải công bố; CKMB 2 (4): cập nhật, công khai đúng hạn /
  phải cập nhật; CKMB 3 (2): công khai đầy đủ nội dung / đã công khai; CKMB 4 (6): hồ sơ đồng bộ lên
  Cổng DVCQG / phải đồng bộ.

  Bối cảnh:
    Cho thư mục dữ liệu "../data/chi-so-766"
    Và bộ tiêu chí "chi-so-766" và kế hoạch "chi-so-766-minh-hoa-2025"
    Và tệp minh chứng "../data/chi-so-766-khong-co-gi.yaml"

  Kịch bản: Đủ điểm cả nhóm khi mọi tỷ lệ là 100%
    Cho minh chứng:
      | mục                                       | giá trị |
      | Số TTHC phải công bố trong kỳ             | 50      |
      | Số TTHC công bố đúng hạn                  | 50      |
      | Số TTHC phải cập nhật, công khai trong kỳ | 40      |
      | Số TTHC cập nhật, công khai đúng hạn      | 40      |
      | Số TTHC đã công khai                      | 120     |
      | Số TTHC công khai đầy đủ nội dung         | 120     |
      | Số hồ sơ phải đồng bộ lên Cổng DVCQG      | 1200    |
      | Số hồ sơ đã đồng bộ lên Cổng DVCQG        | 1200    |
    Khi chấm điểm
    Thì tiêu chí "CKMB 1" đạt điểm tối đa
    Và tiêu chí "CKMB 4" đạt điểm tối đa
    Và điểm lĩnh vực "CKMB" là 18

  Kịch bản: Điểm từng phần, làm tròn từng tiêu chí rồi mới cộng
    # 6 × 45/50 = 5,40; 4 × 37/40 = 3,70; 2 × 118/120 = 1,9666… → 1,97;
    # 6 × 1187/1200 = 5,935 đúng nửa → 5,94. Nhóm: 5,40 + 3,70 + 1,97 + 5,94 = 17,01
    # (cộng trước rồi làm tròn sẽ ra 17,00).
    Cho minh chứng:
      | mục                                       | giá trị |
      | Số TTHC phải công bố trong kỳ             | 50      |
      | Số TTHC công bố đúng hạn                  | 45      |
      | Số TTHC phải cập nhật, công khai trong kỳ | 40      |
      | Số TTHC cập nhật, công khai đúng hạn      | 37      |
      | Số TTHC đã công khai                      | 120     |
      | Số TTHC công khai đầy đủ nội dung         | 118     |
      | Số hồ sơ phải đồng bộ lên Cổng DVCQG      | 1200    |
      | Số hồ sơ đã đồng bộ lên Cổng DVCQG        | 1187    |
    Khi chấm điểm
    Thì tiêu chí "CKMB 1" được 5,40 điểm
    Và tiêu chí "CKMB 2" được 3,70 điểm
    Và tiêu chí "CKMB 3" được 1,97 điểm
    Và chỉ số của tiêu chí "CKMB 4" là 98,92%
    Và tiêu chí "CKMB 4" được 5,94 điểm
    Và điểm lĩnh vực "CKMB" là 17,01
    Và tiêu chí "CKMB 4" còn có thể đạt: "cần thêm 12 hồ sơ đồng bộ lên Cổng DVCQG để được thêm 0,06 điểm"

  Kịch bản: Không có TTHC phải công bố (0/0) thì được 0 điểm, không phải thiếu minh chứng
    Khi chấm điểm
    Thì tiêu chí "CKMB 1" được 0 điểm
    Và chỉ số của tiêu chí "CKMB 1" là 0
    Và điểm lĩnh vực "CKMB" là 0

  Kịch bản: Thiếu số TTHC phải cập nhật thì CKMB 2 chưa được chấm (không tính là 0)
    Cho minh chứng "Số TTHC phải cập nhật, công khai trong kỳ" là bỏ trống
    Khi chấm điểm
    Thì tiêu chí "CKMB 2" thiếu minh chứng
