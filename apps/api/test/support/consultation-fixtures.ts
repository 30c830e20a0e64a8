import type { SaveConsultationRequest } from '@agora/contracts';

import { signInAs, signedInAgent, type TestContext } from './test-app';
import { insertSmallTree, polygon, rect, type SmallTree } from './territory-fixtures';

/** One question of every type in commune A (0,0)–(5,10); `why` shows only when `keep` is Oui. */
export const ALL_TYPES_DEFINITION = {
  questions: [
    { id: 'intro', type: 'section', title: { fr: 'La halle' } },
    { id: 'help', type: 'help-text', text: { fr: 'Répondez librement.' } },
    { id: 'name', type: 'short-text', title: { fr: 'Un surnom ?' }, maxLength: 50 },
    { id: 'keep', type: 'yes-no', required: true, title: { fr: 'Garder la halle ?' } },
    {
      id: 'why',
      type: 'long-text',
      required: true,
      title: { fr: 'Pourquoi ?' },
      condition: { questionId: 'keep', operator: 'equals', value: true },
    },
    {
      id: 'freq',
      type: 'single-choice',
      required: true,
      title: { fr: 'Fréquence' },
      options: [
        { id: 'week', label: { fr: 'Chaque semaine' } },
        { id: 'never', label: { fr: 'Jamais' } },
      ],
      allowOther: true,
    },
    {
      id: 'products',
      type: 'multiple-choice',
      title: { fr: 'Produits' },
      options: [
        { id: 'veg', label: { fr: 'Légumes' } },
        { id: 'fish', label: { fr: 'Poisson' } },
        { id: 'cheese', label: { fr: 'Fromage' } },
      ],
      minSelections: 1,
      maxSelections: 2,
    },
    {
      id: 'street',
      type: 'dropdown',
      title: { fr: 'Rue' },
      options: [
        { id: 'a', label: { fr: 'Rue A' } },
        { id: 'b', label: { fr: 'Rue B' } },
      ],
    },
    { id: 'scale', type: 'linear-scale', required: true, title: { fr: 'Satisfaction' }, min: 1, max: 5 },
    { id: 'stars', type: 'rating', title: { fr: 'Note' }, stars: 5 },
    {
      id: 'rank',
      type: 'ranking',
      title: { fr: 'Priorités' },
      items: [
        { id: 'roof', label: { fr: 'Toit' } },
        { id: 'wc', label: { fr: 'Toilettes' } },
        { id: 'light', label: { fr: 'Éclairage' } },
      ],
    },
    {
      id: 'grid',
      type: 'matrix',
      title: { fr: 'Horaires' },
      rows: [
        { id: 'sat', label: { fr: 'Samedi' } },
        { id: 'sun', label: { fr: 'Dimanche' } },
      ],
      columns: [
        { id: 'yes', label: { fr: 'Oui' } },
        { id: 'no', label: { fr: 'Non' } },
      ],
      selection: 'single',
    },
    { id: 'stalls', type: 'number', title: { fr: 'Étals' }, min: 0, max: 40, step: 1 },
    { id: 'when', type: 'date', title: { fr: 'Réouverture' }, min: '2026-01-01', max: '2027-12-31' },
    { id: 'bike', type: 'map-point', title: { fr: 'Parking vélo' }, boundary: polygon(rect(0, 0, 5, 10)) },
  ],
};

/** A complete, valid response to {@link ALL_TYPES_DEFINITION}. */
export function allTypesAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Camille',
    keep: true,
    why: 'Parce que c’est le cœur du bourg.',
    freq: { optionId: 'week' },
    products: { optionIds: ['veg', 'cheese'] },
    street: { optionId: 'a' },
    scale: 4,
    stars: 5,
    rank: ['roof', 'light', 'wc'],
    grid: { sat: ['yes'], sun: ['no'] },
    stalls: 12,
    when: '2026-09-01',
    bike: { lng: 2.5, lat: 7.5 },
    ...overrides,
  };
}

export function consultationRequest(
  territoryId: string,
  overrides: Partial<SaveConsultationRequest> = {},
): SaveConsultationRequest {
  return {
    territoryId,
    slug: `halle-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Rénovation de la halle',
    summary: 'Donnez votre avis.',
    contextHtml: '<p>Contexte <script>alert(1)</script></p>',
    audience: 'everyone',
    quartierIds: [],
    anonymous: true,
    resultsVisibility: 'live',
    onePerScreen: false,
    opensAt: null,
    closesAt: null,
    definition: ALL_TYPES_DEFINITION as unknown as Record<string, unknown>,
    ...overrides,
  };
}

export interface ConsultationFixture {
  tree: SmallTree;
  official: Awaited<ReturnType<typeof signInAs>>;
  staff: Awaited<ReturnType<typeof signInAs>>;
  id: string;
  slug: string;
}

/** A consultation in commune A created by its official (published unless told otherwise). */
export async function setUpConsultation(
  ctx: TestContext,
  overrides: Partial<SaveConsultationRequest> = {},
  options: { publish?: boolean; tree?: SmallTree } = {},
): Promise<ConsultationFixture> {
  const tree = options.tree ?? (await insertSmallTree(ctx));
  const official = await signInAs(ctx, 'official', tree.communeA);
  const staff = await signInAs(ctx, 'staff', tree.communeA);
  const created = await official
    .post('/api/staff/consultations')
    .send(consultationRequest(tree.communeA, overrides))
    .expect(201);
  const { id, slug } = created.body.consultation as { id: string; slug: string };
  if (options.publish ?? true) await official.post(`/api/staff/consultations/${id}/publish`).expect(200);
  return { tree, official, staff, id, slug };
}

/** A signed-in resident living in `homeTerritoryId` (or nowhere in particular). */
export async function resident(
  ctx: TestContext,
  homeTerritoryId: string | null = null,
  options: { verified?: boolean } = {},
) {
  const browser = await signedInAgent(ctx, options);
  if (homeTerritoryId)
    await ctx.sql(`UPDATE accounts SET home_territory_id = $1 WHERE id = $2`, [
      homeTerritoryId,
      browser.account.id,
    ]);
  return browser;
}
