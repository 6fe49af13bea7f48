import type { CriteriaSet } from '../../criteria/criteria-set';
import { DEFAULT_CRITERIA_SET } from '../../criteria/default-set';
import { a1 } from '../../sheet/a1';
import { finishSheet } from '../finish-sheet';
import { setNotice } from '../set-notice';
import { addLetterhead, addSignatures, COUNCIL_SIGNATORIES } from '../letterhead';
import { areaShortName } from '../../criteria/par-areas';
import { isLeaf, walk } from '../../criteria/walk';
import type { CriterionNode } from '../../criteria/criteria-set';

const totalMaxOf = (area: CriterionNode): number => [...walk([area])].filter(isLeaf).reduce((sum, leaf) => sum + leaf.max, 0);
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
  /**
   * Points of the criteria a partial sheet lacks, counted as earned when the index divides by the
   * decision's whole maximum (`--max 79`): (whole − points lost) ÷ whole, as `score` prints it.
   */
  readonly unlisted?: number | undefined;
}

/**
 * The council's summary of many units: points per area, total, index, rank (ties share a rank) and
 * rating, all live formulas over the typed area points.
 */
export function buildTongHopDonVi(units: readonly UnitScores[], options: TemplateOptions & { readonly set?: CriteriaSet | undefined }): SheetSpec {
  const set = options.set ?? DEFAULT_CRITERIA_SET;
  // Areas the set scores nothing in (areas 2 and 4 of the example) would print a column of 0,00: left out, unless a unit has points there.
  const areas = set.areas.filter((a) => totalMaxOf(a) > 0 || units.some((u) => (u.areas[a.code] ?? 0) !== 0));
  const areaCodes = areas.map((a) => a.code);
  const hasSurvey = set.survey !== undefined || units.some((u) => u.surveyPoints !== undefined);
  const firstArea = 3;
  const surveyCol = firstArea + areaCodes.length;
  const hasUnlisted = units.some((u) => u.unlisted !== undefined);
  const unlistedCol = surveyCol + (hasSurvey ? 1 : 0);
  const totalCol = unlistedCol + (hasUnlisted ? 1 : 0);
  const maxCol = totalCol + 1;
  const indexCol = maxCol + 1;
  const rankCol = indexCol + 1;
  const ratingCol = rankCol + 1;
  const b = new SheetBuilder(ratingCol);
  addLetterhead(b, options, ['PHỤ LỤC', `Tổng hợp kết quả Chỉ số cải cách hành chính năm ${options.year} của các đơn vị`], `(${set.decision})`, setNotice(set, options));
  // Each area's column is headed with its number and short name ("3. Thủ tục hành chính"), not "Lĩnh vực 3".
  const headers = ['STT', 'Đơn vị', ...areas.map((a) => `${a.code}. ${areaShortName(a)}`), ...(hasSurvey ? ['Điều tra XHH'] : []),
    ...(hasUnlisted ? ['Tiêu chí ngoài trang (tính đủ điểm)'] : []), 'Tổng điểm', 'Điểm tối đa', 'Chỉ số CCHC', 'Xếp hạng', 'Xếp loại'];
  const header = b.add('header', headers.map((value) => ({ value, style: STYLE.header })));
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
      ...(hasUnlisted ? [{ value: u.unlisted ?? 0, style: STYLE.computed, numFmt: POINTS_FORMAT }] : []),
      { formula: `SUM(${range(r, firstArea, r, totalCol - 1)})`, style: STYLE.computed, numFmt: POINTS_FORMAT },
      { value: u.max, style: STYLE.computed, numFmt: POINTS_FORMAT },
      { formula: indexOf(a1(r, totalCol), a1(r, maxCol), set.rounding), style: STYLE.computed, numFmt: PERCENT_FORMAT },
      { formula: `IF(ISNUMBER(${a1(r, indexCol)}),TEXT(RANK(${a1(r, indexCol)},${indexRange}),"00")&"/"&TEXT(COUNT(${indexRange}),"00"),"")`, style: STYLE.center },
      { formula: ratingFormula(a1(r, indexCol), set.scale), style: STYLE.center },
    ]);
  });
  // Sent on its own to the council or the Sở Nội vụ: place and date, the preparer and the council's chair.
  addSignatures(b, options, COUNCIL_SIGNATORIES);
  return finishSheet(b, options, {
    templateId: 'tong-hop-don-vi',
    name: `Tổng hợp CCHC ${options.year}`,
    columns: [6, 28, ...areaCodes.map(() => 10), ...(hasSurvey ? [9] : []), ...(hasUnlisted ? [11] : []), 10, 9, 10, 9, 14],
    table: { kind: 'summary', headerRow: header, firstDataRow: firstData, lastDataRow: lastData,
      columns: { no: 1, unit: 2, total: totalCol, max: maxCol, index: indexCol, rank: rankCol, rating: ratingCol } },
    repeatRows: { first: header, last: header },
  });
}
