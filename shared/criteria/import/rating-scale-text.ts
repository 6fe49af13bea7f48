import { parseLooseNumber } from '../../numbers/parse-decimal';
import type { RatingBand } from '../criteria-set';

const NUM = String.raw`\d+(?:[.,]\d+)?`;
/** "Nhóm A: từ 90% trở lên", "Xuất sắc: đạt từ 90 điểm trở lên", "Khá: từ 70% đến dưới 80%", "Yếu: dưới 50 điểm". */
const BAND = new RegExp(`^\\s*[-+•]?\\s*([^:]{1,40}?)\\s*:\\s*(?:đạt\\s+)?(?:(từ|trên)\\s+)?(${NUM})\\s*(%|điểm)(?:\\s*trở lên)?|^\\s*[-+•]?\\s*([^:]{1,40}?)\\s*:\\s*(?:đạt\\s+)?dưới\\s+(${NUM})\\s*(%|điểm)`, 'iu');

/** The words scales use, so an outcome line ("Ban hành kịp thời: 1 điểm") is never read as a band. */
const RATING_LABEL = /^(?:xếp\s+)?(?:nhóm|loại|xuất sắc|tốt|khá|trung bình|yếu|kém|hoàn thành|không hoàn thành|đạt|không đạt|chưa đạt)(?:\s|$)/iu;

export interface ScaleLine {
  readonly label: string;
  /** The lowest value that earns the label, as printed; 0 for "dưới …". */
  readonly min: number;
  readonly unit: 'percent' | 'points';
}

/** One line of a rating scale, or undefined. "dưới X" is the floor band. */
export function readScaleLine(text: string): ScaleLine | undefined {
  if (text.length > 200) return undefined;
  const m = BAND.exec(text);
  if (!m) return undefined;
  const label = (m[1] ?? m[5] ?? '').trim();
  if (!RATING_LABEL.test(label)) return undefined;
  if (m[1] !== undefined) {
    if (m[2] === undefined && !/trở lên/iu.test(m[0])) return undefined;
    const value = parseLooseNumber(m[3] ?? '');
    if (value === undefined) return undefined;
    return { label: m[1].trim(), min: value, unit: m[4] === '%' ? 'percent' : 'points' };
  }
  return { label: (m[5] ?? '').trim(), min: 0, unit: m[7] === '%' ? 'percent' : 'points' };
}

/** The scale as fractions of the index, highest first; points are divided by the set's total. */
export function scaleOf(lines: readonly ScaleLine[], total: number): RatingBand[] {
  const bands = lines.map((l) => ({ label: l.label, min: Math.round((l.unit === 'percent' ? l.min / 100 : total > 0 ? l.min / total : 0) * 1e6) / 1e6 }))
    .filter((b) => b.min >= 0 && b.min <= 1);
  return bands.sort((a, b) => b.min - a.min);
}
