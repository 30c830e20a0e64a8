/**
 * The input rules of @agora/contracts that the browser checks before sending. The web imports only
 * *types* from @agora/contracts: its values live in modules whose class-validator decorators would
 * ship class-validator to the browser, where class-transformer's `@Type` crashes without
 * reflect-metadata. `input-limits.spec.ts` fails if these drift from the contracts.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const INSEE_PATTERN = /^(?:\d{5}|2[AB]\d{3})$/;
