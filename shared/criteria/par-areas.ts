/** The PAR Index areas in the numbering of provincial sets (SPEC §4); 8 is the survey of provincial sets. */
export const PAR_AREAS: Readonly<Record<string, string>> = {
  '1': 'Công tác chỉ đạo, điều hành cải cách hành chính',
  '2': 'Cải cách thể chế (xây dựng và tổ chức thực hiện văn bản QPPL)',
  '3': 'Cải cách thủ tục hành chính',
  '4': 'Cải cách tổ chức bộ máy',
  '5': 'Cải cách chế độ công vụ',
  '6': 'Cải cách tài chính công',
  '7': 'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
};

/** The areas' short forms, as summaries head their columns. */
export const PAR_AREA_SHORT: Readonly<Record<string, string>> = {
  '1': 'Chỉ đạo, điều hành',
  '2': 'Thể chế',
  '3': 'Thủ tục hành chính',
  '4': 'Tổ chức bộ máy',
  '5': 'Chế độ công vụ',
  '6': 'Tài chính công',
  '7': 'Chính quyền điện tử, số',
};

/**
 * An area's name short enough for a column head: the set's own short form, the PAR area's where the
 * set uses its name, else the name without "Cải cách" (capitalised again), else the name.
 */
export function areaShortName(area: { readonly code: string; readonly name: string; readonly short?: string | undefined }): string {
  if (area.short?.trim()) return area.short.trim();
  if (PAR_AREAS[area.code] === area.name && PAR_AREA_SHORT[area.code]) return PAR_AREA_SHORT[area.code] as string;
  const rest = area.name.replace(/^cải cách\s+/iu, '').trim();
  return rest ? rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) : area.name;
}

/** The seven reform areas of Nghị quyết 76/NQ-CP, in the order plans number them I–VII. */
export const NQ76_AREAS: readonly string[] = [
  'Cải cách thể chế',
  'Cải cách thủ tục hành chính',
  'Cải cách tổ chức bộ máy hành chính nhà nước',
  'Cải cách chế độ công vụ',
  'Cải cách tài chính công',
  // Local plans (and seed 004's assignment of targets) say "Chính quyền" where the Government's resolution says "Chính phủ".
  'Xây dựng và phát triển Chính quyền điện tử, Chính quyền số',
  'Công tác chỉ đạo, điều hành',
];
