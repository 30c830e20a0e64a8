import type { ProcessKind, ProcessPhase, ProposalKind } from '@agora/contracts';

/**
 * Which proposal kinds a process takes: a budget takes projects (they may end up on a ballot), an idea
 * box takes ideas and shop wishes (issue 6), a prioritisation ranks works and takes no proposals.
 */
export function allowedKinds(processKind: ProcessKind): readonly ProposalKind[] {
  if (processKind === 'budget') return ['project'];
  if (processKind === 'ideas') return ['idea', 'shop'];
  return [];
}

/** Submitting, editing, publishing and supporting: only while the proposals phase is open. */
export function isProposalsPhase(phase: ProcessPhase): boolean {
  return phase === 'proposals';
}

/** A conversation goes on after the deposit (residents discuss assessments and ballots), not once closed. */
export function commentsOpen(phase: ProcessPhase): boolean {
  return phase !== 'draft' && phase !== 'closed';
}

/** Staff may start assessing as proposals arrive, and finish during the assessment phase. */
export function assessmentOpen(phase: ProcessPhase): boolean {
  return phase === 'proposals' || phase === 'assessment';
}

/** Withdrawing stays possible until the ballot is drawn up. */
export function withdrawalOpen(phase: ProcessPhase): boolean {
  return phase === 'proposals' || phase === 'assessment';
}

/** An idea box answers its ideas as long as it lives (an idea "studied" today is "retained" later). */
export function answerOpen(phase: ProcessPhase): boolean {
  return phase !== 'draft' && phase !== 'closed';
}
