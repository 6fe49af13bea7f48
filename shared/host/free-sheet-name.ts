/** A worksheet name no sheet has yet: "Chấm điểm CCHC 2026 (2)", kept within the 31-character limit. */
export function freeSheetName(existing: readonly string[], wanted: string): string {
  if (!existing.includes(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const name = `${wanted.slice(0, 26)} (${i})`;
    if (!existing.includes(name)) return name;
  }
}
