import { randomUUID } from 'node:crypto';

import { DataSource } from 'typeorm';

import { DomainError } from '../src/errors/domain.error';
import { ProposalsService } from '../src/proposals/proposals.service';
import { insertProcess, proposalBody, setPhase } from './support/proposal-fixtures';
import { insertSmallTree } from './support/territory-fixtures';
import { createTestContext, signedInAgent, signInAs, TestContext } from './support/test-app';

/** What the budgets module calls, inside its own transaction, to put feasible proposals on the ballot. */
describe('proposals: the calls the budgets module makes', () => {
  let ctx: TestContext;
  let processId: string;
  let feasible: string;
  let notFeasible: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    const tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA);
    const author = await signedInAgent(ctx);
    const staff = await signInAs(ctx, 'staff', tree.communeA);
    const submit = async (title: string) =>
      (await author.post(`/api/processes/${processId}/proposals`).send(proposalBody({ title })).expect(201))
        .body.id as string;
    feasible = await submit('Un préau pour l’école');
    notFeasible = await submit('Un aéroport');
    await setPhase(ctx, processId, 'assessment');
    await staff
      .post(`/api/proposals/${feasible}/assessment`)
      .send({ feasible: true, reason: 'Faisable', finalCostCents: 4_200_000 })
      .expect(200);
    await staff
      .post(`/api/proposals/${notFeasible}/assessment`)
      .send({ feasible: false, reason: 'Hors budget' })
      .expect(200);
  });
  afterAll(async () => ctx.close());

  const inTransaction = <T>(
    work: (service: ProposalsService, manager: import('typeorm').EntityManager) => Promise<T>,
  ) => ctx.app.get(DataSource).transaction((manager) => work(ctx.app.get(ProposalsService), manager));

  it('lists the feasible proposals with their final cost', async () => {
    const list = await inTransaction((service, manager) => service.feasibleProposals(processId, manager));
    expect(list).toEqual([
      expect.objectContaining({ id: feasible, title: 'Un préau pour l’école', finalCostCents: 4_200_000 }),
    ]);
  });

  it('marks a feasible proposal as on the ballot, and takes it off again', async () => {
    const ballotProjectId = randomUUID();
    await inTransaction((service, manager) => service.markOnBallot(feasible, ballotProjectId, manager));
    const [row] = await ctx.sql<{ status: string; ballot_project_id: string }>(
      `SELECT status, ballot_project_id FROM proposals WHERE id = $1`,
      [feasible],
    );
    expect(row).toEqual({ status: 'onBallot', ballot_project_id: ballotProjectId });
    await expect(
      inTransaction((service, manager) => service.markOnBallot(feasible, randomUUID(), manager)),
    ).rejects.toBeInstanceOf(DomainError);
    await inTransaction((service, manager) => service.removeFromBallot(feasible, manager));
    const [after] = await ctx.sql<{ status: string }>(`SELECT status FROM proposals WHERE id = $1`, [
      feasible,
    ]);
    expect(after.status).toBe('feasible');
  });

  it('refuses to put a proposal that is not feasible on the ballot', async () => {
    await expect(
      inTransaction((service, manager) => service.markOnBallot(notFeasible, randomUUID(), manager)),
    ).rejects.toMatchObject({
      code: 'PROPOSAL_NOT_FEASIBLE',
    });
  });
});
