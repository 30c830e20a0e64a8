import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

import type { LocalizedText } from './error.contracts';
import type { ProcessDetail } from './process.contracts';

/**
 * knapsack: pick projects up to the envelope (optionally spending at least a minimum);
 * approval: pick between min and max projects; cumulative: spread N points (at most M per project);
 * ranked: rank your top K projects (counted as approval of those K).
 */
export const BALLOT_KINDS = ['knapsack', 'approval', 'cumulative', 'ranked'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];
/** greedy: most votes first while money lasts; mes: Method of Equal Shares, completed by add1. */
export const COUNTING_RULES = ['greedy', 'mes'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];
/** default: more supporters, then lower cost, then project id; id: project id only. */
export const TIE_BREAK_RULES = ['default', 'id'] as const;
export type TieBreakRule = (typeof TIE_BREAK_RULES)[number];
export const VOTE_CHANNELS = ['online', 'counter', 'paper'] as const;
export type VoteChannel = (typeof VOTE_CHANNELS)[number];
/** Which proofs make a person eligible: a verified e-mail account, a census match, a check in person. */
export const VERIFICATIONS = ['email', 'census', 'in_person'] as const;
export type Verification = (typeof VERIFICATIONS)[number];
export const RESIDENCE_RULES = ['territory', 'census'] as const;
export type ResidenceRule = (typeof RESIDENCE_RULES)[number];

const MAX_CENTS = 1e14;

/** The ballot rules of an envelope; only the fields of its kind are used. */
export interface BallotRules {
  kind: BallotKind;
  minSpendCents: number | null;
  minProjects: number | null;
  /** approval: the most projects; ranked: K, the length of the ranking. */
  maxProjects: number | null;
  points: number | null;
  maxPointsPerProject: number | null;
}

export class BudgetRulesInput {
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) minSpendCents?: number | null;
  @IsOptional() @IsInt() @Min(0) @Max(1000) minProjects?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(1000) maxProjects?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(100000) points?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(100000) maxPointsPerProject?: number | null;
  @IsOptional() @IsIn(TIE_BREAK_RULES) tieBreak?: TieBreakRule;
  /** Minimum votes a project needs to be funded (null: none); locked with the other rules. */
  @IsOptional() @IsInt() @Min(1) @Max(10000000) minVotes?: number | null;
  @IsOptional() @IsInt() @Min(0) @Max(1000) position?: number;
}

export class CreateBudgetRequest extends BudgetRulesInput {
  /** The process's territory (city-wide) or one of its quartiers. */
  @IsUUID() territoryId!: string;
  @IsString() @Length(1, 200) name!: string;
  @IsInt() @Min(1) @Max(MAX_CENTS) amountCents!: number;
  @IsIn(BALLOT_KINDS) ballotKind!: BallotKind;
  @IsIn(COUNTING_RULES) countingRule!: CountingRule;
}

/** Every field optional; refused with RULES_LOCKED once the first ballot is cast. */
export class UpdateBudgetRequest extends BudgetRulesInput {
  @IsOptional() @IsString() @Length(1, 200) name?: string;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_CENTS) amountCents?: number;
  @IsOptional() @IsIn(BALLOT_KINDS) ballotKind?: BallotKind;
  @IsOptional() @IsIn(COUNTING_RULES) countingRule?: CountingRule;
}

export class BallotProjectInput {
  @IsOptional() @IsUUID() proposalId?: string | null;
  @IsString() @Length(1, 200) title!: string;
  @IsOptional() @IsString() @MaxLength(5000) description?: string;
  @IsInt() @Min(0) @Max(MAX_CENTS) costCents!: number;
  @IsOptional() @IsUUID() quartierId?: string | null;
  @IsOptional() @IsLongitude() lng?: number | null;
  @IsOptional() @IsLatitude() lat?: number | null;
  @IsOptional() @IsString() @MaxLength(300) address?: string | null;
  @IsOptional() @IsString() @MaxLength(100) category?: string | null;
  @IsOptional() @IsString() @MaxLength(500) imagePath?: string | null;
  @IsOptional() @IsInt() @Min(0) @Max(10000) position?: number;
}

export interface BallotProject {
  id: string;
  budgetId: string;
  proposalId: string | null;
  title: string;
  description: string;
  costCents: number;
  quartierId: string | null;
  lng: number | null;
  lat: number | null;
  /** Text alternative to the map point; null means "no precise place". */
  address: string | null;
  category: string | null;
  imagePath: string | null;
}

export interface Budget {
  id: string;
  processId: string;
  territoryId: string;
  territoryName: string;
  /** True for the envelope of the process's whole territory, false for a quartier's. */
  cityWide: boolean;
  name: string;
  amountCents: number;
  rules: BallotRules;
  countingRule: CountingRule;
  tieBreak: TieBreakRule;
  /** A project with fewer votes is not funded; null when the city set no threshold. */
  minVotes: number | null;
  /** Set when the first ballot was cast: the rules can no longer change. */
  lockedAt: string | null;
  /** The rules in plain words, as the public page states them. */
  rulesText: LocalizedText;
  projects: BallotProject[];
}

export class EligibilityRequest {
  @IsOptional() @IsInt() @Min(0) @Max(120) minimumAge?: number | null;
  @IsIn(RESIDENCE_RULES) residence!: ResidenceRule;
  @IsArray() @ArrayMaxSize(3) @IsIn(VERIFICATIONS, { each: true }) verifications!: Verification[];
}

export interface Eligibility {
  minimumAge: number | null;
  residence: ResidenceRule;
  verifications: Verification[];
  text: LocalizedText;
}

/** The public page of a budget process: the process, its envelopes and rules, who may vote. */
export interface BudgetProcessPage {
  process: ProcessDetail;
  budgets: Budget[];
  eligibility: Eligibility;
  resultsPublished: boolean;
}

/** For the signed-in resident: in which envelopes they may vote, and why (or why not, and what to do). */
export interface EligibilityCheck {
  eligible: boolean;
  budgets: Array<{ budgetId: string; name: string; eligible: boolean; alreadyVoted: boolean; reason: LocalizedText }>;
  summary: LocalizedText;
  /** What to do to become eligible, when not. */
  nextStep: LocalizedText | null;
}

export class CensusUploadRequest {
  /** CSV with a header: nom;prenom;date_naissance[;quartier] (quartier = slug of a quartier). */
  @IsString() @MaxLength(20_000_000) csv!: string;
}

export interface CensusUploadResult {
  imported: number;
  duplicates: number;
  rejected: Array<{ line: number; reason: LocalizedText }>;
}

export class CensusMatchRequest {
  @IsString() @Length(1, 100) lastName!: string;
  @IsString() @Length(1, 100) firstName!: string;
  /** YYYY-MM-DD */
  @IsISO8601({ strict: true }) birthDate!: string;
}

/**
 * The resident's own birth date, for a vote with a minimum age that accepts an e-mail check. Only
 * "old enough from day X" is kept, never the date, and nothing of it reaches the ballot box.
 */
export class AgeDeclarationRequest {
  /** YYYY-MM-DD */
  @IsISO8601({ strict: true }) birthDate!: string;
}

/** The ballot page: the envelopes the resident may vote in, projects in an order stable for them. */
export interface BallotPage {
  processId: string;
  budgets: Array<{ budget: Budget; alreadyVoted: boolean }>;
}

export class CastBallotRequest {
  @IsUUID() budgetId!: string;
  @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true }) projectIds!: string[];
  /** cumulative ballots: points given to each project, parallel to projectIds. */
  @IsOptional() @IsArray() @ArrayMaxSize(1000) @IsInt({ each: true }) points?: number[];
  /** Also send the receipt code by e-mail. */
  @IsOptional() @IsBoolean() emailReceipt?: boolean;
}

export interface CastBallotResult {
  budgetId: string;
  /** Shown once: the only way to find this ballot in the published file. */
  receiptCode: string;
}

/**
 * A ballot taken at the counter: the resident fills it on the counter's screen (`counter`) or staff
 * type in a paper ballot (`paper`). The person is identified by their account's e-mail, or by name
 * and birth date (checked against the census when there is one, or against an ID in person).
 */
export class CounterBallotRequest extends CastBallotRequest {
  @IsIn(['counter', 'paper']) channel!: 'counter' | 'paper';
  @IsOptional() @IsString() @MaxLength(254) email?: string;
  @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @IsOptional() @IsISO8601({ strict: true }) birthDate?: string;
  /** The quartier staff checked on a proof of address (without census). */
  @IsOptional() @IsUUID() quartierId?: string;
}

/** Who is at the counter, before staff start a ballot: an account's e-mail, or name and date of birth. */
export class CounterPrecheckRequest {
  @IsOptional() @IsString() @MaxLength(254) email?: string;
  @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  @IsOptional() @IsISO8601({ strict: true }) birthDate?: string;
}

/** Where the person at the counter already voted (from the register: envelope and channel, never the choice). */
export interface CounterPrecheck {
  votedIn: Array<{ budgetId: string; name: string; channel: VoteChannel }>;
  /** "Cette personne a déjà voté pour …" or "… n'a encore voté pour aucune enveloppe". */
  message: LocalizedText;
}

/** What staff see after a counter or paper ballot: that it was recorded, never what it says. */
export interface CounterBallotResult {
  status: 'recorded';
  message: LocalizedText;
  /**
   * The receipt code is never shown to staff (they could look the ballot up once published): it is
   * e-mailed to the resident when they have an account and ask for it (`emailReceipt`).
   */
  receiptMailed: boolean;
}

export interface ParticipationStats {
  processId: string;
  /** Ballots cast (one per person and envelope). */
  total: number;
  perDay: Array<{ day: string; count: number }>;
  perBudget: Array<{ budgetId: string; name: string; count: number }>;
  perQuartier: Array<{ quartierId: string | null; name: string; count: number }>;
  perChannel: Record<VoteChannel, number>;
}

export interface ProjectResult {
  id: string;
  title: string;
  costCents: number;
  votes: number;
  /** Total points for cumulative ballots. */
  points: number | null;
  funded: boolean;
  /** Why it was or was not funded, in plain words. */
  explanation: LocalizedText;
  /** Whether the greedy rule would have funded it (only when the declared rule is MES). */
  fundedByGreedy: boolean | null;
}

export interface OpenDataFile {
  id: string;
  budgetId: string | null;
  kind: 'pabulib' | 'projects-csv' | 'results-csv';
  filename: string;
  sha256: string;
  url: string;
}

export interface BudgetResult {
  budgetId: string;
  name: string;
  amountCents: number;
  usedCents: number;
  ballotCount: number;
  countingRule: CountingRule;
  ruleText: LocalizedText;
  projects: ProjectResult[];
  greedyComparison: { fundedIds: string[]; usedCents: number } | null;
}

export interface ProcessResults {
  processId: string;
  published: boolean;
  publishedAt: string | null;
  /** Distinct people who voted in at least one envelope. */
  participants: number;
  /** Share of the census list who voted, when the process has one. */
  turnout: number | null;
  budgets: BudgetResult[];
  files: OpenDataFile[];
}

/** Anyone can check a receipt once the results are published. */
export interface ReceiptCheck {
  found: boolean;
  budgetId: string;
  budgetName: string;
  /** The voter_id of this ballot in the published Pabulib file. */
  voterId: string;
  projects: Array<{ id: string; title: string; points: number | null }>;
  file: OpenDataFile | null;
}
