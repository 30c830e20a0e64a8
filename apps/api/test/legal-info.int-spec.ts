import request from 'supertest';

import type { LegalInfo } from '@agora/contracts';

import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signInAs, TestContext } from './support/test-app';

const legal = (publisherName: string): LegalInfo => ({
  publisherName,
  publisherAddress: '1 place de la Mairie, 44000 Exemple',
  publicationDirector: 'Le maire',
  host: 'Hébergeur Exemple, 1 rue du Serveur, 75000 Paris',
  dpoName: 'Délégué à la protection des données',
  dpoContact: 'dpo@example.fr',
  dataProcessing: 'Adresse e-mail, nom affiché, quartier : pour participer.',
  retention: 'Jusqu’à la suppression du compte.',
  accessibilityStatus: 'partielle',
  accessibilityDetails: 'Audit réalisé en 2026 : 80 % des critères respectés.',
  accessibilityContact: 'accessibilite@example.fr',
});

describe('legal information per territory', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  const anonymous = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    admin = await signInAs(ctx, 'admin', tree.metropole);
  });
  afterAll(async () => ctx.close());

  it('answers a 404 with a clear message while nothing is filled in', async () => {
    const res = await anonymous().get(`/api/territories/${tree.quartierA1}/legal`).expect(404);
    expect(res.body).toMatchObject({
      code: 'LEGAL_INFO_MISSING',
      message: { fr: expect.any(String), en: expect.any(String) },
    });
  });

  it('lets an admin fill it in, and audits it', async () => {
    const res = await admin
      .put(`/api/territories/${tree.metropole}/legal`)
      .send({ legal: legal('Métropole Test') })
      .expect(200);
    expect(res.body).toEqual(legal('Métropole Test'));
    const [entry] = await ctx.sql(`SELECT actor_id, action, territory_id, before, after FROM audit_entries`);
    expect(entry).toEqual({
      actor_id: admin.account.id,
      action: 'territory.legal.update',
      territory_id: tree.metropole,
      before: null,
      after: legal('Métropole Test'),
    });
  });

  it('is inherited by descendants from the nearest ancestor that has it', async () => {
    expect(
      (await anonymous().get(`/api/territories/${tree.quartierA1}/legal`).expect(200)).body.publisherName,
    ).toBe('Métropole Test');
    await admin
      .put(`/api/territories/${tree.communeA}/legal`)
      .send({ legal: legal('Commune A') })
      .expect(200);
    expect(
      (await anonymous().get(`/api/territories/${tree.quartierA1}/legal`).expect(200)).body.publisherName,
    ).toBe('Commune A');
    expect((await anonymous().get('/api/territories/commune-b/legal').expect(200)).body.publisherName).toBe(
      'Métropole Test',
    );
  });

  it('audits the state before a change', async () => {
    await admin
      .put(`/api/territories/${tree.communeA}/legal`)
      .send({ legal: { ...legal('Commune A'), dpoContact: 'rgpd@commune-a.fr' } })
      .expect(200);
    const [entry] = await ctx.sql<{ before: LegalInfo; after: LegalInfo }>(
      `SELECT before, after FROM audit_entries ORDER BY id DESC LIMIT 1`,
    );
    expect([entry.before.dpoContact, entry.after.dpoContact]).toEqual([
      'dpo@example.fr',
      'rgpd@commune-a.fr',
    ]);
  });

  it('refuses missing, oversized and unknown fields, changing nothing', async () => {
    const before = await ctx.sql(`SELECT legal FROM territories WHERE id = $1`, [tree.communeA]);
    const { dpoName: _dropped, ...incomplete } = legal('X');
    const res = await admin
      .put(`/api/territories/${tree.communeA}/legal`)
      .send({
        legal: {
          ...incomplete,
          publisherName: 'x'.repeat(201),
          accessibilityStatus: 'parfaite',
          tracking: true,
        },
      })
      .expect(400);
    expect([...new Set(res.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual([
      'legal.accessibilityStatus',
      'legal.dpoName',
      'legal.publisherName',
      'legal.tracking',
    ]);
    await admin.put(`/api/territories/${tree.communeA}/legal`).send({}).expect(400);
    await admin.put(`/api/territories/${tree.communeA}/legal`).send(legal('Pas enveloppé')).expect(400);
    expect(await ctx.sql(`SELECT legal FROM territories WHERE id = $1`, [tree.communeA])).toEqual(before);
  });

  it('refuses staff (403) and signed-out callers (401)', async () => {
    const staff = await signInAs(ctx, 'staff', tree.metropole);
    await staff
      .put(`/api/territories/${tree.communeA}/legal`)
      .send({ legal: legal('Agent') })
      .expect(403);
    await agent(ctx.app)
      .put(`/api/territories/${tree.communeA}/legal`)
      .send({ legal: legal('Anonyme') })
      .expect(401);
  });

  it('answers unknown and malformed territories with a 404 and a 400', async () => {
    await anonymous().get('/api/territories/00000000-0000-4000-8000-000000000000/legal').expect(404);
    await anonymous().get('/api/territories/Pas%20valide/legal').expect(400);
    await admin
      .put('/api/territories/00000000-0000-4000-8000-000000000000/legal')
      .send({ legal: legal('X') })
      .expect(404);
  });
});
