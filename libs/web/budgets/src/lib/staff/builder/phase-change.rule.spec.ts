import type { Budget } from '@agora/contracts';

import { nextPhaseOf, phaseChangeWarnings, phaseChoices } from './phase-change.rule';

const budget = (projects: number) => ({ projects: Array.from({ length: projects }, () => ({})) }) as unknown as Budget;

describe('phase changes by hand', () => {
  it('proposes the phase that follows', () => {
    expect(nextPhaseOf('assessment')).toBe('vote');
  });

  it('has no phase after closing', () => {
    expect(nextPhaseOf('closed')).toBeNull();
  });

  it('offers every other phase', () => {
    expect(phaseChoices('vote')).toEqual(['draft', 'proposals', 'assessment', 'results', 'follow_up', 'closed']);
  });

  it('warns before opening a vote without any envelope', () => {
    expect(phaseChangeWarnings('assessment', 'vote', [])).toEqual(['budgets.builder.phase.warnNoEnvelope']);
  });

  it('warns before opening a vote with an empty ballot', () => {
    expect(phaseChangeWarnings('assessment', 'vote', [budget(3), budget(0)])).toEqual(['budgets.builder.phase.warnNoProject']);
  });

  it('says nothing more when the ballots are ready', () => {
    expect(phaseChangeWarnings('assessment', 'vote', [budget(3)])).toEqual([]);
  });

  it('warns when going back, and back to a draft the public no longer sees', () => {
    expect(phaseChangeWarnings('proposals', 'draft', [])).toEqual(['budgets.builder.phase.warnBack', 'budgets.builder.phase.warnDraft']);
  });
});
