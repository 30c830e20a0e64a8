import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';

/** What a "démarche participative" is: a budget participatif, an idea box, a prioritisation. */
export const PROCESS_KINDS = ['budget', 'ideas', 'prioritisation'] as const;
export type ProcessKind = (typeof PROCESS_KINDS)[number];

/** The phases of a process, in the order they follow each other. */
export const PROCESS_PHASES = ['draft', 'proposals', 'assessment', 'vote', 'results', 'follow_up', 'closed'] as const;
export type ProcessPhase = (typeof PROCESS_PHASES)[number];
/** The phases that can be scheduled (draft is where every process starts). */
export const SCHEDULED_PHASES = ['proposals', 'assessment', 'vote', 'results', 'follow_up', 'closed'] as const;
export type ScheduledPhase = (typeof SCHEDULED_PHASES)[number];

/** One dated phase of the timeline. */
export class PhaseWindowInput {
  @IsIn(SCHEDULED_PHASES)
  phase!: ScheduledPhase;

  /** ISO 8601 date-time. */
  @IsISO8601()
  startsAt!: string;

  @IsOptional()
  @IsISO8601()
  endsAt?: string | null;
}

export class CreateProcessRequest {
  /** The commune (or métropole) the process belongs to; officials and admins of it create processes. */
  @IsUUID()
  territoryId!: string;

  @IsIn(PROCESS_KINDS)
  kind!: ProcessKind;

  @IsString()
  @Length(1, 80)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  slug!: string;

  @IsString()
  @Length(1, 200)
  title!: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string;

  /** Rich text; sanitised by the API (allow-list of tags and attributes). */
  @IsOptional()
  @IsString()
  @MaxLength(100000)
  descriptionHtml?: string;

  /** Only null on creation: the image is sent afterwards to `POST /api/processes/:id/image`. */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  imagePath?: string | null;

  /** Replaces the whole timeline when given. */
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => PhaseWindowInput)
  schedule?: PhaseWindowInput[];
}

export class UpdateProcessRequest {
  @IsOptional()
  @IsString()
  @Length(1, 200)
  title?: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  summary?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100000)
  descriptionHtml?: string;

  /** null removes the image; any other value must be the current one (images are uploaded, never linked). */
  @IsOptional()
  @IsString()
  @MaxLength(500)
  imagePath?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  @Type(() => PhaseWindowInput)
  schedule?: PhaseWindowInput[];
}

/** Moves a process to another phase by hand (audited). */
export class ChangePhaseRequest {
  @IsIn(PROCESS_PHASES)
  phase!: ProcessPhase;
}

export class ProcessListQuery {
  @IsOptional()
  @IsUUID()
  territoryId?: string;
}

export interface PhaseWindow {
  phase: ScheduledPhase;
  startsAt: string;
  endsAt: string | null;
}

export interface ProcessSummary {
  id: string;
  territoryId: string;
  territoryName: string;
  kind: ProcessKind;
  slug: string;
  title: string;
  summary: string;
  imagePath: string | null;
  phase: ProcessPhase;
}

export interface ProcessDetail extends ProcessSummary {
  /** Sanitised HTML, safe to render. */
  descriptionHtml: string;
  schedule: PhaseWindow[];
  createdAt: string;
  updatedAt: string;
}

/** The processes a person runs from the back office, optionally of one kind. */
export class ManagedProcessQuery {
  @IsOptional()
  @IsIn(PROCESS_KINDS)
  kind?: ProcessKind;
}

/** A process in the back office: `official` may edit it and its rules; `staff` run it (counter, assessment…). */
export interface ManagedProcess extends ProcessSummary {
  role: 'official' | 'staff';
  /** The next dated phase after the current one, if any. */
  nextPhase: PhaseWindow | null;
  updatedAt: string;
}
