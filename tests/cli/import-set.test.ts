import ExcelJS from 'exceljs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCriteriaTable, isLeaf, readSetSheet, walk, type CriteriaSet } from '../../shared';
import { readGrid } from '../helpers/exceljs-grid';
import { cchc } from '../helpers/run-cli';
import { CA_MAU_1880_GRID } from '../fixtures/ca-mau-1880';
import { DECISION_AFTER, DECISION_HEADER, DECISION_ROWS, DECISION_TITLE, decisionGrid } from '../fixtures/decision-like-table';

jest.setTimeout(60_000);
const dir = mkdtempSync(join(tmpdir(), 'cchc-import-set-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}): TableCell =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })), ...extra });

/**
 * The decision-like table as its .docx would hold it: title paragraphs, one table whose header has
 * "Điểm chuẩn" and "Ghi chú" merged over two rows beside a two-row "Nội dung", then the footnote and
 * the scale as paragraphs.
 */
async function decisionDocx(path: string): Promise<void> {
  const [tt, content, max, notes] = DECISION_HEADER;
  const rows = [
    new TableRow({ tableHeader: true, children: [cell(tt), cell(content), cell(max), cell(notes)] }),
    ...DECISION_ROWS.map((r) => new TableRow({ children: r.map((t) => cell(t)) })),
  ];
  const doc = new Document({
    sections: [{
      children: [
        ...DECISION_TITLE.map((t) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true })] })),
        new Table({ rows }),
        ...DECISION_AFTER.map((t) => new Paragraph({ children: [new TextRun(t)] })),
      ],
    }],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

/** Cà Mau's table with its two-row header merged the way Word merges: "Điểm" across two columns, STT and the name down two rows. */
async function caMauDocx(path: string): Promise<void> {
  const [title1, title2, title3] = CA_MAU_1880_GRID.slice(0, 3).map((r) => String(r[0]));
  const body = CA_MAU_1880_GRID.slice(6).map((r) => new TableRow({ children: r.map((v) => cell(v === null ? '' : String(v))) }));
  const doc = new Document({
    sections: [{
      children: [
        ...[title1, title2, title3].map((t) => new Paragraph({ children: [new TextRun(t ?? '')] })),
        new Table({
          rows: [
            new TableRow({ children: [
              cell('STT', { verticalMerge: VerticalMergeType.RESTART }), cell('Lĩnh vực/Tiêu chí/Tiêu chí thành phần', { verticalMerge: VerticalMergeType.RESTART }),
              cell('Điểm', { columnSpan: 2 }), cell('Tài liệu kiểm chứng', { verticalMerge: VerticalMergeType.RESTART }),
            ] }),
            new TableRow({ children: [
              cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
              cell('Điểm tối đa'), cell('Điểm tự chấm'), cell('', { verticalMerge: VerticalMergeType.CONTINUE }),
            ] }),
            ...body,
          ],
        }),
      ],
    }],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

async function gridWorkbook(path: string, grid: readonly (readonly (string | number | null)[])[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Dán từ quyết định');
  grid.forEach((row, r) => row.forEach((v, c) => { if (v !== null) ws.getCell(r + 1, c + 1).value = v; }));
  await wb.xlsx.writeFile(path);
}

interface ImportJson { set: unknown; problems: { where: string; cell: string | null; row: number | null; severity: string; code: string; message: string }[] }

describe('cchc import-set', () => {
  const expected = importCriteriaTable(decisionGrid());

  test('the decision-like table as a .docx imports to the same set as pasted into a sheet, each warning at its row', async () => {
    const docx = join(dir, 'quyet-dinh.docx');
    await decisionDocx(docx);
    const run = await cchc('import-set', docx, '--json');
    expect([run.code, run.err]).toEqual([0, '']);
    const json = JSON.parse(run.out) as ImportJson;
    expect(json.set).toEqual(expected.set);
    expect(json.problems.map((p) => [p.code, p.where])).toEqual([
      ['import_code_derived', 'dòng 11 của bảng'], ['import_code_derived', 'dòng 14 của bảng'], ['import_max_unreached', 'dòng 14 của bảng'],
      ['import_parent_sum', 'dòng 17 của bảng'], ['import_duplicate_code', 'dòng 29 của bảng'],
    ]);
    expect(json.problems[3]?.message).toBe('Lĩnh vực 2 ghi 7 điểm nhưng các tiêu chí con (2.1, 2.2, 2.3, 2.4) cộng lại 6; bộ chỉ số dùng 6.');
  });

  test('the same table pasted into a workbook: same set, warnings at sheet cells; -o writes the JSON set whole', async () => {
    const xlsx = join(dir, 'bang-da-dan.xlsx');
    await gridWorkbook(xlsx, decisionGrid());
    const out = join(dir, 'bo-chi-so.json');
    const run = await cchc('import-set', xlsx, '-o', out);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      `${xlsx} › Dán từ quyết định › A15: [Lưu ý] "a)" Báo cáo quý, 6 tháng không có mã riêng; đặt mã 1.2.1.`,
      `${xlsx} › Dán từ quyết định › A18: [Lưu ý] "b)" Báo cáo năm không có mã riêng; đặt mã 1.2.2.`,
      `${xlsx} › Dán từ quyết định › C18: [Lưu ý] Tiêu chí 1.2.2 có điểm tối đa 1,5 nhưng mức cao nhất chỉ được 1 điểm.`,
      `${xlsx} › Dán từ quyết định › C21: [Lưu ý] Lĩnh vực 2 ghi 7 điểm nhưng các tiêu chí con (2.1, 2.2, 2.3, 2.4) cộng lại 6; bộ chỉ số dùng 6.`,
      `${xlsx} › Dán từ quyết định › A33: [Lưu ý] Mã 2.3 in hai lần (lần đầu ở dòng 29); dòng này được đặt mã 2.4. Hãy đối chiếu quyết định.`,
      `Bộ chỉ số "BỘ CHỈ SỐ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH CẤP XÃ" (Quảng Trị, năm 2025): 2 lĩnh vực, 8 tiêu chí chấm điểm, tổng 22 điểm; đã ghi "${out}".`,
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(expected.set);
    // The written set is one --set takes.
    expect((await cchc('template', 'cham-diem', '--set', out, '--year', '2025', '--level', 'xa', '-o', join(dir, 'cham-diem.xlsx'))).err).toBe('');
  });

  test('-o set.xlsx writes a bo-chi-so sheet that reads back to the same rules, the decision\'s other wordings in its notes', async () => {
    const xlsx = join(dir, 'bang-2.xlsx');
    await gridWorkbook(xlsx, decisionGrid());
    const out = join(dir, 'bo-chi-so.xlsx');
    expect((await cchc('import-set', xlsx, '-o', out)).code).toBe(0);
    expect((await cchc('check', out)).out).toBe(`${out}: không có lỗi.`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const back = readSetSheet(readGrid(wb.worksheets[0] as ExcelJS.Worksheet).values);
    if (!back.ok || !expected.set) throw new Error('the written set does not read back');
    const rules = (set: CriteriaSet): unknown[] => [...walk(set.areas)].filter(isLeaf).map((n) => [n.code, n.max, n.rule]);
    expect(rules(back.set)).toEqual(rules(expected.set));
  });

  test('Cà Mau with Word\'s merged two-row header imports to the set pasted into a sheet gives', async () => {
    const docx = join(dir, 'ca-mau.docx');
    await caMauDocx(docx);
    const run = await cchc('import-set', docx, '--json');
    const json = JSON.parse(run.out) as ImportJson;
    expect(json.set).toEqual(importCriteriaTable(CA_MAU_1880_GRID).set);
    expect(json.problems.map((p) => p.code)).toEqual(['import_scale_missing']);
  });

  test('a table that cannot be read exits 2 with the header it needs; a bad option exits 2; a set with errors exits 1', async () => {
    const empty = join(dir, 'trong.docx');
    writeFileSync(empty, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Không có bảng')] }] })));
    const none = await cchc('import-set', empty);
    expect([none.code, none.err]).toEqual([2, expect.stringContaining('Không thấy bảng tiêu chí trong')]);
    const notWord = join(dir, 'hong.docx');
    writeFileSync(notWord, 'không phải tệp Word');
    expect((await cchc('import-set', notWord)).err).toContain('Không đọc được tệp Word');
    expect((await cchc('import-set', empty, '--level', 'quan')).code).toBe(2);
    const broken = join(dir, 'thieu-diem.xlsx');
    await gridWorkbook(broken, [['STT', 'Nội dung', 'Điểm'], ['1', 'Lĩnh vực', null], ['1.1', 'Tiêu chí', null]]);
    const same = await cchc('import-set', broken, '-o', broken);
    expect([same.code, same.err]).toEqual([2, expect.stringContaining('cchc không ghi đè tệp gốc')]);
    const bad = await cchc('import-set', broken, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toEqual(expect.objectContaining({ set: null }));
  });
});
