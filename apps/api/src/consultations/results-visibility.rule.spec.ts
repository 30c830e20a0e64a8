import { resultsHiddenReason } from './results-visibility.rule';

describe('results visibility rule', () => {
  it('shows live results to everyone', () => {
    expect(resultsHiddenReason('live', false, false)).toBeNull();
  });

  it('shows staff-only results to the team while open, to everyone once closed', () => {
    expect(resultsHiddenReason('staff', false, true)).toBeNull();
    expect(resultsHiddenReason('staff', false, false)).not.toBeNull();
    expect(resultsHiddenReason('staff', true, false)).toBeNull();
  });

  it('hides after-close results from the team too until closing', () => {
    expect(resultsHiddenReason('after_close', false, true)).not.toBeNull();
    expect(resultsHiddenReason('after_close', true, false)).toBeNull();
  });
});
