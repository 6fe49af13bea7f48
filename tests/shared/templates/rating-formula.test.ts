import { ratingFormula } from '../../../shared/templates/rating-formula';
import { textConstant } from '../../../shared/rules/sheet/formula-parts';

// Checked against 30898a3: fails there (one 300-character constant) and passes now.
describe('ratingFormula', () => {
  test('a rating label over 255 characters never becomes one text constant, which Excel refuses', () => {
    const long = `Xuất sắc: ${'hoàn thành vượt mức các nhiệm vụ cải cách hành chính, '.repeat(6)}"đạt"`;
    expect(long.length).toBeGreaterThan(255);
    const formula = ratingFormula('F70', [{ label: 'Tốt', min: 0.8 }, { label: long, min: 0.9 }]);
    const constants = formula.match(/"(?:[^"]|"")*"/g) ?? [];
    for (const c of constants) expect(c.slice(1, -1).replace(/""/g, '"').length).toBeLessThanOrEqual(255);
    // The pieces joined give the label back.
    const joined = textConstant(long).split('&').map((c) => c.slice(1, -1).replace(/""/g, '"')).join('');
    expect(joined).toBe(long);
  });
});
