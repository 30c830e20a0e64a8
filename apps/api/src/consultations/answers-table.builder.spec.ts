import type { ConsultationDefinition } from '@agora/consultation-rules';

import { buildAnswersTable, toCsv } from './answers-table.builder';

const definition = {
  questions: [
    { id: 'intro', type: 'section', title: { fr: 'Intro' } },
    {
      id: 'q',
      type: 'single-choice',
      title: { fr: 'Choix' },
      options: [{ id: 'a', label: { fr: 'A' } }],
      allowOther: true,
    },
    { id: 't', type: 'short-text', title: { fr: 'Texte' } },
    {
      id: 'm',
      type: 'matrix',
      title: { fr: 'Grille' },
      rows: [{ id: 'r1', label: { fr: 'L1' } }],
      columns: [{ id: 'c1', label: { fr: 'C1' } }],
      selection: 'single',
    },
    {
      id: 'p',
      type: 'map-point',
      title: { fr: 'Lieu' },
      boundary: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    },
  ],
} as ConsultationDefinition;

describe('answers table', () => {
  it('writes one column per question, one per matrix row and two for a map point, labels in French', () => {
    const table = buildAnswersTable(
      definition,
      [
        {
          id: 'r-1',
          answers: { q: { optionId: 'a' }, t: 'Bonjour', m: { r1: ['c1'] }, p: { lng: 0.5, lat: 0.25 } },
          quartierName: 'Centre',
          submittedOn: '2026-06-01',
        },
      ],
      new Set(),
    );
    expect(table.header).toEqual([
      'response_id',
      'submitted_on',
      'quartier',
      'q — Choix',
      't — Texte',
      'm — Grille — L1',
      'p — Lieu — longitude',
      'p — Lieu — latitude',
    ]);
    expect(table.rows[0]).toEqual(['r-1', '2026-06-01', 'Centre', 'A', 'Bonjour', 'C1', 0.5, 0.25]);
  });

  it('blanks the texts staff hid, "Autre" included', () => {
    const table = buildAnswersTable(
      definition,
      [
        {
          id: 'r-1',
          answers: { q: { other: 'Mon adresse' }, t: 'Mon téléphone' },
          quartierName: null,
          submittedOn: '2026-06-01',
        },
      ],
      new Set(['r-1:q', 'r-1:t']),
    );
    expect(table.rows[0].slice(3, 5)).toEqual(['', '']);
  });

  it('writes CSV with a BOM and semicolons, quoting and disarming formulas', () => {
    const csv = toCsv({ header: ['a', 'b'], rows: [['=1+1', 'x;y "z"']] });
    expect(csv).toBe('\uFEFFa;b\r\n\'=1+1;"x;y ""z"""\r\n');
  });
});
