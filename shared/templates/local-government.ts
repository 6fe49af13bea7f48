import type { UnitLevel } from '../criteria/criteria-set';
import { phaseOf } from './phase';

/**
 * Districts were dissolved on 1 July 2025: from 2025 a commune's plan, and from 2026 every plan,
 * speaks of two tiers (province and commune). The national programme's sentences are rewritten
 * for those years rather than copied with the district in them.
 */
export function withoutDistricts(options: { readonly year: number; readonly level?: UnitLevel | undefined }): boolean {
  return options.year >= 2026 || (options.year >= 2025 && (options.level ?? 'xa') === 'xa');
}

/** Whole phrases, longest first, so a sentence is never left half rewritten. */
const TWO_TIER: readonly (readonly [RegExp, string])[] = [
  [/cấp tỉnh, cấp huyện, cấp xã/g, 'cấp tỉnh, cấp xã'],
  [/một cửa liên thông cấp huyện, cấp xã/g, 'một cửa liên thông cấp tỉnh, cấp xã'],
  [/UBND cấp huyện, UBND cấp xã/g, 'UBND cấp xã'],
  [/Trên 90% hồ sơ công việc tại cấp huyện, trên 80% hồ sơ công việc tại cấp xã/g, 'Trên 80% hồ sơ công việc tại cấp xã'],
  [/tại UBND cấp xã và Phòng Tư pháp cấp huyện/g, 'tại UBND cấp xã'],
  [/Đối với các phòng, ban và tương đương thuộc UBND cấp huyện/g, 'Đối với các phòng chuyên môn và tương đương thuộc UBND cấp xã'],
  [/100% báo cáo UBND cấp huyện báo cáo/g, '100% báo cáo của UBND cấp xã được gửi'],
  [/UBND cấp huyện/g, 'UBND cấp xã'],
  [/đơn vị sự nghiệp thuộc huyện/g, 'đơn vị sự nghiệp thuộc xã'],
];

/** Typing slips of the documents the texts were taken from, put right. */
const SLIPS: readonly (readonly [RegExp, string])[] = [
  [/hiện thị/g, 'hiển thị'],
  [/hệ thống tin\b/g, 'hệ thống thông tin'],
  [/Công thông tin điện tử/g, 'Cổng thông tin điện tử'],
];

/** A pre-filled sentence as it should read in the chosen year, for the chosen level. */
export function localText(text: string, options: { readonly year: number; readonly level?: UnitLevel | undefined }): string {
  let out = text;
  for (const [from, to] of SLIPS) out = out.replace(from, to);
  const phase = phaseOf(options.year);
  out = out.replace(/giai đoạn 2021-2025/g, `giai đoạn ${phase.first}-${phase.last}`);
  if (withoutDistricts(options)) for (const [from, to] of TWO_TIER) out = out.replace(from, to);
  return out;
}
