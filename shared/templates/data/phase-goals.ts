/** Goals for 2025 and 2030 that seed 002 (xã Triệu Sơn, 2021–2025 plan) states with a figure, by reform area I–VII. */
export interface PhaseGoal {
  readonly goal: string;
  readonly by2025: string;
  readonly by2030: string;
}

export const PHASE_GOALS: readonly (readonly PhaseGoal[])[] = [
  [
    { goal: 'Văn bản quy phạm pháp luật được ban hành đúng pháp luật, đồng bộ, thống nhất, có tính khả thi cao, công khai, dễ tiếp cận', by2025: '100%', by2030: '100%' },
    { goal: 'Hoàn thành nội dung theo dõi thi hành pháp luật hàng năm theo Kế hoạch được phê duyệt', by2025: '100%', by2030: '100%' },
  ],
  [
    { goal: 'Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn và trước hạn hàng năm', by2025: 'từ 99% trở lên', by2030: 'từ 99% trở lên' },
    { goal: 'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ', by2025: 'tối thiểu 50%', by2030: 'tối thiểu 80%' },
    { goal: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính', by2025: 'tối thiểu 90%', by2030: 'tối thiểu 95%' },
  ],
  [
    { goal: 'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước', by2025: 'tối thiểu 90%', by2030: 'tối thiểu 95%' },
  ],
  [
    { goal: 'Cán bộ, công chức ứng dụng CNTT thành thạo trong xử lý công việc', by2025: '100%', by2030: '100%' },
    { goal: 'Cán bộ, công chức được đánh giá mức độ hoàn thành nhiệm vụ theo hiệu quả công việc', by2025: 'tối thiểu 95%', by2030: 'tối thiểu 95%' },
    { goal: 'Cán bộ, công chức được bồi dưỡng theo chức danh quy định', by2025: '100%', by2030: '100%' },
  ],
  [
    { goal: 'Tỷ lệ đóng góp vào thu ngân sách xã năm sau tăng hơn năm trước liền kề', by2025: 'Tăng hơn năm trước', by2030: 'Tiếp tục đổi mới cơ chế quản lý, cơ chế tài chính' },
  ],
  [
    { goal: 'Hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ mật)', by2025: 'trên 80%', by2030: '85%' },
    { goal: 'Tỷ lệ hồ sơ nộp qua mạng và giải quyết theo dịch vụ công trực tuyến mức độ 4', by2025: 'tối thiểu 50%', by2030: 'tối thiểu 80%' },
    { goal: 'Người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến được cấp định danh và xác thực điện tử', by2025: '100%', by2030: '100%' },
  ],
  [
    { goal: 'Văn bản chỉ đạo, điều hành về công tác cải cách hành chính được ban hành đầy đủ, kịp thời', by2025: '100%', by2030: '100%' },
    { goal: 'Sáng kiến, giải pháp được triển khai thực hiện có hiệu quả về công tác cải cách hành chính mỗi năm', by2025: '1-2 sáng kiến', by2030: '1-2 sáng kiến' },
  ],
];
