import type { ProposalListQuery } from '@agora/contracts';
import { PROPOSAL_LISTED_STATUSES } from '@agora/contracts';

/**
 * The WHERE clause shared by the list and the map: the public proposals of a process (never drafts,
 * never what moderators hid), narrowed by the filters. Parameters start at $1 = the process id.
 */
export function proposalListFilter(
  processId: string,
  query: ProposalListQuery,
): { where: string; params: unknown[] } {
  const params: unknown[] = [processId];
  const clauses = ['p.process_id = $1', 'p.hidden_at IS NULL', "p.status <> 'draft'"];
  const add = (clause: (placeholder: string) => string, value: unknown) => {
    params.push(value);
    clauses.push(clause(`$${params.length}`));
  };
  if (query.status) add((x) => `p.status = ${x}`, query.status);
  else add((x) => `p.status = ANY(${x}::text[])`, [...PROPOSAL_LISTED_STATUSES]);
  if (query.quartierId === 'city') clauses.push('p.territory_id = pr.territory_id');
  else if (query.quartierId) add((x) => `p.territory_id = ${x}`, query.quartierId.toLowerCase());
  if (query.category) add((x) => `lower(p.category) = lower(${x})`, query.category);
  if (query.kind) add((x) => `p.kind = ${x}`, query.kind);
  return { where: clauses.join(' AND '), params };
}
