import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

/** Debian's Chromium, headless, with the flags this closed network needs (no background connections). */
export async function launchChromium(): Promise<Browser> {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  if (!executablePath) throw new Error('Chromium is not installed: .ci/run installs the Debian package chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Canned answers for the panel's backend calls; the XSS probe sits in text that comes from cells. */
export const XSS = '<img src=x onerror="window.__xss=1">';

export const PANEL_RESPONSES: Record<string, unknown> = {
  listTemplates: [{ id: 'chi-tieu-cchc', vi: 'Kế hoạch thực hiện chỉ tiêu CCHC năm N, dự kiến đến năm N+2', en: 'Reform targets for year N, forecast to N+2' }, { id: 'cham-diem', vi: 'Kết quả đánh giá Chỉ số CCHC', en: 'PAR Index score sheet' }],
  listSets: { active: 'mau', sets: [{ id: 'mau', name: 'Bộ chỉ số mẫu', source: 'Bộ mẫu của phần mềm' }, { id: 'qt-2025', name: 'Quảng Trị 2025' }] },
  insertTemplate: { sheet: 'Chấm điểm CCHC 2026' },
  checkActiveSheet: { sheet: 'Điểm', problems: [
    { code: 'wrong_decimal_separator', severity: 'error', cell: 'D18', params: { text: '0.25', value: 0.25, suffix: '' } },
    { code: 'number_expected', severity: 'error', cell: 'E7', params: { text: XSS } },
  ] },
  scoreActiveSheet: {
    sheet: 'Điểm', totals: { max: 40, self: 31.87, appraised: 16.59, deduction: -23.41, lost: 27 },
    areas: [{ area: '1', name: 'Công tác chỉ đạo', max: 13, self: 9.5, appraised: 5.95 }, { area: '3', name: 'Cải cách TTHC', max: 10, self: 8.2, appraised: 5.14 }],
    index: 0.4148, indexMax: 40, indexBasis: 'sheet', rating: 'Dưới nhóm C', written: 54, kept: [],
    problems: [
      { code: 'wrong_decimal_separator', severity: 'error', cell: 'D18', params: { text: '0.25', value: 0.25, suffix: '' }, fix: { value: 0.25 } },
      { code: 'total_mismatch', severity: 'warning', cell: 'D45', params: { column: 'self-assessed', columnVi: 'điểm tự đánh giá', labelEn: 'Tổng cộng', labelVi: 'Tổng cộng', stated: 31.62, expected: 31.87 } },
    ],
    gaps: [{ code: 'score_differs_from_rule', severity: 'warning', cell: 'E11', criterion: '1.1.3', params: { typed: 0.85, computed: 0.86, difference: -0.01, explanation: '', explanationVi: 'Cách cắt bỏ (làm tròn xuống) cho đúng điểm đã ghi.' } }],
  },
  cleanSelection: { changed: 3 },
  buildPlan: { sheet: 'Khắc phục CCHC 2026', count: 27 },
  buildSummary: { sheet: 'Tổng hợp CCHC 2026', units: 10 },
  selectCell: null,
  setActiveSet: null,
  loadSetFromSheet: { ok: true, problems: [], name: 'Quảng Trị 2025' },
  importDecisionTable: { ok: true, problems: [], name: 'Cà Mau 2013' },
  importSetJson: { ok: false, problems: [{ code: 'set_invalid', severity: 'error', criterion: '1.1', params: { path: 'areas[0].children[0].max', where: '', whereVi: '', field: 'maximum', fieldVi: 'điểm tối đa', detail: 'must be a number', detailVi: `phải là một số (đang ghi "${XSS}")` } }] },
  applyFixes: { fixed: 1, problems: [] },
};
