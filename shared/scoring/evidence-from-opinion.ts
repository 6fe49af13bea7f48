import type { CriteriaSet } from '../criteria/criteria-set';
import { findCriterion } from '../criteria/walk';
import { cleanResidue } from '../numbers/clean-residue';
import { findRatios } from '../numbers/find-ratios';
import type { RuleInput } from '../rules/rule';
import type { ScoreRowInput } from './score-table';

/**
 * The figures an appraisal opinion states for a ratio criterion ("Hoàn thành 18/42 nhiệm vụ",
 * "(8/112)*1=0,07"), as the rule's input, so a typed score can be checked against the rule. Only an
 * opinion with exactly one ratio counts: with two, it cannot be told which one scored.
 */
export function evidenceFromOpinion(row: ScoreRowInput, set: CriteriaSet): RuleInput | undefined {
  if (row.evidence || !row.opinion) return row.evidence;
  const rule = findCriterion(set, row.code)?.rule;
  if (!rule || (rule.kind !== 'ratio' && rule.kind !== 'bands')) return undefined;
  const ratios = findRatios(cleanResidue(row.opinion));
  const only = ratios.length === 1 ? ratios[0] : undefined;
  if (!only || only.denominator <= 0 || only.numerator > only.denominator) return undefined;
  return { numerator: only.numerator, denominator: only.denominator };
}
