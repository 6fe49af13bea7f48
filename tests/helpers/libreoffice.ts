import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import ExcelJS from 'exceljs';
import { tempDir } from './temp-dir';

/** The real spreadsheet engine: LibreOffice headless (Debian libreoffice-calc-nogui, installed by .ci/run). */
export function sofficePath(): string {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc-nogui');
}

/**
 * Converts every file in one LibreOffice start into `outDir`, with a private profile that keeps
 * parallel test workers apart and is removed after (some megabytes per start). Returns each output
 * path, `extension` replacing the input's; the outputs stay until the test file's temp folder goes.
 */
function convert(paths: readonly string[], filter: string, extension: string, outDir: string, timeout: number): string[] {
  const profile = tempDir('cchc-lo-profile-');
  try {
    execFileSync(sofficePath(), [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--calc',
      '--convert-to', filter, '--outdir', outDir, ...paths,
    ], { stdio: 'pipe', timeout });
  } finally {
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
  return paths.map((p) => {
    const out = join(outDir, basename(p).replace(/\.[^.]+$/, `.${extension}`));
    if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${p} to ${extension}`);
    return out;
  });
}

/**
 * Opens each workbook in LibreOffice, which computes every formula, and saves it again as .xlsx
 * with the results cached, into `outDir` (a new temporary folder unless given).
 */
export function recalculate(paths: readonly string[], outDir = tempDir('cchc-lo-out-')): string[] {
  return convert(paths, 'xlsx:Calc MS Excel 2007 XML', 'xlsx', outDir, 120_000);
}

/** What a cell shows after recalculation: a formula's cached result, or the typed value. */
export async function cellValues(path: string, sheet?: string): Promise<(address: string) => unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = sheet ? wb.getWorksheet(sheet) : wb.worksheets[0];
  if (!ws) throw new Error(`no sheet ${sheet ?? ''} in ${path}`);
  return (address) => {
    const cell = ws.getCell(address);
    if (cell.formula) return cell.result ?? '';
    const v = cell.value;
    return v ?? null;
  };
}

/** Prints workbooks to PDF with LibreOffice, all in one start, into `outDir`, in the order of `paths`. */
export function printToPdf(paths: readonly string[], outDir: string): string[] {
  return convert(paths, 'pdf', 'pdf', outDir, 180_000);
}
