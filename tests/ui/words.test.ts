import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../ui/strings';

describe('the panel\'s words', () => {
  test('counts read as words, in both languages: "Đã ghi 53 công thức" / "Wrote 53 formulas", one in the singular', () => {
    expect(t('written', 'vi', { n: 53 })).toBe('Đã ghi 53 công thức.');
    expect(t('written', 'en', { n: 53 })).toBe('Wrote 53 formulas.');
    expect(t('written', 'en', { n: 1 })).toBe('Wrote 1 formula.');
    expect(t('fixed', 'en', { n: 1 })).toBe('Fixed 1 cell.');
    expect(t('planned', 'en', { n: 27, sheet: 'Khắc phục CCHC 2023' })).toBe('Built "Khắc phục CCHC 2023" with 27 criteria that lost points.');
    expect(t('summarised', 'en', { n: 3, sheet: 'Tổng hợp' })).toBe('Summarised 3 units in "Tổng hợp".');
    // A parameter given by name is never taken for a noun.
    expect(t('kept', 'en', { cells: 'E12, E15' })).toBe('Kept typed cells: E12, E15.');
  });

  test('each tab opens a section headed with its own name', () => {
    for (const language of ['vi', 'en'] as const) expect(t('toolsHeading', language).startsWith(t('tabTools', language))).toBe(true);
  });

  /** WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
  };

  test.each(['theme-google.css', 'theme-fluent.css'])('%s: the legend\'s swatches stand out at 3:1 or more (WCAG 1.4.11), on a light and a dark background', (file) => {
    const css = readFileSync(join(__dirname, '../../ui', file), 'utf8');
    const colour = (name: string): string => /#[0-9a-f]{6}/i.exec(new RegExp(`--${name}:\\s*([^;]+);`).exec(css)?.[1] ?? '')?.[0] ?? '';
    // The maximum's swatch is the light track, so its edge carries the contrast; the self-assessed swatch its fill.
    for (const background of ['#ffffff', '#292929']) {
      expect([file, background, 'edge', contrast(colour('chart-edge'), background) >= 3]).toEqual([file, background, 'edge', true]);
      expect([file, background, 'self', contrast(colour('chart-self'), background) >= 3]).toEqual([file, background, 'self', true]);
    }
    const panel = readFileSync(join(__dirname, '../../ui/panel.css'), 'utf8');
    expect(panel).toMatch(/\.area-chart \.swatch \{[^}]*box-shadow: inset 0 0 0 1px var\(--chart-edge\)/);
  });
});
