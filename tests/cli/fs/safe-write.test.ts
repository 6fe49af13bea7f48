import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  chmodSync, chownSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { CliError } from '../../../cli/cli-error';
import { withInPlaceLock } from '../../../cli/fs/in-place-lock';
import { writeOutput } from '../../../cli/fs/write-output';
import { cchc } from '../../helpers/run-cli';
import { runBin, startBin } from '../../helpers/run-bin';
import { tempDir } from '../../helpers/temp-dir';

jest.setTimeout(180_000);

/** When set, the random bytes temp names are made of: a name an attacker guessed right. */
let mockForcedRandom: number | undefined;
jest.mock('node:crypto', () => {
  const real = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  return { ...real, randomBytes: (n: number) => (mockForcedRandom === undefined ? real.randomBytes(n) : Buffer.alloc(n, mockForcedRandom)) };
});

const NOBODY = 65534;
const EXAMPLE = join(__dirname, '../../../examples/cham-diem-vinh-linh-2023.xlsx');
const DECISION = join(__dirname, '../../../examples/quyet-dinh-ca-mau-1880.docx');

// The run's temp folder is root's and private (mkdtemp); nobody may pass through it, not list it,
// while these tests run. Its mode is put back after.
const root = tmpdir();
const rootMode = statSync(root).mode & 0o777;
const dir = tempDir('cchc-safe-write-');
/** A file of root's outside every output folder: what a planted link aims at. */
const systemFile = join(dir, 'he-thong.conf');
/** A folder everyone may write, with the sticky bit, like /tmp or a shared drop folder. */
const shared = join(dir, 'chung');
/** nobody's own folder. */
const home = join(dir, 'nha-nobody');

beforeAll(() => {
  chmodSync(root, rootMode | 0o711);
  chmodSync(dir, 0o755);
  writeFileSync(systemFile, 'cấu hình của hệ thống\n');
  mkdirSync(shared);
  chmodSync(shared, 0o1777);
  mkdirSync(home);
  chownSync(home, NOBODY, NOBODY);
});
afterAll(() => {
  chmodSync(root, rootMode);
});

/** Every file under `top` but those in `except`, by content (links by where they point), to show nothing else changed. */
function snapshot(top: string, except: string): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      const stats = lstatSync(path);
      if (path === except) continue;
      if (stats.isDirectory()) walk(path);
      else if (stats.isSymbolicLink()) found.set(relative(top, path), `-> ${readlinkSync(path)}`);
      else if (stats.isFile()) found.set(relative(top, path), `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stats.uid} ${(stats.mode & 0o7777).toString(8)}`);
    }
  };
  walk(top);
  return found;
}

const hidden = (folder: string): string[] => readdirSync(folder).filter((f) => f.startsWith('.'));

function asNobody(...argv: string[]): void {
  execFileSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', ...argv]);
}

function nobodysCopy(name: string, mode = 0o644): string {
  const path = join(home, name);
  copyFileSync(EXAMPLE, path);
  chownSync(path, NOBODY, NOBODY);
  chmodSync(path, mode);
  return path;
}

describe('a symbolic link planted in a shared sticky folder is never written through', () => {
  test('score -o and import-set -o refuse a link at the output; the file it aims at is unchanged', () => {
    const out = join(shared, 'ket-qua.xlsx');
    const set = join(shared, 'bo.json');
    asNobody('ln', '-s', systemFile, out);
    asNobody('ln', '-s', systemFile, set);
    const before = snapshot(dir, '');
    const scored = runBin(['score', EXAMPLE, '-o', out]);
    expect(scored.code).toBe(2);
    expect(scored.err.split('\n').pop()).toBe(`Không ghi được "${out}": đó là một liên kết tượng trưng (symbolic link). cchc không ghi qua liên kết ở chỗ tệp kết quả, để không ghi đè một tệp khác ở nơi nó trỏ tới. Hãy xoá liên kết hoặc chọn tên khác cho -o.`);
    const imported = runBin(['import-set', DECISION, '-o', set]);
    expect(imported.code).toBe(2);
    expect(imported.err).toContain(`Không ghi được "${set}": đó là một liên kết tượng trưng`);
    expect(snapshot(dir, '')).toEqual(before);
    expect(hidden(shared)).toEqual([]);
    rmSync(out);
    rmSync(set);
  });

  test('import-set -o: links planted at the old predictable temp name are ignored, and a guessed name is not followed', async () => {
    const set = join(shared, 'bo-chi-so.json');
    // The name the first round used (.name.<pid>.tmp): this process runs the command, so its pid is known.
    asNobody('ln', '-s', systemFile, join(shared, `.bo-chi-so.json.${process.pid}.tmp`));
    const before = snapshot(dir, set);
    const run = await cchc('import-set', DECISION, '-o', set);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(set, 'utf8'))).toHaveProperty('areas');
    expect(statSync(set).uid).toBe(0);
    expect(snapshot(dir, set)).toEqual(before);

    // Even a temp name guessed right (the random source forced here) is created exclusively and without following: refused, nothing written.
    mockForcedRandom = 0xab;
    try {
      const guessed = join(shared, `.bo-chi-so.json.cchc-${'ab'.repeat(12)}.tmp`);
      asNobody('ln', '-s', systemFile, guessed);
      const again = snapshot(dir, '');
      expect(() => writeOutput(Buffer.from('{}'), set)).toThrow(CliError);
      expect(snapshot(dir, '')).toEqual(again);
      rmSync(guessed);
    } finally {
      mockForcedRandom = undefined;
    }
    rmSync(join(shared, `.bo-chi-so.json.${process.pid}.tmp`));
    expect(hidden(shared)).toEqual([]);
    rmSync(set);
  });
});

describe('permissions: what the user may not write is refused; what is rewritten keeps its owner, mode and links', () => {
  test('a read-only output (0444), run as its owner: -o and --in-place refuse, as cp and > do', () => {
    const readOnly = nobodysCopy('chi-doc.xlsx', 0o444);
    const before = snapshot(dir, '');
    const written = runBin(['template', 'cham-diem', '-o', readOnly], { asNobody: true });
    expect(written.code).toBe(2);
    expect(written.err.split('\n').pop()).toBe(`Không ghi được "${readOnly}": tệp đã có và chỉ cho đọc, hoặc bạn không có quyền ghi vào tệp này. cchc không ghi đè; hãy chọn tên khác cho -o.`);
    const inPlace = runBin(['clean', readOnly, '--in-place'], { asNobody: true });
    expect([inPlace.code, inPlace.err]).toEqual([2, `Không sửa được "${readOnly}" ngay trên tệp (--in-place): tệp chỉ cho đọc, hoặc bạn không có quyền ghi vào tệp này. Tệp chưa bị thay đổi. Hãy ghi ra tệp khác bằng -o tep-moi.xlsx.`]);
    expect(snapshot(dir, '')).toEqual(before);
    expect(hidden(home)).toEqual([]);
  });

  test('--in-place on a file the user may write in a folder they may not: refused before any change, saying why', () => {
    const folder = join(dir, 'thu-muc-cua-root');
    mkdirSync(folder);
    chmodSync(folder, 0o755);
    const file = join(folder, 'ghi-duoc.xlsx');
    copyFileSync(EXAMPLE, file);
    chownSync(file, NOBODY, NOBODY);
    const before = snapshot(dir, '');
    const run = runBin(['clean', file, '--in-place'], { asNobody: true });
    expect([run.code, run.err]).toEqual([2, `Không sửa được "${file}" ngay trên tệp: không đặt được khoá trong thư mục "${folder}" (bạn không có quyền tạo tệp trong thư mục đó); cchc cần ghi khoá và bản sao tạm ở đó. Tệp chưa bị thay đổi. Hãy ghi ra tệp khác bằng -o tep-moi.xlsx.`]);
    expect(snapshot(dir, '')).toEqual(before);
  });

  test('root --in-place on a user\'s file keeps its owner, mode and hard link', () => {
    const file = nobodysCopy('cua-nguoi-dung.xlsx', 0o640);
    const link = join(home, 'lien-ket-cung.xlsx');
    linkSync(file, link);
    const before = statSync(file);
    const original = readFileSync(file);
    const run = runBin(['clean', file, '--in-place']);
    expect([run.code, run.out.replace(/ô: [^;]*;/, 'ô;')]).toEqual([0, `Đã làm sạch 13 ô; kết quả ở "${file}".`]);
    const after = statSync(file);
    expect([after.ino, after.uid, after.gid, after.mode & 0o7777, after.nlink]).toEqual([before.ino, NOBODY, NOBODY, 0o640, 2]);
    expect(readFileSync(file).equals(original)).toBe(false);
    expect(readFileSync(link).equals(readFileSync(file))).toBe(true);
    expect(hidden(home)).toEqual([]);
  });

  test('root -o over a user\'s existing file keeps its owner and mode', () => {
    const file = nobodysCopy('ket-qua-cua-nguoi-dung.xlsx', 0o604);
    const run = runBin(['template', 'cham-diem', '-o', file]);
    expect(run.code).toBe(0);
    const after = statSync(file);
    expect([after.uid, after.gid, after.mode & 0o7777]).toEqual([NOBODY, NOBODY, 0o604]);
    expect(hidden(home)).toEqual([]);
  });

  test('a user writing -o over another owner\'s writable file in a sticky folder writes into it: the owner stays', () => {
    const file = join(shared, 'chung-ghi.xlsx');
    writeFileSync(file, 'cũ');
    chmodSync(file, 0o666);
    const run = runBin(['template', 'cham-diem', '-o', file], { asNobody: true });
    expect(run.code).toBe(0);
    const after = lstatSync(file);
    expect([after.uid, after.mode & 0o7777]).toEqual([0, 0o666]);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(hidden(shared)).toEqual([]);
    rmSync(file);
  });
});

describe('--in-place holds a lock for the whole read, change and write', () => {
  test('clean --in-place and check --fix --in-place side by side keep both edits, 6 runs of 6 (as nobody)', async () => {
    for (let i = 1; i <= 6; i++) {
      const file = nobodysCopy(`dong-thoi-${i}.xlsx`);
      const a = startBin(['clean', file, '--in-place'], { asNobody: true });
      const b = startBin(['check', file, '--fix', '--in-place'], { asNobody: true });
      const [cleaned, fixed] = await Promise.all([a.done, b.done]);
      expect([i, cleaned.code, cleaned.out.replace(/ô: [^;]*;/, 'ô;')]).toEqual([i, 0, `Đã làm sạch 13 ô; kết quả ở "${file}".`]);
      expect([i, fixed.code]).toEqual([i, 0]);
      expect(fixed.out).toContain(`${file} › Chấm điểm CCHC 2023 › D38: đã sửa "0.25" thành 0,25.`);
      // Both edits are in the file: no residue left to clean, no error left to fix.
      expect((await cchc('check', file)).out).toBe(`${file}: không có lỗi.`);
      const again = join(dir, `kiem-tra-${i}.xlsx`);
      expect((await cchc('clean', file, '-o', again)).out).toBe(`Đã làm sạch 0 ô; kết quả ở "${again}".`);
      rmSync(again);
      expect(statSync(file).uid).toBe(NOBODY);
    }
    expect(hidden(home)).toEqual([]);
  });

  test('a second command waits, saying so, and refuses after the wait with nothing changed', async () => {
    const file = nobodysCopy('khoa.xlsx');
    const lines: string[] = [];
    const ctx = { language: 'vi' as const, out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), progress: () => undefined };
    let finish: () => void = () => undefined;
    const first = withInPlaceLock(file, ctx, () => new Promise<void>((resolve) => { finish = resolve; }));
    await new Promise((r) => setTimeout(r, 200));
    const second = withInPlaceLock(file, ctx, async () => 'ran', 1000);
    await expect(second).rejects.toThrow(CliError);
    await second.catch((e: CliError) => expect(e.vi).toBe(`Tệp "${file}" vẫn đang được một lệnh cchc khác sửa sau 1 giây chờ. Tệp chưa bị thay đổi; hãy chạy lại khi lệnh kia xong.`));
    expect(lines).toEqual([`Tệp "${file}" đang được một lệnh cchc khác sửa; đang chờ lệnh đó xong…`]);
    finish();
    await first;
    // Released: the next one runs at once.
    await expect(withInPlaceLock(file, ctx, async () => 'ran')).resolves.toBe('ran');
    expect(hidden(home)).toEqual([]);
  });
});

describe('signals and a full disk', () => {
  test('SIGTERM or SIGINT while working or writing: exit 143 or 130, no temp file, the output whole or absent', async () => {
    const folder = join(dir, 'tin-hieu');
    mkdirSync(folder);
    // The example with a second, large sheet of figures: writing the scored copy then takes long
    // enough (the other sheets are read for formulas naming the scored one) for a signal to land in it.
    const input = join(dir, 'tin-hieu-vao.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(EXAMPLE);
    const figures = wb.addWorksheet('Số liệu');
    for (let r = 1; r <= 40_000; r++) figures.addRow([r, r * 2, r * 3, `dòng ${r}`, { formula: `A${r}+B${r}` }]);
    await wb.xlsx.writeFile(input);
    const outcomes: string[] = [];
    // score prints the set's note on stderr after scoring, just before it writes: the signal is sent
    // then, and a little later, so it lands before, during and after the write.
    for (const [i, delay] of [0, 1, 3, 6, 10, 20, 40, 80].entries()) {
      const out = join(folder, `ra-${i}.xlsx`);
      const signal = i % 2 === 0 ? 'SIGTERM' : 'SIGINT';
      const run = startBin(['score', input, '-o', out]);
      run.child.stderr?.once('data', () => setTimeout(() => run.child.kill(signal), delay));
      const ended = await run.done;
      expect(hidden(folder)).toEqual([]);
      // 1 is score's own end (the example has a data error): the signal came after the work.
      expect([i, ended.signal, ended.code === 1 ? 1 : ended.code]).toEqual([i, null, ended.code === 1 ? 1 : signal === 'SIGTERM' ? 143 : 130]);
      outcomes.push(String(ended.code));
      if (existsSync(out)) expect((await cchc('check', out)).code).toBe(1);
    }
    // At least one run was stopped by its handler (otherwise the test proved nothing).
    expect(outcomes.some((o) => o === '143' || o === '130')).toBe(true);
  });

  test('SIGTERM while --in-place holds its lock: exit 143, the lock released, the file as it was', async () => {
    const file = nobodysCopy('dung-giua-chung.xlsx');
    const original = readFileSync(file);
    const lock = join(home, '.dung-giua-chung.xlsx.cchc-lock');
    const run = startBin(['clean', file, '--in-place'], { asNobody: true });
    // The lock is taken before the file is read; the signal comes while the command works under it.
    for (let waited = 0; !existsSync(lock) && waited < 30_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
    expect(existsSync(lock)).toBe(true);
    run.child.kill('SIGTERM');
    const ended = await run.done;
    expect([ended.code, ended.signal, ended.err]).toEqual([143, null, '']);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(hidden(home)).toEqual([]);
  });

  describe('a full disk (a tmpfs of a few pages)', () => {
    const mount = join(dir, 'o-day');
    let mounted = false;
    beforeAll(() => {
      mkdirSync(mount);
    });
    afterEach(() => {
      if (mounted) execFileSync('umount', [mount]);
      mounted = false;
    });

    function mountTiny(size: string): void {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0755`, 'cchc-test', mount]);
      mounted = true;
    }

    test('import-set -o says "ổ đĩa đã đầy", in a few lines, leaving nothing', async () => {
      mountTiny('4k');
      const set = join(mount, 'bo.json');
      const run = await cchc('import-set', DECISION, '-o', set);
      expect([run.code, run.err]).toEqual([2, `Không ghi được tệp "${set}": ổ đĩa đã đầy. Tệp kết quả chưa được ghi.`]);
      expect(readdirSync(mount)).toEqual([]);
    });

    test('--in-place on a full disk leaves the file as it was', async () => {
      mountTiny('24k');
      const file = join(mount, 'day.xlsx');
      copyFileSync(EXAMPLE, file);
      const run = await cchc('clean', file, '--in-place');
      expect([run.code, run.err]).toEqual([2, `Không ghi được tệp "${file}": ổ đĩa đã đầy. Tệp giữ nguyên như trước.`]);
      expect(readFileSync(file).equals(readFileSync(EXAMPLE))).toBe(true);
      expect(readdirSync(mount)).toEqual(['day.xlsx']);
    });
  });
});
