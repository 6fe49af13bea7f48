import ExcelJS from 'exceljs';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATES } from '../../shared';
import { buildChamDiem } from '../../shared/templates/kinds/cham-diem';
import { applySheetSpec } from '../../files/xlsx/apply-sheet-spec';
import { printToPdf } from '../helpers/libreoffice';
import { overlappingLines, pdfLines, type TextLine } from '../helpers/pdf-layout';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook, typedInViExcel } from '../helpers/seed-workbooks';
import { seedTable } from '../helpers/seeds';

const EXAMPLES = join(__dirname, '../../examples');

/**
 * Seed 003 typed into the score sheet as an earlier version laid it out: no row heights from the table's
 * first row down (before issue 8), so the typed opinions and the labels and rating below the table are
 * one line tall until scoring.
 */
async function olderLayoutWorkbook(path: string): Promise<void> {
  const spec = buildChamDiem({ year: 2023, unit: 'huyện Vĩnh Linh', province: 'Quảng Trị' });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.name);
  applySheetSpec(ws, { ...spec, rows: spec.rows.map(({ height, ...row }, i) => (i + 1 < spec.table.firstDataRow && height !== undefined ? { ...row, height } : row)) });
  const rowOf = new Map(spec.rows.map((row, i) => [String(row.cells[0]?.value ?? ''), i + 1]));
  for (const r of seedTable('003', 'STT\tLĨNH VỰC')) {
    const row = rowOf.get(r[0] ?? '') ?? 0;
    ws.getCell(row, 4).value = typedInViExcel(r[3] ?? '');
    ws.getCell(row, 5).value = typedInViExcel(r[4] ?? '');
    ws.getCell(row, 7).value = r[6] ?? '';
    ws.getCell(row, 8).value = r[7] ?? '';
  }
  await wb.xlsx.writeFile(path);
}

jest.setTimeout(240_000);

/**
 * What staff get on paper: every template, seed 003 scored in place, its remediation plan and a summary of units,
 * the shipped examples (the score sheet as is and scored, the decision's table), a sheet of an earlier version scored,
 * printed by LibreOffice (one start for all). No line of text prints over another, the last column
 * is on the first page, and the body text is printed at a readable size.
 */
describe('printed by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-print-'));
  const lines = new Map<string, TextLine[]>();
  const lastHeader = new Map<string, string>();

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const files: string[] = [];
    for (const t of TEMPLATES) {
      const file = join(dir, `${t.id}.xlsx`);
      const run = await cchc('template', t.id, '--year', '2026', '--unit', 'UBND xã Triệu Sơn', '-o', file);
      // The example set's notes (partial, not 2026's) are the only thing on stderr.
      expect([t.id, run.code, run.err.split('\n').filter((l) => l !== '' && !l.includes('Bộ chỉ số mẫu'))]).toEqual([t.id, 0, []]);
      files.push(file);
    }
    await seed003Workbook(join(dir, 'seed-003.xlsx'));
    const scored = join(dir, 'scored.xlsx');
    const plan = join(dir, 'plan.xlsx');
    // Only the example set's note that it is partial.
    expect((await cchc('score', join(dir, 'seed-003.xlsx'), '-o', scored)).err.split('\n').filter((l) => l !== '' && !l.includes('Bộ chỉ số mẫu'))).toEqual([]);
    // Seed 003's typed "0.25" is a data error: plan still writes, and exits 1 as check and score do.
    expect((await cchc('plan', join(dir, 'seed-003.xlsx'), '--year', '2026', '-o', plan)).code).toBe(1);
    const summary = join(dir, 'summary.xlsx');
    expect((await cchc('rank', join(dir, 'seed-003.xlsx'), scored, '--year', '2026', '-o', summary)).code).toBe(1);
    // What ships in examples/, as an officer opens it and as the README's `score -o` leaves it.
    const example = join(dir, 'example.xlsx');
    const exampleScored = join(dir, 'example-scored.xlsx');
    copyFileSync(join(EXAMPLES, 'cham-diem-vinh-linh-2023.xlsx'), example);
    expect((await cchc('score', example, '-o', exampleScored)).code).toBe(1);
    const decision = join(dir, 'decision.xlsx');
    copyFileSync(join(EXAMPLES, 'quyet-dinh-ca-mau-1880.xlsx'), decision);
    // A sheet an earlier version wrote, scored now: scoring makes the rows below the table as tall as their labels.
    const older = join(dir, 'older.xlsx');
    const olderScored = join(dir, 'older-scored.xlsx');
    await olderLayoutWorkbook(older);
    expect((await cchc('score', older, '-o', olderScored)).code).toBe(1);
    files.push(scored, plan, summary, example, exampleScored, decision, olderScored);
    const pdfs = printToPdf(files, dir);
    for (const [i, file] of files.entries()) {
      const name = file.slice(dir.length + 1, -'.xlsx'.length);
      lines.set(name, pdfLines(pdfs[i] ?? ''));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0] as ExcelJS.Worksheet;
      // The header row is the first row whose first cell reads STT (Mã in the criteria set).
      let header = 0;
      ws.eachRow((row, r) => { if (!header && /^(stt|mã)$/i.test(String(row.getCell(1).value ?? '').trim())) header = r; });
      const cells = ws.getRow(header).values as unknown[];
      lastHeader.set(name, String(cells[cells.length - 1] ?? ''));
    }
  });

  const names = [...TEMPLATES.map((t) => t.id), 'scored', 'plan', 'summary', 'example', 'example-scored', 'decision', 'older-scored'];

  test.each(names)('%s: no line of text prints over another', (name) => {
    const printed = lines.get(name) ?? [];
    expect(printed.length).toBeGreaterThan(15);
    expect(overlappingLines(printed).map(([a, b]) => `p${a.page}: "${a.text}" × "${b.text}"`)).toEqual([]);
  });

  test.each(names)('%s: the last column\'s header is on page 1', (name) => {
    const header = lastHeader.get(name) ?? '';
    expect(header).not.toBe('');
    const words = new Set((lines.get(name) ?? []).filter((l) => l.page === 1).flatMap((l) => l.text.split(' ')));
    expect([name, header.split(/\s+/).filter((w) => !words.has(w))]).toEqual([name, []]);
  });

  test.each(names)('%s: the table prints at a readable size (fit to width at 80 % or more)', (name) => {
    // A 12-point line's box is about 11,8 points high at full size; the median line shows the body text.
    const heights = (lines.get(name) ?? []).filter((l) => l.page === 1).map((l) => l.yMax - l.yMin).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)] ?? 0;
    expect([name, median >= 11.8 * 0.78 ? 'readable' : `${median.toFixed(1)} pt`]).toEqual([name, 'readable']);
  });
});
