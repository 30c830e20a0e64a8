import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Transform, Type } from 'class-transformer';

import type { LocalizedText, Page } from './error.contracts';

/** voirie, éclairage, espaces verts, école, … (codes in ASCII; labels come from the UI dictionary). */
export const WORK_CATEGORIES = [
  'voirie',
  'eclairage',
  'espaces_verts',
  'ecole',
  'sport',
  'culture',
  'proprete',
  'mobilite',
  'batiment',
  'autre',
] as const;
export type WorkCategory = (typeof WORK_CATEGORIES)[number];

/** à l'étude → programmé → en travaux → terminé; abandonné (with a reason) from any of them. */
export const WORK_STATUSES = ['a_l_etude', 'programme', 'en_travaux', 'termine', 'abandonne'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];

/** Where a work comes from: planned by the city, a funded budget project, a retained idea. */
export const WORK_SOURCES = ['planned', 'budget_project', 'idea'] as const;
export type WorkSource = (typeof WORK_SOURCES)[number];

/** Photos of a timeline entry: before / after the works, or simply during. */
export const WORK_PHOTO_KINDS = ['before', 'after', 'during'] as const;
export type WorkPhotoKind = (typeof WORK_PHOTO_KINDS)[number];

/**
 * Where the work is: a GeoJSON Point or LineString in WGS84 ([lng, lat]), inside the work's
 * territory; a line has 2 to 500 points and is at most 20 km long.
 */
export type WorkPlace =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'LineString'; coordinates: Array<[number, number]> };

const MAX_CENTS = 1e14;

/** Fields staff set on a work (create: see CreateWorkRequest; update: all optional). */
export class WorkFieldsInput {
  @IsOptional() @IsString() @MaxLength(20000) description?: string;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) estimatedCostCents?: number | null;
  @IsOptional() @IsInt() @Min(1) @Max(36500) estimatedDurationDays?: number | null;
  /** GeoJSON Point or LineString, checked by the API (WGS84, inside the territory, size caps). */
  @IsOptional() @IsObject() place?: WorkPlace | null;
  /** Own progress 0–100; ignored for a parent work (its progress is computed from its children). */
  @IsOptional() @IsInt() @Min(0) @Max(100) progress?: number;
  /** YYYY-MM-DD */
  @IsOptional() @IsISO8601({ strict: true }) plannedStartOn?: string | null;
  @IsOptional() @IsISO8601({ strict: true }) plannedEndOn?: string | null;
  @IsOptional() @IsISO8601({ strict: true }) actualStartOn?: string | null;
  @IsOptional() @IsISO8601({ strict: true }) actualEndOn?: string | null;
  /** The budget line (e.g. "2026-INV-VOIRIE-12"), if the city wishes to show it. */
  @IsOptional() @IsString() @MaxLength(100) budgetLine?: string | null;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) amountSpentCents?: number | null;
  /** A work of the same commune; no cycles. */
  @IsOptional() @IsUUID() parentId?: string | null;
}

/** POST /api/works — staff of the quartier (or of its commune). */
export class CreateWorkRequest extends WorkFieldsInput {
  /** The quartier (or the commune for city-wide works). */
  @IsUUID() territoryId!: string;
  @IsString() @Length(1, 200) title!: string;
  @IsIn(WORK_CATEGORIES) category!: WorkCategory;
  @IsOptional() @IsIn(WORK_STATUSES) status?: WorkStatus;
  /** Required when status is `abandonne`. */
  @IsOptional() @IsString() @Length(1, 2000) statusReason?: string | null;
}

/** PATCH /api/works/:id — every field optional. A status change adds a timeline entry and is pushed live. */
export class UpdateWorkRequest extends WorkFieldsInput {
  @IsOptional() @IsUUID() territoryId?: string;
  @IsOptional() @IsString() @Length(1, 200) title?: string;
  @IsOptional() @IsIn(WORK_CATEGORIES) category?: WorkCategory;
  @IsOptional() @IsIn(WORK_STATUSES) status?: WorkStatus;
  @IsOptional() @IsString() @Length(1, 2000) statusReason?: string | null;
}

/** POST /api/works/:id/timeline — a dated update; photos are added after, one by one. */
export class CreateTimelineEntryRequest {
  @IsString() @Length(1, 5000) text!: string;
  /** YYYY-MM-DD; defaults to today. */
  @IsOptional() @IsISO8601({ strict: true }) occurredOn?: string;
  /** Optionally moves the work's progress at the same time. */
  @IsOptional() @IsInt() @Min(0) @Max(100) progress?: number;
}

/** Multipart fields sent with the photo file (field `file`), POST /api/works/:id/timeline/:entryId/photos. */
export class TimelinePhotoFieldsRequest {
  @IsIn(WORK_PHOTO_KINDS) kind!: WorkPhotoKind;
  @IsString() @Length(1, 300) alt!: string;
}

/** GET /api/works query. */
export class WorkListQuery {
  /** A commune: all its works; a quartier: that quartier's works. */
  @IsOptional() @IsUUID() territoryId?: string;
  @IsOptional() @IsIn(WORK_STATUSES) status?: WorkStatus;
  @IsOptional() @IsIn(WORK_CATEGORIES) category?: WorkCategory;
  /** Only top-level works (children are listed in their parent's page). */
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean() topLevelOnly?: boolean;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100000) page?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) pageSize?: number;
}

/** POST /api/works/from-idea — a retained idea becomes a planned work (status `a_l_etude`). */
export class WorkFromIdeaRequest {
  @IsUUID() proposalId!: string;
  @IsOptional() @IsIn(WORK_CATEGORIES) category?: WorkCategory;
  /** Defaults to the idea's quartier. */
  @IsOptional() @IsUUID() territoryId?: string;
  @IsOptional() @IsInt() @Min(0) @Max(MAX_CENTS) estimatedCostCents?: number | null;
}

/** PUT /api/works/follow-preferences — the automatic follow of funded projects of budgets one voted in. */
export class WorkFollowPreferencesRequest {
  @IsBoolean() autoFollowFundedProjects!: boolean;
}

/** POST /api/works/unsubscribe — the one-click link of every notification (no sign-in). */
export class WorkUnsubscribeRequest {
  @IsString() @Length(10, 1000) token!: string;
}

export interface WorkSourceRef {
  kind: WorkSource;
  /** The idea (source `idea`) or the proposal behind the budget project, when any. */
  proposalId: string | null;
  /** The funded ballot project (source `budget_project`). */
  ballotProjectId: string | null;
  /** The budget or ideas process. */
  processId: string | null;
  processSlug: string | null;
}

/** A work as listed (list, map, open data). */
export interface WorkSummary {
  id: string;
  territoryId: string;
  territoryName: string;
  /** The commune the territory belongs to (itself for a city-wide work). */
  communeId: string;
  title: string;
  category: WorkCategory;
  status: WorkStatus;
  /** Why it was abandoned (status `abandonne`), else null. */
  statusReason: string | null;
  /** 0–100; for a parent, the cost-weighted average of its children (equal weights when no cost). */
  progress: number;
  /** True when progress is computed from children. */
  progressComputed: boolean;
  estimatedCostCents: number | null;
  estimatedDurationDays: number | null;
  place: WorkPlace | null;
  plannedStartOn: string | null;
  plannedEndOn: string | null;
  actualStartOn: string | null;
  actualEndOn: string | null;
  budgetLine: string | null;
  amountSpentCents: number | null;
  parentId: string | null;
  childCount: number;
  source: WorkSourceRef;
  updatedAt: string;
}

export interface WorkPhoto {
  id: string;
  kind: WorkPhotoKind;
  alt: string;
  /** Public URL path of the image (uploads/). */
  url: string;
}

export interface TimelineEntry {
  id: string;
  occurredOn: string;
  text: string;
  /** The status this entry moved the work to, when it did. */
  status: WorkStatus | null;
  progress: number | null;
  photos: WorkPhoto[];
  createdAt: string;
}

/** GET /api/works/:id — the work's page. */
export interface WorkDetail extends WorkSummary {
  description: string;
  parent: { id: string; title: string } | null;
  children: WorkSummary[];
  /** Newest first. */
  timeline: TimelineEntry[];
  followers: number;
  /** For the signed-in resident (null when anonymous). */
  following: boolean | null;
}

export type WorkPage = Page<WorkSummary>;

/** GET /api/works/open-data.geojson — the works with a place (open data and the public map). */
export interface WorkFeatureCollection {
  type: 'FeatureCollection';
  features: Array<{
    type: 'Feature';
    id: string;
    geometry: WorkPlace;
    properties: {
      title: string;
      category: WorkCategory;
      status: WorkStatus;
      progress: number;
      territoryId: string;
      territoryName: string;
      estimatedCostCents: number | null;
      plannedStartOn: string | null;
      plannedEndOn: string | null;
      parentId: string | null;
      url: string;
    };
  }>;
}

/** Live event on topic `works:<communeId>` (SSE GET /api/works/live?territoryId=…): ids only. */
export interface WorkLiveEvent {
  workId: string;
  change: 'created' | 'updated' | 'status' | 'timeline' | 'photo';
  status: WorkStatus;
  progress: number;
}

export interface WorkFollowState {
  workId: string;
  following: boolean;
}

export interface WorkFollowPreferences {
  autoFollowFundedProjects: boolean;
}

export interface WorkUnsubscribeResult {
  /** The work no longer followed; null when the link (a digest's) stopped every works e-mail. */
  workId: string | null;
  title: string | null;
  message: LocalizedText;
}

/** POST /api/works/import (text/csv): the good rows are applied in one transaction, the bad ones reported. */
export interface WorkImportReport {
  created: number;
  updated: number;
  rejected: Array<{ line: number; reason: LocalizedText }>;
}

/**
 * Columns of the works CSV (import and open data), separator `;`, UTF-8. `id` empty = new work;
 * `place` is GeoJSON text; dates YYYY-MM-DD; amounts in euros with a dot for cents.
 */
export const WORK_CSV_COLUMNS = [
  'id',
  'territory_id',
  'title',
  'category',
  'status',
  'status_reason',
  'progress',
  'estimated_cost_eur',
  'estimated_duration_days',
  'planned_start_on',
  'planned_end_on',
  'actual_start_on',
  'actual_end_on',
  'budget_line',
  'amount_spent_eur',
  'place',
  'description',
] as const;
