/**
 * The numbering a decision prints before a row: Roman numerals for areas, Arabic numbers and dotted
 * codes for criteria, letters "a)" "b)" "đ)" for sub-criteria, dashes and "+" or bullets for
 * sub-criteria or outcomes. Read from the STT cell, or from the start of the name when the table
 * has no STT column (or a .docx puts both in one cell).
 */
export type Numbering =
  | { readonly kind: 'roman'; readonly value: number; readonly printed: string }
  | { readonly kind: 'dotted'; readonly parts: readonly number[]; readonly printed: string }
  | { readonly kind: 'letter'; readonly printed: string }
  | { readonly kind: 'dash'; readonly printed: string }
  | { readonly kind: 'plus'; readonly printed: string };

const ROMAN = /^([IVXL]{1,6})$/;
const DOTTED = /^(\d{1,3}(?:\.\d{1,3}){0,5})$/;
const LETTER = /^([a-zđ])\)$/u;
const LETTER_BARE = /^[a-zđ]$/u;

/** Reads the STT cell. A number as Excel stores it (1.1) is read as the code it was typed as. */
export function numberingOfCode(raw: unknown): Numbering | undefined {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw <= 0) return undefined;
    return dotted(String(raw));
  }
  if (typeof raw !== 'string') return undefined;
  const t = raw.trim().replace(/\s+/g, '').replace(/[.:]$/, '');
  if (t === '') return undefined;
  const roman = ROMAN.exec(t);
  if (roman) return romanOf(roman[1] ?? '');
  if (DOTTED.test(t)) return dotted(t);
  if (LETTER.test(t)) return { kind: 'letter', printed: t };
  if (LETTER_BARE.test(t)) return { kind: 'letter', printed: `${t})` };
  if (/^[-–—]$/.test(t)) return { kind: 'dash', printed: '-' };
  if (/^[+•·*▪◦]$/.test(t)) return { kind: 'plus', printed: t };
  return undefined;
}

/** Numbering at the start of a name ("1.1. Kế hoạch…", "a) Ban hành…", "- Đầy đủ: 1 điểm"), with the rest. */
export function numberingOfName(name: string): { numbering: Numbering; rest: string } | undefined {
  const m = /^\s*(?:((?:[IVXL]{1,6})|(?:\d{1,3}(?:\.\d{1,3}){0,5}))[.:)]?\s+|([a-zđ])\)\s*|([-–—])\s*|([+•·*▪◦])\s*)(?=\S)/u.exec(name);
  if (!m) return undefined;
  const rest = name.slice(m[0].length).trim();
  if (rest === '') return undefined;
  if (m[1] !== undefined) {
    // "2 báo cáo" or "100% kế hoạch" are words, not numbering: a bare number must be followed by a dot.
    if (/^\d+$/.test(m[1]) && !/^\s*\d+[.)]\s/.test(name)) return undefined;
    const numbering = ROMAN.test(m[1]) ? romanOf(m[1]) : dotted(m[1]);
    return numbering ? { numbering, rest } : undefined;
  }
  if (m[2] !== undefined) return { numbering: { kind: 'letter', printed: `${m[2]})` }, rest };
  if (m[3] !== undefined) return { numbering: { kind: 'dash', printed: '-' }, rest };
  return { numbering: { kind: 'plus', printed: m[4] ?? '+' }, rest };
}

function dotted(t: string): Numbering | undefined {
  const parts = t.split('.').map(Number);
  if (parts.some((p) => !Number.isInteger(p) || p <= 0)) return undefined;
  return { kind: 'dotted', parts, printed: t };
}

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50 };

function romanOf(t: string): Numbering | undefined {
  let value = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN_VALUES[t[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[t[i + 1] ?? ''] ?? 0;
    value += v < next ? -v : v;
  }
  return value > 0 ? { kind: 'roman', value, printed: t } : undefined;
}
