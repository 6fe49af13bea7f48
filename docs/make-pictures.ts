/**
 * Takes the README's pictures from the built pages (`npm run build` first), with the appraisal table
 * of huyện Vĩnh Linh (2023) as the sheet: `npx tsx docs/make-pictures.ts`. The task pane runs over
 * the Office stub the tests use; the sidebar's answers are what the core computes for that table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { DEFAULT_CRITERIA_SET, TEMPLATES, checkGrid, scoreGrid } from '../shared';
import { launchChromium } from '../tests/helpers/browser';
import { typedInViExcel } from '../tests/helpers/seed-workbooks';
import { seedTable } from '../tests/helpers/seeds';
import { serveFolder } from '../tests/helpers/static-server';

const ROOT = join(__dirname, '..');
const HEADER = ['STT', 'Lĩnh vực / Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến Hội đồng thẩm định', 'Đơn vị chịu trách nhiệm'];
const SHEET: unknown[][] = [HEADER, ...seedTable('003', 'STT\tLĨNH VỰC').map((r) => [
  r[0] ?? '', r[1] ?? '', typedInViExcel(r[2] ?? ''), typedInViExcel(r[3] ?? ''), typedInViExcel(r[4] ?? ''), '', r[6] ?? '', r[7] ?? '',
])];

/** google.script.run answering from the given responses; plain text, as tsx would wrap a compiled function in helpers the page lacks. */
const STUB_SCRIPT = `(function (responses) {
  var runner = function (success) {
    return new Proxy({}, { get: function (_t, prop) {
      if (prop === 'withSuccessHandler') return function (f) { return runner(f); };
      if (prop === 'withFailureHandler') return function () { return runner(success); };
      return function () { setTimeout(function () { if (success) success(responses[prop]); }, 5); };
    } });
  };
  window.google = { script: { run: runner() } };
})`;

async function shot(page: Page, name: string): Promise<void> {
  await page.waitForSelector('#insert:not([disabled])', { state: 'attached' });
  await page.screenshot({ path: join(ROOT, 'docs', name) });
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  const server = await serveFolder(join(ROOT, 'dist/excel'));
  try {
    const pane = await browser.newPage({ viewport: { width: 350, height: 720 }, deviceScaleFactor: 1 });
    const stub = readFileSync(join(ROOT, 'tests/addin/office-stub.js'), 'utf8');
    await pane.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
      contentType: 'text/javascript', body: `window.__initialValues = ${JSON.stringify(SHEET)};\n${stub}`,
    }));
    await pane.goto(`${server.url}taskpane.html`);
    await pane.waitForSelector('#template option', { state: 'attached' });
    await pane.selectOption('#template', 'chi-tieu-cchc');
    await pane.fill('#unit', 'xã Triệu Sơn');
    await pane.click('#insert');
    await pane.waitForSelector('#status.done');
    await shot(pane, 'chen-mau.png');
    await pane.click('#tab-check');
    await pane.click('#check');
    await pane.waitForSelector('#problems li');
    await shot(pane, 'kiem-tra.png');
    await pane.click('#tab-score');
    await pane.click('#score');
    await pane.waitForSelector('#chart .area');
    await shot(pane, 'cham-diem.png');
    await pane.setViewportSize({ width: 350, height: 1100 });
    await shot(pane, 'taskpane.png');

    const grid = { name: 'Chấm điểm CCHC 2023', values: SHEET, formulas: SHEET.map((r) => r.map(() => null)) };
    const scored = scoreGrid(grid, DEFAULT_CRITERIA_SET);
    const checked = checkGrid(grid);
    if (!scored.ok || !checked.ok) throw new Error('the sample sheet has no table');
    const v = scored.value;
    const responses: Record<string, unknown> = {
      listTemplates: TEMPLATES.map((t) => ({ id: t.id, vi: t.title.vi, en: t.title.en })),
      listSets: { active: DEFAULT_CRITERIA_SET.id, sets: [{ id: DEFAULT_CRITERIA_SET.id, name: DEFAULT_CRITERIA_SET.name, source: DEFAULT_CRITERIA_SET.source }] },
      scoreActiveSheet: { sheet: grid.name, totals: v.totals, areas: v.areas, index: v.index, rating: v.rating, written: v.writes.length, kept: v.keptTyped, gaps: v.ruleGaps },
      checkActiveSheet: { sheet: grid.name, problems: checked.value },
    };
    const sidebar = await browser.newPage({ viewport: { width: 300, height: 720 }, deviceScaleFactor: 1 });
    await sidebar.addInitScript({ content: `${STUB_SCRIPT}(${JSON.stringify(responses)});` });
    await sidebar.goto(pathToFileURL(join(ROOT, 'dist/gas/Sidebar.html')).href);
    await sidebar.waitForFunction(() => document.querySelectorAll('#template option').length > 0);
    await sidebar.click('#tab-score');
    await sidebar.click('#score');
    await sidebar.waitForSelector('#chart .area');
    await shot(sidebar, 'sidebar.png');
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
