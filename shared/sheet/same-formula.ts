/**
 * Whether two formulas are the same formula as a user would judge it: "=" or not, letter case,
 * spaces, "$" anchors and the "_xlfn." prefix Excel stores for newer functions do not matter; text
 * inside quotes does.
 */
export function sameFormula(a: string, b: string): boolean {
  return normaliseFormula(a) === normaliseFormula(b);
}

export function normaliseFormula(formula: string): string {
  const body = formula.trim().replace(/^=/, '');
  let out = '';
  let inText = false;
  for (const c of body) {
    if (c === '"') inText = !inText;
    if (inText || c === '"') out += c;
    else if (c !== '$' && !/\s/.test(c)) out += c.toUpperCase();
  }
  return out.replace(/_XL(FN|WS)\./g, '');
}
