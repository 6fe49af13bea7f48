import type ExcelJS from 'exceljs';

/**
 * A new exceljs workbook, loading exceljs on first use. exceljs and its zip, XML and stream
 * libraries take about 300 ms to load, four times Node's own start: only the commands that open or
 * write a workbook pay for them, so `cchc templates` and `cchc help` answer at once.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: exceljs } = await import('exceljs');
  return new exceljs.Workbook();
}
