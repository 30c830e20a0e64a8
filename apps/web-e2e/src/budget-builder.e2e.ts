import { expect, test } from '@playwright/test';

import type { BudgetProcessPage } from '@agora/contracts';

import { OFFICIAL, RESIDENT, apiAs, signIn } from './demo.support';
import { expectAccessible } from './support';

/** A real 1×1 PNG, so the preview in the editor is an image a browser can show. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

test('an official sets up a budget process with two envelopes, its rules and eligibility, opens the vote, and the public page states the rules', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const slug = `bp-constructeur-${Date.now()}`;
  await signIn(page, OFFICIAL);

  // The list of the processes the official runs, with "Nouvelle démarche".
  await page.goto('/gestion/budgets');
  await expect(page.getByRole('heading', { level: 1, name: 'Budgets participatifs' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nouvelle démarche' }).click();

  // The process: territory, title, address, summary, rich-text description, image and calendar.
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle démarche' })).toBeVisible();
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Beaulieu-sur-Lierre' });
  await page.getByLabel('Titre', { exact: true }).fill('Budget participatif 2027');
  await expect(page.getByLabel(/Adresse de la page/)).toHaveValue('budget-participatif-2027');
  await page.getByLabel(/Adresse de la page/).fill(slug);
  await page.getByLabel(/Résumé/).fill('Proposez puis choisissez les projets de votre ville.');
  const description = page.getByRole('textbox', { name: /Description/ });
  await description.click();
  await page.keyboard.type('Un budget pour les habitants.');
  await page.getByRole('button', { name: 'Gras' }).click();
  await page.keyboard.type(' Votez en mars.');
  await page.getByLabel(/Image de la démarche/).setInputFiles({ name: 'beaulieu.png', mimeType: 'image/png', buffer: PNG });
  const calendar = page.getByRole('group', { name: 'Calendrier', exact: true });
  // Dates in the wrong order are refused before anything is sent, naming both phases.
  await calendar.getByRole('group', { name: 'Dépôt des idées' }).getByLabel('Premier jour').fill('2030-02-01');
  await calendar.getByRole('group', { name: 'Vote', exact: true }).getByLabel('Premier jour').fill('2030-01-15');
  await page.getByRole('button', { name: 'Créer la démarche' }).click();
  await expect(page.getByText(/la phase «\sVote\s» commence avant la phase «\sDépôt des idées\s»/).first()).toBeVisible();
  await expectAccessible(page);
  await calendar.getByRole('group', { name: 'Dépôt des idées' }).getByLabel('Premier jour').fill('2030-01-05');
  await calendar.getByRole('group', { name: 'Dépôt des idées' }).getByLabel('Dernier jour').fill('2030-01-31');
  await calendar.getByRole('group', { name: 'Vote', exact: true }).getByLabel('Premier jour').fill('2030-03-01');
  await calendar.getByRole('group', { name: 'Vote', exact: true }).getByLabel('Dernier jour').fill('2030-03-31');
  await page.getByRole('button', { name: 'Créer la démarche' }).click();

  // The envelopes: one for the whole city, one for a quartier.
  await expect(page.getByRole('heading', { level: 1, name: 'Enveloppes et règles de vote' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/gestion/budgets/${slug}/enveloppes$`));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ajouter une enveloppe' }).click();
  await page.getByLabel('Nom de l’enveloppe').fill('Toute la ville');
  await expect(page.getByLabel('Pour qui')).toHaveValue(/.+/);
  await page.getByLabel('Montant en euros').fill('200 000');
  await page.getByLabel('Choix dans la limite du budget').check();
  await page.getByLabel(/Dépense minimale en euros/).fill('50 000');
  await page.getByLabel('Parts égales').check();
  await page.getByLabel(/Nombre minimal de voix/).fill('10');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Créer l’enveloppe' }).click();
  await expect(page.getByRole('heading', { name: /^Toute la ville — 200\s000\s€$/ })).toBeVisible();

  await page.getByRole('button', { name: 'Ajouter une enveloppe' }).click();
  await page.getByLabel('Nom de l’enveloppe').fill('Quartier des Tilleuls');
  await page.getByLabel('Pour qui').selectOption({ label: 'Seulement\u00a0: Les Tilleuls' });
  await page.getByLabel('Montant en euros').fill('50 000');
  await page.getByLabel('Choix d’un nombre de projets').check();
  await page.getByLabel(/Nombre minimal de projets/).fill('4');
  await page.getByLabel(/Nombre maximal de projets/).fill('3');
  await page.getByRole('button', { name: 'Créer l’enveloppe' }).click();
  // Checked in the browser before sending, next to the field.
  await expect(page.getByText('Le nombre minimal de projets dépasse le maximum.').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/Nombre minimal de projets/).fill('1');
  await page.getByLabel('Le numéro de projet').check();
  await page.getByRole('button', { name: 'Créer l’enveloppe' }).click();
  await expect(page.getByRole('heading', { name: /^Quartier des Tilleuls — 50\s000\s€$/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Enveloppes\s: 2, pour un total de 250\s000\s€/ })).toBeVisible();
  await expect(page.getByText(/Choisissez entre 1 et 3 projets pour votre quartier \(Les Tilleuls\)/)).toBeVisible();

  // Who may vote.
  await page.getByRole('link', { name: 'Qui peut voter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Qui peut voter' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/Âge minimal/).fill('16');
  await page.getByLabel('Dans Beaulieu-sur-Lierre (le quartier déclaré par l’habitant)').check();
  await page.getByLabel('Un compte avec une adresse e-mail vérifiée').check();
  await page.getByLabel('Une vérification en personne au guichet').check();
  await page.getByRole('button', { name: 'Enregistrer les conditions' }).click();
  await expect(page.getByText(/il faut habiter Beaulieu-sur-Lierre, avoir au moins 16 ans/)).toBeVisible();

  // Projects on both ballots (staff usually turn feasible proposals into them; the API is enough here).
  const official = await apiAs(baseURL!, OFFICIAL);
  const setUp = (await (await official.context.get(`/api/budget-processes/${slug}`)).json()) as BudgetProcessPage;
  expect(setUp.process.imagePath).toMatch(/^\/api\/processes\/.+\/image\/.+\.png$/);
  expect(setUp.process.descriptionHtml).toContain('<b>');
  const [city, tilleuls] = setUp.budgets;
  for (const [budget, title, costCents] of [
    [city, 'Jardin partagé', 6_000_000],
    [city, 'Pistes cyclables', 12_000_000],
    [tilleuls, 'Bancs du square', 1_000_000],
    [tilleuls, 'Fresque de l’école', 1_500_000],
  ] as const) {
    await official.post(`/api/budgets/${budget.id}/projects`, { title, costCents });
  }

  // Phases: the calendar as planned, then the vote opened by hand after a confirmation.
  await page.getByRole('link', { name: 'Phases', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Phases' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Phase actuelle\s: En préparation$/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Nouvelle phase').selectOption({ label: 'Vote' });
  await page.getByRole('button', { name: 'Changer de phase' }).click();
  await expect(page.getByText(/Passer la démarche de «\sEn préparation\s» à «\sVote\s»\s\?/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: /Oui, passer à «\sVote\s»/ }).click();
  await expect(page.getByRole('heading', { name: /^Phase actuelle\s: Vote$/ })).toBeVisible();

  // The first ballot locks the rules: the envelopes are shown as announced, with the reason.
  const resident = await apiAs(baseURL!, RESIDENT);
  // The vote is open from 16: the resident states their birth date once (only the fact is kept).
  await resident.put(`/api/processes/${setUp.process.id}/age-declaration`, { birthDate: '1985-06-15' });
  await resident.post(`/api/processes/${setUp.process.id}/ballots`, {
    budgetId: city.id,
    projectIds: [await projectId(official, slug, 'Jardin partagé')],
  });
  await page.getByRole('link', { name: 'Enveloppes et règles' }).click();
  await expect(page.getByText(/Les règles ne peuvent plus changer\s: un premier bulletin a déjà été déposé/)).toBeVisible();
  await expect(page.getByRole('button', { name: /Modifier les règles : Toute la ville/ })).toHaveCount(0);
  await expectAccessible(page);

  // The public page states the declared rules in plain French.
  await page.goto(`/budgets/${slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Budget participatif 2027' })).toBeVisible();
  // The image uploaded in the editor illustrates the page (decorative: the title says what it is about).
  const image = page.locator('img.process-image');
  await expect(image).toHaveAttribute('alt', '');
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
  const rules = page.getByRole('region', { name: 'Les règles' });
  await expect(rules).toContainText(/Vous pouvez choisir des projets jusqu’à 200\s000\s€ pour toute la ville \(Beaulieu-sur-Lierre\)\. Votre choix doit atteindre au moins 50\s000\s€\./);
  await expect(rules).toContainText('méthode des parts égales');
  await expect(rules).toContainText('Un projet doit recueillir au moins 10 voix pour être retenu.');
  await expect(rules).toContainText(/Choisissez entre 1 et 3 projets pour votre quartier \(Les Tilleuls\)\./);
  await expect(rules).toContainText('En cas d’égalité, l’ordre des numéros de projet départage.');
  await expect(rules).toContainText(/il faut habiter Beaulieu-sur-Lierre, avoir au moins 16 ans/);
  await expectAccessible(page);
});

async function projectId(api: Awaited<ReturnType<typeof apiAs>>, slug: string, title: string): Promise<string> {
  const current = (await (await api.context.get(`/api/budget-processes/${slug}`)).json()) as BudgetProcessPage;
  const found = current.budgets.flatMap((budget) => budget.projects).find((project) => project.title === title);
  expect(found, title).toBeTruthy();
  return found!.id;
}
