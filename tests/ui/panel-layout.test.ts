import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { GAS_DIR } from '../helpers/gas-bundle';
import { launchChromium, PANEL_RESPONSES } from '../helpers/browser';
import { serveFolder } from '../helpers/static-server';

jest.setTimeout(120_000);

const STUB = readFileSync(join(__dirname, '../addin/office-stub.js'), 'utf8');
const SHEET = [
  ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến Hội đồng thẩm định'],
  ['1.2', 'Báo cáo CCHC', 4, 2.3, 1.7, '', 'Đồng ý'],
  ['5.1.2', 'Tỷ lệ đơn vị sự nghiệp bố trí viên chức theo đúng vị trí việc làm được phê duyệt', 1, '0.25', 0, '', ''],
  ['7.2', 'Thông tin cung cấp trên Cổng/Trang thông tin điện tử', 2, '1,5', 1, '-0,75', ''],
];
const HEIGHT = 720;

/** google.script.run answering from canned responses, as in the sidebar test. */
function stubScript(responses: Record<string, unknown>): void {
  const w = window as unknown as { google: unknown };
  const runner = (success?: (v: unknown) => void): unknown => new Proxy({}, {
    get(_t, prop: string) {
      if (prop === 'withSuccessHandler') return (f: (v: unknown) => void) => runner(f);
      if (prop === 'withFailureHandler') return () => runner(success);
      return () => setTimeout(() => success?.(responses[prop]), 5);
    },
  });
  w.google = { script: { run: runner() } };
}

interface Layout { scrollWidth: number; clientWidth: number; status: { top: number; bottom: number } | null; text: string }

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const s = document.getElementById('status');
    const r = s && s.isConnected && s.offsetParent !== null ? s.getBoundingClientRect() : null;
    return {
      scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
      status: r ? { top: r.top, bottom: r.bottom } : null, text: document.getElementById('status-text')?.textContent ?? '',
    };
  });
}

/** Each state the officer meets, reached through the panel's own controls; each ends with a status under its action. */
const STATES: readonly { name: string; reach(page: Page): Promise<void> }[] = [
  { name: 'fresh', reach: async () => undefined },
  { name: 'problems', reach: async (page) => {
    await page.click('#tab-check');
    await page.click('#check');
    await page.waitForSelector('#problems li');
  } },
  { name: 'scored', reach: async (page) => {
    await page.click('#tab-score');
    await page.click('#score');
    await page.waitForSelector('#chart .area');
  } },
  { name: 'bad-set', reach: async (page) => {
    await page.click('#tab-sets');
    await page.click('#set-advanced summary');
    await page.fill('#set-json', '{ "id": "qt", "name": "Quảng Trị", "areas": [ { "code": "1", "name": "Công tác chỉ đạo", "max": "13" } ] }');
    await page.click('#set-import');
    await page.waitForSelector('#set-problems li');
  } },
];

describe.each([
  ['task pane', 350],
  ['sidebar', 300],
] as const)('the %s at %i px, 720 px tall', (host, width) => {
  let browser: Browser;
  let page: Page;
  let server: { url: string; close(): Promise<void> } | undefined;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width, height: HEIGHT } });
    if (host === 'task pane') {
      server = await serveFolder(join(__dirname, '../../dist/excel'));
      await page.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
        contentType: 'text/javascript', body: `window.__initialValues = ${JSON.stringify(SHEET)};\n${STUB}`,
      }));
      await page.goto(`${server.url}taskpane.html`);
    } else {
      await page.addInitScript(stubScript, PANEL_RESPONSES);
      await page.goto(pathToFileURL(join(GAS_DIR, 'Sidebar.html')).href);
    }
    await page.waitForFunction(() => document.querySelectorAll('#template option').length > 0);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each(STATES.map((s) => [s.name, s] as const))('%s: no sideways scroll, the result of the last action in view', async (name, state) => {
    await state.reach(page);
    await page.waitForSelector('#insert:not([disabled])', { state: 'attached' });
    const l = await layout(page);
    expect(l.scrollWidth).toBeLessThanOrEqual(l.clientWidth);
    if (name === 'fresh') {
      const insert = await page.$eval('#insert', (b) => b.getBoundingClientRect().bottom);
      expect(insert).toBeLessThanOrEqual(HEIGHT);
    } else {
      expect(l.text).not.toBe('');
      expect(l.status).not.toBeNull();
      expect(l.status!.top).toBeGreaterThanOrEqual(0);
      expect(l.status!.bottom).toBeLessThanOrEqual(HEIGHT);
    }
    // Set CCHC_PANEL_SHOTS to a folder to look at each state.
    if (process.env.CCHC_PANEL_SHOTS) await page.screenshot({ path: join(process.env.CCHC_PANEL_SHOTS, `${host.replace(' ', '-')}-${name}.png`) });
  });
});
