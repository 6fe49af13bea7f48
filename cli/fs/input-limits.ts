/**
 * The most bytes cchc reads from one input file, before any unpacking (the unpacked bytes have
 * their own budget where the zip is inflated). Each is well above a real file of its kind and far
 * below what would exhaust memory: a province's scored workbook is a few MB; a decision in Word
 * with its scanned signature pages some tens of MB; a criteria set in JSON some tens of KB.
 */
export const INPUT_LIMITS = {
  xlsx: 200 * 1024 * 1024,
  docx: 64 * 1024 * 1024,
  json: 16 * 1024 * 1024,
} as const;

export type InputKind = keyof typeof INPUT_LIMITS;
