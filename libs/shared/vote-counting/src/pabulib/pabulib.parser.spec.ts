import { Decimal } from '../numbers/decimal.value';
import { readPabulibFixture } from '../testing/shared-data.fixture';
import { ballotPoints, ballotProjectIds } from './pabulib.model';
import { PabulibParseError, PabulibParser, parsePabulib } from './pabulib.parser';

const EXAMPLE = `META
key;value
description;Example
country;Poland
unit;Exampletown
instance;2024
num_projects;3
num_votes;4
budget;100000
vote_type;approval
rule;greedy
date_begin;2024
date_end;2024
PROJECTS
project_id;cost;votes;name;selected
1;5000;3;Bench;1
2;10000;2;Trees;1
3;85000;2;Playground;1
VOTES
voter_id;vote
v1;1,2
v2;1
v3;3
v4;1,2,3
`;

function pb(voteType: string, votesHeader: string, votes: string[], extraMeta = ''): string {
  return [
    'META',
    'key;value',
    'budget;100',
    `vote_type;${voteType}`,
    ...(extraMeta ? [extraMeta] : []),
    'PROJECTS',
    'project_id;cost',
    'a;10',
    'b;20.5',
    'c;30',
    'VOTES',
    votesHeader,
    ...votes,
  ].join('\n');
}

function parseError(text: string): PabulibParseError {
  try {
    parsePabulib(text);
  } catch (error) {
    if (error instanceof PabulibParseError) return error;
    throw error;
  }
  throw new Error('expected a parse error');
}

describe('parsePabulib', () => {
  it('reads the format example: meta, projects, approval ballots', () => {
    const instance = parsePabulib(EXAMPLE);
    expect(instance.budget).toEqual(Decimal.parse('100000'));
    expect(instance.voteType).toBe('approval');
    expect(instance.meta.get('unit')).toBe('Exampletown');
    expect(instance.projects.map((p) => [p.id, p.cost.toString(), p.fields['name']])).toEqual([
      ['1', '5000', 'Bench'],
      ['2', '10000', 'Trees'],
      ['3', '85000', 'Playground'],
    ]);
    expect(instance.votes.voterIds).toEqual(['v1', 'v2', 'v3', 'v4']);
    expect(ballotProjectIds(instance, 3)).toEqual(['1', '2', '3']);
    expect(instance.votes.points).toBeNull();
  });

  it('reads cumulative ballots with exact points', () => {
    const instance = parsePabulib(pb('cumulative', 'voter_id;vote;points', ['1;c,a;2,1.5', '2;b;3']));
    expect(ballotProjectIds(instance, 0)).toEqual(['c', 'a']);
    expect(ballotPoints(instance, 0)?.map(String)).toEqual(['2.0', '1.5']);
    expect(instance.votes.pointScale).toBe(1);
    expect(instance.projects[1].cost.toString()).toBe('20.5');
  });

  it('reads scoring, ordinal (with and without points) and choose-1 ballots', () => {
    expect(ballotPoints(parsePabulib(pb('scoring', 'voter_id;vote;points', ['1;a,b;5,-2'])), 0)?.map(String)).toEqual(['5', '-2']);
    const ordinal = parsePabulib(pb('ordinal', 'voter_id;vote', ['1;c,a,b', '2;b']));
    expect(ballotProjectIds(ordinal, 0)).toEqual(['c', 'a', 'b']);
    const ranked = parsePabulib(pb('ordinal', 'voter_id;vote;points', ['1;c,a;2,1']));
    expect(ballotPoints(ranked, 0)?.map(String)).toEqual(['2', '1']);
    expect(ballotProjectIds(parsePabulib(pb('choose-1', 'voter_id;vote', ['1;b'])), 0)).toEqual(['b']);
  });

  it('keeps empty ballots', () => {
    const instance = parsePabulib(pb('approval', 'voter_id;vote', ['1;', '2;a']));
    expect(ballotProjectIds(instance, 0)).toEqual([]);
    expect(instance.votes.voterIds).toHaveLength(2);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const text = [
      'META',
      'key;value',
      'budget;100',
      'vote_type;approval',
      'acknowledgments;"Paper ""Design"" by X; Y"',
      'PROJECTS',
      'project_id;cost;name;description',
      '1;10;"Obwodnica; ETAP II";"first line',
      'second line"',
      'VOTES',
      'voter_id;vote',
      '"v;1";1',
    ].join('\n');
    const instance = parsePabulib(text);
    expect(instance.meta.get('acknowledgments')).toBe('Paper "Design" by X; Y');
    expect(instance.projects[0].fields).toEqual({ name: 'Obwodnica; ETAP II', description: 'first line\nsecond line' });
    expect(instance.votes.voterIds).toEqual(['v;1']);
  });

  it('strips a byte order mark, carriage returns and spaces around fields', () => {
    const text = '\ufeff' + EXAMPLE.replace(/\n/g, '\r\n').replace('1;5000;3;Bench;1', '1 ; 5000 ;3; Bench ;1');
    const instance = parsePabulib(text);
    expect(instance.meta.has('description')).toBe(true);
    expect(instance.projects[0].cost.toString()).toBe('5000');
    expect(instance.projects[0].fields['name']).toBe('Bench');
  });

  it('keeps unknown META keys, project columns and voter columns', () => {
    const instance = parsePabulib(
      pb('approval', 'voter_id;vote;age;favourite_colour', ['1;a;34;blue', '2;b;;red'], 'my_key;my value'),
    );
    expect(instance.meta.get('my_key')).toBe('my value');
    expect(instance.votes.extra).toEqual({ age: ['34', ''], favourite_colour: ['blue', 'red'] });
    expect(instance.votes.columns).toEqual(['voter_id', 'vote', 'age', 'favourite_colour']);
  });

  it('skips empty lines with a warning', () => {
    const parser = new PabulibParser();
    parser.push(EXAMPLE.replace('PROJECTS', '\nPROJECTS'));
    expect(parser.end().projects).toHaveLength(3);
    expect(parser.warnings).toContainEqual({ line: 14, message: 'empty line skipped' });
  });

  it('warns when num_votes does not match the votes', () => {
    const parser = new PabulibParser();
    parser.push(EXAMPLE.replace('num_votes;4', 'num_votes;5'));
    parser.end();
    expect(parser.warnings).toContainEqual({ line: 8, message: 'num_votes says 5 but the file holds 4' });
  });

  it('gives the same instance whatever the chunk boundaries', () => {
    const whole = parsePabulib(EXAMPLE.replace(/\n/g, '\r\n'));
    const text = EXAMPLE.replace(/\n/g, '\r\n');
    for (const size of [1, 2, 3, 7, 64]) {
      const parser = new PabulibParser();
      for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
      expect(parser.end()).toEqual(whole);
    }
  });

  it('streams a real file in random chunks to the same instance', () => {
    const text = readPabulibFixture('Worldwide_Mechanical_Turk_Knapsack_3.pb');
    const parser = new PabulibParser();
    let seed = 7;
    for (let i = 0; i < text.length; ) {
      seed = (seed * 48271) % 2147483647;
      const size = 1 + (seed % 500);
      parser.push(text.slice(i, i + size));
      i += size;
    }
    expect(parser.end()).toEqual(parsePabulib(text));
  });
});

describe('parsePabulib errors name the line and the problem', () => {
  it.each([
    ['a missing section', EXAMPLE.slice(0, EXAMPLE.indexOf('VOTES')), 'missing-section', 18, 'section VOTES is missing'],
    ['a wrong column count', EXAMPLE.replace('2;10000;2;Trees;1', '2;10000;2;Trees'), 'column-count', 17, '4 fields where the PROJECTS header has 5'],
    ['a vote for an unknown project', EXAMPLE.replace('v3;3', 'v3;7'), 'unknown-project', 23, 'voter "v3" votes for unknown project "7"'],
    ['a non-numeric cost', EXAMPLE.replace('2;10000', '2;10k'), 'invalid-cost', 17, 'project "2" has a non-numeric cost "10k"'],
    ['a duplicate voter id', EXAMPLE.replace('v3;3', 'v1;3'), 'duplicate-voter', 23, 'voter "v1" appears twice'],
    ['a project listed twice in a vote', EXAMPLE.replace('v2;1', 'v2;1,1'), 'duplicate-vote', 22, 'voter "v2" lists project "1" twice'],
    ['a duplicate project id', EXAMPLE.replace('2;10000', '1;10000'), 'duplicate-project', 17, 'project "1" appears twice'],
    ['an unknown vote type', EXAMPLE.replace('vote_type;approval', 'vote_type;plurality'), 'invalid-meta', 10, 'unknown vote_type "plurality" (expected approval, ordinal, cumulative, scoring, choose-1)'],
    ['a missing budget', EXAMPLE.replace('budget;100000\n', ''), 'missing-meta', 13, 'META has no budget'],
    ['sections out of order', EXAMPLE.replace('PROJECTS', 'VOTES'), 'missing-section', 14, 'section PROJECTS is missing before VOTES'],
    ['an unclosed quote', EXAMPLE.replace('Bench', '"Bench'), 'syntax', 16, 'a quoted field is not closed'],
    ['text before META', 'hello\n' + EXAMPLE, 'content-outside-section', 1, 'text before the META section'],
    ['a project without cost column', EXAMPLE.replace('project_id;cost;votes', 'project_id;price;votes'), 'missing-column', 15, 'the PROJECTS header has no "cost" column'],
  ])('reports %s', (_, text, code, line, problem) => {
    const error = parseError(text);
    expect({ code: error.code, line: error.line, problem: error.problem }).toEqual({ code, line, problem });
    expect(error.message).toBe(`line ${line}: ${problem}`);
  });

  // Rows longer than 16 characters take the in-place fast path; errors must read the same.
  const longRows = (rows: string[]) => pb('cumulative', 'voter_id;vote;points;district', rows);
  it.each([
    ['too few fields', ['voter-number-0001;a,b;1,2'], 'column-count', '3 fields where the VOTES header has 4'],
    ['too many fields', ['voter-number-0001;a,b;1,2;north;extra'], 'column-count', '5 fields where the VOTES header has 4'],
    ['an unknown project', ['voter-number-0001;a, z;1,2;north'], 'unknown-project', 'voter "voter-number-0001" votes for unknown project "z"'],
    ['a project twice', ['voter-number-0001;a,b,a;1,2,3;north'], 'duplicate-vote', 'voter "voter-number-0001" lists project "a" twice'],
    ['a repeated voter', ['voter-number-0001;a;1;north', 'voter-number-0001;b;1;south'], 'duplicate-voter', 'voter "voter-number-0001" appears twice'],
    ['an empty id in a vote', ['voter-number-0001;a,,b;1,2,3;north'], 'unknown-project', 'voter "voter-number-0001" votes for unknown project ""'],
  ])('reports %s on long rows too', (_, rows, code, problem) => {
    const error = parseError(longRows(rows));
    expect({ code: error.code, line: error.line, problem: error.problem }).toEqual({ code, line: 11 + rows.length, problem });
  });

  it('reads long rows in place exactly as short ones', () => {
    const rows = ['voter-number-0001 ; c , a ;2, 1.5; north ', 'v2;b;3;s', 'voter-number-0003;;;'];
    const instance = parsePabulib(longRows(rows));
    expect(ballotProjectIds(instance, 0)).toEqual(['c', 'a']);
    expect(ballotPoints(instance, 0)?.map(String)).toEqual(['2.0', '1.5']);
    expect(instance.votes.voterIds).toEqual(['voter-number-0001', 'v2', 'voter-number-0003']);
    expect(instance.votes.extra).toEqual({ district: ['north', 's', ''] });
    expect(ballotProjectIds(instance, 2)).toEqual([]);
  });

  it('requires points for cumulative ballots', () => {
    expect(parseError(pb('cumulative', 'voter_id;vote', ['1;a'])).problem).toBe('cumulative votes need a "points" column');
  });

  it('reports points that do not match the vote', () => {
    expect(parseError(pb('cumulative', 'voter_id;vote;points', ['1;a,b;1'])).problem).toBe('voter "1" has 1 points for 2 projects');
    expect(parseError(pb('cumulative', 'voter_id;vote;points', ['1;a;x'])).problem).toBe('voter "1" has non-numeric points "x"');
  });
});
