/**
 * Why a file the user gave cannot be read or written, in the user's words (Vietnamese first, then
 * English). The layer never throws a library's message at a user: every host turns this into its
 * own way of telling (the CLI exits 2, the page shows it beside the file).
 */
export class FileProblem extends Error {
  constructor(readonly vi: string, readonly en: string) {
    super(en);
    this.name = 'FileProblem';
  }
}

/** Megabytes, rounded, for messages. */
export function megabytes(bytes: number): string {
  return String(Math.round(bytes / 1024 / 1024));
}
