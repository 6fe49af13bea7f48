import ExcelJS from 'exceljs';
import { AlignmentType, Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateRule, importCriteriaTable, isLeaf, readSetSheet, walk, type CriteriaSet } from '../../shared';
import { readGrid } from '../helpers/exceljs-grid';
import { cchc } from '../helpers/run-cli';
import { CA_MAU_1880_GRID } from '../fixtures/ca-mau-1880';
import { DECISION_AFTER, DECISION_HEADER, DECISION_ROWS, DECISION_TITLE, decisionGrid } from '../fixtures/decision-like-table';
import { STAFF_FORMULA, STAFF_HEADER, STAFF_SCALE, STAFF_TITLE, staffGrid, staffRows } from '../fixtures/staff-2025-table';
import { p as para, rawDocx, tbl, tc, tr } from '../files/docx/raw-docx';

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

/** The 2025 staff table as Word holds it: each formula in a real footnote (w:footnoteReference after the name, the text in footnotes.xml). */
async function staffDocx(path: string): Promise<void> {
  const rows = staffRows();
  const footnotes = Object.fromEntries(rows.filter((r) => r.footnote !== undefined)
    .map((r) => [r.footnote, { children: [new Paragraph({ children: [new TextRun(STAFF_FORMULA)] })] }]));
  const doc = new Document({
    footnotes,
    sections: [{
      children: [
        ...STAFF_TITLE.map((t) => new Paragraph({ children: [new TextRun(t)] })),
        new Table({ rows: [
          new TableRow({ children: STAFF_HEADER.map((t) => cell(t)) }),
          ...rows.map((r) => new TableRow({ children: r.cells.map((t, i) => (i === 1 && r.footnote !== undefined
            ? new TableCell({ children: [new Paragraph({ children: [new TextRun(t), new FootnoteReferenceRun(r.footnote)] })] })
            : cell(t))) })),
        ] }),
        ...STAFF_SCALE.map((t) => new Paragraph({ children: [new TextRun(t)] })),
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
      ['import_codes_derived', 'dòng 11 của bảng'], ['import_max_unreached', 'dòng 14 của bảng'],
      ['import_parent_sum', 'dòng 17 của bảng'], ['import_duplicate_code', 'dòng 29 của bảng'],
    ]);
    expect(json.problems[2]?.message).toBe('Lĩnh vực 2 ghi 7 điểm nhưng các tiêu chí con (2.1, 2.2, 2.3, 2.4) cộng lại 6; bộ chỉ số dùng 6.');
  });

  test('the same table pasted into a workbook: same set, warnings at sheet cells; -o writes the JSON set whole', async () => {
    const xlsx = join(dir, 'bang-da-dan.xlsx');
    await gridWorkbook(xlsx, decisionGrid());
    const out = join(dir, 'bo-chi-so.json');
    const run = await cchc('import-set', xlsx, '-o', out);
    expect(run.code).toBe(0);
    expect(run.out.split('\n')).toEqual([
      `${xlsx} › Dán từ quyết định › C18: [Lưu ý] Tiêu chí 1.2.2 có điểm tối đa 1,5 nhưng mức cao nhất chỉ được 1 điểm.`,
      `${xlsx} › Dán từ quyết định › C21: [Lưu ý] Lĩnh vực 2 ghi 7 điểm nhưng các tiêu chí con (2.1, 2.2, 2.3, 2.4) cộng lại 6; bộ chỉ số dùng 6.`,
      `${xlsx} › Dán từ quyết định › A33: [Lưu ý] Mã 2.3 in hai lần (lần đầu ở dòng 29); dòng này được đặt mã 2.4. Hãy đối chiếu quyết định.`,
      `${xlsx} › Dán từ quyết định › A15: [Thông tin] Các mục a), b) (2 dòng) được đặt mã theo tiêu chí cha: 1.2.1, 1.2.2; xem mã ở cột Mã của trang Bộ chỉ số.`,
      'Bộ chỉ số "BỘ CHỈ SỐ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH CẤP XÃ" (Quảng Trị, năm 2025): 2 lĩnh vực, 10 tiêu chí và tiêu chí thành phần, trong đó 8 tiêu chí được chấm điểm; tổng 22 điểm.',
      'Tự tính điểm: 8 tiêu chí (3 theo mức, 4 theo khoảng tỷ lệ, 1 theo công thức tỷ lệ); Hội đồng chấm: 0 tiêu chí; 0 ghi chú đã gắn vào tiêu chí; 1 tiêu chí có trường hợp không chấm điểm.',
      'Cần xem lại: Dán từ quyết định › C18, C21, A33.',
      `Đã ghi "${out}".`,
    ]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(expected.set);
    // The written set is one --set takes.
    expect((await cchc('template', 'cham-diem', '--set', out, '--year', '2025', '--level', 'xa', '-o', join(dir, 'cham-diem.xlsx'))).err).toBe('');
  });

  test('-o set.xlsx writes a bo-chi-so sheet that reads back to the same criteria, wording and all', async () => {
    const xlsx = join(dir, 'bang-2.xlsx');
    await gridWorkbook(xlsx, decisionGrid());
    const out = join(dir, 'bo-chi-so.xlsx');
    expect((await cchc('import-set', xlsx, '-o', out)).code).toBe(0);
    expect((await cchc('check', out)).out).toBe(`${out}: không có lỗi.`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const back = readSetSheet(readGrid(wb.worksheets[0] as ExcelJS.Worksheet).values);
    if (!back.ok || !expected.set) throw new Error('the written set does not read back');
    // The whole tree: rules, the decision's wording, not-applicable and full-points cases, printed numbering.
    expect(back.set.areas).toEqual(expected.set.areas);
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

  test('formulas in real Word footnotes import as the same set as typed below the table: ratios, 8 of 10 gives 4 of 5, no mark in the names', async () => {
    const docx = join(dir, 'can-bo-2025.docx');
    await staffDocx(docx);
    const xlsx = join(dir, 'can-bo-2025.xlsx');
    await gridWorkbook(xlsx, staffGrid());
    const fromWord = JSON.parse((await cchc('import-set', docx, '--json')).out) as ImportJson;
    const fromSheet = JSON.parse((await cchc('import-set', xlsx, '--json')).out) as ImportJson;
    expect(fromWord.set).toEqual(fromSheet.set);
    const leaves = [...walk((fromWord.set as CriteriaSet).areas)].filter(isLeaf);
    const ratios = leaves.filter((n) => n.rule?.kind === 'ratio');
    expect(ratios.map((n) => [n.code, n.name, n.max])).toEqual(['1.1.1', '1.2.2', '1.3.3', '2.1.1', '2.2.2', '2.3.3']
      .map((code) => [code, 'Số lượng công việc được giao hoàn thành đúng hạn', 5]));
    const points = evaluateRule(ratios[0]?.rule as never, { numerator: 8, denominator: 10 }, '1.1.1', 5);
    expect(points.ok && points.points).toBe(4);
    // The table's own rows: a title paragraph is not a row; the header is row 1.
    expect(fromWord.problems.map((p) => [p.code, p.severity, p.where])).toEqual([
      ['import_codes_derived', 'info', 'dòng 4 của bảng'], ['import_max_unreached', 'warning', 'dòng 40 của bảng'], ['import_info_missing', 'warning', ''],
    ]);
    const run = await cchc('import-set', docx, '--level', 'so');
    expect(run.out.split('\n')).toEqual([
      `${docx} › dòng 40 của bảng: [Lưu ý] Tiêu chí 1.4.2 có điểm tối đa 2 nhưng mức cao nhất chỉ được 1 điểm.`,
      `${docx} › dòng 4 của bảng: [Thông tin] Các mục a), b), c), d) (40 dòng) được đặt mã theo tiêu chí cha: 1.1.1, 1.1.2, 1.1.3 … 2.5.4; xem mã ở cột Mã của trang Bộ chỉ số.`,
      'Bộ chỉ số "BỘ TIÊU CHÍ ĐÁNH GIÁ CÔNG TÁC CÁN BỘ NĂM 2025" (Quảng Trị, năm 2025): 2 lĩnh vực, 50 tiêu chí và tiêu chí thành phần, trong đó 40 tiêu chí được chấm điểm; tổng 65 điểm.',
      'Tự tính điểm: 40 tiêu chí (34 theo mức, 6 theo công thức tỷ lệ); Hội đồng chấm: 0 tiêu chí; 0 ghi chú đã gắn vào tiêu chí.',
      'Cần xem lại: dòng 40 của bảng.',
    ]);
  });

  test('a tracked move imports what Word shows: the moved-away outcome is not an extra outcome, the deleted row is no row', async () => {
    const moved = join(dir, 'di-chuyen.docx');
    const outcome = (t: string, points: string): string => tr(tc(''), tc(para(t)), tc(para(points)));
    writeFileSync(moved, rawDocx(tbl(
      tr(tc(para('STT')), tc(para('Nội dung')), tc(para('Điểm tối đa'))),
      tr(tc(para('I')), tc(para('CÔNG TÁC CHỈ ĐẠO')), tc(para('2'))),
      tr(tc(para('1')), tc(para('Ban hành kế hoạch')), tc(para('2'))),
      outcome('Ban hành đúng hạn', '2'),
      // The author moved "Ban hành chậm" below "Không ban hành": Word keeps the old place as w:moveFrom.
      tr(tc(''), tc('<w:p><w:moveFrom w:id="1" w:author="A"><w:r><w:t>Ban hành chậm</w:t></w:r></w:moveFrom></w:p>'), tc('<w:p><w:moveFrom w:id="2" w:author="A"><w:r><w:t>1</w:t></w:r></w:moveFrom></w:p>')),
      outcome('Không ban hành', '0'),
      tr(tc(''), tc('<w:p><w:moveTo w:id="3" w:author="A"><w:r><w:t>Ban hành chậm</w:t></w:r></w:moveTo></w:p>'), tc('<w:p><w:moveTo w:id="4" w:author="A"><w:r><w:t>1</w:t></w:r></w:moveTo></w:p>')),
      '<w:tr><w:trPr><w:del w:id="5" w:author="A"/></w:trPr>' + tc('') + tc('<w:p><w:del w:id="6" w:author="A"><w:r><w:delText>Ban hành sai mẫu</w:delText></w:r></w:del></w:p>') + tc('<w:p><w:del w:id="7" w:author="A"><w:r><w:delText>1</w:delText></w:r></w:del></w:p>') + '</w:tr>',
    )));
    const json = JSON.parse((await cchc('import-set', moved, '--json')).out) as ImportJson;
    const leaf = [...walk((json.set as CriteriaSet).areas)].find((n) => n.code === '1.1');
    expect(leaf?.rule).toEqual({ kind: 'levels', outcomes: [
      { label: 'Ban hành đúng hạn', points: 2 }, { label: 'Không ban hành', points: 0 }, { label: 'Ban hành chậm', points: 1 },
    ] });
  });

  test('a DOCTYPE, broken XML or a gridSpan of 2 000 000 000 exits 2 with one Vietnamese message naming the file and the part or row', async () => {
    const bomb = join(dir, 'doctype.docx');
    writeFileSync(bomb, rawDocx(para('x'), { prolog: '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>' }));
    const refused = await cchc('import-set', bomb);
    expect([refused.code, refused.out, refused.err.trim()]).toEqual([2, '',
      `Không đọc được tệp Word "${bomb}" (phần word/document.xml có khai báo DOCTYPE, điều mà tệp Word không bao giờ có; tệp bị từ chối để an toàn). Hãy mở bằng Word và lưu lại dạng .docx.`]);
    const broken = join(dir, 'hong-xml.docx');
    writeFileSync(broken, rawDocx('<w:p><w:r><w:t>không đóng</w:r></w:p>'));
    const bad = await cchc('import-set', broken);
    expect([bad.code, bad.err.trim()]).toEqual([2, `Không đọc được tệp Word "${broken}" (phần word/document.xml bị hỏng: nội dung XML không hợp lệ ở dòng 1). Hãy mở bằng Word và lưu lại dạng .docx.`]);
    const wide = join(dir, 'rong.docx');
    writeFileSync(wide, rawDocx(tbl(tr(tc(para('STT')), tc(para('Nội dung')), tc(para('Điểm'))), tr(tc(para('1')), tc(para('x'), '<w:gridSpan w:val="2000000000"/>')))));
    const span = await cchc('import-set', wide);
    expect([span.code, span.err.trim()]).toEqual([2, `Không đọc được tệp Word "${wide}" (bảng thứ 1, dòng 2 (phần word/document.xml) trải ra 2000000001 cột; Word chỉ cho tối đa 63 cột). Hãy mở bằng Word và lưu lại dạng .docx.`]);
  });
});
