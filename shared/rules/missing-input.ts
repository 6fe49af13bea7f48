import { problem } from '../problems/problem';
import type { Evaluation, RuleContext } from './rule-kind';

export function missingInput(ctx: RuleContext, needs: { readonly vi: string; readonly en: string }): Evaluation {
  return {
    ok: false,
    problem: problem('rule_input_missing', 'error', { code: ctx.code, needs: needs.en, needsVi: needs.vi }, { criterion: ctx.code }),
  };
}
