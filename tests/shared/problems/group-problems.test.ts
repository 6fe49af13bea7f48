import { groupProblems, problem } from '../../../shared';

describe('groupProblems', () => {
  test('errors first, then warnings, then information; kinds in the order met; rows kept in order', () => {
    const list = [
      problem('import_codes_derived', 'info', {}, { cell: 'A8' }),
      problem('import_max_unreached', 'warning', {}, { cell: 'C18' }),
      problem('number_expected', 'error', {}, { cell: 'C30' }),
      problem('import_parent_sum', 'warning', {}, { cell: 'C21' }),
      problem('import_max_unreached', 'warning', {}, { cell: 'C44' }),
      problem('number_expected', 'error', {}, { cell: 'C31' }),
    ];
    expect(groupProblems(list, 'vi').map((g) => [g.severity, g.title, g.problems.map((p) => p.cell)])).toEqual([
      ['error', 'Ô cần ghi số', ['C30', 'C31']],
      ['warning', 'Điểm tối đa mà không mức nào đạt tới', ['C18', 'C44']],
      ['warning', 'Điểm tối đa khác tổng các tiêu chí con', ['C21']],
      ['info', 'Mã được đặt cho các mục không có mã riêng', ['A8']],
    ]);
    expect(groupProblems([problem('total_mismatch', 'warning')], 'en')[0]?.title).toBe('Warnings');
  });
});
