/**
 * Until the host-neutral files/ layer lands: today's CLI workbook code, which builds for the
 * browser once its file-system imports are stubbed (webpack aliases in webpack.config.js).
 */
import JSZip from 'jszip';
import { freeSheetName, type SheetSpec } from '../../../shared';
import { CliError } from '../../../cli/cli-error';
import { readDocx } from '../../../cli/docx/read-docx';
import { applySheetSpec } from '../../../cli/xlsx/apply-sheet-spec';
import { editWorkbook as edit } from '../../../cli/xlsx/edit-workbook';
import { newWorkbook } from '../../../cli/xlsx/new-workbook';
import { readGrid } from '../../../cli/xlsx/read-grid';
import type { OpenedWorkbook, SheetEdits } from '../workbook-files';

export async function openWorkbook(bytes: Uint8Array, fileName: string): Promise<OpenedWorkbook> {
  let names: string[];
  try {
    names = Object.keys((await JSZip.loadAsync(bytes)).files);
  } catch {
    throw new CliError(`Tệp "${fileName}" không phải là tệp Excel .xlsx (có thể bị hỏng). Hãy mở bằng Excel hoặc LibreOffice Calc, Lưu lại dưới dạng .xlsx rồi mở lại.`,
      `"${fileName}" is not an Excel .xlsx file (it may be corrupt). Open it in Excel or LibreOffice Calc, save it as .xlsx and open it again.`);
  }
  if (!names.includes('xl/workbook.xml')) {
    throw new CliError(`Tệp "${fileName}" không phải là bảng tính .xlsx. Hãy mở bằng Excel hoặc LibreOffice Calc, Lưu lại dưới dạng .xlsx rồi mở lại.`,
      `"${fileName}" is not an .xlsx spreadsheet. Open it in Excel or LibreOffice Calc, save it as .xlsx and open it again.`);
  }
  const wb = await newWorkbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const grids = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  return {
    sheets: wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state === 'hidden' ? 'hidden' : ws.state === 'veryHidden' ? 'veryHidden' : 'visible' })),
    activeSheet: wb.worksheets[0]?.name,
    grid: (sheet) => {
      const ws = grids.get(sheet);
      if (!ws) throw new Error(sheet);
      return readGrid(ws);
    },
  };
}

export const editWorkbook = (bytes: Uint8Array, sheets: readonly SheetEdits[]): Promise<Uint8Array> => edit(bytes, sheets);

export async function writeNewWorkbook(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = await newWorkbook();
  wb.creator = 'CCHC Phụ lục';
  for (const spec of specs) applySheetSpec(wb.addWorksheet(freeSheetName(wb.worksheets.map((w) => w.name), spec.name)), spec);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const readDocument = readDocx;

export const fileProblemOf = (e: unknown): { vi: string; en: string } | undefined => (e instanceof CliError ? { vi: e.vi, en: e.en } : undefined);
