import { DEFAULT_CRITERIA_SET } from '../../criteria/default-set';
import { isLeaf, walk } from '../../criteria/walk';
import { LEVEL_LABELS, ROUNDING_LABELS, SET_INFO_LABELS, SET_TABLE_HEADERS } from '../../criteria/set-sheet-labels';
import { formatNumber } from '../../problems/format-number';
import { ruleCellText } from '../rule-cell-text';
import { a1 } from '../../sheet/a1';
import { finishSheet } from '../finish-sheet';
import { setNotice } from '../set-notice';
import { addLetterhead } from '../letterhead';
import { SheetBuilder } from '../sheet-builder';
import type { SheetSpec } from '../sheet-spec';
import { POINTS_FORMAT, STYLE } from '../styles';
import type { TemplateOptions } from '../template-options';

/**
 * The criteria set as a sheet staff can read, correct and hand on: its information rows, then one
 * row per area, criterion and sub-criterion with the rule as the decision words it. A parent whose
 * maximum differs from its children's sum is marked live.
 */
export function buildBoChiSo(options: TemplateOptions): SheetSpec {
  const set = options.set ?? DEFAULT_CRITERIA_SET;
  const b = new SheetBuilder(5);
  addLetterhead(b, options, ['PHỤ LỤC', 'Bộ chỉ số đánh giá cải cách hành chính'], `(${set.decision})`, setNotice(set, options));
  const info: [string, string | number][] = [
    [SET_INFO_LABELS.name, set.name],
    [SET_INFO_LABELS.province, set.province],
    [SET_INFO_LABELS.level, LEVEL_LABELS[set.level]],
    [SET_INFO_LABELS.year, set.year],
    [SET_INFO_LABELS.decision, set.decision],
    [SET_INFO_LABELS.source, set.source ?? ''],
    [SET_INFO_LABELS.rounding, ROUNDING_LABELS[set.rounding]],
    [SET_INFO_LABELS.survey, set.survey ? set.survey.max : ''],
    [SET_INFO_LABELS.scale, [...set.scale].sort((x, y) => y.min - x.min).map((s) => `${s.label}: từ ${formatNumber(s.min * 100, 'vi', 2)}%`).join('; ')],
  ];
  for (const [label, value] of info) {
    // The label spans Mã and Tên so it reads on one line; the value spans the rest.
    const r = b.add('meta', [{ value: label, style: { bold: true, wrap: true } }, null, { value, style: { wrap: true, fill: 'input' } }]);
    b.merge(r, 1, r, 2);
    b.merge(r, 3, r, 5);
  }
  b.add('blank', []);
  const header = b.add('header', SET_TABLE_HEADERS.map((value) => ({ value, style: STYLE.header })), 30);
  const firstData = b.nextRow;
  const nodes = [...walk(set.areas)];
  const rowOf = new Map(nodes.map((node, i) => [node.code, firstData + i]));
  const areaCodes = new Set(set.areas.map((a) => a.code));
  for (const node of nodes) {
    const r = rowOf.get(node.code) ?? 0;
    const leaf = isLeaf(node);
    const style = areaCodes.has(node.code) ? STYLE.section : leaf ? STYLE.text : STYLE.criterion;
    const cells = ruleCellText(node);
    b.add(leaf ? 'item' : 'criterion', [
      { value: node.code, style: { ...style, align: 'center' }, numFmt: '@' },
      { value: node.name, style },
      { value: node.max, style: { ...style, align: 'center' }, numFmt: POINTS_FORMAT },
      { value: cells.rule, style },
      { value: cells.note, style },
    ]);
    if (!leaf) {
      const children = (node.children ?? []).map((c) => a1(rowOf.get(c.code) ?? 0, 3));
      b.conditionalFormats.push({ ranges: [a1(r, 3)], rule: { kind: 'not-sum-of', cells: children }, tone: 'error', meaning: 'Điểm tối đa khác tổng điểm các tiêu chí con' });
    }
  }
  const lastData = b.nextRow - 1;
  return finishSheet(b, { ...options, orientation: options.orientation ?? 'landscape' }, {
    templateId: 'bo-chi-so',
    name: 'Bộ chỉ số',
    columns: [8, 54, 10, 56, 28],
    table: { kind: 'criteria', headerRow: header, firstDataRow: firstData, lastDataRow: lastData, columns: { code: 1, name: 2, max: 3, rule: 4, note: 5 } },
    repeatRows: { first: header, last: header },
  });
}
