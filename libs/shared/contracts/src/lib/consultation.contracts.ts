import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Transform, Type } from 'class-transformer';

import type { LocalizedText } from './error.contracts';

/*
 * Consultations: surveys officials launch, residents answer, everyone sees the results.
 *
 * The question model, the response validator and the results aggregate live in
 * @agora/consultation-rules, which contracts may not import (lint boundary). The shapes below are
 * therefore generic: `TDefinition` is `ConsultationDefinition` and `TResults` is
 * `ConsultationResults` from @agora/consultation-rules, e.g.
 * `ConsultationDetail<ConsultationDefinition>` in the browser. The defaults are the minimal
 * structure both satisfy, so the API (which fills them) and the web (which narrows them) agree.
 */

/** draft: only the team sees it; published: visible, answerable between its dates; closed: final. */
export const CONSULTATION_STATUSES = ['draft', 'published', 'closed'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** everyone: any signed-in resident; quartiers: residents of the chosen quartiers; verified: verified accounts only. */
export const CONSULTATION_AUDIENCES = ['everyone', 'quartiers', 'verified'] as const;
export type ConsultationAudience = (typeof CONSULTATION_AUDIENCES)[number];

/** live: partial results public while open; staff: only the team sees them until closing; after_close: nobody until closing. */
export const RESULTS_VISIBILITIES = ['live', 'staff', 'after_close'] as const;
export type ResultsVisibility = (typeof RESULTS_VISIBILITIES)[number];

/** How an answer came in: online by the resident, or entered by staff at the counter. */
export const CONSULTATION_CHANNELS = ['online', 'counter'] as const;
export type ConsultationChannel = (typeof CONSULTATION_CHANNELS)[number];

/** Minimal structure of @agora/consultation-rules' ConsultationDefinition. */
export interface ConsultationDefinitionShape {
  questions: Array<{ id: string; type: string }>;
}

/** Minimal structure of @agora/consultation-rules' ConsultationResults. */
export interface ConsultationResultsShape {
  respondents: number;
  questions: Array<{ questionId: string; type: string; kind: string; seen: number; answered: number }>;
}

/** A picture shown with the context (uploaded through the attachments endpoint). */
export class ConsultationImageInput {
  /** URL returned by the attachments endpoint. */
  @IsString() @MaxLength(500) path!: string;
  /** Text alternative; empty for a decorative picture. */
  @IsString() @MaxLength(300) alt!: string;
}

/** A document attached to the context (PDF, uploaded through the attachments endpoint). */
export class ConsultationDocumentInput {
  @IsString() @MaxLength(500) path!: string;
  /** Name shown in the link, e.g. "Plan de la halle (PDF, 2 pages)". */
  @IsString() @Length(1, 200) name!: string;
}

/**
 * Creates (POST) or replaces (PUT) a consultation. Once published, the territory, audience and
 * anonymity can no longer change; once the first answer arrived, `definition` may only change in
 * wording (typo fixes, audited), see the README.
 */
export class SaveConsultationRequest {
  /** Commune or métropole (officials and admins of it, or their staff, manage it). */
  @IsUUID() territoryId!: string;

  @IsString()
  @Length(1, 80)
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  slug!: string;

  @IsString() @Length(1, 200) title!: string;

  @IsOptional() @IsString() @MaxLength(1000) summary?: string;

  /** Rich text; sanitised by the API (the same allow-list as processes). */
  @IsOptional() @IsString() @MaxLength(100000) contextHtml?: string;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ConsultationImageInput)
  images?: ConsultationImageInput[];

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ConsultationDocumentInput)
  documents?: ConsultationDocumentInput[];

  /** ISO 8601; null: opens when published. */
  @IsOptional() @IsISO8601() opensAt?: string | null;
  /** ISO 8601; null: stays open until closed by hand. */
  @IsOptional() @IsISO8601() closesAt?: string | null;

  @IsIn(CONSULTATION_AUDIENCES) audience!: ConsultationAudience;
  /** Quartiers of the territory, required (at least one) when audience is `quartiers`. */
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true }) quartierIds?: string[];

  @IsBoolean() anonymous!: boolean;
  @IsIn(RESULTS_VISIBILITIES) resultsVisibility!: ResultsVisibility;
  /** One question per screen on small phones. */
  @IsOptional() @IsBoolean() onePerScreen?: boolean;
  /**
   * Residents may also answer at the town-hall counter. Every respondent, online too, then gives last
   * name, first name and birth date, kept in the register as a salted hash only, so one person is
   * counted once whichever channel came first. Fixed once published.
   */
  @IsOptional() @IsBoolean() counterAnswers?: boolean;

  /** A ConsultationDefinition, checked by validateConsultationDefinition (problems → 400 with fields). */
  @IsObject() definition!: Record<string, unknown>;
}

/** A resident's answers, kept as a draft (partial answers are accepted, checked like the final ones). */
export class SaveDraftRequest {
  /** Answers by question id, as @agora/consultation-rules' `Answers`. */
  @IsObject() answers!: Record<string, unknown>;
}

/** A resident's final answers. */
export class SubmitResponseRequest {
  @IsObject() answers!: Record<string, unknown>;
  /** E-mail me when the conclusions are published (stored in the register, never with the answers). */
  @IsOptional() @IsBoolean() notifyMe?: boolean;
  /**
   * Required when the consultation takes counter answers (`counterAnswers`): who answers, hashed
   * with the consultation's salt into the register so a counter answer of the same person is refused.
   */
  @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  /** YYYY-MM-DD */
  @IsOptional() @IsISO8601({ strict: true }) birthDate?: string;
}

/**
 * The resident at the counter: last name, first name and birth date (always, to match an online
 * answer of the same person), and their account's e-mail when they have one. Used alone to check
 * whether they already answered (`counter-check`).
 */
export class CounterIdentityRequest {
  @IsOptional() @IsString() @MaxLength(254) email?: string;
  @IsOptional() @IsString() @Length(1, 100) lastName?: string;
  @IsOptional() @IsString() @Length(1, 100) firstName?: string;
  /** YYYY-MM-DD */
  @IsOptional() @IsISO8601({ strict: true }) birthDate?: string;
}

/**
 * Answers a member of staff enters at the counter for a resident who came in person; the register
 * allows one answer per person whatever the channel.
 */
export class CounterResponseRequest extends CounterIdentityRequest {
  @IsObject() answers!: Record<string, unknown>;
  /** The quartier staff checked on a proof of address, for the results filters. */
  @IsOptional() @IsUUID() quartierId?: string;
  /** Only with an account's e-mail: the resident agreed to be told of the conclusions. */
  @IsOptional() @IsBoolean() notifyMe?: boolean;
}

/** Staff hide a free text that contains personal data (audited); it disappears from results and exports. */
export class HideTextRequest {
  @IsString() @Length(1, 100) questionId!: string;
  /** The text's id as given in the results (TextEntry.id). */
  @IsString() @Length(1, 200) textId!: string;
  @IsOptional() @IsString() @MaxLength(300) reason?: string;
}

/** Answers tried against the definition without storing anything (the preview's "check my answers"). */
export class PreviewCheckRequest {
  @IsObject() answers!: Record<string, unknown>;
  /** Check a draft (required questions let through). */
  @IsOptional() @IsBoolean() partial?: boolean;
}

/** "Ce que nous retenons" and the decisions taken, written by officials (rich text, sanitised). */
export class ConclusionsRequest {
  @IsString() @Length(1, 100000) retainedHtml!: string;
  @IsOptional() @IsString() @MaxLength(100000) decisionsHtml?: string;
}

export class ConsultationListQuery {
  @IsOptional() @IsIn(CONSULTATION_STATUSES) status?: ConsultationStatus;
  @IsOptional() @IsUUID() territoryId?: string;
}

/** Query of the results endpoint. */
export class ConsultationResultsQuery {
  /** Only the respondents of this quartier. */
  @IsOptional() @IsUUID() quartierId?: string;
  /** Page of one question's free texts: `questionId:offset` (repeatable). */
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? [value] : value))
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  textOffset?: string[];
  /** Texts per page, 20 by default, 100 at most. */
  @IsOptional() @Matches(/^[1-9][0-9]?$|^100$/) textLimit?: string;
}

export interface ConsultationQuartier {
  id: string;
  name: string;
}

export interface ConsultationImage {
  path: string;
  alt: string;
}

export interface ConsultationDocument {
  path: string;
  name: string;
}

/** An uploaded attachment, to put in `images` or `documents` of the next save. */
export interface ConsultationAttachment {
  path: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';
  bytes: number;
}

export interface ConsultationSummary {
  id: string;
  slug: string;
  territoryId: string;
  territoryName: string;
  title: string;
  summary: string;
  status: ConsultationStatus;
  opensAt: string | null;
  closesAt: string | null;
  /** Published and between its dates: answers are accepted now. */
  acceptingAnswers: boolean;
  anonymous: boolean;
  /** Number of people who answered (online and at the counter). */
  respondents: number;
}

/** Conclusions; `publishedAt` null means only the team sees them (a draft). */
export interface ConsultationConclusions {
  retainedHtml: string;
  decisionsHtml: string;
  publishedAt: string | null;
}

/** One open-data file, public once the results and conclusions are published. */
export interface ConsultationOpenDataFile {
  kind: 'answers-csv' | 'answers-xlsx' | 'results-json';
  filename: string;
  url: string;
  sha256: string;
  bytes: number;
}

/** The signed-in person and this consultation. */
export interface MyConsultationParticipation {
  /** True when the person may submit now. */
  canAnswer: boolean;
  /** Why not, in plain words (already answered, not in the audience, not open yet, closed…), or null. */
  reason: LocalizedText | null;
  answered: boolean;
  /**
   * The saved draft's answers, identified consultations only (deleted in the submission's own
   * transaction). Anonymous consultations keep drafts in the resident's browser, never on the server.
   */
  draft: Record<string, unknown> | null;
  draftSavedAt: string | null;
}

export interface ConsultationDetail<TDefinition = ConsultationDefinitionShape> extends ConsultationSummary {
  /** Sanitised HTML, safe to render. */
  contextHtml: string;
  images: ConsultationImage[];
  documents: ConsultationDocument[];
  audience: ConsultationAudience;
  /** The quartiers of the audience (empty unless audience is `quartiers`). */
  quartiers: ConsultationQuartier[];
  resultsVisibility: ResultsVisibility;
  onePerScreen: boolean;
  /** Residents may also answer at the counter: online respondents give name and birth date too. */
  counterAnswers: boolean;
  definition: TDefinition;
  /** Increases with every saved change of the definition. */
  definitionVersion: number;
  /** True once the first answer arrived: only wording can change. */
  locked: boolean;
  /** Whether the person asking may see the results now. */
  resultsAvailable: boolean;
  /** Published conclusions (or the draft, for the team). */
  conclusions: ConsultationConclusions | null;
  /** Open-data files; empty until published. */
  files: ConsultationOpenDataFile[];
  /** Null for a visitor who is not signed in. */
  me: MyConsultationParticipation | null;
  createdAt: string;
  updatedAt: string;
}

/** Back-office view: the detail plus participation and the team's permissions. */
export interface StaffConsultationDetail<
  TDefinition = ConsultationDefinitionShape,
> extends ConsultationDetail<TDefinition> {
  participation: { online: number; counter: number; drafts: number };
  /** Official or admin of the territory (may publish, close, write conclusions); staff may prepare. */
  canPublish: boolean;
  /** Number of free texts hidden by staff. */
  hiddenTexts: number;
}

/** What a save of the definition was, for the builder's message. */
export interface SaveConsultationResult<TDefinition = ConsultationDefinitionShape> {
  consultation: StaffConsultationDetail<TDefinition>;
  /** none, wording-only (a typo fix, audited once answers exist) or structural. */
  definitionChange: 'none' | 'wording-only' | 'structural';
}

/** A refused answer tied to its question (same as @agora/consultation-rules' ResponseError). */
export interface ConsultationResponseError {
  questionId: string | null;
  code: string;
  message: LocalizedText;
}

export interface PreviewCheckResult {
  valid: boolean;
  errors: ConsultationResponseError[];
}

/** A free text staff hid (team only): to check the reason and show it again if it was hidden by mistake. */
export interface HiddenConsultationText {
  textId: string;
  questionId: string;
  /** The hidden text itself (or the "Autre" text of a choice). */
  text: string;
  reason: string;
  hiddenAt: string;
  /** Display name of the member of staff who hid it, null once their account is gone. */
  hiddenBy: string | null;
}

/** Whether the person at the counter already answered (from the register: channel and day, never the answers). */
export interface CounterCheck {
  answered: boolean;
  channel: ConsultationChannel | null;
  /** YYYY-MM-DD */
  answeredOn: string | null;
  message: LocalizedText;
}

/** After a resident's submission or a counter answer: recorded, nothing about the content. */
export interface ResponseRecorded {
  status: 'recorded';
  channel: ConsultationChannel;
  message: LocalizedText;
}

export interface DraftSaved {
  savedAt: string;
}

export interface ConsultationResultsPage<TResults = ConsultationResultsShape> {
  consultationId: string;
  results: TResults;
  /** Quartiers usable as a filter (the territory's). */
  quartiers: ConsultationQuartier[];
  quartierId: string | null;
  /** True once closed: these are the final results. */
  final: boolean;
  /** ISO 8601 time these results were computed. */
  computedAt: string;
}

/** Sent on the SSE stream (`event: results`) when answers arrive; coalesced to one per second at most. */
export interface ConsultationLiveEvent {
  consultationId: string;
  respondents: number;
}
