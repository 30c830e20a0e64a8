import { APIRequestContext, expect, Page, test } from '@playwright/test';

import type { Budget, ProcessDetail } from '@agora/contracts';

import { OFFICIAL, RESIDENT, apiAs, signIn, territoryId } from './demo.support';
import { expectAccessible } from './support';

/**
 * Issue 7: public pages arrive rendered by the server, so a slow phone shows them before (or
 * without) JavaScript; then the browser hydrates the same DOM without errors, under the strict
 * Content-Security-Policy (inline scripts only by this response's nonce), and a signed-in person
 * never inherits the anonymous view the server rendered.
 */

// The demo's pages (apps/api/src/budgets/demo, apps/api/src/consultations/demo).
const PAGES = [
  {
    name: 'home',
    path: '/',
    heading: 'Participez à la vie de votre territoire',
    content: ['Budget participatif 2026 — Beaulieu-sur-Lierre', 'Rénovation de la halle du marché'],
  },
  {
    name: 'open budget process',
    path: '/budgets/budget-participatif-2026-beaulieu',
    heading: 'Budget participatif 2026 — Beaulieu-sur-Lierre',
    content: ['Le vote est ouvert.', 'Montant total : 640 000 €', 'Quartier Les Tilleuls — 60 000 €'],
  },
  {
    name: 'published results',
    path: '/budgets/budget-participatif-2025-beaulieu/resultats',
    heading: 'Résultats du vote',
    content: ['Projets retenus (3)', 'Éclairage LED dans les rues', '111 voix', '300 000 €'],
  },
  {
    name: 'consultation',
    path: '/consultations/renovation-halle-du-marche',
    heading: 'Rénovation de la halle du marché',
    content: ['La halle du marché date de 1912.', 'Tout le monde peut répondre.'],
  },
] as const;

/** Records, from before any page script, what the browser reports: CSP refusals, errors, warnings. */
async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    // An anonymous visitor's `GET /api/me` answers 401 by design (the browser logs it as an error).
    if (text.startsWith('Failed to load resource') && new URL(message.location().url).pathname === '/api/me')
      return;
    // NG05xx: hydration found a DOM other than the one it expected (NG0500–NG0507 and friends).
    if (message.type() === 'error' || /NG05\d\d/.test(text))
      problems.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`CSP ${event.violatedDirective} refused ${event.blockedURI || 'inline'}: ${event.sample}`),
    );
  });
  return async () => [
    ...problems,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
  ];
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const spec of PAGES) {
    test(`the ${spec.name} page shows its content from the HTML alone`, async ({ page }) => {
      const response = await page.goto(spec.path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: spec.heading })).toBeVisible();
      for (const text of spec.content) await expect(page.getByText(text).first()).toBeVisible();
      // The server's HTML is in the page, not a shell waiting for scripts.
      await expect(page.locator('agora-root noscript')).toHaveCount(0);
    });
  }
});

test.describe('with JavaScript', () => {
  for (const spec of PAGES) {
    test(`the ${spec.name} page hydrates the server's DOM without errors or CSP refusals`, async ({
      page,
    }) => {
      const problems = await watchProblems(page);
      // Hold the app's script until the server's heading is marked: a DOM node Angular reused keeps the
      // mark, one it threw away and rendered again loses it.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/main-[A-Z0-9]+\.js$/, async (route) => {
        await held;
        await route.continue();
      });
      const response = await page.goto(spec.path, { waitUntil: 'commit' });
      const scriptSrc = (response?.headers()['content-security-policy'] ?? '')
        .split(';')
        .find((directive) => directive.startsWith('script-src '));
      expect(scriptSrc).toMatch(/^script-src 'self' 'nonce-[A-Za-z0-9+/]+={0,2}'$/);
      const heading = page.getByRole('heading', { level: 1, name: spec.heading });
      await heading.waitFor();
      await heading.evaluate(
        (element) => ((element as unknown as { fromServer: boolean }).fromServer = true),
      );
      release();
      await page.waitForLoadState('networkidle');

      // Interactive: the language switch works, and the same heading element is still there.
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
      await page.getByRole('button', { name: 'Français' }).click();
      await expect(heading).toBeVisible();
      expect(
        await heading.evaluate((element) => (element as unknown as { fromServer?: boolean }).fromServer),
      ).toBe(true);
      for (const text of spec.content) await expect(page.getByText(text).first()).toBeVisible();
      await expectAccessible(page);
      expect(await problems()).toEqual([]);
    });
  }

  test('a signed-in resident sees their own header and neighbourhood on the home page, not the anonymous ones', async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    await signIn(page, RESIDENT);
    const response = await page.goto('/');
    // With a session, the server does not render the page: it could only render the anonymous one.
    expect(await response?.text()).not.toContain('Participez à la vie de votre territoire');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Participez à la vie de votre territoire' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Se connecter' })).toHaveCount(0);
    const quartier = page.getByRole('region', { name: 'Votre quartier' });
    await expect(quartier.getByRole('link', { name: 'Créer un compte' })).toHaveCount(0);
    await expect(quartier.getByRole('link', { name: /quartier/ })).toBeVisible();
    expect(await problems()).toEqual([]);
  });

  test('a visitor who signs in on a server-rendered page then sees their signed-in header', async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    const response = await page.goto('/budgets/budget-participatif-2026-beaulieu');
    expect(await response?.text()).toContain('Le vote est ouvert.');
    await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
    await signIn(page, RESIDENT);
    await page.goto('/budgets/budget-participatif-2026-beaulieu');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Budget participatif 2026 — Beaulieu-sur-Lierre' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
    expect(await problems()).toEqual([]);
  });
});

test.describe('reading pages (home, budget process, results, legal pages)', () => {
  /** Whether the app's code started: its first act is asking the API who is signed in. */
  function watchStart(page: Page): { started: () => boolean } {
    let started = false;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/me') started = true;
    });
    return { started: () => started };
  }

  test('run no code until the visitor interacts, then a click made at that moment works', async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    const app = watchStart(page);
    const mainScripts: string[] = [];
    page.on('request', (request) => {
      if (/\/main-[A-Z0-9]+\.js$/.test(request.url())) mainScripts.push(request.url());
    });
    await page.goto('/budgets/budget-participatif-2025-beaulieu/resultats');
    await page.waitForLoadState('networkidle');
    await expect(page.getByText('Éclairage LED dans les rues').first()).toBeVisible();
    // Loaded and idle: the code is fetched (low priority) but nothing ran.
    expect(mainScripts.length).toBeGreaterThan(0);
    expect(app.started()).toBe(false);
    await expect(page.locator('agora-root')).toHaveAttribute('ng-server-context', 'ssr');

    // The very first interaction is a click on a button: the app starts and the click takes effect.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Results of the vote' })).toBeVisible();
    expect(app.started()).toBe(true);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Résultats du vote' })).toBeVisible();
    expect(await problems()).toEqual([]);
  });

  test('follow their links as plain links before the code runs', async ({ page }) => {
    const app = watchStart(page);
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    // Keyboard focus starts the app too; a programmatic navigation (no interaction) must not.
    await page.evaluate(() =>
      (
        document.querySelector('a[href="/budgets/budget-participatif-2026-beaulieu"]') as HTMLAnchorElement
      ).click(),
    );
    await expect(
      page.getByRole('heading', { level: 1, name: 'Budget participatif 2026 — Beaulieu-sur-Lierre' }),
    ).toBeVisible();
    expect(app.started()).toBe(false);
  });

  test('arrive in the language chosen on the device, rendered by the server, the code still waiting', async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();

    const app = watchStart(page);
    const response = await page.goto('/budgets/budget-participatif-2025-beaulieu/resultats');
    expect(await response?.text()).toContain('<html lang="en"');
    await expect(page.getByRole('heading', { level: 1, name: 'Results of the vote' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(app.started()).toBe(false);
    // Once the code runs, the page stays in English, on the server's DOM (it sent its English strings
    // along, so hydration writes no French meanwhile).
    const heading = page.getByRole('heading', { level: 1, name: 'Results of the vote' });
    await heading.evaluate((element) => ((element as unknown as { fromServer: boolean }).fromServer = true));
    await page.mouse.move(100, 200);
    await expect.poll(() => app.started()).toBe(true);
    await page.waitForLoadState('networkidle');
    await expect(heading).toBeVisible();
    expect(
      await heading.evaluate((element) => (element as unknown as { fromServer?: boolean }).fromServer),
    ).toBe(true);
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Résultats du vote' })).toBeVisible();
    expect(await problems()).toEqual([]);
  });

  test('start at once on a device whose choice the server did not know, and show the page in English', async ({
    page,
  }) => {
    const problems = await watchProblems(page);
    // A device that chose English before the language cookie existed: only its local storage says so.
    await page.addInitScript(() => window.localStorage.setItem('agora.locale', 'en'));
    await page.goto('/budgets/budget-participatif-2026-beaulieu');
    await expect(page.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Français' })).toBeVisible();
    expect(await problems()).toEqual([]);
  });

  test('write their dates in the territory’s time zone before any code runs', async ({ browser }) => {
    // A visitor in Paris reading a page rendered by a server running in UTC: the closing date is the
    // French one, as the app would write it.
    const context = await browser.newContext({ timezoneId: 'Europe/Paris', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/budgets/budget-participatif-2026-beaulieu');
    const rendered = await page.locator('main').innerText();
    await context.close();
    const live = await browser.newContext({ timezoneId: 'Europe/Paris' });
    const hydrated = await live.newPage();
    await hydrated.goto('/budgets/budget-participatif-2026-beaulieu');
    await hydrated.getByRole('button', { name: 'English' }).click();
    await hydrated.getByRole('button', { name: 'Français' }).click();
    await expect(hydrated.getByRole('button', { name: 'English' })).toBeVisible();
    expect(rendered).toMatch(/Du \d{1,2} [a-zéû]+ \d{4} au \d{1,2} [a-zéû]+ \d{4}/);
    expect(await hydrated.locator('main').innerText()).toBe(rendered);
    await live.close();
  });
});

test.describe("the ballot, rendered with the resident's session", () => {
  /** A budget process of Beaulieu-sur-Lierre, created by the demo official, with a city envelope of 100 000 €. */
  async function beaulieuBudget(
    baseURL: string,
    request: APIRequestContext,
    slugPrefix: string,
    title: string,
  ) {
    const slug = `${slugPrefix}-${Date.now()}`;
    const official = await apiAs(baseURL, OFFICIAL);
    const process = (await official.post('/api/processes', {
      territoryId: await territoryId(request, 'Beaulieu-sur-Lierre'),
      kind: 'budget',
      slug,
      title,
      summary: 'Un vote pour les tests du rendu serveur.',
      descriptionHtml: '<p>Votez.</p>',
    })) as ProcessDetail;
    const city = (await official.post(`/api/processes/${process.id}/budgets`, {
      territoryId: process.territoryId,
      name: 'Toute la ville',
      amountCents: 10_000_000,
      ballotKind: 'knapsack',
      countingRule: 'greedy',
    })) as Budget;
    return { slug, official, process, city };
  }

  test('arrives complete and private, runs no code until touched, and keeps what was ticked meanwhile', async ({
    page,
    request,
    baseURL,
  }) => {
    // A vote of its own: one envelope for the city (up to 100 000 €), one for Les Tilleuls.
    const { slug, official, process, city } = await beaulieuBudget(
      baseURL!,
      request,
      'bp-ssr',
      'Budget participatif rendu par le serveur',
    );
    const quartier = (await official.post(`/api/processes/${process.id}/budgets`, {
      territoryId: await territoryId(request, 'Les Tilleuls'),
      name: 'Les Tilleuls',
      amountCents: 3_000_000,
      ballotKind: 'approval',
      maxProjects: 2,
      countingRule: 'greedy',
      position: 1,
    })) as Budget;
    for (const [budget, title, costCents] of [
      [city, 'Pistes cyclables rue Haute', 6_000_000],
      [city, 'Fontaines à eau', 3_000_000],
      [quartier, 'Bancs au parc des Tilleuls', 1_000_000],
    ] as const) {
      await official.post(`/api/budgets/${budget.id}/projects`, { title, costCents, address: 'Beaulieu' });
    }
    await official.post(`/api/processes/${process.id}/phase`, { phase: 'vote' });
    const choice = (title: string) => page.getByLabel(new RegExp(`Je choisis «\\s*${title}\\s*»`));

    // Without a session the server renders nothing of it (the browser's router asks to sign in).
    expect(await (await request.get(`/budgets/${slug}/voter`)).text()).not.toContain('Fontaines à eau');

    const problems = await watchProblems(page);
    await signIn(page, RESIDENT);
    // The app's first act is fetching its CSRF cookie (who is signed in came with the page).
    let started = false;
    page.on('request', (sent) => {
      if (new URL(sent.url()).pathname === '/api/auth/csrf') started = true;
    });
    // The app's code waits until the test lets it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/main-[A-Z0-9]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });

    const response = await page.goto(`/budgets/${slug}/voter`);
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    const html = await response!.text();
    for (const text of [
      'Fontaines à eau',
      'Bancs au parc des Tilleuls',
      'Se déconnecter',
      'vous pouvez voter',
    ]) {
      expect(html).toContain(text);
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Voter' })).toBeVisible();
    await expect(page.getByText(/Il vous reste 100\s000\s€ sur 100\s000\s€/)).toBeVisible();

    // Ticked before the code runs: the boxes show it at once, the code starts (held here).
    await choice('Pistes cyclables rue Haute').check();
    await choice('Fontaines à eau').check();
    await choice('Bancs au parc des Tilleuls').check();
    await choice('Fontaines à eau').uncheck();
    await choice('Fontaines à eau').check();
    expect(started).toBe(false);
    await expect(page.getByText(/Il vous reste 100\s000\s€ sur 100\s000\s€/)).toBeVisible();

    // Once the app has taken over, it has every tick: the budget bar counts them, the boxes stay.
    release();
    await expect(page.getByText(/Il vous reste 10\s000\s€ sur 100\s000\s€/)).toBeVisible();
    for (const title of ['Pistes cyclables rue Haute', 'Fontaines à eau', 'Bancs au parc des Tilleuls']) {
      await expect(choice(title)).toBeChecked();
    }
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Relire mon vote' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Relire mon vote' })).toBeVisible();
    for (const title of ['Pistes cyclables rue Haute', 'Fontaines à eau', 'Bancs au parc des Tilleuls']) {
      await expect(page.getByText(title).first()).toBeVisible();
    }
    await page.getByRole('button', { name: 'Voter', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Votre récépissé' })).toBeVisible();
    await expect(page.locator('.receipt__code')).toHaveCount(2);
    expect(await problems()).toEqual([]);
  });

  test('that offers the census form starts its code at load: the form is there without a touch, and works', async ({
    page,
    request,
    baseURL,
  }) => {
    const { slug, official, process, city } = await beaulieuBudget(
      baseURL!,
      request,
      'bp-ssr-census',
      'Budget participatif sur liste des habitants',
    );
    await official.post(`/api/budgets/${city.id}/projects`, {
      title: 'Un kiosque à musique',
      costCents: 5_000_000,
    });
    await official.put(`/api/processes/${process.id}/eligibility`, {
      minimumAge: null,
      residence: 'census',
      verifications: ['census'],
    });
    await official.post(`/api/processes/${process.id}/census`, {
      csv: 'nom;prenom;date_naissance;quartier\nMartin;Camille;1985-07-14;\n',
    });
    await official.post(`/api/processes/${process.id}/phase`, { phase: 'vote' });

    const problems = await watchProblems(page);
    await signIn(page, RESIDENT);
    // The app's first act is fetching its CSRF cookie (who is signed in came with the page).
    let started = false;
    page.on('request', (sent) => {
      if (new URL(sent.url()).pathname === '/api/auth/csrf') started = true;
    });
    const response = await page.goto(`/budgets/${slug}/voter`);
    const html = await response!.text();
    expect(html).toContain('Où pouvez-vous voter');
    expect(html).not.toContain('data-agora-reading-page');
    // No touch, no key: the app starts by itself and brings the form.
    const census = page.getByRole('region', { name: 'Vous êtes sur la liste des habitants ?' });
    await expect(census).toBeVisible();
    expect(started).toBe(true);
    await expectAccessible(page);
    await census.getByLabel('Nom', { exact: true }).fill('Martin');
    await census.getByLabel('Prénom').fill('Camille');
    await census.getByLabel('Date de naissance').fill('1985-07-14');
    await census.getByRole('button', { name: 'Me retrouver dans la liste' }).click();
    await expect(page.getByRole('checkbox', { name: /Un kiosque à musique/ })).toBeVisible();
    expect(await problems()).toEqual([]);
  });
});
