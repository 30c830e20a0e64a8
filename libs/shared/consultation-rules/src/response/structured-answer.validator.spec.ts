import { checkAnswer } from './answer.validator';
import type { AnswerCheck } from './answer-check.model';
import { opening, place, priorities, services, topTwo } from '../testing/consultation.fixture';

const codes = (check: AnswerCheck) => check.problems.map((p) => p.code);
const incomplete = (check: AnswerCheck) => check.incomplete.map((p) => p.code);

describe('ranking answers', () => {
  it('accepts every item once', () => {
    expect(checkAnswer(priorities, ['parking', 'roof', 'toilets']).value).toEqual([
      'parking',
      'roof',
      'toilets',
    ]);
  });

  it('refuses a ranking with a duplicate item', () => {
    expect(codes(checkAnswer(priorities, ['roof', 'roof', 'toilets']))).toEqual(['RANKING_DUPLICATE_ITEM']);
  });

  it('refuses an item that does not exist', () => {
    expect(codes(checkAnswer(priorities, ['roof', 'toilets', 'lift']))).toEqual(['UNKNOWN_OPTION']);
  });

  it('marks a ranking missing an item as unfinished', () => {
    expect(incomplete(checkAnswer(priorities, ['roof', 'toilets']))).toEqual(['RANKING_INCOMPLETE']);
  });

  it('accepts exactly K items for a top K', () => {
    expect(checkAnswer(topTwo, ['cafe', 'butcher']).value).toEqual(['cafe', 'butcher']);
  });

  it('refuses more than K items for a top K', () => {
    expect(codes(checkAnswer(topTwo, ['cafe', 'butcher', 'baker']))).toEqual(['RANKING_TOO_LONG']);
  });

  it('marks fewer than K items as unfinished', () => {
    expect(incomplete(checkAnswer(topTwo, ['cafe']))).toEqual(['RANKING_INCOMPLETE']);
  });

  it('refuses a ranking given as an object', () => {
    expect(codes(checkAnswer(priorities, { roof: 1 }))).toEqual(['INVALID_ANSWER_TYPE']);
  });
});

describe('matrix answers', () => {
  it('accepts one column per row in a single-choice matrix', () => {
    expect(checkAnswer(opening, { morning: ['yes'], evening: ['maybe'] }).value).toEqual({
      morning: ['yes'],
      evening: ['maybe'],
    });
  });

  it('refuses two columns in a row of a single-choice matrix', () => {
    expect(codes(checkAnswer(opening, { morning: ['yes', 'no'], evening: ['no'] }))).toEqual([
      'MATRIX_ROW_MULTIPLE',
    ]);
  });

  it('refuses a row that does not exist', () => {
    expect(codes(checkAnswer(opening, { morning: ['yes'], night: ['no'] }))).toEqual(['UNKNOWN_MATRIX_ROW']);
  });

  it('refuses a column that does not exist', () => {
    expect(codes(checkAnswer(opening, { morning: ['often'], evening: ['no'] }))).toEqual(['UNKNOWN_OPTION']);
  });

  it('refuses the same column twice in a row', () => {
    expect(codes(checkAnswer(services, { tuesday: ['lockers', 'lockers'] }))).toEqual(['DUPLICATE_OPTION']);
  });

  it('refuses a row given as a bare string', () => {
    expect(codes(checkAnswer(opening, { morning: 'yes' }))).toEqual(['INVALID_ANSWER_TYPE']);
  });

  it('marks a required matrix with a row left empty as unfinished', () => {
    expect(incomplete(checkAnswer(opening, { morning: ['yes'], evening: [] }))).toEqual([
      'MATRIX_ROW_MISSING',
    ]);
  });

  it('lets an optional matrix leave rows empty', () => {
    const check = checkAnswer(services, { tuesday: null, saturday: ['delivery'] });
    expect([check.value, check.incomplete]).toEqual([{ saturday: ['delivery'] }, []]);
  });

  it('stores rows and columns in the order of the question', () => {
    const value = checkAnswer(services, { saturday: ['lockers', 'delivery'], tuesday: ['lockers'] }).value;
    expect(JSON.stringify(value)).toBe('{"tuesday":["lockers"],"saturday":["delivery","lockers"]}');
  });
});

describe('map point answers', () => {
  it('accepts a point inside the territory', () => {
    expect(checkAnswer(place, { lng: 1, lat: 9 }).value).toEqual({ lng: 1, lat: 9 });
  });

  it('refuses a point outside the territory', () => {
    expect(codes(checkAnswer(place, { lng: 12, lat: 5 }))).toEqual(['POINT_OUTSIDE_BOUNDARY']);
  });

  it('refuses a point in a hole of the territory', () => {
    expect(codes(checkAnswer(place, { lng: 5, lat: 5 }))).toEqual(['POINT_OUTSIDE_BOUNDARY']);
  });

  it('refuses a latitude beyond 90', () => {
    expect(codes(checkAnswer(place, { lng: 1, lat: 95 }))).toEqual(['INVALID_POINT']);
  });

  it('refuses a GeoJSON position array', () => {
    expect(codes(checkAnswer(place, [1, 9]))).toEqual(['INVALID_POINT']);
  });
});
