import fc from 'fast-check';

import { readPabulibFixture } from '../testing/shared-data.fixture';
import { buildPabulibInstance, InstanceInput } from './pabulib.builder';
import { VOTE_TYPES } from './pabulib.model';
import { parsePabulib } from './pabulib.parser';
import { writePabulib, writePabulibChunks } from './pabulib.writer';

// Any text a field may hold, except carriage returns: the format ends lines with CRLF or LF and
// readers strip the CR, so a CR inside a value cannot survive any Pabulib reader.
const text = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/\r/g, ''));
const name = text.filter((s) => s.trim() !== '');
const projectId = name.filter((s) => !s.includes(',') && s.trim() === s);
const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 3 }))
  .map(([units, scale]) => (scale === 0 ? units.toString() : (units.toString().padStart(scale + 1, '0').replace(new RegExp(`(\\d{${scale}})$`), '.$1'))));

const instanceInput: fc.Arbitrary<InstanceInput> = fc
  .record({
    voteType: fc.constantFrom(...VOTE_TYPES),
    budget: decimal,
    meta: fc.uniqueArray(fc.tuple(name.filter((k) => !['budget', 'vote_type', 'num_projects', 'num_votes'].includes(k)), text), {
      selector: ([key]) => key,
      maxLength: 5,
    }),
    fieldNames: fc.uniqueArray(name.filter((n) => n !== 'project_id' && n !== 'cost'), { maxLength: 3 }),
    projects: fc.uniqueArray(fc.record({ id: projectId, cost: decimal, values: fc.array(text, { minLength: 3, maxLength: 3 }) }), {
      selector: (p) => p.id,
      minLength: 1,
      maxLength: 6,
    }),
    extraNames: fc.uniqueArray(name.filter((n) => !['voter_id', 'vote', 'points'].includes(n)), { maxLength: 2 }),
    ballots: fc.uniqueArray(
      fc.record({
        voterId: text,
        picks: fc.uniqueArray(fc.nat(5), { maxLength: 6 }),
        points: fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 2 })), { minLength: 6, maxLength: 6 }),
        extra: fc.array(text, { minLength: 2, maxLength: 2 }),
      }),
      { selector: (b) => b.voterId, maxLength: 8 },
    ),
  })
  .map((r) => {
    const ids = r.projects.map((p) => p.id);
    const withPoints = r.voteType === 'cumulative' || r.voteType === 'scoring';
    return {
      voteType: r.voteType,
      budget: r.budget,
      meta: Object.fromEntries(r.meta),
      projects: r.projects.map((p) => ({
        id: p.id,
        cost: p.cost,
        fields: Object.fromEntries(r.fieldNames.map((field, i) => [field, p.values[i]])),
      })),
      ballots: r.ballots.map((b) => {
        const projects = [...new Set(b.picks.map((i) => ids[i % ids.length]))];
        return {
          voterId: b.voterId,
          projects,
          ...(withPoints ? { points: projects.map((_, i) => (b.points[i][0] / 10 ** b.points[i][1]).toFixed(b.points[i][1])) } : {}),
          extra: Object.fromEntries(r.extraNames.map((field, i) => [field, b.extra[i]])),
        };
      }),
    };
  });

describe('writePabulib', () => {
  it('is undone by the parser: parse(write(x)) equals x', () => {
    fc.assert(
      fc.property(instanceInput, (input) => {
        const instance = buildPabulibInstance(input);
        expect(parsePabulib(writePabulib(instance))).toEqual(instance);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips every shared real instance', () => {
    for (const file of ['France_Toulouse_2019.pb', 'Worldwide_Mechanical_Turk_Knapsack_3.pb', 'Switzerland_Zurich_D10.pb']) {
      const instance = parsePabulib(readPabulibFixture(file));
      expect(parsePabulib(writePabulib(instance))).toEqual(instance);
    }
  });

  it('quotes only what needs quoting', () => {
    const instance = buildPabulibInstance({
      budget: '10',
      voteType: 'approval',
      meta: { description: 'a;b', note: 'say "hi"', votes: 'x' },
      projects: [{ id: '1', cost: '5', fields: { name: ' padded' } }],
      ballots: [{ voterId: 'v', projects: ['1'] }],
    });
    const written = writePabulib(instance);
    expect(written).toContain('description;"a;b"\nnote;"say ""hi"""\n"votes";x\n');
    expect(written).toContain('project_id;cost;name\n1;5;" padded"\n');
  });

  it('streams the same text in chunks', () => {
    const instance = parsePabulib(readPabulibFixture('Netherlands_Assen_2024.pb'));
    expect([...writePabulibChunks(instance, 256)].join('')).toBe(writePabulib(instance));
  });

  it('refuses project ids a vote list cannot carry', () => {
    const instance = buildPabulibInstance({ budget: '1', voteType: 'approval', projects: [{ id: 'a,b', cost: '1' }], ballots: [] });
    expect(() => writePabulib(instance)).toThrow('project id "a,b" cannot be written in a vote list');
  });
});
