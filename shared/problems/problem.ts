/** Every problem the core can report. snake_case so codes read the same in JSON and in logs. */
export type ProblemCode =
  | 'ambiguous_thousands'
  | 'deduction_mismatch'
  | 'denominator_zero'
  | 'duplicate_criterion'
  | 'evidence_missing'
  | 'import_codes_derived'
  | 'import_duplicate_code'
  | 'import_formula_factor'
  | 'import_info_missing'
  | 'import_max_unreached'
  | 'import_no_header'
  | 'import_no_rows'
  | 'import_outcomes_on_parent'
  | 'import_parent_sum'
  | 'import_rule_unread'
  | 'import_scale_missing'
  | 'import_total_mismatch'
  | 'malformed_number'
  | 'number_expected'
  | 'number_too_large'
  | 'number_stored_as_text'
  | 'percent_out_of_range'
  | 'points_above_max'
  | 'points_below_zero'
  | 'ratio_numerator_exceeds'
  | 'ratio_result_mismatch'
  | 'rule_bands_gap'
  | 'rule_bands_overlap'
  | 'rule_input_missing'
  | 'rule_outcome_above_max'
  | 'rule_outcome_unknown'
  | 'rule_text_empty'
  | 'rule_text_unclear'
  | 'score_differs_from_rule'
  | 'score_missing'
  | 'set_child_code'
  | 'set_duplicate_code'
  | 'set_invalid'
  | 'set_level_not_covered'
  | 'set_parent_sum'
  | 'stored_set_invalid'
  | 'stored_set_unreadable'
  | 'set_partial'
  | 'set_year_not_covered'
  | 'target_unreadable'
  | 'total_mismatch'
  | 'text_residue'
  | 'wrong_decimal_separator';

/** 'info' says what was done on the user's behalf (codes given to letter rows); it asks for nothing. */
export type Severity = 'error' | 'warning' | 'info';

export type ProblemParams = Readonly<Record<string, string | number>>;

/** A certain correction: the value the cell should hold instead. */
export interface Fix {
  readonly value: number | string;
}

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** A1 address on the sheet, when the problem belongs to a cell. */
  readonly cell?: string;
  /** Criterion code, when the problem belongs to a criterion rather than a cell. */
  readonly criterion?: string;
  readonly params: ProblemParams;
  readonly fix?: Fix;
}

export function problem(
  code: ProblemCode,
  severity: Severity,
  params: ProblemParams = {},
  extra: { cell?: string; criterion?: string; fix?: Fix } = {},
): Problem {
  // Object.assign, not a spread: V8 (node 20) builds the spread form about twenty times slower, and a
  // table of text numbers makes a problem per cell. `extra` is always the core's own literal.
  return Object.assign({ code, severity, params }, extra);
}

export function atCell(p: Problem, cell: string): Problem {
  return Object.assign({}, p, { cell });
}

/**
 * problem(code, severity, params, { criterion }), built as one literal: the same fields in the same
 * order, without the second object and the added property. Scoring makes one for most rows.
 */
export function criterionProblem(code: ProblemCode, severity: Severity, params: ProblemParams, criterion: string): Problem {
  return { code, severity, params, criterion };
}
