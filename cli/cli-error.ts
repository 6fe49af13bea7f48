/** A failure the user caused or can fix (bad usage, unreadable input): exit code 2 with a message in both languages. */
export class CliError extends Error {
  constructor(readonly vi: string, readonly en: string, readonly exitCode = 2) {
    super(en);
    this.name = 'CliError';
  }
}
