/**
 * Writes the sample workbooks the README's commands use: `npx tsx examples/make-examples.ts`.
 * - cham-diem-vinh-linh-2023.xlsx: the appraisal table of huyện Vĩnh Linh (first half of 2023) typed
 *   into the cham-diem template as the document shows it, its one "0.25" typed with a dot included.
 * - don-vi/*.xlsx: three districts of one province, for `cchc rank`.
 * - bo-chi-so.xlsx: the criteria table of the province's decision, as the bo-chi-so sheet prints it.
 * Numbers are typed as a vi-VN Excel stores them; nothing here is computed by the tool itself.
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CRITERIA_SET } from '../shared';
import { buildBoChiSo } from '../shared/templates/kinds/bo-chi-so';
import { buildChamDiem } from '../shared/templates/kinds/cham-diem';
import { applySheetSpec } from '../cli/xlsx/apply-sheet-spec';
import { typedInViExcel } from '../tests/helpers/seed-workbooks';
import { seedTable } from '../tests/helpers/seeds';

type Row = { code: string; self: string | number; appraised: string | number; opinion: string; responsible: string };

async function scoreWorkbook(path: string, unit: string, rows: readonly Row[]): Promise<void> {
  const spec = buildChamDiem({ year: 2023, unit, province: 'Quảng Trị', level: 'huyen' });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC Phụ lục';
  const ws = wb.addWorksheet(spec.name);
  applySheetSpec(ws, spec);
  const rowOf = new Map<string, number>();
  spec.rows.forEach((row, i) => {
    const code = row.cells[0]?.value;
    if (typeof code === 'string' && i + 1 >= spec.table.firstDataRow) rowOf.set(code, i + 1);
  });
  for (const r of rows) {
    const row = rowOf.get(r.code);
    if (!row) throw new Error(`criterion ${r.code} is not in the template`);
    ws.getCell(row, 4).value = r.self;
    ws.getCell(row, 5).value = r.appraised;
    if (r.opinion) ws.getCell(row, 7).value = r.opinion;
    if (r.responsible) ws.getCell(row, 8).value = r.responsible;
  }
  await wb.xlsx.writeFile(path);
}

/** Another district's sheet: the same criteria, its own self-assessment and the council's appraisal. */
function variant(rows: readonly Row[], selfShare: number, appraisedShare: number): Row[] {
  const max = new Map<string, number>();
  const walk = (nodes: typeof DEFAULT_CRITERIA_SET.areas): void => nodes.forEach((n) => { max.set(n.code, n.max); walk(n.children ?? []); });
  walk(DEFAULT_CRITERIA_SET.areas);
  const round2 = (v: number): number => Math.round(v * 100) / 100;
  return rows.map((r) => {
    const m = max.get(r.code) ?? 0;
    const self = round2(m * selfShare);
    return { code: r.code, self, appraised: round2(Math.min(self, m * appraisedShare)), opinion: '', responsible: '' };
  });
}

async function main(): Promise<void> {
  const dir = __dirname;
  mkdirSync(join(dir, 'don-vi'), { recursive: true });
  const vinhLinh: Row[] = seedTable('003', 'STT\tLĨNH VỰC').map((r) => ({
    code: r[0] ?? '', self: typedInViExcel(r[3] ?? ''), appraised: typedInViExcel(r[4] ?? ''), opinion: r[6] ?? '', responsible: r[7] ?? '',
  }));
  await scoreWorkbook(join(dir, 'cham-diem-vinh-linh-2023.xlsx'), 'huyện Vĩnh Linh', vinhLinh);
  await scoreWorkbook(join(dir, 'don-vi', 'vinh-linh.xlsx'), 'huyện Vĩnh Linh', vinhLinh);
  await scoreWorkbook(join(dir, 'don-vi', 'gio-linh.xlsx'), 'huyện Gio Linh', variant(vinhLinh, 0.9, 0.7));
  await scoreWorkbook(join(dir, 'don-vi', 'cam-lo.xlsx'), 'huyện Cam Lộ', variant(vinhLinh, 0.85, 0.55));

  const set = buildBoChiSo({ year: 2023, province: 'Quảng Trị', level: 'huyen', set: DEFAULT_CRITERIA_SET });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC Phụ lục';
  applySheetSpec(wb.addWorksheet(set.name), set);
  await wb.xlsx.writeFile(join(dir, 'bo-chi-so.xlsx'));
}

void main();
