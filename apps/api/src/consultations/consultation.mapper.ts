import type {
  ConsultationConclusions,
  ConsultationDetail,
  ConsultationOpenDataFile,
  ConsultationQuartier,
  ConsultationStatus,
  ConsultationSummary,
  MyConsultationParticipation,
} from '@agora/contracts';
import type { ConsultationDefinition } from '@agora/consultation-rules';

import { acceptsAnswers } from './answerability.rule';
import type { ConsultationEntity } from './consultation.entity';

/** Closed by hand, or past its closing date. */
export function isClosed(consultation: Pick<ConsultationEntity, 'status' | 'closesAt'>, now: Date): boolean {
  return (
    consultation.status === 'closed' ||
    (consultation.status === 'published' && !!consultation.closesAt && consultation.closesAt <= now)
  );
}

/** A published consultation past its closing date reads as closed, even before anyone closes it. */
export function effectiveStatus(
  consultation: Pick<ConsultationEntity, 'status' | 'closesAt'>,
  now: Date,
): ConsultationStatus {
  return isClosed(consultation, now) ? 'closed' : consultation.status;
}

export function toSummary(
  consultation: ConsultationEntity,
  territoryName: string,
  respondents: number,
  now: Date,
): ConsultationSummary {
  return {
    id: consultation.id,
    slug: consultation.slug,
    territoryId: consultation.territoryId,
    territoryName,
    title: consultation.title,
    summary: consultation.summary,
    status: effectiveStatus(consultation, now),
    opensAt: consultation.opensAt?.toISOString() ?? null,
    closesAt: consultation.closesAt?.toISOString() ?? null,
    acceptingAnswers: acceptsAnswers(consultation, now),
    anonymous: consultation.anonymous,
    respondents,
  };
}

export interface DetailExtras {
  territoryName: string;
  respondents: number;
  quartiers: ConsultationQuartier[];
  resultsAvailable: boolean;
  /** Whether the viewer may read unpublished conclusions (the team). */
  team: boolean;
  files: ConsultationOpenDataFile[];
  me: MyConsultationParticipation | null;
}

export function toDetail(
  consultation: ConsultationEntity,
  extras: DetailExtras,
  now: Date,
): ConsultationDetail<ConsultationDefinition> {
  return {
    ...toSummary(consultation, extras.territoryName, extras.respondents, now),
    contextHtml: consultation.contextHtml,
    images: consultation.images,
    documents: consultation.documents,
    audience: consultation.audience,
    quartiers: consultation.audience === 'quartiers' ? extras.quartiers : [],
    resultsVisibility: consultation.resultsVisibility,
    onePerScreen: consultation.onePerScreen,
    counterAnswers: consultation.counterAnswers,
    definition: consultation.definition,
    definitionVersion: consultation.definitionVersion,
    locked: consultation.lockedAt !== null,
    resultsAvailable: extras.resultsAvailable,
    conclusions: conclusionsOf(consultation, extras.team),
    files: extras.files,
    me: extras.me,
    createdAt: consultation.createdAt.toISOString(),
    updatedAt: consultation.updatedAt.toISOString(),
  };
}

function conclusionsOf(consultation: ConsultationEntity, team: boolean): ConsultationConclusions | null {
  if (consultation.retainedHtml === null) return null;
  if (!consultation.conclusionsPublishedAt && !team) return null;
  return {
    retainedHtml: consultation.retainedHtml,
    decisionsHtml: consultation.decisionsHtml ?? '',
    publishedAt: consultation.conclusionsPublishedAt?.toISOString() ?? null,
  };
}
