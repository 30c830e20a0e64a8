import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Parameters of the generated approval election. */
export interface GeneratedElection {
  readonly voters: number;
  readonly projects: number;
  /** Average number of approvals per ballot (each ballot holds 3 to 2 × average − 3 projects). */
  readonly approvals: number;
  readonly budget: number;
  readonly seed: number;
}

export const MILLION_VOTERS: GeneratedElection = { voters: 1_000_000, projects: 200, approvals: 5, budget: 20_000_000, seed: 2024 };

/** A small deterministic generator (Park–Miller), so every run of the benchmark counts the same file. */
function random(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

/**
 * Writes the election as a Pabulib file in the system temp directory (once; later runs reuse it)
 * and returns its path. Popularity follows a Zipf-like law, as in real votes where a few projects
 * draw most ballots; costs range from 20 000 to 1 000 000 in steps of 1 000.
 */
export function generateApprovalElection(spec: GeneratedElection): string {
  const file = join(tmpdir(), `agora-bench-${spec.voters}v-${spec.projects}p-${spec.approvals}a-${spec.budget}-${spec.seed}.pb`);
  if (existsSync(file)) return file;
  const next = random(spec.seed);
  const weights = Array.from({ length: spec.projects }, (_, p) => 1 / (p + 1) ** 0.8);
  const cumulative: number[] = [];
  weights.reduce((sum, w, p) => (cumulative[p] = sum + w), 0);
  const total = cumulative[spec.projects - 1];
  const pick = () => {
    const x = next() * total;
    let low = 0;
    let high = spec.projects - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < x) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const partial = `${file}.${process.pid}.part`;
  const fd = openSync(partial, 'w');
  const write = (text: string) => writeSync(fd, text);
  write(
    [
      'META',
      'key;value',
      'description;Generated approval election for the Agora benchmark',
      'country;Worldwide',
      'unit;Benchmark',
      'instance;generated',
      `num_projects;${spec.projects}`,
      `num_votes;${spec.voters}`,
      `budget;${spec.budget}`,
      'vote_type;approval',
      'rule;greedy',
      'date_begin;2024',
      'date_end;2024',
      'experimental;1',
      'PROJECTS',
      'project_id;cost;name',
      ...Array.from({ length: spec.projects }, (_, p) => `${p + 1};${(20 + Math.floor(next() * 981)) * 1000};Project ${p + 1}`),
      'VOTES',
      'voter_id;vote',
      '',
    ].join('\n'),
  );
  const chosen = new Set<number>();
  let buffer = '';
  for (let v = 0; v < spec.voters; v++) {
    const size = 3 + Math.floor(next() * (2 * spec.approvals - 5));
    chosen.clear();
    while (chosen.size < size) chosen.add(pick() + 1);
    buffer += `${v + 1};${[...chosen].join(',')}\n`;
    if (buffer.length > 1 << 20) {
      write(buffer);
      buffer = '';
    }
  }
  write(buffer);
  closeSync(fd);
  renameSync(partial, file);
  return file;
}
