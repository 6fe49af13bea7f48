import ExcelJS from 'exceljs';
import { type SheetSpec } from '../../shared';
import { buildChamDiem } from '../../shared/templates/kinds/cham-diem';
import { applySheetSpec } from '../../files/xlsx/apply-sheet-spec';
import { seedTable } from './seeds';

/**
 * A number typed in a vi-VN Excel: "0,85" becomes the number 0.85; "0.25" (dot among comma
 * decimals) stays text, as seed 003 shows it.
 */
export function typedInViExcel(text: string): string | number {
  const t = text.trim();
  if (/^-?\d+(,\d+)?$/.test(t)) return Number(t.replace(',', '.'));
  if (/^-?\d+(,\d+)?%$/.test(t)) return Number((Number(t.slice(0, -1).replace(',', '.')) / 100).toPrecision(15));
  return text;
}

/**
 * Seed 003's table typed into a cham-diem workbook made by the template: self, appraised, opinion and
 * responsible unit per code. `figuresAsText` stores every figure as the text typed ("0,85"), as an
 * en-US Excel or a paste from Word leaves it.
 */
export async function seed003Workbook(path: string, options: { figuresAsText?: boolean } = {}): Promise<{ spec: SheetSpec; rowOf: Map<string, number> }> {
  const typed = options.figuresAsText ? (t: string): string => t : typedInViExcel;
  const spec = buildChamDiem({ year: 2023, unit: 'huyện Vĩnh Linh', province: 'Quảng Trị' });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  applySheetSpec(ws, spec);
  const rowOf = new Map<string, number>();
  spec.rows.forEach((row, i) => {
    const code = row.cells[0]?.value;
    if (typeof code === 'string' && i + 1 >= spec.table.firstDataRow) rowOf.set(code, i + 1);
  });
  for (const r of seedTable('003', 'STT\tLĨNH VỰC')) {
    const row = rowOf.get(r[0] ?? '');
    if (!row) throw new Error(`seed code ${r[0]} not in the template`);
    ws.getCell(row, 4).value = typed(r[3] ?? '');
    ws.getCell(row, 5).value = typed(r[4] ?? '');
    ws.getCell(row, 7).value = r[6] ?? '';
    ws.getCell(row, 8).value = r[7] ?? '';
  }
  await wb.xlsx.writeFile(path);
  return { spec, rowOf };
}
