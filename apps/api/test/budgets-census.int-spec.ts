import type { CensusUploadResult, EligibilityCheck } from '@agora/contracts';

import { resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, TestContext } from './support/test-app';

const CSV = ['nom;prénom;date_naissance;quartier', 'Martin;Léa;1990-04-03;quartier-a1', 'Durand;Paul;12/05/1985;quartier-a2', 'Petit;;1970-01-01;', 'Roux;Jean;1960-06-06;inconnu'].join('\n');

/** A process whose voters must be on the census list (or checked in person at the counter). */
describe('budget vote: census list', () => {
  let ctx: TestContext;
  let fx: VoteFixture;
  let upload: CensusUploadResult;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
    await fx.official.put(`/api/processes/${fx.process.id}/eligibility`).send({ residence: 'census', verifications: ['census', 'in_person'], minimumAge: 16 }).expect(200);
    upload = (await fx.staff.post(`/api/processes/${fx.process.id}/census`).send({ csv: CSV }).expect(200)).body as CensusUploadResult;
  });
  afterAll(() => ctx.close());

  it('imports the valid lines and names the rejected ones', () => {
    expect(upload.imported).toBe(2);
    expect(upload.rejected.map((r) => r.line)).toEqual([4, 5]);
  });

  it('stores only salted hashes, never the names', async () => {
    const columns = await ctx.sql<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_name = 'census_entries' ORDER BY column_name`);
    expect(columns.map((c) => c.column_name)).toEqual(['id', 'identity_hash', 'matched_by', 'matched_on', 'process_id', 'quartier_id']);
    const dump = JSON.stringify(await ctx.sql(`SELECT encode(identity_hash, 'escape') AS h FROM census_entries`));
    expect(dump).not.toMatch(/martin|Martin/);
  });

  it('counts a second upload of the same people as duplicates', async () => {
    const again = (await fx.staff.post(`/api/processes/${fx.process.id}/census`).send({ csv: CSV }).expect(200)).body as CensusUploadResult;
    expect(again).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it('tells a resident not on the list what to do', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const check = (await voter.get(`/api/processes/${fx.process.id}/eligibility/me`).expect(200)).body as EligibilityCheck;
    expect(check.eligible).toBe(false);
    expect(check.nextStep?.fr).toContain('retrouvez-vous dans la liste des habitants');
  });

  it('makes a resident eligible once they find themselves on the list', async () => {
    const voter = await resident(ctx, null);
    const res = await voter.post(`/api/processes/${fx.process.id}/census/match`).send({ lastName: 'MARTIN', firstName: 'lea', birthDate: '1990-04-03' }).expect(200);
    const check = res.body as EligibilityCheck;
    expect(check.eligible).toBe(true);
    expect(check.summary.fr).toContain('vous figurez sur la liste des habitants');
    expect(check.budgets.every((b) => b.eligible)).toBe(true);
  });

  it('refuses an entry already matched by another account', async () => {
    const other = await resident(ctx, null);
    const res = await other.post(`/api/processes/${fx.process.id}/census/match`).send({ lastName: 'Martin', firstName: 'Léa', birthDate: '1990-04-03' }).expect(409);
    expect(res.body.code).toBe('CENSUS_ALREADY_MATCHED');
  });

  it('stops guessing after five failed attempts', async () => {
    const guesser = await resident(ctx, null);
    for (let i = 0; i < 5; i++) {
      const res = await guesser.post(`/api/processes/${fx.process.id}/census/match`).send({ lastName: `Nom${i}`, firstName: 'X', birthDate: '2000-01-01' }).expect(404);
      expect(res.body.code).toBe('CENSUS_NO_MATCH');
    }
    await guesser.post(`/api/processes/${fx.process.id}/census/match`).send({ lastName: 'Durand', firstName: 'Paul', birthDate: '1985-05-12' }).expect(429);
  });

  it('refuses a paper ballot for someone on the list who already voted online', async () => {
    const voter = await resident(ctx, null);
    await voter.post(`/api/processes/${fx.process.id}/census/match`).send({ lastName: 'Durand', firstName: 'Paul', birthDate: '1985-05-12' }).expect(200);
    await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(201);
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'paper', lastName: 'Durand', firstName: 'Paul', birthDate: '1985-05-12', budgetId: fx.city.id, projectIds: [fx.projects['P500']] })
      .expect(409);
    expect(res.body.code).toBe('ALREADY_VOTED');
  });

  it('refuses an online ballot from someone who already voted on paper', async () => {
    await fx.staff.post(`/api/processes/${fx.process.id}/census`).send({ csv: 'nom;prenom;date_naissance;quartier\nBlanc;Marie;1975-07-07;quartier-a1' }).expect(200);
    await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'paper', lastName: 'Blanc', firstName: 'Marie', birthDate: '1975-07-07', budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] })
      .expect(201);
    const voter = await resident(ctx, null);
    await voter.post(`/api/processes/${fx.process.id}/census/match`).send({ lastName: 'Blanc', firstName: 'Marie', birthDate: '1975-07-07' }).expect(200);
    const res = await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q200']] }).expect(409);
    expect(res.body.code).toBe('ALREADY_VOTED');
  });

  it('refuses at the counter someone not on the list, even with a proof of address, when the list decides', async () => {
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/counter/ballots`)
      .send({ channel: 'counter', lastName: 'Nouveau', firstName: 'Né', birthDate: '2001-01-01', quartierId: fx.tree.quartierA1, budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] })
      .expect(403);
    expect(res.body.code).toBe('NOT_ELIGIBLE');
  });
});
