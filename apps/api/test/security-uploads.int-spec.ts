import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import type { WorkDetail } from '@agora/contracts';

import { setUpVote, type VoteFixture } from './support/budget-fixtures';
import { setUpConsultation, type ConsultationFixture } from './support/consultation-fixtures';
import { insertProcess, proposalBody } from './support/proposal-fixtures';
import { createTestContext, signedInAgent, signInAs, TestContext } from './support/test-app';

/**
 * Issue 7: uploads are checked by content, not by name. Every upload endpoint gets a disguised file
 * (a web page or an SVG named .png, a PNG or a workbook named .csv) and refuses it with a clear
 * bilingual 415, storing nothing; the real thing still goes through.
 */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>');
const SVG = Buffer.from(
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
);
const XLSX = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(64, 3)]);

/** The disguises tried on every image endpoint: the bytes are not an image, whatever the name and type say. */
const FAKE_IMAGES = [
  { content: HTML, filename: 'photo.png', contentType: 'image/png' },
  { content: SVG, filename: 'photo.png', contentType: 'image/png' },
  { content: SVG, filename: 'plan.svg', contentType: 'image/svg+xml' },
  { content: HTML, filename: 'photo.jpg', contentType: 'image/jpeg' },
];

type Refusal = { status: number; body: { code: string; message: { fr: string; en: string } } };

function expectClearRefusal(res: Refusal, where: string): void {
  expect({ where, status: res.status }).toEqual({ where, status: 415 });
  expect(res.body.message.fr.length).toBeGreaterThan(10);
  expect(res.body.message.en.length).toBeGreaterThan(10);
}

/** Every file stored under the data folder (uploads go there), to prove a refusal wrote nothing. */
function storedFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'outbox' || entry.name === 'pgdata') continue;
      if (entry.isDirectory()) walk(join(d, entry.name));
      else out.push(join(d, entry.name));
    }
  };
  walk(dir);
  return out.sort();
}

describe('security: uploads checked by content, not by name', () => {
  let ctx: TestContext;
  let vote: VoteFixture;
  let consultation: ConsultationFixture;
  let proposalId: string;
  let author: Awaited<ReturnType<typeof signedInAgent>>;
  let work: WorkDetail;
  let entryId: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    vote = await setUpVote(ctx);
    consultation = await setUpConsultation(ctx, {}, { tree: vote.tree });
    const ideas = await insertProcess(ctx, vote.tree.communeA);
    author = await signedInAgent(ctx);
    proposalId = (await author.post(`/api/processes/${ideas}/proposals`).send(proposalBody()).expect(201))
      .body.id;
    const staff = await signInAs(ctx, 'staff', vote.tree.communeA);
    work = (
      await staff
        .post('/api/works')
        .send({
          territoryId: vote.tree.quartierA1,
          title: 'Réfection de la rue des Lilas',
          category: 'voirie',
        })
        .expect(201)
    ).body as WorkDetail;
    entryId = (
      await staff.post(`/api/works/${work.id}/timeline`).send({ text: 'Début du chantier' }).expect(201)
    ).body.id;
  });
  afterAll(async () => ctx.close());

  describe('images and attachments', () => {
    const endpoints = () => [
      {
        name: 'proposal images',
        send: (file: (typeof FAKE_IMAGES)[number]) =>
          author
            .post(`/api/proposals/${proposalId}/images`)
            .field('alt', 'Le canal')
            .attach('file', file.content, { filename: file.filename, contentType: file.contentType }),
        rows: `SELECT count(*)::int AS n FROM proposal_images`,
      },
      {
        name: 'process picture',
        send: (file: (typeof FAKE_IMAGES)[number]) =>
          vote.official
            .post(`/api/processes/${vote.process.id}/image`)
            .attach('file', file.content, { filename: file.filename, contentType: file.contentType }),
        rows: `SELECT count(*)::int AS n FROM processes WHERE image_path IS NOT NULL`,
      },
      {
        name: 'work timeline photos',
        send: (file: (typeof FAKE_IMAGES)[number]) =>
          vote.staff
            .post(`/api/works/${work.id}/timeline/${entryId}/photos`)
            .field('kind', 'during')
            .field('alt', 'La tranchée')
            .attach('file', file.content, { filename: file.filename, contentType: file.contentType }),
        rows: `SELECT count(*)::int AS n FROM work_photos`,
      },
      {
        name: 'consultation attachments',
        send: (file: (typeof FAKE_IMAGES)[number]) =>
          consultation.official
            .post(`/api/staff/consultations/${consultation.id}/attachments`)
            .attach('file', file.content, { filename: file.filename, contentType: file.contentType }),
        rows: null,
      },
    ];

    it('refuses a web page or an SVG named like an image on every image endpoint, storing nothing', async () => {
      for (const endpoint of endpoints()) {
        const rowsBefore = endpoint.rows ? await ctx.sql(endpoint.rows) : null;
        const filesBefore = storedFiles(ctx.dataDir);
        for (const file of FAKE_IMAGES) {
          const res = await endpoint.send(file);
          expectClearRefusal(
            res as unknown as Refusal,
            `${endpoint.name}: ${file.filename} (${file.contentType})`,
          );
        }
        if (endpoint.rows) expect(await ctx.sql(endpoint.rows)).toEqual(rowsBefore);
        expect(storedFiles(ctx.dataDir)).toEqual(filesBefore);
      }
    });

    it('accepts a real PNG even when named .txt and sent as text/plain (the bytes decide)', async () => {
      for (const endpoint of endpoints()) {
        const res = await endpoint.send({ content: PNG, filename: 'note.txt', contentType: 'text/plain' });
        expect({ endpoint: endpoint.name, status: res.status }).toEqual({
          endpoint: endpoint.name,
          status: endpoint.name === 'process picture' ? 200 : 201,
        });
      }
    });
  });

  describe('CSV imports', () => {
    it('refuses a PNG or a workbook sent as text/csv to the works import, importing nothing', async () => {
      const count = async () => (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM works`))[0].n;
      const before = await count();
      for (const content of [PNG, XLSX]) {
        const res = await vote.staff
          .post(`/api/works/import?territoryId=${vote.tree.communeA}`)
          .set('Content-Type', 'text/csv')
          .send(content);
        expectClearRefusal(res as unknown as Refusal, 'works import');
        expect(res.body.code).toBe('UPLOAD_NOT_TEXT');
      }
      const png = await vote.staff
        .post(`/api/works/import?territoryId=${vote.tree.communeA}`)
        .set('Content-Type', 'text/csv')
        .send(PNG);
      expect(png.body.message.fr).toMatch(/image PNG/);
      expect(png.body.message.en).toMatch(/PNG image/);
      expect(await count()).toBe(before);
    });

    it('refuses a PNG or a workbook as the census file, or inside the census JSON, importing nothing', async () => {
      const count = async () =>
        (await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM census_entries`))[0].n;
      const before = await count();
      for (const content of [PNG, XLSX]) {
        const file = await vote.staff
          .post(`/api/processes/${vote.process.id}/census/file`)
          .set('Content-Type', 'text/csv')
          .send(content);
        expectClearRefusal(file as unknown as Refusal, 'census file');
        expect(file.body.code).toBe('UPLOAD_NOT_TEXT');
        const json = await vote.staff
          .post(`/api/processes/${vote.process.id}/census`)
          .send({ csv: content.toString('latin1') });
        expectClearRefusal(json as unknown as Refusal, 'census JSON');
      }
      expect(await count()).toBe(before);
      // A real census still goes through the same endpoints.
      const real = await vote.staff
        .post(`/api/processes/${vote.process.id}/census/file`)
        .set('Content-Type', 'text/csv')
        .send('nom;prénom;date_naissance;quartier\nMartin;Léa;1990-04-03;\n');
      expect(real.status).toBe(200);
      expect(await count()).toBe(before + 1);
    });

    it('refuses a PNG as the quartiers GeoJSON with a 4xx, importing nothing', async () => {
      const admin = await signInAs(ctx, 'admin', vote.tree.communeB);
      const before = await ctx.sql(`SELECT count(*)::int AS n FROM territories`);
      const res = await admin
        .post(`/api/territories/${vote.tree.communeB}/quartiers/import`)
        .set('Content-Type', 'application/json')
        .send(PNG);
      expect(res.status).toBe(400);
      expect(res.body.message.fr).toBeTruthy();
      expect(await ctx.sql(`SELECT count(*)::int AS n FROM territories`)).toEqual(before);
    });
  });
});
