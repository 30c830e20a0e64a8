import type { ConsultationResults, QuestionResult, ResponseRecord } from './results.model';
import { Aggregator, aggregateResults } from './results.aggregator';
import { hallAnswers, hallDefinition } from '../testing/consultation.fixture';

const responses: ResponseRecord[] = [
  { id: 'r1', submittedAt: '2025-05-01T10:00:00Z', answers: hallAnswers },
  {
    id: 'r2',
    submittedAt: '2025-05-02T10:00:00Z',
    answers: {
      frequency: { other: 'Tous les jours' },
      products: { optionIds: ['fish'], other: 'Miel' },
      satisfaction: 2,
      stars: 3,
      priorities: ['roof', 'toilets', 'parking'],
      'top-two': ['butcher', 'baker'],
      opening: { morning: ['maybe'], evening: ['no'] },
      budget: 20,
      visits: 4,
      reopening: '2025-06-15',
      place: { lng: 1, lat: 1 },
      'keep-hall': false,
      why: 'Trop chère',
    },
  },
  {
    id: 'r3',
    submittedAt: '2025-05-03T10:00:00Z',
    answers: {
      frequency: { optionId: 'weekly' },
      satisfaction: 5,
      priorities: ['roof', 'parking', 'toilets'],
      opening: { morning: ['yes'], evening: ['yes'] },
      'keep-hall': false,
      why: 'Mon voisin M. Dupont, 3 rue des Lilas, est contre',
    },
  },
];

const resultOf = (results: ConsultationResults, id: string): QuestionResult => {
  const found = results.questions.find((q) => q.questionId === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};
const results = aggregateResults(hallDefinition, responses);

describe('aggregateResults', () => {
  it('counts the respondents', () => {
    expect(results.respondents).toBe(3);
  });

  it('lists the questions in order, without section titles and help texts', () => {
    expect(results.questions.map((q) => q.questionId).slice(0, 3)).toEqual([
      'frequency',
      'products',
      'district',
    ]);
  });

  it('counts each option of a single choice, with "other" and its texts', () => {
    expect(resultOf(results, 'frequency')).toEqual({
      kind: 'choice',
      questionId: 'frequency',
      type: 'single-choice',
      seen: 3,
      answered: 3,
      options: [
        { optionId: 'weekly', count: 2, percent: 66.7 },
        { optionId: 'monthly', count: 0, percent: 0 },
        { optionId: 'rarely', count: 0, percent: 0 },
      ],
      other: {
        count: 1,
        percent: 33.3,
        texts: {
          total: 1,
          hidden: 0,
          offset: 0,
          limit: 20,
          items: [{ id: 'r2:frequency', text: 'Tous les jours' }],
        },
      },
    });
  });

  it('gives multiple-choice percentages as shares of those who answered', () => {
    const products = resultOf(results, 'products');
    expect(
      products.kind === 'choice' && products.options.map((o) => [o.optionId, o.count, o.percent]),
    ).toEqual([
      ['fruit', 1, 50],
      ['fish', 2, 100],
      ['cheese', 0, 0],
      ['bread', 0, 0],
    ]);
  });

  it('counts who saw a question apart from who answered it', () => {
    const products = resultOf(results, 'products');
    expect([products.seen, products.answered]).toEqual([3, 2]);
  });

  it('has no "other" line for a dropdown', () => {
    expect(resultOf(results, 'district')).toMatchObject({ answered: 1, other: null });
  });

  it('gives a scale every step, with mean and median', () => {
    expect(resultOf(results, 'satisfaction')).toMatchObject({
      kind: 'distribution',
      distribution: [
        { value: 1, count: 0, percent: 0 },
        { value: 2, count: 1, percent: 33.3 },
        { value: 3, count: 0, percent: 0 },
        { value: 4, count: 1, percent: 33.3 },
        { value: 5, count: 1, percent: 33.3 },
      ],
      mean: 3.67,
      median: 4,
      min: 2,
      max: 5,
    });
  });

  it('gives a rating every star from 1', () => {
    const rating = resultOf(results, 'stars');
    expect(rating.kind === 'distribution' && rating.distribution.map((d) => d.count)).toEqual([
      0, 0, 1, 0, 1,
    ]);
  });

  it('takes the median of an even number of answers as the mean of the two middle ones', () => {
    expect(resultOf(results, 'budget')).toMatchObject({ mean: 16.25, median: 16.25, min: 12.5, max: 20 });
  });

  it('lists only the values given for a number', () => {
    expect(resultOf(results, 'visits')).toMatchObject({
      distribution: [{ value: 4, count: 2, percent: 100 }],
    });
  });

  it('counts each date', () => {
    expect(resultOf(results, 'reopening')).toMatchObject({
      kind: 'date',
      distribution: [{ date: '2025-06-15', count: 2, percent: 100 }],
    });
  });

  it('gives each ranking item its place counts, average rank and score', () => {
    const ranking = resultOf(results, 'priorities');
    expect(ranking.kind === 'ranking' && ranking.items).toEqual([
      { itemId: 'roof', rankedCount: 3, averageRank: 1.33, positionCounts: [2, 1, 0], score: 8 },
      { itemId: 'toilets', rankedCount: 3, averageRank: 2, positionCounts: [1, 1, 1], score: 6 },
      { itemId: 'parking', rankedCount: 3, averageRank: 2.67, positionCounts: [0, 1, 2], score: 4 },
    ]);
  });

  it('orders ranking items by score', () => {
    expect(resultOf(results, 'priorities')).toMatchObject({ order: ['roof', 'toilets', 'parking'] });
  });

  it('scores a top K over K places and leaves unranked items without an average', () => {
    const ranking = resultOf(results, 'top-two');
    expect(ranking.kind === 'ranking' && [ranking.order, ranking.items[2]]).toEqual([
      ['baker', 'butcher', 'cafe', 'florist'],
      { itemId: 'florist', rankedCount: 0, averageRank: null, positionCounts: [0, 0], score: 0 },
    ]);
  });

  it('builds the matrix heat table with row percentages', () => {
    const matrix = resultOf(results, 'opening');
    expect(matrix.kind === 'matrix' && matrix.rows).toEqual([
      {
        rowId: 'morning',
        answered: 3,
        columns: [
          { columnId: 'yes', count: 2, percent: 66.7 },
          { columnId: 'maybe', count: 1, percent: 33.3 },
          { columnId: 'no', count: 0, percent: 0 },
        ],
      },
      {
        rowId: 'evening',
        answered: 3,
        columns: [
          { columnId: 'yes', count: 1, percent: 33.3 },
          { columnId: 'maybe', count: 0, percent: 0 },
          { columnId: 'no', count: 2, percent: 66.7 },
        ],
      },
    ]);
  });

  it('lists the map points sorted by longitude', () => {
    expect(resultOf(results, 'place')).toMatchObject({
      kind: 'map',
      points: [
        { lng: 1, lat: 1 },
        { lng: 2, lat: 3 },
      ],
    });
  });

  it('counts yes and no', () => {
    expect(resultOf(results, 'keep-hall')).toMatchObject({
      yes: { count: 1, percent: 33.3 },
      no: { count: 2, percent: 66.7 },
    });
  });

  it('lists free texts newest first', () => {
    const why = resultOf(results, 'why');
    expect(why.kind === 'text' && why.texts.items.map((t) => t.id)).toEqual(['r3:why', 'r2:why']);
  });

  it('counts a conditional question as seen only by those it was shown to', () => {
    expect(resultOf(results, 'why')).toMatchObject({ seen: 2, answered: 2 });
  });

  it('leaves out the texts staff hid, and counts them', () => {
    const hidden = aggregateResults(hallDefinition, responses, { hiddenTextIds: ['r3:why'] });
    expect(resultOf(hidden, 'why')).toMatchObject({
      texts: { total: 1, hidden: 1, items: [{ id: 'r2:why' }] },
    });
  });

  it('cuts free texts into pages', () => {
    const paged = aggregateResults(hallDefinition, responses, { textPage: { offset: 1, limit: 1 } });
    expect(resultOf(paged, 'why')).toMatchObject({
      texts: { total: 2, offset: 1, limit: 1, items: [{ id: 'r2:why' }] },
    });
  });

  it('lets one question have its own page', () => {
    const paged = aggregateResults(hallDefinition, responses, {
      textPage: { offset: 0, limit: 0 },
      textPages: { why: { offset: 0, limit: 5 } },
    });
    expect([resultOf(paged, 'why'), resultOf(paged, 'nickname')]).toMatchObject([
      { texts: { items: [{}, {}] } },
      { texts: { total: 1, items: [] } },
    ]);
  });

  it('gives 0 % rather than an error when nobody answered', () => {
    const empty = aggregateResults(hallDefinition, []);
    expect(resultOf(empty, 'keep-hall')).toMatchObject({ yes: { count: 0, percent: 0 } });
  });

  it('gives no mean and no median when nobody answered', () => {
    expect(resultOf(aggregateResults(hallDefinition, []), 'satisfaction')).toMatchObject({
      mean: null,
      median: null,
    });
  });

  it('ignores an answer to a question that was hidden', () => {
    const sneaky = { id: 'r4', answers: { 'keep-hall': true, why: 'Caché' } };
    expect(resultOf(aggregateResults(hallDefinition, [sneaky]), 'why')).toMatchObject({
      seen: 0,
      answered: 0,
    });
  });

  it('counts a malformed answer as seen but not answered', () => {
    const broken = { id: 'r4', answers: { satisfaction: 9 } };
    expect(resultOf(aggregateResults(hallDefinition, [broken]), 'satisfaction')).toMatchObject({
      seen: 1,
      answered: 0,
    });
  });

  it('produces plain JSON', () => {
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
  });
});

describe('Aggregator', () => {
  it('gives the same snapshot as the batch count', () => {
    const aggregator = new Aggregator(hallDefinition);
    responses.forEach((r) => aggregator.add(r));
    expect(aggregator.snapshot()).toEqual(results);
  });

  it('counts a response delivered twice once', () => {
    const aggregator = new Aggregator(hallDefinition);
    const added = [aggregator.add(responses[0]), aggregator.add(responses[0])];
    expect([added, aggregator.respondents]).toEqual([[true, false], 1]);
  });

  it('keeps counting after a snapshot', () => {
    const aggregator = new Aggregator(hallDefinition);
    aggregator.add(responses[0]);
    aggregator.snapshot();
    aggregator.add(responses[1]);
    expect(resultOf(aggregator.snapshot(), 'keep-hall')).toMatchObject({ answered: 2 });
  });
});

describe('Aggregator with stored data it did not expect', () => {
  it('counts a response whose answers are null as a respondent who answered nothing', () => {
    const aggregator = new Aggregator(hallDefinition);
    aggregator.add({ id: 'r9', answers: null as never });
    expect(resultOf(aggregator.snapshot(), 'keep-hall')).toMatchObject({ seen: 1, answered: 0 });
  });
});
