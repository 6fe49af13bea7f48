import { findDecisionHeader } from './find-decision-header';

/** A document as plain data: paragraphs and tables in reading order (a .docx read by a host). */
export type DocumentBlock =
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly rows: readonly (readonly (string | null)[])[]; readonly notes?: readonly DocumentNote[] | undefined };

/** A footnote or endnote a table cell references (Word's w:footnoteReference): its text, at the cell's row and column (0-based). */
export interface DocumentNote {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface DocumentGrid {
  /** The criteria table's rows, then what follows it (footnotes, the scale) one paragraph a row in the first column. */
  readonly values: (string | null)[][];
  /** The paragraphs before the table: the decision's title, number, date and province. */
  readonly context: string[];
  /** How many rows of `values` came from tables: rows beyond are paragraphs after the table. */
  readonly tableRows: number;
  /** The notes the table's cells reference, each at its row of `values`. */
  readonly notes: DocumentNote[];
}

/**
 * Lays a decision's document out as the importer reads a pasted sheet: the first table with a
 * criteria header, the tables of the same width after it (Word splits a long table at page breaks
 * or the author pastes it in pieces), and the paragraphs between and after them as rows.
 */
export function documentGrid(blocks: readonly DocumentBlock[]): DocumentGrid | undefined {
  const start = blocks.findIndex((b) => b.kind === 'table' && findDecisionHeader(b.rows) !== undefined);
  if (start < 0) return undefined;
  const first = blocks[start];
  if (!first || first.kind !== 'table') return undefined;
  const width = Math.max(...first.rows.map((r) => r.length));
  const values: (string | null)[][] = first.rows.map((r) => [...r]);
  const notes: DocumentNote[] = [...(first.notes ?? [])];
  let tableRows = values.length;
  const after: (string | null)[][] = [];
  for (const block of blocks.slice(start + 1)) {
    if (block.kind === 'table' && Math.max(...block.rows.map((r) => r.length)) === width) {
      values.push(...after.splice(0));
      notes.push(...(block.notes ?? []).map((n) => ({ ...n, row: n.row + values.length })));
      values.push(...block.rows.map((r) => [...r]));
      tableRows = values.length;
    } else if (block.kind === 'paragraph' && block.text.trim() !== '') {
      after.push([block.text.trim(), ...Array.from({ length: width - 1 }, () => null)]);
    }
  }
  values.push(...after);
  const context = blocks.slice(0, start).flatMap((b) => (b.kind === 'paragraph' && b.text.trim() !== '' ? [b.text.trim()] : []));
  return { values, context, tableRows, notes };
}
