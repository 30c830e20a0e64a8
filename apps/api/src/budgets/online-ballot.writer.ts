import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { preparedQuery } from '../database/prepared-statement.query';
import type { BallotContent } from './ballot-box.service';

/** One online ballot, checked and ready: its register entry and its content. */
export interface OnlineBallotRow {
  accountId: string;
  identityHash: Buffer | null;
  quartierId: string | null;
  content: BallotContent;
  receiptHash: Buffer;
}

/** What became of one ballot of a written group. */
export type OnlineBallotOutcome = 'cast' | 'not-voting' | 'no-envelope' | 'already-voted';

/** The most ballots one statement writes; a larger queue is written in several. */
export const MAX_GROUP = 64;

interface Waiting {
  row: OnlineBallotRow;
  done: (outcome: OnlineBallotOutcome) => void;
  failed: (error: unknown) => void;
}

interface EnvelopeQueue {
  processId: string;
  budgetId: string;
  waiting: Waiting[];
  writing: boolean;
}

/**
 * Every group: the process still voting and the envelope still there (both FOR KEY SHARE, so closing
 * the vote or changing rules waits for the group), then the register entries, then one ballot for each
 * entry actually written. A voter already in the register (their own earlier vote, any channel, or
 * their census entry used) gets no entry, hence no ballot: the unique keys decide, whatever the
 * concurrency. Entries are matched to their ballots through the account id inside this statement
 * only; nothing stored links them.
 */
const WRITE_GROUP = `WITH proc AS (
    SELECT id FROM processes WHERE id = $1 AND phase = 'vote' FOR KEY SHARE
  ), bud AS (
    SELECT id FROM budgets WHERE id = $2 AND process_id = $1 FOR KEY SHARE
  ), input AS (
    SELECT i.account_id, decode(i.identity_hash, 'hex') AS identity_hash, i.quartier_id, i.content,
           decode(i.receipt_hash, 'hex') AS receipt_hash
    FROM jsonb_to_recordset($3::jsonb) AS i(account_id uuid, identity_hash text, quartier_id uuid, content jsonb, receipt_hash text)
  ), entry AS (
    INSERT INTO participations (process_id, budget_id, account_id, identity_hash, channel, staff_id, quartier_id)
    SELECT proc.id, bud.id, input.account_id, input.identity_hash, 'online', NULL, input.quartier_id FROM proc, bud, input
    ON CONFLICT DO NOTHING RETURNING account_id
  ), ballots AS (
    INSERT INTO ballots (budget_id, content, receipt_hash)
    SELECT $2, input.content, input.receipt_hash FROM entry JOIN input ON input.account_id = entry.account_id
  )
  SELECT EXISTS (SELECT 1 FROM proc) AS voting, EXISTS (SELECT 1 FROM bud) AS envelope, coalesce((SELECT json_agg(account_id) FROM entry), '[]'::json) AS cast`;

/** PostgreSQL errors about the data of a row (SQLSTATE classes 22 and 23), as opposed to the connection or the server. */
function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}

/**
 * Writes the online ballots of envelopes already locked, grouped: while one statement is in flight for
 * an envelope, the ballots arriving meanwhile wait and then go together in the next one. A lone ballot
 * waits for nothing; at a vote's opening, when hundreds arrive each second, one commit (one flush of
 * the write-ahead log) serves many. Each ballot stays all-or-nothing with its register entry, as the
 * whole group is one statement; a group refused for one row's data is written again ballot by ballot,
 * so one bad row never costs the others their vote. A voter appears at most once per group (a second
 * request of theirs waits for the next group, where the register refuses it).
 */
@Injectable()
export class OnlineBallotWriter {
  private readonly queues = new Map<string, EnvelopeQueue>();

  constructor(private readonly dataSource: DataSource) {}

  write(processId: string, budgetId: string, row: OnlineBallotRow): Promise<OnlineBallotOutcome> {
    const key = `${processId}:${budgetId}`;
    let queue = this.queues.get(key);
    if (!queue) {
      queue = { processId, budgetId, waiting: [], writing: false };
      this.queues.set(key, queue);
    }
    const outcome = new Promise<OnlineBallotOutcome>((done, failed) => queue.waiting.push({ row, done, failed }));
    if (!queue.writing) void this.drain(key, queue);
    return outcome;
  }

  private async drain(key: string, queue: EnvelopeQueue): Promise<void> {
    queue.writing = true;
    try {
      while (queue.waiting.length) await this.writeGroup(queue, takeGroup(queue.waiting));
    } finally {
      queue.writing = false;
      if (this.queues.get(key) === queue && !queue.waiting.length) this.queues.delete(key);
    }
  }

  private async writeGroup(queue: EnvelopeQueue, group: Waiting[]): Promise<void> {
    try {
      const outcomes = await this.statement(queue, group.map((w) => w.row));
      group.forEach((w, i) => w.done(outcomes[i]));
    } catch (error) {
      if (group.length === 1 || !isDataError(error)) {
        for (const w of group) w.failed(error);
        return;
      }
      for (const w of group) {
        try {
          w.done((await this.statement(queue, [w.row]))[0]);
        } catch (alone) {
          w.failed(alone);
        }
      }
    }
  }

  private async statement(queue: EnvelopeQueue, rows: OnlineBallotRow[]): Promise<OnlineBallotOutcome[]> {
    const input = rows.map((r) => ({
      account_id: r.accountId,
      identity_hash: r.identityHash ? r.identityHash.toString('hex') : null,
      quartier_id: r.quartierId,
      content: r.content,
      receipt_hash: r.receiptHash.toString('hex'),
    }));
    const [result] = await preparedQuery<{ voting: boolean; envelope: boolean; cast: string[] }>(
      this.dataSource,
      'online-ballot-group',
      WRITE_GROUP,
      [queue.processId, queue.budgetId, JSON.stringify(input)],
    );
    if (!result.voting) return rows.map(() => 'not-voting');
    if (!result.envelope) return rows.map(() => 'no-envelope');
    const cast = new Set(result.cast);
    return rows.map((r) => (cast.has(r.accountId) ? 'cast' : 'already-voted'));
  }
}

/** The next group: in arrival order, up to MAX_GROUP, each voter once; the others stay for the next group. */
export function takeGroup<T extends { row: { accountId: string } }>(waiting: T[]): T[] {
  const group: T[] = [];
  const rest: T[] = [];
  const voters = new Set<string>();
  for (const w of waiting) {
    if (group.length < MAX_GROUP && !voters.has(w.row.accountId)) {
      voters.add(w.row.accountId);
      group.push(w);
    } else rest.push(w);
  }
  waiting.splice(0, waiting.length, ...rest);
  return group;
}
