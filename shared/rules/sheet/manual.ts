import type { RuleSheetKind } from './rule-sheet-kind';

/** The council decides: no inputs and no formula, the self score stays typed. */
export const manualSheet: RuleSheetKind<'manual'> = {
  kind: 'manual',
  shape: () => undefined,
  formula: () => undefined,
  read: () => undefined,
};
