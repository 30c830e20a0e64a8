import { parsePabulib } from '../pabulib/pabulib.parser';
import { PabulibInstance } from '../pabulib/pabulib.model';
import { readExpected, readPabulibFixture } from '../testing/shared-data.fixture';
import { tally } from './tally.rule';

// Outcomes computed independently with pabutools (../shared/data/pabulib/expected.json): every rule
// on every real instance must give exactly the same funded projects and total cost, ties included
// (`id` tie-break, pabutools' convention).
jest.setTimeout(120_000);

const instances = new Map<string, PabulibInstance>();
function load(file: string): PabulibInstance {
  let instance = instances.get(file);
  if (!instance) {
    instance = parsePabulib(readPabulibFixture(file));
    instances.set(file, instance);
  }
  return instance;
}

describe.each(readExpected())('%s', (file, expected) => {
  it('has the voters, projects and budget the reference counted', () => {
    const instance = load(file);
    expect(instance.votes.voterIds.length).toBe(expected.voters);
    expect(instance.projects.length).toBe(expected.projects);
    expect(instance.budget.toPlainString()).toBe(expected.budget);
    expect(instance.voteType).toBe(expected.vote_type);
  });

  it.each(expected.outcomes.map((outcome) => [`${outcome.rule} ${outcome.sat} ${outcome.completion}`, outcome] as const))(
    'matches the reference outcome of %s',
    (_, outcome) => {
      const result = tally(load(file), {
        rule: outcome.rule,
        sat: outcome.sat,
        completion: outcome.completion,
        tieBreak: 'id',
      });
      expect([...result.selected].sort()).toEqual(outcome.selected);
      expect(result.budgetUsed).toBe(outcome.cost);
    },
  );
});
