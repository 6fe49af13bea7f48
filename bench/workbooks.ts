import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATES } from '../shared';
import { runCli } from '../cli/main';
import { applySheetSpec } from '../files/xlsx/apply-sheet-spec';
import { measureAsync, type Measurement } from './measure';

async function scoreWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Chấm điểm');
  ws.getRow(1).values = ['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định', 'Điểm bị trừ', 'Ý kiến Hội đồng thẩm định'];
  for (let i = 0; i < rows; i++) {
    const appraised = (i % 200) / 100;
    ws.getRow(i + 2).values = [`${1 + (i % 7)}.${Math.floor(i / 7) + 1}`, 'Tiêu chí', 2, 2, appraised, null, i % 13 === 0 ? '$(8/112)*1=0,07$' : 'Đồng ý'];
  }
  await wb.xlsx.writeFile(path);
}

export async function workbookBenchmarks(): Promise<Measurement[]> {
  const largest = [...TEMPLATES].sort((a, b) => b.build({ year: 2026 }).rows.length - a.build({ year: 2026 }).rows.length)[0];
  if (!largest) return [];
  const rows = largest.build({ year: 2026 }).rows.length;
  const dir = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
  try {
    const input = join(dir, 'score-2000.xlsx');
    await scoreWorkbook(input, 2000);
    const quiet = { out: () => undefined, err: () => undefined };
    return [
      await measureAsync(`write the largest template (${largest.id}, ${rows} rows)`, rows, 'rows', async () => {
        const wb = new ExcelJS.Workbook();
        const spec = largest.build({ year: 2026, unit: 'xã Triệu Sơn' });
        applySheetSpec(wb.addWorksheet(spec.name), spec);
        await wb.xlsx.writeBuffer();
      }),
      await measureAsync('cchc score a 2 000-row workbook (read, score, write)', 2000, 'rows', () => runCli(['score', input, '-o', join(dir, 'out.xlsx')], quiet)),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
