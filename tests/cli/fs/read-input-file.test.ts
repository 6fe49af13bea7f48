import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError } from '../../../cli/cli-error';
import { readInputFile } from '../../../cli/fs/read-input-file';
import { cchc } from '../../helpers/run-cli';
import { runBin } from '../../helpers/run-bin';
import { tempDir } from '../../helpers/temp-dir';

jest.setTimeout(60_000);

const dir = tempDir('cchc-input-');
const example = join(__dirname, '../../../examples/cham-diem-vinh-linh-2023.xlsx');

/** The message readInputFile refuses with, in Vietnamese; the test fails when it does not refuse. */
function refusal(path: string, what: 'xlsx' | 'docx' | 'json', maxBytes = 1024 * 1024): string {
  try {
    readInputFile(path, what, maxBytes);
  } catch (e) {
    if (e instanceof CliError) return e.vi;
    throw e;
  }
  throw new Error(`${path} was read`);
}

describe('readInputFile reads regular files only, and never more than the cap', () => {
  test('a regular file comes back whole, byte for byte', () => {
    const path = join(dir, 'bo.json');
    const text = `{"name":"Bộ chỉ số","pad":"${'x'.repeat(3 * 1024 * 1024)}"}`;
    writeFileSync(path, text);
    expect(Buffer.from(readInputFile(path, 'json', 4 * 1024 * 1024)).toString('utf8')).toBe(text);
  });

  test('a folder, a FIFO, a device and a link to /dev/zero are refused by name, at once', () => {
    const folder = join(dir, 'thu-muc.json');
    mkdirSync(folder);
    const fifo = join(dir, 'ong.docx');
    execFileSync('mkfifo', [fifo]);
    const zero = join(dir, 'so-khong.docx');
    symlinkSync('/dev/zero', zero);
    expect(refusal(folder, 'json')).toBe(`"${folder}" là thư mục, không phải tệp .json.`);
    // Nobody writes to the FIFO: reading it would wait for ever; a stat refuses it before opening.
    expect(refusal(fifo, 'docx')).toBe(`"${fifo}" không phải là tệp thường (thiết bị, ống dẫn…): cchc chỉ đọc tệp Word .docx lưu trên ổ đĩa.`);
    expect(refusal(zero, 'docx')).toBe(`"${zero}" không phải là tệp thường (thiết bị, ống dẫn…): cchc chỉ đọc tệp Word .docx lưu trên ổ đĩa.`);
    expect(refusal('/dev/null', 'xlsx')).toContain('không phải là tệp thường');
  });

  test('a file over the cap is refused with its size and the cap, before it is read', () => {
    const path = join(dir, 'lon.docx');
    writeFileSync(path, Buffer.alloc(3 * 1024 * 1024 + 1));
    expect(refusal(path, 'docx', 2 * 1024 * 1024)).toBe(`Tệp "${path}" quá lớn (3 MB): cchc đọc tệp Word .docx đến 2 MB. Hãy chọn đúng tệp, hoặc bỏ bớt phần không cần (ảnh, trang thừa) rồi chạy lại.`);
    // One byte over is over.
    expect(refusal(path, 'docx', 3 * 1024 * 1024)).toContain('quá lớn');
  });

  test('a missing file is named', () => {
    const path = join(dir, 'khong-co.json');
    expect(refusal(path, 'json')).toBe(`Không tìm thấy tệp "${path}".`);
  });
});

describe('the commands: --set and import-set refuse such inputs with exit 2 and a Vietnamese message', () => {
  test('--set naming a folder, a FIFO or /dev/zero', async () => {
    const folder = join(dir, 'bo-thu-muc.json');
    mkdirSync(folder);
    const fifo = join(dir, 'bo-ong.json');
    execFileSync('mkfifo', [fifo]);
    const zero = join(dir, 'bo-khong.json');
    symlinkSync('/dev/zero', zero);
    for (const [set, message] of [
      [folder, `"${folder}" là thư mục, không phải tệp .json.`],
      [fifo, `"${fifo}" không phải là tệp thường (thiết bị, ống dẫn…): cchc chỉ đọc tệp .json lưu trên ổ đĩa.`],
      [zero, `"${zero}" không phải là tệp thường (thiết bị, ống dẫn…): cchc chỉ đọc tệp .json lưu trên ổ đĩa.`],
    ] as const) {
      const run = await cchc('score', example, '--set', set);
      expect([set, run.code, run.err]).toEqual([set, 2, message]);
    }
  });

  test('import-set of a FIFO or a link to /dev/zero named .docx', async () => {
    const fifo = join(dir, 'quyet-dinh-ong.docx');
    execFileSync('mkfifo', [fifo]);
    const zero = join(dir, 'quyet-dinh-khong.docx');
    symlinkSync('/dev/zero', zero);
    for (const file of [fifo, zero]) {
      const run = await cchc('import-set', file);
      expect([run.code, run.err]).toEqual([2, `"${file}" không phải là tệp thường (thiết bị, ống dẫn…): cchc chỉ đọc tệp Word .docx lưu trên ổ đĩa.`]);
    }
  });

  test('a --set file the user may not read, .json or .xlsx: exit 2 naming it (run as nobody)', () => {
    // The run's temp folder is root's and private; nobody may pass through it (not list it) for this test.
    const root = tmpdir();
    const mode = statSync(root).mode & 0o777;
    chmodSync(root, mode | 0o711);
    chmodSync(dir, 0o711);
    try {
      const set = join(dir, 'bo-rieng.json');
      writeFileSync(set, '{}');
      chmodSync(set, 0o600);
      const input = join(dir, 'cua-nobody.xlsx');
      copyFileSync(example, input);
      chownSync(input, 65534, 65534);
      const run = runBin(['score', input, '--set', set], { asNobody: true });
      expect([run.code, run.err]).toEqual([2, `Không đọc được tệp "${set}": không có quyền truy cập (quyền của tệp hoặc thư mục không cho phép).`]);
      // A set kept as a workbook: the same words, not the system's code.
      const book = join(dir, 'bo-rieng.xlsx');
      copyFileSync(join(__dirname, '../../../examples/bo-chi-so.xlsx'), book);
      chmodSync(book, 0o600);
      const fromBook = runBin(['score', input, '--set', book], { asNobody: true });
      expect([fromBook.code, fromBook.err]).toEqual([2, `Không đọc được tệp "${book}": không có quyền truy cập (quyền của tệp hoặc thư mục không cho phép).`]);
    } finally {
      chmodSync(root, mode);
    }
  });
});
