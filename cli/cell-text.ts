/** The words of a cell as the user reads them: plain text, or the runs of a rich-text cell joined; undefined for anything else. */
export function cellText(value: unknown): { text: string; rich: boolean } | undefined {
  if (typeof value === 'string') return { text: value, rich: false };
  const runs = (value as { richText?: unknown } | null)?.richText;
  if (Array.isArray(runs)) return { text: runs.map((r: { text?: unknown }) => (typeof r.text === 'string' ? r.text : '')).join(''), rich: true };
  return undefined;
}
