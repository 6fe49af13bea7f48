import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/helpers/browser';
import { median, reportSize, reportTime } from './measure';

const PAGE = join(__dirname, '../dist/web/cchc.html');

/**
 * The one-file page as an officer gets it: its size (gzip, as a mail server or intranet would carry
 * it) and its time in Chromium from file:// until the panel is usable (templates listed, buttons
 * enabled), beside a blank page from file:// loaded in the same browser, the floor. A fresh page each
 * run, the two interleaved so the machine's drift weighs on both.
 */
export async function webPage(runs = 9): Promise<string[]> {
  const html = readFileSync(PAGE);
  const gzip = gzipSync(html, { level: 9 }).length;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-web-'));
  const blank = join(dir, 'blank.html');
  writeFileSync(blank, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trang trống</title></head><body><p>Trang trống</p></body></html>');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    // Nothing but the two files could be asked for; anything else would be refused, as in the test.
    await context.route('**/*', (route) => (route.request().url().startsWith('file://') ? route.continue() : route.abort()));
    const time = async (url: string, ready: boolean): Promise<number> => {
      const page = await context.newPage();
      const start = process.hrtime.bigint();
      await page.goto(url, { waitUntil: 'load' });
      // Usable: the templates are listed and the first action's button is enabled again.
      if (ready) await page.waitForFunction(() => document.querySelectorAll('#template option').length > 0 && (document.getElementById('insert') as HTMLButtonElement | null)?.disabled === false, undefined, { polling: 'raf' });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      await page.close();
      return ms;
    };
    await time(pathToFileURL(PAGE).href, true);
    await time(pathToFileURL(blank).href, false);
    const times = { page: [] as number[], blank: [] as number[] };
    for (let i = 0; i < runs; i++) {
      times.page.push(await time(pathToFileURL(PAGE).href, true));
      times.blank.push(await time(pathToFileURL(blank).href, false));
    }
    return [
      reportSize('web page dist/web/cchc.html, gzipped', gzip, { label: 'raw', value: html.length }),
      reportTime('web page from file:// to a usable panel (Chromium)', median(times.page), runs, [{ label: 'blank page from file://', value: median(times.blank) }]),
    ];
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
