import type { BallotProject, BallotRules, Budget, LocalizedText } from '@agora/contracts';

import { timestampFromText } from '../processes/process.mapper';
import type { BallotProjectEntity } from './ballot-project.entity';
import type { BudgetEntity } from './budget.entity';
import { ballotRulesText, countingRuleText, thresholdText } from './budget-rules.rule';

/** What a Budget answer is made of (ordering columns aside). */
type BudgetFields = Omit<BudgetEntity, 'position' | 'createdAt' | 'updatedAt'>;
type ProjectFields = Omit<BallotProjectEntity, 'position' | 'createdAt' | 'updatedAt'>;

export function rulesOf(budget: BudgetFields): BallotRules {
  return {
    kind: budget.ballotKind,
    minSpendCents: budget.minSpendCents,
    minProjects: budget.minProjects,
    maxProjects: budget.maxProjects,
    points: budget.points,
    maxPointsPerProject: budget.maxPointsPerProject,
  };
}

export function toBallotProject(project: ProjectFields): BallotProject {
  return {
    id: project.id,
    budgetId: project.budgetId,
    proposalId: project.proposalId,
    title: project.title,
    description: project.description,
    costCents: project.costCents,
    quartierId: project.quartierId,
    lng: project.lng,
    lat: project.lat,
    address: project.address,
    category: project.category,
    imagePath: project.imagePath,
  };
}

export function toBudget(budget: BudgetFields, scope: { name: string; cityWide: boolean }, projects: ProjectFields[]): Budget {
  const rules = rulesOf(budget);
  return {
    id: budget.id,
    processId: budget.processId,
    territoryId: budget.territoryId,
    territoryName: scope.name,
    cityWide: scope.cityWide,
    name: budget.name,
    amountCents: budget.amountCents,
    rules,
    countingRule: budget.countingRule,
    tieBreak: budget.tieBreak,
    minVotes: budget.minVotes,
    lockedAt: budget.lockedAt?.toISOString() ?? null,
    rulesText: rulesTextOf(budget, rules, scope),
    projects: projects.map(toBallotProject),
  };
}

/**
 * The rules in words, remembered by what they are made of: writing amounts builds an Intl.NumberFormat
 * per call (a quarter of a millisecond each, eight per envelope), which every ballot and process page
 * paid for the same few envelopes. Bounded: forgotten all at once past RULES_TEXTS_KEPT entries.
 */
const rulesTexts = new Map<string, LocalizedText>();
const RULES_TEXTS_KEPT = 1000;

function rulesTextOf(budget: BudgetFields, rules: BallotRules, scope: { name: string; cityWide: boolean }): LocalizedText {
  const key = JSON.stringify([rules, budget.amountCents, scope.name, scope.cityWide, budget.countingRule, budget.tieBreak, budget.minVotes]);
  let text = rulesTexts.get(key);
  if (!text) {
    const ballot = ballotRulesText(rules, budget.amountCents, scope);
    const counting = countingRuleText(budget.countingRule, budget.tieBreak, budget.amountCents);
    const threshold = thresholdText(budget.minVotes);
    text = { fr: `${ballot.fr} ${counting.fr}${threshold.fr}`, en: `${ballot.en} ${counting.en}${threshold.en}` };
    if (rulesTexts.size >= RULES_TEXTS_KEPT) rulesTexts.clear();
    rulesTexts.set(key, text);
  }
  // A copy: the answer is the caller's to change.
  return { ...text };
}

/**
 * The envelopes of the process `p` as a JSON array, in their declared order (then creation), each with
 * its projects in theirs (or none, when `projects` is false): one column of the query that reads the
 * process, for {@link budgetFromJson}. `extra` adds SQL fields (name, expression over `b`) to each envelope.
 */
export function budgetsJson(options: { projects?: boolean; extra?: Record<string, string> } = {}): string {
  const projects =
    options.projects === false
      ? `'[]'::json`
      : `(SELECT coalesce(json_agg(json_build_object(
          'id', bp.id, 'budgetId', bp.budget_id, 'proposalId', bp.proposal_id, 'title', bp.title, 'description', bp.description,
          'costCents', bp.cost_cents, 'quartierId', bp.quartier_id, 'lng', bp.lng, 'lat', bp.lat, 'address', bp.address,
          'category', bp.category, 'imagePath', bp.image_path) ORDER BY bp.position, bp.created_at, bp.id), '[]'::json)
        FROM ballot_projects bp WHERE bp.budget_id = b.id)`;
  const more = Object.entries(options.extra ?? {})
    .map(([name, expression]) => `, '${name}', ${expression}`)
    .join('');
  return `(SELECT coalesce(json_agg(json_build_object(
      'id', b.id, 'processId', b.process_id, 'territoryId', b.territory_id, 'territoryName', bt.name, 'name', b.name,
      'amountCents', b.amount_cents, 'ballotKind', b.ballot_kind, 'minSpendCents', b.min_spend_cents, 'minProjects', b.min_projects,
      'maxProjects', b.max_projects, 'points', b.points, 'maxPointsPerProject', b.max_points_per_project, 'minVotes', b.min_votes,
      'countingRule', b.counting_rule, 'tieBreak', b.tie_break, 'lockedAt', b.locked_at::text,
      'projects', ${projects}${more}
    ) ORDER BY b.position, b.created_at, b.id), '[]'::json)
    FROM budgets b LEFT JOIN territories bt ON bt.id = b.territory_id WHERE b.process_id = p.id)`;
}

/** One envelope of {@link budgetsJson}: the entity's fields (amounts as JSON numbers), its scope's name, its projects. */
export interface BudgetJson extends Omit<BudgetFields, 'lockedAt'> {
  territoryName: string | null;
  lockedAt: string | null;
  projects: ProjectFields[];
}

/** The same answer as {@link toBudget} gives from the entities. */
export function budgetFromJson(json: BudgetJson, processTerritoryId: string): Budget {
  const { territoryName, projects, ...budget } = json;
  return toBudget(
    { ...budget, lockedAt: timestampFromText(json.lockedAt) },
    { name: territoryName ?? '', cityWide: json.territoryId === processTerritoryId },
    projects,
  );
}

/** What the audit log keeps of an envelope's rules. */
export function budgetAuditSnapshot(budget: BudgetEntity) {
  return {
    name: budget.name,
    territoryId: budget.territoryId,
    amountCents: budget.amountCents,
    rules: rulesOf(budget),
    countingRule: budget.countingRule,
    tieBreak: budget.tieBreak,
    minVotes: budget.minVotes,
  };
}
