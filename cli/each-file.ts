import { CliError } from './cli-error';
import type { CliContext } from './context';
import { withInPlaceLock } from './fs/in-place-lock';

/**
 * Runs `work` on every file given, in order. A file that cannot be read (missing, corrupt, no
 * table) is reported on stderr and the others are still processed; the exit code is the worst
 * one: 2 when any file failed, else 1 when any had problems, else 0. With `inPlace`, each file's
 * whole read–change–write runs under its lock (fs/in-place-lock), so a second command waits.
 */
export async function eachFile(files: readonly string[], ctx: CliContext, work: (file: string, index: number) => Promise<number>, options: { inPlace?: boolean } = {}): Promise<number> {
  let worst = 0;
  for (const [i, file] of files.entries()) {
    if (files.length > 1) ctx.progress(i, files.length, file);
    try {
      worst = Math.max(worst, await (options.inPlace ? withInPlaceLock(file, ctx, () => work(file, i)) : work(file, i)));
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      ctx.err(ctx.language === 'vi' ? e.vi : e.en);
      worst = Math.max(worst, e.exitCode);
    }
  }
  if (files.length > 1) ctx.progress(files.length, files.length, '');
  return worst;
}
