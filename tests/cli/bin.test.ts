import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEMPLATES } from '../../shared';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'cli/bin/cchc.js');
const BUNDLE = join(ROOT, 'dist/cli/cchc.js');

/** Runs cli/bin/cchc.js in a fresh Node, as `npx cchc` does, and reports which modules it loaded. */
function runBin(...args: string[]): { code: number | null; out: string; err: string; loaded: { exceljs: boolean; tsx: boolean; bundle: boolean } } {
  const probe = `
    const { sep } = require('node:path');
    process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(args)}];
    process.on('exit', () => {
      const files = Object.keys(require.cache);
      const has = (name) => files.some((f) => f.includes(sep + 'node_modules' + sep + name + sep));
      require('node:fs').writeSync(2, '\\n@@' + JSON.stringify({ exceljs: has('exceljs'), tsx: has('tsx'), bundle: files.includes(${JSON.stringify(BUNDLE)}) }));
    });
    require(${JSON.stringify(BIN)});`;
  const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  const [err = '', loaded = '{}'] = r.stderr.split('\n@@');
  return { code: r.status, out: r.stdout, err, loaded: JSON.parse(loaded) as { exceljs: boolean; tsx: boolean; bundle: boolean } };
}

describe('cli/bin/cchc.js runs the prebuilt bundle', () => {
  beforeAll(() => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run "npm run build" first (npm test does).`);
  });

  test('templates lists every template without compiling TypeScript or loading exceljs', () => {
    const r = runBin('templates');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.trim().split('\n').map((l) => l.split(/\s+/)[0])).toEqual(TEMPLATES.map((t) => t.id));
    expect(r.loaded).toEqual({ exceljs: false, tsx: false, bundle: true });
  });

  test('a command that writes a workbook loads exceljs when it needs it, and check reads the file back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cchc-bin-'));
    try {
      const file = join(dir, 'cham-diem.xlsx');
      const made = runBin('template', 'cham-diem', '--year', '2026', '-o', file);
      expect([made.code, made.err]).toEqual([0, '']);
      expect(made.loaded).toEqual({ exceljs: true, tsx: false, bundle: true });
      const checked = runBin('check', file, '--json');
      expect(checked.code).toBe(0);
      expect(JSON.parse(checked.out)).toEqual({ problems: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('usage errors keep exit code 2 through the bundle', () => {
    const r = runBin('khong-co-lenh');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có lệnh "khong-co-lenh"');
  });
});

test('the bundle holds the core and zod but leaves exceljs to node_modules, loaded on demand', () => {
  const text = readFileSync(BUNDLE, 'utf8');
  expect(text).toContain('// shared/numbers/');
  expect(text).toContain('// node_modules/zod/');
  expect(text).not.toContain('// node_modules/exceljs/');
  expect(text.match(/import\("exceljs"\)/g)).toHaveLength(1);
  const exported = execFileSync(process.execPath, ['-e', `process.stdout.write(typeof require(${JSON.stringify(BUNDLE)}).runCli)`], { encoding: 'utf8' });
  expect(exported).toBe('function');
});
