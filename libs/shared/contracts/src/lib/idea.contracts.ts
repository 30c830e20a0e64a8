import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
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

import type { ProcessPhase } from './process.contracts';
import type { ProposalSummary } from './proposal-response.contracts';
import type { TerritoryBoundary } from './territory.contracts';
import { IDEA_ANSWERS, ProposalListQuery, SHOP_TYPES } from './proposal.contracts';
import type { IdeaAnswer, ProposalKind, ShopType } from './proposal.contracts';

// The idea box (boîte à idées, issue 6): a process of kind `ideas` with a theme and categories, whose
// proposals (ideas and shop wishes) are answered by staff instead of voted on.

/** Opening an idea box (POST /api/idea-boxes), by an official or admin of the commune. */
export class CreateIdeaBoxRequest {
  /** The commune (or métropole) the idea box belongs to. */
  @IsUUID()
  territoryId!: string;

  @IsString()
  @Length(1, 80)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  slug!: string;

  @IsString()
  @Length(3, 200)
  title!: string;

  /** What residents are asked about, e.g. « Quels commerces pour le centre-ville ? ». */
  @IsString()
  @Length(3, 300)
  theme!: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string;

  /** Rich text, sanitised by the API. */
  @IsOptional()
  @IsString()
  @MaxLength(100000)
  descriptionHtml?: string;

  /** The categories residents file their ideas under (at least one, each once). */
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique((c: string) => (typeof c === 'string' ? c.trim().toLowerCase() : c))
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  categories!: string[];

  /** ISO 8601: when residents may start submitting ideas (now or in the past opens the box at once). */
  @IsISO8601()
  opensAt!: string;

  /** ISO 8601: when submitting ends; answers go on afterwards (follow-up). */
  @IsISO8601()
  closesAt!: string;
}

/** Changing an idea box's theme or categories (the process's title and dates go through /api/processes). */
export class UpdateIdeaBoxRequest {
  @IsOptional()
  @IsString()
  @Length(3, 300)
  theme?: string;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique((c: string) => (typeof c === 'string' ? c.trim().toLowerCase() : c))
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  categories?: string[];
}

/** The answer filter of an idea box's list: an answer, or `none` for the ideas still waiting for one. */
export const IDEA_ANSWER_FILTERS = [...IDEA_ANSWERS, 'none'] as const;
export type IdeaAnswerFilter = (typeof IDEA_ANSWER_FILTERS)[number];

/**
 * GET /api/idea-boxes/:id/ideas: the proposals list's filters (quartier, category, kind, sort, paging),
 * plus the shop type and the town hall's answer.
 */
export class IdeaListQuery extends ProposalListQuery {
  @IsOptional()
  @IsIn(SHOP_TYPES)
  shopType?: ShopType;

  @IsOptional()
  @IsIn(IDEA_ANSWER_FILTERS)
  answer?: IdeaAnswerFilter;
}

/** GET /api/idea-boxes/:id/shop-demand/cells */
export class ShopDemandCellsQuery {
  @IsOptional()
  @IsIn(SHOP_TYPES)
  shopType?: ShopType;

  /** The side of a grid cell in metres (default 250). */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(50)
  @Max(5000)
  cellMetres?: number;
}

export const IDEA_CONVERSION_TARGETS = ['budgetProject', 'work'] as const;
export type IdeaConversionTarget = (typeof IDEA_CONVERSION_TARGETS)[number];

/**
 * Turning a retained idea into a project of a budget participatif (a proposal of that process, in its
 * proposals or assessment phase), POST /api/ideas/:id/budget-project.
 */
export class ConvertIdeaToBudgetProjectRequest {
  /** A budget process of the same commune, in its proposals or assessment phase. */
  @IsUUID()
  processId!: string;
}

/** The idea box as listed. */
export interface IdeaBoxSummary {
  id: string;
  slug: string;
  title: string;
  theme: string;
  summary: string;
  territoryId: string;
  territoryName: string;
  phase: ProcessPhase;
  categories: string[];
  opensAt: string | null;
  closesAt: string | null;
  /** Public ideas and shop wishes. */
  ideasCount: number;
  /** Of which answered by the town hall. */
  answeredCount: number;
}

export interface IdeaBoxDetail extends IdeaBoxSummary {
  /** Sanitised HTML, safe to render. */
  descriptionHtml: string;
  /** Public ideas per answer (`none`: not answered yet). */
  answers: Record<IdeaAnswerFilter, number>;
  /** The quartiers of the idea box's territory, for the filters, the form and the maps. */
  quartiers: Array<{ id: string; name: string; boundary: TerritoryBoundary | null }>;
}

/** What an idea became: a budget project or a planned work. */
export interface IdeaConversion {
  target: IdeaConversionTarget;
  /** The new proposal of the budget process, or the work. */
  targetId: string;
  /** For a budget project: the budget process. */
  processId: string | null;
  processSlug: string | null;
  title: string;
  at: string;
}

/** An idea in an idea box's list: a proposal with its answer. */
export interface IdeaSummary extends ProposalSummary {
  answer: IdeaAnswer | null;
  converted: IdeaConversionTarget | null;
}

/** A grid cell of the shop-demand map: wishes with a point, grouped by place (and shop type). */
export interface ShopDemandCell {
  /** Stable for a given cell size: `row:col`. */
  id: string;
  /** The cell's centre. */
  lat: number;
  lng: number;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
  wishes: number;
  supports: number;
  /** Wishes per shop type in this cell, most wished first. */
  byType: Array<{ shopType: ShopType; wishes: number }>;
}

export interface ShopDemandCells {
  cellMetres: number;
  cells: ShopDemandCell[];
  /** Public wishes without a point (an address or no precise place): counted per quartier only. */
  withoutPlace: number;
}

/** Ideas' answers as open data (GeoJSON, longitude first). */
export interface IdeaFeatureCollection {
  type: 'FeatureCollection';
  name: string;
  features: Array<{
    type: 'Feature';
    id: string;
    geometry: { type: 'Point'; coordinates: [number, number] } | null;
    properties: {
      title: string;
      kind: ProposalKind;
      shopType: ShopType | null;
      category: string | null;
      territoryId: string;
      territoryName: string;
      status: string;
      answer: IdeaAnswer | null;
      answerReason: string | null;
      supportsCount: number;
      commentsCount: number;
      address: string | null;
      publishedAt: string | null;
      url: string;
    };
  }>;
}

/**
 * What moderators hid in an idea box (GET /api/idea-boxes/:id/hidden, staff of the ideas' territories):
 * the ideas and comments they may bring back (POST /api/proposals/:id/unhide,
 * POST /api/proposals/comments/:commentId/unhide).
 */
export interface HiddenIdeaContent {
  target: 'idea' | 'comment';
  /** The idea's id, or the comment's. */
  id: string;
  ideaId: string;
  ideaTitle: string;
  /** The start of the hidden text (the idea's description or the comment). */
  excerpt: string;
  /** The public reason given when it was hidden. */
  reason: string;
  hiddenAt: string;
}
