/**
 * What a system error means to the person at the keyboard, in both languages, without the
 * system's English code: "ổ đĩa đã đầy", not "ENOSPC: no space left on device, write".
 * Undefined for a code with no plain wording; callers then say a generic reason.
 */
const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  EACCES: ['không có quyền truy cập (quyền của tệp hoặc thư mục không cho phép)', 'permission denied (the file or folder does not allow it)'],
  EPERM: ['không có quyền truy cập (quyền của tệp hoặc thư mục không cho phép)', 'permission denied (the file or folder does not allow it)'],
  EROFS: ['ổ đĩa chỉ cho đọc', 'the disk is read-only'],
  ENOSPC: ['ổ đĩa đã đầy', 'the disk is full'],
  EDQUOT: ['đã hết dung lượng được cấp trên ổ đĩa', 'the disk quota is used up'],
  EFBIG: ['tệp vượt quá kích thước ổ đĩa cho phép', 'the file is larger than the disk allows'],
  ENAMETOOLONG: ['tên tệp quá dài', 'the file name is too long'],
  ENOENT: ['không tồn tại', 'it does not exist'],
  ENOTDIR: ['một phần của đường dẫn không phải là thư mục', 'part of the path is not a folder'],
  EISDIR: ['đó là một thư mục', 'it is a folder'],
  ELOOP: ['liên kết tượng trưng vòng quanh hoặc không được phép theo', 'a symbolic link loops or may not be followed'],
  EBUSY: ['tệp đang được chương trình khác dùng (hãy đóng Excel rồi chạy lại)', 'the file is in use by another program (close Excel and run again)'],
  ETXTBSY: ['tệp đang được chương trình khác dùng', 'the file is in use by another program'],
  EIO: ['lỗi đọc ghi của ổ đĩa (ổ đĩa có thể bị hỏng hoặc đã bị rút ra)', 'the disk failed to read or write (it may be damaged or removed)'],
  EMFILE: ['mở quá nhiều tệp cùng lúc', 'too many files are open'],
  ENFILE: ['mở quá nhiều tệp cùng lúc', 'too many files are open'],
  ENXIO: ['không phải tệp thường (thiết bị hoặc ống dẫn không có ai ghi)', 'not a regular file (a device or a pipe nobody writes to)'],
  EXDEV: ['không chuyển được tệp qua ổ đĩa khác', 'cannot move the file across disks'],
  EAGAIN: ['tệp tạm thời không dùng được', 'the file is temporarily unavailable'],
};

export function errnoReason(error: unknown): readonly [string, string] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  return REASONS[code] ?? [`lỗi hệ thống${code ? ` ${code}` : ''}`, `system error${code ? ` ${code}` : ''}`];
}
