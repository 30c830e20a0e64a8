import { expect, Page, test } from '@playwright/test';

import { RESIDENT, STAFF, signIn } from './demo.support';
import { expectAccessible, latestMailTo } from './support';

const BOX_SLUG = 'boite-a-idees-centre-beaulieu';
const BOX_TITLE = 'Boîte à idées : le centre-ville de demain';

/** At 320 px wide, nothing makes the page scroll sideways (WCAG 1.4.10 reflow). */
async function expectUsableAt320(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (size) await page.setViewportSize(size);
}

test('a resident proposes an idea (similar ideas suggested), staff answer it, the resident sees the answer live', async ({
  page,
  browser,
}) => {
  // Two browsers, six pages with axe, on a 2-core machine shared with other builds and test runs: minutes, not one.
  test.setTimeout(360_000);
  const title = `Une boulangerie bio place de la République ${Date.now() % 10000}`;

  // The resident finds the idea box from the header.
  await signIn(page, RESIDENT);
  await page.getByRole('link', { name: 'Idées', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boîtes à idées' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: BOX_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: BOX_TITLE })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Des arbres et de l’ombre sur la place de la République' })).toBeVisible();
  await expectAccessible(page);
  await expectUsableAt320(page);

  // The form: similar ideas show up while typing, accents or not.
  await page.getByRole('link', { name: 'Proposer une idée' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proposer une idée' })).toBeVisible();
  await page.getByLabel('Un commerce souhaité ici').check();
  await page.getByLabel('Type de commerce').selectOption({ label: 'Boulangerie' });
  await page.getByLabel('Titre de votre idée').fill('boulangerie place de la republique');
  await expect(page.getByText(/Des idées proches existent déjà/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Une boulangerie place de la République', exact: true })).toBeVisible();
  await expectAccessible(page);
  await expectUsableAt320(page);
  await page.getByLabel('Titre de votre idée').fill(title);
  await page.getByLabel('Votre idée', { exact: true }).fill('Du pain au levain et des produits locaux, ouverte le dimanche matin.');
  await page.getByLabel('Catégorie').selectOption('Commerces');
  await page.getByLabel('Quartier').selectOption({ label: 'Les Tilleuls' });
  await page.getByLabel('J’indique une adresse ou un lieu').check();
  await page.getByLabel('Adresse ou lieu').fill('Place de la République');
  await page.getByRole('button', { name: 'Publier mon idée' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('La mairie n’a pas encore répondu à cette idée.')).toBeVisible();
  await expectAccessible(page);
  await expectUsableAt320(page);
  const ideaUrl = page.url();

  // A staff member answers it from the back office, in another browser.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  await staff.goto(`/gestion/idees/${BOX_SLUG}`);
  await expect(staff.getByRole('heading', { level: 1, name: 'Modération et réponses' })).toBeVisible();
  await expectAccessible(staff);
  const item = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: title }) });
  await item.getByRole('button', { name: 'Répondre' }).click();
  await item.getByRole('radio', { name: 'Retenue', exact: true }).check();
  await item.getByLabel('Motif').fill('Le local de l’ancienne banque sera proposé à une boulangerie.');
  await expectAccessible(staff);
  await item.getByRole('button', { name: 'Publier la réponse' }).click();
  await expect(staff.getByText('La réponse est publiée et l’auteur prévenu.')).toBeVisible();
  await staffContext.close();

  // The resident's open page shows the answer without reloading; the author got the mail.
  await expect(page).toHaveURL(ideaUrl);
  await expect(page.getByText('Le local de l’ancienne banque sera proposé à une boulangerie.')).toBeVisible();
  await expect(page.getByText('Retenue', { exact: true })).toBeVisible();
  const mail = await latestMailTo(page, RESIDENT.email);
  expect(mail.subject).toContain('Réponse à votre idée');
  await expectAccessible(page);
});

test('the shop-demand map shows the wishes per kind and per quartier, with a table', async ({ page }) => {
  await page.goto(`/idees/${BOX_SLUG}/commerces`);
  await expect(page.getByRole('heading', { level: 1, name: 'Commerces souhaités' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Carte des commerces souhaités, par secteur' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Nombre de souhaits par quartier et par type de commerce' });
  await expect(table.getByRole('columnheader', { name: 'Boulangerie' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'Les Tilleuls' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Type de commerce').selectOption({ label: 'Café' });
  await expect(page.getByRole('status').filter({ hasText: /Carte mise à jour/ })).toHaveText(/\d+ secteurs/);
  await expect(table.getByRole('columnheader', { name: 'Boulangerie' })).toHaveCount(0);
  await expect(table.getByRole('columnheader', { name: 'Café' })).toBeVisible();
  await expectAccessible(page);
  await expectUsableAt320(page);
});

test('a resident replies to a comment; staff hide the reply, then restore it from the back office', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const stamp = Date.now() % 100000;
  const comment = `Il faudrait aussi des bancs à l’ombre (${stamp}).`;
  const reply = `Et une fontaine à boire à côté des bancs (${stamp}).`;

  await signIn(page, RESIDENT);
  await page.goto(`/idees/${BOX_SLUG}`);
  await page.getByRole('link', { name: 'Des arbres et de l’ombre sur la place de la République' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Des arbres et de l’ombre sur la place de la République' })).toBeVisible();
  await page.getByLabel('Votre commentaire').fill(comment);
  await page.getByRole('button', { name: 'Publier le commentaire' }).click();
  const thread = page.getByRole('listitem').filter({ hasText: comment }).last();
  await expect(thread).toBeVisible();

  // Reply from the keyboard: the button opens the form and takes the focus into it.
  await thread.getByRole('button', { name: /^Répondre/ }).first().press('Enter');
  const replyField = page.getByRole('textbox', { name: /^Votre réponse à / });
  await expect(replyField).toBeFocused();
  await expectAccessible(page);
  await replyField.fill(reply);
  await page.getByRole('button', { name: 'Publier la réponse' }).click();
  await expect(page.getByText('Votre réponse est publiée.')).toBeAttached();
  // The reply sits inside the comment it answers.
  await expect(page.getByRole('listitem').filter({ hasText: comment }).last().getByText(reply)).toBeVisible();
  const ideaUrl = page.url();

  // Staff hide the reply from the idea page, with a public reason.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, STAFF);
  await staff.goto(ideaUrl);
  const replyItem = staff.getByRole('listitem').filter({ hasText: reply }).last();
  await replyItem.getByRole('button', { name: 'Masquer ce commentaire' }).click();
  await replyItem.getByLabel('Raison du masquage (affichée publiquement)').fill('Test de modération');
  await expectAccessible(staff);
  await replyItem.getByRole('button', { name: 'Masquer le commentaire' }).click();
  await expect(staff.getByText(/Test de modération/).first()).toBeVisible();
  await expect(staff.getByText(reply)).toHaveCount(0);

  // … and bring it back from the back office's list of hidden content.
  await staff.goto(`/gestion/idees/${BOX_SLUG}`);
  const hiddenSection = staff.getByRole('region', { name: /Contenus masqués/ });
  await expect(hiddenSection).toBeVisible();
  await expectAccessible(staff);
  const hiddenItem = hiddenSection.getByRole('listitem').filter({ hasText: reply });
  await hiddenItem.getByRole('button', { name: /Rétablir le commentaire/ }).click();
  await expect(staff.getByText('Le commentaire est de nouveau visible.')).toBeVisible();
  await staffContext.close();

  await page.reload();
  await expect(page.getByText(reply)).toBeVisible();
});
