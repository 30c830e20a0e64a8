import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

import type { LocalizedText } from './error.contracts';
import type { ProcessDetail } from './process.contracts';
import type { WorkCategory, WorkPlace, WorkStatus } from './works.contracts';

/** ranking: residents order the works; points: residents spread 100 points over them. */
export const PRIORITISATION_MODES = ['ranking', 'points'] as const;
export type PrioritisationMode = (typeof PRIORITISATION_MODES)[number];
/** How rankings are counted (mode `ranking`); points are ranked by average points. */
export const PRIORITISATION_RANKING_RULES = ['borda', 'schulze'] as const;
export type PrioritisationRankingRule = (typeof PRIORITISATION_RANKING_RULES)[number];

/** The points every resident spreads in mode `points`. */
export const PRIORITISATION_POINTS = 100;

/**
 * POST /api/processes/:processId/prioritisation — an official opens the prioritisation of a
 * process of kind `prioritisation` (one per process) for one quartier's works.
 */
export class CreatePrioritisationRequest {
  /** A quartier of the process's commune. */
  @IsUUID() quartierId!: string;
  @IsIn(PRIORITISATION_MODES) mode!: PrioritisationMode;
  /** Required for mode `ranking`. */
  @IsOptional() @IsIn(PRIORITISATION_RANKING_RULES) rankingRule?: PrioritisationRankingRule | null;
  /** The works to prioritise (2 to 50, all of the quartier, not terminé/abandonné). */
  @IsArray() @ArrayMinSize(2) @ArrayMaxSize(50) @IsUUID('all', { each: true }) workIds!: string[];
}

/** PATCH — every field optional; refused with RULES_LOCKED once the first ballot is cast. */
export class UpdatePrioritisationRequest {
  @IsOptional() @IsIn(PRIORITISATION_MODES) mode?: PrioritisationMode;
  @IsOptional() @IsIn(PRIORITISATION_RANKING_RULES) rankingRule?: PrioritisationRankingRule | null;
  @IsOptional() @IsArray() @ArrayMinSize(2) @ArrayMaxSize(50) @IsUUID('all', { each: true }) workIds?: string[];
}

export class RankEntryInput {
  @IsUUID() workId!: string;
  /** 1 = first; ranks are distinct and run 1..n. */
  @IsInt() @Min(1) @Max(50) rank!: number;
}

export class PointsEntryInput {
  @IsUUID() workId!: string;
  @IsInt() @Min(0) @Max(PRIORITISATION_POINTS) points!: number;
}

/**
 * POST /api/processes/:processId/prioritisation/ballot — mode ranking: `ranking` orders every
 * work (or a top part of them); mode points: `points` sum to exactly 100.
 */
export class CastPrioritisationBallotRequest {
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => RankEntryInput)
  ranking?: RankEntryInput[];

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PointsEntryInput)
  points?: PointsEntryInput[];
}

export interface PrioritisationWork {
  id: string;
  title: string;
  category: WorkCategory;
  status: WorkStatus;
  description: string;
  estimatedCostCents: number | null;
  estimatedDurationDays: number | null;
  place: WorkPlace | null;
}

export interface Prioritisation {
  id: string;
  processId: string;
  quartierId: string;
  quartierName: string;
  mode: PrioritisationMode;
  rankingRule: PrioritisationRankingRule | null;
  /** 100 in mode points, null in mode ranking. */
  points: number | null;
  /** In a stable order per resident (seeded), so no work is favoured by its place in the list. */
  works: PrioritisationWork[];
  /** Set at the first ballot: the rules can no longer change. */
  lockedAt: string | null;
  /** The rules in plain words. */
  rulesText: LocalizedText;
}

/** GET /api/processes/:processId/prioritisation — the public page. */
export interface PrioritisationPage {
  process: ProcessDetail;
  prioritisation: Prioritisation;
  /** Null when not signed in. */
  me: { eligible: boolean; alreadyVoted: boolean; reason: LocalizedText } | null;
  resultsPublished: boolean;
}

/**
 * A ranking recorded at the town-hall counter (guichet) for a resident without internet, POST
 * /api/processes/:id/prioritisation/counter-ballot (process team). Staff identify the person by their
 * account's e-mail, or by last name, first name and birth date (kept as a salted hash only), and,
 * without a census, check a proof of address in the quartier (`quartierId`). Refused when the same
 * person already ranked, online or at the counter, and the other way round.
 */
export class CounterPrioritisationBallotRequest extends CastPrioritisationBallotRequest {
  @IsOptional() @IsString() @MaxLength(254) email?: string;
  @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  /** YYYY-MM-DD */
  @IsOptional() @IsISO8601({ strict: true }) birthDate?: string;
  /** The quartier staff checked on a proof of address. */
  @IsOptional() @IsUUID() quartierId?: string;
}

/** What staff see: that a ranking was recorded, never what it says, and no receipt code. */
export interface CounterPrioritisationResult {
  status: 'recorded';
  message: LocalizedText;
}

export interface CastPrioritisationResult {
  processId: string;
  /** Shown once: the only way to find this ballot in the published file. */
  receiptCode: string;
}

export interface PrioritisationWorkResult {
  workId: string;
  title: string;
  position: number;
  /** Borda points, Schulze wins or average points, as an exact decimal string. */
  score: string;
  /** Mode points: total points given. Mode ranking: ballots ranking it first. */
  total: number;
}

export interface PrioritisationOpenDataFile {
  kind: 'ballots-pabulib' | 'results-csv';
  filename: string;
  sha256: string;
  url: string;
}

/** GET /api/processes/:processId/prioritisation/results (public once published; staff before). */
export interface PrioritisationResults {
  processId: string;
  published: boolean;
  publishedAt: string | null;
  mode: PrioritisationMode;
  rule: PrioritisationRankingRule | 'average';
  ruleText: LocalizedText;
  ballotCount: number;
  /**
   * Who could take part: the process's census entries for the quartier when a census was imported,
   * else the accounts whose verified home quartier is the prioritisation's. Null when nobody is known.
   */
  eligibleCount: number | null;
  /** ballotCount / eligibleCount (0 to 1), null without an eligible count. */
  turnout: number | null;
  ranking: PrioritisationWorkResult[];
  /**
   * Mode ranking: pairwise[i][j] = ballots ranking ids[i] above ids[j] (a ranked work beats an
   * unranked one), and the Schulze strongest paths. Null in mode points.
   */
  pairwise: { ids: string[]; matrix: number[][]; strongestPath: number[][] } | null;
  files: PrioritisationOpenDataFile[];
}
