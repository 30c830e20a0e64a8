import type { COMMENT_MAX_DEPTH as API_COMMENT_MAX_DEPTH, IdeaAnswer, IdeaAnswerFilter, ProposalKind, ShopType } from '@agora/contracts';

/** Replies nest this deep at most (0 = a comment on the idea); typed as the API's constant, so they cannot differ. */
export const COMMENT_MAX_DEPTH: typeof API_COMMENT_MAX_DEPTH = 2;

/** Dictionary keys of the shop types (written out whole so the translation check sees them). */
export const SHOP_TYPE_LABELS: Record<ShopType, string> = {
  bakery: 'ideas.shop.bakery',
  grocer: 'ideas.shop.grocer',
  butcher: 'ideas.shop.butcher',
  greengrocer: 'ideas.shop.greengrocer',
  cafe: 'ideas.shop.cafe',
  restaurant: 'ideas.shop.restaurant',
  bookshop: 'ideas.shop.bookshop',
  pharmacy: 'ideas.shop.pharmacy',
  repairCafe: 'ideas.shop.repairCafe',
  hardware: 'ideas.shop.hardware',
  clothing: 'ideas.shop.clothing',
  market: 'ideas.shop.market',
  other: 'ideas.shop.other',
};
export const SHOP_TYPE_CODES = Object.keys(SHOP_TYPE_LABELS) as ShopType[];

/** The town hall's answer, as a resident reads it; `none` while it has not answered. */
export const ANSWER_LABELS: Record<IdeaAnswerFilter, string> = {
  retained: 'ideas.answer.retained',
  studied: 'ideas.answer.studied',
  notRetained: 'ideas.answer.notRetained',
  none: 'ideas.answer.none',
};
export const ANSWER_CODES: IdeaAnswer[] = ['retained', 'studied', 'notRetained'];
export const ANSWER_FILTERS: IdeaAnswerFilter[] = ['none', 'retained', 'studied', 'notRetained'];

export const KIND_LABELS: Partial<Record<ProposalKind, string>> = {
  idea: 'ideas.kind.idea',
  shop: 'ideas.kind.shop',
};

/** Answer of an idea as the label key of its badge. */
export function answerLabel(answer: IdeaAnswer | null): string {
  return ANSWER_LABELS[answer ?? 'none'];
}
