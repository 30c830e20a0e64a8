import { randomBytes } from 'node:crypto';

import type { ProcessKind, ProcessPhase } from '@agora/contracts';

import type { TestContext } from './test-app';

/** A process inserted straight into the database (the processes module has its own tests). */
export async function insertProcess(
  ctx: TestContext,
  territoryId: string,
  options: { kind?: ProcessKind; phase?: ProcessPhase; title?: string } = {},
): Promise<string> {
  const [row] = await ctx.sql<{ id: string }>(
    `INSERT INTO processes (territory_id, kind, slug, title, phase) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      territoryId,
      options.kind ?? 'budget',
      `demarche-${randomBytes(4).toString('hex')}`,
      options.title ?? 'Budget participatif 2027',
      options.phase ?? 'proposals',
    ],
  );
  return row.id;
}

export async function setPhase(ctx: TestContext, processId: string, phase: ProcessPhase): Promise<void> {
  await ctx.sql(`UPDATE processes SET phase = $2 WHERE id = $1`, [processId, phase]);
}

/** A valid proposal body; override what the test is about. */
export function proposalBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'project',
    title: 'Des bancs le long du canal',
    description:
      'Installer dix bancs pour que les personnes âgées puissent se reposer pendant leur promenade.',
    category: 'Espaces verts',
    estimatedCostCents: 1_500_000,
    ...overrides,
  };
}

/** Counts the rows of a table, to check that a refused request saved nothing. */
export async function countRows(
  ctx: TestContext,
  table: 'proposals' | 'proposal_supports' | 'proposal_comments' | 'proposal_reports' | 'proposal_images',
): Promise<number> {
  const [row] = await ctx.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return row.n;
}
