import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import type { BallotProjectInput, Budget, BudgetProcessPage, CreateBudgetRequest, UpdateBudgetRequest } from '@agora/contracts';

import { AuditService } from '../audit/audit.service';
import { preparedQuery } from '../database/prepared-statement.query';
import { isUuid } from '../access/id.rule';
import { ProcessEntity } from '../processes/process.entity';
import { phasesFromJson, PHASES_JSON, PROCESS_COLUMNS, processFromRow, ProcessRow, toProcessDetail } from '../processes/process.mapper';
import { processErrors } from '../processes/process.errors';
import { PROCESS_OWNERS, PROCESS_TEAM, ProcessesService } from '../processes/processes.service';
import { FeasibleProposal, ProposalsService } from '../proposals/proposals.service';
import { BallotProjectEntity } from './ballot-project.entity';
import { BudgetEntity } from './budget.entity';
import { budgetErrors } from './budget.errors';
import { budgetAuditSnapshot, budgetFromJson, BudgetJson, budgetsJson, toBallotProject, toBudget } from './budget.mapper';
import { normalisedRules, rulesProblem } from './budget-rules.rule';
import type { EligibilityRules } from './eligibility.rule';
import { EligibilityService, eligibilityView } from './eligibility.service';

/** The one query of {@link BudgetsService.publicPage} ($1: the process id, or its slug). */
function publicPageQuery(by: 'id' | 'slug'): string {
  return `SELECT ${PROCESS_COLUMNS}, coalesce(t.name, '') AS territory_name, ${PHASES_JSON} AS phases,
                 e.minimum_age, e.residence, e.verifications,
                 EXISTS (SELECT 1 FROM result_publications r WHERE r.process_id = p.id) AS published,
                 ${budgetsJson()} AS budgets
          FROM processes p LEFT JOIN territories t ON t.id = p.territory_id LEFT JOIN process_eligibility e ON e.process_id = p.id
          WHERE ${by === 'id' ? 'p.id = $1::uuid' : 'p.slug = $1'}`;
}
/** Prepared (parsed and planned once per connection): everyone opening the vote asks for the page. */
const PAGE_BY_ID = publicPageQuery('id');
const PAGE_BY_SLUG = publicPageQuery('slug');

interface PublicPageRow extends ProcessRow {
  territory_name: string;
  phases: Parameters<typeof phasesFromJson>[1];
  minimum_age: number | null;
  residence: EligibilityRules['residence'] | null;
  verifications: EligibilityRules['verifications'] | null;
  published: boolean;
  budgets: BudgetJson[];
}

/** The envelopes of a budget process, their rules and their projects; all locked by the first ballot. */
@Injectable()
export class BudgetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly processes: ProcessesService,
    private readonly audit: AuditService,
    private readonly proposals: ProposalsService,
    private readonly eligibility: EligibilityService,
  ) {}

  /**
   * The public page of a budget process in one round trip (everyone opening the vote asks for it):
   * the process and its schedule, its envelopes with their projects, who may vote, whether the results
   * are out. Nothing is kept between requests: a phase change or a publication shows at once.
   */
  async publicPage(idOrSlug: string, viewerId: string | null): Promise<BudgetProcessPage> {
    const [row] = isUuid(idOrSlug)
      ? await preparedQuery<PublicPageRow>(this.dataSource, 'budget-page-by-id', PAGE_BY_ID, [idOrSlug.toLowerCase()])
      : await preparedQuery<PublicPageRow>(this.dataSource, 'budget-page-by-slug', PAGE_BY_SLUG, [idOrSlug]);
    if (!row) throw processErrors.notFound();
    const process = processFromRow(row);
    await this.processes.assertVisible(process, viewerId);
    if (process.kind !== 'budget') throw budgetErrors.notABudgetProcess();
    // The rules row is created on first use; until then, the long way (which creates it).
    const eligibility =
      row.residence && row.verifications
        ? eligibilityView({ minimumAge: row.minimum_age, residence: row.residence, verifications: row.verifications }, row.territory_name)
        : await this.eligibility.view(process);
    return {
      process: toProcessDetail(process, row.territory_name, phasesFromJson(process.id, row.phases)),
      budgets: row.budgets.map((budget) => budgetFromJson(budget, process.territoryId)),
      eligibility,
      resultsPublished: row.published,
    };
  }

  /** The feasible proposals staff can turn into ballot projects. */
  async feasibleProposals(actorId: string, processId: string): Promise<FeasibleProposal[]> {
    const process = await this.budgetProcess(processId);
    await this.processes.requireRole(actorId, PROCESS_TEAM, process);
    return this.proposals.feasibleProposals(process.id, this.dataSource.manager);
  }

  async budgetProcess(idOrSlug: string, manager?: EntityManager, lock = false): Promise<ProcessEntity> {
    const process = await this.processes.find(idOrSlug, manager, lock);
    if (process.kind !== 'budget') throw budgetErrors.notABudgetProcess();
    return process;
  }

  /** Every envelope of the process with its projects (in their declared order) and its rules in words. */
  async budgetsOf(process: ProcessEntity, manager: EntityManager = this.dataSource.manager): Promise<Budget[]> {
    const budgets = await manager.find(BudgetEntity, { where: { processId: process.id }, order: { position: 'ASC', createdAt: 'ASC' } });
    if (!budgets.length) return [];
    const projects = await manager.find(BallotProjectEntity, {
      where: budgets.map((budget) => ({ budgetId: budget.id })),
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const names = await this.territoryNames(manager, budgets.map((budget) => budget.territoryId));
    return budgets.map((budget) =>
      toBudget(
        budget,
        { name: names.get(budget.territoryId) ?? '', cityWide: budget.territoryId === process.territoryId },
        projects.filter((project) => project.budgetId === budget.id),
      ),
    );
  }

  async create(actorId: string, processId: string, body: CreateBudgetRequest): Promise<Budget> {
    return this.dataSource.transaction(async (manager) => {
      const process = await this.budgetProcess(processId, manager, true);
      await this.processes.requireRole(actorId, PROCESS_OWNERS, process, manager);
      if (!['draft', 'proposals', 'assessment'].includes(process.phase)) throw budgetErrors.createAfterVoteOpened();
      await this.checkScope(manager, process, body.territoryId);
      const rules = this.checkedRules({ ...body });
      const budget = manager.create(BudgetEntity, {
        processId: process.id,
        territoryId: body.territoryId,
        name: body.name.trim(),
        position: body.position ?? 0,
        amountCents: body.amountCents,
        ballotKind: rules.kind,
        minSpendCents: rules.minSpendCents,
        minProjects: rules.minProjects,
        maxProjects: rules.maxProjects,
        points: rules.points,
        maxPointsPerProject: rules.maxPointsPerProject,
        countingRule: body.countingRule,
        tieBreak: body.tieBreak ?? 'default',
        minVotes: body.minVotes ?? null,
      });
      await manager.save(budget);
      await this.audit.record(
        { actorId, action: 'budget.create', objectType: 'budget', objectId: budget.id, territoryId: process.territoryId, after: budgetAuditSnapshot(budget) },
        manager,
      );
      return this.viewOf(manager, process, budget.id);
    });
  }

  async update(actorId: string, budgetId: string, body: UpdateBudgetRequest): Promise<Budget> {
    return this.dataSource.transaction(async (manager) => {
      const { budget, process } = await this.lockedForChange(manager, actorId, budgetId);
      const before = budgetAuditSnapshot(budget);
      const rules = this.checkedRules({
        ballotKind: body.ballotKind ?? budget.ballotKind,
        amountCents: body.amountCents ?? budget.amountCents,
        minSpendCents: body.minSpendCents !== undefined ? body.minSpendCents : budget.minSpendCents,
        minProjects: body.minProjects !== undefined ? body.minProjects : budget.minProjects,
        maxProjects: body.maxProjects !== undefined ? body.maxProjects : budget.maxProjects,
        points: body.points !== undefined ? body.points : budget.points,
        maxPointsPerProject: body.maxPointsPerProject !== undefined ? body.maxPointsPerProject : budget.maxPointsPerProject,
      });
      Object.assign(budget, {
        name: body.name?.trim() ?? budget.name,
        position: body.position ?? budget.position,
        amountCents: body.amountCents ?? budget.amountCents,
        ballotKind: rules.kind,
        minSpendCents: rules.minSpendCents,
        minProjects: rules.minProjects,
        maxProjects: rules.maxProjects,
        points: rules.points,
        maxPointsPerProject: rules.maxPointsPerProject,
        countingRule: body.countingRule ?? budget.countingRule,
        tieBreak: body.tieBreak ?? budget.tieBreak,
        minVotes: body.minVotes !== undefined ? body.minVotes : budget.minVotes,
        updatedAt: new Date(),
      });
      await manager.save(budget);
      await this.audit.record(
        { actorId, action: 'budget.update', objectType: 'budget', objectId: budget.id, territoryId: process.territoryId, before, after: budgetAuditSnapshot(budget) },
        manager,
      );
      return this.viewOf(manager, process, budget.id);
    });
  }

  /**
   * Removes an envelope created by mistake (its scope cannot be changed), before the vote opens: its
   * projects go with it and the proposals they came from return to "feasible", ready for another one.
   */
  async remove(actorId: string, budgetId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { budget, process } = await this.lockedForChange(manager, actorId, budgetId);
      if (!['draft', 'proposals', 'assessment'].includes(process.phase)) throw budgetErrors.deleteAfterVoteOpened();
      const projects = await manager.find(BallotProjectEntity, { where: { budgetId: budget.id } });
      for (const project of projects) if (project.proposalId) await this.proposals.removeFromBallot(project.proposalId, manager);
      await manager.delete(BudgetEntity, { id: budget.id });
      await this.audit.record(
        { actorId, action: 'budget.delete', objectType: 'budget', objectId: budget.id, territoryId: process.territoryId, before: { ...budgetAuditSnapshot(budget), projects: projects.length } },
        manager,
      );
    });
  }

  async addProject(actorId: string, budgetId: string, body: BallotProjectInput): Promise<Budget> {
    return this.dataSource.transaction(async (manager) => {
      const { budget, process } = await this.lockedForChange(manager, actorId, budgetId, PROCESS_TEAM);
      const project = manager.create(BallotProjectEntity, { budgetId: budget.id, ...projectFields(body) });
      if (project.proposalId) await this.checkProposal(manager, project.proposalId, process.id);
      await manager.save(project);
      // The proposal shows "on the ballot" from now on; refused (409) unless it is feasible.
      if (project.proposalId) await this.proposals.markOnBallot(project.proposalId, project.id, manager);
      await this.audit.record(
        { actorId, action: 'ballot-project.create', objectType: 'ballot-project', objectId: project.id, territoryId: process.territoryId, after: toBallotProject(project) },
        manager,
      );
      return this.viewOf(manager, process, budget.id);
    });
  }

  async updateProject(actorId: string, projectId: string, body: BallotProjectInput): Promise<Budget> {
    return this.dataSource.transaction(async (manager) => {
      const project = await this.project(manager, projectId);
      const { process } = await this.lockedForChange(manager, actorId, project.budgetId, PROCESS_TEAM);
      const before = toBallotProject(project);
      // The proposal a ballot project comes from is set when it is created, never swapped.
      // An edit that does not mention the position keeps the project where it was on the ballot.
      Object.assign(project, projectFields(body), { proposalId: project.proposalId, position: body.position ?? project.position, updatedAt: new Date() });
      await manager.save(project);
      await this.audit.record(
        { actorId, action: 'ballot-project.update', objectType: 'ballot-project', objectId: project.id, territoryId: process.territoryId, before, after: toBallotProject(project) },
        manager,
      );
      return this.viewOf(manager, process, project.budgetId);
    });
  }

  async removeProject(actorId: string, projectId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const project = await this.project(manager, projectId);
      const { process } = await this.lockedForChange(manager, actorId, project.budgetId, PROCESS_TEAM);
      if (project.proposalId) await this.proposals.removeFromBallot(project.proposalId, manager);
      await manager.delete(BallotProjectEntity, { id: project.id });
      await this.audit.record(
        { actorId, action: 'ballot-project.delete', objectType: 'ballot-project', objectId: project.id, territoryId: process.territoryId, before: toBallotProject(project) },
        manager,
      );
    });
  }

  /**
   * Loads the envelope for a change of its rules or projects, under a row lock that a ballot being
   * cast also needs (its foreign key share-locks the envelope): either the change lands before the
   * first ballot, or the ballot lands first and the change is refused.
   */
  async lockedForChange(manager: EntityManager, actorId: string, budgetId: string, roles = PROCESS_OWNERS) {
    const budget = await manager.findOne(BudgetEntity, { where: { id: budgetId }, lock: { mode: 'pessimistic_write' } });
    if (!budget) throw budgetErrors.budgetNotFound();
    const process = await this.budgetProcess(budget.processId, manager);
    await this.processes.requireRole(actorId, roles, process, manager);
    const [{ cast }]: Array<{ cast: boolean }> = await manager.query(`SELECT EXISTS (SELECT 1 FROM ballots WHERE budget_id = $1) AS cast`, [budget.id]);
    if (budget.lockedAt || cast) throw budgetErrors.rulesLocked();
    return { budget, process };
  }

  private async checkProposal(manager: EntityManager, proposalId: string, processId: string): Promise<void> {
    const [row]: Array<{ process_id: string }> = await manager.query(`SELECT process_id FROM proposals WHERE id = $1`, [proposalId]);
    if (!row || row.process_id !== processId) throw budgetErrors.proposalNotInProcess();
  }

  private async project(manager: EntityManager, projectId: string): Promise<BallotProjectEntity> {
    const project = await manager.findOne(BallotProjectEntity, { where: { id: projectId } });
    if (!project) throw budgetErrors.projectNotFound();
    return project;
  }

  private async viewOf(manager: EntityManager, process: ProcessEntity, budgetId: string): Promise<Budget> {
    const budget = (await this.budgetsOf(process, manager)).find((candidate) => candidate.id === budgetId);
    if (!budget) throw budgetErrors.budgetNotFound();
    return budget;
  }

  private checkedRules(input: Parameters<typeof rulesProblem>[0]) {
    const problem = rulesProblem(input);
    if (problem) throw budgetErrors.invalidRules(problem);
    return normalisedRules(input);
  }

  /** The process's own territory (city-wide) or a territory below it (a quartier). */
  private async checkScope(manager: EntityManager, process: ProcessEntity, territoryId: string): Promise<void> {
    const [row]: Array<{ inside: boolean }> = await manager.query(
      `WITH RECURSIVE chain AS (
         SELECT id, parent_id FROM territories WHERE id = $1
         UNION SELECT t.id, t.parent_id FROM territories t JOIN chain c ON t.id = c.parent_id
       ) SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS inside`,
      [territoryId, process.territoryId],
    );
    if (!row?.inside) throw budgetErrors.scopeOutsideProcess();
  }

  async territoryNames(manager: EntityManager, ids: string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await manager.query(`SELECT id, name FROM territories WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function projectFields(body: BallotProjectInput) {
  if ((body.lat == null) !== (body.lng == null)) throw budgetErrors.placeIncomplete();
  return {
    proposalId: body.proposalId ?? null,
    title: body.title.trim(),
    description: body.description?.trim() ?? '',
    costCents: body.costCents,
    quartierId: body.quartierId ?? null,
    lng: body.lng ?? null,
    lat: body.lat ?? null,
    address: body.address?.trim() || null,
    category: body.category?.trim() || null,
    imagePath: body.imagePath ?? null,
    position: body.position ?? 0,
  };
}
