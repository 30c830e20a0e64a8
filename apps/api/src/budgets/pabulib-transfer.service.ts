import { createHash, randomBytes } from 'node:crypto';

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import type { BallotKind, CountingRule } from '@agora/contracts';
import { ballotPoints, ballotProjectIds, metaInteger, PabulibInstance, parsePabulib } from '@agora/vote-counting';

import { AuditService } from '../audit/audit.service';
import { badRequest } from '../errors/domain.error';
import { ProcessesService } from '../processes/processes.service';
import { BudgetEntity } from './budget.entity';
import { ResultsService } from './results.service';

export interface ImportSummary {
  processId: string;
  slug: string;
  ballots: number;
  projects: number;
  selected: string[];
}

const CHUNK = 5000;

/** What a Pabulib vote becomes as Agora ballot rules. */
function rulesFrom(instance: PabulibInstance): { kind: BallotKind; maxProjects: number | null; minProjects: number | null; points: number | null; maxPointsPerProject: number | null } {
  const maxLength = metaInteger(instance, 'max_length') ?? null;
  switch (instance.voteType) {
    case 'cumulative':
      return { kind: 'cumulative', maxProjects: null, minProjects: null, points: metaInteger(instance, 'max_sum_points') ?? null, maxPointsPerProject: metaInteger(instance, 'max_points') ?? null };
    case 'ordinal':
      return { kind: 'ranked', maxProjects: maxLength ?? instance.projects.length, minProjects: null, points: null, maxPointsPerProject: null };
    case 'choose-1':
      return { kind: 'approval', maxProjects: 1, minProjects: null, points: null, maxPointsPerProject: null };
    case 'approval':
      return instance.meta.has('max_sum_cost')
        ? { kind: 'knapsack', maxProjects: null, minProjects: null, points: null, maxPointsPerProject: null }
        : { kind: 'approval', maxProjects: maxLength, minProjects: metaInteger(instance, 'min_length') ?? null, points: null, maxPointsPerProject: null };
    default:
      throw badRequest('PABULIB_UNSUPPORTED', `Type de vote non pris en charge : ${instance.voteType}.`, `Unsupported vote type: ${instance.voteType}.`);
  }
}

/** Migrating a city's past votes, and auditing: Pabulib files in and out (the `agora` CLI). */
@Injectable()
export class PabulibTransferService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly results: ResultsService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Creates a closed budget process with one envelope holding the file's projects and ballots, and
   * counts it by the file's rule (or `rule`). Imported ballots have no register entries (the people
   * are not known) and random receipt hashes (no voter holds a code).
   */
  async import(text: string, territorySlug: string, options: { slug?: string; title?: string; rule?: CountingRule } = {}): Promise<ImportSummary> {
    const instance = parsePabulib(text);
    return this.dataSource.transaction(async (manager) => {
      const [territory]: Array<{ id: string; name: string; kind: string }> = await manager.query(`SELECT id, name, kind FROM territories WHERE slug = $1`, [territorySlug]);
      if (!territory) throw badRequest('TERRITORY_NOT_FOUND', `Territoire inconnu : ${territorySlug}.`, `Unknown territory: ${territorySlug}.`);
      const slug = options.slug ?? `import-${createHash('sha256').update(text).digest('hex').slice(0, 10)}`;
      const [taken]: Array<{ id: string }> = await manager.query(`SELECT id FROM processes WHERE slug = $1`, [slug]);
      if (taken) throw badRequest('PROCESS_SLUG_TAKEN', `Une démarche utilise déjà l’adresse ${slug} (fichier déjà importé ?).`, `A process already uses the address ${slug} (file already imported?).`);
      const title = options.title ?? instance.meta.get('description') ?? `Budget participatif importé (${instance.meta.get('instance') ?? slug})`;
      const [process]: Array<{ id: string }> = await manager.query(
        `INSERT INTO processes (territory_id, kind, slug, title, summary, phase) VALUES ($1, 'budget', $2, $3, $4, 'closed') RETURNING id`,
        [territory.id, slug, title.slice(0, 200), `Importé d’un fichier Pabulib (${instance.meta.get('unit') ?? territory.name}).`],
      );
      const rules = rulesFrom(instance);
      const rawRule = instance.meta.get('rule') ?? '';
      const countingRule: CountingRule = options.rule ?? (/equal|mes/i.test(rawRule) ? 'mes' : 'greedy');
      const budget = manager.create(BudgetEntity, {
        processId: process.id,
        territoryId: territory.id,
        name: instance.meta.get('subunit') || territory.name,
        amountCents: Number(instance.budget.unitsAt(2)),
        ballotKind: rules.kind,
        minSpendCents: null,
        minProjects: rules.minProjects,
        maxProjects: rules.maxProjects,
        points: rules.points,
        maxPointsPerProject: rules.maxPointsPerProject,
        countingRule,
        tieBreak: 'default',
        lockedAt: new Date(),
      });
      await manager.save(budget);
      const ids = new Map<string, string>();
      for (const [position, project] of instance.projects.entries()) {
        const [row]: Array<{ id: string }> = await manager.query(
          `INSERT INTO ballot_projects (budget_id, title, cost_cents, category, position) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [budget.id, (project.fields['name'] || `Projet ${project.id}`).slice(0, 200), project.cost.unitsAt(2).toString(), project.fields['category'] || null, position],
        );
        ids.set(project.id, row.id);
      }
      const voters = instance.votes.voterIds.length;
      for (let start = 0; start < voters; start += CHUNK) {
        const contents: string[] = [];
        const hashes: Buffer[] = [];
        for (let v = start; v < Math.min(voters, start + CHUNK); v++) {
          const points = ballotPoints(instance, v);
          contents.push(JSON.stringify({ projectIds: ballotProjectIds(instance, v).map((id) => ids.get(id)!), ...(points ? { points: points.map((p) => Number(p.toString())) } : {}) }));
          hashes.push(createHash('sha256').update(randomBytes(32)).digest());
        }
        await manager.query(`INSERT INTO ballots (budget_id, content, receipt_hash) SELECT $1, c::jsonb, h FROM unnest($2::text[], $3::bytea[]) AS u(c, h)`, [budget.id, contents, hashes]);
      }
      const entity = await this.processes.find(process.id, manager);
      const { outcome, greedy, ballotCount } = await this.results.countBudget(manager, entity, budget);
      await this.results.saveCount(manager, budget.id, outcome, greedy, ballotCount, null);
      await this.audit.record(
        { actorId: null, action: 'process.import-pabulib', objectType: 'process', objectId: process.id, territoryId: territory.id, after: { slug, ballots: ballotCount, projects: ids.size, rule: countingRule } },
        manager,
      );
      return { processId: process.id, slug, ballots: ballotCount, projects: ids.size, selected: outcome.selected.map((id) => [...ids].find(([, mine]) => mine === id)?.[0] ?? id) };
    });
  }

  /** Every envelope of a process as Pabulib text. */
  async export(processIdOrSlug: string): Promise<Array<{ filename: string; content: string }>> {
    const process = await this.processes.find(processIdOrSlug);
    return this.results.pabulibFiles(this.dataSource.manager, process);
  }
}
