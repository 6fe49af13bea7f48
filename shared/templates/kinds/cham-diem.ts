import { DEFAULT_CRITERIA_SET } from '../../criteria/default-set';
import type { CriterionNode } from '../../criteria/criteria-set';
import { isLeaf, walk } from '../../criteria/walk';
import { a1 } from '../../sheet/a1';
import { rowRuns, sumOf } from '../cell-list';
import { applicableMaxSum, groupDeduction, groupTotal, indexFormula, leafDeduction, noAppraisal } from '../score-formulas';
import { NOT_APPLICABLE_MARK } from '../../scoring/not-applicable';
import { finishSheet } from '../finish-sheet';
import { setNotice } from '../set-notice';
import { addLetterhead, addSignatures, issuerName, UNIT_SIGNATORIES } from '../letterhead';
import { AREA_CHART_TITLE, areaBlockAreas, areaBlockColumns } from '../area-block';
import { ratingFormula } from '../rating-formula';
import { range, SheetBuilder } from '../sheet-builder';
import type { CellSpec, SheetSpec, ValidationRule } from '../sheet-spec';
import { ruleFormula, ruleInputShape } from '../../rules/sheet/registry';
import type { InputCellShape, InputShape } from '../../rules/sheet/rule-sheet-kind';
import { PERCENT_FORMAT, POINTS_FORMAT, STYLE } from '../styles';
import { charactersOfPoints, columnWidthPoints, rowHeightFor, textWidthPoints, wrappedLines } from '../text-metrics';
import type { TemplateOptions } from '../template-options';

const BASE = { code: 1, name: 2, max: 3, self: 4, appraised: 5, deduction: 6, opinion: 7, responsible: 8 } as const;
/** "Kết quả thực hiện": the unit's figures, beside the evidence, whenever a leaf's rule can turn them into points. */
const WITH_RESULTS = { ...BASE, result: 9, resultBase: 10 } as const;

/** Excel refuses an input message longer than 255 characters. */
const clip = (text: string): string => (text.length <= 250 ? text : `${text.slice(0, 248)}…`);

/**
 * What an input cell accepts, with its help; undefined for a cell the rule does not use. A choice
 * lists the cells that hold its wordings (`listRange`), so the dropdown has no 255-character limit
 * and keeps the decision's commas.
 */
function inputValidation(shape: InputCellShape, listRange?: string): { rule: ValidationRule; title: string; prompt: string; error: string } | undefined {
  switch (shape.kind) {
    case 'none': return undefined;
    case 'choice': return listRange
      ? { rule: { kind: 'list', source: { range: listRange } }, title: 'Kết quả thực hiện', prompt: shape.help, error: 'Chọn một mức trong danh sách, đúng như Bộ chỉ số ghi.' }
      : undefined;
    case 'percent': return { rule: { kind: 'number-at-least', min: 0 }, title: 'Tỷ lệ đạt được', prompt: shape.help, error: 'Nhập tỷ lệ phần trăm, ví dụ 90%.' };
    case 'count': return { rule: { kind: 'number-at-least', min: 0 }, title: 'Số liệu', prompt: shape.help, error: 'Nhập một số không âm, ví dụ 18.' };
    case 'tick': return { rule: { kind: 'list', source: { values: ['x'] } }, title: 'Không phát sinh', prompt: shape.help, error: 'Chỉ đánh dấu x, hoặc để trống.' };
  }
}

function inputCell(shape: InputCellShape): CellSpec {
  switch (shape.kind) {
    case 'none': return { style: STYLE.computed };
    case 'percent': return { style: STYLE.input, numFmt: PERCENT_FORMAT };
    case 'count': return { style: STYLE.input, numFmt: 'General' };
    case 'choice': return { style: { ...STYLE.input, wrap: true }, numFmt: '@' };
    case 'tick': return { style: STYLE.input, numFmt: '@' };
  }
}

/**
 * Seed 003's score sheet, pre-filled from the active criteria set: every area, criterion and
 * sub-criterion with its maximum; live formulas for deductions, subtotals, the total, the index and
 * the rating; entries limited to 0..maximum; marks where a score is above the maximum or the
 * appraisal differs from the self-assessment.
 */
export function buildChamDiem(options: TemplateOptions): SheetSpec {
  const set = options.set ?? DEFAULT_CRITERIA_SET;
  const n = options.year;
  const shapes = new Map<string, InputShape>();
  for (const node of walk(set.areas)) {
    const shape = isLeaf(node) && node.rule ? ruleInputShape(node.rule, node.max) : undefined;
    if (shape) shapes.set(node.code, shape);
  }
  const C = { ...(shapes.size > 0 ? WITH_RESULTS : BASE), evidence: shapes.size > 0 ? 11 : 9 };
  const inputColumns = shapes.size > 0 ? 2 : 0;
  const width = 8 + inputColumns + (options.withEvidence ? 1 : 0);
  // The decision's outcome wordings, each leaf's in its own row right of the table, hidden: the
  // dropdown lists them and the formula compares with them, whatever their length and commas.
  const listWidth = Math.max(0, ...[...shapes.values()].map((s) => (s.main.kind === 'choice' ? s.main.values.length : 0)));
  const listColumns = listWidth > 0 ? { first: width + 1, last: width + listWidth } : undefined;
  const b = new SheetBuilder(width);
  // Widths keep the sheet one landscape page wide at 80 % or more, with or without the input and evidence columns.
  // The score columns hold the longest rating of the scale on one line ("Dưới nhóm C" in bold); the name and
  // opinion columns give up what they take.
  const scoreWidth = Math.max(10, ...set.scale.map((band) => Math.ceil(charactersOfPoints(textWidthPoints(band.label, 12, true) + 4) * 2) / 2));
  const spare = scoreWidth - 10;
  const base = inputColumns
    ? (options.withEvidence ? [8, 34, 9, 10, 10, 9, 26, 18, 14, 10, 13] : [8, 38, 9, 10, 10, 9, 28, 20, 16, 11])
    : (options.withEvidence ? [8, 39, 9, 10, 10, 9, 32, 22, 22] : [8, 45, 9, 10, 10, 9, 40, 28]);
  const columns = base.map((w, i) => (i === 3 || i === 4 ? scoreWidth : i === 1 || i === 6 ? w - spare : w));
  const inputs = new Map<string, { rule: ValidationRule; title: string; prompt: string; error: string; cells: string[] }>();
  const validate = (shape: InputCellShape, cell: string, listRange?: string): void => {
    const v = inputValidation(shape, listRange);
    if (!v) return;
    const key = JSON.stringify([v.rule, v.title, v.prompt]);
    const entry = inputs.get(key) ?? { ...v, cells: [] };
    entry.cells.push(cell);
    inputs.set(key, entry);
  };
  addLetterhead(b, options, ['PHỤ LỤC', `Kết quả đánh giá Chỉ số cải cách hành chính năm ${n} của ${issuerName(options)}`],
    `(Theo Bộ Chỉ số ban hành kèm theo ${set.decision})`, setNotice(set, options));
  const headers = ['STT', 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ',
    'Ý kiến Hội đồng thẩm định', 'Đơn vị chịu trách nhiệm', ...(inputColumns ? ['Kết quả thực hiện', 'Tổng số / không phát sinh'] : []),
    ...(options.withEvidence ? ['Tài liệu kiểm chứng'] : [])];
  const header = b.add('header', headers.map((value) => ({ value, style: STYLE.header })), inputColumns ? 48 : 36);

  const nodes = [...walk(set.areas)];
  const firstData = b.nextRow;
  const rowOf = new Map<string, number>(nodes.map((node, i) => [node.code, firstData + i]));
  const leafRowsUnder = (node: CriterionNode): number[] =>
    [...walk([node])].filter(isLeaf).map((leaf) => rowOf.get(leaf.code) ?? 0);
  const areaCodes = new Set(set.areas.map((a) => a.code));
  const leafRows: number[] = [];

  for (const node of nodes) {
    const r = rowOf.get(node.code) ?? b.nextRow;
    const tail: CellSpec[] = Array.from({ length: width - 6 }, () => ({ style: STYLE.text }));
    if (isLeaf(node)) {
      // An area with no criteria of its own (areas 2 and 4 of the default set) is scored as one leaf.
      const isArea = areaCodes.has(node.code);
      leafRows.push(r);
      const shape = shapes.get(node.code);
      const wordings = shape?.main.kind === 'choice' && listColumns ? shape.main.values : [];
      const cells = {
        main: a1(r, WITH_RESULTS.result), second: a1(r, WITH_RESULTS.resultBase),
        ...(wordings.length && listColumns ? { outcomes: wordings.map((_, i) => a1(r, listColumns.first + i)) } : {}),
      };
      // The self score follows from the unit's figures by the decision's rule; a manual rule leaves it typed.
      const formula = shape && node.rule ? ruleFormula(node.rule, cells, node.max, set.rounding) : undefined;
      if (shape) {
        validate(shape.main, cells.main, wordings.length && listColumns ? range(r, listColumns.first, r, listColumns.first + wordings.length - 1) : undefined);
        validate(shape.second, cells.second);
      }
      // Text cells, right after the table's last column (listColumns.first is width + 1).
      const listed: CellSpec[] = wordings.map((value) => ({ value, numFmt: '@' }));
      const results: CellSpec[] = !inputColumns ? [] : shape
        ? [inputCell(shape.main), inputCell(shape.second)]
        : [{ style: STYLE.computed }, { style: STYLE.computed }];
      b.add(isArea ? 'section' : 'item', [
        { value: node.code, style: isArea ? STYLE.sectionCenter : STYLE.center, numFmt: '@' },
        { value: node.name, style: isArea ? STYLE.section : STYLE.text },
        { value: node.max, style: STYLE.computed, numFmt: POINTS_FORMAT },
        formula ? { formula, style: STYLE.computed, numFmt: POINTS_FORMAT } : { style: STYLE.input, numFmt: POINTS_FORMAT },
        { style: STYLE.input, numFmt: POINTS_FORMAT },
        { formula: leafDeduction(r, C.appraised, C.max, C.self), style: STYLE.computed, numFmt: POINTS_FORMAT },
        { style: STYLE.text }, { style: STYLE.text }, ...results,
        ...(options.withEvidence ? [{ style: STYLE.text }] : []),
        ...listed,
      ]);
      continue;
    }
    const leaves = leafRowsUnder(node);
    const isArea = areaCodes.has(node.code);
    const style = isArea ? STYLE.section : STYLE.criterion;
    const centered = isArea ? STYLE.sectionCenter : STYLE.criterionCenter;
    // A penalty can push leaves below zero; an area's total never goes below zero (SPEC §4).
    const total = (col: number): string => groupTotal(col, leaves, isArea);
    b.add(isArea ? 'section' : 'criterion', [
      { value: node.code, style: centered, numFmt: '@' },
      { value: node.name, style },
      leaves.length > 0 ? { formula: applicableMaxSum(C.max, [C.self, C.appraised], leaves), style: centered, numFmt: POINTS_FORMAT } : { value: node.max, style: centered, numFmt: POINTS_FORMAT },
      { formula: total(C.self), style: centered, numFmt: POINTS_FORMAT },
      { formula: total(C.appraised), style: centered, numFmt: POINTS_FORMAT },
      { formula: groupDeduction(C.appraised, C.deduction, leaves), style: centered, numFmt: POINTS_FORMAT },
      ...tail.map(() => ({ style })),
    ]);
  }
  const lastData = b.nextRow - 1;
  const areaRows = set.areas.map((a) => rowOf.get(a.code) ?? 0);

  let surveyRow: number | undefined;
  if (set.survey) {
    surveyRow = b.nextRow;
    leafRows.push(surveyRow);
    b.add('item', [
      { value: String(set.areas.length + 1), style: STYLE.sectionCenter, numFmt: '@' },
      { value: set.survey.name, style: STYLE.section },
      { value: set.survey.max, style: STYLE.sectionCenter, numFmt: POINTS_FORMAT },
      { style: STYLE.input, numFmt: POINTS_FORMAT },
      { style: STYLE.input, numFmt: POINTS_FORMAT },
      { formula: leafDeduction(surveyRow, C.appraised, C.max, C.self), style: STYLE.computed, numFmt: POINTS_FORMAT },
      ...Array.from({ length: width - 6 }, () => ({ style: STYLE.text })),
    ]);
  }
  const topRows = surveyRow === undefined ? areaRows : [...areaRows, surveyRow];
  const totalRow = b.nextRow;
  b.add('total', [
    { style: STYLE.total }, { value: 'Tổng cộng', style: STYLE.totalLabel },
    { formula: applicableMaxSum(C.max, [C.self, C.appraised], topRows), style: STYLE.total, numFmt: POINTS_FORMAT },
    { formula: sumOf(C.self, topRows), style: STYLE.total, numFmt: POINTS_FORMAT },
    { formula: sumOf(C.appraised, topRows), style: STYLE.total, numFmt: POINTS_FORMAT },
    { formula: groupDeduction(C.appraised, C.deduction, leafRows), style: STYLE.total, numFmt: POINTS_FORMAT },
    { style: STYLE.total }, { style: STYLE.total },
  ]);
  const indexOf = (col: number): string => indexFormula(totalRow, col, C.max, set.rounding);
  const indexRow = b.add('index', [
    { style: STYLE.total }, { value: 'Chỉ số cải cách hành chính (%)', style: STYLE.totalLabel }, { style: STYLE.total },
    // No index, hence no rating, before the first score is typed: an empty sheet shows no "0,00%" and no "Dưới nhóm C".
    { formula: `IF(${noAppraisal(C.self, leafRows)},"",${indexOf(C.self)})`, style: STYLE.total, numFmt: PERCENT_FORMAT },
    { formula: `IF(${noAppraisal(C.appraised, leafRows)},"",${indexOf(C.appraised)})`, style: STYLE.total, numFmt: PERCENT_FORMAT },
    { style: STYLE.total }, { style: STYLE.total }, { style: STYLE.total },
  ]);
  // A rating is a formula, so its row is as tall as the longest label of the scale needs (one line in the widened score columns).
  const ratingWidth = columnWidthPoints(Math.min(columns[C.self - 1] ?? 10, columns[C.appraised - 1] ?? 10));
  const ratingLines = Math.max(1, ...set.scale.map((band) => wrappedLines(band.label, 12, true, ratingWidth)));
  const ratingRow = b.add('index', [
    { style: STYLE.total }, { value: 'Xếp loại', style: STYLE.totalLabel }, { style: STYLE.total },
    { formula: ratingFormula(a1(indexRow, C.self), set.scale), style: { ...STYLE.total, wrap: true } },
    { formula: ratingFormula(a1(indexRow, C.appraised), set.scale), style: { ...STYLE.total, wrap: true } },
    { style: STYLE.total }, { style: STYLE.total }, { style: STYLE.total },
  ], rowHeightFor(ratingLines, 12));
  const lostRow = b.add('index', [
    { style: STYLE.total }, { value: 'Số tiêu chí, tiêu chí thành phần bị trừ điểm', style: STYLE.totalLabel }, { style: STYLE.total },
    { style: STYLE.total }, { style: STYLE.total },
    { formula: rowRuns(leafRows).map(([f, l]) => `COUNTIF(${range(f, C.deduction, l, C.deduction)},"<0")`).join('+') || '0', style: STYLE.total },
    { style: STYLE.total }, { style: STYLE.total },
  ]);

  // The rows below the table are bordered and shaded across the whole width, the input columns included.
  for (let row = totalRow; row <= lostRow; row++) {
    const spec = b.rows[row - 1];
    if (spec && spec.cells.length < width) {
      b.rows[row - 1] = { ...spec, cells: [...spec.cells, ...Array.from({ length: width - spec.cells.length }, () => ({ style: STYLE.total }))] };
    }
  }
  // Points by area under the table, as scoring in place writes them (the same formulas, so scoring keeps them):
  // maximum, self-assessed and appraised points of each area the sheet scores.
  b.add('blank', []);
  const blockTitle = b.addSpanning('meta', { value: AREA_CHART_TITLE, style: { bold: true } }, C.name, C.name);
  const block = areaBlockColumns(C.max, C.self, C.appraised);
  b.add('header', [null, ...block.headers.map((value) => ({ value, style: STYLE.header }))]);
  const names = Object.fromEntries(set.areas.map((a) => [a.code, a.name]));
  for (const area of areaBlockAreas(nodes.filter(isLeaf).map((leaf) => ({ code: leaf.code, row: rowOf.get(leaf.code) ?? 0, max: leaf.max })), names)) {
    b.add('item', [null, { value: area.label, style: STYLE.text }, ...block.cells(area.rows).map((f) => ({ formula: f.formula, style: STYLE.computed, numFmt: POINTS_FORMAT }))]);
  }
  // Sent on its own when the unit submits it: place and date, the preparer and the head who signs and seals.
  addSignatures(b, options, UNIT_SIGNATORIES);

  for (const v of inputs.values()) {
    b.validations.push({ ranges: v.cells, rule: v.rule, promptTitle: v.title, prompt: clip(v.prompt), error: v.error });
  }
  const runs = rowRuns(leafRows);
  const entryRanges = runs.map(([f, l]) => range(f, C.self, l, C.appraised));
  b.validations.push({
    ranges: entryRanges, rule: { kind: 'points-or-mark', maxColumn: C.max, mark: NOT_APPLICABLE_MARK },
    promptTitle: 'Điểm',
    prompt: `Nhập điểm từ 0 đến điểm chuẩn ở cột C, ví dụ 0,85. Tiêu chí đơn vị không được giao (không đánh giá chấm điểm): gõ ${NOT_APPLICABLE_MARK}, tiêu chí được bỏ khỏi cả điểm và điểm chuẩn.`,
    error: `Điểm phải là số từ 0 đến điểm chuẩn của tiêu chí, hoặc ${NOT_APPLICABLE_MARK} nếu tiêu chí không đánh giá.`,
  });
  b.conditionalFormats.push(
    { ranges: entryRanges, rule: { kind: 'above', column: C.max }, tone: 'error', meaning: 'Điểm vượt điểm chuẩn' },
    { ranges: runs.map(([f, l]) => range(f, C.appraised, l, C.appraised)), rule: { kind: 'differs', column: C.self }, tone: 'warning', meaning: 'Điểm thẩm định khác điểm tự đánh giá' },
  );
  if (options.withEvidence) {
    b.conditionalFormats.push({ ranges: runs.map(([f, l]) => range(f, C.evidence, l, C.evidence)), rule: { kind: 'empty-while-positive', column: C.self }, tone: 'warning', meaning: 'Điểm tự đánh giá chưa có tài liệu kiểm chứng' });
  }

  return finishSheet(b, options, {
    templateId: 'cham-diem',
    name: `Chấm điểm CCHC ${n}`,
    columns,
    ...(listColumns ? { hiddenColumns: listColumns } : {}),
    table: {
      kind: 'score', headerRow: header, firstDataRow: firstData, lastDataRow: surveyRow ?? lastData,
      columns: options.withEvidence ? C : (({ evidence: _e, ...rest }) => rest)(C),
      markers: { total: totalRow, index: indexRow, rating: ratingRow, lost: lostRow, areas: blockTitle },
    },
    repeatRows: { first: header, last: header },
  });
}
