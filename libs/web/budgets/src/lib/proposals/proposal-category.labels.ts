/**
 * The categories a resident picks from. The API stores free text (`category`, 60 characters): we
 * send these stable codes and show them translated; a category set another way is shown as is.
 */
export const PROPOSAL_CATEGORIES: Record<string, string> = {
  environnement: 'budgets.category.environment',
  mobilites: 'budgets.category.mobility',
  'cadre-de-vie': 'budgets.category.livingSpace',
  solidarite: 'budgets.category.solidarity',
  culture: 'budgets.category.culture',
  sport: 'budgets.category.sport',
  education: 'budgets.category.education',
  numerique: 'budgets.category.digital',
};

export const CATEGORY_CODES = Object.keys(PROPOSAL_CATEGORIES);
