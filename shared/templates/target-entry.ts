import { range, type SheetBuilder } from './sheet-builder';

const PROMPT = 'Nhập tỷ lệ đạt được (0–100%), ví dụ 92,8%; hoặc chỉ tiêu dạng chữ như "> 80%", "Tối thiểu 80%", "từ 99% trở lên", "Cấp huyện: 60% Cấp xã: 40%".';

/**
 * Entry columns of a target table accept a percentage between 0 and 100 % or a target written as
 * text (both occur in every seed), and mark a percentage outside 0–100 %.
 */
export function addTargetEntryRules(b: SheetBuilder, firstRow: number, lastRow: number, columns: readonly number[]): void {
  if (lastRow < firstRow) return;
  const ranges = columns.map((col) => range(firstRow, col, lastRow, col));
  b.validations.push({
    ranges,
    rule: { kind: 'percent-or-text' },
    promptTitle: 'Chỉ tiêu / tỷ lệ',
    prompt: PROMPT,
    error: 'Tỷ lệ phải nằm trong khoảng 0% đến 100% (gõ 92,8% chứ không gõ 928).',
  });
  b.conditionalFormats.push({ ranges, rule: { kind: 'percent-outside' }, tone: 'error', meaning: 'Tỷ lệ nằm ngoài 0%–100%' });
}
