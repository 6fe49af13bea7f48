import type { Language } from '../shared';
import { terminalSafe } from './terminal-safe';

/**
 * What the user sees when cchc itself fails (exit code 3): not their file's fault, and worth
 * reporting. The stack trace is printed only with CCHC_DEBUG=1, for whoever fixes it.
 */
export function internalErrorLines(error: unknown, language: Language, debug: boolean): string[] {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const lines = language === 'vi'
    ? [
      `Lỗi của chương trình (mã thoát 3): ${detail}`,
      'Đây là lỗi của cchc, không phải của tệp. Xin báo lỗi cho người phụ trách công cụ, kèm dòng lệnh đã chạy, thông báo này và tệp (nếu được phép). Đặt CCHC_DEBUG=1 để in chi tiết kỹ thuật.',
    ]
    : [
      `Internal error (exit code 3): ${detail}`,
      'This is a fault of cchc, not of your file. Please report it with the command line, this message and the file if you may. Set CCHC_DEBUG=1 for the technical details.',
    ];
  if (debug && error instanceof Error && error.stack) lines.push(error.stack);
  // An error's text can quote a file's content; it is printed outside runCli, so it is made safe here.
  return lines.map(terminalSafe);
}
