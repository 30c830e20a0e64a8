import { Browser, Page, expect, test } from '@playwright/test';

import type {
  OutboxMail,
  PrioritisationPage,
  ProcessSummary,
  ProposalDetail,
  WorkDetail,
} from '@agora/contracts';

import { OFFICIAL, RESIDENT, STAFF, apiAs, signIn, territoryId } from './demo.support';
import { expectAccessible } from './support';

/** A 1×1 transparent PNG: the API checks an image's type from its bytes. */
const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const IDEA_BOX = 'boite-a-idees-centre-beaulieu';
/** The columns of the works CSV (WORK_CSV_COLUMNS), separated by semicolons. */
const CSV_HEADER =
  'id;territory_id;title;category;status;status_reason;progress;estimated_cost_eur;estimated_duration_days;' +
  'planned_start_on;planned_end_on;actual_start_on;actual_end_on;budget_line;amount_spent_eur;place;description';

/** At 320 px wide, nothing makes the page scroll sideways (WCAG 1.4.10 reflow). */
async function expectUsableAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

/** A second person in their own browser context (own cookies), signed in through the sign-in page. */
async function pageOf(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await signIn(page, account);
  return page;
}

/** The works notification sent to `to` about `title`: it carries the one-click unsubscribe link. */
async function worksMailTo(page: Page, to: string, title: string): Promise<OutboxMail> {
  let found: OutboxMail | undefined;
  await expect
    .poll(
      async () => {
        const mails = (await (await page.request.get('/api/dev/outbox')).json()) as OutboxMail[];
        found = mails.find(
          (mail) =>
            mail.to === to &&
            mail.text.includes(title) &&
            mail.links.some((link) => link.includes('/travaux/desabonnement?')),
        );
        return Boolean(found);
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  return found as OutboxMail;
}

test('an idea becomes a work that a resident follows, and a progress update reaches them by e-mail', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(360_000);
  const title = `Banc ombragé rue des Lilas ${Date.now()}`;

  // The resident proposes an idea in the demo idea box (the ideas pages).
  await signIn(page, RESIDENT);
  await page.goto(`/idees/${IDEA_BOX}/nouvelle`);
  await expect(page.getByRole('heading', { level: 1, name: 'Proposer une idée' })).toBeVisible();
  await page.getByLabel('Titre de votre idée').fill(title);
  await page
    .getByLabel('Votre idée', { exact: true })
    .fill('Un banc à l’ombre pour se reposer en allant au marché.');
  await page.getByLabel('Pas de lieu précis').check();
  await page.getByRole('button', { name: 'Publier mon idée' }).click();
  await expect(page).toHaveURL(/\/idees\/idee\/[0-9a-f-]{36}$/);
  const ideaId = page.url().split('/').pop()!;

  // Staff answer it and turn it into a planned work (API: the ideas back office is another lib's page).
  const staff = await apiAs(baseURL!, STAFF);
  const idea = (await staff.post(`/api/proposals/${ideaId}/answer`, {
    answer: 'retained',
    reason: 'Bonne idée : la mairie l’ajoute aux travaux de voirie.',
  })) as ProposalDetail;
  expect(idea.id).toBe(ideaId);
  const work = (await staff.post('/api/works/from-idea', {
    proposalId: ideaId,
    category: 'voirie',
  })) as WorkDetail;
  expect(work.source.kind).toBe('idea');

  // The works list finds it, filtered by category; the list is the text alternative to the map.
  await page.goto('/travaux');
  await expect(page.getByRole('heading', { level: 1, name: 'Travaux dans les quartiers' })).toBeVisible();
  await page.getByLabel('Type de travaux').selectOption({ label: 'Voirie' });
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page).toHaveURL(/categorie=voirie/);
  await expectAccessible(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('À l’étude').first()).toBeVisible();
  await expectAccessible(page);

  // The author follows the work of their idea already; the button stops and resumes following.
  const follow = page.getByRole('button', { name: 'Suivre ce chantier' });
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await expect(
    page.getByRole('status').filter({ hasText: 'Vous ne suivez plus ce chantier.' }),
  ).toBeAttached();
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Vous suivez ce chantier.' })).toBeAttached();

  // A staff member posts a progress update with a photo from the back office.
  const staffPage = await pageOf(browser, STAFF);
  await staffPage.goto(`/gestion/travaux/${work.id}`);
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Modifier un chantier' })).toBeVisible();
  await expectAccessible(staffPage);
  await staffPage.getByRole('button', { name: 'Publier l’étape' }).click();
  await expect(staffPage.locator('#etape-erreurs')).toBeFocused();
  await staffPage.getByLabel('Ce qui a changé').fill('Le banc est commandé. La pose commence lundi.');
  await staffPage.getByLabel('Nouvel avancement (en %)').fill('30');
  await staffPage.getByRole('button', { name: 'Ajouter une photo' }).click();
  await staffPage.getByLabel('Fichier').setInputFiles({
    name: 'avant.png',
    mimeType: 'image/png',
    buffer: Buffer.from(PNG_1PX, 'base64'),
  });
  await staffPage.getByLabel('Moment').selectOption({ label: 'Avant' });
  await staffPage.getByLabel('Description de la photo').fill('Le trottoir vide avant la pose du banc');
  await staffPage.getByRole('button', { name: 'Publier l’étape' }).click();
  await expect(staffPage.getByText('L’étape est publiée.')).toBeVisible();
  await expect(staffPage.getByAltText('Le trottoir vide avant la pose du banc')).toBeVisible();

  // A new work: giving it up needs a reason; its place is set on the map with the keyboard.
  await staffPage.goto('/gestion/travaux/nouveau');
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Nouveau chantier' })).toBeVisible();
  await staffPage.getByLabel('Nom du chantier').fill('Fontaine du square');
  await staffPage.getByLabel('Quartier ou commune').selectOption({ label: '— Les Tilleuls' });
  await staffPage.getByLabel('Type de travaux').selectOption({ label: 'Espaces verts' });
  await staffPage.getByLabel('État', { exact: true }).selectOption({ label: 'Abandonné' });
  await staffPage.getByRole('button', { name: 'Créer le chantier' }).click();
  await expect(staffPage.locator('#travail-erreurs')).toBeFocused();
  await staffPage.getByLabel('Raison de l’abandon').fill('Le réseau d’eau ne le permet pas.');
  await staffPage.getByLabel('Un point sur la carte').check();
  await staffPage.getByRole('application', { name: 'Carte pour placer le chantier' }).focus();
  await staffPage.keyboard.press('ArrowRight');
  await expect(
    staffPage.getByRole('status').filter({ hasText: 'Point placé dans Les Tilleuls.' }),
  ).toBeAttached();
  await expectAccessible(staffPage);
  await staffPage.getByRole('button', { name: 'Créer le chantier' }).click();
  await expect(staffPage).toHaveURL(/\/gestion\/travaux\/[0-9a-f-]{36}$/);
  await expect(staffPage.getByText('Le chantier est créé.')).toBeVisible();

  // Bulk import: the good row is applied, the bad one is reported with its line and reason.
  const tilleuls = await territoryId(request, 'Les Tilleuls');
  const csv = [
    CSV_HEADER,
    `;${tilleuls};Réfection du trottoir rue Neuve;voirie;programme;;0;12000.50;30;2026-03-01;2026-04-01;;;;;;Trottoir abîmé.`,
    `;${tilleuls};Piscine sur le toit;piscine;programme;;0;;;;;;;;;;Catégorie inconnue.`,
  ].join('\n');
  await staffPage.goto('/gestion/travaux/import');
  await expect(staffPage.getByRole('heading', { level: 1, name: 'Importer des travaux' })).toBeVisible();
  await expectAccessible(staffPage);
  await staffPage.getByLabel('Fichier CSV').setInputFiles({
    name: 'travaux.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await staffPage.getByRole('button', { name: 'Importer' }).click();
  await expect(staffPage.getByText('Chantiers créés : 1. Chantiers mis à jour : 0.')).toBeVisible();
  const rejected = staffPage.getByRole('table', { name: 'Lignes refusées et pourquoi' });
  await expect(rejected.getByRole('rowheader', { name: '3' })).toBeVisible();
  await expectAccessible(staffPage);
  await staffPage.goto('/gestion/travaux');
  await expect(staffPage.getByRole('link', { name: 'Réfection du trottoir rue Neuve' })).toBeVisible();
  await expectAccessible(staffPage);
  await staffPage.context().close();

  // The resident's open page follows the change live, then shows the update with its photo.
  await expect(page.getByRole('progressbar', { name: 'Avancement des travaux' })).toHaveAttribute(
    'value',
    '30',
    {
      timeout: 15_000,
    },
  );
  await expect(page.getByText('Le banc est commandé. La pose commence lundi.')).toBeVisible();
  // Photos are added after their entry, with no live event of their own: a reload shows them.
  await page.reload();
  await expect(page.getByAltText('Le trottoir vide avant la pose du banc')).toBeVisible();
  await expectAccessible(page);
  await expectUsableAt320(page);

  // The follower's e-mail is in the outbox, with a one-click link that stops the e-mails.
  const mail = await worksMailTo(page, RESIDENT.email, title);
  const unsubscribe = mail.links.find((link) => link.includes('/travaux/desabonnement?'))!;
  await page.goto(new URL(unsubscribe).pathname + new URL(unsubscribe).search);
  await expect(page.getByRole('heading', { level: 1, name: 'Ne plus suivre un chantier' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /./ }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/travaux/${work.id}`);
  await expect(page.getByRole('button', { name: 'Suivre ce chantier' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
});

/** The open prioritisation of Les Tilleuls (the demo's), or null when the demo has none. */
async function tilleulsPrioritisation(page: Page): Promise<PrioritisationPage | null> {
  const processes = (await (await page.request.get('/api/processes')).json()) as ProcessSummary[];
  for (const process of processes.filter((p) => p.kind === 'prioritisation' && p.phase === 'vote')) {
    const response = await page.request.get(`/api/processes/${process.id}/prioritisation`);
    if (!response.ok()) continue;
    const candidate = (await response.json()) as PrioritisationPage;
    if (candidate.prioritisation.quartierName === 'Les Tilleuls') return candidate;
  }
  return null;
}

test('a resident of the quartier ranks its works by keyboard, and the published results follow the ranking', async ({
  page,
  browser,
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  let prioritisation = await tilleulsPrioritisation(page);
  const official = await pageOf(browser, OFFICIAL);
  if (!prioritisation) {
    // No demo prioritisation in this build: an official opens one from the back office.
    const staff = await apiAs(baseURL!, STAFF);
    const tilleuls = await territoryId(request, 'Les Tilleuls');
    for (const [title, category] of [
      ['Réfection des trottoirs rue Haute', 'voirie'],
      ['Éclairage du square des Tilleuls', 'eclairage'],
      ['Plantation d’arbres avenue du Parc', 'espaces_verts'],
    ]) {
      await staff.post('/api/works', { territoryId: tilleuls, title, category, status: 'programme' });
    }
    await official.goto('/gestion/travaux/priorisation');
    await expect(official.getByRole('heading', { level: 1, name: 'Ouvrir une priorisation' })).toBeVisible();
    await official.getByLabel('Quartier', { exact: true }).selectOption({ label: 'Les Tilleuls' });
    await official.getByLabel('Titre', { exact: true }).fill('Quels travaux en premier aux Tilleuls ?');
    await official.getByLabel('Adresse de la page').fill(`priorisation-tilleuls-${Date.now()}`);
    await official.getByLabel('Ils classent les travaux').check();
    await official.getByLabel('Borda (points selon le rang)').check();
    await expect(official.getByLabel(/Réfection des trottoirs rue Haute/)).toBeChecked();
    await expectAccessible(official);
    await official.getByRole('button', { name: 'Ouvrir le vote' }).click();
    await expect(official.getByText('La priorisation est ouverte.')).toBeVisible();
    prioritisation = await tilleulsPrioritisation(page);
  }
  expect(prioritisation).not.toBeNull();
  const { process } = prioritisation!;

  await signIn(page, RESIDENT);
  await page.goto('/priorisations');
  await expectAccessible(page);
  await page.getByRole('link', { name: process.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: process.title })).toBeVisible();
  await expectAccessible(page);

  let favourite: string;
  if (prioritisation!.prioritisation.mode === 'ranking') {
    const ballot = page.getByRole('list', { name: 'Votre classement des travaux' });
    const titles = async () =>
      (await ballot.getByRole('heading', { level: 3 }).allInnerTexts()).map((text) =>
        text.replace(/^Position \d+ sur \d+\s*:\s*/, '').trim(),
      );
    const before = await titles();
    favourite = before[before.length - 1];

    // Keyboard only: the last work climbs to the top, one announced step at a time.
    const up = page.getByRole('button', { name: `Monter « ${favourite} »` });
    await up.focus();
    for (let position = before.length - 1; position > 0; position--) {
      await page.keyboard.press('Enter');
      await expect(
        page.getByRole('status').filter({
          hasText: `« ${favourite} » est maintenant en position ${position} sur ${before.length}.`,
        }),
      ).toBeAttached();
      await expect(up).toBeFocused();
    }
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: `« ${favourite} » est déjà en premier.` }),
    ).toBeAttached();
    expect((await titles())[0]).toBe(favourite);
  } else {
    // Points: the counter follows the typing; too many points are refused before the review.
    const fields = page.getByRole('spinbutton');
    favourite = prioritisation!.prioritisation.works[0].title;
    await page.getByLabel(`Points pour « ${favourite} »`).fill('90');
    await expect(page.getByText('Points restants : 10 sur 100')).toBeVisible();
    await fields.nth(1).fill('20');
    await expect(page.getByText('Trop de points : 10 de plus que 100. Retirez-en.')).toBeVisible();
    await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
    await expect(page.locator('#priorisation-erreurs')).toBeFocused();
    await fields.nth(1).fill('10');
    await expect(page.getByText('Points restants : 0 sur 100')).toBeVisible();
  }
  await expectUsableAt320(page);

  await page.getByRole('button', { name: 'Vérifier mon vote' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifier mon vote' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: favourite }).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirmer mon vote' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre récépissé' })).toBeVisible();
  await expect(page.locator('.receipt-code')).toHaveText(/\S{6,}/);
  await expectAccessible(page);

  // A second ballot is refused: the page says the resident has voted.
  await page.goto(`/priorisations/${process.slug}`);
  await expect(page.getByText('Vous avez déjà voté. Merci !')).toBeVisible();

  // The official closes the vote, counts and publishes from the back office.
  await official.goto('/gestion/travaux/priorisation');
  await official.getByRole('button', { name: `Clore le vote et compter « ${process.title} »` }).click();
  await expect(official.getByText(`Le vote « ${process.title} » est clos et compté.`)).toBeVisible();
  await official.getByRole('button', { name: `Publier les résultats de « ${process.title} »` }).click();
  await expect(official.getByText(`Les résultats de « ${process.title} » sont publiés.`)).toBeVisible();
  await official.context().close();

  // The results: the resident's favourite first (one ballot), the pairwise table, open data.
  await page.goto(`/priorisations/${process.slug}/resultats`);
  await expect(page.getByRole('heading', { level: 1, name: 'Résultats de la priorisation' })).toBeVisible();
  const rows = page
    .getByRole('table', { name: 'Les travaux dans l’ordre décidé par les habitants' })
    .getByRole('row');
  await expect(rows.nth(1)).toContainText(favourite);
  await expect(page.getByText('Votants : 1')).toBeVisible();
  if (prioritisation!.prioritisation.mode === 'ranking') {
    await expect(
      page.getByRole('table', {
        name: 'Nombre de votants qui préfèrent le chantier de la ligne à celui de la colonne',
      }),
    ).toBeVisible();
  }
  await expect(page.getByRole('link', { name: /Résultats \(CSV\)/ })).toBeVisible();
  await expectAccessible(page);
  await expectUsableAt320(page);
});

test('staff record at the counter the ranking of a resident without internet, once only', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const stamp = Date.now() % 100000;
  const staffApi = await apiAs(baseURL!, STAFF);
  const officialApi = await apiAs(baseURL!, OFFICIAL);
  const quartier = await territoryId(request, 'Les Tilleuls');
  const commune = await territoryId(request, 'Beaulieu-sur-Lierre');
  const titles = [`Banc rue du Four ${stamp}`, `Passage piéton devant l’école ${stamp}`];
  const workIds: string[] = [];
  for (const title of titles) {
    workIds.push(((await staffApi.post('/api/works', { territoryId: quartier, title, category: 'voirie', status: 'programme' })) as WorkDetail).id);
  }
  const processTitle = `Travaux des Tilleuls au guichet ${stamp}`;
  const process = (await officialApi.post('/api/processes', { territoryId: commune, kind: 'prioritisation', slug: `guichet-tilleuls-${stamp}`, title: processTitle })) as { id: string };
  await officialApi.post(`/api/processes/${process.id}/prioritisation`, { quartierId: quartier, mode: 'ranking', rankingRule: 'borda', workIds });
  await officialApi.post(`/api/processes/${process.id}/phase`, { phase: 'vote' });

  await signIn(page, STAFF);
  await page.goto('/gestion/travaux/priorisation');
  await page.getByRole('link', { name: `Classement au guichet pour « ${processTitle} »` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Classement au guichet' })).toBeVisible();
  await expectAccessible(page);

  const fillPerson = async () => {
    await page.getByLabel('Nom', { exact: true }).fill('Lefèvre');
    await page.getByLabel('Prénom', { exact: true }).fill('Jeanne');
    await page.getByLabel('Date de naissance').fill('1941-05-12');
    await page.getByLabel('J’ai vérifié un justificatif de domicile dans le quartier Les Tilleuls').check();
  };
  await fillPerson();
  // The resident moves a work with the keyboard, as online.
  const ballot = page.getByRole('list', { name: 'Votre classement des travaux' });
  const last = (await ballot.getByRole('heading', { level: 3 }).allInnerTexts()).map((t) => t.replace(/^Position \d+ sur \d+\s*:\s*/, '').trim())[1];
  await page.getByRole('button', { name: `Monter « ${last} »` }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `« ${last} » est maintenant en position 1 sur 2.` })).toBeAttached();
  await page.getByRole('button', { name: 'Enregistrer le classement' }).click();
  await expect(page.getByText('Classement enregistré. Le formulaire est prêt pour la personne suivante.')).toBeVisible();
  await expect(page.getByLabel('Nom', { exact: true })).toHaveValue('');
  await expectAccessible(page);

  // The same person again (the register matches name and birth date): refused, the error takes the focus.
  await fillPerson();
  await page.getByRole('button', { name: 'Enregistrer le classement' }).click();
  await expect(page.getByText(/a déjà donné son classement au guichet/)).toBeVisible();
  await expect(page.locator('#guichet-erreur')).toBeFocused();
  await expectAccessible(page);
});
