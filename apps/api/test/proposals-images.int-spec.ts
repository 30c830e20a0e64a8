import { existsSync } from 'node:fs';
import { join } from 'node:path';

import request from 'supertest';

import { countRows, insertProcess, proposalBody, setPhase } from './support/proposal-fixtures';
import { insertSmallTree } from './support/territory-fixtures';
import { createTestContext, signedInAgent, TestContext } from './support/test-app';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
const WEBP = Buffer.concat([Buffer.from('RIFF\x40\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(64, 2)]);

describe('proposals: images', () => {
  let ctx: TestContext;
  let processId: string;
  let author: Awaited<ReturnType<typeof signedInAgent>>;
  let proposalId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    const tree = await insertSmallTree(ctx);
    processId = await insertProcess(ctx, tree.communeA);
    author = await signedInAgent(ctx);
    proposalId = (await author.post(`/api/processes/${processId}/proposals`).send(proposalBody()).expect(201))
      .body.id;
  });
  afterAll(async () => ctx.close());

  const upload = (content: Buffer, filename: string, contentType: string, id = proposalId, as = author) =>
    as
      .post(`/api/proposals/${id}/images`)
      .field('alt', 'Le canal au printemps')
      .attach('file', content, { filename, contentType });

  it('stores a PNG on disk and serves it back with the sniffed type', async () => {
    const res = await upload(PNG, 'canal.png', 'image/png').expect(201);
    expect(res.body).toMatchObject({
      contentType: 'image/png',
      sizeBytes: PNG.length,
      alt: 'Le canal au printemps',
    });
    const [row] = await ctx.sql<{ storage_key: string }>(
      `SELECT storage_key FROM proposal_images WHERE id = $1`,
      [res.body.id],
    );
    expect(existsSync(join(ctx.dataDir, 'uploads', row.storage_key))).toBe(true);
    const served = await request(ctx.app.getHttpServer()).get(res.body.url).expect(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(served.body as Buffer, PNG)).toBe(0);
    const page = await request(ctx.app.getHttpServer()).get(`/api/proposals/${proposalId}`).expect(200);
    expect(page.body.imageUrl).toBe(res.body.url);
  });

  it('trusts the bytes, not the name: a JPEG named .png is stored as a JPEG', async () => {
    const res = await upload(JPEG, 'photo.png', 'image/png').expect(201);
    expect(res.body.contentType).toBe('image/jpeg');
  });

  it('refuses a script disguised as an image, saving nothing', async () => {
    const before = await countRows(ctx, 'proposal_images');
    const res = await upload(Buffer.from('<svg onload="alert(1)"></svg>'), 'joli.jpg', 'image/jpeg').expect(
      415,
    );
    expect(res.body).toMatchObject({
      code: 'IMAGE_TYPE_NOT_ALLOWED',
      message: { fr: expect.stringContaining('JPEG'), en: expect.any(String) },
    });
    expect(await countRows(ctx, 'proposal_images')).toBe(before);
  });

  it('refuses an image over 5 MB, saving nothing', async () => {
    const before = await countRows(ctx, 'proposal_images');
    const big = Buffer.concat([JPEG, Buffer.alloc(5 * 1024 * 1024, 0)]);
    const res = await upload(big, 'grande.jpg', 'image/jpeg').expect(413);
    expect(res.body).toMatchObject({
      code: 'IMAGE_TOO_LARGE',
      message: { fr: expect.stringContaining('5 Mo'), en: expect.stringContaining('5 MB') },
    });
    expect(await countRows(ctx, 'proposal_images')).toBe(before);
  });

  it('refuses a request without a file', async () => {
    const res = await author.post(`/api/proposals/${proposalId}/images`).send({}).expect(400);
    expect(res.body.code).toBe('IMAGE_MISSING');
  });

  it('holds at most five images per proposal', async () => {
    await upload(WEBP, 'a.webp', 'image/webp').expect(201);
    await upload(PNG, 'b.png', 'image/png').expect(201);
    await upload(PNG, 'c.png', 'image/png').expect(201);
    const res = await upload(PNG, 'd.png', 'image/png').expect(409);
    expect(res.body.code).toBe('TOO_MANY_IMAGES');
    const [{ n }] = await ctx.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM proposal_images WHERE proposal_id = $1`,
      [proposalId],
    );
    expect(n).toBe(5);
  });

  it('lets only the author add or remove images', async () => {
    const other = await signedInAgent(ctx);
    await upload(PNG, 'x.png', 'image/png', proposalId, other).expect(403);
    const [image] = await ctx.sql<{ id: string; storage_key: string }>(
      `SELECT id, storage_key FROM proposal_images WHERE proposal_id = $1 LIMIT 1`,
      [proposalId],
    );
    await other.delete(`/api/proposals/${proposalId}/images/${image.id}`).expect(403);
    await author.delete(`/api/proposals/${proposalId}/images/${image.id}`).expect(204);
    expect(existsSync(join(ctx.dataDir, 'uploads', image.storage_key))).toBe(false);
    await request(ctx.app.getHttpServer()).get(`/api/proposals/images/${image.id}`).expect(404);
  });

  it('refuses new images once the proposals phase has ended', async () => {
    const second = (
      await author
        .post(`/api/processes/${processId}/proposals`)
        .send(proposalBody({ title: 'Un autre' }))
        .expect(201)
    ).body.id;
    await setPhase(ctx, processId, 'assessment');
    const res = await upload(PNG, 'tard.png', 'image/png', second).expect(409);
    expect(res.body.code).toBe('NOT_PROPOSALS_PHASE');
    await setPhase(ctx, processId, 'proposals');
  });
});
