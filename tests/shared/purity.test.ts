import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SHARED = join(__dirname, '../../shared');
/** Host and runtime names that must never appear in the core: it runs unchanged in Excel, Apps Script and Node. */
const HOST_GLOBALS = ['Office', 'Excel', 'CustomFunctions', 'SpreadsheetApp', 'PropertiesService', 'HtmlService', 'google', 'document', 'window', 'navigator', 'localStorage', 'process', 'require', 'Buffer', '__dirname', 'globalThis', 'fetch', 'XMLHttpRequest', 'setTimeout', 'console'];
const ALLOWED_PACKAGES = new Set(['zod', 'zod/mini']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function code(path: string): string {
  // Strip comments and string contents so a word in a message or a "why" comment is not mistaken for use.
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
}

describe('the core stays pure', () => {
  const files = sourceFiles(SHARED);

  test('imports only relative modules and zod', () => {
    const offenders = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)]
        .map((m) => m[1] ?? '')
        .filter((spec) => !spec.startsWith('.') && !ALLOWED_PACKAGES.has(spec))
        .map((spec) => `${relative(SHARED, f)} imports ${spec}`));
    expect(offenders).toEqual([]);
  });

  test('uses no host or runtime global', () => {
    const offenders = files.flatMap((f) => {
      const text = code(f);
      return HOST_GLOBALS.filter((g) => new RegExp(`(?<![.\\w$])${g}\\s*[.(\\[]`).test(text)).map((g) => `${relative(SHARED, f)} uses ${g}`);
    });
    expect(offenders).toEqual([]);
  });

  test('the check can fail: it sees a host global in a sample', () => {
    expect(/(?<![.\w$])SpreadsheetApp\s*[.([]/.test(code(__filename).replace(/.*/s, 'const s = SpreadsheetApp.getActive();'))).toBe(true);
  });
});
