import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateCriteriaSet, type CriteriaSet, type Rule } from '../../shared';

/** A decision wording of 331 characters, longer than the 255 Excel allows a text constant in a formula. */
export const LONG_WORDING = `Văn bản quy phạm pháp luật được ban hành đúng thẩm quyền, ${'đúng trình tự, thủ tục, bảo đảm tính hợp hiến, hợp pháp, '.repeat(6)}`.slice(0, 330).trimEnd().padEnd(330, 'x') + '.';

/** Wordings with commas whose list passes 255 characters in all: no inline dropdown could hold them. */
export const COMMA_WORDINGS = [
  'Giải quyết đúng hạn, đầy đủ tất cả phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính',
  'Có phản ánh, kiến nghị giải quyết trễ hạn, nhưng đã có văn bản xin lỗi, giải trình với cá nhân, tổ chức',
  'Có phản ánh, kiến nghị chưa được xem xét, xử lý, hoặc xử lý không đúng thẩm quyền, quy định',
] as const;

/**
 * The Cà Mau test set with 1.1.1 worded by a 331-character outcome and a comma wording, and 1.2.5's
 * levels reworded with commas past 255 characters in all: what a real decision's table can hold.
 */
export function longWordingSet(): CriteriaSet {
  const raw = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'ca-mau-1880-rules.json'), 'utf8')) as { areas: { children?: { children?: { code: string; rule?: Rule }[] }[] }[] };
  for (const leaf of raw.areas.flatMap((a) => a.children ?? []).flatMap((c) => c.children ?? [])) {
    if (leaf.code === '1.1.1') {
      leaf.rule = { kind: 'levels', outcomes: [{ label: LONG_WORDING, points: 1 }, { label: 'Ban hành, nhưng không kịp thời', points: 0.5 }, { label: 'Không ban hành', points: 0 }] };
    }
    if (leaf.code === '1.2.5') {
      leaf.rule = { kind: 'when-nothing', label: 'Không có phản ánh, kiến nghị', points: 1, rule: { kind: 'levels', outcomes: COMMA_WORDINGS.map((label, i) => ({ label, points: [1, 0.5, 0][i] ?? 0 })) } };
    }
  }
  const checked = validateCriteriaSet({ ...raw, id: 'thu-loi-van-dai', name: 'Bộ thử: lời văn dài và có dấu phẩy' });
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.set;
}
