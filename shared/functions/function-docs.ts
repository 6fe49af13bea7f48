import type { FunctionEntry } from './function-entry';

export interface FnParam {
  readonly name: string;
  readonly description: string;
  readonly optional?: boolean;
}

/** What a host's formula help shows for one function (Vietnamese). */
export interface FunctionDoc {
  readonly description: string;
  readonly params: readonly FnParam[];
}

/**
 * The functions' help, kept apart from their implementations (registry.ts): only the build reads it,
 * to write Code.js's @customfunction JSDoc, so no bundle that runs the functions carries these
 * texts (the Excel page reads its help from functions.ts's own JSDoc, through functions.json).
 * Keyed by name, so a function without its help fails the type check.
 */
export const FUNCTION_DOCS: Readonly<Record<FunctionEntry['name'], FunctionDoc>> = {
  SCORE: {
    description: 'Điểm của tiêu chí theo cách tính của Bộ chỉ số (hoặc tỷ lệ × điểm tối đa khi nhập số), làm tròn 2 chữ số.',
    params: [
      { name: 'code_or_max', description: 'Mã tiêu chí (ví dụ "3.12.1") hoặc điểm tối đa (ví dụ 0,5).' },
      { name: 'numerator', description: 'Tử số, tỷ lệ %, số lượng hoặc mức đạt được.' },
      { name: 'denominator', description: 'Mẫu số (bỏ trống khi đã nhập tỷ lệ).', optional: true },
    ],
  },
  DEDUCTION: {
    description: 'Điểm bị trừ = điểm thẩm định − điểm chuẩn (bằng 0 hoặc âm), làm tròn 2 chữ số.',
    params: [
      { name: 'max', description: 'Điểm chuẩn (điểm tối đa) của tiêu chí.' },
      { name: 'points', description: 'Điểm thẩm định (hoặc tự đánh giá).' },
    ],
  },
  INDEX: {
    description: 'Chỉ số CCHC = tổng điểm ÷ tổng điểm tối đa, dạng phần trăm (0,7037 là 70,37%).',
    params: [
      { name: 'points_range', description: 'Vùng điểm thẩm định.' },
      { name: 'max_range', description: 'Vùng điểm tối đa tương ứng.' },
    ],
  },
  PERCENT: {
    description: 'Số mà một tỷ lệ đã gõ biểu thị: "92,8%" là 0,928.',
    params: [{ name: 'text', description: 'Tỷ lệ đã gõ, ví dụ "92,8%" hoặc "70,25 %".' }],
  },
  MET: {
    description: 'Kết quả đạt được có đạt chỉ tiêu không (ví dụ "Tối thiểu 80%").',
    params: [
      { name: 'actual', description: 'Kết quả đạt được: số dạng %, hoặc chữ như "92,8%".' },
      { name: 'target_text', description: 'Chỉ tiêu: "Tối thiểu 80%", "> 95%", "từ 99% trở lên"…' },
    ],
  },
};
