import { parseA1, type Language } from '../../shared';
import { mountPanel } from '../../ui/panel';
import { download } from './download';
import { filesBackend } from './files-backend';
import { MAX_FILE_BYTES, gridOf, openFile, type OpenFile } from './open-files';
import { changedName } from './output-name';
import { PANEL_WORDS, w, type PageWordKey } from './page-words';
import { fileProblemOf } from './workbook-files';

/**
 * The one-file page: the officer's own workbooks, opened from disk in this browser, around the same
 * panel Excel and Sheets show. Nothing is fetched or sent (the page's Content-Security-Policy forbids
 * it); every change leaves as a download named after its input.
 */

const $ = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id}`);
  return node as T;
};

const files: OpenFile[] = [];
const created: { name: string; bytes: Uint8Array }[] = [];
let chosenId: number | undefined;
let shownCell: { file: OpenFile; sheet: string; cell: string } | undefined;
const openProblems: { name: string; vi: string; en: string }[] = [];
let openStatus: { key: PageWordKey; params: Record<string, string | number> } | undefined;

const language = (): Language => (document.documentElement.lang === 'en' ? 'en' : 'vi');
const chosen = (): OpenFile | undefined => files.find((f) => f.id === chosenId);

const labelled: [HTMLElement, PageWordKey][] = [
  [$('files-heading'), 'filesHeading'], [$('privacy'), 'privacy'], [$('open-label'), 'open'], [$('drop-hint'), 'drop'],
  [$('workbook-label'), 'workbook'], [$('sheet-label'), 'sheet'], [$('created-heading'), 'created'], [$('drop-overlay'), 'dropHere'],
];

function option(value: string, text: string, selected: boolean): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  o.selected = selected;
  return o;
}

/** The cell the panel pointed at, as Excel would select it: its address, its row's text and its own value. */
function cellLine(lang: Language): string {
  if (!shownCell) return '';
  const { file, sheet, cell } = shownCell;
  const at = parseA1(cell);
  if (!at) return '';
  let values: readonly unknown[] = [];
  try {
    values = gridOf(file, sheet).values[at.row - 1] ?? [];
  } catch {
    values = [];
  }
  const text = values.filter((v) => v !== null && v !== undefined && String(v).trim() !== '').map((v) => String(v).replace(/\s+/g, ' ').trim()).join(' | ');
  const own = values[at.column - 1];
  const value = own === null || own === undefined || own === '' ? w('emptyCell', lang) : String(own);
  return `${w('cell', lang, { cell, row: at.row, text: text || w('emptyCell', lang) })} ${w('cellValue', lang, { value })}`;
}

function render(): void {
  const lang = language();
  for (const [node, key] of labelled) node.textContent = w(key, lang);
  const file = chosen();
  const workbookSelect = $<HTMLSelectElement>('workbook');
  workbookSelect.replaceChildren(...files.map((f) => option(String(f.id), f.name, f.id === chosenId)));
  const sheetSelect = $<HTMLSelectElement>('sheet');
  sheetSelect.replaceChildren(...(file?.workbook.sheets ?? []).map((s) => option(s.name, s.state === 'visible' ? s.name : `${s.name} ${w('hidden', lang)}`, s.name === file?.sheet)));
  $('choose').hidden = files.length === 0;
  $('open-status-text').textContent = openStatus ? w(openStatus.key, lang, openStatus.params) : '';
  $('open-problems').replaceChildren(...openProblems.map((p) => {
    const li = document.createElement('li');
    li.className = 'problem error';
    li.textContent = lang === 'vi' ? p.vi : p.en;
    return li;
  }));
  $('created').hidden = created.length === 0;
  $('created-list').replaceChildren(...created.map((c) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.textContent = c.name;
    b.addEventListener('click', () => download(c.bytes, c.name));
    const li = document.createElement('li');
    li.append(b);
    return li;
  }));
  const save = $<HTMLButtonElement>('save');
  const changed = file && file.changes.length > 0;
  save.hidden = !changed;
  $('save-note').hidden = !changed;
  if (file && changed) {
    save.textContent = w('save', lang, { name: changedName(file.name, file.changes) });
    $('save-note').textContent = w('unsaved', lang);
  }
  $('cell-view').textContent = shownCell && shownCell.file === file ? cellLine(lang) : '';
  $('dock').hidden = !changed && !$('cell-view').textContent;
}

let batches = 0;

async function openAll(list: readonly File[]): Promise<void> {
  $('files').setAttribute('aria-busy', 'true');
  const progress = $<HTMLProgressElement>('open-progress');
  progress.hidden = false;
  progress.max = list.length;
  openProblems.splice(0);
  let opened = 0;
  for (const [i, f] of list.entries()) {
    progress.value = i;
    openStatus = { key: 'opening', params: { i: i + 1, n: list.length, name: f.name } };
    render();
    // Lets the browser draw the progress between files.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (f.size > MAX_FILE_BYTES) {
      const mb = (n: number): string => String(Math.round(n / 1024 / 1024));
      openProblems.push({ name: f.name, vi: w('tooLarge', 'vi', { name: f.name, mb: mb(f.size), max: mb(MAX_FILE_BYTES) }), en: w('tooLarge', 'en', { name: f.name, mb: mb(f.size), max: mb(MAX_FILE_BYTES) }) });
      continue;
    }
    try {
      const file = await openFile(f.name, new Uint8Array(await f.arrayBuffer()));
      files.push(file);
      chosenId = file.id;
      opened++;
    } catch (e) {
      const words = fileProblemOf(e);
      openProblems.push({ name: f.name, vi: words?.vi ?? w('cannotOpen', 'vi', { name: f.name }), en: words?.en ?? w('cannotOpen', 'en', { name: f.name }) });
    }
  }
  progress.hidden = true;
  openStatus = opened ? { key: 'opened', params: { n: opened } } : undefined;
  render();
  // Each batch counted as it ends, so a script driving the page can tell when the files are open.
  $('files').setAttribute('aria-busy', 'false');
  $('files').dataset.batches = String(++batches);
}

const backend = filesBackend({
  files: () => files,
  chosen,
  progress: (text) => {
    const status = document.getElementById('status-text');
    if (status) status.textContent = text;
  },
  created: (bytes, name) => {
    created.push({ name, bytes });
    download(bytes, name);
    render();
  },
  changed: () => render(),
  showCell: (file, sheet, cell) => {
    shownCell = { file, sheet, cell };
    if (file.sheet !== sheet && file.workbook.sheets.some((s) => s.name === sheet)) file.sheet = sheet;
    render();
  },
});

const input = $<HTMLInputElement>('open-file');
input.addEventListener('change', () => {
  const list = [...(input.files ?? [])];
  input.value = '';
  void openAll(list);
});
$<HTMLSelectElement>('workbook').addEventListener('change', (e) => {
  chosenId = Number((e.target as HTMLSelectElement).value);
  render();
});
$<HTMLSelectElement>('sheet').addEventListener('change', (e) => {
  const file = chosen();
  if (file) file.sheet = (e.target as HTMLSelectElement).value;
  render();
});
$('save').addEventListener('click', () => {
  const file = chosen();
  // The working copy, under a name of its own: the file the officer opened is never written.
  if (file && file.changes.length) download(file.current, changedName(file.name, file.changes));
});

// Dropped files open here; the browser must never navigate to (load) a file dropped beside the zone.
let dragDepth = 0;
const hasFiles = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
window.addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  dragDepth++;
  document.body.classList.add('dragging');
});
window.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) document.body.classList.remove('dragging');
});
window.addEventListener('dragover', (e) => {
  e.preventDefault();
  if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
});
window.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  document.body.classList.remove('dragging');
  const list = [...(e.dataTransfer?.files ?? [])];
  if (list.length) void openAll(list);
});

// The panel's language button sets the page's language; the words around the panel follow it.
new MutationObserver(render).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

/**
 * An action's result shows under its button; on a phone the button may sit low, so the result is
 * brought into view, above the download bar at the foot (the page's scroll padding keeps it clear).
 */
new MutationObserver(() => {
  const status = document.getElementById('status');
  const dock = $('dock');
  document.documentElement.style.scrollPaddingBottom = dock.hidden ? '0px' : `${dock.getBoundingClientRect().height + 8}px`;
  if (status?.isConnected && document.getElementById('status-text')?.textContent) status.scrollIntoView({ block: 'nearest' });
}).observe($('app'), { subtree: true, childList: true, characterData: true });

mountPanel($('app'), backend, { width: 640, year: new Date().getFullYear(), theme: 'fluent', words: PANEL_WORDS });
render();
