import type { Budget, ProcessPhase } from '@agora/contracts';

const ORDER: readonly ProcessPhase[] = ['draft', 'proposals', 'assessment', 'vote', 'results', 'follow_up', 'closed'];

/** The phase that follows, or null after the last one. */
export function nextPhaseOf(phase: ProcessPhase): ProcessPhase | null {
  return ORDER[ORDER.indexOf(phase) + 1] ?? null;
}

/** Every phase a process can be moved to by hand from `phase`, in order (itself excluded). */
export function phaseChoices(phase: ProcessPhase): ProcessPhase[] {
  return ORDER.filter((candidate) => candidate !== phase);
}

/**
 * What the official should know before confirming a change by hand, as message keys: a vote
 * without an envelope or a project, going back, or closing for good.
 */
export function phaseChangeWarnings(from: ProcessPhase, to: ProcessPhase, budgets: readonly Budget[]): string[] {
  const warnings: string[] = [];
  if (ORDER.indexOf(to) < ORDER.indexOf(from)) warnings.push('budgets.builder.phase.warnBack');
  if (to === 'vote' && budgets.length === 0) warnings.push('budgets.builder.phase.warnNoEnvelope');
  else if (to === 'vote' && budgets.some((budget) => budget.projects.length === 0)) warnings.push('budgets.builder.phase.warnNoProject');
  if (to === 'draft') warnings.push('budgets.builder.phase.warnDraft');
  if (to === 'closed') warnings.push('budgets.builder.phase.warnClosed');
  return warnings;
}
