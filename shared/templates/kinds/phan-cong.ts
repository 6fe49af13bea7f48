import { buildAssignmentTable } from '../assignment-table';
import type { SheetSpec } from '../sheet-spec';
import type { TemplateOptions } from '../template-options';

/** Seed 004, Phụ lục 1: each task with its product, deadline, lead, cooperating and follow-up units. */
export function buildPhanCongNhiemVu(options: TemplateOptions): SheetSpec {
  const n = options.year;
  return buildAssignmentTable(options, {
    templateId: 'phan-cong-nhiem-vu',
    sheetName: `Phân công nhiệm vụ ${n}`,
    titleLines: ['Phụ lục 1', `Phân công thực hiện nhiệm vụ cải cách hành chính năm ${n}`],
    headers: ['STT', 'Nội dung', 'Sản phẩm', 'Thời gian thực hiện', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Theo dõi, kiểm tra, đôn đốc, tổng hợp'],
    widths: [6, 44, 26, 16, 22, 22, 22],
    roles: ['code', 'name', 'product', 'deadline', 'lead', 'cooperating', 'followUp'],
    areaInFirstColumn: false,
    blankRowsPerArea: 3,
  });
}

/** Seed 004, Phụ lục 2: each target with the unit responsible, the cooperating units and a note. */
export function buildPhanCongMucTieu(options: TemplateOptions): SheetSpec {
  const n = options.year;
  return buildAssignmentTable(options, {
    templateId: 'phan-cong-muc-tieu',
    sheetName: `Phân công mục tiêu ${n}`,
    titleLines: ['Phụ lục 2', `Phân công thực hiện các mục tiêu cải cách hành chính năm ${n}`],
    headers: ['Stt', 'Nội dung mục tiêu', 'Đơn vị phụ trách, theo dõi', 'Đơn vị phối hợp', 'Ghi chú'],
    widths: [28, 50, 26, 24, 14],
    roles: ['code', 'name', 'lead', 'cooperating', 'note'],
    areaInFirstColumn: true,
    blankRowsPerArea: 2,
  });
}
