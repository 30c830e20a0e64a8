import { randomUUID } from 'node:crypto';

import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

import { CastBallotRequest } from '@agora/contracts';

import { checkCastRequest } from './cast-request.rule';

/** What the global ValidationPipe would answer: the failed constraints per field, sorted. */
function byThePipe(body: object): string[] {
  const errors = validateSync(plainToInstance(CastBallotRequest, body), { whitelist: true, forbidNonWhitelisted: true });
  return flatten(errors);
}

function byTheRule(body: unknown): string[] {
  const checked = checkCastRequest(body);
  return 'errors' in checked ? flatten(checked.errors) : [];
}

function flatten(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => Object.keys(e.constraints ?? {}).map((code) => `${e.property}:${code}`)).sort();
}

const id = randomUUID();
const many = (n: number, item: unknown) => Array.from({ length: n }, () => item);

const BODIES: Array<[string, object]> = [
  ['a knapsack ballot', { budgetId: id, projectIds: [randomUUID(), randomUUID()] }],
  ['an empty list of projects', { budgetId: id, projectIds: [] }],
  ['points and a receipt by e-mail', { budgetId: id, projectIds: [id], points: [3], emailReceipt: true }],
  ['optional fields sent as null', { budgetId: id, projectIds: [id], points: null, emailReceipt: null }],
  ['nothing at all', {}],
  ['an upper-case UUID', { budgetId: id.toUpperCase(), projectIds: [id.toUpperCase()] }],
  ['a budget id that is no UUID', { budgetId: 'budget-1', projectIds: [id] }],
  ['a budget id that is a number', { budgetId: 12, projectIds: [id] }],
  ['a budget id that is a list', { budgetId: [id], projectIds: [id] }],
  ['projects as one string', { budgetId: id, projectIds: id }],
  ['projects as a string that is no UUID', { budgetId: id, projectIds: 'all' }],
  ['projects as an object', { budgetId: id, projectIds: { 0: id } }],
  ['projects with a non-UUID inside', { budgetId: id, projectIds: [id, 'x'] }],
  ['projects with null inside', { budgetId: id, projectIds: [null] }],
  ['too many projects', { budgetId: id, projectIds: many(1001, id) }],
  ['exactly the maximum of projects', { budgetId: id, projectIds: many(1000, id) }],
  ['points that are not whole', { budgetId: id, projectIds: [id], points: [1.5] }],
  ['points as strings', { budgetId: id, projectIds: [id], points: ['3'] }],
  ['points as one number', { budgetId: id, projectIds: [id], points: 3 }],
  ['too many points', { budgetId: id, projectIds: [id], points: many(1001, 1) }],
  ['a receipt flag as a string', { budgetId: id, projectIds: [id], emailReceipt: 'yes' }],
  ['the voter named', { budgetId: id, projectIds: [id], voterId: id }],
  ['a forged channel', { budgetId: id, projectIds: [id], channel: 'paper', staffId: id }],
  ['everything wrong at once', { budgetId: 1, projectIds: 'x', points: [0.5], emailReceipt: 1, extra: true }],
];

describe('checkCastRequest', () => {
  it.each(BODIES)('answers as the global validation pipe for %s', (_, body) => {
    expect(byTheRule(body)).toEqual(byThePipe(body));
  });

  it('refuses a __proto__ key, which the pipe drops without a word', () => {
    const body: unknown = JSON.parse(`{"budgetId":"${id}","projectIds":["${id}"],"__proto__":{"admin":true}}`);
    expect(byTheRule(body)).toEqual(['__proto__:whitelistValidation']);
  });

  it('keeps the fields given and no other', () => {
    const body = { budgetId: id, projectIds: [id], emailReceipt: false };
    expect(checkCastRequest(body)).toEqual({ request: body });
  });

  it('reads a missing body as an empty one', () => {
    expect(byTheRule(undefined)).toEqual(['budgetId:isUuid', 'projectIds:arrayMaxSize', 'projectIds:isArray', 'projectIds:isUuid']);
  });

  it('refuses a body that is a list or a scalar', () => {
    for (const body of [[{ budgetId: id, projectIds: [id] }], 'ballot', 42])
      expect(byTheRule(body)).toEqual(['body:isObject']);
  });
});
