import type { CriteriaSet } from '../../criteria/criteria-set';
import { DEFAULT_CRITERIA_SET } from '../../criteria/default-set';
import { a1 } from '../../sheet/a1';
import { finishSheet } from '../finish-sheet';
import { setNotice } from '../set-notice';
import { addLetterhead } from '../letterhead';
import { ratingFormula } from '../rating-formula';
import { indexOf } from '../score-formulas';
import { range, SheetBuilder } from '../sheet-builder';
import type { SheetSpec } from '../sheet-spec';
import { PERCENT_FORMAT, POINTS_FORMAT, STYLE } from '../styles';
import type { TemplateOptions } from '../template-options';

export interface UnitScores {
  readonly unit: string;
  /** Appraised points per area code ("1" … "7"). */
  readonly areas: Readonly<Record<string, number>>;
  readonly surveyPoints?: number | undefined;
  /** The maximum the unit's index divides by. */
  readonly max: number;
}

/**
 * The council's summary of many units: points per area, total, index, rank (ties share a rank) and
 * rating, all live formulas over the typed area points.
 */
export function buildTongHopDonVi(units: readonly UnitScores[], options: TemplateOptions & { readonly set?: CriteriaSet | undefined }): SheetSpec {
  const set = options.set ?? DEFAULT_CRITERIA_SET;
  const areaCodes = set.areas.map((a) => a.code);
  const hasSurvey = set.survey !== undefined || units.some((u) => u.surveyPoints !== undefined);
  const firstArea = 3;
  const surveyCol = firstArea + areaCodes.length;
  const totalCol = surveyCol + (hasSurvey ? 1 : 0);
  const maxCol = totalCol + 1;
  const indexCol = maxCol + 1;
  const rankCol = indexCol + 1;
  const ratingCol = rankCol + 1;
  const b = new SheetBuilder(ratingCol);
  addLetterhead(b, options, ['PHỤ LỤC', `Tổng hợp kết quả Chỉ số cải cách hành chính năm ${options.year} của các đơn vị`], `(${set.decision})`, setNotice(set, options));
  const headers = ['STT', 'Đơn vị', ...areaCodes.map((c) => `Lĩnh vực ${c}`), ...(hasSurvey ? ['Điều tra XHH'] : []),
    'Tổng điểm', 'Điểm tối đa', 'Chỉ số CCHC', 'Xếp hạng', 'Xếp loại'];
  const header = b.add('header', headers.map((value) => ({ value, style: STYLE.header })), 36);
  const firstData = b.nextRow;
  const lastData = firstData + units.length - 1;
  units.forEach((u, i) => {
    const r = firstData + i;
    const indexRange = range(firstData, indexCol, Math.max(lastData, firstData), indexCol).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
    b.add('item', [
      { value: i + 1, style: STYLE.center },
      { value: u.unit, style: STYLE.text },
      ...areaCodes.map((c) => ({ value: u.areas[c] ?? 0, style: STYLE.input, numFmt: POINTS_FORMAT })),
      ...(hasSurvey ? [{ value: u.surveyPoints ?? 0, style: STYLE.input, numFmt: POINTS_FORMAT }] : []),
      { formula: `SUM(${range(r, firstArea, r, totalCol - 1)})`, style: STYLE.computed, numFmt: POINTS_FORMAT },
      { value: u.max, style: STYLE.computed, numFmt: POINTS_FORMAT },
      { formula: indexOf(a1(r, totalCol), a1(r, maxCol), set.rounding), style: STYLE.computed, numFmt: PERCENT_FORMAT },
      { formula: `IF(ISNUMBER(${a1(r, indexCol)}),TEXT(RANK(${a1(r, indexCol)},${indexRange}),"00")&"/"&TEXT(COUNT(${indexRange}),"00"),"")`, style: STYLE.center },
      { formula: ratingFormula(a1(r, indexCol), set.scale), style: STYLE.center },
    ]);
  });
  return finishSheet(b, options, {
    templateId: 'tong-hop-don-vi',
    name: `Tổng hợp CCHC ${options.year}`,
    columns: [6, 30, ...areaCodes.map(() => 9), ...(hasSurvey ? [9] : []), 10, 9, 10, 9, 14],
    table: { kind: 'summary', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: { no: 1, unit: 2, total: totalCol, max: maxCol, index: indexCol, rank: rankCol, rating: ratingCol } },
    repeatRows: { first: header, last: header },
  });
}
