import { FileProblem, megabytes } from '../file-problem';

/**
 * What one input may cost, counted as it is spent: bytes actually inflated (not what the zip's
 * directory claims), across every entry read, whatever its name. A part we never read (a 1 GB
 * customXml) costs nothing; a part that inflates past what is left is stopped mid-stream.
 */
export class Budget {
  private inflated = 0;

  constructor(readonly file: string, readonly maxInflated: number) {}

  /** Counts `bytes` more inflated from `part`; throws once the input is over its budget. */
  spend(bytes: number, part: string): void {
    this.inflated += bytes;
    if (this.inflated > this.maxInflated) throw tooLarge(this.file, part, this.maxInflated);
  }

  /** Refuses, before inflating, a part whose stated size alone is over what is left. */
  check(stated: number, part: string): void {
    if (this.inflated + stated > this.maxInflated) throw tooLarge(this.file, part, this.maxInflated, stated);
  }

  get spent(): number {
    return this.inflated;
  }
}

/**
 * The most a workbook or document may inflate to, over every part read. About three million filled
 * cells of sheet XML; the whole read stays well under 1 GB of memory because sheets are parsed as
 * they inflate, never held whole as text.
 */
export const MAX_INFLATED_BYTES = 200 * 1024 * 1024;

export function tooLarge(file: string, part: string, limit: number, stated?: number): FileProblem {
  const size = stated === undefined ? '' : ` (${megabytes(stated)} MB khi giải nén)`;
  const sizeEn = stated === undefined ? '' : ` (${megabytes(stated)} MB unpacked)`;
  return new FileProblem(
    `Tệp "${file}" quá lớn: phần "${part}"${size} vượt giới hạn ${megabytes(limit)} MB (khoảng ba triệu ô có dữ liệu) mà công cụ đọc được. Hãy tách tệp hoặc xoá các trang, các ô không cần rồi lưu lại.`,
    `"${file}" is too large: its part "${part}"${sizeEn} goes beyond the ${megabytes(limit)} MB (about three million filled cells) this tool reads. Split the file or delete unneeded sheets and cells, then save it again.`,
  );
}
