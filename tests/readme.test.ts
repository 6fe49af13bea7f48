import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

jest.setTimeout(300_000);

const ROOT = join(__dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The block under "<!-- cli-example -->": what an officer types, line by line. */
function exampleBlock(): string[] {
  const m = /<!-- cli-example -->\s*```bash\n([\s\S]*?)```/.exec(README);
  if (!m) throw new Error('README has no <!-- cli-example --> block');
  return (m[1] ?? '').split('\n').map((l) => l.replace(/\s+#.*$/, '').trim()).filter((l) => l !== '' && !l.startsWith('#'));
}

describe('the README\'s command block, run verbatim on a fresh copy of examples/', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-readme-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every command exits 0, or 1 where it reports problems in the data', () => {
    cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
    const lines = exampleBlock();
    expect(lines.length).toBeGreaterThanOrEqual(8);
    const results: [string, number][] = [];
    for (const line of lines) {
      expect(line).toMatch(/^npx cchc /);
      // bash expands the globs and quotes as the officer's shell would; only the launcher is the repository's own.
      const run = spawnSync('bash', ['-c', line.replace(/^npx cchc /, `node ${JSON.stringify(join(ROOT, 'cli/bin/cchc.js'))} `)], { cwd: dir, encoding: 'utf8' });
      results.push([line, run.status ?? -1]);
      // Exit 1 is explained in words, or (with --json) the output is the documented JSON and `check` lists the errors.
      if (run.status === 1 && line.includes('--json')) expect(() => JSON.parse(run.stdout)).not.toThrow();
      else if (run.status === 1) expect([line, run.stdout + run.stderr]).toEqual([line, expect.stringMatching(/lỗi|LỖI|\berrors?\b/)]);
      // The example set says on stderr that it is partial and not the year asked for; nothing else is said there.
      else expect([line, run.status, run.stderr.split('\n').filter((l) => l !== '' && !l.includes('Bộ chỉ số mẫu'))]).toEqual([line, 0, []]);
    }
    // The sample's "0.25" is a data error: check and score say so with exit 1.
    expect(results.find(([l]) => l.startsWith('npx cchc check'))?.[1]).toBe(1);
  });
});
