import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cchc } from '../../helpers/run-cli';
import { tempDir } from '../../helpers/temp-dir';
import { storedZip } from '../../helpers/zip';

const dir = tempDir('cchc-formats-');
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const SAVE_AS = 'Lưu lại dưới dạng .xlsx';

/** Files users send under an .xlsx name (or their own), built as their format lays them out. */
const FILES: readonly [string, string, Buffer | string, string, boolean][] = [
  // OpenDocument puts an uncompressed "mimetype" entry first (OASIS ODF 1.2 part 3, §3.3).
  ['an .ods from LibreOffice', 'bao-cao.ods', storedZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    { name: 'content.xml', data: '<office:document-content/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
  ]), 'OpenDocument (.ods)', true],
  ['an .ods renamed to .xlsx', 'doi-ten.xlsx', storedZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
    { name: 'content.xml', data: '<office:document-content/>' },
  ]), 'OpenDocument (.ods)', true],
  ['an old .xls', 'cu.xls', Buffer.concat([OLE, Buffer.alloc(504), Buffer.from('Workbook', 'utf16le')]), 'Excel 97-2003 (.xls)', true],
  ['an .xlsb', 'nhi-phan.xlsb', storedZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'xl/workbook.bin', data: Buffer.alloc(16) },
  ]), 'nhị phân Excel (.xlsb)', true],
  ['a .csv', 'so-lieu.csv', 'STT;Tiêu chí;Điểm chuẩn\n1;Công tác chỉ đạo;6\n', 'văn bản (.csv)', true],
  ['an HTML page named .xls', 'xuat-tu-phan-mem.xls', '<html><body><table><tr><td>STT</td></tr></table></body></html>', 'trang HTML', true],
  ['a Word document', 'bao-cao.xlsx', storedZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: '<w:document/>' },
  ]), 'văn bản Word (.docx)', false],
  ['another zip', 'nen.xlsx', storedZip([{ name: 'ghi-chu.txt', data: 'xin chào' }]), 'tệp nén .zip', false],
  ['an empty file', 'rong.xlsx', '', 'tệp rỗng', false],
  ['a PDF', 'quyet-dinh.xlsx', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'tệp PDF', false],
];

const SML_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('files are recognised by their content, and the message names the format and the remedy', () => {
  test.each(FILES)('%s', async (_what, name, bytes, format, saveAs) => {
    const input = join(dir, name);
    writeFileSync(input, bytes);
    const before = readFileSync(input);
    const output = join(dir, `ket-qua-${name}.xlsx`);
    for (const argv of [['score', input, '-o', output], ['check', input], ['clean', input, '-o', output], ['rank', input]]) {
      const run = await cchc(...argv);
      expect([argv[0], run.code]).toEqual([argv[0], 2]);
      expect(run.err).toContain(name);
      expect(run.err).toContain(format);
      if (saveAs) expect(run.err).toContain(SAVE_AS);
      expect(run.err).not.toMatch(/date1904|Cannot read properties|\n\s+at /);
    }
    const english = await cchc('check', input, '--lang', 'en');
    expect(english.err).toMatch(/\.xlsx|spreadsheet|empty|archive|PDF/);
    // Nothing written, not even a hidden temp file, and the input is byte for byte what it was.
    expect(readdirSync(dir).filter((f) => f.startsWith('.') || f.startsWith('ket-qua-'))).toEqual([]);
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('an .xlsx whose sheets unpack beyond 200 MB is refused from its zip directory, before anything is inflated', async () => {
    const zip = storedZip([
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
      { name: 'xl/workbook.xml', data: `<workbook ${SML_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Trang 1" sheetId="1" r:id="rId1"/></sheets></workbook>` },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>' },
      { name: 'xl/worksheets/sheet1.xml', data: `<worksheet ${SML_NS}/>` },
    ]);
    // The directory's stated size of sheet1.xml (APPNOTE 4.3.12: uncompressed size at +24) says 300 MB, as a zip bomb's would.
    const entry = zip.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    zip.writeUInt32LE(300 * 1024 * 1024, entry + 24);
    const input = join(dir, 'qua-lon.xlsx');
    writeFileSync(input, zip);
    const run = await cchc('check', input);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`Tệp "${input}" quá lớn`);
    expect(run.err).toContain('phần "xl/worksheets/sheet1.xml" (300 MB khi giải nén) vượt giới hạn 200 MB');
  });

  test('a password-protected .xlsx (an OLE file with an EncryptedPackage stream) is told apart from an .xls', async () => {
    const input = join(dir, 'mat-khau.xlsx');
    writeFileSync(input, Buffer.concat([OLE, Buffer.alloc(1000), Buffer.from('EncryptedPackage', 'utf16le')]));
    const run = await cchc('check', input);
    expect(run.code).toBe(2);
    expect(run.err).toContain('được bảo vệ bằng mật khẩu');
    expect(run.err).not.toContain('.xls)');
  });
});
