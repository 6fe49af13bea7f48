import { findRatios, ratioValue } from '../../../shared';

describe('findRatios in appraisal opinions', () => {
  test('the ratios of seed 003', () => {
    expect(findRatios('Đơn vị hoàn thành 18/42 nhiệm vụ theo Báo cáo CCHC 6 tháng đầu năm 2023.')).toEqual([
      { numerator: 18, denominator: 42, item: 'nhiệm vụ', text: '18/42' },
    ]);
    expect(findRatios('Hoàn thành 4/9 nhiệm vụ tuyên truyền đạt 55.56%')).toEqual([
      { numerator: 4, denominator: 9, item: 'nhiệm vụ', text: '4/9' },
    ]);
    expect(findRatios('Tính điểm theo công thức: (8/112)*1=0,07')).toEqual([
      { numerator: 8, denominator: 112, factor: 1, stated: { value: 0.07, percent: false }, text: '(8/112)*1=0,07' },
    ]);
    const r = findRatios('7904/14835=53.28%')[0];
    expect(r).toEqual({ numerator: 7904, denominator: 14835, stated: { value: 0.5328, percent: true }, text: '7904/14835=53.28%' });
    expect(r && ratioValue(r)).toBeCloseTo(0.53279, 5);
    expect(findRatios('Tạm tính 9/14 vấn đề đã khắc phục và 6/14 chưa ht.').map((x) => [x.numerator, x.denominator])).toEqual([[9, 14], [6, 14]]);
  });

  test('document numbers, dates and lists of numbers are not ratios', () => {
    expect(findRatios('Đơn vị đã ban hành các văn bản chỉ đạo, hướng dẫn, đôn đốc công tác CCHC: 76/482, 1017/74, 1055, 234')).toEqual([]);
    expect(findRatios('theo Kế hoạch số 46/KH-UBND ngày 22/02/2022; Công văn số 223/SNV-CCHCVTLT ngày 10/3/2022')).toEqual([]);
    expect(findRatios('Ngày 16/8 Hội đồng ban hành Thông báo số 113/TB-HĐTĐ')).toEqual([]);
    expect(findRatios('Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ')).toEqual([]);
  });
});
