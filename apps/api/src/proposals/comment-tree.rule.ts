import type { LocalizedText, ProposalComment } from '@agora/contracts';

export interface CommentRow {
  id: string;
  parent_id: string | null;
  depth: number;
  author_id: string | null;
  author_name: string | null;
  body: string;
  hidden_reason: string | null;
  created_at: Date;
}

/** What readers see in place of a hidden comment: the moderators' public reason, never the text. */
export function moderationNotice(reason: string): LocalizedText {
  return {
    fr: `Commentaire masqué par la modération : ${reason}`,
    en: `Comment hidden by the moderators: ${reason}`,
  };
}

/**
 * Threads from flat rows (oldest first). A hidden comment keeps its place so replies still make
 * sense, but its text and author are withheld. A reply whose parent is missing (not expected, the
 * foreign key cascades) is shown at the top level rather than lost.
 */
export function buildCommentTree(rows: readonly CommentRow[], viewerId: string | null): ProposalComment[] {
  const nodes = new Map<string, ProposalComment>();
  for (const row of rows) {
    const hidden = row.hidden_reason !== null;
    const notice = hidden ? moderationNotice(row.hidden_reason ?? '') : null;
    nodes.set(row.id, {
      id: row.id,
      parentId: row.parent_id,
      depth: row.depth,
      authorName: hidden ? null : row.author_name,
      body: notice ? notice.fr : row.body,
      hidden,
      moderationNotice: notice,
      mine: viewerId !== null && row.author_id === viewerId,
      createdAt: row.created_at.toISOString(),
      replies: [],
    });
  }
  const roots: ProposalComment[] = [];
  for (const row of rows) {
    const node = nodes.get(row.id) as ProposalComment;
    const parent = row.parent_id ? nodes.get(row.parent_id) : undefined;
    if (parent) parent.replies.push(node);
    else roots.push(node);
  }
  return roots;
}
