import { formatPercent, formatPoints, formatProblem, type Language, type Problem } from '../shared';
import type { PanelBackend, ScoreSummary } from './backend';
import { barChart } from './chart';
import { t, type StringKey } from './strings';

export interface PanelOptions {
  /** 350 for the Excel task pane, 300 for the Sheets sidebar. */
  readonly width: number;
  readonly year: number;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  // Text goes in as text nodes: a cell holding "<img onerror=…>" is shown, never run.
  for (const child of children) node.append(child);
  return node;
}

/**
 * The task pane and the sidebar: the same panel over a host backend. It renders, calls the backend,
 * and shows results; cell text always goes in as text.
 */
export function mountPanel(root: HTMLElement, backend: PanelBackend, options: PanelOptions): void {
  let language: Language = 'vi';
  let lastCheck: { sheet: string; problems: readonly Problem[] } | undefined;
  let lastScore: ScoreSummary | undefined;
  let templates: readonly { id: string; vi: string; en: string }[] = [];
  let sets: { active: string; sets: readonly { id: string; name: string; source?: string }[]; problems?: readonly Problem[] } = { active: '', sets: [] };
  const labelled = new Map<HTMLElement, StringKey>();
  const label = <T extends HTMLElement>(node: T, key: StringKey): T => {
    labelled.set(node, key);
    return node;
  };

  const status = el('p', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const langButton = el('button', { id: 'language', type: 'button', class: 'link' });
  const templateSelect = el('select', { id: 'template' });
  const yearInput = el('input', { id: 'year', type: 'number', min: '2000', max: '2100', value: String(options.year) });
  const unitInput = el('input', { id: 'unit', type: 'text' });
  const evidence = el('input', { id: 'evidence', type: 'checkbox' });
  const insertButton = label(el('button', { id: 'insert', type: 'button', class: 'primary' }), 'insert');
  const checkButton = label(el('button', { id: 'check', type: 'button', class: 'primary' }), 'check');
  const problemInfo = el('p', { id: 'problem-info' });
  const problemList = el('ul', { id: 'problems', class: 'problems' });
  const scoreButton = label(el('button', { id: 'score', type: 'button', class: 'primary' }), 'score');
  const scoreResult = el('div', { id: 'score-result' });
  const cleanButton = label(el('button', { id: 'clean', type: 'button' }), 'clean');
  const planButton = label(el('button', { id: 'plan', type: 'button' }), 'plan');
  const summaryButton = label(el('button', { id: 'summary', type: 'button' }), 'summary');
  const setSelect = el('select', { id: 'set' });
  const setSource = el('p', { id: 'set-source', class: 'note' });
  const setFromSheet = label(el('button', { id: 'set-from-sheet', type: 'button' }), 'setFromSheet');
  const setJson = el('textarea', { id: 'set-json', rows: '3' });
  const setImport = label(el('button', { id: 'set-import', type: 'button' }), 'setImport');
  const setProblems = el('ul', { id: 'set-problems', class: 'problems' });

  const field = (key: StringKey, input: HTMLElement): HTMLElement => {
    const l = label(el('label', { for: input.id }), key);
    return el('div', { class: 'field' }, l, input);
  };
  const section = (id: string, key: StringKey, ...body: HTMLElement[]): HTMLElement =>
    el('section', { id, 'aria-labelledby': `${id}-h` }, label(el('h2', { id: `${id}-h` }), key), ...body);

  const heading = label(el('h1'), 'title');
  root.replaceChildren(
    el('header', {}, heading, langButton),
    section('sec-template', 'templateHeading', field('template', templateSelect), field('year', yearInput), field('unit', unitInput),
      el('div', { class: 'check' }, evidence, label(el('label', { for: 'evidence' }), 'evidence')), insertButton),
    section('sec-check', 'checkHeading', checkButton, problemInfo, problemList),
    section('sec-score', 'scoreHeading', scoreButton, scoreResult),
    section('sec-tools', 'toolsHeading', cleanButton, planButton, summaryButton),
    section('sec-sets', 'setsHeading', field('activeSet', setSelect), setSource, setFromSheet, field('setJson', setJson), setImport, setProblems),
    status,
  );
  root.style.maxWidth = `${options.width}px`;

  const render = (): void => {
    document.documentElement.lang = language;
    for (const [node, key] of labelled) node.textContent = t(key, language);
    langButton.textContent = t('switchLanguage', language);
    unitInput.placeholder = t('unitPlaceholder', language);
    templateSelect.replaceChildren(...templates.map((x) => el('option', { value: x.id }, language === 'vi' ? x.vi : x.en)));
    setSelect.replaceChildren(...sets.sets.map((s) => {
      const o = el('option', { value: s.id }, s.name);
      if (s.id === sets.active) o.selected = true;
      return o;
    }));
    setSource.textContent = sets.sets.find((s) => s.id === sets.active)?.source ?? '';
    renderProblems();
    renderScore();
  };

  const renderProblems = (): void => {
    problemList.replaceChildren();
    if (!lastCheck) return void (problemInfo.textContent = '');
    problemInfo.textContent = lastCheck.problems.length ? t('problemsFound', language, { n: lastCheck.problems.length }) : t('noProblems', language);
    const sheet = lastCheck.sheet;
    for (const p of lastCheck.problems) {
      const { cell: _cell, ...rest } = p;
      const item = el('button', { type: 'button', class: `problem ${p.severity}`, 'data-cell': p.cell ?? '' },
        el('strong', {}, p.cell ?? ''), ' ', formatProblem(rest, language));
      item.addEventListener('click', () => void run(() => (p.cell ? backend.selectCell(sheet, p.cell) : Promise.resolve())));
      problemList.append(el('li', {}, item));
    }
  };

  const renderScore = (): void => {
    scoreResult.replaceChildren();
    const s = lastScore;
    if (!s) return;
    const row = (key: StringKey, value: string): HTMLElement[] => [el('dt', {}, t(key, language)), el('dd', {}, value)];
    scoreResult.append(el('dl', { class: 'totals' },
      ...row('max', formatPoints(s.totals.max, language)),
      ...row('appraised', formatPoints(s.totals.appraised, language)),
      ...row('deduction', formatPoints(s.totals.deduction, language)),
      ...row('lost', String(s.totals.lost)),
      ...row('index', s.index === null ? '—' : formatPercent(s.index, language)),
      ...(s.rating ? row('rating', s.rating) : [])));
    scoreResult.append(el('h3', {}, t('chartTitle', language)),
      barChart(s.areas.map((a) => ({ label: a.area, title: a.name, max: a.max, value: a.appraised, text: `${formatPoints(a.appraised, language)}/${formatPoints(a.max, language)}` })), options.width - 24, t('chartTitle', language)));
    const notes = [t('written', language, { n: s.written }), ...(s.kept.length ? [t('kept', language, { cells: s.kept.join(', ') })] : [])];
    scoreResult.append(el('p', { class: 'note' }, notes.join(' ')));
    const gaps = s.gaps ?? [];
    if (gaps.length) {
      scoreResult.append(el('h3', {}, t('gapsTitle', language)));
      const list = el('ul', { class: 'problems', id: 'gaps' });
      for (const p of gaps) {
        const { cell: _cell, ...rest } = p;
        const item = el('button', { type: 'button', class: 'problem warning', 'data-cell': p.cell ?? '' }, el('strong', {}, p.cell ?? ''), ' ', formatProblem(rest, language));
        item.addEventListener('click', () => void run(() => (p.cell ? backend.selectCell(s.sheet, p.cell) : Promise.resolve())));
        list.append(el('li', {}, item));
      }
      scoreResult.append(list);
    }
  };

  const buttons = [insertButton, checkButton, scoreButton, cleanButton, planButton, summaryButton, setFromSheet, setImport];
  const say = (text: string, isError = false): void => {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  };
  /** Runs one action with progress shown and every button disabled, so a long action is not started twice. */
  const run = async (action: () => Promise<unknown>): Promise<void> => {
    buttons.forEach((b) => (b.disabled = true));
    say(t('working', language));
    try {
      await action();
      if (status.textContent === t('working', language)) say('');
    } catch (e) {
      say(t('failed', language, { message: e instanceof Error ? e.message : String(e) }), true);
    } finally {
      buttons.forEach((b) => (b.disabled = false));
    }
  };

  const refreshSets = async (): Promise<void> => {
    sets = await backend.listSets();
    render();
    showStoredSetProblems();
  };
  /** Stored sets that could not be used: the officer must know scoring fell back to the example set. */
  const showStoredSetProblems = (): void => {
    const stored = 'problems' in sets ? sets.problems ?? [] : [];
    if (stored.length) setProblems.replaceChildren(...stored.map((p) => el('li', { class: `problem ${p.severity}` }, formatProblem(p, language))));
  };
  const showSetResult = (r: { ok: boolean; problems: readonly Problem[]; name?: string }): void => {
    setProblems.replaceChildren(...r.problems.map((p) => el('li', { class: `problem ${p.severity}` }, formatProblem(p, language))));
    if (r.ok) say(t('setLoaded', language, { name: r.name ?? '' }));
  };

  langButton.addEventListener('click', () => {
    language = language === 'vi' ? 'en' : 'vi';
    render();
  });
  insertButton.addEventListener('click', () => void run(async () => {
    const r = await backend.insertTemplate({ id: templateSelect.value, year: Number(yearInput.value) || options.year, unit: unitInput.value.trim(), withEvidence: evidence.checked });
    say([t('inserted', language, { sheet: r.sheet }), ...(r.leftOut ?? [])].join(' '));
  }));
  checkButton.addEventListener('click', () => void run(async () => {
    const r = await backend.check();
    if ('noTable' in r) {
      lastCheck = undefined;
      renderProblems();
      return say(t('noTable', language), true);
    }
    lastCheck = r;
    renderProblems();
  }));
  scoreButton.addEventListener('click', () => void run(async () => {
    const r = await backend.score();
    if ('noTable' in r) return say(t('noTable', language), true);
    lastScore = r;
    renderScore();
  }));
  cleanButton.addEventListener('click', () => void run(async () => say(t('cleaned', language, { n: (await backend.clean()).changed }))));
  planButton.addEventListener('click', () => void run(async () => {
    const r = await backend.plan();
    say('noTable' in r ? t('noTable', language) : t('planned', language, { sheet: r.sheet, n: r.count }), 'noTable' in r);
  }));
  summaryButton.addEventListener('click', () => void run(async () => {
    const r = await backend.summary();
    say('noTable' in r ? t('noTable', language) : t('summarised', language, { sheet: r.sheet, n: r.units }), 'noTable' in r);
  }));
  setSelect.addEventListener('change', () => void run(async () => {
    await backend.setActiveSet(setSelect.value);
    await refreshSets();
  }));
  setFromSheet.addEventListener('click', () => void run(async () => {
    showSetResult(await backend.loadSetFromSheet());
    await refreshSets();
  }));
  setImport.addEventListener('click', () => void run(async () => {
    showSetResult(await backend.importSetJson(setJson.value));
    await refreshSets();
  }));

  render();
  void run(async () => {
    templates = await backend.listTemplates();
    await refreshSets();
  });
}
