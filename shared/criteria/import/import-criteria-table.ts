import { cleanResidue } from '../../numbers/clean-residue';
import { readCell } from '../../numbers/read-cell';
import { problem, type Problem } from '../../problems/problem';
import { readRuleWording } from '../../rules/parse-rule-text';
import type { Rule } from '../../rules/rule';
import { a1 } from '../../sheet/a1';
import { foldDiacritics } from '../../text/fold-diacritics';
import type { CriteriaSet, CriterionNode, UnitLevel } from '../criteria-set';
import { validateCriteriaSet } from '../validate-criteria-set';
import { parentCodeOf } from '../walk';
import { findDecisionHeader, isNumberedRow, type DecisionColumns } from './find-decision-header';
import { numberingOfCode, numberingOfName, type Numbering } from './numbering';
import { readScaleLine, scaleOf, type ScaleLine } from './rating-scale-text';
import { readRuleLine, type RuleLine } from '../../rules/rule-line';
import { setInfoFromText, type SetInfo } from './set-info-from-text';

export interface ImportOptions {
  /** Where the block's first cell sits on the sheet (1-based), so problems name the sheet's cells. */
  readonly origin?: { readonly row: number; readonly column: number } | undefined;
  /** What the user said about the set; it wins over what the title lines say. */
  readonly info?: SetInfo | undefined;
  /** Text around the table (a document's paragraphs) to read the decision, province and date from. */
  readonly context?: readonly string[] | undefined;
  /** The year to assume when nothing says it (hosts pass the current year). */
  readonly defaultYear?: number | undefined;
  /**
   * Notes a document's table cells reference (Word footnotes and endnotes), each at its row of
   * `values` (0-based): read as if printed below the table with their number, for that row.
   */
  readonly notes?: readonly { readonly row: number; readonly text: string }[] | undefined;
}

export interface ImportResult {
  /** Present when the set is usable: no errors, warnings allowed. */
  readonly set?: CriteriaSet | undefined;
  readonly problems: readonly Problem[];
}

interface Located { readonly line: RuleLine; readonly row: number }

interface Draft {
  code: string;
  readonly printed?: string | undefined;
  readonly kind: Numbering['kind'];
  readonly name: string;
  readonly max?: number | undefined;
  readonly row: number;
  readonly parent?: Draft | undefined;
  readonly children: Draft[];
  readonly lines: Located[];
  evidence?: string | undefined;
}

const EPS = 1e-6;
const text = (v: unknown): string => (v === null || v === undefined ? '' : cleanResidue(String(v), { keepLineBreaks: true }));
const TOTAL = /^(tong cong|tong so diem|tong diem|tong|cong)(\s|$|:)/;
const SURVEY = /dieu tra xa hoi hoc|khao sat.*hai long|muc do hai long/;
const DEFAULT_SCALE = [{ label: 'Nhóm A', min: 0.9 }, { label: 'Nhóm B', min: 0.8 }, { label: 'Nhóm C', min: 0.7 }, { label: 'Dưới nhóm C', min: 0 }];
const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Turns a decision's criteria table, as a host read it from a sheet the user pasted it into (or as
 * read from the decision's .docx), into a criteria set: the tree from the printed numbering, each
 * leaf's rule from the outcome rows under it with the decision's wording kept, footnote formulas as
 * ratios, the not-applicable and full-points conditions, the total, the survey and the rating
 * scale. Slips real decisions contain are warnings naming their row, and the set stays usable.
 * Never throws; linear in the cells.
 */
export function importCriteriaTable(values: readonly (readonly unknown[])[], options: ImportOptions = {}): ImportResult {
  const origin = options.origin ?? { row: 1, column: 1 };
  const header = findDecisionHeader(values);
  if (!header) return { problems: [problem('import_no_header', 'error')] };
  const cols = header.columns;
  const cell = (r: number, c: number): string => a1(origin.row + r, origin.column + c);
  const problems: Problem[] = [];

  const codes = new Map<string, Draft>();
  const roots: Draft[] = [];
  let current: Draft | undefined;
  let romanArea: Draft | undefined;
  let bareUnderRoman = false;
  let total: { value: number; row: number } | undefined;
  let survey: { name: string; max: number } | undefined;
  const scaleLines: ScaleLine[] = [];
  const footnotes: { mark: string; line: RuleLine; row: number; fallback: Draft | undefined }[] = [];
  /** Letter and dash rows given their parent's code: one information line for the table, not one warning a row. */
  const derivedCodes: { printed: string; code: string; row: number }[] = [];
  /** Every criterion in the order its row comes, so a note at a row finds the criterion that row belongs to. */
  const drafts: Draft[] = [];
  /** Footnote marks printed after a leaf's name or maximum ("Chất lượng…[2]", "5 (1)"), by the draft's row. */
  const marks = new Map<number, string[]>();

  const pointsOf = (raw: unknown): number | undefined => {
    const v = readCell(typeof raw === 'string' ? splitMark(raw).text : raw, { decimal: ',', context: 'points' }).value;
    if (v.kind === 'number') return v.value;
    if (v.kind === 'count' && foldDiacritics(v.item) === 'diem') return v.value;
    return undefined;
  };
  const numberingOf = (row: readonly unknown[]): { numbering?: Numbering | undefined; lines: string[] } => {
    const lines = text(row[cols.name]).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const fromCode = cols.code === undefined ? undefined : numberingOfCode(row[cols.code]);
    if (fromCode) return { numbering: fromCode, lines };
    const fromName = numberingOfName(lines[0] ?? '');
    return fromName ? { numbering: fromName.numbering, lines: [fromName.rest, ...lines.slice(1)] } : { lines };
  };
  const nextRow = (r: number): number => {
    let i = r + 1;
    while (i < values.length && (values[i] ?? []).every((v) => text(v).trim() === '')) i++;
    return i;
  };
  /** A dash row is a sub-criterion when outcome rows with points follow it; otherwise it is an outcome itself. */
  const dashIsCriterion = (r: number, lines: readonly string[]): boolean => {
    if (pointsOf((values[r] ?? [])[cols.max]) === undefined || /\d\s*điểm|:\s*\d/u.test(lines[0] ?? '')) return false;
    const next = values[nextRow(r)];
    if (!next) return false;
    const n = numberingOf(next);
    const hasPoints = pointsOf(next[cols.max]) !== undefined || /\d\s*điểm/u.test(n.lines[0] ?? '');
    return hasPoints && (n.numbering === undefined || n.numbering.kind === 'plus');
  };
  const uniqueChildCode = (parent: Draft | undefined): string => {
    const siblings = parent ? parent.children.length : roots.length;
    for (let i = siblings + 1; ; i++) {
      const code = parent ? `${parent.code}.${i}` : String(i);
      if (!codes.has(code)) return code;
    }
  };
  const ensureParent = (code: string, row: number): Draft | undefined => {
    const parentCode = parentCodeOf(code);
    if (parentCode === undefined) return undefined;
    const found = codes.get(parentCode);
    if (found) return found;
    const grand = ensureParent(parentCode, row);
    const made: Draft = { code: parentCode, kind: 'dotted', name: `Tiêu chí ${parentCode}`, row, parent: grand, children: [], lines: [] };
    codes.set(parentCode, made);
    (grand ? grand.children : roots).push(made);
    return made;
  };

  for (let r = header.bodyStart; r < values.length; r++) {
    const row = values[r] ?? [];
    const cells = row.map((v) => text(v).trim());
    if (cells.every((t) => t === '')) continue;
    if (foldDiacritics(cells[cols.name] ?? '') === header.nameLabel || isNumberedRow(row)) continue;
    const { numbering, lines } = numberingOf(row);
    const points = pointsOf(row[cols.max]);
    const first = lines[0] ?? '';
    const folded = foldDiacritics(first || (cols.code === undefined ? '' : cells[cols.code] ?? ''));

    if (numbering?.kind !== 'dotted' && numbering?.kind !== 'roman' && TOTAL.test(folded)) {
      if (points !== undefined) total = { value: points, row: r };
      continue;
    }
    const scale = numbering === undefined || numbering.kind === 'dash' || numbering.kind === 'plus'
      ? cells.map((t) => readScaleLine(t.replace(/^[-+•]\s*/, ''))).find((s) => s !== undefined) : undefined;
    if (scale) { scaleLines.push(scale); continue; }
    // A footnote ("(1) Điểm = …") may sit in any column, under the table or under its criterion.
    const lead = cells.find((t) => t !== '') ?? '';
    const footnote = /^[([](\d{1,2})[)\]]\s*(\S.*)$/su.exec(lead);
    if ((!numbering || lead !== first) && footnote) {
      footnotes.push({ mark: String(Number(footnote[1] ?? '')), line: readRuleLine(footnote[2] ?? '', points), row: r, fallback: current });
      continue;
    }
    if (!numbering && !current && SURVEY.test(folded) && points !== undefined) {
      survey = { name: first, max: points };
      continue;
    }

    const makesNode = numbering !== undefined && (numbering.kind === 'roman' || numbering.kind === 'dotted' || numbering.kind === 'letter'
      || (numbering.kind === 'dash' && current !== undefined && dashIsCriterion(r, lines)));
    if (!makesNode) {
      if (!current) continue;
      lines.forEach((l, i) => current?.lines.push({ line: readRuleLine(l, i === 0 ? points : undefined), row: r }));
      continue;
    }

    let code: string;
    let parent: Draft | undefined;
    let derived = false;
    if (numbering.kind === 'roman') {
      code = String(numbering.value);
    } else if (numbering.kind === 'dotted') {
      const parts = numbering.parts;
      if (romanArea) {
        if (parts.length === 1) bareUnderRoman = true;
        const relative = bareUnderRoman || String(parts[0]) !== romanArea.code;
        code = relative ? [romanArea.code, ...parts].join('.') : parts.join('.');
      } else {
        code = parts.join('.');
      }
      derived = code !== numbering.printed;
    } else {
      let p = current;
      while (p && (p.kind === 'dash' || (numbering.kind === 'letter' && p.kind === 'letter'))) p = p.parent;
      parent = p;
      code = uniqueChildCode(parent);
      derived = true;
    }
    if (numbering.kind === 'roman' || numbering.kind === 'dotted') parent = ensureParent(code, r);
    const duplicate = codes.get(code);
    if (duplicate) {
      const renamed = uniqueChildCode(parent);
      problems.push(problem('import_duplicate_code', 'warning', { code, firstRow: origin.row + duplicate.row, derived: renamed }, { cell: cell(r, cols.code ?? cols.name), criterion: renamed }));
      code = renamed;
    } else if (derived && numbering.kind !== 'dotted') {
      derivedCodes.push({ printed: numbering.printed, code, row: r });
    }
    const named = splitMark(first);
    const rowMarks = [named.mark, typeof row[cols.max] === 'string' ? splitMark(row[cols.max] as string).mark : undefined].filter((m): m is string => m !== undefined);
    if (rowMarks.length > 0) marks.set(r, rowMarks);
    const draft: Draft = {
      code, kind: numbering.kind, name: first || `Tiêu chí ${code}`, max: points, row: r, parent, children: [], lines: [],
      ...(derived || duplicate ? { printed: numbering.printed } : {}),
    };
    for (const l of lines.slice(1)) draft.lines.push({ line: readRuleLine(l, undefined), row: r });
    if (cols.notes !== undefined) {
      for (const l of text(row[cols.notes]).split('\n').map((x) => x.trim()).filter((x) => x !== '')) draft.lines.push({ line: readRuleLine(l, undefined), row: r });
    }
    const evidence = cols.evidence === undefined ? '' : text(row[cols.evidence]).trim();
    if (evidence) draft.evidence = evidence;
    codes.set(code, draft);
    drafts.push(draft);
    (parent ? parent.children : roots).push(draft);
    current = draft;
    if (numbering.kind === 'roman') { romanArea = draft; bareUnderRoman = false; }
  }

  // A note a document's cell references belongs to that row's criterion, as if printed under it with its number.
  for (const note of options.notes ?? []) {
    let target: Draft | undefined;
    for (const d of drafts) if (d.row <= note.row) target = d;
    if (!target || note.row < header.bodyStart) continue;
    for (const l of note.text.split('\n').map((x) => x.trim()).filter((x) => x !== '')) {
      target.lines.push({ line: readRuleLine(l, undefined), row: note.row });
    }
  }
  // A footnote goes to the criterion that carries its mark, else to the criterion it was printed under.
  // The mark was only a pointer to the note: the name loses it.
  const renamed = new Map<Draft, string>();
  for (const f of footnotes) {
    const marked = drafts.find((d) => d.children.length === 0 && (marks.get(d.row) ?? []).includes(f.mark));
    const target = marked ?? f.fallback;
    if (marked) renamed.set(marked, splitMark(marked.name).text);
    if (target) target.lines.push({ line: f.line, row: f.row });
  }

  if (derivedCodes.length > 0) {
    const first = derivedCodes[0];
    const last = derivedCodes[derivedCodes.length - 1];
    const printed = [...new Set(derivedCodes.map((d) => d.printed))];
    const codesText = derivedCodes.length <= 4 ? derivedCodes.map((d) => d.code).join(', ') : `${derivedCodes.slice(0, 3).map((d) => d.code).join(', ')} … ${last?.code ?? ''}`;
    problems.push(problem('import_codes_derived', 'info', {
      printed: printed.length <= 4 ? printed.join(', ') : `${printed.slice(0, 3).join(', ')}, …`, count: derivedCodes.length, codes: codesText,
    }, { cell: cell(first?.row ?? header.row, cols.code ?? cols.name) }));
  }

  const surveyRoot = roots.find((d) => SURVEY.test(foldDiacritics(d.name)));
  if (surveyRoot && !survey) survey = { name: surveyRoot.name, max: surveyRoot.max ?? sumOf(surveyRoot.children.map((c) => c.max ?? 0)) };
  const areaDrafts = roots.filter((d) => d !== surveyRoot);
  if (areaDrafts.length === 0) return { problems: [...problems, problem('import_no_rows', 'error', {}, { cell: cell(header.row, cols.name) })] };

  const toNode = (d: Draft): CriterionNode => {
    const children = d.children.map(toNode);
    const notes = d.lines.filter((l) => l.line.kind === 'note').map((l) => l.line.text);
    const base = {
      code: d.code, name: renamed.get(d) || d.name,
      ...(d.printed ? { printed: d.printed } : {}),
      ...(d.evidence ? { evidence: d.evidence } : {}),
    };
    if (children.length > 0) {
      const sum = sumOf(children.map((c) => c.max));
      if (d.max !== undefined && Math.abs(sum - d.max) > EPS) {
        problems.push(problem('import_parent_sum', 'warning',
          { parent: d.code, printed: d.max, children: children.map((c) => c.code).join(', '), sum }, { cell: cell(d.row, cols.max), criterion: d.code }));
      }
      for (const l of d.lines) {
        if (l.line.kind === 'outcome' || l.line.kind === 'formula') {
          problems.push(problem('import_outcomes_on_parent', 'warning', { text: l.line.text, code: d.code }, { cell: cell(l.row, cols.name), criterion: d.code }));
          notes.push(l.line.text);
        } else if (l.line.kind !== 'note') {
          notes.push(l.line.text);
        }
      }
      return { ...base, max: sum, ...(notes.length ? { note: notes.join('\n') } : {}), children };
    }
    if (d.max === undefined) {
      problems.push(problem('number_expected', 'error', { text: text((values[d.row] ?? [])[cols.max]) }, { cell: cell(d.row, cols.max), criterion: d.code }));
    }
    const max = d.max ?? 0;
    const leaf = leafRule(d, max, cols, cell, problems);
    const notApplicable = d.lines.find((l) => l.line.kind === 'not-applicable')?.line.text;
    return {
      ...base, max, rule: leaf.rule,
      ...(leaf.ruleText ? { ruleText: leaf.ruleText } : {}),
      ...(notApplicable ? { notApplicable } : {}),
      ...(notes.length ? { note: notes.join('\n') } : {}),
    };
  };
  const areas = areaDrafts.map(toNode);
  const areasSum = sumOf(areas.map((a) => a.max));
  if (total && Math.abs(total.value - areasSum) > EPS && Math.abs(total.value - areasSum - (survey?.max ?? 0)) > EPS) {
    problems.push(problem('import_total_mismatch', 'warning', { printed: total.value, sum: areasSum }, { cell: cell(total.row, cols.max) }));
  }

  const fullTotal = areasSum + (survey?.max ?? 0);
  let scale = scaleOf(scaleLines, fullTotal);
  if (scale.length === 0) {
    problems.push(problem('import_scale_missing', 'warning'));
    scale = DEFAULT_SCALE;
  }

  const titleLines = values.slice(0, header.row).flatMap((row) => row.map((v) => text(v)).filter((t) => t.trim() !== ''));
  const read = setInfoFromText([...(options.context ?? []), ...titleLines]);
  const given = options.info ?? {};
  const info: SetInfo = {
    province: given.province ?? read.province, level: given.level ?? read.level, year: given.year ?? read.year,
    decision: given.decision ?? read.decision, effectiveDate: given.effectiveDate ?? read.effectiveDate, name: given.name ?? read.name,
  };
  const missing = (field: string, fieldVi: string, value: string): void => {
    problems.push(problem('import_info_missing', 'warning', { field, fieldVi, value }));
  };
  const province = info.province ?? 'Chưa rõ';
  if (!info.province) missing('the province', 'tỉnh ban hành', province);
  const level: UnitLevel = info.level ?? 'xa';
  if (!info.level) missing('the level of units it scores', 'cấp đơn vị được đánh giá', 'xã, phường');
  const year = info.year ?? options.defaultYear ?? 2025;
  if (!info.year) missing('the year', 'năm áp dụng', String(year));
  const decision = info.decision ?? 'Chưa rõ số quyết định';
  if (!info.decision) missing('the decision', 'số, ngày quyết định ban hành', decision);

  const input: CriteriaSet = {
    id: foldDiacritics(`${province} ${level} ${year} ${decision.replace(/^quyết định\s+(số\s+)?/iu, '').split(/\s/)[0] ?? ''}`).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'bo-chi-so',
    name: info.name ?? `Bộ chỉ số CCHC ${province} ${year}`,
    province, level, year, decision,
    source: 'Nhập từ bảng tiêu chí của quyết định',
    rounding: 'half-up',
    ...(survey ? { survey } : {}),
    scale,
    areas,
    ...(info.effectiveDate ? { effectiveDate: info.effectiveDate } : {}),
    complete: true,
  };
  if (problems.some((p) => p.severity === 'error')) return { problems: sortByRow(problems) };
  const validated = validateCriteriaSet(input);
  const rowOf = (code: string | undefined): number | undefined => (code === undefined ? undefined : codes.get(code)?.row);
  const located = validated.problems.map((p) => {
    const row = rowOf(p.criterion ?? (typeof p.params.parent === 'string' ? p.params.parent : undefined));
    return p.cell || row === undefined ? p : { ...p, cell: cell(row, cols.code ?? cols.name) };
  });
  const all = sortByRow([...problems, ...located]);
  return validated.ok ? { set: validated.set, problems: all } : { problems: all };
}

/**
 * The leaf's rule from its lines, read by the one reader of rule wordings (the "Cách tính" cell's
 * too): a formula is a ratio, outcomes go through the outcome reader, the full-points case wraps
 * it. An unreadable wording leaves the leaf to the council with warnings at the lines.
 */
function leafRule(d: Draft, max: number, cols: DecisionColumns, cell: (r: number, c: number) => string, problems: Problem[]): { rule: Rule; ruleText?: string } {
  const ruled = d.lines.filter((l) => l.line.kind === 'formula' || l.line.kind === 'outcome' || l.line.kind === 'full-when-not-applicable');
  if (ruled.length === 0) return { rule: { kind: 'manual' } };
  const formula = ruled.find((l) => l.line.kind === 'formula');
  // The decision's rows as printed: a formula is the rule and outcome rows beside it are kept as they were, unused.
  const reading = readRuleWording((formula ? ruled.filter((l) => l.line.kind !== 'outcome') : ruled).map((l) => l.line), max, d.code);
  if (formula && formula.line.kind === 'formula') {
    const factor = formula.line.factor;
    if (factor !== undefined && Math.abs(factor - max) > EPS) {
      problems.push(problem('import_formula_factor', 'warning', { code: d.code, factor, max }, { cell: cell(formula.row, cols.name), criterion: d.code }));
    }
  }
  const at = (p: Problem): Problem => {
    const part = typeof p.params.part === 'string' ? p.params.part : typeof p.params.outcome === 'string' ? p.params.outcome : undefined;
    const line = part === undefined ? undefined : ruled.find((l) => l.line.text.includes(part) || part.includes(l.line.text));
    return { ...p, cell: cell(line?.row ?? d.row, line ? cols.name : cols.code ?? cols.name) };
  };
  const ruleText = reading.ruleText;
  if (reading.rule) {
    problems.push(...reading.problems.map(at));
    let inner = reading.rule;
    while (inner.kind === 'when-nothing') inner = inner.rule;
    if (inner.kind === 'levels' || inner.kind === 'bands') {
      const best = Math.max(...inner.outcomes.map((o) => o.points));
      if (best < max - EPS) problems.push(problem('import_max_unreached', 'warning', { code: d.code, max, best }, { cell: cell(d.row, cols.max), criterion: d.code }));
    }
    return ruleText ? { rule: reading.rule, ruleText } : { rule: reading.rule };
  }
  problems.push(...reading.problems.map((p) => ({ ...at(p), severity: p.severity === 'error' ? 'warning' as const : p.severity })));
  problems.push(problem('import_rule_unread', 'warning', { code: d.code }, { cell: cell(d.row, cols.code ?? cols.name), criterion: d.code }));
  const full = ruled.find((l) => l.line.kind === 'full-when-not-applicable');
  const rule: Rule = full ? { kind: 'when-nothing', label: full.line.text, points: max, rule: { kind: 'manual' } } : { kind: 'manual' };
  return ruleText ? { rule, ruleText } : { rule };
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/**
 * A footnote mark at the end of a name or a points cell: "(1)", "[2]", or superscript digits as
 * Word's marks paste ("giao²"). The text comes back without it.
 */
function splitMark(raw: string): { text: string; mark?: string } {
  const m = /\s*(?:[([](\d{1,2})[)\]]|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))\s*$/u.exec(raw);
  if (!m || m.index === 0) return { text: raw };
  const mark = m[1] ?? [...(m[2] ?? '')].map((c) => String(SUPERSCRIPT.indexOf(c))).join('');
  return { text: raw.slice(0, m.index).trimEnd(), mark: String(Number(mark)) };
}

function sumOf(values: readonly number[]): number {
  return round6(values.reduce((a, b) => a + b, 0));
}

/** Problems in the order of the rows they name; those of the whole set last. */
function sortByRow(problems: readonly Problem[]): Problem[] {
  const rowOf = (p: Problem): number => (p.cell ? Number(/\d+$/.exec(p.cell)?.[0] ?? Infinity) : Infinity);
  return problems.map((p, i) => ({ p, i })).sort((a, b) => rowOf(a.p) - rowOf(b.p) || a.i - b.i).map((x) => x.p);
}
