import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TextLine } from './pdf-layout';

/** A ruled line of a printed page: a cell border, in points from the top-left corner as pdftotext counts. */
export interface Rule {
  readonly page: number;
  /** Horizontal rules have y1 = y2, vertical ones x1 = x2. */
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

const NUMBER = String.raw`-?[\d.]+`;

/**
 * The straight stroked lines of every page (the cells' borders), read from poppler's SVG rendering
 * (`pdftocairo -svg`): each border is a path "M x y L x y" under a transform matrix(a,0,0,d,e,f).
 * Glyphs are filled paths without a stroke and are left out.
 */
export function pdfRules(pdf: string): Rule[] {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const dir = mkdtempSync(join(tmpdir(), 'cchc-svg-'));
  const rules: Rule[] = [];
  try {
    for (let page = 1; page <= pages; page++) {
      const svg = join(dir, `${page}.svg`);
      execFileSync('pdftocairo', ['-svg', '-f', String(page), '-l', String(page), pdf, svg]);
      const text = readFileSync(svg, 'utf8');
      const path = new RegExp(`<path style="fill:none;[^"]*stroke:rgb[^"]*" d="M (${NUMBER}) (${NUMBER}) L (${NUMBER}) (${NUMBER}) "(?: transform="matrix\\((${NUMBER}),0,0,(${NUMBER}),(${NUMBER}),(${NUMBER})\\)")?`, 'g');
      for (const m of text.matchAll(path)) {
        const [x1, y1, x2, y2, a, d, e, f] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
        const tx = (x: number): number => (a ?? 1) * x + (e ?? 0);
        const ty = (y: number): number => (d ?? 1) * y + (f ?? 0);
        const [X1, Y1, X2, Y2] = [tx(x1 ?? 0), ty(y1 ?? 0), tx(x2 ?? 0), ty(y2 ?? 0)];
        if (Math.abs(Y1 - Y2) < 0.01 || Math.abs(X1 - X2) < 0.01) {
          rules.push({ page, x1: Math.min(X1, X2), y1: Math.min(Y1, Y2), x2: Math.max(X1, X2), y2: Math.max(Y1, Y2) });
        }
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rules;
}

/**
 * Words whose box touches or crosses a border of the cell they print in: the nearest border above,
 * below, left and right of the word's centre (only borders that run past the centre count) must
 * stand clear of the box by `room` points (a point above and below; beside, a spreadsheet's own
 * indent of left-aligned text is a third of a point on paper, so only touching or crossing counts). A word printed across a border has that border inside
 * its box, so it is caught as well.
 */
export function crowdedWords(words: readonly TextLine[], rules: readonly Rule[], room = { vertical: 1, horizontal: 0.25 }): { word: TextLine; side: string; gap: number }[] {
  const out: { word: TextLine; side: string; gap: number }[] = [];
  for (const w of words) {
    const cx = (w.xMin + w.xMax) / 2;
    const cy = (w.yMin + w.yMax) / 2;
    const onPage = rules.filter((r) => r.page === w.page);
    const horizontal = onPage.filter((r) => r.y1 === r.y2 && r.x1 <= cx && r.x2 >= cx);
    const vertical = onPage.filter((r) => r.x1 === r.x2 && r.y1 <= cy && r.y2 >= cy);
    const above = Math.max(-Infinity, ...horizontal.filter((r) => r.y1 <= cy).map((r) => r.y1));
    const below = Math.min(Infinity, ...horizontal.filter((r) => r.y1 > cy).map((r) => r.y1));
    const left = Math.max(-Infinity, ...vertical.filter((r) => r.x1 <= cx).map((r) => r.x1));
    const right = Math.min(Infinity, ...vertical.filter((r) => r.x1 > cx).map((r) => r.x1));
    const gaps: [string, number][] = [['top', w.yMin - above], ['bottom', below - w.yMax], ['left', w.xMin - left], ['right', right - w.xMax]];
    for (const [side, gap] of gaps) if (gap < (side === 'top' || side === 'bottom' ? room.vertical : room.horizontal)) out.push({ word: w, side, gap });
  }
  return out;
}
