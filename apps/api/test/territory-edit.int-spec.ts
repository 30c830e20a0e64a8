import { insertSmallTree, polygon, rect, SmallTree } from './support/territory-fixtures';
import { agent, createTestContext, signInAs, TestContext } from './support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('territories: creating and editing (admins only, audited)', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  let admin: Awaited<ReturnType<typeof signInAs>>;
  let staff: Awaited<ReturnType<typeof signInAs>>;
  /** Signed out, but with the CSRF cookie and header, as a browser sends them. */
  const signedOut = () => agent(ctx.app);
  const count = async () => (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM territories`))[0].n;
  const auditCount = async () =>
    (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entries`))[0].n;

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
    admin = await signInAs(ctx, 'admin', tree.metropole);
    staff = await signInAs(ctx, 'staff', tree.metropole);
  });
  afterAll(async () => ctx.close());

  describe('creating', () => {
    const commune = () => ({
      parentId: tree.metropole,
      name: 'Commune C',
      slug: 'commune-c',
      kind: 'commune',
      inseeCode: '44190',
      boundary: polygon(rect(10, 0, 12, 10)),
    });

    it('lets an admin of the parent create a territory, with its bounding box, and audits it', async () => {
      const res = await admin.post('/api/territories').send(commune()).expect(201);
      expect(res.body).toMatchObject({
        parentId: tree.metropole,
        name: 'Commune C',
        slug: 'commune-c',
        kind: 'commune',
        inseeCode: '44190',
        hasBoundary: true,
      });
      expect(res.body.ancestors.map((t: { id: string }) => t.id)).toEqual([tree.metropole]);
      const [row] = await ctx.sql(
        `SELECT bbox_min_lng, bbox_min_lat, bbox_max_lng, bbox_max_lat FROM territories WHERE id = $1`,
        [res.body.id],
      );
      expect(row).toEqual({ bbox_min_lng: 10, bbox_min_lat: 0, bbox_max_lng: 12, bbox_max_lat: 10 });
      const [entry] = await ctx.sql(
        `SELECT actor_id, action, object_type, territory_id, before, after FROM audit_entries WHERE object_id = $1`,
        [res.body.id],
      );
      expect(entry).toMatchObject({
        actor_id: admin.account.id,
        action: 'territory.create',
        object_type: 'territory',
        territory_id: res.body.id,
        before: null,
        after: {
          name: 'Commune C',
          slug: 'commune-c',
          kind: 'commune',
          parentId: tree.metropole,
          boundary: { type: 'Polygon', sha256: expect.any(String) },
        },
      });
    });

    it('answers a slug already taken with a 409 and creates nothing', async () => {
      const before = await count();
      const res = await admin
        .post('/api/territories')
        .send({ ...commune(), slug: 'commune-a' })
        .expect(409);
      expect(res.body).toMatchObject({
        code: 'SLUG_TAKEN',
        message: { fr: expect.stringContaining('commune-a'), en: expect.stringContaining('commune-a') },
      });
      expect(await count()).toBe(before);
    });

    it('refuses kinds that do not nest', async () => {
      const res = await admin
        .post('/api/territories')
        .send({ parentId: tree.metropole, name: 'Q', slug: 'q-sous-metropole', kind: 'quartier' })
        .expect(400);
      expect(res.body.code).toBe('INVALID_NESTING');
      await admin
        .post('/api/territories')
        .send({ parentId: tree.quartierA1, name: 'C', slug: 'c-sous-quartier', kind: 'commune' })
        .expect(400);
    });

    it('refuses an INSEE code on a quartier', async () => {
      const res = await admin
        .post('/api/territories')
        .send({ parentId: tree.communeA, name: 'Q', slug: 'q-insee', kind: 'quartier', inseeCode: '44109' })
        .expect(400);
      expect(res.body.code).toBe('INSEE_NOT_APPLICABLE');
    });

    it('refuses staff (403) and anonymous callers (401), and creates nothing', async () => {
      const before = await count();
      await staff
        .post('/api/territories')
        .send({ ...commune(), slug: 'par-un-agent' })
        .expect(403);
      await signedOut()
        .post('/api/territories')
        .send({ ...commune(), slug: 'anonyme' })
        .expect(401);
      expect(await count()).toBe(before);
    });

    it('answers an unknown parent with a 404, a malformed or missing one with a 400', async () => {
      expect(
        (
          await admin
            .post('/api/territories')
            .send({ ...commune(), parentId: UNKNOWN_ID, slug: 'x1' })
            .expect(404)
        ).body.code,
      ).toBe('TERRITORY_NOT_FOUND');
      expect(
        (
          await admin
            .post('/api/territories')
            .send({ ...commune(), parentId: 'abc', slug: 'x2' })
            .expect(400)
        ).body.code,
      ).toBe('INVALID_ID');
      expect(
        (
          await admin
            .post('/api/territories')
            .send({ ...commune(), parentId: undefined, slug: 'x3' })
            .expect(400)
        ).body.code,
      ).toBe('TERRITORY_REQUIRED');
      expect(
        (
          await admin
            .post('/api/territories')
            .send({ ...commune(), parentId: 42, slug: 'x4' })
            .expect(400)
        ).body.code,
      ).toBe('INVALID_ID');
    });

    it('refuses oversized strings, bad slugs, wrong types and unknown fields, field by field', async () => {
      const before = await count();
      const res = await admin
        .post('/api/territories')
        .send({
          parentId: tree.metropole,
          name: 'x'.repeat(121),
          slug: 'Pas Un Slug',
          kind: 'ville',
          inseeCode: 44109,
          colour: 'red',
        })
        .expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect([...new Set(res.body.fields.map((f: { field: string }) => f.field))].sort()).toEqual([
        'colour',
        'inseeCode',
        'kind',
        'name',
        'slug',
      ]);
      for (const field of res.body.fields)
        expect(field.message).toEqual({ fr: expect.any(String), en: expect.any(String) });
      expect(await count()).toBe(before);
    });

    it('refuses a blank name', async () => {
      expect(
        (
          await admin
            .post('/api/territories')
            .send({ ...commune(), name: '   ', slug: 'blanc' })
            .expect(400)
        ).body.fields[0].field,
      ).toBe('name');
    });
  });

  describe('GeoJSON boundaries', () => {
    const create = (boundary: unknown) =>
      admin
        .post('/api/territories')
        .send({ parentId: tree.communeB, name: 'Q', slug: 'q-geojson', kind: 'quartier', boundary });

    it('refuses an unclosed ring, naming the position, in French and English, and creates nothing', async () => {
      const before = await count();
      const open = rect(5, 0, 6, 1)
        .slice(0, 4)
        .concat([[5, 0.5]]);
      const res = await create({ type: 'Polygon', coordinates: [open] }).expect(400);
      expect(res.body).toMatchObject({
        code: 'INVALID_GEOJSON',
        message: {
          fr: expect.stringContaining('boundary.coordinates[0][4]'),
          en: expect.stringContaining('boundary.coordinates[0][4]'),
        },
        fields: [{ field: 'boundary.coordinates[0][4]', code: 'ringNotClosed' }],
      });
      expect(await count()).toBe(before);
    });

    it('refuses coordinates out of range', async () => {
      const res = await create(
        polygon([
          [5, 0],
          [200, 0],
          [200, 95],
          [5, 0],
        ]),
      ).expect(400);
      expect(res.body.fields.map((f: { field: string; code: string }) => `${f.field} ${f.code}`)).toEqual([
        'boundary.coordinates[0][1] longitude',
        'boundary.coordinates[0][2] longitude',
        'boundary.coordinates[0][2] latitude',
      ]);
    });

    it('refuses other geometry types and malformed coordinates', async () => {
      expect((await create({ type: 'Point', coordinates: [5, 5] }).expect(400)).body.fields[0].field).toBe(
        'boundary.type',
      );
      expect((await create({ type: 'Polygon', coordinates: 'none' }).expect(400)).body.code).toBe(
        'INVALID_GEOJSON',
      );
      expect(
        (
          await create({
            type: 'Polygon',
            coordinates: [
              [
                [5, 0],
                [6, 0],
                [5, 0],
              ],
            ],
          }).expect(400)
        ).body.fields[0].code,
      ).toBe('ringTooShort');
      expect(
        (
          await create({
            type: 'Polygon',
            coordinates: [
              [
                [5, 0],
                [6, 'x'],
                [6, 1],
                [5, 0],
              ],
            ],
          }).expect(400)
        ).body.fields[0].code,
      ).toBe('notFinite');
      expect((await create([1, 2]).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('editing', () => {
    it('lets an admin rename and redraw a territory, keeps the box in step, and audits before and after', async () => {
      const res = await admin
        .patch(`/api/territories/${tree.communeB}`)
        .send({ name: 'Commune B bis', boundary: polygon(rect(5, 0, 9, 9)) })
        .expect(200);
      expect(res.body).toMatchObject({
        name: 'Commune B bis',
        slug: 'commune-b',
        boundary: polygon(rect(5, 0, 9, 9)),
      });
      const [row] = await ctx.sql(
        `SELECT bbox_max_lng, bbox_max_lat, updated_at > created_at AS touched FROM territories WHERE id = $1`,
        [tree.communeB],
      );
      expect(row).toEqual({ bbox_max_lng: 9, bbox_max_lat: 9, touched: true });
      const [entry] = await ctx.sql(
        `SELECT before, after FROM audit_entries WHERE action = 'territory.update' AND object_id = $1 ORDER BY id DESC LIMIT 1`,
        [tree.communeB],
      );
      expect(entry).toMatchObject({
        before: { name: 'Commune B', inseeCode: '2A004' },
        after: { name: 'Commune B bis', inseeCode: '2A004' },
      });
      expect((entry.before as { boundary: { sha256: string } }).boundary.sha256).not.toBe(
        (entry.after as { boundary: { sha256: string } }).boundary.sha256,
      );
    });

    it('removes a boundary and its box with null', async () => {
      await admin.patch(`/api/territories/${tree.communeB}`).send({ boundary: null }).expect(200);
      expect(
        await ctx.sql(`SELECT boundary, bbox_min_lng FROM territories WHERE id = $1`, [tree.communeB]),
      ).toEqual([{ boundary: null, bbox_min_lng: null }]);
    });

    it('writes no audit entry when nothing changes', async () => {
      const before = await auditCount();
      await admin.patch(`/api/territories/${tree.communeA}`).send({ name: 'Commune A' }).expect(200);
      expect(await auditCount()).toBe(before);
    });

    it('answers a slug taken by another territory with a 409 and changes nothing', async () => {
      const res = await admin
        .patch(`/api/territories/${tree.communeB}`)
        .send({ name: 'Changé', slug: 'commune-a' })
        .expect(409);
      expect(res.body.code).toBe('SLUG_TAKEN');
      expect(await ctx.sql(`SELECT name, slug FROM territories WHERE id = $1`, [tree.communeB])).toEqual([
        { name: 'Commune B bis', slug: 'commune-b' },
      ]);
    });

    it('refuses to clear the name, and a bad boundary, changing nothing', async () => {
      const before = await auditCount();
      expect(
        (await admin.patch(`/api/territories/${tree.communeA}`).send({ name: null }).expect(400)).body
          .fields[0].field,
      ).toBe('name');
      await admin
        .patch(`/api/territories/${tree.communeA}`)
        .send({ name: 'Nouveau', boundary: { type: 'Polygon', coordinates: [] } })
        .expect(400);
      expect(await ctx.sql(`SELECT name FROM territories WHERE id = $1`, [tree.communeA])).toEqual([
        { name: 'Commune A' },
      ]);
      expect(await auditCount()).toBe(before);
    });

    it('answers an unknown id with a 404 and a malformed one with a 400', async () => {
      await admin.patch(`/api/territories/${UNKNOWN_ID}`).send({ name: 'X' }).expect(404);
      expect(
        (await admin.patch('/api/territories/commune-a').send({ name: 'X' }).expect(400)).body.code,
      ).toBe('INVALID_ID');
    });

    it('refuses staff (403) and anonymous callers (401)', async () => {
      await staff.patch(`/api/territories/${tree.communeA}`).send({ name: 'Par un agent' }).expect(403);
      await signedOut().patch(`/api/territories/${tree.communeA}`).send({ name: 'Anonyme' }).expect(401);
      expect(await ctx.sql(`SELECT name FROM territories WHERE id = $1`, [tree.communeA])).toEqual([
        { name: 'Commune A' },
      ]);
    });

    it('refuses a body over the size limit with a 413', async () => {
      const huge = {
        name: 'x',
        boundary: {
          type: 'Polygon',
          coordinates: [Array.from({ length: 60000 }, () => [1.123456789, 2.123456789])],
        },
      };
      const res = await admin.patch(`/api/territories/${tree.communeA}`).send(huge).expect(413);
      expect(res.body.message).toEqual({ fr: expect.any(String), en: expect.any(String) });
    });
  });
});
