import type ExcelJS from 'exceljs';
import type { SheetSpec } from '../../shared/templates/sheet-spec';
import { freeSheetName } from '../../shared/host/free-sheet-name';
import { applySheetSpec } from './apply-sheet-spec';

/**
 * A new exceljs workbook, loading exceljs on first use. exceljs and its zip, XML and stream
 * libraries take about 300 ms to load, four times Node's own start: only the commands that write a
 * new workbook pay for them, so `cchc templates` and `cchc help` answer at once. exceljs only
 * writes workbooks we make; existing workbooks are read and edited by this layer's own package code.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}

/** The bytes of a new workbook holding one sheet per description, in order (names made unique as Excel requires). */
export async function writeNewWorkbook(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const wb = await newWorkbook();
  for (const spec of specs) applySheetSpec(wb.addWorksheet(freeSheetName(wb.worksheets.map((w) => w.name), spec.name)), spec);
  return workbookBytes(wb);
}

/** The bytes exceljs writes for a workbook (a Buffer in Node, an ArrayBuffer in a browser). */
export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const written: ArrayBuffer | Uint8Array = await wb.xlsx.writeBuffer();
  return written instanceof Uint8Array ? written : new Uint8Array(written);
}
