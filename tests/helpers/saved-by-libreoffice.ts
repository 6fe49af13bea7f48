import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recalculate } from './libreoffice';
import { tempDir } from './temp-dir';

/**
 * Each workbook opened in LibreOffice headless and saved again as .xlsx ("Calc MS Excel 2007 XML"),
 * all in one start of LibreOffice: what an officer's file looks like after "open, save" in
 * LibreOffice, every formula's result cached, strings, styles and parts rewritten LibreOffice's way.
 * Named inputs keep their extension (a .xlsm goes in as .xlsm); the output is always .xlsx bytes.
 */
export function savedByLibreOffice(files: readonly { name: string; bytes: Uint8Array }[]): Buffer[] {
  const dir = tempDir('cchc-lo-in-');
  const outDir = join(dir, 'out');
  mkdirSync(outDir);
  try {
    const paths = files.map((f, i) => {
      // A number keeps two inputs of the same name apart; LibreOffice names the output after the input.
      const path = join(dir, `${i}-${f.name}`);
      writeFileSync(path, f.bytes);
      return path;
    });
    return recalculate(paths, outDir).map((p) => readFileSync(p));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
