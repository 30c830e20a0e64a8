import request from 'supertest';

import type { CastPrioritisationResult, Prioritisation, PrioritisationPage, PrioritisationResults, ProcessDetail, WorkDetail } from '@agora/contracts';

import { Agent, resident } from './support/budget-fixtures';
import { insertSmallTree, SmallTree } from './support/territory-fixtures';
import { createTestContext, signInAs, TestContext } from './support/test-app';

describe('prioritisation of a quartier’s works', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let official: Agent;
  let staff: Agent;
  let process: ProcessDetail;
  let works: string[];
  let elsewhere: string;
  const rows = async () =>
    (await ctx.sql<{ ballots: number; register: number }>(`SELECT (SELECT count(*)::int FROM prioritisation_ballots) AS ballots, (SELECT count(*)::int FROM prioritisation_participations) AS register`))[0];

  const newWork = async (title: string, territoryId = tree.quartierA1) =>
    ((await staff.post('/api/works').send({ territoryId, title, category: 'voirie', estimatedCostCents: 100000, status: 'programme' }).expect(201)).body as WorkDetail).id;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    official = await signInAs(ctx, 'official', tree.communeA);
    staff = await signInAs(ctx, 'staff', tree.communeA);
    works = [await newWork('Éclairage rue Haute'), await newWork('Trottoirs avenue Verte'), await newWork('Square des Tilleuls')];
    elsewhere = await newWork('Piste cyclable A2', tree.quartierA2);
    process = (await official.post('/api/processes').send({ territoryId: tree.communeA, kind: 'prioritisation', slug: 'travaux-a1', title: 'Quels travaux d’abord à A1 ?' }).expect(201)).body as ProcessDetail;
  });
  afterAll(() => ctx.close());

  const url = () => `/api/processes/${process.id}/prioritisation`;

  it('refuses a work of another quartier in the list', async () => {
    const res = await official.post(url()).send({ quartierId: tree.quartierA1, mode: 'ranking', rankingRule: 'schulze', workIds: [works[0], elsewhere] }).expect(400);
    expect(res.body.code).toBe('WORK_OF_ANOTHER_QUARTIER');
    expect(await ctx.sql(`SELECT id FROM prioritisations`)).toEqual([]);
  });

  it('refuses a quartier of another commune, and an unknown work', async () => {
    const otherQuartier = await official.post(url()).send({ quartierId: tree.communeB, mode: 'points', workIds: works }).expect(400);
    expect(otherQuartier.body.code).toBe('WRONG_QUARTIER');
    const unknown = await official.post(url()).send({ quartierId: tree.quartierA1, mode: 'points', workIds: [works[0], '00000000-0000-4000-8000-000000000000'] }).expect(400);
    expect(unknown.body.code).toBe('UNKNOWN_WORK');
  });

  it('refuses staff (only officials open a prioritisation)', async () => {
    await staff.post(url()).send({ quartierId: tree.quartierA1, mode: 'points', workIds: works }).expect(403);
  });

  it('opens a ranking prioritisation counted by Schulze', async () => {
    const res = await official.post(url()).send({ quartierId: tree.quartierA1, mode: 'ranking', rankingRule: 'schulze', workIds: works }).expect(201);
    expect(res.body as Prioritisation).toMatchObject({ mode: 'ranking', rankingRule: 'schulze', quartierName: 'Quartier A1', lockedAt: null, points: null });
    expect((res.body as Prioritisation).rulesText.fr).toContain('Schulze');
    await official.post(`/api/processes/${process.id}/phase`).send({ phase: 'vote' }).expect(200);
  });

  it('tells a resident of A1 they may take part, and one of A2 they may not', async () => {
    const a1 = await resident(ctx, tree.quartierA1);
    const page = (await a1.get(url()).expect(200)).body as PrioritisationPage;
    expect(page.me).toMatchObject({ eligible: true, alreadyVoted: false });
    expect(page.prioritisation.works.map((w) => w.id).sort()).toEqual([...works].sort());
    const a2 = await resident(ctx, tree.quartierA2);
    const refused = await a2.post(`${url()}/ballot`).send({ ranking: [{ workId: works[0], rank: 1 }] }).expect(403);
    expect(refused.body.message.fr).toContain('Quartier A1');
  });

  it('refuses duplicate ranks, a work of another quartier, an unknown work and points in a ranking, saving nothing', async () => {
    const voter = await resident(ctx, tree.quartierA1);
    const before = await rows();
    const duplicate = await voter.post(`${url()}/ballot`).send({ ranking: [{ workId: works[0], rank: 1 }, { workId: works[1], rank: 1 }] }).expect(400);
    expect(duplicate.body.code).toBe('DUPLICATE_RANK');
    const foreign = await voter.post(`${url()}/ballot`).send({ ranking: [{ workId: elsewhere, rank: 1 }] }).expect(400);
    expect(foreign.body.code).toBe('WORK_OF_ANOTHER_QUARTIER');
    const unknown = await voter.post(`${url()}/ballot`).send({ ranking: [{ workId: '00000000-0000-4000-8000-000000000000', rank: 1 }] }).expect(400);
    expect(unknown.body.code).toBe('UNKNOWN_WORK');
    const points = await voter.post(`${url()}/ballot`).send({ points: [{ workId: works[0], points: 100 }] }).expect(400);
    expect(points.body.code).toBe('WRONG_BALLOT_MODE');
    expect(await rows()).toEqual(before);
  });

  it('records one ranking out of 200 identical concurrent requests, register and box apart; past 20 attempts the account is slowed down (429)', async () => {
    const voter = await resident(ctx, tree.quartierA1);
    const body = { ranking: [{ workId: works[2], rank: 1 }, { workId: works[0], rank: 2 }] };
    const before = await rows();
    const responses = await Promise.all(Array.from({ length: 200 }, () => voter.post(`${url()}/ballot`).send(body)));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    // The first 20 attempts reach the ballot box (one is recorded, 19 find it taken), the other 180 are rate limited.
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(statuses.filter((s) => s === 429)).toHaveLength(180);
    expect(await rows()).toEqual({ ballots: before.ballots + 1, register: before.register + 1 });
    const receipt = (responses.find((r) => r.status === 201)!.body as CastPrioritisationResult).receiptCode;
    const [ballot] = await ctx.sql<{ content: unknown }>(`SELECT content FROM prioritisation_ballots WHERE receipt_hash = sha256(convert_to($1, 'UTF8'))`, [receipt]);
    expect(ballot.content).toEqual({ ranking: [works[2], works[0]] });
  }, 180_000);

  it('keeps the register and the box without any shared key or time', async () => {
    const columns = await ctx.sql<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_name IN ('prioritisation_ballots', 'prioritisation_participations')`,
    );
    const ballotColumns = columns.filter((c) => c.table_name === 'prioritisation_ballots').map((c) => c.column_name).sort();
    expect(ballotColumns).toEqual(['content', 'id', 'prioritisation_id', 'receipt_hash']);
    const fks = await ctx.sql(
      `SELECT conname FROM pg_constraint WHERE contype = 'f' AND conrelid = 'prioritisation_ballots'::regclass AND confrelid = 'prioritisation_participations'::regclass`,
    );
    expect(fks).toEqual([]);
    const [types] = await ctx.sql<{ type: string }>(`SELECT data_type AS type FROM information_schema.columns WHERE table_name = 'prioritisation_participations' AND column_name = 'voted_on'`);
    expect(types.type).toBe('date');
  });

  it('locks the rules at the first ballot', async () => {
    const res = await official.patch(url()).send({ rankingRule: 'borda' }).expect(409);
    expect(res.body.code).toBe('RULES_LOCKED');
    const page = (await request(ctx.app.getHttpServer()).get(url()).expect(200)).body as PrioritisationPage;
    expect(page.prioritisation.lockedAt).not.toBeNull();
  });

  it('counts with Schulze, exposes the pairwise table, and publishes open data with SHA-256', async () => {
    for (const ranking of [
      [works[0], works[1], works[2]],
      [works[0], works[2]],
      [works[1], works[0], works[2]],
    ]) {
      const voter = await resident(ctx, tree.quartierA1);
      await voter.post(`${url()}/ballot`).send({ ranking: ranking.map((workId, i) => ({ workId, rank: i + 1 })) }).expect(201);
    }
    await request(ctx.app.getHttpServer()).get(`${url()}/results`).expect(404);
    const draft = (await staff.post(`${url()}/count`).expect(200)).body as PrioritisationResults;
    expect(draft).toMatchObject({ published: false, ballotCount: 4, rule: 'schulze' });
    // Turnout: among the verified accounts living in Quartier A1 (no census imported for this process).
    const [{ n }] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM accounts WHERE home_territory_id = $1 AND email_verified_at IS NOT NULL AND deleted_at IS NULL`, [tree.quartierA1]);
    expect(n).toBeGreaterThanOrEqual(4);
    expect(draft).toMatchObject({ eligibleCount: n, turnout: 4 / n });
    expect(draft.ranking[0].workId).toBe(works[0]);
    const { ids, matrix } = draft.pairwise!;
    // works[0] above works[2]: ballots 1, 2 and 3 (the first ballot put works[2] first).
    expect(matrix[ids.indexOf(works[0])][ids.indexOf(works[2])]).toBe(3);
    const published = (await staff.post(`${url()}/results/publish`).expect(200)).body as PrioritisationResults;
    expect(published.published).toBe(true);
    expect(published.files.map((f) => f.kind)).toEqual(['ballots-pabulib', 'results-csv']);
    const pb = published.files.find((f) => f.kind === 'ballots-pabulib')!;
    const file = await request(ctx.app.getHttpServer()).get(pb.url).expect(200);
    expect(file.headers['x-content-sha256']).toBe(pb.sha256);
    expect(file.text).toContain('vote_type;ordinal');
    const publicResults = (await request(ctx.app.getHttpServer()).get(`/api/processes/travaux-a1/prioritisation/results`).expect(200)).body as PrioritisationResults;
    expect(publicResults.ranking.map((r) => r.title)[0]).toBe('Éclairage rue Haute');
    const audit = await ctx.sql(`SELECT action FROM audit_entries WHERE object_id = $1 AND action LIKE 'prioritisation.%' ORDER BY at`, [process.id]);
    expect(audit.map((a) => (a as { action: string }).action)).toEqual(['prioritisation.create', 'prioritisation.count', 'prioritisation.publish']);
  });
});

describe('prioritisation by 100 points', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let official: Agent;
  let processId: string;
  let works: string[];

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    official = await signInAs(ctx, 'official', tree.communeA);
    works = [];
    for (const title of ['Parc', 'École']) {
      works.push(((await official.post('/api/works').send({ territoryId: tree.quartierA1, title, category: 'espaces_verts' }).expect(201)).body as WorkDetail).id);
    }
    processId = ((await official.post('/api/processes').send({ territoryId: tree.communeA, kind: 'prioritisation', slug: 'points-a1', title: '100 points pour A1' }).expect(201)).body as ProcessDetail).id;
    await official.post(`/api/processes/${processId}/prioritisation`).send({ quartierId: tree.quartierA1, mode: 'points', workIds: works }).expect(201);
    await official.post(`/api/processes/${processId}/phase`).send({ phase: 'vote' }).expect(200);
  });
  afterAll(() => ctx.close());

  it('refuses points that do not sum to 100, saving nothing', async () => {
    const voter = await resident(ctx, tree.quartierA1);
    const res = await voter.post(`/api/processes/${processId}/prioritisation/ballot`).send({ points: [{ workId: works[0], points: 60 }, { workId: works[1], points: 30 }] }).expect(400);
    expect(res.body).toMatchObject({ code: 'POINTS_NOT_100', message: { fr: 'Répartissez exactement 100 points (vous en avez donné 90).' } });
    expect(await ctx.sql(`SELECT id FROM prioritisation_ballots`)).toEqual([]);
  });

  it('counts by average points', async () => {
    for (const split of [[70, 30], [20, 80], [100, 0]]) {
      const voter = await resident(ctx, tree.quartierA1);
      await voter.post(`/api/processes/${processId}/prioritisation/ballot`).send({ points: works.map((workId, i) => ({ workId, points: split[i] })) }).expect(201);
    }
    const results = (await official.post(`/api/processes/${processId}/prioritisation/count`).expect(200)).body as PrioritisationResults;
    expect(results.rule).toBe('average');
    expect(results.ranking.map((r) => [r.title, r.score, r.total])).toEqual([
      ['Parc', '63.33', 190],
      ['École', '36.67', 110],
    ]);
    expect(results.pairwise).toBeNull();
  });
});

describe('prioritisation at the town-hall counter', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let staff: Agent;
  let processId: string;
  let works: string[];
  const counter = (as: Agent = staff) => as.post(`/api/processes/${processId}/prioritisation/counter-ballot`);
  const ballot = () => ({ points: [{ workId: works[0], points: 40 }, { workId: works[1], points: 60 }] });
  const boxes = async () => (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM prioritisation_ballots`))[0].n;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    const official = await signInAs(ctx, 'official', tree.communeA);
    staff = await signInAs(ctx, 'staff', tree.communeA);
    works = [];
    for (const title of ['Trottoir rue Neuve', 'Éclairage du stade']) {
      works.push(((await official.post('/api/works').send({ territoryId: tree.quartierA1, title, category: 'voirie' }).expect(201)).body as WorkDetail).id);
    }
    processId = ((await official.post('/api/processes').send({ territoryId: tree.communeA, kind: 'prioritisation', slug: 'guichet-a1', title: 'Travaux A1 au guichet' }).expect(201)).body as ProcessDetail).id;
    await official.post(`/api/processes/${processId}/prioritisation`).send({ quartierId: tree.quartierA1, mode: 'points', workIds: works }).expect(201);
    await official.post(`/api/processes/${processId}/phase`).send({ phase: 'vote' }).expect(200);
  });
  afterAll(() => ctx.close());

  it('records the ranking of a resident without an account, checked in person, and shows staff no receipt', async () => {
    const res = await counter().send({ ...ballot(), lastName: 'Lefèvre', firstName: 'Jeanne', birthDate: '1941-05-12', quartierId: tree.quartierA1 }).expect(201);
    expect(res.body).toEqual({ status: 'recorded', message: { fr: expect.stringContaining('Classement enregistré'), en: expect.any(String) } });
    const [entry] = await ctx.sql<{ channel: string; account_id: string | null; staff_id: string; hashed: boolean }>(
      `SELECT channel, account_id, staff_id, identity_hash IS NOT NULL AS hashed FROM prioritisation_participations`,
    );
    expect(entry).toEqual({ channel: 'counter', account_id: null, staff_id: staff.account.id, hashed: true });
    expect(await boxes()).toBe(1);
  });

  it('refuses the same person a second time at the counter, whatever the spelling of the name', async () => {
    const res = await counter().send({ ...ballot(), lastName: 'LEFEVRE', firstName: 'jeanne', birthDate: '1941-05-12', quartierId: tree.quartierA1 }).expect(409);
    expect(res.body).toMatchObject({ code: 'ALREADY_VOTED', message: { fr: expect.stringContaining('au guichet') } });
    expect(await boxes()).toBe(1);
  });

  it('refuses a person whose address was not checked in the quartier, an unidentified person, and residents, saving nothing', async () => {
    const noAddress = await counter().send({ ...ballot(), lastName: 'Martin', firstName: 'Paul', birthDate: '1950-01-01' }).expect(403);
    expect(noAddress.body.code).toBe('NOT_ELIGIBLE');
    const elsewhere = await counter().send({ ...ballot(), lastName: 'Martin', firstName: 'Paul', birthDate: '1950-01-01', quartierId: tree.quartierA2 }).expect(403);
    expect(elsewhere.body.message.fr).toContain('Quartier A1');
    const nobody = await counter().send({ ...ballot(), quartierId: tree.quartierA1 }).expect(400);
    expect(nobody.body.code).toBe('VOTER_IDENTITY_REQUIRED');
    const citizen = await resident(ctx, tree.quartierA1);
    await counter(citizen).send({ ...ballot(), lastName: 'Martin', firstName: 'Paul', birthDate: '1950-01-01', quartierId: tree.quartierA1 }).expect(403);
    const bad = await counter().send({ points: [{ workId: works[0], points: 30 }], lastName: 'Martin', firstName: 'Paul', birthDate: '1950-01-01', quartierId: tree.quartierA1 }).expect(400);
    expect(bad.body.code).toBe('POINTS_NOT_100');
    expect(await boxes()).toBe(1);
  });

  it('refuses at the counter someone who ranked online, and online someone who ranked at the counter', async () => {
    const online = await resident(ctx, tree.quartierA1);
    await online.post(`/api/processes/${processId}/prioritisation/ballot`).send(ballot()).expect(201);
    const refused = await counter().send({ ...ballot(), email: online.account.email }).expect(409);
    expect(refused.body.message.fr).toContain('en ligne');

    const offline = await resident(ctx, tree.quartierA1);
    await counter().send({ ...ballot(), email: offline.account.email.toUpperCase() }).expect(201);
    const again = await offline.post(`/api/processes/${processId}/prioritisation/ballot`).send(ballot()).expect(409);
    expect(again.body.code).toBe('ALREADY_VOTED');
    const page = (await offline.get(`/api/processes/${processId}/prioritisation`).expect(200)).body as PrioritisationPage;
    expect(page.me?.alreadyVoted).toBe(true);
    expect(await boxes()).toBe(3);
  });
});
