/** Machine-readable kind of a parse error, for callers that translate or count them. */
export type PabulibErrorCode =
  | 'syntax'
  | 'missing-section'
  | 'section-order'
  | 'missing-header'
  | 'missing-column'
  | 'duplicate-column'
  | 'column-count'
  | 'missing-meta'
  | 'invalid-meta'
  | 'duplicate-meta'
  | 'invalid-project'
  | 'duplicate-project'
  | 'invalid-cost'
  | 'unknown-project'
  | 'duplicate-vote'
  | 'duplicate-voter'
  | 'invalid-points'
  | 'content-outside-section';

/** A malformed file: says on which line (1-based) and what is wrong. */
export class PabulibParseError extends Error {
  constructor(
    readonly code: PabulibErrorCode,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'PabulibParseError';
  }
}
