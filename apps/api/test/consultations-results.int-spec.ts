import { get, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Workbook } from 'exceljs';
import request from 'supertest';

import {
  allTypesAnswers,
  resident,
  setUpConsultation,
  type ConsultationFixture,
} from './support/consultation-fixtures';
import { downloadConsultationExport, downloadPersonalData } from './support/downloads';
import { agent, createTestContext, outboxMails, type TestContext } from './support/test-app';

/** Results, visibility, anonymity, moderation, exports, conclusions, live updates and personal data. */
describe('consultations: results and publication', () => {
  let ctx: TestContext;
  let fx: ConsultationFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpConsultation(ctx);
    const answers = [
      [
        fx.tree.quartierA1,
        allTypesAnswers({ scale: 5, why: 'Ma voisine Mme Dupont, 06 12 34 56 78, est d’accord.' }),
      ],
      [fx.tree.quartierA1, allTypesAnswers({ scale: 3, freq: { other: 'Le dimanche' } })],
      [fx.tree.quartierA2, allTypesAnswers({ scale: 1, keep: false, why: undefined })],
    ] as const;
    for (const [quartier, a] of answers) {
      const person = await resident(ctx, quartier);
      await person
        .post(`/api/consultations/${fx.id}/responses`)
        .send({ answers: a, notifyMe: quartier === fx.tree.quartierA2 })
        .expect(201);
    }
  });
  afterAll(() => ctx.close());

  describe('anonymity', () => {
    it('gives the answers no column and no foreign key towards accounts or the register', async () => {
      const columns = await ctx.sql<{ column_name: string; data_type: string }>(
        `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'consultation_responses' ORDER BY column_name`,
      );
      expect(columns.map((c) => c.column_name)).toEqual([
        'answers',
        'consultation_id',
        'definition_version',
        'id',
        'quartier_id',
        'submitted_on',
      ]);
      expect(columns.filter((c) => /time/.test(c.data_type))).toEqual([]);
      const references = await ctx.sql<{ referenced: string }>(
        `SELECT DISTINCT ccu.table_name AS referenced FROM information_schema.table_constraints tc
         JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
         WHERE tc.table_name = 'consultation_responses' AND tc.constraint_type = 'FOREIGN KEY' ORDER BY 1`,
      );
      expect(references.map((r) => r.referenced)).toEqual(['consultations', 'territories']);
      const shared = await ctx.sql<{ column_name: string }>(
        `SELECT r.column_name FROM information_schema.columns r JOIN information_schema.columns p
           ON p.column_name = r.column_name AND p.table_name = 'consultation_participations'
         WHERE r.table_name = 'consultation_responses' ORDER BY 1`,
      );
      expect(shared.map((c) => c.column_name)).toEqual(['consultation_id', 'id']);
    });

    it('records no author for an anonymous consultation, and the author for an identified one', async () => {
      const anonymousAuthors = await ctx.sql(
        `SELECT 1 FROM consultation_response_authors a JOIN consultation_responses r ON r.id = a.response_id WHERE r.consultation_id = $1`,
        [fx.id],
      );
      expect(anonymousAuthors).toEqual([]);
      const identified = await setUpConsultation(ctx, { anonymous: false }, { tree: fx.tree });
      const person = await resident(ctx);
      await person
        .post(`/api/consultations/${identified.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(201);
      const authors = await ctx.sql<{ account_id: string }>(
        `SELECT a.account_id FROM consultation_response_authors a JOIN consultation_responses r ON r.id = a.response_id WHERE r.consultation_id = $1`,
        [identified.id],
      );
      expect(authors).toEqual([{ account_id: person.account.id }]);
    });

    it('keeps the register and the answers apart: different random ids, the day only', async () => {
      const register = await ctx.sql<{ id: string }>(
        `SELECT id FROM consultation_participations WHERE consultation_id = $1`,
        [fx.id],
      );
      const responses = await ctx.sql<{ id: string }>(
        `SELECT id FROM consultation_responses WHERE consultation_id = $1`,
        [fx.id],
      );
      expect(register).toHaveLength(3);
      const registerIds = new Set(register.map((r) => r.id));
      expect(responses.filter((r) => registerIds.has(r.id))).toEqual([]);
    });
  });

  describe('results', () => {
    it('aggregates every question, with free texts paged and a quartier filter', async () => {
      const res = await agent(ctx.app)
        .get(`/api/consultations/${fx.id}/results`)
        .query({ textLimit: '1' })
        .expect(200);
      expect(res.body.results.respondents).toBe(3);
      expect(res.body.final).toBe(false);
      const byId = Object.fromEntries(
        res.body.results.questions.map((q: { questionId: string }) => [q.questionId, q]),
      );
      expect(byId['keep']).toMatchObject({ kind: 'yes-no', yes: { count: 2 }, no: { count: 1 } });
      expect(byId['why']).toMatchObject({ kind: 'text', seen: 2, texts: { total: 2, limit: 1 } });
      expect(byId['why'].texts.items).toHaveLength(1);
      expect(byId['freq'].other.count).toBe(1);
      expect(byId['rank'].order[0]).toBe('roof');
      expect(byId['bike'].points).toHaveLength(3);
      expect(res.body.quartiers.map((q: { id: string }) => q.id).sort()).toEqual(
        [fx.tree.quartierA1, fx.tree.quartierA2].sort(),
      );

      const second = await agent(ctx.app)
        .get(`/api/consultations/${fx.id}/results`)
        .query({ textLimit: '1', textOffset: 'why:1' })
        .expect(200);
      const why = second.body.results.questions.find((q: { questionId: string }) => q.questionId === 'why');
      expect(why.texts.offset).toBe(1);
      expect(why.texts.items[0].id).not.toBe(byId['why'].texts.items[0].id);

      const a2 = await agent(ctx.app)
        .get(`/api/consultations/${fx.id}/results`)
        .query({ quartierId: fx.tree.quartierA2 })
        .expect(200);
      expect(a2.body.results.respondents).toBe(1);
      await agent(ctx.app)
        .get(`/api/consultations/${fx.id}/results`)
        .query({ quartierId: fx.tree.communeB })
        .expect(400);
      await agent(ctx.app)
        .get(`/api/consultations/${fx.id}/results`)
        .query({ textOffset: 'why' })
        .expect(400);
    });

    it('lets staff hide a text with personal data (audited), gone from results and exports', async () => {
      const before = await fx.staff
        .get(`/api/staff/consultations/${fx.id}/results`)
        .query({ textLimit: '10' })
        .expect(200);
      const why = before.body.results.questions.find((q: { questionId: string }) => q.questionId === 'why');
      const entry = why.texts.items.find((t: { text: string }) => t.text.includes('Dupont'));
      const citizen = await resident(ctx);
      await citizen
        .post(`/api/staff/consultations/${fx.id}/hidden-texts`)
        .send({ questionId: 'why', textId: entry.id })
        .expect(403);
      await fx.staff
        .post(`/api/staff/consultations/${fx.id}/hidden-texts`)
        .send({ questionId: 'why', textId: 'nope:why' })
        .expect(404);
      await fx.staff
        .post(`/api/staff/consultations/${fx.id}/hidden-texts`)
        .send({ questionId: 'why', textId: entry.id, reason: 'téléphone' })
        .expect(204);
      const after = await agent(ctx.app)
        .get(`/api/consultations/${fx.id}/results`)
        .query({ textLimit: '10' })
        .expect(200);
      const texts = after.body.results.questions.find(
        (q: { questionId: string }) => q.questionId === 'why',
      ).texts;
      expect(texts.hidden).toBe(1);
      expect(JSON.stringify(texts.items)).not.toContain('Dupont');
      const csv = await downloadConsultationExport(fx.staff, fx.id, 'csv');
      expect(csv.text).not.toContain('Dupont');
      const audit = await ctx.sql(
        `SELECT 1 FROM audit_entries WHERE action = 'consultation.hide-text' AND object_id = $1`,
        [fx.id],
      );
      expect(audit).toHaveLength(1);
    });
  });

  describe('hidden texts and fresh results', () => {
    it('lists the hidden texts to the team only, and shows one again (audited) in results and exports', async () => {
      const own = await setUpConsultation(ctx, {}, { tree: fx.tree });
      const person = await resident(ctx, fx.tree.quartierA1);
      await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers({ why: 'Appelez Jean au 06 00 00 00 00.' }) })
        .expect(201);
      const results = await fx.staff.get(`/api/staff/consultations/${own.id}/results`).expect(200);
      const why = results.body.results.questions.find((q: { questionId: string }) => q.questionId === 'why');
      const textId = why.texts.items[0].id as string;
      await fx.staff
        .post(`/api/staff/consultations/${own.id}/hidden-texts`)
        .send({ questionId: 'why', textId, reason: 'téléphone' })
        .expect(204);
      const hidden = await fx.staff.get(`/api/staff/consultations/${own.id}/hidden-texts`).expect(200);
      expect(hidden.body).toEqual([
        expect.objectContaining({
          textId,
          questionId: 'why',
          text: 'Appelez Jean au 06 00 00 00 00.',
          reason: 'téléphone',
        }),
      ]);
      expect(typeof hidden.body[0].hiddenBy).toBe('string');
      await (await resident(ctx)).get(`/api/staff/consultations/${own.id}/hidden-texts`).expect(403);
      await agent(ctx.app).get(`/api/staff/consultations/${own.id}/hidden-texts`).expect(401);

      await fx.staff
        .delete(`/api/staff/consultations/${own.id}/hidden-texts/${encodeURIComponent(textId)}`)
        .expect(204);
      await fx.staff
        .delete(`/api/staff/consultations/${own.id}/hidden-texts/${encodeURIComponent(textId)}`)
        .expect(404);
      expect((await fx.staff.get(`/api/staff/consultations/${own.id}/hidden-texts`).expect(200)).body).toEqual([]);
      const shown = await agent(ctx.app).get(`/api/consultations/${own.id}/results`).expect(200);
      const texts = shown.body.results.questions.find((q: { questionId: string }) => q.questionId === 'why').texts;
      expect(texts.hidden).toBe(0);
      expect(JSON.stringify(texts.items)).toContain('Appelez Jean');
      const csv = await downloadConsultationExport(fx.staff, own.id, 'csv');
      expect(csv.text).toContain('Appelez Jean');
      const audit = await ctx.sql(
        `SELECT 1 FROM audit_entries WHERE action = 'consultation.unhide-text' AND object_id = $1`,
        [own.id],
      );
      expect(audit).toHaveLength(1);
    });

    it('serves results from its cache only while nothing changed: a new answer shows at once', async () => {
      const own = await setUpConsultation(ctx, {}, { tree: fx.tree });
      const read = async () =>
        (await agent(ctx.app).get(`/api/consultations/${own.id}/results`).expect(200)).body.results;
      expect((await read()).respondents).toBe(0);
      expect((await read()).respondents).toBe(0);
      await (await resident(ctx))
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers({ scale: 2 }) })
        .expect(201);
      const after = await read();
      expect(after.respondents).toBe(1);
      // The same figures as computing from scratch: the scale's only answer is 2.
      const scale = after.questions.find((q: { questionId: string }) => q.questionId === 'scale');
      expect(scale.answered).toBe(1);
      await (await resident(ctx))
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers({ scale: 4 }) })
        .expect(201);
      expect((await read()).respondents).toBe(2);
    });
  });

  describe('visibility', () => {
    it('shows staff-only results to the team and not to the public until closing', async () => {
      const own = await setUpConsultation(ctx, { resultsVisibility: 'staff' }, { tree: fx.tree });
      const res = await agent(ctx.app).get(`/api/consultations/${own.id}/results`).expect(403);
      expect(res.body.message.fr).toMatch(/clôture/);
      await own.staff.get(`/api/staff/consultations/${own.id}/results`).expect(200);
      const page = await agent(ctx.app).get(`/api/consultations/${own.slug}`).expect(200);
      expect(page.body.resultsAvailable).toBe(false);
      await own.official.post(`/api/staff/consultations/${own.id}/close`).expect(200);
      const closed = await agent(ctx.app).get(`/api/consultations/${own.id}/results`).expect(200);
      expect(closed.body.final).toBe(true);
    });

    it('hides after-closing results from everyone, the team and its exports included, until closing', async () => {
      const own = await setUpConsultation(ctx, { resultsVisibility: 'after_close' }, { tree: fx.tree });
      await agent(ctx.app).get(`/api/consultations/${own.id}/results`).expect(403);
      await own.official.get(`/api/staff/consultations/${own.id}/results`).expect(403);
      await own.staff.post(`/api/staff/consultations/${own.id}/export-link`).send({ format: 'csv' }).expect(403);
      await own.official.post(`/api/staff/consultations/${own.id}/close`).expect(200);
      await agent(ctx.app).get(`/api/consultations/${own.id}/results`).expect(200);
    });
  });

  describe('exports, conclusions and open data', () => {
    it('exports anonymised answers as CSV and XLSX, and the results as JSON', async () => {
      const csv = await downloadConsultationExport(fx.staff, fx.id, 'csv');
      expect(csv.headers['content-type']).toMatch(/text\/csv/);
      const lines = csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toMatch(/^response_id;submitted_on;quartier;name — Un surnom \?/);
      expect(lines[0]).toContain('grid — Horaires — Samedi');
      expect(csv.text).not.toMatch(/@example\.fr/);
      expect(lines.slice(1).every((line) => /^[0-9a-f-]{36};\d{4}-\d{2}-\d{2};/.test(line))).toBe(true);

      const xlsx = await downloadConsultationExport(fx.staff, fx.id, 'xlsx', { binary: true });
      const workbook = new Workbook();
      await workbook.xlsx.load(xlsx.body as unknown as Parameters<typeof workbook.xlsx.load>[0]);
      const sheet = workbook.getWorksheet('Réponses')!;
      expect(sheet.rowCount).toBe(4);
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header.slice(0, 3)).toEqual(['response_id', 'submitted_on', 'quartier']);
      const keepColumn = header.findIndex((h) => String(h).startsWith('keep —')) + 1;
      const keeps = [2, 3, 4].map((r) => sheet.getRow(r).getCell(keepColumn).value).sort();
      expect(keeps).toEqual(['Non', 'Oui', 'Oui']);

      const json = await downloadConsultationExport(fx.staff, fx.id, 'json');
      expect(json.body.results.respondents).toBe(3);
      await fx.staff.post(`/api/staff/consultations/${fx.id}/export-link`).send({ format: 'pdf' }).expect(400);
      await (await resident(ctx)).post(`/api/staff/consultations/${fx.id}/export-link`).send({ format: 'csv' }).expect(403);
    });

    it('publishes conclusions after closing with open data (SHA-256) and mails only those who agreed', async () => {
      await fx.official.post(`/api/staff/consultations/${fx.id}/conclusions/publish`).expect(409);
      await fx.staff
        .put(`/api/staff/consultations/${fx.id}/conclusions`)
        .send({ retainedHtml: '<p>Non</p>' })
        .expect(403);
      await fx.official
        .put(`/api/staff/consultations/${fx.id}/conclusions`)
        .send({
          retainedHtml: '<p>La halle reste.</p><script>x()</script>',
          decisionsHtml: '<ul><li>Toiture en 2027</li></ul>',
        })
        .expect(200);
      const hidden = await agent(ctx.app).get(`/api/consultations/${fx.id}`).expect(200);
      expect(hidden.body.conclusions).toBeNull();
      await fx.official.post(`/api/staff/consultations/${fx.id}/close`).expect(200);
      const published = await fx.official
        .post(`/api/staff/consultations/${fx.id}/conclusions/publish`)
        .expect(200);
      expect(published.body.conclusions.retainedHtml).toBe('<p>La halle reste.</p>');

      const page = await agent(ctx.app).get(`/api/consultations/${fx.slug}`).expect(200);
      expect(page.body.status).toBe('closed');
      expect(page.body.conclusions.publishedAt).toBeTruthy();
      expect(page.body.files.map((f: { kind: string }) => f.kind)).toEqual([
        'answers-csv',
        'answers-xlsx',
        'results-json',
      ]);
      for (const file of page.body.files as Array<{ url: string; sha256: string; bytes: number }>) {
        const res = await request(ctx.app.getHttpServer())
          .get(file.url)
          .buffer(true)
          .parse(binary)
          .expect(200);
        const { createHash } = await import('node:crypto');
        expect(
          createHash('sha256')
            .update(res.body as Buffer)
            .digest('hex'),
        ).toBe(file.sha256);
        expect((res.body as Buffer).length).toBe(file.bytes);
      }
      const mails = (await outboxMails(ctx)).filter((m) => m.subject.includes('Ce que nous retenons'));
      expect(mails).toHaveLength(1);
      const [line] = await ctx.sql<{ notified_at: Date | null }>(
        `SELECT notified_at FROM consultation_participations WHERE consultation_id = $1 AND notify`,
        [fx.id],
      );
      expect(line.notified_at).not.toBeNull();
    });

    it('rebuilds the published open data when staff hide a text afterwards', async () => {
      const page = await agent(ctx.app).get(`/api/consultations/${fx.id}`).expect(200);
      const csvFile = page.body.files.find((f: { kind: string }) => f.kind === 'answers-csv');
      const before = await request(ctx.app.getHttpServer()).get(csvFile.url).expect(200);
      expect(before.text).toContain('Le dimanche');
      const results = await fx.staff.get(`/api/staff/consultations/${fx.id}/results`).expect(200);
      const freq = results.body.results.questions.find(
        (q: { questionId: string }) => q.questionId === 'freq',
      );
      await fx.staff
        .post(`/api/staff/consultations/${fx.id}/hidden-texts`)
        .send({ questionId: 'freq', textId: freq.other.texts.items[0].id })
        .expect(204);
      const after = await request(ctx.app.getHttpServer()).get(csvFile.url).expect(200);
      expect(after.text).not.toContain('Le dimanche');
      const again = await agent(ctx.app).get(`/api/consultations/${fx.id}`).expect(200);
      expect(again.body.files.find((f: { kind: string }) => f.kind === 'answers-csv').sha256).not.toBe(
        csvFile.sha256,
      );
    });

    it('keeps open data private until the conclusions are published', async () => {
      const own = await setUpConsultation(ctx, {}, { tree: fx.tree });
      await agent(ctx.app).get(`/api/consultations/${own.id}/open-data/reponses.csv`).expect(404);
    });
  });

  describe('live updates', () => {
    let server: Server;
    let base = '';
    beforeAll(async () => {
      server = ctx.app.getHttpServer() as Server;
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => server.closeAllConnections());

    const open = (id: string) =>
      new Promise<IncomingMessage>((resolve, reject) =>
        get(
          `${base}/api/consultations/${id}/results/live`,
          { headers: { accept: 'text/event-stream' } },
          resolve,
        ).on('error', reject),
      );
    const next = (stream: IncomingMessage, accept: (d: { respondents: number }) => boolean) =>
      new Promise<{ respondents: number }>((resolve) => {
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

    it('pushes the number of respondents at once and again after an answer', async () => {
      const own = await setUpConsultation(ctx, {}, { tree: fx.tree });
      const stream = await open(own.id);
      expect(stream.statusCode).toBe(200);
      expect((await next(stream, () => true)).respondents).toBe(0);
      const later = next(stream, (d) => d.respondents === 1);
      await (
        await resident(ctx)
      )
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(201);
      expect((await later).respondents).toBe(1);
      stream.destroy();
    });

    it('refuses the stream when results are not public', async () => {
      const own = await setUpConsultation(ctx, { resultsVisibility: 'after_close' }, { tree: fx.tree });
      const stream = await open(own.id);
      expect(stream.statusCode).toBe(403);
      stream.destroy();
    });
  });

  describe('personal data', () => {
    it('exports the register and drafts, and erases drafts and authorship on deletion', async () => {
      const own = await setUpConsultation(ctx, { anonymous: false }, { tree: fx.tree });
      const other = await setUpConsultation(ctx, { anonymous: false }, { tree: fx.tree });
      const person = await resident(ctx);
      await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers(), notifyMe: true })
        .expect(201);
      await person
        .put(`/api/consultations/${other.id}/draft`)
        .send({ answers: { keep: true } })
        .expect(200);
      const exported = await downloadPersonalData(person);
      expect(exported.body.other.consultations.participations).toHaveLength(1);
      expect(exported.body.other.consultations.drafts).toHaveLength(1);
      expect(exported.body.other.consultations.identifiedAnswers).toHaveLength(1);
      await person.post('/api/me/delete').send({ password: person.account.password }).expect(200);
      expect(
        await ctx.sql(`SELECT 1 FROM consultation_drafts WHERE account_id = $1`, [person.account.id]),
      ).toEqual([]);
      expect(
        await ctx.sql(`SELECT 1 FROM consultation_response_authors WHERE account_id = $1`, [
          person.account.id,
        ]),
      ).toEqual([]);
      const [line] = await ctx.sql<{ notify: boolean }>(
        `SELECT notify FROM consultation_participations WHERE account_id = $1`,
        [person.account.id],
      );
      expect(line.notify).toBe(false);
      const stillCounted = await ctx.sql(`SELECT 1 FROM consultation_responses WHERE consultation_id = $1`, [
        own.id,
      ]);
      expect(stillCounted).toHaveLength(1);
    });
  });
});

/** Collects a binary body (supertest only buffers text and JSON by default). */
function binary(res: request.Response, done: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
