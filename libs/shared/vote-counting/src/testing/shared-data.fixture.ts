import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The shared Pabulib fixtures live beside the repository checkout (`../shared/data/pabulib`), so
 * that a fresh clone next to `shared/` finds them; resolved from this file, not from the cwd.
 */
export const PABULIB_DIR = resolve(__dirname, '../../../../../../shared/data/pabulib');

export function readPabulibFixture(file: string): string {
  return readFileSync(join(PABULIB_DIR, file), 'utf8');
}

export interface ExpectedOutcome {
  readonly rule: 'greedy' | 'mes';
  readonly sat: 'cost' | 'cardinality';
  readonly completion: 'none' | 'add1' | 'add1-greedy';
  readonly selected: string[];
  readonly cost: string;
}

export interface ExpectedInstance {
  readonly vote_type: string;
  readonly voters: number;
  readonly projects: number;
  readonly budget: string;
  readonly outcomes: ExpectedOutcome[];
}

export function readExpected(): [string, ExpectedInstance][] {
  const all = JSON.parse(readFileSync(join(PABULIB_DIR, 'expected.json'), 'utf8')) as Record<string, unknown>;
  return Object.entries(all).filter(([file]) => !file.startsWith('_')) as [string, ExpectedInstance][];
}
