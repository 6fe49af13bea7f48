import { formatProblem, readScoreRows, validateTable, type ScoreLayout, type TargetLayout } from '../../../shared';
import { typedInViExcel } from '../../helpers/seed-workbooks';
import { seedTable } from '../../helpers/seeds';

/** Cells as a vi-VN Excel holds what staff typed: "0,85" is the number 0,85, "0.25" stays text. */
const typed = (block: readonly (readonly unknown[])[]): unknown[][] =>
  block.map((row) => row.map((v) => (typeof v === 'string' ? typedInViExcel(v) : v)));

const scoreLayout: ScoreLayout = {
  kind: 'score', firstRow: 5, firstColumn: 1, decimal: ',',
  columns: { code: 0, name: 1, max: 2, self: 3, appraised: 4, deduction: 5, opinion: 6, responsible: 7 },
};
const messages = (block: unknown[][], layout: ScoreLayout | TargetLayout): string[] =>
  validateTable(layout.kind === 'score' ? typed(block) : block, layout).map((p) => formatProblem(p, 'vi'));

describe('validating a score sheet', () => {
  test('seed 003: the 0.25 and nothing else, wherever the table starts', () => {
    const problems = validateTable(typed(seedTable('003', 'STT\tLĨNH VỰC')), scoreLayout);
    expect(problems.map((p) => [p.cell, p.code])).toEqual([['D21', 'wrong_decimal_separator']]);
  });

  test('figures stored as text (an en-US Excel, a paste from Word) are each an error at its cell, with the number as the fix', () => {
    const seed = seedTable('003', 'STT\tLĨNH VỰC');
    const problems = validateTable(seed, scoreLayout);
    const expected = seed.flatMap((row, i) => [2, 3, 4, 5].flatMap((c) => {
      const text = (row[c] ?? '').trim();
      return /^-?\d+(,\d+)?$/.test(text) ? [[`${'ABCDEF'[c]}${i + 5}`, 'number_stored_as_text', Number(text.replace(',', '.'))]] : [];
    }));
    expect(expected.length).toBe(107);
    expect(problems.filter((p) => p.code === 'number_stored_as_text').map((p) => [p.cell, p.code, p.fix?.value])).toEqual(expected);
    expect(validateTable([['1.1', 'Kế hoạch', 2, '2', '0,85', -1.15]], scoreLayout).map((p) => formatProblem(p, 'vi'))).toEqual([
      'Ô D5: "2" bị lưu dạng chữ nên công thức trên trang bỏ qua, trong khi số liệu in ra vẫn tính; chuyển thành số 2.',
      'Ô E5: "0,85" bị lưu dạng chữ nên công thức trên trang bỏ qua, trong khi số liệu in ra vẫn tính; chuyển thành số 0,85.',
    ]);
  });

  test('a criterion listed twice is an error at its second code cell', () => {
    const block = [['1.1', 'Kế hoạch', 2, 2, 2, 0], ['1.2', 'Báo cáo', 1, 1, 1, 0], ['1.1', 'Kế hoạch', 2, 2, 2, 0]];
    expect(validateTable(block, scoreLayout).map((p) => [p.cell, p.code, formatProblem(p, 'vi')])).toEqual([
      ['A7', 'duplicate_criterion', 'Ô A7: Tiêu chí 1.1 bị ghi lặp (lần đầu ở dòng 5): cả hai dòng đều được cộng vào tổng; hãy xóa hoặc đánh lại mã một dòng.'],
    ]);
  });

  test('points out of range, a missing score, a wrong deduction', () => {
    const block = [
      ['1.1', 'Kế hoạch', '2,00', '2,5', '1', '-1'],
      ['1.2', 'Báo cáo', '4,00', '', '-0,5', '-4,5'],
      ['1.3', 'Tuyên truyền', '1,00', '1', '0,5', '-0,25'],
    ];
    expect(messages(block, scoreLayout)).toEqual([
      'Ô D5: Điểm tự đánh giá 2,5 vượt điểm tối đa 2.',
      'Ô E6: Điểm thẩm định -0,5 nhỏ hơn 0.',
      'Ô F7: Điểm bị trừ -0,25 không bằng điểm thẩm định trừ điểm chuẩn (-0,5).',
      'Ô D6: Thiếu điểm tự đánh giá của tiêu chí 1.2 (điểm chuẩn 4).',
    ]);
    expect(validateTable(typed(block), scoreLayout).find((p) => p.cell === 'F7')?.fix).toEqual({ value: -0.5 });
  });

  test('an appraisal column nobody has filled yet is not a list of omissions', () => {
    expect(messages([['1.1', 'Kế hoạch', '2,00', '2', '', '']], scoreLayout)).toEqual([]);
  });

  test('ratios in opinions: numerator above denominator, and a stated result that is off', () => {
    const block = [
      ['3.4', 'Hồ sơ', '3,00', '3', '3', '0', 'Giải quyết đúng hạn 15/14 hồ sơ'],
      ['3.5', 'DVC', '0,50', '0,4', '0,4', '-0,1', '$325/408=89.66\\%$'],
    ];
    expect(messages(block, scoreLayout)).toEqual([
      'Ô G5: Tỷ lệ 15/14 có tử số 15 lớn hơn mẫu số 14.',
      'Ô G6: 325/408=89.66%: kết quả ghi 89,66% không khớp với kết quả tính 79,66%.',
    ]);
  });

  test('subtotals and the grand total must add up', () => {
    const block = [
      ['1', 'Công tác chỉ đạo', '3,00', '3', '2', '-1'],
      ['1.1', 'Kế hoạch', '2,00', '2', '1,5', '-0,5'],
      ['1.2', 'Báo cáo', '1,00', '1', '0,75', '-0,25'],
      ['', 'Tổng cộng', '3,00', '3', '2,25', '-0,75'],
    ];
    expect(messages(block, scoreLayout)).toEqual([
      'Ô E5: Tổng điểm thẩm định của lĩnh vực 1 là 2, không bằng tổng các dòng thành phần (2,25).',
      'Ô F5: Tổng điểm bị trừ của lĩnh vực 1 là -1, không bằng tổng các dòng thành phần (-0,75).',
    ]);
  });

  test('letters in numbers and text where points belong', () => {
    const block = [['1.1', 'Kế hoạch', '2,00', '1,O', 'đạt', '']];
    expect(messages(block, scoreLayout)).toEqual([
      'Ô D5: "1,O" không phải là số: có ký tự lạ lẫn vào. Có phải là 1,0?',
      'Ô E5: "đạt" ở ô này phải là một số.',
    ]);
  });

  test('a score without evidence is a warning where the sheet keeps an evidence column', () => {
    const layout: ScoreLayout = { ...scoreLayout, columns: { ...scoreLayout.columns, evidence: 8 } };
    const block = [
      ['1.1', 'Kế hoạch', '2,00', '2', '2', '0', '', '', 'Kế hoạch số 19/KH-UBND'],
      ['1.2', 'Báo cáo', '1,00', '1', '1', '0', '', '', ''],
    ];
    expect(messages(block, layout)).toEqual(['Ô I6: Điểm tự đánh giá chưa có tài liệu kiểm chứng hoặc giải trình cách tính.']);
  });
});

describe('validating a target table', () => {
  test('seeds 000 and 001 as typed raise nothing', () => {
    const t000: TargetLayout = { kind: 'target', firstRow: 8, firstColumn: 1, decimal: ',', columns: { code: 0, name: 1, values: [2, 3, 4, 5] } };
    expect(validateTable(seedTable('000', 'STT\tNội dung'), t000)).toEqual([]);
    const t001: TargetLayout = { kind: 'target', firstRow: 8, firstColumn: 1, decimal: ',', columns: { code: 0, name: 1, unit: 2, values: [3] } };
    expect(validateTable(seedTable('001', 'STT\tChỉ tiêu', 3), t001)).toEqual([]);
  });

  test('percentages out of range and malformed numbers, in the cell they are in', () => {
    const layout: TargetLayout = { kind: 'target', firstRow: 3, firstColumn: 2, decimal: ',', columns: { unit: 1, values: [2, 3] } };
    const block = [
      ['Số hóa', '%', '120%', 'Cấp huyện: 60% Cấp xã: >140%'],
      ['Hài lòng', '%', '8O%', '105'],
    ];
    expect(messages(block, layout)).toEqual([
      'Ô D3: Tỷ lệ 120% nằm ngoài khoảng 0% đến 100%.',
      'Ô E3: Tỷ lệ 140% nằm ngoài khoảng 0% đến 100%.',
      'Ô D4: "8O%" không phải là số: có ký tự lạ lẫn vào. Có phải là 80%?',
      'Ô E4: Tỷ lệ 105% nằm ngoài khoảng 0% đến 100%.',
    ]);
  });
});

describe('codes typed as numbers', () => {
  test('3.10 typed as a number (shown 3.1) is read as 3.10 after 3.9, and 3.2 stays 3.2 after 3.1.2', () => {
    const layout: ScoreLayout = { ...scoreLayout, firstRow: 2 };
    const block = [
      [3.9, 'A', 1, 1, 1, 0], [3.1, 'B', 1, 1, 0.5, -0.5], ['3.10.1', 'C', 1, 1, 1, 0],
      ['4.1.2', 'D', 1, 1, 1, 0], [4.2, 'E', 1, 1, 1, 0],
    ];
    expect(readScoreRows(block, layout).rows.map((r) => r.code)).toEqual(['3.9', '3.10', '3.10.1', '4.1.2', '4.2']);
  });
});
