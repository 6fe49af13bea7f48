import type { CellStyle } from './sheet-spec';

/** The few looks every Phụ lục uses, named by role. */
export const STYLE = {
  header: { bold: true, align: 'center', wrap: true, border: true, fill: 'header' },
  columnNumber: { italic: true, align: 'center', border: true },
  section: { bold: true, wrap: true, border: true, fill: 'section' },
  sectionCenter: { bold: true, align: 'center', border: true, fill: 'section' },
  criterion: { bold: true, wrap: true, border: true },
  criterionCenter: { bold: true, align: 'center', border: true },
  text: { wrap: true, border: true },
  center: { align: 'center', wrap: true, border: true },
  input: { align: 'center', wrap: true, border: true, fill: 'input' },
  computed: { align: 'center', border: true },
  total: { bold: true, align: 'center', border: true, fill: 'total' },
  totalLabel: { bold: true, wrap: true, border: true, fill: 'total' },
} as const satisfies Record<string, CellStyle>;

/** Points shown as score sheets print them: "2,00" in a vi-VN workbook. */
export const POINTS_FORMAT = '0.00';
export const PERCENT_FORMAT = '0.00%';
