import { buildPabulibInstance, PabulibInstance } from '@agora/vote-counting';

import { cents, voteTypeOf } from './budget-rules.rule';
import type { BudgetEntity } from './budget.entity';
import type { BallotContent } from './ballot-box.service';
import { explanationText } from './explanation.text';
import type { CountedOutcome } from './vote-threshold.rule';

export interface ProjectRow {
  id: string;
  title: string;
  cost_cents: string;
  category: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  quartier: string | null;
}

export interface BallotRow {
  voterId: string;
  content: BallotContent;
}

export interface InstanceContext {
  description: string;
  unit: string;
  instance: string;
  outcome?: CountedOutcome;
}

/** Ballot rule limits as Pabulib META fields, so that any Pabulib tool checks and counts the file the same way. */
function ruleMeta(budget: BudgetEntity): Record<string, string> {
  const meta: Record<string, string> = { rule: budget.countingRule === 'mes' ? 'equalshares/add1' : 'greedy' };
  if (budget.ballotKind === 'knapsack') {
    meta['max_sum_cost'] = cents(budget.amountCents).toString();
    if (budget.minSpendCents) meta['min_sum_cost'] = cents(budget.minSpendCents).toString();
  }
  if (budget.ballotKind === 'approval' && budget.minProjects) meta['min_length'] = String(budget.minProjects);
  if ((budget.ballotKind === 'approval' || budget.ballotKind === 'ranked') && budget.maxProjects) meta['max_length'] = String(budget.maxProjects);
  if (budget.ballotKind === 'cumulative') {
    meta['max_sum_points'] = String(budget.points ?? 0);
    if (budget.maxPointsPerProject) meta['max_points'] = String(budget.maxPointsPerProject);
  }
  // Not a standard Pabulib field (kept as an unknown field by Pabulib readers): a recount must
  // leave out the projects with fewer votes than this before applying the rule, as Agora did.
  if (budget.minVotes) meta['min_votes_per_project'] = String(budget.minVotes);
  return meta;
}

/**
 * One envelope as a Pabulib instance: the anonymous ballots under their published voter ids (from
 * the receipt hash), in the random order of their ids, and, once counted, each project's votes and
 * whether it was selected.
 */
export function budgetInstance(budget: BudgetEntity, projects: ProjectRow[], ballots: BallotRow[], context: InstanceContext): PabulibInstance {
  const supporters = new Map(context.outcome?.projects.map((p) => [p.id, p.supporters]) ?? []);
  const selected = new Set(context.outcome?.selected ?? []);
  return buildPabulibInstance({
    budget: cents(budget.amountCents),
    voteType: voteTypeOf(budget.ballotKind),
    meta: {
      description: context.description,
      country: 'France',
      unit: context.unit,
      instance: context.instance,
      subunit: budget.name,
      currency: 'EUR',
      language: 'fr',
      ...ruleMeta(budget),
    },
    projects: projects.map((p) => ({
      id: p.id,
      cost: cents(Number(p.cost_cents)),
      fields: {
        name: p.title,
        category: p.category ?? '',
        ...(context.outcome ? { votes: String(supporters.get(p.id) ?? 0), selected: selected.has(p.id) ? '1' : '0' } : {}),
      },
    })),
    ballots: ballots.map((b) => ({
      voterId: b.voterId,
      projects: b.content.projectIds,
      ...(b.content.points ? { points: b.content.points } : {}),
    })),
  });
}

function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csv(rows: Array<Array<string | number | null | undefined>>): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface BudgetForCsv {
  budget: BudgetEntity;
  projects: ProjectRow[];
  outcome: CountedOutcome;
  greedy: CountedOutcome | null;
}

export function projectsCsv(budgets: BudgetForCsv[]): string {
  const rows: Array<Array<string | number | null>> = [['budget', 'project_id', 'title', 'cost_eur', 'quartier', 'category', 'address', 'lat', 'lng']];
  for (const { budget, projects } of budgets) {
    for (const p of projects) rows.push([budget.name, p.id, p.title, cents(Number(p.cost_cents)).toString(), p.quartier, p.category, p.address, p.lat, p.lng]);
  }
  return csv(rows);
}

export function resultsCsv(budgets: BudgetForCsv[]): string {
  const rows: Array<Array<string | number | null>> = [['budget', 'rule', 'project_id', 'title', 'cost_eur', 'votes', 'points', 'funded', 'funded_by_greedy', 'explanation_fr', 'explanation_en']];
  for (const { budget, projects, outcome, greedy } of budgets) {
    const byId = new Map(outcome.projects.map((p) => [p.id, p]));
    const greedySelected = new Set(greedy?.selected ?? []);
    for (const project of projects) {
      const p = byId.get(project.id);
      if (!p) continue;
      const text = explanationText(p);
      rows.push([
        budget.name,
        budget.countingRule,
        project.id,
        project.title,
        p.cost,
        p.supporters,
        outcome.sat === 'points' ? p.satisfaction : null,
        p.funded ? 1 : 0,
        greedy ? (greedySelected.has(p.id) ? 1 : 0) : null,
        text.fr,
        text.en,
      ]);
    }
  }
  return csv(rows);
}
