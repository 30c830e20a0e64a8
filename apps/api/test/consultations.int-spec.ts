import {
  ALL_TYPES_DEFINITION,
  allTypesAnswers,
  consultationRequest,
  resident,
  setUpConsultation,
  type ConsultationFixture,
} from './support/consultation-fixtures';
import { JobRunner } from '../src/scheduler/job-runner.service';
import { agent, createTestContext, signInAs, type TestContext } from './support/test-app';

/** Building a consultation and answering it: every question type, conditions, and every refusal. */
describe('consultations: building and answering', () => {
  let ctx: TestContext;
  let fx: ConsultationFixture;

  beforeAll(async () => {
    ctx = await createTestContext();
    fx = await setUpConsultation(ctx);
  });
  afterAll(() => ctx.close());

  const responsesOf = async (id: string) =>
    (
      await ctx.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM consultation_responses WHERE consultation_id = $1`,
        [id],
      )
    )[0].count;
  const registerOf = async (id: string) =>
    (
      await ctx.sql<{ count: number }>(
        `SELECT count(*)::int AS count FROM consultation_participations WHERE consultation_id = $1`,
        [id],
      )
    )[0].count;

  describe('building', () => {
    it('creates a draft with sanitised context, audited, visible to the team only', async () => {
      const tree = fx.tree;
      const res = await fx.official
        .post('/api/staff/consultations')
        .send(consultationRequest(tree.communeA, { slug: 'brouillon' }))
        .expect(201);
      expect(res.body.consultation.status).toBe('draft');
      expect(res.body.consultation.contextHtml).toBe('<p>Contexte </p>');
      expect(res.body.consultation.canPublish).toBe(true);
      const audit = await ctx.sql(
        `SELECT 1 FROM audit_entries WHERE action = 'consultation.create' AND object_id = $1`,
        [res.body.consultation.id],
      );
      expect(audit).toHaveLength(1);
      await agent(ctx.app).get('/api/consultations/brouillon').expect(404);
      await fx.staff.get('/api/staff/consultations/brouillon').expect(200);
      const list = await agent(ctx.app).get('/api/consultations').expect(200);
      expect(list.body.map((c: { slug: string }) => c.slug)).not.toContain('brouillon');
    });

    it('refuses a definition whose condition refers to a later question, saying where', async () => {
      const definition = {
        questions: [
          {
            id: 'a',
            type: 'yes-no',
            title: { fr: 'A ?' },
            condition: { questionId: 'b', operator: 'equals', value: true },
          },
          { id: 'b', type: 'yes-no', title: { fr: 'B ?' } },
        ],
      };
      const res = await fx.official
        .post('/api/staff/consultations')
        .send(consultationRequest(fx.tree.communeA, { definition }))
        .expect(400);
      expect(res.body.code).toBe('INVALID_CONSULTATION_DEFINITION');
      expect(res.body.fields[0].code).toBe('CONDITION_FORWARD_REFERENCE');
      expect(res.body.message.en).toBeTruthy();
    });

    it('lets staff prepare but only officials publish', async () => {
      const res = await fx.staff
        .post('/api/staff/consultations')
        .send(consultationRequest(fx.tree.communeA))
        .expect(201);
      await fx.staff.post(`/api/staff/consultations/${res.body.consultation.id}/publish`).expect(403);
      await fx.official.post(`/api/staff/consultations/${res.body.consultation.id}/publish`).expect(200);
    });

    it('refuses a creator who is not on the territory’s team', async () => {
      const other = await signInAs(ctx, 'official', fx.tree.communeB);
      await other.post('/api/staff/consultations').send(consultationRequest(fx.tree.communeA)).expect(403);
    });

    it('refuses a slug already taken with a 409', async () => {
      const res = await fx.official
        .post('/api/staff/consultations')
        .send(consultationRequest(fx.tree.communeA, { slug: fx.slug }))
        .expect(409);
      expect(res.body.code).toBe('CONSULTATION_SLUG_TAKEN');
    });

    it('refuses quartiers outside the territory and an empty quartier list', async () => {
      await fx.official
        .post('/api/staff/consultations')
        .send(consultationRequest(fx.tree.communeA, { audience: 'quartiers', quartierIds: [] }))
        .expect(400);
      await fx.official
        .post('/api/staff/consultations')
        .send(
          consultationRequest(fx.tree.communeA, { audience: 'quartiers', quartierIds: [fx.tree.communeB] }),
        )
        .expect(400);
    });

    it('gives a map question without a boundary the territory’s outline', async () => {
      const definition = { questions: [{ id: 'spot', type: 'map-point', title: { fr: 'Où ?' } }] };
      const res = await fx.official
        .post('/api/staff/consultations')
        .send(consultationRequest(fx.tree.communeA, { definition }))
        .expect(201);
      expect(res.body.consultation.definition.questions[0].boundary).toEqual({
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [5, 0],
            [5, 10],
            [0, 10],
            [0, 0],
          ],
        ],
      });
    });

    it('stores pictures and PDF documents recognised by content, and refuses anything else', async () => {
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1');
      const image = await fx.staff
        .post(`/api/staff/consultations/${fx.id}/attachments`)
        .attach('file', png, 'plan.png')
        .expect(201);
      expect(image.body).toMatchObject({ contentType: 'image/png', bytes: png.length });
      const doc = await fx.staff
        .post(`/api/staff/consultations/${fx.id}/attachments`)
        .attach('file', pdf, 'plan.pdf')
        .expect(201);
      expect(doc.body.path).toMatch(/\.pdf$/);
      const refused = await fx.staff
        .post(`/api/staff/consultations/${fx.id}/attachments`)
        .attach('file', Buffer.from('<svg/>'), 'plan.png')
        .expect(415);
      expect(refused.body.code).toBe('CONSULTATION_ATTACHMENT_INVALID');
      const file = await agent(ctx.app).get(image.body.path).expect(200);
      expect(file.headers['content-type']).toBe('image/png');
      const saved = await fx.official
        .put(`/api/staff/consultations/${fx.id}`)
        .send(
          consultationRequest(fx.tree.communeA, {
            slug: fx.slug,
            images: [{ path: image.body.path, alt: 'Plan' }],
            documents: [{ path: doc.body.path, name: 'Plan (PDF)' }],
          }),
        )
        .expect(200);
      expect(saved.body.consultation.images).toEqual([{ path: image.body.path, alt: 'Plan' }]);
      await fx.official
        .put(`/api/staff/consultations/${fx.id}`)
        .send(
          consultationRequest(fx.tree.communeA, {
            slug: fx.slug,
            images: [{ path: 'https://example.org/x.png', alt: '' }],
          }),
        )
        .expect(400);
      const outsider = await signInAs(ctx, 'staff', fx.tree.communeB);
      await outsider.get(`/api/staff/consultations/${fx.id}`).expect(403);
    });

    it('checks answers in the preview without storing anything', async () => {
      const ok = await fx.staff
        .post(`/api/staff/consultations/${fx.id}/preview-check`)
        .send({ answers: allTypesAnswers() })
        .expect(200);
      expect(ok.body).toEqual({ valid: true, errors: [] });
      const bad = await fx.staff
        .post(`/api/staff/consultations/${fx.id}/preview-check`)
        .send({ answers: { keep: 'maybe' } })
        .expect(200);
      expect(bad.body.valid).toBe(false);
      expect(await responsesOf(fx.id)).toBe(0);
    });
  });

  describe('answering', () => {
    it('stores a response to every question type, normalised, and counts it', async () => {
      const person = await resident(ctx, fx.tree.quartierA1);
      const res = await person
        .post(`/api/consultations/${fx.id}/responses`)
        .send({ answers: allTypesAnswers({ name: '  Camille  ' }) })
        .expect(201);
      expect(res.body.status).toBe('recorded');
      const [row] = await ctx.sql<{ answers: Record<string, unknown>; quartier_id: string }>(
        `SELECT answers, quartier_id FROM consultation_responses WHERE consultation_id = $1`,
        [fx.id],
      );
      expect(row.answers).toEqual(allTypesAnswers());
      expect(row.quartier_id).toBe(fx.tree.quartierA1);
      const me = await person.get(`/api/consultations/${fx.id}/me`).expect(200);
      expect(me.body).toMatchObject({ answered: true, canAnswer: false });
      expect(me.body.reason.fr).toMatch(/déjà répondu/);
    });

    it('locks the questions after the first answer: a typo fix is allowed and audited, a new option is not', async () => {
      const detail = await fx.official.get(`/api/staff/consultations/${fx.id}`).expect(200);
      expect(detail.body.locked).toBe(true);
      const typo = structuredClone(ALL_TYPES_DEFINITION) as typeof ALL_TYPES_DEFINITION;
      (typo.questions[3] as { title: { fr: string } }).title = { fr: 'Faut-il garder la halle ?' };
      const fixed = await fx.official
        .put(`/api/staff/consultations/${fx.id}`)
        .send(consultationRequest(fx.tree.communeA, { slug: fx.slug, definition: typo }))
        .expect(200);
      expect(fixed.body.definitionChange).toBe('wording-only');
      expect(fixed.body.consultation.definitionVersion).toBe(2);
      const audit = await ctx.sql(
        `SELECT after FROM audit_entries WHERE action = 'consultation.typo-fix' AND object_id = $1`,
        [fx.id],
      );
      expect(audit).toHaveLength(1);

      const structural = structuredClone(typo);
      (structural.questions[5] as { options: unknown[] }).options.push({
        id: 'month',
        label: { fr: 'Chaque mois' },
      });
      const refused = await fx.official
        .put(`/api/staff/consultations/${fx.id}`)
        .send(consultationRequest(fx.tree.communeA, { slug: fx.slug, definition: structural }))
        .expect(409);
      expect(refused.body.code).toBe('CONSULTATION_LOCKED');
      const [stored] = await ctx.sql<{ definition_version: number }>(
        `SELECT definition_version FROM consultations WHERE id = $1`,
        [fx.id],
      );
      expect(stored.definition_version).toBe(2);
    });

    it('keeps a draft of an identified consultation, partial, and drops it with the submission', async () => {
      const identified = await setUpConsultation(ctx, { anonymous: false }, { tree: fx.tree });
      const person = await resident(ctx);
      await person
        .put(`/api/consultations/${identified.id}/draft`)
        .send({ answers: { keep: false } })
        .expect(200);
      const me = await person.get(`/api/consultations/${identified.id}/me`).expect(200);
      expect(me.body.draft).toEqual({ keep: false });
      await person
        .put(`/api/consultations/${identified.id}/draft`)
        .send({ answers: { scale: 9 } })
        .expect(400);
      await person
        .post(`/api/consultations/${identified.id}/responses`)
        .send({ answers: allTypesAnswers({ keep: false, why: undefined }) })
        .expect(201);
      const drafts = await ctx.sql(`SELECT 1 FROM consultation_drafts WHERE account_id = $1`, [
        person.account.id,
      ]);
      expect(drafts).toEqual([]);
    });

    it('keeps a refused submission’s draft: the draft goes only with a response that is stored', async () => {
      const identified = await setUpConsultation(ctx, { anonymous: false }, { tree: fx.tree });
      const person = await resident(ctx);
      await person
        .put(`/api/consultations/${identified.id}/draft`)
        .send({ answers: { keep: true } })
        .expect(200);
      await person
        .post(`/api/consultations/${identified.id}/responses`)
        .send({ answers: allTypesAnswers({ scale: undefined }) })
        .expect(400);
      const drafts = await ctx.sql(`SELECT 1 FROM consultation_drafts WHERE account_id = $1`, [
        person.account.id,
      ]);
      expect(drafts).toHaveLength(1);
    });

    it('never stores a draft of an anonymous consultation: it stays in the browser', async () => {
      const person = await resident(ctx);
      const res = await person
        .put(`/api/consultations/${fx.id}/draft`)
        .send({ answers: { keep: false } })
        .expect(409);
      expect(res.body.code).toBe('DRAFT_KEPT_IN_BROWSER');
      expect(res.body.message.fr).toMatch(/navigateur/);
      const drafts = await ctx.sql(`SELECT 1 FROM consultation_drafts WHERE consultation_id = $1`, [fx.id]);
      expect(drafts).toEqual([]);
      const me = await person.get(`/api/consultations/${fx.id}/me`).expect(200);
      expect(me.body.draft).toBeNull();
    });

    const refusals: Array<[string, Record<string, unknown>, string]> = [
      ['a required question left blank', allTypesAnswers({ scale: undefined }), 'REQUIRED'],
      ['an option that does not exist', allTypesAnswers({ freq: { optionId: 'daily' } }), 'UNKNOWN_OPTION'],
      [
        'too many choices',
        allTypesAnswers({ products: { optionIds: ['veg', 'fish', 'cheese'] } }),
        'TOO_MANY_SELECTIONS',
      ],
      ['a number above its bound', allTypesAnswers({ stalls: 41 }), 'VALUE_TOO_HIGH'],
      ['a scale value out of range', allTypesAnswers({ scale: 0 }), 'VALUE_TOO_LOW'],
      ['a date out of range', allTypesAnswers({ when: '2030-01-01' }), 'DATE_TOO_LATE'],
      [
        'a point outside the territory',
        allTypesAnswers({ bike: { lng: 7, lat: 7 } }),
        'POINT_OUTSIDE_BOUNDARY',
      ],
      [
        'a ranking with a duplicate',
        allTypesAnswers({ rank: ['roof', 'roof', 'wc'] }),
        'RANKING_DUPLICATE_ITEM',
      ],
      ['a matrix row that does not exist', allTypesAnswers({ grid: { mon: ['yes'] } }), 'UNKNOWN_MATRIX_ROW'],
      ['a hidden question answered', allTypesAnswers({ keep: false }), 'HIDDEN_QUESTION_ANSWERED'],
      ['an unknown question', allTypesAnswers({ extra: 'x' }), 'UNKNOWN_QUESTION'],
      ['a text too long', allTypesAnswers({ name: 'x'.repeat(51) }), 'TEXT_TOO_LONG'],
      ['a yes/no that is not a boolean', allTypesAnswers({ keep: 'oui' }), 'INVALID_ANSWER_TYPE'],
    ];
    it.each(refusals)(
      'refuses %s with a 400 in French and English, storing nothing',
      async (_name, answers, code) => {
        const person = await resident(ctx);
        const before = await responsesOf(fx.id);
        const res = await person.post(`/api/consultations/${fx.id}/responses`).send({ answers }).expect(400);
        expect(res.body.code).toBe('INVALID_RESPONSE');
        expect(res.body.fields.map((f: { code: string }) => f.code)).toContain(code);
        expect(res.body.message.fr).toMatch(/n’a pas été enregistrée/);
        expect(res.body.message.en).toMatch(/not saved/);
        expect(await responsesOf(fx.id)).toBe(before);
        const register = await ctx.sql(`SELECT 1 FROM consultation_participations WHERE account_id = $1`, [
          person.account.id,
        ]);
        expect(register).toEqual([]);
      },
    );

    it('refuses a second answer with a 409', async () => {
      const person = await resident(ctx);
      await person
        .post(`/api/consultations/${fx.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(201);
      const res = await person
        .post(`/api/consultations/${fx.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(409);
      expect(res.body.code).toBe('ALREADY_ANSWERED');
    });

    it('stores one response out of 200 concurrent submissions from one person', async () => {
      const own = await setUpConsultation(ctx, {}, { tree: fx.tree });
      const person = await resident(ctx);
      const statuses = await Promise.all(
        Array.from({ length: 200 }, () =>
          person
            .post(`/api/consultations/${own.id}/responses`)
            .send({ answers: allTypesAnswers() })
            .then((r) => r.status),
        ),
      );
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
      expect(await responsesOf(own.id)).toBe(1);
      expect(await registerOf(own.id)).toBe(1);
      // 200 requests on a shared 2-core CI machine: a correctness test, not a timing one.
    }, 180_000);

    it('refuses answers after closing, and before opening, storing nothing', async () => {
      const own = await setUpConsultation(ctx, {}, { tree: fx.tree });
      await own.official.post(`/api/staff/consultations/${own.id}/close`).expect(200);
      const person = await resident(ctx);
      const res = await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(409);
      expect(res.body.code).toBe('CONSULTATION_NOT_OPEN');
      expect(res.body.message.fr).toMatch(/close/);
      const later = await setUpConsultation(
        ctx,
        { opensAt: new Date(Date.now() + 86400000).toISOString() },
        { tree: fx.tree },
      );
      const early = await person
        .post(`/api/consultations/${later.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(409);
      expect(early.body.message.fr).toMatch(/ouvre le/);
      expect(await responsesOf(own.id)).toBe(0);
      expect(await responsesOf(later.id)).toBe(0);
    });

    it('refuses residents outside the chosen quartiers, and unverified accounts when verified ones are asked', async () => {
      const inQuartiers = await setUpConsultation(
        ctx,
        { audience: 'quartiers', quartierIds: [fx.tree.quartierA2] },
        { tree: fx.tree },
      );
      const outsider = await resident(ctx, fx.tree.quartierA1);
      const res = await outsider
        .post(`/api/consultations/${inQuartiers.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(403);
      expect(res.body.code).toBe('CONSULTATION_NOT_ANSWERABLE');
      const insider = await resident(ctx, fx.tree.quartierA2);
      await insider
        .post(`/api/consultations/${inQuartiers.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(201);

      const verifiedOnly = await setUpConsultation(ctx, { audience: 'verified' }, { tree: fx.tree });
      const unverified = await resident(ctx, null, { verified: false });
      const refused = await unverified
        .post(`/api/consultations/${verifiedOnly.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(403);
      expect(refused.body.message.fr).toMatch(/vérifiés/);
      expect(await responsesOf(verifiedOnly.id)).toBe(0);
    });

    it('asks visitors to sign in before answering', async () => {
      await agent(ctx.app)
        .post(`/api/consultations/${fx.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(401);
    });

    it('refuses an answers field that is not an object', async () => {
      const person = await resident(ctx);
      await person.post(`/api/consultations/${fx.id}/responses`).send({ answers: 'all good' }).expect(400);
      await person.post(`/api/consultations/${fx.id}/responses`).send({}).expect(400);
    });
  });

  describe('at the counter', () => {
    const leaName = { lastName: 'Martin', firstName: 'Léa', birthDate: '1950-04-02' };

    it('records an assisted answer with the staff member in the register, counted once across channels', async () => {
      const own = await setUpConsultation(ctx, { counterAnswers: true }, { tree: fx.tree });
      const person = await resident(ctx, fx.tree.quartierA2);
      await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-responses`)
        .send({
          answers: allTypesAnswers(),
          email: person.account.email.toUpperCase(),
          notifyMe: true,
          lastName: 'Durand',
          firstName: 'Paul',
          birthDate: '1980-01-01',
        })
        .expect(201);
      const [line] = await ctx.sql<{
        channel: string;
        staff_id: string;
        account_id: string;
        notify: boolean;
      }>(
        `SELECT channel, staff_id, account_id, notify FROM consultation_participations WHERE consultation_id = $1`,
        [own.id],
      );
      expect(line).toEqual({
        channel: 'counter',
        staff_id: own.staff.account.id,
        account_id: person.account.id,
        notify: true,
      });
      const online = await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers(), lastName: 'Durand', firstName: 'Paul', birthDate: '1980-01-01' })
        .expect(409);
      expect(online.body.code).toBe('ALREADY_ANSWERED');
      const again = await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-responses`)
        .send({ answers: allTypesAnswers(), email: person.account.email, ...leaName })
        .expect(409);
      expect(again.body.message.fr).toMatch(/en ligne ou au guichet/);
      expect(await responsesOf(own.id)).toBe(1);
      const audit = await ctx.sql<{ after: Record<string, unknown> }>(
        `SELECT after FROM audit_entries WHERE action = 'consultation.counter-response' AND object_id = $1`,
        [own.id],
      );
      expect(audit).toHaveLength(1);
      expect(JSON.stringify(audit[0].after)).not.toContain('Camille');
    });

    it('identifies a person without an account by name and birth date, once', async () => {
      const own = await setUpConsultation(ctx, { counterAnswers: true }, { tree: fx.tree });
      const body = {
        answers: allTypesAnswers(),
        lastName: 'Martin',
        firstName: 'Léa',
        birthDate: '1950-04-02',
        quartierId: fx.tree.quartierA1,
      };
      const before = await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-check`)
        .send({ lastName: 'Martin', firstName: 'Léa', birthDate: '1950-04-02' })
        .expect(200);
      expect(before.body).toMatchObject({ answered: false, channel: null });
      await own.staff.post(`/api/staff/consultations/${own.id}/counter-responses`).send(body).expect(201);
      const after = await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-check`)
        .send({ lastName: 'martin', firstName: 'LEA', birthDate: '1950-04-02' })
        .expect(200);
      expect(after.body).toMatchObject({ answered: true, channel: 'counter' });
      expect(after.body.message.fr).toMatch(/déjà répondu/);
      await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-responses`)
        .send({ ...body, lastName: 'MARTIN', firstName: 'lea' })
        .expect(409);
      const anonymousVisitor = await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-responses`)
        .send({ answers: allTypesAnswers(), email: 'someone@example.test' })
        .expect(400);
      expect(anonymousVisitor.body.code).toBe('COUNTER_IDENTITY_MISSING');
      expect(anonymousVisitor.body.fields.map((f: { field: string }) => f.field)).toEqual([
        'lastName',
        'firstName',
        'birthDate',
      ]);
      const citizen = await resident(ctx);
      await citizen.post(`/api/staff/consultations/${own.id}/counter-responses`).send(body).expect(403);
      expect(await responsesOf(own.id)).toBe(1);
    });
  });

  describe('one register for online and counter answers', () => {
    const identity = { lastName: 'Lefèvre-Dupont', firstName: 'Anaïs', birthDate: '1975-06-30' };

    it('asks online respondents for name and birth date when the counter takes answers too, storing nothing without', async () => {
      const own = await setUpConsultation(ctx, { counterAnswers: true }, { tree: fx.tree });
      const person = await resident(ctx);
      for (const missing of [{}, { ...identity, firstName: undefined }, { ...identity, lastName: ' - ' }]) {
        const res = await person
          .post(`/api/consultations/${own.id}/responses`)
          .send({ answers: allTypesAnswers(), ...missing })
          .expect(400);
        expect(res.body.code).toBe('RESPONDENT_IDENTITY_MISSING');
        expect(res.body.message.fr).toMatch(/nom, prénom et date de naissance/);
      }
      const impossible = await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers(), ...identity, birthDate: '1975-02-30' })
        .expect(400);
      expect(JSON.stringify(impossible.body.fields)).toContain('birthDate');
      expect(await responsesOf(own.id)).toBe(0);
      expect(await registerOf(own.id)).toBe(0);
      await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers(), ...identity })
        .expect(201);
      const [line] = await ctx.sql<{ account: boolean; hash: boolean }>(
        `SELECT account_id IS NOT NULL AS account, identity_hash IS NOT NULL AS hash FROM consultation_participations WHERE consultation_id = $1`,
        [own.id],
      );
      expect(line).toEqual({ account: true, hash: true });
    });

    it('refuses a counter answer for a person who already answered online, found by name and birth date', async () => {
      const own = await setUpConsultation(ctx, { counterAnswers: true }, { tree: fx.tree });
      const person = await resident(ctx);
      await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers(), ...identity })
        .expect(201);
      // Typed differently at the counter: case, accents, hyphen.
      const typed = { lastName: 'LEFEVRE DUPONT', firstName: 'anais', birthDate: '1975-06-30' };
      const check = await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-check`)
        .send(typed)
        .expect(200);
      expect(check.body).toMatchObject({ answered: true, channel: 'online' });
      const res = await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-responses`)
        .send({ answers: allTypesAnswers(), ...typed })
        .expect(409);
      expect(res.body.code).toBe('ALREADY_ANSWERED');
      expect(res.body.message.fr).toMatch(/déjà répondu/);
      expect(await responsesOf(own.id)).toBe(1);
      expect(await registerOf(own.id)).toBe(1);
    });

    it('refuses an online answer from a person who already answered at the counter, saying where', async () => {
      const own = await setUpConsultation(ctx, { counterAnswers: true }, { tree: fx.tree });
      await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-responses`)
        .send({ answers: allTypesAnswers(), ...identity })
        .expect(201);
      const person = await resident(ctx);
      const res = await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers(), ...identity, lastName: 'lefevre dupont' })
        .expect(409);
      expect(res.body.code).toBe('ALREADY_ANSWERED');
      expect(res.body.message.fr).toMatch(/au guichet de la mairie/);
      expect(res.body.message.en).toMatch(/town-hall counter/);
      expect(await responsesOf(own.id)).toBe(1);
      expect(await registerOf(own.id)).toBe(1);
    });

    it('stores one response when the same person answers online and at the counter at the same moment', async () => {
      const own = await setUpConsultation(ctx, { counterAnswers: true }, { tree: fx.tree });
      const person = await resident(ctx);
      const statuses = await Promise.all([
        ...Array.from({ length: 10 }, () =>
          person
            .post(`/api/consultations/${own.id}/responses`)
            .send({ answers: allTypesAnswers(), ...identity })
            .then((r) => r.status),
        ),
        ...Array.from({ length: 10 }, () =>
          own.staff
            .post(`/api/staff/consultations/${own.id}/counter-responses`)
            .send({ answers: allTypesAnswers(), ...identity })
            .then((r) => r.status),
        ),
      ]);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
      expect(await responsesOf(own.id)).toBe(1);
    });

    it('takes no counter answer where the official chose online only, and keeps that choice once published', async () => {
      const own = await setUpConsultation(ctx, {}, { tree: fx.tree });
      const res = await own.staff
        .post(`/api/staff/consultations/${own.id}/counter-responses`)
        .send({ answers: allTypesAnswers(), ...identity })
        .expect(409);
      expect(res.body.code).toBe('COUNTER_ANSWERS_NOT_OFFERED');
      await own.staff.post(`/api/staff/consultations/${own.id}/counter-check`).send(identity).expect(409);
      const person = await resident(ctx);
      // Online only: no identity asked.
      await person
        .post(`/api/consultations/${own.id}/responses`)
        .send({ answers: allTypesAnswers() })
        .expect(201);
      const change = await own.official
        .put(`/api/staff/consultations/${own.id}`)
        .send(consultationRequest(fx.tree.communeA, { slug: own.slug, counterAnswers: true }))
        .expect(409);
      expect(change.body.code).toBe('CONSULTATION_SETTINGS_LOCKED');
      expect(await responsesOf(own.id)).toBe(1);
    });
  });

  describe('closing by date', () => {
    it('closes a consultation once its date has passed, by the schedule, audited, once', async () => {
      const soon = await setUpConsultation(
        ctx,
        { closesAt: new Date(Date.now() + 60_000).toISOString() },
        { tree: fx.tree },
      );
      const runner = ctx.app.get(JobRunner);
      await runner.runAll(new Date());
      const [open] = await ctx.sql<{ status: string }>(`SELECT status FROM consultations WHERE id = $1`, [soon.id]);
      expect(open.status).toBe('published');
      const later = new Date(Date.now() + 120_000);
      expect(await runner.runAll(later)).toContain('consultations:close-by-date');
      const [closed] = await ctx.sql<{ status: string; closed_at: Date; closes_at: Date }>(
        `SELECT status, closed_at, closes_at FROM consultations WHERE id = $1`,
        [soon.id],
      );
      expect(closed.status).toBe('closed');
      expect(closed.closed_at.getTime()).toBe(closed.closes_at.getTime());
      await runner.runAll(new Date(Date.now() + 240_000));
      const audit = await ctx.sql<{ actor_id: string | null; after: { by: string } }>(
        `SELECT actor_id, after FROM audit_entries WHERE action = 'consultation.close' AND object_id = $1`,
        [soon.id],
      );
      expect(audit).toEqual([{ actor_id: null, after: expect.objectContaining({ by: 'schedule', status: 'closed' }) }]);
      const page = await agent(ctx.app).get(`/api/consultations/${soon.slug}`).expect(200);
      expect(page.body).toMatchObject({ status: 'closed', acceptingAnswers: false });
    });

    it('leaves drafts and consultations without a closing date alone', async () => {
      const draft = await setUpConsultation(
        ctx,
        { closesAt: new Date(Date.now() + 60_000).toISOString() },
        { tree: fx.tree, publish: false },
      );
      await ctx.app.get(JobRunner).runAll(new Date(Date.now() + 120_000));
      const [row] = await ctx.sql<{ status: string }>(`SELECT status FROM consultations WHERE id = $1`, [draft.id]);
      expect(row.status).toBe('draft');
      const [open] = await ctx.sql<{ status: string }>(`SELECT status FROM consultations WHERE id = $1`, [fx.id]);
      expect(open.status).toBe('published');
    });
  });

  it('lists the team’s consultations, drafts included, and only theirs', async () => {
    const mine = await fx.staff.get('/api/staff/consultations').expect(200);
    const slugs = mine.body.map((c: { slug: string }) => c.slug);
    expect(slugs).toContain('brouillon');
    expect(slugs).toContain(fx.slug);
    const elsewhere = await signInAs(ctx, 'staff', fx.tree.communeB);
    expect((await elsewhere.get('/api/staff/consultations').expect(200)).body).toEqual([]);
    await (await resident(ctx)).get('/api/staff/consultations').expect(403);
    const inB = await agent(ctx.app)
      .get('/api/consultations')
      .query({ territoryId: fx.tree.communeB })
      .expect(200);
    expect(inB.body).toEqual([]);
    const inMetropole = await agent(ctx.app)
      .get('/api/consultations')
      .query({ territoryId: fx.tree.metropole })
      .expect(200);
    expect(inMetropole.body.map((c: { slug: string }) => c.slug)).toContain(fx.slug);
  });

  it('lists published consultations publicly with their respondents', async () => {
    const list = await agent(ctx.app).get('/api/consultations').query({ status: 'published' }).expect(200);
    const mine = list.body.find((c: { id: string }) => c.id === fx.id);
    expect(mine).toMatchObject({ status: 'published', acceptingAnswers: true, anonymous: true });
    expect(mine.respondents).toBeGreaterThanOrEqual(2);
  });
});
