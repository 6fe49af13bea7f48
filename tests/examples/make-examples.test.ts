import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeExamples } from '../../examples/make-examples';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(60_000);

const EXAMPLES = join(__dirname, '../../examples');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** What a reader of the workbook sees: every cell's value or formula, the row heights, widths and merges. */
async function workbookContent(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const cells: string[] = [];
    const heights: string[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) heights.push(`${r}:${row.height}`);
      row.eachCell((cell) => { cells.push(`${cell.address}=${cell.formula ? `=${cell.formula}` : JSON.stringify(cell.value)}`); });
    });
    const widths = (ws.columns ?? []).map((c) => c.width ?? null);
    return { name: ws.name, cells, heights, widths, merges: Object.keys((ws as unknown as { _merges: object })._merges).sort() };
  });
}

/** A Word file's document part, which holds its text and table; the package's dates differ at every write. */
async function documentXml(path: string): Promise<string> {
  return (await JSZip.loadAsync(readFileSync(path))).file('word/document.xml')?.async('string') ?? '';
}

describe('examples/ is what examples/make-examples.ts writes today', () => {
  test('every sample, regenerated into a fresh folder, has the same cells, heights, widths and merges as the one that ships', async () => {
    const fresh = tempDir('cchc-examples-');
    await writeExamples(fresh);
    const made = files(fresh).map((p) => relative(fresh, p)).sort();
    const shipped = files(EXAMPLES).map((p) => relative(EXAMPLES, p)).filter((p) => !p.endsWith('.ts')).sort();
    // A sample the script no longer writes, or one it writes that was never committed, is stale too.
    expect(shipped).toEqual(made);
    expect(made).toEqual(expect.arrayContaining(['cham-diem-vinh-linh-2023.xlsx', 'quyet-dinh-ca-mau-1880.xlsx', 'quyet-dinh-ca-mau-1880.docx', 'don-vi/cam-lo.xlsx']));
    for (const name of made) {
      if (name.endsWith('.xlsx')) expect([name, await workbookContent(join(EXAMPLES, name))]).toEqual([name, await workbookContent(join(fresh, name))]);
      else expect([name, await documentXml(join(EXAMPLES, name))]).toEqual([name, await documentXml(join(fresh, name))]);
    }
  });
});
