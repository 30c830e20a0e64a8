import {
  APIRequestContext,
  Browser,
  BrowserContext,
  expect,
  Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';

import type {
  Budget,
  IdeaBoxDetail,
  ProcessDetail,
  ProposalDetail,
  SaveConsultationResult,
  WorkDetail,
} from '@agora/contracts';

import { ADMIN, OFFICIAL, STAFF, territoryId } from './demo.support';
import { latestMailTo, uniqueEmail } from './support';
import { XSS_PAYLOADS, packCorpus } from './xss.corpus';

/**
 * Issue 7, security tests: every text a person can write, filled with the XSS corpus through the real
 * API, then every public and staff page that shows it opened in Chromium. A payload that runs calls
 * `__xss(n)` or `alert(n)`: the detector (installed in every frame before any script) and the dialog
 * listener record it, and so does any inline script the Content-Security-Policy had to block (a
 * sanitiser failure hidden by the CSP is still a failure). Plain-text fields must show the payload as
 * text; rich-text fields must keep their marker paragraph.
 */

const PASSWORD = 'Charge-Utile-Xss-2026!';
const RICH_MARKER = 'Texte riche pour le test XSS';
/** A 1×1 PNG: uploads are checked by content. */
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF_MINI = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** The whole corpus as rich text: each payload in its own paragraph, after a marker that must stay visible. */
const RICH_CORPUS = `<p>${RICH_MARKER}</p>\n${XSS_PAYLOADS.map((p) => `<p>${p.text}</p>`).join('\n')}`;
/** The whole corpus as plain text, one payload a line. */
const PLAIN_CORPUS = XSS_PAYLOADS.map((p) => p.text).join('\n');

const at = (chunks: string[], i: number) => chunks[i % chunks.length];

type Account = { email: string; password: string };

/** An API client signed in as `account`: every write must succeed (the payloads are valid text). */
async function client(baseURL: string, account: Account) {
  const context = await playwrightRequest.newContext({ baseURL });
  await context.get('/api/auth/csrf');
  const csrfOf = async () =>
    (await context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const signIn = await context.post('/api/auth/sign-in', {
    headers: { 'X-XSRF-TOKEN': await csrfOf() },
    data: account,
  });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const csrf = await csrfOf();
  const send = async (method: 'post' | 'put' | 'patch', url: string, data?: unknown, multipart?: never) => {
    const response = await context[method](url, { headers: { 'X-XSRF-TOKEN': csrf }, data, multipart });
    expect(response.status(), `${method.toUpperCase()} ${url}: ${await response.text()}`).toBeLessThan(300);
    const text = await response.text();
    return text ? JSON.parse(text) : undefined;
  };
  return {
    context,
    post: (url: string, data: unknown = {}) => send('post', url, data),
    put: (url: string, data: unknown) => send('put', url, data),
    patch: (url: string, data: unknown) => send('patch', url, data),
    upload: async (
      url: string,
      fields: Record<string, string>,
      file: { name: string; mimeType: string; buffer: Buffer },
    ) => {
      const response = await context.post(url, {
        headers: { 'X-XSRF-TOKEN': csrf },
        multipart: { ...fields, file },
      });
      expect(response.status(), `POST ${url}: ${await response.text()}`).toBeLessThan(300);
      return response.json();
    },
  };
}
type Client = Awaited<ReturnType<typeof client>>;

/** Runs `work` over `items`, `size` at a time (the API is the bottleneck, not the test). */
async function inBatches<T, R>(
  items: T[],
  size: number,
  work: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size)
    results.push(
      ...(await Promise.all(items.slice(start, start + size).map((item, i) => work(item, start + i)))),
    );
  return results;
}

/** A resident account whose display name is a chunk of the corpus, signed up and verified through the API. */
async function residentNamed(
  baseURL: string,
  request: APIRequestContext,
  displayName: string,
  n: number,
  homeTerritoryId: string,
): Promise<Client> {
  const email = uniqueEmail(`xss${n}`);
  const anonymous = await playwrightRequest.newContext({ baseURL });
  await anonymous.get('/api/auth/csrf');
  const csrf = (await anonymous.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const signUp = await anonymous.post('/api/auth/sign-up', {
    headers: { 'X-XSRF-TOKEN': csrf },
    data: { email, password: PASSWORD, displayName },
  });
  expect(signUp.status(), await signUp.text()).toBeLessThan(300);
  await anonymous.dispose();
  const mail = await latestMailTo({ request } as Page, email);
  // The name is in the mail: escaped in its HTML, never markup.
  expect(mail.html).not.toContain(displayName);
  const link = new URL(mail.links.find((href) => href.includes('/verifier-email?token='))!);
  const verifier = await playwrightRequest.newContext({ baseURL });
  await verifier.get('/api/auth/csrf');
  const csrf2 = (await verifier.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const verified = await verifier.post('/api/auth/verify-email', {
    headers: { 'X-XSRF-TOKEN': csrf2 },
    data: { token: link.searchParams.get('token') },
  });
  expect(verified.status(), await verified.text()).toBeLessThan(300);
  await verifier.dispose();
  const signedIn = await client(baseURL, { email, password: PASSWORD });
  // A home quartier in the commune, so the resident may vote and answer.
  await signedIn.patch('/api/me', { homeTerritoryId });
  return signedIn;
}

/** Everything that would prove a payload ran, across pages, frames and navigations. */
class Detector {
  readonly hits: string[] = [];
  private where = '';

  async install(context: BrowserContext): Promise<void> {
    await context.exposeBinding('__xssReport', ({ frame }, kind: string, detail: string) => {
      this.hits.push(`${this.where}: ${kind} ${detail} (frame ${frame.url().slice(0, 80)})`);
    });
    await context.addInitScript(() => {
      const report = (kind: string, detail: string) =>
        (window as unknown as { __xssReport: (k: string, d: string) => void }).__xssReport(kind, detail);
      Object.defineProperty(window, '__xss', { value: (n: number) => report('payload ran', `#${n}`) });
      // An inline script or handler that reached the DOM and was only stopped by the CSP.
      document.addEventListener('securitypolicyviolation', (event) => {
        if (event.effectiveDirective.startsWith('script-src') || event.effectiveDirective === 'default-src')
          report('CSP blocked a script', `${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
      });
    });
  }

  watch(page: Page): void {
    page.on('dialog', (dialog) => {
      this.hits.push(`${this.where}: dialog ${dialog.type()} « ${dialog.message()} »`);
      void dialog.dismiss();
    });
  }

  at(where: string): void {
    this.where = where;
  }
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Opens `url`, waits until every expected text is shown as text, gives focus, animation and error
 * handlers time to fire, and checks nothing ran.
 */
async function visit(
  page: Page,
  detector: Detector,
  url: string,
  expected: string[],
  act?: () => Promise<void>,
) {
  const started = Date.now();
  detector.at(url);
  await page.goto(url);
  await expect(page.locator('h1').first()).toBeVisible({ timeout: 30_000 });
  const loaded = Date.now();
  if (act) await act();
  const wanted = expected.map(normalise);
  await expect
    .poll(
      async () => {
        const shown = normalise(await page.locator('body').innerText());
        return wanted.filter((text) => !shown.includes(text)).map((text) => text.slice(0, 60));
      },
      { message: `texts not shown on ${url}`, timeout: 15_000 },
    )
    .toEqual([]);
  // Hover and scroll the whole page (mouseover / scroll handlers; a reading page starts its code at
  // this first interaction and re-renders), then let requests, timers and animations run.
  await page.mouse.move(200, 300);
  await page.mouse.wheel(0, 20_000);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(250);
  expect(detector.hits, `script ran on ${url}`).toEqual([]);
  console.log(`xss: ${url} loaded in ${loaded - started} ms, checked in ${Date.now() - loaded} ms`);
}

async function signedInPage(browser: Browser, detector: Detector, account: Account | null): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR' });
  await detector.install(context);
  const page = await context.newPage();
  detector.watch(page);
  if (account) {
    // Sign in through the API in this browser context: the cookies are the page's.
    await page.request.get('/api/auth/csrf');
    const csrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const response = await page.request.post('/api/auth/sign-in', {
      headers: { 'X-XSRF-TOKEN': csrf },
      data: account,
    });
    expect(response.status()).toBe(200);
  }
  return page;
}

test('no XSS payload runs on any page that shows what people wrote', async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(Number(process.env['XSS_TIMEOUT'] ?? 480_000));
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200);
  const stamp = Date.now();
  const lap = (what: string) =>
    console.log(`xss: ${what} after ${((Date.now() - stamp) / 1000).toFixed(1)} s`);
  const commune = await territoryId(request, 'Beaulieu-sur-Lierre');
  const tilleuls = await territoryId(request, 'Les Tilleuls');

  const names = packCorpus(80);
  const titles150 = packCorpus(150);
  const titles200 = packCorpus(200);
  const texts300 = packCorpus(300);
  const texts1000 = packCorpus(1000);
  const texts2000 = packCorpus(2000);
  const texts5000 = packCorpus(5000);
  const labels60 = packCorpus(60);
  const labels100 = packCorpus(100);

  // Residents whose names are payloads: they write the proposals, ideas, comments and answers.
  const [official, staff, ...residents] = await Promise.all([
    client(baseURL!, OFFICIAL),
    client(baseURL!, STAFF),
    ...[0, 1, 2, 3, 4].map((i) => residentNamed(baseURL!, request, names[i], i, tilleuls)),
  ]);
  const residentAccounts = residents.length;
  const byResident = <T>(i: number, work: (resident: Client) => Promise<T>) =>
    work(residents[i % residentAccounts]);

  lap('accounts');
  // ---- Budget: process, envelope, ballot projects, proposals, comments, staff assessments.
  const budgetSlug = `xss-budget-${stamp}`;
  const budgetProcess = (await official.post('/api/processes', {
    territoryId: commune,
    kind: 'budget',
    slug: budgetSlug,
    title: titles200[0],
    summary: texts1000[0],
    descriptionHtml: RICH_CORPUS,
  })) as ProcessDetail;
  const budget = (await official.post(`/api/processes/${budgetProcess.id}/budgets`, {
    territoryId: commune,
    name: titles200[1],
    amountCents: 100_000_000,
    ballotKind: 'approval',
    maxProjects: 3,
    countingRule: 'greedy',
  })) as Budget;
  await inBatches(titles200, 6, (title, i) =>
    official.post(`/api/budgets/${budget.id}/projects`, {
      title,
      costCents: 100_000 + i,
      description: at(texts5000, i),
      address: at(texts300, i),
      category: at(labels100, i),
    }),
  );
  await official.post(`/api/processes/${budgetProcess.id}/phase`, { phase: 'proposals' });
  const proposals = (await inBatches(titles150, 6, (title, i) =>
    byResident(i, (resident) =>
      resident.post(`/api/processes/${budgetProcess.id}/proposals`, {
        kind: 'project',
        title,
        description: i === 0 ? PLAIN_CORPUS : i === 1 ? RICH_CORPUS : `Description : ${at(texts300, i)}`,
        descriptionFormat: i === 1 ? 'html' : undefined,
        category: at(labels60, i),
        address: at(titles200, i),
      }),
    ),
  )) as ProposalDetail[];
  const commented = proposals[0];
  const firstComments = await inBatches(texts5000, 3, (body, i) =>
    byResident(i, (resident) => resident.post(`/api/proposals/${commented.id}/comments`, { body })),
  );
  await byResident(4, (resident) =>
    resident.post(`/api/proposals/${commented.id}/comments`, {
      body: names[5],
      parentId: firstComments[0].id,
    }),
  );
  const assessed = proposals.slice(0, texts2000.length);
  await inBatches(assessed, 3, (proposal, i) =>
    staff.post(`/api/proposals/${proposal.id}/assessment`, {
      feasible: i % 2 === 0,
      reason: texts2000[i],
      finalCostCents: 50_000,
    }),
  );

  lap('budget seeded');
  // ---- Idea box: box texts, categories, ideas, comments, public answers.
  const boxSlug = `xss-idees-${stamp}`;
  const box = (await official.post('/api/idea-boxes', {
    territoryId: commune,
    slug: boxSlug,
    title: titles200[2],
    theme: texts300[0],
    summary: texts1000[1],
    descriptionHtml: RICH_CORPUS,
    categories: labels60.slice(0, 20),
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  })) as IdeaBoxDetail;
  const ideas = (await inBatches(titles150, 6, (title, i) =>
    byResident(i + 2, (resident) =>
      resident.post(`/api/processes/${box.id}/proposals`, {
        kind: 'idea',
        title,
        description: i === 0 ? PLAIN_CORPUS : i === 1 ? RICH_CORPUS : `Idée : ${at(texts300, i + 7)}`,
        descriptionFormat: i === 1 ? 'html' : undefined,
        category: labels60[i % 20],
        address: at(titles200, i + 3),
      }),
    ),
  )) as ProposalDetail[];
  await inBatches(texts5000, 3, (body, i) =>
    byResident(i + 1, (resident) => resident.post(`/api/proposals/${ideas[0].id}/comments`, { body })),
  );
  const answered = ideas.slice(0, texts2000.length);
  await inBatches(answered, 3, (idea, i) =>
    staff.post(`/api/proposals/${idea.id}/answer`, {
      answer: ['retained', 'studied', 'notRetained'][i % 3],
      reason: texts2000[i],
    }),
  );

  lap('ideas seeded');
  // ---- Consultation: texts, uploaded files with hostile names, questions, free answers, conclusions.
  const consultationSlug = `xss-consultation-${stamp}`;
  const questions = titles200.map((title, i) => ({
    id: `q${i}`,
    type: 'long-text',
    title: { fr: title },
    ...(i < texts5000.length ? { description: { fr: texts5000[i] } } : {}),
  }));
  questions.push({
    id: 'choix',
    type: 'multiple-choice',
    title: { fr: 'Choix' },
    options: titles200.slice(0, 10).map((label, i) => ({ id: `o${i}`, label: { fr: label } })),
  } as never);
  const consultationBody = (attachments: { images: unknown[]; documents: unknown[] }) => ({
    territoryId: commune,
    slug: consultationSlug,
    title: titles200[3],
    summary: texts1000[2],
    contextHtml: RICH_CORPUS,
    ...attachments,
    audience: 'everyone',
    anonymous: true,
    resultsVisibility: 'live',
    definition: { questions },
  });
  const saved = (await official.post(
    '/api/staff/consultations',
    consultationBody({ images: [], documents: [] }),
  )) as SaveConsultationResult;
  const consultationId = saved.consultation.id;
  const images = await inBatches([0, 1, 2], 3, (i) =>
    official.upload(
      `/api/staff/consultations/${consultationId}/attachments`,
      {},
      {
        name: `${XSS_PAYLOADS[i].text.slice(0, 60)}.png`,
        mimeType: 'image/png',
        buffer: PNG_1PX,
      },
    ),
  );
  const documents = await inBatches([3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 5, (i) =>
    official.upload(
      `/api/staff/consultations/${consultationId}/attachments`,
      {},
      {
        name: `${XSS_PAYLOADS[i].text.slice(0, 60)}.pdf`,
        mimeType: 'application/pdf',
        buffer: PDF_MINI,
      },
    ),
  );
  await official.put(
    `/api/staff/consultations/${consultationId}`,
    consultationBody({
      images: images.map((image: { path: string }, i) => ({ path: image.path, alt: texts300[i + 1] })),
      documents: documents.map((document: { path: string }, i) => ({
        path: document.path,
        name: titles200[i + 4],
      })),
    }),
  );
  await official.post(`/api/staff/consultations/${consultationId}/publish`);
  // The first resident keeps the answer form open for the browser; the others answer.
  await inBatches(residents.slice(1), 4, (resident, r) =>
    resident.post(`/api/consultations/${consultationId}/responses`, {
      answers: Object.fromEntries(texts5000.map((text, i) => [`q${(i + r) % titles200.length}`, text])),
    }),
  );

  lap('consultation seeded');
  // ---- Works: titles, descriptions, budget lines, timeline updates, photo texts.
  const works = (await inBatches(titles200, 6, (title, i) =>
    staff.post('/api/works', {
      territoryId: tilleuls,
      title,
      category: 'voirie',
      status: i === 1 ? 'abandonne' : 'programme',
      statusReason: i === 1 ? texts2000[0] : undefined,
      description: i < 2 ? PLAIN_CORPUS : at(texts300, i),
      budgetLine: at(labels100, i),
    }),
  )) as WorkDetail[];
  const entries = await inBatches(texts5000, 3, (text) =>
    staff.post(`/api/works/${works[0].id}/timeline`, { text }),
  );
  await inBatches([0, 1, 2], 3, (i) =>
    staff.upload(
      `/api/works/${works[0].id}/timeline/${entries[0].id}/photos`,
      { kind: 'during', alt: texts300[i + 5] },
      {
        name: `${XSS_PAYLOADS[i + 20].text.slice(0, 60)}.png`,
        mimeType: 'image/png',
        buffer: PNG_1PX,
      },
    ),
  );

  lap('works seeded');
  // ================= The pages, as the public, a resident and the staff see them.
  const detector = new Detector();
  const visitor = await signedInPage(browser, detector, null);
  const residentAccount = { email: '', password: PASSWORD };
  residentAccount.email = (
    (await (await residents[0].context.get('/api/me')).json()) as { email: string }
  ).email;
  const resident = await signedInPage(browser, detector, residentAccount);
  const officialPage = await signedInPage(browser, detector, OFFICIAL);
  const staffPage = await signedInPage(browser, detector, STAFF);

  // Budget, public.
  await visit(visitor, detector, `/budgets/${budgetSlug}`, [titles200[0], texts1000[0], RICH_MARKER]);
  const proposalPages = Math.ceil(titles150.length / 20);
  const listed = await collectShown(
    visitor,
    detector,
    `/budgets/${budgetSlug}/propositions?tri=newest`,
    proposalPages,
    'page',
  );
  for (const title of titles150)
    expect(listed, 'every proposal title is listed as text').toContain(normalise(title));
  await visit(visitor, detector, `/propositions/${proposals[0].id}`, [
    titles150[0],
    ...texts5000,
    names[0],
    ...XSS_PAYLOADS.slice(0, 40).map((p) => p.text),
  ]);
  await visit(visitor, detector, `/propositions/${proposals[1].id}`, [
    titles150[1],
    RICH_MARKER,
    texts2000[1],
  ]);
  for (let i = 2; i < assessed.length; i++)
    await visit(visitor, detector, `/propositions/${assessed[i].id}`, [titles150[i], texts2000[i]]);
  // Budget, staff.
  await visit(staffPage, detector, `/gestion/budgets/${budgetSlug}/etude`, []);
  await visit(staffPage, detector, `/gestion/budgets/${budgetSlug}/projets`, titles200.slice(0, 5));

  // The vote, then the results.
  await official.post(`/api/processes/${budgetProcess.id}/phase`, { phase: 'vote' });
  await visit(resident, detector, `/budgets/${budgetSlug}/voter`, [titles200[1], ...titles200]);
  const ballot = (await (await request.get(`/api/budget-processes/${budgetSlug}`)).json()) as {
    budgets: Budget[];
  };
  const chosen = ballot.budgets[0].projects.slice(0, 2);
  const { receiptCode } = (await residents[0].post(`/api/processes/${budgetProcess.id}/ballots`, {
    budgetId: budget.id,
    projectIds: chosen.map((project) => project.id),
  })) as { receiptCode: string };
  await visit(staffPage, detector, `/gestion/budgets/${budgetSlug}/participation`, []);
  await staff.post(`/api/processes/${budgetProcess.id}/count`);
  await staff.post(`/api/processes/${budgetProcess.id}/results/publish`);
  await visit(visitor, detector, `/budgets/${budgetSlug}/resultats`, titles200);

  lap('budget pages');
  // Idea box, public and staff.
  const boxListed = await collectShown(
    visitor,
    detector,
    `/idees/${boxSlug}`,
    Math.ceil(titles150.length / 20),
    'button',
  );
  for (const text of [titles200[2], texts300[0], RICH_MARKER, ...titles150])
    expect(boxListed, 'the box and every idea title are shown as text').toContain(normalise(text));
  await visit(visitor, detector, `/idees/idee/${ideas[0].id}`, [titles150[0], ...texts5000, texts2000[0]]);
  await visit(visitor, detector, `/idees/idee/${ideas[1].id}`, [titles150[1], RICH_MARKER, texts2000[1]]);
  for (let i = 2; i < answered.length; i++)
    await visit(visitor, detector, `/idees/idee/${answered[i].id}`, [titles150[i], texts2000[i]]);
  await visit(staffPage, detector, `/gestion/idees/${boxSlug}`, []);
  await visit(visitor, detector, '/idees', [titles200[2]]);

  lap('idea pages');
  // Consultation: list, page, answer form, live results, back office, then conclusions.
  await visit(visitor, detector, '/consultations', [titles200[3]]);
  await visit(visitor, detector, `/consultations/${consultationSlug}`, [
    titles200[3],
    texts1000[2],
    RICH_MARKER,
    ...titles200.slice(4, 14),
  ]);
  await visit(resident, detector, `/consultations/${consultationSlug}/repondre`, [
    ...titles200,
    ...texts5000,
  ]);
  await visit(visitor, detector, `/consultations/${consultationSlug}/resultats`, [
    ...titles200.slice(0, 10),
    texts5000[0],
  ]);
  await visit(officialPage, detector, `/gestion/consultations/${consultationSlug}`, [titles200[3]]);
  await visit(officialPage, detector, `/gestion/consultations/${consultationSlug}/resultats`, [texts5000[0]]);
  await visit(officialPage, detector, `/gestion/consultations/${consultationSlug}/modifier`, []);
  await official.post(`/api/staff/consultations/${consultationId}/close`);
  await official.put(`/api/staff/consultations/${consultationId}/conclusions`, {
    retainedHtml: RICH_CORPUS,
    decisionsHtml: RICH_CORPUS.replace(RICH_MARKER, 'Décisions'),
  });
  await official.post(`/api/staff/consultations/${consultationId}/conclusions/publish`);
  await visit(visitor, detector, `/consultations/${consultationSlug}`, [RICH_MARKER, 'Décisions']);

  lap('consultation pages');
  // Works, public and staff.
  const worksTotal = ((await (await request.get('/api/works?pageSize=1')).json()) as { total: number }).total;
  const worksListed = await collectShown(visitor, detector, '/travaux', Math.ceil(worksTotal / 50), 'page');
  for (const title of titles200)
    expect(worksListed, 'every work title is listed as text').toContain(normalise(title));
  await visit(visitor, detector, `/travaux/${works[0].id}`, [titles200[0], ...texts5000, texts300[5]]);
  await visit(visitor, detector, `/travaux/${works[1].id}`, [titles200[1], texts2000[0]]);
  // The back-office list orders works its own way (demo works first): only that nothing runs.
  await visit(staffPage, detector, '/gestion/travaux', []);
  await visit(staffPage, detector, `/gestion/travaux/${works[0].id}`, []);

  // Names: the account page of a resident whose name is a payload.
  await visit(resident, detector, '/mon-compte', [names[0]]);

  lap('first round of pages');
  // ---- The other pages that show written text: the budget's back office and receipt check, the idea
  // form and shop-demand map, a works prioritisation, the consultation back office and counter, and the
  // administration (territories, legal information, roles, journal).
  await visit(visitor, detector, `/verifier-recepisse?code=${encodeURIComponent(receiptCode)}`, [], async () => {
    // The check runs on demand (a form), or at once when the code comes in the address.
    const check = visitor.getByRole('button', { name: /Vérifier/ });
    if (await check.isVisible()) await check.click();
  });
  await expect
    .poll(async () => normalise(await visitor.locator('body').innerText()), { timeout: 15_000 })
    .toContain(normalise(chosen[0].title));
  for (const path of ['demarche', 'enveloppes', 'eligibilite', 'phase', 'guichet', 'depouillement', 'doublons', 'habitants'])
    await visit(officialPage, detector, `/gestion/budgets/${budgetSlug}/${path}`, []);
  await visit(officialPage, detector, '/gestion/budgets', [titles200[0]]);

  await inBatches([0, 1, 2, 3], 4, (i) =>
    byResident(i, (r) =>
      r.post(`/api/processes/${box.id}/proposals`, {
        kind: 'shop',
        shopType: ['bakery', 'cafe', 'other', 'bookshop'][i],
        title: titles150[i],
        description: `Commerce : ${at(texts300, i + 11)}`,
        category: labels60[i % 20],
        quartierId: tilleuls,
      }),
    ),
  );
  await visit(visitor, detector, `/idees/${boxSlug}/commerces`, []);
  await visit(resident, detector, `/idees/${boxSlug}/nouvelle`, [titles200[2]]);
  await visit(staffPage, detector, `/gestion/idees/${boxSlug}`, []);

  const prioritised = [works[0], ...works.slice(2, 7)];
  const prioritisationSlug = `xss-priorisation-${stamp}`;
  const prioritisation = (await official.post('/api/processes', {
    territoryId: commune,
    kind: 'prioritisation',
    slug: prioritisationSlug,
    title: titles200[5],
    summary: texts1000[3],
    descriptionHtml: RICH_CORPUS,
  })) as ProcessDetail;
  await official.post(`/api/processes/${prioritisation.id}/prioritisation`, {
    quartierId: tilleuls,
    mode: 'ranking',
    rankingRule: 'borda',
    // Not works[1]: abandoned works are not prioritised.
    workIds: prioritised.map((w) => w.id),
  });
  await official.post(`/api/processes/${prioritisation.id}/phase`, { phase: 'vote' });
  await visit(visitor, detector, '/priorisations', [titles200[5]]);
  const prioritisedTitles = prioritised.map((w) => w.title);
  await visit(resident, detector, `/priorisations/${prioritisationSlug}`, [titles200[5], ...prioritisedTitles]);
  await visit(staffPage, detector, '/gestion/travaux/priorisation', [titles200[5]]);
  await staff.post(`/api/processes/${prioritisation.id}/prioritisation/count`);
  await staff.post(`/api/processes/${prioritisation.id}/prioritisation/results/publish`);
  await visit(visitor, detector, `/priorisations/${prioritisationSlug}/resultats`, prioritisedTitles);

  await visit(officialPage, detector, '/gestion/consultations', [titles200[3]]);
  await visit(staffPage, detector, `/gestion/consultations/${consultationSlug}/guichet`, []);

  const admin = await client(baseURL!, ADMIN);
  const hostileQuartier = (await admin.post('/api/territories', {
    parentId: commune,
    kind: 'quartier',
    name: labels60[0],
    slug: `xss-quartier-${stamp}`,
  })) as { id: string; slug: string };
  await admin.put(`/api/territories/${hostileQuartier.id}/legal`, {
    legal: {
      publisherName: titles200[6],
      publisherAddress: texts300[8],
      publicationDirector: titles200[7],
      host: texts300[9],
      dpoName: titles200[8],
      dpoContact: 'dpo@beaulieu.example',
      dataProcessing: texts5000[0],
      retention: titles200[9],
      accessibilityStatus: 'partielle',
      accessibilityDetails: texts5000[1 % texts5000.length],
      accessibilityContact: 'accessibilite@beaulieu.example',
    },
  });
  await admin.post('/api/admin/roles', { email: residentAccount.email, role: 'staff', territoryId: hostileQuartier.id });
  const adminPage = await signedInPage(browser, detector, ADMIN);
  await visit(adminPage, detector, '/admin/territoires', [labels60[0]]);
  await visit(adminPage, detector, `/admin/territoires/${hostileQuartier.id}`, []);
  await visit(adminPage, detector, `/admin/territoires/${hostileQuartier.id}/informations-legales`, []);
  await visit(adminPage, detector, '/admin/roles', []);
  await visit(adminPage, detector, '/admin/journal', []);
  await visit(visitor, detector, `/mentions-legales?territoire=${hostileQuartier.slug}`, [titles200[6], titles200[7]]);
  await visit(visitor, detector, `/donnees-personnelles?territoire=${hostileQuartier.slug}`, [titles200[8]]);
  await visit(visitor, detector, `/accessibilite?territoire=${hostileQuartier.slug}`, []);
  // The resident's name among the staff of the quartier, where the administration lists roles.
  const roles = (await (await admin.context.get(`/api/admin/roles?territoryId=${hostileQuartier.id}`)).json()) as Array<{ displayName: string }>;
  expect(roles.map((r) => r.displayName)).toContain(names[0]);
  await admin.context.dispose();

  lap('all pages');
  expect(detector.hits).toEqual([]);
  for (const c of [official, staff, ...residents]) await c.context.dispose();
});

/** The text of a paginated list's pages (by `?page=` or by its « next » button), checked page by page. */
async function collectShown(
  page: Page,
  detector: Detector,
  url: string,
  pages: number,
  by: 'page' | 'button',
) {
  let shown = '';
  for (let p = 1; p <= pages; p++) {
    if (by === 'page' || p === 1) {
      const target = by === 'page' ? `${url}${url.includes('?') ? '&' : '?'}page=${p}` : url;
      detector.at(target);
      await page.goto(target);
      await expect(page.locator('h1').first()).toBeVisible({ timeout: 30_000 });
    } else {
      detector.at(`${url} (page ${p})`);
      await page.locator('nav.pagination button').last().click();
      await expect(page.locator('.pagination__status').first()).toContainText(String(p));
    }
    await page.waitForLoadState('load');
    await page.waitForTimeout(400);
    await page.mouse.move(200, 300);
    await page.mouse.wheel(0, 20_000);
    shown += ' ' + normalise(await page.locator('body').innerText());
    expect(detector.hits, `script ran on ${url} page ${p}`).toEqual([]);
  }
  return shown;
}
