import { Decimal } from '../numbers/decimal.value';

/** The kinds of ballot Pabulib knows. `choose-1` is read as approval of one project, as pabutools does. */
export type VoteType = 'approval' | 'ordinal' | 'cumulative' | 'scoring' | 'choose-1';

export const VOTE_TYPES: readonly VoteType[] = ['approval', 'ordinal', 'cumulative', 'scoring', 'choose-1'];

/** One row of the PROJECTS section. */
export interface PabulibProject {
  /** `project_id`, an opaque string (`24`, `c12`, `BO.D1.2/25`). */
  readonly id: string;
  /** `cost`, exact. */
  readonly cost: Decimal;
  /** Every other column of the row, raw, keyed by header name (`name`, `votes`, `selected`, ...). */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * The VOTES section, stored by column so that a million ballots fit in a few typed arrays instead of
 * a million objects. Ballot `v` lists `projects[offsets[v] .. offsets[v + 1])`, indices into
 * {@link PabulibInstance.projects}, in file order (the ranking order for ordinal ballots).
 */
export interface PabulibVotes {
  /** Header order, including `voter_id`, `vote` and `points` when present. */
  readonly columns: readonly string[];
  readonly voterIds: readonly string[];
  readonly offsets: Int32Array;
  readonly projects: Int32Array;
  /**
   * Points parallel to `projects`, as integers in units of 10^-pointScale (exact: points are small
   * numbers written in base 10); null when the file has no `points` column.
   */
  readonly points: Float64Array | null;
  readonly pointScale: number;
  /** Other voter columns (`age`, `sex`, `voting_method`, ...), raw, one string per voter. */
  readonly extra: Readonly<Record<string, readonly string[]>>;
}

/** A participatory-budgeting election as a Pabulib file describes it. */
export interface PabulibInstance {
  /**
   * Every META field in file order, raw, unknown keys included. `budget` is stored in its exact
   * normalised writing (a decimal comma becomes a point).
   */
  readonly meta: ReadonlyMap<string, string>;
  readonly budget: Decimal;
  readonly voteType: VoteType;
  /** Header order of PROJECTS, including `project_id` and `cost`. */
  readonly projectColumns: readonly string[];
  readonly projects: readonly PabulibProject[];
  readonly votes: PabulibVotes;
}

/** Number of ballots. */
export function voterCount(instance: PabulibInstance): number {
  return instance.votes.voterIds.length;
}

/** The project ids of ballot `voter`, in file order. */
export function ballotProjectIds(instance: PabulibInstance, voter: number): string[] {
  const { offsets, projects } = instance.votes;
  const ids: string[] = [];
  for (let k = offsets[voter]; k < offsets[voter + 1]; k++) ids.push(instance.projects[projects[k]].id);
  return ids;
}

/** The points of ballot `voter` as exact decimals, or null without a points column. */
export function ballotPoints(instance: PabulibInstance, voter: number): Decimal[] | null {
  const { offsets, points, pointScale } = instance.votes;
  if (!points) return null;
  const values: Decimal[] = [];
  for (let k = offsets[voter]; k < offsets[voter + 1]; k++) values.push(Decimal.of(points[k], pointScale));
  return values;
}

/** Reads an optional integer META field (`min_length`, `max_length`, ...). */
export function metaInteger(instance: PabulibInstance, key: string): number | undefined {
  const raw = instance.meta.get(key);
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isInteger(value) ? value : undefined;
}

/** Reads an optional decimal META field (`max_sum_cost`, `max_sum_points`, ...). */
export function metaDecimal(instance: PabulibInstance, key: string): Decimal | undefined {
  const raw = instance.meta.get(key);
  if (raw === undefined) return undefined;
  return Decimal.tryParse(raw.replace(',', '.')) ?? undefined;
}
