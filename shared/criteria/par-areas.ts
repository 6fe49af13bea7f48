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
