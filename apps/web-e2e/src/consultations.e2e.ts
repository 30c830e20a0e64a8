import { expect, test, type Page } from '@playwright/test';

import type { SaveConsultationResult } from '@agora/contracts';

import { OFFICIAL, RESIDENT, STAFF, apiAs, signIn, territoryId } from './demo.support';
import { expectAccessible } from './support';

/**
 * Opens the editor of a new item of this type at the end of the builder, and waits until it shows:
 * until then the previous item's editor is still on screen, and what is typed would go there.
 */
async function addItem(page: Page, type: string): Promise<void> {
  const untitled = page.getByRole('heading', { level: 3, name: `${type} Sans titre` });
  const before = await untitled.count();
  await page.getByLabel('Type du nouvel élément').selectOption({ label: type });
  await page.getByRole('button', { name: 'Ajouter', exact: true }).click();
  await expect(untitled).toHaveCount(before + 1);
}

/** Types the open item's title and checks its heading took it. */
async function titleItem(page: Page, title: string): Promise<void> {
  await page.getByLabel('Intitulé', { exact: true }).fill(title);
  await expect(page.getByRole('heading', { level: 3, name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
}

test('an official builds and publishes a consultation, a resident answers, results update live, then close and conclusions', async ({
  browser,
  page,
}) => {
  test.setTimeout(600_000);
  const title = `Sens unique rue Haute ${Date.now()}`;

  // The official builds the consultation in the back office.
  await signIn(page, OFFICIAL);
  await page.goto('/gestion/consultations');
  await expect(page.getByRole('heading', { level: 1, name: 'Gérer les consultations' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nouvelle consultation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle consultation' })).toBeVisible();
  await page.getByLabel('Territoire').selectOption({ label: 'Beaulieu-sur-Lierre' });
  await page.getByLabel('Titre', { exact: true }).fill(title);
  await page.getByLabel(/Résumé/).fill('La mairie envisage de mettre la rue Haute en sens unique.');

  await addItem(page, 'Oui / Non');
  await titleItem(page, 'Êtes-vous favorable au sens unique ?');
  await page.getByLabel('Réponse obligatoire').check();

  await addItem(page, 'Choix unique');
  await titleItem(page, 'Comment venez-vous rue Haute ?');
  await page.getByLabel('Choix 1', { exact: true }).fill('À pied');
  await page.getByLabel('Choix 2', { exact: true }).fill('En voiture');

  await addItem(page, 'Texte long');
  await titleItem(page, 'Pourquoi êtes-vous favorable ?');
  // Only earlier questions can be chosen; "equals Oui" is offered first.
  await page
    .getByLabel('Question', { exact: true })
    .selectOption({ label: 'Êtes-vous favorable au sens unique ?' });
  await expect(page.getByLabel('Condition', { exact: true })).toHaveValue('equals');
  // A combined condition: "Oui" OR "À pied" (the new rule starts on the nearest question above).
  await page.getByRole('button', { name: 'Ajouter une condition' }).click();
  await expect(page.getByLabel('Question de la condition 2')).toBeVisible();
  await page.getByLabel('Valeur de la condition 2').selectOption({ label: 'À pied' });
  await page.getByLabel('au moins une condition est remplie (OU)').check();
  await expectAccessible(page);

  // Reordering with the keyboard: the choice question goes first, then back.
  await page.getByRole('button', { name: 'Monter « Comment venez-vous rue Haute ? »' }).click();
  await expect(
    page.getByText('« Comment venez-vous rue Haute ? » est maintenant en position 1.'),
  ).toBeAttached();
  await page.getByRole('button', { name: 'Descendre « Comment venez-vous rue Haute ? »' }).click();

  // The preview applies the display condition as a resident would see it.
  await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
  const preview = page.getByRole('region', { name: /Aperçu/ });
  await expect(preview.getByText('Pourquoi êtes-vous favorable ?')).toHaveCount(0);
  await preview.getByLabel('Oui').check();
  await expect(preview.getByLabel(/Pourquoi êtes-vous favorable/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Publier la consultation' }).click();
  await expect(page.getByText('La consultation est publiée.')).toBeVisible();
  await expectAccessible(page);
  const slug = new URL(page.url()).pathname.split('/').pop()!;

  // Anyone follows the results live, in another window.
  const watcherContext = await browser.newContext({ locale: 'fr-FR' });
  const watcher = await watcherContext.newPage();
  await watcher.goto(`/consultations/${slug}/resultats`);
  await expect(watcher.getByText('Nombre de réponses : 0')).toBeVisible();
  await expect(watcher.getByText('Les résultats se mettent à jour à chaque réponse.')).toBeVisible();
  await expectAccessible(watcher);

  // A resident finds it in the list and answers.
  const residentContext = await browser.newContext({ locale: 'fr-FR' });
  const resident = await residentContext.newPage();
  await signIn(resident, RESIDENT);
  await resident.goto('/consultations');
  await expect(resident.getByRole('heading', { level: 1, name: 'Consultations' })).toBeVisible();
  await expectAccessible(resident);
  await resident.getByRole('link', { name: title }).click();
  await expect(resident.getByText(/Vos réponses sont anonymes/)).toBeVisible();
  await expectAccessible(resident);
  await resident.getByRole('link', { name: 'Répondre' }).click();

  // A required question left blank: the rules library says so before anything is sent.
  await resident.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(
    resident.getByRole('link', { name: /Question 1 : Cette question est obligatoire/ }),
  ).toBeVisible();
  await expectAccessible(resident);
  await resident.getByLabel('Oui').check();
  await resident.getByLabel(/Pourquoi êtes-vous favorable/).fill('Moins de bruit devant l’école.');
  await resident.getByLabel('À pied').check();
  await resident.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(resident.getByRole('heading', { level: 1, name: 'Merci pour vos réponses' })).toBeVisible();
  await expectAccessible(resident);

  // The results page updated without a reload.
  await expect(watcher.getByText('Nombre de réponses : 1')).toBeVisible();
  await expect(watcher.getByText('Moins de bruit devant l’école.')).toBeVisible();
  await expect(
    watcher.getByRole('status').filter({ hasText: 'Résultats mis à jour : 1 réponses.' }),
  ).toBeAttached();

  // The official closes it and publishes the conclusions.
  await page.getByRole('button', { name: 'Clôturer la consultation' }).click();
  await expect(page.getByText('La consultation est clôturée.')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Ce que nous retenons', exact: true })
    .fill('<p>La rue Haute passera en sens unique à la rentrée.</p>');
  await page.getByLabel(/Les décisions prises/).fill('<p>Travaux de signalisation en août.</p>');
  await page.getByRole('button', { name: 'Publier les conclusions' }).click();
  await expect(page.getByText(/Les conclusions sont publiées/)).toBeVisible();
  await expectAccessible(page);

  await resident.goto(`/consultations/${slug}`);
  await expect(resident.getByRole('heading', { name: 'Ce que nous retenons' })).toBeVisible();
  await expect(resident.getByText('La rue Haute passera en sens unique à la rentrée.')).toBeVisible();
  await expect(
    resident.getByText('Cette consultation est terminée. Vous ne pouvez plus répondre.'),
  ).toBeVisible();
  // The open data is published with the conclusions, each file with its fingerprint.
  await expect(resident.getByRole('link', { name: /Toutes les réponses, sans nom \(CSV\)/ })).toBeVisible();
  await expect(resident.getByText('Empreinte SHA-256 :').first()).toBeVisible();
  await expectAccessible(resident);

  await watcherContext.close();
  await residentContext.close();
});

test('staff answer at the counter once per person, fix a typo after the first answer and hide a free text', async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const slug = `halle-guichet-${Date.now()}`;
  const official = await apiAs(baseURL!, OFFICIAL);
  const saved = (await official.post('/api/staff/consultations', {
    territoryId: await territoryId(request, 'Beaulieu-sur-Lierre'),
    slug,
    title: 'Horaires de la halle',
    audience: 'everyone',
    anonymous: true,
    resultsVisibility: 'live',
    counterAnswers: true,
    definition: {
      questions: [
        { id: 'q1', type: 'yes-no', title: { fr: 'Faut-il ouvrir le dimanhce ?' }, required: true },
        { id: 'q2', type: 'long-text', title: { fr: 'Votre avis' } },
        {
          id: 'q3',
          type: 'ranking',
          title: { fr: 'Vos jours de marché préférés' },
          items: [
            { id: 'mardi', label: { fr: 'Mardi' } },
            { id: 'samedi', label: { fr: 'Samedi' } },
            { id: 'dimanche', label: { fr: 'Dimanche' } },
          ],
        },
      ],
    },
  })) as SaveConsultationResult;
  await official.post(`/api/staff/consultations/${saved.consultation.id}/publish`);

  await signIn(page, STAFF);
  await page.goto(`/gestion/consultations/${slug}/guichet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Réponse au guichet' })).toBeVisible();
  // Name and birth date always (they match an online answer of the same person), the e-mail if any.
  const identify = async () => {
    await page.getByLabel('Nom', { exact: true }).fill('Martin');
    await page.getByLabel('Prénom', { exact: true }).fill('Camille');
    await page.getByLabel('Date de naissance', { exact: true }).fill('1985-03-14');
    await page.getByLabel('Adresse e-mail de l’habitant').fill(RESIDENT.email);
  };
  await identify();
  await page.getByLabel('Oui').check();
  await page.getByLabel(/Votre avis/).fill('Je suis Camille Martin, appelez-moi au 06 12 34 56 78.');
  // Ranking with buttons only: add the items, then move one up; each move is announced.
  for (const day of ['Mardi', 'Samedi', 'Dimanche'])
    await page.getByRole('button', { name: `+ ${day}` }).click();
  await page.getByRole('button', { name: 'Monter « Samedi »' }).click();
  await expect(page.getByText('« Samedi » est en position 1.')).toBeAttached();
  await expect(page.getByRole('button', { name: 'Monter « Samedi »' })).toBeDisabled();
  await page.getByRole('button', { name: 'Enregistrer la réponse' }).click();
  await expect(page.getByText(/La réponse est enregistrée/)).toBeVisible();
  await expectAccessible(page);

  // The same person again: refused by the register, whatever the channel.
  await identify();
  await page.getByLabel('Non').check();
  await page.getByRole('button', { name: 'Enregistrer la réponse' }).click();
  await expect(page.locator('#guichet-erreurs')).toBeVisible();
  await expect(page.locator('#guichet-erreurs')).toContainText('a déjà répondu');
  await expect(page.getByText(/La réponse est enregistrée/)).toHaveCount(0);

  // Locked questions: only the wording changes, and the save says the fix is audited.
  await page.getByRole('link', { name: 'Questions et réglages' }).click();
  await expect(page.getByText(/les questions sont verrouillées/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ajouter', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: /Modifier\s+Faut-il ouvrir le dimanhce/ }).click();
  await page.getByLabel('Intitulé', { exact: true }).fill('Faut-il ouvrir le dimanche ?');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(
    page.getByText('La correction est enregistrée et notée dans le journal d’audit.'),
  ).toBeVisible();

  // Moderation: the text with a phone number disappears from the results.
  await page.getByRole('link', { name: 'Résultats et modération' }).click();
  await expect(page.getByRole('heading', { name: 'Faut-il ouvrir le dimanche ?' })).toBeVisible();
  await expect(page.getByText(/appelez-moi au 06 12 34 56 78/)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Samedi — rang moyen 1 (' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Masquer (données personnelles)' }).click();
  const opinions = page.getByRole('region', { name: 'Votre avis' });
  await expect(opinions.getByText(/appelez-moi au 06 12 34 56 78/)).toHaveCount(0);
  await expect(
    page.getByText('1 réponse(s) masquée(s) car elles contenaient des données personnelles.'),
  ).toBeVisible();

  // Hidden by mistake: the team finds it in the list of hidden texts and shows it again.
  const hidden = page.getByRole('region', { name: 'Réponses écrites masquées' });
  await expect(hidden.getByText(/appelez-moi au 06 12 34 56 78/)).toBeVisible();
  await expectAccessible(page);
  await hidden.getByRole('button', { name: 'Afficher de nouveau' }).click();
  await expect(hidden.getByText('Aucune réponse écrite n’est masquée.')).toBeVisible();
  await expect(opinions.getByText(/appelez-moi au 06 12 34 56 78/)).toBeVisible();
});

/** Nothing wider than the screen: no horizontal scroll, and every visible control inside the width. */
async function expectFitsWidth(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const tooWide: string[] = [];
    if (document.documentElement.scrollWidth > width) tooWide.push(`page ${document.documentElement.scrollWidth}px`);
    for (const element of Array.from(
      document.querySelectorAll<HTMLElement>('main a, main button, main input, main select, main textarea, main [tabindex="0"]'),
    )) {
      const box = element.getBoundingClientRect();
      if (!box.width || !box.height) continue; // not shown (visually hidden radios have a label instead)
      if (element.closest('.table-scroll') && !element.matches('.table-scroll')) continue; // scrolls in its own region
      if (box.left < -1 || box.right > width + 1)
        tooWide.push(`${element.tagName.toLowerCase()} ${element.id || element.textContent?.trim().slice(0, 30)}`);
    }
    return tooWide;
  });
  expect(overflow).toEqual([]);
}

test('at 320 px the answer form shows one question per screen, and the form and results fit the width', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  await signIn(page, RESIDENT);
  await page.goto('/consultations/renovation-halle-du-marche/repondre');
  await expect(page.getByRole('heading', { level: 1, name: 'Rénovation de la halle du marché' })).toBeVisible();
  // Anonymous: the draft stays in the browser, and the page says so.
  await expect(page.getByText(/il reste dans ce navigateur/)).toBeVisible();
  // The counter takes answers too: name and birth date, kept as a fingerprint apart from the answers.
  await expect(page.getByRole('group', { name: 'Qui répond' })).toBeVisible();
  await expectAccessible(page);

  let screens = 0;
  for (; screens < 15; screens++) {
    await expect(page.getByText(/Étape \d+ sur \d+/)).toBeVisible();
    await expectFitsWidth(page);
    const form = page.locator('main form');
    const radios = form.locator('input[type=radio]');
    if ((await radios.count()) && !(await form.locator('input[type=radio]:checked').count())) {
      await radios.first().check({ force: true });
    }
    const add = form.getByRole('button', { name: /^\+ / });
    while (await add.count()) await add.first().click();
    const next = page.getByRole('button', { name: 'Suivant' });
    if (!(await next.count())) break;
    await next.click();
  }
  expect(screens).toBeGreaterThanOrEqual(8);
  await expectAccessible(page);

  // A draft kept in this browser comes back after a reload.
  await page.getByRole('button', { name: 'Enregistrer et finir plus tard' }).click();
  await expect(page.getByText(/Vos réponses sont gardées dans ce navigateur/)).toBeVisible();
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('agora:consultation-draft:')));
  expect(stored).toHaveLength(1);

  // Sending without a name: the field says what is missing and takes the focus.
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.getByLabel('Nom', { exact: true })).toBeFocused();
  await expect(page.getByText('Indiquez votre nom.')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Nom', { exact: true }).fill('Martin');
  await page.getByLabel('Prénom', { exact: true }).fill('Camille');
  await page.getByLabel('Date de naissance', { exact: true }).fill('1985-03-14');
  await expectFitsWidth(page);
  await page.getByRole('button', { name: 'Envoyer mes réponses' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Merci pour vos réponses' })).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('agora:consultation-draft:'))),
  ).toEqual([]);
  await expectFitsWidth(page);

  await page.goto('/consultations/renovation-halle-du-marche/resultats');
  await expect(page.getByText(/Nombre de réponses : \d+/)).toBeVisible();
  await expectFitsWidth(page);
  await page.getByLabel('Quartier', { exact: true }).selectOption({ index: 1 });
  await expect(page.getByText(/Nombre de réponses : \d+/)).toBeVisible();
  await expectFitsWidth(page);
  await expectAccessible(page);
  await context.close();
});
