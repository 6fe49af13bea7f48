import { formatPoints, type Language } from '../shared';

export interface AreaBar {
  readonly code: string;
  readonly name: string;
  readonly max: number;
  /** Null where the sheet has no self-assessed column filled. */
  readonly self: number | null;
  readonly appraised: number;
}

export interface ChartWords {
  readonly caption: string;
  readonly self: string;
  readonly appraised: string;
  readonly max: string;
}

function div(className: string, text?: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = className;
  if (text !== undefined) d.textContent = text;
  return d;
}

/**
 * Points by area: the area's name, then the self-assessed and appraised points as bars against the
 * area's maximum, with the three figures written out. Built from DOM nodes in percentages, so it
 * takes the panel's width (300 or 350 px) without scrolling, and no cell text becomes markup.
 */
export function areaChart(areas: readonly AreaBar[], language: Language, words: ChartWords): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'area-chart';
  figure.id = 'chart';
  figure.setAttribute('aria-label', words.caption);
  const legend = div('legend');
  for (const [cls, text] of [['self', words.self], ['appraised', words.appraised], ['max', words.max]] as const) {
    const item = div(`key ${cls}`);
    item.append(div('swatch'), document.createTextNode(text));
    legend.append(item);
  }
  figure.append(legend);
  for (const a of areas) {
    const row = div('area');
    row.dataset.area = a.code;
    row.append(div('area-name', `${a.code}. ${a.name}`));
    const share = (v: number | null): string => `${a.max > 0 && v !== null ? Number((Math.max(0, Math.min(1, v / a.max)) * 100).toFixed(2)) : 0}%`;
    for (const [cls, value] of [['self', a.self], ['appraised', a.appraised]] as const) {
      const track = div(`track ${cls}`);
      const bar = div('bar');
      bar.style.width = share(value);
      track.append(bar);
      row.append(track);
    }
    const self = a.self === null ? '—' : formatPoints(a.self, language);
    row.append(div('figures', `${words.self} ${self} · ${words.appraised} ${formatPoints(a.appraised, language)} / ${formatPoints(a.max, language)}`));
    figure.append(row);
  }
  return figure;
}
