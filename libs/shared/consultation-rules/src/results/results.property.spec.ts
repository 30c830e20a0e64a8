import fc from 'fast-check';

import { Aggregator, aggregateResults } from './results.aggregator';
import type { ResponseRecord } from './results.model';
import { hallDefinition } from '../testing/consultation.fixture';

// Answers to the hall consultation: mostly well-formed, sometimes out of bounds or unfinished, so
// the properties also cover what the results must leave out.
const answers = fc.record(
  {
    frequency: fc.oneof(
      fc.record({ optionId: fc.constantFrom('weekly', 'monthly', 'rarely', 'daily') }),
      fc.record({ other: fc.string({ maxLength: 5 }) }),
    ),
    products: fc.record(
      { optionIds: fc.subarray(['fruit', 'fish', 'cheese', 'bread']), other: fc.string({ maxLength: 5 }) },
      { requiredKeys: ['optionIds'] },
    ),
    district: fc.record({ optionId: fc.constantFrom('north', 'south') }),
    satisfaction: fc.integer({ min: 0, max: 6 }),
    stars: fc.integer({ min: 0, max: 6 }),
    priorities: fc.shuffledSubarray(['roof', 'toilets', 'parking'], { minLength: 2 }),
    'top-two': fc.shuffledSubarray(['butcher', 'baker', 'florist', 'cafe'], { maxLength: 3 }),
    opening: fc.record({
      morning: fc.subarray(['yes', 'maybe', 'no'], { maxLength: 1 }),
      evening: fc.subarray(['yes', 'no']),
    }),
    services: fc.record({ tuesday: fc.subarray(['delivery', 'lockers']) }, { requiredKeys: [] }),
    budget: fc.oneof(
      fc.integer({ min: -2, max: 202 }).map((n) => n / 2),
      fc.double({ min: 0, max: 100, noNaN: true }),
    ),
    visits: fc.integer({ min: -1, max: 21 }),
    reopening: fc.constantFrom('2025-03-01', '2025-06-15', '2026-01-01', '2025-02-30'),
    place: fc.record({
      lng: fc.double({ min: -1, max: 11, noNaN: true }),
      lat: fc.double({ min: -1, max: 11, noNaN: true }),
    }),
    'keep-hall': fc.boolean(),
    why: fc.string({ maxLength: 8 }),
    nickname: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: [] },
);

const responses = fc.uniqueArray(
  fc.record({
    id: fc.uuid(),
    submittedAt: fc.constantFrom('2025-05-01T10:00:00Z', '2025-05-02T09:30:00Z', '2025-05-03T18:45:00Z'),
    answers,
  }),
  { selector: (r) => r.id, maxLength: 40 },
) as fc.Arbitrary<ResponseRecord[]>;

const options = { hiddenTextIds: [] as string[], textPage: { offset: 0, limit: 1000 } };

describe('aggregateResults (properties)', () => {
  it('gives the same results adding responses one by one as counting them all at once', () => {
    fc.assert(
      fc.property(responses, (all) => {
        const aggregator = new Aggregator(hallDefinition);
        for (const response of all) {
          aggregator.add(response);
          aggregator.snapshot(options);
        }
        expect(aggregator.snapshot(options)).toEqual(aggregateResults(hallDefinition, all, options));
      }),
    );
  });

  it('gives the same results whatever the order of the responses', () => {
    fc.assert(
      fc.property(
        responses.chain((all) =>
          fc.tuple(fc.constant(all), fc.shuffledSubarray(all, { minLength: all.length })),
        ),
        ([all, shuffled]) => {
          expect(aggregateResults(hallDefinition, shuffled, options)).toEqual(
            aggregateResults(hallDefinition, all, options),
          );
        },
      ),
    );
  });

  it('never counts more answers than views, nor more views than respondents', () => {
    fc.assert(
      fc.property(responses, (all) => {
        const results = aggregateResults(hallDefinition, all);
        for (const q of results.questions) {
          expect(q.answered).toBeLessThanOrEqual(q.seen);
          expect(q.seen).toBeLessThanOrEqual(results.respondents);
        }
      }),
    );
  });

  it('gives a single choice counts that add up to the number of answers', () => {
    fc.assert(
      fc.property(responses, (all) => {
        const frequency = aggregateResults(hallDefinition, all).questions[0];
        if (frequency.kind !== 'choice') throw new Error('frequency is a choice');
        const sum = frequency.options.reduce((total, o) => total + o.count, frequency.other?.count ?? 0);
        expect(sum).toBe(frequency.answered);
      }),
    );
  });

  it('fills every place of a complete ranking once per answer', () => {
    fc.assert(
      fc.property(responses, (all) => {
        const priorities = aggregateResults(hallDefinition, all).questions.find(
          (q) => q.questionId === 'priorities',
        );
        if (priorities?.kind !== 'ranking') throw new Error('priorities is a ranking');
        for (let place = 0; place < 3; place++) {
          expect(priorities.items.reduce((total, item) => total + item.positionCounts[place], 0)).toBe(
            priorities.answered,
          );
        }
      }),
    );
  });

  it('ignores a response added a second time', () => {
    fc.assert(
      fc.property(responses, fc.nat(), (all, pick) => {
        fc.pre(all.length > 0);
        const aggregator = new Aggregator(hallDefinition);
        all.forEach((r) => aggregator.add(r));
        const before = aggregator.snapshot(options);
        aggregator.add(all[pick % all.length]);
        expect(aggregator.snapshot(options)).toEqual(before);
      }),
    );
  });
});
