import { expect, test } from '@playwright/test';

import { ADMIN } from './demo.support';
import { expectAccessible, latestMailTo, uniqueEmail } from './support';

test('an admin grants the staff role on a commune, and it shows in the audit log', async ({ page, request }) => {
  // A verified resident to promote, created through the API as a person would through the web.
  const email = uniqueEmail('futur-agent');
  await request.get('/api/auth/csrf');
  const csrf = (await request.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const signUp = await request.post('/api/auth/sign-up', {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: { email, password: 'Nouvel-Agent-Mairie-2026', displayName: 'Morgan Futur-Agent' },
  });
  expect(signUp.status()).toBe(201);
  const mail = await latestMailTo(page, email);
  const token = new URL(mail.links.find((l) => l.includes('verifier-email')) as string).searchParams.get('token');
  expect((await request.post('/api/auth/verify-email', { headers: { 'X-XSRF-TOKEN': csrf }, data: { token } })).status()).toBe(200);

  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(ADMIN.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(ADMIN.password);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();

  await page.goto('/admin/roles');
  await expect(page.getByRole('heading', { level: 1, name: 'Rôles' })).toBeVisible();
  const picker = page.getByLabel('Territoire', { exact: true });
  const commune = await picker.locator('option', { hasText: 'Beaulieu-sur-Lierre' }).first().getAttribute('value');
  await picker.selectOption(commune as string);
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expectAccessible(page);

  await page.getByLabel('Adresse e-mail de la personne').fill(email);
  await page.getByLabel('Rôle', { exact: true }).selectOption('staff');
  await page.getByRole('button', { name: 'Attribuer le rôle' }).click();
  await expect(page.getByText(/Le rôle .* est attribué à Morgan Futur-Agent/)).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Morgan Futur-Agent' }).first()).toBeVisible();

  const roles = await (await page.request.get(`/api/admin/roles?territoryId=${commune}`)).json();
  expect(roles).toEqual(expect.arrayContaining([expect.objectContaining({ email, role: 'staff', territoryId: commune })]));

  await page.goto('/admin/journal');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
  const audit = await (await page.request.get(`/api/admin/audit?territoryId=${commune}`)).json();
  expect(audit.items[0]).toMatchObject({ action: 'role.grant', actorName: expect.any(String) });

  await page.goto('/admin/territoires');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);
});
