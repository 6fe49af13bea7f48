import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { internalErrorLines } from '../../cli/internal-error';
import { TEMPLATES } from '../../shared';
import { tempDir } from '../helpers/temp-dir';

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
      // The example set says it is partial and not 2026's, on stderr; the workbook is still written.
      expect([made.code, made.err.split('\n').filter(Boolean).length]).toEqual([0, 2]);
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

describe('the cchc executable when things go wrong', () => {
  jest.setTimeout(120_000);
  const dir = tempDir('cchc-bin-pipe-');

  test('a reader that stops early (cchc check … | head -1) ends the run quietly: no EPIPE, no stack trace, the exit code of the data (1: problems found)', async () => {
    const input = join(dir, 'nhieu-loi.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chấm điểm');
    ws.addRow(['STT', 'Tiêu chí', 'Điểm chuẩn', 'Điểm tự đánh giá', 'Điểm thẩm định']);
    // Every self-assessed score typed with the English decimal point: one problem line each, thousands of lines.
    for (let i = 1; i <= 3000; i++) ws.addRow([`1.${i}`, 'Tiêu chí', 1, '0.25', null]);
    await wb.xlsx.writeFile(input);
    const output = join(dir, 'da-tinh.xlsx');
    const script = `node cli/bin/cchc.js check "${input}" | head -1; echo "check=\${PIPESTATUS[0]}" >&2; ` +
      `node cli/bin/cchc.js score "${input}" -o "${output}" | head -1; echo "score=\${PIPESTATUS[0]}" >&2`;
    // tsx keeps a compile cache in the temp directory; the test run's temp directory must stay empty.
    const run = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', timeout: 110_000, env: { ...process.env, TSX_DISABLE_CACHE: '1' } });
    expect(run.stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(run.stdout).toContain('nhieu-loi.xlsx');
    expect(run.stderr).not.toMatch(/EPIPE|Error|\n\s+at /);
    expect(run.stderr).toContain('check=1');
    expect(run.stderr).toContain('score=1');
    expect(readdirSync(dir).sort()).toEqual(['da-tinh.xlsx', 'nhieu-loi.xlsx']);
  });

  test('an internal error (exit code 3) is one plain line and a request to report it, the stack only with CCHC_DEBUG=1', () => {
    const error = new TypeError("Cannot read properties of undefined (reading 'x')");
    const vi = internalErrorLines(error, 'vi', false);
    expect(vi[0]).toBe("Lỗi của chương trình (mã thoát 3): TypeError: Cannot read properties of undefined (reading 'x')");
    expect(vi[1]).toContain('Xin báo lỗi');
    expect(vi.join('\n')).not.toMatch(/\n\s+at /);
    expect(internalErrorLines(error, 'en', false)[1]).toContain('Please report it');
    expect(internalErrorLines(error, 'vi', true).join('\n')).toMatch(/\n\s+at /);
  });
});
