import { execFileSync } from 'node:child_process';

export interface TextLine {
  readonly page: number;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text lines of a PDF with their boxes, as poppler's `pdftotext -bbox-layout` reports them. */
export function pdfLines(pdf: string): TextLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: TextLine[] = [];
  xml.split('<page ').slice(1).forEach((page, p) => {
    for (const m of page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
      const words = [...(m[5] ?? '').matchAll(/>([^<]*)<\/word>/g)].map((w) => unescape(w[1] ?? ''));
      lines.push({ page: p + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: words.join(' ') });
    }
  });
  return lines;
}

/** The words of a PDF with their boxes (each word as a one-word line), as `pdftotext -bbox-layout` reports them. */
export function pdfWords(pdf: string): TextLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const words: TextLine[] = [];
  xml.split('<page ').slice(1).forEach((page, p) => {
    for (const m of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      words.push({ page: p + 1, xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: unescape(m[5] ?? '') });
    }
  });
  return words;
}

/**
 * Pairs of lines on the same page whose boxes overlap: text printed over other text. Boxes of
 * consecutive lines touch by a fraction of a point (ascenders and descenders), so an overlap counts
 * when it covers more than a quarter of the smaller line's height.
 */
export function overlappingLines(lines: readonly TextLine[]): [TextLine, TextLine][] {
  const out: [TextLine, TextLine][] = [];
  const byPage = new Map<number, TextLine[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  for (const pageLines of byPage.values()) {
    // Sorted by top edge, each line is compared only with the lines that start above its bottom.
    const sorted = [...pageLines].sort((a, b) => a.yMin - b.yMin);
    sorted.forEach((a, i) => {
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j] as TextLine;
        if (b.yMin >= a.yMax) break;
        const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin);
        const dy = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
        if (dx > 1 && dy > 0.25 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin)) out.push([a, b]);
      }
    });
  }
  return out;
}
