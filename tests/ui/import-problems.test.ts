import type { Browser, Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { importCriteriaTable } from '../../shared';
import { GAS_DIR } from '../helpers/gas-bundle';
import { launchChromium, PANEL_RESPONSES } from '../helpers/browser';
import { decisionGrid } from '../fixtures/decision-like-table';

jest.setTimeout(60_000);

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

describe('the panel shows an import\'s problems grouped by kind, errors first', () => {
  let browser: Browser;
  let page: Page;
  afterAll(async () => browser?.close());

  test('one heading with its count for a kind met more than once, each row still named; the information line last', async () => {
    // The decision-like table as pasted, with one more lettered leaf whose maximum of 2 no outcome reaches.
    const grid = decisionGrid();
    const at = grid.findIndex((r) => r[1] === 'Gửi chậm');
    grid.splice(at + 1, 0, [null, 'c) Báo cáo chuyên đề', '2', null], [null, 'Gửi đúng hạn', '1', null], [null, 'Gửi chậm', '0', null]);
    const imported = importCriteriaTable(grid);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.addInitScript(stubScript, { ...PANEL_RESPONSES, importDecisionTable: { ok: true, problems: imported.problems, name: 'Quảng Trị 2025' } });
    await page.goto(pathToFileURL(join(GAS_DIR, 'Sidebar.html')).href);
    await page.click('#tab-sets');
    await page.click('#set-from-decision');
    await page.waitForSelector('#set-problems li');
    const items = await page.$$eval('#set-problems li', (lis) => lis.map((li) => [li.className, li.textContent ?? '']));
    // By hand: area 1 is now 3 + (1,5 + 1,5 + 2) = 8 against 6 printed, 1.2 is 5 against 3, the areas 8 + 6 = 14 (24 with the survey) against 22.
    expect(items).toEqual([
      ['problem warning group', 'Điểm tối đa khác tổng các tiêu chí con (3)'],
      ['problem warning', 'Ô C7 (lĩnh vực 1): Lĩnh vực 1 ghi 6 điểm nhưng các tiêu chí con (1.1, 1.2) cộng lại 8; bộ chỉ số dùng 8.'],
      ['problem warning', 'Ô C14 (tiêu chí 1.2): Tiêu chí 1.2 ghi 3 điểm nhưng các tiêu chí con (1.2.1, 1.2.2, 1.2.3) cộng lại 5; bộ chỉ số dùng 5.'],
      ['problem warning', 'Ô C24 (lĩnh vực 2): Lĩnh vực 2 ghi 7 điểm nhưng các tiêu chí con (2.1, 2.2, 2.3, 2.4) cộng lại 6; bộ chỉ số dùng 6.'],
      ['problem warning group', 'Điểm tối đa mà không mức nào đạt tới (2)'],
      ['problem warning', 'Ô C18 (tiêu chí 1.2.2): Tiêu chí 1.2.2 có điểm tối đa 1,5 nhưng mức cao nhất chỉ được 1 điểm.'],
      ['problem warning', 'Ô C21 (tiêu chí 1.2.3): Tiêu chí 1.2.3 có điểm tối đa 2 nhưng mức cao nhất chỉ được 1 điểm.'],
      ['problem warning', 'Ô A36 (tiêu chí 2.4): Mã 2.3 in hai lần (lần đầu ở dòng 32); dòng này được đặt mã 2.4. Hãy đối chiếu quyết định.'],
      ['problem warning', 'Ô C41: Tổng điểm ghi 22 nhưng các lĩnh vực cộng lại 14.'],
      ['problem info', 'Ô A15: Các mục a), b), c) (3 dòng) được đặt mã theo tiêu chí cha: 1.2.1, 1.2.2, 1.2.3; xem mã ở cột Mã của trang Bộ chỉ số.'],
    ]);
  });
});
