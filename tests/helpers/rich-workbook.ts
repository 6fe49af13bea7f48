import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { seed003Workbook } from './seed-workbooks';

/** A 2×2 red PNG, small enough to spell out. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

const SHEET = 'Chấm điểm CCHC 2023';

/** Excel 2010 list validation, kept in the worksheet's extLst (MS-XLSX §2.6.x, x14:dataValidations). */
export const X14_VALIDATION = '<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
  + '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
  + '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">'
  + "<x14:formula1><xm:f>'Ghi chú'!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>H11:H57</xm:sqref>"
  + '</x14:dataValidation></x14:dataValidations></ext>';

/** A sparkline of a criterion's three figures, also in extLst (x14:sparklineGroups). */
export const SPARKLINES = '<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
  + '<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
  + '<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/>'
  + `<x14:sparklines><x14:sparkline><xm:f>'${SHEET}'!C11:E11</xm:f><xm:sqref>I11</xm:sqref></x14:sparkline></x14:sparklines>`
  + '</x14:sparklineGroup></x14:sparklineGroups></ext>';

const CHART = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
  + '<c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>'
  + `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${SHEET}'!$C$11:$C$15</c:f></c:numRef></c:val></c:ser>`
  + '<c:axId val="1"/><c:axId val="2"/></c:barChart>'
  + '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>'
  + '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>'
  + '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';

const CHART_ANCHOR = '<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>10</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>'
  + '<xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>25</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>'
  + '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="10" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>'
  + '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
  + '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdChart1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>';

const CUSTOM = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
  + '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị"><vt:lpwstr>UBND huyện Vĩnh Linh</vt:lpwstr></property></Properties>';

export interface RichWorkbook {
  readonly rowOf: Map<string, number>;
  /** The cell holding pasted HTML, and the rich-text cell of the second sheet. */
  readonly residueCell: string;
}

/**
 * Seed 003 in a cham-diem workbook carrying what Excel users add and exceljs would drop: a chart
 * and an image in one drawing, a comment, a sparkline, an Excel 2010 list validation, custom
 * document properties and a second sheet with a rich-text cell. Built here, part by part, so the
 * test needs no stored binary.
 */
export async function richSeed003Workbook(path: string): Promise<RichWorkbook> {
  const { rowOf } = await seed003Workbook(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(SHEET);
  if (!ws) throw new Error('no score sheet');
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, { tl: { col: 9, row: 1 }, ext: { width: 40, height: 40 } });
  ws.getCell('H11').note = 'Đã đối chiếu hồ sơ kiểm chứng';
  const residueRow = rowOf.get('1.1.3') ?? 0;
  ws.getCell(residueRow, 7).value = '<p>Thống nhất&nbsp;kết quả</p>';
  const notes = wb.addWorksheet('Ghi chú');
  notes.getCell('A1').value = 'Văn phòng';
  notes.getCell('A2').value = 'Phòng Nội vụ';
  notes.getCell('A3').value = 'Phòng Tư pháp';
  notes.getCell('B1').value = { richText: [{ text: '<b>Lưu ý:' }, { font: { bold: true }, text: ' nộp trước 15/3</b>' }] };
  await wb.xlsx.writeFile(path);

  const zip = await JSZip.loadAsync(readFileSync(path));
  const text = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the exceljs workbook`);
    return file.async('string');
  };
  const sheetXml = await text('xl/worksheets/sheet1.xml');
  const ext = `${X14_VALIDATION}${SPARKLINES}`;
  zip.file('xl/worksheets/sheet1.xml', sheetXml.includes('<extLst>')
    ? sheetXml.replace('</extLst>', `${ext}</extLst>`)
    : sheetXml.replace('</worksheet>', `<extLst>${ext}</extLst></worksheet>`));
  const drawing = await text('xl/drawings/drawing1.xml');
  zip.file('xl/drawings/drawing1.xml', drawing.replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  const drawingRels = await text('xl/drawings/_rels/drawing1.xml.rels');
  zip.file('xl/drawings/_rels/drawing1.xml.rels', drawingRels.replace('</Relationships>',
    '<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'));
  zip.file('xl/charts/chart1.xml', CHART);
  zip.file('docProps/custom.xml', CUSTOM);
  const rootRels = await text('_rels/.rels');
  zip.file('_rels/.rels', rootRels.replace('</Relationships>',
    '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'));
  const types = await text('[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>',
    '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    + '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'));
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return { rowOf, residueCell: `G${residueRow}` };
}

/** Every part of an .xlsx with its uncompressed bytes. */
export async function partsOf(path: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.files[name];
    if (file && !file.dir) parts.set(name, await file.async('nodebuffer'));
  }
  return parts;
}
