/**
 * Takes the README's picture of the one-file page (`npm run build` first): the page from file://,
 * 1280 × 800, with the shipped example opened and scored, as an officer sees it. `npx tsx docs/make-web-picture.ts`.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../tests/helpers/browser';

const ROOT = join(__dirname, '..');

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    // The page asks for nothing; anything it did ask for would be refused.
    await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(ROOT, 'dist/web/cchc.html')).href);
    await page.waitForSelector('#template option', { state: 'attached' });
    await page.setInputFiles('#open-file', join(ROOT, 'examples/cham-diem-vinh-linh-2023.xlsx'));
    await page.waitForSelector('#choose:not([hidden])');
    await page.click('#tab-score');
    await page.click('#score');
    await page.waitForFunction(() => /Đã chấm điểm/.test(document.getElementById('status-text')?.textContent ?? ''));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ROOT, 'docs/trang-web.png') });
  } finally {
    await browser.close();
  }
}

void main();
