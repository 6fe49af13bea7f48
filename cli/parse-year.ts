import { CliError } from './cli-error';

/** `--year`: a four-digit year from 2000 to 2100, so a title never reads "NĂM NAN" or "NĂM 99"; without it, this year. */
export function parseYear(text: string | boolean | undefined): number {
  if (text === undefined) return new Date().getFullYear();
  const trimmed = String(text).trim();
  const year = /^\d{4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (year >= 2000 && year <= 2100) return year;
  throw new CliError(`Năm "${String(text)}" không hợp lệ: cần một năm từ 2000 đến 2100, ví dụ --year 2026.`,
    `Invalid year "${String(text)}": a year from 2000 to 2100 is needed, such as --year 2026.`);
}
