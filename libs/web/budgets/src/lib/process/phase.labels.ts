import type { ProcessPhase } from '@agora/contracts';

/** Dictionary keys of the phases, as the timeline and the lists name them. */
export const PHASE_LABELS: Record<ProcessPhase, string> = {
  draft: 'budgets.phase.draft',
  proposals: 'budgets.phase.proposals',
  assessment: 'budgets.phase.assessment',
  vote: 'budgets.phase.vote',
  results: 'budgets.phase.results',
  follow_up: 'budgets.phase.follow_up',
  closed: 'budgets.phase.closed',
};

/** What a resident can do during each phase, in one sentence. */
export const PHASE_HINTS: Record<ProcessPhase, string> = {
  draft: 'budgets.phaseHint.draft',
  proposals: 'budgets.phaseHint.proposals',
  assessment: 'budgets.phaseHint.assessment',
  vote: 'budgets.phaseHint.vote',
  results: 'budgets.phaseHint.results',
  follow_up: 'budgets.phaseHint.follow_up',
  closed: 'budgets.phaseHint.closed',
};
