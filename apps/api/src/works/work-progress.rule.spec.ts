import { parentProgress } from './work-progress.rule';

describe('parentProgress', () => {
  it('weights each child by its estimated cost', () => {
    expect(
      parentProgress([
        { progress: 100, estimatedCostCents: 300, status: 'termine' },
        { progress: 0, estimatedCostCents: 100, status: 'programme' },
      ]),
    ).toBe(75);
  });

  it('gives equal weights when no child has a cost', () => {
    expect(
      parentProgress([
        { progress: 50, estimatedCostCents: null, status: 'en_travaux' },
        { progress: 0, estimatedCostCents: null, status: 'programme' },
      ]),
    ).toBe(25);
  });

  it('leaves abandoned children out', () => {
    expect(
      parentProgress([
        { progress: 40, estimatedCostCents: 100, status: 'en_travaux' },
        { progress: 0, estimatedCostCents: 900, status: 'abandonne' },
      ]),
    ).toBe(40);
  });

  it('has no computed progress without children', () => {
    expect(parentProgress([])).toBeNull();
  });
});
