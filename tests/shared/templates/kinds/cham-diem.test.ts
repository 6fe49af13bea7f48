import { DEFAULT_CRITERIA_SET, evaluateRule, ruleInputFromCells, type CriteriaSet, type Rule } from '../../../../shared';
import { buildChamDiem } from '../../../../shared/templates/kinds/cham-diem';

function setOf(rule: Rule): CriteriaSet {
  return { ...DEFAULT_CRITERIA_SET, areas: [{ code: '1', name: 'Lĩnh vực 1', max: 1, children: [{ code: '1.1', name: 'Tiêu chí 1.1', max: 1, rule }] }] };
}

describe('cham-diem inputs', () => {
  test('a wording with a comma keeps its dropdown, shown with "‚", and reads back as the decision wrote it', () => {
    const rule: Rule = { kind: 'levels', outcomes: [{ label: 'Ban hành đầy đủ, kịp thời', points: 1 }, { label: 'Không ban hành', points: 0 }] };
    const spec = buildChamDiem({ year: 2026, set: setOf(rule) });
    const list = spec.validations.find((v) => v.rule.kind === 'list');
    expect(list?.rule).toEqual({ kind: 'list', source: { values: ['Ban hành đầy đủ\u201A kịp thời', 'Không ban hành'] } });
    const read = ruleInputFromCells(rule, { main: 'Ban hành đầy đủ\u201A kịp thời', second: null }, 1);
    expect(read).toEqual({ outcome: 'Ban hành đầy đủ, kịp thời' });
    const e = evaluateRule(rule, read ?? {}, '1.1', 1);
    expect(e.ok && e.points).toBe(1);
  });

  test('a list longer than Excel\'s inline list gets no dropdown rather than a broken one; the formula still scores it', () => {
    const long = (i: number): string => `Mức ${i} ${'rất dài '.repeat(12)}`.trim();
    const rule: Rule = { kind: 'levels', outcomes: [1, 2, 3].map((i) => ({ label: long(i), points: i / 3 })) };
    const spec = buildChamDiem({ year: 2026, set: setOf(rule) });
    expect(spec.validations.filter((v) => v.rule.kind === 'list')).toEqual([]);
    const leaf = spec.rows[spec.table.firstDataRow]?.cells[3];
    expect(leaf?.formula).toContain(`"${long(2)}"`);
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
