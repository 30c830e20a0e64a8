import { buildCommentTree, CommentRow } from './comment-tree.rule';

const at = new Date('2026-05-01T10:00:00Z');
const row = (
  id: string,
  parent: string | null,
  depth: number,
  extra: Partial<CommentRow> = {},
): CommentRow => ({
  id,
  parent_id: parent,
  depth,
  author_id: 'author',
  author_name: 'Camille',
  body: `texte ${id}`,
  hidden_reason: null,
  created_at: at,
  ...extra,
});

describe('buildCommentTree', () => {
  it('nests replies under their parent, in order', () => {
    const tree = buildCommentTree(
      [row('a', null, 0), row('b', 'a', 1), row('c', 'b', 2), row('d', null, 0)],
      null,
    );
    expect(tree.map((c) => c.id)).toEqual(['a', 'd']);
    expect(tree[0].replies[0].id).toBe('b');
    expect(tree[0].replies[0].replies[0].id).toBe('c');
  });

  it('replaces a hidden comment by the moderators’ reason and withholds its author', () => {
    const [comment] = buildCommentTree([row('a', null, 0, { hidden_reason: 'propos injurieux' })], null);
    expect(comment.body).toBe('Commentaire masqué par la modération : propos injurieux');
    expect(comment.moderationNotice?.en).toBe('Comment hidden by the moderators: propos injurieux');
    expect(comment.authorName).toBeNull();
  });

  it('keeps the replies of a hidden comment', () => {
    const [comment] = buildCommentTree(
      [row('a', null, 0, { hidden_reason: 'hors sujet' }), row('b', 'a', 1)],
      null,
    );
    expect(comment.replies.map((c) => c.id)).toEqual(['b']);
  });

  it('marks the viewer’s own comments', () => {
    const [comment] = buildCommentTree([row('a', null, 0)], 'author');
    expect(comment.mine).toBe(true);
  });
});
