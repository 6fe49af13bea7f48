import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { GAS_DIR, gasFile } from '../helpers/gas-bundle';
import { launchChromium, PANEL_RESPONSES, XSS } from '../helpers/browser';

jest.setTimeout(60_000);

/** google.script.run as the sidebar sees it: a chain ending in a call to a server function by name. */
function stubScript(responses: Record<string, unknown>): void {
  const w = window as unknown as { __calls: unknown[][]; google: unknown };
  w.__calls = [];
  const runner = (success?: (v: unknown) => void): unknown => new Proxy({}, {
    get(_t, prop: string) {
      if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f);
      if (prop === 'withFailureHandler') return () => runner(success);
      return (...args: unknown[]) => {
        w.__calls.push([prop, ...args]);
        setTimeout(() => success?.(responses[prop]), 5);
      };
    },
  });
  w.google = { script: { run: runner() } };
}

describe('Sidebar.html in headless Chromium', () => {
  let browser: Browser;
  let page: Page;
  const calls = async (): Promise<unknown[][]> => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
  const lastCall = async (): Promise<unknown[] | undefined> => (await calls()).at(-1);

  beforeAll(async () => {
    expect(gasFile('Sidebar.html')).not.toMatch(/<script[^>]+src=/);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.addInitScript(stubScript, PANEL_RESPONSES);
    await page.goto(pathToFileURL(join(GAS_DIR, 'Sidebar.html')).href);
    await page.waitForFunction(() => document.querySelectorAll('#template option').length > 0);
  });
  afterAll(async () => browser?.close());

  test('Vietnamese labels render, one self-contained page', async () => {
    const text = await page.textContent('body');
    for (const label of ['Chèn mẫu phụ lục', 'Kiểm tra số liệu', 'Tính điểm', 'Làm sạch văn bản vùng chọn', 'Lập kế hoạch khắc phục', 'Tổng hợp các đơn vị', 'Bộ chỉ số']) {
      expect(text).toContain(label);
    }
    const y = new Date().getFullYear();
    expect(await page.$$eval('#template option', (os) => os.map((o) => o.textContent))).toEqual([`Kế hoạch thực hiện chỉ tiêu CCHC năm ${y}, dự kiến đến năm ${y + 2}`, 'Kết quả đánh giá Chỉ số CCHC']);
    // Google's add-on style: its blue "action" button, one per view.
    expect(await page.$$eval('#sec-template button.action', (bs) => bs.map((b) => b.id))).toEqual(['insert']);
  });

  test('every control reaches its server function', async () => {
    await page.selectOption('#template', 'cham-diem');
    await page.fill('#unit', 'xã Triệu Sơn');
    await page.check('#evidence');
    await page.click('#insert');
    await page.waitForSelector('#status:has-text("Đã chèn trang")');
    expect(await lastCall()).toEqual(['insertTemplate', { id: 'cham-diem', year: new Date().getFullYear(), unit: 'xã Triệu Sơn', withEvidence: true }]);
    const cases: [string, string, string][] = [['check', '#check', 'checkActiveSheet'], ['score', '#score', 'scoreActiveSheet'], ['tools', '#clean', 'cleanSelection'],
      ['tools', '#plan', 'buildPlan'], ['tools', '#summary', 'buildSummary'], ['sets', '#set-from-sheet', 'loadSetFromSheet'], ['sets', '#set-from-decision', 'importDecisionTable']];
    for (const [tab, selector, fn] of cases) {
      await page.click(`#tab-${tab}`);
      await page.click(selector);
      await page.waitForFunction((name) => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === name), fn);
      await page.waitForSelector('#insert:not([disabled])', { state: 'attached' });
    }
    await page.selectOption('#set', 'qt-2025');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'setActiveSet' && c[1] === 'qt-2025'));
    await page.waitForSelector('#insert:not([disabled])', { state: 'attached' });
    await page.click('#set-advanced summary');
    await page.fill('#set-json', '{"id": 1}');
    await page.click('#set-import');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'importSetJson' && c[1] === '{"id": 1}'));
  });

  test('the score shows totals and a chart of points by area', async () => {
    await page.click('#tab-score');
    await page.click('#score');
    await page.waitForSelector('#chart .area');
    const totals = await page.textContent('#score-result dl');
    expect(totals).toContain('-23,41');
    expect(totals).toContain('41,48%');
    expect(totals).toContain('31,87');
    // Each area: its name, the self-assessed and appraised bars against its maximum, the three figures.
    expect(await page.$$eval('#chart .area', (as) => as.map((a) => [a.querySelector('.area-name')?.textContent, a.querySelector('.figures')?.textContent]))).toEqual([
      ['1. Công tác chỉ đạo', 'Tự đánh giá 9,50 · Thẩm định 5,95 / 13,00'],
      ['3. Cải cách TTHC', 'Tự đánh giá 8,20 · Thẩm định 5,14 / 10,00'],
    ]);
    expect(await page.$$eval('#chart .track.appraised .bar', (bs) => bs.map((b) => (b as HTMLElement).style.width))).toEqual(['45.77%', '51.4%']);
    expect(await page.textContent('#gaps')).toBe('E11 Tiêu chí 1.1.3: Điểm ghi 0,85, theo cách tính là 0,86 (chênh -0,01). Cách cắt bỏ (làm tròn xuống) cho đúng điểm đã ghi.');
    await page.click('#gaps button[data-cell="E11"]');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'selectCell' && c[2] === 'E11'));
  });

  test('after scoring: what the index divides by, and the cells where the sheet will differ, each selectable, fixable where certain', async () => {
    await page.click('#tab-score');
    await page.click('#score');
    await page.waitForSelector('#sheet-differs li');
    expect(await page.textContent('#index-basis')).toBe('Chỉ số chia cho 40,00 điểm (tổng điểm chuẩn các tiêu chí có trên trang).');
    expect(await page.$$eval('#sheet-differs button.problem', (bs) => bs.map((b) => b.textContent))).toEqual([
      'D18 "0.25" bị lưu dạng chữ do gõ sai dấu thập phân; chuyển thành số 0,25.',
      'D45 Tổng điểm tự đánh giá của Tổng cộng là 31,62, không bằng tổng các dòng thành phần (31,87).',
    ]);
    // A fix only where it is certain: the text figure has one, the typed total (whose right value is the user's call) none.
    expect(await page.$$eval('#sheet-differs button.fix', (bs) => bs.map((b) => b.getAttribute('data-fix')))).toEqual(['D18']);
    await page.click('#sheet-differs button[data-cell="D45"]');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'selectCell' && c[2] === 'D45'));
    await page.click('#sheet-differs button.fix');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'applyFixes' && JSON.stringify(c[2]) === '["D18"]'));
    // The canned answer leaves no problem: both cells leave the list.
    await page.waitForFunction(() => document.querySelectorAll('#sheet-differs li').length === 0);
  });

  test('a problem click selects its cell; cell text holding HTML is shown as text', async () => {
    await page.click('#tab-check');
    await page.click('#check');
    await page.waitForSelector('#problems button.problem');
    const items = await page.$$eval('#problems button.problem', (bs) => bs.map((b) => b.textContent));
    expect(items[0]).toBe('D18 "0.25" bị lưu dạng chữ do gõ sai dấu thập phân; chuyển thành số 0,25.');
    expect(items[1]).toContain(XSS);
    expect(await page.$$('#problems img')).toHaveLength(0);
    await page.click('#problems button[data-cell="D18"]');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'selectCell' && c[2] === 'D18'));
    expect((await calls()).filter((c) => c[0] === 'selectCell').at(-1)).toEqual(['selectCell', 'Điểm', 'D18']);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('switches to English and back, and works from the keyboard', async () => {
    await page.click('#language');
    expect(await page.textContent('#sec-template h2')).toBe('Insert a template');
    await page.focus('#language');
    await page.keyboard.press('Enter');
    expect(await page.textContent('#sec-template h2')).toBe('Chèn mẫu phụ lục');
    await page.click('#tab-template');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-check', 'aria-selected')).toBe('true');
    await page.focus('#check');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === 'checkActiveSheet').length >= 2);
  });
});
