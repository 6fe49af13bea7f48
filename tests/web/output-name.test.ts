import { baseName, changedName, newFileName } from '../../web/src/output-name';

describe('the names of the files the page hands out', () => {
  test('a changed copy is named after its input and what was done, in order, never the input\'s own name', () => {
    expect(changedName('vinh-linh.xlsx', ['scored'])).toBe('vinh-linh (đã chấm điểm).xlsx');
    expect(changedName('vinh-linh.xlsx', ['fixed', 'scored'])).toBe('vinh-linh (đã sửa, đã chấm điểm).xlsx');
    expect(changedName('Bảng điểm.XLSM', ['cleaned'])).toBe('Bảng điểm (đã làm sạch).XLSM');
  });

  test('a new workbook takes its sheet\'s title, without characters a file system refuses', () => {
    expect(newFileName('Kế hoạch 2026/2027: "dự thảo"')).toBe('Kế hoạch 2026-2027- -dự thảo-.xlsx');
    expect(baseName('gio-linh.xlsx')).toBe('gio-linh');
  });
});
