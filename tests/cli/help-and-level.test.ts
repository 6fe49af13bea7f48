import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMANDS } from '../../cli/main';
import { cchc } from '../helpers/run-cli';

describe('what the command line says before it works', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-help-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test.each(COMMANDS.map((c) => c.name))('cchc %s --help prints that command\'s usage and exits 0', async (name) => {
    const command = COMMANDS.find((c) => c.name === name);
    for (const flag of ['--help', '-h']) {
      const run = await cchc(name, flag);
      expect([flag, run.code, run.err]).toEqual([flag, 0, '']);
      expect(run.out).toContain(`Cách dùng: ${command?.usage ?? ''}`);
    }
    // Every option the command takes is named in its usage, as the README's table names them.
    for (const option of Object.keys(command?.options ?? {})) {
      if (option === 'output') continue;
      expect([name, command?.usage.includes(`--${option}`)]).toEqual([name, true]);
    }
    expect((await cchc(name, '--help', '--lang', 'en')).out).toContain('Usage: ');
  });

  test('a commune\'s score sheet from the example (district) set says so without --level, from the unit\'s name', async () => {
    const run = await cchc('template', 'cham-diem', '--year', '2023', '--unit', 'xã Triệu Sơn', '-o', join(dir, 'xa.xlsx'));
    expect(run.code).toBe(0);
    expect(run.err).toContain('dùng cho cấp huyện, không phải cấp xã, phường');
    // A district's sheet in the set's own year hears only that the set is partial.
    const district = await cchc('template', 'cham-diem', '--year', '2023', '--unit', 'huyện Vĩnh Linh', '-o', join(dir, 'huyen.xlsx'));
    expect(district.err.split('\n')).toEqual([expect.stringContaining('chỉ gồm một phần tiêu chí')]);
  });
});
