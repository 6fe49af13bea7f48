import { readScoreRows } from '../validate/read-score-rows';
import type { ScoreLayout } from '../validate/table-layout';
import { scoreTable, type ScoreOptions, type ScoreResult } from './score-table';

/** Reads a score sheet block and scores it: the one path every host takes from cells to totals. */
export function scoreSheet(block: readonly (readonly unknown[])[], layout: ScoreLayout, options: ScoreOptions = {}): ScoreResult {
  return scoreTable(readScoreRows(block, layout).rows, options);
}
