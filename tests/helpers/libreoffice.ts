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
 * Opens each workbook in LibreOffice, which computes every formula, and saves it again as .xlsx
 * with the results cached, into `outDir` (a new temporary folder unless given). One LibreOffice
 * start serves all files; a private profile keeps parallel test workers apart and is removed after.
 */
export function recalculate(paths: readonly string[], outDir = tempDir('cchc-lo-out-')): string[] {
  const profile = tempDir('cchc-lo-profile-');
  try {
    execFileSync(sofficePath(), [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--calc',
      '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, ...paths,
    ], { stdio: 'pipe', timeout: 120_000 });
  } finally {
    // The profile is some megabytes per start; the converted files stay until the test file ends.
    rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  }
  return paths.map((p) => {
    const out = join(outDir, basename(p));
    if (!existsSync(out)) throw new Error(`LibreOffice did not convert ${p}`);
    return out;
  });
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

/**
 * Prints workbooks to PDF with LibreOffice, all in one start, into `outDir`; the private profile is
 * removed afterwards. Returns the PDFs in the order of `paths`.
 */
export function printToPdf(paths: readonly string[], outDir: string): string[] {
  const profile = tempDir('cchc-lo-profile-');
  try {
    execFileSync(sofficePath(), [
      `-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--calc',
      '--convert-to', 'pdf', '--outdir', outDir, ...paths,
    ], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return paths.map((p) => {
    const out = join(outDir, basename(p).replace(/\.xlsx$/i, '.pdf'));
    if (!existsSync(out)) throw new Error(`LibreOffice did not print ${p}`);
    return out;
  });
}
