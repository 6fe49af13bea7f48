import { formatPercent, formatPoints, formatProblem, groupProblems, ratingLabel, templateTitle, type Language, type Problem } from '../shared';
import type { PanelBackend, ScoreSummary } from './backend';
import { areaChart } from './chart';
import { t, useWords, type StringKey, type Words } from './strings';

export interface PanelOptions {
  /** 350 for the Excel task pane, 300 for the Sheets sidebar. */
  readonly width: number;
  readonly year: number;
  /**
   * Fluent 2 in Excel, Google's add-on style in Sheets: the same panel, its primary button carrying
   * the class each style sheet expects ("primary", or "action" as Google's add-on CSS names it).
   */
  readonly theme?: 'fluent' | 'google';
  /** The host's own words for some labels. */
  readonly words?: Words;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Readonly<Record<string, string>> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  // Text goes in as text nodes: a cell holding "<img onerror=…>" is shown, never run.
  for (const child of children) node.append(child);
  return node;
}

type ViewId = 'template' | 'check' | 'score' | 'tools' | 'sets';
const VIEWS: readonly { id: ViewId; tab: StringKey; heading: StringKey }[] = [
  { id: 'template', tab: 'tabTemplate', heading: 'templateHeading' },
  { id: 'check', tab: 'tabCheck', heading: 'checkHeading' },
  { id: 'score', tab: 'tabScore', heading: 'scoreHeading' },
  { id: 'tools', tab: 'tabTools', heading: 'toolsHeading' },
  { id: 'sets', tab: 'tabSets', heading: 'setsHeading' },
];

/**
 * The task pane and the sidebar: the same panel over a host backend. One view at a time, each with
 * one primary action; the result of an action appears right under the button that started it, so
 * it is in view in a short window. Cell text always goes in as text.
 */
export function mountPanel(root: HTMLElement, backend: PanelBackend, options: PanelOptions): void {
  const theme = options.theme ?? 'fluent';
  useWords(options.words ?? {});
  const primaryClass = theme === 'google' ? 'action primary' : 'primary';
  let language: Language = 'vi';
  let view: ViewId = 'template';
  let lastCheck: { sheet: string; problems: readonly Problem[] } | undefined;
  let lastScore: ScoreSummary | undefined;
  let templates: readonly { id: string; vi: string; en: string }[] = [];
  let sets: Awaited<ReturnType<PanelBackend['listSets']>> = { active: '', sets: [] };
  const labelled = new Map<HTMLElement, StringKey>();
  const label = <T extends HTMLElement>(node: T, key: StringKey): T => {
    labelled.set(node, key);
    return node;
  };

  const status = el('div', { id: 'status', role: 'status', 'aria-live': 'polite' });
  const progress = el('progress', { id: 'progress' });
  progress.hidden = true;
  const statusText = el('span', { id: 'status-text' });
  status.append(progress, statusText);

  const langButton = el('button', { id: 'language', type: 'button', class: 'link' });
  const templateSelect = el('select', { id: 'template' });
  const templateTitleLine = el('p', { id: 'template-title', class: 'note' });
  const yearInput = el('input', { id: 'year', type: 'number', min: '2000', max: '2100', value: String(options.year) });
  const unitInput = el('input', { id: 'unit', type: 'text' });
  const evidence = el('input', { id: 'evidence', type: 'checkbox' });
  const insertButton = label(el('button', { id: 'insert', type: 'button', class: primaryClass }), 'insert');
  const checkButton = label(el('button', { id: 'check', type: 'button', class: primaryClass }), 'check');
  const fixAllButton = label(el('button', { id: 'fix-all', type: 'button' }), 'fixAll');
  fixAllButton.hidden = true;
  const problemInfo = el('p', { id: 'problem-info' });
  const problemList = el('ul', { id: 'problems', class: 'problems' });
  const scoreButton = label(el('button', { id: 'score', type: 'button', class: primaryClass }), 'score');
  const scoreResult = el('div', { id: 'score-result' });
  const planButton = label(el('button', { id: 'plan', type: 'button', class: primaryClass }), 'plan');
  const summaryButton = label(el('button', { id: 'summary', type: 'button' }), 'summary');
  const cleanButton = label(el('button', { id: 'clean', type: 'button' }), 'clean');
  const setSelect = el('select', { id: 'set' });
  const setSource = el('p', { id: 'set-source', class: 'note' });
  const setFromSheet = label(el('button', { id: 'set-from-sheet', type: 'button', class: primaryClass }), 'setFromSheet');
  const anyFile = backend.importSetFile !== undefined;
  const setFile = el('input', { id: 'set-file', type: 'file', accept: anyFile ? '.docx,.xlsx,.xlsm,.json,application/json' : '.json,application/json' });
  const setFileLabel = label(el('label', { for: 'set-file', class: 'file-button', tabindex: '-1' }), anyFile ? 'setFileAny' : 'setFile');
  const setJson = el('textarea', { id: 'set-json', rows: '4' });
  const setImport = label(el('button', { id: 'set-import', type: 'button' }), 'setImport');
  const setFromDecision = label(el('button', { id: 'set-from-decision', type: 'button' }), 'setFromDecision');
  const setAdvanced = el('details', { id: 'set-advanced' }, label(el('summary'), 'setAdvanced'), el('div', { class: 'field' }, label(el('label', { for: 'set-json' }), 'setJson'), setJson), setImport);
  const setProblems = el('ul', { id: 'set-problems', class: 'problems' });
  // Removing a set asks first, in the panel itself: Office add-ins do not support window.confirm
  // (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
  const setRemove = label(el('button', { id: 'set-remove', type: 'button' }), 'setRemove');
  const setRemoveAsk = el('p', { id: 'set-remove-ask' });
  const setRemoveYes = label(el('button', { id: 'set-remove-yes', type: 'button' }), 'setRemoveYes');
  const setRemoveNo = label(el('button', { id: 'set-remove-no', type: 'button' }), 'setRemoveNo');
  const setRemoveConfirm = el('div', { id: 'set-remove-confirm', class: 'confirm' }, setRemoveAsk, setRemoveYes, setRemoveNo);
  setRemoveConfirm.hidden = true;
  const setUsage = el('p', { id: 'set-usage', class: 'note' });

  const field = (key: StringKey, input: HTMLElement, ...after: HTMLElement[]): HTMLElement => {
    const l = label(el('label', { for: input.id }), key);
    return el('div', { class: 'field' }, l, input, ...after);
  };

  const bodies: Record<ViewId, HTMLElement[]> = {
    template: [field('template', templateSelect, templateTitleLine), field('year', yearInput), field('unit', unitInput),
      el('div', { class: 'check' }, evidence, label(el('label', { for: 'evidence' }), 'evidence')), insertButton],
    check: [label(el('p', { class: 'note' }), 'checkHelp'), checkButton, problemInfo, fixAllButton, problemList],
    score: [label(el('p', { class: 'note' }), 'scoreHelp'), scoreButton, scoreResult],
    tools: [label(el('p', { class: 'note' }), 'toolsHelp'), planButton, summaryButton, cleanButton],
    sets: [field('activeSet', setSelect), setSource, setFromSheet, setFromDecision, el('div', { class: 'file' }, setFile, setFileLabel), setAdvanced,
      setRemove, setRemoveConfirm, setUsage, setProblems],
  };
  const tabs = new Map<ViewId, HTMLButtonElement>();
  const sections = new Map<ViewId, HTMLElement>();
  const tabList = el('nav', { role: 'tablist', class: 'tabs' });
  for (const v of VIEWS) {
    const tab = label(el('button', { id: `tab-${v.id}`, type: 'button', role: 'tab', 'aria-controls': `sec-${v.id}` }), v.tab);
    tab.addEventListener('click', () => show(v.id));
    tabs.set(v.id, tab);
    tabList.append(tab);
    sections.set(v.id, el('section', { id: `sec-${v.id}`, role: 'tabpanel', 'aria-labelledby': `sec-${v.id}-h` },
      label(el('h2', { id: `sec-${v.id}-h` }), v.heading), ...bodies[v.id]));
  }
  tabList.addEventListener('keydown', (e) => {
    const order = VIEWS.map((v) => v.id);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const from = order.find((id) => tabs.get(id) === e.target) ?? view;
    const next = order[(order.indexOf(from) + step + order.length) % order.length] ?? view;
    show(next);
    tabs.get(next)?.focus();
  });

  const heading = label(el('h1'), 'title');
  root.replaceChildren(
    el('header', { class: 'panel-header' }, el('div', {}, heading, label(el('p', { class: 'subtitle' }), 'subtitle')), langButton),
    tabList,
    ...sections.values(),
  );
  root.classList.add(`theme-${theme}`);
  root.style.maxWidth = `${options.width}px`;

  function show(id: ViewId): void {
    view = id;
    for (const [v, section] of sections) section.hidden = v !== id;
    for (const [v, tab] of tabs) {
      tab.setAttribute('aria-selected', String(v === id));
      tab.tabIndex = v === id ? 0 : -1;
    }
  }

  const yearChosen = (): number => Number(yearInput.value) || options.year;
  const renderTemplates = (): void => {
    const chosen = templateSelect.value;
    templateSelect.replaceChildren(...templates.map((x) => el('option', { value: x.id }, templateTitle({ title: x }, language, yearChosen()))));
    if (chosen) templateSelect.value = chosen;
    templateTitleLine.textContent = templateSelect.selectedOptions[0]?.textContent ?? '';
  };

  const render = (): void => {
    document.documentElement.lang = language;
    for (const [node, key] of labelled) node.textContent = t(key, language);
    langButton.textContent = t('switchLanguage', language);
    unitInput.placeholder = t('unitPlaceholder', language);
    renderTemplates();
    setSelect.replaceChildren(...sets.sets.map((s) => {
      const o = el('option', { value: s.id }, s.name);
      if (s.id === sets.active) o.selected = true;
      return o;
    }));
    setSource.textContent = sets.sets.find((s) => s.id === sets.active)?.source ?? '';
    // The example set is listed first and cannot be removed.
    setRemove.hidden = sets.sets.length === 0 || sets.active === sets.sets[0]?.id;
    const kb = (bytes: number): string => (bytes / 1024).toFixed(1).replace('.', language === 'vi' ? ',' : '.');
    const usage = sets.usage;
    setUsage.textContent = !usage ? '' : usage.limit
      ? t('setUsage', language, { used: kb(usage.bytes), limit: kb(usage.limit) })
      : t('setUsageNoLimit', language, { used: kb(usage.bytes) });
    renderProblems();
    renderScore();
  };

  /** `anchor` stays in place when the list is redrawn, so the action's result has somewhere to show. */
  const problemItem = (p: Problem, sheet: string, fixable: boolean, anchor: HTMLElement): HTMLElement => {
    const { cell: _cell, ...rest } = p;
    const item = el('button', { type: 'button', class: `problem ${p.severity}`, 'data-cell': p.cell ?? '' },
      el('strong', {}, p.cell ?? ''), ' ', formatProblem(rest, language));
    item.addEventListener('click', () => void run(anchor, () => (p.cell ? backend.selectCell(sheet, p.cell) : Promise.resolve())));
    const li = el('li', {}, item);
    if (fixable && p.fix && p.cell) {
      const cell = p.cell;
      const fix = el('button', { type: 'button', class: 'fix', 'data-fix': cell, 'aria-label': `${t('fix', language)} ${cell}` }, t('fix', language));
      fix.addEventListener('click', () => void run(anchor, () => applyFixes(sheet, [cell])));
      li.append(fix);
    }
    return li;
  };

  const renderProblems = (): void => {
    problemList.replaceChildren();
    if (!lastCheck) {
      problemInfo.textContent = '';
      fixAllButton.hidden = true;
      return;
    }
    problemInfo.textContent = lastCheck.problems.length ? t('problemsFound', language, { n: lastCheck.problems.length }) : t('noProblems', language);
    const fixable = lastCheck.problems.filter((p) => p.fix && p.cell).length;
    // Shown whenever a fix is certain, even one: the same place fixes everything, whatever the count.
    fixAllButton.hidden = fixable === 0;
    fixAllButton.textContent = t('fixAll', language, { n: fixable });
    for (const p of lastCheck.problems) problemList.append(problemItem(p, lastCheck.sheet, true, problemInfo));
  };

  const renderScore = (): void => {
    scoreResult.replaceChildren();
    const s = lastScore;
    if (!s) return;
    const row = (key: StringKey, value: string): HTMLElement[] => [el('dt', {}, t(key, language)), el('dd', {}, value)];
    scoreResult.append(el('dl', { class: 'totals' },
      ...row('max', formatPoints(s.totals.max, language)),
      ...row('self', formatPoints(s.totals.self, language)),
      ...row('appraised', formatPoints(s.totals.appraised, language)),
      ...row('deduction', formatPoints(s.totals.deduction, language)),
      ...row('lost', String(s.totals.lost)),
      ...row('index', s.index === null ? '—' : formatPercent(s.index, language)),
      ...(s.rating ? row('rating', ratingLabel(s.rating, language)) : [])));
    if (s.indexMax !== undefined) {
      // Worded as `cchc score` words it, for each of the core's bases.
      const key = s.indexBasis === 'given' ? 'indexMaxGiven' : s.indexBasis === 'whole' ? 'indexMaxWhole' : 'indexMaxSheet';
      const basis = t(key, language, { max: formatPoints(s.indexMax, language) });
      scoreResult.append(el('p', { class: 'note', id: 'index-basis' }, `${t('indexMax', language)} ${basis}.`));
    }
    // The core's list of cells where the sheet's formulas will part from the figures above (as `cchc score --json` lists them).
    const differs = s.problems ?? [];
    if (differs.length) {
      scoreResult.append(el('h3', {}, t('sheetDiffersTitle', language)), el('p', { class: 'note' }, t('sheetDiffersHelp', language)));
      scoreResult.append(el('ul', { class: 'problems', id: 'sheet-differs' }, ...differs.map((p) => problemItem(p, s.sheet, true, scoreButton))));
    }
    scoreResult.append(el('h3', {}, t('chartTitle', language)), areaChart(s.areas.map((a) => ({
      code: a.area, name: a.name, max: a.max, self: a.self ?? null, appraised: a.appraised,
    })), language, {
      caption: t('chartTitle', language), self: t('self', language), appraised: t('appraised', language), max: t('max', language),
    }));
    const notes = [t('written', language, { n: s.written }), ...(s.kept.length ? [t('kept', language, { cells: s.kept.join(', ') })] : [])];
    scoreResult.append(el('p', { class: 'note' }, notes.join(' ')));
    const gaps = s.gaps ?? [];
    if (gaps.length) {
      scoreResult.append(el('h3', {}, t('gapsTitle', language)));
      scoreResult.append(el('ul', { class: 'problems', id: 'gaps' }, ...gaps.map((p) => problemItem(p, s.sheet, false, scoreButton))));
    }
  };

  const buttons = (): HTMLButtonElement[] => [...root.querySelectorAll('button')].filter((b) => !b.classList.contains('problem') && b.getAttribute('role') !== 'tab');
  /** The last status in words of the language chosen: switching the language says it again in the other. */
  let lastStatus: { readonly words: (l: Language) => string; readonly isError: boolean } | undefined;
  const showStatus = (): void => {
    const text = lastStatus?.words(language) ?? '';
    statusText.textContent = text;
    status.className = lastStatus?.isError ? 'error' : text ? 'done' : '';
  };
  const say = (words: string | ((l: Language) => string), isError = false): void => {
    lastStatus = { words: typeof words === 'string' ? () => words : words, isError };
    showStatus();
  };
  /**
   * Runs one action with progress shown right under the control that started it, and every action
   * button disabled so long work (inserting, summarising many sheets) is not started twice.
   */
  const run = async (anchor: HTMLElement, action: () => Promise<unknown>): Promise<void> => {
    const all = buttons();
    all.forEach((b) => (b.disabled = true));
    anchor.after(status);
    progress.hidden = false;
    say((l) => t('working', l));
    try {
      await action();
      if (statusText.textContent === t('working', language)) say('');
    } catch (e) {
      say((l) => t('failed', l, { message: e instanceof Error ? e.message : String(e) }), true);
    } finally {
      progress.hidden = true;
      all.forEach((b) => (b.disabled = false));
    }
  };

  const applyFixes = async (sheet: string, cells?: readonly string[]): Promise<void> => {
    const r = await backend.applyFixes(sheet, cells);
    lastCheck = { sheet, problems: r.problems };
    renderProblems();
    // A fixed cell no longer parts the sheet from the figures scoring printed: it leaves that list too.
    if (lastScore?.sheet === sheet && lastScore.problems) {
      const left = new Set(r.problems.map((p) => `${p.cell ?? ''} ${p.code}`));
      lastScore = { ...lastScore, problems: lastScore.problems.filter((p) => left.has(`${p.cell ?? ''} ${p.code}`)) };
      renderScore();
    }
    say((l) => t('fixed', l, { n: r.fixed }));
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
  /** A stored set that cannot be read is said at once, whichever view is open: the functions now answer with an error. */
  const sayUnreadableSet = (): void => {
    const lost = (sets.problems ?? []).find((p) => p.code === 'stored_set_unreadable');
    if (lost) say((l) => formatProblem(lost, l), true);
  };
  const showSetResult = (r: { ok: boolean; problems: readonly Problem[]; name?: string }): void => {
    // Grouped by kind, errors first: forty rows of one kind read as one heading with its count, each row still named.
    setProblems.replaceChildren(...groupProblems(r.problems, language).flatMap((g) => [
      ...(g.problems.length > 1 ? [el('li', { class: `problem ${g.severity} group` }, el('strong', {}, `${g.title} (${g.problems.length})`))] : []),
      ...g.problems.map((p) => el('li', { class: `problem ${p.severity}` }, formatProblem(p, language))),
    ]));
    if (r.ok) say((l) => t('setLoaded', l, { name: r.name ?? '' }));
    else say((l) => t('setRefused', l, { n: r.problems.length }), true);
  };

  langButton.addEventListener('click', () => {
    language = language === 'vi' ? 'en' : 'vi';
    render();
    showStatus();
  });
  yearInput.addEventListener('input', renderTemplates);
  templateSelect.addEventListener('change', () => {
    templateTitleLine.textContent = templateSelect.selectedOptions[0]?.textContent ?? '';
  });
  insertButton.addEventListener('click', () => void run(insertButton, async () => {
    const r = await backend.insertTemplate({ id: templateSelect.value, year: yearChosen(), unit: unitInput.value.trim(), withEvidence: evidence.checked });
    say((l) => [t('inserted', l, { sheet: r.sheet }), ...(r.leftOut ?? [])].join(' '));
  }));
  checkButton.addEventListener('click', () => void run(checkButton, async () => {
    const r = await backend.check();
    if ('noTable' in r) {
      lastCheck = undefined;
      renderProblems();
      return say((l) => t('noTable', l), true);
    }
    lastCheck = r;
    renderProblems();
    say((l) => t('checked', l, { sheet: r.sheet }));
  }));
  fixAllButton.addEventListener('click', () => void run(fixAllButton, () => (lastCheck ? applyFixes(lastCheck.sheet) : Promise.resolve())));
  scoreButton.addEventListener('click', () => void run(scoreButton, async () => {
    const r = await backend.score();
    if ('noTable' in r) return say((l) => t('noTable', l), true);
    lastScore = r;
    renderScore();
    say((l) => t('scored', l, { sheet: r.sheet }));
  }));
  cleanButton.addEventListener('click', () => void run(cleanButton, async () => {
    const n = (await backend.clean()).changed;
    say((l) => t('cleaned', l, { n }));
  }));
  planButton.addEventListener('click', () => void run(planButton, async () => {
    const r = await backend.plan();
    say((l) => ('noTable' in r ? t('noTable', l) : t('planned', l, { sheet: r.sheet, n: r.count })), 'noTable' in r);
  }));
  summaryButton.addEventListener('click', () => void run(summaryButton, async () => {
    const r = await backend.summary();
    say((l) => ('noTable' in r ? t('noTable', l) : t('summarised', l, { sheet: r.sheet, n: r.units })), 'noTable' in r);
  }));
  setSelect.addEventListener('change', () => void run(setSelect, async () => {
    await backend.setActiveSet(setSelect.value);
    await refreshSets();
  }));
  setRemove.addEventListener('click', () => {
    const name = setSelect.selectedOptions[0]?.textContent ?? '';
    setRemoveAsk.textContent = t('setRemoveAsk', language, { name });
    setRemoveConfirm.hidden = false;
    setRemoveNo.focus();
  });
  setRemoveNo.addEventListener('click', () => { setRemoveConfirm.hidden = true; });
  setRemoveYes.addEventListener('click', () => void run(setRemoveYes, async () => {
    const id = setSelect.value;
    const name = setSelect.selectedOptions[0]?.textContent ?? '';
    setRemoveConfirm.hidden = true;
    await backend.removeSet(id);
    await refreshSets();
    say((l) => t('setRemoved', l, { name }));
  }));
  setFromSheet.addEventListener('click', () => void run(setFromSheet, async () => {
    showSetResult(await backend.loadSetFromSheet());
    await refreshSets();
  }));
  setFromDecision.addEventListener('click', () => void run(setFromDecision, async () => {
    showSetResult(await backend.importDecisionTable());
    await refreshSets();
  }));
  setFile.addEventListener('change', () => void run(setFileLabel, async () => {
    const file = setFile.files?.[0];
    if (!file) return;
    showSetResult(backend.importSetFile
      ? await backend.importSetFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
      : await backend.importSetJson(await file.text()));
    setFile.value = '';
    await refreshSets();
  }));
  setImport.addEventListener('click', () => void run(setImport, async () => {
    showSetResult(await backend.importSetJson(setJson.value));
    await refreshSets();
  }));

  show('template');
  render();
  void run(insertButton, async () => {
    templates = await backend.listTemplates();
    await refreshSets();
  }).then(sayUnreadableSet);
}
