/**
 * How much a voter gains from a funded project they listed, as in the research literature and
 * pabutools: `cost` = its cost, `cardinality` = 1, `points` = the points they gave it. With `cost`
 * and `cardinality` any ballot counts as approving every listed project.
 */
export type SatisfactionKind = 'cost' | 'cardinality' | 'points';
export const SATISFACTION_KINDS: readonly SatisfactionKind[] = ['cost', 'cardinality', 'points'];

/**
 * `default`: more supporters first, then lower cost, then smaller id. `id`: smaller id (compared as
 * strings) first, the convention of pabutools and of the shared expected outcomes.
 */
export type TieBreak = 'default' | 'id';
export const TIE_BREAKS: readonly TieBreak[] = ['default', 'id'];

/** What the Method of Equal Shares does with the budget it leaves unspent. */
export type Completion = 'none' | 'add1' | 'add1-greedy';
export const COMPLETIONS: readonly Completion[] = ['none', 'add1', 'add1-greedy'];

export type RuleName = 'greedy' | 'greedy-no-skip' | 'mes';
export const RULE_NAMES: readonly RuleName[] = ['greedy', 'greedy-no-skip', 'mes'];

export interface TallyOptions {
  readonly rule: RuleName;
  /** Defaults to `cost`. */
  readonly sat?: SatisfactionKind;
  /** Only for `mes`; defaults to `none`. */
  readonly completion?: Completion;
  /** Defaults to `default`. */
  readonly tieBreak?: TieBreak;
}

/** Which stage of the count funded a project. */
export type FundingStage = 'greedy' | 'mes' | 'completion';

/** Why a project was or was not funded, as a code a page can translate. */
export type ExplanationReason =
  /** Funded by the greedy rule: it fitted in what was left when its turn came. */
  | 'funded-greedy'
  /** Funded by the Method of Equal Shares: its supporters could pay for it at the lowest price. */
  | 'funded-mes'
  /** Costs nothing and has supporters: the Method of Equal Shares funds it first. */
  | 'funded-free'
  /** Funded by the greedy completion, with the budget the Method of Equal Shares left. */
  | 'funded-completion'
  /**
   * Nobody gains from it: nobody listed it (or, with `cost` satisfaction, it costs nothing, which
   * satisfies nobody, so only a completion can fund it).
   */
  | 'no-supporters'
  /** It costs more than the whole budget. */
  | 'over-total-budget'
  /** When its turn came, what was left of the budget was less than its cost (`shortBy`). */
  | 'budget-ran-out'
  /** Greedy without skipping stopped at an earlier project that did not fit. */
  | 'stopped-before'
  /** Its supporters' remaining money was less than its cost (`mes.shortBy`). */
  | 'supporters-short';

/** Figures of the Method of Equal Shares about one project, amounts in currency with 2 decimals. */
export interface EqualSharesDetail {
  /**
   * Price per unit of satisfaction (ρ) at which it was funded; with `cost` satisfaction it is the
   * share of the cost each supporter pays (0.05 = 5 %). Rounded to 8 significant digits.
   */
  readonly rho?: string;
  /** With `cost` or `cardinality` satisfaction, what each supporter who could afford it paid. */
  readonly pricePerSupporter?: string;
  /** Supporters who paid everything they had left (they could not afford the full price). */
  readonly supportersPayingAll?: number;
  /** What its supporters had left: before it was funded, or at the end if it was not. */
  readonly supportersMoney: string;
  /** Cost minus what its supporters had left, when they could not pay for it. */
  readonly shortBy?: string;
}

/** Everything a page needs to say why a project was or was not funded. */
export interface ProjectExplanation {
  readonly id: string;
  readonly cost: string;
  /** Voters who listed it. */
  readonly supporters: number;
  /** Total satisfaction it brings (cost × supporters, supporters, or total points), exact. */
  readonly satisfaction: string;
  readonly funded: boolean;
  readonly reason: ExplanationReason;
  /** Order in which it was funded (1 = first), over all stages. */
  readonly round?: number;
  readonly stage?: FundingStage;
  /** Greedy stages: what was left of the budget when its turn came. */
  readonly budgetLeftBefore?: string;
  /** Greedy stages: how much was missing when it did not fit. */
  readonly shortBy?: string;
  readonly mes?: EqualSharesDetail;
}

/** A tie the rule broke: several projects were equally good at that point. */
export interface TieRecord {
  readonly stage: FundingStage;
  /** The funding round at which the tie was broken. */
  readonly round: number;
  /** All tied projects, the chosen one first, in tie-break order. */
  readonly candidates: readonly string[];
  readonly chosen: string;
  /** The tie-break criterion that separated the chosen project from the next one. */
  readonly decidedBy: 'supporters' | 'cost' | 'id';
}

/** About the equal shares run that produced the outcome. */
export interface EqualSharesSummary {
  /** Each voter's share of the budget in the final run, 2 decimals. */
  readonly budgetPerVoter: string;
  /** The same, exact, as a fraction. */
  readonly budgetPerVoterExact: string;
  /** Currency units added to each share by the add1 completion. */
  readonly increments: number;
  /** Runs of the method performed, including those that certify that a range of shares changes nothing. */
  readonly runs: number;
}

/** The result of a count. */
export interface TallyOutcome {
  readonly rule: RuleName;
  readonly sat: SatisfactionKind;
  readonly completion: Completion;
  readonly tieBreak: TieBreak;
  readonly budget: string;
  /** Exact total cost of the funded projects. */
  readonly budgetUsed: string;
  /** Funded project ids in funding order. */
  readonly selected: readonly string[];
  /** One entry per project, in the instance's order. */
  readonly projects: readonly ProjectExplanation[];
  readonly ties: readonly TieRecord[];
  readonly mes?: EqualSharesSummary;
}
