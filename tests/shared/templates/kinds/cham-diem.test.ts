import { DEFAULT_CRITERIA_SET, a1, evaluateRule, ruleInputFromCells, type CriteriaSet, type Rule, type SheetSpec } from '../../../../shared';
import { stringLiterals } from '../../../../shared/rules/sheet/formula-parts';
import { evaluateFormula, type CellValue } from '../../../helpers/formula-evaluator';
import { LONG_WORDING } from '../../../helpers/long-wordings';
import { buildChamDiem } from '../../../../shared/templates/kinds/cham-diem';

function setOf(rule: Rule): CriteriaSet {
  return { ...DEFAULT_CRITERIA_SET, areas: [{ code: '1', name: 'Lĩnh vực 1', max: 1, children: [{ code: '1.1', name: 'Tiêu chí 1.1', max: 1, rule }] }] };
}

describe('cham-diem inputs', () => {
  /** The leaf row's cells by column letter, for the test evaluator. */
  function rowCells(spec: SheetSpec, row: number): Record<string, CellValue> {
    const out: Record<string, CellValue> = {};
    spec.rows[row - 1]?.cells.forEach((c, j) => { if (c && c.value !== undefined) out[a1(row, j + 1)] = c.value; });
    return out;
  }

  test('a wording with commas is listed in a hidden cell as the decision wrote it; the dropdown and the formula use that cell', () => {
    const rule: Rule = { kind: 'levels', outcomes: [{ label: 'Ban hành đầy đủ, kịp thời', points: 1 }, { label: 'Không ban hành', points: 0 }] };
    const spec = buildChamDiem({ year: 2026, set: setOf(rule) });
    const row = spec.table.firstDataRow + 1;
    expect(spec.hiddenColumns).toEqual({ first: 11, last: 12 });
    expect([spec.rows[row - 1]?.cells[10]?.value, spec.rows[row - 1]?.cells[11]?.value]).toEqual(['Ban hành đầy đủ, kịp thời', 'Không ban hành']);
    const list = spec.validations.find((v) => v.rule.kind === 'list');
    expect(list).toMatchObject({ ranges: [`I${row}`], rule: { kind: 'list', source: { range: `K${row}:L${row}` } } });
    const formula = spec.rows[row - 1]?.cells[3]?.formula ?? '';
    expect(formula).toBe(`IF(I${row}="","",IF(I${row}=K${row},1,IF(I${row}=L${row},0,"")))`);
    // Typed with its comma, the wording scores what the core gives; reading the cell gives the core the same wording.
    const typed = 'Ban hành đầy đủ, kịp thời';
    const read = ruleInputFromCells(rule, { main: typed, second: null }, 1);
    const e = evaluateRule(rule, read ?? {}, '1.1', 1);
    expect([evaluateFormula(formula, { ...rowCells(spec, row), [`I${row}`]: typed }), e.ok && e.points]).toEqual([1, 1]);
    // A sheet written by an earlier version holds "‚" for the comma: it still reads as the decision's wording.
    expect(ruleInputFromCells(rule, { main: 'Ban hành đầy đủ\u201A kịp thời', second: null }, 1)).toEqual({ outcome: typed });
  });

  test('a 331-character wording and a list past 255 characters keep their dropdown; no formula holds a text over 255 characters', () => {
    const long = LONG_WORDING;
    expect(long.length).toBe(331);
    const rule: Rule = { kind: 'levels', outcomes: [{ label: long, points: 2 }, { label: 'Ban hành, nhưng chưa đầy đủ, kịp thời', points: 1 }, { label: 'Không ban hành', points: 0 }] };
    const spec = buildChamDiem({ year: 2026, set: { ...setOf(rule), areas: [{ code: '1', name: 'Lĩnh vực 1', max: 2, children: [{ code: '1.1', name: 'Tiêu chí 1.1', max: 2, rule }] }] } });
    const row = spec.table.firstDataRow + 1;
    expect(spec.validations.filter((v) => v.rule.kind === 'list').map((v) => v.rule)).toEqual([{ kind: 'list', source: { range: `K${row}:M${row}` } }]);
    const formula = spec.rows[row - 1]?.cells[3]?.formula ?? '';
    expect(stringLiterals(formula).every((t) => t.length <= 255)).toBe(true);
    for (const [typed, points] of [[long, 2], ['Ban hành, nhưng chưa đầy đủ, kịp thời', 1], ['Không ban hành', 0]] as const) {
      const e = evaluateRule(rule, ruleInputFromCells(rule, { main: typed, second: null }, 2) ?? {}, '1.1', 2);
      expect([typed.length, evaluateFormula(formula, { ...rowCells(spec, row), [`I${row}`]: typed })]).toEqual([typed.length, e.ok ? e.points : '']);
      expect(e.ok && e.points).toBe(points);
    }
  });

  test('a set whose rules are all the council\'s keeps the eight columns of seed 003', () => {
    const spec = buildChamDiem({ year: 2026, set: setOf({ kind: 'manual' }) });
    expect(spec.columns.length).toBe(8);
    expect(spec.table.columns).not.toHaveProperty('result');
  });

  test('the sheet stays within the width it had before the inputs, so a landscape page holds it at a readable scale', () => {
    const width = (evidence: boolean, set?: CriteriaSet): number => buildChamDiem({ year: 2026, withEvidence: evidence, ...(set ? { set } : {}) }).columns.reduce((a, b) => a + b, 0);
    expect(width(false)).toBeLessThanOrEqual(width(false, setOf({ kind: 'manual' })));
    expect(width(true)).toBeLessThanOrEqual(width(true, setOf({ kind: 'manual' })));
    expect(buildChamDiem({ year: 2026 }).print).toMatchObject({ orientation: 'landscape', fitToWidth: true });
  });
});
