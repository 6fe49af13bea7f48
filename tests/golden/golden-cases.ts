import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TableLayout } from '../../shared';
import { typedInViExcel } from '../helpers/seed-workbooks';
import { seedTable } from '../helpers/seeds';

/** One golden case: an input table (a seed's table or inline cells), its layout, and the expected result. */
export interface GoldenCase {
  readonly name: string;
  readonly block: unknown[][];
  readonly layout: TableLayout;
  readonly expected: unknown;
}

interface CaseFile {
  readonly seed?: '000' | '001' | '003' | '004';
  readonly header?: string;
  readonly cells?: unknown[][];
  readonly layout: TableLayout;
}

/** Every host's adapter runs these same cases, so Excel, Sheets and the CLI can be shown to agree. */
export function goldenCases(kind: 'score' | 'validate'): GoldenCase[] {
  const dir = join(__dirname, kind);
  return readdirSync(dir).filter((d) => existsSync(join(dir, d, 'case.json'))).map((name) => {
    const file = JSON.parse(readFileSync(join(dir, name, 'case.json'), 'utf8')) as CaseFile;
    // A seed's table as a vi-VN Excel holds it once typed: "0,85" a number, "0.25" text.
    const block = file.cells ?? (file.seed && file.header ? seedTable(file.seed, file.header).map((row) => row.map(typedInViExcel)) : []);
    const expected: unknown = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
    return { name, block, layout: file.layout, expected };
  });
}
