import { arrayMaxSize, isArray, isBoolean, isInt, isUUID, ValidationError } from 'class-validator';

import type { CastBallotRequest } from '@agora/contracts';

/** The same bound as the `@ArrayMaxSize` of CastBallotRequest. */
const MAX_ITEMS = 1000;

type Check = [code: string, passes: (value: unknown) => boolean, englishText: string];

/** `{ each: true }` as class-validator applies it: to every item of an array, else to the value itself. */
const each = (passes: (value: unknown) => boolean) => (value: unknown) =>
  Array.isArray(value) ? value.every(passes) : passes(value);

const FIELDS: Record<keyof CastBallotRequest, { optional: boolean; checks: Check[] }> = {
  budgetId: { optional: false, checks: [['isUuid', (v) => isUUID(v, 'all'), 'budgetId must be a UUID']] },
  projectIds: {
    optional: false,
    checks: [
      ['isArray', isArray, 'projectIds must be an array'],
      ['arrayMaxSize', (v) => arrayMaxSize(v, MAX_ITEMS), `projectIds must contain no more than ${MAX_ITEMS} elements`],
      ['isUuid', each((v) => isUUID(v, 'all')), 'each value in projectIds must be a UUID'],
    ],
  },
  points: {
    optional: true,
    checks: [
      ['isArray', isArray, 'points must be an array'],
      ['arrayMaxSize', (v) => arrayMaxSize(v, MAX_ITEMS), `points must contain no more than ${MAX_ITEMS} elements`],
      ['isInt', each(isInt), 'each value in points must be an integer number'],
    ],
  },
  emailReceipt: { optional: true, checks: [['isBoolean', isBoolean, 'emailReceipt must be a boolean value']] },
};

/**
 * The body of an online cast, checked exactly as the global ValidationPipe checks CastBallotRequest
 * (same constraints, codes and messages, unknown fields refused), without its per-request cost:
 * class-validator walks every decorated class of the application on each validation, and casting is
 * the one route that must be fast. `cast-request.rule.spec.ts` holds the two to the same answers.
 */
export function checkCastRequest(body: unknown): { request: CastBallotRequest } | { errors: ValidationError[] } {
  // No body at all reads as an empty one, as the pipe does; a JSON array or scalar is no request.
  const given = body ?? {};
  if (typeof given !== 'object' || Array.isArray(given))
    return { errors: [fieldError('body', { isObject: 'the request body must be an object' })] };
  const fields = given as Record<string, unknown>;
  const errors: ValidationError[] = [];
  for (const [property, { optional, checks }] of Object.entries(FIELDS)) {
    const value = fields[property];
    if (optional && (value === undefined || value === null)) continue;
    const failed = checks.filter(([, passes]) => !passes(value));
    if (failed.length) errors.push(fieldError(property, Object.fromEntries(failed.map(([code, , text]) => [code, text]))));
  }
  for (const property of Object.keys(fields))
    if (!Object.hasOwn(FIELDS, property))
      errors.push(fieldError(property, { whitelistValidation: `property ${property} should not exist` }));
  if (errors.length) return { errors };
  // The fields given, as given (an optional one sent as null stays null, as the pipe leaves it).
  const request = {} as Record<string, unknown>;
  for (const property of Object.keys(FIELDS)) if (Object.hasOwn(fields, property)) request[property] = fields[property];
  return { request: request as unknown as CastBallotRequest };
}

function fieldError(property: string, constraints: Record<string, string>): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children: [] });
}
