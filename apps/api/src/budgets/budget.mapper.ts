import type { BallotProject, BallotRules, Budget } from '@agora/contracts';

import type { BallotProjectEntity } from './ballot-project.entity';
import type { BudgetEntity } from './budget.entity';
import { ballotRulesText, countingRuleText, thresholdText } from './budget-rules.rule';

export function rulesOf(budget: BudgetEntity): BallotRules {
  return {
    kind: budget.ballotKind,
    minSpendCents: budget.minSpendCents,
    minProjects: budget.minProjects,
    maxProjects: budget.maxProjects,
    points: budget.points,
    maxPointsPerProject: budget.maxPointsPerProject,
  };
}

export function toBallotProject(project: BallotProjectEntity): BallotProject {
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

export function toBudget(budget: BudgetEntity, scope: { name: string; cityWide: boolean }, projects: BallotProjectEntity[]): Budget {
  const rules = rulesOf(budget);
  const ballot = ballotRulesText(rules, budget.amountCents, scope);
  const counting = countingRuleText(budget.countingRule, budget.tieBreak, budget.amountCents);
  const threshold = thresholdText(budget.minVotes);
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
    rulesText: { fr: `${ballot.fr} ${counting.fr}${threshold.fr}`, en: `${ballot.en} ${counting.en}${threshold.en}` },
    projects: projects.map(toBallotProject),
  };
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
