import {
  IsBoolean,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Type } from 'class-transformer';

/** A budget project, an idea of an idea box, or a shop wished at a place ("implantation de commerces"). */
export const PROPOSAL_KINDS = ['project', 'idea', 'shop'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** The kinds of shop residents can wish for; `other` lets them say more in the description. */
export const SHOP_TYPES = [
  'bakery',
  'grocer',
  'butcher',
  'greengrocer',
  'cafe',
  'restaurant',
  'bookshop',
  'pharmacy',
  'repairCafe',
  'hardware',
  'clothing',
  'market',
  'other',
] as const;
export type ShopType = (typeof SHOP_TYPES)[number];

/**
 * draft → published → feasible | notFeasible (budget assessment) → onBallot (made a ballot project by
 * the budgets module); a published proposal can also be withdrawn by its author or merged by staff.
 */
export const PROPOSAL_STATUSES = [
  'draft',
  'published',
  'withdrawn',
  'merged',
  'feasible',
  'notFeasible',
  'onBallot',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The statuses the public lists show unless asked otherwise. */
export const PROPOSAL_LISTED_STATUSES: readonly ProposalStatus[] = [
  'published',
  'feasible',
  'notFeasible',
  'onBallot',
];

/** Staff's public answer to an idea of an idea box. */
export const IDEA_ANSWERS = ['retained', 'studied', 'notRetained'] as const;
export type IdeaAnswer = (typeof IDEA_ANSWERS)[number];

export const PROPOSAL_DESCRIPTION_FORMATS = ['text', 'html'] as const;
export type ProposalDescriptionFormat = (typeof PROPOSAL_DESCRIPTION_FORMATS)[number];

export const PROPOSAL_SORTS = ['supports', 'newest', 'random'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

/** Replies nest at most this deep (0 = a comment on the proposal), so threads stay readable on a phone. */
export const COMMENT_MAX_DEPTH = 2;
export const PROPOSAL_IMAGE_MAX_BYTES = 5 * 1024 * 1024;
export const PROPOSAL_IMAGE_MAX_COUNT = 5;
export const PROPOSAL_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** Costs are in euro cents; a ceiling of 10 billion euros catches a misplaced decimal point. */
const MAX_COST_CENTS = 1_000_000_000_000;

/** Submitting a proposal in a process (POST /api/processes/:processId/proposals). */
export class CreateProposalRequest {
  @IsIn(PROPOSAL_KINDS)
  kind!: ProposalKind;

  /** Required when `kind` is `shop`, refused otherwise. */
  @IsOptional()
  @IsIn(SHOP_TYPES)
  shopType?: ShopType;

  @IsString()
  @Length(3, 150)
  title!: string;

  /** Plain text, or HTML when `descriptionFormat` is `html` (sanitised on the server). */
  @IsString()
  @Length(10, 20000)
  description!: string;

  @IsOptional()
  @IsIn(PROPOSAL_DESCRIPTION_FORMATS)
  descriptionFormat?: ProposalDescriptionFormat;

  /** A quartier of the process's territory; omitted for a city-wide proposal. */
  @IsOptional()
  @IsUUID()
  quartierId?: string;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  category?: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COST_CENTS)
  estimatedCostCents?: number;

  /** A point inside the proposal's territory; give both or neither. */
  @IsOptional()
  @IsLatitude()
  lat?: number;

  @IsOptional()
  @IsLongitude()
  lng?: number;

  /** The text alternative to the map point (an address, a landmark); none with no point means "no precise place". */
  @IsOptional()
  @IsString()
  @Length(1, 200)
  address?: string;

  /** Keep as a draft (only the author sees it) instead of publishing at once. */
  @IsOptional()
  @IsBoolean()
  draft?: boolean;
}

/** Editing one's proposal until the proposals phase ends; `null` clears an optional field. */
export class UpdateProposalRequest {
  @IsOptional()
  @IsIn(SHOP_TYPES)
  shopType?: ShopType | null;

  @IsOptional()
  @IsString()
  @Length(3, 150)
  title?: string;

  @IsOptional()
  @IsString()
  @Length(10, 20000)
  description?: string;

  @IsOptional()
  @IsIn(PROPOSAL_DESCRIPTION_FORMATS)
  descriptionFormat?: ProposalDescriptionFormat;

  /** `null` makes the proposal city-wide. */
  @IsOptional()
  @IsUUID()
  quartierId?: string | null;

  @IsOptional()
  @IsString()
  @Length(1, 60)
  category?: string | null;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COST_CENTS)
  estimatedCostCents?: number | null;

  @IsOptional()
  @IsLatitude()
  lat?: number | null;

  @IsOptional()
  @IsLongitude()
  lng?: number | null;

  @IsOptional()
  @IsString()
  @Length(1, 200)
  address?: string | null;
}

export class ProposalListQuery {
  /** A quartier's id, or `city` for the city-wide proposals. */
  @IsOptional()
  @Matches(/^(city|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i)
  quartierId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(60)
  category?: string;

  @IsOptional()
  @IsIn(PROPOSAL_KINDS)
  kind?: ProposalKind;

  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @IsOptional()
  @IsIn(PROPOSAL_SORTS)
  sort?: ProposalSort;

  /** With `sort=random`: the same seed gives the same order, so paging through a shuffled list is stable. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/)
  seed?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100000)
  page?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class SimilarProposalsQuery {
  @IsString()
  @Length(3, 150)
  title!: string;
}

export class CreateCommentRequest {
  @IsString()
  @Length(1, 5000)
  body!: string;

  /** The comment this one answers; omitted for a comment on the proposal itself. */
  @IsOptional()
  @IsUUID()
  parentId?: string;
}

/** Reporting a proposal or a comment to the moderators; also the staff's public reason to hide it. */
export class ReasonRequest {
  @IsString()
  @Length(3, 1000)
  reason!: string;
}

export class AssessProposalRequest {
  @IsBoolean()
  feasible!: boolean;

  /** Shown to everyone on the proposal page. */
  @IsString()
  @Length(3, 2000)
  reason!: string;

  /** Required for a feasible proposal of a budget process: what it would cost the city. */
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_COST_CENTS)
  finalCostCents?: number;
}

export class AnswerIdeaRequest {
  @IsIn(IDEA_ANSWERS)
  answer!: IdeaAnswer;

  @IsString()
  @Length(3, 2000)
  reason!: string;
}

export class MergeProposalRequest {
  /** The proposal that absorbs this one (same process). */
  @IsUUID()
  intoId!: string;
}
