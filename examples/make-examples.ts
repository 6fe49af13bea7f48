/**
 * Writes the sample workbooks the README's commands use: `npx tsx examples/make-examples.ts`.
 * - cham-diem-vinh-linh-2023.xlsx: the appraisal table of huyện Vĩnh Linh (first half of 2023) typed
 *   into the cham-diem template as the document shows it, its one "0.25" typed with a dot included.
 * - don-vi/*.xlsx: three districts of one province, for `cchc rank`.
 * - bo-chi-so.xlsx: the criteria table of the province's decision, as the bo-chi-so sheet prints it.
 * - quyet-dinh-ca-mau-1880.xlsx and .docx: a decision's criteria table as the province prints its
 *   appendix (STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Tài liệu kiểm chứng, the
 *   outcomes on rows of their own under each criterion), for `cchc import-set`. Its rows are
 *   tests/fixtures/ca-mau-1880.ts: the opening of Cà Mau's Quyết định 1880/QĐ-UBND (2013), completed
 *   in the decision's manner so the tree adds up.
 * Numbers are typed as a vi-VN Excel stores them; nothing here is computed by the tool itself. Each
 * row is as tall as its typed text needs, as Excel makes it while staff type, so the samples print whole.
 */
import ExcelJS from 'exceljs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CRITERIA_SET, type CellSpec, type CellStyle, type RowSpec, type SheetSpec } from '../shared';
import { buildBoChiSo } from '../shared/templates/kinds/bo-chi-so';
import { buildChamDiem } from '../shared/templates/kinds/cham-diem';
import { withRowHeights } from '../shared/templates/row-heights';
import { STYLE } from '../shared/templates/styles';
import { applySheetSpec } from '../files/xlsx/apply-sheet-spec';
import { CA_MAU_1880_GRID } from '../tests/fixtures/ca-mau-1880';
import { typedInViExcel } from '../tests/helpers/seed-workbooks';
import { seedTable } from '../tests/helpers/seeds';

type Row = { code: string; self: string | number; appraised: string | number; opinion: string; responsible: string };

async function scoreWorkbook(path: string, unit: string, rows: readonly Row[]): Promise<void> {
  const template = buildChamDiem({ year: 2023, unit, province: 'Quảng Trị', level: 'huyen' });
  const rowOf = new Map<string, number>();
  template.rows.forEach((row, i) => {
    const code = row.cells[0]?.value;
    if (typeof code === 'string' && i + 1 >= template.table.firstDataRow) rowOf.set(code, i + 1);
  });
  const typed = new Map<number, Row>();
  for (const r of rows) {
    const row = rowOf.get(r.code);
    if (!row) throw new Error(`criterion ${r.code} is not in the template`);
    typed.set(row, r);
  }
  // The typed opinions and units go into the description before the heights are estimated, as Excel grows a row while they are typed.
  const withText = (cells: readonly (CellSpec | null)[], r: Row): (CellSpec | null)[] => cells.map((cell, j) => {
    const text = j === 6 ? r.opinion : j === 7 ? r.responsible : '';
    return text && cell ? { ...cell, value: text } : cell;
  });
  const spec = withRowHeights({
    ...template,
    rows: template.rows.map((row, i): RowSpec => {
      const r = typed.get(i + 1);
      return r ? { ...row, cells: withText(row.cells, r) } : row;
    }),
  });
  const wb = new ExcelJS.Workbook();
  wb.creator = 'CCHC Phụ lục';
  const ws = wb.addWorksheet(spec.name);
  applySheetSpec(ws, spec);
  for (const [row, r] of typed) {
    ws.getCell(row, 4).value = r.self;
    ws.getCell(row, 5).value = r.appraised;
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

/** The decision's title lines, its table (two header rows, the numbered column row, the body) as the fixture holds them. */
const TITLE = CA_MAU_1880_GRID.slice(0, 3).map((r) => String(r[0] ?? ''));
const BODY = CA_MAU_1880_GRID.slice(7);
const HEADER = { stt: 'STT', name: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', points: 'Điểm', max: 'Điểm tối đa', self: 'Điểm tự chấm', evidence: 'Tài liệu kiểm chứng' };

/** How the decision prints a body row: areas and criteria in bold, sub-criteria plain, outcomes in italics and indented. */
function bodyLook(code: string, name: string): { bold: boolean; italic: boolean; indent: boolean } {
  if (code === '') return /^TỔNG/.test(name) ? { bold: true, italic: false, indent: false } : { bold: false, italic: true, indent: true };
  return { bold: code.split('.').length <= 2, italic: false, indent: false };
}

/** The decision's appendix as a sheet it was typed or pasted into, laid out and printed as the province prints it. */
function decisionSheet(): SheetSpec {
  const columns = [7, 50, 9, 9, 22];
  const merged = (text: string, style: CellStyle): (CellSpec | null)[] => [{ value: text, style }, null, null, null, null];
  const rows: RowSpec[] = [
    ...TITLE.map((t, i): RowSpec => ({ kind: 'title', cells: merged(t, { bold: i < 2, italic: i === 2, align: 'center', wrap: true }) })),
    { kind: 'blank', cells: [] },
    { kind: 'header', cells: [{ value: HEADER.stt, style: STYLE.header }, { value: HEADER.name, style: STYLE.header }, { value: HEADER.points, style: STYLE.header }, { style: STYLE.header }, { value: HEADER.evidence, style: STYLE.header }] },
    { kind: 'header', cells: [{ style: STYLE.header }, { style: STYLE.header }, { value: HEADER.max, style: STYLE.header }, { value: HEADER.self, style: STYLE.header }, { style: STYLE.header }] },
    { kind: 'column-numbers', cells: [1, 2, 3, 4, 5].map((n) => ({ value: n, style: STYLE.columnNumber })) },
    ...BODY.map((r): RowSpec => {
      const [code, name, max, , evidence] = r.map((v) => (v === null ? '' : String(v)));
      const look = bodyLook(code ?? '', name ?? '');
      const center = { align: 'center', border: true, bold: look.bold } as const;
      return {
        kind: 'criterion',
        cells: [
          { value: code ?? '', style: center, numFmt: '@' },
          { value: look.indent ? `   ${name ?? ''}` : name ?? '', style: { wrap: true, border: true, bold: look.bold, italic: look.italic } },
          { value: typedInViExcel(max ?? ''), style: center, numFmt: 'General' },
          { style: center },
          { value: evidence ?? '', style: { wrap: true, border: true } },
        ],
      };
    }),
  ];
  const last = rows.length;
  return withRowHeights({
    templateId: 'quyet-dinh',
    name: 'Phụ lục QĐ 1880',
    font: { name: 'Times New Roman', size: 12 },
    columns,
    rows,
    merges: ['A1:E1', 'A2:E2', 'A3:E3', 'A5:A6', 'B5:B6', 'C5:D5', 'E5:E6'],
    frozen: { rows: 7, columns: 0 },
    print: { paper: 'A4', orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: { first: 5, last: 7 }, fitToWidth: true, pageNumbers: true },
    validations: [],
    conditionalFormats: [],
    table: { kind: 'criteria', headerRow: 5, firstDataRow: 8, lastDataRow: last, columns: { code: 1, name: 2, max: 3, evidence: 5 } },
  });
}

/** The same appendix as the decision's Word file holds it: the title paragraphs, then one table whose header Word merges. */
function decisionDocx(): Promise<Buffer> {
  const widths = [700, 4900, 1000, 1000, 1900];
  const cell = (text: string, column: number, options: { bold?: boolean; italic?: boolean; center?: boolean; merge?: 'restart' | 'continue'; span?: number } = {}): TableCell => new TableCell({
    width: { size: widths.slice(column, column + (options.span ?? 1)).reduce((a, b) => a + b, 0), type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.merge ? { verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
    children: [new Paragraph({
      ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
      children: [new TextRun({ text, font: 'Times New Roman', size: 24, bold: options.bold ?? false, italics: options.italic ?? false })],
    })],
  });
  const head = { bold: true, center: true } as const;
  const table = new Table({
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: [
        cell(HEADER.stt, 0, { ...head, merge: 'restart' }), cell(HEADER.name, 1, { ...head, merge: 'restart' }),
        cell(HEADER.points, 2, { ...head, span: 2 }), cell(HEADER.evidence, 4, { ...head, merge: 'restart' }),
      ] }),
      new TableRow({ tableHeader: true, children: [
        cell('', 0, { merge: 'continue' }), cell('', 1, { merge: 'continue' }),
        cell(HEADER.max, 2, head), cell(HEADER.self, 3, head), cell('', 4, { merge: 'continue' }),
      ] }),
      new TableRow({ tableHeader: true, children: [1, 2, 3, 4, 5].map((n, i) => cell(String(n), i, { italic: true, center: true })) }),
      ...BODY.map((r) => {
        const [code, name, max, self, evidence] = r.map((v) => (v === null ? '' : String(v)));
        const look = bodyLook(code ?? '', name ?? '');
        return new TableRow({ children: [
          cell(code ?? '', 0, { bold: look.bold, center: true }), cell(name ?? '', 1, { bold: look.bold, italic: look.italic }),
          cell(max ?? '', 2, { bold: look.bold, center: true }), cell(self ?? '', 3, { center: true }), cell(evidence ?? '', 4),
        ] });
      }),
    ],
  });
  const doc = new Document({
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
      children: [
        ...TITLE.map((t, i) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, font: 'Times New Roman', size: 26, bold: i < 2, italics: i === 2 })] })),
        new Paragraph({ children: [] }),
        table,
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** Writes every sample into `dir` (examples/ itself, or a test's temporary folder to compare with what ships). */
export async function writeExamples(dir: string): Promise<void> {
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

  const decision = decisionSheet();
  const dwb = new ExcelJS.Workbook();
  dwb.creator = 'CCHC Phụ lục';
  applySheetSpec(dwb.addWorksheet(decision.name), decision);
  await dwb.xlsx.writeFile(join(dir, 'quyet-dinh-ca-mau-1880.xlsx'));
  writeFileSync(join(dir, 'quyet-dinh-ca-mau-1880.docx'), await decisionDocx());
}

if (require.main === module) {
  writeExamples(__dirname).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
