import { cleanResidue } from '../numbers/clean-residue';
import { parseLooseNumber } from '../numbers/parse-decimal';
import { problem, type Problem } from '../problems/problem';
import { foldDiacritics } from '../text/fold-diacritics';
import { parseBandCondition } from './parse-band-condition';
import { checkRule } from './registry';
import type { Outcome, Rule } from './rule';
import { readRuleLine, type RuleLine } from './rule-line';
import { formatNumber } from '../problems/format-number';

export interface RuleTextReading {
  /** Present only when every part was understood. */
  readonly rule?: Rule;
  readonly problems: readonly Problem[];
  /**
   * The wording's lines that make the rule (formula, outcomes, the full-points case), one a line;
   * the not-applicable condition and notes are apart.
   */
  readonly ruleText?: string;
  /** "Không được giao … thì không đánh giá chấm điểm nội dung này": when the leaf is not scored at all. */
  readonly notApplicable?: string;
  /** Lines that say something about the criterion but no rule (a legal reference, an explanation). */
  readonly notes?: readonly string[];
}

const RATIO_WORDS = new Set(['ty le', 'ti le', 'ty le %', 'tinh theo ty le', 'ratio', 'ty le phan tram']);
const MANUAL_WORDS = new Set(['thu cong', 'hoi dong cham', 'hoi dong danh gia', 'hoi dong tham dinh cham', 'manual', 'cham thu cong']);
// Whitespace is folded to single spaces before these run (see splitParts), so "\s*" never meets a long run,
// and no lazy group is followed by "\s*": each pattern stays linear in the part's length.
const NOTHING = /không phát sinh|không nhận được|không có (?:đơn|hồ sơ|phản ánh|kiến nghị|khiếu nại|vụ việc|trường hợp)/iu;
const NUM = String.raw`\d+(?:[.,]\d+)?`;
const COUNT = new RegExp(`^mỗi\\s+(.+?)(?:được|:|=)\\s*(${NUM})(?:\\s*điểm)?(?:(?:\\s*[,(])?\\s*tối đa\\s*(${NUM})(?:\\s*điểm)?\\)?)?\\.?$`, 'iu');
const PENALTY = new RegExp(`^mỗi\\s+(.+?)trừ\\s*(${NUM})\\s*điểm(?:.*?tối đa\\s*(${NUM}))?`, 'iu');
const POINTS = new RegExp(`^(${NUM})(?:\\s*điểm)?(?:(?:\\s*(?:và|,))?\\s*(?:bị\\s*)?trừ\\s*(?:thêm\\s*)?(${NUM})(?:\\s*điểm)?)?\\.?$`, 'iu');
/** A part longer than this is prose, not one outcome of a rule: reported as unclear, never scanned further. */
export const MAX_RULE_PART = 2000;

type Part =
  | { readonly kind: 'outcome'; readonly outcome: Outcome }
  | { readonly kind: 'nothing'; readonly label: string; readonly points: number }
  | { readonly kind: 'rule'; readonly rule: Rule }
  | { readonly kind: 'unclear'; readonly text: string; readonly hint: { vi: string; en: string } };

/**
 * The one reader of a criterion's wording as typed in a "Cách tính" cell, a JSON set, the panel
 * or a custom function: the same words a decision prints under a criterion ("Thực hiện trên 90%
 * kế hoạch: 2 / Thực hiện từ 70% - 90% kế hoạch: 1 / Dưới 70% kế hoạch: 0", a footnote formula
 * "Điểm = A / B x 100% x 5", "… thì được tính tối đa điểm", "… thì không đánh giá chấm điểm nội
 * dung này"), read line by line as the importer reads a decision's rows (readRuleLine), into a
 * rule checked against the maximum, with the not-applicable condition apart.
 */
export function parseRuleText(text: string, max: number, code = ''): RuleTextReading {
  const clean = cleanResidue(text, { keepLineBreaks: true });
  if (clean === '') return { problems: [problem('rule_text_empty', 'error', {}, { criterion: code })] };
  const whole = foldDiacritics(clean).replace(/[.:]$/, '');
  if (RATIO_WORDS.has(whole)) return { ...finish({ kind: 'ratio' }, [], max, code), ruleText: clean };
  if (MANUAL_WORDS.has(whole)) return { ...finish({ kind: 'manual' }, [], max, code), ruleText: clean };
  // In a cell every line is meant as rule: a line the classifier calls a note goes to the outcome reader, which reads it or says why not.
  const lines = wordingParts(clean).map((part) => {
    const line = readRuleLine(part, undefined);
    return line.kind === 'note' ? { kind: 'outcome' as const, text: line.text } : line;
  });
  return readRuleWording(lines, max, code);
}

/**
 * A criterion's wording already one line to a meaning (readRuleLine): the importer hands a
 * decision's rows and footnotes, parseRuleText a cell's lines. A formula makes a ratio; outcomes
 * go through the outcome reader; "… thì được tính tối đa điểm" wraps the rule with its full points
 * when nothing applies; "… thì không đánh giá chấm điểm" is the not-applicable condition; notes
 * stay notes. The whole rule is checked against the maximum once.
 */
export function readRuleWording(lines: readonly RuleLine[], max: number, code = ''): RuleTextReading {
  const formula = lines.find((l): l is Extract<RuleLine, { kind: 'formula' }> => l.kind === 'formula');
  const outcomes = lines.filter((l) => l.kind === 'outcome').map((l) => l.text);
  const full = lines.find((l): l is Extract<RuleLine, { kind: 'full-when-not-applicable' }> => l.kind === 'full-when-not-applicable');
  const notApplicable = lines.find((l) => l.kind === 'not-applicable')?.text;
  const notes = lines.filter((l) => l.kind === 'note').map((l) => l.text);
  const problems: Problem[] = [];
  const wording: string[] = [];
  let inner: Rule | undefined = { kind: 'manual' };
  if (formula) {
    inner = { kind: 'ratio' };
    wording.push(formula.text);
    if (outcomes.length > 0) {
      problems.push(problem('rule_text_unclear', 'warning', {
        part: outcomes.join(' / '),
        hint: 'The criterion is scored by its formula; these outcome lines are not used.',
        hintVi: 'Tiêu chí được chấm theo công thức; các mức này không được dùng.',
      }, { criterion: code }));
    }
  } else if (outcomes.length > 0) {
    const reading = readOutcomeLines(outcomes, max, code);
    wording.push(...outcomes);
    problems.push(...reading.problems);
    inner = reading.rule;
  }
  let rule = inner;
  if (full && inner) {
    rule = { kind: 'when-nothing', label: full.text, points: full.points ?? max, rule: inner };
  }
  if (full) wording.push(full.points === undefined ? full.text : `${full.text}: ${formatNumber(full.points, 'vi')}`);
  const extra = {
    ...(wording.length > 0 ? { ruleText: wording.join('\n') } : {}),
    ...(notApplicable ? { notApplicable } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
  if (!rule || problems.some((p) => p.severity === 'error')) return { problems, ...extra };
  return { ...finish(rule, problems, max, code), ...extra };
}

/** Outcome lines into levels or bands (or one counted or penalty rule), unchecked against the maximum. */
function readOutcomeLines(lines: readonly string[], max: number, code: string): { rule?: Rule; problems: Problem[] } {
  const normalised = lines.map((l) => l.replace(/\s+/gu, ' ').trim()).filter((l) => l.length > 0);
  if (normalised.length === 0) return { problems: [problem('rule_text_empty', 'error', {}, { criterion: code })] };
  const clean = normalised.join('\n');
  const parts = normalised.map((p) => readPart(p, max));
  const unclear = parts.flatMap((p) => (p.kind === 'unclear'
    ? [problem('rule_text_unclear', 'error', { part: p.text, hint: p.hint.en, hintVi: p.hint.vi }, { criterion: code })]
    : []));
  const rules = parts.flatMap((p) => (p.kind === 'rule' ? [p.rule] : []));
  const outcomes = parts.flatMap((p) => (p.kind === 'outcome' ? [p.outcome] : []));
  const nothing = parts.find((p): p is Extract<Part, { kind: 'nothing' }> => p.kind === 'nothing');

  let inner: Rule | undefined;
  if (rules.length > 1 || (rules.length === 1 && outcomes.length > 0)) {
    unclear.push(problem('rule_text_unclear', 'error', {
      part: clean,
      hint: 'A rule is either outcomes with points or one formula, not both.',
      hintVi: 'Một cách tính chỉ gồm các mức có điểm, hoặc một công thức, không trộn cả hai.',
    }, { criterion: code }));
  } else if (rules.length === 1) {
    inner = rules[0];
  } else if (outcomes.length > 0) {
    inner = outcomes.some((o) => o.lower || o.upper) ? { kind: 'bands', outcomes } : { kind: 'levels', outcomes };
  } else if (nothing) {
    inner = { kind: 'manual' };
  }
  if (unclear.length > 0 || !inner) {
    return { problems: unclear.length > 0 ? unclear : [problem('rule_text_empty', 'error', {}, { criterion: code })] };
  }
  return { rule: nothing ? { kind: 'when-nothing', label: nothing.label, points: nothing.points, rule: inner } : inner, problems: [] };
}

function finish(rule: Rule, problems: Problem[], max: number, code: string): RuleTextReading {
  const all = [...problems, ...checkRule(rule, code, max)];
  return all.some((p) => p.severity === 'error') ? { problems: all } : { rule, problems: all };
}

/** One outcome per line, or separated by ";" or a "/" that is not inside a number or a code. */
function splitParts(text: string): string[] {
  return text
    .split(/\n|;|\s+\/\s+|(?<=[\p{L}%)])\/(?=\s*\p{L})/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim().replace(/^(?:[-+•*]|[a-zđ]\)|\d+[.)])\s+/iu, '').trim())
    .filter((p) => p.length > 0);
}

/**
 * A cell's wording in the pieces a decision prints one a row: lines, and outcomes within a line
 * split at ";" or " / " — except a formula line ("Điểm = A / B x 100% x 5"), whose slash is the
 * division, kept whole.
 */
function wordingParts(text: string): string[] {
  return text.split('\n').flatMap((line) => {
    const trimmed = line.replace(/\s+/gu, ' ').trim().replace(/^(?:[-+•*]|[a-zđ]\))\s+/iu, '');
    if (trimmed === '') return [];
    return readRuleLine(trimmed, undefined).kind === 'formula' ? [trimmed] : splitParts(trimmed);
  });
}

function readPart(part: string, max: number): Part {
  if (part.length > MAX_RULE_PART) {
    return { kind: 'unclear', text: `${part.slice(0, 60)}…`, hint: {
      en: `One outcome is longer than ${MAX_RULE_PART} characters: it is prose, not a rule. Write each outcome with its points, e.g. "Đạt yêu cầu: 1".`,
      vi: `Một mức dài quá ${MAX_RULE_PART} ký tự nên không phải là cách tính. Hãy ghi từng mức kèm số điểm, ví dụ "Đạt yêu cầu: 1".`,
    } };
  }
  const folded = foldDiacritics(part).replace(/[.:]$/, '');
  if (RATIO_WORDS.has(folded)) return { kind: 'rule', rule: { kind: 'ratio' } };
  if (MANUAL_WORDS.has(folded)) return { kind: 'rule', rule: { kind: 'manual' } };
  const penalty = PENALTY.exec(part);
  if (penalty) {
    const perItem = parseLooseNumber(penalty[2] ?? '');
    const cap = penalty[3] === undefined ? undefined : parseLooseNumber(penalty[3]);
    if (perItem !== undefined && perItem > 0) {
      return { kind: 'rule', rule: cap === undefined ? { kind: 'penalty', perItem } : { kind: 'penalty', perItem, cap } };
    }
  }
  const count = COUNT.exec(part);
  if (count) {
    const perItem = parseLooseNumber(count[2] ?? '');
    if (perItem !== undefined && perItem > 0) return { kind: 'rule', rule: { kind: 'count', perItem } };
  }

  const split = splitCondition(part);
  if (!split) {
    return { kind: 'unclear', text: part, hint: nearestForm(part, max) };
  }
  const { condition, pointsText } = split;
  const points = readPoints(pointsText, max);
  if (!points) {
    return { kind: 'unclear', text: pointsText, hint: {
      en: 'Points must be a number such as 1 or 0,5 (optionally "và bị trừ 0,25 điểm").',
      vi: 'Điểm phải là một số như 1 hoặc 0,5 (có thể kèm "và bị trừ 0,25 điểm").',
    } };
  }
  if (isNothing(condition)) return { kind: 'nothing', label: condition, points: points.points };
  const edges = parseBandCondition(condition);
  const outcome: Outcome = {
    label: condition,
    points: points.points,
    ...(points.penalty !== undefined ? { penalty: points.penalty } : {}),
    ...(edges?.lower ? { lower: edges.lower } : {}),
    ...(edges?.upper ? { upper: edges.upper } : {}),
  };
  return { kind: 'outcome', outcome };
}

const WORD_NUMBERS: Readonly<Record<string, string>> = { 'mot': '1', 'hai': '2', 'ba': '3', 'bon': '4', 'nam': '5', 'nua': '0,5' };

/**
 * What to tell the officer about a part the reader could not read: the nearest wording it knows,
 * built from the part's own words in the way decisions print them ("Ban hành đúng hạn: 1 điểm",
 * "Mỗi sáng kiến được 0,5 điểm", "… thì được tính tối đa điểm"), never a rule of punctuation.
 */
function nearestForm(part: string, max: number): { vi: string; en: string } {
  const say = (example: string, vi: string, en: string): { vi: string; en: string } => ({
    vi: `${vi} Bộ chỉ số đọc được cách viết như "${example}".`,
    en: `${en} The set reads wordings such as "${example}".`,
  });
  const body = part.replace(/[.;:,\s]+$/u, '');
  const maxText = formatNumber(max, 'vi');
  const folded = foldDiacritics(body);
  const trailing = new RegExp(`^(.*\\S)\\s+(${NUM})$`, 'u').exec(body);
  const spelled = /^(.*\S)\s+(?:duoc|bi|cham)\s+(mot|hai|ba|bon|nam|nua)\s+diem$/u.exec(folded);
  if (/^moi\s/u.test(folded)) {
    const amount = new RegExp(NUM, 'u').exec(body)?.[0] ?? '0,5';
    const item = body.replace(/^mỗi\s+/iu, '').replace(new RegExp(`\\s*(?:được|bị trừ|trừ|:)?\\s*${amount.replace(/[.,]/g, '[.,]')}.*$`, 'u'), '').trim() || 'trường hợp';
    return /trừ|vi phạm|chậm|muộn/iu.test(body)
      ? say(`Mỗi ${item} bị trừ ${amount} điểm`, 'Điểm trừ cho mỗi trường hợp cần ghi "bị trừ … điểm".', 'A deduction per item needs "bị trừ … điểm".')
      : say(`Mỗi ${item} được ${amount} điểm`, 'Điểm cho mỗi trường hợp cần ghi "được … điểm".', 'Points per item need "được … điểm".');
  }
  // The case the part names, in its words: "Không thuộc đối tượng" of "Không thuộc đối tượng thì tối đa".
  const said = (body.split(/\s+thì\s+/u)[0] ?? body).replace(/^trường hợp\s+/iu, '');
  const condition = `${said.charAt(0).toLowerCase()}${said.slice(1)}`;
  if (body.includes('=')) {
    return say(`Điểm = Số việc hoàn thành / Số việc được giao x 100% x ${maxText}`, 'Công thức cần có một phép chia giữa hai đại lượng có tên.', 'A formula needs one division between two named quantities.');
  }
  if (/toi da/u.test(folded)) {
    return say(`Trường hợp ${condition} thì được tính tối đa điểm`, 'Trường hợp được điểm tối đa cần ghi "thì được tính tối đa điểm".', 'The full-points case needs "thì được tính tối đa điểm".');
  }
  if (/khong/u.test(folded) && /cham|danh gia/u.test(folded)) {
    return say(`Trường hợp ${condition} thì không đánh giá chấm điểm nội dung này`, 'Trường hợp không chấm điểm cần ghi "thì không đánh giá chấm điểm nội dung này".', 'The not-scored case needs "thì không đánh giá chấm điểm nội dung này".');
  }
  if (spelled) {
    const words = body.split(/\s+/u);
    const label = words.slice(0, -3).join(' ');
    return say(`${label}: ${WORD_NUMBERS[spelled[2] ?? ''] ?? '1'} điểm`, 'Số điểm cần ghi bằng chữ số.', 'Points must be written in figures.');
  }
  if (trailing) {
    return say(`${trailing[1] ?? body}: ${trailing[2] ?? '1'} điểm`, 'Chưa rõ con số cuối là số điểm hay một phần của lời văn.', 'It is not clear whether the last number is the points or part of the words.');
  }
  return say(`${body}: ${maxText} điểm`, 'Mức này chưa ghi số điểm.', 'This outcome gives no points.');
}

/** "Không phát sinh", "không có … phát sinh": the case where there was nothing to handle. */
function isNothing(condition: string): boolean {
  if (NOTHING.test(condition)) return true;
  const lower = condition.toLowerCase();
  const i = lower.indexOf('không có ');
  return i >= 0 && lower.indexOf('phát sinh', i + 9) >= 0;
}

/** "… bị 0 điểm và bị trừ 0,25 điểm" at the end of a part: read from its last characters only, so linear. */
const PENALTY_END = new RegExp(`(${NUM}) ?điểm ?(?:,|và)? ?(?:bị )?trừ ?(?:thêm ?)?(${NUM}) ?điểm ?\\)?\\.?$`, 'iu');
/** Words that join a condition to its points in running text ("Ban hành kịp thời được 1 điểm"). */
const JOINING_WORD = / (?:được|bị|chấm|thì)$/iu;

function splitCondition(part: string): { condition: string; pointsText: string } | undefined {
  if (/trừ/iu.test(part)) {
    const offset = Math.max(0, part.length - 120);
    const m = PENALTY_END.exec(part.slice(offset));
    if (m) {
      const condition = part.slice(0, offset + m.index).replace(/[\s:(–-]+$/u, '').replace(JOINING_WORD, '').replace(/[\s:(–-]+$/u, '').trim();
      if (condition) return { condition, pointsText: `${m[1]} điểm và bị trừ ${m[2]} điểm` };
    }
  }
  const colon = part.lastIndexOf(':');
  if (colon > 0) {
    const condition = part.slice(0, colon).trim();
    const pointsText = part.slice(colon + 1).trim();
    if (condition && pointsText) return { condition, pointsText };
  }
  return trailingPoints(part);
}

/**
 * "Ban hành đúng hạn (1 điểm)", "Không ban hành - 0 điểm": the points at the end, read from the end
 * backwards. (The regular expression this replaces, a lazy prefix before "[\s(–-]+", was quadratic
 * on a cell of " -" repeats.)
 */
function trailingPoints(part: string): { condition: string; pointsText: string } | undefined {
  let end = part.length;
  if (part[end - 1] === '.') end--;
  while (end > 0 && /\s/.test(part[end - 1] ?? '')) end--;
  if (part[end - 1] === ')') end--;
  while (end > 0 && /\s/.test(part[end - 1] ?? '')) end--;
  if (end < 4 || foldDiacritics(part.slice(end - 4, end)) !== 'diem') return undefined;
  end -= 4;
  while (end > 0 && /\s/.test(part[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && /[\d.,]/.test(part[start - 1] ?? '')) start--;
  const number = part.slice(start, end);
  if (!new RegExp(`^${NUM}$`).test(number)) return undefined;
  let cut = start;
  while (cut > 0 && /[\s(–-]/.test(part[cut - 1] ?? '')) cut--;
  if (cut === start) return undefined;
  const condition = part.slice(0, cut).trim().replace(JOINING_WORD, '');
  return condition ? { condition, pointsText: `${number} điểm` } : undefined;
}

function readPoints(text: string, max: number): { points: number; penalty?: number } | undefined {
  const folded = foldDiacritics(text).replace(/[.]$/, '');
  if (folded === 'diem toi da' || folded === 'toi da' || folded === 'du diem' || folded === 'max') return { points: max };
  const m = POINTS.exec(text.trim());
  if (!m) return undefined;
  const points = parseLooseNumber(m[1] ?? '');
  if (points === undefined) return undefined;
  const penalty = m[2] === undefined ? undefined : parseLooseNumber(m[2]);
  return penalty === undefined ? { points } : { points, penalty };
}
