import type { Budget, CensusUploadResult, CounterPrecheck, ProcessResults } from '@agora/contracts';

import { countRows, offlineResident, resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { insertProcess, proposalBody, setPhase } from './support/proposal-fixtures';
import { insertSmallTree } from './support/territory-fixtures';
import { createTestContext, signedInAgent, signInAs, TestContext } from './support/test-app';

/** The back office's gaps: editing ballot projects, the vote threshold, the counter pre-check, big census files. */
describe('budget back office', () => {
  let ctx: TestContext;
  let fx: VoteFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
  });
  afterAll(() => ctx.close());

  describe('before the first ballot', () => {
    it('lets staff change a ballot project’s cost, quartier and description', async () => {
      const res = await fx.staff
        .put(`/api/ballot-projects/${fx.projects['Q300']}`)
        .send({
          title: 'Q300',
          costCents: 25000,
          quartierId: fx.tree.quartierA1,
          description: 'Bancs et ombre',
        })
        .expect(200);
      const project = (res.body as Budget).projects.find((p) => p.id === fx.projects['Q300'])!;
      expect(project).toMatchObject({
        costCents: 25000,
        quartierId: fx.tree.quartierA1,
        description: 'Bancs et ombre',
      });
      const [audit] = await ctx.sql<{ action: string }>(
        `SELECT action FROM audit_entries WHERE object_id = $1 ORDER BY id DESC LIMIT 1`,
        [fx.projects['Q300']],
      );
      expect(audit.action).toBe('ballot-project.update');
    });

    it('declares a vote threshold with the rules and states it in plain words', async () => {
      const city = (await fx.official.patch(`/api/budgets/${fx.city.id}`).send({ minVotes: 2 }).expect(200))
        .body as Budget;
      expect(city.minVotes).toBe(2);
      expect(city.rulesText.fr).toContain('Un projet doit recueillir au moins 2 voix pour être retenu.');
      expect(city.rulesText.en).toContain('A project needs at least 2 votes to be funded.');
      const a1 = (await fx.official.patch(`/api/budgets/${fx.a1.id}`).send({ minVotes: 1 }).expect(200))
        .body as Budget;
      expect(a1.rulesText.fr).toContain('au moins 1 voix');
    });

    it('refuses a threshold of zero with a clear message', async () => {
      const res = await fx.official.patch(`/api/budgets/${fx.city.id}`).send({ minVotes: 0 }).expect(400);
      expect(res.body.fields?.[0]?.field).toBe('minVotes');
    });
  });

  describe('at the counter', () => {
    it('tells staff where a person already voted, and through which channel', async () => {
      const voter = await resident(ctx, fx.tree.quartierA1);
      await voter
        .post(`/api/processes/${fx.process.id}/ballots`)
        .send({ budgetId: fx.city.id, projectIds: [fx.projects['P600']] })
        .expect(201);
      const res = await fx.staff
        .post(`/api/processes/${fx.process.id}/counter/precheck`)
        .send({ email: voter.account.email })
        .expect(200);
      const check = res.body as CounterPrecheck;
      expect(check.votedIn).toEqual([{ budgetId: fx.city.id, name: 'Toute la ville', channel: 'online' }]);
      expect(check.message.fr).toBe(
        'Cette personne a déjà voté pour : Toute la ville (en ligne). Aucun second bulletin ne peut être enregistré pour ces enveloppes.',
      );
      expect(check.message.en).toContain('Toute la ville (online)');
    });

    it('says so when the person has not voted yet', async () => {
      const account = await offlineResident(ctx, fx.tree.quartierA1);
      const check = (
        await fx.staff
          .post(`/api/processes/${fx.process.id}/counter/precheck`)
          .send({ email: account.email })
          .expect(200)
      ).body as CounterPrecheck;
      expect(check.votedIn).toEqual([]);
      expect(check.message.fr).toBe('Cette personne n’a encore voté pour aucune enveloppe.');
    });

    it('finds a paper ballot by name and birth date', async () => {
      const person = { lastName: 'Lefèvre', firstName: 'Anne', birthDate: '1950-02-03' };
      await fx.staff
        .post(`/api/processes/${fx.process.id}/counter/ballots`)
        .send({
          ...person,
          channel: 'paper',
          quartierId: fx.tree.quartierA1,
          budgetId: fx.a1.id,
          projectIds: [fx.projects['Q100']],
        })
        .expect(201);
      const check = (
        await fx.staff
          .post(`/api/processes/${fx.process.id}/counter/precheck`)
          .send({ ...person, lastName: 'LEFEVRE' })
          .expect(200)
      ).body as CounterPrecheck;
      expect(check.votedIn).toEqual([{ budgetId: fx.a1.id, name: 'Quartier A1', channel: 'paper' }]);
    });

    it('still refuses the second ballot with a clear message, writing nothing', async () => {
      const voter = await resident(ctx, fx.tree.quartierA1);
      await voter
        .post(`/api/processes/${fx.process.id}/ballots`)
        .send({ budgetId: fx.a1.id, projectIds: [fx.projects['Q100']] })
        .expect(201);
      const before = await countRows(ctx);
      const res = await fx.staff
        .post(`/api/processes/${fx.process.id}/counter/ballots`)
        .send({
          email: voter.account.email,
          channel: 'counter',
          budgetId: fx.a1.id,
          projectIds: [fx.projects['Q200']],
        })
        .expect(409);
      expect(res.body.message.fr).toContain('Cette personne a déjà voté pour cette enveloppe');
      expect(await countRows(ctx)).toEqual(before);
    });

    it('refuses a pre-check without an identity, for an unknown e-mail, and for a resident', async () => {
      expect(
        (await fx.staff.post(`/api/processes/${fx.process.id}/counter/precheck`).send({}).expect(400)).body
          .code,
      ).toBe('VOTER_IDENTITY_REQUIRED');
      expect(
        (
          await fx.staff
            .post(`/api/processes/${fx.process.id}/counter/precheck`)
            .send({ email: 'personne@example.test' })
            .expect(404)
        ).body.code,
      ).toBe('VOTER_NOT_FOUND');
      const someone = await signedInAgent(ctx);
      await someone
        .post(`/api/processes/${fx.process.id}/counter/precheck`)
        .send({ email: someone.account.email })
        .expect(403);
    });
  });

  describe('once ballots are cast', () => {
    it('refuses to edit a ballot project, leaving it as it was', async () => {
      const res = await fx.staff
        .put(`/api/ballot-projects/${fx.projects['P300']}`)
        .send({ title: 'P300', costCents: 1 })
        .expect(409);
      expect(res.body.code).toBe('RULES_LOCKED');
      const [row] = await ctx.sql<{ cost_cents: string }>(
        `SELECT cost_cents FROM ballot_projects WHERE id = $1`,
        [fx.projects['P300']],
      );
      expect(row.cost_cents).toBe('30000');
    });

    it('locks the threshold with the other rules', async () => {
      const res = await fx.official.patch(`/api/budgets/${fx.city.id}`).send({ minVotes: 5 }).expect(409);
      expect(res.body.code).toBe('RULES_LOCKED');
    });

    it('does not fund projects below the threshold, and says why', async () => {
      // City (threshold 2): P600 has 1 vote so far; two more voters choose P600 + P300 and P300 alone would be 2.
      for (const projectIds of [[fx.projects['P600'], fx.projects['P300']], [fx.projects['P500']]]) {
        const voter = await resident(ctx, fx.tree.quartierA2);
        await voter
          .post(`/api/processes/${fx.process.id}/ballots`)
          .send({ budgetId: fx.city.id, projectIds })
          .expect(201);
      }
      const results = (await fx.staff.post(`/api/processes/${fx.process.id}/count`).expect(200))
        .body as ProcessResults;
      const city = results.budgets.find((b) => b.budgetId === fx.city.id)!;
      const byTitle = new Map(city.projects.map((p) => [p.title, p]));
      expect(byTitle.get('P600')).toMatchObject({ votes: 2, funded: true });
      // P300 (1 vote) and P500 (1 vote) fit in what is left, but did not reach 2 votes.
      expect(byTitle.get('P300')).toMatchObject({ votes: 1, funded: false, fundedByGreedy: false });
      expect(byTitle.get('P300')!.explanation.fr).toBe(
        'Non retenu. Il n’a pas atteint le seuil de 2 voix (1 voix).',
      );
      expect(byTitle.get('P500')!.explanation.en).toBe(
        'Not funded. It did not reach the threshold of 2 votes (1 vote).',
      );
      expect(city.usedCents).toBe(60000);
      // A1 (threshold 1): Q300 has no vote; greedy would otherwise fund it with the money left.
      const a1 = results.budgets.find((b) => b.budgetId === fx.a1.id)!;
      const q300 = a1.projects.find((p) => p.title === 'Q300')!;
      expect(q300).toMatchObject({ votes: 0, funded: false });
      expect(q300.explanation.fr).toContain('n’a pas atteint le seuil de 1 voix');
    });
  });
});

describe('budget back office: census file upload', () => {
  let ctx: TestContext;
  let fx: VoteFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx, { phase: 'assessment' });
    await fx.official
      .put(`/api/processes/${fx.process.id}/eligibility`)
      .send({ residence: 'census', verifications: ['census'] })
      .expect(200);
  });
  afterAll(() => ctx.close());

  const censusRows = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `Habitant${i};Prénom${i % 97};${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/19${50 + (i % 50)};${i % 2 ? 'quartier-a1' : ''}`,
    );

  it('imports a list far beyond the JSON body limit, sent as text/csv', async () => {
    const csv = ['nom;prenom;date_naissance;quartier', ...censusRows(40000)].join('\r\n');
    expect(Buffer.byteLength(csv)).toBeGreaterThan(1024 * 1024);
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/census/file`)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(csv)
      .expect(200);
    const result = res.body as CensusUploadResult;
    expect(result.imported + result.duplicates).toBe(40000);
    const [row] = await ctx.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM census_entries WHERE process_id = $1`,
      [fx.process.id],
    );
    expect(row.n).toBe(result.imported);
  });

  it('imports nothing when one line is bad, and names the lines', async () => {
    const [before] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM census_entries`);
    const csv = [
      'nom;prenom;date_naissance;quartier',
      'Neuf;Nina;2001-01-01;',
      'Sans;;2001-01-01;',
      'Loin;Luc;2001-01-01;inconnu',
    ].join('\n');
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/census/file`)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(400);
    expect(res.body.code).toBe('CENSUS_FILE_INVALID');
    expect(res.body.message.fr).toContain('lignes 3, 4');
    expect(res.body.message.fr).toContain('rien n’a été importé');
    expect(res.body.fields.map((f: { field: string }) => f.field)).toEqual(['line.3', 'line.4']);
    expect(res.body.fields[1].message.fr).toBe('Ligne 4 : Quartier inconnu : inconnu.');
    const [after] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM census_entries`);
    expect(after.n).toBe(before.n);
  });

  it('refuses a file without the expected columns', async () => {
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/census/file`)
      .set('Content-Type', 'text/csv')
      .send('a;b\n1;2')
      .expect(400);
    expect(res.body.fields[0].message.fr).toContain('Ligne 1 : La première ligne doit nommer les colonnes');
  });

  it('refuses another content type and an empty body', async () => {
    const json = await fx.staff
      .post(`/api/processes/${fx.process.id}/census/file`)
      .send({ csv: 'nom' })
      .expect(415);
    expect(json.body.message.fr).toContain('fichier CSV');
    await fx.staff
      .post(`/api/processes/${fx.process.id}/census/file`)
      .set('Content-Type', 'text/csv')
      .send('')
      .expect(400);
  });

  it('refuses a file announced as too large before reading it', async () => {
    const res = await fx.staff
      .post(`/api/processes/${fx.process.id}/census/file`)
      .set('Content-Type', 'text/csv')
      .set('Content-Length', String(64 * 1024 * 1024))
      .send('nom;prenom;date_naissance\n')
      .ok(() => true);
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('CENSUS_FILE_TOO_LARGE');
  });

  it('is for the process team only', async () => {
    const someone = await signedInAgent(ctx);
    await someone
      .post(`/api/processes/${fx.process.id}/census/file`)
      .set('Content-Type', 'text/csv')
      .send('nom;prenom;date_naissance\n')
      .expect(403);
  });
});

describe('budget back office: editing an assessment', () => {
  let ctx: TestContext;
  let processId: string;
  let staff: Awaited<ReturnType<typeof signInAs>>;
  let author: Awaited<ReturnType<typeof signedInAgent>>;

  beforeAll(async () => {
    ctx = await createTestContext();
    const tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA);
    author = await signedInAgent(ctx);
    staff = await signInAs(ctx, 'staff', tree.communeA);
  });
  afterAll(() => ctx.close());

  it('changes the verdict, reason and cost until the vote opens, then refuses', async () => {
    const id = (
      await author
        .post(`/api/processes/${processId}/proposals`)
        .send(proposalBody({ title: 'Un kiosque' }))
        .expect(201)
    ).body.id as string;
    await staff
      .post(`/api/proposals/${id}/assessment`)
      .send({ feasible: true, reason: 'Faisable', finalCostCents: 100000 })
      .expect(200);
    const edited = await staff
      .post(`/api/proposals/${id}/assessment`)
      .send({ feasible: true, reason: 'Faisable, devis revu', finalCostCents: 120000 })
      .expect(200);
    expect(edited.body).toMatchObject({
      status: 'feasible',
      assessment: { reason: 'Faisable, devis revu', finalCostCents: 120000 },
    });
    const audits = await ctx.sql<{ before: { status: string } }>(
      `SELECT before FROM audit_entries WHERE action = 'proposal.assess' AND object_id = $1 ORDER BY id`,
      [id],
    );
    expect(audits.map((a) => a.before.status)).toEqual(['published', 'feasible']);
    await setPhase(ctx, processId, 'vote');
    const res = await staff
      .post(`/api/proposals/${id}/assessment`)
      .send({ feasible: false, reason: 'Trop tard' })
      .expect(409);
    expect(res.body.code).toBe('ASSESSMENT_CLOSED');
    const [row] = await ctx.sql<{ status: string }>(`SELECT status FROM proposals WHERE id = $1`, [id]);
    expect(row.status).toBe('feasible');
  });
});
