import request from 'supertest';

import { insertSmallTree, insertTerritory, polygon, rect, SmallTree } from './support/territory-fixtures';
import { createTestContext, TestContext } from './support/test-app';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

describe('territories: reading the tree and locating a point', () => {
  let ctx: TestContext;
  let tree: SmallTree;
  const anonymous = () => request(ctx.app.getHttpServer());

  beforeAll(async () => {
    ctx = await createTestContext();
    tree = await insertSmallTree(ctx);
  });
  afterAll(async () => ctx.close());

  describe('reading the tree', () => {
    it('lists every territory, flat, to anyone', async () => {
      const res = await anonymous().get('/api/territories').expect(200);
      expect(res.body).toHaveLength(5);
      expect(res.body).toContainEqual({
        id: tree.communeA,
        parentId: tree.metropole,
        name: 'Commune A',
        slug: 'commune-a',
        kind: 'commune',
        inseeCode: '44109',
        hasBoundary: true,
      });
    });

    it('gives a territory with its ancestors from the root and its children', async () => {
      const res = await anonymous().get(`/api/territories/${tree.quartierA1}`).expect(200);
      expect(res.body).toMatchObject({
        id: tree.quartierA1,
        kind: 'quartier',
        boundary: polygon(rect(0, 0, 5, 5), rect(1, 1, 2, 2)),
        children: [],
      });
      expect(res.body.ancestors.map((t: { id: string }) => t.id)).toEqual([tree.metropole, tree.communeA]);
    });

    it('finds a territory by its slug too', async () => {
      const res = await anonymous().get('/api/territories/commune-a').expect(200);
      expect(res.body.id).toBe(tree.communeA);
      expect(res.body.children.map((t: { slug: string }) => t.slug)).toEqual(['quartier-a1', 'quartier-a2']);
      expect(res.body.ancestors.map((t: { slug: string }) => t.slug)).toEqual(['metropole-test']);
    });

    it('answers an unknown id or slug with a 404 and a malformed one with a 400', async () => {
      expect((await anonymous().get(`/api/territories/${UNKNOWN_ID}`).expect(404)).body.code).toBe(
        'TERRITORY_NOT_FOUND',
      );
      expect((await anonymous().get('/api/territories/nowhere').expect(404)).body.code).toBe(
        'TERRITORY_NOT_FOUND',
      );
      const res = await anonymous().get('/api/territories/Not%20a%20slug!').expect(400);
      expect(res.body).toMatchObject({
        code: 'INVALID_ID',
        message: { fr: expect.any(String), en: expect.any(String) },
      });
    });
  });

  describe('locating a point', () => {
    it('finds the quartier that contains the point', async () => {
      const res = await anonymous().get('/api/territories/locate?lat=3.5&lng=3.5').expect(200);
      expect(res.body).toMatchObject({ id: tree.quartierA1, slug: 'quartier-a1', kind: 'quartier' });
      expect((await anonymous().get('/api/territories/locate?lat=7&lng=2').expect(200)).body.id).toBe(
        tree.quartierA2,
      );
    });

    it('finds nothing in the hole of a quartier', async () => {
      const res = await anonymous().get('/api/territories/locate?lat=1.5&lng=1.5').expect(404);
      expect(res.body).toMatchObject({
        code: 'NO_QUARTIER_AT_POINT',
        message: { fr: expect.stringContaining('quartier'), en: expect.stringContaining('quartier') },
      });
    });

    it('finds nothing outside every quartier, even inside a commune', async () => {
      await anonymous().get('/api/territories/locate?lat=20&lng=20').expect(404);
      await anonymous().get('/api/territories/locate?lat=5&lng=7').expect(404); // commune B has no quartier
    });

    it('prefers the deepest quartier', async () => {
      const sub = await insertTerritory(ctx, {
        name: 'Sous-quartier',
        slug: 'sous-quartier',
        kind: 'quartier',
        parentId: tree.quartierA2,
        boundary: polygon(rect(3, 8, 4, 9)),
      });
      expect((await anonymous().get('/api/territories/locate?lat=8.5&lng=3.5').expect(200)).body.id).toBe(
        sub,
      );
      await ctx.sql(`DELETE FROM territories WHERE id = $1`, [sub]);
    });

    it('refuses missing, non-numeric and out-of-range coordinates with a 400', async () => {
      for (const query of [
        '',
        '?lat=3',
        '?lat=abc&lng=3',
        '?lat=91&lng=3',
        '?lat=3&lng=-181',
        '?lat=3&lng=3&zoom=2',
      ]) {
        const res = await anonymous().get(`/api/territories/locate${query}`).expect(400);
        expect(res.body.message).toEqual({ fr: expect.any(String), en: expect.any(String) });
      }
    });
  });
});
