import { meanOf, medianOf, percent, round } from './statistics.rule';

describe('percent', () => {
  it('rounds one third to 33.3', () => {
    expect(percent(1, 3)).toBe(33.3);
  });

  it('rounds two thirds to 66.7', () => {
    expect(percent(2, 3)).toBe(66.7);
  });

  it('gives 0 for a base of 0', () => {
    expect(percent(0, 0)).toBe(0);
  });
});

describe('round', () => {
  it('rounds half away from zero', () => {
    expect([round(1.125, 2), round(-1.125, 2)]).toEqual([1.13, -1.13]);
  });
});

describe('meanOf and medianOf', () => {
  const distribution = [
    { value: 1, count: 1 },
    { value: 3, count: 2 },
    { value: 10, count: 1 },
  ];

  it('weighs each value by its count in the mean', () => {
    expect(meanOf(distribution)).toBe(4.25);
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(medianOf(distribution)).toBe(3);
  });

  it('takes the middle value for an odd count', () => {
    expect(medianOf([...distribution, { value: 11, count: 1 }])).toBe(3);
  });

  it('skips values nobody gave', () => {
    expect(
      medianOf([
        { value: 1, count: 1 },
        { value: 2, count: 0 },
        { value: 5, count: 1 },
      ]),
    ).toBe(3);
  });
});
