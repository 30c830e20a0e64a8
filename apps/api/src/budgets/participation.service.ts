import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { ParticipationStats, VoteChannel } from '@agora/contracts';

import { PROCESS_TEAM, ProcessesService } from '../processes/processes.service';

/** The live participation dashboard: counts from the register only (never the box). */
@Injectable()
export class ParticipationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
  ) {}

  async stats(viewerId: string, processId: string): Promise<ParticipationStats> {
    const process = await this.processes.find(processId);
    await this.processes.requireRole(viewerId, PROCESS_TEAM, process);
    return this.statsOf(process.id);
  }

  async authorise(viewerId: string, processId: string): Promise<string> {
    const process = await this.processes.find(processId);
    await this.processes.requireRole(viewerId, PROCESS_TEAM, process);
    return process.id;
  }

  async statsOf(processId: string): Promise<ParticipationStats> {
    const q = <T>(sql: string) => this.dataSource.query(sql, [processId]) as Promise<T[]>;
    const [perDay, perBudget, perQuartier, perChannel] = await Promise.all([
      q<{ day: string; count: number }>(`SELECT to_char(voted_on, 'YYYY-MM-DD') AS day, count(*)::int AS count FROM participations WHERE process_id = $1 GROUP BY voted_on ORDER BY voted_on`),
      q<{ budgetId: string; name: string; count: number }>(
        `SELECT b.id AS "budgetId", b.name, count(p.id)::int AS count FROM budgets b LEFT JOIN participations p ON p.budget_id = b.id
         WHERE b.process_id = $1 GROUP BY b.id, b.name, b.position, b.created_at ORDER BY b.position, b.created_at`,
      ),
      q<{ quartierId: string | null; name: string | null; count: number }>(
        `SELECT p.quartier_id AS "quartierId", t.name, count(*)::int AS count FROM participations p LEFT JOIN territories t ON t.id = p.quartier_id
         WHERE p.process_id = $1 GROUP BY p.quartier_id, t.name ORDER BY t.name NULLS LAST`,
      ),
      q<{ channel: VoteChannel; count: number }>(`SELECT channel, count(*)::int AS count FROM participations WHERE process_id = $1 GROUP BY channel`),
    ]);
    const channels: Record<VoteChannel, number> = { online: 0, counter: 0, paper: 0 };
    for (const row of perChannel) channels[row.channel] = row.count;
    return {
      processId,
      total: perBudget.reduce((sum, row) => sum + row.count, 0),
      perDay,
      perBudget,
      perQuartier: perQuartier.map((row) => ({ quartierId: row.quartierId, name: row.name ?? 'Quartier non renseigné / unknown quartier', count: row.count })),
      perChannel: channels,
    };
  }
}
