/**
 * What a command printed with the names that differ between two runs of the same figures (the file's
 * path, a renamed sheet) replaced by placeholders, so the two can be compared whole: same problems,
 * same figures, same wording, and no stray line (a library's English) on either side.
 */
export function neutral(text: string, names: Readonly<Record<string, string>>): string {
  let out = text;
  // Longest first, so a path is replaced before the file name it ends with.
  for (const [name, placeholder] of Object.entries(names).sort((a, b) => b[0].length - a[0].length)) {
    out = out.split(name).join(placeholder);
    // In --json the same name appears JSON-escaped.
    const escaped = JSON.stringify(name).slice(1, -1);
    if (escaped !== name) out = out.split(escaped).join(placeholder);
  }
  return out;
}
