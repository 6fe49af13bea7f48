import { CellStyles } from '../../../files/xlsx/cell-styles';
import { patchSheetCells } from '../../../files/xlsx/sheet-cells';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (rows: string, extra = ''): string => `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><dimension ref="A2:B5"/><sheetData>${rows}</sheetData>${extra}</worksheet>`;
const noStyles = new CellStyles(undefined);
const STYLES = `<styleSheet ${NS}><fonts count="1"><font/></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="2" applyFont="1"/></cellXfs></styleSheet>`;

describe('patchSheetCells', () => {
  test('new rows and cells go in ascending order; everything else stays as it was', () => {
    const before = sheet('<row r="2" spans="1:2"><c r="B2" s="1"><v>4</v></c></row><row r="5"><c r="B5" t="s"><v>0</v></c></row>', '<mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells>');
    const after = patchSheetCells(before, [
      { row: 3, column: 2, content: { formula: 'B2*2' } },
      { row: 5, column: 1, content: { text: 'Tổng cộng & <hết>' } },
      { row: 7, column: 3, content: { number: 0.25 } },
    ], noStyles);
    expect(after).toBe(sheet(
      '<row r="2" spans="1:2"><c r="B2" s="1"><v>4</v></c></row>'
      + '<row r="3"><c r="B3"><f>B2*2</f></c></row>'
      + '<row r="5"><c r="A5" t="inlineStr"><is><t>Tổng cộng &amp; &lt;hết&gt;</t></is></c><c r="B5" t="s"><v>0</v></c></row>'
      + '<row r="7"><c r="C7"><v>0.25</v></c></row>',
      '<mergeCells count="1"><mergeCell ref="A9:B9"/></mergeCells>',
    ).replace('A2:B5', 'A2:C7'));
  });

  test('a formula replaces a value: its cached result and type go, its look stays', () => {
    const after = patchSheetCells(sheet('<row r="2"><c r="B2" s="1" t="str"><f>A2</f><v>x</v></c></row>'), [{ row: 2, column: 2, content: { formula: 'SUM(A1:A3)' } }], noStyles);
    expect(after).toContain('<c r="B2" s="1"><f>SUM(A1:A3)</f></c>');
  });

  test('the first cell of a shared formula: its other cells keep their own formula, ours does not spread', () => {
    const rows = '<row r="2"><c r="F2" s="1"><f t="shared" ref="F2:F40" si="0">IF($E2="","",E2-C2)</f><v>1</v></c></row>'
      + '<row r="3"><c r="F3" s="1"><f t="shared" si="0"/><v>2</v></c></row>'
      + '<row r="40"><c r="F40" s="1"><f t="shared" si="0"/><v>0</v></c></row>';
    const after = patchSheetCells(sheet(rows), [{ row: 2, column: 6, content: { formula: 'ROUND(E2-C2,2)' } }], noStyles);
    expect(after).toContain('<c r="F2" s="1"><f>ROUND(E2-C2,2)</f></c>');
    expect(after).toContain('<c r="F3" s="1"><f>IF($E3="","",E3-C3)</f></c>');
    expect(after).toContain('<c r="F40" s="1"><f>IF($E40="","",E40-C40)</f></c>');
    expect(after).not.toContain('t="shared"');
  });

  test('a number format comes with a copy of the cell\'s own format, adding a custom one once', () => {
    const styles = new CellStyles(STYLES);
    const after = patchSheetCells(sheet('<row r="2"><c r="B2" s="1"/><c r="C2" s="1"/><c r="D2" s="1"/></row>'), [
      { row: 2, column: 2, content: { formula: 'A1' }, numFmt: '0.00' },
      { row: 2, column: 3, content: { formula: 'A1' }, numFmt: '0.00' },
      { row: 2, column: 4, content: { formula: 'A1' }, numFmt: '0.000' },
    ], styles);
    expect(after).toContain('<c r="B2" s="2"><f>A1</f></c><c r="C2" s="2"><f>A1</f></c><c r="D2" s="3"><f>A1</f></c>');
    expect(styles.toXml()).toBe(`<styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="0.000"/></numFmts><fonts count="1"><font/></fonts>`
      + '<cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="2" applyFont="1"/>'
      + '<xf numFmtId="2" fontId="2" applyFont="1" applyNumberFormat="1"/><xf numFmtId="164" fontId="2" applyFont="1" applyNumberFormat="1"/></cellXfs></styleSheet>');
  });

  test('rows and cells without "r" keep their place', () => {
    const after = patchSheetCells(sheet('<row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row>'), [{ row: 1, column: 3, content: { number: 9 } }], noStyles);
    expect(after).toContain('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>9</v></c></row><row r="2"><c><v>3</v></c></row>');
  });

  test('a prefixed worksheet (x:) gets prefixed cells', () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(patchSheetCells(xml, [{ row: 1, column: 2, content: { text: 'a' } }], noStyles))
      .toContain('<x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row>');
  });

  test('text with line breaks or edge spaces keeps them; control characters use Excel\'s escape', () => {
    const after = patchSheetCells(sheet(''), [{ row: 1, column: 1, content: { text: ' a\nb\u0001' } }], noStyles);
    expect(after).toContain('<t xml:space="preserve"> a\nb_x0001_</t>');
  });

  test('a number written into a cell formatted as text gets the General format, keeping the rest of its look', () => {
    const styles = new CellStyles(STYLES.replace('<xf numFmtId="0" fontId="2" applyFont="1"/>', '<xf numFmtId="49" fontId="2" applyFont="1"/>'));
    const after = patchSheetCells(sheet('<row r="2"><c r="D2" s="1" t="s"><v>3</v></c></row>'), [{ row: 2, column: 4, content: { number: 0.85 } }], styles);
    expect(after).toContain('<c r="D2" s="2"><v>0.85</v></c>');
    expect(styles.toXml()).toContain('<xf numFmtId="0" fontId="2" applyFont="1" applyNumberFormat="1"/></cellXfs>');
  });
});
