import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(300_000);

const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Every ```bash block of the README, as its lines without comments. */
function bashBlocks(): { at: number; lines: string[] }[] {
  return [...README.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => ({
    at: m.index,
    lines: (m[1] ?? '').split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l !== '' && !l.startsWith('#')),
  }));
}

/** The blocks that show `npx cchc` commands: what an officer types, line by line, in README order. */
function commandBlocks(): { at: number; lines: string[] }[] {
  return bashBlocks().filter((b) => b.lines.some((l) => l.startsWith('npx cchc')));
}

describe('the README\'s command blocks, run verbatim on a fresh copy of examples/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every block of cchc commands holds only cchc commands, the marked example block among them', () => {
    const blocks = commandBlocks();
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    expect(blocks.map((b) => b.at)).toContain(README.indexOf('```bash', README.indexOf('<!-- cli-example -->')));
    // A synopsis with placeholders (bao-cao.xlsx, <files…>) belongs in the reference table, not in a block an officer copies.
    for (const b of blocks) for (const line of b.lines) expect(line).toMatch(/^npx cchc /);
  });

  test('every command exits 0, or 1 where it reports problems in the data, and writes the file it names', () => {
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    const lines = commandBlocks().flatMap((b) => b.lines);
    expect(lines.length).toBeGreaterThanOrEqual(20);
    const results: [string, number, string][] = [];
    // The README's one-line block before the commands makes the ignored folder they write into.
    mkdirSync(join(dir, 'scratch'), { recursive: true });
    for (const line of lines) {
      // bash expands the globs and quotes as the officer's shell would; only the launcher is the repository's own.
      const run = spawnSync('bash', ['-c', line.replace(/^npx cchc /, `node ${JSON.stringify(join(ROOT, 'cli/bin/cchc.js'))} `)], { cwd: dir, encoding: 'utf8' });
      results.push([line, run.status ?? -1, run.stdout]);
      // Exit 1 is explained in words, or (with --json) the output is the documented JSON and `check` lists the errors.
      if (run.status === 1 && line.includes('--json')) expect(() => JSON.parse(run.stdout)).not.toThrow();
      else if (run.status === 1) expect([line, run.stdout + run.stderr]).toEqual([line, expect.stringMatching(/lỗi|LỖI|\berrors?\b/)]);
      // On stderr only notes: the example set is partial and not the year asked for, a decision prints no rating scale.
      else expect([line, run.status, run.stderr.split('\n').filter((l) => l !== '' && !l.includes('Bộ chỉ số mẫu') && !l.includes('[Lưu ý]'))]).toEqual([line, 0, []]);
      const output = /(?:^|\s)-o\s+(\S+)/.exec(line)?.[1];
      if (output !== undefined) expect([line, existsSync(join(dir, output)) && statSync(join(dir, output)).size > 0]).toEqual([line, true]);
    }
    // The sample's "0.25" is a data error: check says so with exit 1; the corrected copy checks clean.
    expect(results.find(([l]) => l.startsWith('npx cchc check examples/cham-diem'))?.[1]).toBe(1);
    // Seed 003 over the whole 79 points of its decision: (79 − 23,41) ÷ 79, as the letter says.
    expect(results.find(([l]) => /score \S+ --max 79$/.test(l))?.[2]).toContain('70,37%');
    // rank --max 79 gives Vĩnh Linh the same 70,37 %; the commune's template says the example set is a district's.
    expect(results.find(([l]) => l.includes('rank') && l.includes('--max 79'))?.[2]).toMatch(/huyện Vĩnh Linh\s+70,37%/);
    // The decision's table imports from Word to a set of 20 points in 9 scored criteria, and that set makes a score sheet.
    expect(results.find(([l]) => l.includes('import-set') && l.includes('.docx -o'))?.[2]).toContain('trong đó 9 tiêu chí được chấm điểm; tổng 20 điểm.');
  });
});
