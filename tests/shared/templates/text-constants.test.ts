import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CRITERIA_SET, TEMPLATES, formatFormulaA1, formatFormulaAnywhere, listSourceA1, validateCriteriaSet, validationFormulaA1, validationFormulaAnywhere, type CriteriaSet, type SheetSpec } from '../../../shared';
import { MAX_TEXT_CONSTANT, stringLiterals } from '../../../shared/rules/sheet/formula-parts';
import { COMMA_WORDINGS, LONG_WORDING, longWordingSet } from '../../helpers/long-wordings';

/**
 * Excel refuses a formula holding a text constant over 255 characters, and the insert that carries
 * it fails whole (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 * Every formula a host writes comes from the sheet description: its cells, validations and formats.
 */
function formulasOf(spec: SheetSpec): string[] {
  const out: string[] = [];
  for (const row of spec.rows) for (const cell of row.cells) if (cell?.formula) out.push(cell.formula);
  for (const v of spec.validations) {
    if (v.rule.kind === 'list') {
      // An inline list is one text constant in the file and in Excel; a range is no text at all.
      if ('values' in v.rule.source) out.push(listSourceA1(v.rule));
      continue;
    }
    out.push(validationFormulaAnywhere(v.rule), ...v.ranges.map((r) => validationFormulaA1(v.rule as Parameters<typeof validationFormulaA1>[0], r)));
  }
  for (const f of spec.conditionalFormats) out.push(formatFormulaAnywhere(f.rule), ...f.ranges.map((r) => formatFormulaA1(f.rule, r)));
  return out;
}

function fixtureSet(): CriteriaSet {
  const read = validateCriteriaSet(JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'ca-mau-1880-rules.json'), 'utf8')));
  if (!read.ok) throw new Error('fixture');
  return read.set;
}

const SETS: readonly [string, CriteriaSet][] = [['example set', DEFAULT_CRITERIA_SET], ['Cà Mau 1880', fixtureSet()], ['long and comma wordings', longWordingSet()]];

describe('no formula in any written workbook holds a text constant over 255 characters', () => {
  test('the long set is what it claims: a 331-character wording, comma wordings past 255 characters in all', () => {
    expect(LONG_WORDING.length).toBe(331);
    expect(COMMA_WORDINGS.join(',').length).toBeGreaterThan(255);
    expect(COMMA_WORDINGS.every((w) => w.includes(','))).toBe(true);
  });

  test.each(SETS)('every template with the %s', (_name, set) => {
    let scanned = 0;
    for (const t of TEMPLATES) for (const withEvidence of [false, true]) {
      const spec = t.build({ year: 2026, unit: 'UBND xã Triệu Sơn', set, withEvidence });
      for (const formula of formulasOf(spec)) {
        scanned++;
        const long = stringLiterals(formula).filter((text) => text.length > MAX_TEXT_CONSTANT);
        expect([t.id, long.map((text) => text.slice(0, 40))]).toEqual([t.id, []]);
      }
    }
    expect(scanned).toBeGreaterThan(50);
  });

  test('the scan sees a long constant when there is one', () => {
    expect(stringLiterals(`IF(A1="${'a'.repeat(256)}",1,"")`).map((t) => t.length)).toEqual([256, 0]);
    expect(stringLiterals('IF(A1="say ""có""",1,"")')).toEqual(['say "có"', '']);
  });
});
