import { cleanResidue } from '../numbers/clean-residue';
import { readCell } from '../numbers/read-cell';
import { atCell, problem, type Problem } from '../problems/problem';
import { foldDiacritics } from '../text/fold-diacritics';
import { a1 } from '../sheet/a1';
import { buildTree, type CriterionRow } from './build-tree';
import { isCriterionCode } from './criterion-code';
import type { RatingBand, UnitLevel } from './criteria-set';
import { PAR_AREAS } from './par-areas';
import { LEVEL_LABELS, ROUNDING_LABELS, SET_INFO_LABELS } from './set-sheet-labels';
import { validateCriteriaSet, type CriteriaSetResult } from './validate-criteria-set';
import { criterionNoun } from './criterion-noun';

const text = (v: unknown): string => (v === null || v === undefined ? '' : cleanResidue(String(v)));
const key = (v: unknown): string => foldDiacritics(text(v)).replace(/[.:]+$/, '');

/**
 * Reads a bo-chi-so sheet (the information rows, then Mã · Tên tiêu chí · Điểm tối đa · Cách tính ·
 * Ghi chú) into a validated criteria set. Problems name the sheet row of the criterion they concern.
 */
export function readSetSheet(values: readonly (readonly unknown[])[]): CriteriaSetResult {
  const info = new Map<string, unknown>();
  let headerIndex = -1;
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    const first = key(row[0]);
    if (first === 'ma' && key(row[1]).startsWith('ten tieu chi')) {
      headerIndex = r;
      break;
    }
    // The value is the first cell after the label: the template merges the label over two columns.
    if (first) info.set(first, row.slice(1).find((v) => v !== null && v !== undefined && String(v).trim() !== '') ?? null);
  }
  if (headerIndex < 0) {
    return { ok: false, problems: [problem('set_invalid', 'error', {
      path: 'bo-chi-so', where: 'Criteria set sheet: ', whereVi: 'Trang Bộ chỉ số: ',
      detail: 'no header row "Mã | Tên tiêu chí | Điểm tối đa | Cách tính" found.',
      detailVi: 'không thấy dòng tiêu đề "Mã | Tên tiêu chí | Điểm tối đa | Cách tính".',
    })] };
  }
  const get = (label: string): unknown => info.get(foldDiacritics(label));
  const rows: CriterionRow[] = [];
  const rowOfCode = new Map<string, number>();
  const problems: Problem[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const row = values[r] ?? [];
    const code = typeof row[0] === 'number' ? String(row[0]) : text(row[0]).replace(/\.$/, '');
    if (!isCriterionCode(code)) continue;
    const maxReading = readCell(row[2], { decimal: ',', context: 'points' });
    problems.push(...maxReading.problems.map((p) => atCell(p, a1(r + 1, 3))));
    const max = maxReading.value.kind === 'number' ? maxReading.value.value : undefined;
    if (max === undefined) problems.push(problem('number_expected', 'error', { text: text(row[2]) }, { cell: a1(r + 1, 3) }));
    rowOfCode.set(code, r + 1);
    const ruleText = text(row[3]);
    const note = text(row[4]);
    rows.push({ code, name: text(row[1]) || criterionNoun(code, 'vi', true), max: max ?? 0, ...(ruleText ? { ruleText } : {}), ...(note ? { note } : {}) });
  }
  const surveyMax = readCell(get(SET_INFO_LABELS.survey), { decimal: ',' }).value;
  const input = {
    id: foldDiacritics(text(get(SET_INFO_LABELS.name)) || 'bo-chi-so').replace(/[^a-z0-9]+/g, '-'),
    name: text(get(SET_INFO_LABELS.name)) || 'Bộ chỉ số',
    province: text(get(SET_INFO_LABELS.province)),
    level: levelOf(text(get(SET_INFO_LABELS.level))),
    year: Number(text(get(SET_INFO_LABELS.year))),
    decision: text(get(SET_INFO_LABELS.decision)),
    ...(text(get(SET_INFO_LABELS.source)) ? { source: text(get(SET_INFO_LABELS.source)) } : {}),
    rounding: foldDiacritics(text(get(SET_INFO_LABELS.rounding))).includes(foldDiacritics(ROUNDING_LABELS.truncate).slice(0, 6)) ? 'truncate' : 'half-up',
    ...(surveyMax.kind === 'number' && surveyMax.value > 0 ? { survey: { name: 'Điều tra xã hội học', max: surveyMax.value } } : {}),
    scale: scaleOf(text(get(SET_INFO_LABELS.scale))),
    areas: buildTree(rows, PAR_AREAS),
  };
  const result = validateCriteriaSet(input);
  const located = (p: Problem): Problem => {
    const code = p.criterion ?? (typeof p.params.parent === 'string' ? p.params.parent : undefined);
    const row = code === undefined ? undefined : rowOfCode.get(code);
    return row === undefined || p.cell ? p : { ...p, cell: a1(row, code === p.params.parent ? 3 : 4) };
  };
  const all = [...problems, ...result.problems.map(located)];
  if (problems.some((p) => p.severity === 'error') || !result.ok) return { ok: false, problems: all };
  return { ok: true, set: result.set, problems: all };
}

function levelOf(label: string): UnitLevel | string {
  const k = foldDiacritics(label);
  const found = (Object.entries(LEVEL_LABELS) as [UnitLevel, string][]).find(([, l]) => foldDiacritics(l) === k || k.startsWith(foldDiacritics(l).split(',')[0] ?? ''));
  return found ? found[0] : label;
}

/** "Nhóm A: từ 90%; Nhóm B: từ 80%; …" */
function scaleOf(label: string): RatingBand[] {
  return label.split(/;|\n/).map((part) => {
    const m = /^(.+?):\s*(?:từ\s*)?(\d+(?:[.,]\d+)?)\s*%/iu.exec(part.trim());
    return m ? { label: (m[1] ?? '').trim(), min: Number((m[2] ?? '0').replace(',', '.')) / 100 } : undefined;
  }).filter((b): b is RatingBand => b !== undefined);
}
