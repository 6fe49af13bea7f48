import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { neutral } from '../helpers/neutral-output';
import {
  inUtf16, withCdataStrings, withNamespacePrefix, withOverlappingMerges, withoutCellAddresses, withoutStylesPart,
  withSheetName, withWorkbookPartRenamed,
} from '../helpers/odd-forms';
import { contentTypeOf, readParts, workbookPart } from '../helpers/package-parts';
import { cchc, type CliRun } from '../helpers/run-cli';
import { savedByLibreOffice } from '../helpers/saved-by-libreoffice';
import { gridOf, sheetsOf } from '../helpers/sheet-grid';
import { tempDir } from '../helpers/temp-dir';
import { asMacroWorkbook, asTemplate, MACRO_WORKBOOK_TYPE, VBA_PROJECT, WORKBOOK_TYPE } from '../helpers/workbook-kinds';

// Issue 18, items 4 and 5: every workbook Excel or LibreOffice opens, we read with the plain file's
// figures; macro workbooks and templates keep their kind. Each form is made here from the shipped example.
jest.setTimeout(300_000);

const dir = tempDir('cchc-forms-');
const PLAIN = join(__dirname, '../../examples/cham-diem-vinh-linh-2023.xlsx');
const SHEET = 'Chấm điểm CCHC 2023';
const LONG_NAME = 'Kết quả chấm điểm Chỉ số CCHC năm 2023 huyện Vĩnh Linh';

const FORMS: readonly (readonly [string, string, (b: Buffer) => Buffer, string])[] = [
  ['SpreadsheetML with the x: prefix on every element', 'tien-to-x', withNamespacePrefix, SHEET],
  ['no styles part', 'khong-styles', withoutStylesPart, SHEET],
  ['cells without an r attribute', 'khong-dia-chi-o', withoutCellAddresses, SHEET],
  ['UTF-16 parts with a byte-order mark', 'utf-16', inUtf16, SHEET],
  ['a sheet named "History"', 'history', (b) => withSheetName(b, 'History'), 'History'],
  ['overlapping merges', 'gop-o-chong', withOverlappingMerges, SHEET],
  ['a sheet name longer than 31 characters', 'ten-dai', (b) => withSheetName(b, LONG_NAME), LONG_NAME],
  ['shared strings in CDATA', 'cdata', withCdataStrings, SHEET],
  ['the workbook part under another name', 'ten-phan-khac', withWorkbookPartRenamed, SHEET],
];

const plainBytes = readFileSync(PLAIN);
const pathOf = (slug: string): string => join(dir, `${slug}.xlsx`);
/** The cells LibreOffice shows on the first sheet, by address. */
const shown = (bytes: Buffer): string => {
  const parts = readParts(bytes);
  const first = sheetsOf(parts)[0];
  return JSON.stringify([...gridOf(parts, first?.part ?? '')].map(([a, c]) => [a, c.value]));
};
let libreOfficeSaw: Map<string, string>;

beforeAll(() => {
  writeFileSync(join(dir, 'plain.xlsx'), plainBytes);
  const made = FORMS.map(([, slug, make]) => ({ slug, bytes: make(plainBytes) }));
  for (const { slug, bytes } of made) writeFileSync(pathOf(slug), bytes);
  const saved = savedByLibreOffice([{ name: 'plain.xlsx', bytes: plainBytes }, ...made.map((m) => ({ name: `${m.slug}.xlsx`, bytes: m.bytes }))]);
  libreOfficeSaw = new Map(['plain', ...made.map((m) => m.slug)].map((slug, i) => [slug, shown(saved[i] ?? Buffer.alloc(0))]));
});

/** A run as text to compare: the file and sheet names replaced, the exit code in front. */
const said = (run: CliRun, file: string, sheet: string): string =>
  neutral(`${run.code}\n${run.out}\n${run.err}`, { [file]: '<tệp>', [sheet]: '<trang>' });

describe('each valid form is what LibreOffice opens (so the cases below test the reader, not the helper)', () => {
  test.each(FORMS)('%s: LibreOffice shows every cell of the plain file', (_name, slug) => {
    expect(libreOfficeSaw.get(slug)).toBe(libreOfficeSaw.get('plain'));
  });
});

describe('check and score read each valid form with the plain file\'s figures', () => {
  const plainPath = join(dir, 'plain.xlsx');
  test.each(FORMS)('%s', async (_name, slug, _make, sheet) => {
    const path = pathOf(slug);
    for (const argv of [['check'], ['check', '--json'], ['score'], ['score', '--json']]) {
      const plain = await cchc(...argv, plainPath);
      const form = await cchc(...argv, path);
      expect(form.err).not.toContain('tệp bị hỏng');
      expect([argv.join(' '), said(form, path, sheet)]).toEqual([argv.join(' '), said(plain, plainPath, SHEET)]);
    }
    // The figures a user checks by hand: seed 003, −23,41 over 27 criteria, 41,48 %.
    const json = JSON.parse((await cchc('score', path, '--json')).out) as { totals: { deduction: number; lost: number }; index: number };
    expect([json.totals.deduction, json.totals.lost, json.index]).toEqual([-23.41, 27, 0.4148]);
  });
});

describe('a macro workbook stays a macro workbook; a template gives a workbook', () => {
  const xlsm = join(dir, 'vinh-linh.xlsm');
  const xltx = join(dir, 'vinh-linh.xltx');
  beforeAll(() => {
    writeFileSync(xlsm, asMacroWorkbook(plainBytes));
    writeFileSync(xltx, asTemplate(plainBytes));
  });

  test('.xlsm in, .xlsm out (score, check --fix, clean): macros part and macro content type kept, LibreOffice opens each', async () => {
    const outputs: string[] = [];
    for (const [name, argv] of [
      ['score', (o: string) => ['score', xlsm, '-o', o]],
      ['fix', (o: string) => ['check', xlsm, '--fix', '-o', o]],
      ['clean', (o: string) => ['clean', xlsm, '-o', o]],
    ] as const) {
      const output = join(dir, `ra-${name}.xlsm`);
      const run = await cchc(...argv(output));
      expect([name, run.code < 2, run.err.includes('tệp bị hỏng')]).toEqual([name, true, false]);
      const parts = readParts(readFileSync(output));
      expect([name, parts.get('xl/vbaProject.bin')?.equals(VBA_PROJECT)]).toEqual([name, true]);
      expect([name, contentTypeOf(parts, workbookPart(parts))]).toEqual([name, MACRO_WORKBOOK_TYPE]);
      outputs.push(output);
    }
    const saved = savedByLibreOffice(outputs.map((o) => ({ name: o.split('/').pop() ?? 'x.xlsm', bytes: readFileSync(o) })));
    for (const bytes of saved) expect(sheetsOf(readParts(bytes))[0]?.name).toBe(SHEET);
  });

  test.each([
    ['an .xlsm written under an .xlsx name', () => xlsm, 'sai-loai.xlsx'],
    ['an .xlsx written under an .xlsm name', () => PLAIN, 'sai-loai.xlsm'],
  ])('-o naming the wrong kind is refused in Vietnamese, exit 2, nothing written: %s', async (_name, input, name) => {
    const output = join(dir, name);
    for (const argv of [['score', input(), '-o', output], ['check', input(), '--fix', '-o', output], ['clean', input(), '-o', output]]) {
      const run = await cchc(...argv);
      expect([argv[0], run.code]).toEqual([argv[0], 2]);
      // Names the extension the output should have, in Vietnamese.
      expect(run.err).toMatch(/\.xls[xm]/);
      expect(run.err).toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/);
      expect(existsSync(output)).toBe(false);
    }
  });

  test('.xltx in gives a workbook (-o .xlsx) with the workbook content type, every part kept', async () => {
    const output = join(dir, 'tu-mau.xlsx');
    const run = await cchc('score', xltx, '-o', output);
    expect(run.code).toBeLessThan(2);
    const before = readParts(readFileSync(xltx));
    const after = readParts(readFileSync(output));
    expect(contentTypeOf(after, workbookPart(after))).toBe(WORKBOOK_TYPE);
    expect([...before.keys()].filter((p) => !after.has(p))).toEqual([]);
    const [saved] = savedByLibreOffice([{ name: 'tu-mau.xlsx', bytes: readFileSync(output) }]);
    expect(sheetsOf(readParts(saved ?? Buffer.alloc(0)))[0]?.name).toBe(SHEET);
  });
});
