import type { z } from 'zod/mini';
import { formatNumber } from '../problems/format-number';
import { problem, type Problem } from '../problems/problem';
import { criterionNoun } from './criterion-noun';

type Words = { readonly vi: string; readonly en: string };

/** Field names as an officer knows them from the bo-chi-so sheet, never the JSON key alone. */
const SET_FIELDS: Readonly<Record<string, Words>> = {
  id: { vi: 'mã bộ chỉ số', en: 'set id' },
  name: { vi: 'tên bộ chỉ số', en: 'set name' },
  province: { vi: 'tỉnh', en: 'province' },
  level: { vi: 'cấp đánh giá', en: 'level' },
  year: { vi: 'năm áp dụng', en: 'year' },
  decision: { vi: 'quyết định ban hành', en: 'issuing decision' },
  source: { vi: 'nguồn', en: 'source' },
  rounding: { vi: 'cách làm tròn điểm', en: 'rounding' },
  survey: { vi: 'điều tra xã hội học', en: 'survey' },
  scale: { vi: 'thang xếp loại', en: 'rating scale' },
  areas: { vi: 'danh sách lĩnh vực', en: 'list of areas' },
};

const NODE_FIELDS: Readonly<Record<string, Words>> = {
  code: { vi: 'mã', en: 'code' },
  name: { vi: 'tên tiêu chí', en: 'name' },
  max: { vi: 'điểm tối đa', en: 'maximum' },
  rule: { vi: 'cách tính', en: 'scoring rule' },
  ruleText: { vi: 'cách tính', en: 'scoring rule' },
  note: { vi: 'ghi chú', en: 'note' },
  children: { vi: 'danh sách tiêu chí con', en: 'list of sub-criteria' },
  kind: { vi: 'loại cách tính', en: 'rule kind' },
  outcomes: { vi: 'các mức', en: 'outcomes' },
  label: { vi: 'tên', en: 'label' },
  points: { vi: 'điểm', en: 'points' },
  penalty: { vi: 'điểm trừ', en: 'penalty' },
  lower: { vi: 'cận dưới', en: 'lower bound' },
  upper: { vi: 'cận trên', en: 'upper bound' },
  value: { vi: 'giá trị', en: 'value' },
  inclusive: { vi: 'có tính cận', en: 'inclusive' },
  perItem: { vi: 'điểm mỗi lần', en: 'points per item' },
  cap: { vi: 'mức trừ tối đa', en: 'cap' },
  min: { vi: 'ngưỡng', en: 'threshold' },
};

const CODE_PATTERN = /^\d+(\.\d+)*$/;

interface Place {
  /** The criterion the issue belongs to, when the node has a readable code. */
  readonly criterion?: string;
  /** Where, when no code names it ("Lĩnh vực thứ 3"), empty when the criterion prefix says it. */
  readonly where: Words;
  readonly field: Words;
}

/**
 * Turns one schema issue into the sentence an officer reads: which criterion (by its code, or its
 * position when it has none), which field in the sheet's words, and what it must be. The library's
 * own wording ("expected string, received undefined") never reaches the user.
 */
export function describeSetIssue(issue: z.core.$ZodIssue, input: unknown): Problem {
  const place = placeOf(issue.path, input);
  const detail = detailOf(issue);
  return problem('set_invalid', 'error', {
    path: formatPath(issue.path),
    where: place.where.en, whereVi: place.where.vi,
    field: place.field.en, fieldVi: place.field.vi,
    detail: detail.en, detailVi: detail.vi,
  }, place.criterion ? { criterion: place.criterion } : {});
}

function placeOf(path: readonly PropertyKey[], input: unknown): Place {
  let node: unknown = input;
  let criterion: string | undefined;
  let where: Words = { vi: 'Bộ chỉ số: ', en: 'Criteria set: ' };
  let rest: readonly PropertyKey[] = path;
  // Walk areas[i].children[j]… as far as the path goes, remembering the deepest node.
  for (let i = 0; i + 1 < path.length; i += 2) {
    const list = path[i];
    const index = path[i + 1];
    if ((list !== 'areas' && list !== 'children') || typeof index !== 'number') break;
    if (i === 0 && list !== 'areas') break;
    const child = (node as Record<string, unknown> | null)?.[list];
    node = Array.isArray(child) ? child[index] : undefined;
    rest = path.slice(i + 2);
    const code = (node as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && CODE_PATTERN.test(code)) {
      criterion = code;
      where = { vi: '', en: '' };
    } else {
      const n = index + 1;
      where = list === 'areas'
        ? { vi: `Lĩnh vực thứ ${n}: `, en: `Area number ${n}: ` }
        : criterion
          ? { vi: `Tiêu chí con thứ ${n} của ${criterionNoun(criterion, 'vi')}: `, en: `Sub-criterion number ${n} of ${criterionNoun(criterion, 'en')}: ` }
          : { vi: `Tiêu chí con thứ ${n}: `, en: `Sub-criterion number ${n}: ` };
      criterion = undefined;
    }
  }
  const inNode = rest !== path;
  return { ...(criterion ? { criterion } : {}), where, field: fieldOf(rest, inNode) };
}

function fieldOf(rest: readonly PropertyKey[], inNode: boolean): Words {
  if (rest.length === 0) return inNode ? { vi: 'mục này', en: 'this entry' } : { vi: 'nội dung', en: 'the content' };
  const parts: Words[] = [];
  for (let i = 0; i < rest.length; i++) {
    const key = rest[i];
    if (typeof key === 'number') {
      const owner = rest[i - 1];
      const n = key + 1;
      if (owner === 'outcomes') parts[parts.length - 1] = { vi: `mức thứ ${n}`, en: `outcome ${n}` };
      else if (owner === 'scale') parts[parts.length - 1] = { vi: `mức xếp loại thứ ${n}`, en: `rating band ${n}` };
      else parts.push({ vi: `thứ ${n}`, en: `number ${n}` });
      continue;
    }
    if (key === 'kind' && rest[i - 1] === 'rule') {
      parts[parts.length - 1] = { vi: 'loại cách tính', en: 'rule kind' };
      continue;
    }
    const table = i === 0 && !inNode ? SET_FIELDS : NODE_FIELDS;
    const words = table[String(key)] ?? NODE_FIELDS[String(key)] ?? { vi: `"${String(key)}"`, en: `"${String(key)}"` };
    parts.push(words);
  }
  // Vietnamese reads from the detail outwards ("tên của mức thứ 1 của cách tính"), English the same way.
  const joined = (lang: 'vi' | 'en'): string => {
    const out: string[] = [];
    for (const p of parts) {
      if (p.vi.startsWith('thứ ') && out.length > 0) out[out.length - 1] += ` ${p[lang]}`;
      else out.push(p[lang]);
    }
    return out.reverse().join(lang === 'vi' ? ' của ' : ' of ');
  };
  return { vi: joined('vi'), en: joined('en') };
}

function detailOf(issue: z.core.$ZodIssue): Words {
  const i = issue as z.core.$ZodIssue & Record<string, unknown>;
  const num = (v: unknown, lang: 'vi' | 'en'): string => (typeof v === 'number' || typeof v === 'bigint' ? formatNumber(Number(v), lang) : String(v));
  switch (issue.code) {
    case 'invalid_type': {
      if (i.input === undefined) return { vi: 'còn thiếu', en: 'is missing' };
      const given = shown(i.input);
      const expected = String(i.expected);
      const what: Words = expected === 'number' ? { vi: 'phải là một số', en: 'must be a number' }
        : expected === 'int' ? { vi: 'phải là một số nguyên', en: 'must be a whole number' }
          : expected === 'string' ? { vi: 'phải là chữ', en: 'must be text' }
            : expected === 'array' ? { vi: 'phải là một danh sách', en: 'must be a list' }
              : expected === 'boolean' ? { vi: 'phải là true hoặc false', en: 'must be true or false' }
                : { vi: 'phải là một mục có mã, tên và điểm', en: 'must be an entry with its own fields' };
      return { vi: `${what.vi} (đang ghi ${given})`, en: `${what.en} (it holds ${given})` };
    }
    case 'too_small': {
      const min = i.minimum;
      if (i.origin === 'string') return { vi: 'không được để trống', en: 'must not be empty' };
      if (i.origin === 'array') return { vi: `phải có ít nhất ${num(min, 'vi')} mục`, en: `needs at least ${num(min, 'en')} entries` };
      return i.inclusive === false
        ? { vi: `phải lớn hơn ${num(min, 'vi')}`, en: `must be above ${num(min, 'en')}` }
        : { vi: `không được nhỏ hơn ${num(min, 'vi')}`, en: `must be at least ${num(min, 'en')}` };
    }
    case 'too_big': {
      const max = i.maximum;
      if (i.origin === 'string' || i.origin === 'array') return { vi: 'quá dài', en: 'is too long' };
      return { vi: `không được lớn hơn ${num(max, 'vi')}`, en: `must be at most ${num(max, 'en')}` };
    }
    case 'invalid_value': {
      const values = Array.isArray(i.values) ? (i.values as unknown[]).map(String).join(', ') : '';
      return { vi: `phải là một trong: ${values}`, en: `must be one of: ${values}` };
    }
    case 'invalid_format':
      return { vi: 'phải gồm các số cách nhau bởi dấu chấm, ví dụ 1.1.2', en: 'must be numbers separated by dots, such as 1.1.2' };
    case 'invalid_union':
      return {
        vi: 'phải là một trong: ratio, bands, levels, count, manual, penalty, when-nothing',
        en: 'must be one of: ratio, bands, levels, count, manual, penalty, when-nothing',
      };
    default:
      return { vi: 'không hợp lệ', en: 'is not valid' };
  }
}

function shown(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return `"${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? '[…]' : '{…}';
}

/**
 * A pasted or loaded text that is not JSON, said in plain words with the line and column where the
 * reading stopped, taken from the position the parser reports (its wording is never shown).
 */
export function describeJsonError(text: string, error: unknown): Problem {
  const message = String((error as { message?: unknown } | null)?.message ?? error);
  const position = /position (\d+)/.exec(message);
  const where = { where: 'Criteria set (JSON): ', whereVi: 'Bộ chỉ số (JSON): ', field: '', fieldVi: '', path: 'JSON' };
  if (text.trim() === '') return problem('set_invalid', 'error', { ...where, detail: 'nothing was pasted.', detailVi: 'chưa có nội dung.' });
  if (!position) {
    return problem('set_invalid', 'error', {
      ...where,
      detail: 'the text ends too early: a closing } or ] or a quote is missing.',
      detailVi: 'văn bản dừng giữa chừng: thiếu dấu đóng } hoặc ] hoặc dấu ngoặc kép.',
    });
  }
  const at = Math.min(Number(position[1]), text.length);
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  const near = text.slice(Math.max(0, at - 12), at + 12).replace(/\s+/g, ' ').trim();
  return problem('set_invalid', 'error', {
    ...where,
    detail: `this is not valid JSON: the error is on line ${line}, column ${column}, near "${near}" (check quotes and commas).`,
    detailVi: `đây không phải JSON hợp lệ: lỗi ở dòng ${line}, cột ${column}, gần "${near}" (xem lại dấu ngoặc kép và dấu phẩy).`,
  });
}

/** The JSON path as a developer would write it, kept in the problem's data for --json readers. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') || '(gốc)';
}
