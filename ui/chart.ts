const SVG = 'http://www.w3.org/2000/svg';

export interface Bar {
  readonly label: string;
  readonly title: string;
  readonly max: number;
  readonly value: number;
  /** The figures as the reader writes them ("5,95/13,00"). */
  readonly text: string;
}

/** Points by area as horizontal bars (appraised over maximum), drawn with DOM nodes only: no markup strings. */
export function barChart(bars: readonly Bar[], width: number, caption: string): SVGSVGElement {
  const rowHeight = 22;
  const labelWidth = 28;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(bars.length * rowHeight + 8));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', caption);
  const scale = Math.max(...bars.map((b) => b.max), 1);
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 4;
    const full = ((width - labelWidth - 76) * bar.max) / scale;
    const got = bar.max > 0 ? (full * Math.max(0, bar.value)) / bar.max : 0;
    const label = document.createElementNS(SVG, 'text');
    label.setAttribute('x', '0');
    label.setAttribute('y', String(y + 14));
    label.textContent = bar.label;
    const title = document.createElementNS(SVG, 'title');
    title.textContent = bar.title;
    label.appendChild(title);
    const back = document.createElementNS(SVG, 'rect');
    back.setAttribute('x', String(labelWidth));
    back.setAttribute('y', String(y));
    back.setAttribute('width', String(Math.max(full, 1)));
    back.setAttribute('height', '16');
    back.setAttribute('class', 'bar-max');
    const front = document.createElementNS(SVG, 'rect');
    front.setAttribute('x', String(labelWidth));
    front.setAttribute('y', String(y));
    front.setAttribute('width', String(got));
    front.setAttribute('height', '16');
    front.setAttribute('class', 'bar-value');
    const value = document.createElementNS(SVG, 'text');
    value.setAttribute('x', String(labelWidth + full + 4));
    value.setAttribute('y', String(y + 13));
    value.setAttribute('class', 'bar-text');
    value.textContent = bar.text;
    svg.append(label, back, front, value);
  });
  return svg;
}
