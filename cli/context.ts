import type { Language } from '../shared';

/** What every command gets: where to print, in which language, and how to report progress. */
export interface CliContext {
  readonly language: Language;
  out(line: string): void;
  err(line: string): void;
  /** Progress for long runs, on stderr so --json output stays clean. */
  progress(done: number, total: number, label: string): void;
}

export function say(ctx: CliContext, vi: string, en: string): string {
  return ctx.language === 'vi' ? vi : en;
}
