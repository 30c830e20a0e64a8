// Exact numbers
export { Decimal } from './numbers/decimal.value';
export { Rational } from './numbers/rational.value';

// Pabulib: model, streaming parser, writer, builder
export * from './pabulib/pabulib.model';
export { PabulibParser, PabulibParseError, parsePabulib } from './pabulib/pabulib.parser';
export type { PabulibErrorCode, PabulibWarning } from './pabulib/pabulib.parser';
export { writePabulib, writePabulibChunks } from './pabulib/pabulib.writer';
export { buildPabulibInstance } from './pabulib/pabulib.builder';
export type { BallotInput, InstanceInput, ProjectInput } from './pabulib/pabulib.builder';

// Counting rules: greedy, Method of Equal Shares, completions, explanations
export * from './counting/counting.model';
export { buildCountingProfile, CountingError, tieBreakRanks } from './counting/counting.profile';
export type { CountingProfile } from './counting/counting.profile';
export { tally, tallyProfile } from './counting/tally.rule';
/** Operation counts of equal-shares pricing, for benchmarks (tools/bench/tally). */
export { pricingWork, resetPricingWork } from './counting/pricing-scratch.buffers';

// Ranking rules for prioritisations
export * from './ranking/ranking.model';
export { bordaCount } from './ranking/borda.rule';
export type { BordaOptions } from './ranking/borda.rule';
export { schulze } from './ranking/schulze.rule';
export { averagePoints, medianPoints } from './ranking/points.rule';
export type { PointsOptions } from './ranking/points.rule';

// Ballot validation
export { ballotConstraintsFromMeta, projectCosts, validateBallot } from './ballot/ballot.validator';
export type {
  BallotConstraints,
  BallotToValidate,
  BallotValidation,
  BallotViolation,
} from './ballot/ballot.validator';
export { ballotMessage } from './ballot/ballot.messages';
export type { BallotViolationCode, BallotViolationParams } from './ballot/ballot.messages';
