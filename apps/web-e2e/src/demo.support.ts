import { APIRequestContext, expect, Page, request as playwrightRequest } from '@playwright/test';

import type { Territory } from '@agora/contracts';

/** Demo accounts the API seeds with AGORA_DEMO=true. */
export const RESIDENT = { email: 'camille.martin@demo.agora.test', password: 'Demo-Citoyen-2026!' };
export const STAFF = { email: 'sacha.bernard@demo.agora.test', password: 'Demo-Agent-Mairie-2026!' };
export const OFFICIAL = { email: 'dominique.petit@demo.agora.test', password: 'Demo-Elu-Metropole-2026!' };
export const ADMIN = { email: 'claude.durand@demo.agora.test', password: 'Demo-Admin-Metropole-2026!' };

/** An API client signed in as `account`, with the CSRF header every write needs. */
export async function apiAs(baseURL: string, account: { email: string; password: string }) {
  const context = await playwrightRequest.newContext({ baseURL });
  await context.get('/api/auth/csrf');
  const csrf = (await context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const headers = { 'X-XSRF-TOKEN': csrf };
  const signIn = await context.post('/api/auth/sign-in', { headers, data: account });
  expect(signIn.status()).toBe(200);
  // The API rotates the token with the session.
  const fresh = (await context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? csrf;
  const write = async (method: 'post' | 'put', url: string, data: unknown) => {
    const response = await context[method](url, { headers: { 'X-XSRF-TOKEN': fresh }, data });
    expect(response.status(), `${method.toUpperCase()} ${url}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  };
  return {
    context,
    post: (url: string, data: unknown = {}) => write('post', url, data),
    put: (url: string, data: unknown = {}) => write('put', url, data),
  };
}

export async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Se connecter' }).last().click();
  await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
}

export async function territoryId(request: APIRequestContext, name: string): Promise<string> {
  const territories = (await (await request.get('/api/territories')).json()) as Territory[];
  const found = territories.find((territory) => territory.name === name);
  expect(found, name).toBeTruthy();
  return found!.id;
}
