import { TEMPLATES, fitsInlineList, listSourceA1, formatFormulaAnywhere, formatFormulaA1, toSheetBlocks, validationFormulaA1, validationFormulaAnywhere } from '../../../shared';

describe('toSheetBlocks', () => {
  const spec = TEMPLATES.find((t) => t.id === 'cham-diem')?.build({ year: 2026, unit: 'xã Triệu Sơn' });
  if (!spec) throw new Error('no cham-diem');
  const b = toSheetBlocks(spec);

  test('one rectangle of values, formulas marked with "=", codes kept as text', () => {
    // Eight columns of seed 003 and the two of "Kết quả thực hiện": the default set's rules ask for figures;
    // then two hidden columns holding the wordings of its two-level rules ("Đạt yêu cầu", "Không đạt yêu cầu").
    expect([b.rows, b.columns]).toEqual([spec.rows.length, 12]);
    expect(spec.hiddenColumns).toEqual({ first: 11, last: 12 });
    expect(b.values.every((r) => r.length === b.columns)).toBe(true);
    // Row 1 holds the set's note above the print area; the letterhead follows.
    expect(b.values[2]?.[0]).toBe("'XÃ TRIỆU SƠN");
    const leaf = spec.table.firstDataRow + 2;
    expect(b.values[leaf - 1]?.[0]).toBe("'1.1.3");
    expect(b.numberFormats[leaf - 1]?.[0]).toBe('@');
    expect(b.values[leaf - 1]?.[5]).toBe(`=IF(OR(E${leaf}="",E${leaf}="KĐG",D${leaf}="KĐG"),"",ROUND(E${leaf}-C${leaf},2))`);
  });

  test('every text is marked as text, so no host reads a formula, a number or a date into it', () => {
    const quoted = toSheetBlocks({ ...spec, rows: [{ kind: 'item', cells: [{ value: '- Phòng Nội vụ' }, { value: '=không phải công thức' }, { value: '+84' }, { value: '100%' }, { value: '1.' }, { value: "'trích" }, { value: 3 }] }] });
    expect(quoted.values[0]).toEqual(["'- Phòng Nội vụ", "'=không phải công thức", "'+84", "'100%", "'1.", "''trích", 3, null, null, null]);
  });

  test('borders come as one range per row, styles as a few groups (one formatting call each)', () => {
    expect(b.borderRanges.length).toBeLessThanOrEqual(b.rows);
    // The short rules, the place and date line and the signature block add their few looks.
    expect(b.styleGroups.length).toBeLessThan(26);
    const covered = b.styleGroups.flatMap((g) => g.ranges).length;
    expect(covered).toBeLessThan(b.values.flat().length);
  });
});

describe('rules rendered for each host', () => {
  test('an A1 formula for a range\'s first cell, and one that holds anywhere for Sheets', () => {
    expect(validationFormulaA1({ kind: 'points-up-to', maxColumn: 3 }, 'D12:E14')).toBe('AND(ISNUMBER(D12),D12>=0,D12<=$C12)');
    expect(formatFormulaA1({ kind: 'differs', column: 4 }, 'E12:E14')).toBe('AND(ISNUMBER(E12),ISNUMBER($D12),E12<>$D12)');
    expect(validationFormulaAnywhere({ kind: 'percent-or-text' })).toBe('OR(ISTEXT(INDIRECT("R[0]C[0]",FALSE)),AND(ISNUMBER(INDIRECT("R[0]C[0]",FALSE)),INDIRECT("R[0]C[0]",FALSE)>=0,INDIRECT("R[0]C[0]",FALSE)<=1))');
    expect(formatFormulaAnywhere({ kind: 'above', column: 3 })).toBe('AND(ISNUMBER(INDIRECT("R[0]C[0]",FALSE)),INDIRECT("R[0]C[0]",FALSE)>INDIRECT("R[0]C3",FALSE))');
  });

  test('a list is inline where Excel can hold it, a range otherwise', () => {
    expect(listSourceA1({ kind: 'list', source: { values: ['Ban hành kịp thời', 'Không ban hành'] } })).toBe('"Ban hành kịp thời,Không ban hành"');
    expect(listSourceA1({ kind: 'list', source: { range: 'M12:O12' } })).toBe('$M$12:$O$12');
    expect(validationFormulaA1({ kind: 'number-at-least', min: 0 }, 'I12')).toBe('AND(ISNUMBER(I12),I12>=0)');
    expect(fitsInlineList(['Ban hành, tổ chức thực hiện', 'Không'])).toBe(false);
    expect(fitsInlineList(['a'.repeat(200), 'b'.repeat(60)])).toBe(false);
    expect(fitsInlineList(['x'])).toBe(true);
  });
});
