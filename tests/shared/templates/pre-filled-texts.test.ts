import { TEMPLATES, findTemplate, templateTitle, type SheetSpec, type UnitLevel } from '../../../shared';

const texts = (spec: SheetSpec): string[] => spec.rows.flatMap((r) => r.cells.map((c) => (typeof c?.value === 'string' ? c.value : ''))).filter((t) => t !== '');
const build = (id: string, year: number, level: UnitLevel): string[] => {
  const entry = findTemplate(id);
  if (!entry) throw new Error(id);
  return texts(entry.build({ year, level, unit: level === 'xa' ? 'xã Triệu Sơn' : level === 'huyen' ? 'huyện Vĩnh Linh' : 'Sở Nội vụ', province: 'Quảng Trị' }));
};

describe('pre-filled texts fit the year and the level', () => {
  test('the seeds\' typing slips are put right', () => {
    const all = build('chi-tieu-cchc', 2023, 'huyen').join('\n');
    expect(all).not.toMatch(/hiện thị|hệ thống tin\b|Công thông tin/);
    expect(all).toContain('hiển thị 100% theo thời gian thực');
    expect(all).toContain('trên tất cả các hệ thống thông tin của các cấp chính quyền');
  });

  test('a district in 2023 keeps the district tier; a commune in 2025 and anyone in 2026 do not', () => {
    expect(build('chi-tieu-cchc', 2023, 'huyen').join('\n')).toContain('UBND cấp huyện');
    for (const [id, year, level] of [['chi-tieu-cchc', 2025, 'xa'], ['chi-tieu-cchc', 2026, 'xa'], ['chi-tieu-cchc', 2026, 'tinh'],
      ['chi-tieu-tthc', 2025, 'xa'], ['ke-hoach-giai-doan', 2026, 'xa']] as const) {
      const all = build(id, year, level).join('\n');
      expect([id, year, level, all.match(/.{0,40}huyện.{0,20}/g)]).toEqual([id, year, level, null]);
    }
    const commune = build('chi-tieu-cchc', 2026, 'xa');
    expect(commune).toContain('100% TTHC cấp tỉnh, cấp xã được tiếp nhận và trả kết quả tại bộ phận một cửa, một cửa liên thông cấp tỉnh, cấp xã.');
    expect(commune).toContain('Trên 80% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).');
  });

  test('the phase plan follows the chosen year', () => {
    const y2023 = build('ke-hoach-giai-doan', 2023, 'xa');
    expect(y2023).toEqual(expect.arrayContaining(['Đến năm 2025', 'Định hướng đến năm 2030']));
    const y2026 = build('ke-hoach-giai-doan', 2026, 'xa');
    expect(y2026).toEqual(expect.arrayContaining(['Đến năm 2030', 'Định hướng đến năm 2035',
      'MỤC TIÊU CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026–2030, ĐỊNH HƯỚNG ĐẾN NĂM 2035']));
    expect(y2026.join('\n')).not.toMatch(/2025/);
    const entry = findTemplate('ke-hoach-giai-doan');
    expect(entry && templateTitle(entry, 'vi', 2026)).toBe('Mục tiêu CCHC giai đoạn 2026–2030, định hướng đến năm 2035');
    // The seed's 2030 figure ends the 2026–2030 phase: "tối thiểu 80%" of files online.
    const spec = entry!.build({ year: 2026, level: 'xa' });
    const row = spec.rows.find((r) => r.cells.some((c) => c?.value === 'Tỷ lệ hồ sơ giải quyết trực tuyến mức độ 3 và 4 trên tổng số hồ sơ'));
    expect(row?.cells[3]?.value).toBe('tối thiểu 80%');
  });

  test('the assignment of targets says "Chính quyền điện tử, Chính quyền số" as its source does', () => {
    expect(build('phan-cong-muc-tieu', 2026, 'xa')).toContain('VI. Xây dựng và phát triển Chính quyền điện tử, Chính quyền số');
    expect(build('phan-cong-muc-tieu', 2026, 'xa').join('\n')).not.toContain('Chính phủ điện tử');
  });

  test('titles show the year chosen, never "năm N"', () => {
    for (const entry of TEMPLATES) {
      for (const lang of ['vi', 'en'] as const) expect(templateTitle(entry, lang, 2026)).not.toMatch(/\bN\b/);
    }
    expect(templateTitle(TEMPLATES[0]!, 'vi', 2026)).toBe('Kế hoạch thực hiện chỉ tiêu CCHC năm 2026, dự kiến đến năm 2028');
  });
});
