import { expect, test } from '@playwright/test';

import { expectAccessible, latestMailTo, uniqueEmail } from './support';

const PASSWORD = 'Balade-au-Marche-2026';

test('a resident signs up, verifies from the outbox, signs in, sets a home quartier and signs out', async ({ page }) => {
  const email = uniqueEmail('resident');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);

  await page.goto('/inscription');
  await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Nom affiché').fill('Alix Habitante');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByRole('status')).toContainText('Vérifiez votre messagerie');
  await expectAccessible(page);

  const mail = await latestMailTo(page, email);
  const link = mail.links.find((href) => href.includes('/verifier-email?token='));
  expect(link).toBeTruthy();
  await page.goto(new URL(link as string).pathname + new URL(link as string).search);
  await expect(page.getByRole('heading', { level: 1, name: 'Vérification de votre adresse e-mail' })).toBeVisible();
  await expect(page.getByRole('status').or(page.getByRole('alert')).first()).toBeVisible();
  await expectAccessible(page);

  await page.goto('/connexion');
  await expectAccessible(page);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();

  await page.goto('/mon-compte');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expectAccessible(page);
  const quartier = page.getByLabel('Quartier où vous habitez');
  const choice = await quartier.locator('option', { hasText: 'Les Tilleuls' }).first().getAttribute('value');
  await quartier.selectOption(choice as string);
  await page.getByRole('button', { name: 'Enregistrer mon quartier' }).click();
  await expect(page.getByText('Votre quartier est enregistré.')).toBeVisible();
  const me = await (await page.request.get('/api/me')).json();
  expect(me.homeTerritoryName).toBe('Les Tilleuls');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('link', { name: 'Se connecter' }).first()).toBeVisible();
  expect((await page.request.get('/api/me')).status()).toBe(401);
});

test('the legal pages are published and accessible', async ({ page }) => {
  for (const [path, heading] of [
    ['/mentions-legales', /mentions légales/i],
    ['/donnees-personnelles', /données personnelles/i],
    ['/accessibilite', /accessibilité/i],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectAccessible(page);
  }
});

test('an unknown address shows the 404 page', async ({ page }) => {
  await page.goto('/cette-page-n-existe-pas');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
