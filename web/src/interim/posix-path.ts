/** Until files/ lands: the part of node:path's posix the CLI's package editor uses, for the browser build. */
const normalize = (p: string): string => {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return (p.startsWith('/') ? '/' : '') + (out.join('/') || (p.startsWith('/') ? '' : '.'));
};
export const posix = {
  normalize,
  join: (...parts: string[]): string => normalize(parts.filter(Boolean).join('/')),
  dirname: (p: string): string => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) || '/' : '.'),
  basename: (p: string): string => p.slice(p.lastIndexOf('/') + 1),
};
