import { createHash, randomBytes } from 'node:crypto';
import { get, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { resident, setUpVote, VoteFixture } from './support/budget-fixtures';
import { createTestContext, TestContext } from './support/test-app';

/** The live participation dashboard: counts pushed as server-sent events after each ballot. */
describe('budget vote: live participation dashboard', () => {
  let ctx: TestContext;
  let fx: VoteFixture;
  let server: Server;
  let base = '';

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpVote(ctx);
    server = ctx.app.getHttpServer() as Server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await ctx.close();
  });

  /** A session cookie for an account, written as the session service does (only the hash is stored). */
  async function sessionOf(accountId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await ctx.sql(`INSERT INTO sessions (account_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour')`, [
      accountId,
      createHash('sha256').update(token).digest(),
    ]);
    return `agora_session=${token}`;
  }

  function open(cookie: string): Promise<IncomingMessage> {
    return new Promise((resolve, reject) => {
      get(`${base}/api/processes/${fx.process.id}/participation/live`, { headers: { cookie, accept: 'text/event-stream' } }, resolve).on('error', reject);
    });
  }

  /** Resolves with the data of the first event whose total satisfies `accept`. */
  function nextEvent(stream: IncomingMessage, accept: (data: { total: number }) => boolean): Promise<{ total: number; perChannel: Record<string, number> }> {
    return new Promise((resolve) => {
      let buffer = '';
      const onData = (chunk: Buffer) => {
        buffer += chunk.toString();
        for (const line of buffer.split('\n')) {
          if (!line.startsWith('data: ')) continue;
          const data = JSON.parse(line.slice(6));
          if (accept(data)) {
            stream.off('data', onData);
            resolve(data);
            return;
          }
        }
      };
      stream.on('data', onData);
    });
  }

  it('streams the counts at once, then again after a ballot', async () => {
    const stream = await open(await sessionOf(fx.official.account.id));
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    expect((await nextEvent(stream, () => true)).total).toBe(0);
    const voter = await resident(ctx, fx.tree.quartierA1);
    const later = nextEvent(stream, (data) => data.total === 1);
    await voter.post(`/api/processes/${fx.process.id}/ballots`).send({ budgetId: fx.city.id, projectIds: [fx.projects['P300']] }).expect(201);
    expect((await later).perChannel).toEqual({ online: 1, counter: 0, paper: 0 });
    stream.destroy();
  });

  it('refuses the stream to a resident', async () => {
    const voter = await resident(ctx, fx.tree.quartierA1);
    const stream = await open(await sessionOf(voter.account.id));
    expect(stream.statusCode).toBe(403);
    stream.destroy();
  });
});
