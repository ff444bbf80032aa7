# language: vi
Tính năng: Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) — điểm tổng hợp và chỉ tiêu các chỉ số thành phần
  Điểm PCI tổng hợp (thang 100) bằng 10 × Σ trọng số × điểm chỉ số thành phần. Trọng số đổi theo
  phiên bản: 2021 là 5, 5, 20, 5, 10, 5, 5, 20, 20, 5 % (bộ "pci-2021"); từ 2022 là 5, 10, 5, 5, 15,
  10, 15, 15, 10, 10 % (bộ "pci-2022"; 2023–2025 theo giả định). Chỉ tiêu "đạt trên X điểm" nghĩa là lớn hơn hẳn X: đúng bằng X
  là chưa đạt. Điểm bị ảnh hưởng của một chỉ tiêu chưa đạt = trọng số × khoảng thiếu × 10.
  Số liệu Khánh Hòa trong các kịch bản là số minh hoạ; số liệu Quảng Ninh là số VCCI đã công bố.

  Kịch bản: Tái tạo điểm PCI 2021 của Quảng Ninh từ 10 chỉ số thành phần đã công bố
    # VCCI công bố 73,02; tính lại từ các chỉ số đã làm tròn 2 chữ số được 73,04 (lệch 0,02).
    # Chỉ tiêu năm 2025 của Kế hoạch 516 chỉ dùng làm thước đo so sánh.
    Cho bộ tiêu chí "pci-2021" và kế hoạch "van-phong-bqlkkt-pci-2025"
    Và đơn vị "Tỉnh Quảng Ninh" năm 2021
    Và minh chứng "pci.market_entry" là 7,98
    Và minh chứng "pci.land_access" là 7,39
    Và minh chứng "pci.transparency" là 6,31
    Và minh chứng "pci.time_cost" là 8,52
    Và minh chứng "pci.informal_charges" là 7,85
    Và minh chứng "pci.equal_competition" là 6,96
    Và minh chứng "pci.proactivity" là 7,74
    Và minh chứng "pci.business_support" là 7,39
    Và minh chứng "pci.labor_training" là 7,27
    Và minh chứng "pci.legal_institutions" là 7,91
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là 73,04
    Và chỉ số của tiêu chí "PCI 3" là 6,31
    Và tiêu chí "PCI 4" không đạt chỉ tiêu kế hoạch
    Và tiêu chí "PCI 8" đạt chỉ tiêu kế hoạch

  Kịch bản: Tái tạo điểm PCI 2022 của Lâm Đồng bằng trọng số phiên bản 2022
    # VCCI công bố 67,62 (pcivietnam.vn/en/provinces/lam-dong); trọng số 2021 cho 63,40.
    Cho bộ tiêu chí "pci-2022" và kế hoạch "van-phong-bqlkkt-pci-2025"
    Và đơn vị "Tỉnh Lâm Đồng" năm 2022
    Và minh chứng "pci.market_entry" là 7,40
    Và minh chứng "pci.land_access" là 7,84
    Và minh chứng "pci.transparency" là 5,80
    Và minh chứng "pci.time_cost" là 6,92
    Và minh chứng "pci.informal_charges" là 7,63
    Và minh chứng "pci.equal_competition" là 5,64
    Và minh chứng "pci.proactivity" là 6,80
    Và minh chứng "pci.business_support" là 5,73
    Và minh chứng "pci.labor_training" là 5,66
    Và minh chứng "pci.legal_institutions" là 8,18
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là 67,62

  Kịch bản: Chỉ tiêu năm 2024 của Quyết định 1814 — đạt và chưa đạt, xếp theo điểm bị ảnh hưởng
    Cho bộ tiêu chí "pci-2022" và kế hoạch "khanh-hoa-pci-2024"
    Và đơn vị "Tỉnh Khánh Hòa" năm 2024
    Và minh chứng "pci.market_entry" là 7,6
    Và minh chứng "pci.land_access" là 7,4
    Và minh chứng "pci.transparency" là 6,9
    Và minh chứng "pci.time_cost" là 8,6
    Và minh chứng "pci.informal_charges" là 7,0
    Và minh chứng "pci.equal_competition" là 6,1
    Và minh chứng "pci.proactivity" là 7,2
    Và minh chứng "pci.business_support" là 6,6
    Và minh chứng "pci.labor_training" là 6,2
    Và minh chứng "pci.legal_institutions" là 7,1
    Và minh chứng năm trước "pci.market_entry" là 7,3
    Khi chấm điểm
    Thì tổng điểm tự đánh giá là 69,55
    Và tiêu chí "PCI 1" đạt chỉ tiêu kế hoạch
    Và tiêu chí "PCI 2" đạt chỉ tiêu kế hoạch
    Và tiêu chí "PCI 5" không đạt chỉ tiêu kế hoạch
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "PCI 5"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "PCI 8"
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "PCI 3"

  Khung kịch bản: "Đạt trên" là lớn hơn hẳn: đúng bằng chỉ tiêu là chưa đạt
    Cho bộ tiêu chí "pci-2022" và kế hoạch "khanh-hoa-pci-2024"
    Và đơn vị "Tỉnh Khánh Hòa" năm 2024
    Và minh chứng "<minh chứng>" là <điểm>
    Khi chấm điểm
    Thì chỉ số của tiêu chí "<tiêu chí>" là <điểm>
    Và tiêu chí "<tiêu chí>" <kết quả> chỉ tiêu kế hoạch

    Dữ liệu:
      | tiêu chí | minh chứng             | điểm | kết quả   |
      | PCI 1    | pci.market_entry       | 7,5  | không đạt |
      | PCI 1    | pci.market_entry       | 7,51 | đạt       |
      | PCI 3    | pci.transparency       | 7    | không đạt |
      | PCI 6    | pci.equal_competition  | 6,0  | không đạt |
      | PCI 6    | pci.equal_competition  | 6,01 | đạt       |
      | PCI 8    | pci.business_support   | 6,8  | không đạt |

  Kịch bản: Thiếu một chỉ số thành phần — không tính là 0
    Cho bộ tiêu chí "pci-2022" và kế hoạch "khanh-hoa-pci-2024"
    Và đơn vị "Tỉnh Khánh Hòa" năm 2024
    Và minh chứng "pci.market_entry" là 7,6
    Và minh chứng "pci.land_access" là 7,4
    Và minh chứng "pci.transparency" là 7,1
    Và minh chứng "pci.time_cost" là 8,6
    Và minh chứng "pci.informal_charges" là 7,6
    Và minh chứng "pci.equal_competition" là 6,1
    Và minh chứng "pci.proactivity" là 7,2
    Và minh chứng "pci.business_support" là 6,9
    Và minh chứng "pci.labor_training" là 6,2
    Khi chấm điểm
    Thì tiêu chí "PCI 10" thiếu minh chứng
    Và tổng điểm tự đánh giá là 63,9
    Và không có cảnh báo chưa đạt chỉ tiêu

  Kịch bản: Kết quả năm 2022 so với chỉ tiêu năm 2025 của Kế hoạch 516 (theo dõi tiến độ)
    Cho bộ tiêu chí "pci-2022" và kế hoạch "van-phong-bqlkkt-pci-2025"
    Và đơn vị "Tỉnh Khánh Hòa" năm 2022
    Và minh chứng "pci.market_entry" là 8,6
    Và minh chứng "pci.time_cost" là 8,9
    Khi chấm điểm
    Thì tiêu chí "PCI 1" không đạt chỉ tiêu kế hoạch
    Và tiêu chí "PCI 4" đạt chỉ tiêu kế hoạch
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "PCI 1"
    Và tiêu chí "PCI 3" thiếu minh chứng
