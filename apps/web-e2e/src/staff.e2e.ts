import { expect, test } from '@playwright/test';

import type { Budget, ProcessDetail } from '@agora/contracts';

import { OFFICIAL, RESIDENT, STAFF, apiAs, signIn, territoryId } from './demo.support';
import { expectAccessible } from './support';

test('staff record a counter vote without seeing it, and a second ballot for the same person is refused', async ({
  page,
  request,
  baseURL,
}) => {
  const slug = `bp-guichet-${Date.now()}`;
  const official = await apiAs(baseURL!, OFFICIAL);
  const commune = await territoryId(request, 'Beaulieu-sur-Lierre');
  const process = (await official.post('/api/processes', {
    territoryId: commune,
    kind: 'budget',
    slug,
    title: 'Budget du guichet',
    summary: 'Un budget pour essayer le vote au guichet.',
    descriptionHtml: '<p>Votez en mairie.</p>',
  })) as ProcessDetail;
  const city = (await official.post(`/api/processes/${process.id}/budgets`, {
    territoryId: commune,
    name: 'Toute la ville',
    amountCents: 10_000_000,
    ballotKind: 'approval',
    maxProjects: 2,
    countingRule: 'greedy',
  })) as Budget;
  let ballot = city;
  for (const [title, costCents] of [
    ['Bancs place du marché', 1_000_000],
    ['Fontaine à eau', 500_000],
  ] as const) {
    ballot = (await official.post(`/api/budgets/${city.id}/projects`, { title, costCents })) as Budget;
  }
  await official.post(`/api/processes/${process.id}/phase`, { phase: 'proposals' });
  await official.post(`/api/processes/${process.id}/phase`, { phase: 'vote' });

  await signIn(page, STAFF);
  await page.goto(`/gestion/budgets/${slug}/guichet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Vote au guichet' })).toBeVisible();
  await expectAccessible(page);

  // Nothing filled in: the error summary says how to identify the person.
  await page.getByRole('button', { name: 'Continuer vers le bulletin' }).click();
  await expect(page.getByText(/Identifiez la personne/).first()).toBeVisible();

  const identify = async () => {
    await page.getByLabel(/Adresse e-mail du compte/).fill(RESIDENT.email);
    await page.getByLabel('Le résident remplit lui-même le bulletin sur cet écran').check();
    await page.getByRole('button', { name: 'Continuer vers le bulletin' }).click();
    await expect(page.getByRole('heading', { name: 'Bulletin à remplir par le résident' })).toBeVisible();
  };
  await identify();
  await expectAccessible(page);
  await page.getByLabel(/Fontaine à eau/).check();
  await page.getByRole('button', { name: 'Enregistrer le bulletin' }).click();
  await expect(page.getByRole('heading', { name: 'Bulletin enregistré' })).toBeVisible();
  // The choices stay the resident's: the confirmation does not repeat them.
  await expect(page.getByText('Fontaine à eau')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Personne suivante' }).click();
  await identify();
  await page.getByLabel(/Bancs place du marché/).check();
  await page.getByRole('button', { name: 'Enregistrer le bulletin' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Cette personne a déjà voté' })).toBeVisible();
  await expect(page.getByText(/Aucun second bulletin ne peut être enregistré/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Participation', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Participation' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Au guichet\s+1/ })).toBeVisible();
  await expectAccessible(page);

  // A paper ballot typed in elsewhere: the counts follow without a reload, and focus stays put.
  const staff = await apiAs(baseURL!, STAFF);
  await staff.post(`/api/processes/${process.id}/counter/ballots`, {
    channel: 'paper',
    email: OFFICIAL.email,
    quartierId: await territoryId(request, 'Les Tilleuls'),
    budgetId: city.id,
    projectIds: [ballot.projects[0].id],
  });
  await expect(page.getByRole('row', { name: /Bulletin papier\s+1/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Participation mise à jour' })).toHaveCount(1);

  // The count, reviewed before publication, then published after a confirmation.
  await page.getByRole('link', { name: 'Dépouillement', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dépouillement et publication' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Clore et compter' }).click();
  await expect(page.getByRole('heading', { name: 'Résultats à vérifier (non publiés)' })).toBeFocused();
  await expect(page.getByRole('row', { name: /Fontaine à eau/ })).toContainText('Oui');
  await expect(page.getByText('Participants\u00a0: 2')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Publier les résultats' }).click();
  await page.getByRole('button', { name: 'Oui, publier maintenant' }).click();
  await expect(page.getByRole('heading', { name: 'Résultats publiés' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Étude des idées', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Étude des idées' })).toBeVisible();
  await expect(page.getByText('Aucune idée n’attend d’étude.')).toBeVisible();
  await expectAccessible(page);
});
