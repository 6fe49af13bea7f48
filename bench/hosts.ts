import { buildChamDiem } from '../shared/templates/kinds/cham-diem';
import { scoreGrid, toSheetBlocks } from '../shared';
import { applyWrites, insertSpec, readGrid } from '../addin/src/excel/excel-port';
import { FakeExcel } from '../tests/helpers/fake-excel';
import { FakeApp } from '../tests/helpers/fake-spreadsheet-app';
import { loadGasBundle } from '../tests/helpers/gas-bundle';
import { largeSet, scoreRows } from '../tests/helpers/large-set';

/** Round trips and service calls the hosts pay, counted with the recording fakes, beside one call per cell. */
export async function hostCounts(): Promise<string[]> {
  const lines: string[] = [];
  for (const rows of [10, 2000]) {
    const spec = buildChamDiem({ year: 2026, set: largeSet(rows) });
    const cells = toSheetBlocks(spec).values.flat().filter((v) => v !== null).length;

    const excel = new FakeExcel();
    excel.addSheet('Sheet1');
    await insertSpec(excel.context() as Excel.RequestContext, spec, () => true);
    const score = new FakeExcel();
    score.addSheet('Điểm', scoreRows(rows));
    const ctx = score.context() as Excel.RequestContext;
    const sheet = ctx.workbook.worksheets.getActiveWorksheet();
    const grid = await readGrid(ctx, sheet);
    const outcome = scoreGrid(grid, largeSet(7));
    const writes = outcome.ok ? outcome.value.writes.length : 0;
    if (outcome.ok) await applyWrites(ctx, sheet, outcome.value.writes);

    const app = new FakeApp();
    app.addSheet('Trang tính1');
    const { g } = loadGasBundle(app);
    g.importSetJson?.(JSON.stringify(largeSet(rows)));
    let before = app.rec.count();
    g.insertTemplate?.({ id: 'cham-diem', year: 2026 });
    const gasInsert = app.rec.count() - before;
    const scoreApp = new FakeApp();
    scoreApp.addSheet('Điểm', scoreRows(rows));
    const gs = loadGasBundle(scoreApp).g;
    before = scoreApp.rec.count();
    gs.scoreActiveSheet?.();
    const gasScore = scoreApp.rec.count() - before;

    lines.push(`${String(rows).padStart(5)} rows  Excel: insert ${excel.syncs} syncs, score ${score.syncs} syncs   Sheets: insert ${gasInsert} calls, score ${gasScore} calls   naive per-cell: insert ${cells}, score ${writes}`);
  }
  return lines;
}
