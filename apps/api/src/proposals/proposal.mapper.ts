import type {
  IdeaAnswer,
  ProposalDescriptionFormat,
  ProposalDetail,
  ProposalKind,
  ProposalStatus,
  ProposalSummary,
  ShopType,
} from '@agora/contracts';

import { excerptOf } from './proposal-description.rule';

/** The columns every proposal read selects; `$viewer` must be bound to the viewer's account id (or NULL). */
export const PROPOSAL_FROM = `
  FROM proposals p
  JOIN processes pr ON pr.id = p.process_id
  JOIN territories t ON t.id = p.territory_id
  LEFT JOIN accounts a ON a.id = p.author_id AND a.deleted_at IS NULL`;

export const PROPOSAL_COLUMNS = `
  p.id, p.process_id, p.kind, p.shop_type, p.title, p.description, p.description_format, p.status, p.category,
  p.territory_id, t.name AS territory_name, (p.territory_id = pr.territory_id) AS city_wide,
  p.estimated_cost_cents::float8 AS estimated_cost_cents, p.final_cost_cents::float8 AS final_cost_cents,
  p.lat, p.lng, p.address, a.display_name AS author_name, p.author_id, p.published_at, p.created_at,
  p.hidden_reason, p.feasible, p.assessment_reason, p.assessed_at, p.answer, p.answer_reason, p.answered_at,
  p.merged_into_id, p.ballot_project_id, pr.phase,
  (SELECT count(*)::int FROM proposal_supports s WHERE s.proposal_id = p.id) AS supports_count,
  (SELECT count(*)::int FROM proposal_comments c WHERE c.proposal_id = p.id AND c.hidden_at IS NULL) AS comments_count,
  (SELECT i.id FROM proposal_images i WHERE i.proposal_id = p.id ORDER BY i.created_at, i.id LIMIT 1) AS first_image_id`;

export interface ProposalRow {
  id: string;
  process_id: string;
  kind: ProposalKind;
  shop_type: ShopType | null;
  title: string;
  description: string;
  description_format: ProposalDescriptionFormat;
  status: ProposalStatus;
  category: string | null;
  territory_id: string;
  territory_name: string;
  city_wide: boolean;
  estimated_cost_cents: number | null;
  final_cost_cents: number | null;
  lat: number | null;
  lng: number | null;
  address: string | null;
  author_name: string | null;
  author_id: string | null;
  published_at: Date | null;
  created_at: Date;
  hidden_reason: string | null;
  feasible: boolean | null;
  assessment_reason: string | null;
  assessed_at: Date | null;
  answer: IdeaAnswer | null;
  answer_reason: string | null;
  answered_at: Date | null;
  merged_into_id: string | null;
  ballot_project_id: string | null;
  phase: string;
  supports_count: number;
  comments_count: number;
  first_image_id: string | null;
}

export const imageUrl = (imageId: string) => `/api/proposals/images/${imageId}`;

/** What staff hid is withheld from everyone: the page shows the reason instead. */
export const HIDDEN_TITLE = 'Proposition masquée par la modération';

export function rowToSummary(row: ProposalRow): ProposalSummary {
  const hidden = row.hidden_reason !== null;
  return {
    id: row.id,
    processId: row.process_id,
    kind: row.kind,
    shopType: row.shop_type,
    title: hidden ? HIDDEN_TITLE : row.title,
    excerpt: hidden ? '' : excerptOf(row.description, row.description_format),
    status: row.status,
    category: row.category,
    territoryId: row.territory_id,
    territoryName: row.territory_name,
    cityWide: row.city_wide,
    estimatedCostCents: row.estimated_cost_cents,
    finalCostCents: row.final_cost_cents,
    location: row.lat !== null && row.lng !== null ? { lat: row.lat, lng: row.lng } : null,
    address: row.address,
    noPrecisePlace: row.lat === null && row.address === null,
    supportsCount: row.supports_count,
    commentsCount: row.comments_count,
    imageUrl: row.first_image_id && !hidden ? imageUrl(row.first_image_id) : null,
    authorName: row.author_name,
    publishedAt: row.published_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}

/** The page's own fields; the caller adds images, comments, merges and the viewer's state. */
export function rowToDetailBase(
  row: ProposalRow,
): Omit<
  ProposalDetail,
  'images' | 'comments' | 'mergedInto' | 'mergedFrom' | 'supportedByMe' | 'mine' | 'canEdit'
> {
  const hidden = row.hidden_reason !== null;
  return {
    ...rowToSummary(row),
    description: hidden ? '' : row.description,
    descriptionFormat: row.description_format,
    assessment:
      row.assessed_at && row.feasible !== null && row.assessment_reason !== null
        ? {
            feasible: row.feasible,
            reason: row.assessment_reason,
            finalCostCents: row.final_cost_cents,
            at: row.assessed_at.toISOString(),
          }
        : null,
    answer:
      row.answer && row.answered_at && row.answer_reason !== null
        ? { answer: row.answer, reason: row.answer_reason, at: row.answered_at.toISOString() }
        : null,
    ballotProjectId: row.ballot_project_id,
    hidden: hidden ? { reason: row.hidden_reason ?? '' } : null,
  };
}
