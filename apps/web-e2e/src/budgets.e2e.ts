import { expect, Page, test } from '@playwright/test';

import type { Budget, ProcessDetail, ProposalDetail } from '@agora/contracts';

import { OFFICIAL, RESIDENT, STAFF, apiAs, signIn, territoryId } from './demo.support';
import { expectAccessible } from './support';

/** A 1×1 transparent PNG: the API checks an image's type from its bytes. */
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/** The ballot checkbox of a project (its label reads « Je choisis « title » »). */
function choice(page: Page, title: string) {
  return page.getByLabel(new RegExp(`Je choisis «\\s*${title}\\s*»`));
}

/** At 320 px wide, nothing makes the page scroll sideways (WCAG 1.4.10 reflow). */
async function expectUsableAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

test('a resident proposes, votes online, gets a receipt, cannot vote twice, and finds the funded projects', async ({
  page,
  request,
  baseURL,
}) => {
  const slug = `bp-e2e-${Date.now()}`;
  const official = await apiAs(baseURL!, OFFICIAL);
  const commune = await territoryId(request, 'Beaulieu-sur-Lierre');
  const tilleuls = await territoryId(request, 'Les Tilleuls');

  // An official launches the budget: one city-wide envelope (equal shares) and one for Les Tilleuls.
  const process = (await official.post('/api/processes', {
    territoryId: commune,
    kind: 'budget',
    slug,
    title: 'Budget participatif de Beaulieu',
    summary: 'Décidez de 100 000 € pour la ville et 30 000 € pour Les Tilleuls.',
    descriptionHtml: '<p>Proposez, puis <strong>votez</strong>.</p>',
  })) as ProcessDetail;
  const city = (await official.post(`/api/processes/${process.id}/budgets`, {
    territoryId: commune,
    name: 'Toute la ville',
    amountCents: 10_000_000,
    ballotKind: 'knapsack',
    countingRule: 'mes',
  })) as Budget;
  const quartier = (await official.post(`/api/processes/${process.id}/budgets`, {
    territoryId: tilleuls,
    name: 'Les Tilleuls',
    amountCents: 3_000_000,
    ballotKind: 'approval',
    maxProjects: 2,
    countingRule: 'greedy',
    position: 1,
  })) as Budget;
  // A point inside Les Tilleuls, on the demo map.
  const place = { lat: 46.82, lng: 2.06 };
  for (const [title, costCents, address] of [
    ['Pistes cyclables rue Haute', 6_000_000, 'Rue Haute'],
    ['Jardin partagé de la gare', 5_000_000, 'Place de la Gare'],
    ['Fontaines à eau', 3_000_000, null],
  ] as const) {
    await official.post(`/api/budgets/${city.id}/projects`, {
      title,
      costCents,
      address,
      category: 'Cadre de vie',
      ...(address === 'Rue Haute' ? place : {}),
    });
  }
  for (const [title, costCents] of [
    ['Bancs au parc des Tilleuls', 1_000_000],
    ['Boîte à livres', 500_000],
    ['Éclairage du square', 2_000_000],
  ] as const) {
    await official.post(`/api/budgets/${quartier.id}/projects`, {
      title,
      costCents,
      address: 'Parc des Tilleuls',
    });
  }
  await official.post(`/api/processes/${process.id}/phase`, { phase: 'proposals' });
  const othersIdea = (await official.post(`/api/processes/${process.id}/proposals`, {
    kind: 'project',
    title: 'Des arbres rue Haute',
    description: 'Planter des arbres pour avoir de l’ombre en été.',
    address: 'Rue Haute',
    ...place,
  })) as ProposalDetail;

  // The resident finds it on the home page and proposes an idea.
  await signIn(page, RESIDENT);
  await page.goto('/');
  await page.getByRole('link', { name: 'Budget participatif de Beaulieu' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Budget participatif de Beaulieu' }),
  ).toBeVisible();
  await expect(page.getByText('Étape en cours', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Proposer une idée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proposer une idée' })).toBeVisible();
  await page.getByRole('button', { name: 'Publier mon idée' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel('Titre de votre idée').fill('Un composteur au square');
  await page.getByLabel('Description').fill('Un composteur collectif pour les habitants du quartier.');
  await page.getByLabel(/Pour quel quartier/).selectOption({ label: 'Les Tilleuls' });
  // The map places a point from the keyboard too, and says where it fell.
  const pickMap = page.getByRole('application', { name: 'Carte pour placer le lieu de votre idée' });
  await pickMap.focus();
  await pickMap.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: /Point placé/ })).toHaveCount(1);
  await expect(page.getByText('Le lieu de votre idée')).toBeVisible();
  await pickMap.press('Shift+ArrowDown');
  await page.getByRole('button', { name: 'Retirer le point' }).click();
  await expect(page.getByText('Aucun point placé : votre idée est décrite par son adresse.')).toBeVisible();
  await page.getByLabel('Pas de lieu précis').check();
  await expect(pickMap).toHaveCount(0);
  const images = page.getByLabel('Images (facultatif)');
  await images.setInputFiles({
    name: 'plan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4'),
  });
  await page.getByRole('button', { name: 'Publier mon idée' }).click();
  await expect(page.getByText(/plan\.pdf.*n’est pas une image/).first()).toBeVisible();
  await images.setInputFiles({
    name: 'composteur.png',
    mimeType: 'image/png',
    buffer: Buffer.from(PNG_1PX, 'base64'),
  });
  await page.getByLabel('Que montrent les images').fill('Un composteur en bois');
  await page.getByRole('button', { name: 'Publier mon idée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Un composteur au square' })).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByRole('img', { name: 'Un composteur en bois' })).toBeVisible();
  const proposalId = page.url().split('/').pop() as string;

  await page.getByLabel('Votre commentaire').fill('Je peux aider à le construire.');
  await page.getByRole('button', { name: 'Publier', exact: true }).click();
  await expect(page.getByText('Votre commentaire est publié.')).toBeVisible();
  await expect(page.getByText('Je peux aider à le construire.')).toBeVisible();

  await page.goto(`/propositions/${othersIdea.id}`);
  const support = page.getByRole('button', { name: 'Je soutiens cette idée' });
  await expect(support).toHaveAttribute('aria-pressed', 'false');
  await support.click();
  await expect(support).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Soutiens : 1')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`/budgets/${slug}/propositions?vue=lieux`);
  await expect(page.getByRole('link', { name: 'Un composteur au square' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Carte des idées' })).toBeVisible();
  const mapList = page.getByRole('region', { name: 'Les idées de la carte, par numéro' });
  await expect(mapList.getByRole('link', { name: 'Des arbres rue Haute' })).toBeVisible();
  await expect(mapList.getByRole('link', { name: 'Un composteur au square' })).toHaveCount(0);
  await expectAccessible(page);

  // Staff find it feasible and put it on the quartier's ballot; the vote opens.
  const staff = await apiAs(baseURL!, STAFF);
  await staff.post(`/api/proposals/${proposalId}/assessment`, {
    feasible: true,
    reason: 'Le square a la place pour un composteur.',
    finalCostCents: 800_000,
  });
  const proposal = (await (await request.get(`/api/proposals/${proposalId}`)).json()) as ProposalDetail;
  await staff.post(`/api/budgets/${quartier.id}/projects`, {
    proposalId: proposal.id,
    title: proposal.title,
    costCents: 800_000,
    quartierId: tilleuls,
  });
  await official.post(`/api/processes/${process.id}/phase`, { phase: 'vote' });

  // The resident votes: the budget bar follows each pick, and the library refuses going over.
  await page.goto(`/budgets/${slug}`);
  await page.getByRole('link', { name: 'Voter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Voter' })).toBeVisible();
  await expect(page.getByText(/vous pouvez voter/).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByText('Voir la carte').first().click();
  await expect(page.getByRole('img', { name: 'Carte des projets de l’enveloppe' }).first()).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Les projets de la carte, par numéro' }).first(),
  ).toContainText('Pistes cyclables rue Haute — Rue Haute');
  await expectAccessible(page);
  await choice(page, 'Pistes cyclables rue Haute').check();
  await expect(page.getByText(/Il vous reste 40\s000\s€ sur 100\s000\s€/)).toBeVisible();
  await choice(page, 'Jardin partagé de la gare').check();
  await expect(page.getByText(/Vos projets coûtent 110\s000\s€\. Le maximum est 100\s000\s€/)).toBeVisible();
  await page.getByRole('button', { name: 'Relire mon vote' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await expectAccessible(page);
  await choice(page, 'Jardin partagé de la gare').uncheck();
  await choice(page, 'Fontaines à eau').check();
  await choice(page, 'Un composteur au square').check();
  await expectUsableAt320(page);
  await page.getByRole('button', { name: 'Relire mon vote' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Relire mon vote' })).toBeVisible();
  await expect(page.getByText('Votre vote sera définitif')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Voter', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Votre récépissé' })).toBeVisible();
  const codes = await page.locator('.receipt__code').allTextContents();
  expect(codes).toHaveLength(2);
  for (const code of codes) expect(code.trim()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
  await expectAccessible(page);

  // A second vote is refused: the page says so, and so does the API.
  await page.goto(`/budgets/${slug}/voter`);
  await expect(page.getByText('vous avez déjà voté. Un seul vote est possible.').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Relire mon vote' })).toHaveCount(0);
  const page2 = (await (await request.get(`/api/budget-processes/${slug}`)).json()) as { budgets: Budget[] };
  const csrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const again = await page.request.post(`/api/processes/${process.id}/ballots`, {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: { budgetId: city.id, projectIds: [page2.budgets[0].projects[0].id] },
  });
  expect(again.status()).toBe(409);
  expect((await again.json()).message.fr).toContain('déjà voté');

  // Staff count and publish; the results page shows the funded projects and why.
  await staff.post(`/api/processes/${process.id}/count`);
  await staff.post(`/api/processes/${process.id}/results/publish`);
  await page.goto(`/budgets/${slug}/resultats`);
  await expect(page.getByRole('heading', { level: 1, name: 'Résultats du vote' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Projets retenus/ }).first()).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Pistes cyclables rue Haute' }).first(),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Un composteur au square/ })).toBeVisible();
  await expect(page.getByText(/Empreinte SHA-256/).first()).toBeVisible();
  await expectAccessible(page);
  await expectUsableAt320(page);

  // Anyone can check a receipt.
  await page.goto('/verifier-recepisse');
  await page.getByLabel('Code de vérification').fill(codes[0].trim());
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page.getByText(/Ce bulletin est bien dans le fichier publié/)).toBeVisible();
  await expectAccessible(page);

  await official.context.dispose();
  await staff.context.dispose();
});
