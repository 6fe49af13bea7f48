import type { Language } from '../shared';
import { CliError } from './cli-error';
import type { Command } from './command';
import { checkCommand } from './commands/check';
import { importSetCommand } from './commands/import-set';
import { cleanCommand } from './commands/clean';
import { planCommand } from './commands/plan';
import { rankCommand } from './commands/rank';
import { scoreCommand } from './commands/score';
import { templateCommand } from './commands/template';
import { templatesCommand } from './commands/templates';
import type { CliContext } from './context';
import { parseCommandArgs, takeLanguage } from './parse-command-line';
import { terminalSafe } from './terminal-safe';

/** Re-exported so the bin script, which loads only the bundle, can word an internal error. */
export { internalErrorLines } from './internal-error';
/** Installed by the bin script for a real run: removes temp files and exits 130/143 on Ctrl-C or SIGTERM. */
export { installSignalCleanup } from './fs/signal-cleanup';

export const COMMANDS: readonly Command[] = [templatesCommand, templateCommand, checkCommand, scoreCommand, rankCommand, planCommand, cleanCommand, importSetCommand];

function help(language: Language): string {
  const lines = COMMANDS.map((c) => `  ${c.usage}\n      ${language === 'vi' ? c.summary.vi : c.summary.en}`);
  const head = language === 'vi'
    ? 'cchc — kiểm tra và chấm điểm các bảng phụ lục CCHC trong tệp .xlsx\n\nCác lệnh:'
    : 'cchc — check and score CCHC appendix tables in .xlsx files\n\nCommands:';
  const tail = language === 'vi'
    ? '\nTùy chọn chung: --lang en (thông báo tiếng Anh). Mã thoát: 0 xong, 1 số liệu có lỗi, 2 sai cách dùng hoặc không đọc được tệp, 3 lỗi của chương trình (xin báo lỗi).'
    : '\nCommon option: --lang en. Exit codes: 0 done, 1 the data has errors, 2 bad usage or unreadable input, 3 internal error (please report it).';
  return [head, ...lines, tail].join('\n');
}

/** Runs one command line; returns the exit code instead of exiting, so tests call it directly. */
export async function runCli(argv: readonly string[], rawIo: Pick<CliContext, 'out' | 'err'>): Promise<number> {
  // The one place where everything cchc prints passes: no control character from a file reaches the terminal.
  const io: Pick<CliContext, 'out' | 'err'> = { out: (line) => rawIo.out(terminalSafe(line)), err: (line) => rawIo.err(terminalSafe(line)) };
  let taken: { language: Language; rest: string[] };
  try {
    taken = takeLanguage(argv);
  } catch (e) {
    // The language is what was wrong, so both are said.
    if (e instanceof CliError) {
      io.err(`${e.vi}\n${e.en}`);
      return e.exitCode;
    }
    throw e;
  }
  const { language, rest } = taken;
  const ctx: CliContext = {
    language,
    out: io.out,
    err: io.err,
    progress: (done, total, label) => {
      if (total >= 5 && label !== '') io.err(`[${done}/${total}] ${label}`);
    },
  };
  const [name, ...args] = rest;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(help(language));
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new CliError(`Không có lệnh "${name}".\n\n${help('vi')}`, `Unknown command "${name}".\n\n${help('en')}`);
    return await command.run(parseCommandArgs(command, args), ctx);
  } catch (e) {
    if (e instanceof CliError) {
      io.err(language === 'vi' ? e.vi : e.en);
      return e.exitCode;
    }
    throw e;
  }
}
