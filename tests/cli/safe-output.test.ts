import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cchc } from '../helpers/run-cli';
import { seed003Workbook } from '../helpers/seed-workbooks';

jest.setTimeout(120_000);

const dir = mkdtempSync(join(tmpdir(), 'cchc-safe-'));
afterAll(() => {
  chmodSync(join(dir, 'chi-doc'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});
const input = join(dir, 'vinh-linh.xlsx');
let original: Buffer;
const hidden = (folder: string): string[] => readdirSync(folder).filter((f) => f.startsWith('.'));

beforeAll(async () => {
  await seed003Workbook(input);
  original = readFileSync(input);
  symlinkSync(input, join(dir, 'lien-ket.xlsx'));
  mkdirSync(join(dir, 'chi-doc'));
  chmodSync(join(dir, 'chi-doc'), 0o555);
});

describe('-o naming an input is refused, the input unchanged', () => {
  const spellings = (): string[] => [input, join(dir, '.', 'vinh-linh.xlsx'), join(dir, 'chi-doc', '..', 'vinh-linh.xlsx'), join(dir, 'lien-ket.xlsx')];
  test.each([
    ['score', (o: string) => ['score', input, '-o', o]],
    ['clean', (o: string) => ['clean', input, '-o', o]],
    ['check --fix', (o: string) => ['check', input, '--fix', '-o', o]],
    ['plan', (o: string) => ['plan', input, '-o', o]],
    ['rank', (o: string) => ['rank', input, '-o', o]],
    ['template --set', (o: string) => ['template', 'cham-diem', '--set', input, '-o', o]],
  ])('%s', async (_name, argv) => {
    for (const output of spellings()) {
      const run = await cchc(...argv(output));
      expect([output, run.code]).toEqual([output, 2]);
      expect(run.err).toContain('cchc không ghi đè tệp gốc');
      expect(run.err).toContain(output);
    }
    expect(readFileSync(input).equals(original)).toBe(true);
    expect(hidden(dir)).toEqual([]);
  });

  test('in English with --lang en', async () => {
    const run = await cchc('score', input, '-o', input, '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.err).toBe(`The output "${input}" is the input "${input}": cchc never overwrites what it reads. Choose another name for -o, or add --in-place to change that file itself.`);
  });
});

describe('--in-place changes the file itself, and only when asked', () => {
  test('score --in-place, then check --fix --in-place, through a symbolic link that stays a link', async () => {
    const own = join(dir, 'tai-cho.xlsx');
    writeFileSync(own, original);
    const link = join(dir, 'tai-cho-lien-ket.xlsx');
    symlinkSync(own, link);
    const scored = await cchc('score', link, '--in-place');
    expect(scored.out).toContain(`Đã ghi 123 ô tính toán vào "${link}".`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(own).equals(original)).toBe(false);
    const fixed = await cchc('check', own, '--fix', '--in-place');
    expect(fixed.code).toBe(0);
    expect((await cchc('check', own)).out).toBe(`${own}: không có lỗi.`);
    expect(hidden(dir)).toEqual([]);
  });

  test('-o with several inputs is refused: one output cannot hold them', async () => {
    const run = await cchc('clean', input, input, '-o', join(dir, 'x.xlsx'));
    expect(run.code).toBe(2);
    expect(run.err).toContain('-o ghi một tệp');
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('the output side: clear messages naming the path given, nothing hidden left behind', () => {
  test('a symbolic link as output is refused, as cp --remove-destination users expect: neither link nor target changes', async () => {
    const target = join(dir, 'dich.xlsx');
    writeFileSync(target, 'cũ');
    const link = join(dir, 'ra-lien-ket.xlsx');
    symlinkSync(target, link);
    const run = await cchc('template', 'cham-diem', '-o', link);
    expect(run.code).toBe(2);
    expect(run.err.split('\n').pop()).toBe(`Không ghi được "${link}": đó là một liên kết tượng trưng (symbolic link). cchc không ghi qua liên kết ở chỗ tệp kết quả, để không ghi đè một tệp khác ở nơi nó trỏ tới. Hãy xoá liên kết hoặc chọn tên khác cho -o.`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('cũ');
  });

  test('a device is refused with exit 2', async () => {
    const run = await cchc('template', 'cham-diem', '-o', '/dev/full');
    expect(run.code).toBe(2);
    // The example set's notes come first; the refusal is the last line.
    expect(run.err.split('\n').pop()).toBe('Không ghi được "/dev/full": đó là một thiết bị hoặc tệp đặc biệt, không phải tệp thường. Hãy ghi ra một tệp .xlsx.');
  });

  test('a FIFO is refused with exit 2 and stays a FIFO', async () => {
    const fifo = join(dir, 'ong.xlsx');
    execFileSync('mkfifo', [fifo]);
    const run = await cchc('score', input, '-o', fifo, '--lang', 'en');
    expect(run.code).toBe(2);
    // The example set's notes come first; the refusal is the last line.
    expect(run.err.split('\n').pop()).toBe(`Cannot write "${fifo}": it is a device or special file, not a regular file. Write to an .xlsx file.`);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    rmSync(fifo);
  });

  test('a folder that does not exist, or cannot be written, is named as the user wrote it', async () => {
    const missing = join(dir, 'khong-co', 'ra.xlsx');
    const run = await cchc('plan', input, '-o', missing);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Không ghi được "${missing}": thư mục "${join(dir, 'khong-co')}" không tồn tại.`);
    const locked = join(dir, 'chi-doc', 'ra.xlsx');
    const denied = await cchc('clean', input, '-o', locked);
    if (process.getuid?.() !== 0) {
      expect(denied.code).toBe(2);
      expect(denied.err).toBe(`Không ghi được tệp "${locked}": không có quyền truy cập (quyền của tệp hoặc thư mục không cho phép). Tệp kết quả chưa được ghi.`);
      expect(denied.err).not.toContain('.tmp');
    }
    expect(hidden(join(dir, 'chi-doc'))).toEqual([]);
  });

  test('an unreadable input leaves no file, hidden or not', async () => {
    const bad = join(dir, 'hong.xlsx');
    writeFileSync(bad, 'PK\u0003\u0004 không phải zip');
    const out = join(dir, 'ra-hong.xlsx');
    for (const argv of [['score', bad, '-o', out], ['clean', bad, '-o', out], ['plan', bad, '-o', out], ['check', bad, '--fix', '-o', out]]) {
      expect((await cchc(...argv)).code).toBe(2);
      expect(existsSync(out)).toBe(false);
    }
    expect(hidden(dir)).toEqual([]);
  });
});
