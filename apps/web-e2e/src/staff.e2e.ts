import { expect, test } from '@playwright/test';

import type { Budget, ProcessDetail, ProposalDetail } from '@agora/contracts';

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

  // The same person comes back: the register is checked before any ballot is started.
  await page.getByRole('button', { name: 'Personne suivante' }).click();
  await page.getByLabel(/Adresse e-mail du compte/).fill(RESIDENT.email);
  await page.getByRole('button', { name: 'Continuer vers le bulletin' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'Cette personne a déjà voté' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('Toute la ville (au guichet)');
  await expect(page.getByRole('heading', { name: 'Bulletin à remplir par le résident' })).toHaveCount(0);
  await expectAccessible(page);

  // And the register still refuses a second ballot sent anyway, with a clear message.
  const staffApi = await apiAs(baseURL!, STAFF);
  const token =
    (await staffApi.context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const second = await staffApi.context.post(`/api/processes/${process.id}/counter/ballots`, {
    headers: { 'X-XSRF-TOKEN': token },
    data: { channel: 'paper', email: RESIDENT.email, budgetId: city.id, projectIds: [ballot.projects[0].id] },
  });
  expect(second.status()).toBe(409);
  expect((await second.json()).message.fr).toContain('Aucun second bulletin ne peut être enregistré');
  await staffApi.context.dispose();

  await page.getByRole('link', { name: 'Tableau de bord', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tableau de bord de la participation' }),
  ).toBeVisible();
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

test('staff edit a study, merge duplicates and correct a ballot project until the vote locks it; officials reach the dashboard', async ({
  page,
  request,
  baseURL,
}) => {
  const slug = `bp-gestion-${Date.now()}`;
  const official = await apiAs(baseURL!, OFFICIAL);
  const resident = await apiAs(baseURL!, RESIDENT);
  const commune = await territoryId(request, 'Beaulieu-sur-Lierre');
  const process = (await official.post('/api/processes', {
    territoryId: commune,
    kind: 'budget',
    slug,
    title: 'Budget de la gestion',
    summary: 'Un budget pour essayer le back office.',
    descriptionHtml: '<p>Proposez.</p>',
  })) as ProcessDetail;
  const city = (await official.post(`/api/processes/${process.id}/budgets`, {
    territoryId: commune,
    name: 'Toute la ville',
    amountCents: 10_000_000,
    ballotKind: 'approval',
    maxProjects: 2,
    countingRule: 'greedy',
    minVotes: 2,
  })) as Budget;
  await official.post(`/api/processes/${process.id}/phase`, { phase: 'proposals' });
  const idea = async (title: string) =>
    (await resident.post(`/api/processes/${process.id}/proposals`, {
      kind: 'project',
      title,
      description: 'Une idée pour essayer la gestion des doublons.',
      address: 'Place du marché',
    })) as ProposalDetail;
  const kept = await idea('Un marché couvert');
  const duplicate = await idea('Une halle pour le marché');
  // The official supports the duplicate: the support must follow the merge.
  const officialToken =
    (await official.context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const supported = await official.context.put(`/api/proposals/${duplicate.id}/support`, {
    headers: { 'X-XSRF-TOKEN': officialToken },
  });
  expect(supported.status()).toBeLessThan(300);

  // A resident sees no back-office link; staff of the commune do.
  await signIn(page, RESIDENT);
  await page.goto(`/budgets/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Budget de la gestion' })).toBeVisible();
  await expect(page.getByText('Un projet doit recueillir au moins 2 voix pour être retenu.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Gestion de ce budget participatif' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  await signIn(page, STAFF);
  await page.goto(`/budgets/${slug}`);
  await expect(page.getByRole('heading', { name: 'Gestion de ce budget participatif' })).toBeVisible();
  await expectAccessible(page);

  // Merge the duplicate: its supporter and its comments move to the proposal kept.
  await page.getByRole('link', { name: 'Fusionner des doublons' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fusionner des doublons' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Fusionner' }).click();
  await expect(page.locator('.error-summary')).toBeFocused();
  await page
    .getByLabel('Le doublon')
    .selectOption({ label: 'Une halle pour le marché — Beaulieu-sur-Lierre (1)' });
  await page
    .getByLabel('Fusionner dans')
    .selectOption({ label: 'Un marché couvert — Beaulieu-sur-Lierre (0)' });
  await page.getByRole('button', { name: 'Fusionner' }).click();
  await expect(page.locator('#doublons-fait')).toBeFocused();
  await expect(page.locator('#doublons-fait')).toContainText(
    '« Une halle pour le marché » a été fusionnée dans « Un marché couvert »',
  );
  await expect(page.locator('#doublons-fait')).toContainText('1 soutien(s) au total');
  const merged = (await (await request.get(`/api/proposals/${kept.id}`)).json()) as ProposalDetail;
  expect(merged.supportsCount).toBe(1);
  expect(merged.mergedFrom.map((p) => p.id)).toEqual([duplicate.id]);
  await expectAccessible(page);

  // Study the proposal kept, then change the study (a revised quote).
  await page.getByRole('link', { name: 'Étude des idées', exact: true }).click();
  await page.getByRole('button', { name: 'Étudier : Un marché couvert' }).click();
  await page.getByLabel('Raison').fill('Faisable sur la place du marché.');
  await page.getByLabel('Coût final, en euros').fill('40000');
  await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
  await expect(page.getByRole('heading', { name: 'Idées déjà étudiées' })).toBeVisible();
  await page.getByRole('button', { name: 'Modifier l’avis : Un marché couvert' }).click();
  await expect(
    page.getByRole('heading', { name: 'Modifier l’avis sur « Un marché couvert »' }),
  ).toBeFocused();
  await expect(page.getByLabel('Raison')).toHaveValue('Faisable sur la place du marché.');
  await page.getByLabel('Coût final, en euros').fill('45000');
  await page.getByRole('button', { name: 'Enregistrer l’avis' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Un marché couvert' }).first()).toContainText(
    '45',
  );
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Mettre au bulletin : Un marché couvert' }).click();
  await expect(page.getByText('Aucune idée réalisable n’attend d’être mise au bulletin.')).toBeVisible();

  // Correct the ballot project before the vote.
  await page.getByRole('link', { name: 'Projets du bulletin', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Projets du bulletin' })).toBeVisible();
  await page.getByRole('button', { name: 'Modifier : Un marché couvert' }).click();
  await page.getByLabel('Coût, en euros').fill('48000,50');
  await page.getByLabel('Quartier').selectOption({ label: 'Les Tilleuls' });
  await page.getByLabel('Description').fill('Une halle couverte, ouverte le samedi.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer le projet' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Un marché couvert' })).toContainText('48');
  await expect(page.getByRole('listitem').filter({ hasText: 'Un marché couvert' })).toContainText(
    'Les Tilleuls',
  );

  // The census list as a file: one bad line and nothing is imported; fixed, it goes in.
  await page.getByRole('link', { name: 'Liste des habitants', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Liste des habitants' })).toBeVisible();
  await expectAccessible(page);
  const census = (lines: string[]) => ({
    name: 'habitants.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['nom;prenom;date_naissance;quartier', ...lines].join('\n')),
  });
  await page
    .getByLabel('Fichier CSV de la liste')
    .setInputFiles(census(['Martin;Léa;1990-04-03;', 'Sans;;2001-01-01;']));
  await page.getByRole('button', { name: 'Envoyer la liste' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Ligne 3 : Nom, prénom ou date de naissance manquant ou invalide.',
  );
  await expectAccessible(page);
  await page
    .getByLabel('Fichier CSV de la liste')
    .setInputFiles(census(['Martin;Léa;1990-04-03;', 'Durand;Paul;12/05/1985;beaulieu-les-tilleuls']));
  await page.getByRole('button', { name: 'Envoyer la liste' }).click();
  await expect(
    page.getByText('Liste importée : 2 personne(s) ajoutée(s), 0 déjà sur la liste.'),
  ).toBeVisible();

  // The first ballot locks the projects: no more editing, and the page says why.
  await official.post(`/api/processes/${process.id}/phase`, { phase: 'assessment' });
  await official.post(`/api/processes/${process.id}/phase`, { phase: 'vote' });
  const project = (
    (await (await request.get(`/api/budget-processes/${slug}`)).json()) as { budgets: Budget[] }
  ).budgets[0].projects[0];
  await resident.post(`/api/processes/${process.id}/ballots`, {
    budgetId: city.id,
    projectIds: [project.id],
  });
  await page.getByRole('link', { name: 'Projets du bulletin', exact: true }).click();
  await expect(
    page.getByText(
      'Un premier bulletin a été déposé : les projets de cette enveloppe ne peuvent plus changer.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: /Modifier/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();

  // The official goes from the process page to the live dashboard.
  await signIn(page, OFFICIAL);
  await page.goto(`/budgets/${slug}`);
  await page.getByRole('link', { name: 'Tableau de bord de la participation' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Tableau de bord de la participation' }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /En ligne\s+1/ })).toBeVisible();
  await expectAccessible(page);

  for (const api of [official, resident]) await api.context.dispose();
});
