import { MAIN, R, packageOf as pkg, sheetXml as sheet } from '../../helpers/made-workbook';
import { FileProblem, openWorkbook } from '../../../files/xlsx';


describe('openWorkbook reads every workbook Excel or LibreOffice opens', () => {
  test('shared strings (rich runs joined, phonetic guides left out, CDATA), inline strings, numbers, booleans, errors, formulas with their cached results', () => {
    const strings = `<sst xmlns="${MAIN}"><si><t>Điểm</t></si><si><r><t>Tổng </t></r><r><rPr><b/></rPr><t>cộng</t></r><rPh><t>x</t></rPh></si><si><t><![CDATA[<p>a & b</p>]]></t></si><si><t>ESC_x001B_</t></si></sst>`;
    const wb = openWorkbook(pkg({
      strings,
      sheets: [{ name: 'Chấm điểm', xml: sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>'
        + '<row r="2"><c r="A2" t="inlineStr"><is><t>0.25</t></is></c><c r="B2"><v>1.5</v></c><c r="C2" t="b"><v>1</v></c><c r="D2" t="e"><v>#DIV/0!</v></c>'
        + '<c r="E2"><f>SUM(B2,1)</f><v>2.5</v></c><c r="F2" t="str"><f>"a"&amp;"b"</f><v>ab</v></c><c r="G2"><f>B2</f></c></row>') }],
    }), 'a.xlsx');
    const grid = wb.grid('Chấm điểm');
    expect(grid.values).toEqual([['Điểm', 'Tổng cộng', '<p>a & b</p>', 'ESC\u001b'], ['0.25', 1.5, true, '#DIV/0!', 2.5, 'ab', null]]);
    expect(grid.formulas).toEqual([[null, null, null, null], [null, null, null, null, 'SUM(B2,1)', '"a"&"b"', 'B2']]);
    expect(grid.richCells).toEqual(['B1']);
  });

  test('shared formulas are spelled out for every cell; merged cells show their value once; widths and heights are kept', () => {
    const xml = `<worksheet xmlns="${MAIN}"><cols><col min="2" max="3" width="30" customWidth="1"/></cols><sheetData>`
      + '<row r="1" ht="40" customHeight="1"><c r="A1"><v>1</v></c><c r="B1"><v>9</v></c><c r="C1"><f t="shared" ref="C1:C3" si="0">A1*2</f><v>2</v></c></row>'
      + '<row r="2"><c r="A2"><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>4</v></c></row>'
      + '<row r="3"><c r="A3"><v>3</v></c><c r="C3"><f t="shared" si="0"/><v>6</v></c></row>'
      + '</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="A1:A2"/></mergeCells></worksheet>';
    const grid = openWorkbook(pkg({ sheets: [{ name: 'S', xml }] }), 'a.xlsx').grid('S');
    expect(grid.formulas.map((r) => r[2])).toEqual(['A1*2', 'A2*2', 'A3*2']);
    // Overlapping merges (A1:B1 and A1:A2) are read, not refused: only the top-left cell keeps its value.
    expect(grid.values).toEqual([[1, null, 2], [null, null, 4], [3, null, 6]]);
    expect(grid.columnWidths).toEqual([undefined, 30, 30]);
    expect(grid.rowHeights[0]).toBe(40);
  });

  test('an x: prefix on every element, rows and cells without addresses, no styles part, a UTF-16 sheet', () => {
    const prefixed = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>STT</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<?xml version="1.0" encoding="UTF-16"?>${sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu chí</t></is></c></row>')}`, 'utf16le')]);
    const bytes = pkg({ sheets: [{ name: 'History', xml: prefixed }, { name: 'Một tên trang tính rất dài hơn ba mươi mốt ký tự', xml: '' }], extra: { 'xl/worksheets/sheet2.xml': utf16 } });
    const wb = openWorkbook(bytes, 'a.xlsx');
    expect(wb.sheets.map((s) => s.name)).toEqual(['History', 'Một tên trang tính rất dài hơn ba mươi mốt ký tự']);
    expect(wb.grid('History').values).toEqual([['STT', 2], [3]]);
    expect(wb.grid('Một tên trang tính rất dài hơn ba mươi mốt ký tự').values).toEqual([['Tiêu chí']]);
  });

  test('the workbook part is found through the package relationships, whatever its name; states and the active sheet are read', () => {
    const wb = openWorkbook(pkg({ workbookPath: 'bang/so-lam-viec.xml', activeTab: 2, sheets: [
      { name: 'Ẩn', state: 'hidden', xml: sheet('') }, { name: 'Rất ẩn', state: 'veryHidden', xml: sheet('') }, { name: 'Hiện', xml: sheet('<row r="1"><c r="A1"><v>7</v></c></row>') },
    ] }), 'a.xlsx');
    expect(wb.sheets).toEqual([{ name: 'Ẩn', state: 'hidden' }, { name: 'Rất ẩn', state: 'veryHidden' }, { name: 'Hiện', state: 'visible' }]);
    expect(wb.activeSheet).toBe('Hiện');
    expect(wb.grid('Hiện').values).toEqual([[7]]);
  });

  test('a comment holding a <sheet> line lists no extra sheet', () => {
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><!-- <sheet name="Ghi chú" sheetId="9" r:id="rId1"/> --><sheet name="Chấm điểm" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(openWorkbook(pkg({ workbook, sheets: [{ name: 'Chấm điểm', xml: sheet('') }] }), 'a.xlsx').sheets.map((s) => s.name)).toEqual(['Chấm điểm']);
  });

  test.each([
    ['row 300 000 000', '<row r="300000000"><c r="A300000000"><v>1</v></c></row>', 'A300000000'],
    ['row 4 000 000 000', '<row r="4000000000"><c><v>1</v></c></row>', 'A4000000000'],
    ['a column past XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>', 'XFE1'],
  ])('%s is refused at once, naming the cell', (_, rows, cell) => {
    const started = Date.now();
    const wb = openWorkbook(pkg({ sheets: [{ name: 'S', xml: sheet(rows) }] }), 'a.xlsx');
    expect(() => wb.grid('S')).toThrow(FileProblem);
    try {
      wb.grid('S');
    } catch (e) {
      expect((e as FileProblem).vi).toContain(`ô ${cell} nằm ngoài giới hạn của bảng tính`);
    }
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
