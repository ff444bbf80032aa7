# language: vi
Tính năng: Chỉ tiêu nhiệm vụ của các kế hoạch cải thiện PCI (Quyết định 1814/2024, Sở TTTT Khánh Hòa 2022)
  Các chỉ tiêu nhiệm vụ có bộ tiêu chí riêng (số liệu hành chính, không phải điểm VCCI); mỗi chỉ tiêu
  tính 1 điểm khi đạt (thang tạm thời). Số liệu trong các kịch bản là số minh hoạ.

  Khung kịch bản: "Duy trì tỷ lệ cấp Giấy chứng nhận đăng ký doanh nghiệp qua mạng đạt trên 90%"
    Cho bộ tiêu chí "pci-tasks-khanh-hoa-2024" và kế hoạch "khanh-hoa-pci-nhiem-vu-2024"
    Và đơn vị "Ủy ban nhân dân tỉnh Khánh Hòa" năm 2024
    Và minh chứng "business_registration.certificates_issued" là 1000
    Và minh chứng "business_registration.certificates_online" là <qua mạng>
    Khi chấm điểm
    Thì chỉ số của tiêu chí "NV 3" là <tỷ lệ>
    Và tiêu chí "NV 3" <kết quả> chỉ tiêu kế hoạch

    Dữ liệu:
      | qua mạng | tỷ lệ | kết quả   |
      | 900      | 90    | không đạt |
      | 901      | 90,1  | đạt       |
      | 850      | 85    | không đạt |

  Kịch bản: Đăng ký doanh nghiệp tối đa không quá 03 ngày làm việc
    Cho bộ tiêu chí "pci-tasks-khanh-hoa-2024" và kế hoạch "khanh-hoa-pci-nhiem-vu-2024"
    Và đơn vị "Ủy ban nhân dân tỉnh Khánh Hòa" năm 2024
    Và minh chứng "business_registration.dossiers_resolved" là 5200
    Và minh chứng "business_registration.resolved_within_3_days" là 5188
    Và minh chứng "business_dialogues.held" là 2
    Khi chấm điểm
    Thì tiêu chí "NV 1" không đạt chỉ tiêu kế hoạch
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "NV 1"
    Và tiêu chí "NV 54" đạt chỉ tiêu kế hoạch
    Và tiêu chí "NV 3" thiếu minh chứng

  Kịch bản: Sở TTTT xử lý 100% kiến nghị của người dân, tổ chức
    Cho bộ tiêu chí "so-tttt-khanh-hoa-2022" và kế hoạch "khanh-hoa-so-tttt-2022"
    Và đơn vị "Sở Thông tin và Truyền thông tỉnh Khánh Hòa" năm 2022
    Và minh chứng "petitions.received" là 37
    Và minh chứng "petitions.handled" là 37
    Khi chấm điểm
    Thì chỉ số của tiêu chí "NV 6" là 100
    Và tiêu chí "NV 6" đạt chỉ tiêu kế hoạch
    Và không có cảnh báo chưa đạt chỉ tiêu

  Kịch bản: Sở TTTT còn kiến nghị chưa xử lý
    Cho bộ tiêu chí "so-tttt-khanh-hoa-2022" và kế hoạch "khanh-hoa-so-tttt-2022"
    Và đơn vị "Sở Thông tin và Truyền thông tỉnh Khánh Hòa" năm 2022
    Và minh chứng "petitions.received" là 37
    Và minh chứng "petitions.handled" là 35
    Khi chấm điểm
    Thì tiêu chí "NV 6" không đạt chỉ tiêu kế hoạch
    Và có cảnh báo chưa đạt chỉ tiêu cho tiêu chí "NV 6"
