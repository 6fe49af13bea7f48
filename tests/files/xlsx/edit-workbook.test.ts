import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { editWorkbook } from '../../../files/xlsx/edit-workbook';

async function workbookWithCalcChain(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Trang 1').getCell('A1').value = 1;
  wb.addWorksheet('Kỳ 2 & 3').getCell('A1').value = { formula: 'Trang 1!A1*2' } as ExcelJS.CellFormulaValue;
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.file('xl/calcChain.xml', '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="2"/></calcChain>');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')?.async('string') ?? '';
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdCalc" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
  const types = await zip.file('[Content_Types].xml')?.async('string') ?? '';
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
  return zip.generateAsync({ type: 'uint8array' });
}

describe('editWorkbook', () => {
  test('writes into the sheet named, drops the calculation chain and asks for a full calculation on opening', async () => {
    const input = await workbookWithCalcChain();
    const output = await JSZip.loadAsync(await editWorkbook(input, [{ sheet: 'Kỳ 2 & 3', edits: [{ row: 2, column: 1, content: { number: 5 } }] }]));
    expect(output.file('xl/calcChain.xml')).toBeNull();
    expect(await output.file('xl/_rels/workbook.xml.rels')?.async('string')).not.toContain('calcChain');
    expect(await output.file('[Content_Types].xml')?.async('string')).not.toContain('calcChain');
    expect(await output.file('xl/workbook.xml')?.async('string')).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(await output.file('xl/worksheets/sheet2.xml')?.async('string')).toContain('<c r="A2"><v>5</v></c>');
    const first = await JSZip.loadAsync(input);
    expect(await output.file('xl/worksheets/sheet1.xml')?.async('string')).toBe(await first.file('xl/worksheets/sheet1.xml')?.async('string'));
    // The edited copy is still a workbook exceljs reads, with the value in place.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await output.generateAsync({ type: 'arraybuffer' })));
    expect(wb.getWorksheet('Kỳ 2 & 3')?.getCell('A2').value).toBe(5);
  });

  test('with nothing to write, the copy is the input itself', async () => {
    const input = await workbookWithCalcChain();
    expect(await editWorkbook(input, [{ sheet: 'Trang 1', edits: [] }])).toBe(input);
  });

  test('a sheet the workbook does not list is an error, not a silent no-op', async () => {
    const input = await workbookWithCalcChain();
    expect(() => editWorkbook(input, [{ sheet: 'Không có', edits: [{ row: 1, column: 1, content: { number: 1 } }] }])).toThrow();
  });
});
