import { sheetAreasOf, targetsReached, type SheetFormulas } from '../../../shared/sheet/formula-references';

const box = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

describe('the areas of its own sheet a formula reads', () => {
  test('cells and ranges, anchored or not, in any order of corners', () => {
    expect(sheetAreasOf('MAX(0,SUM(D38:D40))', 'S')).toEqual([box(38, 4, 40, 4)]);
    expect(sheetAreasOf('=SUM(D10,$D$21:D22,D36:D35)', 'S')).toEqual([box(10, 4), box(21, 4, 22, 4), box(35, 4, 36, 4)]);
    expect(sheetAreasOf('SUM(d:d)+SUM(5:7)', 'S')).toEqual([box(1, 4, 1_048_576, 4), box(5, 1, 7, 16_384)]);
  });

  test('text in quotes, numbers, TRUE and error literals read no cell', () => {
    expect(sheetAreasOf('IF(D56>=0.9,"Nhóm A D12",IF(E1=TRUE,1E+5,#N/A))', 'S')).toEqual([box(56, 4), box(1, 5)]);
    expect(sheetAreasOf('SUMIFS(C12:C13,D12:D13,"<>KĐG")', 'S')).toEqual([box(12, 3, 13, 3), box(12, 4, 13, 4)]);
  });

  test('a reference to another sheet reads nothing here; one naming this sheet does', () => {
    expect(sheetAreasOf("SUM('Chấm điểm CCHC 2023'!D38,Khac!D39,'Sheet''s'!D40)", 'Chấm điểm CCHC 2023')).toEqual([box(38, 4)]);
    expect(sheetAreasOf('SUM(Diem!D1:D2)', 'diem')).toEqual([box(1, 4, 2, 4)]);
  });

  test('what cannot be told from the text: a defined name, a structured reference, INDIRECT, OFFSET', () => {
    expect(sheetAreasOf('SUM(Tong_diem)', 'S')).toBeUndefined();
    expect(sheetAreasOf('SUM(Bang1[Điểm])', 'S')).toBeUndefined();
    expect(sheetAreasOf('SUM(INDIRECT("D38"))', 'S')).toBeUndefined();
    expect(sheetAreasOf('SUM(OFFSET(D1,1,0))', 'S')).toBeUndefined();
  });
});

describe('which cells a formula reaches through the formulas it reads', () => {
  // D2 = SUM(D3), D3 = D4 + 0, D4 holds the figure; D5 reads itself through D6 (a loop).
  const sheet: SheetFormulas = {
    name: 'S',
    formulas: [[], [null, null, null, 'SUM(D3)'], [null, null, null, 'D4+0'], [], [null, null, null, 'D6'], [null, null, null, 'D5+D4']],
  };
  test('a chain of formulas leads to the figure; a loop ends', () => {
    expect([...targetsReached(sheet, { row: 2, column: 4 }, [{ row: 4, column: 4 }, { row: 7, column: 4 }]) ?? []]).toEqual([0]);
    expect([...targetsReached(sheet, { row: 5, column: 4 }, [{ row: 4, column: 4 }]) ?? []]).toEqual([0]);
  });

  test('a long chain of running totals does not overflow the stack', () => {
    const rows = 50_000;
    const formulas = Array.from({ length: rows }, (_, i) => (i === rows - 1 ? [] : [`A${i + 2}`]));
    expect([...targetsReached({ name: 'S', formulas }, { row: 1, column: 1 }, [{ row: rows, column: 1 }]) ?? []]).toEqual([0]);
  });

  test('undefined when a formula on the way reads a defined name', () => {
    expect(targetsReached({ name: 'S', formulas: [['B1'], [null, 'Diem']] }, { row: 1, column: 1 }, [{ row: 9, column: 9 }])).toBeDefined();
    expect(targetsReached({ name: 'S', formulas: [['B1', 'Diem']] }, { row: 1, column: 1 }, [{ row: 9, column: 9 }])).toBeUndefined();
  });
});
