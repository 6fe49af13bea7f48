import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ribbon commands the add-in registers with Office.actions.associate, read from its source. */
export const COMMAND_NAMES: readonly string[] = (() => {
  const source = readFileSync(join(__dirname, '../../addin/src/commands/commands.ts'), 'utf8');
  const m = /export const COMMANDS = \{([^}]*)\}/.exec(source);
  return (m?.[1] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
})();
