import type { Language } from '../problems/format-number';

/** The rating words decisions use, with the English a reader abroad would expect. */
const ENGLISH: Readonly<Record<string, string>> = {
  'xuat sac': 'Excellent', 'tot': 'Good', 'kha': 'Fair', 'trung binh': 'Average', 'yeu': 'Weak', 'kem': 'Poor',
  'dat': 'Passed', 'khong dat': 'Not passed',
};

const fold = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().trim();

/**
 * A rating band's label in the reader's language. The set's own label is kept for Vietnamese;
 * "Nhóm A", "Dưới nhóm C" and the usual words are put into English, anything else stays as the
 * province wrote it.
 */
export function ratingLabel(label: string, language: Language): string {
  if (language === 'vi') return label;
  const key = fold(label);
  const group = /^(duoi )?nhom ([a-z0-9]+)$/.exec(key);
  if (group) return `${group[1] ? 'Below group' : 'Group'} ${(group[2] ?? '').toUpperCase()}`;
  return ENGLISH[key] ?? label;
}
