import JSZip from 'jszip';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { terminalSafe } from '../../cli/terminal-safe';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(60_000);

/** C0 but line feed and tab, DEL, C1, and the bidirectional overrides and isolates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

describe('terminalSafe', () => {
  test('control characters become \\uXXXX; letters, line feeds and tabs stay', () => {
    expect(terminalSafe('a\u001b]0;tiêu đề\u0007b\u001b[2Jc\rd\u009b31m\u007f\u202eđ\tx\ny')).toBe('a\\u001b]0;tiêu đề\\u0007b\\u001b[2Jc\\u000dd\\u009b31m\\u007f\\u202eđ\tx\ny');
  });

  test('JSON stays JSON with the same values', () => {
    const value = { text: 'x\u009b\u007f\u202e\u001b' };
    expect(JSON.parse(terminalSafe(JSON.stringify(value)))).toEqual(value);
  });
});

describe('a workbook cannot drive the terminal', () => {
  const dir = tempDir('cchc-terminal-');
  const file = join(dir, 'dieu-khien.xlsx');

  beforeAll(async () => {
    const { rowOf } = await seed003Workbook(file);
    // A score typed as text, holding Excel's escapes for control characters (ECMA-376 Part 1,
    // §22.9.2.19 ST_Xstring: "_xHHHH_"): set the window title, clear the screen, colour, hide.
    const zip = await JSZip.loadAsync(readFileSync(file));
    const row = [...rowOf.values()][3];
    const stringsPath = 'xl/sharedStrings.xml';
    const strings = await zip.file(stringsPath)!.async('string');
    const index = strings.split('<si>').length - 1;
    const evil = '0.5_x001B_]0;pwned_x0007__x001B_[2J_x009B_31m_x001B_[8m';
    zip.file(stringsPath, strings.replace('</sst>', `<si><t>${evil}</t></si></sst>`));
    const sheetPath = 'xl/worksheets/sheet1.xml';
    const sheet = await zip.file(sheetPath)!.async('string');
    const cell = new RegExp(`<c r="D${row}"([^>]*?)(/>|>.*?</c>)`);
    expect(cell.test(sheet)).toBe(true);
    zip.file(sheetPath, sheet.replace(cell, (_m, attrs: string) => `<c r="D${row}"${attrs.replace(/\s*t="[^"]*"/, '')} t="s"><v>${index}</v></c>`));
    writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  });

  test('check prints the cell escaped, on every line, in text and in JSON', async () => {
    const text = await cchc('check', file);
    expect(text.code).toBe(1);
    expect(RAW_CONTROL.test(text.out + text.err)).toBe(false);
    expect(text.out).toContain('"0.5\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u001b[8m"');
    const json = await cchc('check', file, '--json');
    expect(RAW_CONTROL.test(json.out + json.err)).toBe(false);
    const parsed = JSON.parse(json.out) as { problems: { message: string }[] };
    expect(parsed.problems.map((p) => p.message).join('\n')).toContain('0.5\u001b]0;pwned\u0007\u001b[2J\u009b31m\u001b[8m');
  });

  test('a file name with control characters is escaped too', async () => {
    const named = join(dir, 'ten\u001b[2J.xlsx');
    writeFileSync(named, readFileSync(file));
    const run = await cchc('score', named);
    expect(RAW_CONTROL.test(run.out + run.err)).toBe(false);
    expect(run.out).toContain('ten\\u001b[2J.xlsx');
  });
});
