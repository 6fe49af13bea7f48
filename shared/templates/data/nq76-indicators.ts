/** Indicator texts of Nghị quyết 76/NQ-CP as seed 000 lists them (Vĩnh Linh, 2023), by reform area in the plan's order. */
export const NQ76_INDICATORS: readonly (readonly string[])[] = [
  // Cải cách thể chế
  [
    "100% văn bản quy phạm pháp luật (VBQPPL) tham mưu ban hành/ban hành đúng pháp luật, đồng bộ, thống nhất theo các văn bản của Trung ương và có tính khả thi cao, công khai, dễ tiếp cận.",
    "Hoàn thành 100% nội dung thực hiện theo dõi thi hành pháp luật hàng năm theo Kế hoạch được phê duyệt.",
    "Thực hiện xử lý 100% văn bản QPPL được yêu cầu xử lý hoặc kiến nghị xử lý sau kiểm tra, rà soát.",
  ],
  // Cải cách thủ tục hành chính
  [
    "100% TTHC cấp tỉnh, cấp huyện, cấp xã được tiếp nhận và trả kết quả tại bộ phận một cửa, một cửa liên thông cấp huyện, cấp xã.",
    "100% hồ sơ tiếp nhận được cập nhật vào phần mềm một cửa điện tử của tỉnh.",
    "100% TTHC, danh mục TTHC thuộc thẩm quyền được công bố đầy đủ, kịp thời và nhập, đăng tải công khai TTHC vào cơ sở dữ liệu quốc gia về TTHC sau khi công bố.",
    "UBND cấp huyện, UBND cấp xã công khai tiến độ, kết quả giải quyết hồ sơ TTHC trên Cổng Dịch vụ công, Công thông tin điện tử của tỉnh;",
    "90% TTHC nội bộ giữa cơ quan hành chính nhà nước được công bố, công khai và cập nhật kịp thời.",
    "Số hóa kết quả giải quyết thủ tục hành chính",
    "80% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công TTHC trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết TTHC đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ.",
    "Cắt giảm ít nhất 25% thời gian giải quyết TTHC so với quy định.",
    "Tỷ lệ số lượng hồ sơ TTHC được giải quyết đúng hạn và trước hạn hàng năm đạt từ 99% trở lên.",
    "Tối thiểu 80% hồ sơ giải quyết TTHC được luân chuyển trong nội bộ giữa các cơ quan có thẩm quyền hoặc các cơ quan có liên quan được thực hiện bằng phương thức điện tử.",
    "Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ đạt tối thiểu 50%.",
    "100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện khác nhau, bao gồm cả thiết bị di động.",
    "Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến.",
    "Tỷ lệ hồ sơ giao dịch thanh toán trực tuyến của các TTHC có yêu cầu nghĩa vụ tài chính đạt từ 30% trở lên.",
    "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 90%.",
    "Mức độ hài lòng về giải quyết các TTHC lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%.",
    "Mức độ hài lòng của người dân về dịch vụ y tế đạt tối thiểu 85%.",
    "Mức độ hài lòng của người dân về dịch vụ giáo dục đạt tối thiểu 85%.",
  ],
  // Cải cách tổ chức bộ máy hành chính nhà nước
  [
    "Giảm tối thiểu 10% biên chế sự nghiệp hưởng lương từ ngân sách nhà nước so với năm 2021.",
    "Giảm tối thiểu 5% biên chế hành chính so với năm 2021.",
  ],
  // Cải cách chế độ công vụ
  [
    "100% CBCCVC ứng dụng CNTT thành thạo trong xử lý công việc",
    "Tối thiểu 95% CBCCVC được đánh giá mức độ hoàn thành nhiệm vụ theo hiệu quả công việc.",
    "100% cơ quan hành chính nhà nước và đơn vị sự nghiệp thuộc huyện bố trí công chức, viên chức đúng vị trí việc làm, khung năng lực đã được phê duyệt.",
    "100% cán bộ, công chức được bồi dưỡng theo chức danh quy định.",
    "100% cán bộ, công chức cấp xã đạt chuẩn trình độ cao đẳng, đại học theo quy định.",
  ],
  // Cải cách tài chính công
  [
    "Tối thiểu 20% đơn vị sự nghiệp công lập tự bảo đảm chi thường xuyên.",
    "Đơn vị sự nghiệp có đủ điều kiện, hoàn thành việc chuyển đổi thành công ty cổ phần hoặc chuyển sang tự bảo đảm chi thường xuyên và chi đầu tư.",
  ],
  // Xây dựng và phát triển Chính phủ điện tử, Chính phủ số
  [
    "100% báo cáo UBND cấp huyện báo cáo lên hệ thống báo cáo của tỉnh đúng quy định",
    "100% UBND cấp huyện thực hiện họp thông qua hệ thống thông tin phục vụ họp và xử lý công việc của UBND tỉnh và các cuộc họp của UBND.",
    "Hệ thống theo dõi, chỉ đạo thực hiện nhiệm vụ của UBND và Chủ tịch UBND cấp tỉnh giao, hiện thị 100% theo thời gian thực.",
    "100% người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử thông suốt và hợp nhất trên tất cả các hệ thống tin của các cấp chính quyền từ Trung ương đến địa phương.",
    "Ít nhất 80% các hệ thống thông tin của địa phương có liên quan đến người dân, doanh nghiệp đã đưa vào vận hành, khai thác được kết nối, liên thông qua Trục liên thông văn bản quốc gia và nền tảng tích hợp, chia sẻ dữ liệu.",
    "Trên 90% hồ sơ công việc tại cấp huyện, trên 80% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).",
    "Hoàn thành 100% các nội dung thực hiện về chuyển đổi số và ứng dụng các tiến bộ khoa học, công nghệ để xây dựng Chính quyền điện tử và Chính quyền số",
  ],
  // Công tác chỉ đạo, điều hành
  [
    "100% các văn bản chỉ đạo, điều hành về công tác cải cách hành chính được ban hành đầy đủ, kịp thời và đảm bảo về chất lượng nội dung",
    "Thực hiện đạt hiệu quả 100% các nội dung công tác cải cách hành chính giai đoạn 2021-2025 và hàng năm theo kế hoạch đã được phê duyệt.",
    "Mỗi cơ quan, đơn vị có từ 2-3 sáng kiến, giải pháp/năm được triển khai thực hiện có hiệu quả về công tác cải cách hành chính.",
    "Có kế hoạch và giải pháp cải thiện Chỉ số cải cách hành chính của cơ quan, đơn vị và các Chỉ số của tỉnh: Chỉ số PAR INDEX, SIPAS, PAPI, PCI.",
  ],
];
